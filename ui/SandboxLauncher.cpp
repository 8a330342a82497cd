#include "ui/SandboxLauncher.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <chrono>

namespace dm {
namespace {

constexpr std::chrono::milliseconds pollInterval{100};
// The first start generates the court, which takes a few seconds; a minute leaves room on a slow machine.
constexpr int maxPolls = 600;

} // namespace

SandboxLauncher::SandboxLauncher(QObject* parent)
    : QObject(parent)
{
    m_poll.setInterval(pollInterval);
    connect(&m_poll, &QTimer::timeout, this, &SandboxLauncher::poll);
    connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_poll.stop();
            Q_EMIT failed(tr("The sandbox could not be started (%1 is missing or not executable).").arg(program()));
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    m_poll.stop();
    if (m_process.state() != QProcess::NotRunning) {
        disconnect(&m_process, nullptr, this, nullptr);
        // dmsandbox keeps its state in a journaled database, so ending it at once is safe; the wait only reaps the
        // killed process (it returns immediately), which QProcess would otherwise do with a warning.
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString SandboxLauncher::dataDirectory() const
{
    if (!m_dataDirectory.isEmpty()) {
        return m_dataDirectory;
    }
    // The folder packaging/demo.sh uses too. AppDataLocation would name the organisation and the application, both
    // "dmadmin": …/dmadmin/dmadmin/sandbox.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/dmadmin/sandbox");
}

QString SandboxLauncher::program() const
{
    if (!m_program.isEmpty()) {
        return m_program;
    }
    QString name = QStringLiteral("dmsandbox");
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    const QString here = QCoreApplication::applicationDirPath();
    // In a build tree dmsandbox is in app/sandbox beside ui/; installed, both are in the same folder.
    const QString besides = QDir(here).filePath(name);
    const QString buildTree = QDir(here).filePath(QStringLiteral("../app/sandbox/") + name);
    return QFile::exists(besides) || !QFile::exists(buildTree) ? besides : QDir::cleanPath(buildTree);
}

QString SandboxLauncher::connectionFile() const
{
    return QDir(dataDirectory()).filePath(QStringLiteral("connection.json"));
}

void SandboxLauncher::start()
{
    if (isRunning()) {
        if (m_connection) {
            Q_EMIT ready(*m_connection);
        }
        return;
    }
    m_connection.reset();
    const QString data = dataDirectory();
    if (!QDir().mkpath(data)) {
        Q_EMIT failed(tr("The folder %1 cannot be created.").arg(data));
        return;
    }
    QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // The connection line holds the sandbox's authCode: the file is the owner's only, and emptied before the start.
    QFile file(connectionFile());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Q_EMIT failed(tr("%1 cannot be written.").arg(file.fileName()));
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    m_process.setStandardOutputFile(file.fileName(), QIODevice::Truncate);
    m_process.setStandardErrorFile(QDir(data).filePath(QStringLiteral("dmsandbox.log")));
    m_process.setProgram(program());
    m_process.setArguments(
        QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
        m_arguments);
    m_pollsLeft = maxPolls;
    m_process.start();
    m_poll.start();
}

void SandboxLauncher::poll()
{
    // The sandbox writes its one connection line when it listens. canReadLine() cannot tell: on a freshly opened,
    // unbuffered file it is false until something was read, so read and look for the whole line.
    QFile file(connectionFile());
    if (file.open(QIODevice::ReadOnly) && file.readAll().contains('\n')) {
        m_poll.stop();
        auto connection = readSandboxConfig(file.fileName());
        if (!connection) {
            Q_EMIT failed(connection.error());
            return;
        }
        m_connection = *connection;
        Q_EMIT ready(*m_connection);
        return;
    }
    if (--m_pollsLeft <= 0) {
        m_poll.stop();
        stop();
        Q_EMIT failed(tr("The sandbox did not start in time; see %1.")
                          .arg(QDir(dataDirectory()).filePath(QStringLiteral("dmsandbox.log"))));
    }
}

void SandboxLauncher::onFinished()
{
    if (m_poll.isActive()) {
        m_poll.stop();
        Q_EMIT failed(tr("The sandbox stopped at start; see %1.")
                          .arg(QDir(dataDirectory()).filePath(QStringLiteral("dmsandbox.log"))));
    }
    m_connection.reset();
}

void SandboxLauncher::attach(const QString& connectionFile)
{
    auto connection = readSandboxConfig(connectionFile);
    if (!connection) {
        Q_EMIT failed(connection.error());
        return;
    }
    // Emitted from the event loop, as start() does, so callers see one behaviour.
    QMetaObject::invokeMethod(
        this, [this, value = *connection] { Q_EMIT ready(value); }, Qt::QueuedConnection);
}

void SandboxLauncher::stop()
{
    m_poll.stop();
    m_connection.reset();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    // A planned stop is no failure: its finished() is not reported.
    disconnect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished);
    connect(
        &m_process, &QProcess::finished, this,
        [this] { connect(&m_process, &QProcess::finished, this, &SandboxLauncher::onFinished); },
        Qt::SingleShotConnection);
    m_process.terminate();
}

} // namespace dm
