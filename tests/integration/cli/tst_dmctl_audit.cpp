#include "DmctlRunner.h"
#include "LedgerForgery.h"
#include "SandboxProcess.h"
#include "SecretTool.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dm;

// The audit ledger through dmctl against the real dmsandbox and the real keyring: exports time-stamp the ledger's
// head with the sandbox's RFC 3161 TSA, openssl accepts the anchors as they lie on disk, `audit verify` names every
// kind of tampering (done to the file with its keys, as the sqlite3 shell of SQLCipher would), and a rebuild keeps
// the ledger where `audit verify --archive` still checks it.
class TestDmctlAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportsAreAnchoredAndOpensslAgrees();
    void anchorsOnlyWhenTheHeadMoved();
    void tamperingIsCaught_data();
    void tamperingIsCaught();
    void aRebuildKeepsTheLedger();
    void changesAreHeldAgainstThePlatformsLog();

private:
    [[nodiscard]] DmctlRun dmctl(const QStringList& arguments, const QByteArray& input = {}) const;
    [[nodiscard]] QString cachePath() const;
    [[nodiscard]] QString ledgerFolder() const;
    // The cache opened with the keys the keyring holds for it, as someone with the user's rights could.
    [[nodiscard]] std::optional<Db> openCache() const;
    [[nodiscard]] std::shared_ptr<const LedgerKey> ledgerKey() const;
    // Runs `audit verify` on the cache as `forge` leaves it, then puts the cache back as it was.
    [[nodiscard]] DmctlRun verifyForged(const std::function<bool(Db&)>& forge);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
};

void TestDmctlAudit::initTestCase()
{
    const QString keyringHome = qEnvironmentVariable("DM_TEST_KEYRING_HOME");
    if (keyringHome.isEmpty() || keyringHome != QDir::homePath()) {
        QFAIL("run this test through tests/integration/secrets/with-keyring.sh (ctest does)");
    }
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection = m_sandbox->start(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QVERIFY(!connection.isEmpty());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));
    // Before any sync there is no operation log to hold the ledger against, and verify says so.
    const DmctlRun unsynced = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(unsynced.exitCode == 0, qPrintable(unsynced.out + unsynced.err));
    QVERIFY2(unsynced.out.contains(QLatin1String("platform: not checked")), qPrintable(unsynced.out));
    const DmctlRun sync = dmctl({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, qPrintable(sync.out + sync.err));
    // A fresh ledger: nothing to check yet, and it says so without failing.
    const DmctlRun empty = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.out + empty.err));
    QVERIFY2(empty.out.contains(QLatin1String("anchors: none")), qPrintable(empty.out));
}

void TestDmctlAudit::cleanupTestCase()
{
    m_sandbox.reset();
}

DmctlRun TestDmctlAudit::dmctl(const QStringList& arguments, const QByteArray& input) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return runDmctl(arguments + QStringList{QStringLiteral("--sandbox-config"), m_configPath}, env, input);
}

QString TestDmctlAudit::cachePath() const
{
    const QDir cache(m_dir.filePath(QStringLiteral("data/dmadmin/dmadmin/cache")));
    const QStringList files = cache.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    return files.size() == 1 ? cache.filePath(files.constFirst()) : QString();
}

QString TestDmctlAudit::ledgerFolder() const
{
    return m_dir.filePath(QStringLiteral("data/dmadmin/dmadmin/cache/ledger/") +
                          QFileInfo(cachePath()).completeBaseName());
}

std::shared_ptr<const LedgerKey> TestDmctlAudit::ledgerKey() const
{
    auto stored =
        lookUpInKeyring(QStringLiteral("dmadmin/%1/ledger-key").arg(QFileInfo(cachePath()).completeBaseName()));
    return stored ? LedgerKey::fromStored(*stored) : nullptr;
}

std::optional<Db> TestDmctlAudit::openCache() const
{
    const auto key =
        lookUpInKeyring(QStringLiteral("dmadmin/%1/cache-key").arg(QFileInfo(cachePath()).completeBaseName()));
    if (!key) {
        return std::nullopt;
    }
    auto db = Db::open(cachePath(), QByteArray::fromHex(*key));
    if (!db) {
        return std::nullopt;
    }
    db->setLedgerKey(ledgerKey());
    return std::move(*db);
}

