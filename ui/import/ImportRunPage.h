#pragma once

#include "ui/import/ImportJob.h"

#include <QSet>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace dm {

struct OutboxResult;

// Sends the plan's rows through the outbox in one batch named after the file, with progress and a cancel button.
// Cancelling stops claiming rows (those in flight finish); what was not sent stays queued for a later run of the same
// file. When the batch is through, the wizard moves on to the result page by itself.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    void cancel();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void queued(QList<qint64> ids, qint64 pending);
    void itemFinished(const OutboxResult& result);
    void runFinished(bool cancelled);
    void collectResults();
    void showProgress();

    ImportJob& m_job;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QSet<qint64> m_waiting; // our items not finished yet
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_failed = 0;
    bool m_finished = false;
    QList<QMetaObject::Connection> m_connections;
    int m_restarts = 0; // runs started again for rows still waiting
};

} // namespace dm
