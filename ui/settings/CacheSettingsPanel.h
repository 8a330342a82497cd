#pragma once

#include "store/LogPurge.h"

#include <QGroupBox>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSettings;
class QSpinBox;

namespace dm {

class CacheSession;
struct SyncProgress;
struct SyncSummary;

// Settings → Cache (缓存) of the open profile: where its encrypted cache file is and how big, and its maintenance:
// - "Verify now": what `dmctl cache verify` checks (every page's HMAC, the audit ledger's chain, each log's rows
//   against the platform's counts), in the session's worker, with progress and the verdict in words;
// - "Rebuild…": after a confirmation that says what is kept, asks for SessionController::rebuildCache
//   (rebuildRequested, connected by the window);
// - "Purge…": after a confirmation, removes the log rows older than so many days (CacheSession::purgeLogs).
class CacheSettingsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit CacheSettingsPanel(QSettings& settings, QWidget* parent = nullptr);
    ~CacheSettingsPanel() override;

    // The open session (null: nothing to show).
    void setSession(CacheSession* session);

    void verifyNow();
    // Ask first; the work follows a "Yes".
    void askRebuild();
    void askPurge();

Q_SIGNALS:
    // The user confirmed a rebuild.
    void rebuildRequested();
    // A check ended: `sound` when the file, the ledger and every count are as they should be.
    void verified(bool sound);
    void purged(const dm::LogPurgeResult& result);
    void purgeFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LocalCheck
    {
        QStringList problems; // the file's integrity; translated
        qint64 ledgerEntries = 0;
        QString ledgerProblem; // translated; empty when intact
    };

    void retranslateUi();
    void refreshFile();
    void enableActions();
    void onLocalChecked(const LocalCheck& check);
    void onVerifyProgressed(const SyncProgress& progress);
    void onVerifyFinished(const SyncSummary& summary);
    void purge(int days);
    QMessageBox* confirmation(const QString& name, const QString& title, const QString& text);

    QSettings& m_settings;
    QPointer<CacheSession> m_session;
    QList<QMetaObject::Connection> m_connections;
    std::optional<LocalCheck> m_localCheck; // the first half of a check in progress
    bool m_checking = false;
    bool m_purging = false;

    QLabel* m_pathLabel = nullptr;
    QLabel* m_path = nullptr;
    QPushButton* m_openFolder = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QLabel* m_size = nullptr;
    QPushButton* m_verify = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_verdict = nullptr;
    QPushButton* m_rebuild = nullptr;
    QLabel* m_purgeLabel = nullptr;
    QSpinBox* m_purgeDays = nullptr;
    QPushButton* m_purge = nullptr;
    QLabel* m_purgeResult = nullptr;
};

} // namespace dm
