// The writer's second connection: it sees the same encrypted file, runs jobs in order with a batch ahead of queued
// index builds, answers in the owner's thread, drops answers for a receiver that is gone, and on destruction stops
// the job in hand.
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/Schema.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace dm;
using namespace std::chrono_literals;

class TestDbWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesTheSameFileWithTheSameKey();
    void aBatchGoesBeforeQueuedIndexBuilds();
    void answersForAGoneReceiverAreDropped();
    void destructionStopsTheJobInHand();

private:
    Db open();

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestDbWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

Db TestDbWriter::open()
{
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files)), Db::generateKey());
    if (!db || !schema::migrate(*db)) {
        qFatal("cannot open a cache");
    }
    return std::move(*db);
}

void TestDbWriter::writesTheSameFileWithTheSameKey()
{
    Db db = open();
    auto another = db.openAnother();
    QVERIFY2(another, another ? "" : qPrintable(another.error().detail));
    DbWriter writer(std::move(*another));
    QObject receiver;
    std::optional<Expected<qint64, DbError>> answer;
    Qt::HANDLE answeredIn = nullptr;
    writer.post(
        DbWriter::Lane::Rows,
        [](Db& connection) -> Expected<qint64, DbError> {
            if (auto made = connection.exec("CREATE TABLE probe (n INTEGER); INSERT INTO probe VALUES (7), (8);");
                !made) {
                return Unexpected{made.error()};
            }
            return connection.changes();
        },
        &receiver,
        [&](const Expected<qint64, DbError>& result) {
            answer = result;
            answeredIn = QThread::currentThreadId();
        });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(*answer);
    QCOMPARE(**answer, qint64(2));
    QCOMPARE(answeredIn, QThread::currentThreadId());
    // Committed on the writer's connection, read on the first one.
    QCOMPARE(db.queryText("SELECT sum(n) FROM probe").value(), QStringLiteral("15"));
}

void TestDbWriter::aBatchGoesBeforeQueuedIndexBuilds()
{
    Db db = open();
    DbWriter writer(db.openAnother().value());
    QObject receiver;
    std::atomic<bool> hold{true};
    std::atomic<bool> holding{false};
    QStringList order;
    const auto noted = [&order](const QString& name) {
        return [&order, name](const Expected<qint64, DbError>&) { order.append(name); };
    };
    // The first job holds the writer until the others are queued.
    writer.post(
        DbWriter::Lane::Indexes,
        [&hold, &holding](Db&) -> Expected<qint64, DbError> {
            holding = true;
            while (hold.load()) {
                std::this_thread::sleep_for(1ms);
            }
            return qint64(0);
        },
        &receiver, noted(QStringLiteral("index 1")));
    QTRY_VERIFY(holding.load());
    const auto nothing = [](Db&) -> Expected<qint64, DbError> { return qint64(0); };
    writer.post(DbWriter::Lane::Indexes, nothing, &receiver, noted(QStringLiteral("index 2")));
    writer.post(DbWriter::Lane::Rows, nothing, &receiver, noted(QStringLiteral("batch 1")));
    writer.post(DbWriter::Lane::Indexes, nothing, &receiver, noted(QStringLiteral("index 3")));
    writer.post(DbWriter::Lane::Rows, nothing, &receiver, noted(QStringLiteral("batch 2")));
    hold = false;
    QTRY_COMPARE(order.size(), 5);
    QCOMPARE(order, (QStringList{QStringLiteral("index 1"), QStringLiteral("batch 1"), QStringLiteral("batch 2"),
                                 QStringLiteral("index 2"), QStringLiteral("index 3")}));
}

void TestDbWriter::answersForAGoneReceiverAreDropped()
{
    Db db = open();
    DbWriter writer(db.openAnother().value());
    auto receiver = std::make_unique<QObject>();
    std::atomic<int> ran{0};
    int answered = 0;
    QObject keeper;
    for (QObject* context : {receiver.get(), &keeper}) {
        writer.post(
            DbWriter::Lane::Rows,
            [&ran](Db&) -> Expected<qint64, DbError> {
                ++ran;
                return qint64(0);
            },
            context, [&answered](const Expected<qint64, DbError>&) { ++answered; });
    }
    receiver.reset(); // before the answers reach this thread's event loop
    QTRY_COMPARE(answered, 1);
    QTest::qWait(20);
    QCOMPARE(answered, 1);
    QCOMPARE(ran.load(), 2); // the job itself runs: what it writes is not the receiver's to cancel
}

void TestDbWriter::destructionStopsTheJobInHand()
{
    Db db = open();
    std::atomic<bool> started{false};
    std::atomic<bool> queuedRan{false};
    std::atomic<int> outcome{-1}; // 0 finished, 1 interrupted
    QElapsedTimer clock;
    {
        DbWriter writer(db.openAnother().value());
        writer.post(DbWriter::Lane::Indexes,
                    [&](Db& connection) -> Expected<qint64, DbError> {
                        started = true;
                        // Minutes of work if nothing stops it.
                        auto counted =
                            connection.queryText("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                 "WHERE i < 10000000000) SELECT count(*) FROM n");
                        outcome = counted ? 0 : (counted.error().kind == DbError::Kind::Interrupted ? 1 : 2);
                        return qint64(0);
                    },
                    nullptr, {});
        QTRY_VERIFY(started.load());
        writer.post(DbWriter::Lane::Rows,
                    [&queuedRan](Db&) -> Expected<qint64, DbError> {
                        queuedRan = true;
                        return qint64(0);
                    },
                    nullptr, {});
        clock.start();
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(outcome.load(), 1);
    QVERIFY(!queuedRan.load()); // dropped, not run after the stop
}

QTEST_MAIN(TestDbWriter)
#include "tst_dbwriter.moc"
