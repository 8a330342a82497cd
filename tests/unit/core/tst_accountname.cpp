#include "core/AccountName.h"

#include <QTest>

using namespace dm;
using Reason = AccountNameError::Reason;

namespace {
const QString kDomain = QStringLiteral("court.gov.cn");
} // namespace

class TestAccountName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void reservedNames_data();
    void reservedNames();
    void addresses_data();
    void addresses();
    void messages();
};

void TestAccountName::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << QStringLiteral("zhangsan") << QStringLiteral("zhangsan");
    QTest::newRow("upper case lowered") << QStringLiteral("Zhang.San") << QStringLiteral("zhang.san");
    QTest::newRow("two characters") << QStringLiteral("a1") << QStringLiteral("a1");
    QTest::newRow("digits only") << QStringLiteral("20240601") << QStringLiteral("20240601");
    QTest::newRow("every allowed character") << QStringLiteral("li_si-2024.x") << QStringLiteral("li_si-2024.x");
    QTest::newRow("64 characters") << QString(64, u'a') << QString(64, u'a');
    QTest::newRow("trimmed") << QStringLiteral("  wang.wu\t") << QStringLiteral("wang.wu");
    QTest::newRow("full-width letters") << QStringLiteral("\uFF3A\uFF28\uFF21\uFF2E\uFF27") << QStringLiteral("zhang");
    QTest::newRow("reserved word as a part") << QStringLiteral("admin2") << QStringLiteral("admin2");
    QTest::newRow("reserved word with more") << QStringLiteral("noreply.court") << QStringLiteral("noreply.court");
    QTest::newRow("single dots") << QStringLiteral("a.b.c") << QStringLiteral("a.b.c");
    QTest::newRow("underscore and hyphen inside") << QStringLiteral("a_-b") << QStringLiteral("a_-b");
}

void TestAccountName::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const auto result = AccountName::parse(input);
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
    QCOMPARE(result->localPart(), expected);
    QCOMPARE(result->address(kDomain), expected + QStringLiteral("@court.gov.cn"));
}

void TestAccountName::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("empty") << QString() << Reason::Empty << qsizetype(-1);
    QTest::newRow("whitespace") << QStringLiteral(" \u3000") << Reason::Empty << qsizetype(-1);
    QTest::newRow("one character") << QStringLiteral("a") << Reason::TooShort << qsizetype(-1);
    QTest::newRow("65 characters") << QString(65, u'a') << Reason::TooLong << qsizetype(-1);
    QTest::newRow("space") << QStringLiteral("zhang san") << Reason::InvalidCharacter << qsizetype(5);
    QTest::newRow("at sign") << QStringLiteral("zhang@san") << Reason::InvalidCharacter << qsizetype(5);
    QTest::newRow("plus") << QStringLiteral("zhang+tag") << Reason::InvalidCharacter << qsizetype(5);
    QTest::newRow("Chinese") << QStringLiteral("张三") << Reason::InvalidCharacter << qsizetype(0);
    QTest::newRow("accented") << QStringLiteral("jos\u00E9") << Reason::InvalidCharacter << qsizetype(3);
    QTest::newRow("Kelvin sign (lowers to k in Unicode)")
        << QStringLiteral("\u212Aelvin") << Reason::InvalidCharacter << qsizetype(0);
    QTest::newRow("dotless i") << QStringLiteral("l\u0131si") << Reason::InvalidCharacter << qsizetype(1);
    QTest::newRow("leading dot") << QStringLiteral(".zhang") << Reason::InvalidStartOrEnd << qsizetype(-1);
    QTest::newRow("trailing dot") << QStringLiteral("zhang.") << Reason::InvalidStartOrEnd << qsizetype(-1);
    QTest::newRow("leading underscore") << QStringLiteral("_zhang") << Reason::InvalidStartOrEnd << qsizetype(-1);
    QTest::newRow("trailing hyphen") << QStringLiteral("zhang-") << Reason::InvalidStartOrEnd << qsizetype(-1);
    QTest::newRow("two dots") << QStringLiteral("zhang..san") << Reason::ConsecutiveDots << qsizetype(-1);
    QTest::newRow("three dots") << QStringLiteral("a...b") << Reason::ConsecutiveDots << qsizetype(-1);
    QTest::newRow("admin") << QStringLiteral("admin") << Reason::Reserved << qsizetype(-1);
    QTest::newRow("PostMaster") << QStringLiteral("PostMaster") << Reason::Reserved << qsizetype(-1);
    QTest::newRow("full-width ROOT") << QStringLiteral("\uFF32\uFF2F\uFF2F\uFF34") << Reason::Reserved << qsizetype(-1);
}

void TestAccountName::rejects()
{
    QFETCH(QString, input);
    QFETCH(Reason, reason);
    QFETCH(qsizetype, position);

    const auto result = AccountName::parse(input);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(result.error().position, position);
}

void TestAccountName::reservedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");

    for (const char* name : {"postmaster", "admin", "abuse", "root", "webmaster", "noreply"}) {
        const QString lower = QString::fromLatin1(name);
        QTest::addRow("%s", name) << lower << true;
        QTest::addRow("%s upper", name) << lower.toUpper() << true;
        QTest::addRow("%s1", name) << lower + u'1' << false;
    }
    QTest::newRow("no-reply") << QStringLiteral("no-reply") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccountName::reservedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);

    QCOMPARE(AccountName::isReserved(name), reserved);
    const auto result = AccountName::parse(name);
    QCOMPARE(!result.hasValue() && result.error().reason == Reason::Reserved, reserved);
}

