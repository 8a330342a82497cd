#include "OpensslCertificates.h"
#include "RecordingServer.h"
#include "api/ApiExchange.h"
#include "api/PlatformClient.h"
#include "api/SpkiPin.h"
#include "sandbox/SandboxTls.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

namespace {

sandbox::TlsMaterial material(const QStringList& names, long notBefore, long notAfter)
{
    auto made = sandbox::makeSelfSignedMaterial(names, notBefore, notAfter);
    return made ? made.value() : sandbox::TlsMaterial{};
}

const QStringList kLoopback{QStringLiteral("IP:127.0.0.1"), QStringLiteral("DNS:localhost")};
constexpr long kDay = 24 * 3600;

} // namespace

// Every way a certificate can be wrong, against a real TLS server: only a trusted or pinned, valid certificate for
// the right host gets a byte of the request.
class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connects_data();
    void connects();
    void refuses_data();
    void refuses();
    void namesAServerThatSpeaksNoTls();
    void namesAServerOfAnOutdatedTlsVersion();
    void refusesAnImpostorWithTheGenuineCertificateAppended_data();
    void refusesAnImpostorWithTheGenuineCertificateAppended();
    void connectsThroughAPinnedIssuer();
    void refusesAnAnswerTooLargeToRead_data();
    void refusesAnAnswerTooLargeToRead();

private:
    static ApiReply exchange(const ConnectionSettings& settings,
                             qint64 maxReplyBytes = ApiExchange::kDefaultMaxReplyBytes);
};

ApiReply TestTls::exchange(const ConnectionSettings& settings, qint64 maxReplyBytes)
{
    ApiAccessManager network(settings);
    auto* call = new ApiExchange(network, QStringLiteral("/api/pub/token/acquireToken"),
                                 QJsonObject{{QStringLiteral("appId"), QStringLiteral("a")}}, {});
    call->setMaxReplyBytes(maxReplyBytes);
    std::optional<ApiReply> result;
    QObject::connect(call, &ApiExchange::finished, [&result](const ApiReply& reply) { result = reply; });
    call->start();
    for (int i = 0; i < 300 && !result; ++i) {
        QTest::qWait(50);
    }
    if (!result) {
        ApiError timedOut;
        timedOut.kind = ApiError::Kind::Cancelled;
        timedOut.detail = QStringLiteral("the test gave up waiting");
        return Unexpected{timedOut};
    }
    return *result;
}

void TestTls::connects_data()
{
    QTest::addColumn<bool>("pinIt");
    QTest::addColumn<bool>("trustIt");
    QTest::newRow("pinned self-signed (the sandbox profile)") << true << false;
    QTest::newRow("trusted CA") << false << true;
    QTest::newRow("trusted and pinned") << true << true;
}

void TestTls::connects()
{
    QFETCH(bool, pinIt);
    QFETCH(bool, trustIt);
    const auto tls = material(kLoopback, -3600, kDay);
    RecordingServer server(tls);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    if (pinIt) {
        settings.pinnedKeys = {tls.spkiSha256};
    }
    if (trustIt) {
        settings.trustedCas = QSslCertificate::fromData(tls.certificatePem);
    }
    const ApiReply reply = exchange(settings);
    QVERIFY(reply.hasValue());
    QCOMPARE(reply.value().toString(), QStringLiteral("hello"));
    QVERIFY(server.received() > 0);
}

void TestTls::refuses_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("validFromDays");
    QTest::addColumn<int>("validToDays");
    QTest::addColumn<QString>("trust"); // pin-other, pin, ca, system
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<ApiError::TlsCause>("cause"); // of a Tls failure: what the message tells the user
    using K = ApiError::Kind;
    using C = ApiError::TlsCause;
    const QStringList otherHost{QStringLiteral("DNS:platform.other.test")};
    QTest::newRow("pin mismatch") << kLoopback << -1 << 1 << QStringLiteral("pin-other") << K::PinMismatch
                                  << C::Certificate;
    QTest::newRow("self-signed, system trust")
        << kLoopback << -1 << 1 << QStringLiteral("system") << K::Tls << C::Untrusted;
    QTest::newRow("wrong host, trusted CA") << otherHost << -1 << 1 << QStringLiteral("ca") << K::Tls << C::WrongHost;
    QTest::newRow("wrong host, pinned") << otherHost << -1 << 1 << QStringLiteral("pin") << K::Tls << C::WrongHost;
    QTest::newRow("expired, trusted CA") << kLoopback << -30 << -1 << QStringLiteral("ca") << K::Tls << C::Expired;
    QTest::newRow("expired, pinned") << kLoopback << -30 << -1 << QStringLiteral("pin") << K::Tls << C::Expired;
    QTest::newRow("not yet valid, pinned") << kLoopback << 1 << 30 << QStringLiteral("pin") << K::Tls << C::Expired;
}

