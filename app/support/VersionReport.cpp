#include "support/VersionReport.h"

#include "api/Capabilities.h"
#include "core/PiiScrubber.h"
#include "store/Db.h"
#include "support/SupportTexts.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QStringList>
#include <QSysInfo>

namespace dm {
namespace {

QString keychainBackend()
{
#if defined(Q_OS_WIN)
    return SupportTexts::tr("QtKeychain: Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return SupportTexts::tr("QtKeychain: macOS Keychain");
#else
    // QtKeychain picks the Secret Service or KWallet at run time and does not say which.
    return SupportTexts::tr("QtKeychain: Secret Service or KWallet, whichever the desktop session runs");
#endif
}

QString orMissing(const QString& version)
{
    return version.isEmpty() ? SupportTexts::tr("missing") : version;
}

} // namespace

ComponentVersions collectVersions()
{
    ComponentVersions versions;
    versions.application = QCoreApplication::applicationVersion();
    versions.qtBuilt = QStringLiteral(QT_VERSION_STR);
    versions.qtRunning = QString::fromLatin1(qVersion());
    if (QSslSocket::supportsSsl()) {
        versions.openSslRunning = QSslSocket::sslLibraryVersionString();
    }
    versions.openSslBuilt = QSslSocket::sslLibraryBuildVersionString();
    versions.sqlcipher = Db::cipherLibraryVersion();
    versions.sqlite = Db::sqliteVersion();
    versions.keychain = keychainBackend();
    versions.system =
        QStringLiteral("%1 (%2, %3)")
            .arg(QSysInfo::prettyProductName(), QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    return versions;
}

QString versionsText(const ComponentVersions& versions, const Capabilities& capabilities, bool connected)
{
    QStringList lines;
    lines << SupportTexts::tr("Delivery Mailbox Admin: %1").arg(orMissing(versions.application));
    lines << SupportTexts::tr("Qt: %1 (built with %2)").arg(versions.qtRunning, versions.qtBuilt);
    lines << SupportTexts::tr("OpenSSL: %1 (Qt Network was built with %2)")
                 .arg(orMissing(versions.openSslRunning), orMissing(versions.openSslBuilt));
    lines << SupportTexts::tr("SQLCipher: %1 (SQLite %2)").arg(orMissing(versions.sqlcipher), versions.sqlite);
    lines << versions.keychain;
    lines << SupportTexts::tr("Operating system: %1").arg(versions.system);
    lines << QString();
    if (!connected) {
        lines << SupportTexts::tr("Platform capabilities: not connected");
    } else if (capabilities.isEmpty()) {
        lines << SupportTexts::tr("Platform capabilities: not checked yet");
    } else {
        lines << SupportTexts::tr("Platform capabilities:");
        for (const ApiFamily family : Capabilities::allFamilies()) {
            const FamilyStatus status = capabilities.status(family);
            QString line = QStringLiteral("  %1: %2")
                               .arg(Capabilities::displayName(family), Capabilities::stateText(status.state));
            if (status.state != FamilyState::Served && !status.detail.isEmpty()) {
                // The detail is the platform's or the network's own words: scrubbed like any log line.
                line += QStringLiteral(" (%1)").arg(scrubPii(status.detail));
            }
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dm
