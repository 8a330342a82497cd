#include "ui/import/ImportRunPage.h"

#include "store/Db.h"
#include "store/Outbox.h"
#include "sync/CacheSession.h"
#include "sync/ImportPlanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace dm {

namespace {

struct Queued
{
    QList<qint64> ids; // the batch's items still to run
    qint64 pending = 0;
    QString error;
};

// Runs in the worker thread: ImportPlanner::queue, with its error as text for the page.
Queued queueInWorker(Db& db, const ImportPlan& plan)
{
    Queued result;
    auto ids = ImportPlanner::queue(db, plan);
    if (!ids) {
        result.error = ids.error().message();
        return result;
    }
    result.ids = *ids;
    result.pending = result.ids.size();
    return result;
}

} // namespace

ImportRunPage::ImportRunPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , m_job(job)
{
    setObjectName(QStringLiteral("import.runPage"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("import.runStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("import.progress"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("import.cancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    retranslateUi();
}

void ImportRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ImportRunPage::retranslateUi()
{
    setTitle(tr("Create the accounts"));
    setSubTitle(tr("The platform sends each new account its activation SMS; the recipient sets a password when "
                   "activating. Cancelling keeps what is done; running the same file again finishes the rest."));
    m_cancel->setText(tr("&Cancel import"));
    m_progress->setAccessibleName(tr("Import progress"));
    showProgress();
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_job.cancelled = false;
    m_waiting.clear();
    m_total = m_done = m_failed = 0;
    m_cancel->setEnabled(true);
    for (const auto& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    CacheSession* session = m_job.session;
    if (session->readOnly() || !m_job.plan) {
        runFinished(false); // an auditor's profile never offers the wizard; nothing to send here either way
        return;
    }
    m_connections.append(connect(session, &CacheSession::outboxItemFinished, this, &ImportRunPage::itemFinished));
    m_connections.append(connect(session, &CacheSession::outboxFinished, this, &ImportRunPage::runFinished));
    m_status->setText(tr("Queueing the rows..."));
    auto plan = m_job.plan;
    session->query<Queued>([plan](Db& db) { return queueInWorker(db, *plan); }, this,
                           [this](Queued result) {
                               if (!result.error.isEmpty()) {
                                   m_status->setText(result.error);
                                   m_cancel->setEnabled(false);
                                   return;
                               }
                               queued(result.ids, result.pending);
                           });
}

void ImportRunPage::queued(QList<qint64> ids, qint64 pending)
{
    m_waiting = QSet<qint64>(ids.cbegin(), ids.cend());
    m_total = pending;
    showProgress();
    if (m_waiting.isEmpty()) {
        collectResults();
        return;
    }
    m_job.session->runOutbox(m_job.plan->batchId);
}

void ImportRunPage::itemFinished(const OutboxResult& result)
{
    if (!m_waiting.remove(result.itemId)) {
        return;
    }
    (result.state == OutboxState::Done ? m_done : m_failed) += 1;
    showProgress();
    if (m_waiting.isEmpty()) {
        collectResults();
    }
}

void ImportRunPage::runFinished(bool cancelled)
{
    if (m_finished) {
        return;
    }
    // A run that ends with rows of this batch still waiting was another run (the Accounts page's, say) ending just
    // before ours began: start ours. A few tries only, so a runner that keeps stopping (a store failure) ends here.
    if (!cancelled && !m_waiting.isEmpty() && m_restarts < 3) {
        ++m_restarts;
        m_job.session->runOutbox(m_job.plan->batchId);
        return;
    }
    // Whatever stopped the run (done, cancelled, a store failure), the outbox now says what became of each row.
    m_job.cancelled = m_job.cancelled || cancelled;
    collectResults();
}

void ImportRunPage::cancel()
{
    m_job.cancelled = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling: the rows in flight finish, the rest stay queued..."));
    m_job.session->cancelOutbox();
}

void ImportRunPage::collectResults()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    for (const auto& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_cancel->setEnabled(false);
    if (!m_job.plan) {
        Q_EMIT completeChanged();
        return;
    }
    auto plan = m_job.plan;
    m_job.session->query<Expected<QList<OutboxItem>, DbError>>(
        [plan](Db& db) {
            Outbox outbox(db);
            return ImportPlanner::batchItems(outbox, plan->batchId);
        },
        this,
        [this, plan](Expected<QList<OutboxItem>, DbError> items) {
            if (!items) {
                m_status->setText(items.error().message());
                return;
            }
            m_job.results = ImportPlanner::results(*plan, *items);
            Q_EMIT completeChanged();
            // Nothing more to decide here: show the results.
            QTimer::singleShot(0, this, [this] {
                if (wizard() && wizard()->currentPage() == this) {
                    wizard()->next();
                }
            });
        });
}

void ImportRunPage::showProgress()
{
    m_progress->setRange(0, int(std::max<qint64>(1, m_total)));
    m_progress->setValue(int(m_done + m_failed));
    if (m_total > 0 || m_finished) {
        m_status->setText(tr("%1 of %2 rows sent: %3 created, %4 failed.")
                              .arg(m_done + m_failed)
                              .arg(m_total)
                              .arg(m_done)
                              .arg(m_failed));
    }
}

bool ImportRunPage::isComplete() const
{
    return m_finished && !m_job.results.isEmpty();
}

} // namespace dm
