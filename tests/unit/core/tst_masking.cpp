#include "core/IdCard.h"
#include "core/Masking.h"
#include "core/PiiScrubber.h"

#include <QRegularExpression>
#include <QTest>

#include <thread>
#include <vector>

using namespace dm;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskIdNumber_data();
    void maskIdNumber();
    void maskMobile_data();
    void maskMobile();
    void masksNeverRevealMoreThanTheEnds();
    void scrubPii_data();
    void scrubPii();
    void scrubbedTextHasNoIdOrMobileLeft();
    void scrubPiiIsSafeOnManyThreads();
    void maskNumbersInName_data();
    void maskNumbersInName();
    void maskNumbersInNameAgreesWithScrubPii();
};

void TestMasking::maskIdNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spec sample") << QStringLiteral("440106199001011234") << QStringLiteral("4401**********1234");
    QTest::newRow("X check") << QStringLiteral("11010519491231002X") << QStringLiteral("1101**********002X");
    QTest::newRow("longer than an ID") << QStringLiteral("12345678901234567890")
                                       << QStringLiteral("1234************7890");
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << QString(17, u'*');
    QTest::newRow("first-generation 15 digits") << QStringLiteral("110105491231002") << QString(15, u'*');
    QTest::newRow("4 characters") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("1 character") << QStringLiteral("1") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::maskIdNumber()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(dm::maskIdNumber(input), expected);
}

void TestMasking::maskMobile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spec sample") << QStringLiteral("13012344811") << QStringLiteral("130****4811");
    QTest::newRow("with +86") << QStringLiteral("+8613012344811") << QStringLiteral("+86*******4811");
    QTest::newRow("10 characters") << QStringLiteral("1301234481") << QString(10, u'*');
    QTest::newRow("7 characters") << QStringLiteral("1301234") << QStringLiteral("*******");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::maskMobile()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(dm::maskMobile(input), expected);
}

void TestMasking::masksNeverRevealMoreThanTheEnds()
{
    // Whatever the length: same length out, at most head + tail characters kept, nothing kept from the middle.
    for (int length = 0; length <= 40; ++length) {
        QString input;
        for (int i = 0; i < length; ++i)
            input.append(QChar(u'a' + i % 26));
        const struct
        {
            QString masked;
            qsizetype head;
            qsizetype tail;
        } cases[] = {{dm::maskIdNumber(input), 4, 4}, {dm::maskMobile(input), 3, 4}};
        for (const auto& c : cases) {
            QCOMPARE(c.masked.size(), input.size());
            const qsizetype kept = c.masked.size() - c.masked.count(u'*');
            QVERIFY(kept == 0 || kept == c.head + c.tail);
            if (kept > 0) {
                QCOMPARE(c.masked.first(c.head), input.first(c.head));
                QCOMPARE(c.masked.last(c.tail), input.last(c.tail));
            }
        }
    }
}