void TestDmctlAudit::exportsAreAnchoredAndOpensslAgrees()
{
    const DmctlRun exported =
        dmctl({QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("login"),
               QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(!exported.err.contains(QLatin1String("warning")), qPrintable(exported.err));

    const DmctlRun verified = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("ledger: ok, 1 entry,")), qPrintable(verified.out));
    QVERIFY2(verified.out.contains(QLatin1String("anchors: ok, 1 verified against the chain the sandbox publishes; "
                                                 "the newest names entry 1")),
             qPrintable(verified.out));

    // The anchor as it lies outside the cache, held to tools this project did not write.
    const QDir folder(ledgerFolder());
    for (const char* name : {"anchor-1.tsr", "anchor-1.txt", "tsa-chain.pem"}) {
        const QFileInfo file(folder.filePath(QLatin1String(name)));
        QVERIFY2(file.exists(), name);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
    QProcess sha256sum;
    sha256sum.start(QStringLiteral("sha256sum"), {folder.filePath(QStringLiteral("anchor-1.txt"))});
    QVERIFY(sha256sum.waitForFinished(10000));
    const QString digest = QString::fromLatin1(sha256sum.readAllStandardOutput()).section(u' ', 0, 0);
    QCOMPARE(digest.size(), 64);
    QFile chainFile(folder.filePath(QStringLiteral("tsa-chain.pem")));
    QVERIFY(chainFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(chainFile.readAll(), QSsl::Pem);
    QCOMPARE(chain.size(), 2);
    for (const auto& [name, certificate] :
         {std::pair{QStringLiteral("tsa.pem"), chain.at(0)}, std::pair{QStringLiteral("ca.pem"), chain.at(1)}}) {
        QFile out(m_dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(certificate.toPem());
    }
    const auto opensslVerify = [&](const QString& hexDigest) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"), hexDigest,
                       QStringLiteral("-in"), folder.filePath(QStringLiteral("anchor-1.tsr")),
                       QStringLiteral("-CAfile"), m_dir.filePath(QStringLiteral("ca.pem")),
                       QStringLiteral("-untrusted"), m_dir.filePath(QStringLiteral("tsa.pem"))});
        openssl.waitForFinished(30000);
        return QString::fromLatin1(openssl.readAll());
    };
    QVERIFY2(opensslVerify(digest).contains(QLatin1String("Verification: OK")), qPrintable(opensslVerify(digest)));
    QVERIFY(opensslVerify(QString(64, u'0')).contains(QLatin1String("Verification: FAILED")));

    // What was stamped names entry 1 by the seal the ledger holds.
    QFile text(folder.filePath(QStringLiteral("anchor-1.txt")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    auto db = openCache();
    QVERIFY(db);
    auto entries = AuditLedger(*db).recent(1);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(QString::fromUtf8(text.readAll()), QStringLiteral("dmadmin audit ledger anchor v1\nentry 1\nseal %1\n")
                                                    .arg(QString::fromLatin1(entries->constFirst().hash.toHex())));
    QCOMPARE(entries->constFirst().action, QStringLiteral("exportLogs"));
}

void TestDmctlAudit::anchorsOnlyWhenTheHeadMoved()
{
    const DmctlRun nothing = dmctl({QStringLiteral("audit"), QStringLiteral("anchor")});
    QVERIFY2(nothing.exitCode == 0, qPrintable(nothing.err));
    QVERIFY2(nothing.out.contains(QLatin1String("Nothing new")), qPrintable(nothing.out));

    // A mutation is recorded, but it is not an export: the head moves and stays unanchored until asked.
    const DmctlRun created = dmctl({QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                                    QStringLiteral("audit.anchor1"), QStringLiteral("--name"),
                                    QStringLiteral("郑受送达"), QStringLiteral("--personal"), QStringLiteral("-")},
                                   "mobile=13800138077\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const DmctlRun behind = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(behind.exitCode == 0, qPrintable(behind.err));
    QVERIFY2(behind.out.contains(QLatin1String("after the newest anchor: 1 entry,")), qPrintable(behind.out));

    const DmctlRun anchored = dmctl({QStringLiteral("audit"), QStringLiteral("anchor")});
    QVERIFY2(anchored.exitCode == 0, qPrintable(anchored.err));
    QVERIFY2(anchored.out.contains(QLatin1String("Entry 2 time-stamped")), qPrintable(anchored.out));
    const DmctlRun listed = dmctl({QStringLiteral("audit"), QStringLiteral("list")});
    QVERIFY2(listed.out.startsWith(QLatin1String("2\t")) && listed.out.contains(QLatin1String("\tcreateAccount\t")),
             qPrintable(listed.out));
    QVERIFY2(!listed.out.contains(QLatin1String("13800138077")), qPrintable(listed.out));
    QVERIFY(QFile::exists(QDir(ledgerFolder()).filePath(QStringLiteral("anchor-2.tsr"))));
}

void TestDmctlAudit::tamperingIsCaught_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<QString>("named");
    QTest::newRow("a row changed") << QStringLiteral("change") << QStringLiteral("ledger: BROKEN at entry 1");
    QTest::newRow("a row deleted") << QStringLiteral("delete") << QStringLiteral("ledger: BROKEN at entry 1");
    QTest::newRow("a trigger dropped") << QStringLiteral("drop") << QStringLiteral("audit_ledger_no_update");
    QTest::newRow("an unkeyed chain recomputed")
        << QStringLiteral("plain") << QStringLiteral("ledger: BROKEN at entry 1");
    // The user, who can read the keychain, rewrites history and reseals it: the anchors outside the cache catch it.
    QTest::newRow("resealed with the ledger key")
        << QStringLiteral("reseal") << QStringLiteral("anchors: BROKEN at anchor 1");
    QTest::newRow("resealed, and the cache's anchors deleted")
        << QStringLiteral("reseal-drop-anchors") << QStringLiteral("anchors: BROKEN at anchor 1");
}

void TestDmctlAudit::tamperingIsCaught()
{
    QFETCH(QString, tampering);
    QFETCH(QString, named);
    const QString path = cachePath();
    const QString backup = m_dir.filePath(QStringLiteral("cache-backup.sqlite"));
    QFile::remove(backup);
    QVERIFY(QFile::copy(path, backup));
    {
        auto db = openCache();
        QVERIFY(db);
        const std::shared_ptr<const LedgerKey> key = ledgerKey();
        QVERIFY(key);
        if (tampering == QLatin1String("drop")) {
            QVERIFY(db->exec("DROP TRIGGER audit_ledger_no_update"));
        } else if (tampering == QLatin1String("delete")) {
            QVERIFY(ledgertest::dropGuards(*db));
            QVERIFY(db->exec("DELETE FROM audit_ledger WHERE sequence = 1"));
        } else {
            QVERIFY(ledgertest::dropGuards(*db));
            QVERIFY(db->exec("UPDATE audit_ledger SET detail = '0 rows as csv' WHERE sequence = 1"));
            if (tampering == QLatin1String("plain")) {
                QVERIFY(ledgertest::rechain(*db, 1, &ledgertest::plainHash));
                QVERIFY(db->exec(schema::ledgerGuards()));
            } else if (tampering.startsWith(QLatin1String("reseal"))) {
                QVERIFY(ledgertest::rechain(
                    *db, 1, [key](const AuditEntry& entry) { return AuditLedger::entryHash(entry, *key); }));
                QVERIFY(db->exec(schema::ledgerGuards()));
                if (tampering == QLatin1String("reseal-drop-anchors")) {
                    QVERIFY(db->exec("DROP TRIGGER audit_anchor_no_delete; DELETE FROM audit_anchor; CREATE TRIGGER "
                                     "audit_anchor_no_delete BEFORE DELETE ON audit_anchor BEGIN SELECT RAISE(ABORT, "
                                     "'ledger anchors are append-only'); END"));
                }
            } else {
                QVERIFY(db->exec(schema::ledgerGuards()));
            }
        }
    }
    const DmctlRun verified = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QFile::remove(path);
    QVERIFY(QFile::copy(backup, path));
    QCOMPARE(verified.exitCode, 1);
    QVERIFY2(verified.out.contains(named), qPrintable(verified.out + verified.err));
    qInfo().noquote() << QTest::currentDataTag() << "->"
                      << verified.out.trimmed().replace(u'\n', QStringLiteral(" | "));
    // The file as it was passes again.
    QCOMPARE(dmctl({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

void TestDmctlAudit::aRebuildKeepsTheLedger()
{
    const DmctlRun rebuilt = dmctl({QStringLiteral("cache"), QStringLiteral("rebuild")});
    QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
    const QDir folder(ledgerFolder());
    const QStringList kept = folder.entryList({QStringLiteral("kept-*")}, QDir::Dirs);
    QCOMPARE(kept.size(), 1);
    const QString archive = folder.filePath(kept.constFirst() + QStringLiteral("/ledger.jsonl"));
    QVERIFY2(rebuilt.err.contains(QDir::toNativeSeparators(archive)), qPrintable(rebuilt.err));
    // The anchors went with it: the new ledger starts with a clean folder.
    QVERIFY(QFile::exists(folder.filePath(kept.constFirst() + QStringLiteral("/anchor-2.tsr"))));
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("anchor-1.tsr"))));

    const DmctlRun checked =
        dmctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--archive"), archive});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    QVERIFY2(checked.out.contains(QLatin1String("ledger: ok, 2 entries")), qPrintable(checked.out));
    QVERIFY2(checked.out.contains(QLatin1String("anchors: ok, 2 verified")), qPrintable(checked.out));

    // The new ledger begins by saying where the old one went.
    const DmctlRun listed = dmctl({QStringLiteral("audit"), QStringLiteral("list")});
    QVERIFY2(listed.out.startsWith(QLatin1String("1\t")) && listed.out.contains(QLatin1String("\trebuildCache\t")) &&
                 listed.out.contains(kept.constFirst()),
             qPrintable(listed.out));
    QCOMPARE(dmctl({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

    // A kept ledger edited afterwards fails as a live one would.
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    file.close();
    QVERIFY(content.contains("\"5 rows as csv\""));
    content.replace("\"5 rows as csv\"", "\"0 rows as csv\"");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const DmctlRun broken =
        dmctl({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--archive"), archive});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.contains(QLatin1String("ledger: BROKEN at entry 1")), qPrintable(broken.out));
}

DmctlRun TestDmctlAudit::verifyForged(const std::function<bool(Db&)>& forge)
{
    const QString path = cachePath();
    const QString backup = m_dir.filePath(QStringLiteral("cache-backup.sqlite"));
    QFile::remove(backup);
    if (!QFile::copy(path, backup)) {
        return {};
    }
    bool forged = false;
    if (auto db = openCache()) {
        forged = forge(*db);
    }
    DmctlRun verified = forged ? dmctl({QStringLiteral("audit"), QStringLiteral("verify")}) : DmctlRun{};
    QFile::remove(path);
    QFile::copy(backup, path);
    return verified;
}

void TestDmctlAudit::changesAreHeldAgainstThePlatformsLog()
{
    const DmctlRun created = dmctl({QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                                    QStringLiteral("audit.cross1"), QStringLiteral("--name"),
                                    QStringLiteral("冯受送达"), QStringLiteral("--personal"), QStringLiteral("-")},
                                   "mobile=13800138078\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    // Made after the last sync of the operation log: not yet checked.
    const DmctlRun unsynced = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(unsynced.exitCode == 0, qPrintable(unsynced.out + unsynced.err));
    QVERIFY2(unsynced.out.contains(QLatin1String("platform: 0 of 0 changes up to")), qPrintable(unsynced.out));
    // A log pass ends two seconds before now (LogSyncOptions::settle): the change is older than that when it syncs.
    QTest::qWait(2500);
    const DmctlRun synced = dmctl({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));

    const DmctlRun verified = dmctl({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    QVERIFY2(verified.out.contains(QLatin1String("platform: 1 of 1 change up to")), qPrintable(verified.out));
    QVERIFY2(!verified.out.contains(QLatin1String("\tcreateAccount\taudit.cross1@")), qPrintable(verified.out));
    // The account made before the rebuild: its entry went to the kept ledger, so the new one does not have it.
    QVERIFY2(verified.out.contains(QLatin1String("\tcreateAccount\taudit.anchor1@")), qPrintable(verified.out));

    // Someone with the ledger key seals a claim the platform never saw: the seals hold, the platform contradicts it.
    const std::shared_ptr<const LedgerKey> key = ledgerKey();
    QVERIFY(key);
    const DmctlRun claimed = verifyForged([key](Db& db) {
        db.setLedgerKey(key);
        AuditEntry claim;
        claim.operatorName = AuditLedger::currentOperator();
        claim.action = QStringLiteral("createAccount");
        claim.target = QStringLiteral("audit.ghost");
        claim.result = QStringLiteral("ok");
        claim.time = QDateTime::currentMSecsSinceEpoch() - 60000; // before the last sync
        return AuditLedger(db).append(claim).hasValue();
    });
    QCOMPARE(claimed.exitCode, 1);
    QVERIFY2(claimed.out.contains(QLatin1String("ledger: ok")), qPrintable(claimed.out));
    QVERIFY2(claimed.out.contains(QRegularExpression(QStringLiteral(
                 "platform: CONTRADICTED: entry 3 \\([^)]*createAccount audit\\.ghost\\) is recorded as done"))),
             qPrintable(claimed.out));

    // The same user removes the entry of a change they made, after the newest anchor, and reseals the head: the
    // seals hold again, and the platform's log shows the change the ledger no longer has.
    const DmctlRun removed = verifyForged([](Db& db) {
        auto entries = AuditLedger(db).recent(2);
        if (!entries || entries->size() != 2 || entries->at(0).target != QLatin1String("audit.cross1")) {
            return false;
        }
        auto head = db.prepare("UPDATE audit_ledger_head SET sequence = ?1, hash = ?2 WHERE id = 1");
        return ledgertest::dropGuards(db) && db.exec("DELETE FROM audit_ledger WHERE sequence = 2") && head &&
               head->bind(1, entries->at(1).sequence).bindBlob(2, entries->at(1).hash).run() &&
               db.exec(schema::ledgerGuards());
    });
    QCOMPARE(removed.exitCode, 0);
    QVERIFY2(removed.out.contains(QLatin1String("ledger: ok, 1 entry,")), qPrintable(removed.out));
    QVERIFY2(removed.out.contains(QLatin1String("platform: 0 of 0 changes")), qPrintable(removed.out));
    QVERIFY2(removed.out.contains(QLatin1String("\tcreateAccount\taudit.cross1@")), qPrintable(removed.out));
    QCOMPARE(dmctl({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestDmctlAudit)
#include "tst_dmctl_audit.moc"
