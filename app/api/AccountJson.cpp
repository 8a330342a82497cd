#include "api/AccountJson.h"

#include "api/EvidenceJson.h"
#include "api/FieldReader.h"
#include "api/WireValue.h"

#include <initializer_list>
#include <limits>
#include <utility>

namespace dm {

Expected<Activation, ApiError> activationFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    Activation activation;
    const QString state = reader.string(QStringLiteral("state"));
    activation.smsSentAt = reader.optionalInteger(QStringLiteral("smsSentAt"));
    activation.firstLoginAt = reader.optionalInteger(QStringLiteral("firstLoginAt"));
    activation.activatedAt = reader.optionalInteger(QStringLiteral("activatedAt"));
    activation.reminderCount = reader.smallInteger(QStringLiteral("reminderCount"), 0, std::numeric_limits<int>::max());
    if (const auto known = activationStateFromString(state)) {
        activation.state = *known;
    } else {
        reader.fail(QStringLiteral("state"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return activation;
}

namespace {

// The first of `names` that is present and not null, else an undefined value.
QJsonValue firstOf(const QJsonObject& object, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isUndefined() && !value.isNull()) {
            return value;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool isAbsent(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull();
}

// The vendor has no root unit: its top-level units have no parent and an account at the top has no unit. Inside the
// client the top is the unit "root", as the extension names it, so the cache and the unit tree need no second case.
QString unitOrTop(const QString& unitId)
{
    return unitId.isEmpty() ? QString::fromLatin1(kTopUnitId) : unitId;
}

} // namespace

QJsonObject accountRequestBody(const QString& domain, const QString& accountName)
{
    QJsonObject body{{QStringLiteral("accountName"), accountName}};
    if (!domain.isEmpty()) {
        body.insert(QStringLiteral("domain"), domain);
    }
    return body;
}

Expected<Account, ApiError> accountFromJson(const QJsonValue& value)
{
    // One reader for both spellings of an account: the extension's object (name, mobile, status "enabled", booleans,
    // ms times, activation) and the vendor's row (nickname, bindMobile, status 0, flags 0/1, unitList).
    const QJsonObject object = value.toObject();
    FieldReader reader(value, QStringLiteral("account"));
    Account account;
    account.accountName = reader.string(QStringLiteral("accountName"));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    const auto text = [&object](std::initializer_list<const char*> names) { return firstOf(object, names).toString(); };
    const QString domain = text({"domain"});
    account.address = text({"address"});
    if (account.address.isEmpty()) {
        account.address = domain.isEmpty() ? account.accountName : account.accountName + QLatin1Char('@') + domain;
    }
    account.name = text({"name", "nickname"});
    account.jobNumber = text({"jobNumber"});
    account.idNumber = text({"idNumber"});
    account.mobile = text({"mobile", "bindMobile"});
    QString unitId = text({"unitId"});
    const QJsonArray unitList = object.value(QStringLiteral("unitList")).toArray();
    if (unitId.isEmpty() && !unitList.isEmpty()) {
        unitId = unitList.first().toObject().value(QStringLiteral("unitId")).toString();
    }
    account.unitId = unitOrTop(unitId);

    const QJsonValue name = firstOf(object, {"name", "nickname"});
    if (!name.isString()) {
        reader.fail(QStringLiteral("name"));
    }
    if (const auto status = wire::accountStatus(object.value(QStringLiteral("status")))) {
        account.status = *status;
    } else {
        reader.fail(QStringLiteral("status"));
    }
    const QJsonValue visible = object.value(QStringLiteral("visibleInAddr"));
    if (!isAbsent(visible)) {
        const auto flag = wire::flag(visible);
        account.visibleInAddr = flag.value_or(false);
        if (!flag) {
            reader.fail(QStringLiteral("visibleInAddr"));
        }
    }
    const QJsonValue passChange = object.value(QStringLiteral("passChangeFirstLogin"));
    if (!isAbsent(passChange)) {
        const auto number = wire::integer(passChange, 0, 2);
        account.passChangeFirstLogin = static_cast<int>(number.value_or(1));
        if (!number) {
            reader.fail(QStringLiteral("passChangeFirstLogin"));
        }
    }
    for (const auto& [field, target] :
         {std::pair{"createdAt", &account.createdAt}, std::pair{"updatedAt", &account.updatedAt}}) {
        const QJsonValue time = object.value(QLatin1String(field));
        if (isAbsent(time)) {
            continue; // the vendor's rows carry no times
        }
        const auto ms = wire::timeMs(time);
        *target = ms.value_or(0);
        if (!ms) {
            reader.fail(QLatin1String(field));
        }
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    const QJsonValue activation = object.value(QStringLiteral("activation"));
    if (!isAbsent(activation)) {
        auto parsedActivation = activationFromJson(activation, QStringLiteral("account.activation"));
        if (!parsedActivation) {
            return Unexpected{parsedActivation.error()};
        }
        account.activation = *parsedActivation;
    }
    auto basis =
        addressBasisFromJson(object.value(QStringLiteral("addressBasis")), QStringLiteral("account.addressBasis"));
    if (!basis) {
        return Unexpected{basis.error()};
    }
    account.addressBasis = *basis;
    return account;
}

Expected<Unit, ApiError> unitFromJson(const QJsonValue& value)
{
    // The extension's {unitId, name, parentUnitId, createdAt, accountCount} or the vendor's {unitId, unitName,
    // unitParentId (null at the top), unitOpenId, rank, unitDesc}.
    const QJsonObject object = value.toObject();
    FieldReader reader(value, QStringLiteral("unit"));
    Unit unit;
    unit.unitId = reader.string(QStringLiteral("unitId"));
    const QJsonValue name = firstOf(object, {"name", "unitName"});
    unit.name = name.toString();
    if (!name.isString()) {
        reader.fail(QStringLiteral("name"));
    }
    const QJsonValue parent = firstOf(object, {"parentUnitId", "unitParentId"});
    if (!isAbsent(parent) && !parent.isString()) {
        reader.fail(QStringLiteral("parentUnitId"));
    }
    const bool isTop = unit.unitId == QLatin1String(kTopUnitId);
    unit.parentUnitId = isTop ? QString() : unitOrTop(parent.toString());
    const QJsonValue created = object.value(QStringLiteral("createdAt"));
    if (!isAbsent(created)) {
        unit.createdAt = wire::timeMs(created).value_or(-1);
    }
    const QJsonValue count = object.value(QStringLiteral("accountCount"));
    if (!isAbsent(count)) {
        unit.accountCount = static_cast<int>(wire::integer(count, 0, std::numeric_limits<int>::max()).value_or(-1));
    }
    if (unit.createdAt < 0) {
        reader.fail(QStringLiteral("createdAt"));
    }
    if (unit.accountCount < 0) {
        reader.fail(QStringLiteral("accountCount"));
    }
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return unit;
}

Expected<QList<Unit>, ApiError> unitListFromJson(const QJsonValue& data, const QString& topName)
{
    const auto rows = wire::rows(data, {QStringLiteral("items"), QStringLiteral("list")});
    if (!rows) {
        return Unexpected{protocolError(QStringLiteral("unitList"))};
    }
    QList<Unit> units;
    bool hasTop = false;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        auto unit = unitFromJson(rows->at(i));
        if (!unit) {
            ApiError error = unit.error();
            error.detail += QStringLiteral(" (unitList[%1])").arg(i);
            return Unexpected{error};
        }
        hasTop = hasTop || unit->unitId == QLatin1String(kTopUnitId);
        units.append(*unit);
    }
    if (!hasTop) {
        // The vendor lists no root: the domain itself is the top of the tree.
        Unit top;
        top.unitId = QString::fromLatin1(kTopUnitId);
        top.name = topName;
        units.prepend(top);
    }
    return units;
}

} // namespace dm
