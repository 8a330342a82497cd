// The login and mail streams on a platform without the delivery extension: dmsandbox --vendor-only over TLS, into
// real SQLCipher files. The vendor's page-numbered logquery family fills the cache with the same rows, by id, as the
// extension's queries do on the same platform data; a cancelled pass resumes to the same result; a later pass reads
// only what is new plus the re-read span, where documents read since come with their read time.
#include "LogSyncSupport.h"
#include "api/LogService.h"
#include "store/LogBulkLoad.h"
#include "sync/FallbackStream.h"
#include "sync/VendorLogSync.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;
using namespace dm::logsynctest;
using servicetest::wait;

namespace {

VendorLogSyncOptions vendorOptions(qint64 historyStart)
{
    VendorLogSyncOptions options;
    options.historyStartMs = historyStart;
    return options;
}

// The streams a full sync builds for logins and mail: the extension first, the vendor's queries when it is missing.
std::vector<std::unique_ptr<SyncStream>> fallbackStreams(Db& db, PlatformClient& client, qint64 historyStart,
                                                         VendorLogSyncOptions vendor)
{
    std::vector<std::unique_ptr<SyncStream>> streams;
    LogSyncOptions midway = historyOptions(historyStart); // as makeStandardStreams has the logins
    midway.firstPass = LogSyncOptions::FirstPass::ScatteredMidway;
    streams.push_back(std::make_unique<FallbackStream>(makeLoginLogSync(db, client, midway),
                                                       makeVendorLoginLogSync(db, client, vendor)));
    streams.push_back(std::make_unique<FallbackStream>(makeMailLogSync(db, client, historyOptions(historyStart)),
                                                       makeVendorMailLogSync(db, client, vendor)));
    return streams;
}

// Every cached login and received mail by id, with the fields both families carry (times to the second).
QHash<qint64, QString> loginDigest(Cache& cache)
{
    QHash<qint64, QString> rows;
    LogPageRequest all;
    all.limit = 1'000'000;
    const QList<LoginRecord> logins = cache.repo().logins({}, all).value();
    for (const LoginRecord& row : logins) {
        rows.insert(row.id, QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                                .arg(row.time / 1000)
                                .arg(row.accountName, toString(row.method), row.ip, row.province, row.city,
                                     toString(row.result)));
    }
    return rows;
}

QHash<qint64, QString> receivedMailDigest(Cache& cache)
{
    QHash<qint64, QString> rows;
    MailLogFilter received;
    received.direction = MailDirection::In;
    LogPageRequest all;
    all.limit = 1'000'000;
    const QList<MailRecord> mails = cache.repo().mails(received, all).value();
    for (const MailRecord& row : mails) {
        rows.insert(row.id, QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                                .arg(row.time / 1000)
                                .arg(row.messageId, row.subject, row.sender, row.recipient, toString(row.status))
                                .arg(row.readAt ? *row.readAt / 1000 : -1)
                                .arg(row.readClient ? toString(*row.readClient) : QString()));
    }
    return rows;
}

} // namespace

class TestVendorLogSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vendorRowsEqualTheExtensionsRowsOfTheSamePlatform();
    void aSecondRunWhileOneIsInProgressIsRefusedNotDropped();
    void cancelThenResumeEqualsACleanSync();
    void laterPassReadsNewRowsAndRecentReads();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Platform> m_vendor; // the frozen small court of tst_logsync, with --vendor-only
    std::unique_ptr<Cache> m_clean;     // a full vendor sync of it
};

void TestVendorLogSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // First with the extension, for the reference cache, then restarted on the same data without it.
    m_vendor = std::make_unique<Platform>(m_dir.filePath(QStringLiteral("court")));
    QVERIFY(m_vendor->start(court(QStringLiteral("0"), true)));
}

