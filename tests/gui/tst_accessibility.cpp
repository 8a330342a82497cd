// dmadmin for people who use a screen reader, the keyboard, a large screen, a high-DPI display or a dark theme: the
// real main window over a cache synced from the real dmsandbox, every page of the navigation and the dialogs that open
// without changing anything, walked through QAccessible; the window's shortcuts; its first size on a 1600x1000 screen
// and the geometry it remembers; the icons at 150 % and 200 %; the meaningful colours on a dark palette.

#include "GuiTestSupport.h"
#include "SessionTestSupport.h"
#include "core/PolicyBaseline.h"
#include "secrets/MemorySecretStore.h"
#include "sync/OutboxRunner.h"
#include "sync/PolicyEdit.h"
#include "ui/Icons.h"
#include "ui/NavigationTree.h"
#include "ui/ProfileWizard.h"
#include "ui/ProxyCredentialsDialog.h"
#include "ui/SandboxLauncher.h"
#include "ui/StatusColors.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AccountsView.h"
#include "ui/accounts/AddressBasisDialog.h"
#include "ui/accounts/BulkResultDialog.h"
#include "ui/accounts/DeleteAccountDialog.h"
#include "ui/accounts/MoveUnitDialog.h"
#include "ui/accounts/PasswordRevealDialog.h"
#include "ui/accounts/ResetPasswordDialog.h"
#include "ui/activation/ResendReportDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/pages/AccountsPage.h"
#include "ui/pages/Page.h"
#include "ui/permissions/BaselineDialog.h"
#include "ui/permissions/PolicyChangeDialogs.h"
#include "ui/proof/ProofPackDialog.h"
#include "ui/proof/VerifyPackDialog.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWizard>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;
// The offscreen screen this test runs on (see main()): the size of a common court desktop monitor.
constexpr int kScreenWidth = 1600;
constexpr int kScreenHeight = 1000;

[[nodiscard]] QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// The text of a QLabel whose buddy is `widget`, where Qt's accessibility looks for one: beside it, under one parent.
[[nodiscard]] QString buddyText(const QWidget* widget)
{
    if (widget->parentWidget() == nullptr) {
        return {};
    }
    for (const QLabel* label : widget->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
        if (label->buddy() == widget && !label->text().trimmed().isEmpty()) {
            return label->text();
        }
    }
    return {};
}

// Parts of a compound control that assistive technology reaches through the control itself.
[[nodiscard]] bool isPartOfAnotherControl(const QWidget* widget)
{
    for (const QWidget* parent = widget->parentWidget(); parent != nullptr; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox*>(parent) != nullptr || qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QAbstractItemView*>(parent) != nullptr || qobject_cast<const QTabBar*>(parent) ||
            qobject_cast<const QScrollBar*>(parent) != nullptr) {
            return true;
        }
        if (parent->isWindow()) {
            break;
        }
    }
    return false;
}

[[nodiscard]] bool isInteractive(const QWidget* widget)
{
    if (qobject_cast<const QScrollBar*>(widget) != nullptr || qobject_cast<const QHeaderView*>(widget) != nullptr) {
        return false; // reached and named through the view they belong to
    }
    return qobject_cast<const QAbstractButton*>(widget) != nullptr || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) != nullptr || qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) != nullptr || qobject_cast<const QAbstractSlider*>(widget) ||
           qobject_cast<const QTabBar*>(widget) != nullptr;
}

// What a screen reader announces for the control, or empty when it says nothing that tells what the control is for.
[[nodiscard]] QString accessibleNameOf(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    if (iface == nullptr || !iface->isValid()) {
        return {};
    }
    if (const auto* tabs = qobject_cast<const QTabBar*>(widget)) {
        // Each tab is read by its own name.
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).isEmpty() && tabs->accessibleTabName(i).isEmpty()) {
                return {};
            }
        }
        return iface->text(QAccessible::Name);
    }
    if (qobject_cast<const QComboBox*>(widget) != nullptr) {
        // On Linux a combo box's Name is its current text, which says what was chosen but not what for.
        return !widget->accessibleName().isEmpty() ? widget->accessibleName() : buddyText(widget);
    }
    QString name = iface->text(QAccessible::Name);
    if (name.trimmed().isEmpty()) {
        name = buddyText(widget); // views answer with their accessibleName alone
    }
    return name.trimmed();
}

