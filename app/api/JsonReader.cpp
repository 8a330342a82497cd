#include "api/JsonReader.h"

#include <cmath>

namespace dm {

JsonReader::JsonReader(const QJsonValue& value, QString path)
    : m_object(value.toObject())
    , m_path(std::move(path))
{
    if (!value.isObject()) {
        m_failedField = QStringLiteral("(object)");
    }
}

void JsonReader::fail(const QString& field)
{
    if (m_failedField.isEmpty()) {
        m_failedField = field;
    }
}

ApiError JsonReader::error() const
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("unexpected or missing field %1.%2").arg(m_path, m_failedField);
    return error;
}

QJsonValue JsonReader::take(const QString& field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (required && (value.isUndefined() || value.isNull())) {
        fail(field);
    }
    return value;
}

QString JsonReader::string(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isString()) {
        fail(field);
    }
    return value.toString();
}

QString JsonReader::optionalString(const QString& field)
{
    const QJsonValue value = take(field, false);
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        fail(field);
    }
    return value.toString();
}

qint64 JsonReader::integer(const QString& field)
{
    const QJsonValue value = take(field, true);
    const double number = value.toDouble();
    // JSON numbers are doubles: only whole numbers that stay exact (|x| < 2^53) are integers; 1e300 is not.
    constexpr double exactLimit = 9007199254740991.0;
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > exactLimit) {
        fail(field);
        return 0;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& field)
{
    const QJsonValue value = take(field, false);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    return integer(field);
}

bool JsonReader::boolean(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isBool()) {
        fail(field);
    }
    return value.toBool();
}

QJsonObject JsonReader::object(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isObject()) {
        fail(field);
    }
    return value.toObject();
}

QJsonArray JsonReader::array(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isArray()) {
        fail(field);
    }
    return value.toArray();
}

} // namespace dm
