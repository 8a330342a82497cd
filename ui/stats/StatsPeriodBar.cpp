#include "ui/stats/StatsPeriodBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace dm {

StatsPeriodBar::StatsPeriodBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statsPeriod"));
    m_label = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("period"));
    for (int preset = Last7Days; preset <= Custom; ++preset) {
        m_preset->addItem(QString(), preset);
    }
    m_label->setBuddy(m_preset);

    const QDate now = today();
    m_from = new QDateEdit(now.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(now, this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel->setBuddy(m_to);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &StatsPeriodBar::onPresetChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &StatsPeriodBar::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &StatsPeriodBar::periodChanged);

    retranslateUi();
    setPreset(Last7Days);
}

QDate StatsPeriodBar::today()
{
    return StatsPeriod().dateOf(QDateTime::currentMSecsSinceEpoch());
}

StatsPeriod StatsPeriodBar::period(const QDate& today) const
{
    StatsPeriod period;
    switch (preset()) {
    case Last7Days:
        period.first = today.addDays(-6);
        period.last = today;
        break;
    case Last30Days:
        period.first = today.addDays(-29);
        period.last = today;
        break;
    case ThisMonth:
        period.first = QDate(today.year(), today.month(), 1);
        period.last = today;
        break;
    case Custom:
        period.first = std::min(m_from->date(), m_to->date());
        period.last = std::max(m_from->date(), m_to->date());
        period.first = std::max(period.first, period.last.addDays(1 - kMaxDays));
        break;
    }
    return period;
}

StatsPeriodBar::Preset StatsPeriodBar::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void StatsPeriodBar::setPreset(Preset preset)
{
    const int index = m_preset->findData(static_cast<int>(preset));
    if (index == m_preset->currentIndex()) {
        onPresetChanged(); // no index change to announce it
    } else {
        m_preset->setCurrentIndex(index);
    }
}

void StatsPeriodBar::setCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPreset(Custom);
}

void StatsPeriodBar::onPresetChanged()
{
    const bool custom = preset() == Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
    Q_EMIT periodChanged();
}

void StatsPeriodBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void StatsPeriodBar::retranslateUi()
{
    m_label->setText(tr("Period:"));
    const QString texts[] = {tr("Last 7 days"), tr("Last 30 days"), tr("This month"), tr("Custom range")};
    for (int i = 0; i < m_preset->count(); ++i) {
        m_preset->setItemText(i, texts[m_preset->itemData(i).toInt()]);
    }
    m_preset->setToolTip(tr("Days are counted in China time (UTC+8), as the platform counts them."));
    m_from->setAccessibleName(tr("First day"));
    m_from->setToolTip(tr("At most %1 days: the platform keeps the logs of the last %1 days.").arg(kMaxDays));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("Last day"));
}

} // namespace dm
