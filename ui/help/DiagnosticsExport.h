#pragma once

#include "api/Capabilities.h"
#include "support/CacheCheck.h"
#include "support/DiagnosticsBundle.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSettings;
class QThread;

namespace dm {

class CacheSession;

// Help › Export diagnostics without the dialogs: gathers the bundle's contents (versions and settings here; the
// checks of `dmctl cache verify` in the session's worker thread: the file and the ledger, then the counts against the
// platform) and writes the ZIP in a thread of its own, so the UI thread never waits on the cache, the network or the
// disk. One export per object; finished() or cancelled() comes once, in this object's thread.
class DiagnosticsExport final : public QObject
{
    Q_OBJECT

public:
    struct Sources
    {
        QString logDirectory;           // where SessionLogFile writes: its current and previous files are taken
        QPointer<CacheSession> session; // null: "no session" instead of a cache check
        Capabilities capabilities;      // the open session's platform's, as the window knows them
    };

    DiagnosticsExport(QSettings& settings, Sources sources, QObject* parent = nullptr);
    // Waits for a ZIP being written (seconds at most) rather than leave its thread behind.
    ~DiagnosticsExport() override;

    void start(const QString& path);
    // Ends the export without a file: a check it started is stopped, and a ZIP being written is removed once its
    // thread ends (then cancelled() comes). Nothing goes into the ledger.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool succeeded, const QString& message);
    void cancelled();

private:
    void compareCounts(CacheCheckResult result);
    void write(const QString& cacheCheck);
    void recordInLedger();
    void finish(bool succeeded, const QString& message);

    QSettings& m_settings;
    Sources m_sources;
    QString m_path;
    DiagnosticsContents m_contents;
    QThread* m_writer = nullptr;
    std::shared_ptr<Expected<void, QString>> m_written; // the writer's outcome, once it has ended
    bool m_running = false;
    bool m_cancelled = false;
    bool m_verifying = false; // this export's count check is running in the session
};

} // namespace dm
