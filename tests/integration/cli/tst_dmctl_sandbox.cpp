#include "ConnectProxy.h"
#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// dmctl against a running dmsandbox over TLS: what a support clerk or a script does with it.
class TestDmctlSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pingReportsEachStep();
    void pingRefusesAWrongPin();
    void pingGoesThroughAProxyThatWantsCredentials();
    void aVendorOnlyPlatformIsUsedForWhatItHas();
    void createsGetsAndListsAnAccount();
    void duplicateCreateFailsWithTheReason();
    void resumeFailedSendsAFailedCreateAgain();
    void badInputIsRefusedBeforeAnythingIsSent_data();
    void badInputIsRefusedBeforeAnythingIsSent();
    void personalNumbersComeFromAPrivateFileOrStdin();
    void verboseSessionLeaksNoSecretOrPersonalData();

private:
    [[nodiscard]] QStringList connect() const { return {QStringLiteral("--sandbox-config"), m_configPath}; }
    QProcessEnvironment isolated() const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
};

void TestDmctlSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    QVERIFY(!connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));
}

void TestDmctlSandbox::cleanupTestCase()
{
    m_sandbox.reset();
}

QProcessEnvironment TestDmctlSandbox::isolated() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return environment;
}

void TestDmctlSandbox::pingReportsEachStep()
{
    const DmctlRun run = runDmctl(QStringList{QStringLiteral("ping")} + connect(), isolated());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4 + 7);
    QVERIFY(lines.at(0).startsWith(QLatin1String("reachable: ok https://127.0.0.1:")));
    QCOMPARE(lines.at(1), QStringLiteral("tls: ok (pinned key matches)"));
    QVERIFY2(QRegularExpression(QStringLiteral("^token: ok \\(valid for \\d+ s\\)$")).match(lines.at(2)).hasMatch(),
             qPrintable(lines.at(2)));
    QVERIFY(lines.at(3).startsWith(QLatin1String("api: ok (")));
    // The default sandbox serves the vendor's API and the whole extension.
    for (const char* family : {"vendor.directory", "vendor.logquery", "delivery.accounts", "delivery.policy",
                               "delivery.loginRules", "delivery.logs", "delivery.stats"}) {
        QVERIFY2(lines.contains(QStringLiteral("family %1: served").arg(QLatin1String(family))), family);
    }
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

