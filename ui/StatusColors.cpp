#include "ui/StatusColors.h"

namespace dm {

bool isDarkPalette(const QPalette& palette)
{
    // Judged by the text rather than the background: a theme may tint its window, but its text is what it reads with.
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

QColor errorTextColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

QColor successTextColor(const QPalette& palette)
{
    return isDarkPalette(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x7b, 0x34);
}

} // namespace dm
