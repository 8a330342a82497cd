#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace dm {

// The log of one run of the application, for support: <directory>/dmadmin.log, the previous run's file kept beside
// it as dmadmin.1.log (so a crash can still be looked at after a restart). Owner-only from the moment it exists.
// Lines arrive already scrubbed (ScrubbingMessageHandler scrubs before it appends). Writes are buffered, with no
// fsync: a warning or worse is flushed at once so it survives a crash; the rest goes out with the buffer. Past
// `capBytes` one last line says so and the rest of the run is dropped, so a loop that logs cannot fill the disk.
// append() and flush() may be called from any thread.
class SessionLogFile
{
public:
    static constexpr qint64 kDefaultCapBytes = 5LL * 1024 * 1024;

    explicit SessionLogFile(const QString& directory, qint64 capBytes = kDefaultCapBytes);
    ~SessionLogFile();
    SessionLogFile(const SessionLogFile&) = delete;
    SessionLogFile& operator=(const SessionLogFile&) = delete;

    // <AppLocalDataLocation>/logs: per user, never roaming (a log is about this machine).
    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] static QString currentFileName() { return QStringLiteral("dmadmin.log"); }
    [[nodiscard]] static QString previousFileName() { return QStringLiteral("dmadmin.1.log"); }

    // False when the folder or the file could not be made; the application runs on without a log file.
    [[nodiscard]] bool isOpen() const { return m_file.isOpen(); }
    [[nodiscard]] QString directory() const { return m_directory; }

    void append(QtMsgType type, const char* category, const QString& scrubbedMessage);
    void flush();

private:
    QString m_directory;
    qint64 m_capBytes;
    QMutex m_mutex;
    QFile m_file;
    qint64 m_written = 0;
    bool m_capped = false;
};

} // namespace dm
