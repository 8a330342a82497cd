#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace dm {

// Where a policy document lives (CONTRACT.md §11). The effective policy of an account takes each field from the
// account, else from its own unit (parent units do not cascade), else from the domain.
enum class PolicyLevel
{
    Domain,
    Unit,
    Account,
};

// Mail to and from other domains. Delivery mailboxes default to Deny: they must never send outside the court.
enum class ExternalMailMode
{
    Deny,
    ReceiveOnly,
    Allow,
};

// The clients a policy may allow, in the order the platform stores and returns them.
enum class MailClient
{
    Webmail,
    Mailmaster,
    Wechat,
    Imap,
    Pop,
    Smtp,
};

// The twelve leaves of a policy, in the contract's table order. Group members (password.*, abnormalLoginAlert.*)
// are fields of their own: each can be set, inherited and removed on its own.
enum class PolicyField
{
    ExternalMail,
    VisibleInAddressBook,
    AllowedClients,
    AutoForward,
    ForceSms2fa,
    TrustedBrowserDays,
    PasswordMinLength,
    PasswordRequireClasses,
    PasswordExpireDays,
    PasswordForbidSequential,
    AlertSms,
    AlertEmail,
};
inline constexpr std::size_t kPolicyFieldCount = 12;
[[nodiscard]] const std::array<PolicyField, kPolicyFieldCount>& allPolicyFields();

struct PasswordRules
{
    std::optional<int> minLength;      // 8..32
    std::optional<int> requireClasses; // 2..4 of lower, upper, digit, symbol
    std::optional<int> expireDays;     // 0..365, 0: never
    std::optional<bool> forbidSequential;

    friend bool operator==(const PasswordRules&, const PasswordRules&) = default;
};

struct AbnormalLoginAlert
{
    std::optional<bool> sms;
    std::optional<bool> email;

    friend bool operator==(const AbnormalLoginAlert&, const AbnormalLoginAlert&) = default;
};

// A policy as one level holds it: only the fields set there (a unit or account override). The domain's document
// and the effective policy have every field set.
struct DeliveryPolicy
{
    std::optional<ExternalMailMode> externalMail;
    std::optional<bool> visibleInAddressBook;
    std::optional<QList<MailClient>> allowedClients; // non-empty, no repeats, in MailClient order
    std::optional<bool> autoForward;
    std::optional<bool> forceSms2fa;
    std::optional<int> trustedBrowserDays; // 0..90, 0: ask every time
    PasswordRules password;
    AbnormalLoginAlert abnormalLoginAlert;

    [[nodiscard]] bool has(PolicyField field) const;
    void clear(PolicyField field);
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool isComplete() const;

    friend bool operator==(const DeliveryPolicy&, const DeliveryPolicy&) = default;
};

// One level's document. `version` is 0 for a unit or account document never written; updatedAt is then empty.
struct PolicyDocument
{
    PolicyLevel level = PolicyLevel::Domain;
    QString targetId; // the domain, a unitId or an accountName (lower case)
    DeliveryPolicy policy;
    qint64 version = 0;
    std::optional<qint64> updatedAt;
};

// Which level each field of an effective policy came from.
class PolicySources
{
public:
    [[nodiscard]] PolicyLevel of(PolicyField field) const { return m_levels[static_cast<std::size_t>(field)]; }
    void set(PolicyField field, PolicyLevel level) { m_levels[static_cast<std::size_t>(field)] = level; }

    friend bool operator==(const PolicySources&, const PolicySources&) = default;

private:
    std::array<PolicyLevel, kPolicyFieldCount> m_levels{};
};

struct PolicyVersions
{
    qint64 domain = 0;
    qint64 unit = 0;
    qint64 account = 0;
};

// The policy that applies to one account: every field set, with its source level and the versions merged.
struct EffectivePolicy
{
    QString accountName;
    QString unitId;
    DeliveryPolicy policy;
    PolicySources sources;
    PolicyVersions versions;
};

// The contract's spellings; fromString gives nullopt for anything else.
[[nodiscard]] QString toString(PolicyLevel level);
[[nodiscard]] std::optional<PolicyLevel> policyLevelFromString(QStringView text);
[[nodiscard]] QString toString(ExternalMailMode mode);
[[nodiscard]] std::optional<ExternalMailMode> externalMailModeFromString(QStringView text);
[[nodiscard]] QString toString(MailClient client);
[[nodiscard]] std::optional<MailClient> mailClientFromString(QStringView text);
// The field's path in the contract, e.g. "password.minLength".
[[nodiscard]] QString policyFieldPath(PolicyField field);

} // namespace dm
