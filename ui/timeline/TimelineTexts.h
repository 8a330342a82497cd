#pragma once

#include "store/TimelineRepository.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace dm {

// How timeline events read: the name and icon of each kind and one line of details per event. The log values inside
// (methods, statuses, clients, actions, times) are LogTexts', so an event reads as its row does on the log pages; free
// text (subjects, remarks) is scrubbed of ID numbers and mobiles.
class TimelineTexts
{
    Q_DECLARE_TR_FUNCTIONS(TimelineTexts)

public:
    [[nodiscard]] static QString kind(const TimelineEvent& event);
    [[nodiscard]] static QIcon icon(const TimelineEvent& event);
    [[nodiscard]] static QString details(const TimelineEvent& event);
    // Whether the event deserves a second look (a failed or abnormal login, a refused operation, a mail that did not
    // arrive): marked with a warning icon and said in words, never by colour alone.
    [[nodiscard]] static bool isWarning(const TimelineEvent& event);
};

} // namespace dm
