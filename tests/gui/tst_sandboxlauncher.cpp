#include "ui/SandboxLauncher.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dm;

// "Start sandbox" in the window: the real dmsandbox is started, and ready() comes with its connection once it
// listens (it failed after 60 s before, whatever the sandbox did).
class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsTheSandboxAndReportsItReady();
    void keepsItsStateWhereTheDemoDoes();
};

void TestSandboxLauncher::startsTheSandboxAndReportsItReady()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxLauncher launcher;
    launcher.setProgram(QStringLiteral(DMSANDBOX_PATH));
    launcher.setDataDirectory(dir.filePath(QStringLiteral("sandbox")));
    launcher.setArguments(
        {QStringLiteral("--scale"), QStringLiteral("small"), QStringLiteral("--speed"), QStringLiteral("0")});
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.start();
    QVERIFY2(ready.wait(60000) || !failed.isEmpty(), "neither ready nor failed");
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(ready.size(), 1);
    const auto connection = ready.first().first().value<SandboxConnection>();
    QVERIFY(connection.settings.baseUrl.toString().startsWith(QLatin1String("https://127.0.0.1:")));
    QCOMPARE(connection.settings.pinnedKeys.size(), 1);
    launcher.stop();
}

void TestSandboxLauncher::keepsItsStateWhereTheDemoDoes()
{
    QCoreApplication::setOrganizationName(QStringLiteral("dmadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("dmadmin"));
    const SandboxLauncher launcher;
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/dmadmin/sandbox");
    QCOMPARE(launcher.dataDirectory(), expected);
    QVERIFY(!launcher.dataDirectory().contains(QLatin1String("dmadmin/dmadmin")));
}

QTEST_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