void TestMasking::scrubPii_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // ID numbers.
    QTest::newRow("ID in text") << QStringLiteral("recipient 440106199001011234 not found")
                                << QStringLiteral("recipient 4401**********1234 not found");
    QTest::newRow("ID with X") << QStringLiteral("11010519491231002X") << QStringLiteral("1101**********002X");
    QTest::newRow("ID with x") << QStringLiteral("id=11010519491231002x;") << QStringLiteral("id=1101**********002x;");
    QTest::newRow("ID in JSON") << QStringLiteral(R"({"idNumber":"110101199003074477"})")
                                << QStringLiteral(R"({"idNumber":"1101**********4477"})");
    QTest::newRow("ID next to Chinese") << QStringLiteral("身份证号110101199003074477有误")
                                        << QStringLiteral("身份证号1101**********4477有误");
    QTest::newRow("two IDs") << QStringLiteral("110101199003074477,11010519491231002X")
                             << QStringLiteral("1101**********4477,1101**********002X");
    QTest::newRow("19-digit run is not an ID")
        << QStringLiteral("order 4401061990010112345") << QStringLiteral("order 4401061990010112345");

    QTest::newRow("SHA-256 holding an 18-digit run")
        << QStringLiteral("pack.zip sha256=ea27d07ad7e724485f1d16a263ee4caa47364f923d660701829489730888e6a0")
        << QStringLiteral("pack.zip sha256=ea27d07ad7e724485f1d16a263ee4caa47364f923d660701829489730888e6a0");
    QTest::newRow("ID beside a digest") << QStringLiteral("440106199001011234 d41d8cd98f00b204e9800998ecf8427e")
                                        << QStringLiteral("4401**********1234 d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("ID inside a 36-character hex run") << QStringLiteral("x ab440106199001011234cdef0123456789ab y")
                                                      << QStringLiteral("x ab4401**********1234cdef0123456789ab y");
    QTest::newRow("32 digits are not a digest")
        << QStringLiteral("n 44010619900101123444010619900101") << QStringLiteral("n 44010619900101123444010619900101");
    QTest::newRow("ID in a 32-character run of digits and letters beyond a-f")
        << QStringLiteral("k zz440106199001011234zzzzzzzzzzzz") << QStringLiteral("k zz4401**********1234zzzzzzzzzzzz");
    QTest::newRow("ID inside a shorter hex run")
        << QStringLiteral("ab440106199001011234cd") << QStringLiteral("ab4401**********1234cd");

    // Mobile numbers.
    QTest::newRow("mobile") << QStringLiteral("call 13012344811.") << QStringLiteral("call 130****4811.");
    QTest::newRow("mobile at start and end") << QStringLiteral("13800138000") << QStringLiteral("138****8000");
    QTest::newRow("+86 grouped") << QStringLiteral("tel +86 138-0013-8000") << QStringLiteral("tel +86 138****8000");
    QTest::newRow("+86 run together") << QStringLiteral("+8613800138000") << QStringLiteral("+86138****8000");
    QTest::newRow("0086") << QStringLiteral("0086 13800138000") << QStringLiteral("0086 138****8000");
    QTest::newRow("86 run together") << QStringLiteral("8613800138000") << QStringLiteral("86138****8000");
    QTest::newRow("grouped with spaces") << QStringLiteral("手机 138 0013 8000") << QStringLiteral("手机 138****8000");
    QTest::newRow("mobile in JSON") << QStringLiteral(R"({"mobile":"19912345678"})")
                                    << QStringLiteral(R"({"mobile":"199****5678"})");
    QTest::newRow("13-digit ms timestamp")
        << QStringLiteral("at 1717236312123 ms") << QStringLiteral("at 1717236312123 ms");
    QTest::newRow("12-digit run") << QStringLiteral("case 138001380001") << QStringLiteral("case 138001380001");
    QTest::newRow("UUID holding a mobile-like run") << QStringLiteral("ok 65c8c507-08b0-4179-bd61-a13800138000")
                                                    << QStringLiteral("ok 65c8c507-08b0-4179-bd61-a13800138000");
    QTest::newRow("UUID starting with digits") << QStringLiteral("ok 12345678-08b0-4179-bd61-a13800138000")
                                               << QStringLiteral("ok 12345678-08b0-4179-bd61-a13800138000");
    QTest::newRow("SHA-1 holding a mobile-like run") << QStringLiteral("fp 0a1b2c3d4e5f13800138000a1b2c3d4e5f6a7b8c")
                                                     << QStringLiteral("fp 0a1b2c3d4e5f13800138000a1b2c3d4e5f6a7b8c");
    QTest::newRow("12x is not mobile") << QStringLiteral("12800138000") << QStringLiteral("12800138000");
    QTest::newRow("ISO timestamp") << QStringLiteral("2024-06-01T13:45:12.123Z")
                                   << QStringLiteral("2024-06-01T13:45:12.123Z");
    QTest::newRow("case number") << QStringLiteral("（2026）粤0106民初1234号")
                                 << QStringLiteral("（2026）粤0106民初1234号");
    QTest::newRow("mixed separators are not a number")
        << QStringLiteral("138-0013 8000") << QStringLiteral("138-0013 8000");

    // Tokens.
    QTest::newRow("JSON accessToken") << QStringLiteral(R"({"accessToken":"abc.DEF-123_=","expiresIn":7200})")
                                      << QStringLiteral(R"({"accessToken":"***","expiresIn":7200})");
    QTest::newRow("JSON with spaces") << QStringLiteral(R"({ "refreshToken" : "r-1" })")
                                      << QStringLiteral(R"({ "refreshToken" : "***" })");
    QTest::newRow("JSON authCode holding digits")
        << QStringLiteral(R"({"authCode":"13800138000"})") << QStringLiteral(R"({"authCode":"***"})");
    QTest::newRow("JSON escaped quote in value")
        << QStringLiteral(R"({"accessToken":"a\"b","x":1})") << QStringLiteral(R"({"accessToken":"***","x":1})");
    QTest::newRow("JSON inside a JSON string") << QStringLiteral(R"(body="{\"accessToken\":\"abc\",\"n\":1}")")
                                               << QStringLiteral(R"(body="{\"accessToken\":\"***\",\"n\":1}")");
    QTest::newRow("truncated JSON") << QStringLiteral(R"({"accessToken":"abcdef)")
                                    << QStringLiteral(R"({"accessToken":"***")");
    QTest::newRow("single quotes") << QStringLiteral("{'accessToken': 'abc'}")
                                   << QStringLiteral("{'accessToken': '***'}");
    QTest::newRow("header") << QStringLiteral("qiye-access-token: eyJhbGciOi.x.y")
                            << QStringLiteral("qiye-access-token: ***");
    QTest::newRow("header, other case, next line kept")
        << QStringLiteral("Qiye-Access-Token: abc\r\nHost: example.test")
        << QStringLiteral("Qiye-Access-Token: ***\r\nHost: example.test");
    QTest::newRow("query string") << QStringLiteral("GET /oauth?authCode=9f8e7d&state=1")
                                  << QStringLiteral("GET /oauth?authCode=***&state=1");
    QTest::newRow("two tokens") << QStringLiteral(R"({"accessToken":"a1","refreshToken":"r2"})")
                                << QStringLiteral(R"({"accessToken":"***","refreshToken":"***"})");
    QTest::newRow("a key that only starts like one")
        << QStringLiteral(R"({"accessTokenExpiry":7200})") << QStringLiteral(R"({"accessTokenExpiry":7200})");
    QTest::newRow("the word alone") << QStringLiteral("accessToken expired, refreshing")
                                    << QStringLiteral("accessToken expired, refreshing");

    // Nothing to mask.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain text") << QStringLiteral("sync finished: 42 documents in 1.5 s")
                                << QStringLiteral("sync finished: 42 documents in 1.5 s");
}

void TestMasking::scrubPii()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(dm::scrubPii(input), expected);
}

