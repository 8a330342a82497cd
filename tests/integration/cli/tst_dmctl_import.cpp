#include "DmctlRunner.h"
#include "ImportFixtures.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `dmctl accounts import` end to end: the real dmctl, the real keychain (with-keyring.sh) and the sandbox over TLS.
// The file is the 500-row roster with 20 bad rows, in GBK as Excel on Chinese Windows saves "CSV (comma delimited)".
class TestDmctlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dryRunNamesTheBadRowsAndSendsNothing();
    void importCreatesExactlyTheValidRows();
    void secondRunCreatesNothingNew();
    void killedRunResumesWithoutDoubles();
    void badOptionsAreUsageErrors();

private:
    // A platform with the roster's units, its connection file, and a private cache folder.
    struct Platform
    {
        std::unique_ptr<SandboxProcess> sandbox;
        QString configPath;
        QString dataHome;
    };
    [[nodiscard]] bool startPlatform(Platform& platform, const QString& name);
    [[nodiscard]] QProcessEnvironment environment(const Platform& platform) const;
    [[nodiscard]] DmctlRun importFile(const Platform& platform, const QStringList& extra = {}) const;
    // The roster's accounts (user0000...) on the platform: account name -> number of accounts of that name.
    [[nodiscard]] static QHash<QString, int> rosterAccounts(SandboxProcess& sandbox);
    // Every rejected row named on stderr: "row:column".
    [[nodiscard]] static QSet<QString> rejectedRows(const QString& err);
    [[nodiscard]] QSet<QString> expectedRejections() const;

    QTemporaryDir m_dir;
    QString m_file;
    dm::test::GeneratedImport m_import;
    Platform m_platform;
};

bool TestDmctlImport::startPlatform(Platform& platform, const QString& name)
{
    platform.sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(name));
    // Rate-limited like a real platform, so that an import takes a few seconds and can be interrupted.
    const QJsonObject connection =
        platform.sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                                 QStringLiteral("0"), QStringLiteral("--rate-limit"), QStringLiteral("60")});
    if (connection.isEmpty() || !platform.sandbox->authenticate()) {
        return false;
    }
    platform.configPath = m_dir.filePath(name + QStringLiteral(".json"));
    platform.dataHome = m_dir.filePath(name + QStringLiteral("-data"));
    if (!writeSandboxConfig(platform.configPath, connection)) {
        return false;
    }
    // The roster files half its people under "执行局, 一处", a unit the seeded court does not have.
    const auto unit = platform.sandbox->call(QStringLiteral("/api/open/unit/createUnit"),
                                             {{QStringLiteral("name"), QStringLiteral("执行局, 一处")}});
    return unit.success;
}

void TestDmctlImport::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_import = dm::test::generateImportCsv(500, 20);
    QCOMPARE(m_import.validRows, 480);
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    const QByteArray bytes = gbk.encode(m_import.csv);
    QVERIFY(!gbk.hasError());
    m_file = m_dir.filePath(QStringLiteral("名单.csv"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(startPlatform(m_platform, QStringLiteral("platform")));
}

void TestDmctlImport::cleanupTestCase()
{
    m_platform.sandbox.reset();
}

QProcessEnvironment TestDmctlImport::environment(const Platform& platform) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), platform.dataHome);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

DmctlRun TestDmctlImport::importFile(const Platform& platform, const QStringList& extra) const
{
    return runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("import"), m_file,
                                QStringLiteral("--sandbox-config"), platform.configPath} +
                        extra,
                    environment(platform));
}

