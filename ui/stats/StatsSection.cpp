#include "ui/stats/StatsSection.h"

#include "ui/stats/ComparisonModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace dm {

StatsSection::StatsSection(const QString& id, QWidget* chart, Qt::Orientation orientation, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setObjectName(id + QStringLiteral(".section"));
    m_model = new ComparisonModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(id + QStringLiteral(".table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::FigureColumn, QHeaderView::Stretch);

    m_noteIcon = new QLabel(this);
    m_noteIcon->setAlignment(Qt::AlignTop);
    m_note = new QLabel(this);
    m_note->setObjectName(id + QStringLiteral(".note"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteIcon);
    noteRow->addWidget(m_note, 1);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_table, 1);
    sideLayout->addLayout(noteRow);

    auto* splitter = new QSplitter(orientation, this);
    splitter->setObjectName(id + QStringLiteral(".splitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(chart);
    splitter->addWidget(side);
    // The chart gets the larger share; the table's own width or height is no measure of what it needs.
    splitter->setSizes(orientation == Qt::Horizontal ? QList<int>{600, 400} : QList<int>{650, 350});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setNote({}, false);
    retranslateUi();
}

void StatsSection::retranslateUi()
{
    m_table->setAccessibleName(tr("The platform's figures beside the cache's"));
}

void StatsSection::setNote(const QString& text, bool warning)
{
    m_note->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const auto icon = warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_noteIcon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_noteIcon->setVisible(!text.isEmpty());
    m_noteIcon->setAccessibleName(warning ? tr("Warning") : tr("Note"));
    m_note->setVisible(!text.isEmpty());
}

QString StatsSection::note() const
{
    return m_note->text();
}

void StatsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
