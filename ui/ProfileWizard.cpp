#include "ui/ProfileWizard.h"

#include "ui/ProfileWizardConnectionPage.h"
#include "ui/ProfileWizardTestPage.h"

#include <QEvent>

namespace dm {

ProfileWizard::ProfileWizard(SandboxLauncher& sandbox, const QList<Profile>& existing, QWidget* parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("profileWizard"));
    // The classic style on every platform: the wizard's subtitles carry the explanations.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_connection = new ProfileWizardConnectionPage(sandbox, existing, this);
    m_test = new ProfileWizardTestPage(
        [this](QString& error) -> std::optional<std::pair<ConnectionSettings, QByteArray>> {
            auto settings = m_connection->settings(error);
            if (!settings) {
                return std::nullopt;
            }
            return std::make_pair(*settings, m_connection->authCode());
        },
        this);
    addPage(m_connection);
    addPage(m_test);
    setMinimumSize(640, 520);
    retranslateUi();
}

Profile ProfileWizard::profile() const
{
    return m_connection->profile();
}

QByteArray ProfileWizard::authCode() const
{
    return m_connection->authCode();
}

void ProfileWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizard::changeEvent(event);
}

void ProfileWizard::retranslateUi()
{
    setWindowTitle(tr("New connection profile"));
    setButtonText(QWizard::FinishButton, tr("&Save and open"));
}

} // namespace dm
