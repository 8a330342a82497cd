#include "TimestampTestSupport.h"
#include "sandbox/SandboxTsa.h"
#include "timestamp/Digest.h"
#include "timestamp/TimestampQuery.h"
#include "timestamp/TimestampReply.h"
#include "timestamp/TimestampVerify.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dm;
using sandbox::SandboxTsa;

namespace {

std::unique_ptr<SandboxTsa> openTsa(const QString& dataDir)
{
    auto opened = SandboxTsa::open(dataDir);
    if (!opened) {
        qWarning().noquote() << opened.error();
        return nullptr;
    }
    return std::move(opened).value();
}

// A granted reply for `digest`, with the query that asked for it.
struct Exchange
{
    TimestampQuery query;
    QByteArray replyDer;
    TimestampReply reply;
};

std::optional<Exchange> stampWith(SandboxTsa& tsa, const QByteArray& digest)
{
    auto query = makeTimestampQuery(digest);
    if (!query) {
        return std::nullopt;
    }
    const QByteArray der = tsa.respond(query->der);
    auto reply = parseTimestampReply(der);
    if (!reply || !reply->isGranted()) {
        return std::nullopt;
    }
    return Exchange{query.value(), der, reply.value()};
}

// The error of a verification that must fail, or a marker that it passed.
QString failureOf(const Expected<TimestampInfo, QString>& verified)
{
    return verified ? QStringLiteral("<verified>") : verified.error();
}

} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void grantedReplyVerifies();
    void bareTokenVerifies();
    void sha512ImprintIsAccepted();
    void wrongDigestFails();
    void wrongNonceFails();
    void tokenFromAnotherTsaFails();
    void alteredTokenFails();
    void signerWithoutTimeStampingUsageFails();
    void garbageIsRejectedNotCrashed();
    void unsupportedAlgorithmIsRejected();
    void notATimestampFails();
    void serialsIncreaseAcrossRestart();
    void identityIsKeptAndRepaired();
    void digests();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxTsa> m_tsa;
    QByteArray m_digest;
};

void TestTimestamp::init()
{
    m_tsa.reset();
    QVERIFY(m_dir.isValid());
    m_tsa = openTsa(m_dir.path());
    QVERIFY(m_tsa);
    m_digest = sha256Of(QByteArrayLiteral("manifest.json contents"));
    QCOMPARE(m_digest.size(), 32);
}

void TestTimestamp::grantedReplyVerifies()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto exchange = stampWith(*m_tsa, m_digest);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(exchange);
    QCOMPARE(exchange->reply.status, TimestampStatus::Granted);
    QVERIFY(!exchange->reply.tokenDer.isEmpty());
    QVERIFY(exchange->reply.info);
    const TimestampInfo& info = *exchange->reply.info;
    QCOMPARE(info.policyOid, QStringLiteral("1.2.3.4.1"));
    QCOMPARE(info.imprintAlgorithm, QStringLiteral("SHA256"));
    QCOMPARE(info.imprint, m_digest);
    QCOMPARE(info.nonceHex.toULongLong(nullptr, 16), exchange->query.nonce);
    QVERIFY(!info.serialHex.isEmpty());
    QVERIFY2(info.tsaName.contains(QStringLiteral("CN=dmadmin sandbox TSA")), qPrintable(info.tsaName));
    QCOMPARE(info.accuracyMicros, std::optional<qint64>(1000000));
    QCOMPARE(info.genTime.timeZone(), QTimeZone::utc());
    QVERIFY2(info.genTime >= before && info.genTime <= after, qPrintable(info.genTime.toString(Qt::ISODateWithMs)));

    const auto verified = verifyTimestamp(exchange->replyDer, m_digest, m_tsa->chainPem(), exchange->query.nonce);
    QVERIFY2(verified, qPrintable(failureOf(verified)));
    QCOMPARE(verified->serialHex, info.serialHex);
    QCOMPARE(verified->genTime, info.genTime);
    // Without a nonce to compare, the same reply verifies as well (how a stored pack is checked later).
    QVERIFY(verifyTimestamp(exchange->replyDer, m_digest, m_tsa->chainPem()));
}

void TestTimestamp::bareTokenVerifies()
{
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    const auto parsed = parseTimestampToken(exchange->reply.tokenDer);
    QVERIFY(parsed);
    QCOMPARE(parsed->serialHex, exchange->reply.info->serialHex);
    const auto verified = verifyTimestamp(exchange->reply.tokenDer, m_digest, m_tsa->chainPem(), exchange->query.nonce);
    QVERIFY2(verified, qPrintable(failureOf(verified)));
    QCOMPARE(verified->imprint, m_digest);
}

