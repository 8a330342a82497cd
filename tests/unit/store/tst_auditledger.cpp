#include "LedgerForgery.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dm;

namespace {

constexpr int kEntries = 8;

// Tampering needs the key and raw SQL, and first the append-only triggers out of the way.
void dropGuards(Db& db)
{
    QVERIFY(ledgertest::dropGuards(db));
}

void run(Db& db, std::string_view sql, const std::function<void(Stmt&)>& bind = {})
{
    auto statement = db.prepare(sql);
    QVERIFY2(statement, statement ? "" : qPrintable(statement.error().detail));
    if (bind) {
        bind(*statement);
    }
    auto done = statement->run();
    QVERIFY2(done, done ? "" : qPrintable(done.error().detail));
}

AuditEntry storedEntry(Db& db, qint64 sequence)
{
    AuditLedger ledger(db);
    auto entries = ledger.recent(1, sequence + 1);
    return entries && !entries->isEmpty() ? entries->constFirst() : AuditEntry{};
}

} // namespace

class TestAuditLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void appendsAChainThatVerifies();
    void recentPagesNewestFirst();
    void appendJoinsTheCallersTransaction();
    void masksPersonalDataThatSlippedThrough();
    void refusesUpdatesAndDeletesOfHistory();
    void survivesReopening();
    void hashEncodingIsUnambiguous();
    void detectsTampering_data();
    void detectsTampering();
    void aChainRecomputedWithoutTheKeyIsCaught_data();
    void aChainRecomputedWithoutTheKeyIsCaught();
    void aDroppedGuardIsReported();
    void withoutTheKeyNothingIsRecorded();
    void sealsTheEntriesOfAnOlderRelease();
    void refusesToSealABrokenOlderChain();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }
    [[nodiscard]] Db open() const;
    void writePlainLedger(Db& db, int count);
    void fill(Db& db, int count);

    QTemporaryDir m_dir;
    QByteArray m_key;
    std::shared_ptr<const LedgerKey> m_ledgerKey;
};

void TestAuditLedger::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path() + suffix);
    }
    m_key = Db::generateKey();
    m_ledgerKey = LedgerKey::generate();
}

Db TestAuditLedger::open() const
{
    auto db = Db::open(path(), m_key);
    if (!db) {
        qFatal("cannot open the test cache: %s", qPrintable(db.error().detail));
    }
    db->setLedgerKey(m_ledgerKey);
    if (auto migrated = schema::migrate(*db); !migrated) {
        qFatal("cannot migrate the test cache: %s", qPrintable(migrated.error().detail));
    }
    return std::move(db).value();
}

void TestAuditLedger::fill(Db& db, int count)
{
    AuditLedger ledger(db);
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.operatorName = QStringLiteral("clerk");
        entry.action = QStringLiteral("createAccount");
        entry.target = QStringLiteral("zhang%1").arg(i);
        entry.result = QStringLiteral("ok");
        entry.detail = QStringLiteral("张三%1").arg(i);
        auto appended = ledger.append(entry);
        QVERIFY2(appended, appended ? "" : qPrintable(appended.error().detail));
        QCOMPARE(appended->sequence, i);
        QCOMPARE(appended->hash.size(), 32);
    }
}

void TestAuditLedger::appendsAChainThatVerifies()
{
    Db db = open();
    AuditLedger ledger(db);
    auto empty = ledger.verify();
    QVERIFY(empty && empty->intact());
    QCOMPARE(empty->entries, 0);

    fill(db, kEntries);
    auto verdict = ledger.verify();
    QVERIFY(verdict);
    QVERIFY2(verdict->intact(), qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, kEntries);
    QVERIFY(verdict->reason.isEmpty());

    const AuditEntry first = storedEntry(db, 1);
    QCOMPARE(first.previousHash, QByteArray(32, '\0'));
    QVERIFY(first.time > 0);
    QCOMPARE(storedEntry(db, 2).previousHash, first.hash);
    QCOMPARE(AuditLedger::entryHash(first, *m_ledgerKey), first.hash);
    QVERIFY(AuditLedger::entryHash(first, *LedgerKey::generate()) != first.hash);
    QVERIFY(ledgertest::plainHash(first) != first.hash);
}