void TestVendorLogSync::vendorRowsEqualTheExtensionsRowsOfTheSamePlatform()
{
    Cache reference(m_dir.filePath(QStringLiteral("extension.db")));
    reference.connect(m_vendor->client(), historyOptions(kHistoryStart));
    for (const auto& stream : reference.streams()) {
        const RunOutcome outcome = runStream(*stream);
        QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
    }

    m_vendor->stop();
    QVERIFY(m_vendor->start(court(QStringLiteral("0"), true) << QStringLiteral("--vendor-only")));
    m_clean = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("vendor.db")));
    auto streams = fallbackStreams(m_clean->db(), m_vendor->client(), kHistoryStart, vendorOptions(kHistoryStart));
    for (const auto& stream : streams) {
        const RunOutcome outcome = runStream(*stream);
        QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
        QCOMPARE(outcome.answers, 1);
        QVERIFY(static_cast<FallbackStream&>(*stream).usesFallback());
        QVERIFY(!outcome.result->value().checks.isEmpty());
        QVERIFY(outcome.rowsExpected >= outcome.rowsDone);
    }

    const auto logins = loginDigest(*m_clean);
    QVERIFY(logins.size() > 1000);
    QCOMPARE(logins, loginDigest(reference));
    const auto mail = receivedMailDigest(*m_clean);
    QVERIFY(mail.size() > 100);
    QCOMPARE(mail, receivedMailDigest(reference));
    // The vendor lists received mail only: nothing sent is cached.
    MailLogFilter sent;
    sent.direction = MailDirection::Out;
    QCOMPARE(m_clean->repo().countMails(sent, {}).value(), 0);
    // Each empty table was loaded in bulk (the mails' begun by the extension's stream before the platform said it has
    // no extension, the logins' by the vendor's stream itself) and finished by the vendor's stream: every index is
    // back, the planner's statistics were read, and the subject index holds every mail once.
    for (const LogTable table : {LogTable::Logins, LogTable::Mails}) {
        QVERIFY(!LogBulkLoad(m_clean->db()).inProgress(table).value());
        QCOMPARE(LogBulkLoad(m_clean->db()).secondaryIndexes(table).value(),
                 LogBulkLoad(reference.db()).secondaryIndexes(table).value());
        const std::string statistics =
            std::string("SELECT count(*) FROM sqlite_stat1 WHERE tbl = '") + LogBulkLoad::tableName(table) + "'";
        const auto analysed = m_clean->db().queryText(statistics);
        QVERIFY2(analysed, "no statistics were read");
        QVERIFY(analysed->toLongLong() > 0);
    }
    QCOMPARE(m_clean->db().queryText("SELECT count(*) FROM mail_subject_fts").value().toLongLong(),
             m_clean->repo().mailRowCount().value());
}

void TestVendorLogSync::aSecondRunWhileOneIsInProgressIsRefusedNotDropped()
{
    Cache cache(m_dir.filePath(QStringLiteral("twice.db")));
    auto stream = makeVendorLoginLogSync(cache.db(), m_vendor->client(), vendorOptions(kHistoryStart));
    int firstAnswers = 0;
    int secondAnswers = 0;
    std::optional<Expected<StreamReport, SyncError>> first;
    std::optional<Expected<StreamReport, SyncError>> second;
    stream->run({}, [&](const auto& outcome) {
        ++firstAnswers;
        first.emplace(outcome);
    });
    stream->run({}, [&](const auto& outcome) {
        ++secondAnswers;
        second.emplace(outcome);
    });
    QVERIFY(!second); // told on the next turn of the event loop, never inside run()
    QVERIFY(QTest::qWaitFor([&] { return first.has_value(); }, 120000));
    QTest::qWait(50);
    QCOMPARE(firstAnswers, 1);
    QCOMPARE(secondAnswers, 1);
    QVERIFY(*first);
    QVERIFY(!*second);
    const auto* misuse = std::get_if<DbError>(&second->error().cause);
    QVERIFY(misuse != nullptr);
    QVERIFY(misuse->kind == DbError::Kind::Misuse);
}

void TestVendorLogSync::cancelThenResumeEqualsACleanSync()
{
    QVERIFY(m_clean);
    Cache resumed(m_dir.filePath(QStringLiteral("cancelled.db")));
    VendorLogSyncOptions options = vendorOptions(kHistoryStart);
    options.windowsInFlight = 2;
    {
        auto streams = fallbackStreams(resumed.db(), m_vendor->client(), kHistoryStart, options);
        for (const auto& stream : streams) {
            bool cancelAsked = false;
            const RunOutcome cancelled = runStream(*stream, false, [&cancelAsked](SyncStream& running, qint64 done) {
                if (!cancelAsked && done >= 300) {
                    cancelAsked = true;
                    running.cancel();
                }
            });
            QVERIFY(cancelAsked);
            QVERIFY2(cancelled.result && !*cancelled.result && cancelled.result->error().cancelled(),
                     qPrintable(describeOutcome(cancelled)));
            QCOMPARE(cancelled.answers, 1);
        }
    }
    const qint64 partial = resumed.repo().loginRowCount().value();
    QVERIFY(partial > 0 && partial < m_clean->repo().loginRowCount().value());

    // A restart: new streams on the same file resume at the next page of every window.
    auto streams = fallbackStreams(resumed.db(), m_vendor->client(), kHistoryStart, options);
    for (const auto& stream : streams) {
        const RunOutcome outcome = runStream(*stream);
        QVERIFY2(allMatch(outcome), qPrintable(describeOutcome(outcome)));
        QVERIFY(outcome.rowsDone < m_clean->repo().loginRowCount().value() + m_clean->repo().mailRowCount().value());
    }
    QCOMPARE(loginDigest(resumed), loginDigest(*m_clean));
    QCOMPARE(receivedMailDigest(resumed), receivedMailDigest(*m_clean));
}