void TestTimestamp::sha512ImprintIsAccepted()
{
    const QByteArray digest = QCryptographicHash::hash("evidence", QCryptographicHash::Sha512);
    const QByteArray der = m_tsa->respond(timestamptest::makeRequest("SHA512", digest, true));
    const auto reply = parseTimestampReply(der);
    QVERIFY(reply);
    QVERIFY2(reply->isGranted(), qPrintable(reply->describeStatus()));
    QCOMPARE(reply->info->imprintAlgorithm, QStringLiteral("SHA512"));
    const auto verified = verifyTimestamp(der, digest, m_tsa->chainPem());
    QVERIFY2(verified, qPrintable(failureOf(verified)));
    // The same bytes as a SHA-256 claim are refused: the algorithm is part of what was time-stamped.
    QVERIFY(
        failureOf(verifyTimestamp(der, digest.left(32), m_tsa->chainPem())).startsWith(QStringLiteral("wrong digest")));
}

void TestTimestamp::wrongDigestFails()
{
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    const QByteArray other = sha256Of(QByteArrayLiteral("another manifest"));
    const QString failure = failureOf(verifyTimestamp(exchange->replyDer, other, m_tsa->chainPem()));
    QVERIFY2(failure.startsWith(QStringLiteral("wrong digest")), qPrintable(failure));
}

void TestTimestamp::wrongNonceFails()
{
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    const QString failure =
        failureOf(verifyTimestamp(exchange->replyDer, m_digest, m_tsa->chainPem(), exchange->query.nonce + 1));
    QVERIFY2(failure.startsWith(QStringLiteral("nonce mismatch")), qPrintable(failure));
}

void TestTimestamp::tokenFromAnotherTsaFails()
{
    QTemporaryDir otherDir;
    const auto other = openTsa(otherDir.path());
    QVERIFY(other);
    QVERIFY(other->chainPem() != m_tsa->chainPem());
    const auto exchange = stampWith(*other, m_digest);
    QVERIFY(exchange);
    QVERIFY(verifyTimestamp(exchange->replyDer, m_digest, other->chainPem())); // genuine for its own chain
    const QString failure = failureOf(verifyTimestamp(exchange->replyDer, m_digest, m_tsa->chainPem()));
    QVERIFY2(failure.startsWith(QStringLiteral("untrusted signer")), qPrintable(failure));
}

void TestTimestamp::alteredTokenFails()
{
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    const QByteArray token = exchange->reply.tokenDer;
    // The imprint changed to claim other data: the TSTInfo no longer matches what was signed.
    const qsizetype imprintAt = token.indexOf(m_digest);
    QVERIFY(imprintAt > 0);
    const QByteArray forged = timestamptest::flipped(token, imprintAt);
    const QByteArray forgedDigest = timestamptest::flipped(m_digest, 0);
    QString failure = failureOf(verifyTimestamp(forged, forgedDigest, m_tsa->chainPem()));
    QVERIFY2(failure.startsWith(QStringLiteral("bad signature")), qPrintable(failure));
    // The last byte belongs to the signature value itself.
    failure = failureOf(verifyTimestamp(timestamptest::flipped(token, token.size() - 1), m_digest, m_tsa->chainPem()));
    QVERIFY2(failure.startsWith(QStringLiteral("bad signature")), qPrintable(failure));
}

void TestTimestamp::signerWithoutTimeStampingUsageFails()
{
    const QByteArray wrongUsage =
        timestamptest::makeWrongUsageCertificate(QDir(m_dir.path()).filePath(QStringLiteral("tsa")));
    QVERIFY(!wrongUsage.isEmpty());
    // No certificate in the token: the verifier finds the signer in the chain it was given, the wrong-usage one.
    const QByteArray der = m_tsa->respond(timestamptest::makeRequest("SHA256", m_digest, false));
    QVERIFY(parseTimestampReply(der)->isGranted());
    QVERIFY(verifyTimestamp(der, m_digest, m_tsa->chainPem())); // with the genuine certificate it passes
    const QByteArray chain = wrongUsage + m_tsa->material().caCertificatePem;
    const QString failure = failureOf(verifyTimestamp(der, m_digest, chain));
    QVERIFY2(failure.startsWith(QStringLiteral("wrong-usage signer")), qPrintable(failure));
}

void TestTimestamp::garbageIsRejectedNotCrashed()
{
    for (const QByteArray& garbage : {QByteArray(), QByteArrayLiteral("not a request"), QByteArray(4096, '\x30')}) {
        const QByteArray der = m_tsa->respond(garbage);
        const auto reply = parseTimestampReply(der);
        QVERIFY(reply);
        QCOMPARE(reply->status, TimestampStatus::Rejection);
        QCOMPARE(reply->failures, QStringList{QStringLiteral("bad data format")});
        QVERIFY(reply->tokenDer.isEmpty());
        const QString failure = failureOf(verifyTimestamp(der, m_digest, m_tsa->chainPem()));
        QVERIFY2(failure.startsWith(QStringLiteral("not granted: the TSA answered rejection (bad data format)")),
                 qPrintable(failure));
    }
}

