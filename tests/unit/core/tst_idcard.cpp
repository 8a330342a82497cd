#include "core/IdCard.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dm;
using Reason = IdCardError::Reason;

namespace {

// Tests that depend on "today" pin it, so that they do not change meaning as the years pass.
const QDate kToday(2024, 6, 1);

// A synthetic ID with a correct check character, so that only the rule under test can fail.
QString makeId(const QString& first17)
{
    const std::optional<QChar> check = IdCard::checkCharacter(first17);
    return check ? first17 + *check : QString();
}

} // namespace

class TestIdCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidNumbers_data();
    void acceptsValidNumbers();
    void normalisesInput_data();
    void normalisesInput();
    void rejectsInvalidNumbers_data();
    void rejectsInvalidNumbers();
    void birthDateIsCheckedAgainstToday();
    void checkCharacter_data();
    void checkCharacter();
    void generatedNumbersAreValid();
    void everySingleDigitTypoIsCaught();
    void messagesNameTheProblemButNotTheNumber();
    void maskedKeepsOnlyTheEnds();
};

void TestIdCard::acceptsValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<IdCard::Gender>("gender");

    // Check characters computed independently of IdCard (by a separate script), so that a bug shared by parse()
    // and checkCharacter() cannot hide here.
    QTest::newRow("GB 11643 sample, X check")
        << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << IdCard::Gender::Female;
    QTest::newRow("Beijing") << QStringLiteral("110101199003074477") << QDate(1990, 3, 7) << IdCard::Gender::Male;
    QTest::newRow("leap day 2000") << QStringLiteral("110101200002290018") << QDate(2000, 2, 29)
                                   << IdCard::Gender::Male;
    QTest::newRow("Shanghai") << QStringLiteral("310115198702281230") << QDate(1987, 2, 28) << IdCard::Gender::Male;
    QTest::newRow("Xinjiang") << QStringLiteral("650102198512310017") << QDate(1985, 12, 31) << IdCard::Gender::Male;
    QTest::newRow("Shenzhen") << QStringLiteral("440304198503152517") << QDate(1985, 3, 15) << IdCard::Gender::Male;
    QTest::newRow("Xiamen, check 2") << QStringLiteral("350203197710010062") << QDate(1977, 10, 1)
                                     << IdCard::Gender::Female;
    QTest::newRow("Guiyang") << QStringLiteral("520103199307077772") << QDate(1993, 7, 7) << IdCard::Gender::Male;
    QTest::newRow("Hong Kong residence permit")
        << QStringLiteral("810000199506150041") << QDate(1995, 6, 15) << IdCard::Gender::Female;
    QTest::newRow("Taiwan residence permit (83)")
        << QStringLiteral("830000198808080025") << QDate(1988, 8, 8) << IdCard::Gender::Female;
    QTest::newRow("Taiwan (71)") << QStringLiteral("710000197001010032") << QDate(1970, 1, 1) << IdCard::Gender::Male;
    QTest::newRow("first day of 1900") << QStringLiteral("11010519000101001X") << QDate(1900, 1, 1)
                                       << IdCard::Gender::Male;
}

void TestIdCard::acceptsValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QDate, birthDate);
    QFETCH(IdCard::Gender, gender);

    const auto result = IdCard::parse(input, kToday);
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
    QCOMPARE(result->number(), input);
    QCOMPARE(result->birthDate(), birthDate);
    QCOMPARE(result->gender(), gender);
}

void TestIdCard::normalisesInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QString sample = QStringLiteral("11010519491231002X");
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << sample;
    QTest::newRow("surrounding whitespace") << QStringLiteral(" \t11010519491231002X\n ") << sample;
    QTest::newRow("ideographic space") << QStringLiteral("\u300011010519491231002X\u3000") << sample;
    QTest::newRow("full-width digits and X")
        << QStringLiteral("\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13\uFF11"
                          "\uFF10\uFF10\uFF12\uFF38")
        << sample;
    QTest::newRow("full-width lower x") << QStringLiteral("11010519491231002\uFF58") << sample;
    QTest::newRow("digits only, unchanged")
        << QStringLiteral("110101199003074477") << QStringLiteral("110101199003074477");
}

