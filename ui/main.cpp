#include "core/ScrubbingMessageHandler.h"
#include "ui/Icons.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    dm::installScrubbingMessageHandler();
    QApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationName(QStringLiteral("dmadmin"));
    QApplication::setApplicationVersion(QStringLiteral(DM_VERSION));
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("dmadmin"));
    QApplication::setWindowIcon(dm::applicationIcon());

    // The registry on Windows (HKCU\Software\dmadmin\dmadmin), ~/.config/dmadmin/dmadmin.conf elsewhere.
    QSettings settings;
    dm::LanguageManager languages(settings);
    languages.apply();

    dm::MainWindow window(languages, settings);
    window.show();
    return QApplication::exec();
}
