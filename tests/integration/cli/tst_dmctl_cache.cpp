#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The local cache end to end, through the real dmctl and the real keychain (with-keyring.sh): sync, search with the
// platform gone, verify, a sync killed with SIGKILL and resumed, a damaged file, and no plaintext anywhere.
class TestDmctlCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncFillsTheCacheAndMatchesThePlatform();
    void verifyFindsTheCacheSound();
    void nothingReadableIsLeftOnDisk();
    void killedSyncResumesToTheSameResult();
    void damagedFileIsDetectedAndRebuilt();
    void searchWorksWithThePlatformGone();

private:
    [[nodiscard]] QStringList connect() const { return {QStringLiteral("--sandbox-config"), m_configPath}; }
    // A private data folder per cache: the cache lives under XDG_DATA_HOME, the keychain is shared.
    [[nodiscard]] QProcessEnvironment environment(const QString& dataHome) const;
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments, const QString& dataHome = QStringLiteral("main")) const;
    [[nodiscard]] QString cachePath(const QString& dataHome) const;
    // Every log as CSV, oldest rows last: what two caches must agree on.
    [[nodiscard]] QString everyLog(const QString& dataHome) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
    QList<QJsonObject> m_accounts; // a sample of the platform's accounts with their personal data
};

void TestDmctlCache::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    // About 60,000 log rows: long enough to interrupt a sync, short enough for a test. Frozen, so that two syncs
    // see the same platform.
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("60000"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY(!connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));

    QVERIFY(m_sandbox->authenticate());
    const auto page =
        m_sandbox->call(QStringLiteral("/api/open/delivery/account/list"), {{QStringLiteral("pageSize"), 200}});
    QVERIFY(page.success);
    for (const QJsonValue& account : page.data.toObject().value(QStringLiteral("items")).toArray()) {
        if (!account.toObject().value(QStringLiteral("idNumber")).toString().isEmpty()) {
            m_accounts.append(account.toObject());
        }
    }
    QVERIFY(m_accounts.size() >= 50);
}

void TestDmctlCache::cleanupTestCase()
{
    m_sandbox.reset();
}

QProcessEnvironment TestDmctlCache::environment(const QString& dataHome) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(dataHome));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

DmctlRun TestDmctlCache::dmctl(const QStringList& arguments, const QString& dataHome) const
{
    return runDmctl(arguments + connect(), environment(dataHome));
}

QString TestDmctlCache::cachePath(const QString& dataHome) const
{
    QDirIterator files(m_dir.filePath(dataHome), {QStringLiteral("*.sqlite")}, QDir::Files,
                       QDirIterator::Subdirectories);
    return files.hasNext() ? files.next() : QString();
}

QString TestDmctlCache::everyLog(const QString& dataHome) const
{
    QString all;
    for (const char* type : {"login", "mail", "operation"}) {
        const DmctlRun run = dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"),
                                    QString::fromLatin1(type), QStringLiteral("--limit"), QStringLiteral("1000000"),
                                    QStringLiteral("--format"), QStringLiteral("csv")},
                                   dataHome);
        if (run.exitCode != 0) {
            return QStringLiteral("search failed: ") + run.err;
        }
        all += run.out;
    }
    return all;
}

