#include "api/SandboxConfig.h"
#include "core/ProcessHardening.h"
#include "core/ScrubbingMessageHandler.h"
#include "ui/Icons.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ProfileManager.h"
#include "ui/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    dm::disableCoreDumps(); // before anything secret is in memory
    dm::installScrubbingMessageHandler();
    QApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationVersion(QStringLiteral(DM_VERSION));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("dmadmin"));
    QApplication::setWindowIcon(dm::applicationIcon());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxConfig(QStringLiteral("sandbox-config"),
                                           QApplication::translate("main", "Connect to the dmsandbox whose "
                                                                           "connection line is in FILE."),
                                           QStringLiteral("FILE"));
    parser.addOption(sandboxConfig);
    parser.process(app);

    // The registry on Windows (HKCU\Software\dmadmin\dmadmin), ~/.config/dmadmin/dmadmin.conf elsewhere.
    QSettings settings;
    dm::LanguageManager languages(settings);
    languages.apply();

    dm::SessionController sessions(settings);
    dm::MainWindow window(languages, settings);
    window.setSessionController(&sessions);
    if (parser.isSet(sandboxConfig)) {
        auto sandbox = dm::readSandboxConfig(parser.value(sandboxConfig));
        if (!sandbox) {
            std::fprintf(stderr, "dmadmin: %s\n", qPrintable(sandbox.error()));
            return 2;
        }
        sessions.openSandbox(*sandbox);
    } else if (const auto last = sessions.lastProfile()) {
        sessions.openProfile(last->id);
    } else {
        // First run: the connection wizard, once the window is on screen.
        QTimer::singleShot(0, &window, [&window] { window.profileManager()->showWizard(); });
    }
    window.show();
    const int status = QApplication::exec();
    // Pages let go of the session before it closes.
    sessions.closeSession();
    return status;
}
