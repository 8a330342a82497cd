#include "sandbox/ApiCall.h"

#include <cmath>

namespace dm::sandbox {

ApiError parameterError(const QString& field, const QString& reason)
{
    QString message = QStringLiteral("PARAM.INVALID:") + field;
    if (!reason.isEmpty()) {
        message += QLatin1Char(':') + reason;
    }
    return ApiError{code::ParameterError, message};
}

ApiError businessError(const QString& rule)
{
    return ApiError{code::BusinessFailure, rule};
}

QString businessMessage(const QString& rule)
{
    return QStringLiteral("通用业务操作失败: ") + rule;
}

ApiError notFound(const QString& what)
{
    return ApiError{code::NotFound, what + QStringLiteral(".NOT.FOUND")};
}

Expected<std::optional<QString>, ApiError> stringField(const QJsonObject& body, const QString& field, Presence presence,
                                                       qsizetype maxLength)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required) {
            return Unexpected{parameterError(field, QStringLiteral("missing"))};
        }
        return std::optional<QString>();
    }
    if (!value.isString()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const QString text = value.toString().trimmed();
    if (presence == Presence::Required && text.isEmpty()) {
        return Unexpected{parameterError(field, QStringLiteral("empty"))};
    }
    if (text.size() > maxLength) {
        return Unexpected{parameterError(field, QStringLiteral("length"))};
    }
    return std::optional<QString>(text);
}

Expected<std::optional<qint64>, ApiError> integerField(const QJsonObject& body, const QString& field, Presence presence,
                                                       qint64 min, qint64 max)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required) {
            return Unexpected{parameterError(field, QStringLiteral("missing"))};
        }
        return std::optional<qint64>();
    }
    // JSON numbers are doubles: only exact integers within 2^53 count, so 1.5 or 1e300 are refused, not rounded.
    const double number = value.toDouble(std::nan(""));
    constexpr double exactLimit = 9007199254740992.0;
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > exactLimit) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < min || integer > max) {
        return Unexpected{parameterError(field, QStringLiteral("range"))};
    }
    return std::optional<qint64>(integer);
}

Expected<std::optional<bool>, ApiError> boolField(const QJsonObject& body, const QString& field, Presence presence)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Presence::Required) {
            return Unexpected{parameterError(field, QStringLiteral("missing"))};
        }
        return std::optional<bool>();
    }
    if (!value.isBool()) {
        return Unexpected{parameterError(field, QStringLiteral("type"))};
    }
    return std::optional<bool>(value.toBool());
}

Expected<std::optional<bool>, ApiError> flagField(const QJsonObject& body, const QString& field)
{
    const QJsonValue value = body.value(field);
    if (value.isDouble()) {
        auto number = integerField(body, field, Presence::Optional, 0, 1);
        if (!number) {
            return Unexpected{number.error()};
        }
        return std::optional<bool>(**number == 1);
    }
    return boolField(body, field, Presence::Optional);
}

std::optional<ApiError> refuseForeignDomain(const QJsonObject& body, const QString& platformDomain)
{
    auto domain = stringField(body, QStringLiteral("domain"), Presence::Optional);
    if (!domain) {
        return domain.error();
    }
    if (domain.value() && domain.value()->compare(platformDomain, Qt::CaseInsensitive) != 0) {
        return parameterError(QStringLiteral("domain"), QStringLiteral("mismatch"));
    }
    return std::nullopt;
}

} // namespace dm::sandbox
