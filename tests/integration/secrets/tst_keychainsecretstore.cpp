#include "SecretTool.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaEnum>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

#include <optional>

using namespace std::chrono_literals;

namespace {

using Kind = dm::SecretError::Kind;

// Every wait is bounded, so a wedged keyring fails the test instead of hanging it.
constexpr std::chrono::milliseconds OperationTimeout = 10s;
constexpr int WaitLimitMs = 15000;
constexpr std::chrono::milliseconds ChildTimeout = 5s;
const char* const NoBusChildFlag = "--no-bus-child";

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes) {
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return bytes;
}

QByteArray kindName(const std::optional<dm::SecretError>& error)
{
    return error ? QByteArray(QMetaEnum::fromType<Kind>().valueToKey(static_cast<int>(error->kind))) : QByteArray("ok");
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

int itemsInKeyring(const QString& key)
{
    const auto run = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("user"), key});
    return run ? static_cast<int>(run->output.count("\n[/")) + (run->output.startsWith("[/") ? 1 : 0) : -1;
}

// The child half of reportsNoKeychainWithoutSessionBus(): probe and write with no session bus, print the outcomes.
int runNoBusChild(const QUuid& profile, const QByteArray& value)
{
    dm::KeychainSecretStore store(profile);
    store.setProbeTimeout(ChildTimeout);
    store.setOperationTimeout(ChildTimeout);
    QTextStream out(stdout);

    QElapsedTimer clock;
    clock.start();
    const auto probed = probeNow(store);
    out << "probe " << (probed ? kindName(probed->hasValue() ? std::nullopt : std::optional(probed->error())) : "none")
        << ' ' << clock.elapsed() << '\n';

    clock.restart();
    const auto written = writeNow(store, QStringLiteral("db-key"), value);
    out << "write "
        << (written ? kindName(written->hasValue() ? std::nullopt : std::optional(written->error())) : "none") << ' '
        << clock.elapsed() << '\n';
    return 0;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeSucceeds();
    void roundTripsBinaryKey();
    void overwriteReplacesTheEntry();
    void removeLeavesNotFound();
    void tooLargeNeverReachesTheKeychain();
    void profilesAreIsolated();
    void lateAnswersAreIgnored();
    void storeDestroyedWhileJobsRun();
    void reportsNoKeychainWithoutSessionBus();

private:
    [[nodiscard]] static std::unique_ptr<dm::KeychainSecretStore> newStore(const QUuid& profile);
};

std::unique_ptr<dm::KeychainSecretStore> TestKeychainSecretStore::newStore(const QUuid& profile)
{
    auto store = std::make_unique<dm::KeychainSecretStore>(profile);
    store->setOperationTimeout(OperationTimeout);
    return store;
}

void TestKeychainSecretStore::initTestCase()
{
    // Never run against somebody's real keyring.
    const QString sandboxHome = qEnvironmentVariable("DM_TEST_KEYRING_HOME");
    if (sandboxHome.isEmpty() || sandboxHome != QDir::homePath()) {
        QFAIL("run this test through tests/integration/secrets/with-keyring.sh (ctest does)");
    }
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (package libsecret-tools)");
}

void TestKeychainSecretStore::probeSucceeds()
{
    const auto store = newStore(QUuid::createUuid());
    QElapsedTimer clock;
    clock.start();
    const auto probed = probeNow(*store);
    QVERIFY(probed);
    QVERIFY2(probed->hasValue(), qPrintable(probed->error().message));
    QVERIFY(clock.elapsed() < std::chrono::milliseconds(dm::SecretStore::DefaultProbeTimeout).count());
    QVERIFY(!lookUpInKeyring(store->keyFor(QStringLiteral("canary"))).has_value());
}

void TestKeychainSecretStore::roundTripsBinaryKey()
{
    const auto store = newStore(QUuid::createUuid());
    QByteArray key = randomBytes(32);
    key[0] = '\0'; // binary for sure: a NUL and a high byte
    key[1] = '\xff';
    const auto written = writeNow(*store, QStringLiteral("db-key"), key);
    QVERIFY(written);
    QVERIFY2(written->hasValue(), qPrintable(written->error().message));

    const auto read = readNow(*store, QStringLiteral("db-key"));
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), key);

    // The entry really is in the Secret Service, under the profile's own key, and a fresh store finds it.
    const QString fullKey = QStringLiteral("dmadmin/") % store->profile().toString(QUuid::WithoutBraces) % u"/db-key";
    QCOMPARE(store->keyFor(QStringLiteral("db-key")), fullKey);
    QCOMPARE(lookUpInKeyring(fullKey), std::optional<QByteArray>(key));
    const auto fresh = newStore(store->profile());
    QCOMPARE(readNow(*fresh, QStringLiteral("db-key"))->value(), key);
}

