#include "secrets/MemorySecretStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

using Kind = dm::SecretError::Kind;

constexpr int WaitLimitMs = 5000;

QByteArray binaryKey(char seed)
{
    QByteArray key(32, '\0');
    for (int i = 0; i < key.size(); ++i) {
        key[i] = static_cast<char>(seed + i * 37); // includes NUL and bytes >= 0x80
    }
    return key;
}

// Runs one operation to its callback. The context dies with this function, so a late callback cannot touch `result`.
std::optional<dm::SecretValue> readNow(dm::SecretStore& store, const QString& name)
{
    std::optional<dm::SecretValue> result;
    QObject context;
    store.read(name, &context, [&result](dm::SecretValue value) { result = std::move(value); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, WaitLimitMs);
    return result;
}

template <typename Start>
std::optional<dm::SecretStatus> doneNow(Start start)
{
    std::optional<dm::SecretStatus> result;
    QObject context;
    start(&context, [&result](dm::SecretStatus status) { result = std::move(status); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, WaitLimitMs);
    return result;
}

std::optional<dm::SecretStatus> writeNow(dm::SecretStore& store, const QString& name, const QByteArray& value)
{
    return doneNow([&](QObject* context, dm::SecretStore::DoneCallback callback) {
        store.write(name, value, context, std::move(callback));
    });
}

std::optional<dm::SecretStatus> removeNow(dm::SecretStore& store, const QString& name)
{
    return doneNow([&](QObject* context, dm::SecretStore::DoneCallback callback) {
        store.remove(name, context, std::move(callback));
    });
}

std::optional<dm::SecretStatus> probeNow(dm::SecretStore& store)
{
    return doneNow(
        [&](QObject* context, dm::SecretStore::DoneCallback callback) { store.probe(context, std::move(callback)); });
}

} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeThenRead();
    void overwrite();
    void removeLeavesNotFound();
    void removeMissingSucceeds();
    void readMissingIsNotFound();
    void tooLargeIsRefusedBeforeTheKeychain();
    void maximumSizeIsAccepted();
    void names_data();
    void names();
    void invalidNameTouchesNothing();
    void keyIsNamespacedByProfile();
    void profilesAreIsolated();
    void callbackIsNeverSynchronous();
    void callbackSkippedWhenContextDestroyed();
    void callbackSkippedWhenStoreDestroyed();
    void operationsRunInOrder();
    void simulatedFailureIsReported();
    void operationTimeout();
    void probeSucceedsAndLeavesNoCanary();
    void probeReportsNoKeychain();
    void probeTimeoutIsNoKeychain();
    void concurrentProbesShareOneRun();
};

void TestMemorySecretStore::writeThenRead()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    const QByteArray key = binaryKey(1);
    const auto written = writeNow(store, QStringLiteral("db-key"), key);
    QVERIFY(written && written->hasValue());
    const auto read = readNow(store, QStringLiteral("db-key"));
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), key);
}

void TestMemorySecretStore::overwrite()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    QVERIFY(writeNow(store, QStringLiteral("auth-code"), "first")->hasValue());
    QVERIFY(writeNow(store, QStringLiteral("auth-code"), "second")->hasValue());
    const auto read = readNow(store, QStringLiteral("auth-code"));
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), QByteArray("second"));
    QCOMPARE(store.keychain()->keys().size(), 1);
}

void TestMemorySecretStore::removeLeavesNotFound()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    QVERIFY(writeNow(store, QStringLiteral("refresh-token"), "token")->hasValue());
    const auto removed = removeNow(store, QStringLiteral("refresh-token"));
    QVERIFY(removed && removed->hasValue());
    const auto read = readNow(store, QStringLiteral("refresh-token"));
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().kind, Kind::NotFound);
    QVERIFY(store.keychain()->keys().isEmpty());
}

void TestMemorySecretStore::removeMissingSucceeds()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    const auto removed = removeNow(store, QStringLiteral("never-written"));
    QVERIFY(removed && removed->hasValue());
}

