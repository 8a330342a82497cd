#include "api/ResultCode.h"

#include <QTest>

using namespace dm;

class TestResultCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryContractCode_data();
    void classifiesEveryContractCode();
    void unknownCodesAreNotGuessed();
};

void TestResultCode::classifiesEveryContractCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<bool>("retryable");

    const struct
    {
        int code;
        ErrorKind kind;
        bool retryable;
    } rows[] = {
        {0, ErrorKind::None, false},
        {-1, ErrorKind::Server, true},
        {-2, ErrorKind::Server, true},
        {-3, ErrorKind::Business, false},
        {-4, ErrorKind::NotFound, false},
        {-100, ErrorKind::Auth, false},
        {-101, ErrorKind::Auth, false},
        {-200, ErrorKind::Permission, false},
        {-201, ErrorKind::Permission, false},
        {-202, ErrorKind::Permission, false},
        {-300, ErrorKind::Auth, false},
        {-301, ErrorKind::TokenExpired, false},
        {-302, ErrorKind::RefreshExpired, false},
        {-303, ErrorKind::Server, true},
        {-304, ErrorKind::Auth, false},
        {-305, ErrorKind::Auth, false},
        {-400, ErrorKind::Validation, false},
        {-401, ErrorKind::Validation, false},
        {-421, ErrorKind::Replay, false},
        {-422, ErrorKind::RateLimited, true},
        {-423, ErrorKind::RateLimited, true},
        {-424, ErrorKind::Replay, false},
        {-500, ErrorKind::Server, true},
    };
    for (const auto& row : rows) {
        QTest::addRow("%d", row.code) << row.code << row.kind << row.retryable;
    }
}

void TestResultCode::classifiesEveryContractCode()
{
    QFETCH(int, code);
    QFETCH(ErrorKind, kind);
    QFETCH(bool, retryable);
    QVERIFY(ResultCodes::fromInt(code).has_value());
    QCOMPARE(ResultCodes::kindOf(code), kind);
    QCOMPARE(ResultCodes::isRetryable(code), retryable);
    QVERIFY(!ResultCodes::describe(code).isEmpty());
}

void TestResultCode::unknownCodesAreNotGuessed()
{
    for (int code : {1, -5, -99, -425, -501, 200}) {
        QVERIFY(!ResultCodes::fromInt(code).has_value());
        QCOMPARE(ResultCodes::kindOf(code), ErrorKind::Unknown);
        QVERIFY(!ResultCodes::isRetryable(code));
        QVERIFY(ResultCodes::describe(code).contains(QString::number(code)));
    }
}

QTEST_GUILESS_MAIN(TestResultCode)
#include "tst_resultcode.moc"
