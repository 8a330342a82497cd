#pragma once

#include "api/ApiError.h"
#include "api/ConnectionSettings.h"

#include <QObject>
#include <QString>

#include <memory>

namespace dm {

class PlatformClient;

// "Test connection" of the profile wizard: the steps `dmctl ping` takes (reachable, TLS, token, one API call), run
// asynchronously on a client of its own, each reported as it ends. A new start() makes the answers of an earlier
// run irrelevant.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Reachable,
        Tls,
        Token,
        Api,
    };
    Q_ENUM(Step)

    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const ConnectionSettings& settings, const QByteArray& authCode);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    // `detail` is translated: what passed ("12 units") or why it failed.
    void stepFinished(dm::ConnectionTest::Step step, bool ok, const QString& detail);
    // All steps passed, or the first failure (the later steps are not run).
    void finished(bool ok, const QString& verdict);

private:
    void onToken(bool ok, const ApiError& error);
    void fail(Step step, const ApiError& error);
    void finish(bool ok, const QString& verdict);

    std::unique_ptr<PlatformClient> m_client;
    int m_generation = 0;
};

} // namespace dm
