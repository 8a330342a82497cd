#include "ServiceTestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/LogPurge.h"
#include "store/LogRepository.h"
#include "sync/CacheSession.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <optional>

using namespace dm;
using servicetest::kDay;
using servicetest::kEpoch;

namespace {

constexpr int kTimeoutMs = 120000;

// Rows of one table before and from a cut-off.
struct Split
{
    qint64 before = -1;
    qint64 from = -1;
};

Split split(Db& db, const char* beforeSql, const char* fromSql, qint64 cutoff)
{
    Split counts;
    for (auto [sql, target] : {std::pair{beforeSql, &counts.before}, std::pair{fromSql, &counts.from}}) {
        auto statement = db.prepare(sql);
        if (!statement) {
            return {};
        }
        statement->bind(1, cutoff);
        if (auto row = statement->step(); row && *row) {
            *target = statement->int64(0);
        }
    }
    return counts;
}

struct Tables
{
    Split operations;
    Split logins;
    Split mails;
};

Tables countTables(Db& db, qint64 cutoff)
{
    return {split(db, "SELECT count(*) FROM operation_log WHERE time < ?1",
                  "SELECT count(*) FROM operation_log WHERE time >= ?1", cutoff),
            split(db, "SELECT count(*) FROM login_log WHERE time < ?1",
                  "SELECT count(*) FROM login_log WHERE time >= ?1", cutoff),
            split(db, "SELECT count(*) FROM mail_log WHERE updated_at < ?1",
                  "SELECT count(*) FROM mail_log WHERE updated_at >= ?1", cutoff)};
}

// Every mail the subject filter lists (the trigram index for three characters or more), paged to the end.
QList<qint64> searchedIds(Db& db, const QString& text)
{
    QList<qint64> ids;
    MailLogFilter filter;
    filter.subject = text;
    LogPageRequest page;
    page.limit = 1000;
    for (;;) {
        auto rows = LogRepository(db).mails(filter, page);
        if (!rows) {
            return {-1};
        }
        for (const MailRecord& row : std::as_const(*rows)) {
            ids.append(row.id);
        }
        if (rows->size() < page.limit) {
            break;
        }
        page.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The same by reading every subject.
QList<qint64> scannedIds(Db& db, const QString& text)
{
    QList<qint64> ids;
    auto statement = db.prepare("SELECT id FROM mail_log WHERE instr(subject, ?1) > 0 ORDER BY id");
    if (!statement) {
        return {-1};
    }
    statement->bind(1, text);
    while (true) {
        auto row = statement->step();
        if (!row) {
            return {-1};
        }
        if (!*row) {
            break;
        }
        ids.append(statement->int64(0));
    }
    return ids;
}

} // namespace

// Purging old log rows from a cache synced from the sandbox, through the session as the Settings page does it.
class TestLogPurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstSyncReachesTheHistoryDaysPreference();
    void purgeRemovesOldRowsAndRecordsIt();
    void subjectSearchAgreesWithAScanAfterThePurge();
    void laterSyncAndVerifyDoNotBringThemBack();
    void readOnlySessionRefusesToPurge();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    [[nodiscard]] std::unique_ptr<CacheSession> openSession(bool readOnly, int historyDays);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    qint64 m_historyStart = 0;
    qint64 m_cutoff = kEpoch - 30 * kDay;
    Tables m_before;
    QString m_subjectPart; // a phrase of a purged mail's subject
};

template <typename Result>
std::optional<Result> TestLogPurge::run(std::function<Result(Db&)> job)
{
    std::optional<Result> result;
    m_session->query<Result>(std::move(job), this, [&result](Result answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs)) {
        return std::nullopt;
    }
    return result;
}

std::unique_ptr<CacheSession> TestLogPurge::openSession(bool readOnly, int historyDays)
{
    CacheSession::Options options;
    options.settings = m_fixture.client().settings();
    const QByteArray authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
    options.profileId = QUuid::createUuid();
    options.readOnly = readOnly;
    options.historyDays = historyDays;
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 20000) || !*opened) {
        return nullptr;
    }
    return std::move(**opened);
}

