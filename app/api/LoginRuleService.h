#pragma once

#include "api/ApiError.h"
#include "api/VersionedUpdate.h"
#include "core/Expected.h"
#include "core/LoginRules.h"

#include <QObject>

#include <functional>
#include <optional>

namespace dm {

class PlatformClient;

// A change to one level's login rules, based on the version the caller read. At least one of `rules` and the
// default must change (else the platform answers PARAM.INVALID:rules:missing).
struct LoginRuleUpdate
{
    enum class DefaultChange
    {
        Keep,
        Set,          // to defaultAction
        FollowDomain, // account level only: drop the account's own default
    };

    LoginRuleLevel level = LoginRuleLevel::Domain;
    QString targetId; // an accountName; at domain level empty means the profile's domain
    qint64 expectedVersion = 0;
    std::optional<QList<LoginRule>> rules; // the whole new list, replacing the old one; nullopt keeps it
    DefaultChange defaultChange = DefaultChange::Keep;
    LoginAction defaultAction = LoginAction::Allow;
};

// The typed login rule endpoints (CONTRACT.md §12). get and evaluate are reads; update is versioned like the
// policy's (UpdateError with LOGINRULE.VERSION.CONFLICT and the current document on a stale version; reconciled
// after an ambiguous failure). Every callback runs once, on the caller's thread, unless `context` is gone.
class LoginRuleService
{
public:
    template <typename T>
    using Done = std::function<void(const Expected<T, ApiError>&)>;

    explicit LoginRuleService(PlatformClient& client);

    void get(LoginRuleLevel level, const QString& targetId, QObject* context, Done<LoginRuleDocument> done);
    void update(const LoginRuleUpdate& change, QObject* context, UpdateDone<LoginRuleDocument> done);
    // How the platform would decide a login of `accountName` from `ip` (and `region` as the login log writes it,
    // e.g. 广东省广州市; empty: unknown). Changes nothing.
    void evaluate(const QString& accountName, const QString& ip, const QString& region, QObject* context,
                  Done<LoginDecision> done);

private:
    PlatformClient& m_client;
};

} // namespace dm
