#include "ConnectProxy.h"
#include "RecordingServer.h"
#include "api/ApiAccessManager.h"
#include "api/ApiExchange.h"

#include <QSignalSpy>
#include <QTest>

using namespace dm;

namespace {

// host:port of the proxy, as the credentials name the proxy they belong to.
QString where(const ConnectProxy& proxy)
{
    return QStringLiteral("127.0.0.1:%1").arg(proxy.port());
}

// What went wrong, for a test's message (evaluated even when the reply succeeded).
QString failureOf(const ApiReply& reply)
{
    return reply.hasValue() ? QString() : reply.error().detail;
}

} // namespace

// A court's proxy that wants a user name and password, on loopback, in front of a real TLS server: the client must
// name the refusal, give the credentials it has, and never loop when they are wrong.
class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void aProxyWithoutCredentialsIsNamed();
    void theGivenCredentialsOpenTheTunnel();
    void refusedCredentialsAreReportedOnce();
    void aRefusedPasswordIsNotSentAgain();
    void anOpenProxyNeedsNothing();
    void credentialsForAnotherProxyAreNotGiven();

private:
    struct Outcome
    {
        std::optional<ApiReply> reply;
        QList<QList<QVariant>> asked; // proxyCredentialsNeeded(proxy, refused)
    };
    // `calls` exchanges, one after the other, on one manager; the outcome of the last.
    Outcome exchangeThrough(const ConnectProxy& proxy, const ProxyCredentials& credentials, int calls = 1);

    sandbox::TlsMaterial m_tls;
    std::unique_ptr<RecordingServer> m_server;
};

void TestProxy::initTestCase()
{
    auto made = sandbox::makeSelfSignedMaterial({QStringLiteral("IP:127.0.0.1")}, -3600, 24 * 3600);
    QVERIFY(made.hasValue());
    m_tls = made.value();
    m_server = std::make_unique<RecordingServer>(m_tls);
}

void TestProxy::cleanup()
{
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
}

TestProxy::Outcome TestProxy::exchangeThrough(const ConnectProxy& proxy, const ProxyCredentials& credentials, int calls)
{
    // The system proxy, as the environment of a Linux session gives it (Qt asks libproxy per request).
    for (const char* name :
         {"HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        qunsetenv(name);
    }
    qputenv("https_proxy", proxy.url().toUtf8());
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
    settings.pinnedKeys = {m_tls.spkiSha256};
    settings.proxy = credentials;
    ApiAccessManager network(settings);
    QSignalSpy asked(&network, &ApiAccessManager::proxyCredentialsNeeded);
    Outcome outcome;
    for (int i = 0; i < calls; ++i) {
        outcome.reply.reset();
        auto* call = new ApiExchange(network, QStringLiteral("/api/pub/token/acquireToken"),
                                     QJsonObject{{QStringLiteral("appId"), QStringLiteral("a")}}, {});
        QObject::connect(call, &ApiExchange::finished, [&outcome](const ApiReply& reply) { outcome.reply = reply; });
        call->start();
        if (!QTest::qWaitFor([&outcome] { return outcome.reply.has_value(); }, 15000)) {
            call->cancel(); // it must not outlive the manager on this stack
            (void)QTest::qWaitFor([&outcome] { return outcome.reply.has_value(); }, 5000);
            break;
        }
    }
    outcome.asked = asked;
    return outcome;
}

void TestProxy::aProxyWithoutCredentialsIsNamed()
{
    ConnectProxy proxy("clerk", "s3cret");
    const qint64 before = m_server->received();
    const Outcome outcome = exchangeThrough(proxy, {});
    QVERIFY(outcome.reply.has_value());
    QVERIFY(!outcome.reply->hasValue());
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::ProxyAuth);
    QVERIFY(!outcome.reply->error().ambiguous);
    QVERIFY(outcome.reply->error().message().contains(QLatin1String("proxy server")));
    QCOMPARE(outcome.asked.size(), 1);
    QCOMPARE(outcome.asked.first().value(0).toString(), QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
    QCOMPARE(outcome.asked.first().value(1).toBool(), false);
    QVERIFY(proxy.refusals() >= 1);
    QCOMPARE(proxy.tunnels(), 0);
    QCOMPARE(m_server->received(), before);
}

void TestProxy::theGivenCredentialsOpenTheTunnel()
{
    ConnectProxy proxy("clerk", "s3cret");
    const Outcome outcome = exchangeThrough(proxy, {QStringLiteral("clerk"), QStringLiteral("s3cret"), where(proxy)});
    QVERIFY(outcome.reply.has_value());
    QVERIFY2(outcome.reply->hasValue(), qPrintable(failureOf(*outcome.reply)));
    QCOMPARE(outcome.reply->value().toString(), QStringLiteral("hello"));
    QCOMPARE(proxy.tunnels(), 1);
    QVERIFY(outcome.asked.isEmpty());
}

void TestProxy::refusedCredentialsAreReportedOnce()
{
    ConnectProxy proxy("clerk", "s3cret");
    const Outcome outcome = exchangeThrough(proxy, {QStringLiteral("clerk"), QStringLiteral("wrong"), where(proxy)});
    QVERIFY(outcome.reply.has_value());
    QVERIFY(!outcome.reply->hasValue());
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::ProxyAuth);
    QCOMPARE(outcome.asked.size(), 1);
    QCOMPARE(outcome.asked.first().value(1).toBool(), true);
    // Once without credentials, once with the wrong ones: the same ones are never sent again.
    QCOMPARE(proxy.refusals(), 2);
    QCOMPARE(proxy.tunnels(), 0);
}

