#include "ui/import/ImportCheckPage.h"

#include "core/ImportParser.h"
#include "store/Db.h"
#include "store/Outbox.h"
#include "store/UnitRepository.h"
#include "sync/CacheSession.h"
#include "sync/ImportCsv.h"
#include "sync/ImportPlanner.h"
#include "ui/FileDialogNames.h"
#include "ui/import/ImportWizard.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

namespace {

struct CheckResult
{
    std::shared_ptr<const ImportPlan> plan;
    qint64 earlierPending = 0;
    QString error;
};

// The whole check, in the cache's worker thread: rows, then what the cache knows about them, then the plan.
CheckResult checkInWorker(Db& db, const ImportTable& table, const ImportOptions& options, const QString& digest)
{
    CheckResult result;
    auto candidates = ImportParser::validate(table, options);
    if (!candidates) {
        result.error = candidates.error().message();
        return result;
    }
    ImportPlanner::Context context;
    context.fileDigest = digest;
    auto units = UnitRepository(db).list();
    auto index = units ? ImportPlanner::lookup(db, candidates->rows) : Unexpected(units.error());
    if (!index) {
        result.error = index.error().message();
        return result;
    }
    context.units = *units;
    context.index = std::move(*index);
    auto plan = ImportPlanner::plan(table, options, context);
    if (!plan) {
        result.error = plan.error().message();
        return result;
    }
    if (auto counts = Outbox(db).counts(plan->batchId); counts) {
        result.earlierPending = counts->pending + counts->running + counts->failed;
    }
    result.plan = std::make_shared<const ImportPlan>(std::move(*plan));
    return result;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("import.checkPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("import.checkSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("import.report"));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("import.exportReport"));
    m_export->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ImportCheckPage::chooseExportFile);
    retranslateUi();
}

void ImportCheckPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportCheckPage::retranslateUi()
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is checked: ID number checksum, mobile, account name rules, duplicates in the file and "
                   "on the platform. Rejected rows are not imported."));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_table->setAccessibleName(tr("Validation report"));
    m_export->setText(tr("&Export report..."));
    if (m_ready || !m_error.isEmpty()) {
        showPlan();
    }
}

void ImportCheckPage::initializePage()
{
    m_ready = false;
    m_error.clear();
    m_job.plan.reset();
    // Once rows are sent there is no going back to change the file or the mapping.
    setCommitPage(!m_job.dryRun);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_table->setRowCount(0);
    m_export->setEnabled(false);
    m_summary->setText(tr("Bringing the cached accounts up to date, so that duplicates on the platform are known..."));
    CacheSession* session = m_job.session;
    disconnect(m_syncConnection);
    m_syncConnection = connect(session, &CacheSession::syncFinished, this, &ImportCheckPage::synced);
    // A sync already under way covers the accounts too; its end starts the check.
    if (!session->isSyncing()) {
        session->startSync({QStringLiteral("accounts")});
    }
}

void ImportCheckPage::cleanupPage()
{
    disconnect(m_syncConnection);
    ++m_request;
    QWizardPage::cleanupPage();
}

void ImportCheckPage::synced(const SyncSummary& summary)
{
    disconnect(m_syncConnection);
    if (!summary.succeeded()) {
        QStringList messages;
        for (const SyncError& error : summary.errors) {
            messages.append(error.message());
        }
        showError(tr("The accounts could not be brought up to date, so duplicates on the platform cannot be ruled "
                     "out: %1")
                      .arg(messages.join(QStringLiteral("; "))));
        return;
    }
    check();
}

void ImportCheckPage::check()
{
    m_summary->setText(tr("Checking %n row(s)...", nullptr, int(std::max<qsizetype>(0, m_job.table.rows.size() - 1))));
    const int request = ++m_request;
    ImportOptions options = m_job.options;
    options.mailDomain = m_job.session->settings().domain;
    m_job.session->query<CheckResult>([table = m_job.table, options, digest = m_job.fileDigest](
                                          Db& db) { return checkInWorker(db, table, options, digest); },
                                      this,
                                      [this, request](CheckResult result) {
                                          if (request != m_request) {
                                              return;
                                          }
                                          if (!result.error.isEmpty()) {
                                              showError(result.error);
                                              return;
                                          }
                                          m_job.plan = result.plan;
                                          m_job.earlierPending = result.earlierPending;
                                          m_ready = true;
                                          showPlan();
                                          Q_EMIT completeChanged();
                                      });
}

void ImportCheckPage::showError(const QString& message)
{
    m_error = message;
    m_summary->setText(message);
}

void ImportCheckPage::showPlan()
{
    if (!m_error.isEmpty() || !m_job.plan) {
        m_summary->setText(m_error);
        return;
    }
    const ImportPlan& plan = *m_job.plan;
    QString text =
        tr("%n data row(s): ", nullptr, int(plan.report.dataRows)) + tr("%1 to create, %2 already exist, %3 rejected.")
                                                                         .arg(plan.toCreate.size())
                                                                         .arg(plan.existing.size())
                                                                         .arg(plan.rejectedRows);
    if (m_job.earlierPending > 0) {
        text += u' ' + tr("An earlier import of this file was interrupted; running it again finishes it without "
                          "creating anything twice.");
    }
    if (m_job.dryRun) {
        text += u' ' + tr("Dry run: nothing will be sent.");
    }
    m_summary->setText(text);
    m_table->setRowCount(int(plan.findings.size()));
    for (int i = 0; i < plan.findings.size(); ++i) {
        const ImportFinding& finding = plan.findings.at(i);
        auto* row = new QTableWidgetItem;
        row->setData(Qt::DisplayRole, qlonglong(finding.row));
        m_table->setItem(i, 0, row);
        m_table->setItem(i, 1, new QTableWidgetItem(finding.column));
        auto* reason = new QTableWidgetItem(finding.error ? finding.message : tr("Warning: %1").arg(finding.message));
        reason->setToolTip(finding.message);
        m_table->setItem(i, 2, reason);
    }
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18;
    for (int column = 0; column < 2; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
    m_export->setEnabled(!plan.findings.isEmpty());
}

bool ImportCheckPage::isComplete() const
{
    return m_ready;
}

int ImportCheckPage::nextId() const
{
    return m_job.dryRun ? ImportWizard::ResultPage : ImportWizard::RunPage;
}

void ImportCheckPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export report"), QString(), tr("CSV files (*.csv)"));
    nameFileDialogControls(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportReport(path); });
    dialog->open();
}

bool ImportCheckPage::exportReport(const QString& path)
{
    if (!m_job.plan) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ImportCsv::report(m_job.plan->findings)) < 0 || !file.commit()) {
        m_summary->setText(tr("The report could not be saved: %1").arg(file.errorString()));
        return false;
    }
    return true;
}

} // namespace dm