void TestVendorLogSync::laterPassReadsNewRowsAndRecentReads()
{
    // A live vendor-only court (an hour of platform time per wall second).
    Platform live(m_dir.filePath(QStringLiteral("live")));
    QVERIFY(live.start(court(QStringLiteral("3600"), false) << QStringLiteral("--vendor-only")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    VendorLogSyncOptions options = vendorOptions(now - now % kDay - 181 * kDay);
    options.horizon = std::chrono::days(30); // the platform's clock runs ahead of ours

    Cache cache(m_dir.filePath(QStringLiteral("live.db")));
    auto logins = makeVendorLoginLogSync(cache.db(), live.client(), options);
    auto mail = makeVendorMailLogSync(cache.db(), live.client(), options);
    const RunOutcome firstLogins = runStream(*logins);
    // The platform is live: rows may arrive between a window's last page and its count check, so only success is
    // required here; the passes after the freeze must match exactly.
    QVERIFY2(firstLogins.result && *firstLogins.result, qPrintable(describeOutcome(firstLogins)));
    const RunOutcome firstMail = runStream(*mail);
    QVERIFY2(firstMail.result && *firstMail.result, qPrintable(describeOutcome(firstMail)));
    MailLogFilter unreadFilter;
    unreadFilter.read = false;
    LogPageRequest all;
    all.limit = 100000;
    QSet<qint64> unread;
    const QList<MailRecord> unreadRows = cache.repo().mails(unreadFilter, all).value();
    for (const MailRecord& row : unreadRows) {
        unread.insert(row.id);
    }
    QVERIFY(!unread.isEmpty());

    // Wait until the simulation has read one of the cached unread documents, then freeze the platform.
    LogService logs(live.client());
    bool someRead = false;
    QElapsedTimer waited;
    waited.start();
    while (!someRead && waited.elapsed() < 60000) {
        QTest::qWait(1000);
        const qint64 at = QDateTime::currentMSecsSinceEpoch() + 24 * kDay; // the platform runs ahead
        const qint64 end = at - at % 1000;
        for (int page = 1; page <= 100 && !someRead; ++page) {
            const auto rows = wait<NumberedPage<MailRecord>>([&](auto done) {
                logs.vendorReceivedMail(LogWindow{end - 30 * kDay, end}, page, 100, nullptr, done);
            });
            QVERIFY2(rows, rows ? "" : qPrintable(describe(rows.error())));
            for (const MailRecord& row : rows->items) {
                someRead = someRead || (row.readAt && unread.contains(row.id));
            }
            if (rows->items.size() < 100) {
                break;
            }
        }
    }
    QVERIFY2(someRead, "the simulation read none of the cached unread documents within a minute");
    live.stop();
    QVERIFY(live.start(court(QStringLiteral("0"), false) << QStringLiteral("--vendor-only")));

    logins = makeVendorLoginLogSync(cache.db(), live.client(), options);
    mail = makeVendorMailLogSync(cache.db(), live.client(), options);
    const qint64 loginsBefore = cache.repo().loginRowCount().value();
    const RunOutcome secondLogins = runStream(*logins);
    QVERIFY2(allMatch(secondLogins), qPrintable(describeOutcome(secondLogins)));
    // Only the new span is read: far fewer rows than the first pass.
    QVERIFY2(secondLogins.rowsDone < firstLogins.rowsDone / 4,
             qPrintable(QStringLiteral("%1 of %2").arg(secondLogins.rowsDone).arg(firstLogins.rowsDone)));
    QVERIFY(cache.repo().loginRowCount().value() >= loginsBefore);
    const RunOutcome secondMail = runStream(*mail);
    QVERIFY2(allMatch(secondMail), qPrintable(describeOutcome(secondMail)));
    int nowRead = 0;
    for (qint64 id : unread) {
        const auto row = cache.repo().mail(id).value();
        QVERIFY(row);
        nowRead += row->readAt ? 1 : 0;
    }
    QVERIFY2(nowRead > 0, "no read time reached the cache");
}

QTEST_GUILESS_MAIN(TestVendorLogSync)
#include "tst_vendorlogsync.moc"
