#pragma once

#include "api/NetworkPreferences.h"
#include "ui/settings/SettingsSection.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace dm {

class SessionController;

// The open profile's proxy and timeouts (api/NetworkPreferences.h). Applying saves them with the profile and opens the
// profile again, so the next request of the session already goes the new way. A proxy user name and password go to
// the profile's keychain entry only; the password field is never filled from it.
class NetworkSettingsSection final : public SettingsSection
{
    Q_OBJECT

public:
    NetworkSettingsSection(QSettings& settings, QWidget* parent = nullptr);

    // Whose settings the section shows: the controller's open profile (none: the section is disabled).
    void setSessionController(SessionController* controller);

    void revert() override;
    [[nodiscard]] std::optional<SettingsProblem> problem() const override;
    [[nodiscard]] bool apply(QString& error) override;
    [[nodiscard]] bool isModified() const override;

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] NetworkPreferences entered() const;
    [[nodiscard]] QUuid profileId() const;
    void updateEnabled();

    QSettings& m_settings;
    SessionController* m_controller = nullptr;
    NetworkPreferences m_saved;
    QLabel* m_scope = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_hostLabel = nullptr;
    QLineEdit* m_host = nullptr;
    QLabel* m_portLabel = nullptr;
    QSpinBox* m_port = nullptr;
    QLabel* m_userLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_connectLabel = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QLabel* m_transferLabel = nullptr;
    QSpinBox* m_transferTimeout = nullptr;
};

} // namespace dm
