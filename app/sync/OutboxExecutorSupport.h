#pragma once

// dm_sync internal: what the translation units of OutboxExecutor share.

#include "api/AccountService.h"
#include "sync/OutboxExecutor.h"

#include <QJsonObject>

#include <optional>

namespace dm::outboxexecution {

inline const QString kReconciled = QStringLiteral("reconciled");

// `basisKnown`: the account is the delivery extension's object, which states its address basis (AddressBasisKnown).
inline OutboxExecution success(std::optional<Account> account = {}, QJsonObject outcome = {}, bool basisKnown = false)
{
    OutboxExecution execution;
    execution.ok = true;
    execution.account = std::move(account);
    execution.outcome = std::move(outcome);
    execution.addressBasisKnown = basisKnown;
    return execution;
}

inline OutboxExecution failure(QString code, QString message, bool ambiguous = false, QJsonObject outcome = {})
{
    OutboxExecution execution;
    execution.errorCode = std::move(code);
    execution.errorMessage = std::move(message);
    execution.ambiguous = ambiguous;
    execution.outcome = std::move(outcome);
    return execution;
}

inline OutboxExecution failure(const ApiError& error, std::optional<bool> ambiguous = {})
{
    return failure(OutboxExecutor::errorCode(error), error.message(), ambiguous.value_or(error.ambiguous));
}

inline AccountService::Done<Account> accountDone(OutboxExecutor::Done done, QJsonObject outcome = {},
                                                 bool basisKnown = false)
{
    return
        [done = std::move(done), outcome = std::move(outcome), basisKnown](const Expected<Account, ApiError>& account) {
            done(account ? success(*account, outcome, basisKnown) : failure(account.error()));
        };
}

inline QJsonObject wasReconciled()
{
    return {{kReconciled, true}};
}

} // namespace dm::outboxexecution
