#include "sandbox/EvidenceTrail.h"

#include "sandbox/Prng.h"

#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace dm::sandbox {
namespace {

// Separate generators per derived fact, so that none of them shifts another.
constexpr quint64 kIdStream = 0x6964ULL;            // "id"
constexpr quint64 kDownloadStream = 0x646f776eULL;  // "down"
constexpr quint64 kDownloadDelay = 0x64656c6179ULL; // "delay"
constexpr quint64 kSmsStream = 0x736d73ULL;         // "sms"
constexpr quint64 kSmsDelay = 0x736d7364ULL;        // "smsd"
constexpr double kDownloadShare = 0.7;
constexpr double kSmsFailedShare = 0.03;
constexpr qint64 kSmsPendingMs = 10 * 1000; // the gateway has not reported yet

// Accesses at the same millisecond: the login comes before what it made possible.
enum AccessOrder
{
    LoginOrder,
    OpenOrder,
    DownloadOrder,
    ReplyOrder,
};

struct Access
{
    qint64 time = 0;
    int order = LoginOrder;
    qint64 id = 0;
    QJsonObject json;
};

struct Place
{
    QString ip;
    QString province;
    QString city;
};

// Clients where the platform asks for the SMS code when the policy forces it; IMAP, POP and SMTP cannot.
bool asksSecondFactor(const QString& method)
{
    return method == u"webmail" || method == u"mailmaster" || method == u"wechat" || method == u"proprietary";
}

// Where the recipient last logged in successfully before `time`: the place an opening is attributed to.
Expected<Place, DbError> lastLoginBefore(Db& db, const QString& accountName, qint64 time)
{
    auto select = db.prepare("SELECT ip, province, city FROM login_logs WHERE account_name = ? AND time < ? "
                             "AND result = 'success' ORDER BY time DESC, id DESC LIMIT 1");
    if (!select) {
        return Unexpected{select.error()};
    }
    const auto found = select->bind(1, accountName).bind(2, time).step();
    if (!found) {
        return Unexpected{found.error()};
    }
    return found.value() ? Place{select->text(0), select->text(1), select->text(2)} : Place{};
}

void addPlace(QJsonObject& json, const Place& place)
{
    json.insert(QStringLiteral("ip"), place.ip);
    json.insert(QStringLiteral("province"), place.province);
    json.insert(QStringLiteral("city"), place.city);
}

// Runs `select` to the end, handing each row to `take`.
template <typename Take>
Expected<void, DbError> eachRow(Stmt& select, Take take)
{
    for (;;) {
        const auto row = select.step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!row.value()) {
            return {};
        }
        take(select);
    }
}

Expected<void, DbError> addLogins(Db& db, const EvidenceSubject& subject, std::vector<Access>& accesses)
{
    auto select = db.prepare("SELECT id, time, method, ip, province, city, result FROM login_logs "
                             "WHERE account_name = ? AND time >= ? ORDER BY time, id LIMIT ?");
    if (!select) {
        return Unexpected{select.error()};
    }
    select->bind(1, subject.accountName)
        .bind(2, subject.submittedAt)
        .bind(3, static_cast<qint64>(kMaxEvidenceItems + 1));
    return eachRow(*select, [&](const Stmt& row) {
        const QString method = row.text(2);
        QJsonObject json{{QStringLiteral("kind"), QStringLiteral("login")},
                         {QStringLiteral("id"), row.int64(0)},
                         {QStringLiteral("time"), row.int64(1)},
                         {QStringLiteral("client"), method},
                         {QStringLiteral("secondFactor"), subject.forcesSms2fa && asksSecondFactor(method)
                                                              ? QStringLiteral("sms")
                                                              : QStringLiteral("none")},
                         {QStringLiteral("result"), row.text(6)}};
        addPlace(json, Place{row.text(3), row.text(4), row.text(5)});
        accesses.push_back(Access{row.int64(1), LoginOrder, row.int64(0), json});
    });
}

