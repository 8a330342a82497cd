#include "ui/MainWindow.h"

#include "ui/ConnectionIndicator.h"
#include "ui/Icons.h"
#include "ui/LanguageManager.h"
#include "ui/NavigationTree.h"
#include "ui/ProfileManager.h"
#include "ui/ProxyCredentialsDialog.h"
#include "ui/SessionController.h"
#include "ui/SyncStatusBar.h"
#include "ui/accounts/AccountsView.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/DiagnosticsExportFlow.h"
#include "ui/help/UserGuideDialog.h"
#include "ui/logs/LogFreshnessBar.h"
#include "ui/logs/LogPage.h"
#include "ui/pages/AccountTimelinePage.h"
#include "ui/pages/AccountsPage.h"
#include "ui/pages/ActivationPage.h"
#include "ui/pages/CasePage.h"
#include "ui/pages/LoginLogPage.h"
#include "ui/pages/LogsPage.h"
#include "ui/pages/MailLogPage.h"
#include "ui/pages/OperationLogPage.h"
#include "ui/pages/PermissionsPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/StatisticsPage.h"
#include "ui/proof/ProofPackDialog.h"
#include "ui/proof/VerifyPackDialog.h"
#include "ui/settings/SyncPreferences.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QtGlobal>

#include <algorithm>

#ifndef DM_VERSION
#error "DM_VERSION must be defined by the build (ui/CMakeLists.txt sets it from PROJECT_VERSION)"
#endif

