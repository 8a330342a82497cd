#include "sandbox/LoginGate.h"

#include "sandbox/LogWriter.h"
#include "sandbox/PolicyDocument.h"
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
    auto select = db.prepare(
        "SELECT kind, level, target_id, body, version FROM documents WHERE kind IN ('loginRules', 'policy')");
    if (!select) {
        return gate;
    }
    while (true) {
        auto row = select->step();
        if (!row || !*row) {
            break;
        }
        const bool rules = select->text(0) == QLatin1String("loginRules");
        const QString level = select->text(1);
        const QString target = select->text(2);
        const QJsonObject body = QJsonDocument::fromJson(select->text(3).toUtf8()).object();
        if (level == QLatin1String("domain")) {
            (rules ? gate.m_domain : gate.m_domainPolicy) = body;
            // Version 1 is the contract's defaults, stored the first time anyone read them.
            gate.m_policySaved = gate.m_policySaved || (!rules && select->int64(4) > 1);
        } else if (level == QLatin1String("account")) {
            (rules ? gate.m_accounts : gate.m_accountPolicies).insert(target, body);
            gate.m_policySaved = gate.m_policySaved || !rules;
        } else if (level == QLatin1String("unit") && !rules) {
            gate.m_unitPolicies.insert(target, body);
            gate.m_policySaved = true;
        }
    }
    return gate;
}

LoginGate::Refusal LoginGate::refusal(const LoginRow& row, const QString& unitId) const
{
    const auto account = m_accounts.constFind(row.accountName.toLower());
    if (!m_domain.isEmpty() || account != m_accounts.cend()) {
        std::optional<LoginLocation> where;
        if (!row.province.isEmpty()) {
            where = LoginLocation{row.province, row.city};
        }
        const LoginVerdict verdict = decideLogin(account != m_accounts.cend() ? *account : QJsonObject(), m_domain,
                                                 parseIpAddress(row.ip), where);
        if (verdict.action == LoginRule::Action::Deny) {
            return Refusal::LoginRule;
        }
    }
    // 专有协议 is the protocol of the 邮箱大师 app.
    const QString client = row.method == QLatin1String("proprietary") ? QStringLiteral("mailmaster") : row.method;
    return allows(client, row.accountName, unitId) ? Refusal::None : Refusal::ClientNotAllowed;
}

bool LoginGate::allows(const QString& client, const QString& accountName, const QString& unitId) const
{
    // The seeded court's people use the clients of its history; a policy an administrator saves binds them from then.
    return !m_policySaved || policyAllows(client, accountName, unitId);
}

bool LoginGate::policyAllows(const QString& client, const QString& accountName, const QString& unitId) const
{
    const QString path = QStringLiteral("allowedClients");
    QJsonValue allowed = policy::leaf(m_accountPolicies.value(accountName.toLower()), path);
    if (allowed.isUndefined()) {
        allowed = policy::leaf(m_unitPolicies.value(unitId), path);
    }
    if (allowed.isUndefined()) {
        allowed = policy::leaf(m_domainPolicy, path);
    }
    if (allowed.isUndefined()) {
        allowed = policy::leaf(policy::defaults(), path);
    }
    return allowed.toArray().contains(QJsonValue(client));
}

QString LoginGate::reasonName(Refusal refusal)
{
    switch (refusal) {
    case Refusal::LoginRule:
        return QStringLiteral("loginRule");
    case Refusal::ClientNotAllowed:
        return QStringLiteral("clientNotAllowed");
    case Refusal::None:
        break;
    }
    return QString();
}

} // namespace dm::sandbox
