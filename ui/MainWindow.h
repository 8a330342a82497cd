#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QMessageBox;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace dm {

class ConnectionIndicator;
class LanguageManager;
class NavigationTree;
class Page;

// The admin console: navigation tree on the left, the selected page on the right (the layout court IT staff know from
// Active Directory Users and Computers). It owns the pages; everything it needs from outside is passed in.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LanguageManager& languages, QSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(const QString& pageId);
    [[nodiscard]] QString currentPageId() const;
    [[nodiscard]] ConnectionIndicator& connectionIndicator() { return *m_connectionStatus; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(Page* page);
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void restoreWindowState();
    void saveWindowState();
    void onPageSelected(const QString& pageId);
    void showAbout();
    void syncLanguageChecks();

    LanguageManager& m_languages;
    QSettings& m_settings;

    QSplitter* m_splitter = nullptr;
    NavigationTree* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<Page*> m_pageList;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_followSystemAction = nullptr;
    QActionGroup* m_pageActions = nullptr;
    QActionGroup* m_languageActions = nullptr;
    ConnectionIndicator* m_connectionStatus = nullptr;
    QPointer<QMessageBox> m_aboutBox;
};

} // namespace dm
