#include "core/OsUser.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

namespace dm {

QString osUserName()
{
#if defined(Q_OS_WIN)
    wchar_t name[257] = {}; // UNLEN + 1
    DWORD size = 257;
    return GetUserNameW(name, &size) ? QString::fromWCharArray(name) : QString();
#elif defined(Q_OS_UNIX)
    // The reentrant form: a library thread may ask at the same time.
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(static_cast<size_t>(bufferSize > 0 ? bufferSize : 16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) {
        return QString::number(geteuid()); // a uid without a name: the number still identifies it
    }
    return QString::fromLocal8Bit(found->pw_name);
#else
    return {};
#endif
}

} // namespace dm
