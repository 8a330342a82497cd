#pragma once

// A small cache of the three logs for the export tests: Chinese places and subjects, a subject that looks like a
// formula, one with an ID number and a mobile in it, separators that need quoting, and a row far back in time.

#include "core/LogRecords.h"
#include "store/Db.h"
#include "store/LedgerKey.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <optional>
#include <vector>

namespace exporttest {

constexpr qint64 kBase = 1789948800000; // 2026-09-21T00:00:00Z
constexpr qint64 kMinute = 60 * 1000;

inline const QString kFormulaSubject = QStringLiteral("=HYPERLINK(\"x\")");
inline const QString kChineseSubject = QStringLiteral("关于(2026)粤0104民初1234号案件的开庭传票");
inline const QString kIdNumber = QStringLiteral("440106199001011234");
inline const QString kMobile = QStringLiteral("13912345678");
// A mailbox named after its owner's mobile: a sender of the mails, a target of the operations.
inline const QString kMobileMailbox = QStringLiteral("15800001111@139.com");
inline const QString kMobileMailboxMasked = QStringLiteral("158****1111@139.com");

inline std::vector<dm::LoginRecord> logins(int count)
{
    static const QStringList provinces{QStringLiteral("广东省"), QStringLiteral("北京市"),
                                       QStringLiteral("新疆维吾尔自治区")};
    std::vector<dm::LoginRecord> rows;
    for (int i = 0; i < count; ++i) {
        dm::LoginRecord row;
        row.id = 1000 + i;
        row.time = kBase + i * kMinute;
        row.accountName = i == 1 ? QStringLiteral("-zhangsan") : QStringLiteral("zhangwei%1").arg(i % 7);
        row.method = static_cast<dm::LoginMethod>(i % 7);
        row.ip = QStringLiteral("58.248.%1.%2").arg(i / 250).arg(i % 250);
        row.province = provinces.at(i % provinces.size());
        row.city = i % 3 == 0 ? QStringLiteral("广州市") : row.province;
        row.result = i % 5 == 0 ? dm::LogResult::Failure : dm::LogResult::Success;
        row.abnormal = i % 4 == 0;
        rows.push_back(row);
    }
    return rows;
}

inline std::vector<dm::MailRecord> mails()
{
    const QStringList subjects{kChineseSubject, kFormulaSubject,
                               QStringLiteral("当事人 %1 联系电话 %2").arg(kIdNumber, kMobile),
                               QStringLiteral("送达回证, \"民事判决书\"\n第二行"), QStringLiteral("@SUM(A1)")};
    std::vector<dm::MailRecord> rows;
    for (int i = 0; i < subjects.size(); ++i) {
        dm::MailRecord row;
        row.id = 7000 + i;
        row.time = kBase + i * kMinute;
        row.direction = i % 2 == 0 ? dm::MailDirection::In : dm::MailDirection::Out;
        row.messageId = QStringLiteral("m%1@court.sandbox.test").arg(i);
        row.subject = subjects.at(i);
        row.sender = i == 3 ? kMobileMailbox : QStringLiteral("sdxt@court.sandbox.test");
        row.recipient = QStringLiteral("zhangwei%1@court.sandbox.test").arg(i);
        row.status = row.direction == dm::MailDirection::In ? dm::MailStatus::Received : dm::MailStatus::Delivered;
        if (i == 0) {
            row.readAt = row.time + 90 * kMinute;
            row.readClient = dm::ReadClient::Wechat;
        }
        row.updatedAt = row.readAt.value_or(row.time);
        rows.push_back(row);
    }
    return rows;
}

inline std::vector<dm::OperationRecord> operations()
{
    std::vector<dm::OperationRecord> rows;
    for (int i = 0; i < 3; ++i) {
        dm::OperationRecord row;
        row.id = 500 + i;
        row.time = kBase + i * kMinute;
        row.operatorAddress = QStringLiteral("admin@court.sandbox.test");
        row.action = i == 0 ? QStringLiteral("createAccount") : QStringLiteral("resetPassword");
        row.target = i == 2 ? kMobileMailbox : QStringLiteral("zhangwei%1@court.sandbox.test").arg(i);
        row.remark = QStringLiteral("帐号名称:zhangwei%1 +备注").arg(i);
        row.ip = QStringLiteral("127.0.0.1");
        rows.push_back(row);
    }
    return rows;
}

// A migrated cache at `path` holding `loginCount` logins, the mails and the operations above; nullopt on failure.
inline std::optional<dm::Db> makeCache(const QString& path, int loginCount)
{
    auto db = dm::Db::open(path, dm::Db::generateKey());
    if (!db || !dm::schema::migrate(*db)) {
        return std::nullopt;
    }
    db->setLedgerKey(dm::LedgerKey::generate());
    dm::LogRepository logs(*db);
    const auto loginRows = logins(loginCount);
    const auto mailRows = mails();
    const auto operationRows = operations();
    if (!logs.insertLogins(loginRows) || !logs.upsertMails(mailRows) || !logs.insertOperations(operationRows)) {
        return std::nullopt;
    }
    return std::move(*db);
}

inline QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
}

// Names in `dir` other than the expected ones: temporary files left behind.
inline QStringList leftovers(const QString& dir, const QStringList& expected)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : expected) {
        names.removeAll(name);
    }
    return names;
}

} // namespace exporttest
