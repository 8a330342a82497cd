// The operation, login and mail log streams against the real dmsandbox over TLS, into real SQLCipher files: a full
// sync equals the platform, a later sync fetches only what is new (mail reads included), faults end with exactly the
// platform's rows, and a cancelled or killed sync resumes to the same result as a clean one.
#include "LogSyncSupport.h"
#include "api/LogService.h"
#include "api/StatsService.h"
#include "store/Db.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "store/Schema.h"
#include "store/SyncState.h"
#include "sync/LogSync.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>

using namespace dm;
using namespace dm::logsynctest;
using servicetest::wait;

class TestLogSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSyncEqualsThePlatform_data();
    void fullSyncEqualsThePlatform();
    void secondSyncFetchesOnlyNewRowsAndReadChanges();
    void syncUnderFaultsEndsWithThePlatformsRows();
    void cancelThenResumeEqualsACleanSync_data();
    void cancelThenResumeEqualsACleanSync();
    void killedSyncResumesFromItsLastBatch();
    void killedBulkLoadOfMailsAnswersExactlyAndResumes();
    void firstPassBuildsScatteredIndexesMidway();
    void commitsGrowFromASmallFirstOne();
    void pagingGoesOnWhileTheWriterIsBusy();
    void cancelWhileIndexesBuildResumesTheLoad();
    void aMailReadAfterThePassIsNoGapButALostOneIs();

private:
    // Platform counts over [from, to) for the three logs (mails by updatedAt, as the stream pages them).
    qint64 platformCount(PlatformClient& client, int log, qint64 from, qint64 to);
    void spotCheck(PlatformClient& client, Cache& cache);
    // The secondary indexes of a log table, as a fresh cache file has them (name -> definition).
    static QMap<QString, QString> indexDefinitions(Db& db, const char* table);

    QTemporaryDir m_dir;
    std::unique_ptr<Platform> m_frozen; // the small court at kEpoch, frozen: shared by the tests that need no change
};

QMap<QString, QString> TestLogSync::indexDefinitions(Db& db, const char* table)
{
    QMap<QString, QString> definitions;
    auto select = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND "
                             "tbl_name = ?1");
    select->bind(1, QString::fromLatin1(table));
    while (select->step().value()) {
        definitions.insert(select->text(0), select->text(1));
    }
    return definitions;
}

void TestLogSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_frozen = std::make_unique<Platform>(m_dir.filePath(QStringLiteral("frozen")));
    QVERIFY(m_frozen->start(court(QStringLiteral("0"), true)));
}

qint64 TestLogSync::platformCount(PlatformClient& client, int log, qint64 from, qint64 to)
{
    StatsService stats(client);
    qint64 total = 0;
    for (qint64 start = from; start < to; start += 31 * kDay) {
        const LogWindow window{start, std::min(to, start + 31 * kDay)};
        Expected<qint64, ApiError> counted = Unexpected{ApiError{}};
        if (log == 0) {
            counted = wait<qint64>([&](auto done) { stats.logCounts(window, OperationFilter{}, nullptr, done); });
        } else if (log == 1) {
            counted = wait<qint64>([&](auto done) { stats.logCounts(window, LoginFilter{}, nullptr, done); });
        } else {
            MailFilter byUpdate;
            byUpdate.orderBy = MailOrder::UpdatedAt;
            counted = wait<qint64>([&](auto done) { stats.logCounts(window, byUpdate, nullptr, done); });
        }
        if (!counted) {
            qWarning() << describe(counted.error());
            return -1;
        }
        total += *counted;
    }
    return total;
}

