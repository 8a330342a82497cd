#include "ui/ScreenshotMode.h"

#include "ui/MainWindow.h"
#include "ui/SessionController.h"

#include <QTimer>

#include <cstdio>

namespace dm {

namespace {

// Long enough for the first sync of a small sandbox court to reach the cache and for the page's lazy tables and charts
// to load and paint; the script waits for the line printed afterwards, not for a fixed time.
constexpr int settleAfterSessionMs = 8000;
constexpr int settleAfterPageMs = 2500;

} // namespace

ScreenshotMode::ScreenshotMode(MainWindow& window, SessionController& sessions, QString pageSpec)
    : QObject(&window)
    , m_window(window)
    , m_sessions(sessions)
{
    const auto colon = pageSpec.indexOf(QLatin1Char(':'));
    m_pageId = colon < 0 ? pageSpec : pageSpec.left(colon);
    m_argument = colon < 0 ? QString() : pageSpec.mid(colon + 1);
    connect(&m_sessions, &SessionController::sessionChanged, this, &ScreenshotMode::onSessionChanged);
    onSessionChanged();
}

void ScreenshotMode::onSessionChanged()
{
    if (m_scheduled || m_sessions.session() == nullptr) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(settleAfterSessionMs, this, &ScreenshotMode::showRequestedPage);
}

void ScreenshotMode::showRequestedPage()
{
    if (m_pageId == QLatin1String("logs.timeline") && !m_argument.isEmpty()) {
        m_window.showAccountTimeline(m_argument);
    } else if (m_pageId == QLatin1String("logs.case") && !m_argument.isEmpty()) {
        m_window.showCase(m_argument);
    } else {
        m_window.showPage(m_pageId);
    }
    QTimer::singleShot(settleAfterPageMs, this, &ScreenshotMode::reportReady);
}

void ScreenshotMode::reportReady()
{
    std::printf("dmadmin: showing page %s\n", qPrintable(m_window.currentPageId()));
    std::fflush(stdout);
}

} // namespace dm
