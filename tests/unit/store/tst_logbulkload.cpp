// A log table loaded in bulk: its indexes dropped and built again exactly as the schema has them, subject searches
// exact while the subject index is empty, and a load interrupted while the indexes are built finished by the next
// connection, with every subject indexed once; each build sorts on the sorter's helper threads.
#include "store/Db.h"
#include "store/LogBulkLoad.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace dm;

class TestLogBulkLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsWithoutIndexesAndBuildsThemAtTheEnd();
    void anInterruptedFinishIsCompletedByTheNextConnection();
    void onlyTheScatteredIndexesCanBeLeftOut();
    void aLoadedTableIsLeftAlone();
    void subjectsAreIndexedInPiecesAndResumeAfterTheLast();
    void pagesAreCountedForTheBuildLog();
    void eachBuildSortsOnHelperThreads();
    void aFailedBuildLeavesTheUsualSettings();

private:
    static QMap<QString, QString> indexes(Db& db, const char* table);
    static std::vector<MailRecord> mails(qint64 firstId, int count);
    static qint64 number(Db& db, const std::string& sql);
    static qint64 subjectCount(LogRepository& repo, const QString& text);
    // How many rows the subject index says it holds: the first varint of its totals record. count(*) cannot tell (a
    // contentless index counts its size table, where a row indexed twice is one row).
    static qint64 subjectsIndexed(Db& db);
    static bool startLoadingMails(Db& db, int count);

    QTemporaryDir m_dir;
    QByteArray m_key = Db::generateKey();
    int m_files = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_files)); }
};

void TestLogBulkLoad::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QMap<QString, QString> TestLogBulkLoad::indexes(Db& db, const char* table)
{
    QMap<QString, QString> found;
    auto select =
        db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?1");
    select->bind(1, QString::fromLatin1(table));
    while (select->step().value()) {
        found.insert(select->text(0), select->text(1));
    }
    return found;
}

// Subjects with a case number each: (2026)粤0104民初<id>号, and every third a 判决书.
std::vector<MailRecord> TestLogBulkLoad::mails(qint64 firstId, int count)
{
    std::vector<MailRecord> rows;
    for (int i = 0; i < count; ++i) {
        MailRecord row;
        row.id = firstId + i;
        row.time = 1700000000000 + row.id * 1000;
        row.updatedAt = row.time;
        row.direction = MailDirection::In;
        row.messageId = QStringLiteral("<m%1@court.example>").arg(row.id);
        row.subject = QStringLiteral("关于(2026)粤0104民初%1号案件的%2")
                          .arg(row.id)
                          .arg(row.id % 3 == 0 ? QStringLiteral("判决书") : QStringLiteral("传票"));
        row.sender = QStringLiteral("clerk@court.example");
        row.recipient = QStringLiteral("party%1@court.example").arg(row.id % 50);
        row.status = MailStatus::Received;
        rows.push_back(row);
    }
    return rows;
}

qint64 TestLogBulkLoad::number(Db& db, const std::string& sql)
{
    return db.queryText(sql).value().toLongLong();
}

qint64 TestLogBulkLoad::subjectCount(LogRepository& repo, const QString& text)
{
    MailLogFilter filter;
    filter.subject = text;
    return repo.countMails(filter, {}).value();
}

qint64 TestLogBulkLoad::subjectsIndexed(Db& db)
{
    auto select = db.prepare("SELECT block FROM mail_subject_fts_data WHERE id = 1");
    if (!select) {
        return -1;
    }
    auto row = select->step();
    if (!row || !*row) {
        return -1;
    }
    const QByteArray block = select->blob(0);
    qint64 value = 0;
    for (qsizetype i = 0; i < block.size() && i < 9; ++i) {
        const auto byte = static_cast<unsigned char>(block.at(i));
        if (i == 8) {
            return (value << 8) | byte;
        }
        value = (value << 7) | (byte & 0x7f);
        if ((byte & 0x80) == 0) {
            return value;
        }
    }
    return -1;
}

// Marks the mails as loading in bulk and writes the first `count` of them, as a first sync's first batch does.
bool TestLogBulkLoad::startLoadingMails(Db& db, int count)
{
    if (!LogBulkLoad(db).begin(LogTable::Mails)) {
        return false;
    }
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return false;
    }
    auto written = LogRepository(db).upsertMails(mails(1, count));
    return written && *written == count && transaction->commit();
}