void TestLogPurge::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    // Two months of the seeded half year, counted back from today as the preference is.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int historyDays = int((now - (kEpoch - 60 * kDay)) / kDay);
    m_historyStart = now - qint64(historyDays) * kDay;
    m_session = openSession(false, historyDays);
    QVERIFY(m_session);
    // Every stream, so that a whole-cache check has nothing to find but what the purge might leave.
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    m_session->startSync();
    QVERIFY(synced.wait(4 * kTimeoutMs));
    const auto summary = synced.at(0).at(0).value<SyncSummary>();
    QVERIFY(summary.succeeded());
    QVERIFY(summary.gaps().isEmpty());
}

void TestLogPurge::cleanupTestCase()
{
    m_session.reset();
}

void TestLogPurge::firstSyncReachesTheHistoryDaysPreference()
{
    // The default (180 days before today) would reach back before the seeded history's last two months.
    const auto oldest = run<qint64>([](Db& db) {
        auto text = db.queryText("SELECT min(time) FROM login_log");
        return text ? text->toLongLong() : -1;
    });
    QVERIFY(oldest);
    QVERIFY2(*oldest >= m_historyStart, "the first sync reached further back than the preference");
    QVERIFY(*oldest < m_historyStart + 2 * kDay);
}

void TestLogPurge::purgeRemovesOldRowsAndRecordsIt()
{
    const qint64 cutoff = m_cutoff;
    m_before = *run<Tables>([cutoff](Db& db) { return countTables(db, cutoff); });
    QVERIFY(m_before.operations.before > 0 && m_before.logins.before > 0 && m_before.mails.before > 0);
    QVERIFY(m_before.operations.from > 0 && m_before.logins.from > 0 && m_before.mails.from > 0);
    // A phrase that purged mails hold, to search for afterwards.
    const auto subject = run<QString>([cutoff](Db& db) {
        auto statement = db.prepare("SELECT subject FROM mail_log WHERE updated_at < ?1 ORDER BY id LIMIT 1");
        statement->bind(1, cutoff);
        auto row = statement->step();
        return row && *row ? statement->text(0) : QString();
    });
    QVERIFY(subject && subject->size() >= 6);
    m_subjectPart = subject->mid(0, 4);
    const auto matchingBefore = run<QList<qint64>>([part = m_subjectPart](Db& db) { return scannedIds(db, part); });
    QVERIFY(!matchingBefore->isEmpty());

    std::optional<Expected<LogPurgeResult, QString>> purged;
    m_session->purgeLogs(cutoff, this, [&purged](Expected<LogPurgeResult, QString> result) { purged = result; });
    QVERIFY(QTest::qWaitFor([&] { return purged.has_value(); }, kTimeoutMs));
    QVERIFY2(*purged, *purged ? "" : qPrintable(purged->error()));
    const LogPurgeResult result = purged->value();
    QCOMPARE(result.operations, m_before.operations.before);
    QCOMPARE(result.logins, m_before.logins.before);
    QCOMPARE(result.mails, m_before.mails.before);

    const auto after = *run<Tables>([cutoff](Db& db) { return countTables(db, cutoff); });
    QCOMPARE(after.operations.before, qint64(0));
    QCOMPARE(after.logins.before, qint64(0));
    QCOMPARE(after.mails.before, qint64(0));
    QCOMPARE(after.operations.from, m_before.operations.from);
    QCOMPARE(after.logins.from, m_before.logins.from);
    QCOMPARE(after.mails.from, m_before.mails.from);

    // One ledger entry, naming the tables, the cut-off and the counts; the chain still verifies.
    const auto entries = *run<QList<AuditEntry>>([](Db& db) {
        auto recent = AuditLedger(db).recent(1000);
        return recent ? *recent : QList<AuditEntry>{};
    });
    QList<AuditEntry> purges;
    for (const AuditEntry& entry : entries) {
        if (entry.action == QLatin1String("purgeLogs")) {
            purges.append(entry);
        }
    }
    QCOMPARE(purges.size(), 1);
    QCOMPARE(purges.at(0).sequence, result.auditSequence);
    const QString detail = purges.at(0).detail;
    QVERIFY2(detail.contains(QStringLiteral("operation_log %1").arg(result.operations)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("login_log %1").arg(result.logins)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("mail_log %1").arg(result.mails)), qPrintable(detail));
    QVERIFY2(detail.contains(QDateTime::fromMSecsSinceEpoch(cutoff, QTimeZone::utc()).toString(Qt::ISODate)),
             qPrintable(detail));
    const auto intact = run<bool>([](Db& db) {
        auto verdict = AuditLedger(db).verify();
        return verdict && verdict->intact();
    });
    QVERIFY(intact && *intact);
}

