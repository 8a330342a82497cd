#include "SessionTestSupport.h"
#include "audit/LedgerAnchors.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLedger.h"
#include "store/Db.h"
#include "store/SyncState.h"
#include "sync/CacheSession.h"
#include "ui/logs/LogFreshnessBar.h"
#include "ui/settings/CacheSettingsPanel.h"
#include "ui/settings/SyncPreferences.h"
#include "ui/settings/SyncSchedule.h"
#include "ui/settings/SyncSettingsPanel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace dm;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs = 60000;

// Every log row, and how many purges the ledger records.
struct CacheRows
{
    qint64 logs = -1;
    qint64 purges = -1;
    qint64 lastPurge = -1; // the ledger sequence of the newest purge
};

CacheRows cacheRows(Db& db)
{
    CacheRows rows;
    auto total = db.queryText("SELECT (SELECT count(*) FROM operation_log) + (SELECT count(*) FROM login_log) + "
                              "(SELECT count(*) FROM mail_log)");
    rows.logs = total ? total->toLongLong() : -1;
    auto recent = AuditLedger(db).recent(1000);
    if (recent) {
        rows.purges = 0;
        for (const AuditEntry& entry : std::as_const(*recent)) {
            if (entry.action == QLatin1String("purgeLogs")) {
                rows.purges += 1;
                rows.lastPurge = std::max(rows.lastPurge, entry.sequence);
            }
        }
    }
    return rows;
}

} // namespace

// The Sync and Cache sections of the Settings page over a real session against the sandbox: the automatic sync
// schedule, the preferences through their widgets and QSettings, and the cache's verify, rebuild and purge.
class TestSettingsBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scheduleSyncsWithoutBeingAsked();
    void scheduleOffSyncsNothing();
    void syncPanelValuesRoundTripThroughSettings();
    void historyDaysOutOfRangeAreRefusedWithTheFieldNamed();
    void savedIntervalReachesTheOpenSessionsSchedule();
    void freshnessThresholdDecidesWhenDataIsOld();
    void verifyNowReportsASoundCache();
    void rebuildAsksFirstAndSaysWhatIsKept();
    void purgeAsksFirstAndCancelKeepsEveryRow();
    void aHeadThatMovesDuringAStampIsStampedNext();

private:
    [[nodiscard]] QMessageBox* waitForBox(QWidget* parent, const QString& name);
    [[nodiscard]] CacheRows rows();

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
};

void TestSettingsBackend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this, true);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(*m_session, {}, 4 * kTimeoutMs));
}

void TestSettingsBackend::cleanupTestCase()
{
    m_session.reset();
}

QMessageBox* TestSettingsBackend::waitForBox(QWidget* parent, const QString& name)
{
    QMessageBox* box = nullptr;
    (void)QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox*>(name)) != nullptr; }, kTimeoutMs);
    return box;
}

CacheRows TestSettingsBackend::rows()
{
    return guitest::query<CacheRows>(*m_session, cacheRows, kTimeoutMs).value_or(CacheRows{});
}

void TestSettingsBackend::scheduleSyncsWithoutBeingAsked()
{
    auto* schedule = new SyncSchedule(*m_session);
    QCOMPARE(SyncSchedule::of(m_session.get()), schedule);
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    // Two "minutes" of half a second: a sync a second after the last one ended.
    schedule->setMinuteLength(500ms);
    schedule->setIntervalMinutes(2);
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 2, kTimeoutMs);
    for (const QList<QVariant>& arguments : std::as_const(synced)) {
        QVERIFY(arguments.at(0).value<SyncSummary>().succeeded());
    }
    schedule->setIntervalMinutes(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSyncing(), kTimeoutMs);
    delete schedule;
    QVERIFY(SyncSchedule::of(m_session.get()) == nullptr);
}

