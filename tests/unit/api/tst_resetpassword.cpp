#include "ServiceCallSupport.h"
#include "api/AccountService.h"

#include <QLoggingCategory>
#include <QTest>

using namespace dm;
using namespace servicecalls;

namespace {

QStringList g_messages;

void collectMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages.append(message);
}

} // namespace

// AccountService::resetPassword over canned answers: an Sms reset after an ambiguous failure is repeated only when the
// platform shows it did not happen, reported (not repeated) when the platform cannot tell; a Return reset is simply
// asked for again, and its password never reaches a log line.
class TestResetPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ambiguousSmsResetThatHappenedIsNotRepeated();
    void ambiguousSmsResetThatDidNotHappenIsSentAgain();
    void anotherChangeIsNotMistakenForOurReset();
    void unresolvedSmsResetIsReportedNotRepeated();
    void returnResetIsRetriedAndItsPasswordNeverLogged();
    void resetOfAnUnknownAccountSendsNothing();
    void resetStopsWhenTheContextIsGone();

private:
    std::unique_ptr<PlatformClient> client(std::shared_ptr<Script> script)
    {
        return makeClient(std::move(script), &m_fake);
    }

    FakeAccessManager* m_fake = nullptr;
};

void TestResetPassword::ambiguousSmsResetThatHappenedIsNotRepeated()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1000)), FakeAnswer::ok(account(1005))};
    script->answers[kOperations] = {rows({resetRow(7, 900, kAddress, QStringLiteral("短信"))}),
                                    rows({resetRow(7, 900, kAddress, QStringLiteral("短信")),
                                          resetRow(12, 1003, kAddress, QStringLiteral("短信"))})};
    script->answers[kReset] = {dropped()};
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms}, nullptr,
                          result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY2(*result.value, *result.value ? "" : qPrintable(result.value->error().detail));
    const PasswordResetResult& done = result.value->value();
    QVERIFY(done.reconciled);
    QCOMPARE(*done.smsSentAt, 1003);
    QCOMPARE(done.updatedAt, 1005);
    QVERIFY(done.password.isEmpty());
    QCOMPARE(m_fake->count(kReset), 1); // never twice
    QCOMPARE(result.calls, 1);

    // The baseline: the 31 days up to the account's updatedAt, this account's successful resets only.
    const auto baseline = std::find_if(m_fake->seen().cbegin(), m_fake->seen().cend(),
                                       [](const auto& seen) { return seen.path == kOperations; });
    QVERIFY(baseline != m_fake->seen().cend());
    QCOMPARE(baseline->body.value(QStringLiteral("endTime")).toInteger(), 1001);
    QCOMPARE(baseline->body.value(QStringLiteral("startTime")).toInteger(), 0);
    QCOMPARE(baseline->body.value(QStringLiteral("action")).toString(), QStringLiteral("resetPassword"));
    QCOMPARE(baseline->body.value(QStringLiteral("target")).toString(), kAddress);
    QCOMPARE(baseline->body.value(QStringLiteral("result")).toString(), QStringLiteral("success"));
}

void TestResetPassword::ambiguousSmsResetThatDidNotHappenIsSentAgain()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1000))}; // updatedAt never moved
    script->answers[kOperations] = {rows({})};
    script->answers[kReset] = {dropped(), smsResetDone(1010)};
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms}, nullptr,
                          result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QVERIFY(!result.value->value().reconciled);
    QCOMPARE(result.value->value().updatedAt, 1010);
    QCOMPARE(m_fake->count(kReset), 2);
    QCOMPARE(m_fake->count(kOperations), 1); // an unchanged updatedAt settles it without the log
}

void TestResetPassword::anotherChangeIsNotMistakenForOurReset()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1000)), FakeAnswer::ok(account(1007))};
    // New rows, but none is ours: another account whose address contains ours, and a Return reset.
    script->answers[kOperations] = {
        rows({}), rows({resetRow(20, 1002, QStringLiteral("xzhang@court.test"), QStringLiteral("短信")),
                        resetRow(21, 1004, kAddress, QStringLiteral("接口返回"))})};
    script->answers[kReset] = {dropped(), smsResetDone(1010)};
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms}, nullptr,
                          result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(*result.value);
    QVERIFY(!result.value->value().reconciled);
    QCOMPARE(m_fake->count(kReset), 2);
}

