#include "sandbox/LoginRulesApi.h"

#include "sandbox/DocumentStore.h"
#include "sandbox/LoginGate.h"
#include "sandbox/LoginRule.h"

#include <QJsonArray>

namespace dm::sandbox {
namespace {

// The remark lists at most this many rules, then says how many there were.
constexpr qsizetype kRemarkRules = 20;

QJsonObject domainDefaults()
{
    // Logins are allowed from anywhere until an administrator says otherwise: a deny default would lock out every
    // recipient of a new platform.
    return QJsonObject{{QStringLiteral("rules"), QJsonArray()},
                       {QStringLiteral("defaultAction"), QStringLiteral("allow")}};
}

QJsonObject documentJson(const DocumentTarget& target, const StoredDocument& document)
{
    const QJsonValue defaultAction = document.body.value(QStringLiteral("defaultAction"));
    return QJsonObject{
        {QStringLiteral("level"), levelName(target.level)},
        {QStringLiteral("targetId"), target.targetId},
        {QStringLiteral("rules"), document.body.value(QStringLiteral("rules")).toArray()},
        {QStringLiteral("defaultAction"), defaultAction.isString() ? defaultAction : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), document.version},
        {QStringLiteral("updatedAt"),
         document.updatedAt ? QJsonValue(*document.updatedAt) : QJsonValue(QJsonValue::Null)}};
}

QString allowText(const QJsonValue& action)
{
    if (!action.isString()) {
        return QStringLiteral("沿用全局设置");
    }
    return action.toString() == QLatin1String("deny") ? QStringLiteral("不允许") : QStringLiteral("允许");
}

// 衢州市(允许),10.0.0.0/8(不允许): the brochure's 地区/ip(段)与登录权限 list.
QString rulesText(const QJsonArray& rules)
{
    if (rules.isEmpty()) {
        return QStringLiteral("无");
    }
    QStringList parts;
    for (qsizetype i = 0; i < rules.size() && i < kRemarkRules; ++i) {
        const QJsonObject rule = rules[i].toObject();
        parts.append(rule.value(QStringLiteral("value")).toString() + QLatin1Char('(') +
                     allowText(rule.value(QStringLiteral("action"))) + QLatin1Char(')'));
    }
    QString text = parts.join(QLatin1Char(','));
    if (rules.size() > kRemarkRules) {
        text += QStringLiteral("等%1条").arg(rules.size());
    }
    return text;
}

struct LogRow
{
    QString action;
    QString remark;
};

LogRow logRow(const DocumentStore& store, const DocumentTarget& target, const QJsonObject& body, bool rulesGiven)
{
    const QJsonValue defaultAction = body.value(QStringLiteral("defaultAction"));
    if (target.level == DocumentLevel::Domain && !rulesGiven) {
        return LogRow{QStringLiteral("setLoginDefault"),
                      QStringLiteral("设置其他地区/ip(段):") + allowText(defaultAction) + QStringLiteral("登录")};
    }
    QString remark = QStringLiteral("地区/ip(段)与登录权限:") +
                     rulesText(body.value(QStringLiteral("rules")).toArray()) + QStringLiteral(",其他地区/ip(段):") +
                     allowText(defaultAction);
    if (target.level == DocumentLevel::Account) {
        return LogRow{QStringLiteral("updateLoginRule"),
                      QStringLiteral("成员:") + store.logTarget(target) + QLatin1Char(',') + remark};
    }
    return LogRow{QStringLiteral("updateDomainLoginRule"), remark};
}

ApiResult getRules(DocumentStore& store, const ApiCall& call)
{
    auto found = store.loadRequested(call.body, false, domainDefaults(), call.nowMs);
    if (!found) {
        return Unexpected{found.error()};
    }
    return QJsonValue(documentJson(found->first, found->second));
}

ApiResult updateRules(DocumentStore& store, const ApiCall& call)
{
    auto target = store.parseTarget(call.body, false);
    if (!target) {
        return Unexpected{target.error()};
    }
    auto expected = integerField(call.body, QStringLiteral("expectedVersion"), Presence::Required, 0,
                                 std::numeric_limits<qint32>::max());
    if (!expected) {
        return Unexpected{expected.error()};
    }
    const QJsonValue rulesValue = call.body.value(QStringLiteral("rules"));
    const QJsonValue defaultValue = call.body.value(QStringLiteral("defaultAction"));
    if (rulesValue.isUndefined() && defaultValue.isUndefined()) {
        return Unexpected{parameterError(QStringLiteral("rules"), QStringLiteral("missing"))};
    }
    std::optional<QList<LoginRule>> rules;
    if (!rulesValue.isUndefined()) {
        auto parsed = parseLoginRules(rulesValue);
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        rules = *parsed;
    }
    if (defaultValue.isNull() && target->level == DocumentLevel::Domain) {
        return Unexpected{parameterError(QStringLiteral("defaultAction"), QStringLiteral("null"))};
    }
    if (!defaultValue.isUndefined() && !defaultValue.isNull() && !parseAction(defaultValue)) {
        return Unexpected{parameterError(QStringLiteral("defaultAction"),
                                         defaultValue.isString() ? QStringLiteral("value") : QStringLiteral("type"))};
    }
    if (auto exists = store.requireTarget(*target); !exists) {
        return Unexpected{exists.error()};
    }

    auto transaction = Transaction::begin(store.db());
    if (!transaction) {
        return Unexpected{DocumentStore::systemError(transaction.error())};
    }
    auto current = store.loadAny(*target, domainDefaults(), call.nowMs);
    if (!current) {
        return Unexpected{current.error()};
    }
    QJsonObject body = current->body;
    if (rules) {
        body.insert(QStringLiteral("rules"), loginRulesToJson(*rules));
    } else if (!body.contains(QStringLiteral("rules"))) {
        body.insert(QStringLiteral("rules"), QJsonArray());
    }
    if (defaultValue.isNull()) {
        body.remove(QStringLiteral("defaultAction"));
    } else if (!defaultValue.isUndefined()) {
        body.insert(QStringLiteral("defaultAction"), defaultValue);
    }
    const LogRow row = logRow(store, *target, body, rules.has_value());
    const QString logTarget = store.logTarget(*target);
    if (current->version != **expected) {
        const QString conflict = QStringLiteral("LOGINRULE.VERSION.CONFLICT");
        // Refused, and audited as refused (with the rule, as every refusal is).
        if (auto logged = store.appendOperationLog(call.nowMs, row.action, logTarget, false,
                                                   row.remark + QStringLiteral(",原因:") + conflict);
            !logged) {
            return Unexpected{logged.error()};
        }
        if (auto committed = transaction->commit(); !committed) {
            return Unexpected{DocumentStore::systemError(committed.error())};
        }
        return Unexpected{ApiError{code::BusinessFailure, conflict,
                                   QJsonObject{{QStringLiteral("currentVersion"), current->version}}}};
    }
    const StoredDocument updated{body, current->version + 1, call.nowMs};
    if (auto saved = store.save(*target, updated.body, updated.version, call.nowMs); !saved) {
        return Unexpected{saved.error()};
    }
    if (auto logged = store.appendOperationLog(call.nowMs, row.action, logTarget, true, row.remark); !logged) {
        return Unexpected{logged.error()};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{DocumentStore::systemError(committed.error())};
    }
    return QJsonValue(documentJson(*target, updated));
}

ApiResult evaluate(DocumentStore& store, const ApiCall& call)
{
    auto accountName = DocumentStore::parseAccountName(call.body, QStringLiteral("accountName"));
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto ipText = stringField(call.body, QStringLiteral("ip"), Presence::Required, 64);
    if (!ipText) {
        return Unexpected{ipText.error()};
    }
    const auto ip = parseIpAddress(**ipText);
    if (!ip) {
        return Unexpected{parameterError(QStringLiteral("ip"), QStringLiteral("format"))};
    }
    auto regionText = stringField(call.body, QStringLiteral("region"), Presence::Optional, 64);
    if (!regionText) {
        return Unexpected{regionText.error()};
    }
    std::optional<LoginLocation> where;
    if (*regionText && !(*regionText)->isEmpty()) {
        where = parseLoginLocation(**regionText);
        if (!where) {
            return Unexpected{parameterError(QStringLiteral("region"), QStringLiteral("region"))};
        }
    }
    if (auto unit = store.accountUnit(*accountName); !unit) {
        return Unexpected{unit.error()};
    }
    auto account = store.load(DocumentTarget{DocumentLevel::Account, *accountName});
    if (!account) {
        return Unexpected{account.error()};
    }
    auto domain = store.loadDomain(domainDefaults(), call.nowMs);
    if (!domain) {
        return Unexpected{domain.error()};
    }
    const LoginVerdict verdict = decideLogin(account->body, domain->body, ip, where);
    return QJsonValue(
        QJsonObject{{QStringLiteral("action"), actionName(verdict.action)},
                    {QStringLiteral("matchedRule"),
                     verdict.matchedRule ? QJsonValue(qint64(*verdict.matchedRule)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("level"), verdict.level}});
}

} // namespace

void registerLoginRulesApis(SandboxServer& server, PlatformContext& context)
{
    auto store = std::make_shared<DocumentStore>(context, QStringLiteral("loginRules"));
    using Access = SandboxServer::Access;
    server.addApi(QStringLiteral("/api/open/delivery/loginRule/get"), Access::Token,
                  [store](const ApiCall& call) { return getRules(*store, call); });
    server.addApi(QStringLiteral("/api/open/delivery/loginRule/update"), Access::Token,
                  [store](const ApiCall& call) { return updateRules(*store, call); });
    server.addApi(QStringLiteral("/api/open/delivery/loginRule/evaluate"), Access::Token,
                  [store](const ApiCall& call) { return evaluate(*store, call); });
}

} // namespace dm::sandbox