// Rows straight from the platform equal the cached ones, field by field.
void TestLogSync::spotCheck(PlatformClient& client, Cache& cache)
{
    LogService logs(client);
    const LogWindow window{kEpoch - 40 * kDay, kEpoch - 10 * kDay};
    const auto logins = wait<KeysetPage<LoginRecord>>([&](auto done) {
        logs.queryLogins(window, {}, PageRequest{500, {}}, nullptr, done);
    });
    QVERIFY2(logins, logins ? "" : qPrintable(describe(logins.error())));
    QVERIFY(logins->items.size() > 50);
    for (const LoginRecord& row : logins->items) {
        const auto stored = cache.repo().login(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QCOMPARE(stored->accountName, row.accountName);
        QVERIFY(stored->method == row.method);
        QCOMPARE(stored->ip, row.ip);
        QCOMPARE(stored->province, row.province);
        QCOMPARE(stored->city, row.city);
        QVERIFY(stored->result == row.result);
        QCOMPARE(stored->abnormal, row.abnormal);
        QVERIFY(stored->failReason == row.failReason);
        QVERIFY(row.failReason.has_value() == (row.result == LogResult::Failure)); // the platform always says why
    }
    const auto operations = wait<KeysetPage<OperationRecord>>([&](auto done) {
        logs.queryOperations(window, {}, PageRequest{200, {}}, nullptr, done);
    });
    QVERIFY2(operations, operations ? "" : qPrintable(describe(operations.error())));
    QVERIFY(!operations->items.isEmpty());
    for (const OperationRecord& row : operations->items) {
        const auto stored = cache.repo().operation(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QCOMPARE(stored->operatorAddress, row.operatorAddress);
        QCOMPARE(stored->action, row.action);
        QCOMPARE(stored->target, row.target);
        QVERIFY(stored->result == row.result);
        QCOMPARE(stored->remark, row.remark);
        QCOMPARE(stored->ip, row.ip);
    }
    MailFilter readOnes;
    readOnes.read = true;
    const auto mails = wait<KeysetPage<MailRecord>>([&](auto done) {
        logs.queryMails(window, readOnes, PageRequest{300, {}}, nullptr, done);
    });
    QVERIFY2(mails, mails ? "" : qPrintable(describe(mails.error())));
    QVERIFY(!mails->items.isEmpty());
    for (const MailRecord& row : mails->items) {
        const auto stored = cache.repo().mail(row.id).value();
        QVERIFY(stored);
        QCOMPARE(stored->time, row.time);
        QVERIFY(stored->direction == row.direction);
        QCOMPARE(stored->messageId, row.messageId);
        QCOMPARE(stored->subject, row.subject);
        QCOMPARE(stored->sender, row.sender);
        QCOMPARE(stored->recipient, row.recipient);
        QVERIFY(stored->status == row.status);
        QVERIFY(stored->readAt == row.readAt);
        QVERIFY(stored->readClient == row.readClient);
        QCOMPARE(stored->updatedAt, row.updatedAt);
    }
}

// Every stream writes either in its own thread or through a writer thread (DbWriter), as the standard streams do.
static void writerOrNot()
{
    QTest::addColumn<bool>("writer");
    QTest::newRow("own thread") << false;
    QTest::newRow("writer") << true;
}

void TestLogSync::fullSyncEqualsThePlatform_data()
{
    writerOrNot();
}

void TestLogSync::fullSyncEqualsThePlatform()
{
    QFETCH(bool, writer);
    Cache cache(m_dir.filePath(QStringLiteral("full-%1.db").arg(writer)));
    const LogSyncOptions options = historyOptions(kHistoryStart);
    cache.connect(m_frozen->client(), writer ? cache.withWriter(options) : options);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 expected[] = {platformCount(m_frozen->client(), 0, kHistoryStart, now + kDay),
                               platformCount(m_frozen->client(), 1, kHistoryStart, now + kDay),
                               platformCount(m_frozen->client(), 2, kHistoryStart, now + kDay)};
    QVERIFY(expected[1] >= 9000); // the small court: about 10,000 logins, 5,000 mails, 1,000 operations

    for (std::size_t i = 0; i < cache.streams().size(); ++i) {
        SyncStream& stream = *cache.streams().at(i);
        const RunOutcome outcome = runStream(stream);
        QVERIFY2(allMatch(outcome), qPrintable(stream.name() + QLatin1String(": ") + describeOutcome(outcome)));
        QCOMPARE(outcome.answers, 1);
        const StreamReport& report = outcome.result->value();
        QCOMPARE(report.stream, stream.name());
        QVERIFY(report.checks.size() >= 8); // about 250 days in windows of at most 31
        qint64 platformTotal = 0;
        for (const CountCheck& check : report.checks) {
            platformTotal += check.platform;
        }
        QCOMPARE(platformTotal, expected[i]);
        QCOMPARE(report.rowsWritten, expected[i]);
        QCOMPARE(outcome.rowsDone, expected[i]);
        QCOMPARE(outcome.rowsExpected, expected[i]);
    }
    QCOMPARE(cache.repo().operationRowCount().value(), expected[0]);
    QCOMPARE(cache.repo().loginRowCount().value(), expected[1]);
    QCOMPARE(cache.repo().mailRowCount().value(), expected[2]);
    // The first pass loaded each empty table in bulk and built its indexes at the end: the same as a fresh file has.
    Cache fresh(m_dir.filePath(QStringLiteral("fresh-%1.db").arg(writer)));
    for (const LogTable table : {LogTable::Operations, LogTable::Logins, LogTable::Mails}) {
        QVERIFY(!LogBulkLoad(cache.db()).inProgress(table).value());
        const char* name = LogBulkLoad::tableName(table);
        QVERIFY(indexDefinitions(fresh.db(), name).size() >= 5);
        QCOMPARE(indexDefinitions(cache.db(), name), indexDefinitions(fresh.db(), name));
    }
    MailLogFilter judgements;
    judgements.subject = QStringLiteral("判决书");
    QVERIFY(cache.repo().countMails(judgements, {}).value() > 0);
    QCOMPARE(
        cache.repo().countMails(judgements, {}).value(),
        cache.db().queryText("SELECT count(*) FROM mail_log WHERE instr(subject, '判决书') > 0").value().toLongLong());
    spotCheck(m_frozen->client(), cache);

    // Nothing changed on the platform: a second pass writes nothing, and verify finds every window equal.
    for (const auto& stream : cache.streams()) {
        const RunOutcome again = runStream(*stream);
        QVERIFY2(allMatch(again), qPrintable(describeOutcome(again)));
        QCOMPARE(again.result->value().rowsWritten, qint64(0));
        QVERIFY(again.rowsDone <= 5); // the rows at the cursor's own time, which are skipped
        const RunOutcome verified = runStream(*stream, true);
        QVERIFY2(allMatch(verified), qPrintable(describeOutcome(verified)));
        QVERIFY(verified.result->value().checks.size() >= 8);
    }
}

void TestLogSync::secondSyncFetchesOnlyNewRowsAndReadChanges()
{
    // A live court (default epoch: today; an hour of platform time per wall second), then frozen by a restart.
    Platform live(m_dir.filePath(QStringLiteral("live")));
    QVERIFY(live.start(court(QStringLiteral("3600"), false)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 epoch = now - now % kDay;
    LogSyncOptions options = historyOptions(epoch - 181 * kDay);
    options.horizon = std::chrono::days(30); // the platform's clock runs ahead of ours

    Cache cache(m_dir.filePath(QStringLiteral("second.db")));
    cache.connect(live.client(), options);
    qint64 firstRows[3] = {};
    for (std::size_t i = 0; i < cache.streams().size(); ++i) {
        const RunOutcome outcome = runStream(*cache.streams().at(i));
        QVERIFY2(outcome.result && *outcome.result, qPrintable(describeOutcome(outcome)));
        firstRows[i] = outcome.rowsDone;
    }
    // Documents the cache has as unread; the simulation reads some of them.
    MailLogFilter unreadFilter;
    unreadFilter.read = false;
    unreadFilter.status = MailStatus::Received;
    LogPageRequest all;
    all.limit = 10000;
    QSet<qint64> unread;
    const QList<MailRecord> unreadRows = cache.repo().mails(unreadFilter, all).value();
    for (const MailRecord& row : unreadRows) {
        unread.insert(row.id);
    }
    QVERIFY(!unread.isEmpty());

    // Let the simulation run until it has read at least one of them (a few platform hours).
    LogService logs(live.client());
    MailFilter readSince;
    readSince.read = true;
    readSince.orderBy = MailOrder::UpdatedAt;
    bool someRead = false;
    QElapsedTimer waited;
    waited.start();
    while (!someRead && waited.elapsed() < 60000) {
        QTest::qWait(1000);
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        const auto page = wait<KeysetPage<MailRecord>>([&](auto done) {
            logs.queryMails(LogWindow{at - 2 * kDay, at + 29 * kDay}, readSince, PageRequest{1000, {}}, nullptr, done);
        });
        QVERIFY2(page, page ? "" : qPrintable(describe(page.error())));
        for (const MailRecord& row : page->items) {
            someRead = someRead || unread.contains(row.id);
        }
    }
    QVERIFY2(someRead, "the simulation read none of the cached unread documents within a minute");

    live.stop();
    QVERIFY(live.start(court(QStringLiteral("0"), false)));
    cache.connect(live.client(), options);
    qint64 total[3] = {cache.repo().operationRowCount().value(), cache.repo().loginRowCount().value(),
                       cache.repo().mailRowCount().value()};
    for (std::size_t i = 0; i < cache.streams().size(); ++i) {
        SyncStream& stream = *cache.streams().at(i);
        const RunOutcome outcome = runStream(stream);
        QVERIFY2(allMatch(outcome), qPrintable(stream.name() + QLatin1String(": ") + describeOutcome(outcome)));
        // Only the new part was fetched: a small share of what the first pass fetched.
        QVERIFY2(outcome.rowsDone * 10 < firstRows[i],
                 qPrintable(QStringLiteral("%1 fetched %2 rows, the first pass %3")
                                .arg(stream.name())
                                .arg(outcome.rowsDone)
                                .arg(firstRows[i])));
        if (i == 2) {
            QVERIFY(outcome.result->value().rowsWritten > 0); // new documents and reads
        }
        const RunOutcome verified = runStream(stream, true);
        QVERIFY2(allMatch(verified), qPrintable(stream.name() + QLatin1String(": ") + describeOutcome(verified)));
    }
    QVERIFY(cache.repo().loginRowCount().value() >= total[1]);

    // Every document read since the first pass is read in the cache, exactly as the platform says.
    int picked = 0;
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    LogService frozenLogs(live.client());
    const auto page = wait<KeysetPage<MailRecord>>([&](auto done) {
        frozenLogs.queryMails(LogWindow{at - 2 * kDay, at + 29 * kDay}, readSince, PageRequest{1000, {}}, nullptr,
                              done);
    });
    QVERIFY(page);
    for (const MailRecord& row : page->items) {
        const auto stored = cache.repo().mail(row.id).value();
        QVERIFY(stored);
        QVERIFY(stored->readAt == row.readAt);
        QVERIFY(stored->readClient == row.readClient);
        QCOMPARE(stored->updatedAt, row.updatedAt);
        picked += unread.contains(row.id);
    }
    QVERIFY(picked > 0);
    Q_UNUSED(total[0]);
    Q_UNUSED(total[2]);
}

void TestLogSync::syncUnderFaultsEndsWithThePlatformsRows()
{
    Cache cache(m_dir.filePath(QStringLiteral("faults.db")));
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 500;
    cache.connect(m_frozen->client(), options);
    QVERIFY(m_frozen->setFaults(QStringLiteral("5xx=0.08,drop=0.05,dropafter=0.05,truncate=0.05,ratelimit=0.02:3,"
                                               "tokens=0.02,drip=0.02:300,seed=11")));
    int failedRuns = 0;
    for (const auto& stream : cache.streams()) {
        // A run that runs out of retries keeps what it committed; the next one resumes.
        RunOutcome outcome;
        for (int attempt = 0; attempt < 10; ++attempt) {
            outcome = runStream(*stream);
            if (outcome.result && *outcome.result) {
                break;
            }
            ++failedRuns;
            QVERIFY2(outcome.result && !outcome.result->error().cancelled(), qPrintable(describeOutcome(outcome)));
        }
        QVERIFY2(allMatch(outcome), qPrintable(stream->name() + QLatin1String(": ") + describeOutcome(outcome)));
    }
    QVERIFY(m_frozen->setFaults(QString()));
    QVERIFY(m_frozen->sandbox().authenticate());
    const SandboxProcess::Reply counters = m_frozen->sandbox().call(QStringLiteral("/sandbox/faults/get"), {});
    const QJsonObject faulted = counters.data.toObject().value(QStringLiteral("counters")).toObject();
    qInfo() << "faults met:" << faulted << "runs that gave up:" << failedRuns;
    QVERIFY(faulted.value(QStringLiteral("5xx")).toInteger() > 0);

    // Exactly the platform's rows: each window equal, and the same ids as a clean sync.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(cache.repo().operationRowCount().value(), platformCount(m_frozen->client(), 0, kHistoryStart, now));
    QCOMPARE(cache.repo().loginRowCount().value(), platformCount(m_frozen->client(), 1, kHistoryStart, now));
    QCOMPARE(cache.repo().mailRowCount().value(), platformCount(m_frozen->client(), 2, kHistoryStart, now));
    for (const auto& stream : cache.streams()) {
        const RunOutcome verified = runStream(*stream, true);
        QVERIFY2(allMatch(verified), qPrintable(describeOutcome(verified)));
    }
    spotCheck(m_frozen->client(), cache);
}

void TestLogSync::cancelThenResumeEqualsACleanSync_data()
{
    writerOrNot();
}

void TestLogSync::cancelThenResumeEqualsACleanSync()
{
    QFETCH(bool, writer);
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 200;
    Cache clean(m_dir.filePath(QStringLiteral("clean-%1.db").arg(writer)));
    clean.connect(m_frozen->client(), options);
    for (const auto& stream : clean.streams()) {
        QVERIFY(allMatch(runStream(*stream)));
    }

    Cache resumed(m_dir.filePath(QStringLiteral("cancelled-%1.db").arg(writer)));
    if (writer) {
        options = resumed.withWriter(options);
    }
    resumed.connect(m_frozen->client(), options);
    for (const auto& stream : resumed.streams()) {
        bool cancelAsked = false;
        const RunOutcome cancelled = runStream(*stream, false, [&cancelAsked](SyncStream& running, qint64 done) {
            if (!cancelAsked && done >= 600) {
                cancelAsked = true;
                running.cancel();
            }
        });
        QVERIFY(cancelAsked);
        QVERIFY2(cancelled.result && !*cancelled.result && cancelled.result->error().cancelled(),
                 qPrintable(describeOutcome(cancelled)));
        QCOMPARE(cancelled.answers, 1);
        QVERIFY(cancelled.rowsDone < 3000); // stopped after the pages in flight
    }
    const qint64 partial = resumed.repo().loginRowCount().value();
    QVERIFY(partial > 0 && partial < clean.repo().loginRowCount().value());

    // A restart: new streams on the same file resume the pass where the committed pages left it.
    resumed.connect(m_frozen->client(), options);
    for (const auto& stream : resumed.streams()) {
        const RunOutcome outcome = runStream(*stream);
        QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    }
    for (const char* table : {"operation_log", "login_log", "mail_log"}) {
        QCOMPARE(resumed.ids(table), clean.ids(table));
    }
    MailLogFilter read;
    read.read = true;
    QCOMPARE(resumed.repo().countMails(read, {}).value(), clean.repo().countMails(read, {}).value());
}

void TestLogSync::killedSyncResumesFromItsLastBatch()
{
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 250;
    options.rowsPerCommit = 500; // two pages a commit: a kill at 1,500 rows finds several committed batches
    options.maxRowsPerCommit = 500;
    const QString path = m_dir.filePath(QStringLiteral("killed.db"));
    {
        // The stream is destroyed with pages in flight and no chance to clean up: what a kill -9 leaves behind is
        // the last committed transaction.
        Cache cache(path);
        cache.connect(m_frozen->client(), options);
        std::unique_ptr<SyncStream>& logins = cache.streams().at(1);
        bool killed = false;
        const RunOutcome outcome = runStream(
            *logins, false,
            [&](SyncStream&, qint64 done) {
                if (!killed && done >= 1500) {
                    killed = true;
                }
            },
            &killed);
        QVERIFY(killed);
        QVERIFY(!outcome.result.has_value());
        logins.reset();
        const auto state = SyncState(cache.db()).load(QStringLiteral("logins")).value();
        QVERIFY(state.has_value());
        QVERIFY(state->contains(QStringLiteral("windows")));
        // Killed in the middle of the first pass, which loads in bulk: the indexes are still missing.
        QVERIFY(LogBulkLoad(cache.db()).inProgress(LogTable::Logins).value());
        QVERIFY(LogBulkLoad(cache.db()).secondaryIndexes(LogTable::Logins).value().isEmpty());
    }
    Cache cache(path);
    const qint64 before = cache.repo().loginRowCount().value();
    QVERIFY(before >= 1000); // what was read, less the batch in hand (at most rowsPerCommit rows)
    // Without its indexes the cache still answers exactly (a scan).
    LoginLogFilter failed;
    failed.result = LogResult::Failure;
    const qint64 failedBefore = cache.repo().countLogins(failed, {}).value();
    QCOMPARE(failedBefore,
             cache.db().queryText("SELECT count(*) FROM login_log WHERE result = 1").value().toLongLong());
    cache.connect(m_frozen->client(), options);
    const RunOutcome outcome = runStream(*cache.streams().at(1));
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 platform = platformCount(m_frozen->client(), 1, kHistoryStart, now);
    QCOMPARE(cache.repo().loginRowCount().value(), platform);
    // The resumed run fetched what was missing, not everything again.
    QCOMPARE(outcome.result->value().rowsWritten, platform - before);
    QVERIFY(outcome.rowsDone <= platform - before + 4 * options.pageSize + options.rowsPerCommit);
    QVERIFY(!LogBulkLoad(cache.db()).inProgress(LogTable::Logins).value());
    Cache fresh(m_dir.filePath(QStringLiteral("fresh-killed.db")));
    QCOMPARE(indexDefinitions(cache.db(), "login_log"), indexDefinitions(fresh.db(), "login_log"));
}

// The mails' subject index is filled at the end of a bulk load. Killed before that, a subject search still finds
// every mail it should (a substring scan instead of the index); resumed, the index holds every subject exactly once.
void TestLogSync::killedBulkLoadOfMailsAnswersExactlyAndResumes()
{
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 250;
    options.rowsPerCommit = 500;
    options.maxRowsPerCommit = 500;
    const QString path = m_dir.filePath(QStringLiteral("killed-mails.db"));
    const auto bySubject = [](Cache& cache, const QString& text) {
        MailLogFilter filter;
        filter.subject = text;
        return cache.repo().countMails(filter, {}).value();
    };
    const auto byScan = [](Cache& cache, const QString& text) {
        auto count = cache.db().prepare("SELECT count(*) FROM mail_log WHERE instr(lower(subject), lower(?1)) > 0");
        count->bind(1, text);
        (void)count->step();
        return count->int64(0);
    };
    QString rareSubject;
    {
        Cache cache(path);
        cache.connect(m_frozen->client(), options);
        std::unique_ptr<SyncStream>& mails = cache.streams().at(2);
        bool killed = false;
        (void)runStream(
            *mails, false,
            [&](SyncStream&, qint64 done) {
                if (!killed && done >= 1000) {
                    killed = true;
                }
            },
            &killed);
        QVERIFY(killed);
        mails.reset();
        QVERIFY(LogBulkLoad(cache.db()).inProgress(LogTable::Mails).value());
        QCOMPARE(cache.db().queryText("SELECT count(*) FROM mail_subject_fts").value(), QStringLiteral("0"));
        // A subject that is in the cache already: a case number, long enough for the trigram index.
        rareSubject = cache.db()
                          .queryText("SELECT subject FROM mail_log ORDER BY id LIMIT 1 OFFSET 200")
                          .value()
                          .section(QStringLiteral("关于"), 1)
                          .section(QStringLiteral("案件"), 0, 0);
        QVERIFY2(rareSubject.size() >= 6, qPrintable(rareSubject));
        for (const QString& text : {QStringLiteral("判决书"), rareSubject}) {
            QVERIFY(byScan(cache, text) > 0);
            QCOMPARE(bySubject(cache, text), byScan(cache, text));
        }
    }
    Cache cache(path);
    cache.connect(m_frozen->client(), options);
    const RunOutcome outcome = runStream(*cache.streams().at(2));
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    QVERIFY(!LogBulkLoad(cache.db()).inProgress(LogTable::Mails).value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(cache.repo().mailRowCount().value(), platformCount(m_frozen->client(), 2, kHistoryStart, now));
    // Every subject indexed once: the index's own row count is the table's.
    QCOMPARE(cache.db().queryText("SELECT count(*) FROM mail_subject_fts").value().toLongLong(),
             cache.repo().mailRowCount().value());
    for (const QString& text : {QStringLiteral("判决书"), rareSubject}) {
        QCOMPARE(bySubject(cache, text), byScan(cache, text));
    }
}

// As the standard streams sync the logins (FirstPass::ScatteredMidway), a first pass keeps the indexes whose keys come
// in time order all along and leaves the scattered ones (account, IP address) out until half its rows are in. Killed
// before that, it resumes in the next run, which finds a table no longer empty, builds them while pages still come,
// ends with the platform's rows and every index of the schema, and has the planner's statistics read once its rows
// are in.
void TestLogSync::firstPassBuildsScatteredIndexesMidway()
{
    const QString path = m_dir.filePath(QStringLiteral("midway.db"));
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.firstPass = LogSyncOptions::FirstPass::ScatteredMidway;
    options.pageSize = 100; // many pages after the build, each looked at below
    options.rowsPerCommit = 500;
    options.maxRowsPerCommit = 500;
    const QStringList scattered = LogBulkLoad::scatteredIndexes(LogTable::Logins);
    const qint64 total =
        platformCount(m_frozen->client(), 1, kHistoryStart, QDateTime::currentMSecsSinceEpoch() + kDay);
    QMap<QString, QString> schemaIndexes;
    QMap<QString, QString> timeOrdered;
    int looked = 0;
    bool keptTimeOrdered = true;
    // The rows still to come (committed rows against the platform's) when the scattered indexes were first there.
    qint64 toComeWhenBuilt = -1;
    const auto look = [&](Cache& cache) {
        ++looked;
        const QMap<QString, QString> now = indexDefinitions(cache.db(), "login_log");
        for (auto index = timeOrdered.cbegin(); index != timeOrdered.cend(); ++index) {
            keptTimeOrdered = keptTimeOrdered && now.value(index.key()) == index.value();
        }
        if (toComeWhenBuilt < 0 && now == schemaIndexes) {
            toComeWhenBuilt = total - cache.repo().loginRowCount().value();
        }
    };
    const std::string_view statistics =
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'login_log' AND idx = 'login_log_account'";
    {
        Cache cache(path);
        schemaIndexes = indexDefinitions(cache.db(), "login_log");
        timeOrdered = schemaIndexes;
        for (const QString& name : scattered) {
            QVERIFY2(timeOrdered.remove(name) == 1, qPrintable(name));
        }
        QVERIFY(timeOrdered.size() >= 4);
        cache.connect(m_frozen->client(), cache.withWriter(options));
        bool killed = false;
        const RunOutcome outcome = runStream(
            *cache.streams().at(1), false,
            [&](SyncStream&, qint64 done) {
                look(cache);
                killed = killed || done >= 1000;
            },
            &killed);
        QVERIFY(killed);
        QVERIFY(!outcome.result.has_value());
        cache.streams().clear(); // as a kill -9 leaves it: the last committed batch
        QVERIFY(cache.repo().loginRowCount().value() >= 500);
        QVERIFY2(2 * cache.repo().loginRowCount().value() < total, "killed too late to resume before the build");
        QVERIFY(LogBulkLoad(cache.db()).inProgress(LogTable::Logins).value());
        QCOMPARE(indexDefinitions(cache.db(), "login_log"), timeOrdered);
        QVERIFY(!cache.db().queryText(statistics)); // nothing analysed yet
    }
    Cache cache(path);
    cache.connect(m_frozen->client(), cache.withWriter(options));
    const RunOutcome outcome = runStream(*cache.streams().at(1), false, [&](SyncStream&, qint64) { look(cache); });
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    QVERIFY(looked >= 20);
    QVERIFY(keptTimeOrdered);
    // Built while at least two batches were still to come, not after the download.
    QVERIFY2(toComeWhenBuilt >= 2 * options.maxRowsPerCommit, qPrintable(QString::number(toComeWhenBuilt)));
    QVERIFY(!LogBulkLoad(cache.db()).inProgress(LogTable::Logins).value());
    QCOMPARE(indexDefinitions(cache.db(), "login_log"), schemaIndexes);
    const qint64 rows = cache.repo().loginRowCount().value();
    QCOMPARE(rows, total);
    // sqlite_stat1 starts each index's statistics with the table's row count: read once every row was in.
    const auto stat = cache.db().queryText(statistics);
    QVERIFY2(stat, "no statistics were read");
    QCOMPARE(stat->section(QLatin1Char(' '), 0, 0).toLongLong(), rows);
}

// A run's first commit comes after rowsPerCommit rows, each next after twice as many, up to maxRowsPerCommit: what
// the cache holds, read between pages, rises in those steps (a page is 250 rows, so a commit waits for whole pages).
// A new run starts small again.
void TestLogSync::commitsGrowFromASmallFirstOne()
{
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 250;
    options.rowsPerCommit = 500;
    options.maxRowsPerCommit = 2000;
    Cache cache(m_dir.filePath(QStringLiteral("growing.db")));
    // The steps in which the cache's logins rose while the stream ran, without the last: it takes what is left when
    // the pass ends or what was read when it was cancelled. With cancelAfter, the run is cancelled after that many.
    const auto commitSteps = [&cache](SyncStream& stream, qsizetype cancelAfter) {
        QList<qint64> committed{cache.repo().loginRowCount().value()};
        const RunOutcome outcome = runStream(stream, false, [&](SyncStream& running, qint64) {
            const qint64 rows = cache.repo().loginRowCount().value();
            if (rows != committed.constLast()) {
                committed.append(rows);
                if (committed.size() - 1 == cancelAfter) {
                    running.cancel();
                }
            }
        });
        committed.append(cache.repo().loginRowCount().value());
        QList<qint64> steps;
        for (qsizetype i = 1; i < committed.size(); ++i) {
            steps.append(committed.at(i) - committed.at(i - 1));
        }
        steps.removeLast();
        return std::pair{outcome, steps};
    };
    // A commit comes with the first page that brings the rows in hand to its target (pages at a window's end are
    // shorter than 250 rows): each step is at least its target and less than a page more.
    const auto checkSteps = [&options](const QList<qint64>& steps) {
        qint64 target = options.rowsPerCommit;
        for (qint64 step : steps) {
            if (step < target || step >= target + options.pageSize) {
                return QStringLiteral("a commit of %1 rows where %2 were due").arg(step).arg(target);
            }
            target = std::min<qint64>(2 * target, options.maxRowsPerCommit);
        }
        return QString();
    };

    cache.connect(m_frozen->client(), options);
    const auto [cancelled, early] = commitSteps(*cache.streams().at(1), 3);
    QVERIFY2(cancelled.result && !*cancelled.result && cancelled.result->error().cancelled(),
             qPrintable(describeOutcome(cancelled)));
    QCOMPARE(early.size(), 3);
    QVERIFY2(checkSteps(early).isEmpty(), qPrintable(checkSteps(early)));

    // The same stream runs again (as a session's schedule runs it) and resumes the pass from 500 rows.
    const auto [outcome, steps] = commitSteps(*cache.streams().at(1), 0);
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    QVERIFY2(steps.size() >= 3, qPrintable(QStringLiteral("%1 steps").arg(steps.size())));
    QVERIFY2(checkSteps(steps).isEmpty(), qPrintable(checkSteps(steps)));
}

// With a writer, pages are read while a batch waits to be written (here: while the writer is held by another job
// from before the run, so that even the run's first job waits), up to two full batches; then paging waits, and goes
// on when the writer is free.
void TestLogSync::pagingGoesOnWhileTheWriterIsBusy()
{
    LogSyncOptions options = historyOptions(kHistoryStart);
    options.pageSize = 250;
    options.rowsPerCommit = 500;
    options.maxRowsPerCommit = 1000;
    Cache cache(m_dir.filePath(QStringLiteral("busy-writer.db")));
    cache.connect(m_frozen->client(), cache.withWriter(options));
    // Shared with the writer's job, and let go whatever happens here: the writer's thread must not wait for ever.
    auto hold = std::make_shared<std::atomic<bool>>(true);
    const auto letGo = qScopeGuard([hold] { *hold = false; });
    // Held before the run: its first job (preparing the load) waits behind this one, and paging must not wait for it.
    cache.writer().post(DbWriter::Lane::Rows,
                        [hold](Db&) -> Expected<qint64, DbError> {
                            while (hold->load()) {
                                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                            }
                            return qint64(0);
                        },
                        nullptr, {});
    QTimer::singleShot(10000, [hold] { *hold = false; }); // a stream that waits is not waited for in vain
    qint64 readWhileHeld = 0;
    qint64 cachedWhileHeld = 0;
    bool releaseDue = false;
    const RunOutcome outcome = runStream(*cache.streams().at(1), false, [&](SyncStream&, qint64 done) {
        if (!hold->load()) {
            return;
        }
        readWhileHeld = done;
        cachedWhileHeld = std::max(cachedWhileHeld, cache.repo().loginRowCount().value());
        if (!releaseDue && done >= 2 * options.maxRowsPerCommit) {
            releaseDue = true;
            // Long enough for the whole log to be read if nothing held paging back.
            QTimer::singleShot(500, [hold] { *hold = false; });
        }
    });
    QVERIFY(releaseDue);
    QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    QCOMPARE(cachedWhileHeld, qint64(0));
    // At most two batches read ahead, plus the pages that were in flight when the limit was reached.
    QVERIFY2(readWhileHeld >= 2 * options.maxRowsPerCommit &&
                 readWhileHeld <= 2 * options.maxRowsPerCommit + options.windowsInFlight * options.pageSize,
             qPrintable(QString::number(readWhileHeld)));
    const qint64 platform = platformCount(m_frozen->client(), 1, kHistoryStart, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(platform > 3 * readWhileHeld);
    QCOMPARE(cache.repo().loginRowCount().value(), platform);
}

// A stream whose pass is complete releases the lead and builds its indexes on the writer. Cancelled then, it keeps
// the rows, the table stays loading (subject searches exact by a scan), and the next run resumes that pass, whose
// windows are all done: it builds the indexes, records the pass and checks the counts.
void TestLogSync::cancelWhileIndexesBuildResumesTheLoad()
{
    const LogSyncOptions options = historyOptions(kHistoryStart);
    Cache cache(m_dir.filePath(QStringLiteral("cancel-build.db")));
    cache.connect(m_frozen->client(), cache.withWriter(options));
    SyncStream& mails = *cache.streams().at(2);
    bool released = false;
    mails.setOnReleased([&] {
        released = true;
        mails.cancel();
    });
    const RunOutcome cancelled = runStream(mails);
    QVERIFY(released);
    QVERIFY2(cancelled.result && !*cancelled.result && cancelled.result->error().cancelled(),
             qPrintable(describeOutcome(cancelled)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 platform = platformCount(m_frozen->client(), 2, kHistoryStart, now);
    QCOMPARE(cache.repo().mailRowCount().value(), platform);
    QVERIFY(LogBulkLoad(cache.db()).inProgress(LogTable::Mails).value());
    // The cancel came before the first index was done: that build stopped, it did not run to its end.
    QCOMPARE(LogBulkLoad(cache.db()).secondaryIndexes(LogTable::Mails).value(), QStringList());
    MailLogFilter judgements;
    judgements.subject = QStringLiteral("判决书");
    const qint64 byScan =
        cache.db().queryText("SELECT count(*) FROM mail_log WHERE instr(subject, '判决书') > 0").value().toLongLong();
    QVERIFY(byScan > 0);
    QCOMPARE(cache.repo().countMails(judgements, {}).value(), byScan);

    const RunOutcome resumed = runStream(mails);
    QVERIFY2(allMatch(resumed), qPrintable(describeOutcome(resumed)));
    QVERIFY(!LogBulkLoad(cache.db()).inProgress(LogTable::Mails).value());
    Cache fresh(m_dir.filePath(QStringLiteral("fresh-cancel-build.db")));
    QCOMPARE(indexDefinitions(cache.db(), "mail_log"), indexDefinitions(fresh.db(), "mail_log"));
    QCOMPARE(cache.repo().mailRowCount().value(), platform);
    QCOMPARE(cache.db().queryText("SELECT count(*) FROM mail_subject_fts").value().toLongLong(), platform);
    QCOMPARE(cache.repo().countMails(judgements, {}).value(), byScan);
}

// A mail read on the platform after the pass read it moves past the pass's end (its updatedAt is the moment it was
// read): the platform's count of its old window drops while the cache holds it there until the next pass. The count
// check knows such rows from what the platform updated since, and reports no gap; a mail gone from the platform still
// is one. The platform is changed in its own database while the sandbox is stopped.
void TestLogSync::aMailReadAfterThePassIsNoGapButALostOneIs()
{
    Platform platform(m_dir.filePath(QStringLiteral("moved-platform")));
    QVERIFY(platform.start(court(QStringLiteral("0"), true)));
    const LogSyncOptions options = historyOptions(kHistoryStart);
    Cache cache(m_dir.filePath(QStringLiteral("moved.db")));
    cache.connect(platform.client(), cache.withWriter(options));
    QVERIFY(allMatch(runStream(*cache.streams().at(2))));
    const auto state = SyncState(cache.db()).load(QStringLiteral("mail")).value();
    QVERIFY(state && state->contains(QStringLiteral("syncedTo")));
    const qint64 syncedTo = state->value(QStringLiteral("syncedTo")).toInteger();

    const auto changePlatform = [&](const char* sql) {
        platform.stop();
        const QString dir = m_dir.filePath(QStringLiteral("moved-platform"));
        QFile keyFile(QDir(dir).filePath(QStringLiteral("platform.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        Db db = Db::open(QDir(dir).filePath(QStringLiteral("platform.db")), keyFile.readAll()).value();
        // The oldest unread incoming mail: well inside the first windows of the pass.
        const qint64 id = db.queryText("SELECT id FROM mail_logs WHERE direction = 'in' AND read_at IS NULL "
                                       "ORDER BY updated_at, id LIMIT 1")
                              .value()
                              .toLongLong();
        QVERIFY(id > 0);
        auto change = db.prepare(sql);
        QVERIFY(change);
        change->bind(1, id);
        if (std::string_view(sql).find("?2") != std::string_view::npos) {
            change->bind(2, syncedTo + 1000);
        }
        QVERIFY(change->run());
        QCOMPARE(db.changes(), qint64(1));
    };
    const auto verifyAgainst = [&]() {
        if (!platform.start(court(QStringLiteral("0"), true))) {
            return RunOutcome{}; // no answer: the checks below fail with it
        }
        cache.connect(platform.client(), cache.withWriter(options));
        return runStream(*cache.streams().at(2), true);
    };

    // Read a second after the pass's end.
    changePlatform("UPDATE mail_logs SET read_at = ?2, read_client = 'webmail', updated_at = ?2 WHERE id = ?1");
    const RunOutcome afterRead = verifyAgainst();
    QVERIFY2(allMatch(afterRead), qPrintable(describeOutcome(afterRead)));

    // Gone without a trace: a gap, in exactly one window.
    changePlatform("DELETE FROM mail_logs WHERE id = ?1");
    const RunOutcome afterLoss = verifyAgainst();
    QVERIFY(afterLoss.result && *afterLoss.result);
    int gaps = 0;
    for (const CountCheck& check : afterLoss.result->value().checks) {
        gaps += check.matches() ? 0 : 1;
        if (!check.matches()) {
            QCOMPARE(check.local, check.platform + 1);
        }
    }
    QCOMPARE(gaps, 1);
}

QTEST_MAIN(TestLogSync)
#include "tst_logsync.moc"
