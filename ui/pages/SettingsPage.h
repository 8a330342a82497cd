#pragma once

#include "ui/pages/Page.h"

#include <QList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSettings;
class QVBoxLayout;

namespace dm {

class CacheSettingsPanel;
class LanguageManager;
class NetworkSettingsSection;
class ProofSettingsSection;
class SessionController;
class SettingsSection;
class SyncSettingsPanel;
struct SyncPreferences;

// 设置: the client's preferences as groups one below the other in a scroll area (network and proof packs of the open
// profile; exports, language and logging for all). Edits take effect with Apply and are dropped with Revert; Apply
// first checks every group and saves nothing while a field is invalid, naming it.
class SettingsPage final : public Page
{
    Q_OBJECT

public:
    SettingsPage(QSettings& settings, LanguageManager& languages, QWidget* parent = nullptr);

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;

    // The profile whose network and proof-pack settings the page shows, and through which a new proxy takes effect.
    void setSessionController(SessionController* controller);
    void setSession(CacheSession* session) override;

    // Adds a group below the page's own. A SettingsSection joins Apply and Revert; any other widget saves its own
    // settings as it says on it. The page takes ownership.
    void addSection(QWidget* section);

    // What the Apply and Revert buttons do. apply() is false when a field is invalid or saving failed; message() then
    // says why.
    bool apply();
    void revert();
    [[nodiscard]] QString message() const;

Q_SIGNALS:
    // The profile's sync preferences were saved: the log pages take the new freshness threshold.
    void syncPreferencesSaved(const dm::SyncPreferences& preferences);

protected:
    void retranslateUi() override;

private:
    void addOwnSection(SettingsSection* section);
    void updateButtons();
    void showMessage(const QString& text, bool problem);

    QLabel* m_headingLabel = nullptr;
    QLabel* m_explanation = nullptr;
    QVBoxLayout* m_sections = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QList<SettingsSection*> m_ownSections;
    NetworkSettingsSection* m_network = nullptr;
    ProofSettingsSection* m_proof = nullptr;
    SyncSettingsPanel* m_sync = nullptr;   // the profile's sync schedule and history; saves on its own
    CacheSettingsPanel* m_cache = nullptr; // the profile's cache file: verify, rebuild, purge
    SessionController* m_controller = nullptr;
};

} // namespace dm
