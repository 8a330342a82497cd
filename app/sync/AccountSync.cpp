#include "sync/AccountSync.h"

#include "api/AccountJson.h"
#include "api/Capabilities.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/DbWriter.h"
#include "store/SyncState.h"
#include "store/UnitRepository.h"

#include <QJsonValue>
#include <QLoggingCategory>

namespace dm {

namespace {

Q_LOGGING_CATEGORY(lcAccountSync, "dm.sync.accounts")

const QString kStream = QStringLiteral("accounts");
const QString kPassSince = QStringLiteral("passSince");
const QString kCursor = QStringLiteral("cursor");
const QString kNewest = QStringLiteral("newest");
const QString kVendorPage = QStringLiteral("vendorPage");
constexpr int kVendorPageSize = 200; // the largest page getAccountList gives

// One page of accounts and the stream's state, in one transaction of `db`; the rows changed.
Expected<qint64, DbError> commitAccounts(Db& db, const QList<Account>& accounts, AddressBasisKnown basisKnown,
                                         const QJsonObject& state)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected(transaction.error());
    }
    auto written = AccountRepository(db).upsert(accounts, basisKnown);
    if (!written) {
        return Unexpected(written.error());
    }
    if (auto saved = SyncState(db).save(kStream, state); !saved) {
        return Unexpected(saved.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected(committed.error());
    }
    return *written;
}

} // namespace

AccountSync::AccountSync(Db& db, PlatformClient& client, std::shared_ptr<DbWriter> writer)
    : BasicSyncStream(kStream)
    , m_db(db)
    , m_writer(std::move(writer))
    , m_accounts(client)
    , m_units(client)
    , m_stats(client)
{}

AccountSync::~AccountSync() = default;

void AccountSync::run(Progress progress, Done done)
{
    if (!begin(std::move(progress), std::move(done))) {
        return;
    }
    m_report = StreamReport{kStream, 0, {}};
    m_rowsDone = 0;
    m_pageRequested = false;
    m_writesPending = 0;
    m_lastPageRead = false;
    m_pageError.reset();
    m_writeFailure = std::make_shared<std::optional<DbError>>();

    auto state = SyncState(m_db).load(kStream);
    if (!state) {
        fail(state.error());
        return;
    }
    const QJsonObject stored = state->value_or(QJsonObject());
    m_passSince = stored.value(kPassSince).toInteger(0);
    m_newest = stored.value(kNewest).toInteger(m_passSince);
    m_cursor = stored.value(kCursor).toString();
    m_resumedCursor = !m_cursor.isEmpty();
    m_vendorPage = static_cast<int>(stored.value(kVendorPage).toInteger(0));
    if (m_resumedCursor) {
        qCInfo(lcAccountSync) << "resuming an interrupted pass since" << m_passSince;
    }
    syncUnits();
}

void AccountSync::verify(Done done)
{
    if (!begin({}, std::move(done))) {
        return;
    }
    m_report = StreamReport{kStream, 0, {}};
    checkCounts();
}

bool AccountSync::stopIfCancelled()
{
    if (!cancelled()) {
        return false;
    }
    finishCancelled(); // `done` may destroy this stream: nothing of it is read after
    return true;
}

void AccountSync::syncUnits()
{
    m_units.list(context(), whileCurrent([this](const Expected<QList<Unit>, ApiError>& units) {
                     if (!units) {
                         fail(units.error());
                         return;
                     }
                     auto transaction = Transaction::begin(m_db);
                     if (!transaction) {
                         fail(transaction.error());
                         return;
                     }
                     if (auto replaced = UnitRepository(m_db).replaceAll(*units); !replaced) {
                         fail(replaced.error());
                         return;
                     }
                     if (auto committed = transaction->commit(); !committed) {
                         fail(committed.error());
                         return;
                     }
                     if (stopIfCancelled()) {
                         return;
                     }
                     if (m_vendorPage > 0) {
                         requestVendorPage(); // an interrupted pass over the vendor's listing
                         return;
                     }
                     requestPage();
                 }));
}

