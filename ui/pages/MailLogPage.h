#pragma once

#include "ui/logs/LogColumns.h"
#include "ui/logs/LogPage.h"

namespace dm {

class MailLogFilterBar;

// 收发信日志: when each document reached a recipient's delivery mailbox and when it was read, from the cache, with a
// full-text search of subjects (Chinese substrings, short words too).
class MailLogPage final : public LogPage
{
    Q_OBJECT

public:
    explicit MailLogPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    [[nodiscard]] MailLogModel* model() const { return m_model; }
    [[nodiscard]] MailLogFilterBar* filters() const { return m_filters; }

protected:
    void applyFilter() override;
    [[nodiscard]] std::optional<QPair<QString, LogDetailPane::Fields>> detailOf(int row) const override;
    [[nodiscard]] std::optional<QPair<QString, QVariant>> filterValueOf(int row, int column) const override;
    [[nodiscard]] QString countText(qint64 rows) const override;
    [[nodiscard]] LogExportQuery exportQuery() const override;
    [[nodiscard]] std::optional<qint64> rowId(int row) const override;
    [[nodiscard]] std::optional<QString> accountOf(int row) const override;
    [[nodiscard]] bool hasDocument(int row) const override;
    [[nodiscard]] std::optional<ProofTarget> proofTargetOf(int row) const override;
    void retranslateUi() override;

private:
    MailLogModel* m_model = nullptr;
    // What the table lists: the filter and range as last applied (a preset's range is fixed when applied).
    MailLogFilter m_shownFilter;
    LogTimeRange m_shownRange;
    MailLogFilterBar* m_filters = nullptr;
};

} // namespace dm
