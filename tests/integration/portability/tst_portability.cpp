#include "DmctlRunner.h"
#include "ImportFixtures.h"
#include "SandboxProcess.h"
#include "store/Db.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// The whole round trip of a Windows user whose profile folder is `C:\Users\张 三`: every folder the programs use
// (home, data, settings, temporary files, the sandbox's data, the cache) lies under a path with Chinese characters and
// a space, and the files the user names have such names too. The roster comes as Excel on Chinese Windows saves it:
// GBK with CRLF line ends, and as UTF-8 with a byte order mark and CRLF. The real dmsandbox and dmctl, the real
// keychain (with-keyring.sh), TLS over loopback.
class TestPortability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cacheLivesUnderTheChineseProfile();
    void crlfRostersCountAsTheLfOne();
    void importCreatesTheRosterWithoutStrayCarriageReturns();
    void secondRosterVariantCreatesNothingNew();
    void logsExportToChineseFileNames();
    void proofPackInAChineseFolderVerifies();

private:
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments) const;
    [[nodiscard]] QString writeRoster(const QString& fileName, const QByteArray& bytes) const;
    [[nodiscard]] DmctlRun import(const QString& roster, bool dryRun) const;
    // The summary line of an import ("… would be created" or "… created, … skipped …"), for comparing runs.
    [[nodiscard]] static QString summary(const QString& out);
    // Exactly the names in `folder`, as the file system lists them.
    [[nodiscard]] static QStringList namesIn(const QString& folder);

    QTemporaryDir m_root;
    QString m_profile;  // …/张 三
    QString m_dataHome; // …/张 三/AppData/Local
    QString m_work;     // …/张 三/Documents/送达 工作, where the user keeps the files they name
    QString m_configPath;
    QString m_platformDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    dm::test::GeneratedImport m_roster;
    QString m_gbkRoster;
    QString m_lfRoster;
    QString m_bomRoster;
    QString m_createdUnit; // the id of "执行局, 一处"
};

void TestPortability::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_root.isValid());
    m_profile = QDir(m_root.path()).filePath(QStringLiteral("张 三"));
    m_dataHome = m_profile + QStringLiteral("/AppData/Local");
    const QString config = m_profile + QStringLiteral("/AppData/Roaming");
    const QString temp = m_dataHome + QStringLiteral("/Temp");
    m_work = m_profile + QStringLiteral("/Documents/送达 工作");
    for (const QString& folder : {m_dataHome, config, temp, m_work}) {
        QVERIFY(QDir().mkpath(folder));
    }
    // For every child: dmsandbox inherits them from this process, dmctl gets them through runDmctl.
    qputenv("HOME", m_profile.toUtf8());
    qputenv("XDG_DATA_HOME", m_dataHome.toUtf8());
    qputenv("XDG_CONFIG_HOME", config.toUtf8());
    qputenv("XDG_CACHE_HOME", (m_dataHome + QStringLiteral("/Cache")).toUtf8());
    qputenv("TMPDIR", temp.toUtf8());

    m_platformDir = m_dataHome + QStringLiteral("/dmsandbox 数据");
    m_sandbox = std::make_unique<SandboxProcess>(m_platformDir);
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY2(!connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    QVERIFY(m_sandbox->authenticate());
    QVERIFY(QFileInfo(QDir(m_platformDir).filePath(QStringLiteral("platform.db"))).isFile());
    m_configPath = m_work + QStringLiteral("/沙箱 连接.json");
    QVERIFY(writeSandboxConfig(m_configPath, connection));
    // The roster files half its people under a unit the seeded court does not have.
    const auto unit = m_sandbox->call(QStringLiteral("/api/open/unit/createUnit"),
                                      {{QStringLiteral("name"), QStringLiteral("执行局, 一处")}});
    QVERIFY(unit.success);
    m_createdUnit = unit.data.toObject().value(QStringLiteral("unitId")).toString();
    QVERIFY(!m_createdUnit.isEmpty());

    // 40 people, 4 of them with one mistake each: the counts of both kinds must survive the line ends.
    m_roster = dm::test::generateImportCsv(40, 4);
    QCOMPARE(m_roster.validRows, 36);
    QVERIFY(m_roster.csv.contains(QLatin1String("\r\n")));
    QStringEncoder gbk("GB18030");
    QVERIFY(gbk.isValid());
    const QByteArray gbkBytes = gbk.encode(m_roster.csv);
    QVERIFY(!gbk.hasError());
    m_gbkRoster = writeRoster(QStringLiteral("名单 第一批.csv"), gbkBytes);
    QString lf = m_roster.csv;
    lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QVERIFY(!lf.contains(QLatin1Char('\r')));
    m_lfRoster = writeRoster(QStringLiteral("名单 换行.csv"), lf.toUtf8());
    m_bomRoster = writeRoster(QStringLiteral("名单 第二批.csv"), QByteArray("\xEF\xBB\xBF") + m_roster.csv.toUtf8());
    for (const QString& path : {m_gbkRoster, m_lfRoster, m_bomRoster}) {
        QVERIFY(!path.isEmpty());
    }

    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
}

