#pragma once

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>

namespace dm {

// Qt's own file dialog (the one used where the system has none, and under test) leaves two of its combo boxes without
// an accessible name, so a screen reader announces them as bare "combo box". Names them; the native dialogs of
// Windows and the desktops name their own.
inline void nameFileDialogControls(QFileDialog* dialog)
{
    if (auto* lookIn = dialog->findChild<QComboBox*>(QStringLiteral("lookInCombo"))) {
        lookIn->setAccessibleName(QCoreApplication::translate("FileDialogNames", "Look in"));
    }
    if (auto* types = dialog->findChild<QComboBox*>(QStringLiteral("fileTypeCombo"))) {
        types->setAccessibleName(QCoreApplication::translate("FileDialogNames", "Files of type"));
    }
}

} // namespace dm
