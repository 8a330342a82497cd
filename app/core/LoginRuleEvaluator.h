#pragma once

#include "core/LoginRules.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dm {

// One login as the cache stores it (core/LogRecords.h LoginRecord): the address as the log wrote it and the place the
// platform located it in. An empty province means the place is unknown: no region rule matches it.
struct LoginAttempt
{
    QString ip;
    QString province;
    QString city;
};

// The client's own reading of CONTRACT.md §12, written apart from the sandbox's so that the two can be checked
// against each other (tests/integration/sync/tst_loginrulesplatform.cpp).
//
// One level's list compiled once (its networks parsed), then matched against any number of logins: a dry run over
// a year of logins matches a few hundred thousand of them against up to 200 rules.
class LoginRuleMatcher
{
public:
    LoginRuleMatcher() = default;
    explicit LoginRuleMatcher(const LoginRuleDocument& document);

    // The 0-based index of the first rule that matches, if any.
    [[nodiscard]] std::optional<int> firstMatch(const LoginAttempt& login) const;
    [[nodiscard]] const LoginRuleDocument& document() const { return m_document; }

    // An address as bits: IPv4 in the first four bytes. Public for the lint and the tests.
    struct Address
    {
        bool v6 = false;
        std::array<quint8, 16> bytes{};
    };
    struct Network
    {
        Address base;
        int prefix = 0;
    };
    // A dotted quad (decimal, no leading zeros) or IPv6 hex groups (any case, at most one "::", no zone, no embedded
    // dotted quad): what the platform's evaluate endpoint takes. nullopt for anything else.
    [[nodiscard]] static std::optional<Address> parseAddress(QStringView text);
    // address/prefix with the prefix in range and no host bit set (the lint does not need more than that; the
    // canonical spelling is LoginRuleInput's isCanonicalCidr).
    [[nodiscard]] static std::optional<Network> parseNetwork(QStringView text);
    [[nodiscard]] static bool contains(const Network& network, const Address& address);

private:
    LoginRuleDocument m_document;
    std::vector<std::optional<Network>> m_networks; // per rule; empty for region rules and unparsable values
};

// What the platform decides for `login` (CONTRACT.md §12): the first matching rule of the account's list, else of
// the domain's, else the account's default if it has one, else the domain's. `account` is null for an account
// without a document of its own (version 0: no rules, no default).
[[nodiscard]] LoginDecision decideLogin(const LoginRuleMatcher& domain, const LoginRuleMatcher* account,
                                        const LoginAttempt& login);
// The same for one login, compiling the documents on the way (tests, one-off checks).
[[nodiscard]] LoginDecision evaluateLogin(const LoginRuleDocument& domain,
                                          const std::optional<LoginRuleDocument>& account, const LoginAttempt& login);

// A mistake in a list that the platform accepts but that makes part of it dead.
struct LoginRuleWarning
{
    std::optional<int> rule; // the 0-based index of the dead rule; nullopt: the default
    QString message;         // translated; names the rules by the numbers `dmctl loginrules get` prints (0-based)
};

// Rules that can never match because an earlier rule matches every login they would (the same region; a province
// before a city of it, where `provinceOfCity` says which province a city-level name belongs to; a network inside an
// earlier one), and a default no login can reach because earlier rules cover 0.0.0.0/0 and ::/0. In rule order.
[[nodiscard]] QList<LoginRuleWarning> analyse(const LoginRuleDocument& document,
                                              const QHash<QString, QString>& provinceOfCity = {});

} // namespace dm
