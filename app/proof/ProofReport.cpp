#include "proof/ProofReport.h"

#include "proof/PackFormat.h"
#include "proof/ProofReportCanvas.h"
#include "proof/ProofReportSections.h"
#include "proof/ProofReportTexts.h"
#include "proof/ProofTexts.h"
#include "proof/QrCode.h"

#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

namespace dm::proof {

namespace {

constexpr int kResolution = 600; // dots per inch of the painter's coordinates

// The namespace of the pack's own XMP properties (PROOF-PACK.md): a verifier finds the manifest's SHA-256 as the
// literal text <dm:manifestSha256>hex</dm:manifestSha256>, which Qt writes into an uncompressed metadata stream.
const QString kXmpNamespace = QStringLiteral("https://dmadmin.invalid/ns/proof-pack/1.0/");

QString titleOf(const PackDraft& draft)
{
    QString title = QStringLiteral("电子送达凭证");
    const QString caseNumber =
        draft.context.caseNumber.isEmpty() ? draft.evidence.recipient.caseNumber : draft.context.caseNumber;
    if (!caseNumber.isEmpty()) {
        title += QLatin1Char(' ') + caseNumber;
    }
    if (!draft.evidence.recipient.name.isEmpty()) {
        title += QLatin1Char(' ') + draft.evidence.recipient.name;
    }
    return title;
}

QString creatorOf(const PackContext& context)
{
    return context.generatorVersion.isEmpty() ? context.generator
                                              : context.generator + QLatin1Char(' ') + context.generatorVersion;
}

// The text the verifier looks for: <dm:manifestSha256>hex</dm:manifestSha256>.
QString bindingOf(const PackDraft& draft)
{
    return QLatin1String(pack::kReportMarkerOpen) + reporttext::hex(draft.manifestSha256) +
           QLatin1String(pack::kReportMarkerClose);
}

// A whole XMP packet: Qt writes it in place of its own, so it carries the title and tool as well as the binding.
QByteArray xmpPacket(const PackDraft& draft)
{
    const QString madeAt = draft.context.madeAt.toUTC().toString(Qt::ISODate);
    const QString packet =
        QStringLiteral("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                       "    xmlns:dm=\"%1\">\n"
                       "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:title>\n"
                       "   <dc:format>application/pdf</dc:format>\n"
                       "   <xmp:CreatorTool>%3</xmp:CreatorTool>\n"
                       "   <xmp:CreateDate>%4</xmp:CreateDate>\n"
                       "   %5\n"
                       "   <dm:manifestSm3>%6</dm:manifestSm3>\n"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(kXmpNamespace, titleOf(draft).toHtmlEscaped(), creatorOf(draft.context).toHtmlEscaped(), madeAt,
                 bindingOf(draft), reporttext::hex(draft.manifestSm3));
    return packet.toUtf8();
}

} // namespace

Expected<QByteArray, QString> renderProofReport(const PackDraft& draft, const TimestampInfo& timestamp,
                                                bool signedByCourt)
{
    // Fonts and the PDF engine live in Qt GUI: without a QGuiApplication they would abort the process.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return Unexpected(
            ProofTexts::tr("the report needs Qt's graphical libraries, which this program did not start"));
    }
    if (draft.manifestSha256.size() != 32) {
        return Unexpected(ProofTexts::tr("the draft has no manifest SHA-256"));
    }
    // The report states that the time-stamp covers this manifest; it must not say so of another one.
    if (timestamp.imprint != draft.manifestSha256) {
        //: %1, %2: SHA-256 digests in hexadecimal.
        return Unexpected(ProofTexts::tr("the time-stamp is over %1, not over the manifest %2")
                              .arg(reporttext::hex(timestamp.imprint), reporttext::hex(draft.manifestSha256)));
    }
    const QByteArray manifestHex = draft.manifestSha256.toHex();
    auto qr = QrCode::encode(manifestHex, QrCode::Correction::Medium);
    if (!qr) {
        return Unexpected(ProofTexts::tr("cannot make the QR code: %1").arg(qr.error()));
    }
    // The text layer is repaired in the written file (PdfTextLayer), so the PDF goes through a private file.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Unexpected(
            ProofTexts::tr("cannot make a temporary directory for the report: %1").arg(dir.errorString()));
    }
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const ReportFacts facts{draft, timestamp, signedByCourt, qr.value(),
                            ruleInWords(draft.determination, draft.evidence)};
    QList<QFont> fonts;
    PdfTextLayer textLayer;
    {
        QPdfWriter writer(path);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 12),
                                         QPageLayout::Millimeter));
        writer.setTitle(titleOf(draft));
        writer.setCreator(creatorOf(draft.context));
        writer.setDocumentXmpMetadata(xmpPacket(draft));
        ReportCanvas canvas(writer);
        canvas.setRunningHead(runningHeadOf(facts));
        canvas.setFootNote(footNoteOf(facts));
        // Pass one counts the pages for "共 M 页"; pass two draws them.
        (void)canvas.beginPass(1, 0);
        layOutProofReport(canvas, facts);
        const int pages = canvas.endPass();
        if (!canvas.beginPass(2, pages)) {
            return Unexpected(ProofTexts::tr("cannot start the report's PDF"));
        }
        layOutProofReport(canvas, facts);
        if (canvas.endPass() != pages) {
            return Unexpected(ProofTexts::tr("the report's two layout passes disagree on the page count"));
        }
        fonts = canvas.fonts();
        textLayer = canvas.textLayer();
    } // the writer has closed the file
    auto repaired = textLayer.repair(path, fonts);
    if (!repaired) {
        return Unexpected(repaired.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Unexpected(ProofTexts::tr("cannot read the report back: %1").arg(file.errorString()));
    }
    QByteArray pdf = file.readAll();
    if (!pdf.contains(bindingOf(draft).toLatin1())) {
        return Unexpected(ProofTexts::tr("the report's PDF does not carry the manifest's SHA-256 in its metadata"));
    }
    return pdf;
}

} // namespace dm::proof
