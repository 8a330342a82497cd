#include "sandbox/CourtModel.h"

#include "sandbox/LoginGate.h"

#include <array>

namespace dm::sandbox {
namespace {

const Court& courtFor(quint64 seed)
{
    const auto all = courts();
    // Seed 1 (the default) is the court the documentation shows.
    return all[static_cast<std::size_t>((seed + all.size() - 1) % all.size())];
}

// Day of the week in China, 0 = Monday (1970-01-01 was a Thursday).
int chinaWeekday(qint64 time)
{
    const qint64 days = (time + kChinaOffsetMs) / kDayMs;
    return static_cast<int>((days + 3) % 7);
}

int chinaHour(qint64 time)
{
    return static_cast<int>(((time + kChinaOffsetMs) % kDayMs) / kHourMs);
}

constexpr double kOfficeWeekend = 0.08; // clerks rarely work at weekends
constexpr double kPublicWeekend = 0.6;

constexpr std::array<MailStatus, 4> kIncomingStatuses{MailStatus::Received, MailStatus::Spam, MailStatus::Intercepted,
                                                      MailStatus::Deferred};
constexpr std::array<MailStatus, 4> kOutgoingStatuses{MailStatus::Delivered, MailStatus::Deferred, MailStatus::Failed,
                                                      MailStatus::Bounced};
constexpr std::array<int, 4> kIncomingStatusWeights{965, 15, 12, 8};  // received, spam, intercepted, deferred
constexpr std::array<int, 4> kOutgoingStatusWeights{920, 30, 30, 20}; // delivered, deferred, failed, bounced
constexpr std::array<QStringView, 7> kStatusNames{u"received",  u"spam",   u"intercepted", u"deferred",
                                                  u"delivered", u"failed", u"bounced"};
constexpr std::array<QStringView, 3> kReadClients{u"webmail", u"mailmaster", u"wechat"};
constexpr std::array<QStringView, 10> kActionCodes{
    u"createAccount", u"updateAccount",    u"updatePassword", u"moveUnit",        u"disableAccount",
    u"deleteAccount", u"resendActivation", u"updatePolicy",   u"setLoginDefault", u"exportLogs"};
constexpr std::array<QStringView, 4> kEditedItems{u"姓名", u"手机号", u"工号", u"通讯录可见"};
constexpr std::array<QStringView, 3> kExportRemarks{u"导出登录日志", u"导出收发信日志", u"导出操作日志"};

// "58.248." -> (58 << 24 | 248 << 16, 2).
std::pair<quint32, int> parsePrefix(QStringView prefix)
{
    quint32 value = 0;
    int parts = 0;
    for (const QStringView part : prefix.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        value |= part.toUInt() << (8 * (3 - parts));
        ++parts;
    }
    return {value, parts};
}

quint32 fillIp(Prng& prng, std::pair<quint32, int> prefix)
{
    quint32 value = prefix.first;
    for (int part = prefix.second; part < 4; ++part) {
        value |= static_cast<quint32>(prng.between(1, 254)) << (8 * (3 - part));
    }
    return value;
}

QString ipText(quint32 ip)
{
    return QString::number(ip >> 24) + QLatin1Char('.') + QString::number((ip >> 16) & 0xff) + QLatin1Char('.') +
           QString::number((ip >> 8) & 0xff) + QLatin1Char('.') + QString::number(ip & 0xff);
}

} // namespace

CourtModel::CourtModel(quint64 seed, QString domain)
    : m_seed(seed)
    , m_domain(std::move(domain))
    , m_court(courtFor(seed))
    , m_officePrefix(parsePrefix(m_court.officeIpPrefix))
{
    for (const Location& place : locations()) {
        std::vector<std::pair<quint32, int>> parsed;
        for (const QStringView prefix : place.ipPrefixes) {
            parsed.push_back(parsePrefix(prefix));
        }
        m_prefixes.push_back(std::move(parsed));
    }
}

QString CourtModel::address(const QString& accountName) const
{
    return accountName + QLatin1Char('@') + m_domain;
}

QString CourtModel::clerkAccount(int unit, int number)
{
    return units()[static_cast<std::size_t>(unit)].clerkPrefix.toString() + QStringLiteral("clerk") +
           QString::number(number).rightJustified(2, QLatin1Char('0'));
}

int CourtModel::unitIndex(QStringView unitId)
{
    const auto all = units();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].unitId == unitId) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