void TestTimestamp::unsupportedAlgorithmIsRejected()
{
    const QByteArray sha1 = QCryptographicHash::hash("evidence", QCryptographicHash::Sha1);
    const auto reply = parseTimestampReply(m_tsa->respond(timestamptest::makeRequest("SHA1", sha1, true)));
    QVERIFY(reply);
    QCOMPARE(reply->status, TimestampStatus::Rejection);
    QCOMPARE(reply->failures, QStringList{QStringLiteral("unsupported digest algorithm")});
}

void TestTimestamp::notATimestampFails()
{
    const QString failure = failureOf(verifyTimestamp(QByteArrayLiteral("hello"), m_digest, m_tsa->chainPem()));
    QVERIFY2(failure.startsWith(QStringLiteral("not a time-stamp at all")), qPrintable(failure));
    QVERIFY(!parseTimestampReply(m_tsa->chainPem()));
    // A chain without a CA cannot anchor anything.
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    QCOMPARE(failureOf(verifyTimestamp(exchange->replyDer, m_digest, m_tsa->material().tsaCertificatePem)),
             QStringLiteral("the trusted chain holds no CA certificate"));
}

void TestTimestamp::serialsIncreaseAcrossRestart()
{
    QList<qulonglong> serials;
    for (int i = 0; i < 3; ++i) {
        const auto exchange = stampWith(*m_tsa, m_digest);
        QVERIFY(exchange);
        serials.append(exchange->reply.info->serialHex.toULongLong(nullptr, 16));
    }
    const QByteArray chain = m_tsa->chainPem();
    m_tsa.reset(); // the TSA stops; a new one starts from the same data dir
    m_tsa = openTsa(m_dir.path());
    QVERIFY(m_tsa);
    QCOMPARE(m_tsa->chainPem(), chain);
    const auto afterRestart = stampWith(*m_tsa, m_digest);
    QVERIFY(afterRestart);
    serials.append(afterRestart->reply.info->serialHex.toULongLong(nullptr, 16));
    for (qsizetype i = 1; i < serials.size(); ++i) {
        QVERIFY2(serials.at(i) > serials.at(i - 1),
                 qPrintable(QStringLiteral("serial %1 after %2").arg(serials.at(i)).arg(serials.at(i - 1))));
    }
}

void TestTimestamp::identityIsKeptAndRepaired()
{
    const QDir tsaDir(QDir(m_dir.path()).filePath(QStringLiteral("tsa")));
    const sandbox::TsaMaterial first = m_tsa->material();
    m_tsa.reset();
    // A missing TSA certificate is issued again by the same CA, so chains handed out before still anchor it.
    QVERIFY(QFile::remove(tsaDir.filePath(QStringLiteral("tsa.pem"))));
    m_tsa = openTsa(m_dir.path());
    QVERIFY(m_tsa);
    QCOMPARE(m_tsa->material().caCertificatePem, first.caCertificatePem);
    QVERIFY(m_tsa->material().tsaCertificatePem != first.tsaCertificatePem);
    const auto exchange = stampWith(*m_tsa, m_digest);
    QVERIFY(exchange);
    QVERIFY(verifyTimestamp(exchange->replyDer, m_digest, first.caCertificatePem)); // the token carries its signer
    // A TSA key that does not match its certificate (here: the CA's) brings a new key and certificate.
    const QByteArray reissued = m_tsa->material().tsaCertificatePem;
    m_tsa.reset();
    QFile caKey(tsaDir.filePath(QStringLiteral("ca-key.pem")));
    QVERIFY(caKey.open(QIODevice::ReadOnly));
    QFile key(tsaDir.filePath(QStringLiteral("tsa-key.pem")));
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(caKey.readAll());
    key.close();
    m_tsa = openTsa(m_dir.path());
    QVERIFY(m_tsa);
    QVERIFY(m_tsa->material().tsaCertificatePem != reissued);
    QCOMPARE(m_tsa->material().caCertificatePem, first.caCertificatePem);
    QVERIFY(stampWith(*m_tsa, m_digest));
    QCOMPARE(QFile(tsaDir.filePath(QStringLiteral("tsa-key.pem"))).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestTimestamp::digests()
{
    const auto sm3 = sm3Of(QByteArrayLiteral("abc"));
    QVERIFY2(sm3, qPrintable(sm3 ? QString() : sm3.error()));
    QCOMPARE(sm3->toHex(), QByteArrayLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    QCOMPARE(sha256Of(QByteArrayLiteral("abc")).toHex(),
             QByteArrayLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // In pieces and from a device, the same digest as in one go.
    const QByteArray text = QByteArray(100000, 'x') + QByteArrayLiteral("end");
    Digester pieces(DigestAlgorithm::Sm3);
    pieces.addData(QByteArrayView(text).first(7));
    pieces.addData(QByteArrayView(text).sliced(7));
    QBuffer buffer;
    buffer.setData(text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Digester fromDevice(DigestAlgorithm::Sm3);
    QVERIFY(fromDevice.addData(buffer));
    const QByteArray whole = sm3Of(text).value();
    QCOMPARE(pieces.result().value(), whole);
    QCOMPARE(fromDevice.result().value(), whole);
    QVERIFY(whole != sm3.value());
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
