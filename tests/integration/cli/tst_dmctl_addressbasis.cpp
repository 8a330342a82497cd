// dmctl and the address basis against a running dmsandbox over TLS: created with an account, set, changed and cleared
// through the outbox, and every bad option refused before anything is sent.

#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestDmctlAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createRecordsTheBasis();
    void setChangesAndClearsIt();
    void badOptionsAreRefusedBeforeAnythingIsSent_data();
    void badOptionsAreRefusedBeforeAnythingIsSent();

private:
    [[nodiscard]] QStringList connect() const { return {QStringLiteral("--sandbox-config"), m_configPath}; }
    [[nodiscard]] QProcessEnvironment isolated() const;
    // The account's addressBasis as the platform lists it (null when none, undefined when no such account).
    [[nodiscard]] QJsonValue platformBasis(const QString& accountName);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_configPath;
};

void TestDmctlAddressBasis::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection = m_sandbox->start({QStringLiteral("--scale"), QStringLiteral("small")});
    QVERIFY(!connection.isEmpty());
    QVERIFY(m_sandbox->authenticate());
    m_configPath = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(m_configPath, connection));
}

void TestDmctlAddressBasis::cleanupTestCase()
{
    m_sandbox.reset();
}

QProcessEnvironment TestDmctlAddressBasis::isolated() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return environment;
}

QJsonValue TestDmctlAddressBasis::platformBasis(const QString& accountName)
{
    const auto page =
        m_sandbox->call(QStringLiteral("/api/open/delivery/account/list"), {{QStringLiteral("keyword"), accountName}});
    for (const QJsonValue item : page.data.toObject().value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("accountName")).toString() == accountName) {
            return item.toObject().value(QStringLiteral("addressBasis"));
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void TestDmctlAddressBasis::createRecordsTheBasis()
{
    const DmctlRun created = runDmctl(
        QStringList{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                    QStringLiteral("dmctl.basis"), QStringLiteral("--name"), QStringLiteral("陈依据"),
                    QStringLiteral("--personal"), QStringLiteral("-"), QStringLiteral("--basis"),
                    QStringLiteral("confirmed"), QStringLiteral("--basis-date"), QStringLiteral("2026-06-01"),
                    QStringLiteral("--basis-reference"), QStringLiteral("(2026)粤0104民初88号送达地址确认书")} +
            connect(),
        isolated(), "mobile=13800138088\n");
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY2(created.out.contains(QLatin1String("account: dmctl.basis")), qPrintable(created.out));
    QVERIFY2(created.out.contains(QLatin1String("addressBasis: confirmed\nbasisDate: 2026-06-01\n")),
             qPrintable(created.out));
    QVERIFY(created.out.contains(QStringLiteral("basisReference: (2026)粤0104民初88号送达地址确认书")));
    const QJsonObject basis = platformBasis(QStringLiteral("dmctl.basis")).toObject();
    QCOMPARE(basis.value(QStringLiteral("kind")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(basis.value(QStringLiteral("date")).toString(), QStringLiteral("2026-06-01"));
    QCOMPARE(basis.value(QStringLiteral("reference")).toString(), QStringLiteral("(2026)粤0104民初88号送达地址确认书"));
}

void TestDmctlAddressBasis::setChangesAndClearsIt()
{
    QCOMPARE(runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--account"),
                                  QStringLiteral("dmctl.later"), QStringLiteral("--name"), QStringLiteral("林后补"),
                                  QStringLiteral("--personal"), QStringLiteral("-")} +
                          connect(),
                      isolated(), "mobile=13800138089\n")
                 .exitCode,
             0);
    QVERIFY(platformBasis(QStringLiteral("dmctl.later")).isNull());

    const QStringList set{QStringLiteral("accounts"), QStringLiteral("set-address-basis"), QStringLiteral("--account"),
                          QStringLiteral("dmctl.later")};
    // The Chinese word is taken as well as the contract's spelling.
    const DmctlRun provided = runDmctl(set +
                                           QStringList{QStringLiteral("--basis"), QStringLiteral("受送达人提供"),
                                                       QStringLiteral("--basis-date"), QStringLiteral("2026-05-20"),
                                                       QStringLiteral("--basis-reference"), QStringLiteral("起诉状")} +
                                           connect(),
                                       isolated());
    QVERIFY2(provided.exitCode == 0, qPrintable(provided.err));
    QVERIFY2(provided.out.contains(QLatin1String("addressBasis: provided\nbasisDate: 2026-05-20\n")),
             qPrintable(provided.out));
    QCOMPARE(platformBasis(QStringLiteral("dmctl.later")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("provided"));

    const DmctlRun found = runDmctl(set +
                                        QStringList{QStringLiteral("--basis"), QStringLiteral("courtFound"),
                                                    QStringLiteral("--basis-date"), QStringLiteral("2026-05-21")} +
                                        connect(),
                                    isolated());
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonObject courtFound = platformBasis(QStringLiteral("dmctl.later")).toObject();
    QCOMPARE(courtFound.value(QStringLiteral("kind")).toString(), QStringLiteral("courtFound"));
    QCOMPARE(courtFound.value(QStringLiteral("reference")).toString(), QString());

    const DmctlRun cleared =
        runDmctl(set + QStringList{QStringLiteral("--basis"), QStringLiteral("none")} + connect(), isolated());
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(cleared.out.contains(QLatin1String("addressBasis: none")));
    QVERIFY(platformBasis(QStringLiteral("dmctl.later")).isNull());

    // An account the platform does not have: the platform's reason, exit 1.
    const DmctlRun missing = runDmctl(QStringList{QStringLiteral("accounts"), QStringLiteral("set-address-basis"),
                                                  QStringLiteral("--account"), QStringLiteral("dmctl.nobody"),
                                                  QStringLiteral("--basis"), QStringLiteral("none")} +
                                          connect(),
                                      isolated());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("ACCOUNT")), qPrintable(missing.err));
}

