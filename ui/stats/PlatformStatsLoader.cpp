#include "ui/stats/PlatformStatsLoader.h"

#include "api/Capabilities.h"
#include "api/PlatformClient.h"
#include "api/ResultCode.h"
#include "api/StatsService.h"

#include <QDateTime>

#include <utility>

namespace dm {

QString statsUnavailableReason(const ApiError& error)
{
    // The same words the main window uses for a family found missing at connect time.
    Capabilities found;
    if (isUnknownApi(error)) {
        found.set(ApiFamily::DeliveryStats, {FamilyState::Missing, error.platformMessage});
    } else if (error.platformCode == static_cast<int>(ResultCode::ApiNotRegistered)) {
        found.set(ApiFamily::DeliveryStats, {FamilyState::NotGranted, error.platformMessage});
    }
    return found.whyUnavailable(ApiFamily::DeliveryStats);
}

PlatformStatsLoader::PlatformStatsLoader(PlatformClient& client, QObject* parent)
    : QObject(parent)
    , m_client(&client)
{}

PlatformStatsLoader::~PlatformStatsLoader() = default;

void PlatformStatsLoader::start(const PlatformStatsRequest& request)
{
    cancel();
    m_result = PlatformStats();
    m_result.period = request.period;
    m_result.unitId = request.unitId;
    m_result.askedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_mailDays.clear();
    m_loginDays.clear();
    m_calls.clear();
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    // The few calls first, the many (two per day for the logins) last, so most sections fill in early.
    if (request.funnel) {
        addFunnelCall(request);
    }
    if (request.mails) {
        addMailCalls(request);
    }
    addProvinceCalls(request);
    if (request.logins) {
        addLoginCalls(request);
    }
    m_context = new QObject(this);
    // Even a run with nothing to ask ends after start() has returned, like every other.
    QMetaObject::invokeMethod(
        m_context, [this] { pump(); }, Qt::QueuedConnection);
}

void PlatformStatsLoader::cancel()
{
    // Answers still under way were addressed to the context: they are dropped with it.
    delete std::exchange(m_context, nullptr);
    m_inFlight = 0;
}

void PlatformStatsLoader::addFunnelCall(const PlatformStatsRequest& request)
{
    FunnelFilter filter;
    filter.unitId = request.unitId;
    filter.createdFrom = request.period.startMs();
    filter.createdTo = request.period.endMs();
    m_calls.push_back({Section::Funnel, [this, filter](QObject* context, auto done) {
                           StatsService(*m_client).activationFunnel(
                               filter, context, [this, done](const Expected<ActivationFunnel, ApiError>& funnel) {
                                   if (funnel) {
                                       m_result.funnel = *funnel;
                                   }
                                   done(funnel ? std::nullopt : std::optional(funnel.error()));
                               });
                       }});
}

void PlatformStatsLoader::addMailCalls(const PlatformStatsRequest& request)
{
    const int offset = request.period.offsetMinutes;
    for (const StatsPeriod& part : request.period.split(31)) {
        const LogWindow window{part.startMs(), part.endMs()};
        m_calls.push_back({Section::Mails, [this, window, offset](QObject* context, auto done) {
                               StatsService(*m_client).mailDaily(
                                   window, offset, context,
                                   [this, done](const Expected<QList<MailDay>, ApiError>& days) {
                                       if (days) {
                                           for (const MailDay& day : *days) {
                                               m_mailDays.insert(day.date, day);
                                           }
                                       }
                                       done(days ? std::nullopt : std::optional(days.error()));
                                   });
                           }});
    }
}

void PlatformStatsLoader::addLoginCalls(const PlatformStatsRequest& request)
{
    // The platform counts logins only as "rows a query would return": one count per day and flag.
    for (const QDate& date : request.period.dates()) {
        const LogWindow window{request.period.startOf(date), request.period.startOf(date.addDays(1))};
        m_loginDays[date].date = date;
        for (const bool abnormal : {false, true}) {
            LoginFilter filter;
            filter.abnormal = abnormal;
            m_calls.push_back({Section::Logins, [this, window, filter, date, abnormal](QObject* context, auto done) {
                                   StatsService(*m_client).logCounts(
                                       window, filter, context,
                                       [this, done, date, abnormal](const Expected<qint64, ApiError>& count) {
                                           if (count) {
                                               LoginDayCounts& day = m_loginDays[date];
                                               (abnormal ? day.abnormal : day.normal) = *count;
                                           }
                                           done(count ? std::nullopt : std::optional(count.error()));
                                       });
                               }});
        }
    }
}

void PlatformStatsLoader::addProvinceCalls(const PlatformStatsRequest& request)
{
    const QList<StatsPeriod> parts = request.period.split(31);
    for (const QString& province : request.provinces) {
        m_result.provinces.insert(province, 0);
        for (const StatsPeriod& part : parts) {
            const LogWindow window{part.startMs(), part.endMs()};
            LoginFilter filter;
            filter.province = province;
            m_calls.push_back({Section::Provinces, [this, window, filter](QObject* context, auto done) {
                                   StatsService(*m_client).logCounts(
                                       window, filter, context,
                                       [this, done, province = filter.province](const Expected<qint64, ApiError>& n) {
                                           if (n) {
                                               m_result.provinces[province] += *n;
                                           }
                                           done(n ? std::nullopt : std::optional(n.error()));
                                       });
                               }});
        }
    }
}

bool PlatformStatsLoader::sectionFailed(Section section) const
{
    switch (section) {
    case Section::Mails:
        return m_result.mailError.has_value();
    case Section::Logins:
        return m_result.loginError.has_value();
    case Section::Provinces:
        return m_result.provinceError.has_value();
    case Section::Funnel:
        return m_result.funnelError.has_value();
    }
    return false;
}

void PlatformStatsLoader::pump()
{
    const int total = static_cast<int>(m_calls.size());
    while (m_context != nullptr && m_inFlight < kMaxInFlight && m_next < m_calls.size()) {
        const Call& call = m_calls.at(m_next++);
        // A section that failed once, or a platform without statistics, is not asked again in this run.
        if (m_client.isNull() || sectionFailed(call.section) || !m_result.unavailable.isEmpty()) {
            ++m_done;
            continue;
        }
        ++m_inFlight;
        call.run(m_context,
                 [this, section = call.section](const std::optional<ApiError>& error) { onCallDone(section, error); });
    }
    if (m_context == nullptr) {
        return;
    }
    Q_EMIT progressed(m_done, total);
    if (m_inFlight == 0 && m_next >= m_calls.size()) {
        finish();
    }
}

void PlatformStatsLoader::onCallDone(Section section, const std::optional<ApiError>& error)
{
    --m_inFlight;
    ++m_done;
    if (error) {
        const QString unavailable = statsUnavailableReason(*error);
        if (!unavailable.isEmpty()) {
            m_result.unavailable = unavailable;
        } else if (!sectionFailed(section)) {
            switch (section) {
            case Section::Mails:
                m_result.mailError = *error;
                break;
            case Section::Logins:
                m_result.loginError = *error;
                break;
            case Section::Provinces:
                m_result.provinceError = *error;
                break;
            case Section::Funnel:
                m_result.funnelError = *error;
                break;
            }
        }
    }
    pump();
}

void PlatformStatsLoader::finish()
{
    // Called from inside a callback addressed to the context: it goes once that callback has returned.
    std::exchange(m_context, nullptr)->deleteLater();
    if (m_client.isNull() && m_result.unavailable.isEmpty()) {
        m_result.unavailable = tr("The connection to the platform was closed.");
    }
    if (!m_result.unavailable.isEmpty()) {
        m_result.funnel.reset();
        m_result.provinces.clear();
        Q_EMIT finished();
        return;
    }
    if (!m_result.mailError && !m_mailDays.isEmpty()) {
        QList<MailDay> days;
        for (const QDate& date : m_result.period.dates()) {
            MailDay day = m_mailDays.value(date);
            day.date = date;
            days.append(day);
        }
        m_result.mailDays = days;
    }
    if (!m_result.loginError && !m_loginDays.isEmpty()) {
        m_result.loginDays = m_loginDays.values();
    }
    if (m_result.provinceError) {
        m_result.provinces.clear();
    }
    if (m_result.funnelError) {
        m_result.funnel.reset();
    }
    Q_EMIT finished();
}

} // namespace dm
