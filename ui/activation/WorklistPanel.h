#pragma once

#include "store/ActivationQuery.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace dm {

class OverdueWorklistModel;

// The overdue worklist part of the Activation page: its title, the table (sortable, multi-select, with a context
// menu), the resend and export buttons, and the progress of a resend. It asks; the page decides and does.
class WorklistPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistPanel(QWidget* parent = nullptr);

    // New rows for `range` (`total` of them in all; the list may be shorter), keeping the selection by account name.
    void setRows(QList<OverdueRow> rows, qint64 nowMs, qint64 total, const WaitRange& range);
    // Nothing loaded (no session).
    void clear();
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] QStringList selectedAccountNames() const;

    // False for a read-only session: the resend button and menu entry are absent, not merely disabled.
    void setResendAvailable(bool available);
    void setResending(bool resending);
    void setExporting(bool exporting);
    void showProgress(qsizetype finished, qsizetype total);
    void setStatus(const QString& text);

Q_SIGNALS:
    void resendRequested();
    void exportRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void copySelectedNames();

    OverdueWorklistModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_resendButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_resendAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_exportAction = nullptr;

    bool m_loaded = false;
    qint64 m_total = 0;
    WaitRange m_range = kOverdue;
    bool m_resendAvailable = false;
    bool m_resending = false;
    bool m_exporting = false;
};

} // namespace dm
