#include "cli/VersionCommand.h"

#include "support/VersionReport.h"

namespace dm {

int printVersions(QTextStream& out)
{
    const ComponentVersions versions = collectVersions();
    const QString& cipher = versions.sqlcipher;
    const QString& ssl = versions.openSslRunning;
    out << "dmadmin: " << versions.application << '\n';
    out << "Qt: " << versions.qtRunning << '\n';
    out << "OpenSSL: " << (ssl.isEmpty() ? QStringLiteral("-") : ssl) << '\n';
    out << "SQLCipher: " << (cipher.isEmpty() ? QStringLiteral("-") : cipher) << " (SQLite " << versions.sqlite
        << ")\n";
    out.flush();
    return cipher.startsWith(QLatin1String("4.")) && !ssl.isEmpty() ? 0 : 1;
}

} // namespace dm