void TestLogPurge::subjectSearchAgreesWithAScanAfterThePurge()
{
    QVERIFY(!m_subjectPart.isEmpty());
    const auto agree = run<std::pair<QList<qint64>, QList<qint64>>>([part = m_subjectPart](Db& db) {
        return std::pair{searchedIds(db, part), scannedIds(db, part)};
    });
    QVERIFY(agree);
    QCOMPARE(agree->first, agree->second);
    // No trigram row is left for a mail that is gone.
    const auto orphans = run<qint64>([](Db& db) {
        auto text = db.queryText("SELECT count(*) FROM mail_subject_fts WHERE rowid NOT IN (SELECT id FROM mail_log)");
        return text ? text->toLongLong() : -1;
    });
    QCOMPARE(*orphans, qint64(0));
}

void TestLogPurge::laterSyncAndVerifyDoNotBringThemBack()
{
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    m_session->startSync({QStringLiteral("operations"), QStringLiteral("logins"), QStringLiteral("mail")});
    QVERIFY(synced.wait(kTimeoutMs));
    const auto summary = synced.at(0).at(0).value<SyncSummary>();
    QVERIFY(summary.succeeded());
    QVERIFY(summary.gaps().isEmpty());
    const qint64 cutoff = m_cutoff;
    const auto after = *run<Tables>([cutoff](Db& db) { return countTables(db, cutoff); });
    QCOMPARE(after.operations.before, qint64(0));
    QCOMPARE(after.logins.before, qint64(0));
    QCOMPARE(after.mails.before, qint64(0));
    QCOMPARE(after.operations.from, m_before.operations.from);

    // The count check starts at the cut-off now: the purged rows are no gap.
    QSignalSpy verified(m_session.get(), &CacheSession::verifyFinished);
    QVERIFY(m_session->startVerify());
    QVERIFY(verified.wait(kTimeoutMs));
    const auto check = verified.at(0).at(0).value<SyncSummary>();
    QVERIFY(check.succeeded());
    QStringList gaps;
    for (const CountCheck& gap : check.gaps()) {
        gaps << QStringLiteral("%1: %2 vs %3").arg(gap.scope).arg(gap.local).arg(gap.platform);
    }
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
}

void TestLogPurge::readOnlySessionRefusesToPurge()
{
    m_session.reset();
    m_session = openSession(true, 180);
    QVERIFY(m_session);
    const qint64 cutoff = kEpoch;
    const auto before = *run<Tables>([cutoff](Db& db) { return countTables(db, cutoff); });
    std::optional<Expected<LogPurgeResult, QString>> purged;
    m_session->purgeLogs(cutoff, this, [&purged](Expected<LogPurgeResult, QString> result) { purged = result; });
    QVERIFY(QTest::qWaitFor([&] { return purged.has_value(); }, kTimeoutMs));
    QVERIFY(!*purged);
    const auto after = *run<Tables>([cutoff](Db& db) { return countTables(db, cutoff); });
    QCOMPARE(after.logins.before, before.logins.before);
    QCOMPARE(after.mails.before, before.mails.before);
}

QTEST_GUILESS_MAIN(TestLogPurge)
#include "tst_logpurge.moc"
