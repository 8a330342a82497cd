#include "ui/settings/LanguageSettingsSection.h"

#include "ui/LanguageManager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace dm {

LanguageSettingsSection::LanguageSettingsSection(LanguageManager& languages, QWidget* parent)
    : SettingsSection(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("settings.language"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settings.language.choice"));
    // Each language's name in itself, as the View menu gives them: whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("简体中文"), int(UiLanguage::ChineseSimplified));
    m_language->addItem(QStringLiteral("English"), int(UiLanguage::English));
    m_language->addItem(QString(), int(UiLanguage::FollowSystem));
    m_label = new QLabel(this);
    m_label->setBuddy(m_language);
    auto* form = new QFormLayout(this);
    form->addRow(m_label, m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsSection::edited);
    // The menu's choice wins over an edit not yet applied: both always show the language in use.
    connect(&m_languages, &LanguageManager::preferenceChanged, this, [this] {
        revert();
        Q_EMIT edited();
    });
    retranslateUi();
    revert();
}

void LanguageSettingsSection::revert()
{
    const QSignalBlocker block(m_language);
    m_language->setCurrentIndex(m_language->findData(int(m_languages.preference())));
}

bool LanguageSettingsSection::isModified() const
{
    return m_language->currentData().toInt() != int(m_languages.preference());
}

bool LanguageSettingsSection::apply(QString& error)
{
    (void)error;
    if (isModified()) {
        m_languages.setPreference(static_cast<UiLanguage>(m_language->currentData().toInt()));
    }
    return true;
}

void LanguageSettingsSection::retranslateUi()
{
    setTitle(tr("Language"));
    m_label->setText(tr("Interface &language:"));
    m_language->setItemText(m_language->findData(int(UiLanguage::FollowSystem)), tr("Follow the system"));
}

} // namespace dm
