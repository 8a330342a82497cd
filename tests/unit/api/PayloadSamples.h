#pragma once

// Valid answers of every parser of the typed services, as CONTRACT.md shows them (tst_payloads breaks them).
#include "api/ApiError.h"
#include "core/Expected.h"

#include <QJsonValue>
#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace payloads {

using Parse = std::function<std::optional<dm::ApiError>(const QJsonValue&)>;

template <typename T>
inline Parse reading(dm::Expected<T, dm::ApiError> (*parse)(const QJsonValue&))
{
    return [parse](const QJsonValue& value) -> std::optional<dm::ApiError> {
        auto parsed = parse(value);
        if (parsed) {
            return std::nullopt;
        }
        return parsed.error();
    };
}

struct Sample
{
    Parse parse;
    const char* json;
};

// One valid answer per shape, as CONTRACT.md shows them. The mutations below break one thing each.
const std::map<QString, Sample>& samples();

} // namespace payloads
