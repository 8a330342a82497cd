#include "ui/import/ImportResultPage.h"

#include "sync/ImportCsv.h"
#include "sync/ImportPlanner.h"
#include "ui/FileDialogNames.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

ImportResultPage::ImportResultPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("import.resultPage"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("import.resultSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("import.results"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("import.exportResults"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ImportResultPage::chooseExportFile);
    retranslateUi();
}

void ImportResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    setSubTitle(tr("What became of every row of the file. The export holds no ID numbers, mobiles or passwords."));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Account"), tr("Name"), tr("Result"), tr("Reason")});
    m_table->setAccessibleName(tr("Import result"));
    m_export->setText(tr("&Export result..."));
    if (!m_rows.isEmpty()) {
        show();
    }
}

void ImportResultPage::initializePage()
{
    if (m_job.dryRun && m_job.plan) {
        // What a run would do: nothing is sent.
        const ImportPlan& plan = *m_job.plan;
        m_rows = plan.rejected;
        QSet<QString> basisUpdates;
        for (const ImportRow& row : plan.basisUpdates) {
            basisUpdates.insert(row.accountName);
        }
        for (const ImportRow& row : plan.existing) {
            m_rows.append(ImportResultRow{row.row, row.accountName, row.name, ImportOutcome::Existing,
                                          basisUpdates.contains(row.accountName)
                                              ? tr("Its address basis would be recorded (dry run).")
                                              : QString()});
        }
        for (const ImportEntry& entry : plan.toCreate) {
            m_rows.append(ImportResultRow{entry.row.row, entry.row.accountName, entry.row.name, ImportOutcome::Created,
                                          tr("Would be created (dry run).")});
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const ImportResultRow& a, const ImportResultRow& b) { return a.row < b.row; });
    } else {
        m_rows = m_job.results;
    }
    show();
}

void ImportResultPage::show()
{
    qsizetype counts[4] = {0, 0, 0, 0};
    for (const ImportResultRow& row : std::as_const(m_rows)) {
        ++counts[int(row.outcome)];
    }
    QString text = m_job.dryRun ? tr("Dry run, nothing was sent: %1 would be created, %2 already exist, %3 rejected.")
                                      .arg(counts[int(ImportOutcome::Created)])
                                      .arg(counts[int(ImportOutcome::Existing)])
                                      .arg(counts[int(ImportOutcome::Rejected)])
                                : tr("%1 created, %2 skipped (already exist), %3 failed, %4 rejected.")
                                      .arg(counts[int(ImportOutcome::Created)])
                                      .arg(counts[int(ImportOutcome::Existing)])
                                      .arg(counts[int(ImportOutcome::Failed)])
                                      .arg(counts[int(ImportOutcome::Rejected)]);
    if (m_job.cancelled) {
        text += u' ' + tr("The import was cancelled; import the same file again to finish it.");
    }
    m_summary->setText(text);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const ImportResultRow& row = m_rows.at(i);
        auto* number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, qlonglong(row.row));
        m_table->setItem(i, 0, number);
        m_table->setItem(i, 1, new QTableWidgetItem(row.accountName));
        m_table->setItem(i, 2, new QTableWidgetItem(row.name));
        m_table->setItem(i, 3, new QTableWidgetItem(ImportPlanner::outcomeName(row.outcome)));
        auto* reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.reason);
        m_table->setItem(i, 4, reason);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    // A very long name must not push the result and the reason out of sight.
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    for (int column = 0; column < 4; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
}

void ImportResultPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export result"), QString(), tr("CSV files (*.csv)"));
    nameFileDialogControls(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportResults(path); });
    dialog->open();
}

bool ImportResultPage::exportResults(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ImportCsv::results(m_rows)) < 0 || !file.commit()) {
        m_summary->setText(tr("The result could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace dm
