// libFuzzer entry point: arbitrary bytes as a reply body through the envelope reader and, for a failure, into the
// ApiError the caller sees, as ApiExchange::interpret builds it. The loose wire values (times, flags, integers,
// statuses, rows) are read from `data` and from each of its fields, since every typed reader leans on them.
#include "ReplyFuzzing.h"
#include "api/ApiError.h"
#include "api/Envelope.h"
#include "api/ResultCode.h"
#include "api/WireValue.h"

#include <algorithm>
#include <limits>

namespace {

void readWireValues(const QJsonValue& value)
{
    static_cast<void>(dm::wire::timeMs(value));
    static_cast<void>(dm::wire::flag(value));
    static_cast<void>(dm::wire::integer(value, 0, (qint64(1) << 53) - 1));
    static_cast<void>(dm::wire::integer(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    static_cast<void>(dm::wire::accountStatus(value));
    if (const auto time = dm::wire::timeMs(value)) {
        static_cast<void>(dm::wire::beijingTime(*time));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto envelope = dm::parseEnvelope(body);
    if (!envelope) {
        static_cast<void>(envelope.error().field);
        return 0;
    }
    if (envelope->code != 0) {
        // The same hint reading as ApiExchange::interpret, which cannot be called without a QNetworkReply.
        qint64 retryAfterMs = 0;
        if (envelope->data.isObject()) {
            const double hint = envelope->data.toObject().value(QStringLiteral("retryAfterMs")).toDouble(0);
            retryAfterMs = static_cast<qint64>(std::clamp(hint, 0.0, double(dm::ApiError::kMaxRetryHint.count())));
        }
        const dm::ApiError error = dm::ApiError::fromPlatform(envelope->code, envelope->message, retryAfterMs);
        static_cast<void>(error.message());
        static_cast<void>(dm::ResultCodes::fromInt(envelope->code));
        static_cast<void>(dm::ResultCodes::kindOf(envelope->code));
        static_cast<void>(dm::ResultCodes::isRetryable(envelope->code));
        static_cast<void>(dm::ResultCodes::describe(envelope->code));
    }
    static_cast<void>(dm::wire::ruleOf(envelope->message));

    readWireValues(envelope->data);
    static_cast<void>(dm::wire::rows(envelope->data, {QStringLiteral("list"), QStringLiteral("items")}));
    const QJsonObject object = envelope->data.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        readWireValues(it.value());
    }
    return 0;
}