void TestLogBulkLoad::loadsWithoutIndexesAndBuildsThemAtTheEnd()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    const QMap<QString, QString> schemaIndexes = indexes(db, "mail_log");
    QVERIFY(schemaIndexes.size() >= 8);
    LogRepository repo(db);
    LogBulkLoad bulk(db);
    QVERIFY(bulk.isEmpty(LogTable::Mails).value());

    QVERIFY(bulk.begin(LogTable::Mails));
    QVERIFY(bulk.inProgress(LogTable::Mails).value());
    QVERIFY(!bulk.inProgress(LogTable::Logins).value());
    QVERIFY(indexes(db, "mail_log").isEmpty());
    QVERIFY(bulk.begin(LogTable::Mails)); // again: nothing changes, the kept definitions stay
    QCOMPARE(number(db, "SELECT count(*) FROM log_bulk_index"), qint64(schemaIndexes.size()));

    const auto rows = mails(1, 3000);
    {
        auto transaction = Transaction::begin(db).value();
        QCOMPARE(repo.upsertMails(rows).value(), qint64(3000));
        QVERIFY(transaction.commit());
    }
    QVERIFY(!bulk.isEmpty(LogTable::Mails).value());
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(0));
    // Exact while the subject index is empty: the search scans.
    QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(1000));
    QCOMPARE(subjectCount(repo, QStringLiteral("民初1234号")), qint64(1));

    QStringList built;
    QVERIFY(bulk.finish(LogTable::Mails, [&built](const QString& name) { built.append(name); }));
    QVERIFY(!bulk.inProgress(LogTable::Mails).value());
    QCOMPARE(indexes(db, "mail_log"), schemaIndexes);
    QCOMPARE(built.size(), schemaIndexes.size() + 1); // every index, then the subject index
    QCOMPARE(number(db, "SELECT count(*) FROM log_bulk_index"), qint64(0));
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(3000));
    QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(1000));
    QCOMPARE(subjectCount(repo, QStringLiteral("民初1234号")), qint64(1));

    // Rows after the load keep the index in step themselves.
    auto transaction = Transaction::begin(db).value();
    QCOMPARE(repo.upsertMails(mails(3001, 3)).value(), qint64(3));
    QVERIFY(transaction.commit());
    QCOMPARE(subjectCount(repo, QStringLiteral("民初3002号")), qint64(1));
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(3003));
}

void TestLogBulkLoad::anInterruptedFinishIsCompletedByTheNextConnection()
{
    const QString path = nextPath();
    QMap<QString, QString> schemaIndexes;
    {
        Db db = Db::open(path, m_key).value();
        QVERIFY(schema::migrate(db));
        schemaIndexes = indexes(db, "mail_log");
        LogBulkLoad bulk(db);
        QVERIFY(startLoadingMails(db, 2000));
        // The session closes while the third index is being built (as when the program is ended).
        int started = 0;
        const auto finished = bulk.finish(LogTable::Mails, [&](const QString&) {
            if (++started == 3) {
                db.refuseFurtherWork();
            }
        });
        QVERIFY(!finished);
        QCOMPARE(finished.error().kind, DbError::Kind::Interrupted);
    }
    Db db = Db::open(path, m_key).value();
    LogRepository repo(db);
    LogBulkLoad bulk(db);
    QVERIFY(bulk.inProgress(LogTable::Mails).value());
    // The two built before the interruption stay; the rest are still kept for finish().
    QCOMPARE(indexes(db, "mail_log").size(), 2);
    QCOMPARE(number(db, "SELECT count(*) FROM log_bulk_index"), qint64(schemaIndexes.size() - 2));
    QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(666));

    QVERIFY(bulk.finish(LogTable::Mails));
    QCOMPARE(indexes(db, "mail_log"), schemaIndexes);
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(2000));
    QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(666));
    QCOMPARE(subjectCount(repo, QStringLiteral("民初1999号")), qint64(1));
}

