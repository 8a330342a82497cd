#include "SandboxProcess.h"
#include "sandbox/SandboxTsa.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dm;

namespace {

using StampResult = Expected<IssuedTimestamp, QString>;
using ChainResult = Expected<QByteArray, QString>;

// A plain-HTTP TSA on loopback: answers every POST with what `answer` makes of its body, or never answers at all
// (for the timeout), as a public http:// TSA would.
class PlainHttpTsa : public QObject
{
public:
    explicit PlainHttpTsa(std::function<QByteArray(const QByteArray&)> answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(m_server.serverPort()));
    }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        const qsizetype lengthAt = buffer.toLower().indexOf("content-length:");
        if (headerEnd < 0 || lengthAt < 0 || !m_answer) {
            return;
        }
        const qsizetype length =
            buffer.mid(lengthAt + 15, buffer.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        const QByteArray body = m_answer(buffer.mid(headerEnd + 4, length));
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        buffer.clear();
    }

    QTcpServer m_server;
    std::function<QByteArray(const QByteArray&)> m_answer;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

template <typename Result, typename Start>
Result waitFor(Start&& start)
{
    std::optional<Result> result;
    int answers = 0;
    start([&result, &answers](const Result& answer) {
        ++answers;
        result.emplace(answer);
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000)) {
        return Unexpected{QStringLiteral("the test got no answer")};
    }
    QTest::qWait(50);
    return answers == 1 ? *result : Result(Unexpected{QStringLiteral("more than one answer")});
}

QString errorOf(const StampResult& result)
{
    return result ? QStringLiteral("<granted>") : result.error();
}

QString errorOf(const ChainResult& result)
{
    return result ? QStringLiteral("<chain>") : result.error();
}

} // namespace

// The client against the real dmsandbox over real TLS (its pinned self-signed certificate), and the external check
// that matters for the proof pack: the openssl command line accepts the token and refuses it for other data.
class TestTimestampSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stampsOverPinnedTls();
    void opensslVerifiesTheReply();
    void refusesAnotherPin();
    void plainHttpTsaWorks();
    void timesOutAndCancels();

private:
    [[nodiscard]] ConnectionSettings transport(const QByteArray& pin) const;
    [[nodiscard]] QUrl tsaUrl() const;
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run openssl(const QStringList& arguments);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QByteArray m_chain;
    QByteArray m_digest = sha256Of(QByteArrayLiteral("proof pack manifest"));
    std::optional<IssuedTimestamp> m_issued;
};

void TestTimestampSandbox::initTestCase()
{
    m_sandbox = std::make_unique<SandboxProcess>(QDir(m_dir.path()).filePath(QStringLiteral("sandbox")));
    // Every platform call fails with 503 here: the TSA must not be subject to the injected faults.
    const QJsonObject connection =
        m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"),
                          QStringLiteral("0"), QStringLiteral("--faults"), QStringLiteral("5xx=1")});
    QVERIFY2(!connection.isEmpty(), qPrintable(m_sandbox->stderrText()));
    QCOMPARE(m_sandbox->post(QStringLiteral("/api/pub/token/acquireToken"), {}).httpStatus, 503);
}

ConnectionSettings TestTimestampSandbox::transport(const QByteArray& pin) const
{
    ConnectionSettings settings;
    settings.pinnedKeys = {pin};
    settings.transferTimeout = std::chrono::seconds(10);
    return settings;
}

QUrl TestTimestampSandbox::tsaUrl() const
{
    return QUrl(m_sandbox->connection().value(QStringLiteral("baseUrl")).toString() + QStringLiteral("/sandbox/tsa"));
}

void TestTimestampSandbox::stampsOverPinnedTls()
{
    TimestampClient client(
        tsaUrl(), transport(m_sandbox->connection().value(QStringLiteral("spkiSha256")).toString().toLatin1()));
    const ChainResult chain = waitFor<ChainResult>([&client](auto done) { client.fetchSandboxChain(done); });
    QVERIFY2(chain, qPrintable(chain ? QString() : chain.error()));
    QCOMPARE(QSslCertificate::fromData(chain.value(), QSsl::Pem).size(), 2);
    m_chain = chain.value();

    QElapsedTimer handedBack;
    handedBack.start();
    const StampResult stamp = waitFor<StampResult>([&](auto done) {
        client.stamp(m_digest, m_chain, done);
        QVERIFY(handedBack.elapsed() < 1000); // stamp() only starts the request
    });
    QVERIFY2(stamp, qPrintable(errorOf(stamp)));
    QCOMPARE(stamp->info.imprint, m_digest);
    QCOMPARE(stamp->info.policyOid, QStringLiteral("1.2.3.4.1"));
    QVERIFY(qAbs(stamp->info.genTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!stamp->tokenDer.isEmpty());
    QVERIFY(!client.isBusy());
    m_issued = stamp.value();
}

TestTimestampSandbox::Run TestTimestampSandbox::openssl(const QStringList& arguments)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        return {};
    }
    QProcess process;
    // No system configuration: it would name the sandbox's test policy "tsa_policy1" instead of 1.2.3.4.1.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPENSSL_CONF"), QStringLiteral("/dev/null"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

