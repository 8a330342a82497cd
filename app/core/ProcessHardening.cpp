#include "core/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#endif

namespace dm {

bool disableCoreDumps()
{
#if defined(Q_OS_WIN)
    // No "program has stopped working" dialog and no WER dump collection for this process.
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    return true;
#elif defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    bool done = setrlimit(RLIMIT_CORE, &none) == 0;
#if defined(Q_OS_LINUX)
    done = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && done;
#endif
    return done;
#else
    return false;
#endif
}

} // namespace dm
