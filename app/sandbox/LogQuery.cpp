#include "sandbox/LogQuery.h"

#include <QByteArray>

#include <initializer_list>

namespace dm::sandbox {
namespace {

constexpr qint64 kLatestTime = 9007199254740991; // 2^53 - 1: what a JSON number holds exactly

using Filtered = Expected<void, ApiError>;

// An optional string filter compared as `condition` (lower-cased when `fold`); an empty string is refused.
Filtered textFilter(const QJsonObject& body, const QString& field, const char* condition, SqlConditions& filters,
                    bool fold, int times = 1)
{
    auto value = stringField(body, field, Presence::Optional);
    if (!value) {
        return Unexpected{value.error()};
    }
    if (!value->has_value()) {
        return {};
    }
    if ((*value)->isEmpty()) {
        return Unexpected{parameterError(field, QStringLiteral("empty"))};
    }
    const QString text = fold ? (*value)->toLower() : **value;
    if (times == 2) {
        filters.add(condition, text, text);
    } else {
        filters.add(condition, text);
    }
    return {};
}

// An optional filter that must be one of `allowed`: anything else is -401 <field>:value.
Filtered choiceFilter(const QJsonObject& body, const QString& field, std::initializer_list<const char16_t*> allowed,
                      const char* condition, SqlConditions& filters)
{
    auto value = stringField(body, field, Presence::Optional);
    if (!value) {
        return Unexpected{value.error()};
    }
    if (!value->has_value()) {
        return {};
    }
    for (const char16_t* choice : allowed) {
        if (**value == QStringView(choice)) {
            filters.add(condition, **value);
            return {};
        }
    }
    return Unexpected{parameterError(field, QStringLiteral("value"))};
}

Filtered flagFilter(const QJsonObject& body, const QString& field, const char* whenTrue, const char* whenFalse,
                    SqlConditions& filters)
{
    auto value = boolField(body, field, Presence::Optional);
    if (!value) {
        return Unexpected{value.error()};
    }
    if (value->has_value()) {
        filters.addBare(**value ? whenTrue : whenFalse);
    }
    return {};
}

Filtered ipPrefixFilter(const QJsonObject& body, SqlConditions& filters)
{
    const QString field = QStringLiteral("ipPrefix");
    auto value = stringField(body, field, Presence::Optional, 45);
    if (!value) {
        return Unexpected{value.error()};
    }
    if (!value->has_value()) {
        return {};
    }
    const QString prefix = (*value)->toLower();
    if (prefix.isEmpty()) {
        return Unexpected{parameterError(field, QStringLiteral("empty"))};
    }
    for (const QChar c : prefix) {
        if (!(c.isDigit() || (c >= u'a' && c <= u'f') || c == u'.' || c == u':')) {
            return Unexpected{parameterError(field, QStringLiteral("format"))};
        }
    }
    filters.add(" AND substr(ip, 1, ?) = ?", static_cast<qint64>(prefix.size()), prefix);
    return {};
}

Filtered readFilters(LogKind kind, const QJsonObject& body, SqlConditions& filters, bool* byUpdatedAt)
{
    const std::initializer_list<const char16_t*> results{u"success", u"failure"};
    std::vector<Filtered> checks;
    switch (kind) {
    case LogKind::Operations:
        checks.push_back(textFilter(body, QStringLiteral("operator"), " AND operator = ?", filters, true));
        checks.push_back(textFilter(body, QStringLiteral("action"), " AND action = ?", filters, false));
        checks.push_back(choiceFilter(body, QStringLiteral("result"), results, " AND result = ?", filters));
        checks.push_back(textFilter(body, QStringLiteral("target"), " AND instr(lower(target), ?) > 0", filters, true));
        break;
    case LogKind::Logins:
        checks.push_back(textFilter(body, QStringLiteral("accountName"), " AND account_name = ?", filters, true));
        checks.push_back(choiceFilter(body, QStringLiteral("method"),
                                      {u"webmail", u"mailmaster", u"proprietary", u"wechat", u"imap", u"pop", u"smtp"},
                                      " AND method = ?", filters));
        checks.push_back(choiceFilter(body, QStringLiteral("result"), results, " AND result = ?", filters));
        checks.push_back(
            flagFilter(body, QStringLiteral("abnormal"), " AND abnormal = 1", " AND abnormal = 0", filters));
        checks.push_back(textFilter(body, QStringLiteral("province"), " AND province = ?", filters, false));
        checks.push_back(ipPrefixFilter(body, filters));
        break;
    case LogKind::Mails: {
        checks.push_back(
            choiceFilter(body, QStringLiteral("direction"), {u"in", u"out"}, " AND direction = ?", filters));
        checks.push_back(
            choiceFilter(body, QStringLiteral("status"),
                         {u"delivered", u"received", u"failed", u"bounced", u"deferred", u"intercepted", u"spam"},
                         " AND status = ?", filters));
        checks.push_back(textFilter(body, QStringLiteral("sender"), " AND sender = ?", filters, true));
        checks.push_back(textFilter(body, QStringLiteral("recipient"), " AND recipient = ?", filters, true));
        checks.push_back(
            textFilter(body, QStringLiteral("subject"), " AND instr(lower(subject), ?) > 0", filters, true));
        checks.push_back(
            flagFilter(body, QStringLiteral("read"), " AND read_at IS NOT NULL", " AND read_at IS NULL", filters));
        auto order = stringField(body, QStringLiteral("orderBy"), Presence::Optional);
        if (!order) {
            checks.push_back(Unexpected{order.error()});
        } else if (order->has_value() && **order != u"time" && **order != u"updatedAt") {
            checks.push_back(Unexpected{parameterError(QStringLiteral("orderBy"), QStringLiteral("value"))});
        } else {
            *byUpdatedAt = order->has_value() && **order == u"updatedAt";
        }
        break;
    }
    }
    // The first failing field in the order above is the one reported.
    for (const Filtered& check : checks) {
        if (!check) {
            return check;
        }
    }
    return {};
}

} // namespace

Expected<TimeWindow, ApiError> readWindow(const QJsonObject& body)
{
    auto start = integerField(body, QStringLiteral("startTime"), Presence::Required, 0, kLatestTime);
    if (!start) {
        return Unexpected{start.error()};
    }
    auto end = integerField(body, QStringLiteral("endTime"), Presence::Required, 0, kLatestTime);
    if (!end) {
        return Unexpected{end.error()};
    }
    return checkWindow(**start, **end);
}

Expected<TimeWindow, ApiError> checkWindow(qint64 start, qint64 end)
{
    if (start >= end) {
        return Unexpected{parameterError(QStringLiteral("endTime"), QStringLiteral("range"))};
    }
    if (end - start > kMaxWindowMs) {
        return Unexpected{parameterError(QStringLiteral("endTime"), QStringLiteral("window"))};
    }
    return TimeWindow{start, end};
}

void SqlConditions::add(const char* condition, std::variant<qint64, QString> value)
{
    text += condition;
    values.push_back(std::move(value));
}

void SqlConditions::add(const char* condition, std::variant<qint64, QString> first,
                        std::variant<qint64, QString> second)
{
    text += condition;
    values.push_back(std::move(first));
    values.push_back(std::move(second));
}

void SqlConditions::addIn(const char* column, const QStringList& items)
{
    text += " AND ";
    text += column;
    text += " IN (";
    for (qsizetype i = 0; i < items.size(); ++i) {
        text += i == 0 ? "?" : ", ?";
        values.emplace_back(items.at(i));
    }
    text += ")";
}

int SqlConditions::bind(Stmt& statement, int first) const
{
    for (const auto& value : values) {
        std::visit([&statement, first](const auto& v) { statement.bind(first, v); }, value);
        ++first;
    }
    return first;
}

Expected<LogRequest, ApiError> readLogRequest(LogKind kind, const QJsonObject& body)
{
    LogRequest request;
    request.kind = kind;
    auto window = readWindow(body);
    if (!window) {
        return Unexpected{window.error()};
    }
    request.window = *window;
    if (auto filters = readFilters(kind, body, request.filters, &request.byUpdatedAt); !filters) {
        return Unexpected{filters.error()};
    }
    return request;
}

QString encodeCursor(bool byUpdatedAt, qint64 key, qint64 id)
{
    const QByteArray plain = (byUpdatedAt ? QByteArrayLiteral("u:") : QByteArrayLiteral("t:")) +
                             QByteArray::number(key) + ':' + QByteArray::number(id);
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Expected<CursorPosition, ApiError> decodeCursor(const QString& cursor, bool byUpdatedAt)
{
    const auto malformed = Unexpected{parameterError(QStringLiteral("cursor"), QStringLiteral("format"))};
    if (cursor.isEmpty() || cursor.size() > 64) {
        return malformed;
    }
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return malformed;
    }
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != (byUpdatedAt ? "u" : "t")) {
        return malformed;
    }
    bool keyOk = false;
    bool idOk = false;
    const qint64 key = parts.at(1).toLongLong(&keyOk);
    const qint64 id = parts.at(2).toLongLong(&idOk);
    if (!keyOk || !idOk || key < 0 || id < 0 || encodeCursor(byUpdatedAt, key, id) != cursor) {
        return malformed; // the round trip rejects "+1", "01" and other spellings we never make
    }
    return CursorPosition{key, id};
}

} // namespace dm::sandbox
