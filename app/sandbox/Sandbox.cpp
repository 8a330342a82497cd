#include "sandbox/Sandbox.h"

#include "sandbox/SandboxTls.h"

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
    auto platform = PlatformDb::open(m_options.dataDir);
    if (!platform) {
        return Unexpected{platform.error()};
    }
    m_platform.emplace(std::move(platform).value());

    // Platform time resumes where it stopped (logs never go back), and starts at the end of the seeded history.
    const qint64 wallNow = QDateTime::currentMSecsSinceEpoch();
    qint64 platformStart = wallNow;
    if (const auto last = m_platform->fact(QStringLiteral("platformTimeMs"))) {
        platformStart = std::max(platformStart, last->toLongLong());
    }
    m_clock = std::make_unique<SimClock>(platformStart, m_options.speed);
    TokenService::Lifetimes lifetimes;
    lifetimes.access = m_options.accessTokenTtl;
    m_tokens = std::make_unique<TokenService>(m_identity, lifetimes);

    m_context = std::make_unique<PlatformContext>(PlatformContext{*m_platform, *m_clock, m_identity});

    SandboxServer::Options serverOptions;
    serverOptions.address = m_options.address;
    serverOptions.port = m_options.port;
    serverOptions.rateLimit = m_options.rateLimit;
    m_server = std::make_unique<SandboxServer>(m_tls, *m_tokens, *m_clock, serverOptions);
    registerApis();
    auto port = m_server->start();
    if (!port) {
        return Unexpected{port.error()};
    }
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
    // Endpoint modules, one per area of CONTRACT.md.
}

} // namespace dm::sandbox