void TestDmctlAddressBasis::badOptionsAreRefusedBeforeAnythingIsSent_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    const QStringList set{QStringLiteral("accounts"), QStringLiteral("set-address-basis"), QStringLiteral("--account"),
                          QStringLiteral("dmctl.basis")};
    const QString future =
        QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date().addDays(10).toString(QStringLiteral("yyyy-MM-dd"));
    QTest::newRow("no basis") << set << QStringLiteral("--basis:");
    QTest::newRow("unknown kind") << set + QStringList{QStringLiteral("--basis"), QStringLiteral("公告"),
                                                       QStringLiteral("--basis-date"), QStringLiteral("2026-06-01")}
                                  << QStringLiteral("--basis:");
    QTest::newRow("no date") << set + QStringList{QStringLiteral("--basis"), QStringLiteral("provided")}
                             << QStringLiteral("--basis-date:");
    QTest::newRow("bad date") << set + QStringList{QStringLiteral("--basis"), QStringLiteral("provided"),
                                                   QStringLiteral("--basis-date"), QStringLiteral("2026-02-30")}
                              << QStringLiteral("--basis-date:");
    QTest::newRow("future date") << set + QStringList{QStringLiteral("--basis"), QStringLiteral("provided"),
                                                      QStringLiteral("--basis-date"), future}
                                 << QStringLiteral("--basis-date: The date is after today.");
    QTest::newRow("confirmed without reference")
        << set + QStringList{QStringLiteral("--basis"),           QStringLiteral("confirmed"),
                             QStringLiteral("--basis-date"),      QStringLiteral("2026-06-01"),
                             QStringLiteral("--basis-reference"), QStringLiteral("  ")}
        << QStringLiteral("--basis-reference:");
    QTest::newRow("reference too long") << set +
                                               QStringList{
                                                   QStringLiteral("--basis"),           QStringLiteral("provided"),
                                                   QStringLiteral("--basis-date"),      QStringLiteral("2026-06-01"),
                                                   QStringLiteral("--basis-reference"), QString(129, QLatin1Char('x'))}
                                        << QStringLiteral("--basis-reference:");
    QTest::newRow("none with a date") << set + QStringList{QStringLiteral("--basis"), QStringLiteral("none"),
                                                           QStringLiteral("--basis-date"), QStringLiteral("2026-06-01")}
                                      << QStringLiteral("--basis none:");
    QTest::newRow("bad account") << QStringList{QStringLiteral("accounts"),  QStringLiteral("set-address-basis"),
                                                QStringLiteral("--account"), QStringLiteral("-bad"),
                                                QStringLiteral("--basis"),   QStringLiteral("none")}
                                 << QStringLiteral("--account:");
    QTest::newRow("create: a date without a basis")
        << QStringList{QStringLiteral("accounts"),   QStringLiteral("create"), QStringLiteral("--account"),
                       QStringLiteral("dmctl.new"),  QStringLiteral("--name"), QStringLiteral("王五"),
                       QStringLiteral("--personal"), QStringLiteral("-"),      QStringLiteral("--basis-date"),
                       QStringLiteral("2026-06-01")}
        << QStringLiteral("--basis:");
}

void TestDmctlAddressBasis::badOptionsAreRefusedBeforeAnythingIsSent()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    const QJsonValue before = platformBasis(QStringLiteral("dmctl.basis"));
    const DmctlRun run = runDmctl(arguments + connect(), isolated(), "mobile=13800138090\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(names), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(platformBasis(QStringLiteral("dmctl.basis")), before);
    QVERIFY(platformBasis(QStringLiteral("dmctl.new")).isUndefined());
}

QTEST_GUILESS_MAIN(TestDmctlAddressBasis)
#include "tst_dmctl_addressbasis.moc"
