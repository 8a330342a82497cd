#pragma once

#include "export/LogExport.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QFileDialog;
class QWidget;

namespace dm {

class CacheSession;

// Exporting what a log page shows. The page fills in the request's query (the log, its filter and time range, or the
// selected rows' ids) and the report's court and profile; startLogExport asks for the file and its format, then runs
// the export with a progress dialog that can cancel it, and says where the file went.
//
// Returns the file dialog (open, window-modal, deleted when closed; "logExportFileDialog"), or null without a session.
QFileDialog* startLogExport(QWidget* parent, CacheSession* session, LogExportRequest request);

// The suggested file name: "登录日志_2026-12-04.xlsx" (the log's name in the current language, today's date).
[[nodiscard]] QString suggestedExportFileName(LogKind kind, ExportFormat format);

// Runs one export (request.path and request.format set) in the cache's worker thread, a step at a time: each step
// writes pages for about 150 ms and the next step is posted only when the previous one has answered, so sync batches
// and page reads queued meanwhile run in between and a long export never holds the cache for long. Shows a progress
// dialog whose Cancel stops it (the temporary file is deleted, nothing is recorded); at the end a message says how
// many rows went where, or why nothing did. Deletes itself when done.
class LogExportRunner : public QObject
{
    Q_OBJECT

public:
    LogExportRunner(QWidget* parent, CacheSession* session, LogExportRequest request);
    ~LogExportRunner() override;

    void start();
    void cancel();
    [[nodiscard]] QProgressDialog* progressDialog() const { return m_progress; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // ok: the file is written and recorded; cancelled: stopped by the user; otherwise `message` says what failed.
    void finished(bool ok, bool cancelled, const QString& message, const dm::LogExportResult& result);

private:
    struct State;
    void postStep();
    void postFinish();
    void discard();
    void finish(bool ok, bool cancelled, const QString& message, const LogExportResult& result = {});

    QPointer<QWidget> m_parent;
    QPointer<CacheSession> m_session;
    LogExportRequest m_request;
    std::shared_ptr<State> m_state; // the job; touched only in the worker thread
    QPointer<QProgressDialog> m_progress;
    bool m_cancelRequested = false;
    bool m_done = false;
};

} // namespace dm
