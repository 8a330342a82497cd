#pragma once

#include "store/TimelineRepository.h"

#include <QLabel>

#include <optional>

namespace dm {

class Db;

// Who the timeline is about, read in one job: the account (if cached), its unit's name and its events per kind.
struct TimelineHeaderData
{
    TimelineSubject subject;
    QString unitName;
    TimelineCounts counts;
};

[[nodiscard]] Expected<TimelineHeaderData, DbError> readTimelineHeader(Db& db, const QString& account,
                                                                       const QString& domain);

// The line above the timeline: the recipient's name, address, case number (a link to the case view), unit, status and
// activation state; or, for a name that is no cached account, that only its log rows are shown. No ID number or
// mobile: the timeline needs neither.
class TimelineHeader final : public QLabel
{
    Q_OBJECT

public:
    explicit TimelineHeader(QWidget* parent = nullptr);

    // nullopt: nothing shown yet.
    void showData(const std::optional<TimelineHeaderData>& header, const QString& typed);
    void retranslateUi();

Q_SIGNALS:
    void caseRequested(const QString& caseNumber);

private:
    std::optional<TimelineHeaderData> m_data;
    QString m_typed;
};

} // namespace dm
