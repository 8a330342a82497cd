#pragma once

// The byte-level conventions of the proof pack (PROOF-PACK.md §2): file names, canonical JSON, hex and Beijing time.
// Shared by the writer and the verifier, and by the views that print a service time in Beijing time.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace dm::proof::pack {

inline constexpr int kFormatVersion = 1;
inline constexpr char kFormatName[] = "dmadmin-proof-pack";

inline const QString kManifestName = QStringLiteral("manifest.json");
inline const QString kEventsName = QStringLiteral("events.jsonl");
inline const QString kChainName = QStringLiteral("tsa-chain.pem");
inline const QString kTimestampName = QStringLiteral("timestamp.tsr");
inline const QString kSignatureName = QStringLiteral("manifest.p7s");
inline const QString kReportName = QStringLiteral("report.pdf");
inline const QString kVerifyName = QStringLiteral("VERIFY.txt");
inline const QString kSumsName = QStringLiteral("SHA256SUMS");
inline const QString kAttachmentDir = QStringLiteral("attachments/");

// The text report.pdf carries in its XMP metadata: <dm:manifestSha256>HEX</dm:manifestSha256>.
inline constexpr char kReportMarkerOpen[] = "<dm:manifestSha256>";
inline constexpr char kReportMarkerClose[] = "</dm:manifestSha256>";
// Optional beside it: <dm:manifestSm3>HEX</dm:manifestSm3>.
inline constexpr char kReportSm3MarkerOpen[] = "<dm:manifestSm3>";
inline constexpr char kReportSm3MarkerClose[] = "</dm:manifestSm3>";

// JSON as the pack writes it: object members sorted by the UTF-8 bytes of their names, integers only (no fractions,
// no exponents), strings in UTF-8 with only ", \ and the control characters escaped. `indented`: two spaces per
// level, one member or element per line, a final line feed (manifest.json); else no whitespace at all (a line of
// events.jsonl, without its line feed).
[[nodiscard]] QByteArray canonicalJson(const QJsonValue& value, bool indented);

[[nodiscard]] QString hex(const QByteArray& bytes); // lower-case
[[nodiscard]] bool isSha256Hex(const QString& text);

// Beijing time is UTC+8 all year (China has no daylight saving): the zone of every wall-clock time the pack writes.
inline constexpr int kBeijingOffsetSeconds = 8 * 3600;
[[nodiscard]] QTimeZone beijingZone();

// 2026-06-01T10:00:00.000+08:00: the time in Beijing, milliseconds always written.
[[nodiscard]] QString beijingIso(qint64 ms);
// 2026-06-01 10:00:00: for sentences that already say "北京时间".
[[nodiscard]] QString beijingWords(qint64 ms);
// {"beijing": "...", "ms": 1780279200000}
[[nodiscard]] QJsonObject timeObject(qint64 ms);
// The ms of a time object whose two forms agree; nullopt otherwise (absent, malformed or inconsistent).
[[nodiscard]] std::optional<qint64> timeOf(const QJsonValue& value);

} // namespace dm::proof::pack
