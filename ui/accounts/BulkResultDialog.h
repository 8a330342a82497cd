#pragma once

#include "sync/OutboxRunner.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSet>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace dm {

class CacheSession;

// Follows one bulk action through the outbox: progress while it runs, then a report of every account with its
// result and, for a failure, the reason. Cancel stops sending; what was not sent stays in the outbox, cancelled.
class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    BulkResultDialog(CacheSession* session, const QString& actionTitle, const QString& batchId,
                     QWidget* parent = nullptr);

    // The outbox items of this action, as enqueue() returned them.
    void setItems(const QList<qint64>& ids);
    // The action could not be queued at all.
    void setEnqueueError(const QString& message);

    [[nodiscard]] int finishedCount() const { return m_done + m_failed; }
    [[nodiscard]] int failedCount() const { return m_failed; }
    [[nodiscard]] bool isComplete() const { return !m_ids.isEmpty() && finishedCount() >= m_ids.size(); }

Q_SIGNALS:
    void completed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onItemFinished(const OutboxResult& result);
    void addResult(const OutboxResult& result);
    void updateProgress();

    QPointer<CacheSession> m_session;
    QString m_actionTitle;
    QString m_batchId;
    QSet<qint64> m_ids;
    QSet<qint64> m_seen;
    QList<OutboxResult> m_early; // results that came before the ids did
    int m_done = 0;
    int m_failed = 0;
    bool m_cancelled = false;

    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTreeWidget* m_results = nullptr;
    QPushButton* m_cancel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dm
