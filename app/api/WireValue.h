#pragma once

#include "core/Account.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm::wire {

// Tolerant reading of the values the platform spells in more than one way. The vendor's own answers, as public
// integrators meet them, differ from the extension's (CONTRACT.md part one and two); each function accepts every
// spelling either side is known to use and nothing else, so a surprise is still reported, never guessed.

// A point in time: an integer of ms since the epoch, or "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, the
// vendor's token and log times). nullopt for anything else, including dates that do not exist.
[[nodiscard]] std::optional<qint64> timeMs(const QJsonValue& value);

// The same instant as the vendor writes it: "yyyy-MM-dd HH:mm:ss", Beijing time.
[[nodiscard]] QString beijingTime(qint64 ms);

// A yes/no: a JSON boolean, or 0/1 as a number or a string.
[[nodiscard]] std::optional<bool> flag(const QJsonValue& value);

// A small exact integer: a JSON number or a decimal string ("1"), within [min, max].
[[nodiscard]] std::optional<qint64> integer(const QJsonValue& value, qint64 min, qint64 max);

// An account's status: the vendor's integers (0 normal, 1 disabled, 2 deleted, 4 departed, 5 handing over,
// 6 handed over) or the extension's names ("enabled"...).
[[nodiscard]] std::optional<AccountStatus> accountStatus(const QJsonValue& value);

// The rows of a listing: `data` itself when it is an array, else the first of `keys` that holds an array.
[[nodiscard]] std::optional<QJsonArray> rows(const QJsonValue& data, const QStringList& keys);

// A business failure's rule without the label the vendor puts before it: "通用业务操作失败: UNIT.EXIST" gives
// "UNIT.EXIST"; a message without a label is returned trimmed.
[[nodiscard]] QString ruleOf(const QString& message);

} // namespace dm::wire
