#pragma once

// A CacheSession over a temporary cache file (key in a MemorySecretStore), filled with generated accounts, for the
// accounts model and page tests.
#include "core/Expected.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/Db.h"
#include "store/UnitRepository.h"
#include "sync/CacheSession.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace dm::test {

inline constexpr qint64 kAccountsBase = 1789948800000;

// Account i: created at base + i seconds, so the default sort (created, ascending) puts it at row i.
inline Account generatedAccount(int i, const QString& domain = QStringLiteral("court.test"))
{
    Account a;
    a.accountName = QStringLiteral("user%1").arg(i, 7, 10, QLatin1Char('0'));
    a.address = a.accountName + QLatin1Char('@') + domain;
    a.name = QStringLiteral("测试%1").arg(i);
    a.jobNumber = QStringLiteral("(2026)粤0104民初%1号").arg(i);
    a.idNumber = QStringLiteral("44010419900101%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    a.mobile = QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'));
    a.unitId = i % 2 == 0 ? QStringLiteral("root") : QStringLiteral("u1");
    a.status = i % 10 == 0 ? AccountStatus::Disabled : AccountStatus::Enabled;
    a.activation.state = static_cast<ActivationState>(i % 4);
    a.createdAt = kAccountsBase + qint64(i) * 1000;
    a.updatedAt = a.createdAt;
    return a;
}

class SessionFixture
{
public:
    // Opens the session; false (with a warning) when it does not open in time.
    [[nodiscard]] bool open(bool readOnly = false, ConnectionSettings settings = {},
                            TokenManager::AuthCodeProvider authCode = {})
    {
        m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
        CacheSession::Options options;
        options.settings = std::move(settings);
        options.authCode = authCode ? std::move(authCode) : [](auto done) { done(QByteArray()); };
        options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        options.readOnly = readOnly;
        std::optional<QString> failure;
        bool answered = false;
        CacheSession::open(std::move(options), *m_secrets, &m_context,
                           [this, &failure, &answered](Expected<std::unique_ptr<CacheSession>, CacheError> opened) {
                               answered = true;
                               if (!opened) {
                                   failure = opened.error().message();
                                   return;
                               }
                               m_session = std::move(*opened);
                           });
        if (!QTest::qWaitFor([&answered] { return answered; }, 20000) || failure) {
            qWarning("cache session did not open: %s", qPrintable(failure.value_or(QStringLiteral("timeout"))));
            return false;
        }
        return true;
    }

    // Runs `job` in the worker thread and waits for its answer.
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job, int timeoutMs = 60000)
    {
        std::optional<Result> result;
        m_session->query<Result>(std::move(job), &m_context, [&result](Result answer) { result = std::move(answer); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
            return std::nullopt;
        }
        return result;
    }

    // Accounts 0..count-1 and two units.
    [[nodiscard]] bool fill(int count)
    {
        const auto written = run<bool>([count](Db& db) {
            auto transaction = Transaction::begin(db);
            if (!transaction) {
                return false;
            }
            Unit root{QStringLiteral("root"), QStringLiteral("人民法院"), {}, 0, 0};
            Unit child{QStringLiteral("u1"), QStringLiteral("立案庭"), QStringLiteral("root"), 0, 0};
            if (!UnitRepository(db).replaceAll({root, child})) {
                return false;
            }
            AccountRepository repository(db);
            QList<Account> batch;
            for (int i = 0; i < count; ++i) {
                batch.append(generatedAccount(i));
                if (batch.size() == 5000 || i == count - 1) {
                    if (!repository.upsert(batch, AddressBasisKnown::Yes)) {
                        return false;
                    }
                    batch.clear();
                }
            }
            return bool(transaction->commit());
        });
        return written.value_or(false);
    }

    [[nodiscard]] qint64 count(const AccountQuery& query)
    {
        const auto counted = run<qint64>([query](Db& db) {
            auto rows = AccountRepository(db).count(query);
            return rows ? *rows : qint64(-1);
        });
        return counted.value_or(-2);
    }

    [[nodiscard]] CacheSession* session() const { return m_session.get(); }
    void close() { m_session.reset(); }

private:
    QTemporaryDir m_dir;
    QObject m_context;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
};

} // namespace dm::test
