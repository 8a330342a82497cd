#pragma once

#include "api/ApiError.h"
#include "api/LogFilters.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/LogRecords.h"
#include "core/NumberedPage.h"

#include <QObject>

#include <functional>

namespace dm {

class PlatformClient;

// The typed log queries (CONTRACT.md §13): one page per call, in (time, id) order ((updatedAt, id) for mails ordered
// by updatedAt). A window over 31 days, or an empty or inverted one, is refused before anything is sent (a
// Validation error naming endTime or startTime): callers split long spans themselves (sync/TimeWindow.h). Every
// callback runs once, on the caller's thread, unless `context` is gone.
class LogService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit LogService(PlatformClient& client);

    void queryOperations(const LogWindow& window, const OperationFilter& filter, const PageRequest& page,
                         QObject* context, Done<KeysetPage<OperationRecord>> done);
    void queryLogins(const LogWindow& window, const LoginFilter& filter, const PageRequest& page, QObject* context,
                     Done<KeysetPage<LoginRecord>> done);
    void queryMails(const LogWindow& window, const MailFilter& filter, const PageRequest& page, QObject* context,
                    Done<KeysetPage<MailRecord>> done);

    // The vendor's page-numbered queries (§9a), every account of the domain: the logins (webLogin) and the mail the
    // domain received (receivedMail). pageSize 1..100; the window as above, in whole seconds (vendor times have no
    // milliseconds), else refused before sending.
    void vendorLogins(const LogWindow& window, int pageNum, int pageSize, QObject* context,
                      Done<NumberedPage<LoginRecord>> done);
    void vendorReceivedMail(const LogWindow& window, int pageNum, int pageSize, QObject* context,
                            Done<NumberedPage<MailRecord>> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
