#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace dm {

// The line under a form field that says, as it is typed, what is wrong with it (red) or that it is fine (green):
// shared by the account form and the address basis fields, so that both speak alike.

// A word-wrapped hint named `objectName`, hidden until it has something to say.
[[nodiscard]] QLabel* makeFieldHint(QWidget* parent, const QString& objectName);
// Shows `text` in red (`error`) or green; an empty text hides the hint.
void showFieldHint(QLabel* hint, const QString& text, bool error = true);

} // namespace dm
