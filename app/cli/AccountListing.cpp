#include "cli/AccountListing.h"

#include "api/AccountJson.h"
#include "api/Capabilities.h"
#include "api/PlatformClient.h"
#include "api/UnitService.h"

#include <QRegularExpression>

#include <memory>

namespace dm {
namespace {

constexpr int kExtensionPageSize = 500;
constexpr int kVendorPageSize = 200; // the largest page getAccountList gives

// One listing in progress; it owns itself until `done` is called.
class Listing : public std::enable_shared_from_this<Listing>
{
public:
    Listing(PlatformClient& client, AccountFilter filter, int limit, std::function<void(const ListingOutcome&)> done)
        : m_accounts(client)
        , m_units(client)
        , m_filter(std::move(filter))
        , m_limit(limit)
        , m_done(std::move(done))
    {
        m_filter.pageSize = std::min(m_limit, kExtensionPageSize);
    }

    void extensionPage(const QString& cursor)
    {
        m_accounts.list(m_filter, cursor, nullptr,
                        [self = shared_from_this()](const Expected<KeysetPage<Account>, ApiError>& page) {
                            self->onExtensionPage(page);
                        });
    }

private:
    void onExtensionPage(const Expected<KeysetPage<Account>, ApiError>& page)
    {
        if (!page) {
            if (m_found.accounts.isEmpty() && isUnknownApi(page.error())) {
                startVendorListing();
                return;
            }
            m_done(page.error());
            return;
        }
        for (const Account& account : page->items) {
            if (m_found.accounts.size() < m_limit) {
                m_found.accounts.append(account);
            }
        }
        if (page->nextCursor && m_found.accounts.size() < m_limit) {
            extensionPage(*page->nextCursor);
            return;
        }
        m_done(m_found);
    }

    void startVendorListing()
    {
        if (m_filter.activationState) {
            m_done(ListingRefusal{AccountLister::tr(
                "This platform does not track activation (it lacks the delivery extension), so accounts cannot be "
                "listed by activation. List them without --activation.")});
            return;
        }
        if (m_filter.createdFrom || m_filter.createdTo) {
            m_done(ListingRefusal{AccountLister::tr(
                "This platform's own account listing does not say when an account was created (it lacks the "
                "delivery extension), so accounts cannot be listed by creation time.")});
            return;
        }
        if (m_filter.status == AccountStatus::Deleted) {
            m_done(ListingRefusal{AccountLister::tr(
                "This platform's own account listing leaves deleted accounts out (it lacks the delivery "
                "extension). Look a deleted account up by name with accounts get.")});
            return;
        }
        m_found.fromVendorListing = true;
        vendorPage(1);
    }

    void vendorPage(int pageNum)
    {
        // The whole domain, or one unit without its sub-units, as the extension's unitId filter means.
        const bool wholeDomain = m_filter.unitId.isEmpty();
        const QString unit = wholeDomain ? QString::fromLatin1(kTopUnitId) : m_filter.unitId;
        m_units.listAccounts(
            unit, wholeDomain, pageNum, kVendorPageSize, nullptr,
            [self = shared_from_this(), pageNum](const Expected<NumberedPage<Account>, ApiError>& page) {
                self->onVendorPage(pageNum, page);
            });
    }

    void onVendorPage(int pageNum, const Expected<NumberedPage<Account>, ApiError>& page)
    {
        if (!page) {
            m_done(page.error());
            return;
        }
        for (const Account& account : page->items) {
            if (m_found.accounts.size() < m_limit && matches(account)) {
                m_found.accounts.append(account);
            }
        }
        const bool last = page->items.isEmpty() || qint64(pageNum) * kVendorPageSize >= page->total;
        if (!last && m_found.accounts.size() < m_limit) {
            vendorPage(pageNum + 1);
            return;
        }
        m_done(m_found);
    }

    [[nodiscard]] bool matches(const Account& account) const
    {
        if (m_filter.status && account.status != *m_filter.status) {
            return false;
        }
        return AccountLister::matchesKeyword(account, m_filter.keyword);
    }

    AccountService m_accounts;
    UnitService m_units;
    AccountFilter m_filter;
    int m_limit = 0;
    std::function<void(const ListingOutcome&)> m_done;
    AccountListing m_found;
};

} // namespace

void AccountLister::list(PlatformClient& client, const AccountFilter& filter, int limit,
                         std::function<void(const ListingOutcome&)> done)
{
    std::make_shared<Listing>(client, filter, limit, std::move(done))->extensionPage(QString());
}

bool AccountLister::matchesKeyword(const Account& account, const QString& keyword)
{
    if (keyword.isEmpty()) {
        return true;
    }
    // ASCII letters fold, as the extension's keyword does; other letters (Chinese has no case) compare as they are.
    const auto folded = [](QString text) {
        for (QChar& c : text) {
            if (c >= u'A' && c <= u'Z') {
                c = QChar(c.unicode() + (u'a' - u'A'));
            }
        }
        return text;
    };
    const QString wanted = folded(keyword);
    for (const QString* field : {&account.accountName, &account.name, &account.jobNumber}) {
        if (folded(*field).contains(wanted)) {
            return true;
        }
    }
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    return fourDigits.match(keyword).hasMatch() && account.mobile.endsWith(keyword);
}

} // namespace dm
