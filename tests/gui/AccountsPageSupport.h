#pragma once

// The Accounts page as the main window shows it, over a real session, for the tests that drive the page.

#include "api/PlatformClient.h"
#include "sync/CacheSession.h"
#include "ui/accounts/AccountsView.h"
#include "ui/pages/AccountsPage.h"

#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTest>

namespace guitest {

// Shows `page` with `settings`, the profile's `client` and `session`, active and exposed; the view's table and search
// field, or nulls when the page did not come up.
struct ShownAccountsPage
{
    dm::AccountsView* view = nullptr;
    QTableView* table = nullptr;
    QLineEdit* search = nullptr;
};

inline ShownAccountsPage showAccountsPage(dm::AccountsPage& page, QSettings& settings, dm::PlatformClient& client,
                                          dm::CacheSession& session)
{
    page.setSettings(&settings);
    page.setPlatformClient(&client);
    page.resize(1300, 800);
    page.show();
    page.activateWindow();
    if (!QTest::qWaitForWindowExposed(&page) || !QTest::qWaitForWindowActive(&page)) {
        return {};
    }
    page.setSession(&session);
    dm::AccountsView* view = page.view();
    return {view, view->findChild<QTableView*>(QStringLiteral("accounts.table")),
            view->findChild<QLineEdit*>(QStringLiteral("accounts.search"))};
}

} // namespace guitest
