#include "core/SessionLogFile.h"

#include "core/OwnerOnlyFile.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

namespace dm {
namespace {

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

} // namespace

SessionLogFile::SessionLogFile(const QString& directory, qint64 capBytes)
    : m_directory(directory)
    , m_capBytes(capBytes)
{
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        return;
    }
    const QString current = dir.filePath(currentFileName());
    const QString previous = dir.filePath(previousFileName());
    if (QFile::exists(current)) {
        QFile::remove(previous);
        QFile::rename(current, previous);
    }
    m_file.setFileName(current);
    // Created with owner-only permissions, so it is never readable by others, not even for a moment (POSIX); the
    // access list follows at once (Windows).
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return;
    }
    if (!restrictToOwner(current)) {
        m_file.close();
    }
}

SessionLogFile::~SessionLogFile()
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        m_file.close();
    }
}

QString SessionLogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

void SessionLogFile::append(QtMsgType type, const char* category, const QString& scrubbedMessage)
{
    QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    line += ' ';
    line += levelLetter(type);
    line += ' ';
    if (category != nullptr && qstrcmp(category, "default") != 0) {
        line += category;
        line += ": ";
    }
    // A message of several lines stays recognisable as one entry.
    QByteArray text = scrubbedMessage.toUtf8();
    text.replace('\n', "\n    ");
    line += text;
    line += '\n';

    const QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() || m_capped) {
        return;
    }
    if (m_written + line.size() > m_capBytes) {
        m_capped = true;
        m_file.write(QByteArrayLiteral("-- the log reached its size limit; later messages of this run are not kept\n"));
        m_file.flush();
        return;
    }
    m_written += m_file.write(line);
    if (type != QtDebugMsg && type != QtInfoMsg) {
        m_file.flush();
    }
}

void SessionLogFile::flush()
{
    const QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        m_file.flush();
    }
}

} // namespace dm
