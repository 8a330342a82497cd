#include "ui/activation/AgeingBucketsWidget.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {

AgeingBucketsWidget::AgeingBucketsWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ageing"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ageingTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("ageing.bucket%1").arg(i));
        button->setCheckable(true);
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        const int bucket = static_cast<int>(i);
        connect(button, &QPushButton::clicked, this, [this, bucket] { onClicked(bucket); });
        layout->addWidget(button);
        m_buttons.at(i) = button;
    }
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("ageingTotal"));
    m_total->setWordWrap(true);
    layout->addWidget(m_total);
    layout->addStretch(1);
    retranslateUi();
}

void AgeingBucketsWidget::setCounts(const AgeingCounts& counts)
{
    m_counts = counts;
    m_loaded = true;
    showCounts();
}

void AgeingBucketsWidget::clear()
{
    m_counts = {};
    m_loaded = false;
    showCounts();
}

WaitRange AgeingBucketsWidget::selectedRange() const
{
    return m_selected ? kAgeingBuckets.at(static_cast<std::size_t>(*m_selected)) : kOverdue;
}

QString AgeingBucketsWidget::rangeText(const WaitRange& range)
{
    if (range.minDays == 0) {
        return range.maxDays ? tr("under %1 days").arg(*range.maxDays) : tr("any time");
    }
    if (range.maxDays) {
        return tr("%1 to %2 days").arg(range.minDays).arg(*range.maxDays);
    }
    return tr("%1 days or more").arg(range.minDays);
}

void AgeingBucketsWidget::onClicked(int bucket)
{
    m_selected = m_selected == bucket ? std::nullopt : std::optional<int>(bucket);
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        m_buttons.at(i)->setChecked(m_selected == static_cast<int>(i));
    }
    Q_EMIT rangeSelected(selectedRange());
}

void AgeingBucketsWidget::showCounts()
{
    const QLocale locale;
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        const QString label = rangeText(kAgeingBuckets.at(i));
        const QString count = m_loaded ? locale.toString(m_counts.buckets.at(i)) : QStringLiteral("–");
        m_buttons.at(i)->setText(tr("Waiting %1: %2").arg(label, count));
        m_buttons.at(i)->setAccessibleName(tr("Waiting %1, %2 accounts; shows them in the worklist").arg(label, count));
    }
    m_total->setText(m_loaded ? tr("Waiting for activation in all: %1").arg(locale.toString(m_counts.total()))
                              : QString());
}

void AgeingBucketsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AgeingBucketsWidget::retranslateUi()
{
    m_title->setText(tr("Accounts not yet activated, by time since the last activation SMS:"));
    showCounts();
}

} // namespace dm
