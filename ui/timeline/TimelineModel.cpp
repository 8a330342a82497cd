#include "ui/timeline/TimelineModel.h"

#include "ui/logs/LogTexts.h"
#include "ui/timeline/TimelineTexts.h"

#include <algorithm>

namespace dm {

QVariant TimelineColumns::header(int column, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QString TimelineColumns::text(const TimelineEvent& row, int column)
{
    switch (column) {
    case TimeColumn:
        return LogTexts::time(row.time);
    case EventColumn:
        return TimelineTexts::kind(row);
    case DetailsColumn:
        return TimelineTexts::details(row);
    default:
        return {};
    }
}

QVariant TimelineColumns::data(const TimelineEvent& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case Qt::DecorationRole:
        return column == EventColumn ? QVariant(TimelineTexts::icon(row)) : QVariant();
    case Qt::ToolTipRole:
        return column == DetailsColumn ? QVariant(text(row, column)) : QVariant();
    case Qt::AccessibleTextRole:
        // The warning icon is said in words too.
        if (column == EventColumn && TimelineTexts::isWarning(row)) {
            return tr("%1 (needs attention)").arg(text(row, column));
        }
        return {};
    default:
        return {};
    }
}

TimelineReader::TimelineReader(Db& db, const QString& account, const QString& domain, TimelineKinds kinds)
    : m_repository(db)
    , m_subject(m_repository.subject(account, domain))
    , m_kinds(kinds)
{}

Expected<qint64, DbError> TimelineReader::count()
{
    if (!m_subject) {
        return Unexpected{m_subject.error()};
    }
    auto counts = m_repository.counts(*m_subject);
    if (!counts) {
        return Unexpected{counts.error()};
    }
    return counts->total(m_kinds);
}

Expected<QList<TimelineEvent>, DbError> TimelineReader::page(const std::optional<TimelinePosition>& from, int limit,
                                                             PageDirection direction)
{
    if (!m_subject) {
        return Unexpected{m_subject.error()};
    }
    // The table shows the newest first; the rows before a position are the next ones oldest first, turned round.
    const LogOrder order = direction == PageDirection::Forward ? LogOrder::NewestFirst : LogOrder::OldestFirst;
    auto rows = m_repository.page(*m_subject, m_kinds, from, limit, order);
    if (rows && direction == PageDirection::Backward) {
        std::reverse(rows->begin(), rows->end());
    }
    return rows;
}

std::unique_ptr<KeysetReader<TimelineEvent, TimelinePosition>>
makeTimelineReader(Db& db, const QString& account, const QString& domain, TimelineKinds kinds)
{
    return std::make_unique<TimelineReader>(db, account, domain, kinds);
}

} // namespace dm