void TestDmctlCache::syncFillsTheCacheAndMatchesThePlatform()
{
    const DmctlRun run = dmctl({QStringLiteral("sync")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    for (const char* stream : {"accounts", "policy", "operations", "logins", "mail"}) {
        QVERIFY2(run.out.contains(QLatin1String(stream) + QLatin1String(": ")), qPrintable(run.out));
    }
    QVERIFY2(!run.err.contains(QLatin1String("gap:")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("rows/s")), qPrintable(run.err)); // progress went to stderr

    // A second sync of a frozen platform finds nothing new and still matches.
    const DmctlRun again = dmctl({QStringLiteral("sync"), QStringLiteral("--stream"), QStringLiteral("logins")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY2(again.out.contains(QLatin1String("logins: 0 rows written")), qPrintable(again.out));
}

void TestDmctlCache::verifyFindsTheCacheSound()
{
    const DmctlRun run = dmctl({QStringLiteral("cache"), QStringLiteral("verify")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("integrity: ok")));
    QVERIFY(run.out.contains(QLatin1String("ledger: ok")));
}

void TestDmctlCache::nothingReadableIsLeftOnDisk()
{
    QList<QByteArray> secrets;
    for (const QJsonObject& account : std::as_const(m_accounts)) {
        for (const char* field : {"name", "mobile", "idNumber", "jobNumber"}) {
            const QString value = account.value(QLatin1String(field)).toString();
            if (value.size() >= 2) {
                secrets << value.toUtf8(); // six bytes at least: a chance match in ciphertext is out of reach
            }
        }
    }
    secrets << m_sandbox->connection().value(QStringLiteral("authCode")).toString().toUtf8();
    // A subject every seeded document carries, and the court's name.
    secrets << QStringLiteral("案件的").toUtf8();

    int filesScanned = 0;
    // Everything dmctl may have written: the cache and its companions, settings, anything else under the folders.
    for (const QString& root : {m_dir.filePath(QStringLiteral("main")), m_dir.filePath(QStringLiteral("config"))}) {
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++filesScanned;
            for (qsizetype i = 0; i < secrets.size(); ++i) {
                QVERIFY2(!bytes.contains(secrets.at(i)),
                         qPrintable(QStringLiteral("%1 holds known value #%2").arg(path).arg(i)));
            }
            if (path.contains(QLatin1String(".sqlite"))) {
                QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(path));
                // Access and refresh tokens are 32 base64url characters; encrypted pages never hold such a run.
                static const QRegularExpression tokenShape(QStringLiteral("[A-Za-z0-9_-]{32}"));
                QVERIFY2(!tokenShape.match(QString::fromLatin1(bytes)).hasMatch(), qPrintable(path));
            }
        }
    }
    QVERIFY(filesScanned >= 1);
    QVERIFY(!cachePath(QStringLiteral("main")).isEmpty());
}

void TestDmctlCache::killedSyncResumesToTheSameResult()
{
    const QString clean = everyLog(QStringLiteral("main"));
    QVERIFY(clean.count(QLatin1Char('\n')) > 50000);

    // Every answer half a second late, so that the sync is still in the mail log when its progress line (one a
    // second) shows a committed batch: unhindered, this court's mails take a fraction of a second.
    QVERIFY(
        m_sandbox
            ->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), QStringLiteral("latency=1:500")}})
            .success);
    QProcess sync;
    sync.setProcessEnvironment(environment(QStringLiteral("killed")));
    sync.start(QStringLiteral(DMCTL_PATH), QStringList{QStringLiteral("sync")} + connect());
    QVERIFY(sync.waitForStarted());
    // Kill it in the middle of the mail log, the first log a sync downloads, while it loads: after its first
    // committed batch (10,000 rows, handed to the writer when they are read; progress is told once a page is in, and
    // the line that shows 12,000 comes well after that batch was written). The kill leaves the mails without their
    // scattered indexes (sender, recipient) and subject index, and the resumed run must build them as well as fetch
    // the rest.
    QByteArray progress;
    static const QRegularExpression midMails(QStringLiteral("sync mail \\(\\d/\\d\\): (1[2-9]|[2-9]\\d)\\d{3} of"));
    while (!midMails.match(QString::fromUtf8(progress)).hasMatch()) {
        QVERIFY2(sync.state() == QProcess::Running, progress.constData());
        sync.waitForReadyRead(100);
        progress += sync.readAllStandardError();
    }
    sync.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(sync.waitForFinished());
    QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
    QVERIFY(m_sandbox->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), QString()}}).success);

    const DmctlRun resumed = dmctl({QStringLiteral("sync")}, QStringLiteral("killed"));
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
    static const QRegularExpression mailsWritten(QStringLiteral("mail: (\\d+) rows written"));
    const auto written = mailsWritten.match(resumed.out);
    QVERIFY2(written.hasMatch(), qPrintable(resumed.out));
    const QString all = everyLog(QStringLiteral("killed"));
    // The resumed run fetched only what the killed one had not committed...
    const DmctlRun cleanCount = dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"),
                                       QStringLiteral("mail"), QStringLiteral("--limit"), QStringLiteral("1000000"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
    const qint64 totalMails = cleanCount.out.count(QLatin1Char('\n')) - 1;
    QVERIFY2(written.captured(1).toLongLong() < totalMails,
             qPrintable(QStringLiteral("%1 of %2").arg(written.captured(1)).arg(totalMails)));
    // ...and the cache holds exactly what a clean sync holds: nothing lost, nothing doubled.
    QCOMPARE(all, clean);
    // The subject index the resumed load filled finds what the clean one finds.
    const QStringList bySubject{QStringLiteral("logs"),    QStringLiteral("search"),    QStringLiteral("--type"),
                                QStringLiteral("mail"),    QStringLiteral("--subject"), QStringLiteral("判决书"),
                                QStringLiteral("--limit"), QStringLiteral("1000000"),   QStringLiteral("--format"),
                                QStringLiteral("csv")};
    const DmctlRun cleanJudgements = dmctl(bySubject);
    QVERIFY(cleanJudgements.out.count(QLatin1Char('\n')) > 100);
    QCOMPARE(dmctl(bySubject, QStringLiteral("killed")).out, cleanJudgements.out);
}

