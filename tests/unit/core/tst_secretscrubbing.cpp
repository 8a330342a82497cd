// The secret shapes scrubPii masks beyond the platform's own tokens: OAuth-style snake_case keys, client secrets,
// passwords under any key that ends in one, and bearer credentials; and words that only look like those keys.

#include "core/PiiScrubber.h"

#include <QTest>

class TestSecretScrubbing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data();
    void masks();
};

void TestSecretScrubbing::masks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("access_token in a query")
        << QStringLiteral("GET /cb?access_token=Tq7.v3&state=1") << QStringLiteral("GET /cb?access_token=***&state=1");
    QTest::newRow("refresh_token in JSON")
        << QStringLiteral(R"({"refresh_token":"r-9"})") << QStringLiteral(R"({"refresh_token":"***"})");
    QTest::newRow("auth_code") << QStringLiteral("auth_code: 77aa") << QStringLiteral("auth_code: ***");
    QTest::newRow("client_secret") << QStringLiteral("client_secret=s3cr3t&x=1")
                                   << QStringLiteral("client_secret=***&x=1");
    QTest::newRow("password") << QStringLiteral("password=Plum-Tree-4471 next") << QStringLiteral("password=*** next");
    QTest::newRow("newPassword in JSON") << QStringLiteral(R"({"newPassword":"Aa1!xyz","ok":true})")
                                         << QStringLiteral(R"({"newPassword":"***","ok":true})");
    QTest::newRow("passwd") << QStringLiteral("passwd: hunter2") << QStringLiteral("passwd: ***");
    QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer eyJhbGciOi.J9.x-y_z=")
                                   << QStringLiteral("Authorization: Bearer ***");
    QTest::newRow("bearer lower case") << QStringLiteral("authorization: bearer abc123")
                                       << QStringLiteral("authorization: bearer ***");
    QTest::newRow("the word password alone")
        << QStringLiteral("password expired, asking again") << QStringLiteral("password expired, asking again");
    QTest::newRow("a platform rule naming the field") << QStringLiteral("refused: PARAM.INVALID:password:weak")
                                                      << QStringLiteral("refused: PARAM.INVALID:password:weak");
    QTest::newRow("a key that only starts like one")
        << QStringLiteral(R"({"passwordRule":3})") << QStringLiteral(R"({"passwordRule":3})");
}

void TestSecretScrubbing::masks()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(dm::scrubPii(input), expected);
}

QTEST_GUILESS_MAIN(TestSecretScrubbing)
#include "tst_secretscrubbing.moc"
