#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace dm {

class MainWindow;
class SessionController;

// dmadmin --show-page PAGE[:ARGUMENT][,PAGE...], for packaging/screenshots.sh and tests/bench/large-session.sh only
// (hidden from --help): once the session is open and its first sync had a moment to fill the cache, shows the named
// page (its id in the navigation tree), or the account timeline / case view of ARGUMENT for "logs.timeline:ACCOUNT" and
// "logs.case:CASE NUMBER", then prints one line to standard output so the script knows the window is ready to be
// captured. Several pages, comma-separated, are shown one after the other in the same window, a line for each, as a
// user browsing them would. The app has no scripting interface and synthetic input is unreliable on a bare X server,
// so the page is chosen from inside the process.
class ScreenshotMode final : public QObject
{
public:
    ScreenshotMode(MainWindow& window, SessionController& sessions, QString pageSpec);

private:
    void onSessionChanged();
    void showNextPage();
    void reportReady();

    MainWindow& m_window;
    SessionController& m_sessions;
    QStringList m_pages; // "PAGE" or "PAGE:ARGUMENT", in the order they are shown
    qsizetype m_next = 0;
    bool m_scheduled = false;
};

} // namespace dm
