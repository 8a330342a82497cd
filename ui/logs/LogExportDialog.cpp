#include "ui/logs/LogExportDialog.h"

#include "core/ClientPreferences.h"
#include "export/LogExportColumns.h"
#include "sync/CacheSession.h"
#include "ui/FileDialogNames.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace dm {

namespace {

constexpr int kStepMs = 150; // worker time per step: other cache jobs wait at most about this long
constexpr int kProgressSteps = 1000;
const QString kFolderKey = QStringLiteral("logs/exportFolder");

struct StepAnswer
{
    qint64 done = 0;
    qint64 total = 1;
    bool written = false;
    QString error;
};

QStringList nameFilters()
{
    return {LogExportRunner::tr("Excel workbook (*.xlsx)"), LogExportRunner::tr("CSV, UTF-8 (*.csv)"),
            LogExportRunner::tr("PDF report (*.pdf)")};
}

ExportFormat formatOfFilter(const QString& filter)
{
    const QStringList filters = nameFilters();
    if (filter == filters.at(1)) {
        return ExportFormat::Csv;
    }
    return filter == filters.at(2) ? ExportFormat::Pdf : ExportFormat::Xlsx;
}

} // namespace

struct LogExportRunner::State
{
    std::unique_ptr<LogExportJob> job;
};

QString suggestedExportFileName(LogKind kind, ExportFormat format)
{
    return QStringLiteral("%1_%2.%3")
        .arg(LogExportColumns::logName(kind), QDate::currentDate().toString(Qt::ISODate), formatName(format));
}

QFileDialog* startLogExport(QWidget* parent, CacheSession* session, LogExportRequest request)
{
    if (session == nullptr) {
        return nullptr;
    }
    // The Settings page's export folder first, then the folder of the last export.
    QSettings settings;
    const QString folder = ExportPreferences::load(settings).startFolder(
        settings.value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString());
    const QString logName = LogExportColumns::logName(request.query.kind);
    auto* dialog =
        new QFileDialog(parent, LogExportRunner::tr("Export %1").arg(logName),
                        QDir(folder).filePath(suggestedExportFileName(request.query.kind, ExportFormat::Xlsx)));
    nameFileDialogControls(dialog);
    dialog->setObjectName(QStringLiteral("logExportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(nameFilters());
    dialog->setDefaultSuffix(QStringLiteral("xlsx"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The suffix follows the chosen format, so the suggested name always says what the file is.
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        const QString suffix = formatName(formatOfFilter(filter));
        if (dialog->defaultSuffix() == suffix) {
            return; // the dialog repeats the current filter when it changes folders
        }
        dialog->setDefaultSuffix(suffix);
        const QStringList chosen = dialog->selectedFiles();
        if (!chosen.isEmpty() && !QFileInfo(chosen.constFirst()).isDir()) {
            dialog->selectFile(QFileInfo(chosen.constFirst()).completeBaseName() + QLatin1Char('.') + suffix);
        }
    });
    QPointer<CacheSession> guard(session);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [dialog, parent, guard, request](const QString& path) {
        if (!guard || path.isEmpty()) {
            return;
        }
        LogExportRequest chosen = request;
        chosen.path = path;
        // A known suffix wins over the filter (a name typed as "report.csv" under the workbook filter is a CSV).
        chosen.format =
            exportFormatFromName(QFileInfo(path).suffix()).value_or(formatOfFilter(dialog->selectedNameFilter()));
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
        (new LogExportRunner(parent, guard, std::move(chosen)))->start();
    });
    dialog->open();
    return dialog;
}

LogExportRunner::LogExportRunner(QWidget* parent, CacheSession* session, LogExportRequest request)
    : QObject(parent)
    , m_parent(parent)
    , m_session(session)
    , m_request(std::move(request))
    , m_state(std::make_shared<State>())
{
    setObjectName(QStringLiteral("logExportRunner"));
}

LogExportRunner::~LogExportRunner()
{
    if (!m_done) {
        discard();
    }
    delete m_progress;
}

void LogExportRunner::start()
{
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(QStringLiteral("logExportProgress"));
    m_progress->setWindowTitle(tr("Export %1").arg(LogExportColumns::logName(m_request.query.kind)));
    m_progress->setLabelText(tr("Exporting to %1…").arg(QFileInfo(m_request.path).fileName()));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &LogExportRunner::cancel);
    if (!m_session) {
        finish(false, false, tr("The profile was closed."));
        return;
    }
    // A closed profile (locked, switched) drops the answers still on their way: end here, not in a dialog that waits
    // for ever. The session's worker has stopped by the time it is destroyed, so the job is dropped in this thread.
    connect(m_session, &QObject::destroyed, this, [this] {
        if (!m_done) {
            m_state->job.reset();
            finish(false, false, tr("The profile was closed."));
        }
    });
    m_session->query<QString>(
        [state = m_state, request = m_request](Db& db) {
            auto job = LogExportJob::start(db, request);
            if (!job) {
                return job.error();
            }
            state->job = std::move(*job);
            return QString();
        },
        this,
        [this](const QString& error) {
            if (!error.isEmpty()) {
                finish(false, false, error);
                return;
            }
            postStep();
        });
}

