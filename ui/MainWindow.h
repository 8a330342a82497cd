#pragma once

#include "api/Capabilities.h"
#include "ui/proof/ProofTarget.h"

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <vector>

class QAction;
class QDialog;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace dm {

class AccountTimelinePage;
class AccountsPage;
class CacheSession;
class CasePage;
class ConnectionIndicator;
class LanguageManager;
class NavigationTree;
class Page;
class ProfileManager;
class SessionController;
class SyncStatusBar;
class UserGuideDialog;

// The admin console: navigation tree on the left, the selected page on the right (the layout court IT staff know from
// Active Directory Users and Computers). It owns the pages; everything it needs from outside is passed in.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LanguageManager& languages, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString& pageId);
    // The delivery views under Logs, opened on an account, a case or a mail row's document (what other pages ask).
    void showAccountTimeline(const QString& accountName);
    void showCase(const QString& caseNumber);
    void showDocument(qint64 mailId);
    // Proof-of-delivery packs for documents in recipients' mailboxes, and the check of one handed in.
    void makeProofPacks(const dm::ProofTargets& targets);
    void verifyProofPack();
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] ConnectionIndicator& connectionIndicator() { return *m_connectionStatus; }
    [[nodiscard]] SyncStatusBar& syncStatus() { return *m_syncStatus; }

    // Profiles: adds the Profiles menu and follows the controller's session. Without one (tests of the bare window)
    // the window has no profile and no data.
    void setSessionController(SessionController* controller);
    [[nodiscard]] ProfileManager* profileManager() const { return m_profileManager; }
    // Hands the open profile's session to every page (null: none open) and shows the profile in the title.
    void setSession(CacheSession* session);
    [[nodiscard]] CacheSession* session() const { return m_session; }
    // An auditor's profile is open: pages show no mutating action.
    [[nodiscard]] bool isReadOnly() const;
    // Greys out every page whose data the platform does not serve, with the reason as its tooltip; a page that
    // becomes unavailable while shown gives way to the accounts page.
    void applyCapabilities(const Capabilities& capabilities);
    [[nodiscard]] const Capabilities& capabilities() const { return m_capabilities; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void restoreWindowState();
    // No saved geometry: a first size that shows the accounts table and its detail pane, centred on the screen.
    void placeFirstWindow();
    // A saved geometry that no attached screen holds whole (a monitor unplugged) is moved, and shrunk if need be, onto
    // the screen under its centre or the primary one.
    void keepOnScreen();
    void saveWindowState();
    void onPageSelected(const QString& pageId);
    void showAbout();
    void showLedgerAnchorFailure(const QString& message);
    void showUserGuide();
    // The log pages warn when their data is older than this (0: never), as the profile's sync settings say.
    void applyStaleAfter(int hours);
    // The session's proxy asked for a user name and password (`refused`: it refused the saved ones).
    void askProxyCredentials(const QString& proxy, bool refused);
    // One dialog at a time, for this session's profile.
    void openProxyDialog(const QString& proxy, bool refused);
    void syncLanguageChecks();
    void updateTitle();
    void checkCapabilities();
    [[nodiscard]] QString unavailableReason(const Page& page) const;

    LanguageManager& m_languages;
    QSettings& m_settings;

    QSplitter* m_splitter = nullptr;
    NavigationTree* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<Page*> m_pageList;
    AccountsPage* m_accountsPage = nullptr;
    AccountTimelinePage* m_timelinePage = nullptr;
    CasePage* m_casePage = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_verifyPackAction = nullptr;
    QAction* m_proxyAction = nullptr;
    QPointer<QDialog> m_proxyDialog;
    bool m_proxyAnswered = false;            // the user gave credentials; the session is opened again with them
    QString m_lastProxy;                     // host:port of the proxy that asked last, for the menu's dialog
    QList<QPointer<QDialog>> m_proofDialogs; // open pack dialogs: they belong to the session's profile
    QAction* m_quitAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_diagnosticsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_followSystemAction = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QActionGroup* m_languageActions = nullptr;
    ConnectionIndicator* m_connectionStatus = nullptr;
    SyncStatusBar* m_syncStatus = nullptr;
    SessionController* m_controller = nullptr;
    ProfileManager* m_profileManager = nullptr;
    CacheSession* m_session = nullptr;
    Capabilities m_capabilities;
    QPointer<QMessageBox> m_aboutBox;
    QPointer<UserGuideDialog> m_guide;
};

} // namespace dm
