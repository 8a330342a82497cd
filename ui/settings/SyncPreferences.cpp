#include "ui/settings/SyncPreferences.h"

#include <QSettings>

#include <algorithm>

namespace dm {

namespace {

const auto kInterval = QStringLiteral("sync/intervalMinutes");
const auto kHistoryDays = QStringLiteral("sync/historyDays");
const auto kStaleHours = QStringLiteral("sync/staleAfterHours");
const auto kPurgeDays = QStringLiteral("cache/purgeDays");

int bounded(const QVariant& value, int fallback, int low, int high)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? std::clamp(number, low, high) : fallback;
}

} // namespace

QString SyncPreferences::groupOf(const QUuid& profile)
{
    return QStringLiteral("profiles/%1/preferences").arg(profile.toString(QUuid::WithoutBraces));
}

SyncPreferences SyncPreferences::load(QSettings& settings, const QUuid& profile)
{
    // A value edited by hand outside its range is read as the nearest one allowed.
    SyncPreferences preferences;
    settings.beginGroup(groupOf(profile));
    preferences.intervalMinutes =
        bounded(settings.value(kInterval), preferences.intervalMinutes, 0, kMaxIntervalMinutes);
    preferences.historyDays =
        bounded(settings.value(kHistoryDays), preferences.historyDays, kMinHistoryDays, kMaxHistoryDays);
    preferences.staleAfterHours = bounded(settings.value(kStaleHours), preferences.staleAfterHours, 0, kMaxStaleHours);
    preferences.purgeDays = bounded(settings.value(kPurgeDays), preferences.purgeDays, 1, kMaxPurgeDays);
    settings.endGroup();
    return preferences;
}

bool SyncPreferences::save(QSettings& settings, const QUuid& profile) const
{
    settings.beginGroup(groupOf(profile));
    settings.setValue(kInterval, intervalMinutes);
    settings.setValue(kHistoryDays, historyDays);
    settings.setValue(kStaleHours, staleAfterHours);
    settings.setValue(kPurgeDays, purgeDays);
    settings.endGroup();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

std::optional<QString> SyncPreferences::historyDaysProblem(int days)
{
    if (days >= kMinHistoryDays && days <= kMaxHistoryDays) {
        return std::nullopt;
    }
    return tr("History (days): enter a number of days from %1 to %2.").arg(kMinHistoryDays).arg(kMaxHistoryDays);
}

} // namespace dm
