// Proof-of-delivery packs from the window, over a cache synced from the real dmsandbox: the case view offers one pack
// per delivery (of the selected document, or of the whole case), the mail log's menu offers it for documents only,
// the dialog writes the packs with progress, the verify dialog accepts them and names a changed one, and the audit
// ledger records every pack made and verified with the pack's SHA-256.

#include "GuiTestSupport.h"
#include "SessionTestSupport.h"
#include "export/LogColumnTexts.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/AuditLedger.h"
#include "store/CaseRepository.h"
#include "store/Db.h"
#include "ui/pages/CasePage.h"
#include "ui/pages/MailLogPage.h"
#include "ui/proof/ProofPackDialog.h"
#include "ui/proof/VerifyPackDialog.h"
#include "ui/timeline/CaseTree.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestProofPacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void theCaseViewOffersOnePackPerDelivery();
    void theMailLogOffersPacksForDocumentsOnly();
    void theDialogMakesThePacksAndTheLedgerRecordsThem();
    void theVerifyDialogNamesAChangedPack();
    void closingTheDialogCancelsAndLeavesNoFile();
    void theCourtsCertificateIsOpenedAwayFromTheWindow();
    void filesAreChosenWithoutANestedEventLoop();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    [[nodiscard]] Profile sandboxProfile();

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<test::GuiFixture> m_gui;
    QString m_case; // a cached case with documents delivered to two recipients or more
    ProofTargets m_targets;
    QStringList m_packs;
};

void TestProofPacks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this, true);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(*m_session, {QStringLiteral("accounts"), QStringLiteral("logins"), QStringLiteral("mail")},
                          4 * kTimeoutMs));
    m_case = run<QString>([](Db& db) {
                 auto page = AccountRepository(db).page({}, {AccountSortColumn::JobNumber, false}, std::nullopt, 5000);
                 if (!page) {
                     return QString();
                 }
                 CaseRepository cases(db);
                 for (const AccountRow& row : std::as_const(page->rows)) {
                     if (row.account.jobNumber.isEmpty()) {
                         continue;
                     }
                     auto overview = cases.overview(row.account.jobNumber);
                     if (overview && overview->documents.size() >= 2) {
                         return overview->caseNumber;
                     }
                 }
                 return QString();
             }).value_or(QString());
    QVERIFY2(!m_case.isEmpty(), "no cached case has two documents");

    m_gui = std::make_unique<test::GuiFixture>();
    QVERIFY(m_gui->open());
    m_gui->window()->resize(1300, 800);
    m_gui->window()->setSession(m_session.get());
}

void TestProofPacks::cleanupTestCase()
{
    guitest::closeWindowAndSession(m_gui, m_session);
}

template <typename Result>
std::optional<Result> TestProofPacks::run(std::function<Result(Db&)> job)
{
    return guitest::query<Result>(*m_session, std::move(job), kTimeoutMs);
}

Profile TestProofPacks::sandboxProfile()
{
    return guitest::sandboxProfile(m_fixture);
}

void TestProofPacks::theCaseViewOffersOnePackPerDelivery()
{
    auto* page = m_gui->window()->findChild<CasePage*>();
    QVERIFY(page != nullptr);
    m_gui->window()->showPage(QStringLiteral("logs.case"));
    page->showCase(m_case);
    CaseTree* tree = page->tree();
    QVERIFY(QTest::qWaitFor([tree] { return tree->overview().has_value(); }, kTimeoutMs));
    const CaseOverview overview = *tree->overview();
    qsizetype deliveries = 0;
    for (const CaseDocument& document : overview.documents) {
        deliveries += document.deliveries.size();
    }
    auto* make = page->findChild<QPushButton*>(QStringLiteral("case.makeProofPacks"));
    QVERIFY(make != nullptr);
    QVERIFY(make->isEnabled());

    // Nothing selected: the whole case.
    tree->clearSelection();
    QCOMPARE(tree->proofTargets().size(), deliveries);
    // A document line: its deliveries, each with the case and the platform's message id.
    tree->clearSelection();
    tree->topLevelItem(0)->setSelected(true);
    const ProofTargets targets = tree->proofTargets();
    QCOMPARE(targets.size(), overview.documents.first().deliveries.size());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        QCOMPARE(targets.at(i).messageId, overview.documents.first().deliveries.at(i).mail.messageId);
        QCOMPARE(targets.at(i).recipient, overview.documents.first().deliveries.at(i).mail.recipient);
        QCOMPARE(targets.at(i).caseNumber, m_case);
    }
    QSignalSpy requested(page, &CasePage::proofPacksRequested);
    QVERIFY(make->isEnabled());
    make->click();
    QCOMPARE(requested.size(), 1);
    m_targets = requested.at(0).at(0).value<ProofTargets>();
    QCOMPARE(m_targets.size(), targets.size());
}

