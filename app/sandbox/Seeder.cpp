#include "sandbox/Seeder.h"

#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/Mobile.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <array>

namespace dm::sandbox {
namespace {

constexpr std::array<int, 3> kNameStyleWeights{55, 20, 25}; // full pinyin, surname + initials, "d" + digits
constexpr double kDisabledShare = 0.02;
constexpr double kDeletedShare = 0.01;

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}

} // namespace

Seeder::Seeder(PlatformDb& platform, const QString& domain, quint64 seed, ScalePlan plan, qint64 epochMs)
    : m_platform(platform)
    , m_model(seed, domain)
    , m_plan(plan)
    , m_epoch(epochMs)
    , m_start(epochMs - kHistoryMs)
    , m_prng(seed)
{
    m_admin.accountName = QStringLiteral("admin");
    m_admin.unitId = QStringLiteral("root");
    m_admin.home = m_model.court().location;
    m_admin.staff = true;
}

Expected<void, QString> Seeder::seedIfNeeded(PlatformDb& platform, const QString& domain, const Options& options)
{
    if (platform.isSeeded()) {
        return {};
    }
    const auto plan = ScalePlan::parse(options.scale);
    if (!plan) {
        return Unexpected{QStringLiteral("--scale expects small, default, large or a number of log rows")};
    }
    const qint64 epoch = options.epochMs.value_or(options.wallNowMs - options.wallNowMs % kDayMs);
    QElapsedTimer timer;
    timer.start();
    Seeder seeder(platform, domain, options.seed, *plan, epoch);
    seeder.makeStaff();
    seeder.makeRecipients();
    seeder.makeOperations(); // before the accounts are written: edits move updated_at
    seeder.makeMails();
    seeder.makeLogins();
    if (auto written = seeder.write(); !written) {
        return written;
    }
    const bool recorded = platform.setFact(QStringLiteral("seed"), QString::number(options.seed)) &&
                          platform.setFact(QStringLiteral("scale"), options.scale) &&
                          platform.setFact(QStringLiteral("epochMs"), QString::number(epoch)) &&
                          platform.setFact(QStringLiteral("seededAt"), QString::number(options.wallNowMs));
    if (!recorded) {
        return Unexpected{QStringLiteral("cannot record the seeding facts")};
    }
    qInfo().noquote() << QStringLiteral("dmsandbox: seeded %1 accounts, %2 logins, %3 mails, %4 operations in %5 s")
                             .arg(seeder.m_accounts.size())
                             .arg(seeder.m_logins.size())
                             .arg(seeder.m_mails.size())
                             .arg(seeder.m_operations.size())
                             .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1);
    return {};
}

void Seeder::makeStaff()
{
    const auto allUnits = units();
    const auto addStaff = [this](const QString& accountName, const QString& unitId, int method) {
        Account account;
        account.person.accountName = accountName;
        account.person.unitId = unitId;
        account.person.home = m_model.court().location;
        account.person.method = method;
        account.person.staff = true;
        const auto& surname = surnames()[static_cast<std::size_t>(m_prng.weighted(surnameWeights()))];
        account.name = surname.han.toString() + m_prng.pick(givenNameChars()).han.toString();
        makeIdentity(account, m_model.court().location);
        m_usedNames.insert(accountName);
        // The court's own mailboxes were set up in the first days of the history and activated at once.
        account.createdAt = m_model.activeTime(m_prng, m_start, m_start + 2 * kDayMs, true);
        account.smsSentAt = account.createdAt + m_prng.between(3000, 30000);
        account.firstLoginAt = account.createdAt + m_prng.between(10 * kMinuteMs, 3 * kHourMs);
        account.activatedAt = account.firstLoginAt + m_prng.between(kMinuteMs, 10 * kMinuteMs);
        account.updatedAt = account.activatedAt;
        m_accounts.push_back(std::move(account));
    };
    for (std::size_t unit = 0; unit < allUnits.size(); ++unit) {
        for (int clerk = 1; clerk <= 2; ++clerk) {
            addStaff(CourtModel::clerkAccount(static_cast<int>(unit), clerk), allUnits[unit].unitId.toString(), 0);
        }
    }
    addStaff(CourtModel::systemAccount(), allUnits.back().unitId.toString(), 6); // sends by SMTP
    m_accounts.back().name = QStringLiteral("公文送达系统");
    std::stable_sort(m_accounts.begin(), m_accounts.end(),
                     [](const Account& a, const Account& b) { return a.createdAt < b.createdAt; });
    m_staffCount = static_cast<int>(m_accounts.size());
}

