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

// The saved login rules, read once per simulation step: the simulated court's logins obey them, so that a rule an
// administrator saves shows up in the login log as refused logins from then on.
class LoginGate
{
public:
    // Reads every saved login-rule document; a platform without any lets every login through.
    [[nodiscard]] static LoginGate load(Db& db);
    // Whether the platform refuses this login under the saved rules.
    [[nodiscard]] bool refuses(const LoginRow& row) const;

private:
    QJsonObject m_domain;
    QHash<QString, QJsonObject> m_accounts; // by account name (lower case)
};

} // namespace dm::sandbox
