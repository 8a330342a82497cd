#pragma once

#include "core/DeliveryEvidence.h"
#include "core/Expected.h"
#include "proof/Determination.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace dm::proof {

// The proof-of-delivery pack (送达证据包), format version 1: PROOF-PACK.md is its specification. The errors and the
// checks' details below are English texts that go through Qt's translator (context "dm::proof"), so dmadmin shows them
// in its language; the pack's own files say what they say whatever the language.

// A copy of a file that was sent, added by the clerk: the pack records whether its hashes match the platform's.
struct ClerkFile
{
    QString fileName; // as chosen; stored under attachments/ in the pack
    QByteArray bytes;
};

// Who makes the pack and for what: everything of the manifest that is not the platform's evidence.
struct PackContext
{
    QString generator = QStringLiteral("dmadmin");
    QString generatorVersion;
    QString court;       // the profile's court name
    QString profileName; // the profile the pack was made in
    QString domain;
    QString caseNumber;    // the case number the document belongs to; empty when the subject names none
    QString documentTitle; // e.g. 民事判决书; from the subject when not given
    QString madeBy;        // the OS user who made it
    QDateTime madeAt;      // UTC
    QString tsaUrl;        // where the timestamp came from
};

// Stage 1: every file whose content the timestamp covers, made from the evidence alone (no network, no keys).
struct PackDraft
{
    DeliveryEvidence evidence;
    PackContext context;
    Determination determination;
    QByteArray manifestJson; // canonical bytes: what is hashed, stamped and signed
    QByteArray eventsJsonl;
    QByteArray verifyTxt;
    QByteArray tsaChainPem;
    QList<ClerkFile> clerkFiles;
    QByteArray manifestSha256; // raw
    QByteArray manifestSm3;    // raw
};

[[nodiscard]] Expected<PackDraft, QString> draftPack(const DeliveryEvidence& evidence, const PackContext& context,
                                                     const QList<ClerkFile>& clerkFiles, const QByteArray& tsaChainPem);

// Stage 2: what binds the draft: the TSA's reply over manifestSha256 (timestamp.tsr), the optional detached CMS
// signature of manifest.json (manifest.p7s) and the court-file report (report.pdf).
struct PackSeal
{
    QByteArray timestampReplyDer;
    QByteArray signatureDer; // empty: no signature
    QByteArray reportPdf;
};

// 送达证据包_<案号>_<收件人>_<yyyyMMdd>.zip, with characters no file system accepts replaced.
[[nodiscard]] QString packFileName(const PackDraft& draft);
// Writes the ZIP into `directory` (never over an existing file: a numbered name instead) and returns its path. A
// failure leaves no file behind.
[[nodiscard]] Expected<QString, QString> writePack(const PackDraft& draft, const PackSeal& seal,
                                                   const QString& directory);

// A detached CMS (PKCS#7) signature of `content` with the key and certificate of a PKCS#12 file: CourtSigner::load()
// then sign(), for a single signature. The password is used once and not kept.
[[nodiscard]] Expected<QByteArray, QString> signDetached(const QByteArray& content, const QByteArray& pkcs12,
                                                         const QString& password);

// The court's signing key and certificate, read once from a PKCS#12 file: a wrong password is found when the user
// types it, not after a batch has spent its time-stamps, and the password is not kept (nor is any copy of it left in
// memory this library made). Signs any number of manifests; safe to share between threads (signing is const).
class CourtSigner
{
public:
    // `password` is wiped (overwritten) once the file is read, whatever the outcome. (Characters it shares with another
    // QString through implicit sharing stay that string's: it is only released from them.)
    [[nodiscard]] static Expected<std::shared_ptr<const CourtSigner>, QString> load(const QByteArray& pkcs12,
                                                                                    QString& password);
    ~CourtSigner();
    CourtSigner(const CourtSigner&) = delete;
    CourtSigner& operator=(const CourtSigner&) = delete;

    // A detached CMS signature of `content`, as signDetached() makes it.
    [[nodiscard]] Expected<QByteArray, QString> sign(const QByteArray& content) const;
    // The certificate's subject, e.g. "CN=…,O=…", to show whose signature the packs will carry.
    [[nodiscard]] QString subject() const;

private:
    struct Keys;
    explicit CourtSigner(std::unique_ptr<Keys> keys);
    std::unique_ptr<Keys> m_keys;
};

// One check of a verification, in the order PROOF-PACK.md lists them.
struct VerifyCheck
{
    // "archive", "sums", "manifest", "copies", "events", "determination", "timestamp", "signature", "report"
    QString name;
    bool passed = false;
    QString detail; // passed: what was confirmed; failed: the file or event and what is wrong (translated)
};

// What a check is called on screen, in the language of the installed translator (context "dm::proof"): "archive"
// -> "Archive and file list". The name itself stays the identifier that scripts and tests go by; a name this
// version does not know is returned as it is.
[[nodiscard]] QString checkLabel(const QString& name);

struct VerifyResult
{
    QList<VerifyCheck> checks;
    QByteArray packSha256; // of the ZIP file as read
    QString caseNumber;
    QString recipient;
    std::optional<qint64> serviceTime;
    [[nodiscard]] bool sound() const;
    [[nodiscard]] const VerifyCheck* firstFailure() const;
};

// Reads a pack and checks everything a stranger could: the ZIP holds exactly the files it lists, every hash, the event
// chain and its agreement with the manifest, the timestamp (token over the manifest's SHA-256, chained to the pack's
// tsa-chain.pem, or to `trustedTsaChainPem` when given), the signature when present (its certificate checked against
// `trustedSignerCaPem` when given, else only the signature itself), and the report's binding. Every check runs, so a
// damaged pack shows everything that is wrong with it; the result's recipient reads "name <address>".
[[nodiscard]] VerifyResult verifyPack(const QString& zipPath, const QByteArray& trustedTsaChainPem = {},
                                      const QByteArray& trustedSignerCaPem = {});

} // namespace dm::proof
