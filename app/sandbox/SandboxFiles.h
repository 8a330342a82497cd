#pragma once

#include <QByteArray>
#include <QString>

namespace dm::sandbox {

// The sandbox's identity files (its TLS and TSA keys and certificates) in its data dir.

// The whole file; empty when it cannot be read.
[[nodiscard]] QByteArray readDataFile(const QString& path);

enum class FileAccess
{
    OwnerOnly,     // a private key
    ReadableByAll, // a certificate
};

// Written whole or not at all (a half-written key would be worse than none); the permissions are set before the
// bytes land, so a private key is never readable by others, not even for a moment.
[[nodiscard]] bool writeDataFile(const QString& path, const QByteArray& bytes, FileAccess access);

} // namespace dm::sandbox
