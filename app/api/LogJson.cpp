#include "api/LogJson.h"

#include "api/FieldReader.h"

namespace dm {
namespace {

QJsonObject windowBody(const LogWindow& window)
{
    return QJsonObject{{QStringLiteral("startTime"), window.startTime}, {QStringLiteral("endTime"), window.endTime}};
}

void addText(QJsonObject& body, const QString& field, const QString& value)
{
    if (!value.isEmpty()) {
        body.insert(field, value);
    }
}

void addFlag(QJsonObject& body, const QString& field, const std::optional<bool>& value)
{
    if (value) {
        body.insert(field, *value);
    }
}

} // namespace

Expected<OperationRecord, ApiError> operationRecordFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    OperationRecord record;
    record.id = reader.integer(QStringLiteral("id"));
    record.time = reader.integer(QStringLiteral("time"));
    record.operatorAddress = reader.string(QStringLiteral("operator"));
    record.action = reader.string(QStringLiteral("action"));
    record.target = reader.string(QStringLiteral("target"));
    record.result = reader.enumeration(QStringLiteral("result"), &logResultFromString, LogResult::Failure);
    record.remark = reader.string(QStringLiteral("remark"));
    record.ip = reader.string(QStringLiteral("ip"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return record;
}

Expected<LoginRecord, ApiError> loginRecordFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    LoginRecord record;
    record.id = reader.integer(QStringLiteral("id"));
    record.time = reader.integer(QStringLiteral("time"));
    record.accountName = reader.string(QStringLiteral("accountName"));
    record.method = reader.enumeration(QStringLiteral("method"), &loginMethodFromString, LoginMethod::Webmail);
    record.ip = reader.string(QStringLiteral("ip"));
    record.province = reader.string(QStringLiteral("province"));
    record.city = reader.string(QStringLiteral("city"));
    record.result = reader.enumeration(QStringLiteral("result"), &logResultFromString, LogResult::Failure);
    record.abnormal = reader.boolean(QStringLiteral("abnormal"));
    if (record.result == LogResult::Failure && reader.has(QStringLiteral("failReason"))) {
        record.failReason = loginFailReasonFromString(reader.string(QStringLiteral("failReason")));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return record;
}

Expected<MailRecord, ApiError> mailRecordFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    MailRecord record;
    record.id = reader.integer(QStringLiteral("id"));
    record.time = reader.integer(QStringLiteral("time"));
    record.direction = reader.enumeration(QStringLiteral("direction"), &mailDirectionFromString, MailDirection::In);
    record.messageId = reader.string(QStringLiteral("messageId"));
    record.subject = reader.string(QStringLiteral("subject"));
    record.sender = reader.string(QStringLiteral("sender"));
    record.recipient = reader.string(QStringLiteral("recipient"));
    record.status = reader.enumeration(QStringLiteral("status"), &mailStatusFromString, MailStatus::Received);
    // Both are "integer or null" / "string or null": present always, set together.
    if (!reader.contains(QStringLiteral("readAt"))) {
        reader.fail(QStringLiteral("readAt"));
    }
    record.readAt = reader.optionalInteger(QStringLiteral("readAt"));
    if (!reader.contains(QStringLiteral("readClient"))) {
        reader.fail(QStringLiteral("readClient"));
    }
    record.readClient = reader.optionalEnumeration(QStringLiteral("readClient"), &readClientFromString);
    if (record.readAt.has_value() != record.readClient.has_value()) {
        reader.fail(QStringLiteral("readClient"));
    }
    record.updatedAt = reader.integer(QStringLiteral("updatedAt"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return record;
}

Expected<KeysetPage<OperationRecord>, ApiError> operationPageFromJson(const QJsonValue& value)
{
    return keysetPageFromJson<OperationRecord>(value, QStringLiteral("operationPage"), &operationRecordFromJson);
}

Expected<KeysetPage<LoginRecord>, ApiError> loginPageFromJson(const QJsonValue& value)
{
    return keysetPageFromJson<LoginRecord>(value, QStringLiteral("loginPage"), &loginRecordFromJson);
}

Expected<KeysetPage<MailRecord>, ApiError> mailPageFromJson(const QJsonValue& value)
{
    return keysetPageFromJson<MailRecord>(value, QStringLiteral("mailPage"), &mailRecordFromJson);
}

QJsonObject logQueryBody(const LogWindow& window, const OperationFilter& filter)
{
    QJsonObject body = windowBody(window);
    addText(body, QStringLiteral("operator"), filter.operatorAddress);
    addText(body, QStringLiteral("action"), filter.action);
    if (filter.result) {
        body.insert(QStringLiteral("result"), toString(*filter.result));
    }
    addText(body, QStringLiteral("target"), filter.target);
    return body;
}

QJsonObject logQueryBody(const LogWindow& window, const LoginFilter& filter)
{
    QJsonObject body = windowBody(window);
    addText(body, QStringLiteral("accountName"), filter.accountName);
    if (filter.method) {
        body.insert(QStringLiteral("method"), toString(*filter.method));
    }
    if (filter.result) {
        body.insert(QStringLiteral("result"), toString(*filter.result));
    }
    addFlag(body, QStringLiteral("abnormal"), filter.abnormal);
    addText(body, QStringLiteral("province"), filter.province);
    addText(body, QStringLiteral("ipPrefix"), filter.ipPrefix);
    return body;
}

QJsonObject logQueryBody(const LogWindow& window, const MailFilter& filter)
{
    QJsonObject body = windowBody(window);
    if (filter.direction) {
        body.insert(QStringLiteral("direction"), toString(*filter.direction));
    }
    if (filter.status) {
        body.insert(QStringLiteral("status"), toString(*filter.status));
    }
    addText(body, QStringLiteral("sender"), filter.sender);
    addText(body, QStringLiteral("recipient"), filter.recipient);
    addText(body, QStringLiteral("subject"), filter.subject);
    addFlag(body, QStringLiteral("read"), filter.read);
    body.insert(QStringLiteral("orderBy"),
                filter.orderBy == MailOrder::UpdatedAt ? QStringLiteral("updatedAt") : QStringLiteral("time"));
    return body;
}

void addPaging(QJsonObject& body, const PageRequest& page)
{
    body.insert(QStringLiteral("pageSize"), page.pageSize);
    if (!page.cursor.isEmpty()) {
        body.insert(QStringLiteral("cursor"), page.cursor);
    }
}

} // namespace dm
