#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// Runs the real dmctl executable as a user or a script would.
class TestDmctl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesEveryLibraryAtRunTime();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run dmctl(const QStringList& arguments);
};

TestDmctl::Run TestDmctl::dmctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(DMCTL_PATH), arguments);
    Run run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit) {
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestDmctl::versionNamesEveryLibraryAtRunTime()
{
    const Run run = dmctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("dmadmin: " DM_VERSION));
    QCOMPARE(lines.at(1), QStringLiteral("Qt: ") + QString::fromLatin1(qVersion()));
    QVERIFY2(QRegularExpression(QStringLiteral("^OpenSSL: OpenSSL 3\\.")).match(lines.at(2)).hasMatch(),
             qPrintable(lines.at(2)));
    QVERIFY2(QRegularExpression(QStringLiteral("^SQLCipher: 4\\.\\d+\\.\\d+.* \\(SQLite 3\\.\\d+\\.\\d+\\)$"))
                 .match(lines.at(3))
                 .hasMatch(),
             qPrintable(lines.at(3)));
}

void TestDmctl::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--no-such-option")};
}

void TestDmctl::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    const Run run = dmctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

QTEST_GUILESS_MAIN(TestDmctl)
#include "tst_dmctl.moc"
