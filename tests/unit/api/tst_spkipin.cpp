#include "OpensslCertificates.h"
#include "api/SpkiPin.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// Checks our pin against the OpenSSL command line, the reference a platform operator would use to publish a pin.
class TestSpkiPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesTheOpensslCommandLine_data();
    void matchesTheOpensslCommandLine();
    void leafPinMatchesTheLeaf();
    void issuerPinMatchesWhatItSigned();
    void appendedGenuineCertificateIsNoMatch();
    void brokenLinkEndsTheWalk();
    void nothingMatchesNothing();

private:
    QByteArray runOpenssl(const QStringList& arguments, const QByteArray& input = {});
    QSslCertificate makeCertificate(const QString& keyAlgorithm, const QString& name);

    QTemporaryDir m_dir;
    TestIdentity m_ca;
    TestIdentity m_leaf;     // issued by m_ca
    TestIdentity m_genuine;  // a self-signed platform certificate, as the sandbox has
    TestIdentity m_attacker; // self-signed, the impostor's own key
};

void TestSpkiPin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QFAIL("the openssl command line is required (packaging/debian-packages.txt installs it)");
    }
    OpensslCertificates openssl(m_dir.path());
    const QString loopback = QStringLiteral("IP:127.0.0.1,DNS:localhost");
    m_ca = openssl.makeCa(QStringLiteral("ca"));
    m_leaf = openssl.makeLeaf(QStringLiteral("leaf"), loopback, m_ca);
    m_genuine = openssl.makeSelfSigned(QStringLiteral("genuine"), loopback);
    m_attacker = openssl.makeSelfSigned(QStringLiteral("attacker"), loopback);
    QVERIFY2(!m_ca.isNull() && !m_leaf.isNull() && !m_genuine.isNull() && !m_attacker.isNull(),
             qPrintable(openssl.lastError()));
}

QByteArray TestSpkiPin::runOpenssl(const QStringList& arguments, const QByteArray& input)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForStarted()) {
        return {};
    }
    openssl.write(input);
    openssl.closeWriteChannel();
    openssl.waitForFinished(30000);
    return openssl.exitCode() == 0 ? openssl.readAllStandardOutput() : QByteArray();
}

QSslCertificate TestSpkiPin::makeCertificate(const QString& keyAlgorithm, const QString& name)
{
    const QString key = m_dir.filePath(name + QStringLiteral(".key"));
    const QString cert = m_dir.filePath(name + QStringLiteral(".pem"));
    runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), keyAlgorithm,
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    QFile file(cert);
    if (!file.open(QIODevice::ReadOnly)) {
        return QSslCertificate();
    }
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

void TestSpkiPin::matchesTheOpensslCommandLine_data()
{
    QTest::addColumn<QString>("keyAlgorithm");
    QTest::newRow("ec p-256") << QStringLiteral("ec:") + m_dir.filePath(QStringLiteral("p256.param"));
    QTest::newRow("rsa 2048") << QStringLiteral("rsa:2048");
    runOpenssl({QStringLiteral("ecparam"), QStringLiteral("-name"), QStringLiteral("prime256v1"),
                QStringLiteral("-out"), m_dir.filePath(QStringLiteral("p256.param"))});
}

void TestSpkiPin::matchesTheOpensslCommandLine()
{
    QFETCH(QString, keyAlgorithm);
    const QSslCertificate certificate = makeCertificate(
        keyAlgorithm, QStringLiteral("pin-%1").arg(QLatin1String(QTest::currentDataTag())).remove(u' '));
    QVERIFY(!certificate.isNull());
    const QByteArray publicKey =
        runOpenssl({QStringLiteral("x509"), QStringLiteral("-pubkey"), QStringLiteral("-noout")}, certificate.toPem());
    const QByteArray der = runOpenssl(
        {QStringLiteral("pkey"), QStringLiteral("-pubin"), QStringLiteral("-outform"), QStringLiteral("der")},
        publicKey);
    const QByteArray digest =
        runOpenssl({QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-binary")}, der);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(spkiSha256(certificate), digest.toBase64());
}

void TestSpkiPin::leafPinMatchesTheLeaf()
{
    QCOMPARE(matchPins({m_genuine.certificate}, {spkiSha256(m_genuine.certificate)}), PinMatch::Leaf);
    QCOMPARE(matchPins({m_leaf.certificate, m_ca.certificate}, {spkiSha256(m_leaf.certificate)}), PinMatch::Leaf);
}

void TestSpkiPin::issuerPinMatchesWhatItSigned()
{
    QCOMPARE(matchPins({m_leaf.certificate, m_ca.certificate}, {spkiSha256(m_ca.certificate)}), PinMatch::Issuer);
}

// The attack: an impostor presents its own leaf followed by a copy of the genuine certificate. The copy is in the
// list, but its key signed nothing the impostor holds.
void TestSpkiPin::appendedGenuineCertificateIsNoMatch()
{
    QCOMPARE(matchPins({m_attacker.certificate, m_genuine.certificate}, {spkiSha256(m_genuine.certificate)}),
             PinMatch::None);
    QCOMPARE(matchPins({m_attacker.certificate, m_ca.certificate}, {spkiSha256(m_ca.certificate)}), PinMatch::None);
    QCOMPARE(matchPins({m_attacker.certificate, m_leaf.certificate, m_ca.certificate}, {spkiSha256(m_ca.certificate)}),
             PinMatch::None);
}

void TestSpkiPin::brokenLinkEndsTheWalk()
{
    // The CA really signed the leaf, but the certificate between them did not: the walk stops at the broken link.
    QCOMPARE(matchPins({m_leaf.certificate, m_genuine.certificate, m_ca.certificate}, {spkiSha256(m_ca.certificate)}),
             PinMatch::None);
}

void TestSpkiPin::nothingMatchesNothing()
{
    QVERIFY(spkiSha256(m_genuine.certificate) != spkiSha256(m_attacker.certificate));
    QCOMPARE(matchPins({m_attacker.certificate}, {spkiSha256(m_genuine.certificate)}), PinMatch::None);
    QCOMPARE(matchPins({}, {spkiSha256(m_genuine.certificate)}), PinMatch::None);
    QCOMPARE(matchPins({m_genuine.certificate}, {}), PinMatch::None);
    QCOMPARE(matchPins({QSslCertificate()}, {QByteArray()}), PinMatch::None); // an empty pin never matches
}

QTEST_GUILESS_MAIN(TestSpkiPin)
#include "tst_spkipin.moc"