void TestIdCard::normalisesInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const auto result = IdCard::parse(input, kToday);
    QVERIFY(result.hasValue());
    QCOMPARE(result->number(), expected);
}

void TestIdCard::rejectsInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("empty") << QString() << Reason::Empty << qsizetype(-1) << qsizetype(0);
    QTest::newRow("whitespace only") << QStringLiteral(" \t\u3000 ") << Reason::Empty << qsizetype(-1) << qsizetype(0);

    QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << Reason::WrongLength << qsizetype(-1)
                               << qsizetype(17);
    QTest::newRow("19 characters") << QStringLiteral("110105194912310021X") << Reason::WrongLength << qsizetype(-1)
                                   << qsizetype(19);
    QTest::newRow("first-generation 15 digits")
        << QStringLiteral("110105491231002") << Reason::WrongLength << qsizetype(-1) << qsizetype(15);
    QTest::newRow("too short, X last") << QStringLiteral("1234X") << Reason::WrongLength << qsizetype(-1)
                                       << qsizetype(5);

    QTest::newRow("letter as check") << QStringLiteral("11010519491231002Y") << Reason::InvalidCharacter
                                     << qsizetype(17) << qsizetype(0);
    QTest::newRow("X not last") << QStringLiteral("1101051949X231002X") << Reason::InvalidCharacter << qsizetype(10)
                                << qsizetype(0);
    QTest::newRow("inner space") << QStringLiteral("110105 19491231002X") << Reason::InvalidCharacter << qsizetype(6)
                                 << qsizetype(0);
    QTest::newRow("leading space kept out of positions")
        << QStringLiteral("  1101051949123100-X") << Reason::InvalidCharacter << qsizetype(16) << qsizetype(0);
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("\u0661"
                                                          "10105194912310021")
                                        << Reason::InvalidCharacter << qsizetype(0) << qsizetype(0);
    QTest::newRow("a name by mistake") << QStringLiteral("张三") << Reason::InvalidCharacter << qsizetype(0)
                                       << qsizetype(0);

    QTest::newRow("region 91") << QStringLiteral("910000199001011234") << Reason::UnknownRegion << qsizetype(-1)
                               << qsizetype(0);
    QTest::newRow("region 16") << QStringLiteral("160101199001010014") << Reason::UnknownRegion << qsizetype(-1)
                               << qsizetype(0);
    QTest::newRow("region 00") << QStringLiteral("000000199001010018") << Reason::UnknownRegion << qsizetype(-1)
                               << qsizetype(0);
    QTest::newRow("Hong Kong with a city code")
        << QStringLiteral("810100199506150047") << Reason::UnknownRegion << qsizetype(-1) << qsizetype(0);
    for (const int province : {10, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 84, 90, 99}) {
        QTest::addRow("region %d", province) << makeId(QString::number(province) + QStringLiteral("010519900101001"))
                                             << Reason::UnknownRegion << qsizetype(-1) << qsizetype(0);
    }

    QTest::newRow("29 Feb 1900 (not a leap year)")
        << QStringLiteral("110105190002290017") << Reason::InvalidBirthDate << qsizetype(-1) << qsizetype(0);
    QTest::newRow("30 Feb") << QStringLiteral("110105202302300016") << Reason::InvalidBirthDate << qsizetype(-1)
                            << qsizetype(0);
    QTest::newRow("born 1880") << QStringLiteral("440524188001010014") << Reason::InvalidBirthDate << qsizetype(-1)
                               << qsizetype(0);
    QTest::newRow("day after today") << QStringLiteral("110105202406020019") << Reason::InvalidBirthDate
                                     << qsizetype(-1) << qsizetype(0);
    QTest::newRow("31 Dec 1899") << makeId(QStringLiteral("11010518991231001")) << Reason::InvalidBirthDate
                                 << qsizetype(-1) << qsizetype(0);
    QTest::newRow("month 13") << makeId(QStringLiteral("11010519901301001")) << Reason::InvalidBirthDate
                              << qsizetype(-1) << qsizetype(0);
    QTest::newRow("month 00") << makeId(QStringLiteral("11010519900001001")) << Reason::InvalidBirthDate
                              << qsizetype(-1) << qsizetype(0);
    QTest::newRow("day 00") << makeId(QStringLiteral("11010519900100001")) << Reason::InvalidBirthDate << qsizetype(-1)
                            << qsizetype(0);
    QTest::newRow("31 April") << makeId(QStringLiteral("11010519900431001")) << Reason::InvalidBirthDate
                              << qsizetype(-1) << qsizetype(0);
    QTest::newRow("29 Feb 2023") << makeId(QStringLiteral("11010520230229001")) << Reason::InvalidBirthDate
                                 << qsizetype(-1) << qsizetype(0);
    QTest::newRow("year 0000") << makeId(QStringLiteral("11010500000101001")) << Reason::InvalidBirthDate
                               << qsizetype(-1) << qsizetype(0);
    QTest::newRow("far future") << makeId(QStringLiteral("11010530000101001")) << Reason::InvalidBirthDate
                                << qsizetype(-1) << qsizetype(0);

    QTest::newRow("1 instead of X") << QStringLiteral("110105194912310021") << Reason::ChecksumMismatch << qsizetype(-1)
                                    << qsizetype(0);
    QTest::newRow("X instead of 7") << QStringLiteral("11010119900307447X") << Reason::ChecksumMismatch << qsizetype(-1)
                                    << qsizetype(0);
    QTest::newRow("swapped digits") << QStringLiteral("110101199003077447") << Reason::ChecksumMismatch << qsizetype(-1)
                                    << qsizetype(0);
}

