#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <optional>
#include <span>

namespace dm::sandbox {

// The fixed tables the generated court is drawn from: courts, places people log in from, names, units, documents.
// Plain data; the choices made from them live in Seeder and Simulator.

inline constexpr qint64 kMinuteMs = 60 * 1000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;
inline constexpr qint64 kHistoryMs = 180 * kDayMs; // the seeded history ends at the epoch and is this long
inline constexpr qint64 kChinaOffsetMs = 8 * kHourMs;

struct Court
{
    QStringView name;         // 广州市越秀区人民法院
    QStringView provinceAbbr; // 粤
    QStringView courtCode;    // 0104, as in (2026)粤0104民初1234号
    int location;             // index into locations(): the court's own city
    QStringView officeIpPrefix;
};

struct Location
{
    QStringView province;
    QStringView city;
    QStringView regionCode; // GB/T 2260 county-level code used for synthetic ID numbers
    std::span<const QStringView> ipPrefixes;
    bool remote; // rarely seen from a court's recipients: an abnormal login's typical origin
};

struct NameChar
{
    QStringView han;
    QStringView pinyin;
};

struct UnitSeed
{
    QStringView unitId;
    QStringView name;
    QStringView clerkPrefix; // clerk accounts are <prefix>clerk01, <prefix>clerk02
};

// A kind of case: the code in the case number, the unit that hears it and the documents it sends.
struct CaseKind
{
    QStringView code; // 民初
    QStringView unitId;
    std::span<const QStringView> documents; // 开庭传票, 判决书... in the order a case usually sends them
};

[[nodiscard]] std::span<const Court> courts();
[[nodiscard]] std::span<const Location> locations();
[[nodiscard]] std::span<const NameChar> surnames();
[[nodiscard]] std::span<const int> surnameWeights();
[[nodiscard]] std::span<const NameChar> givenNameChars();
[[nodiscard]] std::span<const QStringView> mobilePrefixes();
[[nodiscard]] std::span<const UnitSeed> units(); // below the root unit
[[nodiscard]] std::span<const CaseKind> caseKinds();
[[nodiscard]] std::span<const int> caseKindWeights();
// Relative activity per hour of the day in China (UTC+8), 0..23.
[[nodiscard]] std::span<const int> hourlyActivity();

// The login methods (login_logs.method) and how often recipients prefer each.
[[nodiscard]] std::span<const QStringView> loginMethods();
[[nodiscard]] std::span<const int> loginMethodWeights();

// How much the seeder generates for a --scale, and from it the simulation's rates.
struct ScalePlan
{
    int recipients = 0;
    qint64 logins = 0;
    qint64 mails = 0;
    qint64 operations = 0;

    // small | default | large | a positive number of log rows; std::nullopt for anything else.
    [[nodiscard]] static std::optional<ScalePlan> parse(const QString& scale);
    // Events per millisecond of platform time, as seeded over kHistoryMs.
    [[nodiscard]] double loginRate() const { return static_cast<double>(logins) / kHistoryMs; }
    [[nodiscard]] double mailRate() const { return static_cast<double>(mails) / kHistoryMs; }
    [[nodiscard]] double operationRate() const { return static_cast<double>(operations) / kHistoryMs; }
};

} // namespace dm::sandbox
