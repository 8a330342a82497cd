#pragma once

// What the outbox tests share: a fresh encrypted cache per test function (its own keys, its own ledger, its own
// queue), and one run of the real OutboxRunner against the sandbox, waited for.

#include "api/PlatformClient.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/Schema.h"
#include "sync/OutboxRunner.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace outboxtest {

class FreshCaches
{
public:
    // The next file in `dir`, with new keys.
    void next(const QTemporaryDir& dir)
    {
        m_path = dir.filePath(QStringLiteral("cache%1.db").arg(++m_count));
        m_key = dm::Db::generateKey();
        m_ledgerKey = dm::LedgerKey::generate();
    }
    // The current file, opened (again) with its keys and migrated; a test cannot go on without it.
    [[nodiscard]] dm::Db open() const
    {
        auto db = dm::Db::open(m_path, m_key);
        if (!db) {
            qFatal("cannot open the test cache: %s", qPrintable(db.error().detail));
        }
        db->setLedgerKey(m_ledgerKey);
        if (auto migrated = dm::schema::migrate(*db); !migrated) {
            qFatal("cannot migrate the test cache: %s", qPrintable(migrated.error().detail));
        }
        return std::move(db).value();
    }

private:
    QString m_path;
    QByteArray m_key;
    std::shared_ptr<const dm::LedgerKey> m_ledgerKey;
    int m_count = 0;
};

// Runs the outbox of `db` (the batch, or everything when empty) to its end as the clerk, and returns its results.
inline QList<dm::OutboxResult> runOutbox(dm::Db& db, dm::PlatformClient& client, const QString& batch,
                                         int maxInFlight = 0, int timeoutMs = 300000)
{
    dm::OutboxRunner runner(db, client);
    if (maxInFlight > 0) {
        runner.setMaxInFlight(maxInFlight);
    }
    runner.setOperatorName(QStringLiteral("clerk"));
    QSignalSpy finished(&runner, &dm::OutboxRunner::finished);
    runner.start(batch);
    if (!finished.wait(timeoutMs)) {
        qWarning("the outbox runner did not finish");
    }
    if (runner.storeError()) {
        qWarning("store error: %s", qPrintable(runner.storeError()->detail));
    }
    return runner.results();
}

} // namespace outboxtest