void TestAuditLedger::recentPagesNewestFirst()
{
    Db db = open();
    fill(db, kEntries);
    AuditLedger ledger(db);
    auto page = ledger.recent(3);
    QVERIFY(page);
    QCOMPARE(page->size(), 3);
    QCOMPARE(page->at(0).sequence, kEntries);
    QCOMPARE(page->at(2).sequence, kEntries - 2);
    auto next = ledger.recent(3, page->constLast().sequence);
    QVERIFY(next);
    QCOMPARE(next->at(0).sequence, kEntries - 3);
    QCOMPARE(next->at(0).target, QStringLiteral("zhang%1").arg(kEntries - 3));
}

void TestAuditLedger::appendJoinsTheCallersTransaction()
{
    Db db = open();
    fill(db, 2);
    AuditLedger ledger(db);
    {
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction);
        AuditEntry entry;
        entry.action = QStringLiteral("deleteAccount");
        QVERIFY(ledger.append(entry));
        // No commit: the mutation this entry described did not happen, and neither did the entry.
    }
    auto verdict = ledger.verify();
    QVERIFY(verdict && verdict->intact());
    QCOMPARE(verdict->entries, 2);
    auto appended = ledger.append(AuditEntry{});
    QVERIFY(appended);
    QCOMPARE(appended->sequence, 3);
    QVERIFY(ledger.verify()->intact());
}

void TestAuditLedger::masksPersonalDataThatSlippedThrough()
{
    Db db = open();
    AuditLedger ledger(db);
    AuditEntry entry;
    entry.action = QStringLiteral("revealMobile");
    entry.target = QStringLiteral("13012344811");
    entry.detail = QStringLiteral("id 440106199001011234 mobile 13012344811");
    QVERIFY(ledger.append(entry));
    const AuditEntry stored = storedEntry(db, 1);
    QCOMPARE(stored.target, QStringLiteral("130****4811"));
    QCOMPARE(stored.detail, QStringLiteral("id 4401**********1234 mobile 130****4811"));
    QVERIFY(ledger.verify()->intact());
}

void TestAuditLedger::refusesUpdatesAndDeletesOfHistory()
{
    Db db = open();
    fill(db, 3);
    auto update = db.exec("UPDATE audit_ledger SET result = 'failed' WHERE sequence = 2");
    QVERIFY(!update);
    QCOMPARE(update.error().kind, DbError::Kind::Constraint);
    QVERIFY(!db.exec("DELETE FROM audit_ledger WHERE sequence = 3"));
    QVERIFY(!db.exec("DELETE FROM audit_ledger_head"));
    QVERIFY(!db.exec("UPDATE audit_ledger_head SET sequence = 2"));
    QVERIFY(AuditLedger(db).verify()->intact());
}

void TestAuditLedger::survivesReopening()
{
    {
        Db db = open();
        fill(db, 3);
    }
    Db db = open();
    AuditLedger ledger(db);
    QVERIFY(ledger.append(AuditEntry{}));
    auto verdict = ledger.verify();
    QVERIFY(verdict && verdict->intact());
    QCOMPARE(verdict->entries, 4);
}

void TestAuditLedger::hashEncodingIsUnambiguous()
{
    AuditEntry a;
    a.action = QStringLiteral("ab");
    a.target = QStringLiteral("c");
    AuditEntry b;
    b.action = QStringLiteral("a");
    b.target = QStringLiteral("bc");
    const LedgerKey& key = *m_ledgerKey;
    QVERIFY(AuditLedger::entryHash(a, key) != AuditLedger::entryHash(b, key));
    AuditEntry c = a;
    c.time = 1;
    QVERIFY(AuditLedger::entryHash(a, key) != AuditLedger::entryHash(c, key));
    QCOMPARE(AuditLedger::entryHash(a, key), AuditLedger::entryHash(a, key));
}

