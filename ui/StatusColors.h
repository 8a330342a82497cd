#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace dm {

// Text colours that carry a meaning (a failure, an abnormal login, a success), chosen for the palette they are drawn
// on: the dark red and green that read well on a light theme are unreadable on a dark one, which gets light tints of
// the same hues. Each keeps a WCAG contrast ratio of at least 4.5 against the palette's base and window colours.

[[nodiscard]] QColor errorTextColor(const QPalette& palette = QGuiApplication::palette());
[[nodiscard]] QColor successTextColor(const QPalette& palette = QGuiApplication::palette());

// True when the palette draws light text on dark backgrounds.
[[nodiscard]] bool isDarkPalette(const QPalette& palette);

} // namespace dm