Expected<void, DbError> addOpening(Db& db, const EvidenceSubject& subject, std::vector<Access>& accesses)
{
    const DocumentRow& row = subject.row;
    if (!row.readAt) {
        return {};
    }
    const auto place = lastLoginBefore(db, subject.accountName, *row.readAt);
    if (!place) {
        return Unexpected{place.error()};
    }
    QJsonObject open{{QStringLiteral("kind"), QStringLiteral("open")},
                     {QStringLiteral("id"), row.id},
                     {QStringLiteral("time"), *row.readAt},
                     {QStringLiteral("client"), row.readClient}};
    addPlace(open, *place);
    accesses.push_back(Access{*row.readAt, OpenOrder, row.id, open});
    // The files the recipient downloaded after opening it, in the same client from the same place.
    for (const StoredAttachment& attachment : subject.attachments) {
        const QString key = row.messageId + QLatin1Char('\n') + attachment.name;
        const qint64 time = *row.readAt + derivedBetween(subject.seed ^ kDownloadDelay, key, 1000, 600000);
        if (stableFraction(subject.seed ^ kDownloadStream, key) >= kDownloadShare || time > subject.nowMs) {
            continue;
        }
        const qint64 id = derivedId(subject.seed, QStringLiteral("download\n") + key);
        QJsonObject download{{QStringLiteral("kind"), QStringLiteral("download")},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("time"), time},
                             {QStringLiteral("client"), row.readClient},
                             {QStringLiteral("attachment"), attachment.name},
                             {QStringLiteral("sha256"), attachment.sha256}};
        addPlace(download, *place);
        accesses.push_back(Access{time, DownloadOrder, id, download});
    }
    return {};
}

Expected<void, DbError> addReplies(Db& db, const EvidenceSubject& subject, std::vector<Access>& accesses)
{
    if (!subject.arrivedAt) {
        return {}; // nothing to reply to
    }
    auto select = db.prepare("SELECT id, time, message_id FROM mail_logs WHERE sender = ? AND direction = 'out' "
                             "AND subject = ? AND time > ? ORDER BY time, id LIMIT ?");
    if (!select) {
        return Unexpected{select.error()};
    }
    select->bind(1, subject.row.recipient)
        .bind(2, QStringLiteral("回复：") + subject.row.subject)
        .bind(3, *subject.arrivedAt)
        .bind(4, static_cast<qint64>(kMaxEvidenceItems + 1));
    return eachRow(*select, [&accesses](const Stmt& row) {
        accesses.push_back(Access{row.int64(1), ReplyOrder, row.int64(0),
                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("reply")},
                                              {QStringLiteral("id"), row.int64(0)},
                                              {QStringLiteral("time"), row.int64(1)},
                                              {QStringLiteral("messageId"), row.text(2)}}});
    });
}

QJsonObject smsJson(const EvidenceSubject& subject, const QString& key, qint64 time, const QString& purpose)
{
    QString status = QStringLiteral("delivered");
    if (subject.nowMs - time < kSmsPendingMs) {
        status = QStringLiteral("pending");
    } else if (stableFraction(subject.seed ^ kSmsStream, key) < kSmsFailedShare) {
        status = QStringLiteral("failed");
    }
    return QJsonObject{{QStringLiteral("id"), derivedId(subject.seed, QStringLiteral("sms\n") + key)},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("mobile"), maskedMobile(subject.account->mobile)},
                       {QStringLiteral("purpose"), purpose},
                       {QStringLiteral("status"), status}};
}

} // namespace

qint64 derivedId(quint64 seed, const QString& key)
{
    const auto id = static_cast<qint64>(stableHash(seed ^ kIdStream, key) & ((1ULL << 53) - 1));
    return id == 0 ? 1 : id;
}

qint64 derivedBetween(quint64 seed, const QString& key, qint64 low, qint64 high)
{
    return low + static_cast<qint64>(stableHash(seed, key) % static_cast<quint64>(high - low + 1));
}