bool CourtModel::neverLogsIn(const QString& accountName) const
{
    return stableFraction(m_seed, accountName) < kNeverLogsInShare;
}

bool CourtModel::stopsAtFirstLogin(const QString& accountName) const
{
    const double fraction = stableFraction(m_seed, accountName);
    return fraction >= kNeverLogsInShare && fraction < kNeverLogsInShare + kStopsAtFirstLoginShare;
}

int CourtModel::preferredMethod(const QString& accountName) const
{
    Prng prng(stableHash(m_seed ^ 0x6d657468u, accountName));
    return static_cast<int>(prng.weighted(loginMethodWeights()));
}

int CourtModel::homeOf(QStringView idNumber) const
{
    const auto all = locations();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (idNumber.startsWith(all[i].regionCode)) {
            return static_cast<int>(i);
        }
    }
    return m_court.location;
}

int CourtModel::caseKindOf(QStringView caseNumber, QStringView unitId)
{
    const auto kinds = caseKinds();
    int match = 0;
    bool found = false;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        // The number is "(2026)粤0104民初1234号": the kind code follows the court code's digits.
        const qsizetype at = caseNumber.indexOf(kinds[i].code);
        if (at > 0 && caseNumber.at(at - 1).isDigit()) {
            if (!found || kinds[i].unitId == unitId) {
                match = static_cast<int>(i);
            }
            found = true;
        }
    }
    return match;
}

double CourtModel::activityAt(qint64 time, bool office)
{
    const auto hourly = hourlyActivity();
    const double weekend = chinaWeekday(time) >= 5 ? (office ? kOfficeWeekend : kPublicWeekend) : 1.0;
    double weight = hourly[static_cast<std::size_t>(chinaHour(time))];
    if (office && (chinaHour(time) < 8 || chinaHour(time) >= 19)) {
        weight *= 0.05;
    }
    return weekend * weight / 34.0; // 34 is the busiest hour's weight
}

double CourtModel::meanActivity(bool office)
{
    double sum = 0;
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            // 1970-01-05 00:00 China time was a Monday.
            sum += activityAt((4 + day) * kDayMs - kChinaOffsetMs + hour * kHourMs, office);
        }
    }
    return sum / (7 * 24);
}

qint64 CourtModel::activeTime(Prng& prng, qint64 from, qint64 to, bool office) const
{
    if (to <= from) {
        return from;
    }
    qint64 time = from;
    for (int attempt = 0; attempt < 64; ++attempt) {
        time = prng.between(from, to - 1);
        if (prng.uniform() < activityAt(time, office)) {
            break;
        }
    }
    return time;
}

quint32 CourtModel::randomIp(Prng& prng, int location) const
{
    const auto& prefixes = m_prefixes[static_cast<std::size_t>(location)];
    return fillIp(prng, prefixes[static_cast<std::size_t>(prng.below(prefixes.size()))]);
}

quint32 CourtModel::homeIp(const Person& person) const
{
    Prng prng(stableHash(m_seed ^ 0x6970u, person.accountName));
    return randomIp(prng, person.home);
}

LoginEvent CourtModel::login(Prng& prng, qint32 index, const Person& person, qint64 time, int method) const
{
    LoginEvent event;
    event.time = time;
    event.person = index;
    event.method = static_cast<qint8>(method);
    if (person.staff) {
        event.location = static_cast<qint16>(m_court.location);
        event.ip = fillIp(prng, m_officePrefix);
        event.success = !prng.chance(0.01);
        return event;
    }
    event.location = static_cast<qint16>(person.home);
    if (prng.chance(0.07)) { // travelling, or a relative's phone in another city: not abnormal
        event.location = static_cast<qint16>(prng.below(30));
        event.ip = randomIp(prng, event.location);
    } else {
        event.ip = prng.chance(0.7) ? homeIp(person) : randomIp(prng, event.location);
    }
    return event;
}

