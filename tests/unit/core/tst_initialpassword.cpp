#include "core/InitialPassword.h"

#include <QSet>
#include <QTest>

using namespace dm;

class TestInitialPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void generatedPasswordsAreStrongAndDistinct();
    void lengthIsClamped();
};

void TestInitialPassword::rules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("strong");
    QTest::newRow("three classes") << QStringLiteral("Court2026!x") << true;
    QTest::newRow("four classes") << QStringLiteral("aB3$eF7&") << true;
    QTest::newRow("too short") << QStringLiteral("aB3$eF7") << false;
    QTest::newRow("too long") << QStringLiteral("aB3$eF7&").repeated(5) << false;
    QTest::newRow("two classes") << QStringLiteral("courtcase2026") << false;
    QTest::newRow("ascending run") << QStringLiteral("Xy!abcd9Q") << false;
    QTest::newRow("descending digits") << QStringLiteral("Xy!9876qQ") << false;
    QTest::newRow("repeated") << QStringLiteral("Xy!aaaa9Q") << false;
    QTest::newRow("mixed-case run") << QStringLiteral("Xy!aBcD9Q") << false;
    QTest::newRow("mixed-case repeat") << QStringLiteral("Xy!aAaA9Q") << false;
    QTest::newRow("three in a row is fine") << QStringLiteral("Xy!abc9Qz") << true;
    QTest::newRow("non-ascii") << QStringLiteral("Pässwort2026!") << false;
    QTest::newRow("space") << QStringLiteral("Court 2026!x") << false;
}

void TestInitialPassword::rules()
{
    QFETCH(QString, password);
    QFETCH(bool, strong);
    QCOMPARE(meetsPasswordRules(password), strong);
}

void TestInitialPassword::generatedPasswordsAreStrongAndDistinct()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString password = generateInitialPassword();
        QCOMPARE(password.size(), 14);
        QVERIFY2(meetsPasswordRules(password), qPrintable(password));
        for (const QChar lookAlike : {u'0', u'O', u'1', u'l', u'I'}) {
            QVERIFY(!password.contains(lookAlike));
        }
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 2000);
}

void TestInitialPassword::lengthIsClamped()
{
    QCOMPARE(generateInitialPassword(4).size(), 12);
    QCOMPARE(generateInitialPassword(99).size(), 32);
    QCOMPARE(generateInitialPassword(20).size(), 20);
}

QTEST_GUILESS_MAIN(TestInitialPassword)
#include "tst_initialpassword.moc"
