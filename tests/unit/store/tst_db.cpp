#include "store/Db.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dm;

namespace {

// A document subject the way a court writes it: case number, Chinese text, full-width brackets.
const QString kSubject = QStringLiteral("关于（2026）粤0106民初1234号案件的开庭传票");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `sql` on the file at `path` through the library itself, keyed with `key` and the page HMAC `hmac` (SQLCipher
// 4's default when none): the file as a tool that knows only the key and that setting sees it.
// Returns SQLite's result code of the first statement that failed, or SQLITE_OK.
int rawExec(const QString& path, const QByteArray& key, const char* sql, const char* hmac = nullptr)
{
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const QByteArray keySpec = "x'" + key.toHex() + "'";
    if (rc == SQLITE_OK) {
        rc = sqlite3_key(raw, keySpec.constData(), static_cast<int>(keySpec.size()));
    }
    if (rc == SQLITE_OK && hmac) {
        const QByteArray pragma = QByteArray("PRAGMA cipher_hmac_algorithm = ") + hmac;
        rc = sqlite3_exec(raw, pragma.constData(), nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(raw, sql, nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(raw);
    return rc;
}

} // namespace

class TestDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void linksSqlcipher4WithFts5();
    void fileOnDiskIsEncrypted();
    void reopensWithTheSameKey();
    void wrongKeyFailsWithAClearError();
    void newFilesTakeTheFasterHmacAndEveryFileOpensAsWritten();
    void keyOfTheWrongSizeIsRefused();
    void ftsTrigramFindsChineseSubstrings();
    void bindsEveryTypeAndReadsItBack();
    void transactionRollsBackUnlessCommitted();
    void constraintViolationIsTyped();
    void badSqlIsAMisuseNotACrash();
    void aStopCheckEndsOnlyTheWorkOfItsScope();
    void refusedWorkEndsEveryStatement();
    void noPlainSqliteIsMappedIntoTheProcess();

private:
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }
    [[nodiscard]] Db openOrFail(const QByteArray& key) const;

    QTemporaryDir m_dir;
    QByteArray m_key;
};

void TestDb::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(path());
    QFile::remove(path() + QStringLiteral("-wal"));
    QFile::remove(path() + QStringLiteral("-shm"));
    m_key = Db::generateKey();
}

Db TestDb::openOrFail(const QByteArray& key) const
{
    auto db = Db::open(path(), key);
    if (!db) {
        qFatal("cannot open the test cache: %s", qPrintable(db.error().detail));
    }
    return std::move(db).value();
}

void TestDb::linksSqlcipher4WithFts5()
{
    Db db = openOrFail(m_key);
    QVERIFY2(db.cipherVersion().startsWith(QLatin1String("4.")), qPrintable(db.cipherVersion()));
    auto options = db.prepare("PRAGMA compile_options");
    QVERIFY(options);
    QStringList compiled;
    while (options->step().value()) {
        compiled << options->text(0);
    }
    QVERIFY2(compiled.contains(QStringLiteral("ENABLE_FTS5")), qPrintable(compiled.join(u',')));
    QVERIFY(compiled.contains(QStringLiteral("HAS_CODEC")));
    QVERIFY(compiled.contains(QStringLiteral("TEMP_STORE=2")));
    // And the connection asks for memory itself, whatever a library's default: 2 is MEMORY.
    QCOMPARE(db.queryText("PRAGMA temp_store").value(), QStringLiteral("2"));
    QCOMPARE(db.queryText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
}

void TestDb::fileOnDiskIsEncrypted()
{
    {
        Db db = openOrFail(m_key);
        QVERIFY(db.exec("CREATE TABLE mail(subject TEXT)"));
        auto insert = db.prepare("INSERT INTO mail(subject) VALUES (?)");
        QVERIFY(insert);
        QVERIFY(insert->bind(1, kSubject).run());
        // While the connection is open the row sits in the WAL: that file must be encrypted too.
        const QByteArray wal = readAll(path() + QStringLiteral("-wal"));
        QVERIFY(!wal.isEmpty());
        QVERIFY(!wal.contains(kSubject.toUtf8()));
        QVERIFY(!wal.contains("CREATE TABLE"));
    }
    const QByteArray file = readAll(path());
    QVERIFY(file.size() >= 4096);
    QVERIFY2(!file.startsWith(QByteArray("SQLite format 3\0", 16)), "the cache file has a plaintext SQLite header");
    QVERIFY(!file.contains(kSubject.toUtf8()));
    QVERIFY(!file.contains("CREATE TABLE"));
}

void TestDb::reopensWithTheSameKey()
{
    {
        Db db = openOrFail(m_key);
        QVERIFY(db.exec("CREATE TABLE t(v TEXT)"));
        auto insert = db.prepare("INSERT INTO t VALUES (?)");
        QVERIFY(insert->bind(1, kSubject).run());
    }
    Db db = openOrFail(m_key);
    QCOMPARE(db.queryText("SELECT v FROM t").value(), kSubject);
}

void TestDb::wrongKeyFailsWithAClearError()
{
    {
        Db db = openOrFail(m_key);
        QVERIFY(db.exec("CREATE TABLE t(v)"));
    }
    QByteArray otherKey = m_key;
    otherKey[0] = static_cast<char>(otherKey[0] ^ 0x01);
    auto opened = Db::open(path(), otherKey);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, DbError::Kind::NotADatabase);
    QVERIFY(opened.error().message().contains(QLatin1String("rebuilt")));
    // The right key still works afterwards: a failed open must not damage the file.
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("SELECT * FROM t"));
}