void TestSettingsBackend::scheduleOffSyncsNothing()
{
    auto schedule = std::make_unique<SyncSchedule>(*m_session);
    QSignalSpy synced(m_session.get(), &CacheSession::syncFinished);
    QSignalSpy started(schedule.get(), &SyncSchedule::syncStarted);
    schedule->setMinuteLength(100ms);
    schedule->setIntervalMinutes(0);
    QTest::qWait(2500);
    QCOMPARE(started.size(), 0);
    QCOMPARE(synced.size(), 0);
    QVERIFY(!schedule->isActive());
}

void TestSettingsBackend::syncPanelValuesRoundTripThroughSettings()
{
    const QUuid profile = QUuid::createUuid();
    {
        SyncSettingsPanel panel(*m_settings);
        panel.setProfile(profile);
        auto* interval = panel.findChild<QComboBox*>(QStringLiteral("settings.sync.interval"));
        QVERIFY(interval);
        interval->setCurrentIndex(interval->findData(15));
        panel.findChild<QLineEdit*>(QStringLiteral("settings.sync.historyDays"))->setText(QStringLiteral("365"));
        panel.findChild<QSpinBox*>(QStringLiteral("settings.sync.staleHours"))->setValue(48);
        QSignalSpy saved(&panel, &SyncSettingsPanel::preferencesSaved);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("settings.sync.save")), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).value<SyncPreferences>().staleAfterHours, 48);
    }
    const QString group = QStringLiteral("profiles/%1/preferences/").arg(profile.toString(QUuid::WithoutBraces));
    QCOMPARE(m_settings->value(group + QStringLiteral("sync/intervalMinutes")).toInt(), 15);
    QCOMPARE(m_settings->value(group + QStringLiteral("sync/historyDays")).toInt(), 365);
    QCOMPARE(m_settings->value(group + QStringLiteral("sync/staleAfterHours")).toInt(), 48);

    // Read back by a new panel; then a number of minutes not offered by name, through "Other".
    SyncSettingsPanel panel(*m_settings);
    panel.setProfile(profile);
    auto* interval = panel.findChild<QComboBox*>(QStringLiteral("settings.sync.interval"));
    auto* minutes = panel.findChild<QSpinBox*>(QStringLiteral("settings.sync.minutes"));
    QCOMPARE(interval->currentData().toInt(), 15);
    QCOMPARE(panel.findChild<QLineEdit*>(QStringLiteral("settings.sync.historyDays"))->text(), QStringLiteral("365"));
    QCOMPARE(panel.findChild<QSpinBox*>(QStringLiteral("settings.sync.staleHours"))->value(), 48);
    interval->setCurrentIndex(interval->findData(-1));
    minutes->setValue(7);
    QVERIFY(panel.save());
    QCOMPARE(SyncPreferences::load(*m_settings, profile).intervalMinutes, 7);
    panel.setProfile(profile);
    QCOMPARE(interval->currentData().toInt(), -1);
    QCOMPARE(minutes->value(), 7);
    interval->setCurrentIndex(interval->findData(0));
    QVERIFY(panel.save());
    QCOMPARE(SyncPreferences::load(*m_settings, profile).intervalMinutes, 0);
}

void TestSettingsBackend::historyDaysOutOfRangeAreRefusedWithTheFieldNamed()
{
    const QUuid profile = QUuid::createUuid();
    SyncSettingsPanel panel(*m_settings);
    panel.setProfile(profile);
    auto* days = panel.findChild<QLineEdit*>(QStringLiteral("settings.sync.historyDays"));
    auto* problem = panel.findChild<QLabel*>(QStringLiteral("settings.sync.problem"));
    QSignalSpy saved(&panel, &SyncSettingsPanel::preferencesSaved);
    for (const QString& typed :
         {QStringLiteral("0"), QStringLiteral("3651"), QStringLiteral("-5"), QStringLiteral("abc")}) {
        days->setText(typed);
        QVERIFY2(!panel.save(), qPrintable(typed));
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("History (days)")), qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QStringLiteral("3650")));
    }
    QCOMPARE(saved.size(), 0);
    QVERIFY(!m_settings->contains(SyncPreferences::groupOf(profile) + QStringLiteral("/sync/historyDays")));
    days->setText(QStringLiteral("3650"));
    QVERIFY(panel.save());
    QVERIFY(problem->isHidden());
    QCOMPARE(SyncPreferences::load(*m_settings, profile).historyDays, 3650);
}

