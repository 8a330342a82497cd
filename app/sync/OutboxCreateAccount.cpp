// The account mutations of OutboxExecutor that touch the address basis: a create (with its basis) and setting the
// basis alone.

#include "core/InitialPassword.h"
#include "sync/OutboxExecutor.h"
#include "sync/OutboxExecutorSupport.h"
#include "sync/OutboxPayload.h"

#include <QLoggingCategory>

#include <functional>
#include <optional>

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
    // Asks the platform whether our earlier, interrupted attempt made the account. When it did not: `absent` runs if
    // the name is free, and `refusal` (if any) is reported if the name is taken by someone else's account.
    auto reconcile = [this, context, created, sent = *account, done](std::function<void()> absent,
                                                                     std::optional<ApiError> refusal) {
        m_accounts.get(sent.accountName, context,
                       [absent, refusal, created, sent, done](const Expected<Account, ApiError>& found) {
                           if (found && isTheAccountWeCreated(*found, sent)) {
                               created(*found, outboxexecution::wasReconciled());
                           } else if (refusal && (found || found.error().kind == ApiError::Kind::NotFound)) {
                               done(failure(*refusal));
                           } else if (found) {
                               done(failure(ApiError::fromPlatform(-3, QStringLiteral("ACCOUNT.EXIST"))));
                           } else if (found.error().kind == ApiError::Kind::NotFound) {
                               absent();
                           } else {
                               done(failure(found.error(), true));
                           }
                       });
    };
    const bool reconciling = item.reconcile;
    auto send = [this, account = *account, context, done, created, reconcile, reconciling] {
        m_accounts.create(account, context,
                          [done, created, reconcile, reconciling](const Expected<Account, ApiError>& made) {
                              if (made) {
                                  created(*made, {});
                              } else if (reconciling && made.error().kind == ApiError::Kind::Conflict) {
                                  // The earlier attempt's request can reach the platform late: after our check found
                                  // nothing, before this create. The name is then taken by the account it made.
                                  reconcile(nullptr, made.error());
                              } else {
                                  done(failure(made.error()));
                              }
                          });
    };
    if (!reconciling) {
        send();
        return;
    }
    reconcile(send, std::nullopt);
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
