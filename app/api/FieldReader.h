#pragma once

#include "api/JsonReader.h"
#include "core/Account.h"
#include "core/Expected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace dm {

// JsonReader plus what the newer endpoints need: integers within a range (JSON numbers are doubles, so 1e300 or
// 2^63 must be refused before they are converted), enum spellings from a fixed set, and paths for nested objects and
// array items. The first bad field is the one reported; values never appear in the error.
class FieldReader
{
public:
    // Integers the platform sends as JSON numbers stay exact up to 2^53 - 1.
    static constexpr qint64 kMaxExact = (qint64(1) << 53) - 1;

    FieldReader(const QJsonValue& value, QString path);

    [[nodiscard]] QString string(const QString& field) { return m_reader.string(field); }
    [[nodiscard]] QString optionalString(const QString& field) { return m_reader.optionalString(field); }
    [[nodiscard]] bool boolean(const QString& field) { return m_reader.boolean(field); }
    [[nodiscard]] QJsonObject object(const QString& field) { return m_reader.object(field); }
    [[nodiscard]] QJsonArray array(const QString& field) { return m_reader.array(field); }
    [[nodiscard]] qint64 integer(const QString& field, qint64 min = 0, qint64 max = kMaxExact);
    [[nodiscard]] int smallInteger(const QString& field, int min, int max);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString& field, qint64 min = 0, qint64 max = kMaxExact);
    // A string or null: unlike optionalString, the field must be there (absent is as wrong as a number).
    [[nodiscard]] std::optional<QString> nullableString(const QString& field);

    template <typename E>
    [[nodiscard]] E enumeration(const QString& field, std::optional<E> (*parse)(QStringView), E fallback)
    {
        const QString text = m_reader.string(field);
        if (const auto known = parse(text)) {
            return *known;
        }
        fail(field);
        return fallback;
    }

    // Absent or null: nullopt.
    template <typename E>
    [[nodiscard]] std::optional<E> optionalEnumeration(const QString& field, std::optional<E> (*parse)(QStringView))
    {
        if (!has(field)) {
            return std::nullopt;
        }
        const QString text = m_reader.string(field);
        const auto known = parse(text);
        if (!known) {
            fail(field);
        }
        return known;
    }

    // Whether the field is present and not null.
    [[nodiscard]] bool has(const QString& field) const;
    [[nodiscard]] bool contains(const QString& field) const { return m_object.contains(field); }
    [[nodiscard]] QJsonValue raw(const QString& field) const { return m_object.value(field); }
    [[nodiscard]] QString childPath(const QString& field) const;

    [[nodiscard]] bool ok() const { return m_reader.ok(); }
    void fail(const QString& field) { m_reader.fail(field); }
    [[nodiscard]] ApiError error() const { return m_reader.error(); }

private:
    [[nodiscard]] bool inRange(const QString& field, qint64 min, qint64 max);

    JsonReader m_reader;
    QJsonObject m_object;
    QString m_path;
};

// A Protocol error for a whole value (e.g. an array item) at `path`.
[[nodiscard]] ApiError protocolError(const QString& path);

template <typename T>
using ItemParser = std::function<Expected<T, ApiError>(const QJsonValue& value, const QString& path)>;

// {"items": [...], "nextCursor": string|null} read strictly: nextCursor must be there (null exactly on the last
// page: a missing one would silently end a listing early) and never "". Item errors name "<path>.items[i]".
template <typename T>
[[nodiscard]] Expected<KeysetPage<T>, ApiError> keysetPageFromJson(const QJsonValue& value, const QString& path,
                                                                   const ItemParser<T>& item)
{
    FieldReader reader(value, path);
    const QJsonArray items = reader.array(QStringLiteral("items"));
    const std::optional<QString> cursor = reader.nullableString(QStringLiteral("nextCursor"));
    if (cursor && cursor->isEmpty()) {
        reader.fail(QStringLiteral("nextCursor"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    KeysetPage<T> page;
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto parsed = item(items.at(i), reader.childPath(QStringLiteral("items[%1]").arg(i)));
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        page.items.append(std::move(parsed).value());
    }
    page.nextCursor = cursor;
    return page;
}

} // namespace dm
