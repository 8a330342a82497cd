#include "api/FieldReader.h"

#include <cmath>

namespace dm {

FieldReader::FieldReader(const QJsonValue& value, QString path)
    : m_object(value.toObject())
    , m_path(std::move(path))
{
    if (!value.isObject()) {
        m_failedField = QStringLiteral("(object)");
    }
}

void FieldReader::fail(const QString& field)
{
    if (m_failedField.isEmpty()) {
        m_failedField = field;
    }
}

ApiError FieldReader::error() const
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("unexpected or missing field %1.%2").arg(m_path, m_failedField);
    return error;
}

QJsonValue FieldReader::take(const QString& field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (required && (value.isUndefined() || value.isNull())) {
        fail(field);
    }
    return value;
}

bool FieldReader::has(const QString& field) const
{
    const QJsonValue value = m_object.value(field);
    return !value.isUndefined() && !value.isNull();
}

QString FieldReader::childPath(const QString& field) const
{
    return m_path + QLatin1Char('.') + field;
}

QString FieldReader::string(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isString()) {
        fail(field);
    }
    return value.toString();
}

QString FieldReader::optionalString(const QString& field)
{
    const QJsonValue value = take(field, false);
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        fail(field);
    }
    return value.toString();
}

bool FieldReader::boolean(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isBool()) {
        fail(field);
    }
    return value.toBool();
}

QJsonObject FieldReader::object(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isObject()) {
        fail(field);
    }
    return value.toObject();
}

QJsonArray FieldReader::array(const QString& field)
{
    const QJsonValue value = take(field, true);
    if (!value.isArray()) {
        fail(field);
    }
    return value.toArray();
}

qint64 FieldReader::integer(const QString& field, qint64 min, qint64 max)
{
    const QJsonValue value = take(field, true);
    // Compared as doubles before any conversion: casting an out-of-range double to an integer is undefined, and only
    // whole numbers are integers (0.5 and NaN are not).
    const double number = value.toDouble();
    if (!value.isDouble() || !(number >= static_cast<double>(min) && number <= static_cast<double>(max)) ||
        std::trunc(number) != number) {
        fail(field);
        return 0;
    }
    return static_cast<qint64>(number);
}

int FieldReader::smallInteger(const QString& field, int min, int max)
{
    return static_cast<int>(integer(field, min, max));
}

std::optional<qint64> FieldReader::optionalInteger(const QString& field, qint64 min, qint64 max)
{
    if (!has(field)) {
        return std::nullopt;
    }
    return integer(field, min, max);
}

std::optional<QString> FieldReader::nullableString(const QString& field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isNull()) {
        return std::nullopt;
    }
    return string(field); // absent or not a string: reported
}

ApiError protocolError(const QString& path)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("unexpected or missing field %1").arg(path);
    return error;
}

} // namespace dm
