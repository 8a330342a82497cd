#include "api/PlatformClient.h"
#include "api/SandboxConfig.h"
#include "core/ScrubbingMessageHandler.h"
#include "ui/ConnectionIndicator.h"
#include "ui/Icons.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
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

    dm::MainWindow window(languages, settings);
    std::unique_ptr<dm::PlatformClient> client;
    if (parser.isSet(sandboxConfig)) {
        auto sandbox = dm::readSandboxConfig(parser.value(sandboxConfig));
        if (!sandbox) {
            std::fprintf(stderr, "dmadmin: %s\n", qPrintable(sandbox.error()));
            return 2;
        }
        const QByteArray authCode = sandbox->authCode;
        client = std::make_unique<dm::PlatformClient>(sandbox->settings, [authCode](auto done) { done(authCode); });
        window.connectionIndicator().check(*client, QApplication::translate("main", "sandbox platform"));
    }
    window.show();
    return QApplication::exec();
}
