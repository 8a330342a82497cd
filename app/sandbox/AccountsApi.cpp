#include "sandbox/AccountsApi.h"

#include "sandbox/AccountFields.h"
#include "sandbox/AccountRecords.h"
#include "sandbox/VendorRows.h"

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
    {"unitId", "部门"},
};

QString field(const char* name)
{
    return QString::fromLatin1(name);
}

// The vendor words a missing account the same way on every account endpoint.
ApiError accountMissing()
{
    return businessError(QStringLiteral("ACCOUNT.NOTEXIST"));
}

Expected<AccountRecord, ApiError> existingAccount(PlatformContext& context, const QString& accountName)
{
    auto found = findAccount(context.platform.db(), accountName);
    if (!found) {
        return Unexpected{found.error()};
    }
    if (!found.value()) {
        return Unexpected{accountMissing()};
    }
    return std::move(found).value().value();
}

// The account a mutation applies to: ACCOUNT.NOTEXIST when there is none, -3 ACCOUNT.DELETED (logged) when it is
// recoverably deleted.
Expected<AccountRecord, ApiError> liveAccount(PlatformContext& context, const ApiCall& call, const QString& accountName,
                                              const OperationLogEntry& log)
{
    auto account = existingAccount(context, accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    if (account->isDeleted()) {
        return Unexpected{logRefusal(context.platform.db(), context.identity, call.nowMs, log,
                                     businessError(QStringLiteral("ACCOUNT.DELETED")))};
    }
    return account;
}

ApiResult accountRow(PlatformContext& context, const AccountRecord& account)
{
    const auto units = loadUnits(context.platform.db());
    if (!units) {
        return Unexpected{units.error()};
    }
    return QJsonValue(vendorAccountJson(account, context.identity.domain, *units, context.extensionExtras));
}

// The unit `unitId` names (the root for the top level), or -4 UNIT.NOT.FOUND (assumed: no public evidence).
Expected<QString, ApiError> existingUnitName(Db& db, const QString& unitId)
{
    const auto found = unitName(db, unitId);
    if (!found) {
        return Unexpected{databaseError(found.error())};
    }
    if (!found.value()) {
        return Unexpected{notFound(QStringLiteral("UNIT"))};
    }
    return **found;
}

ApiResult createAccount(PlatformContext& context, const ApiCall& call)
{
    const QJsonObject& body = call.body;
    const QString& domain = context.identity.domain;
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
    auto passType = passTypeField(body);
    if (!passType) {
        return Unexpected{passType.error()};
    }
    // Generating the password is our extension: a vendor-only platform needs it given (integrators always send one).
    const Presence passwordPresence =
        context.extensionExtras && *passType == 0 ? Presence::Optional : Presence::Required;
    auto password = typedPasswordField(body, QStringLiteral("password"), *passType, passwordPresence);
    if (!password) {
        return Unexpected{password.error()};
    }
    auto passChange = integerField(body, QStringLiteral("passChangeFirstLogin"), Presence::Optional, 0, 2);
    if (!passChange) {
        return Unexpected{passChange.error()};
    }
    auto visible = flagField(body, QStringLiteral("visibleInAddr"));
    if (!visible) {
        return Unexpected{visible.error()};
    }
    auto unitId = unitIdField(body, QStringLiteral("unitId"));
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    auto mobile = mobileField(body, QStringLiteral("bindMobile"), Presence::Optional);
    if (!mobile) {
        return Unexpected{mobile.error()};
    }
    auto idNumber = idNumberField(body, QStringLiteral("idNumber"), call.nowMs);
    if (!idNumber) {
        return Unexpected{idNumber.error()};
    }

    Db& db = context.platform.db();
    if (auto unit = existingUnitName(db, *unitId); !unit) {
        return Unexpected{unit.error()};
    }
    const OperationLogEntry log{QStringLiteral("createAccount"), *accountName + QLatin1Char('@') + domain, true,
                                accountRemark(*accountName, domain)};
    // A recoverably deleted account keeps its name: it can still be recovered, so the name is not free again.
    const auto existing = findAccount(db, *accountName);
    if (!existing) {
        return Unexpected{existing.error()};
    }
    if (existing.value()) {
        return Unexpected{
            logRefusal(db, context.identity, call.nowMs, log, businessError(QStringLiteral("MAILACCOUNT.NAMEEXIST")))};
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
                             "sms_sent_at, reminder_count, open_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'enabled', ?, ?, ?, ?, ?, ?, 0, ?)");
    if (!insert) {
        return Unexpected{databaseError(insert.error())};
    }
    // Empty texts are bound as '' (a null QString would bind NULL into a NOT NULL column).
    const auto text = [](const std::optional<QString>& value) { return value.value_or(QStringLiteral("")); };
    insert->bind(1, *accountName)
        .bind(2, **name)
        .bind(3, text(jobNumber.value()))
        .bind(4, text(idNumber.value()))
        .bind(5, text(mobile.value()))
        .bind(6, *unitId)
        .bind(7, visible.value().value_or(false) ? 1 : 0)
        .bind(8, passChange.value().value_or(1))
        .bindBlob(9, hashPassword(initialPassword))
        .bind(10, call.nowMs)
        .bind(11, updatedAt.value())
        .bind(12, call.nowMs)
        .bind(13, newAccountOpenId());
    if (auto ran = insert->run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    auto created = existingAccount(context, *accountName);
    if (!created) {
        return Unexpected{created.error()};
    }
    auto row = accountRow(context, *created);
    if (!row || !generated) {
        return row;
    }
    // The only time the platform ever shows a password it made up.
    QJsonObject data = row->toObject();
    data.insert(QStringLiteral("initialPassword"), initialPassword);
    return QJsonValue(data);
}

ApiResult getAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    // A recoverably deleted account is still readable (status 2).
    auto account = existingAccount(context, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    return accountRow(context, *account);
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
        anyField = anyField || body.contains(field(editable.field));
    }
    if (!anyField) {
        return Unexpected{parameterError(QStringLiteral("fields"), QStringLiteral("empty"))};
    }
    // mobilePrefix ("86") is sent by integrators along with bindMobile; only mainland numbers exist here.
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
    auto visible = flagField(body, QStringLiteral("visibleInAddr"));
    if (!visible) {
        return Unexpected{visible.error()};
    }
    auto passChange = integerField(body, QStringLiteral("passChangeFirstLogin"), Presence::Optional, 0, 2);
    if (!passChange) {
        return Unexpected{passChange.error()};
    }
    std::optional<QString> unitId;
    if (body.contains(QStringLiteral("unitId"))) {
        auto given = unitIdField(body, QStringLiteral("unitId"));
        if (!given) {
            return Unexpected{given.error()};
        }
        if (auto unit = existingUnitName(context.platform.db(), *given); !unit) {
            return Unexpected{unit.error()};
        }
        unitId = *given;
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
    apply(changed.unitId, unitId, kEditableFields[6].label);
    if (edited.isEmpty()) {
        // Nothing differs from what is stored: a success that changes nothing, logs nothing, keeps updatedAt.
        return QJsonValue(QJsonValue::Null);
    }
    log.remark += QStringLiteral(",编辑项目:") + edited.join(QLatin1Char(','));
    auto saved = saveAccount(context.platform.db(), context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(QJsonValue::Null);
}

ApiResult updatePassword(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto passType = passTypeField(call.body);
    if (!passType) {
        return Unexpected{passType.error()};
    }
    auto password = typedPasswordField(call.body, QStringLiteral("password"), *passType, Presence::Required);
    if (!password) {
        return Unexpected{password.error()};
    }
    auto passChange = integerField(call.body, QStringLiteral("passChangeFirstLogin"), Presence::Optional, 0, 2);
    if (!passChange) {
        return Unexpected{passChange.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("updatePassword"), *accountName);
    auto account = liveAccount(context, call, *accountName, log);
    if (!account) {
        return Unexpected{account.error()};
    }
    log.remark += QStringLiteral(",编辑项目:密码");
    AccountRecord changed = *account;
    if (passChange.value()) {
        changed.passChangeFirstLogin = static_cast<int>(**passChange);
    }
    auto saved =
        saveAccount(context.platform.db(), context.identity, call.nowMs, changed, log, hashPassword(**password));
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(QJsonValue::Null);
}

// deleteAccountSim: the recoverable delete (status 2); recoverAccount undoes it.
ApiResult deleteAccountSim(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("deleteAccount"), *accountName);
    log.remark += QStringLiteral(",删除方式:可恢复");
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
    return QJsonValue(QJsonValue::Null);
}

// deleteAccount: the permanent delete. The row goes (the name is free again); its log rows stay, they are history.
ApiResult deleteAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("deleteAccount"), *accountName);
    log.remark += QStringLiteral(",删除方式:彻底删除");
    auto account = existingAccount(context, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    Db& db = context.platform.db();
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return Unexpected{databaseError(transaction.error())};
    }
    auto remove = db.prepare("DELETE FROM accounts WHERE id = ?");
    if (!remove) {
        return Unexpected{databaseError(remove.error())};
    }
    if (auto ran = remove->bind(1, account->id).run(); !ran) {
        return Unexpected{databaseError(ran.error())};
    }
    if (auto logged = appendOperationLog(db, context.identity, call.nowMs, log); !logged) {
        return Unexpected{databaseError(logged.error())};
    }
    if (auto committed = transaction->commit(); !committed) {
        return Unexpected{databaseError(committed.error())};
    }
    return QJsonValue(QJsonValue::Null);
}

ApiResult recoverAccount(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    const OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("recoverAccount"), *accountName);
    auto account = existingAccount(context, *accountName);
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
    return QJsonValue(QJsonValue::Null);
}

