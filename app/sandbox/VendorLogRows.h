#pragma once

#include "store/Stmt.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dm::sandbox {

// How the vendor's page-numbered log queries (/api/open/logquery/, CONTRACT.md §9a) show the sandbox's login and
// mail rows: Beijing-time text instead of ms, and the Chinese wording of the vendor's own console (the brochure's
// 登录日志 and 收发信记录 tables) instead of this project's codes. Field names and texts are assumed.

// "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no daylight saving) -> ms since the epoch; std::nullopt for any other
// spelling (a missing zero, a 'T', a trailing zone, an impossible date).
[[nodiscard]] std::optional<qint64> parseBeijingTime(const QString& text);
// ms since the epoch -> "yyyy-MM-dd HH:mm:ss" in Beijing time, truncated to the second.
[[nodiscard]] QString beijingTimeText(qint64 msSinceEpoch);

// The login_logs columns webLoginRow reads, in its order.
inline constexpr const char* kWebLoginColumns = "id, time, account_name, method, ip, province, city, result";
// {id, accountName, loginTime, loginType, ip, location, result (1 success, 0 failure)}.
[[nodiscard]] QJsonObject webLoginRow(const Stmt& row);

// The mail_logs columns receivedMailRow reads, in its order.
inline constexpr const char* kReceivedMailColumns =
    "id, time, message_id, subject, sender, recipient, status, read_at, read_client";
// {id, messageId, account, subject, sender, recipient, receiveTime, status, readTime, readType}; readTime and
// readType are null while the mail is unread.
[[nodiscard]] QJsonObject receivedMailRow(const Stmt& row);

} // namespace dm::sandbox
