#pragma once

#include "ProofPackTestSupport.h"
#include "proof/ProofPack.h"
#include "sandbox/SandboxTsa.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

// The pack's tests share one fixture (a sandbox TSA, a signing identity and a sound pack); its slots are spread over
// tst_proofpack.cpp (making and verifying), tst_proofpack_signer.cpp (the court's signing key) and
// tst_proofpack_edges.cpp (ties, hostile inputs and names at their limits).
namespace prooftest {

inline const QString kSignerName = QStringLiteral("天河法院电子签章（测试）");
inline const QByteArray kPassword = QByteArrayLiteral("口令-test-1");

// Every failed check's name and detail, for messages and for finding what a failure names.
inline QString failures(const dm::proof::VerifyResult& result)
{
    QStringList failed;
    for (const dm::proof::VerifyCheck& check : result.checks) {
        if (!check.passed) {
            failed.append(check.name + QStringLiteral(": ") + check.detail);
        }
    }
    return failed.join(QLatin1Char('\n'));
}

inline const dm::proof::VerifyCheck* checkNamed(const dm::proof::VerifyResult& result, const QString& name)
{
    for (const dm::proof::VerifyCheck& check : result.checks) {
        if (check.name == name) {
            return &check;
        }
    }
    return nullptr;
}

} // namespace prooftest

class TestProofPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void determinations_data();
    void determinations();
    void codesRoundTrip();
    void draftIsDeterministicAndRecordsEverything();
    void eventsAreChainedInTimeOrder();
    void soundPackVerifies();
    void everyCheckHasALabel();
    void trustedChainsAreHonoured();
    void packIsNeverOverwritten();
    void foreignSealIsRefused();
    void signingNeedsThePassword();
    void everyFileIsBoundBySums();
    void tamperingSurvivesRewrittenSums();
    void droppedEventIsNamed();
    void reorderedEventIsNamed();
    void timestampOverAnotherDigestFails();
    void reportOfAnotherManifestFails();
    void unsafeOrExtraEntriesFail();
    void zipBombsAreRefused();
    void standardToolsAccept();
    void verifyTextCommandsWork();

    // tst_proofpack_signer.cpp
    void courtSignerRefusesAWrongPassword();
    void courtSignerRefusesWhatIsNoSigningFile();
    void courtSignerWipesThePassword();
    void courtSignerSignsVerifiablePacks();

    // tst_proofpack_edges.cpp
    void simultaneousAccessesAreOrderedAsTheEvents();
    void damagedEntriesCountTowardsTheTotal();
    void onlyRegularFilesAreRead();
    void copiesKeepTheirExtension();
    void numberedCopiesStayWithinTheNameLimit();

private:
    QByteArray stamp(const QByteArray& digest);
    QString writeVariant(const QString& name, const QList<prooftest::ZipEntry>& entries);
    // `draft` time-stamped, with `signatureDer` (none when empty) and a report that names it, written into a new
    // folder `folder` of the test directory; empty when it cannot be written (the error is logged).
    QString sealedPack(const dm::proof::PackDraft& draft, const QByteArray& signatureDer, const QString& folder);

    QTemporaryDir m_dir;
    std::unique_ptr<dm::sandbox::SandboxTsa> m_tsa;
    prooftest::TestSigner m_signer;
    dm::proof::PackDraft m_draft;
    QString m_packPath;
    QList<prooftest::ZipEntry> m_entries;
};