// The subjects go in pieces, each its own step (a sync's batches are written between them), and a load stopped after
// a piece goes on after it: every subject is indexed once, and searches stay exact throughout.
void TestLogBulkLoad::subjectsAreIndexedInPiecesAndResumeAfterTheLast()
{
    const QString path = nextPath();
    QMap<QString, QString> schemaIndexes;
    {
        Db db = Db::open(path, m_key).value();
        QVERIFY(schema::migrate(db));
        schemaIndexes = indexes(db, "mail_log");
        QVERIFY(startLoadingMails(db, 2000));
        LogBulkLoad bulk(db, 700);
        QStringList steps;
        const auto record = [&steps](const QString& name) { steps.append(name); };
        for (qsizetype i = 0; i < schemaIndexes.size(); ++i) {
            QCOMPARE(bulk.step(LogTable::Mails, record).value(), false);
        }
        QCOMPARE(indexes(db, "mail_log"), schemaIndexes);
        QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(0));
        QCOMPARE(bulk.step(LogTable::Mails, record).value(), false); // ids 1-700
        QCOMPARE(steps.constLast(), QStringLiteral("mail_subject_fts"));
        QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(700));
        QCOMPARE(subjectsIndexed(db), qint64(700));
        QCOMPARE(number(db, "SELECT subjects_to FROM log_bulk_load WHERE table_name = 'mail_log'"), qint64(700));
        QVERIFY(bulk.inProgress(LogTable::Mails).value());
        // Still loading: the search scans the rows, and finds those the index does not hold yet.
        LogRepository repo(db);
        QCOMPARE(subjectCount(repo, QStringLiteral("民初1999号")), qint64(1));
        QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(666));
    } // stopped here, as by a kill between two steps

    Db db = Db::open(path, m_key).value();
    LogBulkLoad bulk(db, 700);
    // A mail written now below the mark indexes its own subject: the pieces go on after the mark.
    {
        auto transaction = Transaction::begin(db).value();
        QCOMPARE(LogRepository(db).upsertMails(mails(0, 1)).value(), qint64(1));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(subjectsIndexed(db), qint64(701));
    QCOMPARE(bulk.step(LogTable::Mails).value(), false); // ids 701-1400
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(1401));
    QCOMPARE(bulk.step(LogTable::Mails).value(), true); // ids 1401-2000, and the load ends
    QVERIFY(!bulk.inProgress(LogTable::Mails).value());
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(2001));
    QCOMPARE(subjectsIndexed(db), qint64(2001)); // none twice, none missing
    LogRepository repo(db);
    QCOMPARE(subjectCount(repo, QStringLiteral("判决书")), qint64(667));
    for (const qint64 id : {0, 1, 700, 701, 1400, 1401, 2000}) {
        QCOMPARE(subjectCount(repo, QStringLiteral("民初%1号案件").arg(id)), qint64(1));
    }
}

// LogBulkLoad::scatteredIndexes names indexes of the schema (a renamed one would silently be kept): begin() with
// LeftOut::ScatteredIndexes drops exactly those, keeps the others, and the mails' subjects wait for the fill as in a
// whole bulk load; finish() builds them back to the schema's indexes.
void TestLogBulkLoad::onlyTheScatteredIndexesCanBeLeftOut()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    LogBulkLoad bulk(db);
    const std::pair<LogTable, const char*> tables[] = {
        {LogTable::Operations, "operation_log"}, {LogTable::Logins, "login_log"}, {LogTable::Mails, "mail_log"}};
    for (const auto& [table, name] : tables) {
        const QMap<QString, QString> schemaIndexes = indexes(db, name);
        const QStringList scattered = LogBulkLoad::scatteredIndexes(table);
        QVERIFY(!scattered.isEmpty());
        QMap<QString, QString> kept = schemaIndexes;
        for (const QString& index : scattered) {
            QVERIFY2(kept.remove(index) == 1, qPrintable(index));
        }
        QVERIFY(!kept.isEmpty());
        QVERIFY(bulk.begin(table, LogBulkLoad::LeftOut::ScatteredIndexes));
        QVERIFY(bulk.inProgress(table).value());
        QCOMPARE(indexes(db, name), kept);
        QCOMPARE(number(db, "SELECT count(*) FROM log_bulk_index WHERE table_name = '" + std::string(name) + "'"),
                 qint64(scattered.size()));
    }
    LogRepository repo(db);
    {
        auto transaction = Transaction::begin(db).value();
        QCOMPARE(repo.upsertMails(mails(1, 300)).value(), qint64(300));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(number(db, "SELECT count(*) FROM mail_subject_fts"), qint64(0));
    QCOMPARE(subjectCount(repo, QStringLiteral("民初123号")), qint64(1)); // exact meanwhile: the search scans
    for (const auto& [table, name] : tables) {
        const QMap<QString, QString> loading = indexes(db, name);
        QVERIFY(bulk.finish(table));
        QVERIFY(!bulk.inProgress(table).value());
        QCOMPARE(indexes(db, name).size(), loading.size() + LogBulkLoad::scatteredIndexes(table).size());
        QCOMPARE(QStringList(indexes(db, name).keys()), bulk.secondaryIndexes(table).value());
    }
    QCOMPARE(subjectsIndexed(db), qint64(300));
    QCOMPARE(subjectCount(repo, QStringLiteral("民初123号")), qint64(1));
}

