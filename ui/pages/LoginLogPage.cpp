#include "ui/pages/LoginLogPage.h"

#include "ui/logs/LogFilterBars.h"
#include "ui/logs/LogReaders.h"
#include "ui/logs/LogTexts.h"
#include "ui/logs/LogTimeRangeBar.h"

namespace dm {

LoginLogPage::LoginLogPage(QWidget* parent)
    : LogPage(QStringLiteral("logs.logins"), QStringLiteral("logins"), parent)
    , m_model(new LoginLogModel(std::make_shared<LoginLogColumns>(), this))
    , m_filters(new LoginLogFilterBar(this))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    setUp(m_model, m_filters, {{LoginLogColumns::TimeColumn, 150}, {LoginLogColumns::PlaceColumn, 160}});
    retranslateUi();
}

QString LoginLogPage::navigationTitle() const
{
    return tr("Logins");
}

QString LoginLogPage::heading() const
{
    return tr("Login log");
}

void LoginLogPage::applyFilter()
{
    m_shownFilter = m_filters->filter();
    m_shownRange = timeRange()->range();
    m_model->setListing(
        [filter = m_shownFilter, range = m_shownRange](Db& db) { return makeLoginLogReader(db, filter, range); }, true);
}

LogExportQuery LoginLogPage::exportQuery() const
{
    LogExportQuery query;
    query.kind = LogKind::Logins;
    query.logins = m_shownFilter;
    query.range = m_shownRange;
    return query;
}

std::optional<qint64> LoginLogPage::rowId(int row) const
{
    const auto record = m_model->rowAt(row);
    return record ? std::optional<qint64>(record->id) : std::nullopt;
}

std::optional<QPair<QString, LogDetailPane::Fields>> LoginLogPage::detailOf(int row) const
{
    const auto login = m_model->rowAt(row);
    if (!login) {
        return std::nullopt;
    }
    const auto text = [&login](int column) { return LoginLogColumns::text(*login, column); };
    LogDetailPane::Fields fields{
        {tr("Account:"), text(LoginLogColumns::AccountColumn)},
        {tr("Login time:"), text(LoginLogColumns::TimeColumn)},
        {tr("Login method:"), text(LoginLogColumns::MethodColumn)},
        {tr("IP address:"), text(LoginLogColumns::IpColumn)},
        {tr("Province:"), login->province},
        {tr("City:"), login->city},
        {tr("Result:"), text(LoginLogColumns::ResultColumn)},
        {tr("Flag:"), LogTexts::abnormal(login->abnormal)},
        {tr("Log id:"), QString::number(login->id)},
    };
    const QString title = login->abnormal ? tr("Abnormal login of %1").arg(login->accountName)
                                          : tr("Login of %1").arg(login->accountName);
    return QPair<QString, LogDetailPane::Fields>{title, fields};
}

std::optional<QPair<QString, QVariant>> LoginLogPage::filterValueOf(int row, int column) const
{
    const auto login = m_model->rowAt(row);
    if (!login) {
        return std::nullopt;
    }
    switch (column) {
    case LoginLogColumns::AccountColumn:
        return filterUnlessMasked(QStringLiteral("account"), login->accountName);
    case LoginLogColumns::MethodColumn:
        return QPair<QString, QVariant>{QStringLiteral("method"), int(logsql::code(login->method))};
    case LoginLogColumns::IpColumn:
        return QPair<QString, QVariant>{QStringLiteral("ipPrefix"), login->ip};
    case LoginLogColumns::PlaceColumn:
        if (login->province.isEmpty()) {
            return std::nullopt;
        }
        return QPair<QString, QVariant>{QStringLiteral("province"), login->province};
    case LoginLogColumns::ResultColumn:
        return QPair<QString, QVariant>{QStringLiteral("result"), int(logsql::code(login->result))};
    default:
        return std::nullopt;
    }
}

QString LoginLogPage::countText(qint64 rows) const
{
    return tr("%n login(s)", nullptr, int(rows));
}

void LoginLogPage::retranslateUi()
{
    LogPage::retranslateUi();
    setAccessibleDescription(tr("Logins to the delivery mailboxes from the local cache, abnormal logins marked."));
}

std::optional<QString> LoginLogPage::accountOf(int row) const
{
    const auto login = m_model->rowAt(row);
    return login ? std::optional<QString>(login->accountName) : std::nullopt;
}

} // namespace dm
