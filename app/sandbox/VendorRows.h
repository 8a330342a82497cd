#pragma once

#include "core/Expected.h"
#include "sandbox/AccountRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm::sandbox {

// How part one of the contract (the vendor's API) shows accounts and units. The sandbox keeps an internal root unit
// (`root`) for the domain itself; the vendor has none, so it never appears: its children have unitParentId null and
// an account in it has unitId "", unitName "" and an empty unitList.

inline const QString kRootUnit = QStringLiteral("root");

// A unitId as a vendor request gives it: absent, null, "" and (for compatibility) "root" all mean the top level.
// -401 PARAM.INVALID:<field>:type|length when it is not a string.
[[nodiscard]] Expected<QString, ApiError> unitIdField(const QJsonObject& body, const QString& field);

// Every unit's name and parent, by unitId: a court has tens of units, so one read per call is cheap.
struct UnitInfo
{
    QString name;
    QString parentId; // empty for the root unit
};
[[nodiscard]] Expected<QHash<QString, UnitInfo>, ApiError> loadUnits(Db& db);

// The vendor's status integer: 0 normal, 1 disabled, 2 deleted (recoverably).
[[nodiscard]] int vendorStatus(const AccountRecord& account);
// A stable opaque id for the account row: never reused, even when a permanently deleted name is taken again.
[[nodiscard]] QString accountOpenId(const AccountRecord& account);
// A fresh random accountOpenId for a new account.
[[nodiscard]] QString newAccountOpenId();
// The vendor's account row; with `extras`, also this project's extension fields (address, name, idNumber, mobile,
// createdAt, updatedAt, activation).
[[nodiscard]] QJsonObject vendorAccountJson(const AccountRecord& account, const QString& domain,
                                            const QHash<QString, UnitInfo>& units, bool extras);

// One unit row of getUnitList: unitId, unitName, unitParentId (null at the top), unitOpenId, rank, unitDesc; with
// `extras` also createdAt and accountCount. The columns are kUnitColumns' in order.
inline constexpr const char* kUnitColumns = "id, unit_id, name, parent_unit_id, created_at, unit_desc, unit_rank";
[[nodiscard]] QJsonObject vendorUnitJson(const Stmt& row, std::optional<qint64> accountCount);

} // namespace dm::sandbox
