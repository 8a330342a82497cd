#include "core/ClientPreferences.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QStringList>
#include <QUrl>

namespace dm {
namespace {

const QString kTsaUrl = QStringLiteral("tsaUrl");
const QString kSigningCertificate = QStringLiteral("signingCertificate");
const QString kExportFolder = QStringLiteral("preferences/export/folder");
const QString kLogLevel = QStringLiteral("preferences/logging/level");

bool synced(QSettings& settings)
{
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace

QString ProofPreferences::group(const QUuid& profileId)
{
    return QStringLiteral("profiles/%1/preferences/proof/").arg(profileId.toString(QUuid::WithoutBraces));
}

ProofPreferences::Problem ProofPreferences::problem() const
{
    const QString url = tsaUrl.trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            return Problem::TsaUrlInvalid;
        }
        if (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")) {
            return Problem::TsaUrlWrongScheme;
        }
    }
    if (!signingCertificate.trimmed().isEmpty() && !QFileInfo(signingCertificate.trimmed()).isFile()) {
        return Problem::CertificateMissing;
    }
    return Problem::None;
}

ProofPreferences ProofPreferences::load(const QSettings& settings, const QUuid& profileId)
{
    const QString prefix = group(profileId);
    return {settings.value(prefix + kTsaUrl).toString(), settings.value(prefix + kSigningCertificate).toString()};
}

bool ProofPreferences::save(QSettings& settings, const QUuid& profileId) const
{
    if (problem() != Problem::None || profileId.isNull()) {
        return false;
    }
    const QString prefix = group(profileId);
    settings.setValue(prefix + kTsaUrl, tsaUrl.trimmed());
    settings.setValue(prefix + kSigningCertificate, signingCertificate.trimmed());
    return synced(settings);
}

ExportPreferences ExportPreferences::load(const QSettings& settings)
{
    return {settings.value(kExportFolder).toString()};
}

bool ExportPreferences::save(QSettings& settings) const
{
    settings.setValue(kExportFolder, folder.trimmed());
    return synced(settings);
}

QString ExportPreferences::startFolder(const QString& fallback) const
{
    // A folder that has gone (an unplugged drive, a renamed share) is not offered: the dialog would open elsewhere.
    return !folder.trimmed().isEmpty() && QDir(folder.trimmed()).exists() ? folder.trimmed() : fallback;
}

QString LoggingPreferences::levelName(LogLevel named)
{
    switch (named) {
    case LogLevel::Errors:
        return QStringLiteral("errors");
    case LogLevel::Warnings:
        return QStringLiteral("warnings");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Information:
        break;
    }
    return QStringLiteral("information");
}

LogLevel LoggingPreferences::levelFromName(const QString& name)
{
    for (const LogLevel known : {LogLevel::Errors, LogLevel::Warnings, LogLevel::Debug}) {
        if (name == levelName(known)) {
            return known;
        }
    }
    return LogLevel::Information;
}

LoggingPreferences LoggingPreferences::load(const QSettings& settings)
{
    return {levelFromName(settings.value(kLogLevel).toString())};
}

bool LoggingPreferences::save(QSettings& settings) const
{
    settings.setValue(kLogLevel, levelName(level));
    return synced(settings);
}

QString LoggingPreferences::filterRules(LogLevel chosen)
{
    // Critical messages always pass; each level adds the next kind of message.
    const auto rule = [](const char* kind, bool enabled) {
        return QStringLiteral("dm.*.%1=%2")
            .arg(QLatin1String(kind), enabled ? QLatin1String("true") : QLatin1String("false"));
    };
    return QStringList{rule("warning", chosen >= LogLevel::Warnings), rule("info", chosen >= LogLevel::Information),
                       rule("debug", chosen >= LogLevel::Debug)}
        .join(QLatin1Char('\n'));
}

void LoggingPreferences::apply() const
{
    QLoggingCategory::setFilterRules(filterRules(level));
}

} // namespace dm
