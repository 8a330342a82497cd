#include "cli/VersionCommand.h"
#include "core/ScrubbingMessageHandler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

// dmctl: the command line for scripting and support. Exit codes: 0 success, 1 failure, 2 usage error.
int main(int argc, char* argv[])
{
    dm::installScrubbingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("dmctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("dmctl", "Command line for the delivery mailbox platform (dmadmin)."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QCoreApplication::translate("dmctl", "Print the versions of dmadmin and "
                                                                                "the libraries it runs on."));
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("dmctl", "The command to run."));

    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream out(stdout);
        return dm::printVersions(out);
    }
    const QStringList commands = parser.positionalArguments();
    QTextStream err(stderr);
    if (commands.isEmpty()) {
        err << QCoreApplication::translate("dmctl", "No command given.") << Qt::endl << parser.helpText();
    } else {
        err << QCoreApplication::translate("dmctl", "Unknown command: %1").arg(commands.first()) << Qt::endl;
    }
    return 2;
}