// Against a platform that serves only the vendor's API, ping still succeeds and says family by family what is
// missing, and sync fills the cache with the accounts from the vendor's listing: the client works on what the
// platform has and calls nothing else a failure.
void TestDmctlSandbox::aVendorOnlyPlatformIsUsedForWhatItHas()
{
    SandboxProcess vendorOnly(m_dir.filePath(QStringLiteral("vendor-only")));
    const QJsonObject connection =
        vendorOnly.start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--vendor-only")});
    QVERIFY(!connection.isEmpty());
    const QString configPath = m_dir.filePath(QStringLiteral("vendor-only.json"));
    QVERIFY(writeSandboxConfig(configPath, connection));
    const DmctlRun run = runDmctl({QStringLiteral("ping"), QStringLiteral("--sandbox-config"), configPath}, isolated());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.contains(QStringLiteral("family vendor.directory: served")), qPrintable(run.out));
    for (const char* family :
         {"delivery.accounts", "delivery.policy", "delivery.loginRules", "delivery.logs", "delivery.stats"}) {
        const QString prefix = QStringLiteral("family %1: not served by this platform").arg(QLatin1String(family));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                             [&prefix](const QString& line) { return line.startsWith(prefix); }),
                 qPrintable(run.out));
    }

    const QStringList vendorConnection{QStringLiteral("--sandbox-config"), configPath};
    const DmctlRun sync = runDmctl(QStringList{QStringLiteral("sync")} + vendorConnection, isolated());
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
    QVERIFY2(QRegularExpression(QStringLiteral("^accounts: [1-9]\\d* rows written, 1 of 1 count checks match$"),
                                QRegularExpression::MultilineOption)
                 .match(sync.out)
                 .hasMatch(),
             qPrintable(sync.out));
    QVERIFY2(sync.out.contains(QLatin1String("policy: not served by this platform")), qPrintable(sync.out));
    QVERIFY2(!sync.err.contains(QLatin1String("gap:")), qPrintable(sync.err));
    // The cache holds as many accounts as the vendor's listing counts, and says so without the extension.
    const DmctlRun verified =
        runDmctl(QStringList{QStringLiteral("cache"), QStringLiteral("verify")} + vendorConnection, isolated());
    QVERIFY2(verified.out.contains(QLatin1String("accounts: 1 of 1 count checks match")),
             qPrintable(verified.out + verified.err));

    // accounts list reads the vendor's listing there, with the filters applied by the client.
    const qint64 synced =
        QRegularExpression(QStringLiteral("^accounts: (\\d+) rows written"), QRegularExpression::MultilineOption)
            .match(sync.out)
            .captured(1)
            .toLongLong();
    const QStringList csv{QStringLiteral("--format"), QStringLiteral("csv")};
    const QStringList list{QStringLiteral("accounts"), QStringLiteral("list")};
    const DmctlRun all = runDmctl(list + csv + vendorConnection, isolated());
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QVERIFY2(all.err.contains(QLatin1String("lacks the delivery extension")), qPrintable(all.err));
    const QStringList rows = all.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size() - 1, synced); // every account the sync cached, none twice
    QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()).size(), rows.size());
    const QStringList first = rows.at(1).split(u',');
    const DmctlRun byName =
        runDmctl(list + csv + QStringList{QStringLiteral("--keyword"), first.at(1)} + vendorConnection, isolated());
    QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
    const QStringList named = byName.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(named.size() >= 2 && named.size() < rows.size());
    QVERIFY2(named.contains(rows.at(1)), qPrintable(byName.out));
    const DmctlRun disabled =
        runDmctl(list + csv + QStringList{QStringLiteral("--status"), QStringLiteral("disabled")} + vendorConnection,
                 isolated());
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    const QStringList disabledRows = disabled.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(disabledRows.size() >= 2 && disabledRows.size() < rows.size()); // the seeded court disables a few
    for (const QString& row : disabledRows.mid(1)) {
        QCOMPARE(row.split(u',').at(6), QStringLiteral("disabled"));
    }
    // What the vendor's listing cannot answer is refused, never answered with an empty list.
    const DmctlRun byActivation = runDmctl(
        list + QStringList{QStringLiteral("--activation"), QStringLiteral("smsSent")} + vendorConnection, isolated());
    QCOMPARE(byActivation.exitCode, 2);
    QVERIFY2(byActivation.err.contains(QLatin1String("does not track activation")), qPrintable(byActivation.err));
}

void TestDmctlSandbox::pingRefusesAWrongPin()
{
    QFile config(m_configPath);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QJsonObject connection = QJsonDocument::fromJson(config.readAll()).object();
    connection.insert(QStringLiteral("spkiSha256"), QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    const QString wrongPin = m_dir.filePath(QStringLiteral("wrong-pin.json"));
    QFile wrong(wrongPin);
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(QJsonDocument(connection).toJson(QJsonDocument::Compact));
    wrong.close();
    const DmctlRun run = runDmctl({QStringLiteral("ping"), QStringLiteral("--sandbox-config"), wrongPin}, isolated());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QLatin1String("tls: FAILED")));
    QVERIFY(!run.out.contains(QLatin1String("token: ok")));
    QVERIFY(run.err.contains(QLatin1String("pin")));
}

// The system's proxy (https_proxy) wants a user name and password: without them dmctl says so and sends nothing to
// the platform; with them, from the options and an environment variable, it gets through.
void TestDmctlSandbox::pingGoesThroughAProxyThatWantsCredentials()
{
    ConnectProxy proxy("clerk", "s3cret");
    QProcessEnvironment environment = isolated();
    environment.insert(QStringLiteral("https_proxy"), proxy.url());
    environment.remove(QStringLiteral("no_proxy"));

    const DmctlRun refused = runDmctl(QStringList{QStringLiteral("ping")} + connect(), environment);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.contains(QLatin1String("reachable: FAILED")));
    QVERIFY2(refused.err.contains(QLatin1String("proxy server asks for a user name and password")),
             qPrintable(refused.err));
    QVERIFY(proxy.refusals() >= 1);
    QCOMPARE(proxy.tunnels(), 0);

    const QStringList signedIn = QStringList{QStringLiteral("ping")} + connect() +
                                 QStringList{QStringLiteral("--proxy-user"), QStringLiteral("clerk"),
                                             QStringLiteral("--proxy-password-env"), QStringLiteral("DM_PROXY_PW")};
    const DmctlRun unset = runDmctl(signedIn, environment);
    QCOMPARE(unset.exitCode, 2);
    QVERIFY2(unset.err.contains(QLatin1String("DM_PROXY_PW")), qPrintable(unset.err));

    environment.insert(QStringLiteral("DM_PROXY_PW"), QStringLiteral("wrong"));
    const int refusalsBefore = proxy.refusals();
    const DmctlRun wrong = runDmctl(signedIn, environment);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.err.contains(QLatin1String("proxy server")));
    QCOMPARE(proxy.refusals() - refusalsBefore, 2); // asked, answered, refused: never sent again
    QCOMPARE(proxy.tunnels(), 0);

    environment.insert(QStringLiteral("DM_PROXY_PW"), QStringLiteral("s3cret"));
    const DmctlRun passed = runDmctl(signedIn + QStringList{QStringLiteral("--verbose")}, environment);
    QCOMPARE(passed.exitCode, 0);
    QVERIFY(passed.out.contains(QLatin1String("token: ok")));
    QVERIFY(proxy.tunnels() >= 1);
    QVERIFY(!passed.out.contains(QLatin1String("s3cret")) && !passed.err.contains(QLatin1String("s3cret")));
}

