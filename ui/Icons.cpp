#include "ui/Icons.h"

#include <QFile>

#include <array>

namespace dm {

namespace {

// Every rendering goes into the icon with its own size: Qt then picks the one that matches the logical size times the
// screen's scale (the 32 px file for a 16 px icon at 200 %) instead of scaling a smaller one up into a blur.
void addRenderings(QIcon& icon, const QString& pattern, const auto& sizes)
{
    for (const int size : sizes) {
        const QString file = pattern.arg(size);
        if (QFile::exists(file)) {
            icon.addFile(file, QSize(size, size));
        }
    }
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    // DM_ICON_SIZES in ui/CMakeLists.txt.
    constexpr std::array sizes{16, 24, 32, 48, 64, 128, 256};
    addRenderings(icon, QStringLiteral(":/icons/dmadmin-%1.png"), sizes);
    return icon;
}

QIcon navigationIcon(const QString& pageId)
{
    QIcon icon;
    // resources/icons/render-icons.sh: 16 px at 100, 150 and 200 %, and 24 px at 200 %.
    constexpr std::array sizes{16, 24, 32, 48};
    addRenderings(icon, QStringLiteral(":/icons/nav/%1-%2.png").arg(pageId, QStringLiteral("%1")), sizes);
    return icon;
}

} // namespace dm
