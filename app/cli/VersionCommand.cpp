#include "cli/VersionCommand.h"

#include "store/Db.h"

#include <QCoreApplication>
#include <QSslSocket>

namespace dm {

int printVersions(QTextStream& out)
{
    const QString cipher = Db::cipherLibraryVersion();
    const QString ssl = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : QString();
    out << "dmadmin: " << QCoreApplication::applicationVersion() << '\n';
    out << "Qt: " << qVersion() << '\n';
    out << "OpenSSL: " << (ssl.isEmpty() ? QStringLiteral("-") : ssl) << '\n';
    out << "SQLCipher: " << (cipher.isEmpty() ? QStringLiteral("-") : cipher) << " (SQLite " << Db::sqliteVersion()
        << ")\n";
    out.flush();
    return cipher.startsWith(QLatin1String("4.")) && !ssl.isEmpty() ? 0 : 1;
}

} // namespace dm