void TestIdCard::rejectsInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(Reason, reason);
    QFETCH(qsizetype, position);
    QFETCH(qsizetype, length);

    const auto result = IdCard::parse(input, kToday);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(result.error().position, position);
    QCOMPARE(result.error().length, length);
    QVERIFY(!result.error().message().isEmpty());
}

void TestIdCard::birthDateIsCheckedAgainstToday()
{
    const QString bornOn20240601 = makeId(QStringLiteral("11010520240601001"));
    QVERIFY(IdCard::parse(bornOn20240601, QDate(2024, 6, 1)).hasValue());
    QCOMPARE(IdCard::parse(bornOn20240601, QDate(2024, 5, 31)).error().reason, Reason::InvalidBirthDate);

    // The default is the real date: someone born tomorrow cannot have an ID yet, someone born today can.
    const QDate today = QDate::currentDate();
    const QString prefix = QStringLiteral("110105");
    const QString bornToday = makeId(prefix + today.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001"));
    const QString bornTomorrow =
        makeId(prefix + today.addDays(1).toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("001"));
    QVERIFY(IdCard::parse(bornToday).hasValue());
    QCOMPARE(IdCard::parse(bornTomorrow).error().reason, Reason::InvalidBirthDate);
}

void TestIdCard::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("expected"); // empty: no check character

    QTest::newRow("X") << QStringLiteral("11010519491231002") << QStringLiteral("X");
    QTest::newRow("7") << QStringLiteral("11010119900307447") << QStringLiteral("7");
    QTest::newRow("8") << QStringLiteral("11010120000229001") << QStringLiteral("8");
    QTest::newRow("4") << QStringLiteral("91000019900101123") << QStringLiteral("4");
    QTest::newRow("2") << QStringLiteral("35020319771001006") << QStringLiteral("2");
    QTest::newRow("0") << QStringLiteral("31011519870228123") << QStringLiteral("0");
    QTest::newRow("all zeros") << QStringLiteral("00000000000000000") << QStringLiteral("1");
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QString();
    QTest::newRow("18 digits") << QStringLiteral("110105194912310021") << QString();
    QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QString();
    QTest::newRow("full-width digit") << QStringLiteral("1101051949123100\uFF12") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestIdCard::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, expected);

    const std::optional<QChar> check = IdCard::checkCharacter(first17);
    QCOMPARE(check.has_value(), !expected.isEmpty());
    if (check)
        QCOMPARE(QString(*check), expected);
}