void TestProofPacks::theMailLogOffersPacksForDocumentsOnly()
{
    auto* page = m_gui->window()->findChild<MailLogPage*>();
    QVERIFY(page != nullptr);
    m_gui->window()->showPage(page->pageId());
    auto* table = page->findChild<QTableView*>();
    QVERIFY(table != nullptr);
    QVERIFY(QTest::qWaitFor([table] { return table->model()->rowCount() > 0; }, kTimeoutMs));
    // The first document the court sent, and the first reply a recipient sent.
    std::optional<int> document;
    std::optional<int> reply;
    QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount() && (!document || !reply); ++row) {
        const QString subject = model->index(row, MailLogColumns::SubjectColumn).data().toString();
        const bool isReply = subject.startsWith(QStringLiteral("回复："));
        std::optional<int>& found = isReply ? reply : document;
        if (!found) {
            found = row;
        }
    }
    QVERIFY(document && reply);
    const auto menuActionFor = [&](int row) -> QAction* {
        table->selectRow(row);
        QMetaObject::invokeMethod(
            table, "customContextMenuRequested",
            Q_ARG(QPoint, table->visualRect(model->index(row, MailLogColumns::SubjectColumn)).center()));
        auto* menu = page->findChild<QMenu*>(QStringLiteral("logs.menu"));
        QAction* action = menu != nullptr ? menu->findChild<QAction*>(QStringLiteral("logs.makeProofPack")) : nullptr;
        if (action == nullptr && menu != nullptr) {
            for (QAction* candidate : menu->actions()) {
                if (candidate->objectName() == QLatin1String("logs.makeProofPack")) {
                    action = candidate;
                }
            }
        }
        return action;
    };
    QAction* forDocument = menuActionFor(*document);
    QVERIFY(forDocument != nullptr);
    QVERIFY(forDocument->isEnabled());
    QSignalSpy requested(page, &LogPage::proofPacksRequested);
    forDocument->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).value<ProofTargets>().size(), 1);
    qDeleteAll(page->findChildren<QMenu*>(QStringLiteral("logs.menu")));
    QAction* forReply = menuActionFor(*reply);
    QVERIFY(forReply == nullptr || !forReply->isEnabled());
    qDeleteAll(page->findChildren<QMenu*>(QStringLiteral("logs.menu")));
}

void TestProofPacks::theDialogMakesThePacksAndTheLedgerRecordsThem()
{
    QVERIFY(!m_targets.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("packs"));
    QVERIFY(QDir().mkpath(folder));
    ProofPackDialog dialog(m_fixture.client(), *m_session, sandboxProfile(), m_targets);
    dialog.setOutputDirectory(folder);
    QSignalSpy finished(&dialog, &ProofPackDialog::finished);
    dialog.show();
    dialog.start();
    QVERIFY(finished.wait(4 * kTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toInt(), int(m_targets.size()));
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), m_targets.size());
    for (const QString& name : names) {
        m_packs.append(QDir(folder).filePath(name));
    }

    // One ledger entry per pack, naming the file and carrying its SHA-256.
    const auto entries = run<QList<AuditEntry>>([](Db& db) {
        auto recent = AuditLedger(db).recent(100);
        return recent ? *recent : QList<AuditEntry>();
    });
    QVERIFY(entries);
    QStringList recorded;
    for (const AuditEntry& entry : *entries) {
        if (entry.action == QLatin1String("makeProofPack")) {
            recorded.append(entry.target + u' ' + entry.detail.section(u' ', 0, 0));
        }
    }
    for (const QString& pack : std::as_const(m_packs)) {
        const QString expected =
            QFileInfo(pack).fileName() + QStringLiteral(" sha256=") + QString::fromLatin1(sha256OfFile(pack));
        QVERIFY2(recorded.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + recorded.join(u',')));
    }

    // The packs left the cache as files: the ledger's head, which records them, is time-stamped beside the cache.
    const QString anchor =
        m_dir.filePath(QStringLiteral("ledger/cache/anchor-%1.tsr").arg(entries->constFirst().sequence));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(anchor), qPrintable(anchor), kTimeoutMs);
}

