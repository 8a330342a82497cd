#include "api/LoginRuleJson.h"

#include "api/FieldReader.h"

#include <QJsonObject>

namespace dm {
namespace {

// The platform keeps at most 200 rules per list; an index beyond is not one it could have matched.
constexpr int kMaxRules = 200;

} // namespace

Expected<LoginRule, ApiError> loginRuleFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    LoginRule rule;
    rule.action = reader.enumeration(QStringLiteral("action"), &loginActionFromString, LoginAction::Deny);
    rule.kind = reader.enumeration(QStringLiteral("kind"), &loginRuleKindFromString, LoginRuleKind::Region);
    rule.value = reader.string(QStringLiteral("value"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return rule;
}

Expected<LoginRuleDocument, ApiError> loginRuleDocumentFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("loginRuleDocument"));
    LoginRuleDocument document;
    document.level = reader.enumeration(QStringLiteral("level"), &loginRuleLevelFromString, LoginRuleLevel::Domain);
    document.targetId = reader.string(QStringLiteral("targetId"));
    const QJsonArray rules = reader.array(QStringLiteral("rules"));
    // "string or null": always there; null only for an account that follows the domain's default.
    if (!reader.contains(QStringLiteral("defaultAction"))) {
        reader.fail(QStringLiteral("defaultAction"));
    }
    document.defaultAction = reader.optionalEnumeration(QStringLiteral("defaultAction"), &loginActionFromString);
    if (reader.ok() && document.level == LoginRuleLevel::Domain && !document.defaultAction) {
        reader.fail(QStringLiteral("defaultAction"));
    }
    document.version = reader.integer(QStringLiteral("version"));
    if (!reader.contains(QStringLiteral("updatedAt"))) {
        reader.fail(QStringLiteral("updatedAt"));
    }
    document.updatedAt = reader.optionalInteger(QStringLiteral("updatedAt"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        auto rule = loginRuleFromJson(rules.at(i), reader.childPath(QStringLiteral("rules[%1]").arg(i)));
        if (!rule) {
            return Unexpected{rule.error()};
        }
        document.rules.append(*rule);
    }
    return document;
}

Expected<LoginDecision, ApiError> loginDecisionFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("loginDecision"));
    LoginDecision decision;
    decision.action = reader.enumeration(QStringLiteral("action"), &loginActionFromString, LoginAction::Deny);
    if (!reader.contains(QStringLiteral("matchedRule"))) {
        reader.fail(QStringLiteral("matchedRule"));
    }
    if (const auto index = reader.optionalInteger(QStringLiteral("matchedRule"), 0, kMaxRules - 1)) {
        decision.matchedRule = static_cast<int>(*index);
    }
    decision.level = reader.enumeration(QStringLiteral("level"), &loginRuleLevelFromString, LoginRuleLevel::Domain);
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return decision;
}

QJsonArray loginRulesToJson(const QList<LoginRule>& rules)
{
    QJsonArray array;
    for (const LoginRule& rule : rules) {
        array.append(QJsonObject{{QStringLiteral("action"), toString(rule.action)},
                                 {QStringLiteral("kind"), toString(rule.kind)},
                                 {QStringLiteral("value"), rule.value}});
    }
    return array;
}

} // namespace dm
