#pragma once

#include "core/Expected.h"

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <optional>
#include <vector>

namespace dm {

// The language dmctl speaks: "zh_CN" or "en", from --lang when given, else DMADMIN_LANG (as dmadmin reads it), else
// the system's (QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux). An unknown --lang value is the
// error, for a usage message.
[[nodiscard]] Expected<QString, QString> cliLanguage(const QStringList& arguments);
[[nodiscard]] QString systemCliLanguage();

// Installs dmadmin's catalogue for `language` (embedded under :/i18n/, the same .ts files dmadmin compiles) and Qt's
// own qtbase catalogue when one is installed; they stay installed while the returned object lives.
class CliTranslators
{
public:
    explicit CliTranslators(const QString& language);
    ~CliTranslators();
    CliTranslators(const CliTranslators&) = delete;
    CliTranslators& operator=(const CliTranslators&) = delete;

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace dm