void Seeder::makeRecipients()
{
    std::vector<qint64> created(static_cast<std::size_t>(m_plan.recipients));
    for (qint64& time : created) {
        time = m_model.activeTime(m_prng, m_start + kDayMs, m_epoch - 10 * kMinuteMs, true);
    }
    std::sort(created.begin(), created.end());

    const Court& court = m_model.court();
    const auto all = locations();
    std::vector<int> sameProvince;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].province == all[static_cast<std::size_t>(court.location)].province &&
            static_cast<int>(i) != court.location) {
            sameProvince.push_back(static_cast<int>(i));
        }
    }
    QHash<QString, int> nextCaseNumber; // per year and kind, numbers grow through the year
    for (const qint64 createdAt : created) {
        Account account;
        account.createdAt = createdAt;
        const Account* previous =
            m_accounts.size() > static_cast<std::size_t>(m_staffCount) ? &m_accounts.back() : nullptr;
        if (previous && m_prng.chance(0.2)) { // another party to the same case
            account.person.caseNumber = previous->person.caseNumber;
            account.person.caseKind = previous->person.caseKind;
            account.person.unitId = previous->person.unitId;
        } else {
            const int kind = static_cast<int>(m_prng.weighted(caseKindWeights()));
            const CaseKind& caseKind = caseKinds()[static_cast<std::size_t>(kind)];
            const int year = QDate::fromJulianDay((createdAt + kChinaOffsetMs) / kDayMs + 2440588).year();
            const QString counterKey = QString::number(year) + caseKind.code.toString();
            int& number = nextCaseNumber[counterKey];
            number = number == 0 ? static_cast<int>(m_prng.between(1, 300))
                                 : number + static_cast<int>(m_prng.between(1, 12));
            account.person.caseKind = kind;
            account.person.unitId = caseKind.unitId.toString();
            account.person.caseNumber = QLatin1Char('(') + QString::number(year) + QLatin1Char(')') +
                                        court.provinceAbbr.toString() + court.courtCode.toString() +
                                        caseKind.code.toString() + QString::number(number) + QStringLiteral("号");
        }
        const double where = m_prng.uniform();
        int home = court.location;
        if (where >= 0.6 && where < 0.8 && !sameProvince.empty()) {
            home = sameProvince[static_cast<std::size_t>(m_prng.below(sameProvince.size()))];
        } else if (where >= 0.8) {
            home = static_cast<int>(m_prng.below(30));
        }
        account.person.home = home;

        const int surname = static_cast<int>(m_prng.weighted(surnameWeights()));
        std::vector<int> given{static_cast<int>(m_prng.below(givenNameChars().size()))};
        if (surnames()[static_cast<std::size_t>(surname)].han.size() == 1 && m_prng.chance(0.7)) {
            given.push_back(static_cast<int>(m_prng.below(givenNameChars().size())));
        }
        account.name = surnames()[static_cast<std::size_t>(surname)].han.toString();
        for (const int character : given) {
            account.name += givenNameChars()[static_cast<std::size_t>(character)].han.toString();
        }
        account.person.accountName = uniqueAccountName(surname, given);
        account.person.method = m_model.preferredMethod(account.person.accountName);
        makeIdentity(account, home);
        makeActivation(account);
        m_accounts.push_back(std::move(account));
    }
    // A few mailboxes were disabled or deleted after their last activity (a case closed, a party replaced).
    for (std::size_t i = static_cast<std::size_t>(m_staffCount); i < m_accounts.size(); ++i) {
        Account& account = m_accounts[i];
        const double fate = m_prng.uniform();
        const qint64 from = account.updatedAt + kDayMs;
        if (fate >= kDisabledShare + kDeletedShare || from >= m_epoch - kHourMs) {
            continue;
        }
        const qint64 when = m_model.activeTime(m_prng, from, m_epoch - kHourMs, true);
        (fate < kDisabledShare ? account.disabledAt : account.deletedAt) = when;
        account.updatedAt = when;
    }
    std::stable_sort(m_accounts.begin() + m_staffCount, m_accounts.end(),
                     [](const Account& a, const Account& b) { return a.createdAt < b.createdAt; });
}

