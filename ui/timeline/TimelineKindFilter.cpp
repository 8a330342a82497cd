#include "ui/timeline/TimelineKindFilter.h"

#include "ui/logs/FlowLayout.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>

namespace dm {

TimelineKindFilter::TimelineKindFilter(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("timeline.kinds"));
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    addGroup(QStringLiteral("activation"),
             {TimelineKind::Created, TimelineKind::SmsSent, TimelineKind::FirstLogin, TimelineKind::Activated});
    addGroup(QStringLiteral("logins"), {TimelineKind::Login});
    addGroup(QStringLiteral("received"), {TimelineKind::MailReceived});
    addGroup(QStringLiteral("read"), {TimelineKind::MailRead});
    addGroup(QStringLiteral("sent"), {TimelineKind::MailSent});
    addGroup(QStringLiteral("operations"), {TimelineKind::Operation});
    addGroup(QStringLiteral("policy"), {TimelineKind::PolicyChange});
    retranslateUi();
}

void TimelineKindFilter::addGroup(const QString& name, QList<TimelineKind> kinds)
{
    auto* box = new QCheckBox(this);
    box->setObjectName(QStringLiteral("timeline.kind.") + name);
    box->setChecked(true);
    layout()->addWidget(box);
    connect(box, &QCheckBox::toggled, this, &TimelineKindFilter::kindsChanged);
    m_groups.append({box, std::move(kinds)});
}

TimelineKinds TimelineKindFilter::kinds() const
{
    TimelineKinds kinds = TimelineKinds::none();
    for (const Group& group : m_groups) {
        for (const TimelineKind kind : group.kinds) {
            kinds.set(kind, group.box->isChecked());
        }
    }
    return kinds;
}

void TimelineKindFilter::setCounts(const std::optional<TimelineCounts>& counts)
{
    m_counts = counts;
    retranslateUi();
}

void TimelineKindFilter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TimelineKindFilter::retranslateUi()
{
    m_label->setText(tr("Show:"));
    const QStringList names{tr("Activation"), tr("Logins"),     tr("Mail received"), tr("Mail read"),
                            tr("Mail sent"),  tr("Operations"), tr("Policy changes")};
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        const Group& group = m_groups.at(i);
        QString text = names.value(i);
        if (m_counts) {
            qint64 count = 0;
            for (const TimelineKind kind : group.kinds) {
                count += m_counts->of(kind);
            }
            text = tr("%1 (%2)").arg(text).arg(count);
        }
        group.box->setText(text);
    }
}

} // namespace dm
