#pragma once

#include "store/LogQuery.h"
#include "store/LogRepository.h"
#include "ui/logs/KeysetBlockLoad.h"

#include <algorithm>
#include <functional>
#include <memory>

namespace dm {

// One log as a lazy-table listing: a filter and a time range, newest first, paged by (time, id). Made in the worker
// thread for one job (see KeysetReader).
template <typename Record, typename Filter>
class LogReader final : public KeysetReader<Record, LogPosition>
{
public:
    using Page = std::function<Expected<QList<Record>, DbError>(LogRepository&, const Filter&, const LogPageRequest&)>;
    using Count = std::function<Expected<qint64, DbError>(LogRepository&, const Filter&, const LogTimeRange&)>;
    using Position = std::function<Expected<std::optional<LogPosition>, DbError>(
        LogRepository&, const Filter&, const LogTimeRange&, LogOrder, qint64)>;

    LogReader(Db& db, Filter filter, LogTimeRange range, Page page, Count count, Position position)
        : m_repository(db)
        , m_filter(std::move(filter))
        , m_range(range)
        , m_page(std::move(page))
        , m_count(std::move(count))
        , m_position(std::move(position))
    {}

    [[nodiscard]] Expected<qint64, DbError> count() override { return m_count(m_repository, m_filter, m_range); }

    [[nodiscard]] Expected<QList<Record>, DbError> page(const std::optional<LogPosition>& from, int limit,
                                                        PageDirection direction) override
    {
        LogPageRequest request;
        request.range = m_range;
        request.after = from;
        request.limit = limit;
        // The table shows the newest first; the rows before a position are the next ones oldest first, turned round.
        request.order = direction == PageDirection::Forward ? LogOrder::NewestFirst : LogOrder::OldestFirst;
        auto rows = m_page(m_repository, m_filter, request);
        if (rows && direction == PageDirection::Backward) {
            std::reverse(rows->begin(), rows->end());
        }
        return rows;
    }

    [[nodiscard]] LogPosition cursorOf(const Record& row) const override { return {row.time, row.id}; }

    [[nodiscard]] bool canSeek() const override { return true; }
    [[nodiscard]] Expected<std::optional<LogPosition>, DbError> cursorAt(qint64 position) override
    {
        return m_position(m_repository, m_filter, m_range, LogOrder::NewestFirst, position);
    }

private:
    LogRepository m_repository;
    Filter m_filter;
    LogTimeRange m_range;
    Page m_page;
    Count m_count;
    Position m_position;
};

[[nodiscard]] inline std::unique_ptr<KeysetReader<OperationRecord, LogPosition>>
makeOperationLogReader(Db& db, const OperationLogFilter& filter, const LogTimeRange& range)
{
    return std::make_unique<LogReader<OperationRecord, OperationLogFilter>>(
        db, filter, range, [](LogRepository& r, const auto& f, const auto& p) { return r.operations(f, p); },
        [](LogRepository& r, const auto& f, const auto& t) { return r.countOperations(f, t); },
        [](LogRepository& r, const auto& f, const auto& t, LogOrder o, qint64 p) {
            return r.operationPositionAt(f, t, o, p);
        });
}

[[nodiscard]] inline std::unique_ptr<KeysetReader<LoginRecord, LogPosition>>
makeLoginLogReader(Db& db, const LoginLogFilter& filter, const LogTimeRange& range)
{
    return std::make_unique<LogReader<LoginRecord, LoginLogFilter>>(
        db, filter, range, [](LogRepository& r, const auto& f, const auto& p) { return r.logins(f, p); },
        [](LogRepository& r, const auto& f, const auto& t) { return r.countLogins(f, t); },
        [](LogRepository& r, const auto& f, const auto& t, LogOrder o, qint64 p) {
            return r.loginPositionAt(f, t, o, p);
        });
}

// The mail table's range and count are on the mail's time (not updatedAt, which the sync pages by).
[[nodiscard]] inline std::unique_ptr<KeysetReader<MailRecord, LogPosition>>
makeMailLogReader(Db& db, const MailLogFilter& filter, const LogTimeRange& range)
{
    return std::make_unique<LogReader<MailRecord, MailLogFilter>>(
        db, filter, range, [](LogRepository& r, const auto& f, const auto& p) { return r.mails(f, p); },
        [](LogRepository& r, const auto& f, const auto& t) { return r.countMails(f, t, MailTimeKey::Time); },
        [](LogRepository& r, const auto& f, const auto& t, LogOrder o, qint64 p) {
            return r.mailPositionAt(f, t, o, p);
        });
}

} // namespace dm
