#pragma once

#include "store/TimelineRepository.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace dm {

// Which kinds of event the timeline shows: one check box per group of kinds, each with its count for the account, on
// lines that wrap when the window is narrow (so a Chinese label is never cut).
class TimelineKindFilter final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineKindFilter(QWidget* parent = nullptr);

    [[nodiscard]] TimelineKinds kinds() const;
    // The account's events per kind, shown beside each box; nullopt: none known (no account shown).
    void setCounts(const std::optional<TimelineCounts>& counts);

Q_SIGNALS:
    void kindsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Group
    {
        QCheckBox* box = nullptr;
        QList<TimelineKind> kinds;
    };
    void addGroup(const QString& name, QList<TimelineKind> kinds);
    void retranslateUi();

    QLabel* m_label = nullptr;
    QList<Group> m_groups;
    std::optional<TimelineCounts> m_counts;
};

} // namespace dm
