#include "ui/activation/WorklistPanel.h"

#include "ui/activation/AgeingBucketsWidget.h"
#include "ui/activation/OverdueWorklistModel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dm {

WorklistPanel::WorklistPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("worklistPanel"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("worklistTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_resendButton = new QPushButton(this);
    m_resendButton->setObjectName(QStringLiteral("resendActivation"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportWorklist"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_resendButton);
    bar->addWidget(m_exportButton);

    m_model = new OverdueWorklistModel(this);
    m_model->setObjectName(QStringLiteral("worklistModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("worklist"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverdueWorklistModel::DaysWaitingColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("resendProgress"));
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelResend"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_cancelButton);
    statusRow->addWidget(m_status, 2);
    m_progress->hide();
    m_cancelButton->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);

    // The context menu of the table; Ctrl+C copies the selected account names.
    m_resendAction = new QAction(this);
    m_resendAction->setObjectName(QStringLiteral("resendActivationAction"));
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_exportAction = new QAction(this);
    m_table->addAction(m_resendAction);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_exportAction);

    connect(m_resendAction, &QAction::triggered, this, &WorklistPanel::resendRequested);
    connect(m_resendButton, &QPushButton::clicked, this, &WorklistPanel::resendRequested);
    connect(m_exportAction, &QAction::triggered, this, &WorklistPanel::exportRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &WorklistPanel::exportRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &WorklistPanel::cancelRequested);
    connect(m_copyAction, &QAction::triggered, this, &WorklistPanel::copySelectedNames);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorklistPanel::updateActions);

    retranslateUi();
    setResendAvailable(false);
}

void WorklistPanel::setRows(QList<OverdueRow> rows, qint64 nowMs, qint64 total, const WaitRange& range)
{
    // Rows come and go as the cache changes: keep what the user chose by account name.
    const QStringList selected = selectedAccountNames();
    m_loaded = true;
    m_total = total;
    m_range = range;
    m_model->setRows(std::move(rows), nowMs);
    if (!selected.isEmpty()) {
        const QSet<QString> wanted(selected.cbegin(), selected.cend());
        QItemSelection selection;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (wanted.contains(m_model->rowAt(row).accountName)) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
                selection.select(index, index.siblingAtColumn(OverdueWorklistModel::ColumnCount - 1));
            }
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }
    if (m_table->horizontalHeader()->sectionSize(0) <= m_table->horizontalHeader()->defaultSectionSize()) {
        m_table->resizeColumnsToContents();
    }
    updateTitle();
    updateActions();
}

void WorklistPanel::clear()
{
    m_loaded = false;
    m_total = 0;
    m_model->setRows({}, 0);
    m_status->clear();
    updateTitle();
    updateActions();
}

QStringList WorklistPanel::selectedAccountNames() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid() && source.row() < m_model->rowCount()) {
            names.append(m_model->rowAt(source.row()).accountName);
        }
    }
    return names;
}

void WorklistPanel::setResendAvailable(bool available)
{
    m_resendAvailable = available;
    m_resendButton->setVisible(available);
    m_resendAction->setVisible(available);
    updateActions();
}

void WorklistPanel::setResending(bool resending)
{
    m_resending = resending;
    m_progress->setVisible(resending);
    m_cancelButton->setVisible(resending);
    updateActions();
}

void WorklistPanel::setExporting(bool exporting)
{
    m_exporting = exporting;
    updateActions();
}

void WorklistPanel::showProgress(qsizetype finished, qsizetype total)
{
    m_progress->setRange(0, static_cast<int>(total));
    m_progress->setValue(static_cast<int>(finished));
}

void WorklistPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

void WorklistPanel::copySelectedNames()
{
    const QStringList names = selectedAccountNames();
    if (!names.isEmpty()) {
        QGuiApplication::clipboard()->setText(names.join(QLatin1Char('\n')));
    }
}

void WorklistPanel::updateTitle()
{
    const QLocale locale;
    QString title = m_range == kOverdue
                        ? tr("Overdue worklist: waiting %1").arg(AgeingBucketsWidget::rangeText(m_range))
                        : tr("Worklist: waiting %1").arg(AgeingBucketsWidget::rangeText(m_range));
    if (m_loaded) {
        title += QStringLiteral(" (%1)").arg(locale.toString(m_total));
        if (m_total > m_model->rowCount()) {
            title += QLatin1Char(' ') + tr("– the %1 longest-waiting are shown; the export has them all")
                                            .arg(locale.toString(m_model->rowCount()));
        } else if (m_total == 0) {
            title += QLatin1Char(' ') + tr("– nobody is waiting in this range");
        }
    }
    m_title->setText(title);
}

void WorklistPanel::updateActions()
{
    const bool haveSelection = m_table->selectionModel()->hasSelection();
    const bool canResend = m_resendAvailable && haveSelection && !m_resending;
    m_resendButton->setEnabled(canResend);
    m_resendAction->setEnabled(canResend);
    m_copyAction->setEnabled(haveSelection);
    const bool canExport = m_loaded && !m_exporting && m_total > 0;
    m_exportButton->setEnabled(canExport);
    m_exportAction->setEnabled(canExport);
}

void WorklistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WorklistPanel::retranslateUi()
{
    m_resendButton->setText(tr("&Resend activation SMS"));
    m_exportButton->setText(tr("E&xport worklist…"));
    m_cancelButton->setText(tr("Stop"));
    m_table->setAccessibleName(tr("Overdue worklist"));
    m_progress->setAccessibleName(tr("Resend progress"));
    m_resendAction->setText(tr("Resend activation SMS"));
    m_copyAction->setText(tr("Copy account names"));
    m_exportAction->setText(tr("Export worklist…"));
    updateTitle();
}

} // namespace dm
