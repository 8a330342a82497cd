#pragma once

// Canned platform answers for the typed services' unit tests (FakeAccessManager), and a client over them.
#include "FakeAccessManager.h"
#include "api/PlatformClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace servicecalls {

using namespace dm;

inline const QString kAcquire = QStringLiteral("/api/pub/token/acquireToken");
inline const QString kGetAccount = QStringLiteral("/api/open/account/getAccount");
inline const QString kRecover = QStringLiteral("/api/open/account/recoverAccount");
inline const QString kReset = QStringLiteral("/api/open/delivery/account/resetPassword");
inline const QString kOperations = QStringLiteral("/api/open/delivery/log/queryOperations");
inline const QString kMails = QStringLiteral("/api/open/delivery/log/queryMails");
inline const QString kPolicyGet = QStringLiteral("/api/open/delivery/policy/get");
inline const QString kPolicyUpdate = QStringLiteral("/api/open/delivery/policy/update");
inline const QString kRulesGet = QStringLiteral("/api/open/delivery/loginRule/get");
inline const QString kRulesUpdate = QStringLiteral("/api/open/delivery/loginRule/update");
inline const QString kUnits = QStringLiteral("/api/open/unit/getUnitList");
inline const QString kDeleteUnit = QStringLiteral("/api/open/unit/deleteUnit");
inline const QString kAddress = QStringLiteral("zhang@court.test");

// Answers per path, in order; the last one repeats. Unscripted paths fail the test loudly (HTTP 404).
struct Script
{
    QHash<QString, QList<FakeAnswer>> answers;

    FakeAnswer answer(const FakeAccessManager::Seen& seen)
    {
        if (seen.path == kAcquire) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            return FakeAnswer::ok(QJsonObject{{QStringLiteral("accessToken"), QStringLiteral("t1")},
                                              {QStringLiteral("accessTokenExpiredTime"), now + 3600000},
                                              {QStringLiteral("refreshToken"), QStringLiteral("r1")},
                                              {QStringLiteral("refreshTokenExpiredTime"), now + 86400000}});
        }
        auto found = answers.find(seen.path);
        if (found == answers.end() || found->isEmpty()) {
            qWarning() << "unscripted call" << seen.path;
            return FakeAnswer::failure(QNetworkReply::ContentNotFoundError, 404);
        }
        return found->size() > 1 ? found->takeFirst() : found->constFirst();
    }
};

inline QJsonObject account(qint64 updatedAt, const QString& status = QStringLiteral("enabled"))
{
    return QJsonObject{{QStringLiteral("accountName"), QStringLiteral("zhang")},
                       {QStringLiteral("address"), kAddress},
                       {QStringLiteral("name"), QStringLiteral("张")},
                       {QStringLiteral("jobNumber"), QString()},
                       {QStringLiteral("idNumber"), QString()},
                       {QStringLiteral("mobile"), QStringLiteral("13800138000")},
                       {QStringLiteral("unitId"), QStringLiteral("root")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("visibleInAddr"), false},
                       {QStringLiteral("passChangeFirstLogin"), 1},
                       {QStringLiteral("createdAt"), 500},
                       {QStringLiteral("updatedAt"), updatedAt},
                       {QStringLiteral("activation"), QJsonObject{{QStringLiteral("state"), QStringLiteral("smsSent")},
                                                                  {QStringLiteral("smsSentAt"), 500},
                                                                  {QStringLiteral("firstLoginAt"), QJsonValue::Null},
                                                                  {QStringLiteral("activatedAt"), QJsonValue::Null},
                                                                  {QStringLiteral("reminderCount"), 0}}}};
}

inline QJsonObject resetRow(qint64 id, qint64 time, const QString& target, const QString& delivery)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), time},
                       {QStringLiteral("operator"), QStringLiteral("admin@court.test")},
                       {QStringLiteral("action"), QStringLiteral("resetPassword")},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("result"), QStringLiteral("success")},
                       {QStringLiteral("remark"), QString(QStringLiteral("帐号名称:") + target +
                                                          QStringLiteral(",编辑项目:重置密码,下发方式:") + delivery)},
                       {QStringLiteral("ip"), QStringLiteral("127.0.0.1")}};
}

inline FakeAnswer rows(const QJsonArray& items)
{
    return FakeAnswer::ok(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("nextCursor"), QJsonValue::Null}});
}

inline FakeAnswer dropped()
{
    return FakeAnswer::failure(QNetworkReply::RemoteHostClosedError); // the request may have been carried out
}

inline FakeAnswer smsResetDone(qint64 updatedAt)
{
    return FakeAnswer::ok(QJsonObject{{QStringLiteral("accountName"), QStringLiteral("zhang")},
                                      {QStringLiteral("delivery"), QStringLiteral("sms")},
                                      {QStringLiteral("passChangeFirstLogin"), 1},
                                      {QStringLiteral("updatedAt"), updatedAt},
                                      {QStringLiteral("smsSentAt"), updatedAt}});
}

inline QJsonObject policyDocument(qint64 version, const QJsonObject& policy)
{
    return QJsonObject{{QStringLiteral("level"), QStringLiteral("unit")},
                       {QStringLiteral("targetId"), QStringLiteral("u-1")},
                       {QStringLiteral("policy"), policy},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updatedAt"), 1000 + version}};
}

inline QJsonObject ruleDocument(qint64 version, const QJsonArray& rules)
{
    return QJsonObject{{QStringLiteral("level"), QStringLiteral("domain")},
                       {QStringLiteral("targetId"), QStringLiteral("court.test")},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("defaultAction"), QStringLiteral("deny")},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("updatedAt"), 1000 + version}};
}

// Collects one callback's result.
template <typename T, typename E = ApiError>
struct Result
{
    int calls = 0;
    std::optional<Expected<T, E>> value;

    std::function<void(const Expected<T, E>&)> callback()
    {
        return [this](const Expected<T, E>& answer) {
            ++calls;
            value.emplace(answer);
        };
    }
};

// A client over `script`, retrying fast; `fake` receives the transport to count what was sent.
inline std::unique_ptr<PlatformClient> makeClient(std::shared_ptr<Script> script, FakeAccessManager** fake)
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://platform.test"));
    settings.appId = QStringLiteral("app-1");
    settings.orgOpenId = QStringLiteral("org-1");
    settings.domain = QStringLiteral("court.test");
    settings.requestsPerSecond = 0;
    settings.maxInFlight = 4;
    auto network = std::make_unique<FakeAccessManager>(
        settings, [script](const FakeAccessManager::Seen& seen) { return script->answer(seen); });
    *fake = network.get();
    auto platform = std::make_unique<PlatformClient>(
        std::move(network), [](std::function<void(Expected<QByteArray, ApiError>)> done) { done(QByteArray("auth")); });
    RetryPolicy fast;
    fast.base = std::chrono::milliseconds(1);
    fast.cap = std::chrono::milliseconds(2);
    platform->setRetryPolicy(fast);
    return platform;
}

} // namespace servicecalls
