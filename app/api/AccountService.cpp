#include "api/AccountService.h"

#include "api/AccountJson.h"
#include "api/AccountReplyJson.h"
#include "api/EvidenceJson.h"
#include "api/PasswordResetCall.h"
#include "api/PlatformClient.h"
#include "api/ServiceCall.h"

#include <QJsonObject>

#include <initializer_list>
#include <utility>

namespace dm {
namespace {

const QString kCreate = QStringLiteral("/api/open/account/createAccount");
const QString kGet = QStringLiteral("/api/open/account/getAccount");
// The vendor's recoverable delete; /api/open/account/deleteAccount deletes for good and is never called from here.
const QString kDelete = QStringLiteral("/api/open/account/deleteAccountSim");
const QString kPurge = QStringLiteral("/api/open/account/deleteAccount");
const QString kList = QStringLiteral("/api/open/delivery/account/list");
const QString kGetActivation = QStringLiteral("/api/open/delivery/account/getActivation");
const QString kResend = QStringLiteral("/api/open/delivery/account/resendActivation");
const QString kSetStatus = QStringLiteral("/api/open/delivery/account/setStatus");
const QString kUpdate = QStringLiteral("/api/open/account/updateAccount");
const QString kUpdatePassword = QStringLiteral("/api/open/account/updatePassword");
const QString kRecover = QStringLiteral("/api/open/account/recoverAccount");
const QString kMoveUnit = QStringLiteral("/api/open/account/moveUnit");
const QString kSetAddressBasis = QStringLiteral("/api/open/delivery/account/setAddressBasis");

QJsonObject named(const PlatformClient& client, const QString& accountName)
{
    return accountRequestBody(client.settings().domain, accountName);
}

// The vendor's mutations answer without the account (data null): then it is read back, so that callers always get
// the account as stored. An answer that does carry the account is used as it is.
std::function<void(const ApiReply&)> accountOrReadBack(PlatformClient& client, const QString& accountName,
                                                       QObject* context, AccountService::Done<Account> done)
{
    return [&client, accountName, context, done = std::move(done)](const ApiReply& reply) {
        if (!reply) {
            done(Unexpected{reply.error()});
            return;
        }
        if (reply.value().isObject()) {
            done(accountFromJson(reply.value()));
            return;
        }
        client.call(kGet, named(client, accountName), {}, context, parsedReply<Account>(&accountFromJson, done));
    };
}

// An existing account is the one our lost create made when it carries exactly what we sent.
bool isTheAccountWeCreated(const Account& found, const NewAccount& sent)
{
    return found.status != AccountStatus::Deleted && found.name == sent.name && found.mobile == sent.mobile &&
           found.idNumber == sent.idNumber && found.jobNumber == sent.jobNumber;
}

} // namespace

AccountService::AccountService(PlatformClient& client)
    : m_client(client)
{}

void AccountService::create(const NewAccount& account, QObject* context, Done<Account> done)
{
    QJsonObject body = named(m_client, account.accountName);
    body.insert(QStringLiteral("name"), account.name);
    for (const auto& [field, value] : std::initializer_list<std::pair<const char*, QJsonValue>>{
             {"password", account.initialPassword},
             {"passType", 0}, // plain text inside TLS; 1 would be an MD5 hex digest
             {"passChangeFirstLogin", account.passChangeFirstLogin},
             {"visibleInAddr", account.visibleInAddr ? 1 : 0}}) {
        body.insert(QLatin1String(field), value);
    }
    if (!account.mobile.isEmpty()) {
        body.insert(QStringLiteral("bindMobile"), account.mobile);
    }
    if (!account.idNumber.isEmpty()) {
        body.insert(QStringLiteral("idNumber"), account.idNumber);
    }
    body.insert(QStringLiteral("jobNumber"), account.jobNumber); // "" as integrators send it: no case number
    if (!account.unitId.isEmpty()) {
        body.insert(QStringLiteral("unitId"), account.unitId);
    }
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, account](std::function<void(Reconciliation)> found) {
            client.call(kGet, named(client, account.accountName), {}, nullptr, [account, found](const ApiReply& reply) {
                if (!reply) {
                    found(Reconciliation{reply.error().kind == ApiError::Kind::NotFound
                                             ? Reconciliation::Outcome::NotDone
                                             : Reconciliation::Outcome::Unknown});
                    return;
                }
                auto existing = accountFromJson(reply.value());
                if (existing && isTheAccountWeCreated(*existing, account)) {
                    found(Reconciliation{Reconciliation::Outcome::Done, reply});
                    return;
                }
                ApiError taken = ApiError::fromPlatform(-3, QStringLiteral("ACCOUNT.EXIST"));
                found(Reconciliation{Reconciliation::Outcome::Done, Unexpected{taken}});
            });
        }};
    m_client.call(kCreate, body, std::move(options), context,
                  accountOrReadBack(m_client, account.accountName, context, std::move(done)));
}

