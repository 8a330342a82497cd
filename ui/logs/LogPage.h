#pragma once

#include "export/LogExportQuery.h"
#include "ui/logs/LogDetailPane.h"
#include "ui/pages/Page.h"
#include "ui/proof/ProofTarget.h"

#include <QList>
#include <QMetaObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAction;
class QSettings;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace dm {

class TableLayoutMemory;

class KeysetTableModel;
class LogFilterBar;
class LogFreshnessBar;
class LogTimeRangeBar;

// What the three log pages share, in the directory-console layout: how fresh the cache is and a sync button, the
// time range and the log's filters above, the table in the middle, the selected row's details on the right, the row
// count below. F5 re-reads (and syncs the log), Ctrl+F goes to the filters, the table's menu copies a cell or the row
// and filters by a cell's value. The rows come from the cache only, through the session's worker thread.
//
// A subclass makes its model and filter bar, hands them to setUp(), and says what its filter is (applyFilter), how a
// row reads in the detail pane (detailOf) and which cell values can filter (filterValueOf).
class LogPage : public Page
{
    Q_OBJECT

public:
    ~LogPage() override;

    void setSession(CacheSession* session) override;

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] LogTimeRangeBar* timeRange() const { return m_timeRange; }
    [[nodiscard]] LogFreshnessBar* freshness() const { return m_freshness; }
    [[nodiscard]] LogDetailPane* detailPane() const { return m_detail; }
    // Where the column layout is kept (restored from it at once); null: the application's default settings. It must
    // outlive the page or be reset to null first.
    void setSettings(QSettings* settings);
    // The open profile's name, for the title of exported reports.
    void setProfileName(const QString& name) { m_profileName = name; }

    // Exports what the table lists for the filter and time range (or, with `selectedOnly`, the selected rows): asks
    // for the file and format, then runs with progress and cancel (ui/logs/LogExportDialog.h).
    void exportRows(bool selectedOnly);

Q_SIGNALS:
    // A row's account (a login's, an operation's target, a mail's recipient or sender) to see on its timeline.
    void timelineRequested(const QString& accountOrAddress);
    // A mail row's document, to see every recipient of it (the case view).
    void documentRequested(qint64 mailId);
    // Proof-of-delivery packs for the selected documents, one per document and recipient.
    void proofPacksRequested(const dm::ProofTargets& targets);

protected:
    // `stream`: the sync stream that fills this log ("operations", "logins", "mail").
    LogPage(const QString& pageId, const QString& stream, QWidget* parent);

    // `columnWidths` (column, pixels) are the layout's defaults: a layout the user left is restored over them.
    void setUp(KeysetTableModel* model, LogFilterBar* filters, const QList<QPair<int, int>>& columnWidths = {});
    // Sets the model's listing from the filter bar and the time range.
    virtual void applyFilter() = 0;
    // The selected row as a title and its fields; nullopt while it loads.
    [[nodiscard]] virtual std::optional<QPair<QString, LogDetailPane::Fields>> detailOf(int row) const = 0;
    // The filter field and value a cell stands for ("filter by this value"); nullopt for a column that cannot filter.
    [[nodiscard]] virtual std::optional<QPair<QString, QVariant>> filterValueOf(int row, int column) const = 0;
    // A filter by `value`, unless the table shows it masked (an account name that is a mobile number): the filter
    // field shows what it holds, so such a value never goes there.
    [[nodiscard]] static std::optional<QPair<QString, QVariant>> filterUnlessMasked(const QString& field,
                                                                                    const QString& value);
    // What the count line says for `rows`.
    [[nodiscard]] virtual QString countText(qint64 rows) const = 0;
    // The log, its filter and time range as the table lists them now (an export writes exactly these rows).
    [[nodiscard]] virtual LogExportQuery exportQuery() const = 0;
    // The platform id of a loaded row; nullopt while it loads.
    [[nodiscard]] virtual std::optional<qint64> rowId(int row) const = 0;
    // The account a row is about, for its timeline; nullopt when none (or not loaded).
    [[nodiscard]] virtual std::optional<QString> accountOf(int row) const = 0;
    // Whether a row is a document that the case view can show (mail rows).
    [[nodiscard]] virtual bool hasDocument(int row) const
    {
        (void)row;
        return false;
    }

    // The document and recipient a row is, when a proof-of-delivery pack can be made for it (documents the court
    // sent to a mailbox of the domain).
    [[nodiscard]] virtual std::optional<ProofTarget> proofTargetOf(int row) const
    {
        (void)row;
        return std::nullopt;
    }

    void retranslateUi() override;

private:
    void refresh();
    void updateDetail();
    void showMenu(const QPoint& position);
    void addProofAction(QMenu& menu);
    void copySelection();
    void filterByCell(const QModelIndex& index);
    void showHeaderMenu(const QPoint& position);
    void openRow(const QModelIndex& index);

    QLabel* m_heading = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_noSession = nullptr;
    QWidget* m_content = nullptr;
    LogFreshnessBar* m_freshness = nullptr;
    LogTimeRangeBar* m_timeRange = nullptr;
    LogFilterBar* m_filters = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    LogDetailPane* m_detail = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    KeysetTableModel* m_model = nullptr;
    qint64 m_rows = 0; // -1 while a new filter is counted
    QAction* m_refresh = nullptr;
    QAction* m_find = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportSelected = nullptr;
    QString m_profileName;
    std::unique_ptr<TableLayoutMemory> m_layout;
    QTimer m_refreshTimer; // coalesces the refreshes of a burst of sync batches
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace dm