QHash<QString, int> TestDmctlImport::rosterAccounts(SandboxProcess& sandbox)
{
    QHash<QString, int> names;
    QString cursor;
    do {
        QJsonObject body{{QStringLiteral("pageSize"), 1000}, {QStringLiteral("keyword"), QStringLiteral("user")}};
        if (!cursor.isEmpty()) {
            body.insert(QStringLiteral("cursor"), cursor);
        }
        const auto page = sandbox.call(QStringLiteral("/api/open/delivery/account/list"), body);
        if (!page.success) {
            names.insert(QStringLiteral("<listing failed>"), 1);
            return names;
        }
        const QJsonObject data = page.data.toObject();
        for (const QJsonValue& account : data.value(QStringLiteral("items")).toArray()) {
            const QString name = account.toObject().value(QStringLiteral("accountName")).toString();
            if (name.startsWith(QLatin1String("user"))) {
                names[name] += 1;
            }
        }
        cursor = data.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return names;
}

QSet<QString> TestDmctlImport::rejectedRows(const QString& err)
{
    QSet<QString> rows;
    static const QRegularExpression line(QStringLiteral("^rejected: row (\\d+), column (.+?): "),
                                         QRegularExpression::MultilineOption);
    for (auto match = line.globalMatch(err); match.hasNext();) {
        const auto found = match.next();
        rows.insert(found.captured(1) + u':' + found.captured(2));
    }
    return rows;
}

QSet<QString> TestDmctlImport::expectedRejections() const
{
    QSet<QString> rows;
    for (const auto& issue : m_import.issues) {
        rows.insert(QString::number(issue.row) + u':' + issue.column);
    }
    return rows;
}

void TestDmctlImport::dryRunNamesTheBadRowsAndSendsNothing()
{
    const DmctlRun run = importFile(m_platform, {QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QCOMPARE(rejectedRows(run.err), expectedRejections());
    QCOMPARE(run.err.count(QLatin1String("rejected: ")), 20);
    QVERIFY2(run.out.contains(QLatin1String("480 would be created")), qPrintable(run.out));
    QVERIFY(rosterAccounts(*m_platform.sandbox).isEmpty());
    // The report names rows and columns, never a personal number.
    QVERIFY(!run.err.contains(dm::test::importFixtureIdNumber(0)));
    QVERIFY(!run.err.contains(dm::test::importFixtureMobile(0)));
}

void TestDmctlImport::importCreatesExactlyTheValidRows()
{
    const DmctlRun run = importFile(m_platform);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QCOMPARE(rejectedRows(run.err), expectedRejections());
    QVERIFY2(run.out.contains(QLatin1String("480 created, 0 skipped (already exist), 0 failed, 20 rejected")),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(QLatin1String("import: ")), qPrintable(run.err)); // progress went to stderr

    const QHash<QString, int> accounts = rosterAccounts(*m_platform.sandbox);
    QCOMPARE(accounts.size(), 480);
    QSet<qsizetype> badRows;
    for (const auto& issue : m_import.issues) {
        badRows.insert(issue.row);
    }
    for (int i = 0; i < 500; ++i) {
        const QString name = QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
        // Row i + 2 is bad: its account must not exist unless another, valid row has the same name (none does).
        if (!badRows.contains(i + 2)) {
            QVERIFY2(accounts.value(name) == 1, qPrintable(name));
        }
    }
}

void TestDmctlImport::secondRunCreatesNothingNew()
{
    const DmctlRun run = importFile(m_platform);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QCOMPARE(rejectedRows(run.err), expectedRejections());
    QVERIFY2(run.out.contains(QLatin1String("0 created, 480 skipped (already exist), 0 failed, 20 rejected")),
             qPrintable(run.out));
    QCOMPARE(rosterAccounts(*m_platform.sandbox).size(), 480);
}

void TestDmctlImport::killedRunResumesWithoutDoubles()
{
    Platform fresh;
    QVERIFY(startPlatform(fresh, QStringLiteral("killed")));
    QProcess dmctl;
    dmctl.setProcessEnvironment(environment(fresh));
    dmctl.start(QStringLiteral(DMCTL_PATH), {QStringLiteral("accounts"), QStringLiteral("import"), m_file,
                                             QStringLiteral("--sandbox-config"), fresh.configPath});
    QVERIFY(dmctl.waitForStarted(10000));
    // Killed once the platform has some of the rows but not all.
    QTRY_VERIFY_WITH_TIMEOUT(!rosterAccounts(*fresh.sandbox).isEmpty(), dm::test::scaledMs(60000));
    QCOMPARE(dmctl.state(), QProcess::Running);
    dmctl.kill(); // SIGKILL: no cleanup at all
    QVERIFY(dmctl.waitForFinished(10000));
    const int before = int(rosterAccounts(*fresh.sandbox).size());
    QVERIFY2(before > 0 && before < 480, qPrintable(QString::number(before)));

    const DmctlRun run = importFile(fresh);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QCOMPARE(rejectedRows(run.err), expectedRejections());
    static const QRegularExpression summary(
        QStringLiteral("(\\d+) created, (\\d+) skipped \\(already exist\\), 0 failed, "
                       "20 rejected"));
    const auto match = summary.match(run.out);
    QVERIFY2(match.hasMatch(), qPrintable(run.out));
    QCOMPARE(match.captured(1).toInt() + match.captured(2).toInt(), 480);
    const QHash<QString, int> accounts = rosterAccounts(*fresh.sandbox);
    QCOMPARE(accounts.size(), 480);
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        QCOMPARE(it.value(), 1);
    }
}

void TestDmctlImport::badOptionsAreUsageErrors()
{
    QCOMPARE(importFile(m_platform, {QStringLiteral("--encoding"), QStringLiteral("latin1")}).exitCode, 2);
    QCOMPARE(importFile(m_platform, {QStringLiteral("--delivery"), QStringLiteral("pigeon")}).exitCode, 2);
    const DmctlRun missing =
        runDmctl({QStringLiteral("accounts"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("absent.csv")),
                  QStringLiteral("--sandbox-config"), m_platform.configPath},
                 environment(m_platform));
    QCOMPARE(missing.exitCode, 1);
    // A mapping naming a column the file does not have is refused before anything is sent.
    const DmctlRun badMap = importFile(m_platform, {QStringLiteral("--map"), QStringLiteral("传真=mobile")});
    QCOMPARE(badMap.exitCode, 1);
    QVERIFY2(badMap.err.contains(QStringLiteral("传真")), qPrintable(badMap.err));
}

QTEST_GUILESS_MAIN(TestDmctlImport)
#include "tst_dmctl_import.moc"
