#pragma once

#include "api/ConnectionSettings.h"
#include "api/SandboxConfig.h"
#include "core/Profile.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dm {

class SandboxLauncher;

// First page of the profile wizard: where the platform is and how to trust it, or the local sandbox, which fills
// everything in. The page is complete when every field is valid; the first problem is named under the form.
class ProfileWizardConnectionPage final : public QWizardPage
{
    Q_OBJECT

public:
    ProfileWizardConnectionPage(SandboxLauncher& sandbox, QList<Profile> existing, QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;

    // The profile the fields describe (a new id each wizard), without its authCode.
    [[nodiscard]] Profile profile() const;
    [[nodiscard]] QByteArray authCode() const;
    // The settings to test; nullopt (and `error`) when the CA file holds no certificate.
    [[nodiscard]] std::optional<ConnectionSettings> settings(QString& error) const;
    // `started`: by this dmadmin (then the profile starts it again when it opens), not merely attached to.
    void fillFrom(const SandboxConnection& connection, bool started);

protected:
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QList<QByteArray> pins() const;
    void retranslateUi();
    void updateProblem();
    void chooseCaFile();
    void chooseConnectionFile();

    SandboxLauncher& m_sandbox;
    QList<Profile> m_existing;
    QUuid m_id;

    QLabel* m_sandboxIntro = nullptr;
    QPushButton* m_startSandbox = nullptr;
    QPushButton* m_attachSandbox = nullptr;
    QLabel* m_sandboxStatus = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLineEdit* m_appId = nullptr;
    QLineEdit* m_orgOpenId = nullptr;
    QLineEdit* m_authCode = nullptr;
    QLineEdit* m_domain = nullptr;
    QLineEdit* m_pins = nullptr;
    QLineEdit* m_caFile = nullptr;
    QPushButton* m_caBrowse = nullptr;
    QCheckBox* m_isSandbox = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QLabel* m_problem = nullptr;
    QList<QLabel*> m_labels; // the form's labels, in row order, for retranslateUi()
    enum class SandboxState
    {
        Idle,
        Starting,
        Ready,
        Failed,
    };
    SandboxState m_sandboxState = SandboxState::Idle;
    QString m_sandboxMessage;
};

} // namespace dm
