#pragma once

#include <QString>
#include <QUuid>

class QSettings;

namespace dm {

// The preferences of the Settings page other than the network's (api/NetworkPreferences.h) and the language's
// (ui/LanguageManager), kept in the application's settings: global ones under preferences/<area>/, a profile's under
// profiles/<id>/preferences/<area>/ beside the profile itself (core/Profile.cpp). Nothing secret is kept here.

// A profile's defaults for proof-of-delivery packs. The certificate's password is never kept: the pack dialog asks
// for it each time.
struct ProofPreferences
{
    QString tsaUrl;             // the RFC 3161 time-stamping service; empty: none chosen
    QString signingCertificate; // the court's PKCS#12 file; empty: none chosen

    enum class Problem
    {
        None,
        TsaUrlInvalid,      // not a URL with a host
        TsaUrlWrongScheme,  // neither https nor http
        CertificateMissing, // no such file
    };
    [[nodiscard]] Problem problem() const;

    [[nodiscard]] static ProofPreferences load(const QSettings& settings, const QUuid& profileId);
    [[nodiscard]] bool save(QSettings& settings, const QUuid& profileId) const;
    [[nodiscard]] static QString group(const QUuid& profileId);
};

// Where export dialogs start (log exports, proof packs). Empty: the user's documents folder.
struct ExportPreferences
{
    QString folder;

    [[nodiscard]] static ExportPreferences load(const QSettings& settings);
    [[nodiscard]] bool save(QSettings& settings) const;
    // `folder` when it is set and exists, else `fallback`.
    [[nodiscard]] QString startFolder(const QString& fallback) const;
};

// How much the application's own logging categories (dm.*) say. Secrets never reach the log at any level: the
// scrubbing message handler (core/ScrubbingMessageHandler.h) masks what slips through.
enum class LogLevel
{
    Errors,      // critical messages and errors only
    Warnings,    // and warnings
    Information, // and information (the default)
    Debug,       // and each request's details, for support
};

struct LoggingPreferences
{
    LogLevel level = LogLevel::Information;

    [[nodiscard]] static LoggingPreferences load(const QSettings& settings);
    [[nodiscard]] bool save(QSettings& settings) const;
    // The QLoggingCategory rules for dm.* at `chosen`. QT_LOGGING_RULES and qtlogging.ini still win over them.
    [[nodiscard]] static QString filterRules(LogLevel chosen);
    // Applies the level at once to every dm.* category of the process.
    void apply() const;

    [[nodiscard]] static QString levelName(LogLevel named);
    [[nodiscard]] static LogLevel levelFromName(const QString& name);
};

} // namespace dm
