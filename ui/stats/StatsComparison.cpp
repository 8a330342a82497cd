#include "ui/stats/StatsComparison.h"

#include "ui/stats/ChartSupport.h"

#include <QDateTime>
#include <QLocale>

#include <functional>

namespace dm {

namespace {

constexpr int kDatesNamed = 5;

ComparisonRow row(const QString& figure, std::optional<qint64> platform, qint64 cache, const QString& absentReason)
{
    ComparisonRow result;
    result.figure = figure;
    result.platform = platform;
    result.cache = cache;
    result.platformAbsentReason = platform ? QString() : absentReason;
    return result;
}

bool anyDifference(const QList<ComparisonRow>& rows)
{
    for (const ComparisonRow& each : rows) {
        const auto diff = ComparisonModel::difference(each);
        if (diff && *diff != 0) {
            return true;
        }
    }
    return false;
}

// The dates on which `differs(i)` holds, for the days of a period.
QList<QDate> differingDates(const QList<QDate>& dates, const std::function<bool(qsizetype)>& differs)
{
    QList<QDate> found;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        if (differs(i)) {
            found.append(dates.at(i));
        }
    }
    return found;
}

} // namespace

QString StatsComparison::sectionAbsentReason(const PlatformStats* platform, const std::optional<ApiError>& sectionError,
                                             const QString& pageReason)
{
    if (platform == nullptr) {
        return pageReason;
    }
    if (!platform->unavailable.isEmpty()) {
        return platform->unavailable;
    }
    if (sectionError) {
        return tr("The platform's figures could not be read: %1").arg(sectionError->message());
    }
    return pageReason;
}

QString StatsComparison::cacheOnly()
{
    return tr("The platform does not count this; the figure is the cache's.");
}

