#pragma once

#include "api/AccountService.h"
#include "api/PlatformClient.h"
#include "core/IdCard.h"
#include "core/InitialPassword.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

// Creates `count` synthetic recipients through the real client, `parallel` at a time, and waits for all answers.
struct BulkCreateResult
{
    int created = 0;
    QStringList failures; // "account: reason"
    qint64 elapsedMs = 0;
};

inline QString syntheticMobile(int i)
{
    return QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
}

inline QString syntheticIdNumber(int i)
{
    const QString first17 = QStringLiteral("44010619900101%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    return first17 + *dm::IdCard::checkCharacter(first17);
}

inline BulkCreateResult bulkCreate(dm::PlatformClient& client, const QString& prefix, int count, int timeoutMs)
{
    dm::AccountService service(client);
    BulkCreateResult result;
    int answered = 0;
    // Waits in an event loop, so each answer is handled as it lands (QTest::qWait sleeps between its passes, and the
    // next requests would wait for that).
    QEventLoop loop;
    QObject answersWanted; // answers that come after a timeout find it gone and are dropped
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        dm::NewAccount account;
        account.accountName = QStringLiteral("%1%2").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
        account.name = QStringLiteral("受送达人%1").arg(i);
        account.mobile = syntheticMobile(i);
        account.idNumber = syntheticIdNumber(i);
        account.jobNumber = QStringLiteral("(2026)粤0104民初%1号").arg(i + 1);
        account.initialPassword = dm::generateInitialPassword();
        // The pacer bounds the requests in flight; queuing them all up front is what a bulk import does.
        service.create(account, &answersWanted,
                       [&result, &answered, &loop, count, name = account.accountName](const auto& created) {
                           if (++answered == count) {
                               loop.quit();
                           }
                           if (created) {
                               ++result.created;
                           } else {
                               result.failures << name + QStringLiteral(": ") + created.error().platformMessage +
                                                      QLatin1Char(' ') + created.error().detail;
                           }
                       });
    }
    if (answered < count) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    result.elapsedMs = timer.elapsed();
    if (answered < count) {
        result.failures << QStringLiteral("%1 of %2 calls never answered").arg(count - answered).arg(count);
    }
    return result;
}
