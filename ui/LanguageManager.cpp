#include "ui/LanguageManager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace dm {

namespace {

const auto languageKey = QStringLiteral("ui/language");

// lrelease output embedded by qt_add_translations(... RESOURCE_PREFIX /i18n) in ui/CMakeLists.txt.
QString appTranslationFile(const QString& locale)
{
    return QStringLiteral(":/i18n/dmadmin_") + locale + QStringLiteral(".qm");
}

// Qt's own strings (standard buttons, line-edit context menus). Debian and a Qt SDK keep them in
// QLibraryInfo's TranslationsPath; windeployqt puts them in "translations" beside the executable instead.
QStringList qtTranslationDirectories()
{
    return {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
}

} // namespace

LanguageManager::LanguageManager(QSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_preference(fromSettingsValue(settings.value(languageKey).toString()))
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::setPreference(UiLanguage preference)
{
    m_preference = preference;
    m_settings.setValue(languageKey, toSettingsValue(preference));
    apply();
    Q_EMIT preferenceChanged(preference);
}

void LanguageManager::apply()
{
    const QString locale = localeFor(m_preference, systemUiLanguages());
    if (locale == m_activeLocale) {
        return;
    }
    removeTranslators();
    installTranslators(locale);
    m_activeLocale = locale;
    Q_EMIT languageChanged(locale);
}

bool LanguageManager::qtTranslationsLoaded() const
{
    return m_qtTranslator != nullptr;
}

QString LanguageManager::localeFor(UiLanguage preference, const QStringList& systemUiLanguages)
{
    switch (preference) {
    case UiLanguage::ChineseSimplified:
        return chineseLocale();
    case UiLanguage::English:
        return englishLocale();
    case UiLanguage::FollowSystem:
        break;
    }
    return localeForSystem(systemUiLanguages);
}

QString LanguageManager::localeForSystem(const QStringList& systemUiLanguages)
{
    for (const QString& language : systemUiLanguages) {
        // uiLanguages() spells them "zh-Hans-CN"; LANG-style values use "zh_CN".
        const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (code == QLatin1String("zh")) {
            return chineseLocale();
        }
        if (code == QLatin1String("en")) {
            return englishLocale();
        }
    }
    return englishLocale();
}

QStringList LanguageManager::systemUiLanguages()
{
    const QString override = qEnvironmentVariable("DMADMIN_LANG").trimmed();
    if (!override.isEmpty()) {
        return {override};
    }
    return QLocale::system().uiLanguages();
}

QString LanguageManager::toSettingsValue(UiLanguage preference)
{
    switch (preference) {
    case UiLanguage::ChineseSimplified:
        return chineseLocale();
    case UiLanguage::English:
        return englishLocale();
    case UiLanguage::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}

UiLanguage LanguageManager::fromSettingsValue(const QString& value)
{
    if (value == chineseLocale()) {
        return UiLanguage::ChineseSimplified;
    }
    if (value == englishLocale()) {
        return UiLanguage::English;
    }
    // Unknown or missing (first run, or a language a newer version added): follow the system.
    return UiLanguage::FollowSystem;
}

void LanguageManager::installTranslators(const QString& locale)
{
    auto app = std::make_unique<QTranslator>();
    if (app->load(appTranslationFile(locale))) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    } else {
        qWarning("dmadmin: no embedded translation for %s", qPrintable(locale));
    }

    // Qt's sources are English, so English needs no qtbase catalogue.
    if (locale == englishLocale()) {
        return;
    }
    // Debian and Qt's own installers ship qtbase_<locale>.qm; windeployqt merges Qt's catalogues into qt_<locale>.qm.
    const QStringList qtFiles{QStringLiteral("qtbase_") + locale, QStringLiteral("qt_") + locale};
    for (const QString& directory : qtTranslationDirectories()) {
        for (const QString& qtFile : qtFiles) {
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(qtFile, directory)) {
                QCoreApplication::installTranslator(qt.get());
                m_qtTranslator = std::move(qt);
                return;
            }
        }
    }
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
}

} // namespace dm
