#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"
#include "core/PasswordReset.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace dm {

class PlatformClient;

// A delivery mailbox to create. The client generates the initial password (core/InitialPassword.h) so that it is
// still known if the platform's answer is lost; it is sent once and never stored.
struct NewAccount
{
    QString accountName;
    QString name;
    QString mobile;
    QString idNumber;  // optional
    QString jobNumber; // the case number; optional
    QString unitId;    // optional: the root unit
    QString initialPassword;
    int passChangeFirstLogin = 1;
    bool visibleInAddr = false;
};

// Filters of the delivery account listing (CONTRACT.md "Delivery accounts").
struct AccountFilter
{
    std::optional<AccountStatus> status;
    std::optional<ActivationState> activationState;
    QString unitId;
    std::optional<qint64> createdFrom;
    std::optional<qint64> createdTo;
    std::optional<qint64> updatedSince;
    QString keyword;
    int pageSize = 100;
};

// The fields of updateAccount to change; unset fields keep their values. At least one must be set (else the
// platform answers PARAM.INVALID:fields:empty).
struct AccountUpdate
{
    std::optional<QString> name;
    std::optional<QString> jobNumber; // "" clears it
    std::optional<QString> mobile;    // sent as bindMobile; "" is refused
    std::optional<QString> idNumber;  // "" clears it
    std::optional<bool> visibleInAddr;
    std::optional<int> passChangeFirstLogin; // 0, 1 or 2
    std::optional<QString> unitId;           // moves the account (the vendor's updateAccount); "root": the top
};

// The typed account endpoints. Every callback runs once, on the caller's thread, unless `context` is gone.
// Calls that must not happen twice (create, resend activation, delete) reconcile after an ambiguous failure:
// they ask the platform what happened before anything is sent again.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit AccountService(PlatformClient& client);

    void create(const NewAccount& account, QObject* context, Done<Account> done);
    void get(const QString& accountName, QObject* context, Done<Account> done);
    void list(const AccountFilter& filter, const QString& cursor, QObject* context, Done<KeysetPage<Account>> done);
    void resendActivation(const QString& accountName, QObject* context, Done<Activation> done);
    void setStatus(const QString& accountName, AccountStatus status, QObject* context, Done<Account> done);
    // The recoverable delete (the vendor's deleteAccountSim): the account stays, status Deleted.
    void remove(const QString& accountName, QObject* context, Done<Account> done);
    // The permanent delete (the vendor's deleteAccount): the account and its mail are gone and cannot be recovered.
    // Reconciled after an ambiguous failure: an account that no longer exists was deleted.
    void purge(const QString& accountName, QObject* context, Done<void> done);

    // Setting values is idempotent (the same values change nothing), so these are retried like reads.
    void update(const QString& accountName, const AccountUpdate& change, QObject* context, Done<Account> done);
    // `passChangeFirstLogin` (0, 1 or 2), when set, is sent along as the vendor's updatePassword takes it.
    void updatePassword(const QString& accountName, const QString& password, std::optional<int> passChangeFirstLogin,
                        QObject* context, Done<Account> done);
    void moveUnit(const QString& accountName, const QString& unitId, QObject* context, Done<Account> done);
    // Sets (or clears, with nullopt) where the court got the recipient's address (the delivery extension, CONTRACT.md
    // §10); answers the account as stored, with its basis.
    void setAddressBasis(const QString& accountName, const std::optional<AddressBasis>& basis, QObject* context,
                         Done<Account> done);
    // Reconciled after an ambiguous failure: a second copy would fail with ACCOUNT.NOT.DELETED.
    void recover(const QString& accountName, QObject* context, Done<Account> done);
    void getActivation(const QString& accountName, QObject* context, Done<Activation> done);
    // Never repeated blindly with an Sms delivery (see api/PasswordResetCall.h): when the platform cannot tell
    // whether the reset happened, the error comes back with `ambiguous` set and nothing was sent again. The result's
    // password (Return delivery) is secret: show it once, never log or store it.
    void resetPassword(const PasswordReset& reset, QObject* context, Done<PasswordResetResult> done);
    // For users, when resetPassword failed with `ambiguous` set.
    [[nodiscard]] static QString resetOutcomeUnknownMessage();

private:
    PlatformClient& m_client;
};

} // namespace dm
