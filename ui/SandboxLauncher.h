#pragma once

#include "api/SandboxConfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <optional>

namespace dm {

// Starts the local training platform (dmsandbox, next to the dmadmin executable) or attaches to one that runs, and
// hands over its connection line. A started sandbox keeps its court in dataDirectory() between runs and stops when
// this object goes, as packaging/demo.sh does. Nothing here waits: start() returns at once and ready() or failed()
// follows.
class SandboxLauncher final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject* parent = nullptr);
    ~SandboxLauncher() override;

    // <app data>/sandbox unless set.
    void setDataDirectory(const QString& directory) { m_dataDirectory = directory; }
    [[nodiscard]] QString dataDirectory() const;
    // The dmsandbox executable; default: next to this application's executable.
    void setProgram(const QString& program) { m_program = program; }
    [[nodiscard]] QString program() const;
    void setArguments(const QStringList& arguments) { m_arguments = arguments; }

    // Starts dmsandbox unless this launcher already runs one (then ready() repeats its connection).
    void start();
    // Reads the connection file a running dmsandbox wrote (its stdout, see packaging/demo.sh).
    void attach(const QString& connectionFile);
    void stop();

    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    [[nodiscard]] const std::optional<SandboxConnection>& connection() const { return m_connection; }
    [[nodiscard]] QString connectionFile() const;

Q_SIGNALS:
    void ready(const dm::SandboxConnection& connection);
    void failed(const QString& message); // translated

private:
    void poll();
    void onFinished();

    QString m_dataDirectory;
    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QTimer m_poll;
    int m_pollsLeft = 0;
    std::optional<SandboxConnection> m_connection;
};

} // namespace dm