LoginEvent CourtModel::abnormalLogin(Prng& prng, qint32 index, const Person& person, qint64 time) const
{
    const auto all = locations();
    const QStringView homeProvince = all[static_cast<std::size_t>(person.home)].province;
    int location = 0;
    do {
        location = prng.chance(0.6) ? static_cast<int>(all.size()) - 1 - static_cast<int>(prng.below(4))
                                    : static_cast<int>(prng.below(all.size()));
    } while (all[static_cast<std::size_t>(location)].province == homeProvince);
    LoginEvent event;
    event.time = time;
    event.person = index;
    event.method = static_cast<qint8>(prng.chance(0.5) ? 0 : 4); // webmail or imap
    event.location = static_cast<qint16>(location);
    event.ip = randomIp(prng, location);
    event.success = prng.chance(0.35);
    event.abnormal = true;
    return event;
}

MailEvent CourtModel::document(Prng& prng, qint32 index, const Person& person, qint64 time) const
{
    MailEvent event;
    event.time = time;
    event.person = index;
    event.idBits = prng.next();
    event.incoming = true;
    event.document =
        static_cast<qint8>(prng.below(caseKinds()[static_cast<std::size_t>(person.caseKind)].documents.size()));
    event.sender = prng.chance(0.25) ? -1 : static_cast<qint16>(unitIndex(person.unitId) * 2 + prng.below(2));
    event.status = kIncomingStatuses[static_cast<std::size_t>(prng.weighted(kIncomingStatusWeights))];
    return event;
}

MailEvent CourtModel::reply(Prng& prng, qint32 index, const Person& person, qint64 time) const
{
    MailEvent event = document(prng, index, person, time);
    event.incoming = false;
    if (event.sender < 0) {
        event.sender = 0; // the sending system takes no replies: the filing division's clerk does
    }
    event.status = kOutgoingStatuses[static_cast<std::size_t>(prng.weighted(kOutgoingStatusWeights))];
    return event;
}

std::optional<qint64> CourtModel::readDelay(Prng& prng)
{
    if (prng.chance(0.12)) {
        return std::nullopt;
    }
    const double delay = prng.logNormal(static_cast<double>(5 * kHourMs), 1.6);
    return std::clamp<qint64>(static_cast<qint64>(delay), 2 * kMinuteMs, 120 * kDayMs);
}

qint8 CourtModel::readClientFor(Prng& prng, int method)
{
    switch (method) {
    case 0:
        return 0;
    case 1:
    case 2:
        return 1;
    case 3:
        return 2;
    default:
        return static_cast<qint8>(prng.below(2)); // imap/pop/smtp users read in webmail or the app
    }
}

int CourtModel::methodForClient(Prng& prng, qint8 client)
{
    if (client == 1) {
        return prng.chance(0.8) ? 1 : 2; // the app, or its proprietary protocol
    }
    return client == 2 ? 3 : 0;
}

QString CourtModel::readClientName(qint8 client)
{
    return kReadClients[static_cast<std::size_t>(client)].toString();
}

LoginRow CourtModel::toRow(const LoginEvent& event, const Person& person) const
{
    const Location& place = locations()[static_cast<std::size_t>(event.location)];
    LoginRow row;
    row.time = event.time;
    row.accountName = person.accountName;
    row.method = loginMethods()[static_cast<std::size_t>(event.method)].toString();
    row.ip = ipText(event.ip);
    row.province = place.province.toString();
    row.city = place.city.toString();
    row.success = event.success;
    row.abnormal = event.abnormal;
    if (!event.success) {
        const auto refusal = static_cast<LoginGate::Refusal>(event.refusal);
        row.failReason =
            refusal == LoginGate::Refusal::None ? QStringLiteral("password") : LoginGate::reasonName(refusal);
    }
    return row;
}