void TestLogBulkLoad::aLoadedTableIsLeftAlone()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    const QMap<QString, QString> schemaIndexes = indexes(db, "login_log");
    LogBulkLoad bulk(db);
    QVERIFY(bulk.finish(LogTable::Logins)); // not loading: nothing to do
    QCOMPARE(indexes(db, "login_log"), schemaIndexes);
    QCOMPARE(bulk.secondaryIndexes(LogTable::Logins).value(), QStringList(schemaIndexes.keys()));
}

void TestLogBulkLoad::pagesAreCountedForTheBuildLog()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    QVERIFY(startLoadingMails(db, 2000));
    // What a scan of the table fetches is counted once (2000 mails take dozens of pages), and a commit's pages as
    // written.
    (void)db.takePageCounts();
    QCOMPARE(number(db, "SELECT count(*) FROM mail_log"), qint64(2000));
    const Db::PageCounts scanned = db.takePageCounts();
    QVERIFY2(scanned.fetched >= 50, qPrintable(QString::number(scanned.fetched)));
    QCOMPARE(scanned.written, qint64(0));
    QCOMPARE(db.takePageCounts().fetched, qint64(0));
    QVERIFY(db.exec("CREATE INDEX mail_log_probe ON mail_log (recipient, time, id); DROP INDEX mail_log_probe;"));
    QVERIFY(db.takePageCounts().written > 0);
}

// Each build runs with the small cache and the sorter's helper threads (tst_memorytempvfs watches them sort in
// memory), and the connection is as usual after it: a statement journal then stays in memory, unencrypted.
void TestLogBulkLoad::eachBuildSortsOnHelperThreads()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    const auto usual = [&db] {
        return number(db, "PRAGMA cache_size") == -Db::PageCacheKiB && number(db, "PRAGMA temp_store") == 2 &&
               number(db, "PRAGMA threads") == 0;
    };
    QVERIFY(usual());
    QVERIFY(startLoadingMails(db, 2000));
    LogBulkLoad bulk(db);
    QStringList built;
    while (true) {
        bool sorting = false;
        const bool loaded = bulk.step(LogTable::Mails,
                                      [&](const QString& name) {
                                          built.append(name);
                                          sorting =
                                              number(db, "PRAGMA cache_size") == -LogBulkLoad::IndexSortCacheKiB &&
                                              number(db, "PRAGMA temp_store") == 1 && number(db, "PRAGMA threads") == 2;
                                      })
                                .value();
        QVERIFY(usual());
        if (loaded) {
            break;
        }
        QVERIFY2(sorting, qPrintable(built.constLast()));
    }
    QCOMPARE(built.size(), 9); // eight indexes and the subject index
    QCOMPARE(built.constLast(), QStringLiteral("mail_subject_fts"));
}

// A build that fails still puts the cache and the sorter back: with temporary files left allowed, SQLCipher would
// encrypt every statement journal of the batches that follow.
void TestLogBulkLoad::aFailedBuildLeavesTheUsualSettings()
{
    Db db = Db::open(nextPath(), m_key).value();
    QVERIFY(schema::migrate(db));
    QVERIFY(startLoadingMails(db, 100));
    QVERIFY(db.exec("INSERT INTO log_bulk_index (name, table_name, sql) "
                    "VALUES ('a_broken', 'mail_log', 'CREATE INDEX a_broken ON mail_log (no_such_column)')"));
    LogBulkLoad bulk(db);
    bool sorting = false;
    const auto stepped = bulk.step(LogTable::Mails, [&](const QString&) {
        sorting = number(db, "PRAGMA temp_store") == 1 && number(db, "PRAGMA threads") == 2;
    });
    QVERIFY(!stepped);
    QVERIFY(sorting);
    QCOMPARE(number(db, "PRAGMA cache_size"), qint64(-Db::PageCacheKiB));
    QCOMPARE(number(db, "PRAGMA temp_store"), qint64(2));
    QCOMPARE(number(db, "PRAGMA threads"), qint64(0));
}

QTEST_GUILESS_MAIN(TestLogBulkLoad)
#include "tst_logbulkload.moc"
