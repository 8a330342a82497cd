#pragma once

// Shared by the typed-service tests: a frozen small court in a sandbox, a PlatformClient connected to it, and a way
// to wait for one asynchronous answer.
#include "SandboxProcess.h"
#include "api/AccountService.h"
#include "api/ApiError.h"
#include "api/PlatformClient.h"
#include "core/Expected.h"
#include "core/IdCard.h"
#include "core/InitialPassword.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace servicetest {

inline constexpr qint64 kDay = 24LL * 60 * 60 * 1000;
inline constexpr qint64 kEpoch = 1789948800000; // 2026-09-21T00:00:00Z: the end of the seeded history

// A small court, frozen (--speed 0: nothing changes unless we change it), without a rate limit.
inline QStringList frozenSmall()
{
    return {QStringLiteral("--scale"),      QStringLiteral("small"), QStringLiteral("--seed"),  QStringLiteral("1"),
            QStringLiteral("--epoch"),      QString::number(kEpoch), QStringLiteral("--speed"), QStringLiteral("0"),
            QStringLiteral("--rate-limit"), QStringLiteral("0")};
}

class ServiceFixture
{
public:
    [[nodiscard]] bool start(const QStringList& extra = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>(m_dir.path());
        const QJsonObject connection = m_sandbox->start(frozenSmall() + extra);
        if (connection.isEmpty() || !m_sandbox->authenticate()) {
            return false;
        }
        dm::ConnectionSettings settings;
        settings.baseUrl = QUrl(connection.value(QStringLiteral("baseUrl")).toString());
        settings.appId = connection.value(QStringLiteral("appId")).toString();
        settings.orgOpenId = connection.value(QStringLiteral("orgOpenId")).toString();
        settings.domain = connection.value(QStringLiteral("domain")).toString();
        settings.pinnedKeys = {connection.value(QStringLiteral("spkiSha256")).toString().toLatin1()};
        settings.requestsPerSecond = 0;
        settings.maxInFlight = 4;
        settings.transferTimeout = std::chrono::seconds(10);
        const QByteArray authCode = connection.value(QStringLiteral("authCode")).toString().toUtf8();
        m_client = std::make_unique<dm::PlatformClient>(settings, [authCode](auto done) { done(authCode); });
        dm::RetryPolicy patient;
        patient.maxAttempts = 10;
        patient.base = std::chrono::milliseconds(10);
        patient.cap = std::chrono::milliseconds(200);
        m_client->setRetryPolicy(patient);
        return true;
    }

    // Faults for the client's calls (the operator endpoint itself is never faulted).
    [[nodiscard]] bool setFaults(const QString& spec)
    {
        return m_sandbox->call(QStringLiteral("/sandbox/faults/set"), {{QStringLiteral("spec"), spec}}).code == 0;
    }

    [[nodiscard]] dm::PlatformClient& client() { return *m_client; }
    [[nodiscard]] SandboxProcess& sandbox() { return *m_sandbox; }
    [[nodiscard]] QString domain() const { return m_client->settings().domain; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<dm::PlatformClient> m_client;
};

// Starts a call with a callback and waits for its one answer (a Timeout error if none comes).
template <typename T, typename E = dm::ApiError, typename Start>
dm::Expected<T, E> wait(Start&& start, int timeoutMs = 120000)
{
    std::optional<dm::Expected<T, E>> result;
    int answers = 0;
    start(std::function<void(const dm::Expected<T, E>&)>([&result, &answers](const dm::Expected<T, E>& answer) {
        ++answers;
        result.emplace(answer);
    }));
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        E error;
        error.kind = dm::ApiError::Kind::Timeout;
        error.detail = QStringLiteral("the test got no answer");
        return dm::Unexpected{error};
    }
    QTest::qWait(0);
    if (answers != 1) {
        E error;
        error.kind = dm::ApiError::Kind::Protocol;
        error.detail = QStringLiteral("more than one answer");
        return dm::Unexpected{error};
    }
    return *result;
}

inline QString describe(const dm::ApiError& error)
{
    return QStringLiteral("kind %1 code %2 %3 field '%4' %5")
        .arg(static_cast<int>(error.kind))
        .arg(error.platformCode)
        .arg(error.platformMessage, error.field, error.detail);
}

// Synthetic but valid personal data for accounts the tests create (the 147 prefix is not in the seeded data).
inline QString testMobile(int i)
{
    return QStringLiteral("147%1").arg(i, 8, 10, QLatin1Char('0'));
}

inline QString testIdNumber(int i)
{
    const QString first17 = QStringLiteral("32010619850101%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    return first17 + *dm::IdCard::checkCharacter(first17);
}

// Creates a recipient with synthetic data; `i` keeps mobiles and ID numbers apart (each test file its own range).
inline dm::Expected<dm::Account, dm::ApiError> createAccount(dm::AccountService& accounts, const QString& accountName,
                                                             int i, const QString& unitId = {})
{
    dm::NewAccount account;
    account.accountName = accountName;
    account.name = QStringLiteral("测试人%1").arg(i);
    account.mobile = testMobile(i);
    account.idNumber = testIdNumber(i);
    account.unitId = unitId;
    account.initialPassword = dm::generateInitialPassword();
    return wait<dm::Account>([&](auto done) { accounts.create(account, nullptr, done); });
}

} // namespace servicetest

// Checks an Expected and reports the error when there is none.
#define SERVICE_VERIFY(result)                                                                                         \
    QVERIFY2(bool(result), bool(result) ? "" : qPrintable(servicetest::describe((result).error())))
// Checks a failure's kind and the platform's message.
#define SERVICE_FAILS(result, expectedKind, expectedMessage)                                                           \
    do {                                                                                                               \
        QVERIFY2(!(result), "expected a failure");                                                                     \
        QCOMPARE((result).error().kind, expectedKind);                                                                 \
        QCOMPARE((result).error().platformMessage, QStringLiteral(expectedMessage));                                   \
    } while (false)
