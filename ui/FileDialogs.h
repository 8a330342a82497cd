#pragma once

#include "ui/FileDialogNames.h"

#include <QFileDialog>
#include <QString>

#include <utility>

namespace dm {

// What a file dialog asks for.
struct FileRequest
{
    QString title;
    QString start; // a folder, or a file to propose
    QString filter;
    QFileDialog::FileMode mode = QFileDialog::ExistingFile;
    QFileDialog::AcceptMode accept = QFileDialog::AcceptOpen;
    QString objectName; // for tests and for the accessibility walk
};

// Opens a file dialog with open(), not exec(): no nested event loop runs while the user browses, so nothing queued
// for the window (a sync's answer, a timer) runs inside a call that waits. Window-modal over `parent`, its controls
// named for a screen reader, deleted when closed. `chosen` gets the path, in `parent`'s thread, unless the user
// cancels; it is not called once `parent` is gone.
template <typename Chosen>
QFileDialog* askForFile(QWidget* parent, const FileRequest& request, Chosen chosen)
{
    auto* dialog = new QFileDialog(parent, request.title, request.start, request.filter);
    nameFileDialogControls(dialog);
    dialog->setObjectName(request.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(request.mode);
    dialog->setAcceptMode(request.accept);
    if (request.mode == QFileDialog::Directory) {
        dialog->setOption(QFileDialog::ShowDirsOnly);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [chosen = std::move(chosen)](const QString& path) {
        if (!path.isEmpty()) {
            chosen(path);
        }
    });
    dialog->open();
    return dialog;
}

} // namespace dm