void AccountSync::requestPage()
{
    AccountFilter filter;
    // Always with updatedSince (0 on the first pass), so every pass and every stored cursor has the same order.
    filter.updatedSince = m_passSince;
    filter.pageSize = m_pageSize;
    m_pageRequested = true;
    m_accounts.list(
        filter, m_cursor, context(), whileCurrent([this](const Expected<KeysetPage<Account>, ApiError>& page) {
            if (!page) {
                // A stored cursor the platform no longer accepts: start the pass again from its updatedSince, which
                // repeats only rows that the upsert leaves unchanged.
                if (m_resumedCursor && page.error().kind == ApiError::Kind::Validation &&
                    page.error().field == kCursor) {
                    qCWarning(lcAccountSync) << "stored cursor refused; restarting the pass";
                    m_resumedCursor = false;
                    m_cursor.clear();
                    requestPage();
                    return;
                }
                if (isUnknownApi(page.error())) {
                    qCInfo(lcAccountSync) << "the platform has no delivery listing; reading the vendor's listing";
                    m_vendorPage = 1;
                    requestVendorPage();
                    return;
                }
                failOncePagesWritten(page.error());
                return;
            }
            m_resumedCursor = false;
            if (page->nextCursor && *page->nextCursor == m_cursor) {
                failOncePagesWritten(repeatedCursorError(kStream));
                return;
            }
            onPage(*page);
        }));
}

void AccountSync::onPage(const KeysetPage<Account>& page)
{
    m_pageRequested = false;
    if (m_writer && cancelled()) {
        if (m_writesPending == 0) {
            finishCancelled();
        }
        return; // asked for again by the next run, from the stored cursor
    }
    for (const Account& account : page.items) {
        m_newest = std::max(m_newest, account.updatedAt);
    }
    const bool last = !page.nextCursor.has_value();
    QJsonObject state;
    if (last) {
        // The next pass starts at the newest change seen (inclusive).
        state.insert(kPassSince, m_newest);
    } else {
        state.insert(kPassSince, m_passSince);
        state.insert(kCursor, *page.nextCursor);
    }
    state.insert(kNewest, m_newest);

    if (m_writer) {
        writePage(page.items, state);
        if (last) {
            m_lastPageRead = true;
            m_passSince = m_newest;
            m_cursor.clear();
        } else {
            m_cursor = *page.nextCursor;
            if (m_writesPending < kPagesAhead) {
                requestPage();
            }
        }
        return;
    }
    if (!commitPage(page.items, state)) {
        return;
    }
    reportProgress(m_rowsDone, -1);
    if (last) {
        m_passSince = m_newest;
        m_cursor.clear();
        endPass();
        return;
    }
    m_cursor = *page.nextCursor;
    if (stopIfCancelled()) {
        return;
    }
    requestPage();
}

void AccountSync::writePage(const QList<Account>& accounts, const QJsonObject& state)
{
    ++m_writesPending;
    const qint64 rows = accounts.size();
    // Pages commit in order, each with the cursor past it: none after one that failed (DbWriter::unlessFailed).
    m_writer->post(
        DbWriter::Lane::Rows,
        DbWriter::unlessFailed(
            [accounts, state](Db& db) { return commitAccounts(db, accounts, AddressBasisKnown::Yes, state); },
            m_writeFailure),
        context(), whileCurrent([this, rows](const Expected<qint64, DbError>& written) {
            --m_writesPending;
            if (!written) {
                fail(written.error());
                return;
            }
            m_report.rowsWritten += *written;
            m_rowsDone += rows;
            reportProgress(m_rowsDone, -1);
            afterPageWritten();
        }));
}

void AccountSync::failOncePagesWritten(const ApiError& error)
{
    m_pageRequested = false;
    if (m_writesPending > 0) {
        m_pageError = error; // the pages read before it commit first, as they would have without a writer
        return;
    }
    fail(error);
}

void AccountSync::afterPageWritten()
{
    if (m_pageError) {
        if (m_writesPending == 0) {
            fail(*m_pageError);
        }
        return;
    }
    if (cancelled()) {
        if (!m_pageRequested && m_writesPending == 0) {
            finishCancelled();
        }
        return;
    }
    if (m_lastPageRead) {
        if (m_writesPending == 0) {
            endPass();
        }
        return;
    }
    if (!m_pageRequested) {
        requestPage(); // it waited for the writer (kPagesAhead)
    }
}

