#pragma once

#include "store/TimelineRepository.h"
#include "ui/logs/KeysetTableModelOf.h"

#include <QCoreApplication>

#include <memory>

namespace dm {

// The timeline table: the log pages' lazy keyset table over TimelineRepository, newest first.
class TimelineColumns final : public TableColumns<TimelineEvent>
{
    Q_DECLARE_TR_FUNCTIONS(TimelineColumns)

public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        DetailsColumn,
        ColumnCount,
    };
    [[nodiscard]] int count() const override { return ColumnCount; }
    [[nodiscard]] QVariant header(int column, int role) const override;
    [[nodiscard]] QVariant data(const TimelineEvent& row, int column, int role) const override;
    [[nodiscard]] static QString text(const TimelineEvent& row, int column);
};

using TimelineModel = KeysetTableModelOf<TimelineEvent, TimelinePosition>;

// One account's timeline as a lazy-table listing, made in the worker thread for one job. The account is looked up
// again by every job, so a refresh after a sync shows its new activation dates too.
class TimelineReader final : public KeysetReader<TimelineEvent, TimelinePosition>
{
public:
    TimelineReader(Db& db, const QString& account, const QString& domain, TimelineKinds kinds);

    [[nodiscard]] Expected<qint64, DbError> count() override;
    [[nodiscard]] Expected<QList<TimelineEvent>, DbError> page(const std::optional<TimelinePosition>& from, int limit,
                                                               PageDirection direction) override;
    [[nodiscard]] TimelinePosition cursorOf(const TimelineEvent& row) const override { return row.position(); }

private:
    TimelineRepository m_repository;
    Expected<TimelineSubject, DbError> m_subject;
    TimelineKinds m_kinds;
};

[[nodiscard]] std::unique_ptr<KeysetReader<TimelineEvent, TimelinePosition>>
makeTimelineReader(Db& db, const QString& account, const QString& domain, TimelineKinds kinds);

} // namespace dm