void TestPortability::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestPortability::dmctl(const QStringList& arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the profile's folders, set above
    env.insert(QStringLiteral("DM_TEST_SIGN_PASSWORD"), QStringLiteral("court-pass"));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env);
}

QString TestPortability::writeRoster(const QString& fileName, const QByteArray& bytes) const
{
    const QString path = QDir(m_work).filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

DmctlRun TestPortability::import(const QString& roster, bool dryRun) const
{
    QStringList arguments{QStringLiteral("accounts"), QStringLiteral("import"), roster};
    if (dryRun) {
        arguments << QStringLiteral("--dry-run");
    }
    return dmctl(arguments);
}

QString TestPortability::summary(const QString& out)
{
    static const QRegularExpression line(QStringLiteral("^.*(would be created|created, ).*$"),
                                         QRegularExpression::MultilineOption);
    return line.match(out).captured(0);
}

QStringList TestPortability::namesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void TestPortability::cacheLivesUnderTheChineseProfile()
{
    // The encrypted cache sync made, under the data folder of 张 三 and nowhere else.
    QStringList caches;
    QDirIterator it(m_dataHome, {QStringLiteral("*.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.startsWith(m_platformDir + u'/')) {
            caches << path;
        }
    }
    QVERIFY2(caches.size() == 1, qPrintable(caches.join(u'\n')));
    QVERIFY2(caches.first().startsWith(m_dataHome + u'/') && caches.first().contains(QLatin1String("/cache/")),
             qPrintable(caches.first()));
    const DmctlRun verified = dmctl({QStringLiteral("cache"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

void TestPortability::crlfRostersCountAsTheLfOne()
{
    const DmctlRun lf = import(m_lfRoster, true);
    QVERIFY2(lf.exitCode == 3, qPrintable(lf.out + lf.err)); // 3: rows rejected
    QVERIFY2(summary(lf.out).contains(QLatin1String("36 would be created")), qPrintable(lf.out));
    QCOMPARE(lf.err.count(QLatin1String("rejected: ")), 4);
    for (const QString& roster : {m_gbkRoster, m_bomRoster}) {
        const DmctlRun crlf = import(roster, true);
        QVERIFY2(crlf.exitCode == lf.exitCode, qPrintable(crlf.out + crlf.err));
        QCOMPARE(summary(crlf.out), summary(lf.out));
        QCOMPARE(crlf.err.count(QLatin1String("rejected: ")), 4);
        QVERIFY(!crlf.err.contains(QLatin1Char('\r')));
    }
    // A dry run sends nothing.
    const DmctlRun listed = dmctl({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--keyword"),
                                   QStringLiteral("user"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY(!listed.out.contains(QLatin1String("\"user00")));
}

void TestPortability::importCreatesTheRosterWithoutStrayCarriageReturns()
{
    const DmctlRun run = import(m_gbkRoster, false);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QVERIFY2(summary(run.out).contains(QLatin1String("36 created, 0 skipped (already exist), 0 failed, 4 rejected")),
             qPrintable(run.out));

    const DmctlRun listed =
        dmctl({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--keyword"), QStringLiteral("user"),
               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    int accounts = 0;
    QSet<QString> unitsByParity[2]; // odd rows go to 民一庭, even ones to "执行局, 一处"
    for (const QString& line : listed.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject account = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString name = account.value(QStringLiteral("account")).toString();
        if (!name.startsWith(QLatin1String("user"))) {
            continue;
        }
        ++accounts;
        for (auto field = account.constBegin(); field != account.constEnd(); ++field) {
            QVERIFY2(!field.value().toString().contains(QLatin1Char('\r')), qPrintable(name + u' ' + field.key()));
        }
        // Row i of the roster: its name, case number and unit exactly as written, the last column included.
        const int i = name.mid(4).toInt();
        QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("测试人员%1").arg(i));
        QCOMPARE(account.value(QStringLiteral("caseNumber")).toString(),
                 QStringLiteral("(2024)京0105民初%1号").arg(1000 + i));
        unitsByParity[i % 2].insert(account.value(QStringLiteral("unit")).toString());
    }
    QCOMPARE(accounts, 36);
    // The unit is the last column, where a stray '\r' would land: each of the two names found its one unit.
    QCOMPARE(unitsByParity[0].size(), 1);
    QCOMPARE(unitsByParity[1].size(), 1);
    QCOMPARE(unitsByParity[0], QSet<QString>{m_createdUnit});
    QVERIFY(unitsByParity[1] != unitsByParity[0] && !unitsByParity[1].values().first().isEmpty());

    // One account in full: every line of `accounts get` ends at its newline, with no carriage return before it.
    const DmctlRun one = dmctl({QStringLiteral("accounts"), QStringLiteral("get"), QStringLiteral("user0001")});
    QVERIFY2(one.exitCode == 0, qPrintable(one.out + one.err));
    QVERIFY2(one.out.contains(QStringLiteral("测试人员1\n")), qPrintable(one.out));
    QVERIFY2(one.out.contains(QStringLiteral("unit: %1\n").arg(unitsByParity[1].values().first())),
             qPrintable(one.out));
    QVERIFY(!one.out.contains(QLatin1Char('\r')));
}

void TestPortability::secondRosterVariantCreatesNothingNew()
{
    const DmctlRun run = import(m_bomRoster, false);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QVERIFY2(summary(run.out).contains(QLatin1String("0 created, 36 skipped (already exist), 0 failed, 4 rejected")),
             qPrintable(run.out));
}

void TestPortability::logsExportToChineseFileNames()
{
    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
    const QString exports = m_work + QStringLiteral("/导出 文件");
    QVERIFY(QDir().mkpath(exports));
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString name = QStringLiteral("导出 结果.") + format;
        const DmctlRun run =
            dmctl({QStringLiteral("logs"), QStringLiteral("export"), QStringLiteral("--type"), QStringLiteral("mail"),
                   QStringLiteral("--format"), format, QStringLiteral("--output"), QDir(exports).filePath(name)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(namesIn(exports).contains(name), qPrintable(namesIn(exports).join(u'|')));
        QVERIFY(QFileInfo(QDir(exports).filePath(name)).size() > 0);
    }
    // Exactly the two files asked for: no temporary left behind, no name mangled into another.
    QCOMPARE(namesIn(exports), (QStringList{QStringLiteral("导出 结果.csv"), QStringLiteral("导出 结果.xlsx")}));

    // The CSV holds what `logs search` prints for the same rows, and reads back with every row on one line.
    QFile csv(QDir(exports).filePath(QStringLiteral("导出 结果.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    const DmctlRun search = dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"),
                                   QStringLiteral("mail"), QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--limit"), QStringLiteral("1000000")});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    const qsizetype searched = search.out.count(u'\n');
    QVERIFY(searched > 1);
    QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QCOMPARE(text.count(u'\n'), searched);
}

void TestPortability::proofPackInAChineseFolderVerifies()
{
    // A document handed to one of the seeded recipients, read from the platform's own database in the Chinese path.
    QFile keyFile(QDir(m_platformDir).filePath(QStringLiteral("platform.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    auto db = dm::Db::open(QDir(m_platformDir).filePath(QStringLiteral("platform.db")), keyFile.readAll());
    QVERIFY(db);
    auto statement = db->prepare("SELECT message_id, recipient FROM mail_logs WHERE direction = 'in' ORDER BY id "
                                 "LIMIT 1");
    QVERIFY(statement);
    const auto row = statement->step();
    QVERIFY(row && *row);
    const QString messageId = statement->text(0);
    const QString recipient = statement->text(1);

    const QString packs = m_work + QStringLiteral("/证据包 第一案");
    QVERIFY(QDir().mkpath(packs));
    const DmctlRun made = dmctl({QStringLiteral("proof"), QStringLiteral("make"), QStringLiteral("--message-id"),
                                 messageId, QStringLiteral("--recipient"), recipient, QStringLiteral("--court"),
                                 QStringLiteral("广州市越秀区人民法院"), QStringLiteral("--output"), packs});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out + made.err));
    const QStringList names = namesIn(packs);
    QCOMPARE(names.size(), 1);
    QVERIFY2(names.first().startsWith(QStringLiteral("送达证据包_")) && names.first().endsWith(QLatin1String(".zip")),
             qPrintable(names.first()));
    const QString pack = QDir(packs).filePath(names.first());
    QCOMPARE(made.out.trimmed().split(u'\t').value(0), pack); // the path dmctl reports is the file that is there

    const DmctlRun verified = dmctl({QStringLiteral("proof"), QStringLiteral("verify"), pack});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
}

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