void TestMemorySecretStore::readMissingIsNotFound()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    const auto read = readNow(store, QStringLiteral("db-key"));
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().kind, Kind::NotFound);
    QVERIFY(read->error().message.contains(QStringLiteral("db-key")));
}

void TestMemorySecretStore::tooLargeIsRefusedBeforeTheKeychain()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    // A keychain that would fail anything it is asked proves the size check comes first.
    store.keychain()->setFailure(Kind::Other);
    const QByteArray payload(dm::SecretStore::MaxValueSize + 1, 'Z');
    const auto written = writeNow(store, QStringLiteral("access-token"), payload);
    QVERIFY(written && !written->hasValue());
    QCOMPARE(written->error().kind, Kind::TooLarge);
    QVERIFY(!written->error().message.contains(QStringLiteral("ZZZ")));
    QVERIFY(store.keychain()->keys().isEmpty());
}

void TestMemorySecretStore::maximumSizeIsAccepted()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    const QByteArray payload(dm::SecretStore::MaxValueSize, 'x');
    QVERIFY(writeNow(store, QStringLiteral("access-token"), payload)->hasValue());
    QCOMPARE(readNow(store, QStringLiteral("access-token"))->value(), payload);
}

void TestMemorySecretStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("db-key") << true;
    QTest::newRow("digits") << QStringLiteral("token-2") << true;
    QTest::newRow("one char") << QStringLiteral("a") << true;
    QTest::newRow("longest") << QString(dm::SecretStore::MaxNameLength, u'k') << true;
    QTest::newRow("too long") << QString(dm::SecretStore::MaxNameLength + 1, u'k') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("DB-key") << false;
    QTest::newRow("underscore") << QStringLiteral("db_key") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("dot") << QStringLiteral("..") << false;
    QTest::newRow("space") << QStringLiteral("db key") << false;
    QTest::newRow("non-ascii") << QStringLiteral("密钥") << false;
    QTest::newRow("reserved canary") << QStringLiteral("canary") << false;
}

void TestMemorySecretStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(dm::SecretStore::isValidName(name), valid);

    dm::MemorySecretStore store(QUuid::createUuid());
    const auto written = writeNow(store, name, "value");
    QVERIFY(written);
    QCOMPARE(written->hasValue(), valid);
    if (!valid) {
        QCOMPARE(written->error().kind, Kind::Other);
        QVERIFY(!written->error().message.isEmpty());
    }
}

void TestMemorySecretStore::invalidNameTouchesNothing()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setValue(store.keyFor(QStringLiteral("canary")), "planted");
    const auto read = readNow(store, QStringLiteral("canary"));
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().kind, Kind::Other);
    const auto removed = removeNow(store, QStringLiteral("Db-Key"));
    QVERIFY(removed && !removed->hasValue());
    QCOMPARE(removed->error().kind, Kind::Other);
    QCOMPARE(store.keychain()->keys(), QStringList{store.keyFor(QStringLiteral("canary"))});
}

void TestMemorySecretStore::keyIsNamespacedByProfile()
{
    const QUuid profile = QUuid::fromString(QStringLiteral("{6f1c3a52-0d4e-4b7a-9c1d-2e3f4a5b6c7d}"));
    dm::MemorySecretStore store(profile);
    QCOMPARE(store.profile(), profile);
    QCOMPARE(store.keyFor(QStringLiteral("db-key")),
             QStringLiteral("dmadmin/6f1c3a52-0d4e-4b7a-9c1d-2e3f4a5b6c7d/db-key"));
    QVERIFY(writeNow(store, QStringLiteral("db-key"), "k")->hasValue());
    QCOMPARE(store.keychain()->keys(),
             QStringList{QStringLiteral("dmadmin/6f1c3a52-0d4e-4b7a-9c1d-2e3f4a5b6c7d/db-key")});
}