void TestResetPassword::unresolvedSmsResetIsReportedNotRepeated()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1000)),
                                    FakeAnswer::platformError(-1, QStringLiteral("SYSTEM.ERROR"))};
    script->answers[kOperations] = {rows({})};
    script->answers[kReset] = {FakeAnswer::failure(QNetworkReply::OperationCanceledError)}; // timed out
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms}, nullptr,
                          result.callback());
    QTRY_VERIFY_WITH_TIMEOUT(result.value, 10000);
    QVERIFY(!*result.value);
    const ApiError& error = result.value->error();
    QCOMPARE(error.kind, ApiError::Kind::Timeout); // the original failure
    QVERIFY(error.ambiguous);
    QVERIFY2(error.detail.contains(QLatin1String("not repeated")), qPrintable(error.detail));
    QCOMPARE(m_fake->count(kReset), 1);
    QVERIFY(!AccountService::resetOutcomeUnknownMessage().isEmpty());
}

void TestResetPassword::returnResetIsRetriedAndItsPasswordNeverLogged()
{
    const QString password = QStringLiteral("Qz7#mW2pLx9!vR4t");
    auto script = std::make_shared<Script>();
    script->answers[kReset] = {dropped(),
                               FakeAnswer::ok(QJsonObject{{QStringLiteral("accountName"), QStringLiteral("zhang")},
                                                          {QStringLiteral("delivery"), QStringLiteral("return")},
                                                          {QStringLiteral("passChangeFirstLogin"), 1},
                                                          {QStringLiteral("updatedAt"), 1010},
                                                          {QStringLiteral("password"), password}})};
    auto platform = client(script);
    AccountService service(*platform);
    QLoggingCategory::setFilterRules(QStringLiteral("dm.*=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(&collectMessage);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Return}, nullptr,
                          result.callback());
    const bool answered = QTest::qWaitFor([&result] { return result.value.has_value(); }, 5000);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(answered);
    QVERIFY(*result.value);
    QCOMPARE(result.value->value().password, password);
    // Its password reaches nobody but this caller, so a lost answer is simply asked for again.
    QCOMPARE(m_fake->count(kReset), 2);
    QCOMPARE(m_fake->count(kGetAccount), 0);
    QVERIFY(!g_messages.isEmpty()); // the client did log (the failure and the retry)...
    for (const QString& message : std::as_const(g_messages)) {
        QVERIFY2(!message.contains(password), "the one-time password reached a log line"); // ...but never this
    }
}

void TestResetPassword::resetOfAnUnknownAccountSendsNothing()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::platformError(-4, QStringLiteral("ACCOUNT.NOT.FOUND"))};
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms}, nullptr,
                          result.callback());
    QTRY_VERIFY(result.value);
    QVERIFY(!*result.value);
    QCOMPARE(result.value->error().kind, ApiError::Kind::NotFound);
    QCOMPARE(result.value->error().platformMessage, QStringLiteral("ACCOUNT.NOT.FOUND"));
    QCOMPARE(m_fake->count(kReset), 0);
}

void TestResetPassword::resetStopsWhenTheContextIsGone()
{
    auto script = std::make_shared<Script>();
    script->answers[kGetAccount] = {FakeAnswer::ok(account(1000))};
    script->answers[kOperations] = {rows({})};
    script->answers[kReset] = {smsResetDone(1010)};
    auto platform = client(script);
    AccountService service(*platform);
    Result<PasswordResetResult> result;
    auto context = std::make_unique<QObject>();
    service.resetPassword({QStringLiteral("zhang"), PasswordResetMode::Generate, {}, PasswordDelivery::Sms},
                          context.get(), result.callback());
    context.reset(); // the window that asked is closed before the platform answered
    QTest::qWait(100);
    QCOMPARE(result.calls, 0);
    QCOMPARE(m_fake->count(kReset), 0);
}

QTEST_GUILESS_MAIN(TestResetPassword)
#include "tst_resetpassword.moc"
