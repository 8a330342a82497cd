#pragma once

#include "TestSlowdown.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real dmctl executable as a script would, with a private settings folder.
struct DmctlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline DmctlRun runDmctl(const QStringList& arguments, const QProcessEnvironment& environment = {},
                         const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment effective = environment.isEmpty() ? QProcessEnvironment::systemEnvironment() : environment;
    // dmctl speaks the machine's language; the tests hold it to its English text unless they choose a language.
    if (!effective.contains(QStringLiteral("DMADMIN_LANG"))) {
        effective.insert(QStringLiteral("DMADMIN_LANG"), QStringLiteral("en"));
    }
    process.setProcessEnvironment(effective);
    process.start(QStringLiteral(DMCTL_PATH), arguments);
    DmctlRun run;
    if (!process.waitForStarted(10000)) {
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(dm::test::scaledMs(120000))) {
        process.kill();
        run.err = QStringLiteral("dmctl did not finish in time");
        return run;
    }
    if (process.exitStatus() != QProcess::NormalExit) {
        run.err =
            QStringLiteral("dmctl crashed; stderr: ") + QString::fromUtf8(process.readAllStandardError().right(2000));
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Writes the connection line dmsandbox printed to `path`, for --sandbox-config; false when it cannot.
inline bool writeSandboxConfig(const QString& path, const QJsonObject& connection)
{
    QFile config(path);
    return config.open(QIODevice::WriteOnly) &&
           config.write(QJsonDocument(connection).toJson(QJsonDocument::Compact) + '\n') > 0;
}
