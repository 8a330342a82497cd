#pragma once

#include "cli/Commands.h"
#include "cli/Connection.h"

#include <QSettings>

namespace dm {

struct ProfileOptions
{
    QCommandLineOption baseUrl{QStringLiteral("base-url"), QStringLiteral("Platform URL."), QStringLiteral("URL")};
    QCommandLineOption appId{QStringLiteral("app-id"), QStringLiteral("appId."), QStringLiteral("ID")};
    QCommandLineOption orgOpenId{QStringLiteral("org-open-id"), QStringLiteral("orgOpenId."), QStringLiteral("ID")};
    QCommandLineOption domain{QStringLiteral("domain"), QStringLiteral("Mail domain."), QStringLiteral("DOMAIN")};
    QCommandLineOption pin{QStringLiteral("pin"), QStringLiteral("SPKI SHA-256 pin (repeatable)."),
                           QStringLiteral("BASE64")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), QStringLiteral("Trusted CA (PEM)."), QStringLiteral("FILE")};
    QCommandLineOption readOnly{QStringLiteral("read-only"), QStringLiteral("Auditor profile: no mutations.")};
    [[nodiscard]] QList<QCommandLineOption> all() const
    {
        return {baseUrl, appId, orgOpenId, domain, pin, caFile, readOnly};
    }
};

// `dmctl profile add NAME ... | list | remove NAME`. The authCode goes to the keychain, nowhere else.
void runProfile(const QStringList& arguments, const QCommandLineParser& parser, const ProfileOptions& options,
                const CliOptions& cliOptions, QSettings& settings, const CommandIo& io);

} // namespace dm
