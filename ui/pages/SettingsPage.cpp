#include "ui/pages/SettingsPage.h"

#include "ui/SessionController.h"
#include "ui/settings/CacheSettingsPanel.h"
#include "ui/settings/ExportSettingsSection.h"
#include "ui/settings/LanguageSettingsSection.h"
#include "ui/settings/LoggingSettingsSection.h"
#include "ui/settings/NetworkSettingsSection.h"
#include "ui/settings/ProofSettingsSection.h"
#include "ui/settings/SyncPreferences.h"
#include "ui/settings/SyncSettingsPanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace dm {

SettingsPage::SettingsPage(QSettings& settings, LanguageManager& languages, QWidget* parent)
    : Page(QStringLiteral("settings"), {}, parent)
{
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("settings.explanation"));
    m_explanation->setWordWrap(true);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settings.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_sections = new QVBoxLayout(content);
    scroll->setWidget(content);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settings.message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it may quote what the user typed
    m_message->hide();
    // Buttons of our own text, not standard ones: a button box gives its standard buttons Qt's texts again at every
    // language change, after the page has set its own.
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("settings.buttons"));
    m_apply = m_buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("settings.apply"));
    m_revert = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_revert->setObjectName(QStringLiteral("settings.revert"));
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_explanation);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // The profile's own groups first: they are what a court behind a proxy needs before anything else works.
    m_network = new NetworkSettingsSection(settings, content);
    addOwnSection(m_network);
    m_proof = new ProofSettingsSection(settings, content);
    addOwnSection(m_proof);
    addOwnSection(new ExportSettingsSection(settings, content));
    addOwnSection(new LanguageSettingsSection(languages, content));
    addOwnSection(new LoggingSettingsSection(settings, content));
    m_sections->addStretch(1);
    // The profile's sync and cache: each saves or acts on its own, with its own confirmation where it destroys.
    m_sync = new SyncSettingsPanel(settings, content);
    addSection(m_sync);
    connect(m_sync, &SyncSettingsPanel::preferencesSaved, this, &SettingsPage::syncPreferencesSaved);
    m_cache = new CacheSettingsPanel(settings, content);
    addSection(m_cache);
    connect(m_cache, &CacheSettingsPanel::rebuildRequested, this, [this] {
        if (m_controller != nullptr) {
            m_controller->rebuildOpenCache();
        }
    });

    retranslateUi();
    updateButtons();
}

QString SettingsPage::navigationTitle() const
{
    return tr("Settings");
}

QString SettingsPage::heading() const
{
    return tr("Settings");
}

void SettingsPage::addOwnSection(SettingsSection* section)
{
    m_ownSections.append(section);
    m_sections->addWidget(section);
    connect(section, &SettingsSection::edited, this, [this] {
        m_message->hide();
        updateButtons();
    });
}

void SettingsPage::addSection(QWidget* section)
{
    // Above the closing stretch, so the groups stay together at the top.
    section->setParent(m_sections->parentWidget());
    if (auto* ownKind = qobject_cast<SettingsSection*>(section)) {
        m_ownSections.append(ownKind);
        connect(ownKind, &SettingsSection::edited, this, [this] {
            m_message->hide();
            updateButtons();
        });
    }
    m_sections->insertWidget(m_sections->count() - 1, section);
    updateButtons();
}

void SettingsPage::setSessionController(SessionController* controller)
{
    m_controller = controller;
    m_network->setSessionController(controller);
    m_proof->setSessionController(controller);
    if (controller != nullptr) {
        connect(controller, &SessionController::saveFailed, this,
                [this](const QString& message) { showMessage(message, true); });
    }
    updateButtons();
}

void SettingsPage::setSession(CacheSession* session)
{
    Page::setSession(session);
    // Another profile (or none): its own settings replace the previous one's, unsaved edits included.
    m_network->revert();
    m_proof->revert();
    const auto& profile = m_controller != nullptr ? m_controller->currentProfile() : std::nullopt;
    m_sync->setProfile(session != nullptr && profile ? profile->id : QUuid());
    m_sync->setSession(session);
    m_cache->setSession(session);
    updateButtons();
}

bool SettingsPage::apply()
{
    for (SettingsSection* section : std::as_const(m_ownSections)) {
        if (const auto problem = section->problem()) {
            showMessage(problem->message, true);
            if (problem->field) {
                problem->field->setFocus(Qt::OtherFocusReason);
            }
            return false;
        }
    }
    // The network goes last: applying it opens the profile again, and the other profile groups must be saved first.
    QList<SettingsSection*> order = m_ownSections;
    order.removeOne(m_network);
    order.append(m_network);
    for (SettingsSection* section : std::as_const(order)) {
        QString error;
        if (!section->apply(error)) {
            showMessage(error, true);
            updateButtons();
            return false;
        }
    }
    showMessage(tr("Settings applied."), false);
    updateButtons();
    return true;
}

void SettingsPage::revert()
{
    for (SettingsSection* section : std::as_const(m_ownSections)) {
        section->revert();
    }
    m_message->hide();
    updateButtons();
}

QString SettingsPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SettingsPage::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setAccessibleName(problem ? tr("Problem") : tr("Result"));
    m_message->show();
}

void SettingsPage::updateButtons()
{
    const bool modified = std::any_of(m_ownSections.cbegin(), m_ownSections.cend(),
                                      [](const SettingsSection* section) { return section->isModified(); });
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
}

void SettingsPage::retranslateUi()
{
    m_headingLabel->setText(heading());
    setAccessibleName(heading());
    setAccessibleDescription(tr("How this client reaches the platform, the defaults of proof packs and exports, the "
                                "interface language and the log level."));
    m_explanation->setText(tr("Changes take effect when you press Apply; Revert brings back what is saved. Network and "
                              "proof-pack settings belong to the open profile, the others to every profile."));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("&Revert"));
}

} // namespace dm
