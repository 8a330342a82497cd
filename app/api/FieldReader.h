#pragma once

#include "api/ApiError.h"
#include "api/WireValue.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/NumberedPage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <functional>
#include <limits>
#include <optional>
#include <tuple>

namespace dm {

// Reads a documented JSON object strictly. The first missing or mistyped field is remembered and turned into one
// Protocol error naming its path (e.g. "account.activation.smsSentAt"); values never appear in the error. Integers
// are checked against a range before they are converted (JSON numbers are doubles, so 1e300 or 2^63 must be refused
// first), enum spellings come from a fixed set, and nested objects and array items get paths of their own.
class FieldReader
{
public:
    // Integers the platform sends as JSON numbers stay exact up to 2^53 - 1.
    static constexpr qint64 kMaxExact = (qint64(1) << 53) - 1;

    FieldReader(const QJsonValue& value, QString path);

    [[nodiscard]] QString string(const QString& field);
    [[nodiscard]] QString optionalString(const QString& field); // absent or null: empty
    [[nodiscard]] bool boolean(const QString& field);
    [[nodiscard]] QJsonObject object(const QString& field);
    [[nodiscard]] QJsonArray array(const QString& field);
    [[nodiscard]] qint64 integer(const QString& field, qint64 min = 0, qint64 max = kMaxExact);
    [[nodiscard]] int smallInteger(const QString& field, int min, int max);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString& field, qint64 min = 0, qint64 max = kMaxExact);
    // A string or null: unlike optionalString, the field must be there (absent is as wrong as a number).
    [[nodiscard]] std::optional<QString> nullableString(const QString& field);

    template <typename E>
    [[nodiscard]] E enumeration(const QString& field, std::optional<E> (*parse)(QStringView), E fallback)
    {
        const QString text = string(field);
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
        const QString text = string(field);
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

    [[nodiscard]] bool ok() const { return m_failedField.isEmpty(); }
    // Marks the object invalid for a reason the reader cannot see (an unknown enum value, say). The first stays.
    void fail(const QString& field);
    [[nodiscard]] ApiError error() const;

private:
    // The field's value; a required one that is absent or null is reported.
    [[nodiscard]] QJsonValue take(const QString& field, bool required);

    QJsonObject m_object;
    QString m_path;
    QString m_failedField;
};

// A Protocol error for a whole value (e.g. an array item) at `path`.
[[nodiscard]] ApiError protocolError(const QString& path);

template <typename T>
using ItemParser = std::function<Expected<T, ApiError>(const QJsonValue& value, const QString& path)>;

// Each element of `items` read by `item`, named "<path>[i]" in an error; the first bad one is the error.
template <typename T>
[[nodiscard]] Expected<QList<T>, ApiError> itemsFromJson(const QJsonArray& items, const QString& path,
                                                         const ItemParser<T>& item)
{
    QList<T> list;
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto parsed = item(items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        list.append(std::move(parsed).value());
    }
    return list;
}

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
    auto parsed = itemsFromJson(items, reader.childPath(QStringLiteral("items")), item);
    if (!parsed) {
        return Unexpected{parsed.error()};
    }
    KeysetPage<T> page;
    page.items = std::move(parsed).value();
    page.nextCursor = cursor;
    return page;
}

// A page of a vendor listing paged by number: {"list": [...], "count": n} (the vendor), or {"items": [...], "total":
// n} (the extension's first reading), `data` itself being an array with no count at all is refused (a sync could not
// tell the end). The answer need not repeat pageNum and pageSize; when it does, they must make sense. More rows than
// pageSize, or a count below the rows up to and on this page, is a Protocol error: either would make a reader skip
// or repeat rows. Item errors name "<path>.list[i]".
template <typename T>
[[nodiscard]] Expected<NumberedPage<T>, ApiError>
numberedPageFromJson(const QJsonValue& value, const QString& path, int pageNum, int pageSize, const ItemParser<T>& item)
{
    const QJsonObject object = value.toObject();
    const auto items =
        value.isObject() ? wire::rows(value, {QStringLiteral("list"), QStringLiteral("items")}) : std::nullopt;
    const QJsonValue totalValue = object.contains(QStringLiteral("count")) ? object.value(QStringLiteral("count"))
                                                                           : object.value(QStringLiteral("total"));
    const auto total = wire::integer(totalValue, 0, FieldReader::kMaxExact);
    if (!items) {
        return Unexpected{protocolError(path + QStringLiteral(".list"))};
    }
    if (!total) {
        return Unexpected{protocolError(path + QStringLiteral(".count"))};
    }
    NumberedPage<T> page;
    page.total = *total;
    page.pageNum = pageNum;
    page.pageSize = pageSize;
    for (const auto& [field, target, max] :
         {std::tuple{"pageNum", &page.pageNum, qint64(std::numeric_limits<int>::max())},
          std::tuple{"pageSize", &page.pageSize, qint64(1000)}}) {
        const QJsonValue given = object.value(QLatin1String(field));
        if (given.isUndefined() || given.isNull()) {
            continue;
        }
        const auto number = wire::integer(given, 1, max);
        if (!number) {
            return Unexpected{protocolError(path + QLatin1Char('.') + QLatin1String(field))};
        }
        *target = static_cast<int>(*number);
    }
    if (items->size() > page.pageSize) {
        return Unexpected{protocolError(path + QStringLiteral(".list"))};
    }
    if (!items->isEmpty() && qint64(page.pageNum - 1) * page.pageSize + items->size() > page.total) {
        return Unexpected{protocolError(path + QStringLiteral(".count"))};
    }
    auto parsed = itemsFromJson(*items, path + QStringLiteral(".list"), item);
    if (!parsed) {
        return Unexpected{parsed.error()};
    }
    page.items = std::move(parsed).value();
    return page;
}

} // namespace dm
