#pragma once

#include "api/AccountService.h"
#include "api/LoginRuleService.h"
#include "api/PolicyService.h"
#include "core/Account.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace dm {

class PlatformClient;

// What carrying out one outbox item came to.
struct OutboxExecution
{
    bool ok = false;
    QString errorCode;              // ACCOUNT.EXIST, PASSWORD.LOST, Network...; empty when ok
    QString errorMessage;           // translated; never holds a personal number or a secret
    bool ambiguous = false;         // the failed call may have happened: a retry reconciles first
    QJsonObject outcome;            // reconciled, passwordLost, mayHaveApplied... (no personal data)
    std::optional<Account> account; // the account as the platform returned it, for the caller's report
    bool addressBasisKnown = false; // `account` states its address basis (the extension's object; the vendor's
                                    // row does not): a cache keeps its own when this is false
    QString password;               // the one-time password of a Return reset: secret, handed on once, never stored
};

// Runs one item through the typed services. An item whose previous attempt may have reached the platform
// (OutboxItem::reconcile) is reconciled first: the platform is asked whether it already happened, and a
// non-idempotent call is sent only when it certainly did not.
class OutboxExecutor
{
    Q_DECLARE_TR_FUNCTIONS(OutboxExecutor)

public:
    using Done = std::function<void(OutboxExecution)>;

    OutboxExecutor(PlatformClient& client, Outbox& outbox);

    // `done` runs once, on this thread, unless `context` is destroyed first.
    void execute(const OutboxItem& item, QObject* context, Done done);

    [[nodiscard]] static QString errorCode(const ApiError& error);

private:
    // A create with an address basis makes the account, then records the basis: one item, two calls. An attempt
    // that made the account but not the basis leaves a mark in the payload, so the next one only records the basis.
    void createAccount(const OutboxItem& item, QObject* context, Done done);
    // `markedCreated`: the payload holds that mark. When it could not be saved, a failure here is ambiguous, so that
    // the retry reconciles (finds the account made) instead of sending the create again.
    void recordAddressBasis(const OutboxItem& item, const std::optional<Account>& created, const AddressBasis& basis,
                            const QJsonObject& outcome, bool markedCreated, QObject* context, Done done);
    // Idempotent: the same basis twice leaves the account as once.
    void setAddressBasis(const OutboxItem& item, QObject* context, Done done);
    void resendActivation(const OutboxItem& item, QObject* context, Done done);
    void removeAccount(const OutboxItem& item, QObject* context, Done done);
    void recoverAccount(const OutboxItem& item, QObject* context, Done done);
    void resetPassword(const OutboxItem& item, QObject* context, Done done);
    void updatePolicy(const OutboxItem& item, QObject* context, Done done);
    // The answer of a versioned document update (policy, login rules), for both kinds alike.
    template <typename Document>
    [[nodiscard]] static auto versionedUpdateDone(Done done, bool reconcile);
    void updateLoginRules(const OutboxItem& item, QObject* context, Done done);
    // Records a value read before a non-idempotent call, so a restart can tell whether the call happened.
    [[nodiscard]] bool remember(const OutboxItem& item, const QString& key, qint64 value, const Done& done);

    Outbox& m_outbox;
    AccountService m_accounts;
    PolicyService m_policy;
    LoginRuleService m_loginRules;
};

} // namespace dm
