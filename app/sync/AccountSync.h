#pragma once

#include "api/AccountService.h"
#include "api/StatsService.h"
#include "api/UnitService.h"
#include "store/DbError.h"
#include "sync/SyncStream.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace dm {

class Db;
class DbWriter;
class PlatformClient;

// The "accounts" stream: the unit list, replaced whole, then the accounts changed since the last pass from the
// delivery account listing with `updatedSince` (CONTRACT.md §10), one listing page per transaction together with the
// stream's state (the pass's updatedSince, the listing cursor, the newest updatedAt seen). After `kill -9` the next
// run continues the interrupted listing from its cursor; a finished pass starts the next one at the newest updatedAt
// it saw (inclusive: the boundary rows come again and change nothing). Deletions come as status deleted and stay
// cached. Count check: the platform's activation funnel over all units, one request for four exact counts of the
// accounts that are not deleted, against the same counts of the cache.
//
// A platform without the delivery extension (CONTRACT.md part one only) has neither the listing nor the funnel: the
// stream then reads the vendor's page-numbered getAccountList of the whole domain instead, one page per transaction
// with the next page number as its state (so a killed pass resumes there), and checks the cache's count of accounts
// that are not deleted against the listing's count. The vendor's rows carry no activation and no change times.
//
// With a writer (makeStandardStreams gives it the log streams' one) a listing page is committed in the writer's thread
// while the next one is asked for, up to kPagesAhead pages ahead: a page of a thousand accounts took the platform a
// third of the time its commit (their search index included) took here. Progress counts committed pages, and a page
// that comes after a cancel is not written (the next run asks for it again from the stored cursor).
class AccountSync final : public BasicSyncStream
{
    Q_DECLARE_TR_FUNCTIONS(AccountSync)

public:
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kPagesAhead = 2;

    AccountSync(Db& db, PlatformClient& client, std::shared_ptr<DbWriter> writer = {});
    ~AccountSync() override;

    void run(Progress progress, Done done) override;
    void verify(Done done) override;

    // Smaller pages (tests that interrupt a pass); 1..1000.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

private:
    void syncUnits();
    void requestPage();
    void onPage(const KeysetPage<Account>& page);
    // Writes one page of accounts and the stream's state in one transaction; false (the pass ended) on failure.
    [[nodiscard]] bool commitPage(const QList<Account>& accounts, const QJsonObject& state);
    // The same in the writer's thread; what follows (the next page, the end of the pass) waits for its answer.
    void writePage(const QList<Account>& accounts, const QJsonObject& state);
    void afterPageWritten();
    // A listing page failed: the run ends with `error` once the pages handed to the writer are written.
    void failOncePagesWritten(const ApiError& error);
    // The listing is read and written: the planner's statistics, then the count checks.
    void endPass();
    void checkCounts();
    void requestVendorPage();
    void onVendorPage(const NumberedPage<Account>& page);
    void checkVendorCount(qint64 platformCount);
    // After a committed page: the next one, or the end of a cancelled run.
    [[nodiscard]] bool stopIfCancelled();

    Db& m_db;
    std::shared_ptr<DbWriter> m_writer;
    AccountService m_accounts;
    UnitService m_units;
    StatsService m_stats;
    int m_pageSize = kDefaultPageSize;

    StreamReport m_report;
    qint64 m_rowsDone = 0;
    // The pass in progress (also the stored state).
    qint64 m_passSince = 0;
    QString m_cursor;
    qint64 m_newest = 0;
    bool m_resumedCursor = false;
    // The vendor's listing (no extension): the next page to read, 0 while the extension's listing is used.
    int m_vendorPage = 0;
    // With a writer: a listing page is on its way, pages handed to the writer and not yet committed, the last page
    // read.
    bool m_pageRequested = false;
    int m_writesPending = 0;
    bool m_lastPageRead = false;
    std::optional<ApiError> m_pageError;
    std::shared_ptr<std::optional<DbError>> m_writeFailure; // DbWriter::unlessFailed: the run's first failed page
};

} // namespace dm
