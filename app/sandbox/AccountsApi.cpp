#include "sandbox/AccountsApi.h"

#include "sandbox/AccountFields.h"
#include "sandbox/AccountRecords.h"

#include <QStringList>

namespace dm::sandbox {
namespace {

// Fields updateAccount may change, with the label the operation log's remark uses for each.
struct EditableField
{
    const char* field;
    const char* label;
};
constexpr EditableField kEditableFields[] = {
    {"name", "姓名"},         {"jobNumber", "工号"},           {"bindMobile", "手机号"},
    {"idNumber", "身份证号"}, {"visibleInAddr", "通讯录可见"}, {"passChangeFirstLogin", "首次登录修改密码"},
};

QString field(const char* name)
{
    return QString::fromLatin1(name);
}

ApiResult createAccount(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    const QString& domain = context.identity.domain;
    auto givenDomain = stringField(body, QStringLiteral("domain"), Presence::Required);
    if (!givenDomain) {
        return Unexpected{givenDomain.error()};
    }
    if (givenDomain.value()->compare(domain, Qt::CaseInsensitive) != 0) {
        return Unexpected{parameterError(QStringLiteral("domain"), QStringLiteral("mismatch"))};
    }
    auto accountName = accountNameField(body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto name = stringField(body, QStringLiteral("name"), Presence::Required, 64);
    if (!name) {
        return Unexpected{name.error()};
    }
    auto jobNumber = stringField(body, QStringLiteral("jobNumber"), Presence::Optional, 64);
    if (!jobNumber) {
        return Unexpected{jobNumber.error()};
    }
    if (auto passType = passTypeField(body); !passType) {
        return Unexpected{passType.error()};
    }
    auto password = passwordField(body, QStringLiteral("password"), Presence::Optional);
    if (!password) {
        return Unexpected{password.error()};
    }
    auto passChange = integerField(body, QStringLiteral("passChangeFirstLogin"), Presence::Optional, 0, 2);
    if (!passChange) {
        return Unexpected{passChange.error()};
    }
    auto visible = boolField(body, QStringLiteral("visibleInAddr"), Presence::Optional);
    if (!visible) {
        return Unexpected{visible.error()};
    }
    auto unitId = stringField(body, QStringLiteral("unitId"), Presence::Optional, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto mobile = mobileField(body, QStringLiteral("bindMobile"), Presence::Required);
    if (!mobile) {
        return Unexpected{mobile.error()};
    }
    auto idNumber = idNumberField(body, QStringLiteral("idNumber"), call.nowMs);
    if (!idNumber) {
        return Unexpected{idNumber.error()};
    }

    Db& db = context.platform.db();
    const QString unit = unitId.value().value_or(QString()).isEmpty() ? QStringLiteral("root") : **unitId;
    const auto unitFound = unitName(db, unit);
    if (!unitFound) {
        return Unexpected{databaseError(unitFound.error())};
    }
    if (!unitFound.value()) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    const OperationLogEntry log{QStringLiteral("createAccount"), *accountName + QLatin1Char('@') + domain, true,
                                accountRemark(*accountName, domain)};
    // A deleted account keeps its name: it can still be recovered, so the name is not free again.
    const auto existing = findAccount(db, *accountName);
    if (!existing) {
        return Unexpected{existing.error()};
    }
    if (existing.value()) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("ACCOUNT.EXIST")))};
    }

