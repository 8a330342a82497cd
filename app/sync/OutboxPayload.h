#pragma once

#include "api/AccountService.h"
#include "api/LoginRuleService.h"
#include "api/PolicyService.h"
#include "core/Account.h"
#include "core/AddressBasis.h"
#include "core/Expected.h"
#include "core/PasswordReset.h"
#include "store/Outbox.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm {

// The kinds of mutation the outbox carries and how each one's arguments are kept in an item's payload. A payload
// never holds a password: an initial password is generated when the item runs, and a reset always lets the platform
// generate one (a password chosen by the administrator would have to be stored to survive a restart).
namespace outboxkind {
inline const QString createAccount = QStringLiteral("createAccount");
inline const QString updateAccount = QStringLiteral("updateAccount");
inline const QString setStatus = QStringLiteral("setStatus");
inline const QString deleteAccount = QStringLiteral("deleteAccount");
inline const QString recoverAccount = QStringLiteral("recoverAccount");
inline const QString moveUnit = QStringLiteral("moveUnit");
inline const QString resetPassword = QStringLiteral("resetPassword");
inline const QString resendActivation = QStringLiteral("resendActivation");
inline const QString setAddressBasis = QStringLiteral("setAddressBasis");
inline const QString updatePolicy = QStringLiteral("updatePolicy");
inline const QString updateLoginRules = QStringLiteral("updateLoginRules");
} // namespace outboxkind

namespace outboxpayload {

// Requests, ready for Outbox::enqueue/enqueueAll. `account.initialPassword` is ignored. A create with an address
// basis records it right after the account is made, as part of the same item (OutboxExecutor).
[[nodiscard]] OutboxRequest createAccount(const NewAccount& account,
                                          const std::optional<AddressBasis>& addressBasis = std::nullopt);
[[nodiscard]] OutboxRequest updateAccount(const QString& accountName, const AccountUpdate& change);
[[nodiscard]] OutboxRequest setStatus(const QString& accountName, AccountStatus status);
[[nodiscard]] OutboxRequest deleteAccount(const QString& accountName);
[[nodiscard]] OutboxRequest recoverAccount(const QString& accountName);
[[nodiscard]] OutboxRequest moveUnit(const QString& accountName, const QString& unitId);
// Always PasswordResetMode::Generate.
[[nodiscard]] OutboxRequest resetPassword(const QString& accountName, PasswordDelivery delivery);
[[nodiscard]] OutboxRequest resendActivation(const QString& accountName);
// Records where the court got the recipient's address; nullopt clears it.
[[nodiscard]] OutboxRequest setAddressBasis(const QString& accountName, const std::optional<AddressBasis>& basis);
[[nodiscard]] OutboxRequest updatePolicy(const PolicyUpdate& change);
[[nodiscard]] OutboxRequest updateLoginRules(const LoginRuleUpdate& change);

// Read back when the item runs; nullopt for a payload this build cannot read (the item then fails).
[[nodiscard]] std::optional<NewAccount> newAccount(const OutboxItem& item);
[[nodiscard]] std::optional<AccountUpdate> accountUpdate(const QJsonObject& payload);
[[nodiscard]] std::optional<AccountStatus> status(const QJsonObject& payload);
[[nodiscard]] QString unitId(const QJsonObject& payload);
[[nodiscard]] std::optional<PasswordDelivery> delivery(const QJsonObject& payload);
[[nodiscard]] std::optional<PolicyUpdate> policyUpdate(const QJsonObject& payload);
[[nodiscard]] std::optional<LoginRuleUpdate> loginRuleUpdate(const QJsonObject& payload);
// The basis of a setAddressBasis or createAccount payload: the inner nullopt is none (clear it, or a create without
// one); the outer nullopt a payload that cannot be read, or a setAddressBasis payload without the basis.
[[nodiscard]] std::optional<std::optional<AddressBasis>> addressBasis(const OutboxItem& item);

// What the payload asks for, in a few words for the audit ledger, with ID numbers and mobiles masked.
[[nodiscard]] QString describe(const OutboxItem& item);
// The address-basis part of describe() (empty when the payload has none): kind, date and the reference with any
// personal number in it masked.
[[nodiscard]] QString describeAddressBasis(const QJsonObject& payload);

} // namespace outboxpayload
} // namespace dm