void TestTls::refuses()
{
    QFETCH(QStringList, names);
    QFETCH(int, validFromDays);
    QFETCH(int, validToDays);
    QFETCH(QString, trust);
    QFETCH(ApiError::Kind, kind);
    QFETCH(ApiError::TlsCause, cause);
    const auto tls = material(names, validFromDays * kDay, validToDays * kDay);
    QVERIFY(!tls.certificatePem.isEmpty());
    RecordingServer server(tls);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    if (trust == QLatin1String("pin")) {
        settings.pinnedKeys = {tls.spkiSha256};
    } else if (trust == QLatin1String("pin-other")) {
        // A trusted certificate whose key is not the pinned one: only the pin stands in the way.
        settings.trustedCas = QSslCertificate::fromData(tls.certificatePem);
        settings.pinnedKeys = {material(kLoopback, -3600, kDay).spkiSha256};
    } else if (trust == QLatin1String("ca")) {
        settings.trustedCas = QSslCertificate::fromData(tls.certificatePem);
    }
    const ApiReply reply = exchange(settings);
    QVERIFY(!reply.hasValue());
    QCOMPARE(reply.error().kind, kind);
    if (kind == ApiError::Kind::Tls) {
        QCOMPARE(reply.error().tlsCause, cause);
        QCOMPARE(reply.error().message(), ApiError::tlsMessage(cause));
    }
    QVERIFY(!reply.error().ambiguous);
    QVERIFY(!reply.error().message().isEmpty());
    QTest::qWait(100);
    QCOMPARE(server.received(), 0); // not one byte of the request left the client
}

void TestTls::namesAServerThatSpeaksNoTls()
{
    if (QSslSocket::activeBackend() != QLatin1String("openssl")) {
        QSKIP("the cause is read from OpenSSL's reason text");
    }
    // A plain HTTP server where the profile says https (a wrong port, a proxy): it answers the TLS hello with HTTP.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket* socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    const ApiReply reply = exchange(settings);
    QVERIFY(!reply.hasValue());
    QCOMPARE(reply.error().kind, ApiError::Kind::Tls);
    QVERIFY2(reply.error().tlsCause == ApiError::TlsCause::NotTls, qPrintable(reply.error().detail));
    QVERIFY(reply.error().message().contains(QLatin1String("plain HTTP")));
}

void TestTls::namesAServerOfAnOutdatedTlsVersion()
{
    // OpenSSL's own server, held to TLS 1.1 (security level 0 lets it offer that at all): our client asks for 1.2 or
    // later and must say that the server is too old, not that a certificate was refused.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || QSslSocket::activeBackend() != QLatin1String("openssl")) {
        QSKIP("the openssl command is not installed");
    }
    const auto tls = material(kLoopback, -1, kDay);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    for (const auto& [path, pem] : {std::pair{cert, tls.certificatePem}, std::pair{key, tls.privateKeyPem}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pem);
    }
    QTcpServer probe; // a free port for the server
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"),
                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                           QStringLiteral("-key"), key, QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                           QStringLiteral("DEFAULT:@SECLEVEL=0"), QStringLiteral("-www"), QStringLiteral("-quiet")});
    QVERIFY(server.waitForStarted(10000));
    QTcpSocket ready;
    QTRY_VERIFY_WITH_TIMEOUT(
        (ready.abort(), ready.connectToHost(QHostAddress::LocalHost, port), ready.waitForConnected(200)), 10000);
    ready.abort();
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    settings.pinnedKeys = {tls.spkiSha256};
    const ApiReply reply = exchange(settings);
    server.kill();
    server.waitForFinished(5000);
    QVERIFY(!reply.hasValue());
    QCOMPARE(reply.error().kind, ApiError::Kind::Tls);
    QVERIFY2(reply.error().tlsCause == ApiError::TlsCause::OldProtocol, qPrintable(reply.error().detail));
    QVERIFY(reply.error().message().contains(QLatin1String("older than 1.2")));
}

// The attack on pinning: an impostor on the path presents its own leaf (whose key it holds) followed by a copy of
// the genuine certificate (whose key it does not). The pinned key is in the presented list, but it vouches for
// nothing the impostor serves: the connection must end before one byte of the request, which would carry the
// organisation's authCode, leaves the client.
void TestTls::refusesAnImpostorWithTheGenuineCertificateAppended_data()
{
    QTest::addColumn<QString>("genuineKind");  // self-signed (the sandbox profile) or ca (a pinned private CA)
    QTest::addColumn<bool>("impostorTrusted"); // the impostor's leaf is trusted by the profile (a mis-issued cert)
    QTest::newRow("pinned self-signed, impostor untrusted") << QStringLiteral("self-signed") << false;
    QTest::newRow("pinned self-signed, impostor trusted") << QStringLiteral("self-signed") << true;
    QTest::newRow("pinned CA, impostor untrusted") << QStringLiteral("ca") << false;
    QTest::newRow("pinned CA, impostor trusted") << QStringLiteral("ca") << true;
}