QString maskedMobile(const QString& mobile)
{
    return mobile.size() < 7 ? QString() : mobile.left(3) + QStringLiteral("****") + mobile.right(4);
}

Expected<AccessTrail, DbError> collectAccesses(Db& db, const EvidenceSubject& subject)
{
    std::vector<Access> accesses;
    for (const auto add : {&addLogins, &addOpening, &addReplies}) {
        if (auto added = add(db, subject, accesses); !added) {
            return Unexpected{added.error()};
        }
    }
    std::sort(accesses.begin(), accesses.end(), [](const Access& a, const Access& b) {
        return std::tie(a.time, a.order, a.id) < std::tie(b.time, b.order, b.id);
    });
    AccessTrail trail;
    trail.truncated = static_cast<qsizetype>(accesses.size()) > kMaxEvidenceItems;
    for (const Access& access : accesses) {
        if (trail.accesses.size() == kMaxEvidenceItems) {
            break;
        }
        trail.accesses.append(access.json);
    }
    return trail;
}

Expected<QJsonArray, DbError> collectSms(Db& db, const EvidenceSubject& subject)
{
    if (!subject.account) {
        return QJsonArray(); // deleted for good: the platform no longer knows the number
    }
    const AccountRecord& account = *subject.account;
    const QString accountKey = QString::number(account.id);
    std::vector<std::pair<qint64, QJsonObject>> sent;
    // The activation SMS went out as the account was created; smsSentAt names the last SMS, a reminder if any.
    if (account.reminderCount > 0 && account.smsSentAt) {
        const qint64 activation =
            account.createdAt +
            derivedBetween(subject.seed ^ kSmsDelay, QStringLiteral("activation\n") + accountKey, 3000, 60000);
        sent.emplace_back(activation, smsJson(subject, QStringLiteral("activation\n") + accountKey, activation,
                                              QStringLiteral("activation")));
        sent.emplace_back(*account.smsSentAt, smsJson(subject, QStringLiteral("reminder\n") + accountKey,
                                                      *account.smsSentAt, QStringLiteral("reminder")));
    } else if (account.smsSentAt) {
        sent.emplace_back(*account.smsSentAt, smsJson(subject, QStringLiteral("activation\n") + accountKey,
                                                      *account.smsSentAt, QStringLiteral("activation")));
    }
    // A notice per document that arrived, 5..60 s after it did, from this document's submission on.
    constexpr qint64 kLatestNoticeMs = 60000;
    auto select = db.prepare("SELECT id, time, message_id FROM mail_logs WHERE recipient = ? AND direction = 'in' "
                             "AND time >= ? AND status NOT IN ('intercepted', 'deferred') ORDER BY time, id LIMIT ?");
    if (!select) {
        return Unexpected{select.error()};
    }
    select->bind(1, subject.row.recipient)
        .bind(2, subject.submittedAt - kLatestNoticeMs)
        .bind(3, static_cast<qint64>(kMaxEvidenceItems + 1));
    auto read = eachRow(*select, [&](const Stmt& row) {
        const QString key = QStringLiteral("notice\n") + row.text(2);
        const qint64 time = row.int64(1) + derivedBetween(subject.seed ^ kSmsDelay, key, 5000, kLatestNoticeMs);
        if (time >= subject.submittedAt && time <= subject.nowMs) {
            sent.emplace_back(time, smsJson(subject, key, time, QStringLiteral("documentNotice")));
        }
    });
    if (!read) {
        return Unexpected{read.error()};
    }
    std::sort(sent.begin(), sent.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) {
            return a.first < b.first;
        }
        return a.second.value(QStringLiteral("id")).toInteger() < b.second.value(QStringLiteral("id")).toInteger();
    });
    QJsonArray items;
    for (const auto& [time, json] : sent) {
        if (items.size() == kMaxEvidenceItems) {
            break;
        }
        items.append(json);
    }
    return items;
}

} // namespace dm::sandbox
