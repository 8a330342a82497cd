#pragma once

#include "ui/logs/LogColumns.h"
#include "ui/logs/LogPage.h"

namespace dm {

class LoginLogFilterBar;

// 登录日志: every login to the delivery mailboxes from the cache, abnormal ones marked, so that support staff can
// answer "I can't log in" calls and auditors can spot misuse.
class LoginLogPage final : public LogPage
{
    Q_OBJECT

public:
    explicit LoginLogPage(QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    [[nodiscard]] LoginLogModel* model() const { return m_model; }
    [[nodiscard]] LoginLogFilterBar* filters() const { return m_filters; }

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
    LoginLogModel* m_model = nullptr;
    // What the table lists: the filter and range as last applied (a preset's range is fixed when applied).
    LoginLogFilter m_shownFilter;
    LogTimeRange m_shownRange;
    LoginLogFilterBar* m_filters = nullptr;
};

} // namespace dm
