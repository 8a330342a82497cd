#include "sandbox/DeliveryAccountsApi.h"

#include "sandbox/AccountFields.h"
#include "sandbox/AccountListing.h"
#include "sandbox/AccountRecords.h"

namespace dm::sandbox {
namespace {

// The platform's rule against SMS floods: one activation SMS per account per minute of platform time.
constexpr qint64 kSmsInterval = 60 * 1000;

QJsonObject activationReply(const AccountRecord& account)
{
    QJsonObject data = activationJson(account);
    data.insert(QStringLiteral("accountName"), account.accountName);
    return data;
}

ApiResult getActivation(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto account = requireAccount(context.platform.db(), *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    return QJsonValue(activationReply(*account));
}

ApiResult resendActivation(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    Db& db = context.platform.db();
    auto account = requireAccount(db, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("resendActivation"), *accountName);
    log.remark += QStringLiteral(",激活短信:重发");
    const auto refuse = [&](const QString& rule, QJsonValue data = QJsonValue(QJsonValue::Undefined)) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, ApiError{code::BusinessFailure, rule, std::move(data)})};
    };
    if (account->isDeleted()) {
        return ApiResult(refuse(QStringLiteral("ACCOUNT.DELETED")));
    }
    if (account->status == QLatin1String("disabled")) {
        return ApiResult(refuse(QStringLiteral("ACCOUNT.DISABLED")));
    }
    if (account->activatedAt) {
        return ApiResult(refuse(QStringLiteral("ACTIVATION.DONE")));
    }
    // A second SMS within the minute is refused rather than sent: a client retrying after an ambiguous failure sees
    // that the first one went out instead of flooding the recipient.
    if (account->smsSentAt && call.nowMs - *account->smsSentAt < kSmsInterval) {
        const qint64 retryAfter = kSmsInterval - (call.nowMs - *account->smsSentAt);
        return ApiResult(
            refuse(QStringLiteral("SMS.TOO.FREQUENT"), QJsonObject{{QStringLiteral("retryAfterMs"), retryAfter}}));
    }
    AccountRecord changed = *account;
    changed.smsSentAt = call.nowMs;
    changed.reminderCount += 1;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(activationReply(*saved));
}

ApiResult setStatus(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto status = stringField(call.body, QStringLiteral("status"), Presence::Required, 32);
    if (!status) {
        return Unexpected{status.error()};
    }
    const bool enable = **status == QLatin1String("enabled");
    if (!enable && **status != QLatin1String("disabled")) {
        return Unexpected{parameterError(QStringLiteral("status"), QStringLiteral("value"))};
    }
    Db& db = context.platform.db();
    auto account = requireAccount(db, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    OperationLogEntry log = accountLogEntry(
        context.identity, enable ? QStringLiteral("enableAccount") : QStringLiteral("disableAccount"), *accountName);
    log.remark += enable ? QStringLiteral(",状态:启用") : QStringLiteral(",状态:禁用");
    if (account->isDeleted()) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("ACCOUNT.DELETED")))};
    }
    if (account->status == **status) {
        // Idempotent: asking for the status the account already has changes nothing and logs nothing.
        return QJsonValue(accountJson(*account, context.identity.domain));
    }
    AccountRecord changed = *account;
    changed.status = **status;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult setAddressBasis(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto basis = addressBasisField(call.body, call.nowMs);
    if (!basis) {
        return Unexpected{basis.error()};
    }
    Db& db = context.platform.db();
    auto account = requireAccount(db, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("setAddressBasis"), *accountName);
    log.remark += QLatin1Char(',') + addressBasisRemark(*basis);
    if (account->isDeleted()) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("ACCOUNT.DELETED")))};
    }
    if (account->addressBasis == *basis) {
        // Idempotent like setStatus: a retried call changes nothing and logs nothing.
        return QJsonValue(accountJson(*account, context.identity.domain));
    }
    AccountRecord changed = *account;
    changed.addressBasis = *basis;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult resetPassword(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    auto accountName = accountNameField(body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto mode = stringField(body, QStringLiteral("mode"), Presence::Required, 32);
    if (!mode) {
        return Unexpected{mode.error()};
    }
    const bool given = **mode == QLatin1String("given");
    if (!given && **mode != QLatin1String("generate")) {
        return Unexpected{parameterError(QStringLiteral("mode"), QStringLiteral("value"))};
    }
    auto password = passwordField(body, QStringLiteral("password"), given ? Presence::Required : Presence::Optional);
    if (!password) {
        return Unexpected{password.error()};
    }
    if (!given && password.value()) {
        // A password sent along with mode "generate" would silently not be the one set.
        return Unexpected{parameterError(QStringLiteral("password"), QStringLiteral("unexpected"))};
    }
    auto delivery = stringField(body, QStringLiteral("delivery"), Presence::Required, 32);
    if (!delivery) {
        return Unexpected{delivery.error()};
    }
    const bool bySms = **delivery == QLatin1String("sms");
    if (!bySms && **delivery != QLatin1String("return")) {
        return Unexpected{parameterError(QStringLiteral("delivery"), QStringLiteral("value"))};
    }
    Db& db = context.platform.db();
    auto account = requireAccount(db, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("resetPassword"), *accountName);
    log.remark += bySms ? QStringLiteral(",编辑项目:重置密码,下发方式:短信")
                        : QStringLiteral(",编辑项目:重置密码,下发方式:接口返回");
    if (account->isDeleted()) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("ACCOUNT.DELETED")))};
    }
    const QString newPassword = given ? **password : generatePassword();
    AccountRecord changed = *account;
    changed.passChangeFirstLogin = 1;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log, hashPassword(newPassword));
    if (!saved) {
        return Unexpected{saved.error()};
    }
    QJsonObject data{{QStringLiteral("accountName"), saved->accountName},
                     {QStringLiteral("delivery"), **delivery},
                     {QStringLiteral("passChangeFirstLogin"), saved->passChangeFirstLogin},
                     {QStringLiteral("updatedAt"), saved->updatedAt}};
    if (bySms) {
        data.insert(QStringLiteral("smsSentAt"), call.nowMs);
    } else {
        data.insert(QStringLiteral("password"), newPassword); // shown once, never again
    }
    return QJsonValue(data);
}

} // namespace

void registerDeliveryAccountsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const struct
    {
        const char* operation;
        ApiResult (*handler)(PlatformContext&, const ApiCall&);
    } endpoints[] = {
        {"list", listAccounts},   {"getActivation", getActivation}, {"resendActivation", resendActivation},
        {"setStatus", setStatus}, {"resetPassword", resetPassword}, {"setAddressBasis", setAddressBasis},
    };
    for (const auto& endpoint : endpoints) {
        server.addApi(QStringLiteral("/api/open/delivery/account/") + QLatin1String(endpoint.operation), Access::Token,
                      [&context, handler = endpoint.handler](const ApiCall& call) { return handler(context, call); });
    }
}

} // namespace dm::sandbox
