#include "sandbox/SandboxFiles.h"

#include <QFile>
#include <QSaveFile>

namespace dm::sandbox {

QByteArray readDataFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeDataFile(const QString& path, const QByteArray& bytes, FileAccess access)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    file.setPermissions(access == FileAccess::OwnerOnly ? owner
                                                        : owner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    file.write(bytes);
    return file.commit();
}

} // namespace dm::sandbox
