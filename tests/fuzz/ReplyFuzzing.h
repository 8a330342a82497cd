#pragma once

// Shared by the reply fuzzers: how raw reply bytes become the value a typed reader is given.
#include "api/ApiError.h"
#include "api/Envelope.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

namespace dm::fuzz {

// The `data` of an envelope, as ApiExchange hands it to a reader. A body that is not an envelope is taken as `data`
// itself, so that mutations which break the wrapper still reach the readers instead of stopping at parseEnvelope.
inline QJsonValue replyData(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto envelope = parseEnvelope(body)) {
        return envelope->data;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        return document.object();
    }
    if (document.isArray()) {
        return document.array();
    }
    return QJsonValue(QJsonValue::Null);
}

// A refused reply ends in a user-visible message, so the error's formatting is part of what must not crash.
template <typename T>
void consume(const Expected<T, ApiError>& result)
{
    if (!result) {
        static_cast<void>(result.error().message());
    }
}

} // namespace dm::fuzz