void AccountService::get(const QString& accountName, QObject* context, Done<Account> done)
{
    m_client.call(kGet, named(m_client, accountName), {}, context,
                  parsedReply<Account>(&accountFromJson, std::move(done)));
}

void AccountService::list(const AccountFilter& filter, const QString& cursor, QObject* context,
                          Done<KeysetPage<Account>> done)
{
    QJsonObject body{{QStringLiteral("pageSize"), filter.pageSize}};
    if (!cursor.isEmpty()) {
        body.insert(QStringLiteral("cursor"), cursor);
    }
    if (filter.status) {
        body.insert(QStringLiteral("status"), toString(*filter.status));
    }
    if (filter.activationState) {
        body.insert(QStringLiteral("activationState"), toString(*filter.activationState));
    }
    if (!filter.unitId.isEmpty()) {
        body.insert(QStringLiteral("unitId"), filter.unitId);
    }
    if (filter.createdFrom) {
        body.insert(QStringLiteral("createdFrom"), *filter.createdFrom);
    }
    if (filter.createdTo) {
        body.insert(QStringLiteral("createdTo"), *filter.createdTo);
    }
    if (filter.updatedSince) {
        body.insert(QStringLiteral("updatedSince"), *filter.updatedSince);
    }
    if (!filter.keyword.isEmpty()) {
        body.insert(QStringLiteral("keyword"), filter.keyword);
    }
    m_client.call(kList, body, {}, context,
                  parsedReply<KeysetPage<Account>>(
                      [](const QJsonValue& value) {
                          return pageFromJson<Account>(value,
                                                       [](const QJsonValue& item) { return accountFromJson(item); });
                      },
                      std::move(done)));
}

void AccountService::resendActivation(const QString& accountName, QObject* context, Done<Activation> done)
{
    const auto parseActivation = [](const QJsonValue& value) {
        return activationFromJson(value, QStringLiteral("activation"));
    };
    // Read the reminder count first: after an ambiguous failure a higher count means our SMS went out.
    PlatformClient& client = m_client;
    m_client.call(kGetActivation, named(client, accountName), {}, context,
                  [&client, accountName, context, parseActivation, done = std::move(done)](const ApiReply& before) {
                      if (!before) {
                          done(Unexpected{before.error()});
                          return;
                      }
                      auto previous = parseActivation(before.value());
                      if (!previous) {
                          done(Unexpected{previous.error()});
                          return;
                      }
                      const int countBefore = previous->reminderCount;
                      PlatformClient::CallOptions options{
                          Idempotency::NotIdempotent, [&client, accountName, countBefore,
                                                       parseActivation](std::function<void(Reconciliation)> found) {
                              client.call(kGetActivation, named(client, accountName), {}, nullptr,
                                          [countBefore, parseActivation, found](const ApiReply& reply) {
                                              auto now =
                                                  reply ? parseActivation(reply.value())
                                                        : Expected<Activation, ApiError>(Unexpected{reply.error()});
                                              if (!now) {
                                                  found(Reconciliation{});
                                                  return;
                                              }
                                              found(Reconciliation{now->reminderCount > countBefore
                                                                       ? Reconciliation::Outcome::Done
                                                                       : Reconciliation::Outcome::NotDone,
                                                                   reply});
                                          });
                          }};
                      client.call(kResend, named(client, accountName), std::move(options), context,
                                  parsedReply<Activation>(parseActivation, done));
                  });
}

void AccountService::setStatus(const QString& accountName, AccountStatus status, QObject* context, Done<Account> done)
{
    QJsonObject body = named(m_client, accountName);
    body.insert(QStringLiteral("status"), toString(status));
    // Setting the same status twice is harmless (the contract makes it a no-op), so it may be retried freely.
    m_client.call(kSetStatus, body, {}, context, parsedReply<Account>(&accountFromJson, std::move(done)));
}

void AccountService::remove(const QString& accountName, QObject* context, Done<Account> done)
{
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, accountName](std::function<void(Reconciliation)> found) {
            client.call(kGet, named(client, accountName), {}, nullptr, [found](const ApiReply& reply) {
                auto account =
                    reply ? accountFromJson(reply.value()) : Expected<Account, ApiError>(Unexpected{reply.error()});
                if (!account) {
                    found(Reconciliation{});
                    return;
                }
                found(Reconciliation{account->status == AccountStatus::Deleted ? Reconciliation::Outcome::Done
                                                                               : Reconciliation::Outcome::NotDone,
                                     reply});
            });
        }};
    m_client.call(kDelete, named(client, accountName), std::move(options), context,
                  accountOrReadBack(client, accountName, context, std::move(done)));
}

