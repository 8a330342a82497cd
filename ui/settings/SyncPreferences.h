#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

class QSettings;

namespace dm {

// A profile's sync and cache preferences, kept beside the profile (ProfileStore) under
// profiles/<profile uuid>/preferences/sync/... and .../cache/....
struct SyncPreferences
{
    Q_DECLARE_TR_FUNCTIONS(SyncPreferences)

public:
    static constexpr int kMinHistoryDays = 1;
    static constexpr int kMaxHistoryDays = 3650;
    static constexpr int kMaxIntervalMinutes = 24 * 60;
    static constexpr int kMaxStaleHours = 24 * 365;
    static constexpr int kMaxPurgeDays = 3650;

    int intervalMinutes = 0;  // automatic sync while the profile is open; 0: off
    int historyDays = 180;    // how far back the first sync of each log reaches
    int staleAfterHours = 24; // the log pages warn when their data is older; 0: never
    int purgeDays = 365;      // the last "purge logs older than" the user chose

    [[nodiscard]] static SyncPreferences load(QSettings& settings, const QUuid& profile);
    // False when the settings could not be written.
    [[nodiscard]] bool save(QSettings& settings, const QUuid& profile) const;

    // A translated sentence naming the field for a history outside kMinHistoryDays..kMaxHistoryDays.
    [[nodiscard]] static std::optional<QString> historyDaysProblem(int days);

    [[nodiscard]] static QString groupOf(const QUuid& profile);
};

} // namespace dm