void Seeder::makeIdentity(Account& account, int home)
{
    const QString region = locations()[static_cast<std::size_t>(home)].regionCode.toString();
    const qint64 firstDay = QDate(1940, 1, 1).toJulianDay();
    const qint64 lastDay = QDate(2005, 12, 31).toJulianDay();
    for (;;) {
        const QDate birth = QDate::fromJulianDay(m_prng.between(firstDay, lastDay));
        const QString first17 = region + QString::number(birth.year()) + twoDigits(birth.month()) +
                                twoDigits(birth.day()) +
                                QString::number(m_prng.between(0, 999)).rightJustified(3, QLatin1Char('0'));
        const auto check = IdCard::checkCharacter(first17);
        if (!check) {
            continue;
        }
        const QString number = first17 + *check;
        if (IdCard::parse(number) && !m_usedIds.contains(number)) {
            m_usedIds.insert(number);
            account.idNumber = number;
            break;
        }
    }
    for (;;) {
        const QString number = m_prng.pick(mobilePrefixes()).toString() +
                               QString::number(m_prng.between(0, 99999999)).rightJustified(8, QLatin1Char('0'));
        if (Mobile::parse(number) && !m_usedMobiles.contains(number)) {
            m_usedMobiles.insert(number);
            account.mobile = number;
            break;
        }
    }
}

QString Seeder::uniqueAccountName(int surname, const std::vector<int>& given)
{
    const QString family = surnames()[static_cast<std::size_t>(surname)].pinyin.toString();
    QString full = family;
    QString initials = family;
    for (const int character : given) {
        const QStringView pinyin = givenNameChars()[static_cast<std::size_t>(character)].pinyin;
        full += pinyin;
        initials += pinyin.first(1);
    }
    const qsizetype style = m_prng.weighted(kNameStyleWeights);
    const auto usable = [this](const QString& name) {
        return !m_usedNames.contains(name) && AccountName::parse(name).hasValue();
    };
    QString name;
    if (style == 2) {
        do {
            name = QLatin1Char('d') + QString::number(m_prng.between(100000, 9999999));
        } while (!usable(name));
    } else {
        const QString base = style == 0 ? full : initials;
        name = base;
        for (int suffix = 2; !usable(name); ++suffix) {
            name = base + QString::number(suffix);
        }
    }
    m_usedNames.insert(name);
    return name;
}

void Seeder::makeActivation(Account& account)
{
    account.smsSentAt = account.createdAt + m_prng.between(3000, 60000);
    qint64 first = -1;
    if (!m_model.neverLogsIn(account.person.accountName)) {
        const double delay = m_prng.logNormal(static_cast<double>(18 * kHourMs), 1.5);
        first = account.createdAt + std::clamp<qint64>(static_cast<qint64>(delay), 3 * kMinuteMs, 150 * kDayMs);
        first = m_model.activeTime(m_prng, first, first + 3 * kHourMs, false);
        if (first >= m_epoch) {
            first = -1; // still pending at the epoch: the simulation may log them in later
        }
    }
    account.firstLoginAt = first;
    if (first >= 0 && !m_model.stopsAtFirstLogin(account.person.accountName)) {
        const double delay = m_prng.logNormal(static_cast<double>(4 * kMinuteMs), 0.7);
        const qint64 activated = first + std::clamp<qint64>(static_cast<qint64>(delay), 30000, 2 * kHourMs);
        account.activatedAt = activated < m_epoch ? activated : -1;
    }
    // The slow ones were reminded: the activation SMS resent after 3, 7 and 14 days.
    const qint64 waitedUntil = first >= 0 ? first : m_epoch;
    for (const int days : {3, 7, 14}) {
        const qint64 at = m_model.activeTime(m_prng, account.createdAt + days * kDayMs,
                                             account.createdAt + days * kDayMs + 8 * kHourMs, true);
        if (at >= waitedUntil) {
            break;
        }
        account.reminderAt[static_cast<std::size_t>(account.reminders++)] = at;
        account.smsSentAt = at;
    }
    account.updatedAt = std::max({account.createdAt, account.smsSentAt, account.firstLoginAt, account.activatedAt});
}

qint64 Seeder::endOf(const Account& account) const
{
    qint64 end = m_epoch;
    if (account.disabledAt >= 0) {
        end = std::min(end, account.disabledAt);
    }
    if (account.deletedAt >= 0) {
        end = std::min(end, account.deletedAt);
    }
    return end;
}

const Person& Seeder::personOf(qint32 index) const
{
    return index < 0 ? m_admin : m_accounts[static_cast<std::size_t>(index)].person;
}

} // namespace dm::sandbox