    const bool generated = !password.value().has_value();
    const QString initialPassword = generated ? generatePassword() : **password;
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{databaseError(transaction.error())};
    }
    const auto updatedAt = nextUpdatedAt(db, call.nowMs);
    if (!updatedAt) {
        return Unexpected{databaseError(updatedAt.error())};
    }
    // The platform sends the activation SMS as it creates the account, hence sms_sent_at = now.
    auto insert = db.prepare("INSERT INTO accounts(account_name, name, job_number, id_number, mobile, unit_id, status, "
                             "visible_in_addr, pass_change_first_login, password_hash, created_at, updated_at, "
                             "sms_sent_at, reminder_count) "
                             "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, 'enabled', ?, ?, ?, ?, ?, ?, 0)");
    if (!insert) {
        return Unexpected{databaseError(insert.error())};
    }
    insert->bind(1, *accountName)
        .bind(2, **name)
        .bind(3, jobNumber.value().value_or(QString()))
        .bind(4, idNumber.value().value_or(QString()))
        .bind(5, **mobile)
        .bind(6, unit)
        .bind(7, visible.value().value_or(false) ? 1 : 0)
        .bind(8, passChange.value().value_or(1))
        .bindBlob(9, hashPassword(initialPassword))
        .bind(10, call.nowMs)
        .bind(11, updatedAt.value())
        .bind(12, call.nowMs);
    if (auto ran = insert->run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    auto created = requireAccount(db, *accountName);
    if (!created) {
        return Unexpected{created.error()};
    }
    QJsonObject data = accountJson(*created, domain);
    if (generated) {
        // The only time the platform ever shows a password it made up.
        data.insert(QStringLiteral("initialPassword"), initialPassword);
    }
    return QJsonValue(data);
}

ApiResult getAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto account = requireAccount(context.platform.db(), *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    return QJsonValue(accountJson(*account, context.identity.domain));
}

