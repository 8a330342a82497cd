#pragma once

#include "core/Profile.h"

#include <QWizard>

namespace dm {

class ProfileWizardConnectionPage;
class ProfileWizardTestPage;
class SandboxLauncher;

// The connection wizard (first run and Profiles > Add): the platform's address and credentials or the local sandbox,
// then a connection test with a plain verdict. On accept, profile() and authCode() say what to save; the wizard
// itself stores nothing.
class ProfileWizard final : public QWizard
{
    Q_OBJECT

public:
    ProfileWizard(SandboxLauncher& sandbox, const QList<Profile>& existing, QWidget* parent = nullptr);

    [[nodiscard]] Profile profile() const;
    [[nodiscard]] QByteArray authCode() const;

    [[nodiscard]] ProfileWizardConnectionPage& connectionPage() { return *m_connection; }
    [[nodiscard]] ProfileWizardTestPage& testPage() { return *m_test; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ProfileWizardConnectionPage* m_connection = nullptr;
    ProfileWizardTestPage* m_test = nullptr;
};

} // namespace dm
