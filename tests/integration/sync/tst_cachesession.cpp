#include "ServiceTestSupport.h"
#include "core/IdCard.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "sync/CacheSession.h"
#include "sync/OutboxPayload.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dm;

// A session: the cache and its writers in a worker thread, reached from this (the UI) thread only asynchronously.
class TestCacheSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void syncRunsInTheWorkerAndFillsTheCache();
    void mutationsGoThroughTheOutboxAndReachTheCache();
    void readOnlySessionRefusesMutations();
    void closingDuringASyncStopsPromptly();
    void closingInterruptsALongQuery();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(bool readOnly = false);

    servicetest::ServiceFixture m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TestCacheSession::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestCacheSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
}

void TestCacheSession::cleanup()
{
    m_secrets.reset();
    m_dir.reset();
}

std::unique_ptr<CacheSession> TestCacheSession::openSession(bool readOnly)
{
    CacheSession::Options options;
    options.settings = m_fixture.client().settings();
    const QByteArray authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = m_dir->filePath(QStringLiteral("cache.sqlite"));
    options.readOnly = readOnly;
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !*opened) {
        return nullptr;
    }
    return std::move(**opened);
}

void TestCacheSession::syncRunsInTheWorkerAndFillsTheCache()
{
    auto session = openSession();
    QVERIFY(session);
    QSignalSpy finished(session.get(), &CacheSession::syncFinished);
    QSignalSpy changed(session.get(), &CacheSession::cacheChanged);
    session->startSync({QStringLiteral("accounts")});
    QVERIFY(session->isSyncing());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const auto summary = finished.at(0).at(0).value<SyncSummary>();
    QVERIFY(summary.succeeded());
    QVERIFY(summary.gaps().isEmpty());
    QVERIFY(!changed.isEmpty());
    QVERIFY(!session->isSyncing());

    std::optional<qint64> count;
    Qt::HANDLE jobThread = nullptr;
    session->query<qint64>(
        [&jobThread](Db& db) {
            jobThread = QThread::currentThreadId();
            auto rows = AccountRepository(db).count();
            return rows ? *rows : qint64(-1);
        },
        this, [&](qint64 rows) { count = rows; });
    QTRY_VERIFY(count.has_value());
    QVERIFY(*count >= 200);
    QVERIFY(jobThread != QThread::currentThreadId()); // the cache is never touched from this thread
}

void TestCacheSession::mutationsGoThroughTheOutboxAndReachTheCache()
{
    auto session = openSession();
    QVERIFY(session);
    NewAccount account;
    account.accountName = QStringLiteral("sessiontest%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    account.name = QStringLiteral("陈小明");
    account.mobile = QStringLiteral("13912345678");
    QSignalSpy itemFinished(session.get(), &CacheSession::outboxItemFinished);
    std::optional<Expected<QList<qint64>, DbError>> queued;
    session->enqueue({outboxpayload::createAccount(account)}, this,
                     [&](Expected<QList<qint64>, DbError> ids) { queued.emplace(std::move(ids)); });
    QTRY_VERIFY(queued.has_value());
    QVERIFY(*queued);
    QCOMPARE((*queued)->size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(itemFinished.size(), 1, 30000);
    const auto result = itemFinished.at(0).at(0).value<OutboxResult>();
    QVERIFY2(result.state == OutboxState::Done, qPrintable(result.errorCode + result.errorMessage));

    // The platform has it, and so does the cache, without a sync.
    auto onPlatform = servicetest::wait<Account>(
        [&](auto done) { AccountService(m_fixture.client()).get(account.accountName, this, done); });
    QVERIFY(onPlatform);
    std::optional<bool> cached;
    session->query<bool>(
        [name = account.accountName](Db& db) {
            auto row = AccountRepository(db).get(name);
            return row && row->has_value();
        },
        this, [&](bool found) { cached = found; });
    QTRY_VERIFY(cached.has_value());
    QVERIFY(*cached);
}

void TestCacheSession::readOnlySessionRefusesMutations()
{
    auto session = openSession(true);
    QVERIFY(session);
    QVERIFY(session->readOnly());
    std::optional<Expected<QList<qint64>, DbError>> queued;
    session->enqueue({outboxpayload::resendActivation(QStringLiteral("zhangwei"))}, this,
                     [&](Expected<QList<qint64>, DbError> ids) { queued.emplace(std::move(ids)); });
    QTRY_VERIFY(queued.has_value());
    QVERIFY(!*queued);
    QCOMPARE(queued->error().kind, DbError::Kind::ReadOnly);
}

void TestCacheSession::closingDuringASyncStopsPromptly()
{
    auto session = openSession();
    QVERIFY(session);
    session->startSync();
    QTest::qWait(300);
    QElapsedTimer closing;
    closing.start();
    session.reset();
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    // What was committed stays, and the next session opens the same file.
    auto again = openSession();
    QVERIFY(again);
}

void TestCacheSession::closingInterruptsALongQuery()
{
    auto session = openSession();
    QVERIFY(session);
    // A scan that runs for minutes (a count over a huge filter, say): closing must not wait for it.
    std::atomic<bool> started = false;
    session->query<bool>(
        [&started](Db& db) {
            started = true;
            auto scan = db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                   "10000000000) SELECT count(*) FROM n");
            return scan && scan->step().hasValue();
        },
        this, [](bool) {});
    QTRY_VERIFY(started.load());
    QTest::qWait(100); // inside the scan
    QElapsedTimer closing;
    closing.start();
    session.reset();
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    // The cache is whole: the next session opens it.
    auto again = openSession();
    QVERIFY(again);
}

QTEST_GUILESS_MAIN(TestCacheSession)
#include "tst_cachesession.moc"