// A directory account locks after a few wrong passwords: once refused, the saved password is not sent again, on a
// new connection or for a later call of the same session (each asks for credentials without it).
void TestProxy::aRefusedPasswordIsNotSentAgain()
{
    ConnectProxy proxy("clerk", "s3cret");
    const Outcome outcome = exchangeThrough(proxy, {QStringLiteral("clerk"), QStringLiteral("wrong"), where(proxy)}, 3);
    QVERIFY(outcome.reply.has_value());
    QVERIFY(!outcome.reply->hasValue());
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::ProxyAuth);
    QCOMPARE(proxy.refusedCredentials(), 1);
    QCOMPARE(proxy.tunnels(), 0);
    // Each call still tells the user that the saved credentials were refused.
    QCOMPARE(outcome.asked.size(), 3);
    for (const QList<QVariant>& question : outcome.asked) {
        QCOMPARE(question.value(1).toBool(), true);
    }
}

void TestProxy::anOpenProxyNeedsNothing()
{
    ConnectProxy proxy;
    const Outcome outcome = exchangeThrough(proxy, {});
    QVERIFY(outcome.reply.has_value());
    QVERIFY2(outcome.reply->hasValue(), qPrintable(failureOf(*outcome.reply)));
    QCOMPARE(proxy.tunnels(), 1);
}

// Credentials saved for one proxy are never handed to another one (an automatic configuration may name it).
void TestProxy::credentialsForAnotherProxyAreNotGiven()
{
    ConnectProxy proxy("clerk", "s3cret");
    const Outcome outcome =
        exchangeThrough(proxy, {QStringLiteral("clerk"), QStringLiteral("s3cret"), QStringLiteral("127.0.0.1:1")});
    QVERIFY(outcome.reply.has_value());
    QVERIFY(!outcome.reply->hasValue());
    QCOMPARE(outcome.reply->error().kind, ApiError::Kind::ProxyAuth);
    QCOMPARE(outcome.asked.size(), 1);
    QCOMPARE(outcome.asked.first().value(1).toBool(), false);
    QCOMPARE(proxy.refusals(), 1); // asked once, and given nothing
    QCOMPARE(proxy.tunnels(), 0);
}

QTEST_MAIN(TestProxy)
#include "tst_proxy.moc"
