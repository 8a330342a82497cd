#include "api/FieldReader.h"

namespace dm {

FieldReader::FieldReader(const QJsonValue& value, QString path)
    : m_reader(value, path)
    , m_object(value.toObject())
    , m_path(std::move(path))
{}

bool FieldReader::has(const QString& field) const
{
    const QJsonValue value = m_object.value(field);
    return !value.isUndefined() && !value.isNull();
}

QString FieldReader::childPath(const QString& field) const
{
    return m_path + QLatin1Char('.') + field;
}

bool FieldReader::inRange(const QString& field, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(field);
    if (!value.isDouble()) {
        return true; // JsonReader reports missing and mistyped fields itself
    }
    // Compared as doubles before any conversion: casting an out-of-range double to an integer is undefined.
    const double number = value.toDouble();
    if (!(number >= static_cast<double>(min) && number <= static_cast<double>(max))) {
        fail(field);
        return false;
    }
    return true;
}

qint64 FieldReader::integer(const QString& field, qint64 min, qint64 max)
{
    if (!inRange(field, min, max)) {
        return 0;
    }
    return m_reader.integer(field);
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
    return m_reader.string(field); // absent or not a string: reported
}

ApiError protocolError(const QString& path)
{
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.detail = QStringLiteral("unexpected or missing field %1").arg(path);
    return error;
}

} // namespace dm
