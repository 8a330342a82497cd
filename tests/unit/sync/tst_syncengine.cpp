#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <tuple>

using namespace dm;

namespace {

// A stream the test drives by hand: run() only notes the start; release(), complete() and the cancel answer are
// the test's to give.
class HandStream final : public BasicSyncStream
{
public:
    explicit HandStream(QString name)
        : BasicSyncStream(std::move(name))
    {}

    void run(Progress progress, Done done) override
    {
        if (begin(std::move(progress), std::move(done))) {
            ++runs;
        }
    }
    void verify(Done done) override { run({}, std::move(done)); }

    void releaseLead() { release(); }
    void complete() { finish(StreamReport{name(), 1, {}}); }
    [[nodiscard]] bool isRunning() const { return running(); }

    int runs = 0;
    int cancels = 0;

private:
    void onCancel() override
    {
        ++cancels;
        finishCancelled();
    }
};

struct Engine
{
    Engine()
    {
        for (const char* name : {"operations", "logins", "mail"}) {
            auto stream = std::make_unique<HandStream>(QString::fromLatin1(name));
            streams.append(stream.get());
            engine.addStream(std::move(stream));
        }
    }
    [[nodiscard]] std::tuple<HandStream*, HandStream*, HandStream*> named() const
    {
        return {streams.at(0), streams.at(1), streams.at(2)};
    }

    SyncEngine engine;
    QList<HandStream*> streams;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStreamThatKeepsTheLeadIsAwaited();
    void aReleasedStreamFinishesWhileTheNextRuns();
    void theRunEndsWithTheLastStreamInTheBackground();
    void cancelReachesTheStreamsInTheBackground();
};

void TestSyncEngine::aStreamThatKeepsTheLeadIsAwaited()
{
    Engine fixture;
    QSignalSpy finished(&fixture.engine, &SyncEngine::finished);
    fixture.engine.start();
    auto [operations, logins, mail] = fixture.named();
    QCOMPARE(operations->runs, 1);
    QTest::qWait(20);
    QCOMPARE(logins->runs, 0);
    operations->complete();
    QTRY_COMPARE(logins->runs, 1);
    logins->complete();
    QTRY_COMPARE(mail->runs, 1);
    mail->complete();
    QTRY_COMPARE(finished.size(), 1);
}

// The next stream starts as soon as one releases the lead; the released one reports when it is done, and the run's
// summary holds every report once.
void TestSyncEngine::aReleasedStreamFinishesWhileTheNextRuns()
{
    Engine fixture;
    QSignalSpy finished(&fixture.engine, &SyncEngine::finished);
    QSignalSpy streamFinished(&fixture.engine, &SyncEngine::streamFinished);
    fixture.engine.start();
    auto [operations, logins, mail] = fixture.named();
    operations->releaseLead();
    QTRY_COMPARE(logins->runs, 1);
    QVERIFY(operations->isRunning());
    QVERIFY(fixture.engine.isRunning());
    logins->releaseLead();
    QTRY_COMPARE(mail->runs, 1);
    operations->complete();
    logins->complete();
    QTest::qWait(20);
    QCOMPARE(finished.size(), 0); // mail is still running
    QCOMPARE(streamFinished.size(), 2);
    mail->complete();
    QTRY_COMPARE(finished.size(), 1);
    const auto summary = finished.at(0).at(0).value<SyncSummary>();
    QVERIFY(summary.succeeded());
    QCOMPARE(summary.reports.size(), 3);
    QCOMPARE(summary.rowsWritten(), qint64(3));
    QVERIFY(!fixture.engine.isRunning());
    // A release after the stream lost the lead (or twice) changes nothing.
    operations->releaseLead();
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

// The last stream in the lead finishes first; the run ends only when the one in the background is done as well.
void TestSyncEngine::theRunEndsWithTheLastStreamInTheBackground()
{
    Engine fixture;
    QSignalSpy finished(&fixture.engine, &SyncEngine::finished);
    fixture.engine.start();
    auto [operations, logins, mail] = fixture.named();
    operations->complete();
    QTRY_COMPARE(logins->runs, 1);
    logins->releaseLead();
    QTRY_COMPARE(mail->runs, 1);
    mail->complete();
    QTest::qWait(20);
    QCOMPARE(finished.size(), 0);
    QVERIFY(fixture.engine.isRunning());
    logins->complete();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).value<SyncSummary>().reports.size(), 3);
    // The next run starts from the first stream again.
    fixture.engine.start();
    QCOMPARE(operations->runs, 2);
}

void TestSyncEngine::cancelReachesTheStreamsInTheBackground()
{
    Engine fixture;
    QSignalSpy finished(&fixture.engine, &SyncEngine::finished);
    fixture.engine.start();
    auto [operations, logins, mail] = fixture.named();
    operations->releaseLead();
    QTRY_COMPARE(logins->runs, 1);
    fixture.engine.cancel();
    QCOMPARE(operations->cancels, 1);
    QCOMPARE(logins->cancels, 1);
    QTRY_COMPARE(finished.size(), 1);
    const auto summary = finished.at(0).at(0).value<SyncSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.errors.isEmpty());
    QCOMPARE(mail->runs, 0);
}

QTEST_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
