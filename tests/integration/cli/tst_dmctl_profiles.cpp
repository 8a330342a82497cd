#include "ConnectProxy.h"
#include "DmctlRunner.h"
#include "SandboxProcess.h"
#include "SecretTool.h"
#include "api/NetworkPreferences.h"
#include "core/Profile.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

// How many items dmadmin has in the keyring, of every profile.
int dmadminItemsInKeyring()
{
    const auto run = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                 dm::KeychainSecretStore::serviceName()});
    return run ? static_cast<int>(run->output.count("\n[/")) + (run->output.startsWith("[/") ? 1 : 0) : -1;
}

QString authCodeKey(const QString& profileId)
{
    return QStringLiteral("dmadmin/%1/auth-code").arg(profileId);
}

} // namespace

// `dmctl profile ...` with a real keychain (a private, unlocked GNOME Keyring: with-keyring.sh) and a real sandbox:
// the authCode goes to the keychain and nowhere else, commands of a saved profile read it from there, and a removed
// profile leaves nothing behind.
class TestDmctlProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addKeepsTheAuthCodeInTheKeychainOnly();
    void listShowsTheProfile();
    void pingReadsTheAuthCodeFromTheKeychain();
    void pingGoesThroughTheProfilesManualProxy();
    void accountsCreateUsesTheProfile();
    void addingAnExistingNameFails();
    void readOnlyProfileRefusesToCreate();
    void authCodeFromStandardInput();
    void missingAuthCodeIsAUsageError_data();
    void missingAuthCodeIsAUsageError();
    void removeDeletesTheProfileAndItsKeychainEntries();

private:
    // The environment of every dmctl run: a private settings folder, and no auth code unless asked.
    [[nodiscard]] QProcessEnvironment environment(bool withAuthCode = false) const;
    [[nodiscard]] QStringList profileOptions() const;
    [[nodiscard]] QString settingsPath() const;
    // The id of the saved profile named `name`, read from the settings file; empty when there is none.
    [[nodiscard]] QString profileId(const QString& name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_connection;
    QString m_authCode;
};

void TestDmctlProfiles::initTestCase()
{
    // Never run against somebody's real keyring.
    const QString sandboxHome = qEnvironmentVariable("DM_TEST_KEYRING_HOME");
    if (sandboxHome.isEmpty() || sandboxHome != QDir::homePath()) {
        QFAIL("run this test through tests/integration/secrets/with-keyring.sh (ctest does)");
    }
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (package libsecret-tools)");
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    m_connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY2(!m_connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    m_authCode = m_connection.value(QStringLiteral("authCode")).toString();
    QVERIFY(!m_authCode.isEmpty());
    QCOMPARE(dmadminItemsInKeyring(), 0);
}

void TestDmctlProfiles::cleanupTestCase()
{
    m_sandbox.reset();
}

QProcessEnvironment TestDmctlProfiles::environment(bool withAuthCode) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.remove(QStringLiteral("DMCTL_AUTH"));
    if (withAuthCode) {
        environment.insert(QStringLiteral("DMCTL_AUTH"), m_authCode);
    }
    return environment;
}

QStringList TestDmctlProfiles::profileOptions() const
{
    return {QStringLiteral("--base-url"),    m_connection.value(QStringLiteral("baseUrl")).toString(),
            QStringLiteral("--app-id"),      m_connection.value(QStringLiteral("appId")).toString(),
            QStringLiteral("--org-open-id"), m_connection.value(QStringLiteral("orgOpenId")).toString(),
            QStringLiteral("--domain"),      m_connection.value(QStringLiteral("domain")).toString(),
            QStringLiteral("--pin"),         m_connection.value(QStringLiteral("spkiSha256")).toString()};
}

QString TestDmctlProfiles::settingsPath() const
{
    // dmctl shares the application's settings: organisation and application "dmadmin", an INI file on Linux.
    return m_dir.filePath(QStringLiteral("config/dmadmin/dmadmin.conf"));
}

QString TestDmctlProfiles::profileId(const QString& name) const
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("profiles"));
    for (const QString& id : settings.childGroups()) {
        if (settings.value(id + QStringLiteral("/name")).toString() == name) {
            return id;
        }
    }
    return {};
}

