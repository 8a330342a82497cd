#include "sandbox/Sandbox.h"

#include "sandbox/AccountsApi.h"
#include "sandbox/DeliveryAccountsApi.h"
#include "sandbox/EvidenceApi.h"
#include "sandbox/FaultsApi.h"
#include "sandbox/LoginRulesApi.h"
#include "sandbox/LogsApi.h"
#include "sandbox/PolicyApi.h"
#include "sandbox/SandboxTls.h"
#include "sandbox/SandboxTsa.h"
#include "sandbox/Seeder.h"
#include "sandbox/StatsApi.h"
#include "sandbox/UnitsApi.h"
#include "sandbox/VendorLogsApi.h"

#include <QDateTime>
#include <QTimeZone>

namespace dm::sandbox {

Sandbox::Sandbox(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Sandbox::~Sandbox() = default;

Expected<QJsonObject, QString> Sandbox::start()
{
    // A mistyped --faults is refused before anything is created, naming the part that is wrong.
    auto faults = FaultSpec::parse(m_options.faults);
    if (!faults) {
        return Unexpected{QString(QStringLiteral("invalid --faults: ") + faults.error().detail)};
    }
    auto identity = loadOrCreateIdentity(m_options.dataDir);
    if (!identity) {
        return Unexpected{identity.error()};
    }
    m_identity = identity.value();
    auto tls = loadOrCreateTlsMaterial(m_options.dataDir);
    if (!tls) {
        return Unexpected{tls.error()};
    }
    m_tls = tls.value();
    // The time-stamping authority's keys live next to the TLS ones; its routes own it (see registerTsaRoutes).
    auto tsa = SandboxTsa::open(m_options.dataDir);
    if (!tsa) {
        return Unexpected{tsa.error()};
    }
    auto platform = PlatformDb::open(m_options.dataDir);
    if (!platform) {
        return Unexpected{platform.error()};
    }
    m_platform.emplace(std::move(platform).value());
    if (!m_platform->isSeeded()) {
        const Seeder::Options seeding{m_options.seed, m_options.scale, m_options.epochMs,
                                      QDateTime::currentMSecsSinceEpoch()};
        if (auto seeded = Seeder::seedIfNeeded(*m_platform, m_identity.domain, seeding); !seeded) {
            return Unexpected{seeded.error()};
        }
    }

    // Platform time resumes where it stopped (logs never go back), and starts at the end of the seeded history.
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    qint64 platformStart = wallNow;
    if (const auto last = m_platform->fact(QStringLiteral("platformTimeMs"))) {
        platformStart = std::max(platformStart, last->toLongLong());
    }
    platformStart = std::max(platformStart, Simulator::latestRecordedTime(*m_platform) + 1);
    m_clock = std::make_unique<SimClock>(platformStart, m_options.speed);
    TokenService::Lifetimes lifetimes;
    lifetimes.access = m_options.accessTokenTtl;
    m_tokens = std::make_unique<TokenService>(m_identity, lifetimes);

    m_context =
        std::make_unique<PlatformContext>(PlatformContext{*m_platform, *m_clock, m_identity, !m_options.vendorOnly});
    // The seed and scale of the first start keep the simulation's rates, whatever this start was given.
    const quint64 seed =
        m_platform->fact(QStringLiteral("seed")).value_or(QString::number(m_options.seed)).toULongLong();
    const auto plan = ScalePlan::parse(m_platform->fact(QStringLiteral("scale")).value_or(m_options.scale));
    m_simulator =
        std::make_unique<Simulator>(*m_context, seed, plan.value_or(*ScalePlan::parse(QStringLiteral("small"))));

    SandboxServer::Options serverOptions;
    serverOptions.address = m_options.address;
    serverOptions.port = m_options.port;
    serverOptions.rateLimit = m_options.rateLimit;
    serverOptions.strictHeaders = m_options.strictHeaders;
    m_server = std::make_unique<SandboxServer>(m_tls, *m_tokens, *m_clock, serverOptions);
    m_faults = std::make_unique<FaultPlan>(std::move(faults).value());
    m_server->setFaultInjector(m_faults.get());
    registerApis();
    registerTsaRoutes(*m_server, std::shared_ptr<SandboxTsa>(std::move(tsa).value()));
    auto port = m_server->start();
    if (!port) {
        return Unexpected{port.error()};
    }
    m_simulator->start();
    return QJsonObject{{QStringLiteral("baseUrl"), m_server->baseUrl()},
                       {QStringLiteral("appId"), m_identity.appId},
                       {QStringLiteral("authCode"), m_identity.authCode},
                       {QStringLiteral("orgOpenId"), m_identity.orgOpenId},
                       {QStringLiteral("domain"), m_identity.domain},
                       {QStringLiteral("spkiSha256"), QString::fromLatin1(m_tls.spkiSha256)}};
}

void Sandbox::registerApis()
{
    using Access = SandboxServer::Access;
    m_server->addApi(QStringLiteral("/api/pub/token/acquireToken"), Access::Public,
                     [this](const ApiCall& call) { return m_tokens->acquire(call.body, m_clock->wallNow()); });
    m_server->addApi(QStringLiteral("/api/pub/token/refreshToken"), Access::Public,
                     [this](const ApiCall& call) { return m_tokens->refresh(call.body, m_clock->wallNow()); });
    m_server->addApi(QStringLiteral("/api/pub/token/refresh"), Access::Public,
                     [this](const ApiCall& call) { return m_tokens->refreshByQuery(call, m_clock->wallNow()); });
    // Endpoint modules, one per area of CONTRACT.md. Part one (the vendor's API) and the operations endpoints always;
    // part two (the delivery extension) unless --vendor-only, where its paths answer as unknown APIs do.
    registerFaultsApis(*m_server, *m_faults);
    registerAttachmentRoute(*m_server, *m_context);
    registerAccountsApis(*m_server, *m_context);
    registerUnitsApis(*m_server, *m_context);
    registerVendorLogsApis(*m_server, *m_context);
    if (m_options.vendorOnly) {
        return;
    }
    registerLogsApis(*m_server, *m_context);
    registerStatsApis(*m_server, *m_context);
    registerPolicyApis(*m_server, *m_context);
    registerLoginRulesApis(*m_server, *m_context);
    registerDeliveryAccountsApis(*m_server, *m_context);
    registerEvidenceApis(*m_server, *m_context);
}

} // namespace dm::sandbox