void AccountSync::endPass()
{
    if (m_report.rowsWritten > 0) {
        // Lets the query planner see the new distribution of statuses, units and states; cheap when nothing needs
        // analysing.
        if (auto optimized = m_db.exec("PRAGMA optimize"); !optimized) {
            qCWarning(lcAccountSync) << "PRAGMA optimize failed:" << optimized.error().detail;
        }
    }
    checkCounts();
}

void AccountSync::requestVendorPage()
{
    const int pageSize = std::min(m_pageSize, kVendorPageSize);
    m_units.listAccounts(QString::fromLatin1(kTopUnitId), true, m_vendorPage, pageSize, context(),
                         whileCurrent([this](const Expected<NumberedPage<Account>, ApiError>& page) {
                             if (!page) {
                                 fail(page.error());
                                 return;
                             }
                             onVendorPage(*page);
                         }));
}

void AccountSync::onVendorPage(const NumberedPage<Account>& page)
{
    const bool last = page.items.isEmpty() || qint64(page.pageNum) * page.pageSize >= page.total;
    if (!commitPage(page.items, last ? QJsonObject() : QJsonObject{{kVendorPage, m_vendorPage + 1}})) {
        return;
    }
    reportProgress(m_rowsDone, page.total);
    if (last) {
        m_vendorPage = 0;
        checkVendorCount(page.total);
        return;
    }
    ++m_vendorPage;
    if (stopIfCancelled()) {
        return;
    }
    requestVendorPage();
}

void AccountSync::checkVendorCount(qint64 platformCount)
{
    auto local = AccountRepository(m_db).activationFunnel();
    if (!local) {
        fail(local.error());
        return;
    }
    m_report.checks = {{tr("accounts (not deleted)"), local->created, platformCount}};
    if (local->created != platformCount) {
        qCWarning(lcAccountSync) << "count gap: accounts local" << local->created << "platform" << platformCount;
    }
    finish(m_report);
}

bool AccountSync::commitPage(const QList<Account>& accounts, const QJsonObject& state)
{
    // The vendor's listing (m_vendorPage > 0) says nothing of the address basis: the cached one stays.
    auto written =
        commitAccounts(m_db, accounts, m_vendorPage > 0 ? AddressBasisKnown::No : AddressBasisKnown::Yes, state);
    if (!written) {
        fail(written.error());
        return false;
    }
    m_report.rowsWritten += *written;
    m_rowsDone += accounts.size();
    return true;
}

void AccountSync::checkCounts()
{
    m_stats.activationFunnel(
        {}, context(), whileCurrent([this](const Expected<ActivationFunnel, ApiError>& platform) {
            if (!platform && isUnknownApi(platform.error())) {
                // No funnel without the extension: the vendor's listing still says how many accounts there are.
                m_units.listAccounts(QString::fromLatin1(kTopUnitId), true, 1, 1, context(),
                                     whileCurrent([this](const Expected<NumberedPage<Account>, ApiError>& page) {
                                         if (!page) {
                                             fail(page.error());
                                             return;
                                         }
                                         checkVendorCount(page->total);
                                     }));
                return;
            }
            if (!platform) {
                fail(platform.error());
                return;
            }
            auto local = AccountRepository(m_db).activationFunnel();
            if (!local) {
                fail(local.error());
                return;
            }
            m_report.checks = {
                {tr("accounts (not deleted)"), local->created, platform->created},
                {tr("accounts sent the activation SMS"), local->smsSent, platform->smsSent},
                {tr("accounts that logged in"), local->firstLogin, platform->firstLogin},
                {tr("accounts activated"), local->activated, platform->activated},
            };
            for (const CountCheck& check : std::as_const(m_report.checks)) {
                if (!check.matches()) {
                    qCWarning(lcAccountSync)
                        << "count gap:" << check.scope << "local" << check.local << "platform" << check.platform;
                }
            }
            finish(m_report);
        }));
}

} // namespace dm