// Every visible interactive control of `root` without a name, as "context: class "objectName"" lines.
[[nodiscard]] QStringList unnamedControls(const QString& context, QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible() || !isInteractive(widget) || isPartOfAnotherControl(widget)) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (iface == nullptr || iface->state().invisible || iface->role() == QAccessible::NoRole) {
            continue;
        }
        if (accessibleNameOf(widget).isEmpty()) {
            problems << QStringLiteral("%1: %2 (role %3)").arg(context, describe(widget)).arg(int(iface->role()));
        }
    }
    return problems;
}

// Walks `root` with every tab of its tab widgets shown in turn (a hidden tab's controls are not visible).
[[nodiscard]] QStringList unnamedControlsInEveryTab(const QString& context, QWidget* root)
{
    QStringList problems = unnamedControls(context, root);
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible()) {
            continue;
        }
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            problems << unnamedControls(context + QStringLiteral(" / ") + tabs->tabText(i), tabs->widget(i));
        }
        tabs->setCurrentIndex(shown);
    }
    problems.removeDuplicates();
    return problems;
}

// Shows a dialog over the window, walks it and closes it again.
[[nodiscard]] QStringList walkDialog(QDialog* dialog)
{
    const QString context = QLatin1String(dialog->metaObject()->className());
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog)) {
        return {context + QStringLiteral(": did not show")};
    }
    QStringList problems = unnamedControlsInEveryTab(context, dialog);
    dialog->close();
    return problems;
}

// WCAG 2 relative luminance and contrast ratio.
[[nodiscard]] double luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

[[nodiscard]] double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The dark palette of a dark desktop theme (the Fusion style's colours for Windows' dark mode).
[[nodiscard]] QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xf0, 0xf0, 0xf0));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    return dark;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void firstWindowShowsEveryAccountsColumnAndTheDetailPane();
    void everyPageNamesItsControls();
    void everyDialogNamesItsControls();
    void noTwoActionsShareAShortcut();
    void frequentActionsHaveKeys();
    void accountFormTabOrderFollowsReadingOrder();
    void geometryAndSplitterRoundTrip();
    void maximisedCloseReopensMaximised();
    void geometryOffEveryScreenComesBack();
    void iconsHaveDoubleSizeRenderings();
    void meaningfulColoursAreReadableOnADarkPalette();

private:
    [[nodiscard]] MainWindow* window() const { return m_gui->window(); }
    [[nodiscard]] QStringList pageIds() const;

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<test::GuiFixture> m_gui;
};

void TestAccessibility::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(*m_session, {QStringLiteral("accounts")}, 4 * kTimeoutMs));

    m_gui = std::make_unique<test::GuiFixture>();
    m_gui->languages().setPreference(UiLanguage::English);
    QVERIFY(m_gui->open()); // a first run: no saved geometry
    window()->setSession(m_session.get());
}

void TestAccessibility::cleanupTestCase()
{
    guitest::closeWindowAndSession(m_gui, m_session);
}

QStringList TestAccessibility::pageIds() const
{
    QStringList ids;
    for (const Page* page : window()->findChildren<Page*>()) {
        ids << page->pageId();
    }
    return ids;
}

void TestAccessibility::firstWindowShowsEveryAccountsColumnAndTheDetailPane()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->geometry().size(), QSize(kScreenWidth, kScreenHeight));
    window()->showPage(QStringLiteral("accounts"));
    auto* table = window()->findChild<QTableView*>(QStringLiteral("accounts.table"));
    QVERIFY(table != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() > 0, kTimeoutMs);
    // Select a row so that the detail pane shows an account.
    table->selectRow(0);
    auto* detail = window()->findChild<QWidget*>(QStringLiteral("accounts.detail"));
    QVERIFY(detail != nullptr);
    QVERIFY(detail->isVisible());
    QVERIFY2(detail->width() >= 200, qPrintable(QString::number(detail->width())));

    int columns = 0;
    QStringList sections;
    const QHeaderView* header = table->horizontalHeader();
    for (int i = 0; i < header->count(); ++i) {
        if (!header->isSectionHidden(i)) {
            columns += header->sectionSize(i);
            sections << QString::number(header->sectionSize(i));
        }
    }
    QVERIFY2(columns <= table->viewport()->width(),
             qPrintable(QStringLiteral("columns %1 px (%5), table %2 px, window %3x%4")
                            .arg(columns)
                            .arg(table->viewport()->width())
                            .arg(window()->width())
                            .arg(window()->height())
                            .arg(sections.join(QLatin1Char('+')))));

    // Centred and within the screen.
    const QRect available = screen->availableGeometry();
    QVERIFY(available.contains(window()->frameGeometry()));
    QVERIFY(qAbs(window()->frameGeometry().center().x() - available.center().x()) <= 2);
}

