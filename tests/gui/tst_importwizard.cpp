#include "ImportFixtures.h"
#include "ServiceTestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "sync/CacheSession.h"
#include "sync/ImportPlan.h"
#include "ui/import/ImportCheckPage.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportResultPage.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dm;

// The import wizard driven like a person would, against the sandbox over TLS and a real encrypted cache in a real
// CacheSession: the 500-row GBK roster with 20 bad rows ends with exactly the 480 valid accounts on the platform.
class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void importsTheValidRowsOfAGbkRoster();
    void rerunSkipsWhatExists();

private:
    [[nodiscard]] std::unique_ptr<CacheSession> openSession();
    [[nodiscard]] QStringList rosterAccounts();
    // Runs the wizard over the roster up to its result page; `reviewCheck` sees the wizard on the check page.
    void runWizard(ImportWizard& wizard, const std::function<void(ImportWizard&)>& reviewCheck);

    QTemporaryDir m_dir;
    servicetest::ServiceFixture m_fixture;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    test::GeneratedImport m_import;
    QString m_file;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    QVERIFY(m_fixture.sandbox()
                .call(QStringLiteral("/api/open/unit/createUnit"),
                      {{QStringLiteral("name"), QStringLiteral("执行局, 一处")}})
                .success);
    m_import = test::generateImportCsv(500, 20);
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(m_import.csv);
    m_file = m_dir.filePath(QStringLiteral("roster.csv"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session = openSession();
    QVERIFY(m_session);
}

void TestImportWizard::cleanupTestCase()
{
    m_session.reset();
    m_secrets.reset();
}

std::unique_ptr<CacheSession> TestImportWizard::openSession()
{
    CacheSession::Options options;
    options.settings = m_fixture.client().settings();
    const QByteArray authCode = m_fixture.sandbox().connection().value(QStringLiteral("authCode")).toString().toUtf8();
    options.authCode = [authCode](auto done) { done(authCode); };
    options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
    std::optional<Expected<std::unique_ptr<CacheSession>, CacheError>> opened;
    CacheSession::open(options, *m_secrets, this, [&](Expected<std::unique_ptr<CacheSession>, CacheError> result) {
        opened.emplace(std::move(result));
    });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !*opened) {
        return nullptr;
    }
    return std::move(**opened);
}

QStringList TestImportWizard::rosterAccounts()
{
    QStringList names;
    QString cursor;
    do {
        QJsonObject body{{QStringLiteral("pageSize"), 1000}, {QStringLiteral("keyword"), QStringLiteral("user")}};
        if (!cursor.isEmpty()) {
            body.insert(QStringLiteral("cursor"), cursor);
        }
        const auto page = m_fixture.sandbox().call(QStringLiteral("/api/open/delivery/account/list"), body);
        if (!page.success) {
            return {QStringLiteral("<listing failed>")};
        }
        const QJsonObject data = page.data.toObject();
        for (const QJsonValue& account : data.value(QStringLiteral("items")).toArray()) {
            const QString name = account.toObject().value(QStringLiteral("accountName")).toString();
            if (name.startsWith(QLatin1String("user"))) {
                names.append(name);
            }
        }
        cursor = data.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return names;
}

void TestImportWizard::runWizard(ImportWizard& wizard, const std::function<void(ImportWizard&)>& reviewCheck)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    auto* path = wizard.findChild<QLineEdit*>(QStringLiteral("import.path"));
    QVERIFY(path);
    path->setFocus();
    QTest::keyClicks(path, m_file);
    QTest::keyClick(path, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    auto* status = wizard.findChild<QLabel*>(QStringLiteral("import.fileStatus"));
    QVERIFY2(status->text().contains(QLatin1String("GBK")), qPrintable(status->text()));
    wizard.next();

    // The headers were recognised: 帐号 is the account, 手机号 the mobile.
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto* account = wizard.findChild<QComboBox*>(QStringLiteral("import.mapping.0"));
    auto* mobile = wizard.findChild<QComboBox*>(QStringLiteral("import.mapping.3"));
    QVERIFY(account && mobile);
    QCOMPARE(account->currentData().toString(), QStringLiteral("account"));
    QCOMPARE(mobile->currentData().toString(), QStringLiteral("mobile"));
    wizard.next();

    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    reviewCheck(wizard);
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::ResultPage), 120000);
}

void TestImportWizard::importsTheValidRowsOfAGbkRoster()
{
    ImportWizard wizard(*m_session, *m_settings);
    runWizard(wizard, [this](ImportWizard& shown) {
        const ImportPlan& plan = *shown.job().plan;
        QCOMPARE(plan.toCreate.size(), 480);
        QCOMPARE(plan.rejectedRows, 20);
        // The report names each bad row by row and column, exactly the ones the roster spoiled.
        QSet<QString> named;
        auto* table = shown.findChild<QTableWidget*>(QStringLiteral("import.report"));
        QVERIFY(table);
        for (const ImportFinding& finding : plan.findings) {
            if (finding.error) {
                named.insert(QString::number(finding.row) + u':' + finding.column);
            }
        }
        QSet<QString> expected;
        for (const auto& issue : m_import.issues) {
            expected.insert(QString::number(issue.row) + u':' + issue.column);
        }
        QCOMPARE(named, expected);
        QCOMPARE(table->rowCount(), plan.findings.size());
        // The exported report: UTF-8 with BOM, and never a personal number.
        auto* page = qobject_cast<ImportCheckPage*>(shown.currentPage());
        const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(page->exportReport(reportPath));
        QFile report(reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray bytes = report.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains(test::importFixtureMobile(0).toLatin1()));
        QVERIFY(!bytes.contains(test::importFixtureIdNumber(0).toLatin1()));
    });

    const auto& results = wizard.job().results;
    QCOMPARE(results.size(), 500);
    QCOMPARE(std::count_if(results.cbegin(), results.cend(),
                           [](const ImportResultRow& row) { return row.outcome == ImportOutcome::Created; }),
             480);
    auto* summary = wizard.findChild<QLabel*>(QStringLiteral("import.resultSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("480")), qPrintable(summary->text()));
    auto* page = qobject_cast<ImportResultPage*>(wizard.currentPage());
    const QString resultPath = m_dir.filePath(QStringLiteral("result.csv"));
    QVERIFY(page->exportResults(resultPath));
    QFile result(resultPath);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QByteArray bytes = result.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes.contains(test::importFixtureMobile(1).toLatin1()));

    // Exactly the valid rows exist on the platform, once each.
    QStringList accounts = rosterAccounts();
    QCOMPARE(accounts.size(), 480);
    accounts.removeDuplicates();
    QCOMPARE(accounts.size(), 480);
}

void TestImportWizard::rerunSkipsWhatExists()
{
    // The mapping of these headers was remembered; the same file again finds every valid row already there.
    ImportWizard wizard(*m_session, *m_settings);
    runWizard(wizard, [](ImportWizard& shown) {
        QCOMPARE(shown.job().plan->toCreate.size(), 0);
        QCOMPARE(shown.job().plan->existing.size(), 480);
    });
    QCOMPARE(rosterAccounts().size(), 480);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
