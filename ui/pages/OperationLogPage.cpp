#include "ui/pages/OperationLogPage.h"

#include "ui/logs/LogFilterBars.h"
#include "ui/logs/LogReaders.h"
#include "ui/logs/LogTexts.h"
#include "ui/logs/LogTimeRangeBar.h"

namespace dm {

OperationLogPage::OperationLogPage(QWidget* parent)
    : LogPage(QStringLiteral("logs.operations"), QStringLiteral("operations"), parent)
    , m_model(new OperationLogModel(std::make_shared<OperationLogColumns>(), this))
    , m_filters(new OperationLogFilterBar(this))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    setUp(m_model, m_filters,
          {{OperationLogColumns::OperatorColumn, 180},
           {OperationLogColumns::TargetColumn, 200},
           {OperationLogColumns::TimeColumn, 150},
           {OperationLogColumns::RemarkColumn, 320}});
    retranslateUi();
}

QString OperationLogPage::navigationTitle() const
{
    return tr("Operations");
}

QString OperationLogPage::heading() const
{
    return tr("Operation log");
}

void OperationLogPage::applyFilter()
{
    m_shownFilter = m_filters->filter();
    m_shownRange = timeRange()->range();
    m_model->setListing(
        [filter = m_shownFilter, range = m_shownRange](Db& db) { return makeOperationLogReader(db, filter, range); },
        true);
}

LogExportQuery OperationLogPage::exportQuery() const
{
    LogExportQuery query;
    query.kind = LogKind::Operations;
    query.operations = m_shownFilter;
    query.range = m_shownRange;
    return query;
}

std::optional<qint64> OperationLogPage::rowId(int row) const
{
    const auto record = m_model->rowAt(row);
    return record ? std::optional<qint64>(record->id) : std::nullopt;
}

std::optional<QPair<QString, LogDetailPane::Fields>> OperationLogPage::detailOf(int row) const
{
    const auto operation = m_model->rowAt(row);
    if (!operation) {
        return std::nullopt;
    }
    const auto text = [&operation](int column) { return OperationLogColumns::text(*operation, column); };
    LogDetailPane::Fields fields{
        {tr("Operator:"), text(OperationLogColumns::OperatorColumn)},
        {tr("Operation:"), text(OperationLogColumns::ActionColumn)},
        {tr("Action code:"), operation->action},
        {tr("Target:"), text(OperationLogColumns::TargetColumn)},
        {tr("Time:"), text(OperationLogColumns::TimeColumn)},
        {tr("Result:"), text(OperationLogColumns::ResultColumn)},
        {tr("Remark:"), text(OperationLogColumns::RemarkColumn)},
        {tr("IP address:"), text(OperationLogColumns::IpColumn)},
        {tr("Log id:"), QString::number(operation->id)},
    };
    return QPair<QString, LogDetailPane::Fields>{text(OperationLogColumns::ActionColumn), fields};
}

std::optional<QPair<QString, QVariant>> OperationLogPage::filterValueOf(int row, int column) const
{
    const auto operation = m_model->rowAt(row);
    if (!operation) {
        return std::nullopt;
    }
    switch (column) {
    case OperationLogColumns::OperatorColumn:
        return filterUnlessMasked(QStringLiteral("operator"), operation->operatorAddress);
    case OperationLogColumns::ActionColumn:
        // Only the actions the filter offers; an unknown code has no entry to select.
        if (!LogTexts::knownActions().contains(operation->action)) {
            return std::nullopt;
        }
        return QPair<QString, QVariant>{QStringLiteral("action"), operation->action};
    case OperationLogColumns::TargetColumn:
        return filterUnlessMasked(QStringLiteral("target"), operation->target);
    case OperationLogColumns::ResultColumn:
        return QPair<QString, QVariant>{QStringLiteral("result"), int(logsql::code(operation->result))};
    default:
        return std::nullopt;
    }
}

QString OperationLogPage::countText(qint64 rows) const
{
    return tr("%n operation(s)", nullptr, int(rows));
}

void OperationLogPage::retranslateUi()
{
    LogPage::retranslateUi();
    setAccessibleDescription(tr("The platform's operation log from the local cache: who changed which mailbox or "
                                "setting, and when."));
}

std::optional<QString> OperationLogPage::accountOf(int row) const
{
    const auto operation = m_model->rowAt(row);
    // The target is an address, a unitId or the domain: only an address is an account.
    if (!operation || !operation->target.contains(QLatin1Char('@'))) {
        return std::nullopt;
    }
    return operation->target;
}

} // namespace dm