void TestDb::newFilesTakeTheFasterHmacAndEveryFileOpensAsWritten()
{
#ifdef Q_OS_LINUX
    // What the kernel says of the processor, not what the store found out itself: SHA-NI makes SHA-256 the faster.
    const QByteArray cpu = readAll(QStringLiteral("/proc/cpuinfo"));
    const bool x86 = cpu.contains("\nflags");
    const char* faster = !x86 || cpu.contains(" sha_ni") ? "HMAC_SHA256" : "HMAC_SHA512";
    const char* other = QByteArray(faster) == "HMAC_SHA256" ? "HMAC_SHA512" : "HMAC_SHA256";
    {
        Db db = openOrFail(m_key);
        QCOMPARE(db.queryText("PRAGMA cipher_hmac_algorithm").value(), QLatin1String(faster));
        QVERIFY(db.exec("CREATE TABLE t(v TEXT)"));
    }
    // Read from outside with the key alone: the other HMAC does not open it, the one named does.
    QCOMPARE(rawExec(path(), m_key, "SELECT count(*) FROM t", other), SQLITE_NOTADB);
    QCOMPARE(rawExec(path(), m_key, "SELECT count(*) FROM t", faster), SQLITE_OK);
#endif

    // Files written with either (SQLCipher 4's default is SHA-512, as every cache before had): each opens, its second
    // connection too, and it stays as it was written.
    for (const char* hmac : {"HMAC_SHA512", "HMAC_SHA256"}) {
        const QString written = m_dir.filePath(QStringLiteral("written-%1.db").arg(QLatin1String(hmac)));
        QFile::remove(written);
        const bool sqlcipherDefault = QByteArray(hmac) == "HMAC_SHA512"; // written without naming it, as before
        QCOMPARE(rawExec(written, m_key,
                         "PRAGMA journal_mode = WAL; CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('kept');",
                         sqlcipherDefault ? nullptr : hmac),
                 SQLITE_OK);
        auto opened = Db::open(written, m_key);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE(opened->queryText("PRAGMA cipher_hmac_algorithm").value(), QLatin1String(hmac));
        QCOMPARE(opened->queryText("SELECT v FROM t").value(), QStringLiteral("kept"));
        QVERIFY(opened->exec("INSERT INTO t VALUES ('added')"));
        auto another = opened->openAnother();
        QVERIFY(another);
        QCOMPARE(another->queryText("PRAGMA cipher_hmac_algorithm").value(), QLatin1String(hmac));
        QCOMPARE(another->queryText("SELECT count(*) FROM t").value(), QStringLiteral("2"));
        QCOMPARE(rawExec(written, m_key, "SELECT count(*) FROM t", hmac), SQLITE_OK);

        // A wrong key is still a wrong key, not some other failure of the second try.
        QByteArray otherKey = m_key;
        otherKey[0] = static_cast<char>(otherKey[0] ^ 0x01);
        auto refused = Db::open(written, otherKey);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, DbError::Kind::NotADatabase);
    }
}

