#include "api/StatsJson.h"

#include "api/FieldReader.h"

#include <QJsonArray>

namespace dm {
namespace {

Expected<MailDay, ApiError> mailDayFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    MailDay day;
    const QString date = reader.string(QStringLiteral("date"));
    day.date = QDate::fromString(date, Qt::ISODate);
    // Exactly YYYY-MM-DD: Qt's ISO reader would also take other lengths of year.
    if (reader.ok() && (date.size() != 10 || !day.date.isValid())) {
        reader.fail(QStringLiteral("date"));
    }
    day.sent = reader.integer(QStringLiteral("sent"));
    day.delivered = reader.integer(QStringLiteral("delivered"));
    day.read = reader.integer(QStringLiteral("read"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return day;
}

} // namespace

Expected<ActivationFunnel, ApiError> activationFunnelFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("activationFunnel"));
    ActivationFunnel funnel;
    funnel.created = reader.integer(QStringLiteral("created"));
    funnel.smsSent = reader.integer(QStringLiteral("smsSent"));
    funnel.firstLogin = reader.integer(QStringLiteral("firstLogin"));
    funnel.activated = reader.integer(QStringLiteral("activated"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return funnel;
}

Expected<QList<MailDay>, ApiError> mailDailyFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("mailDaily"));
    const QJsonArray items = reader.array(QStringLiteral("items"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    QList<MailDay> days;
    days.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto day = mailDayFromJson(items.at(i), reader.childPath(QStringLiteral("items[%1]").arg(i)));
        if (!day) {
            return Unexpected{day.error()};
        }
        // One item per date, in order, zeros included: a gap or a repeat means the answer is not what we asked for.
        if (!days.isEmpty() && days.constLast().date.addDays(1) != day->date) {
            return Unexpected{protocolError(reader.childPath(QStringLiteral("items[%1].date").arg(i)))};
        }
        days.append(*day);
    }
    return days;
}

Expected<qint64, ApiError> logCountFromJson(const QJsonValue& value)
{
    FieldReader reader(value, QStringLiteral("logCount"));
    const qint64 count = reader.integer(QStringLiteral("count"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return count;
}

} // namespace dm
