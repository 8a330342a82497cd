#pragma once

// manifest.json (PROOF-PACK.md §3): made from a draft, and read back by the verifier into the evidence that
// determine() needs. Not part of the library's interface.

#include "core/Expected.h"
#include "proof/ProofPack.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace dm::proof::pack {

// A clerk's copy as the pack stores it.
struct ClerkEntry
{
    QString path; // attachments/<name>
    qint64 size = 0;
    QByteArray sha256;
    QByteArray sm3;
    QString matchedAttachment; // the platform's attachment with both digests equal; empty: the copy does not match
};

// The name of the attachment whose SHA-256 and SM3 both equal these; empty when there is none.
[[nodiscard]] QString matchingAttachment(const QList<EvidenceAttachment>& attachments, const QByteArray& sha256,
                                         const QByteArray& sm3);

struct ManifestParts
{
    const DeliveryEvidence& evidence;
    const PackContext& context;
    const Determination& determination;
    QString rule;
    QJsonArray events;
    QString eventsHead;
    QList<ClerkEntry> clerkEntries;
    QMap<QString, QByteArray> fileSha256; // pack name -> raw SHA-256 of every file the manifest covers
};

[[nodiscard]] QJsonObject manifestObject(const ManifestParts& parts);
[[nodiscard]] QJsonObject determinationObject(const Determination& determination, const QString& rule);

// What the verifier reads from manifest.json.
struct ManifestView
{
    QJsonObject root;
    DeliveryEvidence evidence; // message, recipient, attachments, accesses, truncation: what determine() reads
    QString caseNumber;
    QJsonArray events;
    QJsonObject determination;
    QMap<QString, QString> files; // pack name -> lower-case hex SHA-256
    QJsonArray clerkFiles;
    QString eventsHead;
    qint64 eventLines = 0;
};

// An error names what is missing or malformed, e.g. "manifest.json: document.submittedAt is not a time".
[[nodiscard]] Expected<ManifestView, QString> readManifest(const QByteArray& bytes);

} // namespace dm::proof::pack