void AccountService::purge(const QString& accountName, QObject* context, Done<void> done)
{
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, accountName](std::function<void(Reconciliation)> found) {
            client.call(kGet, named(client, accountName), {}, nullptr, [found](const ApiReply& reply) {
                if (reply) {
                    found(Reconciliation{Reconciliation::Outcome::NotDone}); // still there
                } else if (reply.error().kind == ApiError::Kind::NotFound) {
                    found(Reconciliation{Reconciliation::Outcome::Done, QJsonValue()});
                } else {
                    found(Reconciliation{});
                }
            });
        }};
    m_client.call(kPurge, named(client, accountName), std::move(options), context, voidReply(std::move(done)));
}

void AccountService::update(const QString& accountName, const AccountUpdate& change, QObject* context,
                            Done<Account> done)
{
    QJsonObject body = named(m_client, accountName);
    const auto text = [&body](const char* field, const std::optional<QString>& value) {
        if (value) {
            body.insert(QLatin1String(field), *value);
        }
    };
    text("name", change.name);
    text("jobNumber", change.jobNumber);
    text("bindMobile", change.mobile);
    if (change.mobile) {
        body.insert(QStringLiteral("mobilePrefix"), QStringLiteral("86")); // mainland numbers only
    }
    if (change.unitId) {
        body.insert(QStringLiteral("unitId"), *change.unitId == QLatin1String(kTopUnitId) ? QString() : *change.unitId);
    }
    text("idNumber", change.idNumber);
    if (change.visibleInAddr) {
        body.insert(QStringLiteral("visibleInAddr"), *change.visibleInAddr ? 1 : 0);
    }
    if (change.passChangeFirstLogin) {
        body.insert(QStringLiteral("passChangeFirstLogin"), *change.passChangeFirstLogin);
    }
    m_client.call(kUpdate, body, {}, context, accountOrReadBack(m_client, accountName, context, std::move(done)));
}

void AccountService::updatePassword(const QString& accountName, const QString& password,
                                    std::optional<int> passChangeFirstLogin, QObject* context, Done<Account> done)
{
    QJsonObject body = named(m_client, accountName);
    body.insert(QStringLiteral("password"), password);
    body.insert(QStringLiteral("passType"), 0);
    if (passChangeFirstLogin) {
        body.insert(QStringLiteral("passChangeFirstLogin"), *passChangeFirstLogin);
    }
    // Setting the same password again leaves the account as the first copy did; only the log shows two rows.
    m_client.call(kUpdatePassword, body, {}, context,
                  accountOrReadBack(m_client, accountName, context, std::move(done)));
}

void AccountService::moveUnit(const QString& accountName, const QString& unitId, QObject* context, Done<Account> done)
{
    QJsonObject body = named(m_client, accountName);
    body.insert(QStringLiteral("unitId"), unitId);
    // Moving an account to the unit it is in succeeds and changes nothing, so a retry is harmless.
    m_client.call(kMoveUnit, body, {}, context, accountOrReadBack(m_client, accountName, context, std::move(done)));
}

void AccountService::setAddressBasis(const QString& accountName, const std::optional<AddressBasis>& basis,
                                     QObject* context, Done<Account> done)
{
    QJsonObject body = named(m_client, accountName);
    body.insert(QStringLiteral("addressBasis"), addressBasisToJson(basis));
    // Setting the same basis twice leaves the same account, so a retry after a lost answer is harmless.
    m_client.call(kSetAddressBasis, body, {}, context, parsedReply<Account>(&accountFromJson, std::move(done)));
}

void AccountService::recover(const QString& accountName, QObject* context, Done<Account> done)
{
    PlatformClient& client = m_client;
    PlatformClient::CallOptions options{
        Idempotency::NotIdempotent, [&client, accountName](std::function<void(Reconciliation)> found) {
            client.call(kGet, named(client, accountName), {}, nullptr, [found](const ApiReply& reply) {
                auto account =
                    reply ? accountFromJson(reply.value()) : Expected<Account, ApiError>(Unexpected{reply.error()});
                if (!account) {
                    found(Reconciliation{});
                    return;
                }
                // Still deleted: ours did not happen. Not deleted: it did (or someone recovered it; same result).
                found(Reconciliation{account->status == AccountStatus::Deleted ? Reconciliation::Outcome::NotDone
                                                                               : Reconciliation::Outcome::Done,
                                     reply});
            });
        }};
    m_client.call(kRecover, named(client, accountName), std::move(options), context,
                  accountOrReadBack(client, accountName, context, std::move(done)));
}

void AccountService::getActivation(const QString& accountName, QObject* context, Done<Activation> done)
{
    m_client.call(kGetActivation, named(m_client, accountName), {}, context,
                  parsedReply<Activation>(&activationReplyFromJson, std::move(done)));
}

void AccountService::resetPassword(const PasswordReset& reset, QObject* context, Done<PasswordResetResult> done)
{
    resetPasswordCall(m_client, reset, context, std::move(done));
}

QString AccountService::resetOutcomeUnknownMessage()
{
    return tr("The platform did not confirm the password reset, and it cannot tell whether the reset happened. It "
              "was not repeated, because a second reset would invalidate a password already sent by SMS. Check the "
              "operation log before resetting again.");
}

} // namespace dm