void TestSettingsBackend::savedIntervalReachesTheOpenSessionsSchedule()
{
    SyncSettingsPanel panel(*m_settings);
    panel.setProfile(m_session->profileId());
    panel.setSession(m_session.get());
    auto* interval = panel.findChild<QComboBox*>(QStringLiteral("settings.sync.interval"));
    interval->setCurrentIndex(interval->findData(30));
    QVERIFY(panel.save());
    SyncSchedule* schedule = SyncSchedule::of(m_session.get());
    QVERIFY(schedule);
    QCOMPARE(schedule->intervalMinutes(), 30);
    QVERIFY(schedule->isActive());
    interval->setCurrentIndex(interval->findData(0));
    QVERIFY(panel.save());
    QCOMPARE(schedule->intervalMinutes(), 0);
    QVERIFY(!schedule->isActive());
    delete schedule;
}

void TestSettingsBackend::freshnessThresholdDecidesWhenDataIsOld()
{
    // The sandbox's history ended in the past, but the stream's last pass ended now: fresh for any threshold.
    LogFreshnessBar bar(QStringLiteral("logins"));
    bar.setSession(m_session.get());
    QTRY_VERIFY_WITH_TIMEOUT(bar.isLoaded(), kTimeoutMs);
    QVERIFY(bar.syncedTo().has_value());
    auto* asOf = bar.findChild<QLabel*>(QStringLiteral("logs.freshness"));
    bar.setStaleAfter(1h);
    QVERIFY(!bar.isStale());
    QCOMPARE(asOf->property("stale").toBool(), false);
    // A pass that ended a day and a half ago, as a cache not synced since would show.
    QVERIFY(guitest::query<bool>(
                *m_session,
                [](Db& db) {
                    auto state = SyncState(db).load(QStringLiteral("logins"));
                    if (!state || !*state) {
                        return false;
                    }
                    QJsonObject json = **state;
                    json.insert(QStringLiteral("syncedTo"), QDateTime::currentMSecsSinceEpoch() - 36 * 3600 * 1000LL);
                    return SyncState(db).save(QStringLiteral("logins"), json).hasValue();
                },
                kTimeoutMs)
                .value_or(false));
    QSignalSpy loaded(&bar, &LogFreshnessBar::loaded);
    bar.reload();
    QVERIFY(loaded.wait(kTimeoutMs));
    bar.setStaleAfter(24h);
    QVERIFY(bar.isStale());
    QCOMPARE(asOf->property("stale").toBool(), true);
    QVERIFY2(asOf->text().contains(QStringLiteral("24 hour")), qPrintable(asOf->text()));
    bar.setStaleAfter(48h);
    QVERIFY(!bar.isStale());
    bar.setStaleAfter(0h);
    QVERIFY(!bar.isStale());
    // Back to the truth: a sync of the stream ends now.
    QVERIFY(guitest::sync(*m_session, {QStringLiteral("logins")}, kTimeoutMs));
}

void TestSettingsBackend::verifyNowReportsASoundCache()
{
    CacheSettingsPanel panel(*m_settings);
    panel.setSession(m_session.get());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("settings.cache.path"))
                ->text()
                .endsWith(QStringLiteral("cache.sqlite")));
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("settings.cache.size"))->text().isEmpty());
    QSignalSpy verified(&panel, &CacheSettingsPanel::verified);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("settings.cache.verify")), Qt::LeftButton);
    QVERIFY(verified.wait(kTimeoutMs));
    auto* verdict = panel.findChild<QLabel*>(QStringLiteral("settings.cache.verdict"));
    QVERIFY2(verified.at(0).at(0).toBool(), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("Audit ledger: intact")));
    QVERIFY(verdict->text().contains(QStringLiteral("match the platform")));
}