void TestDmctlSandbox::createsGetsAndListsAnAccount()
{
    const DmctlRun created =
        runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                             QStringLiteral("dmctl.zhang"), QStringLiteral("--name"), QStringLiteral("张小明"),
                             QStringLiteral("--personal"), QStringLiteral("-"), QStringLiteral("--case-number"),
                             QStringLiteral("(2026)粤0104民初1234号")} +
                     connect(),
                 isolated(), "# the recipient's numbers\nmobile=+86 138-0013-8000\nid-number = 11010519491231002x\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QLatin1String("account: dmctl.zhang")));
    QVERIFY(created.out.contains(QLatin1String("mobile: 138****8000")));
    QVERIFY(created.out.contains(QLatin1String("idNumber: 1101**********002X")));
    QVERIFY(!created.out.contains(QLatin1String("13800138000")));

    const DmctlRun got = runDmctl(
        QStringList{QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("dmctl.zhang")} + connect(),
        isolated());
    QCOMPARE(got.exitCode, 0);
    QVERIFY2(got.out.contains(QStringLiteral("name: 张小明")), qPrintable(got.out + got.err));
    QVERIFY(got.out.contains(QLatin1String("activation: smsSent")));

    const DmctlRun listed =
        runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--keyword"),
                             QStringLiteral("张小明"), QStringLiteral("--format"), QStringLiteral("csv")} +
                     connect(),
                 isolated());
    QCOMPARE(listed.exitCode, 0);
    const QStringList rows = listed.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).startsWith(QLatin1String("account,name,mobile")));
    QVERIFY(rows.at(1).startsWith(QStringLiteral("dmctl.zhang,张小明,138****8000")));

    const DmctlRun json =
        runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("json")} +
                     connect(),
                 isolated());
    QCOMPARE(json.exitCode, 0);
    const QStringList lines = json.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7); // the seeded court has more than seven
    for (const QString& line : lines) {
        QVERIFY(QJsonDocument::fromJson(line.toUtf8()).isObject());
    }
}

void TestDmctlSandbox::duplicateCreateFailsWithTheReason()
{
    const QStringList create =
        QStringList{QStringLiteral("accounts"),    QStringLiteral("create"), QStringLiteral("--account"),
                    QStringLiteral("dmctl.twice"), QStringLiteral("--name"), QStringLiteral("李四"),
                    QStringLiteral("--personal"),  QStringLiteral("-")} +
        connect();
    QCOMPARE(runDmctl(create, isolated(), "mobile=13900139000").exitCode, 0);
    const DmctlRun again = runDmctl(create, isolated(), "mobile=13900139000");
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("MAILACCOUNT.NAMEEXIST")), qPrintable(again.err)); // the vendor's rule
    QCOMPARE(again.err.count(u'\n'), 1);                                                         // one line
}

