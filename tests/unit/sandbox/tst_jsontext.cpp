#include "sandbox/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>
#include <optional>

using dm::sandbox::JsonText;

// JsonText is held to Qt's own writer: for the same value, QJsonDocument::toJson(Compact) is the expected text.
class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreEscapedAsQtEscapesThem_data();
    void stringsAreEscapedAsQtEscapesThem();
    void aLogPageIsWhatQtWrites();
};

namespace {

QByteArray qtText(const QJsonValue& value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

QString everyControlCharacter()
{
    QString text;
    for (char16_t c = 0; c < 0x20; ++c) {
        text.append(QChar(c));
    }
    return text + QChar(0x7f);
}

} // namespace

void TestJsonText::stringsAreEscapedAsQtEscapesThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("zhang.san@court.sandbox.test");
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(a "quoted" \path\ and \" both)");
    QTest::newRow("controls") << everyControlCharacter();
    QTest::newRow("chinese") << QStringLiteral("（2026）京0105民初12345号 判决书送达");
    QTest::newRow("two-byte and three-byte") << QStringLiteral("é ü ß € ¥ —");
    QTest::newRow("outside the BMP") << QStringLiteral("𠀀 emoji 😀 end");
}

void TestJsonText::stringsAreEscapedAsQtEscapesThem()
{
    QFETCH(QString, text);
    JsonText fromUtf16;
    fromUtf16.beginArray().string(text).endArray();
    QCOMPARE(fromUtf16.bytes(), qtText(text));

    const QByteArray utf8 = text.toUtf8();
    JsonText fromUtf8;
    fromUtf8.beginArray().utf8(utf8).endArray();
    QCOMPARE(fromUtf8.bytes(), qtText(text));
}

// The shape LogsApi writes: an object of rows with keys in sorted order, nulls, numbers of every size, the cursor.
void TestJsonText::aLogPageIsWhatQtWrites()
{
    struct Row
    {
        qint64 id;
        qint64 time;
        QString subject;
        bool read;
        std::optional<qint64> readAt;
    };
    const QList<Row> rows{
        {1, 1767225600000, QStringLiteral("（2026）京0105民初1号 传票"), true, 1767225700000},
        {std::numeric_limits<qint64>::max(), 0, QStringLiteral("tab\there \"q\""), false, std::nullopt},
        {-42, std::numeric_limits<qint64>::min(), QString(), false, -1},
    };
    QJsonArray expectedItems;
    JsonText text;
    text.beginObject().key("items").beginArray();
    for (const Row& row : rows) {
        expectedItems.append(
            QJsonObject{{QStringLiteral("id"), row.id},
                        {QStringLiteral("read"), row.read},
                        {QStringLiteral("readAt"), row.readAt ? QJsonValue(*row.readAt) : QJsonValue()},
                        {QStringLiteral("subject"), row.subject},
                        {QStringLiteral("tags"), QJsonArray{}},
                        {QStringLiteral("time"), row.time}});
        text.beginObject();
        text.key("id").integer(row.id);
        text.key("read").boolean(row.read);
        text.key("readAt");
        if (row.readAt) {
            text.integer(*row.readAt);
        } else {
            text.null();
        }
        text.key("subject").string(row.subject);
        text.key("tags").beginArray().endArray();
        text.key("time").integer(row.time);
        text.endObject();
    }
    text.endArray().key("nextCursor").string(QStringLiteral("dDoxNzY3MjI1NjAwMDAwOjE")).key("total").null();
    text.endObject();

    const QJsonObject expected{{QStringLiteral("items"), expectedItems},
                               {QStringLiteral("nextCursor"), QStringLiteral("dDoxNzY3MjI1NjAwMDAwOjE")},
                               {QStringLiteral("total"), QJsonValue()}};
    QCOMPARE(text.bytes(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