void TestSettingsBackend::rebuildAsksFirstAndSaysWhatIsKept()
{
    CacheSettingsPanel panel(*m_settings);
    panel.setSession(m_session.get());
    QSignalSpy requested(&panel, &CacheSettingsPanel::rebuildRequested);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("settings.cache.rebuild")), Qt::LeftButton);
    QMessageBox* box = waitForBox(&panel, QStringLiteral("settings.cache.rebuildConfirm"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("audit ledger")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(requested.size(), 0);
    panel.askRebuild();
    box = waitForBox(&panel, QStringLiteral("settings.cache.rebuildConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(requested.size(), 1);
}

void TestSettingsBackend::purgeAsksFirstAndCancelKeepsEveryRow()
{
    const CacheRows before = rows();
    QVERIFY(before.logs > 0);
    QCOMPARE(before.purges, qint64(0));
    CacheSettingsPanel panel(*m_settings);
    panel.setSession(m_session.get());
    // Everything the sandbox holds is older than a day: a purge would empty the logs.
    panel.findChild<QSpinBox*>(QStringLiteral("settings.cache.purgeDays"))->setValue(1);
    QSignalSpy purged(&panel, &CacheSettingsPanel::purged);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("settings.cache.purge")), Qt::LeftButton);
    QMessageBox* box = waitForBox(&panel, QStringLiteral("settings.cache.purgeConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(500);
    QCOMPARE(purged.size(), 0);
    const CacheRows kept = rows();
    QCOMPARE(kept.logs, before.logs);
    QCOMPARE(kept.purges, qint64(0));

    panel.askPurge();
    box = waitForBox(&panel, QStringLiteral("settings.cache.purgeConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(purged.wait(kTimeoutMs));
    QCOMPARE(purged.at(0).at(0).value<LogPurgeResult>().total(), before.logs);
    const CacheRows after = rows();
    QCOMPARE(after.logs, qint64(0));
    QCOMPARE(after.purges, qint64(1));
    QCOMPARE(SyncPreferences::load(*m_settings, m_session->profileId()).purgeDays, 1);
    // The purge's ledger entry is time-stamped by the TSA as soon as it is written.
    const QString anchor = QDir(LedgerAnchors::folderFor(m_dir.filePath(QStringLiteral("cache.sqlite"))))
                               .filePath(QStringLiteral("anchor-%1.tsr").arg(after.lastPurge));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(anchor), qPrintable(anchor), kTimeoutMs);
}

// Two exports in quick succession: the second entry arrives while the first is being stamped. It is stamped by a run
// of its own right after, not left for the next day's anchor.
void TestSettingsBackend::aHeadThatMovesDuringAStampIsStampedNext()
{
    const auto entry = [](const QString& target) {
        AuditEntry made;
        made.operatorName = QStringLiteral("clerk");
        made.action = QStringLiteral("exportLogs");
        made.target = target;
        made.result = QStringLiteral("ok");
        return [made](Db& db) {
            auto appended = AuditLedger(db).append(made);
            return appended ? appended->sequence : qint64(-1);
        };
    };
    const auto first = guitest::query<qint64>(*m_session, entry(QStringLiteral("first.csv")), kTimeoutMs);
    QVERIFY(first && *first > 0);
    // Three jobs queued back to back on the session's worker: the first run reads its head (the first entry) and goes
    // to the TSA; the second entry and its anchor request arrive while that run waits for the TSA's answer.
    m_session->anchorLedger();
    std::optional<qint64> second;
    m_session->query<qint64>(entry(QStringLiteral("second.csv")), this,
                             [&second](qint64 sequence) { second = sequence; });
    m_session->anchorLedger();
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), kTimeoutMs);
    QCOMPARE(*second, *first + 1);
    const QDir anchors(LedgerAnchors::folderFor(m_dir.filePath(QStringLiteral("cache.sqlite"))));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(anchors.filePath(QStringLiteral("anchor-%1.tsr").arg(*first))), kTimeoutMs);
    const QString anchor = anchors.filePath(QStringLiteral("anchor-%1.tsr").arg(*second));
    QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(anchor), qPrintable(anchor), kTimeoutMs);
}

QTEST_MAIN(TestSettingsBackend)
#include "tst_settingsbackend.moc"
