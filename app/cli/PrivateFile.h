#pragma once

#include "core/Expected.h"

#include <QFile>
#include <QString>

namespace dm {

// Whether a file just opened for reading holds what only the user running dmctl may read: owned by that user and
// readable by no one else (mode bits on POSIX, the access list on Windows). The error is the sentence to show, naming
// `shownName` and how to make the file private.
[[nodiscard]] Expected<void, QString> checkPrivateToUser(QFile& file, const QString& shownName);

} // namespace dm
