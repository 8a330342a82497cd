#pragma once

#include "core/Expected.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/PlatformContext.h"
#include "sandbox/PlatformDb.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SimClock.h"
#include "sandbox/Simulator.h"
#include "sandbox/TokenService.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace dm::sandbox {

// The whole simulated platform: state, clock, tokens, HTTPS server and endpoints, put together from the options
// dmsandbox was started with.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        quint64 seed = 1;
        QString scale = QStringLiteral("default"); // small | default | large | a number of log rows
        double speed = 1.0;                        // platform seconds per wall-clock second; 0 freezes time
        std::chrono::seconds accessTokenTtl{7200};
        double rateLimit = 100;        // requests per second; 0 = unlimited
        QString faults;                // the --faults specification (see FaultPlan)
        std::optional<qint64> epochMs; // the end of the seeded history; default: midnight UTC of the first start
        bool strictHeaders = false;    // require a fresh qiye-timestamp and an unused qiye-nonce (-424 / -421)
        bool vendorOnly = false;       // serve part one of the contract alone, vendor rows without our extras
    };

    explicit Sandbox(Options options, QObject* parent = nullptr);
    ~Sandbox() override;

    // Opens or creates the state, seeds it on first start, starts listening. Returns the connection line's fields.
    [[nodiscard]] Expected<QJsonObject, QString> start();

private:
    void registerApis();

    Options m_options;
    std::optional<PlatformDb> m_platform;
    std::unique_ptr<SimClock> m_clock;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PlatformContext> m_context;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<FaultPlan> m_faults;
    Identity m_identity;
    TlsMaterial m_tls;
};

} // namespace dm::sandbox
