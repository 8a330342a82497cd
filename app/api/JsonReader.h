#pragma once

#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm {

// Reads a documented JSON object strictly. The first missing or mistyped field is remembered and turned into one
// Protocol error naming its path (e.g. "account.activation.smsSentAt"); values are never put into the error.
class JsonReader
{
public:
    JsonReader(const QJsonValue& value, QString path);

    [[nodiscard]] QString string(const QString& field);
    [[nodiscard]] QString optionalString(const QString& field); // absent or null: empty
    [[nodiscard]] qint64 integer(const QString& field);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString& field);
    [[nodiscard]] bool boolean(const QString& field);
    [[nodiscard]] QJsonObject object(const QString& field);
    [[nodiscard]] QJsonArray array(const QString& field);

    [[nodiscard]] bool ok() const { return m_failedField.isEmpty(); }
    // Marks the object invalid for a reason the reader cannot see (an unknown enum value, say).
    void fail(const QString& field);
    [[nodiscard]] ApiError error() const;
    [[nodiscard]] const QString& path() const { return m_path; }

private:
    [[nodiscard]] QJsonValue take(const QString& field, bool required);

    QJsonObject m_object;
    QString m_path;
    QString m_failedField;
};

} // namespace dm
