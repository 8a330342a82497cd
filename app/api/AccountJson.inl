#pragma once

#include "api/FieldReader.h"

namespace dm {

template <typename T>
Expected<KeysetPage<T>, ApiError> pageFromJson(const QJsonValue& value,
                                               const std::function<Expected<T, ApiError>(const QJsonValue&)>& item)
{
    FieldReader reader(value, QStringLiteral("page"));
    const QJsonArray items = reader.array(QStringLiteral("items"));
    const QString cursor = reader.optionalString(QStringLiteral("nextCursor"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    KeysetPage<T> page;
    page.items.reserve(items.size());
    for (const QJsonValue& entry : items) {
        auto parsed = item(entry);
        if (!parsed) {
            return Unexpected{parsed.error()};
        }
        page.items.append(std::move(parsed).value());
    }
    if (!cursor.isEmpty()) {
        page.nextCursor = cursor;
    }
    return page;
}

} // namespace dm
