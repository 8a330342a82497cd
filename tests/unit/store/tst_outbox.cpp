#include "store/Db.h"
#include "store/Outbox.h"
#include "store/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

namespace {

OutboxRequest request(const QString& target, const QString& batch = {}, const QString& key = {})
{
    OutboxRequest r;
    r.kind = QStringLiteral("createAccount");
    r.target = target;
    r.payload = QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                            {QStringLiteral("mobile"), QStringLiteral("13012344811")}};
    r.batchId = batch;
    r.idempotencyKey = key;
    return r;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void enqueueAndClaimInOrder();
    void sameIdempotencyKeyQueuesOnce();
    void enqueueAllIsAllOrNothing();
    void doneEmptiesThePayload();
    void failedKeepsThePayloadAndCanBeRetried();
    void cancelOnlyWhatHasNotStarted();
    void claimsWithinABatch();
    void countsAndListsByStateAndBatch();
    void latestStatePerTarget();
    void runningItemsAreRecoveredAfterACrash();
    void stateNamesRoundTrip();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }
    [[nodiscard]] Db open() const;

    QTemporaryDir m_dir;
    QByteArray m_key;
};

void TestOutbox::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path() + suffix);
    }
    m_key = Db::generateKey();
}

Db TestOutbox::open() const
{
    auto db = Db::open(path(), m_key);
    if (!db) {
        qFatal("cannot open the test cache: %s", qPrintable(db.error().detail));
    }
    if (auto migrated = schema::migrate(*db); !migrated) {
        qFatal("cannot migrate the test cache: %s", qPrintable(migrated.error().detail));
    }
    return std::move(db).value();
}