void TestDmctlProfiles::addKeepsTheAuthCodeInTheKeychainOnly()
{
    const DmctlRun added =
        runDmctl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("court")} +
                     profileOptions() + QStringList{QStringLiteral("--auth-code-env"), QStringLiteral("DMCTL_AUTH")},
                 environment(true));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out, QStringLiteral("Profile court added.\n"));
    QVERIFY2(added.err.isEmpty(), qPrintable(added.err));

    // The settings file has the profile, and the authCode is in no file of the settings folder.
    QFile file(settingsPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settingsPath()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("court"));
    QVERIFY(content.contains(m_connection.value(QStringLiteral("appId")).toString().toUtf8()));
    int scanned = 0;
    QDirIterator files(m_dir.filePath(QStringLiteral("config")), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile any(files.next());
        QVERIFY(any.open(QIODevice::ReadOnly));
        const QByteArray bytes = any.readAll();
        ++scanned;
        QVERIFY2(!bytes.contains(m_authCode.toUtf8()), qPrintable(any.fileName()));
        QVERIFY2(!bytes.contains(m_authCode.toUtf8().toBase64()), qPrintable(any.fileName()));
    }
    QVERIFY(scanned >= 1);

    // The keychain holds it, under the profile's own key.
    const QString id = profileId(QStringLiteral("court"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(lookUpInKeyring(authCodeKey(id)), std::optional<QByteArray>(m_authCode.toUtf8()));
    QCOMPARE(dmadminItemsInKeyring(), 1);
}

void TestDmctlProfiles::listShowsTheProfile()
{
    const DmctlRun listed = runDmctl({QStringLiteral("profile"), QStringLiteral("list")}, environment());
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    const QString expected = QStringLiteral("court\t%1\t%2")
                                 .arg(m_connection.value(QStringLiteral("baseUrl")).toString(),
                                      m_connection.value(QStringLiteral("domain")).toString());
    QVERIFY2(lines.contains(expected), qPrintable(listed.out));
    QVERIFY(!listed.out.contains(m_authCode));
}

void TestDmctlProfiles::pingReadsTheAuthCodeFromTheKeychain()
{
    // No auth code in the environment or on stdin: it can only come from the keychain.
    const DmctlRun ping =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("court")}, environment());
    QVERIFY2(ping.exitCode == 0, qPrintable(ping.out + ping.err));
    const QStringList lines = ping.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4 + 7); // and one line per family of endpoints
    QCOMPARE(lines.at(1), QStringLiteral("tls: ok (pinned key matches)"));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("token: ok")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QLatin1String("api: ok")), qPrintable(lines.at(3)));

    // And the code really came from the keychain: without a session bus, hence no keychain, the token step fails.
    QProcessEnvironment noKeychain = environment();
    noKeychain.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const DmctlRun blind =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("court")}, noKeychain);
    QCOMPARE(blind.exitCode, 1);
    QVERIFY2(blind.out.contains(QLatin1String("token: FAILED")), qPrintable(blind.out + blind.err));
}

// The Settings page's network group of a profile, kept in the settings dmctl shares with dmadmin, is how dmctl goes
// out.
void TestDmctlProfiles::pingGoesThroughTheProfilesManualProxy()
{
    QString settingsPath;
    QDirIterator files(m_dir.filePath(QStringLiteral("config")), {QStringLiteral("*.conf")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        settingsPath = files.next();
    }
    QVERIFY(!settingsPath.isEmpty());
    using dm::NetworkPreferences, dm::Profile, dm::ProfileStore, dm::ProxyMode;
    const auto setMode = [&settingsPath](ProxyMode mode, quint16 port) {
        QSettings settings(settingsPath, QSettings::IniFormat);
        const std::optional<Profile> profile = ProfileStore(settings).find(QStringLiteral("court"));
        if (!profile) {
            return false;
        }
        NetworkPreferences preferences;
        preferences.proxyMode = mode;
        preferences.proxyHost = QStringLiteral("127.0.0.1");
        preferences.proxyPort = port;
        const bool saved = preferences.save(settings, profile->id);
        settings.sync();
        return saved && settings.status() == QSettings::NoError;
    };

    ConnectProxy proxy;
    QVERIFY(setMode(ProxyMode::Manual, proxy.port()));
    const DmctlRun through =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("court")}, environment());
    QVERIFY2(through.exitCode == 0, qPrintable(through.out + through.err));
    QVERIFY(proxy.tunnels() > 0);

    QVERIFY(setMode(ProxyMode::None, 0));
    const int before = proxy.tunnels();
    const DmctlRun direct =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("court")}, environment());
    QVERIFY2(direct.exitCode == 0, qPrintable(direct.out + direct.err));
    QCOMPARE(proxy.tunnels(), before);
}