void TestAuditLedger::detectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("firstBad");

    QTest::newRow("changed result") << QStringLiteral("UPDATE audit_ledger SET result = 'ok ' WHERE sequence = 5")
                                    << qint64(5);
    QTest::newRow("changed operator") << QStringLiteral("UPDATE audit_ledger SET operator = 'x' WHERE sequence = 3")
                                      << qint64(3);
    QTest::newRow("changed time") << QStringLiteral("UPDATE audit_ledger SET time = time + 1 WHERE sequence = 1")
                                  << qint64(1);
    QTest::newRow("changed detail") << QStringLiteral("UPDATE audit_ledger SET detail = '' WHERE sequence = 8")
                                    << qint64(8);
    QTest::newRow("changed hash") << QStringLiteral("UPDATE audit_ledger SET hash = zeroblob(32) WHERE sequence = 4")
                                  << qint64(4);
    QTest::newRow("deleted middle") << QStringLiteral("DELETE FROM audit_ledger WHERE sequence = 4") << qint64(4);
    QTest::newRow("deleted first") << QStringLiteral("DELETE FROM audit_ledger WHERE sequence = 1") << qint64(1);
    QTest::newRow("deleted last") << QStringLiteral("DELETE FROM audit_ledger WHERE sequence = 8") << qint64(8);
    QTest::newRow("truncated tail") << QStringLiteral("DELETE FROM audit_ledger WHERE sequence > 5") << qint64(6);
    QTest::newRow("head removed") << QStringLiteral("DELETE FROM audit_ledger_head") << qint64(1);
    QTest::newRow("head moved back")
        << QStringLiteral("UPDATE audit_ledger_head SET sequence = 7, hash = (SELECT hash FROM audit_ledger "
                          "WHERE sequence = 7)")
        << qint64(8);
    QTest::newRow("inserted copy at the end")
        << QStringLiteral("INSERT INTO audit_ledger SELECT 9, time, operator, action, target, result, detail, "
                          "previous_hash, hash FROM audit_ledger WHERE sequence = 8")
        << qint64(9);
    // Swapping the fields of two neighbours, each keeping its place in the sequence.
    QTest::newRow("reordered")
        << QStringLiteral("CREATE TEMP TABLE swapped AS SELECT * FROM audit_ledger WHERE sequence IN (4, 5); "
                          "UPDATE audit_ledger SET (time, operator, action, target, result, detail, previous_hash, "
                          "hash) = (SELECT time, operator, action, target, result, detail, previous_hash, hash FROM "
                          "swapped WHERE swapped.sequence = 9 - audit_ledger.sequence) WHERE sequence IN (4, 5)")
        << qint64(4);
    // Moving entries 4.. up by one to make room for a forged entry 4 (added by the test below).
    QTest::newRow("inserted in the middle")
        << QStringLiteral("UPDATE audit_ledger SET sequence = -(sequence + 1) WHERE sequence >= 4; "
                          "UPDATE audit_ledger SET sequence = -sequence WHERE sequence < 0")
        << qint64(4);
}

void TestAuditLedger::detectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(qint64, firstBad);
    Db db = open();
    fill(db, kEntries);
    dropGuards(db);
    const QByteArray statements = sql.toUtf8();
    QVERIFY(db.exec(std::string_view(statements.constData(), std::size_t(statements.size()))));
    if (QByteArray(QTest::currentDataTag()) == "inserted in the middle") {
        // The forged entry chains onto entry 3 and carries a valid hash of its own.
        AuditEntry forged;
        forged.sequence = 4;
        forged.time = 1;
        forged.action = QStringLiteral("createAccount");
        forged.previousHash = storedEntry(db, 3).hash;
        forged.hash = AuditLedger::entryHash(forged, *m_ledgerKey);
        run(db,
            "INSERT INTO audit_ledger (sequence, time, operator, action, target, result, detail, previous_hash, hash) "
            "VALUES (4, 1, '', 'createAccount', '', '', '', ?1, ?2)",
            [&forged](Stmt& statement) { statement.bindBlob(1, forged.previousHash).bindBlob(2, forged.hash); });
        QVERIFY(AuditLedger(db).verify()->firstBadSequence.has_value());
        firstBad = 5; // the forged one is consistent; the old entry 4, renumbered, is not
    }
    auto verdict = AuditLedger(db).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->intact(), "the change went unnoticed");
    QCOMPARE(*verdict->firstBadSequence, firstBad);
    QVERIFY(!verdict->reason.isEmpty());
    qInfo("%s -> %s", QTest::currentDataTag(), qPrintable(verdict->reason));
}

