#pragma once

#include "sync/SyncEngine.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QMessageBox;
class QProgressBar;
class QToolButton;

namespace dm {

class CacheSession;

// The sync part of the status bar: while a sync runs, the stream, rows, percent and rate with a cancel button;
// afterwards the outcome (gaps named) with a Details button that lists every stream, count check and error.
class SyncStatusBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    // Starts a sync of every stream unless one runs or no session is open.
    void startSync();
    void cancelSync();
    void showDetails();

    [[nodiscard]] bool isSyncing() const { return m_running; }
    [[nodiscard]] const std::optional<SyncSummary>& lastSummary() const { return m_summary; }
    // One line for a finished sync, e.g. "Synced: 12,345 rows" or "Synced with gaps: accounts (local 10, platform 12)".
    [[nodiscard]] static QString summaryLine(const SyncSummary& summary);
    [[nodiscard]] static QString summaryDetails(const SyncSummary& summary);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onProgress(const SyncProgress& progress);
    void onFinished(const SyncSummary& summary);
    void render();

    QPointer<CacheSession> m_session;
    QLabel* m_text = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
    QToolButton* m_details = nullptr;
    bool m_running = false;
    std::optional<SyncProgress> m_progress;
    std::optional<SyncSummary> m_summary;
    QPointer<QMessageBox> m_detailsBox;
};

} // namespace dm
