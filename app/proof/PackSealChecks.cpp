#include "proof/PackChecks.h"
#include "proof/PackFormat.h"
#include "proof/PackSigning.h"
#include "proof/ProofTexts.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampVerify.h"

namespace dm::proof::pack {

VerifyCheck checkTimestamp(const PackFiles& files, const QByteArray& trustedTsaChainPem)
{
    const QString name = QStringLiteral("timestamp");
    if (!files.has(kTimestampName) || !files.has(kManifestName)) {
        return {name, false, ProofTexts::tr("timestamp.tsr or manifest.json is missing")};
    }
    const bool trusted = !trustedTsaChainPem.isEmpty();
    if (!trusted && !files.has(kChainName)) {
        return {name, false, ProofTexts::tr("tsa-chain.pem is missing and no trusted chain was given")};
    }
    const QByteArray digest = sha256Of(files.bytes(kManifestName));
    auto verified =
        verifyTimestamp(files.bytes(kTimestampName), digest, trusted ? trustedTsaChainPem : files.bytes(kChainName));
    if (!verified) {
        return {name, false,
                //: %1: the manifest's SHA-256; %2: why the time-stamp does not verify.
                ProofTexts::tr("timestamp.tsr does not verify over manifest.json's SHA-256 %1: %2")
                    .arg(hex(digest), verified.error())};
    }
    const TimestampInfo& info = *verified;
    //: Stands for the time of a time-stamp that cannot be read.
    QString genTime = ProofTexts::tr("an unreadable time");
    if (info.genTime.isValid()) {
        genTime = beijingIso(info.genTime.toMSecsSinceEpoch());
    }
    //: Stands for the name of a time-stamping authority that gives none.
    const QString tsaName = info.tsaName.isEmpty() ? ProofTexts::tr("an unnamed TSA") : info.tsaName;
    if (trusted) {
        //: %1: the manifest's SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.
        return {name, true,
                ProofTexts::tr("timestamp.tsr stamps manifest.json's SHA-256 %1 at %2, serial %3, by %4; its signer "
                               "chains to the trusted chain given")
                    .arg(hex(digest), genTime, info.serialHex, tsaName)};
    }
    //: %1: the manifest's SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.
    return {name, true,
            ProofTexts::tr("timestamp.tsr stamps manifest.json's SHA-256 %1 at %2, serial %3, by %4; its signer "
                           "chains to the pack's own tsa-chain.pem (compare that chain's CA with the one the TSA "
                           "publishes)")
                .arg(hex(digest), genTime, info.serialHex, tsaName)};
}

VerifyCheck checkSignature(const PackFiles& files, const QByteArray& trustedSignerCaPem)
{
    const QString name = QStringLiteral("signature");
    if (!files.has(kSignatureName)) {
        return {name, true, ProofTexts::tr("the pack is not signed (no manifest.p7s)")};
    }
    auto verified = verifyDetached(files.bytes(kManifestName), files.bytes(kSignatureName), trustedSignerCaPem);
    if (!verified) {
        return {name, false, ProofTexts::tr("manifest.p7s over manifest.json: %1").arg(verified.error())};
    }
    return {
        name, true,
        verified->chainChecked
            ? ProofTexts::tr("manifest.p7s: signature intact, signer %1, certificate chains to the trusted CA given")
                  .arg(verified->signerSubject)
            : ProofTexts::tr("manifest.p7s: signature intact, signer %1, certificate not checked against a court CA")
                  .arg(verified->signerSubject)};
}

VerifyCheck checkReport(const PackFiles& files)
{
    const QString name = QStringLiteral("report");
    if (!files.has(kReportName)) {
        return {name, false, ProofTexts::tr("report.pdf is missing")};
    }
    const QByteArray report = files.bytes(kReportName);
    if (!report.startsWith("%PDF-")) {
        return {name, false, ProofTexts::tr("report.pdf is not a PDF file")};
    }
    const QByteArray expected = sha256Of(files.bytes(kManifestName)).toHex();
    const QByteArray open(kReportMarkerOpen);
    const QByteArray close(kReportMarkerClose);
    QList<QByteArray> found;
    for (qsizetype at = report.indexOf(open); at >= 0; at = report.indexOf(open, at + 1)) {
        const qsizetype valueStart = at + open.size();
        const qsizetype valueEnd = report.indexOf(close, valueStart);
        found.append(valueEnd < 0 ? QByteArray()
                                  : report.mid(valueStart, std::min<qsizetype>(valueEnd - valueStart, 128)));
    }
    if (found.isEmpty()) {
        return {name, false, ProofTexts::tr("report.pdf carries no <dm:manifestSha256> in its metadata")};
    }
    for (const QByteArray& value : found) {
        if (value != expected) {
            return {
                name, false,
                ProofTexts::tr("report.pdf names manifest %1, but manifest.json's SHA-256 is %2: the report belongs "
                               "to another manifest")
                    .arg(QString::fromLatin1(value.left(64)), QString::fromLatin1(expected))};
        }
    }
    // The SM3 beside it is optional in format 1; when the report carries one, it must be this manifest's too.
    const QByteArray sm3Open(kReportSm3MarkerOpen);
    const qsizetype sm3At = report.indexOf(sm3Open);
    if (sm3At < 0) {
        return {name, true,
                ProofTexts::tr("report.pdf carries manifest.json's SHA-256 %1 in its metadata")
                    .arg(QString::fromLatin1(expected))};
    }
    const qsizetype valueStart = sm3At + sm3Open.size();
    const qsizetype valueEnd = report.indexOf(kReportSm3MarkerClose, valueStart);
    const QByteArray value =
        valueEnd < 0 ? QByteArray() : report.mid(valueStart, std::min<qsizetype>(valueEnd - valueStart, 128));
    auto sm3 = sm3Of(files.bytes(kManifestName));
    if (!sm3) {
        //: %1: the manifest's SHA-256; %2: why its SM3 could not be computed.
        return {
            name, true,
            ProofTexts::tr("report.pdf carries manifest.json's SHA-256 %1 in its metadata (its SM3 not checked: %2)")
                .arg(QString::fromLatin1(expected), sm3.error())};
    }
    if (value != sm3->toHex()) {
        return {name, false,
                ProofTexts::tr("report.pdf names SM3 %1, but manifest.json's SM3 is %2: the report belongs to another "
                               "manifest")
                    .arg(QString::fromLatin1(value.left(64)), QString::fromLatin1(sm3->toHex()))};
    }
    return {name, true,
            ProofTexts::tr("report.pdf carries manifest.json's SHA-256 %1 and its SM3 %2 in its metadata")
                .arg(QString::fromLatin1(expected), QString::fromLatin1(value))};
}

} // namespace dm::proof::pack