void TestAccessibility::everyPageNamesItsControls()
{
    QStringList problems;
    for (const QString& id : pageIds()) {
        window()->showPage(id);
        auto* page = window()->findChild<Page*>(QStringLiteral("page.") + id);
        QVERIFY(page != nullptr);
        QTRY_VERIFY(page->isVisible());
        QTest::qWait(300); // the page's first rows from the cache
        problems << unnamedControlsInEveryTab(page->objectName(), page);
    }
    // The window's own controls around the pages.
    problems << unnamedControls(QStringLiteral("mainWindow"), window()->findChild<NavigationTree*>());
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyDialogNamesItsControls()
{
    QStringList problems;
    {
        AccountFormDialog form({}, std::nullopt, window());
        problems << walkDialog(&form);
    }
    {
        ImportWizard wizard(*m_session, m_gui->settings(), window());
        problems << walkDialog(&wizard);
    }
    {
        SandboxLauncher launcher;
        ProfileWizard wizard(launcher, {}, window());
        problems << walkDialog(&wizard);
    }
    {
        BaselineDialog baseline(defaultBaseline(), window());
        problems << walkDialog(&baseline);
    }
    {
        AddressBasisDialog basis(QStringLiteral("zhang.san"), std::nullopt, window());
        problems << walkDialog(&basis);
    }
    {
        MoveUnitDialog move({}, 2, QString(), window());
        problems << walkDialog(&move);
    }
    {
        ProxyCredentialsDialog proxy(QStringLiteral("proxy.court.example:3128"), false, window());
        problems << walkDialog(&proxy);
    }
    {
        VerifyPackDialog verify(m_session.get(), window());
        problems << walkDialog(&verify);
    }
    {
        const ProofTargets targets{{QStringLiteral("<m1@court.example>"), QStringLiteral("zhang.san@court.example"),
                                    QStringLiteral("(2026)粤0104民初1号"), QStringLiteral("民事判决书")}};
        ProofPackDialog pack(m_fixture.client(), *m_session, guitest::sandboxProfile(m_fixture), targets, window());
        problems << walkDialog(&pack);
    }
    {
        UserGuideDialog guide(m_gui->languages(), window());
        problems << walkDialog(&guide);
    }
    {
        AboutDialog about(Capabilities(), false, window());
        problems << walkDialog(&about);
    }
    {
        BulkResultDialog bulk(m_session.get(), QStringLiteral("Disable"), QStringLiteral("batch-1"), window());
        problems << walkDialog(&bulk);
    }
    {
        DeleteAccountDialog remove({QStringLiteral("zhang.san"), QStringLiteral("li.si")}, window());
        problems << walkDialog(&remove);
    }
    {
        PasswordRevealDialog reveal(QStringLiteral("zhang.san"), QStringLiteral("Aa1-not-a-real-one"), window());
        problems << walkDialog(&reveal);
    }
    {
        ResetPasswordDialog reset(1, QStringLiteral("zhang.san"), window());
        problems << walkDialog(&reset);
    }
    {
        OutboxResult refused;
        refused.kind = QStringLiteral("resendActivation");
        refused.target = QStringLiteral("zhang.san");
        refused.errorMessage = QStringLiteral("rate limited");
        ResendReportDialog report({refused}, {QStringLiteral("li.si")}, window());
        problems << walkDialog(&report);
    }
    {
        // An edit of the domain's policy that changes one field, and another client's newer document.
        PolicyDocument domain;
        domain.targetId = QStringLiteral("court.example");
        domain.policy = defaultBaseline();
        domain.version = 3;
        PolicyEdit edit(PolicyLevel::Domain, PolicyLayers{domain, std::nullopt, std::nullopt});
        DeliveryPolicy changed;
        changed.forceSms2fa = !*domain.policy.forceSms2fa;
        edit.set(PolicyField::ForceSms2fa, changed);
        PolicyDiffDialog diff(edit, QStringLiteral("court.example"), 120, window());
        problems << walkDialog(&diff);
        PolicyDocument theirs = domain;
        theirs.version = 4;
        theirs.policy.forceSms2fa = changed.forceSms2fa;
        theirs.policy.trustedBrowserDays = 7;
        PolicyConflictDialog conflict(edit, theirs, window());
        problems << walkDialog(&conflict);
    }
    {
        window()->showPage(QStringLiteral("logs.logins"));
        auto* page = window()->findChild<Page*>(QStringLiteral("page.logs.logins"));
        auto* exportAction = page->findChild<QAction*>(QStringLiteral("logs.export"));
        QVERIFY(exportAction != nullptr);
        exportAction->trigger();
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = window()->findChild<QFileDialog*>(QStringLiteral("logExportFileDialog"))) != nullptr);
        problems << unnamedControls(QStringLiteral("logExportDialog"), files);
        files->reject();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::noTwoActionsShareAShortcut()
{
    // With each page shown, the actions that a key could reach at the same time: the window's own, and those of a
    // page's widget that is shown. Two on one key, one inside the other's reach, is a key Qt runs neither of.
    // A window-wide action counts wherever it sits (a closed menu's keys work too); a widget's only while it is shown.
    const auto reach = [](const QAction* action) -> QList<QWidget*> {
        const bool windowWide =
            action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut;
        QList<QWidget*> widgets;
        for (QObject* object : action->associatedObjects()) {
            if (auto* widget = qobject_cast<QWidget*>(object);
                widget != nullptr && (windowWide || widget->isVisible())) {
                widgets << widget;
            }
        }
        return widgets;
    };
    const auto overlaps = [](const QWidget* a, const QWidget* b) {
        return a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
    };
    for (const QString& id : pageIds()) {
        window()->showPage(id);
        QCoreApplication::processEvents();
        const QList<QAction*> actions = window()->findChildren<QAction*>();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            for (qsizetype j = i + 1; j < actions.size(); ++j) {
                const QAction* a = actions.at(i);
                const QAction* b = actions.at(j);
                for (const QKeySequence& key : a->shortcuts()) {
                    if (key.isEmpty() || !b->shortcuts().contains(key)) {
                        continue;
                    }
                    const QList<QWidget*> reachA = reach(a);
                    const QList<QWidget*> reachB = reach(b);
                    const bool windowA =
                        a->shortcutContext() == Qt::WindowShortcut || a->shortcutContext() == Qt::ApplicationShortcut;
                    const bool windowB =
                        b->shortcutContext() == Qt::WindowShortcut || b->shortcutContext() == Qt::ApplicationShortcut;
                    bool clash = false;
                    if (windowA && windowB) {
                        clash = !reachA.isEmpty() && !reachB.isEmpty();
                    } else if (windowA || windowB) {
                        clash = !(windowA ? reachA : reachB).isEmpty() && !(windowA ? reachB : reachA).isEmpty();
                    } else {
                        for (const QWidget* wa : reachA) {
                            for (const QWidget* wb : reachB) {
                                clash = clash || overlaps(wa, wb);
                            }
                        }
                    }
                    QVERIFY2(!clash, qPrintable(QStringLiteral("%1 on page %2: %3 and %4")
                                                    .arg(key.toString(), id, a->objectName(), b->objectName())));
                }
            }
        }
    }
}

