#pragma once

#include "api/ApiError.h"
#include "api/LogFilters.h"
#include "core/Expected.h"
#include "core/LogRecords.h"
#include "core/NumberedPage.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace dm {

// dm_api internal. The wire mapping of the vendor's page-numbered log queries (CONTRACT.md §9a): one request builder
// and one reply reader per endpoint, so that a field the vendor's own document spells differently is a one-line
// change here. The rows are read into the extension's records (§13) so both families fill the same cache tables:
// what the vendor rows lack (a login's abnormal flag, a mail's direction and updatedAt) is stated below.

// The vendor pages by number, 1..100 rows a page (§9a).
inline constexpr int kVendorLogMaxPageSize = 100;

// Vendor times have whole seconds: a window whose ends are not whole seconds would be widened or narrowed on the
// wire, so it is refused before sending (startTime/endTime :precision), like an over-long one (checkLogWindow).
[[nodiscard]] std::optional<ApiError> checkVendorLogWindow(const LogWindow& window);

// webLogin for every account of `domain` (accountNames [""]).
[[nodiscard]] QJsonObject webLoginBody(const QString& domain, const LogWindow& window, int pageNum, int pageSize);
// receivedMail for every account of `domain` (account "").
[[nodiscard]] QJsonObject receivedMailBody(const QString& domain, const LogWindow& window, int pageNum, int pageSize);

// One login row. `location` ("广东省广州市", a municipality once: "北京市") is split into province and city; the
// vendor says nothing of abnormal logins, so `abnormal` is false.
[[nodiscard]] Expected<LoginRecord, ApiError> webLoginRowFromJson(const QJsonValue& value, const QString& path);
// One received mail: direction In, the account's address as recipient; updatedAt is the later of receiveTime and
// readTime, as the extension defines it.
[[nodiscard]] Expected<MailRecord, ApiError> receivedMailRowFromJson(const QJsonValue& value, const QString& path);

// {list, count} pages. More rows than pageSize is a Protocol error, as is a count below the rows before and on
// this page.
[[nodiscard]] Expected<NumberedPage<LoginRecord>, ApiError> webLoginPageFromJson(const QJsonValue& value, int pageNum,
                                                                                 int pageSize);
[[nodiscard]] Expected<NumberedPage<MailRecord>, ApiError> receivedMailPageFromJson(const QJsonValue& value,
                                                                                    int pageNum, int pageSize);

// "广东省广州市" -> {"广东省", "广州市"}; "北京市" -> {"北京市", "北京市"}; text with no province word stays whole as
// the province (and the city is empty), so nothing is lost.
struct Place
{
    QString province;
    QString city;
};
[[nodiscard]] Place splitLocation(const QString& location);

} // namespace dm