MailRow CourtModel::toRow(const MailEvent& event, const Person& person) const
{
    const CaseKind& kind = caseKinds()[static_cast<std::size_t>(person.caseKind)];
    const QString staff =
        event.sender < 0 ? address(systemAccount()) : address(clerkAccount(event.sender / 2, event.sender % 2 + 1));
    MailRow row;
    row.time = event.time;
    row.incoming = event.incoming;
    row.messageId = QString::number(event.time, 36) + QLatin1Char('.') + QString::number(event.idBits, 16) +
                    QLatin1Char('@') + m_domain;
    const QString subject = QStringLiteral("关于") + person.caseNumber + QStringLiteral("案件的") +
                            kind.documents[static_cast<std::size_t>(event.document)].toString();
    row.subject = event.incoming ? subject : QStringLiteral("回复：") + subject;
    row.sender = event.incoming ? staff : address(person.accountName);
    row.recipient = event.incoming ? address(person.accountName) : staff;
    row.status = kStatusNames[static_cast<std::size_t>(event.status)].toString();
    if (event.readAt >= 0) {
        row.readAt = event.readAt;
        row.readClient = readClientName(event.readClient);
    }
    return row;
}

OperationRow CourtModel::toRow(const OperationEvent& event, const Person* person) const
{
    OperationRow row;
    row.time = event.time;
    row.operatorAddress = address(QStringLiteral("admin"));
    row.action = kActionCodes[static_cast<std::size_t>(event.action)].toString();
    row.success = event.success;
    row.ip = m_court.officeIpPrefix.toString() + QString::number(event.ipLast);
    const QString account = person ? address(person->accountName) : QString();
    row.target = person ? account : m_domain;
    // The remarks read as the account and policy endpoints write theirs; a refusal ends with ",原因:<RULE>".
    const QString named = QStringLiteral("帐号名称:") + account;
    const auto detail = static_cast<std::size_t>(event.detail);
    switch (event.action) {
    case Action::CreateAccount:
        row.remark = event.success ? named : named + QStringLiteral(",原因:ACCOUNT.EXIST");
        break;
    case Action::UpdateAccount:
        row.remark = named + QStringLiteral(",编辑项目:") + kEditedItems[detail % kEditedItems.size()].toString();
        break;
    case Action::ResetPassword:
        row.remark = named + QStringLiteral(",编辑项目:重置密码,下发方式:短信");
        break;
    case Action::MoveUnit:
        row.remark = named + QStringLiteral(",目标部门:") +
                     units()[static_cast<std::size_t>(unitIndex(person ? person->unitId : QString()))].name.toString();
        break;
    case Action::DisableAccount:
        row.remark = named + QStringLiteral(",状态:禁用");
        break;
    case Action::DeleteAccount:
        row.remark = named;
        break;
    case Action::ResendActivation:
        row.remark = named + QStringLiteral(",激活短信:重发");
        if (!event.success) {
            row.remark += QStringLiteral(",原因:SMS.TOO.FREQUENT");
        }
        break;
    case Action::UpdatePolicy: // only ever refused here: the seeded policy is the platform's default
        row.remark = QStringLiteral("更新送达策略:外部邮件=仅接收,原因:POLICY.VERSION.CONFLICT");
        break;
    case Action::SetLoginDefault:
        row.remark = (detail % 2 == 0 ? QStringLiteral("设置其他地区/ip(段):不允许登录")
                                      : QStringLiteral("设置其他地区/ip(段):允许登录")) +
                     QStringLiteral(",原因:LOGINRULE.VERSION.CONFLICT");
        break;
    case Action::ExportLogs:
        row.remark = kExportRemarks[detail % kExportRemarks.size()].toString();
        break;
    }
    return row;
}

} // namespace dm::sandbox
