#include "api/Envelope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace dm {
namespace {

Unexpected<EnvelopeError> fail(EnvelopeError::Kind kind, const QString& field = {})
{
    return Unexpected{EnvelopeError{kind, field}};
}

} // namespace

Expected<Envelope, EnvelopeError> parseEnvelope(const QByteArray& body)
{
    if (body.trimmed().isEmpty()) {
        return fail(EnvelopeError::Kind::Empty);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(EnvelopeError::Kind::NotJson);
    }
    if (!document.isObject()) {
        return fail(EnvelopeError::Kind::NotAnObject);
    }
    const QJsonObject object = document.object();

    const QString codeField = QStringLiteral("code");
    const QString successField = QStringLiteral("success");
    const QString messageField = QStringLiteral("message");
    if (!object.contains(codeField)) {
        return fail(EnvelopeError::Kind::MissingField, codeField);
    }
    const QJsonValue code = object.value(codeField);
    // JSON numbers are doubles: accept only exact integers in int range, so 0.5 or 1e300 never becomes a code.
    const double codeNumber = code.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!code.isDouble() || std::trunc(codeNumber) != codeNumber || codeNumber < std::numeric_limits<int>::min() ||
        codeNumber > std::numeric_limits<int>::max()) {
        return fail(EnvelopeError::Kind::WrongType, codeField);
    }
    if (!object.contains(successField)) {
        return fail(EnvelopeError::Kind::MissingField, successField);
    }
    if (!object.value(successField).isBool()) {
        return fail(EnvelopeError::Kind::WrongType, successField);
    }
    const QJsonValue message = object.value(messageField);
    if (!message.isUndefined() && !message.isNull() && !message.isString()) {
        return fail(EnvelopeError::Kind::WrongType, messageField);
    }

    Envelope envelope;
    envelope.code = static_cast<int>(codeNumber);
    envelope.success = object.value(successField).toBool();
    envelope.message = message.toString();
    envelope.data = object.value(QStringLiteral("data"));
    if (envelope.success != (envelope.code == 0)) {
        return fail(EnvelopeError::Kind::Inconsistent, successField);
    }
    return envelope;
}

} // namespace dm
