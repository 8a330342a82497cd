#pragma once

#include "ui/logs/LogColumns.h"
#include "ui/logs/LogPage.h"

namespace dm {

class OperationLogFilterBar;

// 操作日志: who created, changed, disabled or deleted which mailbox or setting, and when, from the cache.
class OperationLogPage final : public LogPage
{
    Q_OBJECT

public:
    explicit OperationLogPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    [[nodiscard]] OperationLogModel* model() const { return m_model; }
    [[nodiscard]] OperationLogFilterBar* filters() const { return m_filters; }

protected:
    void applyFilter() override;
    [[nodiscard]] std::optional<QPair<QString, LogDetailPane::Fields>> detailOf(int row) const override;
    [[nodiscard]] std::optional<QPair<QString, QVariant>> filterValueOf(int row, int column) const override;
    [[nodiscard]] QString countText(qint64 rows) const override;
    [[nodiscard]] LogExportQuery exportQuery() const override;
    [[nodiscard]] std::optional<qint64> rowId(int row) const override;
    [[nodiscard]] std::optional<QString> accountOf(int row) const override;
    void retranslateUi() override;

private:
    OperationLogModel* m_model = nullptr;
    // What the table lists: the filter and range as last applied (a preset's range is fixed when applied).
    OperationLogFilter m_shownFilter;
    LogTimeRange m_shownRange;
    OperationLogFilterBar* m_filters = nullptr;
};

} // namespace dm