void TestAuditLedger::aChainRecomputedWithoutTheKeyIsCaught_data()
{
    QTest::addColumn<bool>("plain");
    QTest::newRow("plain SHA-256, as before the key") << true;
    QTest::newRow("HMAC under a key of the forger's") << false;
}

void TestAuditLedger::aChainRecomputedWithoutTheKeyIsCaught()
{
    QFETCH(bool, plain);
    Db db = open();
    fill(db, kEntries);
    dropGuards(db);
    run(db, "UPDATE audit_ledger SET result = 'failed:forbidden' WHERE sequence = 3");
    const std::shared_ptr<const LedgerKey> forgersKey = LedgerKey::generate();
    QVERIFY(ledgertest::rechain(db, 3, [plain, forgersKey](const AuditEntry& entry) {
        return plain ? ledgertest::plainHash(entry) : AuditLedger::entryHash(entry, *forgersKey);
    }));
    QVERIFY(db.exec(schema::ledgerGuards()));
    auto verdict = AuditLedger(db).verify();
    QVERIFY(verdict);
    QVERIFY2(!verdict->intact(), "a chain recomputed without the key went unnoticed");
    QCOMPARE(*verdict->firstBadSequence, 3);
    QVERIFY2(verdict->reason.contains(QStringLiteral("another key")), qPrintable(verdict->reason));

    // With the key itself the same rewrite passes the chain: that is what the anchors are for (tst_ledgeranchors).
    dropGuards(db);
    QVERIFY(ledgertest::rechain(
        db, 3, [this](const AuditEntry& entry) { return AuditLedger::entryHash(entry, *m_ledgerKey); }));
    QVERIFY(db.exec(schema::ledgerGuards()));
    QVERIFY(AuditLedger(db).verify()->intact());
}

void TestAuditLedger::aDroppedGuardIsReported()
{
    Db db = open();
    fill(db, 3);
    const QList<std::pair<const char*, std::string_view>> guards{
        {"audit_ledger_no_update", "CREATE TRIGGER audit_ledger_no_update BEFORE UPDATE ON audit_ledger BEGIN "
                                   "SELECT RAISE(ABORT, 'the audit ledger is append-only'); END"},
        {"audit_anchor_no_delete", "CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor BEGIN "
                                   "SELECT RAISE(ABORT, 'ledger anchors are append-only'); END"},
    };
    for (const auto& [guard, create] : guards) {
        QVERIFY(db.exec(std::string("DROP TRIGGER ").append(guard)));
        auto verdict = AuditLedger(db).verify();
        QVERIFY(verdict);
        QVERIFY2(!verdict->intact(), guard);
        QVERIFY(!verdict->firstBadSequence); // no entry is at fault: the file's protection is
        QVERIFY2(verdict->reason.contains(QLatin1String(guard)), qPrintable(verdict->reason));
        QCOMPARE(verdict->entries, 3);
        QVERIFY(db.exec(create));
        QVERIFY(AuditLedger(db).verify()->intact());
    }
}

void TestAuditLedger::withoutTheKeyNothingIsRecorded()
{
    {
        Db db = open();
        fill(db, 2);
    }
    auto db = Db::open(path(), m_key);
    QVERIFY(db);
    auto appended = AuditLedger(*db).append(AuditEntry{});
    QVERIFY(!appended);
    QCOMPARE(appended.error().kind, DbError::Kind::NoLedgerKey);
    QVERIFY(!appended.error().message().isEmpty());
    auto verdict = AuditLedger(*db).verify();
    QVERIFY(!verdict);
    QCOMPARE(verdict.error().kind, DbError::Kind::NoLedgerKey);
    QCOMPARE(db->queryText("SELECT count(*) FROM audit_ledger").value(), QStringLiteral("2"));
}