void TestAccountName::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("expected"); // the local part, or empty when refused
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qsizetype>("position");

    QTest::newRow("plain") << QStringLiteral("zhang.san@court.gov.cn") << kDomain << QStringLiteral("zhang.san")
                           << Reason::Empty << qsizetype(-1);
    QTest::newRow("case differs") << QStringLiteral("Zhang.San@Court.GOV.cn") << kDomain << QStringLiteral("zhang.san")
                                  << Reason::Empty << qsizetype(-1);
    QTest::newRow("trailing dot in domain") << QStringLiteral("li@court.gov.cn.") << QStringLiteral("Court.gov.cn")
                                            << QStringLiteral("li") << Reason::Empty << qsizetype(-1);
    QTest::newRow("trimmed") << QStringLiteral("  li@court.gov.cn ") << kDomain << QStringLiteral("li") << Reason::Empty
                             << qsizetype(-1);
    QTest::newRow("full-width at sign") << QStringLiteral("li\uFF20court.gov.cn") << kDomain << QStringLiteral("li")
                                        << Reason::Empty << qsizetype(-1);

    QTest::newRow("empty") << QStringLiteral("  ") << kDomain << QString() << Reason::Empty << qsizetype(-1);
    QTest::newRow("no at sign") << QStringLiteral("zhang") << kDomain << QString() << Reason::MissingDomain
                                << qsizetype(-1);
    QTest::newRow("nothing after @") << QStringLiteral("zhang@") << kDomain << QString() << Reason::MissingDomain
                                     << qsizetype(-1);
    QTest::newRow("other domain") << QStringLiteral("zhang@other.cn") << kDomain << QString() << Reason::WrongDomain
                                  << qsizetype(-1);
    QTest::newRow("subdomain") << QStringLiteral("zhang@mail.court.gov.cn") << kDomain << QString()
                               << Reason::WrongDomain << qsizetype(-1);
    QTest::newRow("domain as a prefix") << QStringLiteral("zhang@court.gov.cn.example.com") << kDomain << QString()
                                        << Reason::WrongDomain << qsizetype(-1);
    QTest::newRow("nothing before @") << QStringLiteral("@court.gov.cn") << kDomain << QString() << Reason::Empty
                                      << qsizetype(-1);
    QTest::newRow("space before @") << QStringLiteral("zhang @court.gov.cn") << kDomain << QString()
                                    << Reason::InvalidCharacter << qsizetype(5);
    QTest::newRow("two @") << QStringLiteral("a@b@court.gov.cn") << kDomain << QString() << Reason::InvalidCharacter
                           << qsizetype(1);
    QTest::newRow("reserved") << QStringLiteral("Admin@court.gov.cn") << kDomain << QString() << Reason::Reserved
                              << qsizetype(-1);
    QTest::newRow("bad local part") << QStringLiteral("a..b@court.gov.cn") << kDomain << QString()
                                    << Reason::ConsecutiveDots << qsizetype(-1);
}

void TestAccountName::addresses()
{
    QFETCH(QString, address);
    QFETCH(QString, domain);
    QFETCH(QString, expected);
    QFETCH(Reason, reason);
    QFETCH(qsizetype, position);

    const auto result = AccountName::parseAddress(address, domain);
    if (!expected.isEmpty()) {
        QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message()));
        QCOMPARE(result->localPart(), expected);
        QCOMPARE(result->address(domain), expected + QStringLiteral("@court.gov.cn"));
        return;
    }
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().reason, reason);
    QCOMPARE(result.error().position, position);
}

void TestAccountName::messages()
{
    const QStringList inputs{QString(),
                             QStringLiteral("a"),
                             QString(65, u'a'),
                             QStringLiteral("zhang!san"),
                             QStringLiteral("zhang."),
                             QStringLiteral("zhang..san"),
                             QStringLiteral("admin")};
    QStringList messages;
    for (const QString& input : inputs) {
        const auto result = AccountName::parse(input);
        QVERIFY(!result.hasValue());
        const QString message = result.error().message();
        QVERIFY(!message.isEmpty());
        QVERIFY(!messages.contains(message));
        messages.append(message);
    }
    QVERIFY(messages.at(1).contains(u"2"));
    QVERIFY(messages.at(2).contains(u"64"));
    QVERIFY(messages.at(3).contains(u"6"));

    const auto wrongDomain = AccountName::parseAddress(QStringLiteral("zhang.san@other.cn"), kDomain);
    QVERIFY(!wrongDomain.hasValue());
    const QString message = wrongDomain.error().message();
    QVERIFY(message.contains(QStringLiteral("@court.gov.cn")));
    QVERIFY(!message.contains(QStringLiteral("zhang")));
    QVERIFY(!message.contains(QStringLiteral("other.cn")));
    QVERIFY(!AccountName::parseAddress(QStringLiteral("li"), kDomain).error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountName)
#include "tst_accountname.moc"