void TestMemorySecretStore::profilesAreIsolated()
{
    auto keychain = std::make_shared<dm::MemoryKeychain>();
    dm::MemorySecretStore first(QUuid::createUuid(), keychain);
    dm::MemorySecretStore second(QUuid::createUuid(), keychain);
    QVERIFY(writeNow(first, QStringLiteral("db-key"), binaryKey(1))->hasValue());

    const auto unseen = readNow(second, QStringLiteral("db-key"));
    QVERIFY(unseen && !unseen->hasValue());
    QCOMPARE(unseen->error().kind, Kind::NotFound);

    QVERIFY(writeNow(second, QStringLiteral("db-key"), binaryKey(2))->hasValue());
    QVERIFY(removeNow(second, QStringLiteral("db-key"))->hasValue());
    const auto kept = readNow(first, QStringLiteral("db-key"));
    QVERIFY(kept && kept->hasValue());
    QCOMPARE(kept->value(), binaryKey(1));

    // A third store for the first profile sees its secrets: they belong to the profile, not to the object.
    dm::MemorySecretStore again(first.profile(), keychain);
    QCOMPARE(readNow(again, QStringLiteral("db-key"))->value(), binaryKey(1));
}

void TestMemorySecretStore::callbackIsNeverSynchronous()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    int calls = 0;
    store.read(QStringLiteral("bad name"), this, [&calls](dm::SecretValue) { ++calls; });
    store.write(QStringLiteral("db-key"), QByteArray(dm::SecretStore::MaxValueSize + 1, 'x'), this,
                [&calls](dm::SecretStatus) { ++calls; });
    store.write(QStringLiteral("db-key"), "k", this, [&calls](dm::SecretStatus) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, WaitLimitMs);
    QTest::qWait(20);
    QCOMPARE(calls, 3); // exactly once each
}

void TestMemorySecretStore::callbackSkippedWhenContextDestroyed()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setLatency(30ms);
    bool called = false;

    auto* gone = new QObject;
    store.write(QStringLiteral("db-key"), "k", gone, [&called](dm::SecretStatus) { called = true; });
    auto* dying = new QObject;
    store.read(QStringLiteral("db-key"), dying, [&called](dm::SecretValue) { called = true; });
    delete gone;                                                // before anything ran
    QTimer::singleShot(10ms, dying, [dying] { delete dying; }); // while the keychain is busy

    // The store answers in order, so once this read has answered the two above have answered too.
    const auto read = readNow(store, QStringLiteral("db-key"));
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), QByteArray("k"));
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestMemorySecretStore::callbackSkippedWhenStoreDestroyed()
{
    auto keychain = std::make_shared<dm::MemoryKeychain>();
    keychain->setLatency(20ms);
    auto store = std::make_unique<dm::MemorySecretStore>(QUuid::createUuid(), keychain);
    store->setOperationTimeout(40ms);
    bool called = false;
    store->write(QStringLiteral("db-key"), "k", this, [&called](dm::SecretStatus) { called = true; });
    store->probe(this, [&called](dm::SecretStatus) { called = true; });
    store.reset();
    QTest::qWait(100); // past both the latency and the deadline
    QVERIFY(!called);
    QVERIFY(keychain->keys().isEmpty());
}

void TestMemorySecretStore::operationsRunInOrder()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setLatency(5ms);
    QStringList events;
    store.write(QStringLiteral("db-key"), "one", this, [&events](dm::SecretStatus) { events << QStringLiteral("w1"); });
    store.read(QStringLiteral("db-key"), this,
               [&events](dm::SecretValue v) { events << QString::fromLatin1(v.value()); });
    store.write(QStringLiteral("db-key"), "two", this, [&events](dm::SecretStatus) { events << QStringLiteral("w2"); });
    store.remove(QStringLiteral("db-key"), this, [&events](dm::SecretStatus) { events << QStringLiteral("rm"); });
    store.read(QStringLiteral("db-key"), this,
               [&events](dm::SecretValue v) { events << (v ? QStringLiteral("value") : QStringLiteral("missing")); });
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 5, WaitLimitMs);
    QCOMPARE(events, (QStringList{QStringLiteral("w1"), QStringLiteral("one"), QStringLiteral("w2"),
                                  QStringLiteral("rm"), QStringLiteral("missing")}));
}

