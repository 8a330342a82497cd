#include "sandbox/LoginGate.h"

#include "sandbox/LogWriter.h"
#include "store/Db.h"
#include "store/Stmt.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dm::sandbox {

LoginVerdict decideLogin(const QJsonObject& accountDocument, const QJsonObject& domainDocument,
                         const std::optional<IpAddress>& ip, const std::optional<LoginLocation>& where)
{
    const std::pair<const QJsonObject*, QString> levels[] = {{&accountDocument, QStringLiteral("account")},
                                                             {&domainDocument, QStringLiteral("domain")}};
    for (const auto& [document, level] : levels) {
        auto rules = parseLoginRules(document->value(QStringLiteral("rules")).toArray());
        for (qsizetype i = 0; rules && i < rules->size(); ++i) {
            if (rules->at(i).matches(ip, where)) {
                return {rules->at(i).action, i, level};
            }
        }
    }
    for (const auto& [document, level] : levels) {
        if (const auto action = parseAction(document->value(QStringLiteral("defaultAction")))) {
            return {*action, std::nullopt, level};
        }
    }
    return {LoginRule::Action::Allow, std::nullopt, QStringLiteral("domain")};
}

LoginGate LoginGate::load(Db& db)
{
    LoginGate gate;
    auto select = db.prepare("SELECT level, target_id, body FROM documents WHERE kind = 'loginRules'");
    if (!select) {
        return gate;
    }
    while (true) {
        auto row = select->step();
        if (!row || !*row) {
            break;
        }
        const QJsonObject body = QJsonDocument::fromJson(select->text(2).toUtf8()).object();
        if (select->text(0) == QLatin1String("domain")) {
            gate.m_domain = body;
        } else if (select->text(0) == QLatin1String("account")) {
            gate.m_accounts.insert(select->text(1), body);
        }
    }
    return gate;
}

bool LoginGate::refuses(const LoginRow& row) const
{
    const auto account = m_accounts.constFind(row.accountName.toLower());
    if (m_domain.isEmpty() && account == m_accounts.cend()) {
        return false;
    }
    std::optional<LoginLocation> where;
    if (!row.province.isEmpty()) {
        where = LoginLocation{row.province, row.city};
    }
    const LoginVerdict verdict =
        decideLogin(account != m_accounts.cend() ? *account : QJsonObject(), m_domain, parseIpAddress(row.ip), where);
    return verdict.action == LoginRule::Action::Deny;
}

} // namespace dm::sandbox