void LogExportRunner::cancel()
{
    m_cancelRequested = true; // the step on its way ends the export when it answers
}

void LogExportRunner::postStep()
{
    if (m_cancelRequested || !m_session) {
        discard();
        finish(false, true, tr("The export was cancelled."));
        return;
    }
    m_session->query<StepAnswer>(
        [state = m_state](Db& db) {
            StepAnswer answer;
            auto stepped = state->job->step(db, kStepMs);
            if (!stepped) {
                answer.error = stepped.error();
                state->job.reset();
                return answer;
            }
            answer.written = *stepped;
            answer.done = state->job->progressDone();
            answer.total = state->job->progressTotal();
            return answer;
        },
        this,
        [this](const StepAnswer& answer) {
            if (!answer.error.isEmpty()) {
                finish(false, false, answer.error);
                return;
            }
            Q_EMIT progressed(answer.done, answer.total);
            m_progress->setValue(int(answer.done * kProgressSteps / qMax<qint64>(1, answer.total)));
            if (answer.written && !m_cancelRequested) {
                postFinish();
            } else {
                postStep();
            }
        });
}

void LogExportRunner::postFinish()
{
    m_session->query<Expected<LogExportResult, QString>>(
        [state = m_state](Db& db) {
            auto result = state->job->finish(db);
            state->job.reset(); // the file has its name, or the temporary one is deleted
            return result;
        },
        this,
        [this](const Expected<LogExportResult, QString>& result) {
            if (!result) {
                finish(false, false, result.error());
                return;
            }
            finish(
                true, false,
                tr("%n row(s) exported to %1.", nullptr, int(result->rows)).arg(QDir::toNativeSeparators(result->path)),
                *result);
        });
}

void LogExportRunner::discard()
{
    // Dropped in the worker thread, where the job runs: its file is closed and deleted there. Without a session the
    // worker is gone, and the last reference (this one) deletes the job here.
    if (m_session) {
        m_session->query<bool>(
            [state = m_state](Db&) {
                state->job.reset();
                return true;
            },
            nullptr, [](bool) {});
    }
}

void LogExportRunner::finish(bool ok, bool cancelled, const QString& message, const LogExportResult& result)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_progress) {
        m_progress->hide();
    }
    if (ok && m_session) {
        m_session->anchorLedger(); // after the export's ledger entry, which the same worker wrote first
    }
    Q_EMIT finished(ok, cancelled, message, result);
    if (!cancelled && m_parent) {
        auto* box =
            new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                            ok ? tr("Export finished") : tr("Export failed"), message, QMessageBox::Ok, m_parent);
        box->setObjectName(QStringLiteral("logExportMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    deleteLater();
}

} // namespace dm