void TestDb::keyOfTheWrongSizeIsRefused()
{
    auto opened = Db::open(path(), QByteArray(16, 'k'));
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, DbError::Kind::NotADatabase);
    QVERIFY2(!QFile::exists(path()), "nothing may be created without a proper key");
}

void TestDb::ftsTrigramFindsChineseSubstrings()
{
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("CREATE VIRTUAL TABLE mail_fts USING fts5(subject, tokenize = 'trigram')"));
    auto insert = db.prepare("INSERT INTO mail_fts(subject) VALUES (?)");
    for (const QString& subject :
         {kSubject, QStringLiteral("执行通知书（2025）粤01执567号"), QStringLiteral("Hearing notice")}) {
        QVERIFY(insert->bind(1, subject).run());
        insert->reset();
    }
    auto match = db.prepare("SELECT subject FROM mail_fts WHERE mail_fts MATCH ? ORDER BY rowid");
    const auto hitsFor = [&match](const QString& query) {
        match->reset();
        match->bind(1, QLatin1Char('"') + query + QLatin1Char('"'));
        QStringList hits;
        while (match->step().value()) {
            hits << match->text(0);
        }
        return hits;
    };
    QCOMPARE(hitsFor(QStringLiteral("民初1234")), QStringList{kSubject});
    QCOMPARE(hitsFor(QStringLiteral("开庭传票")), QStringList{kSubject});
    QCOMPARE(hitsFor(QStringLiteral("执行通知")), QStringList{QStringLiteral("执行通知书（2025）粤01执567号")});
    QCOMPARE(hitsFor(QStringLiteral("粤0")).size(),
             0); // trigram MATCH needs three characters; LIKE covers shorter ones
    auto like = db.prepare("SELECT count(*) FROM mail_fts WHERE subject LIKE ?");
    QVERIFY(like->bind(1, QStringLiteral("%传票%")).step().value());
    QCOMPARE(like->int64(0), 1);
}

void TestDb::bindsEveryTypeAndReadsItBack()
{
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("CREATE TABLE v(i INTEGER, r REAL, t TEXT, b BLOB, n TEXT)"));
    const QByteArray blob("\x00\x01\xffzero\x00", 8);
    const QString text = QStringLiteral("张三 👩‍⚖️ O'Brien; DROP TABLE v; --");
    auto insert = db.prepare("INSERT INTO v VALUES (?, ?, ?, ?, ?)");
    QVERIFY(insert);
    QVERIFY(insert->bind(1, qint64(9007199254740993)).bind(2, 0.5).bind(3, text).bindBlob(4, blob).bindNull(5).run());
    QCOMPARE(db.lastInsertRowId(), 1);
    QCOMPARE(db.changes(), 1);
    auto select = db.prepare("SELECT i, r, t, b, n FROM v");
    QVERIFY(select->step().value());
    QCOMPARE(select->int64(0), qint64(9007199254740993));
    QCOMPARE(select->real(1), 0.5);
    QCOMPARE(select->text(2), text);
    QCOMPARE(select->blob(3), blob);
    QVERIFY(select->isNull(4));
    QVERIFY(!select->step().value());
}

void TestDb::transactionRollsBackUnlessCommitted()
{
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("CREATE TABLE t(v INTEGER)"));
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx);
        QVERIFY(db.exec("INSERT INTO t VALUES (1)"));
        // leaves scope without commit: rolled back
    }
    QCOMPARE(db.queryText("SELECT count(*) FROM t").value(), QStringLiteral("0"));
    {
        auto tx = Transaction::begin(db);
        QVERIFY(db.exec("INSERT INTO t VALUES (2)"));
        QVERIFY(tx->commit());
        QVERIFY(!tx->commit()); // a second commit is a misuse, reported, not executed
    }
    QCOMPARE(db.queryText("SELECT count(*) FROM t").value(), QStringLiteral("1"));
}