void TestDmctlProfiles::accountsCreateUsesTheProfile()
{
    const DmctlRun created = runDmctl(
        {QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
         QStringLiteral("profile.court1"), QStringLiteral("--name"), QStringLiteral("周受送达"),
         QStringLiteral("--personal"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("court")},
        environment(), "mobile=13800138011\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QLatin1String("account: profile.court1")));

    const DmctlRun got = runDmctl({QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("profile.court1"),
                                   QStringLiteral("--profile"), QStringLiteral("court")},
                                  environment());
    QCOMPARE(got.exitCode, 0);
    QVERIFY2(got.out.contains(QStringLiteral("name: 周受送达")), qPrintable(got.out + got.err));
}

void TestDmctlProfiles::addingAnExistingNameFails()
{
    const QString idBefore = profileId(QStringLiteral("court"));
    QVERIFY(!idBefore.isEmpty());
    const DmctlRun again =
        runDmctl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("court")} +
                     profileOptions() + QStringList{QStringLiteral("--auth-code-env"), QStringLiteral("DMCTL_AUTH")},
                 environment(true));
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(u'\n'), 1); // one line says why
    QVERIFY2(again.err.contains(QLatin1String("court")), qPrintable(again.err));
    QVERIFY(again.out.isEmpty());
    // The existing profile and its secret are untouched, and no second one appeared.
    QCOMPARE(profileId(QStringLiteral("court")), idBefore);
    QCOMPARE(lookUpInKeyring(authCodeKey(idBefore)), std::optional<QByteArray>(m_authCode.toUtf8()));
    QCOMPARE(dmadminItemsInKeyring(), 3); // its authCode, and the cache key and ledger key its first command made
}

void TestDmctlProfiles::readOnlyProfileRefusesToCreate()
{
    const DmctlRun added = runDmctl(
        QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("auditor")} + profileOptions() +
            QStringList{QStringLiteral("--read-only"), QStringLiteral("--auth-code-env"), QStringLiteral("DMCTL_AUTH")},
        environment(true));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const DmctlRun listed = runDmctl({QStringLiteral("profile"), QStringLiteral("list")}, environment());
    QVERIFY2(listed.out.contains(QLatin1String("auditor\t")) && listed.out.contains(QLatin1String("\tread-only")),
             qPrintable(listed.out));

    const DmctlRun refused = runDmctl(
        {QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
         QStringLiteral("profile.audit1"), QStringLiteral("--name"), QStringLiteral("吴受送达"),
         QStringLiteral("--personal"), QStringLiteral("-"), QStringLiteral("--profile"), QStringLiteral("auditor")},
        environment(), "mobile=13800138012\n");
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY2(refused.err.contains(QLatin1String("read-only")), qPrintable(refused.err));
    // Nothing reached the platform: the vendor answers a missing account with -3 ACCOUNT.NOTEXIST.
    QVERIFY(m_sandbox->authenticate());
    QCOMPARE(m_sandbox
                 ->call(QStringLiteral("/api/open/account/getAccount"),
                        {{QStringLiteral("accountName"), QStringLiteral("profile.audit1")}})
                 .code,
             -3);
    // Reading is what an auditor does, and works.
    const DmctlRun read = runDmctl({QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("profile.court1"),
                                    QStringLiteral("--profile"), QStringLiteral("auditor")},
                                   environment());
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
}

void TestDmctlProfiles::authCodeFromStandardInput()
{
    const int itemsBefore = dmadminItemsInKeyring();
    const DmctlRun added =
        runDmctl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("piped")} +
                     profileOptions() + QStringList{QStringLiteral("--auth-code-stdin")},
                 environment(), m_authCode.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString id = profileId(QStringLiteral("piped"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(lookUpInKeyring(authCodeKey(id)), std::optional<QByteArray>(m_authCode.toUtf8()));
    QCOMPARE(dmadminItemsInKeyring(), itemsBefore + 1);
    const DmctlRun ping =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("piped")}, environment());
    QVERIFY2(ping.exitCode == 0, qPrintable(ping.out + ping.err));
}

