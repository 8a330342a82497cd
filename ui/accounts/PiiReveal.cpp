#include "ui/accounts/PiiReveal.h"

#include "core/Masking.h"
#include "store/AuditLedger.h"
#include "sync/CacheSession.h"

namespace dm {

void recordPiiReveal(CacheSession& session, const Account& account, Pii which, QObject* context,
                     std::function<void(const std::optional<QString>& error)> done)
{
    AuditEntry entry;
    entry.operatorName = AuditLedger::currentOperator();
    entry.action = which == Pii::IdNumber ? QStringLiteral("revealIdNumber") : QStringLiteral("revealMobile");
    entry.target = account.address.isEmpty() ? account.accountName : account.address;
    entry.result = QStringLiteral("ok");
    entry.detail = which == Pii::IdNumber ? maskIdNumber(account.idNumber) : maskMobile(account.mobile);
    session.query<Expected<AuditEntry, DbError>>(
        [entry](Db& db) { return AuditLedger(db).append(entry); }, context,
        [done = std::move(done)](const Expected<AuditEntry, DbError>& recorded) {
            done(recorded ? std::nullopt : std::optional<QString>(recorded.error().message()));
        });
}

} // namespace dm