void TestAccessibility::frequentActionsHaveKeys()
{
    window()->showPage(QStringLiteral("accounts"));
    auto* view = window()->findChild<AccountsView*>();
    QVERIFY(view != nullptr);
    const auto keysOf = [view](const char* name) {
        const auto* action = view->findChild<QAction*>(QLatin1String(name));
        return action != nullptr ? action->shortcuts() : QList<QKeySequence>{};
    };
    QVERIFY(keysOf("accounts.create").contains(QKeySequence(Qt::CTRL | Qt::Key_N)));
    QVERIFY(keysOf("accounts.create").contains(QKeySequence(Qt::Key_Insert)));
    QVERIFY(keysOf("accounts.find").contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    QVERIFY(keysOf("accounts.delete").contains(QKeySequence(QKeySequence::Delete)));
    QVERIFY(keysOf("accounts.import").contains(QKeySequence(Qt::CTRL | Qt::Key_I)));
    QVERIFY(keysOf("accounts.refresh").contains(QKeySequence(Qt::Key_F5)));
    for (const char* id : {"logs.operations", "logs.logins", "logs.mail"}) {
        auto* page = window()->findChild<Page*>(QStringLiteral("page.") + QLatin1String(id));
        QVERIFY(page != nullptr);
        const auto* find = page->findChild<QAction*>(QStringLiteral("logs.find"));
        const auto* exporting = page->findChild<QAction*>(QStringLiteral("logs.export"));
        QVERIFY2(find != nullptr && find->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F)), id);
        QVERIFY2(exporting != nullptr && exporting->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_E)), id);
    }

    // Ctrl+N opens the account form from the table, and Escape closes it.
    window()->raise();
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    auto* table = view->findChild<QTableView*>(QStringLiteral("accounts.table"));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    AccountFormDialog* form = nullptr;
    QTRY_VERIFY((form = window()->findChild<AccountFormDialog*>()) != nullptr && form->isVisible());
    QTest::keyClick(form, Qt::Key_Escape);
    QTRY_VERIFY(!form->isVisible());

    // The navigation tree takes the focus and shows it.
    auto* tree = window()->findChild<NavigationTree*>();
    QVERIFY(tree->focusPolicy() & Qt::TabFocus);
}

