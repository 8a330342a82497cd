#include "ui/activation/ActivationFilterBar.h"

#include "ui/UnitChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>
#include <functional>

namespace dm {

namespace {

constexpr int kPresetDays[] = {7, 30, 90, 180};

} // namespace

ActivationFilterBar::ActivationFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activationFilter"));
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (int period = Last7Days; period <= Custom; ++period) {
        m_period->addItem(QString(), period);
    }
    m_periodLabel->setBuddy(m_period);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-29), this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel->setBuddy(m_to);

    m_unitLabel = new QLabel(this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setMinimumContentsLength(12);
    m_unit->addItem(QString(), QString());
    m_unitLabel->setBuddy(m_unit);
    m_subUnits = new QCheckBox(this);
    m_subUnits->setObjectName(QStringLiteral("subUnits"));
    m_subUnits->setChecked(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_unitLabel);
    layout->addWidget(m_unit);
    layout->addWidget(m_subUnits);
    layout->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivationFilterBar::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &ActivationFilterBar::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ActivationFilterBar::filterChanged);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ActivationFilterBar::filterChanged);
    connect(m_subUnits, &QCheckBox::toggled, this, &ActivationFilterBar::filterChanged);

    retranslateUi();
    setPeriod(Last90Days);
}

ActivationFilter ActivationFilterBar::filter(const QDate& today) const
{
    ActivationFilter filter;
    filter.unitId = unitId();
    filter.includeSubUnits = m_subUnits->isChecked();
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    if (period <= Last180Days) {
        filter.createdFrom = today.addDays(1 - kPresetDays[period]).startOfDay().toMSecsSinceEpoch();
    } else if (period == Custom) {
        const QDate from = std::min(m_from->date(), m_to->date());
        const QDate to = std::max(m_from->date(), m_to->date());
        filter.createdFrom = from.startOfDay().toMSecsSinceEpoch();
        filter.createdTo = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return filter;
}

void ActivationFilterBar::setPeriod(Period period)
{
    const int index = m_period->findData(static_cast<int>(period));
    if (index == m_period->currentIndex()) {
        onPeriodChanged(); // no index change to announce it
    } else {
        m_period->setCurrentIndex(index);
    }
}

void ActivationFilterBar::setCustomRange(const QDate& from, const QDate& to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    setPeriod(Custom);
}

QString ActivationFilterBar::unitId() const
{
    return m_unit->currentData().toString();
}

void ActivationFilterBar::setUnit(const QString& unitId)
{
    const int index = m_unit->findData(unitId);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
}

void ActivationFilterBar::setUnits(const QList<Unit>& units)
{
    if (sameUnits(units, m_units)) {
        return;
    }
    m_units = units;
    if (!fillUnitChoice(*m_unit, m_units)) {
        Q_EMIT filterChanged();
    }
}

void ActivationFilterBar::onPeriodChanged()
{
    const bool custom = m_period->currentData().toInt() == Custom;
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
    Q_EMIT filterChanged();
}

void ActivationFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivationFilterBar::retranslateUi()
{
    m_periodLabel->setText(tr("Created in:"));
    const QString texts[] = {tr("Last 7 days"),   tr("Last 30 days"), tr("Last 90 days"),
                             tr("Last 180 days"), tr("All time"),     tr("Custom range")};
    for (int i = 0; i < m_period->count(); ++i) {
        m_period->setItemText(i, texts[m_period->itemData(i).toInt()]);
    }
    m_from->setAccessibleName(tr("Created from"));
    m_toLabel->setText(tr("to"));
    m_to->setAccessibleName(tr("Created until"));
    m_unitLabel->setText(tr("Unit:"));
    m_unit->setItemText(0, tr("All units"));
    m_subUnits->setText(tr("Include sub-units"));
}

} // namespace dm