void TestDmctlSandbox::resumeFailedSendsAFailedCreateAgain()
{
    // A cache of its own: the other tests' failed actions are not this one's.
    QProcessEnvironment environment = isolated();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("retry-data")));
    // The name is taken on the platform by someone else: the create fails, and stays failed.
    QVERIFY(m_sandbox->authenticate());
    const QString domain = m_sandbox->connection().value(QStringLiteral("domain")).toString();
    const auto taken = m_sandbox->call(QStringLiteral("/api/open/account/createAccount"),
                                       {{QStringLiteral("domain"), domain},
                                        {QStringLiteral("accountName"), QStringLiteral("dmctl.retry")},
                                        {QStringLiteral("name"), QStringLiteral("占用者")},
                                        {QStringLiteral("bindMobile"), QStringLiteral("13700137001")}});
    QVERIFY2(taken.success, qPrintable(taken.message));
    const QStringList create =
        QStringList{QStringLiteral("accounts"),    QStringLiteral("create"), QStringLiteral("--account"),
                    QStringLiteral("dmctl.retry"), QStringLiteral("--name"), QStringLiteral("王重试"),
                    QStringLiteral("--personal"),  QStringLiteral("-")} +
        connect();
    const DmctlRun refused = runDmctl(create, environment, "mobile=13700137002");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("MAILACCOUNT.NAMEEXIST")), qPrintable(refused.err));
    const QStringList resume = QStringList{QStringLiteral("accounts"), QStringLiteral("resume")} + connect();
    const DmctlRun plain = runDmctl(resume, environment);
    QVERIFY2(plain.exitCode == 0 && plain.out.contains(QLatin1String("0 done, 0 failed.")),
             qPrintable(plain.out + plain.err));

    // The name is freed; the clerk sends what failed again.
    const auto freed = m_sandbox->call(
        QStringLiteral("/api/open/account/deleteAccount"),
        {{QStringLiteral("domain"), domain}, {QStringLiteral("accountName"), QStringLiteral("dmctl.retry")}});
    QVERIFY2(freed.success, qPrintable(freed.message));
    const DmctlRun again = runDmctl(resume + QStringList{QStringLiteral("--failed")}, environment);
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.err.contains(QLatin1String("1 failed action queued again.")), qPrintable(again.err));
    QVERIFY2(again.out.contains(QLatin1String("1 done, 0 failed.")), qPrintable(again.out));
    const DmctlRun got = runDmctl(
        QStringList{QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("dmctl.retry")} + connect(),
        environment);
    QVERIFY2(got.out.contains(QStringLiteral("name: 王重试")), qPrintable(got.out + got.err));
}

void TestDmctlSandbox::badInputIsRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("names");
    const QStringList base{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("王五")};
    const QStringList fromStdin{QStringLiteral("--personal"), QStringLiteral("-")};
    QTest::newRow("bad mobile") << base + QStringList{QStringLiteral("--account"), QStringLiteral("ok.name")} +
                                       fromStdin
                                << QByteArray("mobile=12345\n") << QStringLiteral("mobile");
    QTest::newRow("bad id checksum") << base + QStringList{QStringLiteral("--account"), QStringLiteral("ok.name")} +
                                            fromStdin
                                     << QByteArray("mobile=13800138000\nid-number=110105194912310021\n")
                                     << QStringLiteral("id-number");
    QTest::newRow("no mobile line") << base + QStringList{QStringLiteral("--account"), QStringLiteral("ok.name")} +
                                           fromStdin
                                    << QByteArray("id-number=110105194912310021\n") << QStringLiteral("mobile=");
    QTest::newRow("unknown line") << base + QStringList{QStringLiteral("--account"), QStringLiteral("ok.name")} +
                                         fromStdin
                                  << QByteArray("mobile=13800138000\nphone 110105194912310021\n")
                                  << QStringLiteral("Line 2");
    QTest::newRow("bad account") << base + QStringList{QStringLiteral("--account"), QStringLiteral("-bad")} + fromStdin
                                 << QByteArray("mobile=13800138000\n") << QStringLiteral("--account");
    // Numbers on the command line are refused, naming the way that keeps them private.
    QTest::newRow("mobile on argv") << base + QStringList{QStringLiteral("--account"), QStringLiteral("ok.name"),
                                                          QStringLiteral("--mobile"), QStringLiteral("13800138000")}
                                    << QByteArray() << QStringLiteral("--personal");
    QTest::newRow("id number on argv") << base +
                                              QStringList{QStringLiteral("--account"), QStringLiteral("ok.name"),
                                                          QStringLiteral("--id-number"),
                                                          QStringLiteral("110105194912310021")} +
                                              fromStdin
                                       << QByteArray("mobile=13800138000\n")
                                       << QStringLiteral("--id-number is refused");
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("accounts"), QStringLiteral("frob")} << QByteArray()
                                  << QStringLiteral("Usage");
}

void TestDmctlSandbox::badInputIsRefusedBeforeAnythingIsSent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, names);
    const DmctlRun run = runDmctl(arguments + connect(), isolated(), input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(names), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("110105194912310021"))); // the value itself is not echoed
    QVERIFY(!run.err.contains(QLatin1String("13800138000")));
}