void TestProofPacks::theVerifyDialogNamesAChangedPack()
{
    QVERIFY(!m_packs.isEmpty());
    VerifyPackDialog dialog(m_session.get());
    QSignalSpy verified(&dialog, &VerifyPackDialog::verified);
    dialog.show();
    dialog.verify(m_packs.first());
    QVERIFY(verified.wait(kTimeoutMs));
    QCOMPARE(verified.at(0).at(0).toBool(), true);

    // The same pack with one byte of its report changed (the ZIP rewritten around it, as someone would).
    const QString changed = m_dir.filePath(QStringLiteral("changed.zip"));
    {
        QuaZip original(m_packs.first());
        QVERIFY(original.open(QuaZip::mdUnzip));
        QuaZip rewritten(changed);
        rewritten.setUtf8Enabled(true);
        QVERIFY(rewritten.open(QuaZip::mdCreate));
        for (bool more = original.goToFirstFile(); more; more = original.goToNextFile()) {
            const QString name = original.getCurrentFileName();
            QuaZipFile in(&original);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray bytes = in.readAll();
            if (name == QLatin1String("report.pdf")) {
                bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x01);
            }
            QuaZipFile out(&rewritten);
            QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            out.write(bytes);
            out.close();
        }
        rewritten.close();
    }
    verified.clear();
    dialog.verify(changed);
    QVERIFY(verified.wait(kTimeoutMs));
    QCOMPARE(verified.at(0).at(0).toBool(), false);
    auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("proof.verdict"));
    QVERIFY(verdict != nullptr);
    QVERIFY2(verdict->text().contains(QStringLiteral("report.pdf")), qPrintable(verdict->text()));

    const auto entries = run<QList<AuditEntry>>([](Db& db) {
        auto recent = AuditLedger(db).recent(100);
        return recent ? *recent : QList<AuditEntry>();
    });
    QVERIFY(entries);
    int sound = 0;
    int failed = 0;
    for (const AuditEntry& entry : *entries) {
        if (entry.action == QLatin1String("verifyProofPack")) {
            (entry.result == QLatin1String("ok") ? sound : failed) += 1;
        }
    }
    QCOMPARE(sound, 1);
    QCOMPARE(failed, 1);
}

void TestProofPacks::closingTheDialogCancelsAndLeavesNoFile()
{
    QVERIFY(!m_targets.isEmpty());
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    {
        ProofPackDialog dialog(m_fixture.client(), *m_session, sandboxProfile(), m_targets);
        dialog.setOutputDirectory(folder);
        QSignalSpy finished(&dialog, &ProofPackDialog::finished);
        dialog.show();
        dialog.start();
        dialog.reject(); // the platform has not answered yet
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
    }
    // Whatever was under way has ended with the dialog; nothing of it is left, not even a temporary file.
    QTest::qWait(500);
    QVERIFY2(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(folder).entryList(QDir::Files | QDir::Hidden).join(u',')));
}

