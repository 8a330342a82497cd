#include "sync/OutboxExecutor.h"

#include "sync/OutboxExecutorSupport.h"
#include "sync/OutboxPayload.h"

namespace dm {

namespace {

using outboxexecution::accountDone;
using outboxexecution::failure;
using outboxexecution::success;

const QString kReminderCountBefore = QStringLiteral("reminderCountBefore");
const QString kUpdatedAtBefore = QStringLiteral("updatedAtBefore");
const QJsonObject kWasReconciled = outboxexecution::wasReconciled();

} // namespace

OutboxExecutor::OutboxExecutor(PlatformClient& client, Outbox& outbox)
    : m_outbox(outbox)
    , m_accounts(client)
    , m_policy(client)
    , m_loginRules(client)
{}

QString OutboxExecutor::errorCode(const ApiError& error)
{
    if (!error.platformMessage.isEmpty()) {
        return error.platformMessage;
    }
    switch (error.kind) {
    case ApiError::Kind::Network:
        return QStringLiteral("Network");
    case ApiError::Kind::ProxyAuth:
        return QStringLiteral("ProxyAuth");
    case ApiError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("Tls");
    case ApiError::Kind::PinMismatch:
        return QStringLiteral("PinMismatch");
    case ApiError::Kind::Auth:
        return QStringLiteral("Auth");
    case ApiError::Kind::Permission:
        return QStringLiteral("Permission");
    case ApiError::Kind::Validation:
        return QStringLiteral("Validation");
    case ApiError::Kind::NotFound:
        return QStringLiteral("NotFound");
    case ApiError::Kind::Conflict:
        return QStringLiteral("Conflict");
    case ApiError::Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiError::Kind::Server:
        return QStringLiteral("Server");
    case ApiError::Kind::Protocol:
        return QStringLiteral("Protocol");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

void OutboxExecutor::execute(const OutboxItem& item, QObject* context, Done done)
{
    const QString& name = item.target;
    const auto unreadable = [&done] {
        done(failure(QStringLiteral("OUTBOX.PAYLOAD"), tr("The saved details of this action cannot be read.")));
    };
    if (item.kind == outboxkind::createAccount) {
        createAccount(item, context, std::move(done));
    } else if (item.kind == outboxkind::updateAccount) {
        m_accounts.update(name, *outboxpayload::accountUpdate(item.payload), context, accountDone(std::move(done)));
    } else if (item.kind == outboxkind::setStatus) {
        const auto status = outboxpayload::status(item.payload);
        if (!status) {
            return unreadable();
        }
        // The extension's account object: it states the address basis.
        m_accounts.setStatus(name, *status, context, accountDone(std::move(done), {}, true));
    } else if (item.kind == outboxkind::deleteAccount) {
        removeAccount(item, context, std::move(done));
    } else if (item.kind == outboxkind::recoverAccount) {
        recoverAccount(item, context, std::move(done));
    } else if (item.kind == outboxkind::moveUnit) {
        m_accounts.moveUnit(name, outboxpayload::unitId(item.payload), context, accountDone(std::move(done)));
    } else if (item.kind == outboxkind::resetPassword) {
        resetPassword(item, context, std::move(done));
    } else if (item.kind == outboxkind::resendActivation) {
        resendActivation(item, context, std::move(done));
    } else if (item.kind == outboxkind::setAddressBasis) {
        setAddressBasis(item, context, std::move(done));
    } else if (item.kind == outboxkind::updatePolicy) {
        updatePolicy(item, context, std::move(done));
    } else if (item.kind == outboxkind::updateLoginRules) {
        updateLoginRules(item, context, std::move(done));
    } else {
        done(failure(QStringLiteral("OUTBOX.KIND"), tr("This version cannot carry out this kind of action.")));
    }
}

bool OutboxExecutor::remember(const OutboxItem& item, const QString& key, qint64 value, const Done& done)
{
    QJsonObject payload = item.payload;
    payload.insert(key, value);
    if (auto saved = m_outbox.updatePayload(item.id, payload); !saved) {
        done(failure(QStringLiteral("STORE"), saved.error().message()));
        return false;
    }
    return true;
}

void OutboxExecutor::resendActivation(const OutboxItem& item, QObject* context, Done done)
{
    const QString name = item.target;
    auto send = [this, name, context, done] {
        m_accounts.resendActivation(name, context, [done](const Expected<Activation, ApiError>& sent) {
            done(sent ? success() : failure(sent.error()));
        });
    };
    // The reminder count before our first attempt tells, after a restart, whether that attempt sent an SMS.
    m_accounts.getActivation(name, context, [this, item, send, done](const Expected<Activation, ApiError>& now) {
        if (!now) {
            done(failure(now.error(), item.reconcile));
            return;
        }
        const QJsonValue before = item.payload.value(kReminderCountBefore);
        if (item.reconcile && before.isDouble()) {
            if (now->reminderCount > before.toInteger()) {
                done(success({}, kWasReconciled));
                return;
            }
            send();
            return;
        }
        if (remember(item, kReminderCountBefore, now->reminderCount, done)) {
            send();
        }
    });
}

void OutboxExecutor::removeAccount(const OutboxItem& item, QObject* context, Done done)
{
    const QString name = item.target;
    auto send = [this, name, context, done] { m_accounts.remove(name, context, accountDone(done)); };
    if (!item.reconcile) {
        send();
        return;
    }
    m_accounts.get(name, context, [send, done](const Expected<Account, ApiError>& found) {
        if (!found) {
            done(failure(found.error(), found.error().kind != ApiError::Kind::NotFound));
        } else if (found->status == AccountStatus::Deleted) {
            done(success(*found, kWasReconciled));
        } else {
            send();
        }
    });
}

void OutboxExecutor::recoverAccount(const OutboxItem& item, QObject* context, Done done)
{
    const QString name = item.target;
    auto send = [this, name, context, done] { m_accounts.recover(name, context, accountDone(done)); };
    if (!item.reconcile) {
        send();
        return;
    }
    m_accounts.get(name, context, [send, done](const Expected<Account, ApiError>& found) {
        if (!found) {
            done(failure(found.error(), found.error().kind != ApiError::Kind::NotFound));
        } else if (found->status != AccountStatus::Deleted) {
            done(success(*found, kWasReconciled));
        } else {
            send();
        }
    });
}

void OutboxExecutor::resetPassword(const OutboxItem& item, QObject* context, Done done)
{
    const auto delivery = outboxpayload::delivery(item.payload);
    if (!delivery) {
        done(failure(QStringLiteral("OUTBOX.PAYLOAD"), tr("The saved details of this action cannot be read.")));
        return;
    }
    PasswordReset reset;
    reset.accountName = item.target;
    reset.mode = PasswordResetMode::Generate;
    reset.delivery = *delivery;
    auto send = [this, reset, context, done] {
        m_accounts.resetPassword(reset, context, [done](const Expected<PasswordResetResult, ApiError>& result) {
            if (!result) {
                done(failure(result.error()));
                return;
            }
            OutboxExecution execution = success({}, result->reconciled ? kWasReconciled : QJsonObject());
            execution.password = result->password;
            done(std::move(execution));
        });
    };
    if (*delivery == PasswordDelivery::Return) {
        if (item.reconcile) {
            // Its password went only to the process that stopped: nobody can be shown it any more. Not ambiguous,
            // so that retrying the item makes a new reset, which is what the administrator is told to do.
            done(failure(QStringLiteral("PASSWORD.LOST"),
                         tr("The program stopped while this password reset was running. If the reset happened, its "
                            "one-time password is lost. Reset the password again."),
                         false, {{QStringLiteral("passwordLost"), true}}));
            return;
        }
        send();
        return;
    }
    // An SMS reset must never happen twice: the account's updatedAt before our first attempt tells, after a restart,
    // whether anything changed the account since.
    m_accounts.get(reset.accountName, context, [this, item, send, done](const Expected<Account, ApiError>& found) {
        if (!found) {
            done(failure(found.error(), item.reconcile));
            return;
        }
        const QJsonValue before = item.payload.value(kUpdatedAtBefore);
        if (item.reconcile && before.isDouble()) {
            if (found->updatedAt == before.toInteger()) {
                send(); // untouched since: ours did not happen
                return;
            }
            done(failure(QStringLiteral("RESET.UNKNOWN"), AccountService::resetOutcomeUnknownMessage(), false,
                         {{QStringLiteral("outcomeUnknown"), true}}));
            return;
        }
        if (remember(item, kUpdatedAtBefore, found->updatedAt, done)) {
            send();
        }
    });
}

template <typename Document>
auto OutboxExecutor::versionedUpdateDone(Done done, bool reconcile)
{
    return [done = std::move(done), reconcile](const Expected<Document, UpdateError<Document>>& updated) {
        if (updated) {
            done(success({}, {{QStringLiteral("version"), updated->version}}));
            return;
        }
        OutboxExecution execution = failure(updated.error());
        if (reconcile && updated.error().kind == ApiError::Kind::Conflict) {
            execution.ambiguous = false;
            execution.outcome.insert(QStringLiteral("mayHaveApplied"), true);
            execution.errorMessage = tr("The document changed after this change was queued, possibly by this very "
                                        "change before the program stopped. Review the document and apply the "
                                        "change again if it is still needed.");
        }
        done(std::move(execution));
    };
}

void OutboxExecutor::updatePolicy(const OutboxItem& item, QObject* context, Done done)
{
    const auto change = outboxpayload::policyUpdate(item.payload);
    if (!change) {
        done(failure(QStringLiteral("OUTBOX.PAYLOAD"), tr("The saved details of this action cannot be read.")));
        return;
    }
    // Versioned: a second copy fails with a version conflict instead of applying twice.
    m_policy.update(*change, context, versionedUpdateDone<PolicyDocument>(std::move(done), item.reconcile));
}

void OutboxExecutor::updateLoginRules(const OutboxItem& item, QObject* context, Done done)
{
    const auto change = outboxpayload::loginRuleUpdate(item.payload);
    if (!change) {
        done(failure(QStringLiteral("OUTBOX.PAYLOAD"), tr("The saved details of this action cannot be read.")));
        return;
    }
    m_loginRules.update(*change, context, versionedUpdateDone<LoginRuleDocument>(std::move(done), item.reconcile));
}

} // namespace dm
