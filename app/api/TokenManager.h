#pragma once

#include "api/ApiError.h"
#include "core/Expected.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

namespace dm {

class ApiAccessManager;

// The access token of one profile: acquired with the authCode, refreshed shortly before it expires, renewed on -301
// and acquired again on -302/-300. At most one acquire or refresh is in flight; callers that need a token meanwhile
// wait for it and then go on. Tokens stay in memory only.
class TokenManager : public QObject
{
    Q_OBJECT

public:
    using TokenResult = Expected<QByteArray, ApiError>;
    using TokenCallback = std::function<void(const TokenResult&)>;
    // Supplies the authCode (from the keychain, an environment variable or stdin); called only when needed.
    using AuthCodeProvider = std::function<void(std::function<void(Expected<QByteArray, ApiError>)>)>;
    using Clock = std::function<qint64()>; // ms since the epoch; tests move it

    TokenManager(ApiAccessManager& network, AuthCodeProvider authCode, QObject* parent = nullptr);

    // Calls back (always later, on this thread) with a token valid for at least the refresh margin, or the error.
    void token(QObject* context, TokenCallback callback);
    // The platform said this token expired (-301): the next token() refreshes, unless another caller already did.
    void markExpired(const QByteArray& accessToken);
    // The platform no longer knows the refresh token (-302/-300): the next token() acquires afresh.
    void markRefreshExpired();
    // The platform refused this access token as unknown (-300, -302, -101). When it is still the current one, the
    // next token() acquires afresh; an older one was already replaced (a refresh revokes the token before it at
    // once), so the caller simply replays with the current token.
    void markRejected(const QByteArray& accessToken);

    void setClock(Clock clock) { m_now = std::move(clock); }
    void setRefreshMargin(std::chrono::milliseconds margin) { m_refreshMargin = margin; }
    // How many acquire and refresh calls were made (tests check that concurrent callers share one).
    [[nodiscard]] int acquireCount() const { return m_acquires; }
    [[nodiscard]] int refreshCount() const { return m_refreshes; }
    // When the current access token expires (ms since the epoch); 0 without a token.
    [[nodiscard]] qint64 accessExpiry() const { return m_accessExpiry; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        TokenCallback callback;
    };

    void startRenewal();
    void acquire();
    void refresh();
    void onTokenReply(const Expected<QJsonValue, ApiError>& reply, bool wasRefresh);
    void finish(const TokenResult& result);
    [[nodiscard]] qint64 effectiveMargin() const;

    ApiAccessManager& m_network;
    AuthCodeProvider m_authCode;
    Clock m_now;
    std::chrono::milliseconds m_refreshMargin{60000};
    QByteArray m_accessToken;
    qint64 m_accessExpiry = 0;
    qint64 m_accessLifetime = 0; // as issued; short-lived tokens are renewed after three quarters of their life
    QByteArray m_refreshToken;
    qint64 m_refreshExpiry = 0;
    bool m_renewing = false;
    QList<Waiter> m_waiters;
    int m_acquires = 0;
    int m_refreshes = 0;
};

} // namespace dm