void TestAccessibility::accountFormTabOrderFollowsReadingOrder()
{
    AccountFormDialog form({}, std::nullopt, window());
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // Tab goes through the form's fields top to bottom, and left to right within a row.
    QList<QWidget*> chain;
    QWidget* first = form.nextInFocusChain();
    for (QWidget* widget = first; widget != nullptr; widget = widget->nextInFocusChain()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            form.isAncestorOf(widget) && !isPartOfAnotherControl(widget)) {
            if (chain.contains(widget)) {
                break;
            }
            chain << widget;
        }
        if (widget->nextInFocusChain() == first) {
            break;
        }
    }
    QVERIFY(chain.size() >= 3);
    QStringList order;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QPoint before = chain.at(i - 1)->mapTo(&form, QPoint(0, 0));
        const QPoint here = chain.at(i)->mapTo(&form, QPoint(0, 0));
        order << describe(chain.at(i));
        // The buttons at the bottom end the chain; within the fields, each is below or right of the one before.
        const bool readingOrder =
            here.y() > before.y() + 2 || (qAbs(here.y() - before.y()) <= 2 && here.x() > before.x());
        QVERIFY2(readingOrder,
                 qPrintable(QStringLiteral("%1 comes after %2").arg(describe(chain.at(i)), describe(chain.at(i - 1)))));
    }
    form.close();
}

