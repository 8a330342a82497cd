#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"
#include "store/Db.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace dm::sandbox {

// Where the court got a delivery mailbox's address from (CONTRACT.md §10, our extension): the recipient confirmed it
// (送达地址确认书), provided it (in a complaint, a defence, a hearing), or the court found it. Staff mailboxes have
// none.
struct AddressBasisRecord
{
    QString kind;      // confirmed | provided | courtFound
    QString date;      // yyyy-MM-dd
    QString reference; // 0..128 characters; never empty for confirmed

    friend bool operator==(const AddressBasisRecord&, const AddressBasisRecord&) = default;
};

inline constexpr qsizetype kAddressBasisReferenceMax = 128;

// A seeded recipient's basis, derived from (seed, accountName) alone with a generator of its own, so that adding it
// draws nothing from the seeding stream and every other seeded value stays as it was. std::nullopt for staff
// (no case number). About 55 % confirmed (dated 0..20 days before the account was created), 30 % provided, 15 %
// found by the court.
[[nodiscard]] std::optional<AddressBasisRecord> seededAddressBasis(quint64 seed, const QString& accountName,
                                                                   const QString& caseNumber, qint64 createdAt);

// The account object's `addressBasis`: the object, or null.
[[nodiscard]] QJsonValue addressBasisJson(const std::optional<AddressBasisRecord>& basis);

// The request's `addressBasis`: an object, or null to clear. Errors name the member, e.g.
// PARAM.INVALID:addressBasis.kind:missing; a date after the platform's today in Beijing is `future`.
[[nodiscard]] Expected<std::optional<AddressBasisRecord>, ApiError> addressBasisField(const QJsonObject& body,
                                                                                      qint64 nowMs);

// The operation log's wording: 设置送达地址依据:已确认(2026-06-01), or 设置送达地址依据:清除.
[[nodiscard]] QString addressBasisRemark(const std::optional<AddressBasisRecord>& basis);

// Data dirs seeded before accounts had an address basis: every seeded recipient gets the one seededAddressBasis()
// gives (the same the seeder writes today), with an updatedAt past every stored one so incremental listings see it.
// Accounts made through the API keep none.
[[nodiscard]] Expected<void, DbError> fillSeededAddressBases(Db& db, quint64 seed, qint64 epochMs);

} // namespace dm::sandbox
