#include "core/Mobile.h"

#include <QRegularExpression>
#include <QTest>

using namespace dm;
using Reason = MobileError::Reason;

class TestMobile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAndNormalises_data();
    void acceptsAndNormalises();
    void rejects_data();
    void rejects();
    void messagesDoNotEchoTheNumber();
    void masked();
};

void TestMobile::acceptsAndNormalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString n = QStringLiteral("13800138000");
    QTest::newRow("plain") << n << n;
    QTest::newRow("+86 with spaces and dashes") << QStringLiteral("+86 138-0013-8000") << n;
    QTest::newRow("+86 run together") << QStringLiteral("+8613800138000") << n;
    QTest::newRow("0086") << QStringLiteral("0086 138 0013 8000") << n;
    QTest::newRow("86 without plus") << QStringLiteral("8613800138000") << n;
    QTest::newRow("+86-") << QStringLiteral("+86-13800138000") << n;
    QTest::newRow("surrounding whitespace") << QStringLiteral("\t 13800138000 \n") << n;
    QTest::newRow("full-width digits") << QStringLiteral(
                                              "\uFF11\uFF13\uFF18\uFF10\uFF10\uFF11\uFF13\uFF18\uFF10\uFF10\uFF10")
                                       << n;
    QTest::newRow("full-width plus and ideographic space") << QStringLiteral("\uFF0B86\u3000138 0013 8000") << n;
    QTest::newRow("en dashes from a document") << QStringLiteral("138\u20130013\u20138000") << n;
    QTest::newRow("a number that starts with 86 after the prefix")
        << QStringLiteral("+86 18600000000") << QStringLiteral("18600000000");
    for (const char second : {'3', '4', '5', '6', '7', '8', '9'}) {
        const QString number = QStringLiteral("1") + QLatin1Char(second) + QStringLiteral("912345678");
        QTest::addRow("prefix 1%c", second) << number << number;
    }
}

void TestMobile::acceptsAndNormalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const auto result = Mobile::parse(input);
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
    QCOMPARE(result->number(), expected);
}

void TestMobile::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("empty") << QString() << Reason::Empty << qsizetype(-1) << qsizetype(0);
    QTest::newRow("separators only") << QStringLiteral(" - - ") << Reason::Empty << qsizetype(-1) << qsizetype(0);
    QTest::newRow("plus only") << QStringLiteral("+") << Reason::Empty << qsizetype(-1) << qsizetype(0);

    QTest::newRow("10 digits") << QStringLiteral("1380013800") << Reason::WrongLength << qsizetype(-1) << qsizetype(10);
    QTest::newRow("12 digits") << QStringLiteral("138001380001") << Reason::WrongLength << qsizetype(-1)
                               << qsizetype(12);
    QTest::newRow("+86 and 10 digits") << QStringLiteral("+86 1380013800") << Reason::WrongLength << qsizetype(-1)
                                       << qsizetype(10);
    QTest::newRow("86 and 10 digits") << QStringLiteral("86 1380013800") << Reason::WrongLength << qsizetype(-1)
                                      << qsizetype(10);
    QTest::newRow("Shenzhen landline") << QStringLiteral("0755-8888 8888") << Reason::WrongLength << qsizetype(-1)
                                       << qsizetype(12);

    QTest::newRow("letter") << QStringLiteral("138 0013 800a") << Reason::InvalidCharacter << qsizetype(12)
                            << qsizetype(0);
    QTest::newRow("plus inside") << QStringLiteral("138+00138000") << Reason::InvalidCharacter << qsizetype(3)
                                 << qsizetype(0);
    QTest::newRow("parentheses") << QStringLiteral("(+86)13800138000") << Reason::InvalidCharacter << qsizetype(0)
                                 << qsizetype(0);
    QTest::newRow("tel: URI") << QStringLiteral("tel:13800138000") << Reason::InvalidCharacter << qsizetype(0)
                              << qsizetype(0);
    QTest::newRow("dot") << QStringLiteral("138.0013.8000") << Reason::InvalidCharacter << qsizetype(3) << qsizetype(0);

    QTest::newRow("starts with 12") << QStringLiteral("12800138000") << Reason::UnknownPrefix << qsizetype(-1)
                                    << qsizetype(0);
    QTest::newRow("starts with 10") << QStringLiteral("10086000000") << Reason::UnknownPrefix << qsizetype(-1)
                                    << qsizetype(0);
    QTest::newRow("Guangzhou landline") << QStringLiteral("020-8888 8888") << Reason::UnknownPrefix << qsizetype(-1)
                                        << qsizetype(0);
    QTest::newRow("starts with 2") << QStringLiteral("23800138000") << Reason::UnknownPrefix << qsizetype(-1)
                                   << qsizetype(0);
    QTest::newRow("11 digits starting 86")
        << QStringLiteral("86138001380") << Reason::UnknownPrefix << qsizetype(-1) << qsizetype(0);
    QTest::newRow("+1") << QStringLiteral("+1 202 555 0123") << Reason::UnknownPrefix << qsizetype(-1) << qsizetype(0);
    QTest::newRow("+852 Hong Kong") << QStringLiteral("+852 9123 4567") << Reason::UnknownPrefix << qsizetype(-1)
                                    << qsizetype(0);
    QTest::newRow("0044") << QStringLiteral("0044 7911 123456") << Reason::UnknownPrefix << qsizetype(-1)
                          << qsizetype(0);
}

void TestMobile::rejects()
{
    QFETCH(QString, input);
    QFETCH(Reason, reason);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, length);

    const auto result = Mobile::parse(input);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(result.error().position, position);
    QCOMPARE(result.error().length, length);
}

void TestMobile::messagesDoNotEchoTheNumber()
{
    const QStringList inputs{QString(), QStringLiteral("1380013800"), QStringLiteral("138001380x0"),
                             QStringLiteral("12800138000")};
    const QRegularExpression digitRun(QStringLiteral("[0-9]{5,}"));
    QStringList messages;
    for (const QString& input : inputs) {
        const auto result = Mobile::parse(input);
        QVERIFY(!result.hasValue());
        const QString message = result.error().message();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!digitRun.match(message).hasMatch(), qPrintable(message));
        QVERIFY(!messages.contains(message));
        messages.append(message);
    }
    QVERIFY(messages.at(1).contains(u"10"));
    QVERIFY(messages.at(2).contains(u"10")); // the x is character 10
}

void TestMobile::masked()
{
    const auto result = Mobile::parse(QStringLiteral("+86 130-1234-4811"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->masked(), QStringLiteral("130****4811"));
}

QTEST_GUILESS_MAIN(TestMobile)
#include "tst_mobile.moc"
