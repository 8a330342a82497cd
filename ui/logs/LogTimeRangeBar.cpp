#include "ui/logs/LogTimeRangeBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace dm {

LogTimeRangeBar::LogTimeRangeBar(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateTimeEdit(this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_preset->setObjectName(QStringLiteral("logs.timePreset"));
    m_from->setObjectName(QStringLiteral("logs.timeFrom"));
    m_to->setObjectName(QStringLiteral("logs.timeTo"));
    m_label->setBuddy(m_preset);
    m_toLabel->setBuddy(m_to);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setDateTime(QDateTime(now.date().addDays(-7), QTime(0, 0)));
    m_to->setDateTime(QDateTime(now.date().addDays(1), QTime(0, 0)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    retranslateUi();
    updateCustomFields();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomFields();
        Q_EMIT rangeChanged();
    });
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (preset() == Custom) {
                Q_EMIT rangeChanged();
            }
        });
    }
}

LogTimeRangeBar::Preset LogTimeRangeBar::preset() const
{
    return static_cast<Preset>(m_preset->currentData().toInt());
}

void LogTimeRangeBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(int(preset))));
}

void LogTimeRangeBar::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    if (preset() == Custom) {
        Q_EMIT rangeChanged();
    } else {
        setPreset(Custom);
    }
}

LogTimeRange LogTimeRangeBar::range() const
{
    const QDateTime now = m_clock();
    const auto startOf = [](QDate date) { return date.startOfDay().toMSecsSinceEpoch(); };
    LogTimeRange range;
    // Presets leave the end open: rows a sync adds while the page is open belong to "today" too.
    switch (preset()) {
    case AllCached:
        break;
    case Today:
        range.fromMs = startOf(now.date());
        break;
    case Last7Days:
        range.fromMs = now.addDays(-7).toMSecsSinceEpoch();
        break;
    case Last30Days:
        range.fromMs = now.addDays(-30).toMSecsSinceEpoch();
        break;
    case ThisMonth:
        range.fromMs = startOf(QDate(now.date().year(), now.date().month(), 1));
        break;
    case Custom:
        range.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        range.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    return range;
}

void LogTimeRangeBar::updateCustomFields()
{
    const bool custom = preset() == Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

void LogTimeRangeBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LogTimeRangeBar::retranslateUi()
{
    m_label->setText(tr("T&ime:"));
    m_preset->setAccessibleName(tr("Time range"));
    m_from->setAccessibleName(tr("From"));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("To (not included)"));
    const QSignalBlocker blocker(m_preset);
    const QVariant current = m_preset->currentData();
    m_preset->clear();
    m_preset->addItem(tr("All cached"), int(AllCached));
    m_preset->addItem(tr("Today"), int(Today));
    m_preset->addItem(tr("Last 7 days"), int(Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Last30Days));
    m_preset->addItem(tr("This month"), int(ThisMonth));
    m_preset->addItem(tr("Custom…"), int(Custom));
    m_preset->setCurrentIndex(current.isValid() ? qMax(0, m_preset->findData(current)) : 0);
}

} // namespace dm
