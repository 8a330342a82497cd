#include "TestProofPack.h"
#include "proof/PackSigning.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dm;
using namespace dm::proof;
using namespace prooftest;

// The password is found wrong when the clerk types it, before any time-stamp is spent; it is wiped either way.
void TestProofPack::courtSignerRefusesAWrongPassword()
{
    QString password = QStringLiteral("wrong");
    const auto signer = CourtSigner::load(m_signer.pkcs12, password);
    QVERIFY(!signer);
    QVERIFY2(signer.error().contains(QStringLiteral("wrong password")), qPrintable(signer.error()));
    QVERIFY(password.isEmpty());

    password = QString();
    QVERIFY(!CourtSigner::load(m_signer.pkcs12, password));
}

void TestProofPack::courtSignerRefusesWhatIsNoSigningFile()
{
    QString password = QString::fromUtf8(kPassword);
    auto signer = CourtSigner::load(QByteArrayLiteral("not a pkcs12"), password);
    QVERIFY(!signer);
    QVERIFY2(signer.error().contains(QStringLiteral("not a PKCS#12")), qPrintable(signer.error()));
    QVERIFY(password.isEmpty());

    const QByteArray keyless = prooftest::certificateOnlyPkcs12(m_signer.certificatePem, kPassword);
    QVERIFY(!keyless.isEmpty());
    password = QString::fromUtf8(kPassword);
    signer = CourtSigner::load(keyless, password);
    QVERIFY(!signer);
    QVERIFY2(signer.error().contains(QStringLiteral("no private key")), qPrintable(signer.error()));
    QVERIFY(password.isEmpty());
}

void TestProofPack::courtSignerWipesThePassword()
{
    QString password = QString::fromUtf8(kPassword);
    QVERIFY(password.isDetached());
    const auto signer = CourtSigner::load(m_signer.pkcs12, password);
    QVERIFY2(signer, signer ? "" : qPrintable(signer.error()));
    QVERIFY(password.isEmpty());
    QVERIFY((*signer)->subject().contains(QStringLiteral("CN=") + kSignerName));

    // signDetached() takes the password as const: it wipes its own copy, never the caller's.
    const QString kept = QString::fromUtf8(kPassword);
    QVERIFY(signDetached(m_draft.manifestJson, m_signer.pkcs12, kept));
    QCOMPARE(kept, QString::fromUtf8(kPassword));
}

// A key read once signs any number of manifests, from several threads at once, and what it signs is what
// signDetached() makes: the reference verifier and `openssl cms -verify` accept the pack.
void TestProofPack::courtSignerSignsVerifiablePacks()
{
    QString password = QString::fromUtf8(kPassword);
    const auto loaded = CourtSigner::load(m_signer.pkcs12, password);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    const std::shared_ptr<const CourtSigner> signer = *loaded;

    std::atomic<int> verified{0};
    QList<QThread*> threads;
    for (int thread = 0; thread < 3; ++thread) {
        threads.append(QThread::create([&, thread] {
            for (int round = 0; round < 4; ++round) {
                const QByteArray content =
                    QByteArrayLiteral("manifest ") + QByteArray::number(thread) + '.' + QByteArray::number(round);
                auto signature = signer->sign(content);
                if (signature && pack::verifyDetached(content, *signature, m_signer.certificatePem)) {
                    ++verified;
                }
            }
        }));
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(verified.load(), 12);

    auto signature = signer->sign(m_draft.manifestJson);
    QVERIFY2(signature, signature ? "" : qPrintable(signature.error()));
    const QString path = sealedPack(m_draft, *signature, QStringLiteral("court-signer"));
    QVERIFY(!path.isEmpty());
    const VerifyResult result = verifyPack(path, m_tsa->chainPem(), m_signer.certificatePem);
    QVERIFY2(result.sound(), qPrintable(failures(result)));
    const QString detail = checkNamed(result, QStringLiteral("signature"))->detail;
    QVERIFY2(detail.contains(kSignerName) && detail.contains(QStringLiteral("chains to the trusted CA given")),
             qPrintable(detail));

    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("openssl is not installed");
    }
    QTemporaryDir unpacked;
    QVERIFY(prooftest::unzipTo(prooftest::readZip(path), unpacked.path()));
    QFile ca(m_dir.filePath(QStringLiteral("court-signer-ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_signer.certificatePem);
    ca.close();
    const Run cms =
        run(openssl,
            {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"), QStringLiteral("-inform"),
             QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("manifest.p7s"), QStringLiteral("-content"),
             QStringLiteral("manifest.json"), QStringLiteral("-out"), QStringLiteral("/dev/null"),
             QStringLiteral("-CAfile"), ca.fileName(), QStringLiteral("-purpose"), QStringLiteral("any")},
            unpacked.path());
    QVERIFY2(cms.exitCode == 0 && cms.output.contains(QStringLiteral("Verification successful")),
             qPrintable(cms.output));
}
