#include "cli/CliLanguage.h"

#include "cli/Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace dm {

namespace {

const auto chinese = QStringLiteral("zh_CN");
const auto english = QStringLiteral("en");

// "zh-Hans-CN" (uiLanguages) and "zh_CN" (LANG) both give zh_CN; any other language English.
std::optional<QString> languageOf(const QString& name)
{
    const QString code = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (code == QLatin1String("zh")) {
        return chinese;
    }
    if (code == QLatin1String("en")) {
        return english;
    }
    return std::nullopt;
}

} // namespace

QString systemCliLanguage()
{
    const QString override = qEnvironmentVariable("DMADMIN_LANG").trimmed();
    const QStringList languages = override.isEmpty() ? QLocale::system().uiLanguages() : QStringList{override};
    for (const QString& language : languages) {
        if (auto known = languageOf(language)) {
            return *known;
        }
    }
    return english;
}

Expected<QString, QString> cliLanguage(const QStringList& arguments)
{
    // Read before the command line is parsed, so that even a parse error is in the chosen language. The last --lang
    // wins, as with any other option.
    std::optional<QString> given;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            break;
        }
        if (argument == QLatin1String("--lang")) {
            given = arguments.value(i + 1);
            ++i;
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            given = argument.mid(7);
        }
    }
    if (!given) {
        return systemCliLanguage();
    }
    if (*given == chinese || *given == english) {
        return *given;
    }
    return Unexpected(CliText::tr("Unknown language for --lang: “%1” (zh_CN or en).").arg(*given));
}

CliTranslators::CliTranslators(const QString& language)
{
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/dmadmin_") + language + QStringLiteral(".qm")) &&
        QCoreApplication::installTranslator(own.get())) {
        m_installed.push_back(std::move(own));
    }
    // Qt's sources are English. Debian keeps qtbase_<lang>.qm in QLibraryInfo's TranslationsPath; windeployqt puts
    // Qt's catalogues into "translations" beside the executable.
    if (language == english) {
        return;
    }
    const QStringList directories{
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    for (const QString& directory : directories) {
        for (const QString& file :
             QStringList{QStringLiteral("qtbase_") + language, QStringLiteral("qt_") + language}) {
            auto qt = std::make_unique<QTranslator>();
            if (qt->load(file, directory) && QCoreApplication::installTranslator(qt.get())) {
                m_installed.push_back(std::move(qt));
                return;
            }
        }
    }
}

CliTranslators::~CliTranslators()
{
    for (const auto& translator : m_installed) {
        QCoreApplication::removeTranslator(translator.get());
    }
}

} // namespace dm
