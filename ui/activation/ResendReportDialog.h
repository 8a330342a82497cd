#pragma once

#include "sync/OutboxRunner.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace dm {

// The result of one bulk "resend activation SMS": how many were sent, and each one the platform refused with its
// reason (SMS.TOO.FREQUENT, ACCOUNT.DISABLED...) or that is still queued because the run was cancelled.
class ResendReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `results` are this batch's finished items; `unfinished` the account names still queued.
    ResendReportDialog(const QList<OutboxResult>& results, const QStringList& unfinished, QWidget* parent = nullptr);

    [[nodiscard]] int sentCount() const { return m_sent; }
    [[nodiscard]] int refusedCount() const { return m_refused; }

private:
    int m_sent = 0;
    int m_refused = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace dm
