#pragma once

#include "core/Expected.h"
#include "sandbox/ApiCall.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dm::sandbox {

// The delivery policy as a set of leaf fields with dotted paths ("externalMail", "password.minLength"). Documents
// keep the contract's nested JSON shape; a unit or account document holds only the leaves set at its level.
namespace policy {

// One leaf an update sets (a valid value) or removes (JSON null: inherit again).
struct Change
{
    QString path;
    QJsonValue value; // Null removes the override
};

// The complete domain policy a platform starts with: what a delivery mailbox must be (see the contract).
[[nodiscard]] QJsonObject defaults();
// The leaf paths in contract order.
[[nodiscard]] const QStringList& paths();

// Validates an update's `policy` object: every leaf known and valid, null only where `allowRemoval`.
// Errors: -401 PARAM.INVALID:policy[.<field>]:<reason>.
[[nodiscard]] Expected<QList<Change>, ApiError> parseUpdate(const QJsonValue& policy, bool allowRemoval);
// The document after the changes.
[[nodiscard]] QJsonObject apply(const QJsonObject& document, const QList<Change>& changes);

// The leaf at `path`, or Undefined when the document does not set it.
[[nodiscard]] QJsonValue leaf(const QJsonObject& document, const QString& path);
void setLeaf(QJsonObject& document, const QString& path, const QJsonValue& value);

// The operation log remark: 更新送达策略:外部邮件=仅接收,自动转发=禁止 (removed leaves read "=继承").
[[nodiscard]] QString remark(const QList<Change>& changes);

} // namespace policy
} // namespace dm::sandbox