ApiResult moveUnit(PlatformContext& context, const ApiCall& call)
{
    auto accountName = accountNameField(call.body);
    if (!accountName) {
        return Unexpected{accountName.error()};
    }
    auto unitId = unitIdField(call.body, QStringLiteral("unitId"));
    if (!unitId) {
        return Unexpected{unitId.error()};
    }
    Db& db = context.platform.db();
    auto account = existingAccount(context, *accountName);
    if (!account) {
        return Unexpected{account.error()};
    }
    auto unit = existingUnitName(db, *unitId);
    if (!unit) {
        return Unexpected{unit.error()};
    }
    OperationLogEntry log = accountLogEntry(context.identity, QStringLiteral("moveUnit"), *accountName);
    log.remark += QStringLiteral(",目标部门:") + *unit;
    auto live = liveAccount(context, call, *accountName, log);
    if (!live) {
        return Unexpected{live.error()};
    }
    if (live->unitId == *unitId) {
        return QJsonValue(QJsonValue::Null); // already there: nothing to do or log
    }
    AccountRecord changed = *live;
    changed.unitId = *unitId;
    auto saved = saveAccount(db, context.identity, call.nowMs, changed, log);
    if (!saved) {
        return Unexpected{saved.error()};
    }
    return QJsonValue(QJsonValue::Null);
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
        {"createAccount", createAccount},       {"getAccount", getAccount},
        {"updateAccount", updateAccount},       {"updatePassword", updatePassword},
        {"deleteAccountSim", deleteAccountSim}, {"deleteAccount", deleteAccount},
        {"recoverAccount", recoverAccount},     {"moveUnit", moveUnit},
    };
    for (const auto& endpoint : endpoints) {
        server.addApi(QStringLiteral("/api/open/account/") + QLatin1String(endpoint.operation), Access::Token,
                      [&context, handler = endpoint.handler](const ApiCall& call) -> ApiResult {
                          if (auto refusal = refuseForeignDomain(call.body, context.identity.domain)) {
                              return Unexpected{*refusal};
                          }
                          return handler(context, call);
                      });
    }
}

} // namespace dm::sandbox
