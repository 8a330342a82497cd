#include "ui/stats/FunnelPanel.h"

#include "ui/UnitChoice.h"
#include "ui/activation/FunnelWidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace dm {

FunnelPanel::FunnelPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("funnelPanel"));
    m_unitLabel = new QLabel(this);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("funnelUnit"));
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->setMinimumContentsLength(12);
    m_unit->addItem(QString(), QString());
    m_unitLabel->setBuddy(m_unit);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("funnelSource"));
    m_source->setWordWrap(true);
    m_funnel = new FunnelWidget(this);

    auto* unitRow = new QHBoxLayout;
    unitRow->addWidget(m_unitLabel);
    unitRow->addWidget(m_unit);
    unitRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(unitRow);
    layout->addWidget(m_funnel, 1);
    layout->addWidget(m_source);

    connect(m_unit, &QComboBox::currentIndexChanged, this, &FunnelPanel::unitChanged);
    retranslateUi();
}

QString FunnelPanel::unitId() const
{
    return m_unit->currentData().toString();
}

void FunnelPanel::setUnit(const QString& unitId)
{
    const int index = m_unit->findData(unitId);
    m_unit->setCurrentIndex(index < 0 ? 0 : index);
}

void FunnelPanel::setUnits(const QList<Unit>& units)
{
    if (sameUnits(units, m_units)) {
        return;
    }
    m_units = units;
    if (!fillUnitChoice(*m_unit, m_units)) {
        Q_EMIT unitChanged();
    }
}

void FunnelPanel::setFigures(const ActivationFunnel& funnel, bool fromPlatform)
{
    m_loaded = true;
    m_fromPlatform = fromPlatform;
    m_funnel->setFunnel(funnel);
    retranslateUi();
}

void FunnelPanel::clear()
{
    m_loaded = false;
    m_funnel->clear();
    retranslateUi();
}

void FunnelPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FunnelPanel::retranslateUi()
{
    m_unitLabel->setText(tr("Unit:"));
    m_unit->setItemText(0, tr("All units"));
    m_unit->setToolTip(tr("A unit counts with the units below it."));
    if (!m_loaded) {
        m_source->clear();
    } else {
        m_source->setText(m_fromPlatform
                              ? tr("Accounts created in the period, as the platform counts them.")
                              : tr("Accounts created in the period, as the cache counts them (the platform gave no "
                                   "figures)."));
    }
}

} // namespace dm