void TestIdCard::generatedNumbersAreValid()
{
    // What the sandbox does: pick a region, a date and a sequence, append the check character.
    const QStringList regions{QStringLiteral("110105"), QStringLiteral("440106"), QStringLiteral("540102"),
                              QStringLiteral("650102"), QStringLiteral("820000")};
    const QList<QDate> dates{QDate(1900, 1, 1), QDate(1960, 2, 29), QDate(1999, 12, 31), QDate(2024, 6, 1)};
    int checked = 0;
    for (const QString& region : regions) {
        for (const QDate& date : dates) {
            for (int sequence = 0; sequence < 1000; sequence += 37) {
                const QString id = makeId(region + date.toString(QStringLiteral("yyyyMMdd")) +
                                          QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0')));
                const auto result = IdCard::parse(id, kToday);
                QVERIFY2(result.hasValue(), qPrintable(id));
                QCOMPARE(result->birthDate(), date);
                QCOMPARE(result->gender(), sequence % 2 == 1 ? IdCard::Gender::Male : IdCard::Gender::Female);
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 5 * 4 * 28);
}

void TestIdCard::everySingleDigitTypoIsCaught()
{
    // MOD 11-2 detects every single substituted character; some substitutions fail an earlier rule instead.
    const QString valid = QStringLiteral("11010519491231002X");
    for (qsizetype i = 0; i < valid.size(); ++i) {
        for (const QChar replacement : QStringLiteral("0123456789X")) {
            if (replacement == valid.at(i) || (replacement == u'X' && i != valid.size() - 1))
                continue;
            QString typo = valid;
            typo[i] = replacement;
            QVERIFY2(!IdCard::parse(typo, kToday).hasValue(), qPrintable(QStringLiteral("position %1").arg(i)));
        }
    }
    // A wrong check character alone is always ChecksumMismatch.
    for (const QChar wrong : QStringLiteral("0123456789")) {
        QString typo = valid;
        typo[17] = wrong;
        QCOMPARE(IdCard::parse(typo, kToday).error().reason, Reason::ChecksumMismatch);
    }
}

void TestIdCard::messagesNameTheProblemButNotTheNumber()
{
    const QStringList inputs{QString(),
                             QStringLiteral("11010519491231002"),
                             QStringLiteral("1101051949X231002X"),
                             QStringLiteral("910000199001011234"),
                             QStringLiteral("110105190002290017"),
                             QStringLiteral("110105194912310021")};
    QSet<QString> messages;
    const QRegularExpression digitRun(QStringLiteral("[0-9]{5,}"));
    for (const QString& input : inputs) {
        const auto result = IdCard::parse(input, kToday);
        QVERIFY(!result.hasValue());
        const QString message = result.error().message();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!digitRun.match(message).hasMatch(), qPrintable(message));
        messages.insert(message);
    }
    QCOMPARE(messages.size(), inputs.size()); // one distinct message per reason
    QVERIFY(IdCard::parse(QStringLiteral("1101051949X231002X"), kToday).error().message().contains(u"11"));
    QVERIFY(IdCard::parse(QStringLiteral("11010519491231002"), kToday).error().message().contains(u"17"));
}

void TestIdCard::maskedKeepsOnlyTheEnds()
{
    const auto result = IdCard::parse(QStringLiteral("11010519491231002x"), kToday);
    QVERIFY(result.hasValue());
    QCOMPARE(result->masked(), QStringLiteral("1101**********002X"));
}

QTEST_GUILESS_MAIN(TestIdCard)
#include "tst_idcard.moc"
