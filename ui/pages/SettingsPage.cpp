#include "ui/pages/SettingsPage.h"

namespace dm {

SettingsPage::SettingsPage(QWidget* parent)
    : PlannedPage(QStringLiteral("settings"), {}, parent)
{
    retranslateUi();
}

QString SettingsPage::navigationTitle() const
{
    return tr("Settings");
}

QString SettingsPage::heading() const
{
    return tr("Settings");
}

void SettingsPage::retranslateUi()
{
    setTexts(tr("This page will hold the connection profiles for the platform and the preferences of this client."),
             {
                 tr("Connection profiles: platform address, application credentials, mail domain and optional "
                    "certificate pinning, with a connection test."),
                 tr("A sandbox profile for training and testing without touching real mailboxes."),
             },
             tr("This page arrives with a later release. The interface language can already be changed in "
                "View > Language."));
}

} // namespace dm
