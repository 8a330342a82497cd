// The session log: the previous run's file kept as dmadmin.1.log and the one before dropped, the size cap with its
// last line, owner-only permissions, lines scrubbed by the message handler before they are written, detaching, and
// whole lines from many threads at once.

#include "core/ScrubbingMessageHandler.h"
#include "core/SessionLogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace dm;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSessionLogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previousRunIsKeptAndTheOneBeforeDropped();
    void capStopsTheLogWithALastLine();
    void fileIsOwnerOnly();
    void handlerWritesScrubbedLinesUntilDetached();
    void linesFromManyThreadsStayWhole();
};

void TestSessionLogFile::initTestCase()
{
    installScrubbingMessageHandler();
}

void TestSessionLogFile::previousRunIsKeptAndTheOneBeforeDropped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logs = dir.filePath(QStringLiteral("logs"));
    const QString current = QDir(logs).filePath(SessionLogFile::currentFileName());
    const QString previous = QDir(logs).filePath(SessionLogFile::previousFileName());
    for (const char* run : {"first run", "second run", "third run"}) {
        SessionLogFile log(logs);
        QVERIFY(log.isOpen());
        log.append(QtInfoMsg, "default", QString::fromLatin1(run));
    }
    QVERIFY(readFile(current).contains("third run"));
    QVERIFY(!readFile(current).contains("second run"));
    QVERIFY(readFile(previous).contains("second run"));
    QVERIFY(!readFile(previous).contains("first run"));
    QCOMPARE(QDir(logs).entryList(QDir::Files).size(), 2);
}

void TestSessionLogFile::capStopsTheLogWithALastLine()
{
    QTemporaryDir dir;
    constexpr qint64 cap = 2000;
    SessionLogFile log(dir.path(), cap);
    for (int i = 0; i < 200; ++i) {
        log.append(QtInfoMsg, "dm.sync", QStringLiteral("line %1 of a loop that logs far too much").arg(i));
    }
    log.flush();
    const QByteArray bytes = readFile(QDir(dir.path()).filePath(SessionLogFile::currentFileName()));
    QVERIFY(bytes.contains("line 0 of a loop"));
    QVERIFY(bytes.contains("dm.sync: line 1 "));
    QVERIFY(!bytes.contains("line 199 "));
    QVERIFY(bytes.endsWith("later messages of this run are not kept\n"));
    QVERIFY(bytes.size() <= cap + 200);
}

void TestSessionLogFile::fileIsOwnerOnly()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    SessionLogFile log(dir.path());
    QVERIFY(log.isOpen());
    const QFileDevice::Permissions permissions =
        QFile::permissions(QDir(dir.path()).filePath(SessionLogFile::currentFileName()));
    QCOMPARE(permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    QSKIP("POSIX modes; Windows access lists are checked by OwnerOnlyFile's own tests");
#endif
}

void TestSessionLogFile::handlerWritesScrubbedLinesUntilDetached()
{
    QTemporaryDir dir;
    SessionLogFile log(dir.path());
    {
        const ScopedSessionLog logging(log);
        qInfo("recipient 13800138000 with ID 11010519491231002X");
        qWarning("Authorization: Bearer abc.def.ghi password=Plum-Tree-4471");
        flushSessionLog();
    }
    qInfo("written after detaching");
    log.flush();
    const QByteArray bytes = readFile(QDir(dir.path()).filePath(SessionLogFile::currentFileName()));
    QVERIFY(bytes.contains(" I recipient 138****8000 with ID 1101**********002X\n"));
    QVERIFY(bytes.contains(" W Authorization: Bearer *** password=***\n"));
    QVERIFY(!bytes.contains("13800138000"));
    QVERIFY(!bytes.contains("abc.def.ghi"));
    QVERIFY(!bytes.contains("Plum-Tree"));
    QVERIFY(!bytes.contains("after detaching"));
}

void TestSessionLogFile::linesFromManyThreadsStayWhole()
{
    QTemporaryDir dir;
    SessionLogFile log(dir.path());
    const ScopedSessionLog logging(log);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < 500; ++i) {
                qDebug("thread %d line %d end", t, i);
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    log.flush();
    const QList<QByteArray> lines = readFile(QDir(dir.path()).filePath(SessionLogFile::currentFileName())).split('\n');
    int whole = 0;
    for (const QByteArray& line : lines) {
        whole += line.contains(" D thread ") && line.endsWith(" end") ? 1 : 0;
    }
    QCOMPARE(whole, 2000);
}

QTEST_GUILESS_MAIN(TestSessionLogFile)
#include "tst_sessionlogfile.moc"
