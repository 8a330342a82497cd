#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace dm {

class MainWindow;
class SessionController;

// dmadmin --show-page PAGE[:ARGUMENT], for packaging/screenshots.sh only (hidden from --help): once the session is
// open and its first sync had a moment to fill the cache, shows the named page (its id in the navigation tree), or the
// account timeline / case view of ARGUMENT for "logs.timeline:ACCOUNT" and "logs.case:CASE NUMBER", then prints one
// line to standard output so the script knows the window is ready to be captured. The app has no scripting interface
// and synthetic input is unreliable on a bare X server, so the page is chosen from inside the process.
class ScreenshotMode final : public QObject
{
public:
    ScreenshotMode(MainWindow& window, SessionController& sessions, QString pageSpec);

private:
    void onSessionChanged();
    void showRequestedPage();
    void reportReady();

    MainWindow& m_window;
    SessionController& m_sessions;
    QString m_pageId;
    QString m_argument;
    bool m_scheduled = false;
};

} // namespace dm