void TestDmctlSandbox::personalNumbersComeFromAPrivateFileOrStdin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("numbers.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("mobile=13600136000\nid-number=440106199001011235\n");
    file.close();
    const QStringList create = QStringList{QStringLiteral("accounts"),   QStringLiteral("create"),
                                           QStringLiteral("--account"),  QStringLiteral("dmctl.file"),
                                           QStringLiteral("--name"),     QStringLiteral("钱七"),
                                           QStringLiteral("--personal"), path} +
                               connect();
    // Readable by others: refused, and the hint says how to fix it.
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const DmctlRun shared = runDmctl(create, isolated());
    QCOMPARE(shared.exitCode, 2);
    QVERIFY2(shared.err.contains(QLatin1String("chmod 600")), qPrintable(shared.err));
    // Private: created with those numbers.
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const DmctlRun created = runDmctl(create, isolated());
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(created.out.contains(QLatin1String("mobile: 136****6000")));
    QVERIFY(created.out.contains(QLatin1String("idNumber: 4401**********1235")));

#ifdef Q_OS_LINUX
    // From standard input: while dmctl waits for the numbers, its command line holds none of them, and the process
    // can leave no core file (and is not dumpable) should it crash with them in memory.
    QProcess process;
    process.setProcessEnvironment(isolated());
    process.start(QStringLiteral(DMCTL_PATH),
                  QStringList{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                              QStringLiteral("dmctl.stdin"), QStringLiteral("--name"), QStringLiteral("孙八"),
                              QStringLiteral("--personal"), QStringLiteral("-")} +
                      connect());
    QVERIFY(process.waitForStarted(10000));
    const QString proc = QStringLiteral("/proc/%1/").arg(process.processId());
    const auto coreLimit = [&proc] {
        QFile limits(proc + QStringLiteral("limits"));
        if (!limits.open(QIODevice::ReadOnly)) {
            return QString();
        }
        for (const QByteArray& line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size")) {
                return QString::fromLatin1(line.simplified());
            }
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(), QStringLiteral("Max core file size 0 0 bytes"), 10000);
    QFile cmdline(proc + QStringLiteral("cmdline"));
    QVERIFY(cmdline.open(QIODevice::ReadOnly));
    QVERIFY(!cmdline.readAll().contains("13500135000"));
    process.write("mobile=13500135000\n");
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(out.contains(QLatin1String("mobile: 135****5000")), qPrintable(out));
#endif
}

void TestDmctlSandbox::verboseSessionLeaksNoSecretOrPersonalData()
{
    QProcessEnvironment environment = isolated();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const QString mobile = QStringLiteral("13700137000");
    const QString idNumber = QStringLiteral("440106199001011235");
    QStringList all;
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("ping")},
          QStringList{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                      QStringLiteral("dmctl.secret"), QStringLiteral("--name"), QStringLiteral("赵六"),
                      QStringLiteral("--personal"), QStringLiteral("-")},
          QStringList{QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("dmctl.secret")},
          QStringList{QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--limit"),
                      QStringLiteral("50")}}) {
        const QByteArray numbers = QStringLiteral("mobile=%1\nid-number=%2\n").arg(mobile, idNumber).toUtf8();
        const DmctlRun run = runDmctl(arguments + connect() + QStringList{QStringLiteral("--verbose")}, environment,
                                      arguments.contains(QStringLiteral("create")) ? numbers : QByteArray());
        QVERIFY2(run.exitCode == 0, qPrintable(arguments.join(u' ') + QLatin1Char('\n') + run.err));
        all << run.out << run.err;
    }
    const QString output = all.join(u'\n');
    QVERIFY2(output.contains(QLatin1String("dm.api")), "the session logged nothing: the check would prove nothing");
    const QString authCode = m_sandbox->connection().value(QStringLiteral("authCode")).toString();
    QVERIFY(!output.contains(authCode));
    QVERIFY(!output.contains(mobile));
    QVERIFY(!output.contains(idNumber));
    // No 11-digit mobile or 18-character ID number of any seeded recipient either.
    QVERIFY(!QRegularExpression(QStringLiteral("(?<!\\d)1[3-9]\\d{9}(?!\\d)")).match(output).hasMatch());
    QVERIFY(!QRegularExpression(QStringLiteral("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])")).match(output).hasMatch());
    QVERIFY(!output.contains(QLatin1String("accessToken")));
}

QTEST_GUILESS_MAIN(TestDmctlSandbox)
#include "tst_dmctl_sandbox.moc"
