#pragma once

#include "api/ApiError.h"
#include "core/Account.h"
#include "core/Expected.h"

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

// The typed account endpoints. Every callback runs once, on the caller's thread, unless `context` is gone.
// Calls that must not happen twice (create, resend activation, delete) reconcile after an ambiguous failure:
// they ask the platform what happened before anything is sent again.
class AccountService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit AccountService(PlatformClient& client);

    void create(const NewAccount& account, QObject* context, Done<Account> done);
    void get(const QString& accountName, QObject* context, Done<Account> done);
    void list(const AccountFilter& filter, const QString& cursor, QObject* context, Done<Page<Account>> done);
    void resendActivation(const QString& accountName, QObject* context, Done<Activation> done);
    void setStatus(const QString& accountName, AccountStatus status, QObject* context, Done<Account> done);
    void remove(const QString& accountName, QObject* context, Done<Account> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
