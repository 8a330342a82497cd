#pragma once

#include "core/ClientPreferences.h"
#include "ui/settings/SettingsSection.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace dm {

class SessionController;

// The open profile's defaults for proof-of-delivery packs (core/ClientPreferences.h): the time-stamping service and
// the court's signing certificate, which the pack dialog then starts with. The certificate's password is not kept.
class ProofSettingsSection final : public SettingsSection
{
    Q_OBJECT

public:
    ProofSettingsSection(QSettings& settings, QWidget* parent = nullptr);

    void setSessionController(SessionController* controller);

    void revert() override;
    [[nodiscard]] std::optional<SettingsProblem> problem() const override;
    [[nodiscard]] bool apply(QString& error) override;
    [[nodiscard]] bool isModified() const override;

protected:
    void retranslateUi() override;

private:
    [[nodiscard]] ProofPreferences entered() const;
    [[nodiscard]] QUuid profileId() const;
    void chooseCertificate();

    QSettings& m_settings;
    SessionController* m_controller = nullptr;
    ProofPreferences m_saved;
    QLabel* m_scope = nullptr;
    QLabel* m_tsaLabel = nullptr;
    QLineEdit* m_tsaUrl = nullptr;
    QLabel* m_certificateLabel = nullptr;
    QLineEdit* m_certificate = nullptr;
    QPushButton* m_chooseCertificate = nullptr;
    QLabel* m_passwordNote = nullptr;
};

} // namespace dm