void TestKeychainSecretStore::overwriteReplacesTheEntry()
{
    const auto store = newStore(QUuid::createUuid());
    const QString key = store->keyFor(QStringLiteral("auth-code"));
    QVERIFY(writeNow(*store, QStringLiteral("auth-code"), "first-code")->hasValue());
    QVERIFY(writeNow(*store, QStringLiteral("auth-code"), "second-code")->hasValue());
    const auto read = readNow(*store, QStringLiteral("auth-code"));
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), QByteArray("second-code"));
    QCOMPARE(itemsInKeyring(key), 1);
}

void TestKeychainSecretStore::removeLeavesNotFound()
{
    const auto store = newStore(QUuid::createUuid());
    QVERIFY(writeNow(*store, QStringLiteral("refresh-token"), randomBytes(64))->hasValue());
    QVERIFY(lookUpInKeyring(store->keyFor(QStringLiteral("refresh-token"))).has_value());

    const auto removed = removeNow(*store, QStringLiteral("refresh-token"));
    QVERIFY(removed);
    QVERIFY2(removed->hasValue(), qPrintable(removed->error().message));
    const auto read = readNow(*store, QStringLiteral("refresh-token"));
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().kind, Kind::NotFound);
    QCOMPARE(itemsInKeyring(store->keyFor(QStringLiteral("refresh-token"))), 0);

    const auto again = removeNow(*store, QStringLiteral("refresh-token"));
    QVERIFY(again && again->hasValue());
}

void TestKeychainSecretStore::tooLargeNeverReachesTheKeychain()
{
    const auto store = newStore(QUuid::createUuid());
    const auto written = writeNow(*store, QStringLiteral("access-token"), randomBytes(2600));
    QVERIFY(written && !written->hasValue());
    QCOMPARE(written->error().kind, Kind::TooLarge);
    QCOMPARE(itemsInKeyring(store->keyFor(QStringLiteral("access-token"))), 0);

    const QByteArray largest = randomBytes(dm::SecretStore::MaxValueSize);
    QVERIFY(writeNow(*store, QStringLiteral("access-token"), largest)->hasValue());
    QCOMPARE(readNow(*store, QStringLiteral("access-token"))->value(), largest);
}

void TestKeychainSecretStore::profilesAreIsolated()
{
    const auto first = newStore(QUuid::createUuid());
    const auto second = newStore(QUuid::createUuid());
    const QByteArray firstKey = randomBytes(32);
    const QByteArray secondKey = randomBytes(32);
    QVERIFY(writeNow(*first, QStringLiteral("db-key"), firstKey)->hasValue());

    const auto unseen = readNow(*second, QStringLiteral("db-key"));
    QVERIFY(unseen && !unseen->hasValue());
    QCOMPARE(unseen->error().kind, Kind::NotFound);

    QVERIFY(writeNow(*second, QStringLiteral("db-key"), secondKey)->hasValue());
    QCOMPARE(readNow(*first, QStringLiteral("db-key"))->value(), firstKey);
    QCOMPARE(readNow(*second, QStringLiteral("db-key"))->value(), secondKey);

    QVERIFY(removeNow(*second, QStringLiteral("db-key"))->hasValue());
    QCOMPARE(readNow(*first, QStringLiteral("db-key"))->value(), firstKey);
    QCOMPARE(lookUpInKeyring(first->keyFor(QStringLiteral("db-key"))), std::optional<QByteArray>(firstKey));
}

