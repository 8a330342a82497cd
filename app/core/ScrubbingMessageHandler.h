#pragma once

#include <QString>

namespace dm {

class SessionLogFile;

// Routes every Qt log message (qDebug ... qFatal, all categories, all threads) through scrubPii before the
// previously installed handler writes it, so no log line carries an ID number, a mobile or a token even when a
// developer logs one by mistake. Call once, early in main().
void installScrubbingMessageHandler();

// Also appends every scrubbed message to `log` from now on; null stops that. Returns once no thread is still writing
// to the log it replaced, so the caller may destroy that one right after detaching it.
void setSessionLog(SessionLogFile* log);
// Writes out what the attached session log still buffers (before its file is read, e.g. for a support bundle).
void flushSessionLog();
// The folder of the attached session log; empty when none is attached.
[[nodiscard]] QString sessionLogDirectory();

// Attaches a session log for as long as it lives: declared after the log in main(), it detaches first.
class ScopedSessionLog
{
public:
    explicit ScopedSessionLog(SessionLogFile& log) { setSessionLog(&log); }
    ~ScopedSessionLog() { setSessionLog(nullptr); }
    ScopedSessionLog(const ScopedSessionLog&) = delete;
    ScopedSessionLog& operator=(const ScopedSessionLog&) = delete;
};

} // namespace dm
