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
    // A case number holds no comma, an account name neither: the list splits cleanly.
    m_pages = pageSpec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    connect(&m_sessions, &SessionController::sessionChanged, this, &ScreenshotMode::onSessionChanged);
    onSessionChanged();
}

void ScreenshotMode::onSessionChanged()
{
    if (m_scheduled || m_sessions.session() == nullptr) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(settleAfterSessionMs, this, &ScreenshotMode::showNextPage);
}

void ScreenshotMode::showNextPage()
{
    if (m_next >= m_pages.size()) {
        return;
    }
    const QString& spec = m_pages.at(m_next++);
    const auto colon = spec.indexOf(QLatin1Char(':'));
    const QString pageId = colon < 0 ? spec : spec.left(colon);
    const QString argument = colon < 0 ? QString() : spec.mid(colon + 1);
    if (pageId == QLatin1String("logs.timeline") && !argument.isEmpty()) {
        m_window.showAccountTimeline(argument);
    } else if (pageId == QLatin1String("logs.case") && !argument.isEmpty()) {
        m_window.showCase(argument);
    } else {
        m_window.showPage(pageId);
    }
    QTimer::singleShot(settleAfterPageMs, this, &ScreenshotMode::reportReady);
}

void ScreenshotMode::reportReady()
{
    std::printf("dmadmin: showing page %s\n", qPrintable(m_window.currentPageId()));
    std::fflush(stdout);
    showNextPage();
}

} // namespace dm