void TestKeychainSecretStore::lateAnswersAreIgnored()
{
    // QtKeychain jobs cannot be cancelled: with a deadline shorter than any D-Bus round trip they answer late.
    const auto store = newStore(QUuid::createUuid());
    store->setOperationTimeout(1ms);
    store->setProbeTimeout(1ms);
    int writeCalls = 0;
    int probeCalls = 0;
    std::optional<dm::SecretStatus> written;
    std::optional<dm::SecretStatus> probed;
    const QByteArray key = randomBytes(32);
    store->write(QStringLiteral("db-key"), key, this, [&](dm::SecretStatus status) {
        ++writeCalls;
        written = std::move(status);
    });
    store->probe(this, [&](dm::SecretStatus status) {
        ++probeCalls;
        probed = std::move(status);
    });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value() && probed.has_value(), WaitLimitMs);
    QVERIFY(!written->hasValue());
    QCOMPARE(written->error().kind, Kind::Timeout);
    QVERIFY(!probed->hasValue());
    QCOMPARE(probed->error().kind, Kind::NoKeychain);

    // Jobs run one at a time, so once this read answers the late write has landed, unheard.
    store->setOperationTimeout(OperationTimeout);
    store->setProbeTimeout(dm::SecretStore::DefaultProbeTimeout);
    QCOMPARE(readNow(*store, QStringLiteral("db-key"))->value(), key);
    const auto again = probeNow(*store);
    QVERIFY(again);
    QVERIFY2(again->hasValue(), qPrintable(again->error().message));
    QCOMPARE(writeCalls, 1);
    QCOMPARE(probeCalls, 1);
    QCOMPARE(itemsInKeyring(store->keyFor(QStringLiteral("canary"))), 0);
}

void TestKeychainSecretStore::storeDestroyedWhileJobsRun()
{
    const QUuid profile = QUuid::createUuid();
    const QByteArray key = randomBytes(32);
    bool called = false;
    auto store = newStore(profile);
    store->write(QStringLiteral("db-key"), key, this, [&called](dm::SecretStatus) { called = true; });
    store->read(QStringLiteral("db-key"), this, [&called](dm::SecretValue) { called = true; });
    store.reset();

    const auto fresh = newStore(profile);
    QCOMPARE(readNow(*fresh, QStringLiteral("db-key"))->value(), key);
    QVERIFY(!called);
}

void TestKeychainSecretStore::reportsNoKeychainWithoutSessionBus()
{
    // A child process of this binary with no session bus and no X11 display to autolaunch one from, its own HOME
    // inside the temporary one.
    const QString childHome = QDir::home().filePath(QStringLiteral("no-bus"));
    for (const char* dir : {".config", ".local/share", ".cache", "run"}) {
        QVERIFY(QDir(childHome).mkpath(QString::fromLatin1(dir)));
    }
    QVERIFY(QFile::setPermissions(childHome + u"/run", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DBUS_SESSION_BUS_ADDRESS", "DBUS_STARTER_ADDRESS", "DBUS_STARTER_BUS_TYPE", "DISPLAY", "WAYLAND_DISPLAY"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("HOME"), childHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), childHome + u"/.config");
    environment.insert(QStringLiteral("XDG_DATA_HOME"), childHome + u"/.local/share");
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), childHome + u"/.cache");
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), childHome + u"/run");

    const QUuid profile = QUuid::createUuid();
    const QByteArray value = randomBytes(32);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(NoBusChildFlag), profile.toString(), QString::fromLatin1(value.toHex())});
    const auto limit = 2 * ChildTimeout + 5s;
    if (!child.waitForFinished(static_cast<int>(limit.count()))) {
        child.kill();
        child.waitForFinished();
        QFAIL("the child did not finish in time");
    }
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);

    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<QByteArray> probe = lines.at(0).split(' ');
    const QList<QByteArray> write = lines.at(1).split(' ');
    QCOMPARE(probe.value(0), QByteArray("probe"));
    QCOMPARE(probe.value(1), QByteArray("NoKeychain"));
    QVERIFY2(probe.value(2).toLongLong() < std::chrono::milliseconds(ChildTimeout).count() + 1000,
             probe.value(2).constData());
    QCOMPARE(write.value(0), QByteArray("write"));
    QCOMPARE(write.value(1), QByteArray("NoKeychain"));
    qInfo("no session bus: probe answered in %s ms, write in %s ms, child ran %lld ms", probe.value(2).constData(),
          write.value(2).constData(), static_cast<long long>(clock.elapsed()));

    // No insecure fallback: neither the value nor the profile it would be filed under is in any file of the temporary
    // HOME (the child's and the keyring's alike). The profile's uuid catches the key however a file might escape it.
    const QList<QByteArray> needles{value, value.toHex(), value.toBase64(),
                                    profile.toString(QUuid::WithoutBraces).toUtf8()};
    int scanned = 0;
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = file.read(16 * 1024 * 1024);
        ++scanned;
        for (const QByteArray& needle : needles) {
            QVERIFY2(!content.contains(needle), qPrintable(file.fileName()));
        }
    }
    QVERIFY(scanned > 0); // the keyring's own files at least
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String(NoBusChildFlag)) {
        return runNoBusChild(QUuid::fromString(arguments.at(2)), QByteArray::fromHex(arguments.at(3).toLatin1()));
    }
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"
