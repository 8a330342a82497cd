#include "core/TextEncoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace dm;
using Reason = TextDecodeError::Reason;

namespace {

QByteArray gbk(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

const QString kRoster = QStringLiteral("帐号,姓名\r\nzhangsan,张三\r\nlisi,朱镕\r\n");

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detects_data();
    void detects();
    void forcedEncodingWins();
    void namesTheFirstBadLine_data();
    void namesTheFirstBadLine();
    void refusesUtf16AndBinary();
    void gbkDecodingIsStrict();
    void encodingNames();
    void messagesNameTheLine();
};

void TestTextEncoding::initTestCase()
{
    QVERIFY2(gbkDecoderAvailable(), "this Qt has no GB 18030 decoder (built without ICU?)");
}

void TestTextEncoding::detects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("bom");

    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + kRoster.toUtf8()) << TextEncoding::Utf8 << true;
    QTest::newRow("UTF-8") << kRoster.toUtf8() << TextEncoding::Utf8 << false;
    QTest::newRow("GBK") << gbk(kRoster) << TextEncoding::Gbk << false;
    QTest::newRow("ASCII is UTF-8") << QByteArray("a,b\r\n1,2\r\n") << TextEncoding::Utf8 << false;
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << false;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << TextEncoding::Utf8 << true;
}

void TestTextEncoding::detects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, bom);

    const Expected<DecodedText, TextDecodeError> decoded = decodeText(bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->byteOrderMark, bom);
    if (bytes.size() > 3)
        QCOMPARE(decoded->text, bytes.startsWith("a,b") ? QString::fromUtf8(bytes) : kRoster);
    QVERIFY(!decoded->text.startsWith(QChar(0xFEFF)));
}

void TestTextEncoding::forcedEncodingWins()
{
    // Pure ASCII decodes the same either way; what matters is that GBK is used when asked for.
    const Expected<DecodedText, TextDecodeError> asGbk = decodeText(gbk(kRoster), TextEncoding::Gbk);
    QVERIFY(asGbk);
    QCOMPARE(asGbk->text, kRoster);

    const Expected<DecodedText, TextDecodeError> asUtf8 = decodeText(gbk(kRoster), TextEncoding::Utf8);
    QVERIFY(!asUtf8);
    QCOMPARE(asUtf8.error().reason, Reason::InvalidUtf8);

    // UTF-8 Chinese read as GBK is mojibake or invalid, never silently the right text.
    const Expected<DecodedText, TextDecodeError> wrong = decodeText(kRoster.toUtf8(), TextEncoding::Gbk);
    QVERIFY(!wrong || wrong->text != kRoster);
}

void TestTextEncoding::namesTheFirstBadLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qsizetype>("line");

    // 0xFF is invalid in both encodings; 0x80 0x80 too.
    QTest::newRow("auto, line 3") << QByteArray("a\r\nb\r\nc\xFF\r\n") << TextEncoding::Auto << int(Reason::InvalidGbk)
                                  << qsizetype(3);
    QTest::newRow("auto, line 1") << QByteArray("\x80\x80") << TextEncoding::Auto << int(Reason::InvalidGbk)
                                  << qsizetype(1);
    QTest::newRow("utf-8, GBK on line 2") << QByteArray("ok\n" + gbk(QStringLiteral("张三"))) << TextEncoding::Utf8
                                          << int(Reason::InvalidUtf8) << qsizetype(2);
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray("a\nb\n\xE5\xBC") << TextEncoding::Utf8 << int(Reason::InvalidUtf8) << qsizetype(3);
    QTest::newRow("overlong UTF-8") << QByteArray("\xC0\xAF") << TextEncoding::Utf8 << int(Reason::InvalidUtf8)
                                    << qsizetype(1);
    QTest::newRow("gbk, lone lead byte") << QByteArray("x\r\ny\r\n\xD5") << TextEncoding::Gbk << int(Reason::InvalidGbk)
                                         << qsizetype(3);
}

void TestTextEncoding::namesTheFirstBadLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, reason);
    QFETCH(qsizetype, line);

    const Expected<DecodedText, TextDecodeError> decoded = decodeText(bytes, encoding);
    QVERIFY(!decoded);
    QCOMPARE(int(decoded.error().reason), reason);
    QCOMPARE(decoded.error().line, line);
}

void TestTextEncoding::refusesUtf16AndBinary()
{
    const Expected<DecodedText, TextDecodeError> utf16 = decodeText(QByteArray("\xFF\xFE"
                                                                               "a\0,\0",
                                                                               6));
    QVERIFY(!utf16);
    QCOMPARE(utf16.error().reason, Reason::Utf16);

    const Expected<DecodedText, TextDecodeError> binary = decodeText(QByteArray("a,b\nc\0d", 7));
    QVERIFY(!binary);
    QCOMPARE(binary.error().reason, Reason::Binary);
    QCOMPARE(binary.error().line, 2);
}

void TestTextEncoding::gbkDecodingIsStrict()
{
    QCOMPARE(decodeGbk(gbk(QStringLiteral("镕"))), std::optional<QString>(QStringLiteral("镕")));
    QCOMPARE(decodeGbk(QByteArray("\xFF\xFF")), std::nullopt);
    QCOMPARE(decodeGbk(QByteArray("\xD5")), std::nullopt);
    QCOMPARE(decodeGbk(QByteArray()), std::optional<QString>(QString()));
}

void TestTextEncoding::encodingNames()
{
    QCOMPARE(textEncodingFromName(u"auto"), TextEncoding::Auto);
    QCOMPARE(textEncodingFromName(u"UTF-8"), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(u"utf8"), TextEncoding::Utf8);
    QCOMPARE(textEncodingFromName(u" GBK "), TextEncoding::Gbk);
    QCOMPARE(textEncodingFromName(u"gb18030"), TextEncoding::Gbk);
    QCOMPARE(textEncodingFromName(u"latin1"), std::nullopt);
    for (const TextEncoding encoding : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gbk})
        QCOMPARE(textEncodingFromName(textEncodingName(encoding)), encoding);
}

void TestTextEncoding::messagesNameTheLine()
{
    const Expected<DecodedText, TextDecodeError> decoded = decodeText(QByteArray("a\nb\nc\nd\xFF"));
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().message().contains(u'4'), qPrintable(decoded.error().message()));
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
