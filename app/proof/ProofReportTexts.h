#pragma once

#include "core/DeliveryEvidence.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// The words of the 电子送达凭证. The report is a court record and always reads in Chinese, whatever language the
// program speaks, so these are not translated.
namespace dm::proof::reporttext {

// Beijing time (UTC+8 all year: China keeps no daylight saving time).
[[nodiscard]] QString beijingDateTime(qint64 utcMs);          // "2026-03-02 10:15:30"
[[nodiscard]] QString beijingDateTime(const QDateTime& time); // the same, for a QDateTime in any zone
[[nodiscard]] QString withZone(const QString& beijingText);   // "2026-03-02 10:15:30（北京时间 UTC+8）"
[[nodiscard]] QString beijingDate(qint64 utcMs);              // "2026年3月2日"

[[nodiscard]] QString hex(const QByteArray& bytes); // lower case
[[nodiscard]] QString sizeWords(qint64 bytes);      // "12,595 字节（12.3 KB）"
[[nodiscard]] QString orDash(const QString& text);  // "—" for nothing

[[nodiscard]] QString accessKindWords(const EvidenceAccess& access); // 登录 / 登录（失败） / 打开 / 下载 / 回复
[[nodiscard]] QString clientWords(const QString& client);
[[nodiscard]] QString secondFactorWords(const QString& secondFactor);
[[nodiscard]] QString placeWords(const QString& province, const QString& city);
[[nodiscard]] QString smsPurposeWords(const QString& purpose);
[[nodiscard]] QString smsStatusWords(const QString& status);
[[nodiscard]] QString mailStatusWords(MailStatus status);
[[nodiscard]] QString channelWords(const QString& channel);
// "受送达人确认的地址（送达地址确认书），2026-02-20，依据：……", or 未登记送达地址依据.
[[nodiscard]] QString addressBasisWords(const std::optional<AddressBasis>& basis);

} // namespace dm::proof::reporttext
