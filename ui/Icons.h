#pragma once

#include <QIcon>
#include <QString>

namespace dm {

// Icons are embedded PNG renderings of the hand-written SVGs in resources/icons (render-icons.sh makes them): the Qt
// used here has no SVG module, so the SVGs themselves are only installed for desktop launchers.

// The dmadmin icon for windows and dialogs.
[[nodiscard]] QIcon applicationIcon();

// The icon of a navigation entry (and its View menu action), by page id; null for an unknown id.
[[nodiscard]] QIcon navigationIcon(const QString& pageId);

} // namespace dm
