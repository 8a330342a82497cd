#pragma once

#include "core/DeliveryEvidence.h"
#include "proof/ProofPack.h"

#include <QTimeZone>

#include <optional>

// The evidence the platform would give for one document, built by hand: a judgment sent on 2026-06-01 10:00 (Beijing),
// arriving four seconds later, with the accesses each case needs.
namespace prooftest {

inline const QTimeZone kBeijing(8 * 3600);
inline const qint64 kSubmitted = QDateTime(QDate(2026, 6, 1), QTime(10, 0), kBeijing).toMSecsSinceEpoch();
inline const qint64 kArrived = kSubmitted + 4000;
inline const qint64 kOpened = kSubmitted + 120000;
inline const qint64 kReplied = kSubmitted + 3600000;
inline constexpr qint64 kMailId = 501;
inline constexpr qint64 kDownloadId = 7001;
inline constexpr qint64 kReplyId = 8001;
inline const QString kCase = QStringLiteral("(2026)粤0104民初1234号");

// The bytes of 民事判决书.pdf as the platform stores them.
QByteArray judgmentBytes();

dm::EvidenceAccess login();      // 9001, a minute after submission, webmail with SMS
dm::EvidenceAccess opened();     // the mail row 501, at kOpened
dm::EvidenceAccess downloaded(); // 7001: 民事判决书.pdf, the stored bytes served
dm::EvidenceAccess replied();    // 8001, at kReplied

// Received at kArrived, two attachments, one documentNotice SMS, the given basis (none when nullopt) and accesses.
dm::DeliveryEvidence evidenceWith(std::optional<dm::AddressBasisKind> basis, const QList<dm::EvidenceAccess>& accesses);
dm::proof::PackContext context();
// A true copy of the judgment and one that differs from it by one byte.
QList<dm::proof::ClerkFile> clerkFiles();

} // namespace prooftest
