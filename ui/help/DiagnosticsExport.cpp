#include "ui/help/DiagnosticsExport.h"

#include "core/ScrubbingMessageHandler.h"
#include "core/SessionLogFile.h"
#include "store/AuditLedger.h"
#include "support/CacheCheck.h"
#include "support/SettingsReport.h"
#include "support/VersionReport.h"
#include "sync/CacheSession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QThread>

#include <memory>

namespace dm {

DiagnosticsExport::DiagnosticsExport(QSettings& settings, Sources sources, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sources(std::move(sources))
{}

DiagnosticsExport::~DiagnosticsExport()
{
    if (m_writer != nullptr) {
        m_writer->wait();
        // Cancelled and then destroyed with its window before the writer's end was handled: the ZIP goes here.
        if (m_cancelled && m_written && *m_written) {
            QFile::remove(m_path);
        }
        delete m_writer;
    }
}

void DiagnosticsExport::start(const QString& path)
{
    if (m_running || m_writer != nullptr) {
        return;
    }
    m_running = true;
    m_path = path;
    const bool connected = !m_sources.session.isNull();
    ComponentVersions versions = collectVersions();
    versions.application = QStringLiteral(DM_VERSION);
    m_contents.versions = versionsText(versions, m_sources.capabilities, connected);
    m_contents.settings = settingsText(m_settings);
    m_contents.capabilities =
        QJsonDocument(QJsonObject{{QStringLiteral("connected"), connected},
                                  {QStringLiteral("capabilities"), m_sources.capabilities.toJson()}})
            .toJson(QJsonDocument::Indented);
    // What this run has logged so far must be in the file before the writer reads it.
    flushSessionLog();
    const QDir logs(m_sources.logDirectory);
    m_contents.logFiles = {logs.filePath(SessionLogFile::currentFileName()),
                           logs.filePath(SessionLogFile::previousFileName())};

    if (!connected) {
        write(tr("No session: no profile is open, so there is no cache to check.") + QLatin1Char('\n'));
        return;
    }
    CacheSession* session = m_sources.session.data();
    // A session closed before it answers never will: the export ends with that instead of waiting for ever.
    connect(session, &QObject::destroyed, this, [this] {
        if (m_running && m_writer == nullptr) {
            finish(false, tr("The profile was closed before its cache was checked."));
        }
    });
    session->query<CacheCheckResult>([](Db& db) { return checkCache(db); }, this,
                                     [this](CacheCheckResult result) {
                                         if (m_running && m_writer == nullptr) {
                                             compareCounts(std::move(result));
                                         }
                                     });
}

void DiagnosticsExport::compareCounts(CacheCheckResult result)
{
    CacheSession* session = m_sources.session.data();
    if (session == nullptr) {
        return; // the destroyed() handler has ended the export
    }
    auto checked = std::make_shared<CacheCheckResult>(std::move(result));
    // Only this export's pass: startVerify refuses while another runs, and the connection goes with its answer.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(session, &CacheSession::verifyFinished, this, [this, checked, connection](const SyncSummary& summary) {
            disconnect(*connection);
            m_verifying = false;
            if (m_running && m_writer == nullptr) {
                addCountChecks(*checked, summary);
                write(checked->text());
            }
        });
    m_verifying = session->startVerify();
    if (!m_verifying) {
        disconnect(*connection);
        addCountChecksSkipped(*checked, tr("a sync or another check is running; try again when it has finished"));
        write(checked->text());
    }
}

void DiagnosticsExport::cancel()
{
    if (!m_running || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_verifying && !m_sources.session.isNull()) {
        m_sources.session->cancelVerify();
    }
    if (m_writer != nullptr) {
        return; // the ZIP is removed when its thread ends
    }
    // Answers still on their way find the export ended (m_running) and are dropped.
    m_running = false;
    Q_EMIT cancelled();
}

void DiagnosticsExport::write(const QString& cacheCheck)
{
    m_contents.cacheCheck = cacheCheck;
    auto outcome = std::make_shared<Expected<void, QString>>();
    m_written = outcome;
    m_writer = QThread::create(
        [outcome, path = m_path, contents = m_contents] { *outcome = DiagnosticsBundle::write(path, contents); });
    connect(m_writer, &QThread::finished, this, [this, outcome] {
        if (m_cancelled) {
            // Only a ZIP this export wrote: a failed write left whatever was at the path (it writes beside, then
            // renames).
            if (*outcome) {
                QFile::remove(m_path);
            }
            m_running = false;
            Q_EMIT cancelled();
            return;
        }
        if (*outcome) {
            recordInLedger();
            finish(true, tr("The diagnostics were saved to %1.").arg(QDir::toNativeSeparators(m_path)));
        } else {
            finish(false, tr("The diagnostics could not be saved: %1").arg(outcome->error()));
        }
    });
    m_writer->start();
}

// An export like the others: the open profile's ledger says who wrote which file. Without a profile there is no
// ledger (and nothing of a cache in the file).
void DiagnosticsExport::recordInLedger()
{
    CacheSession* session = m_sources.session.data();
    if (session == nullptr) {
        return;
    }
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = QStringLiteral("exportDiagnostics");
    entry.target = QFileInfo(m_path).fileName();
    entry.result = QStringLiteral("ok");
    session->query<bool>([entry](Db& db) { return AuditLedger(db).append(entry).hasValue(); }, this, [](bool) {});
}

void DiagnosticsExport::finish(bool succeeded, const QString& message)
{
    m_running = false;
    Q_EMIT finished(succeeded, message);
}

} // namespace dm
