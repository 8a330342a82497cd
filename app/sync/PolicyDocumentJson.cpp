#include "sync/PolicyDocumentJson.h"

#include "api/LoginRuleJson.h"
#include "api/PolicyJson.h"

#include <QJsonObject>

namespace dm {

namespace {

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

StoredDocument stored(const QString& level, const QString& targetId, qint64 version,
                      const std::optional<qint64>& updatedAt, QJsonObject body)
{
    body.insert(QStringLiteral("level"), level);
    body.insert(QStringLiteral("targetId"), targetId);
    body.insert(QStringLiteral("version"), version);
    body.insert(QStringLiteral("updatedAt"), orNull(updatedAt));
    StoredDocument document;
    document.level = level;
    document.targetId = targetId;
    document.version = version;
    document.updatedAt = updatedAt;
    document.document = body;
    return document;
}

} // namespace

StoredDocument toStoredDocument(const PolicyDocument& document)
{
    return stored(toString(document.level), document.targetId, document.version, document.updatedAt,
                  {{QStringLiteral("policy"), policyChangeToJson(document.policy, {})}});
}

StoredDocument toStoredDocument(const LoginRuleDocument& document)
{
    return stored(
        toString(document.level), document.targetId, document.version, document.updatedAt,
        {{QStringLiteral("rules"), loginRulesToJson(document.rules)},
         {QStringLiteral("defaultAction"),
          document.defaultAction ? QJsonValue(toString(*document.defaultAction)) : QJsonValue(QJsonValue::Null)}});
}

Expected<PolicyDocument, ApiError> policyDocumentFromStored(const StoredDocument& stored)
{
    return policyDocumentFromJson(stored.document);
}

Expected<LoginRuleDocument, ApiError> loginRuleDocumentFromStored(const StoredDocument& stored)
{
    return loginRuleDocumentFromJson(stored.document);
}

} // namespace dm
