#include "core/ScrubbingMessageHandler.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QThread>

namespace {

QMutex capturedMutex;
QStringList captured;

// Stands in for the handler that writes to the terminal or a file: it records what would have been written.
void recordingHandler(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&capturedMutex);
    captured << message;
}

Q_LOGGING_CATEGORY(lcTest, "dm.test.scrub")

} // namespace

class TestScrubbingMessageHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void scrubsEveryLevelAndCategory();
    void scrubsMessagesFromOtherThreads();
    void installingTwiceDoesNotLoop();
};

void TestScrubbingMessageHandler::initTestCase()
{
    qInstallMessageHandler(recordingHandler);
    dm::installScrubbingMessageHandler();
    QLoggingCategory::setFilterRules(QStringLiteral("dm.test.scrub.debug=true"));
}

void TestScrubbingMessageHandler::init()
{
    QMutexLocker lock(&capturedMutex);
    captured.clear();
}

void TestScrubbingMessageHandler::scrubsEveryLevelAndCategory()
{
    qDebug("creating account for 11010519491231002X, mobile 13812345678");
    qCWarning(lcTest) << R"({"accessToken":"eyJhbGciOi.secret.value","code":0})";
    qCInfo(lcTest).noquote() << "qiye-access-token: abcdef123456";
    qCDebug(lcTest) << "nothing personal here";

    QMutexLocker lock(&capturedMutex);
    QCOMPARE(captured.size(), 4);
    const QString all = captured.join(u'\n');
    QVERIFY2(!all.contains(QLatin1String("11010519491231002X")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("1101**********002X")));
    QVERIFY(!all.contains(QLatin1String("13812345678")));
    QVERIFY(all.contains(QLatin1String("138****5678")));
    QVERIFY(!all.contains(QLatin1String("secret.value")));
    QVERIFY(!all.contains(QLatin1String("abcdef123456")));
    QCOMPARE(captured.at(3), QStringLiteral("nothing personal here"));
}

void TestScrubbingMessageHandler::scrubsMessagesFromOtherThreads()
{
    QThread* worker = QThread::create([] { qWarning("worker saw 440106199001011234"); });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QMutexLocker lock(&capturedMutex);
    QCOMPARE(captured.size(), 1);
    QVERIFY(!captured.first().contains(QLatin1String("440106199001011234")));
}

void TestScrubbingMessageHandler::installingTwiceDoesNotLoop()
{
    dm::installScrubbingMessageHandler(); // must not chain to itself (that would recurse forever)
    qDebug("13812345678");
    QMutexLocker lock(&capturedMutex);
    QCOMPARE(captured, QStringList{QStringLiteral("138****5678")});
}

QTEST_GUILESS_MAIN(TestScrubbingMessageHandler)
#include "tst_scrubbingmessagehandler.moc"
