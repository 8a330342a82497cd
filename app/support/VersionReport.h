#pragma once

#include <QString>

namespace dm {

class Capabilities;

// The versions of what really runs, as loaded at run time (not only as built), for `dmctl --version`, the About box
// and the support bundle alike. Empty where a library is missing.
struct ComponentVersions
{
    QString application;    // QCoreApplication::applicationVersion()
    QString qtBuilt;        // QT_VERSION_STR
    QString qtRunning;      // qVersion()
    QString openSslRunning; // the library Qt Network loaded (empty: TLS unavailable)
    QString openSslBuilt;   // the one Qt Network was built against
    QString sqlcipher;      // PRAGMA cipher_version of the linked SQLCipher
    QString sqlite;         // sqlite3_libversion()
    QString keychain;       // QtKeychain's backend on this platform, in words
    QString system;         // the operating system and CPU architecture
};

[[nodiscard]] ComponentVersions collectVersions();

// For people: one "name: version" line per component, then the platform capabilities of the open session, each
// family in words with its state ("not connected" without a session). The About box shows it, versions.txt holds it.
[[nodiscard]] QString versionsText(const ComponentVersions& versions, const Capabilities& capabilities, bool connected);

} // namespace dm
