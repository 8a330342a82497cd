#include "ui/activation/ResendReportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

ResendReportDialog::ResendReportDialog(const QList<OutboxResult>& results, const QStringList& unfinished,
                                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("resendReport"));
    setWindowTitle(tr("Activation SMS: result"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("resendResults"));
    m_table->setAccessibleName(tr("Result per account"));
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Result"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto addRow = [this](const QString& account, const QString& result, const QString& reason) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(account));
        m_table->setItem(row, 1, new QTableWidgetItem(result));
        m_table->setItem(row, 2, new QTableWidgetItem(reason));
    };
    // Refusals first: they are what the reader has to act on.
    for (const OutboxResult& result : results) {
        if (result.state != OutboxState::Done) {
            ++m_refused;
            QString reason = result.errorMessage;
            if (!result.errorCode.isEmpty() && !reason.contains(result.errorCode)) {
                reason = reason.isEmpty() ? result.errorCode : tr("%1 (%2)").arg(reason, result.errorCode);
            }
            addRow(result.target, tr("Refused"), reason);
        }
    }
    for (const QString& account : unfinished) {
        addRow(account, tr("Still queued"), tr("The run was stopped before this one was sent."));
    }
    for (const OutboxResult& result : results) {
        if (result.state == OutboxState::Done) {
            ++m_sent;
            addRow(result.target, tr("Sent"), QString());
        }
    }
    m_table->resizeColumnsToContents();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resendSummary"));
    m_summary->setWordWrap(true);
    QString summary = tr("Activation SMS sent: %1. Refused: %2.").arg(m_sent).arg(m_refused);
    if (!unfinished.isEmpty()) {
        summary += QLatin1Char(' ') + tr("Still queued: %1.").arg(unfinished.size());
    }
    m_summary->setText(summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace dm
