#include "ui/settings/LoggingSettingsSection.h"

#include "core/ClientPreferences.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace dm {

LoggingSettingsSection::LoggingSettingsSection(QSettings& settings, QWidget* parent)
    : SettingsSection(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settings.logging"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("settings.logging.level"));
    for (const LogLevel level : {LogLevel::Errors, LogLevel::Warnings, LogLevel::Information, LogLevel::Debug}) {
        m_level->addItem(QString(), int(level));
    }
    m_label = new QLabel(this);
    m_label->setBuddy(m_level);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(m_label, m_level);
    form->addRow(QString(), m_note);
    connect(m_level, &QComboBox::currentIndexChanged, this, &SettingsSection::edited);
    retranslateUi();
    revert();
}

void LoggingSettingsSection::revert()
{
    m_saved = int(LoggingPreferences::load(m_settings).level);
    const QSignalBlocker block(m_level);
    m_level->setCurrentIndex(m_level->findData(m_saved));
}

bool LoggingSettingsSection::isModified() const
{
    return m_level->currentData().toInt() != m_saved;
}

bool LoggingSettingsSection::apply(QString& error)
{
    if (!isModified()) {
        return true;
    }
    const LoggingPreferences preferences{static_cast<LogLevel>(m_level->currentData().toInt())};
    if (!preferences.save(m_settings)) {
        error = tr("The logging settings cannot be written to %1.").arg(m_settings.fileName());
        return false;
    }
    preferences.apply();
    m_saved = int(preferences.level);
    return true;
}

void LoggingSettingsSection::retranslateUi()
{
    setTitle(tr("Logging"));
    m_label->setText(tr("Log l&evel:"));
    m_level->setItemText(0, tr("Errors only"));
    m_level->setItemText(1, tr("Warnings and errors"));
    m_level->setItemText(2, tr("Information, warnings and errors"));
    m_level->setItemText(3, tr("Everything, with each request (for support)"));
    m_note->setText(tr("Passwords, authorization codes, tokens, ID-card numbers and mobiles never reach the log at "
                       "any level."));
}

} // namespace dm
