#pragma once

#include "core/Expected.h"
#include "store/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dm {

class Db;

// One time-stamp of the ledger's head: a time-stamping authority's word that entry `sequence`, sealed as `entryHash`,
// existed at `stampedAt`. Rewriting any entry up to `sequence` changes that seal, so the anchor no longer matches.
struct LedgerAnchor
{
    qint64 sequence = 0;
    QByteArray entryHash;
    QString digestText;  // what was time-stamped: the token's imprint is its SHA-256
    QDateTime stampedAt; // the TSA's time, UTC
    QString tsaUrl;      // empty for a copy found only in the folder
    QByteArray reply;    // the whole TimeStampResp (DER), as `openssl ts -verify -in` reads it
};

// The anchors of one profile's ledger, kept twice: in the cache (audit_anchor) and as files in a folder outside it,
// <app data>/cache/ledger/<profile-uuid>/ beside the cache file <app data>/cache/<profile-uuid>.sqlite, which
// rebuilding the cache or removing the profile leaves alone (LedgerKeeping):
//   anchor-<n>.tsr   the TimeStampResp        anchor-<n>.txt   the text whose SHA-256 was stamped
//   tsa-chain.pem    the TSA's chain as it was when the anchor was made
class LedgerAnchors
{
    Q_DECLARE_TR_FUNCTIONS(LedgerAnchors)

public:
    // An empty `folder` means the cache's copies only.
    LedgerAnchors(Db& db, QString folder);

    // The folder of the cache file at `cachePath`: ledger/<its base name> beside it.
    [[nodiscard]] static QString folderFor(const QString& cachePath);
    // "dmadmin audit ledger anchor v1\nentry <n>\nseal <hex>\n": anyone can recompute it and its SHA-256 by hand.
    [[nodiscard]] static QString digestText(qint64 sequence, const QByteArray& entryHash);

    // Keeps an anchor whose token verified: the row first, then the files (written 0600, folder 0700). The error is
    // translated and names the file that could not be written.
    [[nodiscard]] Expected<void, QString> record(const LedgerAnchor& anchor, const QByteArray& tsaChainPem);
    [[nodiscard]] Expected<std::optional<LedgerAnchor>, DbError> newest();

    struct Found
    {
        LedgerAnchor anchor;
        bool inCache = false;
        bool inFolder = false;
        bool copiesDiffer = false; // both places hold anchor n, with different tokens
        LedgerAnchor folderCopy;   // when copiesDiffer
    };
    // Every anchor of the cache and of the folder, by sequence.
    [[nodiscard]] Expected<QList<Found>, QString> all();
    // The chain kept in the folder; empty when there is none.
    [[nodiscard]] QByteArray keptChain() const;
    [[nodiscard]] const QString& folder() const { return m_folder; }

private:
    [[nodiscard]] Expected<QList<LedgerAnchor>, DbError> inCache();
    [[nodiscard]] QList<LedgerAnchor> inFolder() const;

    Db& m_db;
    QString m_folder;
};

} // namespace dm
