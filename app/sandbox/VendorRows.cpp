#include "sandbox/VendorRows.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace dm::sandbox {

Expected<QString, ApiError> unitIdField(const QJsonObject& body, const QString& field)
{
    auto text = stringField(body, field, Presence::Optional, 64);
    if (!text) {
        return Unexpected{text.error()};
    }
    const QString unitId = text.value().value_or(QString());
    return unitId.isEmpty() ? kRootUnit : unitId;
}

Expected<QHash<QString, UnitInfo>, ApiError> loadUnits(Db& db)
{
    auto select = db.prepare("SELECT unit_id, name, parent_unit_id FROM units");
    if (!select) {
        return Unexpected{databaseError(select.error())};
    }
    QHash<QString, UnitInfo> units;
    for (;;) {
        const auto row = select->step();
        if (!row) {
            return Unexpected{databaseError(row.error())};
        }
        if (!row.value()) {
            return units;
        }
        units.insert(select->text(0), UnitInfo{select->text(1), select->isNull(2) ? QString() : select->text(2)});
    }
}

int vendorStatus(const AccountRecord& account)
{
    if (account.isDeleted()) {
        return 2;
    }
    return account.status == QLatin1String("disabled") ? 1 : 0;
}

QString accountOpenId(const AccountRecord& account)
{
    // Accounts created through the API store a random one (a permanently deleted name taken again gets a new one,
    // even in the same millisecond with the same rowid); seeded rows derive theirs from what never changes.
    if (!account.openId.isEmpty()) {
        return account.openId;
    }
    const QByteArray seed = QByteArray::number(account.id) + ':' + QByteArray::number(account.createdAt) + ':' +
                            account.accountName.toUtf8();
    return QStringLiteral("ao-") +
           QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(16));
}

QString newAccountOpenId()
{
    QByteArray raw(8, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QStringLiteral("ao-") + QString::fromLatin1(raw.toHex());
}

QJsonObject vendorAccountJson(const AccountRecord& account, const QString& domain,
                              const QHash<QString, UnitInfo>& units, bool extras)
{
    const bool topLevel = account.unitId == kRootUnit;
    const QString unitId = topLevel ? QString(QLatin1String("")) : account.unitId;
    const QString unitName = topLevel ? QString(QLatin1String("")) : units.value(account.unitId).name;
    QJsonArray unitList;
    if (!topLevel) {
        unitList.append(QJsonObject{{QStringLiteral("unitId"), unitId}, {QStringLiteral("unitName"), unitName}});
    }
    QJsonObject row{{QStringLiteral("accountName"), account.accountName},
                    {QStringLiteral("accountOpenId"), accountOpenId(account)},
                    {QStringLiteral("domain"), domain},
                    {QStringLiteral("nickname"), account.name},
                    {QStringLiteral("jobNumber"), account.jobNumber},
                    {QStringLiteral("job"), QString(QLatin1String(""))},
                    {QStringLiteral("gender"), 0},
                    {QStringLiteral("remark"), QString(QLatin1String(""))},
                    {QStringLiteral("status"), vendorStatus(account)},
                    {QStringLiteral("visibleInAddr"), account.visibleInAddr ? 1 : 0},
                    {QStringLiteral("passChangeFirstLogin"), account.passChangeFirstLogin},
                    {QStringLiteral("bindMobile"), account.mobile},
                    {QStringLiteral("unitId"), unitId},
                    {QStringLiteral("unitName"), unitName},
                    {QStringLiteral("unitList"), unitList},
                    {QStringLiteral("aliasEmailList"), QJsonArray()},
                    {QStringLiteral("mailAccountList"), QJsonArray()}};
    if (extras) {
        row.insert(QStringLiteral("address"), QString(account.accountName + QLatin1Char('@') + domain));
        row.insert(QStringLiteral("name"), account.name);
        row.insert(QStringLiteral("idNumber"), account.idNumber);
        row.insert(QStringLiteral("mobile"), account.mobile);
        row.insert(QStringLiteral("createdAt"), account.createdAt);
        row.insert(QStringLiteral("updatedAt"), account.updatedAt);
        row.insert(QStringLiteral("activation"), activationJson(account));
    }
    return row;
}

QJsonObject vendorUnitJson(const Stmt& row, std::optional<qint64> accountCount)
{
    const bool topLevel = row.isNull(3) || row.text(3) == kRootUnit;
    QJsonObject unit{
        {QStringLiteral("unitId"), row.text(1)},
        {QStringLiteral("unitName"), row.text(2)},
        {QStringLiteral("unitParentId"), topLevel ? QJsonValue() : QJsonValue(row.text(3))},
        {QStringLiteral("unitOpenId"), QStringLiteral("uo-%1").arg(row.int64(0), 10, 10, QLatin1Char('0'))},
        {QStringLiteral("rank"), row.int64(6)},
        {QStringLiteral("unitDesc"), row.text(5)}};
    if (accountCount) {
        unit.insert(QStringLiteral("createdAt"), row.int64(4));
        unit.insert(QStringLiteral("accountCount"), *accountCount);
    }
    return unit;
}

} // namespace dm::sandbox
