#pragma once

// Helpers shared by the log, statistics, seeding and simulation tests.
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace logtest {

inline constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
inline constexpr qint64 kEpoch = 1789948800000; // 2026-09-21T00:00:00Z: a fixed end of the seeded history
inline constexpr qint64 kMaxWindow = 31 * kDay;

inline const QString kLogins = QStringLiteral("/api/open/delivery/log/queryLogins");
inline const QString kMails = QStringLiteral("/api/open/delivery/log/queryMails");
inline const QString kOperations = QStringLiteral("/api/open/delivery/log/queryOperations");
inline const QString kCounts = QStringLiteral("/api/open/delivery/stats/logCounts");

// A small, frozen court with the fixed epoch, no rate limit (the tests page a lot).
inline QStringList frozenSmall(const QString& seed = QStringLiteral("1"))
{
    return {QStringLiteral("--scale"),      QStringLiteral("small"), QStringLiteral("--seed"),  seed,
            QStringLiteral("--epoch"),      QString::number(kEpoch), QStringLiteral("--speed"), QStringLiteral("0"),
            QStringLiteral("--rate-limit"), QStringLiteral("0")};
}

inline QJsonObject window(qint64 start, qint64 end, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("startTime"), start);
    extra.insert(QStringLiteral("endTime"), end);
    return extra;
}

struct Paged
{
    QList<QJsonObject> items;
    int pages = 0;
    QString error; // empty when every page succeeded
};

// Pages through a log query to the end, calling `betweenPages` after each page.
inline Paged pageAll(SandboxProcess& sandbox, const QString& path, QJsonObject body, int pageSize,
                     const std::function<void()>& betweenPages = {})
{
    Paged paged;
    body.insert(QStringLiteral("pageSize"), pageSize);
    for (;;) {
        const auto reply = sandbox.call(path, body);
        if (reply.code != 0) {
            paged.error = QStringLiteral("%1 %2").arg(reply.code).arg(reply.message);
            return paged;
        }
        ++paged.pages;
        const QJsonObject data = reply.data.toObject();
        const QJsonArray items = data.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items) {
            paged.items.append(item.toObject());
        }
        const QJsonValue next = data.value(QStringLiteral("nextCursor"));
        if (next.isNull()) {
            return paged;
        }
        if (items.size() != pageSize) {
            paged.error = QStringLiteral("a short page with a next cursor");
            return paged;
        }
        body.insert(QStringLiteral("cursor"), next);
        if (betweenPages) {
            betweenPages();
        }
    }
}

// logCounts for the same window and filters; -1 on failure.
inline qint64 countOf(SandboxProcess& sandbox, const QString& log, QJsonObject body)
{
    body.insert(QStringLiteral("log"), log);
    const auto reply = sandbox.call(kCounts, body);
    return reply.code == 0 ? reply.data.toObject().value(QStringLiteral("count")).toInteger(-1) : -1;
}

inline QList<qint64> idsOf(const QList<QJsonObject>& items)
{
    QList<qint64> ids;
    for (const QJsonObject& item : items) {
        ids.append(item.value(QStringLiteral("id")).toInteger());
    }
    return ids;
}

// True when the items are in strictly ascending (key, id) order.
inline bool ascending(const QList<QJsonObject>& items, const QString& key = QStringLiteral("time"))
{
    for (qsizetype i = 1; i < items.size(); ++i) {
        const qint64 a = items[i - 1].value(key).toInteger();
        const qint64 b = items[i].value(key).toInteger();
        if (a > b || (a == b && items[i - 1].value(QStringLiteral("id")).toInteger() >=
                                    items[i].value(QStringLiteral("id")).toInteger())) {
            return false;
        }
    }
    return true;
}

} // namespace logtest