void TestMemorySecretStore::simulatedFailureIsReported()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setFailure(Kind::AccessDenied);
    const auto read = readNow(store, QStringLiteral("db-key"));
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().kind, Kind::AccessDenied);
    const auto written = writeNow(store, QStringLiteral("db-key"), "secret-value");
    QVERIFY(written && !written->hasValue());
    QCOMPARE(written->error().kind, Kind::AccessDenied);
    QVERIFY(!written->error().message.contains(QStringLiteral("secret-value")));
    QVERIFY(store.keychain()->keys().isEmpty());

    store.keychain()->setFailure(std::nullopt);
    QVERIFY(writeNow(store, QStringLiteral("db-key"), "k")->hasValue());
}

void TestMemorySecretStore::operationTimeout()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setLatency(300ms);
    store.setOperationTimeout(50ms);
    QCOMPARE(store.operationTimeout(), 50ms);
    int calls = 0;
    std::optional<dm::SecretValue> result;
    QElapsedTimer clock;
    clock.start();
    store.read(QStringLiteral("db-key"), this, [&](dm::SecretValue value) {
        ++calls;
        result = std::move(value);
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitLimitMs);
    QCOMPARE(result->error().kind, Kind::Timeout); // NotFound, had the keychain answered first
    qInfo("timed out after %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(!result->error().message.isEmpty());
    QTest::qWait(400); // the late answer arrives and is ignored
    QCOMPARE(calls, 1);
}

void TestMemorySecretStore::probeSucceedsAndLeavesNoCanary()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    QCOMPARE(store.probeTimeout(), dm::SecretStore::DefaultProbeTimeout);
    QVERIFY(writeNow(store, QStringLiteral("db-key"), "k")->hasValue());
    const auto probed = probeNow(store);
    QVERIFY(probed);
    QVERIFY2(probed->hasValue(), qPrintable(probed->error().message));
    QCOMPARE(store.keychain()->keys(), QStringList{store.keyFor(QStringLiteral("db-key"))});
}

void TestMemorySecretStore::probeReportsNoKeychain()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setFailure(Kind::NoKeychain);
    const auto probed = probeNow(store);
    QVERIFY(probed && !probed->hasValue());
    QCOMPARE(probed->error().kind, Kind::NoKeychain);
    QVERIFY(probed->error().message.startsWith(QStringLiteral("No system keychain is available")));
}

void TestMemorySecretStore::probeTimeoutIsNoKeychain()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setLatency(200ms);
    store.setProbeTimeout(50ms);
    int calls = 0;
    std::optional<dm::SecretStatus> result;
    QElapsedTimer clock;
    clock.start();
    store.probe(this, [&](dm::SecretStatus status) {
        ++calls;
        result = std::move(status);
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), WaitLimitMs);
    qInfo("timed out after %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(!result->hasValue()); // success, had the keychain answered first
    QCOMPARE(result->error().kind, Kind::NoKeychain);
    QVERIFY(result->error().message.startsWith(QStringLiteral("No system keychain is available")));

    // The canary write answers late; the probe must neither report again nor carry on with its next steps.
    QTest::qWait(500);
    QCOMPARE(calls, 1);
    QCOMPARE(store.keychain()->keys(), QStringList{store.keyFor(QStringLiteral("canary"))});

    // A later probe on a responsive keychain succeeds and clears the stale canary.
    store.keychain()->setLatency(0ms);
    const auto again = probeNow(store);
    QVERIFY(again && again->hasValue());
    QVERIFY(store.keychain()->keys().isEmpty());
}

void TestMemorySecretStore::concurrentProbesShareOneRun()
{
    dm::MemorySecretStore store(QUuid::createUuid());
    store.keychain()->setLatency(5ms);
    int succeeded = 0;
    int failed = 0;
    for (int i = 0; i < 3; ++i) {
        store.probe(this, [&](dm::SecretStatus status) { ++(status ? succeeded : failed); });
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded + failed, 3, WaitLimitMs);
    QCOMPARE(succeeded, 3);
    QVERIFY(store.keychain()->keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