// The account a mutation applies to: -4 when it never existed, -3 ACCOUNT.DELETED (logged) when it is deleted.
Expected<AccountRecord, ApiError> liveAccount(PlatformContext& context, const ApiCall& call, const QString& accountName,
                                              const OperationLogEntry& log)
{
    auto account = requireAccount(context.platform.db(), accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    if (account->isDeleted()) {
        return Unexpected{logRefusal(context.platform.db(), context.identity, call.nowMs, log,
                                     businessError(QStringLiteral("ACCOUNT.DELETED")))};
    }
    return account;
}

ApiResult updateAccount(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    auto accountName = accountNameField(body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    bool anyField = false;
    for (const EditableField& editable : kEditableFields) {
        const QJsonValue value = body.value(field(editable.field));
        anyField = anyField || !(value.isUndefined() || value.isNull());
    }
    if (!anyField) {
        return Unexpected{parameterError(QStringLiteral("fields"), QStringLiteral("empty"))};
    }
    auto name = stringField(body, QStringLiteral("name"), Presence::Optional, 64);
    if (!name) {
        return Unexpected{name.error()};
    }
    if (name.value() && name.value()->isEmpty()) {
        return Unexpected{parameterError(QStringLiteral("name"), QStringLiteral("empty"))};
    }
    auto jobNumber = stringField(body, QStringLiteral("jobNumber"), Presence::Optional, 64);
    if (!jobNumber) {
        return Unexpected{jobNumber.error()};
    }
    auto mobile = mobileField(body, QStringLiteral("bindMobile"), Presence::Optional);
    if (!mobile) {
        return Unexpected{mobile.error()};
    }
    auto idNumber = idNumberField(body, QStringLiteral("idNumber"), call.nowMs);
    if (!idNumber) {
        return Unexpected{idNumber.error()};
    }
    auto visible = boolField(body, QStringLiteral("visibleInAddr"), Presence::Optional);
    if (!visible) {
        return Unexpected{visible.error()};
    }
    auto passChange = integerField(body, QStringLiteral("passChangeFirstLogin"), Presence::Optional, 0, 2);
    if (!passChange) {
        return Unexpected{passChange.error()};
    }

    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("updateAccount"), *accountName);
    auto account = liveAccount(context, call, *accountName, log);
    if (!account) {
        return Unexpected{account.error()};
    }
    AccountRecord changed = *account;
    QStringList edited;
    const auto apply = [&edited](auto& target, const auto& value, const char* label) {
        if (value && target != *value) {
            target = *value;
            edited.append(QString::fromUtf8(label));
        }
    };
    apply(changed.name, name.value(), kEditableFields[0].label);
    apply(changed.jobNumber, jobNumber.value(), kEditableFields[1].label);
    apply(changed.mobile, mobile.value(), kEditableFields[2].label);
    apply(changed.idNumber, idNumber.value(), kEditableFields[3].label);
    apply(changed.visibleInAddr, visible.value(), kEditableFields[4].label);
    const std::optional<int> passChangeValue =
        passChange.value() ? std::optional<int>(static_cast<int>(**passChange)) : std::nullopt;
    apply(changed.passChangeFirstLogin, passChangeValue, kEditableFields[5].label);
    if (edited.isEmpty()) {
        // Nothing differs from what is stored: a success that changes nothing, logs nothing, keeps updatedAt.
        return QJsonValue(accountJson(*account, context.identity.domain));
    }
    log.remark += QStringLiteral(",编辑项目:") + edited.join(QLatin1Char(','));
    auto saved = saveAccount(context.platform.db(), context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult updatePassword(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto password = passwordField(call.body, QStringLiteral("password"), Presence::Required);
    if (!password) {
        return Unexpected{password.error()};
    }
    if (auto passType = passTypeField(call.body); !passType) {
        return Unexpected{passType.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("updatePassword"), *accountName);
    auto account = liveAccount(context, call, *accountName, log);
    if (!account) {
        return Unexpected{account.error()};
    }
    log.remark += QStringLiteral(",编辑项目:密码");
    auto saved =
        saveAccount(context.platform.db(), context.identity, call.nowMs, *account, log, hashPassword(**password));
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult deleteAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    const OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("deleteAccount"), *accountName);
    auto account = liveAccount(context, call, *accountName, log);
    if (!account) {
        return Unexpected{account.error()};
    }
    AccountRecord changed = *account;
    changed.status = QStringLiteral("deleted");
    changed.deletedAt = call.nowMs;
    auto saved = saveAccount(context.platform.db(), context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult recoverAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    const OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("recoverAccount"), *accountName);
    auto account = requireAccount(context.platform.db(), *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    if (!account->isDeleted()) {
        return Unexpected{logRefusal(context.platform.db(), context.identity, call.nowMs, log,
                                     businessError(QStringLiteral("ACCOUNT.NOT.DELETED")))};
    }
    AccountRecord changed = *account;
    changed.status = QStringLiteral("enabled");
    changed.deletedAt.reset();
    auto saved = saveAccount(context.platform.db(), context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

ApiResult moveUnit(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto unitId = stringField(call.body, QStringLiteral("unitId"), Presence::Required, 64);
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    Db& db = context.platform.db();
    auto account = requireAccount(db, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    const auto unitFound = unitName(db, **unitId);
    if (!unitFound) {
        return Unexpected{databaseError(unitFound.error())};
    }
    if (!unitFound.value()) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("moveUnit"), *accountName);
    log.remark += QStringLiteral(",目标部门:") + **unitFound;
    auto live = liveAccount(context, call, *accountName, log);
    if (!live) {
        return Unexpected{live.error()};
    }
    if (live->unitId == **unitId) {
        return QJsonValue(accountJson(*live, context.identity.domain)); // already there: nothing to do or log
    }
    AccountRecord changed = *live;
    changed.unitId = **unitId;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(accountJson(*saved, context.identity.domain));
}

} // namespace

void registerAccountsApis(SandboxServer& server, PlatformContext& context)
{
    using Access = SandboxServer::Access;
    const struct
    {
        const char* operation;
        ApiResult (*handler)(PlatformContext&, const ApiCall&);
    } endpoints[] = {
        {"createAccount", createAccount}, {"getAccount", getAccount},
        {"updateAccount", updateAccount}, {"updatePassword", updatePassword},
        {"deleteAccount", deleteAccount}, {"recoverAccount", recoverAccount},
        {"moveUnit", moveUnit},
    };
    for (const auto& endpoint : endpoints) {
        server.addApi(QStringLiteral("/api/open/account/") + QLatin1String(endpoint.operation), Access::Token,
                      [&context, handler = endpoint.handler](const ApiCall& call) { return handler(context, call); });
    }
}

} // namespace dm::sandbox