namespace dm {

namespace {

const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto splitterKey = QStringLiteral("mainWindow/splitter");
const auto pageKey = QStringLiteral("mainWindow/page");
const auto defaultPageId = QStringLiteral("accounts");

constexpr int navigationWidth = 200;
// What the window and page layouts put around the accounts page's table and detail pane.
constexpr int pageMargins = 40;
// Room left for the window manager's frame and title bar around the window.
constexpr int frameAllowance = 48;
const QMargins windowFrame(8, 32, 8, 8);

} // namespace

MainWindow::MainWindow(LanguageManager& languages, QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new NavigationTree(m_splitter);
    m_pages = new QStackedWidget(m_splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    // Tree order; Ctrl+1 to Ctrl+9 follow it for the first nine.
    m_accountsPage = new AccountsPage(m_pages);
    m_accountsPage->setSettings(&m_settings);
    addPage(m_accountsPage);
    addPage(new ActivationPage(m_pages));
    auto* permissions = new PermissionsPage(m_pages);
    addPage(permissions);
    connect(m_accountsPage, &AccountsPage::policyRequested, this, [this, permissions](const QString& accountName) {
        showPage(permissions->pageId());
        permissions->openAccountPolicy(accountName);
    });
    connect(m_accountsPage, &AccountsPage::bulkPolicyRequested, this,
            [this, permissions](const QStringList& accountNames) {
                showPage(permissions->pageId());
                permissions->openBulkForAccounts(accountNames);
            });
    addPage(new LogsPage(m_pages));
    addPage(new OperationLogPage(m_pages));
    addPage(new LoginLogPage(m_pages));
    addPage(new MailLogPage(m_pages));
    m_timelinePage = new AccountTimelinePage(m_pages);
    addPage(m_timelinePage);
    m_casePage = new CasePage(m_pages);
    addPage(m_casePage);
    connect(m_accountsPage, &AccountsPage::timelineRequested, this, &MainWindow::showAccountTimeline);
    connect(m_casePage, &CasePage::timelineRequested, this, &MainWindow::showAccountTimeline);
    connect(m_timelinePage, &AccountTimelinePage::caseRequested, this, &MainWindow::showCase);
    connect(m_timelinePage, &AccountTimelinePage::documentRequested, this, &MainWindow::showDocument);
    connect(m_timelinePage, &AccountTimelinePage::proofPacksRequested, this, &MainWindow::makeProofPacks);
    connect(m_casePage, &CasePage::proofPacksRequested, this, &MainWindow::makeProofPacks);
    connect(m_casePage, &CasePage::verifyPackRequested, this, &MainWindow::verifyProofPack);
    for (Page* page : m_pageList) {
        if (auto* log = qobject_cast<LogPage*>(page)) {
            connect(log, &LogPage::timelineRequested, this, &MainWindow::showAccountTimeline);
            connect(log, &LogPage::documentRequested, this, &MainWindow::showDocument);
            connect(log, &LogPage::proofPacksRequested, this, &MainWindow::makeProofPacks);
        }
    }
    addPage(new StatisticsPage(m_pages));
    auto* settingsPage = new SettingsPage(m_settings, m_languages, m_pages);
    connect(settingsPage, &SettingsPage::syncPreferencesSaved, this,
            [this](const SyncPreferences& preferences) { applyStaleAfter(preferences.staleAfterHours); });
    addPage(settingsPage);

    createMenus();
    createStatusBar();
    retranslateUi();

    connect(m_navigation, &NavigationTree::pageSelected, this, &MainWindow::onPageSelected);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page)
{
    m_pageList.push_back(page);
    m_pages->addWidget(page);
    const QIcon icon = navigationIcon(page->pageId());
    m_navigation->addEntry(page->pageId(), page->parentPageId(), icon);
    connect(page, &Page::pageRequested, this, &MainWindow::showPage);

    auto* action = new QAction(icon, QString(), this);
    action->setObjectName(QStringLiteral("action.page.") + page->pageId());
    action->setData(page->pageId());
    action->setCheckable(true);
    const auto number = static_cast<int>(m_pageList.size());
    if (number <= 9) {
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    }
    m_pageActions->addAction(action);
    connect(action, &QAction::triggered, this, [this, id = page->pageId()] { showPage(id); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menu.file"));
    m_syncAction = m_fileMenu->addAction(QString());
    m_syncAction->setObjectName(QStringLiteral("action.sync"));
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setEnabled(false);
    connect(m_syncAction, &QAction::triggered, this, [this] { m_syncStatus->startSync(); });
    m_verifyPackAction = m_fileMenu->addAction(QString());
    m_verifyPackAction->setObjectName(QStringLiteral("action.verifyProofPack"));
    connect(m_verifyPackAction, &QAction::triggered, this, &MainWindow::verifyProofPack);
    m_proxyAction = m_fileMenu->addAction(QString());
    m_proxyAction->setObjectName(QStringLiteral("action.proxySignIn"));
    m_proxyAction->setEnabled(false);
    connect(m_proxyAction, &QAction::triggered, this, [this] { openProxyDialog(m_lastProxy, false); });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("action.quit"));
    // QKeySequence::Quit is empty on Windows, where this console lives; Ctrl+Q is what the users were promised.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menu.view"));
    m_viewMenu->addActions(m_pageActions->actions());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menu.language"));

    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    const auto addLanguage = [this](UiLanguage language, const QString& id, const QString& text) {
        auto* action = m_languageMenu->addAction(text);
        action->setObjectName(QStringLiteral("action.language.") + id);
        action->setCheckable(true);
        action->setData(static_cast<int>(language));
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_languages.setPreference(language); });
        return action;
    };
    m_followSystemAction = addLanguage(UiLanguage::FollowSystem, QStringLiteral("system"), QString());
    m_languageMenu->addSeparator();
    // Each language is named in itself, untranslated, so that someone who cannot read the current one finds theirs.
    addLanguage(UiLanguage::ChineseSimplified, LanguageManager::chineseLocale(), QStringLiteral("简体中文"));
    addLanguage(UiLanguage::English, LanguageManager::englishLocale(), QStringLiteral("English"));
    syncLanguageChecks();
    connect(&m_languages, &LanguageManager::preferenceChanged, this, &MainWindow::syncLanguageChecks);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menu.help"));
    m_guideAction = m_helpMenu->addAction(QString());
    m_guideAction->setObjectName(QStringLiteral("action.userGuide"));
    m_guideAction->setShortcut(QKeySequence::HelpContents); // F1
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_helpMenu->addSeparator();
    m_diagnosticsAction = m_helpMenu->addAction(QString());
    m_diagnosticsAction->setObjectName(QStringLiteral("action.exportDiagnostics"));
    connect(m_diagnosticsAction, &QAction::triggered, this,
            [this] { exportDiagnostics(this, m_settings, m_session, m_capabilities); });
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("action.about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::syncLanguageChecks()
{
    for (QAction* action : m_languageActions->actions()) {
        action->setChecked(action->data().toInt() == static_cast<int>(m_languages.preference()));
    }
}

void MainWindow::createStatusBar()
{
    m_connectionStatus = new ConnectionIndicator(this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_connectionStatus);
    m_syncStatus = new SyncStatusBar(this);
    statusBar()->addPermanentWidget(m_syncStatus);
}

void MainWindow::setSessionController(SessionController* controller)
{
    m_controller = controller;
    if (controller == nullptr) {
        return;
    }
    m_profileManager = new ProfileManager(*controller, this);
    for (Page* page : std::as_const(m_pageList)) {
        if (auto* settingsPage = qobject_cast<SettingsPage*>(page)) {
            settingsPage->setSessionController(controller); // its network and proof-pack groups are the profile's
        }
    }
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_profileManager->menu());
    connect(controller, &SessionController::sessionChanged, this, [this] { setSession(m_controller->session()); });
    connect(controller, &SessionController::openStarted, this,
            [this](const QString& name) { statusBar()->showMessage(tr("Opening profile %1…").arg(name)); });
    connect(controller, &SessionController::openFailed, this, [this] { statusBar()->clearMessage(); });
    connect(controller, &SessionController::proxyCredentialsNeeded, this, &MainWindow::askProxyCredentials);
    connect(controller, &SessionController::saveFailed, this, [this] { m_proxyAnswered = false; });
    setSession(controller->session());
}

void MainWindow::setSession(CacheSession* session)
{
    if (session != m_session) {
        // A pack dialog works with the closing profile's client and cache, which go right after this: it goes first
        // (its pack in flight is cancelled and leaves no file).
        for (const QPointer<QDialog>& dialog : std::as_const(m_proofDialogs)) {
            delete dialog.data();
        }
        m_proofDialogs.clear();
        // An answer belongs to the profile that asked: it must not be saved into the next one's keychain entries.
        delete m_proxyDialog.data();
        m_proxyAnswered = false; // the new session's requests carry what was saved, or ask again
    }
    m_session = session;
    statusBar()->clearMessage();
    if (session != nullptr) {
        // The export stands; the ledger is anchored again at the next export or within the day.
        // A member function, not a lambda: Qt makes no unique connection to a lambda (it warns and connects nothing).
        connect(session, &CacheSession::ledgerAnchorFailed, this, &MainWindow::showLedgerAnchorFailure,
                Qt::UniqueConnection);
    }
    // The client belongs to the session's profile: it comes and goes with the session.
    m_accountsPage->setPlatformClient(session != nullptr && m_controller != nullptr ? m_controller->client() : nullptr);
    for (Page* page : m_pageList) {
        // The statistics page asks the platform itself, through the profile's client, like the accounts page.
        if (auto* statistics = qobject_cast<StatisticsPage*>(page)) {
            statistics->setPlatformClient(session != nullptr && m_controller != nullptr ? m_controller->client()
                                                                                        : nullptr);
        }
    }
    const QString profileName =
        m_controller != nullptr && m_controller->currentProfile() ? m_controller->currentProfile()->name : QString();
    if (session != nullptr && m_controller != nullptr && m_controller->currentProfile()) {
        applyStaleAfter(SyncPreferences::load(m_settings, m_controller->currentProfile()->id).staleAfterHours);
    }
    for (Page* page : m_pageList) {
        if (auto* log = qobject_cast<LogPage*>(page)) {
            log->setProfileName(profileName);
        }
        page->setSession(session);
    }
    m_syncStatus->setSession(session);
    m_syncAction->setEnabled(session != nullptr);
    m_proxyAction->setEnabled(session != nullptr);
    if (session != nullptr && m_controller != nullptr && m_controller->client() != nullptr) {
        const auto& profile = m_controller->currentProfile();
        m_connectionStatus->check(*m_controller->client(), profile ? profile->name : QString());
        checkCapabilities();
    } else {
        applyCapabilities(Capabilities());
    }
    updateTitle();
}

void MainWindow::checkCapabilities()
{
    // What the platform served last time holds until it answers again (or while it is out of reach).
    const auto& profile = m_controller->currentProfile();
    applyCapabilities(profile ? Capabilities::fromJson(QJsonDocument::fromJson(profile->capabilities).object())
                              : Capabilities());
    const QUuid profileId = profile ? profile->id : QUuid();
    probeCapabilities(*m_controller->client(), this, [this, profileId](const Capabilities& found) {
        const auto& current = m_controller != nullptr ? m_controller->currentProfile() : std::nullopt;
        if (!current || current->id != profileId) {
            return; // another profile was opened meanwhile
        }
        applyCapabilities(found);
        m_controller->rememberCapabilities(QJsonDocument(found.toJson()).toJson(QJsonDocument::Compact));
    });
}

QString MainWindow::unavailableReason(const Page& page) const
{
    for (ApiFamily family : page.requiredFamilies()) {
        const QString why = m_capabilities.whyUnavailable(family);
        if (!why.isEmpty()) {
            return why;
        }
    }
    return {};
}

void MainWindow::applyCapabilities(const Capabilities& capabilities)
{
    m_capabilities = capabilities;
    for (Page* page : m_pageList) {
        page->setCapabilities(capabilities);
        const QString why = unavailableReason(*page);
        if (QTreeWidgetItem* entry = m_navigation->entry(page->pageId())) {
            entry->setDisabled(!why.isEmpty());
            entry->setToolTip(0, why);
            entry->setData(0, Qt::AccessibleDescriptionRole, why);
        }
        for (QAction* action : m_pageActions->actions()) {
            if (action->data().toString() == page->pageId()) {
                action->setEnabled(why.isEmpty());
                action->setToolTip(why); // empty: Qt shows the action's text
            }
        }
    }
    const auto* current = qobject_cast<const Page*>(m_pages->currentWidget());
    if (current != nullptr && !unavailableReason(*current).isEmpty()) {
        showPage(QStringLiteral("accounts"));
    }
}

bool MainWindow::isReadOnly() const
{
    // The controller knows the profile; CacheSession::readOnly() says the same to pages.
    return m_session != nullptr && m_controller != nullptr && m_controller->readOnly();
}

void MainWindow::updateTitle()
{
    const QString application = tr("Delivery Mailbox Admin");
    const auto* profile =
        m_controller != nullptr && m_controller->currentProfile() ? &*m_controller->currentProfile() : nullptr;
    if (m_session == nullptr || profile == nullptr) {
        setWindowTitle(application);
        return;
    }
    const QString name = profile->readOnly ? tr("%1 (read-only)").arg(profile->name) : profile->name;
    // Only a separator joins the two, and it needs no translation: every language keeps profile and application
    // apart the same way in a title bar.
    setWindowTitle(name + QStringLiteral(" - ") + application);
}

void MainWindow::makeProofPacks(const ProofTargets& targets)
{
    const auto& profile = m_controller != nullptr ? m_controller->currentProfile() : std::nullopt;
    if (m_session == nullptr || !profile || m_controller->client() == nullptr || targets.isEmpty()) {
        return;
    }
    auto* dialog = new ProofPackDialog(*m_controller->client(), *m_session, *profile, targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proofDialogs.append(dialog);
    dialog->show();
}

void MainWindow::verifyProofPack()
{
    auto* dialog = new VerifyPackDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proofDialogs.append(dialog);
    dialog->show();
}

void MainWindow::askProxyCredentials(const QString& proxy, bool refused)
{
    // Every request of the session meets the same proxy: one question at a time, and none from the requests still
    // under way once the answer is being saved (the session opens again with it).
    m_lastProxy = proxy;
    if (!m_proxyAnswered) {
        openProxyDialog(proxy, refused);
    }
}

void MainWindow::openProxyDialog(const QString& proxy, bool refused)
{
    if (m_proxyDialog != nullptr || m_controller == nullptr || m_session == nullptr) {
        return;
    }
    auto* dialog = new ProxyCredentialsDialog(proxy, refused, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proxyDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Proxy credentials saved; connecting again…"), 10000);
        m_proxyAnswered = true;
        m_controller->saveProxyCredentials(dialog->credentials());
    });
    dialog->open();
}

void MainWindow::retranslateUi()
{
    updateTitle();
    applyCapabilities(m_capabilities); // the reasons are in the interface's language

    m_navigation->setAccessibleName(tr("Navigation"));
    m_pages->setAccessibleName(tr("Content"));
    for (Page* page : m_pageList) {
        m_navigation->setEntryTitle(page->pageId(), page->navigationTitle());
    }
    for (QAction* action : m_pageActions->actions()) {
        for (const Page* page : m_pageList) {
            if (page->pageId() == action->data().toString()) {
                action->setText(page->heading());
            }
        }
    }

    m_fileMenu->setTitle(tr("&File"));
    m_syncAction->setText(tr("&Sync now"));
    m_verifyPackAction->setText(tr("&Verify a proof-of-delivery pack…"));
    m_proxyAction->setText(tr("&Proxy sign-in…"));
    m_proxyAction->setToolTip(tr("User name and password of the proxy server on the way to the platform"));
    m_syncAction->setToolTip(tr("Fetch what changed on the platform into the local cache"));
    if (m_profileManager != nullptr) {
        m_profileManager->retranslateUi();
    }
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow &system"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_diagnosticsAction->setText(tr("Export &diagnostics…"));
    m_aboutAction->setText(tr("&About Delivery Mailbox Admin"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showPage(const QString& pageId)
{
    // Everything goes through the tree, so tree, menu check marks and stack cannot disagree.
    m_navigation->selectPage(pageId);
}

void MainWindow::showAccountTimeline(const QString& accountName)
{
    showPage(m_timelinePage->pageId());
    m_timelinePage->showAccount(accountName);
}

void MainWindow::showCase(const QString& caseNumber)
{
    showPage(m_casePage->pageId());
    m_casePage->showCase(caseNumber);
}

void MainWindow::showDocument(qint64 mailId)
{
    showPage(m_casePage->pageId());
    m_casePage->showDocument(mailId);
}

QString MainWindow::currentPageId() const
{
    const auto* page = qobject_cast<const Page*>(m_pages->currentWidget());
    return page != nullptr ? page->pageId() : QString();
}

void MainWindow::onPageSelected(const QString& pageId)
{
    bool pageRefreshes = false;
    for (Page* page : m_pageList) {
        const bool current = page->pageId() == pageId;
        if (current) {
            m_pages->setCurrentWidget(page);
        }
        // A page with its own F5 (re-read and sync what it shows) takes the key in the whole window while it is
        // shown, wherever the focus is; two actions on one key would be ambiguous, and Qt would then run neither.
        for (QAction* action : page->findChildren<QAction*>()) {
            if (action->shortcuts().contains(QKeySequence(Qt::Key_F5))) {
                action->setShortcutContext(current ? Qt::WindowShortcut : Qt::WidgetWithChildrenShortcut);
                pageRefreshes = pageRefreshes || current;
            }
        }
    }
    m_syncAction->setShortcut(pageRefreshes ? QKeySequence() : QKeySequence(Qt::Key_F5));
    for (QAction* action : m_pageActions->actions()) {
        if (action->data().toString() == pageId) {
            action->setChecked(true);
        }
    }
    // Saved at once rather than on close, so a crash does not lose it.
    m_settings.setValue(pageKey, pageId);
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray())) {
        placeFirstWindow();
    } else {
        keepOnScreen();
    }
    restoreState(m_settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(splitterKey).toByteArray())) {
        m_splitter->setSizes({navigationWidth, width() - navigationWidth});
    }

    const QString pageId = m_settings.value(pageKey).toString();
    m_navigation->selectPage(m_navigation->entry(pageId) != nullptr ? pageId : defaultPageId);
}

void MainWindow::placeFirstWindow()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (screen == nullptr) {
        resize(1100, 720);
        return;
    }
    // Most of the screen, centred, and at least what the navigation, the accounts table's columns and the detail pane
    // beside them need (on a 1600 px court desktop that is more than 85 %); a smaller screen gets all of itself but
    // never more.
    const QRect available = screen->availableGeometry();
    const int accounts =
        navigationWidth + m_splitter->handleWidth() + m_accountsPage->view()->preferredWidth() + pageMargins;
    const QSize wanted(std::max(available.width() * 85 / 100, accounts), available.height() * 85 / 100);
    const QSize size = wanted.boundedTo(available.size() - QSize(frameAllowance, frameAllowance));
    setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
}

void MainWindow::keepOnScreen()
{
    // A geometry saved on a monitor that has since been unplugged (a laptop off its docking station) or whose
    // resolution went down would open the window partly or wholly where nobody can see or reach it: it is moved, and
    // shrunk if need be, onto the screen that holds its centre, or else the primary one, frame and title bar included.
    const QRect normal = normalGeometry().isValid() ? normalGeometry() : geometry();
    const QScreen* screen = QGuiApplication::screenAt(normal.center());
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    if (screen == nullptr) {
        return;
    }
    const QRect inside = screen->availableGeometry().marginsRemoved(windowFrame);
    if (inside.contains(normal)) {
        return;
    }
    QRect moved(normal.topLeft(), normal.size().boundedTo(inside.size()));
    moved.moveLeft(std::clamp(moved.left(), inside.left(), inside.right() - moved.width() + 1));
    moved.moveTop(std::clamp(moved.top(), inside.top(), inside.bottom() - moved.height() + 1));
    setGeometry(moved);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::applyStaleAfter(int hours)
{
    for (Page* page : std::as_const(m_pageList)) {
        if (auto* log = qobject_cast<LogPage*>(page)) {
            log->freshness()->setStaleAfter(std::chrono::hours(hours));
        }
    }
}

void MainWindow::showUserGuide()
{
    // One guide window: asked again, it comes to the front where the user left it.
    if (!m_guide) {
        m_guide = new UserGuideDialog(m_languages, this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showLedgerAnchorFailure(const QString& message)
{
    statusBar()->showMessage(message, 30000);
}

void MainWindow::showAbout()
{
    if (m_aboutBox) {
        m_aboutBox->raise();
        m_aboutBox->activateWindow();
        return;
    }
    auto* box = new AboutDialog(m_capabilities, m_session != nullptr, this);
    m_aboutBox = box;
    // open(), not exec(): the window stays responsive and there is no nested event loop.
    box->open();
}

} // namespace dm