QString StatsComparison::moment(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString StatsComparison::dateList(const QList<QDate>& dates)
{
    QStringList named;
    for (qsizetype i = 0; i < dates.size() && i < kDatesNamed; ++i) {
        named.append(ChartSupport::dayLabel(dates.at(i)));
    }
    const QString list = named.join(tr(", "));
    const auto more = static_cast<int>(dates.size() - named.size());
    return more > 0 ? tr("%1 and %n more day(s)", nullptr, more).arg(list) : list;
}

QString StatsComparison::coverageReason(const LogCoverage& coverage, const StatsPeriod& period, CoveredLog log)
{
    // Whole sentences per log: a log's name is a noun that other languages inflect or place differently.
    const bool mail = log == CoveredLog::Mail;
    if (!coverage.syncedTo) {
        return mail ? tr("The mail log has not been synced into the cache yet.")
                    : tr("The login log has not been synced into the cache yet.");
    }
    if (*coverage.syncedTo < period.endMs()) {
        return (mail ? tr("The cache holds the mail log up to %1; what happened later is not in it yet. Sync to "
                          "compare.")
                     : tr("The cache holds the login log up to %1; what happened later is not in it yet. Sync to "
                          "compare."))
            .arg(moment(*coverage.syncedTo));
    }
    if (coverage.historyStart && *coverage.historyStart > period.startMs()) {
        return (mail ? tr("The cache holds the mail log from %1 on only.")
                     : tr("The cache holds the login log from %1 on only."))
            .arg(moment(*coverage.historyStart));
    }
    return tr("The platform's figures changed after the cache's last sync (up to %1). Sync to bring the cache up to "
              "date.")
        .arg(moment(*coverage.syncedTo));
}

StatsComparison::Section StatsComparison::mails(const CacheStats& cache, const PlatformStats* platform,
                                                const QString& absentReason)
{
    const bool known = platform != nullptr && platform->mailDays && platform->mailDays->size() == cache.mailDays.size();
    const QString why =
        known ? QString() : sectionAbsentReason(platform, platform ? platform->mailError : std::nullopt, absentReason);
    MailDayCounts cacheTotal;
    MailDay platformTotal;
    for (qsizetype i = 0; i < cache.mailDays.size(); ++i) {
        const MailDayCounts& day = cache.mailDays.at(i);
        cacheTotal.sent += day.sent;
        cacheTotal.delivered += day.delivered;
        cacheTotal.notDelivered += day.notDelivered;
        cacheTotal.read += day.read;
        for (std::size_t n = 0; n < day.readWithin.size(); ++n) {
            cacheTotal.readWithin.at(n) += day.readWithin.at(n);
        }
        if (known) {
            platformTotal.sent += platform->mailDays->at(i).sent;
            platformTotal.delivered += platform->mailDays->at(i).delivered;
            platformTotal.read += platform->mailDays->at(i).read;
        }
    }
    const auto given = [known](qint64 value) { return known ? std::optional(value) : std::nullopt; };
    Section section;
    section.rows << row(tr("Documents sent"), given(platformTotal.sent), cacheTotal.sent, why)
                 << row(tr("Delivered"), given(platformTotal.delivered), cacheTotal.delivered, why)
                 << row(tr("Not delivered (intercepted, spam, deferred)"),
                        given(platformTotal.sent - platformTotal.delivered), cacheTotal.notDelivered, why)
                 << row(tr("Read"), given(platformTotal.read), cacheTotal.read, why);
    if (known) {
        section.rows[2].platformNote = tr("Documents sent minus delivered, as the platform counts them.");
        section.rows[3].platformNote = tr("Read by now; the cache knows the reads up to its last sync.");
    }
    for (std::size_t n = 0; n < MailDayCounts::kReadWithinDays.size(); ++n) {
        section.rows << row(tr("Read within %n day(s) of delivery", nullptr, MailDayCounts::kReadWithinDays.at(n)),
                            std::nullopt, cacheTotal.readWithin.at(n), cacheOnly());
    }

    QStringList note;
    if (!known) {
        note << tr("The platform's figures are not shown: %1 The figures are the cache's.").arg(why);
        section.warning = platform != nullptr && (!platform->unavailable.isEmpty() || platform->mailError);
    } else {
        const QList<QDate> dates = differingDates(cache.period.dates(), [&](qsizetype i) {
            const MailDay& theirs = platform->mailDays->at(i);
            const MailDayCounts& ours = cache.mailDays.at(i);
            return theirs.sent != ours.sent || theirs.delivered != ours.delivered || theirs.read != ours.read;
        });
        if (!dates.isEmpty() || anyDifference(section.rows)) {
            note << tr("The figures differ on %1.").arg(dateList(dates))
                 << coverageReason(cache.mailCoverage, cache.period, CoveredLog::Mail);
            section.warning = true;
        } else {
            note << tr("The platform and the cache agree on every day of the period.");
        }
    }
    note << tr("How soon documents were read is known to the cache only.");
    section.note = note.join(QLatin1Char(' '));
    return section;
}

StatsComparison::Section StatsComparison::logins(const CacheStats& cache, const PlatformStats* platform,
                                                 const QString& absentReason)
{
    const bool known =
        platform != nullptr && platform->loginDays && platform->loginDays->size() == cache.loginDays.size();
    const QString why =
        known ? QString() : sectionAbsentReason(platform, platform ? platform->loginError : std::nullopt, absentReason);
    LoginDayCounts cacheTotal;
    LoginDayCounts platformTotal;
    for (qsizetype i = 0; i < cache.loginDays.size(); ++i) {
        cacheTotal.normal += cache.loginDays.at(i).normal;
        cacheTotal.abnormal += cache.loginDays.at(i).abnormal;
        if (known) {
            platformTotal.normal += platform->loginDays->at(i).normal;
            platformTotal.abnormal += platform->loginDays->at(i).abnormal;
        }
    }
    const auto given = [known](qint64 value) { return known ? std::optional(value) : std::nullopt; };
    Section section;
    section.rows << row(tr("Normal logins"), given(platformTotal.normal), cacheTotal.normal, why)
                 << row(tr("Abnormal logins"), given(platformTotal.abnormal), cacheTotal.abnormal, why)
                 << row(tr("All logins"), given(platformTotal.total()), cacheTotal.total(), why);
    if (!known) {
        section.note = tr("The platform's figures are not shown: %1 The figures are the cache's.").arg(why);
        section.warning = platform != nullptr && (!platform->unavailable.isEmpty() || platform->loginError);
        return section;
    }
    const QList<QDate> dates = differingDates(
        cache.period.dates(), [&](qsizetype i) { return platform->loginDays->at(i) != cache.loginDays.at(i); });
    if (dates.isEmpty()) {
        section.note = tr("The platform and the cache agree on every day of the period.");
        return section;
    }
    section.note = tr("The figures differ on %1.").arg(dateList(dates)) + QLatin1Char(' ') +
                   coverageReason(cache.loginCoverage, cache.period, CoveredLog::Login);
    section.warning = true;
    return section;
}

StatsComparison::Section StatsComparison::provinces(const CacheStats& cache, const PlatformStats* platform,
                                                    const QString& absentReason)
{
    const QString why = sectionAbsentReason(platform, platform ? platform->provinceError : std::nullopt, absentReason);
    Section section;
    bool missing = false;
    for (const ProvinceCount& province : cache.provinces) {
        std::optional<qint64> theirs;
        if (platform != nullptr && platform->provinces.contains(province.province)) {
            theirs = platform->provinces.value(province.province);
        }
        missing = missing || !theirs;
        section.rows << row(province.province, theirs, province.logins, why);
    }
    QStringList note;
    note << tr("The cache ranks the provinces by its own count; the platform gives the count of each.");
    if (cache.provinces.isEmpty()) {
        note << tr("The cache holds no located logins in the period.");
    } else if (missing) {
        note << tr("The platform's figures are not shown: %1").arg(why);
        section.warning = platform != nullptr && (!platform->unavailable.isEmpty() || platform->provinceError);
    } else if (anyDifference(section.rows)) {
        note << coverageReason(cache.loginCoverage, cache.period, CoveredLog::Login);
        section.warning = true;
    } else {
        note << tr("The platform and the cache agree for every province shown.");
    }
    section.note = note.join(QLatin1Char(' '));
    return section;
}

StatsComparison::Section StatsComparison::funnel(const CacheStats& cache, const PlatformStats* platform,
                                                 const QString& absentReason)
{
    const bool known = platform != nullptr && platform->funnel.has_value();
    const QString why =
        known ? QString()
              : sectionAbsentReason(platform, platform ? platform->funnelError : std::nullopt, absentReason);
    const ActivationFunnel theirs = known ? *platform->funnel : ActivationFunnel();
    const auto given = [known](qint64 value) { return known ? std::optional(value) : std::nullopt; };
    Section section;
    section.rows << row(tr("Created"), given(theirs.created), cache.funnel.created, why)
                 << row(tr("Activation SMS sent"), given(theirs.smsSent), cache.funnel.smsSent, why)
                 << row(tr("First login"), given(theirs.firstLogin), cache.funnel.firstLogin, why)
                 << row(tr("Activated"), given(theirs.activated), cache.funnel.activated, why);
    if (!known) {
        section.note = tr("The platform's figures are not shown: %1 The funnel shows the cache's.").arg(why);
        section.warning = platform != nullptr && (!platform->unavailable.isEmpty() || platform->funnelError);
    } else if (anyDifference(section.rows)) {
        section.note = tr("Accounts changed on the platform after the cache's last sync of the accounts (created, "
                          "deleted or further in activation). Sync to bring the cache up to date.");
        section.warning = true;
    } else {
        section.note = tr("The funnel shows the platform's figures; the cache agrees.");
    }
    return section;
}

} // namespace dm