void TestOutbox::enqueueAndClaimInOrder()
{
    Db db = open();
    Outbox outbox(db);
    auto first = outbox.enqueue(request(QStringLiteral("a")));
    auto second = outbox.enqueue(request(QStringLiteral("b")));
    QVERIFY(first && second);
    QVERIFY(*second > *first);

    auto claimed = outbox.claimNext();
    QVERIFY(claimed && claimed->has_value());
    const OutboxItem& item = **claimed;
    QCOMPARE(item.id, *first);
    QCOMPARE(toString(item.state), toString(OutboxState::Running));
    QCOMPARE(item.attempts, 1);
    QVERIFY(!item.reconcile);
    QCOMPARE(item.kind, QStringLiteral("createAccount"));
    QCOMPARE(item.target, QStringLiteral("a"));
    QCOMPARE(item.payload.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    QVERIFY(item.createdAt > 0);
    QVERIFY(!item.idempotencyKey.isEmpty());

    auto next = outbox.claimNext();
    QVERIFY(next && next->has_value());
    QCOMPARE((*next)->id, *second);
    auto none = outbox.claimNext();
    QVERIFY(none && !none->has_value());
}

void TestOutbox::sameIdempotencyKeyQueuesOnce()
{
    Db db = open();
    Outbox outbox(db);
    auto first = outbox.enqueue(request(QStringLiteral("a"), {}, QStringLiteral("import-1:row-7")));
    auto again = outbox.enqueue(request(QStringLiteral("a"), {}, QStringLiteral("import-1:row-7")));
    QVERIFY(first && again);
    QCOMPARE(*again, *first);
    auto all = outbox.enqueueAll({request(QStringLiteral("a"), {}, QStringLiteral("import-1:row-7")),
                                  request(QStringLiteral("b"), {}, QStringLiteral("import-1:row-8"))});
    QVERIFY(all);
    QCOMPARE(all->at(0), *first);
    QCOMPARE(outbox.counts()->pending, 2);
}

void TestOutbox::enqueueAllIsAllOrNothing()
{
    Db db = open();
    Outbox outbox(db);
    // A trigger refuses the second row: the first must not stay either.
    const QList<OutboxRequest> requests{request(QStringLiteral("a"), QStringLiteral("batch")),
                                        request(QStringLiteral("b"))};
    QVERIFY(db.exec("CREATE TEMP TRIGGER refuse_b BEFORE INSERT ON outbox WHEN NEW.target = 'b' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    auto all = outbox.enqueueAll(requests);
    QVERIFY(!all);
    QCOMPARE(outbox.counts()->total(), 0);

    QVERIFY(db.exec("DROP TRIGGER refuse_b"));
    QList<OutboxRequest> many;
    for (int i = 0; i < 500; ++i) {
        many.append(request(QStringLiteral("t%1").arg(i), QStringLiteral("bulk")));
    }
    auto ids = outbox.enqueueAll(many);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 500);
    QCOMPARE(outbox.counts(QStringLiteral("bulk"))->pending, 500);
}

void TestOutbox::doneEmptiesThePayload()
{
    Db db = open();
    Outbox outbox(db);
    const qint64 id = outbox.enqueue(request(QStringLiteral("a"))).value();
    // Not running yet: finishing it is refused quietly (nothing changes).
    QVERIFY(outbox.markDone(id));
    QCOMPARE(toString(outbox.item(id)->value().state), toString(OutboxState::Pending));

    QVERIFY(outbox.claimNext()->has_value());
    QVERIFY(outbox.updatePayload(id, QJsonObject{{QStringLiteral("reminderCountBefore"), 2}}));
    QCOMPARE(outbox.item(id)->value().payload.value(QStringLiteral("reminderCountBefore")).toInt(), 2);
    QVERIFY(outbox.markDone(id, QJsonObject{{QStringLiteral("reconciled"), true}}));
    const OutboxItem item = outbox.item(id)->value();
    QCOMPARE(toString(item.state), toString(OutboxState::Done));
    QVERIFY(item.payload.isEmpty());
    QVERIFY(item.outcome.value(QStringLiteral("reconciled")).toBool());
    // The raw row holds no trace of the mobile any more.
    QCOMPARE(db.queryText("SELECT count(*) FROM outbox WHERE payload LIKE '%1301234%'").value(), QStringLiteral("0"));
}

void TestOutbox::failedKeepsThePayloadAndCanBeRetried()
{
    Db db = open();
    Outbox outbox(db);
    const qint64 id = outbox.enqueue(request(QStringLiteral("a"))).value();
    QVERIFY(!outbox.retry(id).value()); // only failed items are retried
    QVERIFY(outbox.claimNext()->has_value());
    QVERIFY(outbox.markFailed(id, QStringLiteral("Network"), QStringLiteral("connection reset"), true));
    OutboxItem item = outbox.item(id)->value();
    QCOMPARE(toString(item.state), toString(OutboxState::Failed));
    QCOMPARE(item.errorCode, QStringLiteral("Network"));
    QCOMPARE(item.errorMessage, QStringLiteral("connection reset"));
    QVERIFY(item.reconcile);
    QVERIFY(!item.payload.isEmpty());

    QVERIFY(outbox.retry(id).value());
    auto again = outbox.claimNext();
    QVERIFY(again && again->has_value());
    QCOMPARE((*again)->id, id);
    QCOMPARE((*again)->attempts, 2);
    QVERIFY((*again)->reconcile); // the first attempt may have happened: the runner asks first
    QVERIFY(outbox.markFailed(id, QStringLiteral("ACCOUNT.EXIST"), QStringLiteral("taken")));
    QVERIFY(!outbox.item(id)->value().reconcile);
    QCOMPARE(outbox.retryFailed().value(), 1);
    QCOMPARE(outbox.counts()->pending, 1);
}

void TestOutbox::cancelOnlyWhatHasNotStarted()
{
    Db db = open();
    Outbox outbox(db);
    const qint64 running = outbox.enqueue(request(QStringLiteral("a"), QStringLiteral("b1"))).value();
    const qint64 pending = outbox.enqueue(request(QStringLiteral("b"), QStringLiteral("b1"))).value();
    const qint64 other = outbox.enqueue(request(QStringLiteral("c"), QStringLiteral("b2"))).value();
    QVERIFY(outbox.claimNext()->has_value());
    QVERIFY(!outbox.cancel(running).value());
    QCOMPARE(outbox.cancelPending(QStringLiteral("b1")).value(), 1);
    QCOMPARE(toString(outbox.item(pending)->value().state), toString(OutboxState::Cancelled));
    QVERIFY(outbox.item(pending)->value().payload.isEmpty());
    QCOMPARE(toString(outbox.item(other)->value().state), toString(OutboxState::Pending));
    QVERIFY(outbox.cancel(other).value());
    QVERIFY(!outbox.cancel(other).value());
    QVERIFY(!outbox.retry(other).value());
}

void TestOutbox::claimsWithinABatch()
{
    Db db = open();
    Outbox outbox(db);
    QVERIFY(outbox.enqueue(request(QStringLiteral("a"), QStringLiteral("one"))));
    const qint64 b = outbox.enqueue(request(QStringLiteral("b"), QStringLiteral("two"))).value();
    auto claimed = outbox.claimNext(QStringLiteral("two"));
    QVERIFY(claimed && claimed->has_value());
    QCOMPARE((*claimed)->id, b);
    QVERIFY(!outbox.claimNext(QStringLiteral("two"))->has_value());
    QVERIFY(outbox.claimNext(QStringLiteral("one"))->has_value());
}

void TestOutbox::countsAndListsByStateAndBatch()
{
    Db db = open();
    Outbox outbox(db);
    QList<OutboxRequest> requests;
    for (int i = 0; i < 10; ++i) {
        requests.append(request(QStringLiteral("t%1").arg(i), QStringLiteral("bulk")));
    }
    QVERIFY(outbox.enqueueAll(requests));
    QVERIFY(outbox.enqueue(request(QStringLiteral("single"))));
    for (int i = 0; i < 4; ++i) {
        const OutboxItem item = outbox.claimNext(QStringLiteral("bulk"))->value();
        if (i % 2 == 0) {
            QVERIFY(outbox.markDone(item.id));
        } else {
            QVERIFY(outbox.markFailed(item.id, QStringLiteral("Server"), QStringLiteral("-1")));
        }
    }
    QVERIFY(outbox.claimNext(QStringLiteral("bulk"))->has_value());
    const OutboxCounts bulk = outbox.counts(QStringLiteral("bulk")).value();
    QCOMPARE(bulk.done, 2);
    QCOMPARE(bulk.failed, 2);
    QCOMPARE(bulk.running, 1);
    QCOMPARE(bulk.pending, 5);
    QCOMPARE(bulk.total(), 10);
    QCOMPARE(outbox.counts().value().total(), 11);

    auto failed = outbox.list(OutboxState::Failed, QStringLiteral("bulk"));
    QVERIFY(failed);
    QCOMPARE(failed->size(), 2);
    QCOMPARE(failed->at(0).target, QStringLiteral("t1"));
    QCOMPARE(failed->at(1).target, QStringLiteral("t3"));
    auto page = outbox.list(std::nullopt, {}, 0, 4);
    QCOMPARE(page->size(), 4);
    auto rest = outbox.list(std::nullopt, {}, page->constLast().id, 100);
    QCOMPARE(rest->size(), 7);
    QCOMPARE(rest->constLast().target, QStringLiteral("single"));
}

void TestOutbox::latestStatePerTarget()
{
    Db db = open();
    Outbox outbox(db);
    const qint64 first = outbox.enqueue(request(QStringLiteral("zhang"))).value();
    QVERIFY(outbox.claimNext()->has_value());
    QVERIFY(outbox.markFailed(first, QStringLiteral("Server"), QString()));
    QVERIFY(outbox.enqueue(request(QStringLiteral("li"))));
    auto states = outbox.latestStates({QStringLiteral("zhang"), QStringLiteral("li"), QStringLiteral("wang'; --")});
    QVERIFY(states);
    QCOMPARE(states->size(), 2);
    QCOMPARE(toString(states->value(QStringLiteral("zhang"))), toString(OutboxState::Failed));
    QCOMPARE(toString(states->value(QStringLiteral("li"))), toString(OutboxState::Pending));

    // A newer item for the same target decides.
    QVERIFY(outbox.enqueue(request(QStringLiteral("zhang"))));
    QCOMPARE(toString(outbox.latestStates({QStringLiteral("zhang")})->value(QStringLiteral("zhang"))),
             toString(OutboxState::Pending));
    QVERIFY(outbox.latestStates({})->isEmpty());
}

void TestOutbox::runningItemsAreRecoveredAfterACrash()
{
    qint64 interrupted = 0;
    qint64 finished = 0;
    {
        Db db = open();
        Outbox outbox(db);
        interrupted = outbox.enqueue(request(QStringLiteral("a"))).value();
        finished = outbox.enqueue(request(QStringLiteral("b"))).value();
        QVERIFY(outbox.enqueue(request(QStringLiteral("c"))));
        QVERIFY(outbox.claimNext()->has_value());
        QVERIFY(outbox.claimNext()->has_value());
        QVERIFY(outbox.markDone(finished));
        // The process dies here: item a stays running.
    }
    Db db = open();
    Outbox outbox(db);
    QCOMPARE(outbox.counts()->running, 1);
    QCOMPARE(outbox.recoverInterrupted().value(), 1);
    QCOMPARE(outbox.counts()->running, 0);
    auto again = outbox.claimNext();
    QVERIFY(again && again->has_value());
    QCOMPARE((*again)->id, interrupted);
    QVERIFY((*again)->reconcile);
    QCOMPARE((*again)->attempts, 2);
    QVERIFY(!(*again)->payload.isEmpty());
    auto fresh = outbox.claimNext();
    QVERIFY(fresh && fresh->has_value());
    QVERIFY(!(*fresh)->reconcile);
    QCOMPARE(toString(outbox.item(finished)->value().state), toString(OutboxState::Done));
    QCOMPARE(outbox.recoverInterrupted().value(), 2);
}

void TestOutbox::stateNamesRoundTrip()
{
    for (OutboxState state :
         {OutboxState::Pending, OutboxState::Running, OutboxState::Done, OutboxState::Failed, OutboxState::Cancelled}) {
        QVERIFY(outboxStateFromString(toString(state)) == state);
    }
    QVERIFY(!outboxStateFromString(u"Pending"));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
