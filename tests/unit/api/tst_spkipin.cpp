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
    void chainMatchingNeedsOnePinnedCertificate();

private:
    QByteArray runOpenssl(const QStringList& arguments, const QByteArray& input = {});
    QSslCertificate makeCertificate(const QString& keyAlgorithm, const QString& name);

    QTemporaryDir m_dir;
};

void TestSpkiPin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QFAIL("the openssl command line is required (packaging/debian-packages.txt installs it)");
    }
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

void TestSpkiPin::chainMatchingNeedsOnePinnedCertificate()
{
    const QSslCertificate first = makeCertificate(QStringLiteral("rsa:2048"), QStringLiteral("first"));
    const QSslCertificate second = makeCertificate(QStringLiteral("rsa:2048"), QStringLiteral("second"));
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY(spkiSha256(first) != spkiSha256(second));
    QVERIFY(chainMatchesPins({first, second}, {spkiSha256(second)}));
    QVERIFY(!chainMatchesPins({first}, {spkiSha256(second)}));
    QVERIFY(!chainMatchesPins({}, {spkiSha256(first)}));
    QVERIFY(!chainMatchesPins({QSslCertificate()}, {QByteArray()})); // an empty pin never matches
}

QTEST_GUILESS_MAIN(TestSpkiPin)
#include "tst_spkipin.moc"
