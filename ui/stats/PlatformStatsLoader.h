#pragma once

#include "ui/stats/PlatformStats.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace dm {

class PlatformClient;

// Asks the platform's statistics endpoints (CONTRACT.md §14) everything a PlatformStatsRequest needs: mailDaily per
// window of at most 31 days, logCounts per day for normal and abnormal logins and per province and window, and the
// activation funnel. That is many small calls (two per day for the logins), so at most kMaxInFlight are outstanding
// at a time, on top of the client's own pacing, and a cancel leaves little behind. Lives in the UI thread; the calls
// never block it.
class PlatformStatsLoader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxInFlight = 4;

    PlatformStatsLoader(PlatformClient& client, QObject* parent = nullptr);
    ~PlatformStatsLoader() override;

    // Cancels any run in progress and starts this one.
    void start(const PlatformStatsRequest& request);
    // Drops the answers still to come; finished() is not emitted for this run.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_context != nullptr; }
    [[nodiscard]] const PlatformStats& result() const { return m_result; }

Q_SIGNALS:
    void progressed(int done, int total);
    // result() holds what the platform answered (or why not).
    void finished();

private:
    enum class Section
    {
        Mails,
        Logins,
        Provinces,
        Funnel,
    };
    // One platform call; it reports through `done` exactly once (unless the run was cancelled).
    struct Call
    {
        Section section;
        std::function<void(QObject* context, std::function<void(const std::optional<ApiError>&)> done)> run;
    };

    void addMailCalls(const PlatformStatsRequest& request);
    void addLoginCalls(const PlatformStatsRequest& request);
    void addProvinceCalls(const PlatformStatsRequest& request);
    void addFunnelCall(const PlatformStatsRequest& request);
    void pump();
    void onCallDone(Section section, const std::optional<ApiError>& error);
    [[nodiscard]] bool sectionFailed(Section section) const;
    void finish();

    QPointer<PlatformClient> m_client;
    PlatformStats m_result;
    QMap<QDate, MailDay> m_mailDays;
    QMap<QDate, LoginDayCounts> m_loginDays;
    std::vector<Call> m_calls;
    std::size_t m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QObject* m_context = nullptr; // parent of the run's callbacks: deleting it drops them
};

} // namespace dm