void TestMasking::scrubbedTextHasNoIdOrMobileLeft()
{
    // Every valid ID and every mobile prefix, in a log-like line, comes out without an 18- or 11-digit run.
    const QRegularExpression leftover(QStringLiteral("[0-9]{11}"));
    for (int sequence = 0; sequence < 200; ++sequence) {
        const QString first17 = QStringLiteral("3101151987022%1").arg(sequence, 4, 10, QLatin1Char('0'));
        const QString id = first17 + *IdCard::checkCharacter(first17);
        const QString mobile =
            QStringLiteral("1%1%2").arg(3 + sequence % 7).arg(sequence * 4409, 9, 10, QLatin1Char('0'));
        const QString line = QStringLiteral("user %1 phone:%2;").arg(id, mobile);
        const QString scrubbed = dm::scrubPii(line);
        QVERIFY2(!leftover.match(scrubbed).hasMatch(), qPrintable(scrubbed));
        QVERIFY(scrubbed.contains(dm::maskIdNumber(id)));
        QVERIFY(scrubbed.contains(dm::maskMobile(mobile)));
    }
}

void TestMasking::scrubPiiIsSafeOnManyThreads()
{
    const QString input = QStringLiteral(R"(id 440106199001011234 tel 13012344811 {"accessToken":"t"})");
    const QString expected = QStringLiteral(R"(id 4401**********1234 tel 130****4811 {"accessToken":"***"})");
    std::vector<int> wrong(4, 0);
    std::vector<std::thread> threads;
    for (size_t t = 0; t < wrong.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 500; ++i) {
                if (dm::scrubPii(input) != expected)
                    ++wrong[t];
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    for (const int count : wrong)
        QCOMPARE(count, 0);
}

void TestMasking::maskNumbersInName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mobile mailbox") << QStringLiteral("13812345678@139.com") << QStringLiteral("138****5678@139.com");
    QTest::newRow("bare mobile account") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("ID account") << QStringLiteral("zs440106199001011234@court.cn")
                                << QStringLiteral("zs4401**********1234@court.cn");
    QTest::newRow("ID with X") << QStringLiteral("11010519491231002X@court.cn")
                               << QStringLiteral("1101**********002X@court.cn");
    QTest::newRow("X then a letter") << QStringLiteral("11010519491231002Xa") << QStringLiteral("1101**********002Xa");
    QTest::newRow("X then a digit") << QStringLiteral("11010519491231002X1") << QStringLiteral("11010519491231002X1");
    QTest::newRow("two numbers") << QStringLiteral("13812345678.15912345678")
                                 << QStringLiteral("138****5678.159****5678");
    QTest::newRow("country code") << QStringLiteral("8613812345678@qq.com") << QStringLiteral("86138****5678@qq.com");
    QTest::newRow("0086") << QStringLiteral("008613812345678@qq.com") << QStringLiteral("0086138****5678@qq.com");
    QTest::newRow("12 digits") << QStringLiteral("138123456789@qq.com") << QStringLiteral("138123456789@qq.com");
    QTest::newRow("not a mobile prefix") << QStringLiteral("12812345678@qq.com")
                                         << QStringLiteral("12812345678@qq.com");
    QTest::newRow("plain account") << QStringLiteral("zhangwei2026") << QStringLiteral("zhangwei2026");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::maskNumbersInName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(dm::maskNumbersInName(input), expected);
}

void TestMasking::maskNumbersInNameAgreesWithScrubPii()
{
    // Names and addresses hold no tokens and no grouped numbers: there, the cheap masking and scrubPii agree.
    const QStringList names{QStringLiteral("13912345678@139.com"), QStringLiteral("a440106199001011234b@x.cn"),
                            QStringLiteral("zhangsan@court.cn"),   QStringLiteral("1391234567@x.cn"),
                            QStringLiteral("139123456789@x.cn"),   QStringLiteral("18600000000_2@x.cn")};
    for (const QString& name : names) {
        QCOMPARE(dm::maskNumbersInName(name), dm::scrubPii(name));
    }
}

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
