#include "ui/Icons.h"

#include <QFile>

#include <array>

namespace dm {

QIcon applicationIcon()
{
    QIcon icon;
    constexpr std::array sizes{16, 24, 32, 48, 64, 128, 256};
    for (const int size : sizes) {
        icon.addFile(QStringLiteral(":/icons/dmadmin-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

QIcon navigationIcon(const QString& pageId)
{
    QIcon icon;
    constexpr std::array sizes{16, 32};
    for (const int size : sizes) {
        const QString file = QStringLiteral(":/icons/nav/%1-%2.png").arg(pageId).arg(size);
        if (QFile::exists(file)) {
            icon.addFile(file, QSize(size, size));
        }
    }
    return icon;
}

} // namespace dm