void TestProofPacks::theCourtsCertificateIsOpenedAwayFromTheWindow()
{
    QVERIFY(!m_targets.isEmpty());
    // The court's certificate as openssl makes one, not as this project does.
    const QDir dir(m_dir.path());
    const auto openssl = [](const QStringList& arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(
        openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("court.key")),
                 QStringLiteral("-out"), dir.filePath(QStringLiteral("court.pem")), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=court.sandbox.test")}));
    QVERIFY(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     dir.filePath(QStringLiteral("court.key")), QStringLiteral("-in"),
                     dir.filePath(QStringLiteral("court.pem")), QStringLiteral("-out"),
                     dir.filePath(QStringLiteral("court.p12")), QStringLiteral("-passout"),
                     QStringLiteral("pass:court-pass")}));
    const QString folder = m_dir.filePath(QStringLiteral("signed"));
    QVERIFY(QDir().mkpath(folder));

    const ProofTargets one{m_targets.constFirst()};
    for (const QString& password : {QStringLiteral("wrong"), QStringLiteral("court-pass")}) {
        ProofPackDialog dialog(m_fixture.client(), *m_session, sandboxProfile(), one);
        dialog.setOutputDirectory(folder);
        dialog.findChild<QCheckBox*>(QStringLiteral("proof.sign"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("proof.signer"))
            ->setText(dir.filePath(QStringLiteral("court.p12")));
        auto* passwordEdit = dialog.findChild<QLineEdit*>(QStringLiteral("proof.signerPassword"));
        passwordEdit->setText(password);
        auto* make = dialog.findChild<QPushButton*>(QStringLiteral("proof.make"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("proof.status"));
        QSignalSpy finished(&dialog, &ProofPackDialog::finished);
        dialog.show();
        dialog.start();
        // start() has returned before the key is derived (elsewhere), even for a wrong password: the window says so
        // and takes no second start; the password is no longer in the form.
        QVERIFY(passwordEdit->text().isEmpty());
        QVERIFY(!make->isEnabled());
        QVERIFY2(status->text().contains(QLatin1String("Opening the court's certificate")), qPrintable(status->text()));
        if (password == QLatin1String("wrong")) {
            QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("cannot be used")), kTimeoutMs);
            QVERIFY(make->isEnabled()); // told before any pack, and the user may try again
            QCOMPARE(finished.size(), 0);
            QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
            continue;
        }
        QVERIFY(finished.wait(4 * kTimeoutMs));
        QCOMPARE(finished.at(0).at(0).toInt(), 1);
        const QStringList packs = QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
        QCOMPARE(packs.size(), 1);
        QuaZip zip(QDir(folder).filePath(packs.constFirst()));
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY2(zip.getFileNameList().contains(QStringLiteral("manifest.p7s")),
                 qPrintable(zip.getFileNameList().join(u',')));
    }
}

// Each "Choose…" opens its file dialog and returns at once (a static QFileDialog::get… would not return until the
// user closed it, with the session's answers delivered inside it); the choice reaches its field when accepted.
void TestProofPacks::filesAreChosenWithoutANestedEventLoop()
{
    QVERIFY(!m_packs.isEmpty());
    const auto choose = [](QWidget& owner, const char* button, const char* dialogName, const QString& path) {
        auto* open = owner.findChild<QPushButton*>(QLatin1String(button));
        if (open == nullptr || !open->isEnabled()) {
            return false;
        }
        open->click(); // returns: the dialog is open, not running a loop of its own
        auto* files = owner.findChild<QFileDialog*>(QLatin1String(dialogName));
        if (files == nullptr || !files->isVisible() || files->windowModality() != Qt::WindowModal) {
            return false;
        }
        files->selectFile(path);
        static_cast<QDialog*>(files)->accept();
        return true;
    };

    ProofPackDialog pack(m_fixture.client(), *m_session, sandboxProfile(), {m_targets.constFirst()});
    pack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pack));
    const QString folder = m_dir.filePath(QStringLiteral("chosen"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(choose(pack, "proof.chooseFolder", "proof.folderDialog", folder));
    QTRY_COMPARE(pack.findChild<QLineEdit*>(QStringLiteral("proof.folder"))->text(), QDir::toNativeSeparators(folder));
    pack.findChild<QCheckBox*>(QStringLiteral("proof.sign"))->setChecked(true);
    QVERIFY(choose(pack, "proof.chooseSigner", "proof.signerDialog", m_packs.first()));
    QTRY_COMPARE(pack.findChild<QLineEdit*>(QStringLiteral("proof.signer"))->text(), m_packs.first());

    VerifyPackDialog verify(m_session.get());
    verify.show();
    QVERIFY(QTest::qWaitForWindowExposed(&verify));
    QVERIFY(choose(verify, "proof.choosePack", "proof.packDialog", m_packs.first()));
    QTRY_COMPARE(verify.findChild<QLineEdit*>(QStringLiteral("proof.verifyPath"))->text(), m_packs.first());
}

QTEST_MAIN(TestProofPacks)
#include "tst_proofpacks.moc"