void TestDmctlProfiles::missingAuthCodeIsAUsageError_data()
{
    QTest::addColumn<QStringList>("authOptions");
    QTest::addColumn<bool>("withVariable");
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no auth option") << QStringList() << true << QByteArray();
    QTest::newRow("unset variable") << QStringList{QStringLiteral("--auth-code-env"), QStringLiteral("DMCTL_AUTH")}
                                    << false << QByteArray();
    QTest::newRow("empty stdin") << QStringList{QStringLiteral("--auth-code-stdin")} << true << QByteArray();
    QTest::newRow("blank stdin") << QStringList{QStringLiteral("--auth-code-stdin")} << true << QByteArray("  \n");
}

void TestDmctlProfiles::missingAuthCodeIsAUsageError()
{
    QFETCH(QStringList, authOptions);
    QFETCH(bool, withVariable);
    QFETCH(QByteArray, input);
    const int itemsBefore = dmadminItemsInKeyring();
    const DmctlRun run =
        runDmctl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nocode")} +
                     profileOptions() + authOptions,
                 environment(withVariable), input);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(u'\n'), 1); // one line says why
    QVERIFY2(run.err.contains(QLatin1String("authorization code")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing was saved: no profile, no keychain entry.
    QVERIFY(profileId(QStringLiteral("nocode")).isEmpty());
    QCOMPARE(dmadminItemsInKeyring(), itemsBefore);
}

void TestDmctlProfiles::removeDeletesTheProfileAndItsKeychainEntries()
{
    const QString id = profileId(QStringLiteral("court"));
    QVERIFY(!id.isEmpty());
    const int itemsBefore = dmadminItemsInKeyring();
    const DmctlRun removed =
        runDmctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("court")}, environment());
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(removed.err.isEmpty());
    // The audit ledger was kept first, and can still be checked with the ledger key, which stays.
    const QDir ledgerFolder(m_dir.filePath(QStringLiteral("data/dmadmin/dmadmin/cache/ledger/") + id));
    const QStringList kept = ledgerFolder.entryList({QStringLiteral("kept-*")}, QDir::Dirs);
    QCOMPARE(kept.size(), 1);
    const QString archive = ledgerFolder.filePath(kept.constFirst() + QStringLiteral("/ledger.jsonl"));
    QVERIFY2(QFile::exists(archive), qPrintable(removed.out));
    QVERIFY2(removed.out.contains(QDir::toNativeSeparators(archive)), qPrintable(removed.out));
    QVERIFY(lookUpInKeyring(QStringLiteral("dmadmin/%1/ledger-key").arg(id)).has_value());
    const DmctlRun verified = runDmctl(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--archive"), archive}, environment());
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("ledger: ok")), qPrintable(verified.out));

    QVERIFY(profileId(QStringLiteral("court")).isEmpty());
    QVERIFY(!lookUpInKeyring(authCodeKey(id)).has_value());
    QVERIFY(!lookUpInKeyring(QStringLiteral("dmadmin/%1/cache-key").arg(id)).has_value());
    QCOMPARE(dmadminItemsInKeyring(), itemsBefore - 2); // the authCode and the cache key; the ledger key stays
    QVERIFY(!removed.out.isEmpty());
    QVERIFY(profileId(QStringLiteral("auditor")).size() > 0); // the others stay
    const DmctlRun listed = runDmctl({QStringLiteral("profile"), QStringLiteral("list")}, environment());
    QVERIFY(!listed.out.contains(QLatin1String("court\t")));

    // The profile is gone for every command, and removing it again says so.
    const DmctlRun ping =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--profile"), QStringLiteral("court")}, environment());
    QCOMPARE(ping.exitCode, 2);
    const DmctlRun again =
        runDmctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("court")}, environment());
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count(u'\n'), 1);
}

QTEST_GUILESS_MAIN(TestDmctlProfiles)
#include "tst_dmctl_profiles.moc"
