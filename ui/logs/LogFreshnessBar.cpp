#include "ui/logs/LogFreshnessBar.h"

#include "store/SyncState.h"
#include "sync/CacheSession.h"
#include "ui/logs/LogTexts.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace dm {

namespace {

// The log streams (LogSync, VendorLogSync) keep the end of their last completed pass under this key of their state.
const auto kSyncedToKey = QStringLiteral("syncedTo");

} // namespace

LogFreshnessBar::LogFreshnessBar(QString stream, QWidget* parent)
    : QWidget(parent)
    , m_stream(std::move(stream))
    , m_asOf(new QLabel(this))
    , m_sync(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    m_asOf->setObjectName(QStringLiteral("logs.freshness"));
    m_asOf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->setObjectName(QStringLiteral("logs.sync"));
    m_problem->setObjectName(QStringLiteral("logs.syncProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_asOf);
    layout->addWidget(m_sync);
    layout->addWidget(m_problem, 1);
    // The button keeps its own width while the warning is hidden.
    m_sync->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addStretch();
    connect(m_sync, &QPushButton::clicked, this, &LogFreshnessBar::startSync);
    retranslateUi();
}

LogFreshnessBar::~LogFreshnessBar()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
}

void LogFreshnessBar::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_session = session;
    m_syncedTo.reset();
    m_loaded = false;
    m_problem->hide();
    if (session != nullptr) {
        m_connections.append(connect(session, &CacheSession::syncFinished, this, &LogFreshnessBar::onSyncFinished));
        m_connections.append(connect(session, &CacheSession::syncProgressed, this, [this] { retranslateUi(); }));
    }
    reload();
}

void LogFreshnessBar::reload()
{
    const quint64 read = ++m_reads;
    retranslateUi();
    if (m_session.isNull()) {
        return;
    }
    m_session->query<std::optional<qint64>>(
        [stream = m_stream](Db& db) -> std::optional<qint64> {
            auto state = SyncState(db).load(stream);
            if (!state || !*state || !(*state)->contains(kSyncedToKey)) {
                return std::nullopt;
            }
            return (*state)->value(kSyncedToKey).toInteger();
        },
        this,
        [this, read](std::optional<qint64> syncedTo) {
            if (read != m_reads) {
                return;
            }
            m_syncedTo = syncedTo;
            m_loaded = true;
            retranslateUi();
            Q_EMIT loaded();
        });
}

void LogFreshnessBar::startSync()
{
    if (m_session.isNull() || m_session->isSyncing()) {
        return;
    }
    m_problem->hide();
    m_session->startSync({m_stream});
    retranslateUi();
}

void LogFreshnessBar::setStaleAfter(std::chrono::hours hours)
{
    m_staleAfter = std::max(hours, std::chrono::hours::zero());
    retranslateUi();
}

bool LogFreshnessBar::isStale() const
{
    if (!m_syncedTo || m_staleAfter <= std::chrono::hours::zero()) {
        return false;
    }
    const qint64 ageMs = QDateTime::currentMSecsSinceEpoch() - *m_syncedTo;
    return ageMs > std::chrono::duration_cast<std::chrono::milliseconds>(m_staleAfter).count();
}

void LogFreshnessBar::onSyncFinished(const SyncSummary& summary)
{
    QStringList problems;
    for (const SyncError& error : summary.errors) {
        if (error.stream == m_stream) {
            problems.append(error.message());
        }
    }
    if (summary.notServed.contains(m_stream)) {
        problems.append(tr("The platform does not serve this log."));
    }
    m_problem->setText(problems.isEmpty() ? QString() : tr("The last sync failed: %1").arg(problems.join(u"; ")));
    m_problem->setVisible(!problems.isEmpty());
    reload();
}

void LogFreshnessBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LogFreshnessBar::retranslateUi()
{
    if (m_session.isNull()) {
        m_asOf->clear();
    } else if (!m_loaded) {
        m_asOf->setText(tr("Reading the cache…"));
    } else if (m_syncedTo && isStale()) {
        m_asOf->setText(tr("Data as of %1, more than %n hour(s) old: sync to see the latest rows.", nullptr,
                           int(m_staleAfter.count()))
                            .arg(LogTexts::time(*m_syncedTo)));
    } else if (m_syncedTo) {
        m_asOf->setText(tr("Data as of %1").arg(LogTexts::time(*m_syncedTo)));
    } else {
        m_asOf->setText(tr("Not synced yet: the cache may hold only part of this log."));
    }
    // A style sheet or an accessibility tool can tell old data by the property; the text says it in words.
    m_asOf->setProperty("stale", isStale());
    const bool syncing = !m_session.isNull() && m_session->isSyncing();
    m_sync->setText(syncing ? tr("Syncing…") : tr("Sync now"));
    m_sync->setEnabled(!m_session.isNull() && !syncing);
    m_sync->setToolTip(tr("Fetch the rows the platform added since the last sync"));
}

} // namespace dm
