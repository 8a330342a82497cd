// Drives the real main window the way a user does: clicks in the navigation tree, keyboard shortcuts, menu actions.

#include "GuiTestSupport.h"
#include "ui/NavigationTree.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/pages/Page.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidgetItemIterator>

#include <optional>

using namespace dm;
using dm::test::GuiFixture;

namespace {

// Tree order, which is also the Ctrl+1 ... Ctrl+9 order of the first nine.
const QStringList allPageIds = {
    QStringLiteral("accounts"),   QStringLiteral("activation"),      QStringLiteral("permissions"),
    QStringLiteral("logs"),       QStringLiteral("logs.operations"), QStringLiteral("logs.logins"),
    QStringLiteral("logs.mail"),  QStringLiteral("logs.timeline"),   QStringLiteral("logs.case"),
    QStringLiteral("statistics"), QStringLiteral("settings"),
};
constexpr int kNumberedPages = 9; // Ctrl+1 ... Ctrl+9

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithTitleNavigationAndStatus();
    void everyNavigationEntryShowsItsPage();
    void ctrlNumberShortcutsSwitchPages();
    void arrowKeysInTreeSwitchPages();
    void viewMenuCheckMarkFollowsPage();
    void logsOverviewLinksOpenLogPages();
    void languageMenuSwitchesVisibleTexts();
    void languageChoiceIsRememberedAcrossRestart();
    void languageCheckMarkFollowsPreference();
    void selectedPageIsRestoredOnReopen();
    void unknownSavedPageFallsBackToAccounts();
    void geometryIsRestoredOnReopen();
    void f5IsThePagesRefreshWhereItHasOne();
    void aboutShowsVersionsWithoutBlocking();
    void helpOpensTheUserGuide();
    void quitClosesWindowAndSavesState();
    void everythingHasNamesForAssistiveTechnology();
    void pagesThePlatformDoesNotServeAreGreyedWithTheReason();

private:
    [[nodiscard]] NavigationTree* tree() const
    {
        return m_fixture->window()->findChild<NavigationTree*>(QStringLiteral("navigation"));
    }
    [[nodiscard]] QStackedWidget* stack() const
    {
        return m_fixture->window()->findChild<QStackedWidget*>(QStringLiteral("pages"));
    }
    [[nodiscard]] QString currentPageName() const
    {
        const QWidget* current = stack()->currentWidget();
        return current != nullptr ? current->objectName() : QString();
    }
    [[nodiscard]] QAction* action(const QString& name) const { return m_fixture->window()->findChild<QAction*>(name); }

    std::optional<GuiFixture> m_fixture;
};

void TestMainWindow::initTestCase()
{
    // Closing the window in a test must not end the test run.
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestMainWindow::init()
{
    m_fixture.emplace();
    QVERIFY(m_fixture->isValid());
    // Deterministic whatever the test machine's locale.
    m_fixture->languages().setPreference(UiLanguage::English);
    QVERIFY(m_fixture->open());
}

void TestMainWindow::cleanup()
{
    m_fixture.reset();
}

void TestMainWindow::opensWithTitleNavigationAndStatus()
{
    MainWindow* window = m_fixture->window();
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), QStringLiteral("Delivery Mailbox Admin"));
    QVERIFY(!window->windowIcon().isNull());

    QVERIFY(tree() != nullptr);
    QVERIFY(stack() != nullptr);
    QVERIFY(tree()->isVisible());
    QCOMPARE(stack()->count(), allPageIds.size());

    QStringList treeIds;
    for (QTreeWidgetItemIterator it(tree()); *it != nullptr; ++it) {
        treeIds << (*it)->data(0, NavigationTree::pageIdRole).toString();
    }
    QCOMPARE(treeIds, allPageIds);
    // Logs has the three log pages and the two delivery views as children, expanded so they can be seen.
    QTreeWidgetItem* logs = tree()->entry(QStringLiteral("logs"));
    QVERIFY(logs != nullptr);
    QCOMPARE(logs->childCount(), 5);
    QVERIFY(logs->isExpanded());
    QCOMPARE(tree()->topLevelItemCount(), 6);

    // First run opens on Accounts.
    QCOMPARE(currentPageName(), QStringLiteral("page.accounts"));

    auto* status = window->findChild<QLabel*>(QStringLiteral("status.connection"));
    QVERIFY(status != nullptr);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Not connected"));

    QStringList menuTitles;
    for (const QAction* menuAction : window->menuBar()->actions()) {
        menuTitles << menuAction->text();
    }
    QCOMPARE(menuTitles, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
}

