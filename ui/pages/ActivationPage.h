#pragma once

#include "store/ActivationQuery.h"
#include "ui/pages/Page.h"

#include <QList>
#include <QMetaObject>
#include <QTimer>

class QAction;
class QLabel;
class QSplitter;
class QToolButton;

namespace dm {

class ActivationFilterBar;
class AgeingBucketsWidget;
class FunnelWidget;
class ResendBatch;
class WorklistPanel;
struct ActivationSnapshot;

// How far recipients have got with their delivery mailboxes, for a period and a unit: the activation funnel with its
// chart, the ageing buckets of accounts still waiting, and the overdue worklist with bulk "resend activation SMS"
// and a CSV export. Everything is read from the cache in the session's worker thread and re-read when the cache
// changes; a resend goes through the outbox as one batch and ends with a report. A read-only session offers no
// resend at all.
class ActivationPage final : public Page
{
    Q_OBJECT

public:
    // The worklist shows at most this many rows (the longest-waiting); the export always writes all of them.
    static constexpr int kMaxWorklistRows = 5000;

    explicit ActivationPage(QWidget* parent = nullptr);
    ~ActivationPage() override;

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;

    // Re-reads everything for the current filter (F5).
    void refresh();
    // Asks for confirmation, then queues one resend per selected worklist row as one outbox batch.
    void resendSelected();
    // Writes the whole worklist of the shown filter and range to `path` (UTF-8 with BOM), audited.
    void exportWorklist(const QString& path);

    [[nodiscard]] ActivationFilterBar* filterBar() const { return m_filterBar; }
    // The filter, range and moment of the figures on screen.
    [[nodiscard]] const ActivationFilter& shownFilter() const { return m_shownFilter; }
    [[nodiscard]] WaitRange shownRange() const { return m_shownRange; }
    [[nodiscard]] qint64 shownWorklistTotal() const;
    [[nodiscard]] bool isResending() const { return m_resend != nullptr; }

Q_SIGNALS:
    // A snapshot of the cache is on screen (after every load).
    void loaded();
    void exportFinished(bool ok, const QString& message);
    // A resend batch ended: every item finished, or the run was cancelled.
    void resendFinished();

protected:
    void retranslateUi() override;

private:
    void scheduleReload(int delayMs);
    void reload();
    void apply(ActivationSnapshot snapshot);
    void showMessage(const QString& text);
    void chooseExportFile();
    void startResend(const QStringList& accountNames);
    void onResendFinished(const QString& error);

    ActivationFilterBar* m_filterBar = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QLabel* m_headingLabel = nullptr;
    QLabel* m_message = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_funnelTitle = nullptr;
    FunnelWidget* m_funnel = nullptr;
    QLabel* m_ageingTitle = nullptr;
    AgeingBucketsWidget* m_ageing = nullptr;
    WorklistPanel* m_worklist = nullptr;
    QAction* m_refreshAction = nullptr;

    QTimer m_reloadTimer;
    quint64 m_generation = 0;
    bool m_hasSnapshot = false;
    ActivationFilter m_shownFilter;
    WaitRange m_shownRange = kOverdue;
    qint64 m_shownNow = 0;
    bool m_exporting = false;
    ResendBatch* m_resend = nullptr; // owned; one batch at a time
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace dm