void TestAccessibility::geometryAndSplitterRoundTrip()
{
    test::GuiFixture gui;
    gui.languages().setPreference(UiLanguage::English);
    QVERIFY(gui.open());
    gui.window()->setGeometry(QRect(120, 90, 1234, 777));
    auto* splitter = gui.window()->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter != nullptr);
    splitter->setSizes({300, 934});
    QCoreApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    const QRect geometry = gui.window()->geometry();
    QVERIFY(gui.reopen());
    QCOMPARE(gui.window()->geometry(), geometry);
    QCOMPARE(gui.window()->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestAccessibility::maximisedCloseReopensMaximised()
{
    test::GuiFixture gui;
    gui.languages().setPreference(UiLanguage::English);
    QVERIFY(gui.open());
    gui.window()->setGeometry(QRect(150, 100, 1200, 760));
    const QRect normal = gui.window()->geometry();
    gui.window()->showMaximized();
    QTRY_VERIFY(gui.window()->isMaximized());
    QVERIFY(gui.reopen());
    QTRY_VERIFY(gui.window()->isMaximized());
    // Un-maximising goes back to the size it had before.
    gui.window()->showNormal();
    QTRY_COMPARE(gui.window()->geometry(), normal);
}

void TestAccessibility::geometryOffEveryScreenComesBack()
{
    test::GuiFixture gui;
    gui.languages().setPreference(UiLanguage::English);
    QVERIFY(gui.open());
    // Where a second monitor, now unplugged, used to be.
    gui.window()->setGeometry(QRect(kScreenWidth + 400, 200, 1200, 760));
    QVERIFY(gui.reopen());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QVERIFY2(available.contains(gui.window()->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(gui.window()->frameGeometry().x())
                            .arg(gui.window()->frameGeometry().y())
                            .arg(gui.window()->frameGeometry().width())
                            .arg(gui.window()->frameGeometry().height())));
}

void TestAccessibility::iconsHaveDoubleSizeRenderings()
{
    // 16 px (tree, menus) at 150 % and 200 %, and the larger logical sizes at 200 %, each from a file of that size
    // rather than one Qt scales up from a smaller rendering.
    const auto checkIcon = [](const QString& what, const QIcon& icon, const QList<int>& logical) {
        QVERIFY2(!icon.isNull(), qPrintable(what));
        const QList<QSize> available = icon.availableSizes();
        for (const int size : logical) {
            QList<int> scaled{size * 2};
            if (size == 16) {
                scaled << 24;
            }
            for (const int pixels : scaled) {
                QVERIFY2(available.contains(QSize(pixels, pixels)),
                         qPrintable(QStringLiteral("%1 has no %2 px rendering").arg(what).arg(pixels)));
            }
            const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
            QCOMPARE(pixmap.size(), QSize(size * 2, size * 2));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        }
    };
    checkIcon(QStringLiteral("application"), applicationIcon(), {16, 24, 32});
    for (const QString& id : pageIds()) {
        checkIcon(id, navigationIcon(id), {16, 24});
    }
    // The 48 px pixmap at 200 % is the 48 px file itself.
    const QImage file(QStringLiteral(":/icons/dmadmin-48.png"));
    QVERIFY(!file.isNull());
    // (Both premultiplied, as a pixmap holds them, so that rounding in the conversion is not taken for a difference.)
    QImage drawn =
        applicationIcon().pixmap(QSize(24, 24), 2.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    drawn.setDevicePixelRatio(1.0);
    QCOMPARE(drawn.size(), file.size());
    QCOMPARE(drawn, file.convertToFormat(QImage::Format_ARGB32_Premultiplied));
}

void TestAccessibility::meaningfulColoursAreReadableOnADarkPalette()
{
    const QPalette light = QGuiApplication::palette();
    for (const QPalette& palette : {light, darkPalette()}) {
        QGuiApplication::setPalette(palette);
        for (const QPalette::ColorRole background : {QPalette::Base, QPalette::Window}) {
            const QColor behind = palette.color(background);
            for (const auto& [what, colour] : {std::pair{"error text", errorTextColor(palette)},
                                               std::pair{"success text", successTextColor(palette)},
                                               std::pair{"abnormal login", errorTextColor()}}) {
                QVERIFY2(contrast(colour, behind) >= 4.5,
                         qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                        .arg(QLatin1String(what), colour.name(), behind.name())
                                        .arg(contrast(colour, behind))));
            }
        }
    }

    // What the pages draw with, on the dark palette: the accounts table's failed change and the login log's abnormal
    // rows take the palette's colours, not fixed ones.
    QGuiApplication::setPalette(darkPalette());
    window()->showPage(QStringLiteral("accounts"));
    auto* table = window()->findChild<QTableView*>(QStringLiteral("accounts.table"));
    QVERIFY(table != nullptr && table->model()->rowCount() > 0);
    for (int row = 0; row < std::min(table->model()->rowCount(), 50); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QVariant foreground = table->model()->index(row, column).data(Qt::ForegroundRole);
            if (foreground.isValid()) {
                const QColor colour = foreground.value<QColor>();
                QVERIFY2(contrast(colour, darkPalette().color(QPalette::Base)) >= 4.5, qPrintable(colour.name()));
            }
        }
    }
    // The account form's hint under a field it refuses.
    {
        AccountFormDialog form({}, std::nullopt, window());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* name = form.findChild<QLineEdit*>(QStringLiteral("account.form.accountName"));
        auto* hint = form.findChild<QLabel*>(QStringLiteral("account.form.accountNameHint"));
        QVERIFY(name != nullptr && hint != nullptr);
        name->setText(QStringLiteral("no spaces allowed!"));
        QTRY_VERIFY(hint->isVisible() && !hint->text().isEmpty());
        const QColor text = hint->palette().color(QPalette::WindowText);
        const QColor behind = form.palette().color(QPalette::Window);
        QVERIFY2(contrast(text, behind) >= 4.5, qPrintable(text.name() + QStringLiteral(" on ") + behind.name()));
        form.close();
    }
    QGuiApplication::setPalette(light);
}

// The offscreen platform's screen is 800x600 unless told otherwise; a court desktop's monitor is larger.
int main(int argc, char** argv)
{
    QTemporaryDir screens;
    const QString config = screens.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        return 1;
    }
    file.write(QStringLiteral(R"({"screens": [{"name": "court", "x": 0, "y": 0, "width": %1, "height": %2,
                                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                   .arg(kScreenWidth)
                   .arg(kScreenHeight)
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
