#pragma once

#include "sandbox/LoginRule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dm {
class Db;
}

namespace dm::sandbox {

struct LoginRow;

// What the platform decides for one login (CONTRACT.md §12): the first matching rule of the account's list, else
// of the domain's, else the account's default, else the domain's, else allow. `matchedRule` is empty when a default
// decided. One function for the evaluate endpoint and for the logins the simulation makes, so the two never differ.
struct LoginVerdict
{
    LoginRule::Action action = LoginRule::Action::Allow;
    std::optional<qsizetype> matchedRule;
    QString level; // "account" or "domain"
};
[[nodiscard]] LoginVerdict decideLogin(const QJsonObject& accountDocument, const QJsonObject& domainDocument,
                                       const std::optional<IpAddress>& ip, const std::optional<LoginLocation>& where);

// The saved login rules and delivery policies, read once per simulation step: the simulated court's logins obey them,
// so that a rule or a policy an administrator saves shows up in the login log as refused logins from then on. The
// login rules are asked first (where the login comes from), then the account's effective allowedClients (§11; the
// app's proprietary protocol counts as mailmaster). Until an administrator saves a policy (the domain's beyond its
// default version 1, or any unit's or account's), the clients are not checked: the court keeps the habits of its
// seeded history, and a court without saved rules or policies simulates exactly as before.
class LoginGate
{
public:
    enum class Refusal : qint8
    {
        None = 0,
        LoginRule = 1,
        ClientNotAllowed = 2,
    };

    // Reads every saved login-rule and policy document; without any, the domain policy is the contract's default.
    [[nodiscard]] static LoginGate load(Db& db);
    // Why the platform refuses this login of an account of `unitId`, or None.
    [[nodiscard]] Refusal refusal(const LoginRow& row, const QString& unitId) const;
    // Whether the account may use `client` (an allowedClients value: webmail, mailmaster...): always, until a policy
    // is saved; then as its effective policy says.
    [[nodiscard]] bool allows(const QString& client, const QString& accountName, const QString& unitId) const;
    // The login log's failReason for a refused login ("loginRule", "clientNotAllowed").
    [[nodiscard]] static QString reasonName(Refusal refusal);

private:
    [[nodiscard]] bool policyAllows(const QString& client, const QString& accountName, const QString& unitId) const;

    QJsonObject m_domain;
    QHash<QString, QJsonObject> m_accounts; // by account name (lower case)
    QJsonObject m_domainPolicy;
    QHash<QString, QJsonObject> m_unitPolicies;    // by unit id
    QHash<QString, QJsonObject> m_accountPolicies; // by account name (lower case)
    bool m_policySaved = false;
};

} // namespace dm::sandbox
