// The account mutations of OutboxExecutor that touch the address basis: a create (with its basis) and setting the
// basis alone.

#include "core/InitialPassword.h"
#include "sync/OutboxExecutor.h"
#include "sync/OutboxExecutorSupport.h"
#include "sync/OutboxPayload.h"

#include <QLoggingCategory>

namespace dm {

namespace {

Q_LOGGING_CATEGORY(lcOutboxCreate, "dm.sync.outbox")

using outboxexecution::failure;
using outboxexecution::success;

// In a create's payload once the account exists: what is left is recording its basis.
const QString kAccountCreated = QStringLiteral("accountCreated");
// In a result's outcome: this attempt only recorded the basis of an account an earlier attempt created.
const QString kBasisOnly = QStringLiteral("basisOnly");

OutboxExecution unreadable()
{
    return failure(QStringLiteral("OUTBOX.PAYLOAD"),
                   OutboxExecutor::tr("The saved details of this action cannot be read."));
}

// The account our earlier, interrupted create made carries exactly what we sent.
bool isTheAccountWeCreated(const Account& found, const NewAccount& sent)
{
    return found.status != AccountStatus::Deleted && found.name == sent.name && found.mobile == sent.mobile &&
           found.idNumber == sent.idNumber && found.jobNumber == sent.jobNumber;
}

} // namespace

void OutboxExecutor::createAccount(const OutboxItem& item, QObject* context, Done done)
{
    auto account = outboxpayload::newAccount(item);
    const auto basis = outboxpayload::addressBasis(item);
    if (!account || !basis) {
        done(unreadable());
        return;
    }
    if (*basis && item.payload.value(kAccountCreated).toBool()) {
        recordAddressBasis(item, std::nullopt, **basis, {{kBasisOnly, true}}, true, context, std::move(done));
        return;
    }
    // What follows a create that succeeded (or was found made by our earlier attempt).
    auto created = [this, item, basis = *basis, context, done](const Account& made, const QJsonObject& outcome) {
        if (!basis) {
            done(success(made, outcome));
            return;
        }
        QJsonObject payload = item.payload;
        payload.insert(kAccountCreated, true);
        const auto saved = m_outbox.updatePayload(item.id, payload);
        if (!saved) {
            // Not fatal: should the basis fail too, the failure is ambiguous, and the retry's reconciliation finds
            // the account and still records the basis.
            qCWarning(lcOutboxCreate) << "could not mark outbox item" << item.id
                                      << "as created:" << saved.error().message();
        }
        recordAddressBasis(item, made, *basis, outcome, saved.hasValue(), context, done);
    };
    // Made now and never stored: the recipient sets their own when activating by SMS.
    account->initialPassword = generateInitialPassword();
    auto send = [this, account = *account, context, done, created] {
        m_accounts.create(account, context, [done, created](const Expected<Account, ApiError>& made) {
            if (!made) {
                done(failure(made.error()));
                return;
            }
            created(*made, {});
        });
    };
    if (!item.reconcile) {
        send();
        return;
    }
    m_accounts.get(account->accountName, context,
                   [send, created, sent = *account, done](const Expected<Account, ApiError>& found) {
                       if (!found) {
                           if (found.error().kind == ApiError::Kind::NotFound) {
                               send(); // our earlier attempt did not create it
                               return;
                           }
                           done(failure(found.error(), true));
                           return;
                       }
                       if (isTheAccountWeCreated(*found, sent)) {
                           created(*found, outboxexecution::wasReconciled());
                           return;
                       }
                       done(failure(ApiError::fromPlatform(-3, QStringLiteral("ACCOUNT.EXIST"))));
                   });
}

void OutboxExecutor::recordAddressBasis(const OutboxItem& item, const std::optional<Account>& created,
                                        const AddressBasis& basis, const QJsonObject& outcome, bool markedCreated,
                                        QObject* context, Done done)
{
    m_accounts.setAddressBasis(
        item.target, basis, context,
        [created, outcome, markedCreated, done](const Expected<Account, ApiError>& recorded) {
            if (recorded) {
                done(success(*recorded, outcome, true));
                return;
            }
            // The account exists; only its basis is missing. Failed, so that the item is retried. With the payload
            // marked, the retry records the basis alone. Without the mark it would send the create again and be told
            // the account exists: ambiguous then, so that the retry asks the platform first, finds the account it
            // made and records the basis.
            QJsonObject failed = outcome;
            failed.insert(kAccountCreated, true);
            OutboxExecution execution =
                failure(errorCode(recorded.error()),
                        tr("The account was created, but its address basis was not recorded: %1 Retry this action to "
                           "record it.")
                            .arg(recorded.error().message()),
                        !markedCreated, failed);
            execution.account = created; // the cache shows the new account meanwhile
            done(std::move(execution));
        });
}

void OutboxExecutor::setAddressBasis(const OutboxItem& item, QObject* context, Done done)
{
    const auto basis = outboxpayload::addressBasis(item);
    if (!basis) {
        done(unreadable());
        return;
    }
    m_accounts.setAddressBasis(item.target, *basis, context, [done](const Expected<Account, ApiError>& recorded) {
        done(recorded ? success(*recorded, {}, true) : failure(recorded.error()));
    });
}

} // namespace dm
