#include "ui/accounts/FieldHint.h"

#include "ui/StatusColors.h"

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace dm {

QLabel* makeFieldHint(QWidget* parent, const QString& objectName)
{
    auto* hint = new QLabel(parent);
    hint->setObjectName(objectName);
    hint->setWordWrap(true);
    hint->hide();
    return hint;
}

void showFieldHint(QLabel* hint, const QString& text, bool error)
{
    hint->setText(text);
    QPalette palette = hint->palette();
    palette.setColor(QPalette::WindowText, error ? errorTextColor(palette) : successTextColor(palette));
    hint->setPalette(palette);
    hint->setVisible(!text.isEmpty());
}

} // namespace dm
