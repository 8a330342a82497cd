#include "ui/help/DiagnosticsExportFlow.h"

#include "core/ClientPreferences.h"
#include "core/ScrubbingMessageHandler.h"
#include "core/SessionLogFile.h"
#include "support/DiagnosticsBundle.h"
#include "sync/CacheSession.h"
#include "ui/FileDialogNames.h"
#include "ui/help/DiagnosticsExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace dm {
namespace {

class DiagnosticsTexts
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsTexts)
};

// The Settings page's export folder first, then the folder the log exports last went to, then Documents: support
// files land where the user looks for exports.
QString defaultFolder(const QSettings& settings)
{
    return ExportPreferences::load(settings).startFolder(
        settings
            .value(QStringLiteral("logs/exportFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString());
}

void tell(QWidget* parent, bool succeeded, const QString& message)
{
    auto* box = new QMessageBox(succeeded ? QMessageBox::Information : QMessageBox::Warning,
                                DiagnosticsTexts::tr("Export diagnostics"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("diagnostics.result"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void writeBundle(QWidget* parent, QSettings& settings, CacheSession* session, const Capabilities& capabilities,
                 QString path)
{
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".zip");
    }
    auto* progress = new QProgressDialog(parent);
    progress->setObjectName(QStringLiteral("diagnostics.progress"));
    progress->setWindowTitle(DiagnosticsTexts::tr("Export diagnostics"));
    progress->setLabelText(DiagnosticsTexts::tr("Checking the cache and writing the diagnostics bundle…"));
    progress->setRange(0, 0); // busy: neither the cache check nor the ZIP can say how far along they are
    progress->setMinimumDuration(0);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->open();

    // Where this run really logs (main() attaches the log), whatever the default folder is.
    const QString logs = sessionLogDirectory();
    auto* job = new DiagnosticsExport(
        settings, {logs.isEmpty() ? SessionLogFile::defaultDirectory() : logs, session, capabilities}, progress);
    QObject::connect(job, &DiagnosticsExport::finished, progress,
                     [parent, progress](bool succeeded, const QString& message) {
                         progress->close();
                         tell(parent, succeeded, message);
                     });
    // Cancel hides the dialog at once; it goes (with the job) when the job says it has left no file behind.
    QObject::connect(progress, &QProgressDialog::canceled, job, &DiagnosticsExport::cancel);
    QObject::connect(job, &DiagnosticsExport::cancelled, progress, &QObject::deleteLater);
    job->start(path);
}

} // namespace

void exportDiagnostics(QWidget* parent, QSettings& settings, CacheSession* session, const Capabilities& capabilities)
{
    auto* dialog = new QFileDialog(parent, DiagnosticsTexts::tr("Export diagnostics"),
                                   QDir(defaultFolder(settings)).filePath(DiagnosticsBundle::defaultFileName()),
                                   DiagnosticsTexts::tr("ZIP archives (*.zip)"));
    nameFileDialogControls(dialog);
    dialog->setObjectName(QStringLiteral("diagnosticsFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // The session and the capabilities are those of the moment the file is chosen (a profile may open meanwhile).
    QPointer<CacheSession> guard(session);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [parent, &settings, guard, capabilities](const QString& path) {
                         if (!path.isEmpty()) {
                             writeBundle(parent, settings, guard.data(), capabilities, path);
                         }
                     });
    // open(), not exec(): no nested event loop.
    dialog->open();
}

} // namespace dm
