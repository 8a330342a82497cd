#include "api/ApiError.h"
#include "api/WireValue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dm;

// The tolerant reader's primitives: every spelling the vendor or the extension is known to use is read, and
// anything else is refused rather than guessed.
class TestWireValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesAreMsOrBeijingWallClock();
    void flagsAreBooleansOrZeroOne();
    void statusesAreIntegersOrNames();
    void rowsAreABareArrayOrAList();
    void rulesLoseTheirLabel_data();
    void rulesLoseTheirLabel();
    void missingRecordsAreNotFoundWhateverTheCode();
};

void TestWireValue::timesAreMsOrBeijingWallClock()
{
    const qint64 utc = QDateTime(QDate(2026, 12, 4), QTime(7, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(wire::timeMs(QJsonValue(QStringLiteral("2026-12-04 15:30:00"))), utc); // UTC+8
    QCOMPARE(wire::timeMs(QJsonValue(double(utc))), utc);
    QCOMPARE(wire::timeMs(QJsonValue(QString::number(utc))), utc);
    QCOMPARE(wire::beijingTime(utc), QStringLiteral("2026-12-04 15:30:00"));
    QVERIFY(!wire::timeMs(QJsonValue(QStringLiteral("2026-02-30 10:00:00")))); // no such day
    QVERIFY(!wire::timeMs(QJsonValue(QStringLiteral("tomorrow"))));
    QVERIFY(!wire::timeMs(QJsonValue(QStringLiteral("1900-01-01 00:00:00")))); // before 1970, as a negative number
    QVERIFY(!wire::timeMs(QJsonValue(1.5)));
    QVERIFY(!wire::timeMs(QJsonValue(-1)));
    QVERIFY(!wire::timeMs(QJsonValue(1e300)));
    QVERIFY(!wire::timeMs(QJsonValue()));
}

void TestWireValue::flagsAreBooleansOrZeroOne()
{
    QCOMPARE(wire::flag(QJsonValue(true)), true);
    QCOMPARE(wire::flag(QJsonValue(0)), false);
    QCOMPARE(wire::flag(QJsonValue(1)), true);
    QCOMPARE(wire::flag(QJsonValue(QStringLiteral("1"))), true);
    QVERIFY(!wire::flag(QJsonValue(2)));
    QVERIFY(!wire::flag(QJsonValue(QStringLiteral("yes"))));
    QVERIFY(!wire::flag(QJsonValue()));
}

void TestWireValue::statusesAreIntegersOrNames()
{
    QVERIFY(wire::accountStatus(QJsonValue(0)) == AccountStatus::Enabled);
    QVERIFY(wire::accountStatus(QJsonValue(1)) == AccountStatus::Disabled);
    QVERIFY(wire::accountStatus(QJsonValue(2)) == AccountStatus::Deleted);
    QVERIFY(wire::accountStatus(QJsonValue(4)) == AccountStatus::Departed);
    QVERIFY(wire::accountStatus(QJsonValue(5)) == AccountStatus::HandingOver);
    QVERIFY(wire::accountStatus(QJsonValue(6)) == AccountStatus::HandedOver);
    QVERIFY(wire::accountStatus(QJsonValue(QStringLiteral("disabled"))) == AccountStatus::Disabled);
    QVERIFY(wire::accountStatus(QJsonValue(QStringLiteral("2"))) == AccountStatus::Deleted);
    QVERIFY(!wire::accountStatus(QJsonValue(3))); // undefined by the vendor
    QVERIFY(!wire::accountStatus(QJsonValue(7)));
    QVERIFY(!wire::accountStatus(QJsonValue(QStringLiteral("archived"))));
}

void TestWireValue::rowsAreABareArrayOrAList()
{
    const QJsonArray two{1, 2};
    const QStringList keys{QStringLiteral("list"), QStringLiteral("items")};
    QCOMPARE(wire::rows(two, keys), two);
    QCOMPARE(wire::rows(QJsonObject{{QStringLiteral("list"), two}, {QStringLiteral("count"), 2}}, keys), two);
    QCOMPARE(wire::rows(QJsonObject{{QStringLiteral("items"), two}}, keys), two);
    QVERIFY(!wire::rows(QJsonObject{{QStringLiteral("list"), 2}}, keys));
    QVERIFY(!wire::rows(QJsonValue(), keys));
}

void TestWireValue::rulesLoseTheirLabel_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("rule");
    QTest::newRow("vendor label") << QStringLiteral("通用业务操作失败: UNIT.EXIST") << QStringLiteral("UNIT.EXIST");
    QTest::newRow("full-width colon") << QStringLiteral("通用业务操作失败：ACCOUNT.NOTEXIST")
                                      << QStringLiteral("ACCOUNT.NOTEXIST");
    QTest::newRow("bare rule") << QStringLiteral("ACCOUNT.EXIST") << QStringLiteral("ACCOUNT.EXIST");
    QTest::newRow("parameter rule keeps its colons")
        << QStringLiteral("PARAM.INVALID:accountName:length") << QStringLiteral("PARAM.INVALID:accountName:length");
    QTest::newRow("labelled parameter rule") << QStringLiteral("参数错误: PARAM.INVALID:bindMobile:prefix")
                                             << QStringLiteral("PARAM.INVALID:bindMobile:prefix");
    QTest::newRow("empty") << QString() << QString();
}

void TestWireValue::rulesLoseTheirLabel()
{
    QFETCH(QString, message);
    QFETCH(QString, rule);
    QCOMPARE(wire::ruleOf(message), rule);
}

void TestWireValue::missingRecordsAreNotFoundWhateverTheCode()
{
    QCOMPARE(ApiError::fromPlatform(-3, QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST")).kind,
             ApiError::Kind::NotFound);
    QCOMPARE(ApiError::fromPlatform(-4, QStringLiteral("ACCOUNT.NOT.FOUND")).kind, ApiError::Kind::NotFound);
    const ApiError taken = ApiError::fromPlatform(-3, QStringLiteral("通用业务操作失败: MAILACCOUNT.NAMEEXIST"));
    QCOMPARE(taken.kind, ApiError::Kind::Conflict);
    QCOMPARE(taken.platformMessage, QStringLiteral("MAILACCOUNT.NAMEEXIST"));
    const ApiError field = ApiError::fromPlatform(-401, QStringLiteral("参数错误: PARAM.INVALID:bindMobile:prefix"));
    QCOMPARE(field.field, QStringLiteral("bindMobile"));
}

QTEST_GUILESS_MAIN(TestWireValue)
#include "tst_wirevalue.moc"