void TestMainWindow::everyNavigationEntryShowsItsPage()
{
    // Start from the last entry so that every click below is a real change.
    m_fixture->window()->showPage(QStringLiteral("settings"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.settings"));

    for (const QString& id : allPageIds) {
        QTreeWidgetItem* item = tree()->entry(id);
        QVERIFY2(item != nullptr, qPrintable(id));
        QVERIFY2(!item->text(0).isEmpty(), qPrintable(id));
        const QRect rect = tree()->visualItemRect(item);
        QVERIFY2(rect.isValid(), qPrintable(id));
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());

        QTRY_COMPARE(currentPageName(), QStringLiteral("page.") + id);
        auto* page = qobject_cast<Page*>(stack()->currentWidget());
        QVERIFY(page != nullptr);
        QVERIFY(page->isVisible());
        QCOMPARE(page->pageId(), id);
        QCOMPARE(item->text(0), page->navigationTitle());

        const auto* heading = page->findChild<QLabel*>(QStringLiteral("heading"));
        QVERIFY2(heading != nullptr && heading->isVisible(), qPrintable(id));
        QCOMPARE(heading->text(), page->heading());
        // Every page is a working page (none is a placeholder any more): its own tests drive it.
    }
}

void TestMainWindow::ctrlNumberShortcutsSwitchPages()
{
    MainWindow* window = m_fixture->window();
    // Backwards, so that each shortcut changes the page.
    window->showPage(allPageIds.constLast());
    for (int i = kNumberedPages - 1; i >= 0; --i) {
        QTest::keyClick(window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(currentPageName(), QStringLiteral("page.") + allPageIds.at(i));
        QCOMPARE(tree()->currentPageId(), allPageIds.at(i));
    }
}

void TestMainWindow::arrowKeysInTreeSwitchPages()
{
    tree()->setFocus();
    QTRY_VERIFY(tree()->hasFocus());
    QCOMPARE(currentPageName(), QStringLiteral("page.accounts"));

    QTest::keyClick(tree(), Qt::Key_Down);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.activation"));
    QTest::keyClick(tree(), Qt::Key_Down);
    QTest::keyClick(tree(), Qt::Key_Down);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs"));
    // Into the expanded Logs node.
    QTest::keyClick(tree(), Qt::Key_Down);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs.operations"));
    QTest::keyClick(tree(), Qt::Key_End);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.settings"));
    QTest::keyClick(tree(), Qt::Key_Up);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.statistics"));
    QTest::keyClick(tree(), Qt::Key_Up);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs.case"));
    QTest::keyClick(tree(), Qt::Key_Home);
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.accounts"));
}

void TestMainWindow::viewMenuCheckMarkFollowsPage()
{
    for (const QString& id : allPageIds) {
        m_fixture->window()->showPage(id);
        QTRY_COMPARE(currentPageName(), QStringLiteral("page.") + id);
        for (const QString& other : allPageIds) {
            QAction* pageAction = action(QStringLiteral("action.page.") + other);
            QVERIFY2(pageAction != nullptr, qPrintable(other));
            QCOMPARE(pageAction->isChecked(), other == id);
        }
    }

    // And the menu action itself switches the page.
    action(QStringLiteral("action.page.permissions"))->trigger();
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.permissions"));
    QCOMPARE(action(QStringLiteral("action.page.permissions"))->text(), QStringLiteral("Delivery permissions"));

    auto* viewMenu = m_fixture->window()->findChild<QMenu*>(QStringLiteral("menu.view"));
    QVERIFY(viewMenu != nullptr);
    QVERIFY(viewMenu->actions().contains(action(QStringLiteral("action.page.logs.mail"))));
}

void TestMainWindow::logsOverviewLinksOpenLogPages()
{
    const QStringList logIds = {QStringLiteral("logs.operations"), QStringLiteral("logs.logins"),
                                QStringLiteral("logs.mail")};
    for (const QString& id : logIds) {
        m_fixture->window()->showPage(QStringLiteral("logs"));
        QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs"));
        auto* link = stack()->currentWidget()->findChild<QCommandLinkButton*>(QStringLiteral("link.") + id);
        QVERIFY2(link != nullptr, qPrintable(id));
        QVERIFY(link->isVisible());
        QVERIFY(!link->text().isEmpty());
        QVERIFY(!link->description().isEmpty());
        QTest::mouseClick(link, Qt::LeftButton);
        QTRY_COMPARE(currentPageName(), QStringLiteral("page.") + id);
        QCOMPARE(tree()->currentPageId(), id);
    }
}

void TestMainWindow::languageMenuSwitchesVisibleTexts()
{
    MainWindow* window = m_fixture->window();
    window->showPage(QStringLiteral("logs.mail"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs.mail"));
    const auto* heading = stack()->currentWidget()->findChild<QLabel*>(QStringLiteral("heading"));
    const auto* status = window->findChild<QLabel*>(QStringLiteral("status.connection"));
    auto* languageMenu = window->findChild<QMenu*>(QStringLiteral("menu.language"));
    QVERIFY(heading != nullptr && status != nullptr && languageMenu != nullptr);

    QAction* chinese = action(QStringLiteral("action.language.zh_CN"));
    QAction* english = action(QStringLiteral("action.language.en"));
    QAction* system = action(QStringLiteral("action.language.system"));
    QVERIFY(chinese != nullptr && english != nullptr && system != nullptr);
    QVERIFY(languageMenu->actions().contains(chinese));
    QVERIFY(english->isChecked());
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));

    chinese->trigger();
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("送达邮箱管理台"));
    QVERIFY(chinese->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(tree()->entry(QStringLiteral("accounts"))->text(0), QStringLiteral("账号"));
    QCOMPARE(tree()->entry(QStringLiteral("activation"))->text(0), QStringLiteral("激活跟踪"));
    QCOMPARE(tree()->entry(QStringLiteral("permissions"))->text(0), QStringLiteral("送达权限"));
    QCOMPARE(tree()->entry(QStringLiteral("logs"))->text(0), QStringLiteral("日志"));
    QCOMPARE(tree()->entry(QStringLiteral("logs.operations"))->text(0), QStringLiteral("操作日志"));
    QCOMPARE(tree()->entry(QStringLiteral("logs.logins"))->text(0), QStringLiteral("登录日志"));
    QCOMPARE(tree()->entry(QStringLiteral("logs.mail"))->text(0), QStringLiteral("收发信日志"));
    QCOMPARE(tree()->entry(QStringLiteral("settings"))->text(0), QStringLiteral("设置"));
    QCOMPARE(heading->text(), QStringLiteral("收发信日志"));
    QCOMPARE(status->text(), QStringLiteral("未连接"));
    QCOMPARE(languageMenu->title(), QStringLiteral("语言(&L)"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    // The language names stay in their own language.
    QCOMPARE(english->text(), QStringLiteral("English"));
    // The page did not change under the user's feet.
    QCOMPARE(currentPageName(), QStringLiteral("page.logs.mail"));

    english->trigger();
    QTRY_COMPARE(window->windowTitle(), QStringLiteral("Delivery Mailbox Admin"));
    QCOMPARE(tree()->entry(QStringLiteral("accounts"))->text(0), QStringLiteral("Accounts"));
    QCOMPARE(heading->text(), QStringLiteral("Mail log"));
    QCOMPARE(status->text(), QStringLiteral("Not connected"));
    QCOMPARE(window->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
    QVERIFY(english->isChecked());
}

void TestMainWindow::languageChoiceIsRememberedAcrossRestart()
{
    action(QStringLiteral("action.language.zh_CN"))->trigger();
    QTRY_COMPARE(m_fixture->window()->windowTitle(), QStringLiteral("送达邮箱管理台"));
    QCOMPARE(m_fixture->settings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));

    // A fresh manager over the same settings, as at the next start, picks it up.
    LanguageManager next(m_fixture->settings());
    QCOMPARE(next.preference(), UiLanguage::ChineseSimplified);

    // The reopened window starts in Chinese and shows the choice ticked.
    QVERIFY(m_fixture->reopen());
    QCOMPARE(m_fixture->window()->windowTitle(), QStringLiteral("送达邮箱管理台"));
    QVERIFY(action(QStringLiteral("action.language.zh_CN"))->isChecked());

    action(QStringLiteral("action.language.system"))->trigger();
    QCOMPARE(m_fixture->settings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("system"));
    QCOMPARE(m_fixture->languages().preference(), UiLanguage::FollowSystem);
}

void TestMainWindow::languageCheckMarkFollowsPreference()
{
    QAction* system = action(QStringLiteral("action.language.system"));
    QAction* chinese = action(QStringLiteral("action.language.zh_CN"));
    QAction* english = action(QStringLiteral("action.language.en"));
    QVERIFY(english->isChecked());

    // Choices made elsewhere (a future settings page) show in the menu too.
    m_fixture->languages().setPreference(UiLanguage::ChineseSimplified);
    QVERIFY(chinese->isChecked());
    m_fixture->languages().setPreference(UiLanguage::FollowSystem);
    QVERIFY(system->isChecked());
    QVERIFY(!chinese->isChecked() && !english->isChecked());
}

void TestMainWindow::selectedPageIsRestoredOnReopen()
{
    tree()->selectPage(QStringLiteral("logs.logins"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs.logins"));

    QVERIFY(m_fixture->reopen());
    QCOMPARE(currentPageName(), QStringLiteral("page.logs.logins"));
    QCOMPARE(tree()->currentPageId(), QStringLiteral("logs.logins"));
    QVERIFY(action(QStringLiteral("action.page.logs.logins"))->isChecked());

    // Even without a clean close (a crash), the page was already saved.
    m_fixture->window()->showPage(QStringLiteral("permissions"));
    QCOMPARE(m_fixture->settings().value(QStringLiteral("mainWindow/page")).toString(), QStringLiteral("permissions"));
}

void TestMainWindow::unknownSavedPageFallsBackToAccounts()
{
    m_fixture->window()->close();
    // A page id from a newer or older version.
    m_fixture->settings().setValue(QStringLiteral("mainWindow/page"), QStringLiteral("no.such.page"));
    QVERIFY(m_fixture->open());
    QCOMPARE(currentPageName(), QStringLiteral("page.accounts"));
}

// F5 re-reads the page where the page has a refresh of its own (the log pages), and syncs everywhere else: never two
// actions on one key, which Qt would treat as ambiguous and run neither.
void TestMainWindow::f5IsThePagesRefreshWhereItHasOne()
{
    MainWindow* window = m_fixture->window();
    QAction* sync = action(QStringLiteral("action.sync"));
    window->showPage(QStringLiteral("logs.logins"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.logs.logins"));
    QVERIFY(sync->shortcut().isEmpty());
    auto* page = stack()->currentWidget();
    auto* refresh = page->findChild<QAction*>(QStringLiteral("logs.refresh"));
    QVERIFY(refresh != nullptr);
    QSignalSpy refreshed(refresh, &QAction::triggered);
    auto* table =
        page->findChild<QWidget*>(QStringLiteral("logs.exportButton")); // in the page, with or without a profile
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F5);
    QCOMPARE(refreshed.size(), 1);
    // And with the focus in the navigation tree, F5 still refreshes the page shown.
    tree()->setFocus();
    QTRY_VERIFY(tree()->hasFocus());
    QTest::keyClick(tree(), Qt::Key_F5);
    QCOMPARE(refreshed.size(), 2);

    window->showPage(QStringLiteral("permissions"));
    QTRY_COMPARE(currentPageName(), QStringLiteral("page.permissions"));
    QCOMPARE(sync->shortcut(), QKeySequence(Qt::Key_F5));
}

void TestMainWindow::geometryIsRestoredOnReopen()
{
    // The offscreen screen is small (800x600), so stay within it.
    const QSize size(640, 480);
    m_fixture->window()->resize(size);
    QTRY_COMPARE(m_fixture->window()->size(), size);
    QVERIFY(m_fixture->reopen());
    QTRY_COMPARE(m_fixture->window()->size(), size);
}

void TestMainWindow::aboutShowsVersionsWithoutBlocking()
{
    QAction* about = action(QStringLiteral("action.about"));
    QVERIFY(about != nullptr);
    // If this blocked in a nested event loop, the test would hang here.
    about->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_fixture->window()->findChild<QMessageBox*>(QStringLiteral("aboutBox"))) != nullptr &&
                box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(DM_VERSION)));
    QVERIFY(box->text().contains(QLatin1String(qVersion())));
    QVERIFY(box->text().contains(QStringLiteral("Delivery Mailbox Admin")));
    QCOMPARE(box->windowTitle(), QStringLiteral("About Delivery Mailbox Admin"));

    // A second request raises the same box instead of stacking another.
    about->trigger();
    QCOMPARE(m_fixture->window()->findChildren<QMessageBox*>().size(), 1);

    box->accept();
    QTRY_VERIFY(m_fixture->window()->findChild<QMessageBox*>(QStringLiteral("aboutBox")) == nullptr);
}

void TestMainWindow::helpOpensTheUserGuide()
{
    QAction* guide = action(QStringLiteral("action.userGuide"));
    QVERIFY(guide != nullptr);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    UserGuideDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture->window()->findChild<UserGuideDialog*>()) != nullptr && dialog->isVisible());
    auto* page = dialog->findChild<QTextBrowser*>();
    QVERIFY(page != nullptr);
    QVERIFY(page->source().toString().startsWith(QStringLiteral("qrc:/guide/")));
    QVERIFY(!page->toPlainText().trimmed().isEmpty());
    // Asked again, the same window comes to the front.
    guide->trigger();
    QCOMPARE(m_fixture->window()->findChildren<UserGuideDialog*>().size(), 1);
    dialog->close();
    QTRY_VERIFY(m_fixture->window()->findChild<UserGuideDialog*>() == nullptr);
}

void TestMainWindow::quitClosesWindowAndSavesState()
{
    QAction* quit = action(QStringLiteral("action.quit"));
    QVERIFY(quit != nullptr);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(m_fixture->settings().value(QStringLiteral("mainWindow/geometry")).isNull());

    QTest::keyClick(m_fixture->window(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_fixture->window()->isVisible());
    QVERIFY(!m_fixture->settings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    QVERIFY(!m_fixture->settings().value(QStringLiteral("mainWindow/splitter")).toByteArray().isEmpty());
}

void TestMainWindow::everythingHasNamesForAssistiveTechnology()
{
    QVERIFY(!tree()->accessibleName().isEmpty());
    QVERIFY(!stack()->accessibleName().isEmpty());
    for (int i = 0; i < stack()->count(); ++i) {
        const QWidget* page = stack()->widget(i);
        QVERIFY2(!page->accessibleName().isEmpty(), qPrintable(page->objectName()));
        QVERIFY2(!page->accessibleDescription().isEmpty(), qPrintable(page->objectName()));
    }
    for (QTreeWidgetItemIterator it(tree()); *it != nullptr; ++it) {
        QCOMPARE((*it)->data(0, Qt::AccessibleTextRole).toString(), (*it)->text(0));
    }
}

// A platform that serves only the vendor's API: the pages fed by the extension are greyed out, say why in their
// tooltip, and cannot be reached by click or shortcut; the accounts page stays. When the platform serves them again,
// they come back.
void TestMainWindow::pagesThePlatformDoesNotServeAreGreyedWithTheReason()
{
    MainWindow* window = m_fixture->window();
    window->showPage(QStringLiteral("permissions"));
    QCOMPARE(currentPageName(), QStringLiteral("page.permissions"));

    Capabilities vendorOnly;
    vendorOnly.set(ApiFamily::VendorDirectory, {FamilyState::Served, {}});
    for (ApiFamily family : {ApiFamily::DeliveryAccounts, ApiFamily::DeliveryPolicy, ApiFamily::DeliveryLoginRules,
                             ApiFamily::DeliveryLogs, ApiFamily::DeliveryStats}) {
        vendorOnly.set(family, {FamilyState::Missing, QStringLiteral("API.NOT.FOUND")});
    }
    window->applyCapabilities(vendorOnly);
    // The page shown became unavailable: the window moved to one that works.
    QCOMPARE(currentPageName(), QStringLiteral("page.accounts"));
    for (const char* id : {"activation", "permissions", "logs", "logs.operations", "logs.logins", "logs.mail"}) {
        QTreeWidgetItem* entry = tree()->entry(QLatin1String(id));
        QVERIFY2(entry != nullptr && entry->isDisabled(), id);
        QVERIFY2(entry->toolTip(0).contains(QLatin1String("does not serve")), qPrintable(entry->toolTip(0)));
        QVERIFY(!action(QStringLiteral("action.page.") + QLatin1String(id))->isEnabled());
    }
    QVERIFY(!tree()->entry(QStringLiteral("accounts"))->isDisabled());
    QVERIFY(!tree()->entry(QStringLiteral("settings"))->isDisabled());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier); // Ctrl+2 is the activation page
    QCOMPARE(currentPageName(), QStringLiteral("page.accounts"));

    Capabilities everything;
    for (ApiFamily family : Capabilities::allFamilies()) {
        everything.set(family, {FamilyState::Served, {}});
    }
    window->applyCapabilities(everything);
    QVERIFY(!tree()->entry(QStringLiteral("activation"))->isDisabled());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(currentPageName(), QStringLiteral("page.activation"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
