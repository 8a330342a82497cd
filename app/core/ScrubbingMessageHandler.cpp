#include "core/ScrubbingMessageHandler.h"

#include "core/PiiScrubber.h"
#include "core/SessionLogFile.h"

#include <QMutex>
#include <QtGlobal>

#include <atomic>

namespace dm {
namespace {

// Qt's message handler is one per process by design; this keeps the one it replaced, to pass scrubbed text on.
std::atomic<QtMessageHandler> previousHandler{nullptr};

// The session log, if one is attached. The mutex (no destructor: safe while the process is torn down) is held while
// a line goes to the log, so detaching waits for writers in flight; the log has a lock of its own for its file.
QBasicMutex sessionLogMutex;
SessionLogFile* sessionLog = nullptr;
// Set while this thread writes to the log, so a message raised by that write does not take the mutex again.
thread_local bool writingSessionLog = false;

void appendToSessionLog(QtMsgType type, const QMessageLogContext& context, const QString& scrubbed)
{
    if (writingSessionLog) {
        return;
    }
    writingSessionLog = true;
    {
        const QMutexLocker lock(&sessionLogMutex);
        if (sessionLog != nullptr) {
            sessionLog->append(type, context.category, scrubbed);
        }
    }
    writingSessionLog = false;
}

void scrubbingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString scrubbed = scrubPii(message);
    appendToSessionLog(type, context, scrubbed);
    const QtMessageHandler next = previousHandler.load();
    if (next) {
        next(type, context, scrubbed);
    }
}

} // namespace

void installScrubbingMessageHandler()
{
    const QtMessageHandler replaced = qInstallMessageHandler(scrubbingHandler);
    if (replaced != scrubbingHandler) {
        // qInstallMessageHandler returns Qt's default handler (never null) the first time.
        previousHandler.store(replaced);
    }
}

void setSessionLog(SessionLogFile* log)
{
    const QMutexLocker lock(&sessionLogMutex);
    sessionLog = log;
}

void flushSessionLog()
{
    const QMutexLocker lock(&sessionLogMutex);
    if (sessionLog != nullptr) {
        sessionLog->flush();
    }
}

QString sessionLogDirectory()
{
    const QMutexLocker lock(&sessionLogMutex);
    return sessionLog != nullptr ? sessionLog->directory() : QString();
}

} // namespace dm
