#include "api/PasswordResetCall.h"

#include "api/AccountJson.h"
#include "api/AccountReplyJson.h"
#include "api/LogService.h"
#include "api/PlatformClient.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <memory>

namespace dm {
namespace {

Q_LOGGING_CATEGORY(lcReset, "dm.api.reset")

const QString kGet = QStringLiteral("/api/open/account/getAccount");
const QString kReset = QStringLiteral("/api/open/delivery/account/resetPassword");

using Rows = QList<OperationRecord>;
using RowsDone = std::function<void(const Expected<Rows, ApiError>&)>;

struct ResetState
{
    QString accountName;
    QString address;
    qint64 updatedAtBefore = 0;
    qint64 baselineStart = 0;
    QSet<qint64> baseline; // ids of the resetPassword rows that existed before we sent ours
    bool reconciled = false;
    bool unresolved = false;
};

// The longest window the platform takes that ends just after `time`.
LogWindow windowUpTo(qint64 time)
{
    return LogWindow{std::max<qint64>(0, time - kMaxLogWindowMs + 1), time + 1};
}

// Every successful resetPassword row of `address` in `window`, all pages.
void collectResets(PlatformClient& client, const LogWindow& window, const QString& address, const QString& cursor,
                   Rows rows, QObject* context, RowsDone done)
{
    OperationFilter filter;
    filter.action = QStringLiteral("resetPassword");
    filter.result = LogResult::Success;
    filter.target = address;
    LogService(client).queryOperations(
        window, filter, PageRequest{1000, cursor}, context,
        [&client, window, address, context, rows = std::move(rows),
         done = std::move(done)](const Expected<KeysetPage<OperationRecord>, ApiError>& page) mutable {
            if (!page) {
                done(Unexpected{page.error()});
                return;
            }
            for (const OperationRecord& row : page->items) {
                // The target filter matches a part of the target: zhang@ also finds xzhang@.
                if (row.target.compare(address, Qt::CaseInsensitive) == 0) {
                    rows.append(row);
                }
            }
            if (page->nextCursor) {
                collectResets(client, window, address, *page->nextCursor, std::move(rows), context, std::move(done));
                return;
            }
            done(rows);
        });
}

// Step 2 of the header's recipe: what the platform shows after an ambiguous failure.
void reconcile(PlatformClient& client, const std::shared_ptr<ResetState>& state,
               const std::function<void(Reconciliation)>& found)
{
    client.call(
        kGet, accountRequestBody(client.settings().domain, state->accountName), {}, nullptr,
        [&client, state, found](const ApiReply& reply) {
            auto now = reply ? accountFromJson(reply.value()) : Expected<Account, ApiError>(Unexpected{reply.error()});
            if (!now) {
                state->unresolved = true;
                found(Reconciliation{});
                return;
            }
            if (now->updatedAt == state->updatedAtBefore) {
                found(Reconciliation{Reconciliation::Outcome::NotDone}); // a reset would have moved updatedAt
                return;
            }
            const qint64 updatedAt = now->updatedAt;
            const int passChange = now->passChangeFirstLogin;
            collectResets(client, windowUpTo(updatedAt), state->address, {}, {}, nullptr,
                          [state, found, updatedAt, passChange](const Expected<Rows, ApiError>& rows) {
                              if (!rows) {
                                  state->unresolved = true;
                                  found(Reconciliation{});
                                  return;
                              }
                              const OperationRecord* ours = nullptr;
                              for (const OperationRecord& row : *rows) {
                                  if (row.time >= state->baselineStart && !state->baseline.contains(row.id) &&
                                      row.remark.endsWith(QStringLiteral("下发方式:短信"))) {
                                      ours = &row; // rows come in time order: the last one is the latest
                                  }
                              }
                              if (!ours) {
                                  found(Reconciliation{Reconciliation::Outcome::NotDone});
                                  return;
                              }
                              state->reconciled = true;
                              // What the lost answer said, as far as the platform can still tell.
                              const QJsonObject data{{QStringLiteral("accountName"), state->accountName},
                                                     {QStringLiteral("delivery"), toString(PasswordDelivery::Sms)},
                                                     {QStringLiteral("passChangeFirstLogin"), passChange},
                                                     {QStringLiteral("updatedAt"), updatedAt},
                                                     {QStringLiteral("smsSentAt"), ours->time}};
                              found(Reconciliation{Reconciliation::Outcome::Done, QJsonValue(data)});
                          });
        });
}

} // namespace

void resetPasswordCall(PlatformClient& client, const PasswordReset& reset, QObject* context,
                       ApiDone<PasswordResetResult> done)
{
    QJsonObject body{{QStringLiteral("accountName"), reset.accountName},
                     {QStringLiteral("mode"), toString(reset.mode)},
                     {QStringLiteral("delivery"), toString(reset.delivery)}};
    if (!reset.password.isEmpty()) {
        body.insert(QStringLiteral("password"), reset.password);
    }
    if (reset.delivery == PasswordDelivery::Return) {
        client.call(kReset, body, {}, context,
                    parsedReply<PasswordResetResult>(&passwordResetFromJson, std::move(done)));
        return;
    }
    auto state = std::make_shared<ResetState>();
    state->accountName = reset.accountName;
    client.call(
        kGet, accountRequestBody(client.settings().domain, reset.accountName), {}, context,
        [&client, state, body, context, done](const ApiReply& got) {
            auto before = got ? accountFromJson(got.value()) : Expected<Account, ApiError>(Unexpected{got.error()});
            if (!before) {
                done(Unexpected{before.error()});
                return;
            }
            state->address = before->address;
            state->updatedAtBefore = before->updatedAt;
            const LogWindow baseline = windowUpTo(before->updatedAt);
            state->baselineStart = baseline.startTime;
            collectResets(
                client, baseline, state->address, {}, {}, context,
                [&client, state, body, context, done](const Expected<Rows, ApiError>& rows) {
                    if (!rows) {
                        done(Unexpected{rows.error()}); // nothing was sent
                        return;
                    }
                    for (const OperationRecord& row : *rows) {
                        state->baseline.insert(row.id);
                    }
                    PlatformClient::CallOptions options{Idempotency::NotIdempotent,
                                                        [&client, state](std::function<void(Reconciliation)> found) {
                                                            reconcile(client, state, found);
                                                        }};
                    client.call(kReset, body, std::move(options), context, [state, done](const ApiReply& reply) {
                        if (!reply) {
                            ApiError error = reply.error();
                            if (state->unresolved) {
                                qCWarning(lcReset) << "resetPassword outcome unknown; not sent again";
                                error.ambiguous = true;
                                error.detail =
                                    QStringLiteral("resetPassword outcome unknown, not repeated: a second reset would "
                                                   "invalidate a password already sent by SMS (%1)")
                                        .arg(error.detail);
                            }
                            done(Unexpected{error});
                            return;
                        }
                        auto result = passwordResetFromJson(reply.value());
                        if (result && state->reconciled) {
                            result->reconciled = true;
                        }
                        done(result);
                    });
                });
        });
}

} // namespace dm
