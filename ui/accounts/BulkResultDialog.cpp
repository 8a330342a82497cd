#include "ui/accounts/BulkResultDialog.h"

#include "sync/CacheSession.h"
#include "ui/StatusColors.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dm {

BulkResultDialog::BulkResultDialog(CacheSession* session, const QString& actionTitle, const QString& batchId,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_actionTitle(actionTitle)
    , m_batchId(batchId)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("account.bulkResult"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setObjectName(QStringLiteral("account.bulkResult.progress"));
    m_results->setObjectName(QStringLiteral("account.bulkResult.results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setColumnCount(3);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("account.bulkResult.cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session.isNull()) {
            return;
        }
        m_cancelled = true;
        m_cancel->setEnabled(false);
        m_session->cancelOutbox();
        m_session->query<Expected<qint64, DbError>>(
            [batch = m_batchId](Db& db) { return Outbox(db).cancelPending(batch); }, this,
            [this](Expected<qint64, DbError>) { updateProgress(); });
    });
    if (session != nullptr) {
        connect(session, &CacheSession::outboxItemFinished, this, &BulkResultDialog::onItemFinished);
    }
    retranslateUi();
    resize(640, 420);
}

void BulkResultDialog::setItems(const QList<qint64>& ids)
{
    m_ids = QSet<qint64>(ids.cbegin(), ids.cend());
    m_progress->setRange(0, int(m_ids.size()));
    const QList<OutboxResult> early = std::exchange(m_early, {});
    for (const OutboxResult& result : early) {
        onItemFinished(result);
    }
    updateProgress();
}

void BulkResultDialog::setEnqueueError(const QString& message)
{
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Nothing was sent: %1").arg(message));
}

void BulkResultDialog::onItemFinished(const OutboxResult& result)
{
    if (m_ids.isEmpty()) {
        m_early.append(result);
        return;
    }
    if (!m_ids.contains(result.itemId) || m_seen.contains(result.itemId)) {
        return;
    }
    m_seen.insert(result.itemId);
    addResult(result);
    updateProgress();
}

void BulkResultDialog::addResult(const OutboxResult& result)
{
    auto* item = new QTreeWidgetItem(m_results);
    item->setText(0, result.target);
    const bool ok = result.state == OutboxState::Done;
    item->setText(1, ok ? tr("Done") : tr("Failed"));
    item->setText(2, ok ? QString() : result.errorMessage);
    if (ok) {
        ++m_done;
    } else {
        ++m_failed;
        item->setForeground(1, errorTextColor(palette()));
    }
}

void BulkResultDialog::updateProgress()
{
    m_progress->setValue(finishedCount());
    const int total = int(m_ids.size());
    if (isComplete()) {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("%1: finished. %2 done, %3 failed.").arg(m_actionTitle).arg(m_done).arg(m_failed));
        Q_EMIT completed();
    } else if (m_cancelled) {
        m_summary->setText(tr("%1: cancelled after %2 of %3. The rest was not sent.")
                               .arg(m_actionTitle)
                               .arg(finishedCount())
                               .arg(total));
    } else {
        m_summary->setText(
            tr("%1: %2 of %3 finished, %4 failed…").arg(m_actionTitle).arg(finishedCount()).arg(total).arg(m_failed));
    }
}

void BulkResultDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void BulkResultDialog::retranslateUi()
{
    setWindowTitle(m_actionTitle);
    m_results->setHeaderLabels({tr("Account"), tr("Result"), tr("Reason")});
    m_results->setAccessibleName(tr("Results"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel->setText(tr("Cancel remaining"));
    updateProgress();
}

} // namespace dm
