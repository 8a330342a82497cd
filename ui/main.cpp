#include "api/SandboxConfig.h"
#include "core/ClientPreferences.h"
#include "core/ProcessHardening.h"
#include "core/ScrubbingMessageHandler.h"
#include "core/SessionLogFile.h"
#include "ui/FirstRowsProbe.h"
#include "ui/Icons.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ProfileManager.h"
#include "ui/ScreenshotMode.h"
#include "ui/SessionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer started;
    started.start();
    dm::disableCoreDumps(); // before anything secret is in memory
    dm::installScrubbingMessageHandler();
    QApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationVersion(QStringLiteral(DM_VERSION));
    QApplication app(argc, argv);
    // This run's log for support (Help › Export diagnostics), the previous run's kept beside it; lines arrive scrubbed.
    dm::SessionLogFile sessionLog(dm::SessionLogFile::defaultDirectory());
    const dm::ScopedSessionLog logging(sessionLog);
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
    // For tests/bench/bench_cold_start only, so not in --help: prints how long after main() began the Accounts table
    // first showed rows of the cache, then quits. The budget of DESIGN §8 is for that moment, which only the process
    // itself can see.
    QCommandLineOption reportFirstRows(QStringLiteral("report-first-rows"));
    reportFirstRows.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportFirstRows);
    // For packaging/screenshots.sh only, so not in --help: the page to show once the session is open (ScreenshotMode).
    QCommandLineOption showPage(QStringLiteral("show-page"), QString(), QStringLiteral("PAGE"));
    showPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(showPage);
    parser.process(app);

    // The registry on Windows (HKCU\Software\dmadmin\dmadmin), ~/.config/dmadmin/dmadmin.conf elsewhere.
    QSettings settings;
    dm::LoggingPreferences::load(settings).apply(); // the Settings page's log level, before anything logs
    dm::LanguageManager languages(settings);
    languages.apply();

    dm::SessionController sessions(settings);
    dm::MainWindow window(languages, settings);
    window.setSessionController(&sessions);
    if (parser.isSet(reportFirstRows)) {
        new dm::FirstRowsProbe(window.findChild<QTableView*>(QStringLiteral("accounts.table")), started, &window);
    }
    if (parser.isSet(showPage)) {
        new dm::ScreenshotMode(window, sessions, parser.value(showPage));
    }
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
