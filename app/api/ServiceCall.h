#pragma once

#include "api/ApiError.h"
#include "api/ApiExchange.h"
#include "core/Expected.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace dm {

// Plumbing shared by the typed services (dm_api internal): turning an ApiReply into a typed result, and refusing a
// request before it is sent.

template <typename T>
using ApiDone = std::function<void(const Expected<T, ApiError>&)>;

template <typename T>
using ReplyParser = std::function<Expected<T, ApiError>(const QJsonValue&)>;

template <typename T>
[[nodiscard]] std::function<void(const ApiReply&)> parsedReply(ReplyParser<T> parse, ApiDone<T> done)
{
    return [parse = std::move(parse), done = std::move(done)](const ApiReply& reply) {
        if (!reply) {
            done(Unexpected{reply.error()});
            return;
        }
        done(parse(reply.value()));
    };
}

// For endpoints that answer without data: any data is ignored.
[[nodiscard]] inline std::function<void(const ApiReply&)> voidReply(ApiDone<void> done)
{
    return [done = std::move(done)](const ApiReply& reply) {
        if (!reply) {
            done(Unexpected{reply.error()});
            return;
        }
        done(Expected<void, ApiError>());
    };
}

// Delivers a failure found before sending on the next event-loop turn, like every other answer (never inside the
// caller's own call), and not at all once `context` is gone.
template <typename Callback, typename Error>
void failLater(QObject* context, Callback done, Error error)
{
    const bool hadContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, [guard, hadContext, done = std::move(done), error = std::move(error)] {
        if (!hadContext || guard) {
            done(Unexpected{error});
        }
    });
}

// A request the client refuses itself, shaped like the platform's -401 so callers handle both alike: platformCode
// stays 0 (no envelope was involved) and platformMessage is what the platform would have said.
[[nodiscard]] inline ApiError clientValidationError(const QString& field, const QString& reason)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.field = field;
    error.platformMessage = QStringLiteral("PARAM.INVALID:%1:%2").arg(field, reason);
    error.detail = QStringLiteral("refused by the client before sending");
    return error;
}

} // namespace dm
