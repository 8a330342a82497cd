#include "api/WireValue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace dm::wire {
namespace {

// China has kept UTC+8 without daylight saving since 1991; a fixed offset needs no time-zone database (Windows).
const QTimeZone& beijing()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

const QString kVendorFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

std::optional<qint64> integer(const QJsonValue& value, qint64 min, qint64 max)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
        number = static_cast<double>(parsed);
    } else {
        return std::nullopt;
    }
    // JSON numbers are doubles: 0.5, 1e300 or NaN never become an integer.
    if (!std::isfinite(number) || std::trunc(number) != number || number < static_cast<double>(min) ||
        number > static_cast<double>(max)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> timeMs(const QJsonValue& value)
{
    constexpr qint64 kMaxExact = (qint64(1) << 53) - 1;
    if (value.isDouble()) {
        return integer(value, 0, kMaxExact);
    }
    if (!value.isString()) {
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    QDateTime local = QDateTime::fromString(text, kVendorFormat);
    if (!local.isValid()) {
        return integer(value, 0, kMaxExact); // a number sent as a string
    }
    local.setTimeZone(beijing());
    // The same range as a number: a time before 1970 is as wrong as a negative count of ms, and would sort a log row
    // before every real one.
    const qint64 ms = local.toMSecsSinceEpoch();
    return ms >= 0 ? std::optional<qint64>(ms) : std::nullopt;
}

QString beijingTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, beijing()).toString(kVendorFormat);
}

std::optional<bool> flag(const QJsonValue& value)
{
    if (value.isBool()) {
        return value.toBool();
    }
    const auto number = integer(value, 0, 1);
    if (number) {
        return *number == 1;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text == QLatin1String("true")) {
            return true;
        }
        if (text == QLatin1String("false")) {
            return false;
        }
    }
    return std::nullopt;
}

std::optional<AccountStatus> accountStatus(const QJsonValue& value)
{
    if (value.isString()) {
        if (const auto named = accountStatusFromString(value.toString())) {
            return named;
        }
    }
    switch (integer(value, 0, 6).value_or(-1)) {
    case 0:
        return AccountStatus::Enabled;
    case 1:
        return AccountStatus::Disabled;
    case 2:
        return AccountStatus::Deleted;
    case 4:
        return AccountStatus::Departed;
    case 5:
        return AccountStatus::HandingOver;
    case 6:
        return AccountStatus::HandedOver;
    default:
        return std::nullopt; // 3 is not defined by the vendor either
    }
}

std::optional<QJsonArray> rows(const QJsonValue& data, const QStringList& keys)
{
    if (data.isArray()) {
        return data.toArray();
    }
    const QJsonObject object = data.toObject();
    for (const QString& key : keys) {
        if (object.value(key).isArray()) {
            return object.value(key).toArray();
        }
    }
    return std::nullopt;
}

QString ruleOf(const QString& message)
{
    // The label is free text (Chinese); the rule is the machine-readable word after ": " or a full-width "：". A
    // PARAM.INVALID:<field>:<reason> rule has ASCII colons of its own, but never a space after them.
    static const QRegularExpression labelled(QStringLiteral("^.*?(?::\\s+|：\\s*)(\\S+)\\s*$"));
    const QRegularExpressionMatch match = labelled.match(message);
    return match.hasMatch() ? match.captured(1) : message.trimmed();
}

} // namespace dm::wire
