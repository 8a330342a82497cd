#include "cli/Commands.h"
#include "cli/PrivateFile.h"

#include <sys/stat.h>
#include <unistd.h>

namespace dm {

Expected<void, QString> checkPrivateToUser(QFile& file, const QString& shownName)
{
    // Judged on the file opened, not on its name (which could be swapped in between): only its owner, who must be
    // the user running dmctl, may read or write it.
    struct stat opened = {};
    if (fstat(file.handle(), &opened) != 0 || opened.st_uid != geteuid() ||
        (opened.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Unexpected{CliText::tr("%1 may be read by other users of this machine: make it private first "
                                      "(chmod 600 %1).")
                              .arg(shownName)};
    }
    return {};
}

} // namespace dm
