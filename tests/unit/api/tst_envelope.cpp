#include "api/Envelope.h"

#include <QJsonObject>
#include <QTest>

using namespace dm;

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWellFormedEnvelopes();
    void rejectsMalformedBodies_data();
    void rejectsMalformedBodies();
};

void TestEnvelope::acceptsWellFormedEnvelopes()
{
    auto ok = parseEnvelope(R"({"code":0,"success":true,"message":"ok","data":{"accessToken":"t"}})");
    QVERIFY(ok);
    QCOMPARE(ok->code, 0);
    QVERIFY(ok->success);
    QCOMPARE(ok->message, QStringLiteral("ok"));
    QVERIFY(ok->data.isObject());
    QCOMPARE(ok->data.toObject().value(QStringLiteral("accessToken")).toString(), QStringLiteral("t"));

    auto failure = parseEnvelope(R"({"code":-3,"success":false,"message":"ACCOUNT.EXIST"})");
    QVERIFY(failure);
    QCOMPARE(failure->code, -3);
    QCOMPARE(failure->message, QStringLiteral("ACCOUNT.EXIST"));
    QVERIFY(failure->data.isUndefined());

    auto nullMessage = parseEnvelope(R"({"code":-4,"success":false,"message":null,"data":null})");
    QVERIFY(nullMessage);
    QVERIFY(nullMessage->message.isEmpty());
}

void TestEnvelope::rejectsMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<EnvelopeError::Kind>("kind");
    QTest::addColumn<QString>("field");

    using K = EnvelopeError::Kind;
    QTest::newRow("empty") << QByteArray() << K::Empty << QString();
    QTest::newRow("whitespace") << QByteArray(" \r\n") << K::Empty << QString();
    QTest::newRow("html error page") << QByteArray("<html>502 Bad Gateway</html>") << K::NotJson << QString();
    QTest::newRow("truncated") << QByteArray(R"({"code":0,"success":tr)") << K::NotJson << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << K::NotAnObject << QString();
    QTest::newRow("no code") << QByteArray(R"({"success":true})") << K::MissingField << QStringLiteral("code");
    QTest::newRow("string code") << QByteArray(R"({"code":"0","success":true})") << K::WrongType
                                 << QStringLiteral("code");
    QTest::newRow("fractional code") << QByteArray(R"({"code":0.5,"success":true})") << K::WrongType
                                     << QStringLiteral("code");
    QTest::newRow("huge code") << QByteArray(R"({"code":1e300,"success":false})") << K::WrongType
                               << QStringLiteral("code");
    QTest::newRow("no success") << QByteArray(R"({"code":0})") << K::MissingField << QStringLiteral("success");
    QTest::newRow("success as int") << QByteArray(R"({"code":0,"success":1})") << K::WrongType
                                    << QStringLiteral("success");
    QTest::newRow("message as object") << QByteArray(R"({"code":0,"success":true,"message":{}})") << K::WrongType
                                       << QStringLiteral("message");
    QTest::newRow("success with error code")
        << QByteArray(R"({"code":-1,"success":true})") << K::Inconsistent << QStringLiteral("success");
    QTest::newRow("failure with code 0") << QByteArray(R"({"code":0,"success":false})") << K::Inconsistent
                                         << QStringLiteral("success");
}

void TestEnvelope::rejectsMalformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(EnvelopeError::Kind, kind);
    QFETCH(QString, field);
    auto parsed = parseEnvelope(body);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, kind);
    QCOMPARE(parsed.error().field, field);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
