#include "ui/settings/SettingsSection.h"

#include <QEvent>

namespace dm {

SettingsSection::SettingsSection(QWidget* parent)
    : QGroupBox(parent)
{}

void SettingsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

} // namespace dm