void TestDb::constraintViolationIsTyped()
{
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("CREATE TABLE a(name TEXT UNIQUE)"));
    auto insert = db.prepare("INSERT INTO a VALUES (?)");
    QVERIFY(insert->bind(1, QStringLiteral("zhangsan")).run());
    insert->reset();
    auto again = insert->bind(1, QStringLiteral("zhangsan")).run();
    QVERIFY(!again);
    QCOMPARE(again.error().kind, DbError::Kind::Constraint);
    QVERIFY(!again.error().detail.contains(QLatin1String("zhangsan"))); // errors name columns, never values
}

void TestDb::badSqlIsAMisuseNotACrash()
{
    Db db = openOrFail(m_key);
    auto statement = db.prepare("SELEKT 1");
    QVERIFY(!statement);
    QCOMPARE(statement.error().kind, DbError::Kind::Misuse);
    auto unbound = db.prepare("SELECT ?1");
    QVERIFY(unbound);
    auto outOfRange = unbound->bind(7, 1).step();
    QVERIFY(!outOfRange);
    QCOMPARE(outOfRange.error().kind, DbError::Kind::Misuse);
}

void TestDb::aStopCheckEndsOnlyTheWorkOfItsScope()
{
    Db db = openOrFail(m_key);
    // A scan of ten million generated rows: seconds of work unless stopped.
    constexpr std::string_view longScan = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                          "10000000) SELECT count(*) FROM n";
    int polls = 0;
    {
        const DbStopCheck stop(db, [&polls] { return ++polls > 3; });
        auto scan = db.prepare(longScan);
        QVERIFY(scan);
        const auto stepped = scan->step();
        QVERIFY(!stepped);
        QCOMPARE(stepped.error().kind, DbError::Kind::Interrupted);
    }
    QCOMPARE(polls, 4);
    // A check that never says stop changes nothing.
    {
        const DbStopCheck keepGoing(db, [] { return false; });
        QCOMPARE(db.queryText("SELECT count(*) FROM (SELECT 1 UNION ALL SELECT 2)").value(), QStringLiteral("2"));
    }
    // Out of the scope the connection is as before: the same statement runs to its end.
    auto scan = db.prepare("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                           "SELECT count(*) FROM n");
    QVERIFY(scan);
    const auto row = scan->step();
    QVERIFY(row && *row);
    QCOMPARE(scan->int64(0), qint64(100000));
    QCOMPARE(polls, 4);
}

void TestDb::refusedWorkEndsEveryStatement()
{
    Db db = openOrFail(m_key);
    QVERIFY(db.exec("CREATE TABLE t(x)"));
    auto insert = db.prepare("INSERT INTO t(x) VALUES (1)");
    QVERIFY(insert);
    db.refuseFurtherWork();
    // Statements far too short for the progress handler to poll are refused too: a closing session's job ends at its
    // next statement, whatever it is.
    const auto inserted = insert->run();
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().kind, DbError::Kind::Interrupted);
    const auto executed = db.exec("DELETE FROM t");
    QVERIFY(!executed);
    QCOMPARE(executed.error().kind, DbError::Kind::Interrupted);
}

void TestDb::noPlainSqliteIsMappedIntoTheProcess()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#else
    Db db = openOrFail(m_key); // make sure the store is fully loaded before looking
    const QByteArray maps = readAll(QStringLiteral("/proc/self/maps"));
    QVERIFY(!maps.isEmpty());
    QVERIFY2(!maps.contains("libsqlite3"),
             "a system libsqlite3 is loaded: it would bind the same symbols in plaintext");
    QVERIFY2(!maps.contains("libqsqlite"), "Qt's QSQLITE plugin is loaded");
    QVERIFY2(!maps.contains("libsqlcipher"), "the system SQLCipher 3 is loaded next to ours");
#endif
}

QTEST_GUILESS_MAIN(TestDb)
#include "tst_db.moc"