void TestDmctlCache::damagedFileIsDetectedAndRebuilt()
{
    // The profile's own cache: the keychain holds one key per profile, and a rebuild replaces it.
    const QString path = cachePath(QStringLiteral("main"));
    QVERIFY(!path.isEmpty());
    const QString before = everyLog(QStringLiteral("main"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 10);
        // A few bytes inside pages spread over the file, as a failing disk would leave them.
        for (qint64 page = 2; page < pages; page += pages / 5) {
            QVERIFY(file.seek(page * 4096 + 1000));
            QByteArray bytes = file.read(8);
            for (char& byte : bytes) {
                byte = char(~byte);
            }
            QVERIFY(file.seek(page * 4096 + 1000));
            QCOMPARE(file.write(bytes), 8);
        }
    }
    const DmctlRun verify = dmctl({QStringLiteral("cache"), QStringLiteral("verify")}, QStringLiteral("main"));
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(QLatin1String("integrity: FAILED")) ||
                 verify.err.contains(QLatin1String("cannot be opened")),
             qPrintable(verify.out + verify.err));

    // A search either refuses the damaged cache or shows only what it still holds intact: never invented rows.
    const DmctlRun search =
        dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("login"),
               QStringLiteral("--limit"), QStringLiteral("1000000"), QStringLiteral("--format"), QStringLiteral("csv")},
              QStringLiteral("main"));
    if (search.exitCode == 0) {
        for (const QString& line : search.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
            QVERIFY2(before.contains(line), qPrintable(line));
        }
    } else {
        QCOMPARE(search.exitCode, 1);
        QVERIFY2(search.err.contains(QLatin1String("damaged")) || search.err.contains(QLatin1String("rebuil")),
                 qPrintable(search.err));
    }

    const DmctlRun rebuild = dmctl({QStringLiteral("cache"), QStringLiteral("rebuild")}, QStringLiteral("main"));
    QVERIFY2(rebuild.exitCode == 0, qPrintable(rebuild.out + rebuild.err));
    // Before the damaged file went, its audit ledger was kept (or, where the ledger itself is damaged, the file).
    QVERIFY2(rebuild.err.contains(QLatin1String("was kept in")) || rebuild.err.contains(QLatin1String("was moved to")),
             qPrintable(rebuild.err));
    QCOMPARE(everyLog(QStringLiteral("main")), before);
    const DmctlRun sound = dmctl({QStringLiteral("cache"), QStringLiteral("verify")}, QStringLiteral("main"));
    QVERIFY2(sound.out.contains(QLatin1String("integrity: ok")), qPrintable(sound.out + sound.err));
}

void TestDmctlCache::searchWorksWithThePlatformGone()
{
    m_sandbox->stop();
    const DmctlRun mail =
        dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("mail"),
               QStringLiteral("--subject"), QStringLiteral("传票"), QStringLiteral("--limit"), QStringLiteral("50"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(mail.exitCode == 0, qPrintable(mail.err));
    const QStringList lines = mail.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 50);
    for (const QString& line : lines) {
        QVERIFY(QJsonDocument::fromJson(line.toUtf8())
                    .object()
                    .value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("传票")));
    }

    const QString account = m_accounts.constFirst().value(QStringLiteral("accountName")).toString();
    const DmctlRun logins =
        dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("login"),
               QStringLiteral("--account"), account, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(logins.exitCode == 0, qPrintable(logins.err));
    for (const QString& line : logins.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        QCOMPARE(line.section(QLatin1Char(','), 1, 1), account);
    }

    // A sync needs the platform: it says so and keeps the cache as it was.
    const DmctlRun sync = dmctl({QStringLiteral("sync"), QStringLiteral("--stream"), QStringLiteral("logins")});
    QCOMPARE(sync.exitCode, 1);
    const DmctlRun still =
        dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("mail"),
               QStringLiteral("--subject"), QStringLiteral("传票"), QStringLiteral("--limit"), QStringLiteral("50"),
               QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(still.out, mail.out);
}

QTEST_GUILESS_MAIN(TestDmctlCache)
#include "tst_dmctl_cache.moc"
