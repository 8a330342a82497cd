#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace dm {

// The platform wraps every answer as {"code": int, "success": bool, "message": string, "data": any}.
// This is dm_api's internal view of it; typed endpoints turn `data` into domain types before anything leaves the layer.
struct Envelope
{
    int code = 0;
    bool success = false;
    QString message;
    QJsonValue data;
};

struct EnvelopeError
{
    enum class Kind
    {
        Empty,
        NotJson,
        NotAnObject,
        MissingField,
        WrongType,
        Inconsistent, // success and code disagree
    };
    Kind kind = Kind::NotJson;
    QString field; // the offending field, when there is one; never a value from the body
};

// Strict: a body that is not exactly an envelope is an error, never a guess. It never logs the body.
[[nodiscard]] Expected<Envelope, EnvelopeError> parseEnvelope(const QByteArray& body);

} // namespace dm