// What a release before the ledger key left: a plain SHA-256 chain with its head.
void TestAuditLedger::writePlainLedger(Db& db, int count)
{
    QByteArray previous(32, '\0');
    for (int i = 1; i <= count; ++i) {
        AuditEntry entry;
        entry.sequence = i;
        entry.time = 1700000000000 + i;
        entry.operatorName = QStringLiteral("clerk");
        entry.action = QStringLiteral("createAccount");
        entry.target = QStringLiteral("li%1").arg(i);
        entry.result = QStringLiteral("ok");
        entry.previousHash = previous;
        entry.hash = ledgertest::plainHash(entry);
        run(db,
            "INSERT INTO audit_ledger (sequence, time, operator, action, target, result, detail, previous_hash, hash) "
            "VALUES (?1, ?2, 'clerk', 'createAccount', ?3, 'ok', '', ?4, ?5)",
            [&entry](Stmt& row) {
                row.bind(1, entry.sequence)
                    .bind(2, entry.time)
                    .bind(3, entry.target)
                    .bindBlob(4, entry.previousHash)
                    .bindBlob(5, entry.hash);
            });
        run(db,
            "INSERT INTO audit_ledger_head (id, sequence, hash) VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE SET "
            "sequence = excluded.sequence, hash = excluded.hash",
            [&entry](Stmt& row) { row.bind(1, entry.sequence).bindBlob(2, entry.hash); });
        previous = entry.hash;
    }
}

void TestAuditLedger::sealsTheEntriesOfAnOlderRelease()
{
    Db db = open();
    writePlainLedger(db, 5);
    QVERIFY(!AuditLedger(db).verify()->intact()); // plain hashes are not seals
    QVERIFY(AuditLedger(db).sealEarlierEntries());
    auto verdict = AuditLedger(db).verify();
    QVERIFY(verdict);
    QVERIFY2(verdict->intact(), qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, 6);
    const AuditEntry record = storedEntry(db, 6);
    QCOMPARE(record.action, QStringLiteral("sealLedger"));
    QCOMPARE(record.result, QStringLiteral("ok"));
    QVERIFY(record.detail.startsWith(QStringLiteral("5 entries")));
    QCOMPARE(storedEntry(db, 2).target, QStringLiteral("li2")); // sealed, not changed
    // The guards are back: history is append-only again.
    QVERIFY(!db.exec("UPDATE audit_ledger SET result = 'x' WHERE sequence = 1"));
    QVERIFY(!db.exec("UPDATE audit_ledger_head SET sequence = 6"));
}

void TestAuditLedger::refusesToSealABrokenOlderChain()
{
    Db db = open();
    writePlainLedger(db, 5);
    dropGuards(db);
    run(db, "UPDATE audit_ledger SET target = 'wang' WHERE sequence = 2");
    QVERIFY(db.exec(schema::ledgerGuards()));
    QVERIFY(AuditLedger(db).sealEarlierEntries());
    const AuditEntry record = storedEntry(db, 6);
    QCOMPARE(record.action, QStringLiteral("sealLedger"));
    QVERIFY(record.result.startsWith(QStringLiteral("failed:")));
    QVERIFY(record.detail.contains(QStringLiteral("entry 2")));
    // Nothing was blessed: entry 1 is still unsealed, and so verify() keeps failing.
    auto verdict = AuditLedger(db).verify();
    QVERIFY(verdict && !verdict->intact());
    QCOMPARE(*verdict->firstBadSequence, 1);
    QCOMPARE(storedEntry(db, 2).target, QStringLiteral("wang"));
}

QTEST_GUILESS_MAIN(TestAuditLedger)
#include "tst_auditledger.moc"
