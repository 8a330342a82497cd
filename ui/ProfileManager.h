#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class QAction;
class QActionGroup;
class QMenu;
class QMessageBox;
class QWidget;

namespace dm {

class ProfileWizard;
class SessionController;

// The Profiles menu of the main window: switch to a saved profile, add one with the connection wizard, remove one
// (after confirmation: its cache and keychain entries go with it). It also reports what the SessionController
// could not do, in message boxes that never block the window.
class ProfileManager final : public QObject
{
    Q_OBJECT

public:
    ProfileManager(SessionController& controller, QWidget* window);
    ~ProfileManager() override;

    [[nodiscard]] QMenu* menu() const { return m_menu; }
    // Opens the connection wizard (first run, Profiles > Add); an open one is raised instead.
    void showWizard();
    [[nodiscard]] ProfileWizard* wizard() const;
    // Asks to confirm, then removes the profile.
    void confirmRemove(const QUuid& id);
    void retranslateUi();

private:
    void rebuildMenu();
    void showError(const QString& title, const QString& message, bool offerRebuild);

    SessionController& m_controller;
    QWidget* m_window;
    QMenu* m_menu = nullptr;
    QMenu* m_removeMenu = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_noProfiles = nullptr;
    QActionGroup* m_switchActions = nullptr;
    QPointer<ProfileWizard> m_wizard;
    QPointer<QMessageBox> m_message;
};

} // namespace dm
