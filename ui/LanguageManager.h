#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;
class QTranslator;

namespace dm {

// What the user asked for in View > Language. FollowSystem resolves to one of the other two at run time.
enum class UiLanguage
{
    FollowSystem,
    ChineseSimplified,
    English,
};

// Installs dmadmin's own translator (embedded .qm) and Qt's qtbase translator for the chosen language, and remembers
// the choice. Owned by main() and passed to whoever needs it: there is exactly one per application, but it is not a
// singleton, so tests can make their own with temporary settings.
//
// The system language is QLocale::system().uiLanguages(); the environment variable DMADMIN_LANG (e.g. "zh_CN" or
// "en") stands in for it when set, for screenshots and test machines whose zh_CN locale is not generated. A choice made
// in the menu still wins over both.
class LanguageManager final : public QObject
{
    Q_OBJECT

public:
    // Locale names this build ships translations for.
    [[nodiscard]] static QString chineseLocale() { return QStringLiteral("zh_CN"); }
    [[nodiscard]] static QString englishLocale() { return QStringLiteral("en"); }

    explicit LanguageManager(QSettings& settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    LanguageManager(const LanguageManager&) = delete;
    LanguageManager& operator=(const LanguageManager&) = delete;

    [[nodiscard]] UiLanguage preference() const { return m_preference; }
    // Remembers the choice and switches at once; every widget then receives QEvent::LanguageChange.
    void setPreference(UiLanguage preference);
    // Installs the translators for the current preference. Does nothing if they are already in place.
    void apply();

    // "zh_CN" or "en": the language the interface is in now (empty before the first apply()).
    [[nodiscard]] QString activeLocale() const { return m_activeLocale; }
    [[nodiscard]] bool qtTranslationsLoaded() const;

    // The locale a preference stands for, given the system's ordered UI languages ("zh-Hans-CN", "en-US", ...).
    [[nodiscard]] static QString localeFor(UiLanguage preference, const QStringList& systemUiLanguages);
    // First language in the list that we ship, zh_* counting as zh_CN; English when there is none.
    [[nodiscard]] static QString localeForSystem(const QStringList& systemUiLanguages);
    // The system's UI languages, or DMADMIN_LANG when that is set.
    [[nodiscard]] static QStringList systemUiLanguages();

    [[nodiscard]] static QString toSettingsValue(UiLanguage preference);
    [[nodiscard]] static UiLanguage fromSettingsValue(const QString& value);

Q_SIGNALS:
    // The interface language changed (after the translators were swapped).
    void languageChanged(const QString& locale);
    // The user's choice changed, even if the language did not (English chosen on an English system, say).
    void preferenceChanged(dm::UiLanguage preference);

private:
    void installTranslators(const QString& locale);
    void removeTranslators();

    QSettings& m_settings;
    UiLanguage m_preference = UiLanguage::FollowSystem;
    QString m_activeLocale;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace dm