void TestTls::refusesAnImpostorWithTheGenuineCertificateAppended()
{
    QFETCH(QString, genuineKind);
    QFETCH(bool, impostorTrusted);
    QTemporaryDir dir;
    OpensslCertificates openssl(dir.path());
    const QString loopback = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    const TestIdentity genuine = genuineKind == QLatin1String("ca")
                                     ? openssl.makeCa(QStringLiteral("platform-ca"))
                                     : openssl.makeSelfSigned(QStringLiteral("platform"), loopback);
    const TestIdentity impostor = openssl.makeSelfSigned(QStringLiteral("impostor"), loopback);
    QVERIFY2(!genuine.isNull() && !impostor.isNull(), qPrintable(openssl.lastError()));

    RecordingServer server({impostor.certificate, genuine.certificate}, impostor.privateKey);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    settings.pinnedKeys = {spkiSha256(genuine.certificate)};
    if (genuineKind == QLatin1String("ca")) {
        settings.trustedCas = {genuine.certificate};
    }
    if (impostorTrusted) {
        settings.trustedCas.append(impostor.certificate);
    }
    const ApiReply reply = exchange(settings);
    QVERIFY(!reply.hasValue());
    QCOMPARE(reply.error().kind, ApiError::Kind::PinMismatch);
    QTest::qWait(100);
    QCOMPARE(server.received(), 0);
}

// Pinning a private CA (the key that issues the platform's certificates) works when that CA really issued the leaf.
void TestTls::connectsThroughAPinnedIssuer()
{
    QTemporaryDir dir;
    OpensslCertificates openssl(dir.path());
    const TestIdentity ca = openssl.makeCa(QStringLiteral("court-ca"));
    const TestIdentity leaf =
        openssl.makeLeaf(QStringLiteral("platform"), QStringLiteral("IP:127.0.0.1,DNS:localhost"), ca);
    QVERIFY2(!ca.isNull() && !leaf.isNull(), qPrintable(openssl.lastError()));

    RecordingServer server({leaf.certificate, ca.certificate}, leaf.privateKey);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    settings.pinnedKeys = {spkiSha256(ca.certificate)};
    settings.trustedCas = {ca.certificate};
    const ApiReply reply = exchange(settings);
    QVERIFY2(reply.hasValue(), qPrintable(reply.hasValue() ? QString() : reply.error().message()));
    QCOMPARE(reply.value().toString(), QStringLiteral("hello"));
}

void TestTls::refusesAnAnswerTooLargeToRead_data()
{
    QTest::addColumn<bool>("announced");
    QTest::newRow("Content-Length says it") << true;
    QTest::newRow("found while it streams (chunked, no length)") << false;
}

// A reply far larger than any page is refused while it arrives, with a clear error, instead of filling memory.
void TestTls::refusesAnAnswerTooLargeToRead()
{
    QFETCH(bool, announced);
    const auto tls = material(kLoopback, -3600, kDay);
    RecordingServer server(tls);
    constexpr qint64 kLimit = 256 * 1024;
    const QByteArray body =
        R"({"code":0,"success":true,"message":"success","data":")" + QByteArray(4 * kLimit, 'x') + R"("})";
    QByteArray chunked;
    for (qsizetype at = 0; at < body.size(); at += 64 * 1024) {
        const QByteArray chunk = body.mid(at, 64 * 1024);
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    chunked += "0\r\n\r\n";
    server.setAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" +
                     (announced ? QByteArray("Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body)
                                : QByteArray("Transfer-Encoding: chunked\r\n\r\n" + chunked)));
    ConnectionSettings settings;
    settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    settings.pinnedKeys = {tls.spkiSha256};
    const ApiReply reply = exchange(settings, kLimit);
    QVERIFY(!reply.hasValue());
    QCOMPARE(reply.error().kind, ApiError::Kind::Protocol);
    QVERIFY(reply.error().ambiguous);
    QVERIFY2(reply.error().detail.contains(QStringLiteral("larger than")), qPrintable(reply.error().detail));
    // The same answer within the limit reads as usual: the limit, not the shape, refused it.
    server.setAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const ApiReply read = exchange(settings, 8 * kLimit);
    QVERIFY2(read.hasValue(), read.hasValue() ? "" : qPrintable(read.error().detail));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