void TestTimestampSandbox::opensslVerifiesTheReply()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("the openssl command-line tool is not installed");
    }
    QVERIFY(m_issued);
    const QDir dir(m_dir.path());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(m_chain, QSsl::Pem);
    QCOMPARE(chain.size(), 2);
    const auto writeFile = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(writeFile(QStringLiteral("reply.tsr"), m_issued->replyDer));
    QVERIFY(writeFile(QStringLiteral("tsa.pem"), chain.at(0).toPem()));
    QVERIFY(writeFile(QStringLiteral("chain-ca.pem"), chain.at(1).toPem()));
    const auto verify = [&](const QByteArray& digest, const QString& reply) {
        return openssl({QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"),
                        QString::fromLatin1(digest.toHex()), QStringLiteral("-in"), dir.filePath(reply),
                        QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("chain-ca.pem")),
                        QStringLiteral("-untrusted"), dir.filePath(QStringLiteral("tsa.pem"))});
    };

    Run run = verify(m_digest, QStringLiteral("reply.tsr"));
    QVERIFY2(run.exitCode == 0 && run.output.contains(QStringLiteral("Verification: OK")), qPrintable(run.output));

    run = verify(sha256Of(QByteArrayLiteral("another manifest")), QStringLiteral("reply.tsr"));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("Verification: FAILED")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("message imprint mismatch")), qPrintable(run.output));

    // A genuine token of the same TSA, but for other data, swapped in: refused for this digest.
    TimestampClient client(
        tsaUrl(), transport(m_sandbox->connection().value(QStringLiteral("spkiSha256")).toString().toLatin1()));
    const StampResult other = waitFor<StampResult>(
        [&](auto done) { client.stamp(sha256Of(QByteArrayLiteral("another manifest")), m_chain, done); });
    QVERIFY2(other, qPrintable(errorOf(other)));
    QVERIFY(writeFile(QStringLiteral("swapped.tsr"), other->replyDer));
    run = verify(m_digest, QStringLiteral("swapped.tsr"));
    QVERIFY2(run.exitCode != 0 && run.output.contains(QStringLiteral("Verification: FAILED")), qPrintable(run.output));

    run = openssl({QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-in"),
                   dir.filePath(QStringLiteral("reply.tsr")), QStringLiteral("-text")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Status: Granted.")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Policy OID: 1.2.3.4.1")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Serial number: 0x") + m_issued->info.serialHex.toUpper()),
             qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("Nonce: 0x") + m_issued->info.nonceHex.toUpper()),
             qPrintable(run.output));
}

void TestTimestampSandbox::refusesAnotherPin()
{
    TimestampClient client(tsaUrl(), transport(QByteArrayLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    const StampResult stamp = waitFor<StampResult>([&](auto done) { client.stamp(m_digest, m_chain, done); });
    QCOMPARE(errorOf(stamp), QStringLiteral("the TSA's TLS key is not the pinned one"));
}

void TestTimestampSandbox::plainHttpTsaWorks()
{
    QTemporaryDir tsaDir;
    auto tsa = sandbox::SandboxTsa::open(tsaDir.path());
    QVERIFY(tsa);
    sandbox::SandboxTsa& authority = *tsa.value();
    PlainHttpTsa server([&authority](const QByteArray& query) { return authority.respond(query); });
    TimestampClient client(server.url(), ConnectionSettings{});
    StampResult stamp = waitFor<StampResult>([&](auto done) { client.stamp(m_digest, authority.chainPem(), done); });
    QVERIFY2(stamp, qPrintable(errorOf(stamp)));
    QCOMPARE(stamp->info.imprint, m_digest);
    // Over plain HTTP the token is what authenticates: another TSA's chain refuses it.
    stamp = waitFor<StampResult>([&](auto done) { client.stamp(m_digest, m_chain, done); });
    QVERIFY2(errorOf(stamp).startsWith(QStringLiteral("untrusted signer")), qPrintable(errorOf(stamp)));
    // And the chain itself, what tokens are judged by, is never taken from an unauthenticated channel.
    const ChainResult chain = waitFor<ChainResult>([&client](auto done) { client.fetchSandboxChain(done); });
    QVERIFY(!chain);
    QVERIFY2(errorOf(chain).contains(QStringLiteral("only over https")), qPrintable(errorOf(chain)));
}

void TestTimestampSandbox::timesOutAndCancels()
{
    PlainHttpTsa silent(nullptr);
    TimestampClient client(silent.url(), ConnectionSettings{});
    client.setTimeout(std::chrono::milliseconds(300));
    StampResult stamp = waitFor<StampResult>([&](auto done) { client.stamp(m_digest, m_chain, done); });
    QVERIFY2(errorOf(stamp).startsWith(QStringLiteral("the TSA did not answer within")), qPrintable(errorOf(stamp)));

    client.setTimeout(std::chrono::seconds(20));
    stamp = waitFor<StampResult>([&](auto done) {
        client.stamp(m_digest, m_chain, done);
        QVERIFY(client.isBusy());
        QTimer::singleShot(100, &client, [&client] { client.cancel(); });
    });
    QCOMPARE(errorOf(stamp), QStringLiteral("cancelled"));
    QVERIFY(!client.isBusy());
}

QTEST_GUILESS_MAIN(TestTimestampSandbox)
#include "tst_timestamp_sandbox.moc"
