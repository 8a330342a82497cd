#include "ui/ProfileManager.h"

#include "ui/ProfileWizard.h"
#include "ui/SessionController.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace dm {

ProfileManager::ProfileManager(SessionController& controller, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("menu.profiles"));
    m_switchActions = new QActionGroup(this);
    m_switchActions->setExclusive(true);
    m_addAction = new QAction(this);
    m_addAction->setObjectName(QStringLiteral("action.profile.add"));
    connect(m_addAction, &QAction::triggered, this, &ProfileManager::showWizard);
    m_removeMenu = new QMenu(window);
    m_removeMenu->setObjectName(QStringLiteral("menu.profiles.remove"));
    m_noProfiles = new QAction(this);
    m_noProfiles->setEnabled(false);

    connect(&m_controller, &SessionController::profilesChanged, this, &ProfileManager::rebuildMenu);
    connect(&m_controller, &SessionController::sessionChanged, this, &ProfileManager::rebuildMenu);
    connect(&m_controller, &SessionController::openFailed, this, [this](const QString& message, bool rebuildHelps) {
        showError(tr("The profile cannot be opened"), message, rebuildHelps);
        rebuildMenu();
    });
    connect(&m_controller, &SessionController::ledgerKept, this, [this](const QString& message) {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("Audit ledger kept"), message, QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("ledgerKeptBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_controller, &SessionController::saveFailed, this,
            [this](const QString& message) { showError(tr("The profile was not saved"), message, false); });
    connect(&m_controller, &SessionController::profileRemoved, this,
            [this](const QUuid&, bool ok, const QString& message) {
                if (!ok) {
                    showError(tr("The profile was not removed"), message, false);
                }
            });
    retranslateUi();
}

ProfileManager::~ProfileManager() = default;

ProfileWizard* ProfileManager::wizard() const
{
    return m_wizard;
}

void ProfileManager::retranslateUi()
{
    m_menu->setTitle(tr("&Profiles"));
    m_addAction->setText(tr("&Add profile…"));
    m_removeMenu->setTitle(tr("&Remove profile"));
    m_noProfiles->setText(tr("(no saved profile)"));
    rebuildMenu();
}

void ProfileManager::rebuildMenu()
{
    m_menu->clear();
    m_removeMenu->clear();
    for (QAction* action : m_switchActions->actions()) {
        m_switchActions->removeAction(action);
        action->deleteLater();
    }
    const auto& current = m_controller.currentProfile();
    const QList<Profile> profiles = m_controller.profiles();
    for (const Profile& profile : profiles) {
        const QString label = profile.readOnly ? tr("%1 (read-only)").arg(profile.name) : profile.name;
        auto* open = new QAction(label, m_switchActions);
        open->setObjectName(QStringLiteral("action.profile.open.") + profile.name);
        open->setCheckable(true);
        open->setChecked(current && current->id == profile.id);
        connect(open, &QAction::triggered, this, [this, profileId = profile.id] {
            if (!m_controller.currentProfile() || m_controller.currentProfile()->id != profileId) {
                m_controller.openProfile(profileId);
            }
        });
        m_menu->addAction(open);
        auto* remove = m_removeMenu->addAction(label);
        remove->setObjectName(QStringLiteral("action.profile.remove.") + profile.name);
        connect(remove, &QAction::triggered, this, [this, profileId = profile.id] { confirmRemove(profileId); });
    }
    if (profiles.isEmpty()) {
        m_menu->addAction(m_noProfiles);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_addAction);
    m_menu->addMenu(m_removeMenu);
    m_removeMenu->setEnabled(!profiles.isEmpty());
}

void ProfileManager::showWizard()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    auto* wizard = new ProfileWizard(m_controller.sandbox(), m_controller.profiles(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this,
            [this, wizard] { m_controller.addProfile(wizard->profile(), wizard->authCode()); });
    m_wizard = wizard;
    // open(), not exec(): no nested event loop.
    wizard->open();
}

void ProfileManager::confirmRemove(const QUuid& id)
{
    QString name;
    for (const Profile& profile : m_controller.profiles()) {
        if (profile.id == id) {
            name = profile.name;
        }
    }
    if (name.isEmpty()) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove profile"), tr("Remove the profile %1?").arg(name),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("profileRemoveBox"));
    box->setInformativeText(tr("Its local cache, its authorization code and its cache key are deleted; its audit "
                               "ledger is kept beside the cache. The platform and its accounts are not touched."));
    auto* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("profileRemoveBox.remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id](QAbstractButton* button) {
        if (button == remove) {
            m_controller.removeProfile(id);
        }
    });
    box->open();
}

void ProfileManager::showError(const QString& title, const QString& message, bool offerRebuild)
{
    if (m_message) {
        m_message->close();
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("profileErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (offerRebuild) {
        box->setInformativeText(tr("Rebuilding deletes the local cache, keeps its audit ledger beside it, and fills a "
                                   "new one from the platform. Changes not yet sent to the platform are lost."));
        auto* rebuild = box->addButton(tr("&Rebuild cache"), QMessageBox::AcceptRole);
        rebuild->setObjectName(QStringLiteral("profileErrorBox.rebuild"));
        connect(box, &QMessageBox::buttonClicked, this, [this, rebuild](QAbstractButton* button) {
            if (button == rebuild) {
                m_controller.rebuildCache();
            }
        });
    }
    m_message = box;
    box->open();
}

} // namespace dm
