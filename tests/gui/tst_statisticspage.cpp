// The Statistics page over a cache synced from a frozen sandbox court, against the same sandbox over TLS: for a period
// the cache holds whole, every platform figure on the page is what StatsService answers directly, every cache figure
// is what StatsRepository counts, and every difference is zero; a row the platform does not have shows as a
// difference with its date named; the funnel shows the platform's numbers; a platform without the statistics
// endpoints leaves the cache's figures with the reason and no error box.

#include "SessionTestSupport.h"
#include "api/Capabilities.h"
#include "api/StatsService.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/LogRepository.h"
#include "store/StatsRepository.h"
#include "sync/CacheSession.h"
#include "ui/activation/FunnelWidget.h"
#include "ui/pages/StatisticsPage.h"
#include "ui/stats/ChartSupport.h"
#include "ui/stats/ComparisonModel.h"
#include "ui/stats/FunnelPanel.h"
#include "ui/stats/StatsPeriodBar.h"
#include "ui/stats/StatsSection.h"
#include "ui/stats/StatsSource.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChartView>

#include <functional>
#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kSyncTimeoutMs = 240000;
// The last 41 days of the seeded history: more than the 31 days one platform call may cover, so the page splits.
const QDate kLastSeededDay = QDateTime::fromMSecsSinceEpoch(servicetest::kEpoch - 1, Qt::UTC).date();
const StatsPeriod kPeriod{kLastSeededDay.addDays(-40), kLastSeededDay};

// The figures of one column of a section's table, row by row (nullopt for "—").
QList<std::optional<qint64>> column(const StatsSection* section, int column)
{
    QList<std::optional<qint64>> values;
    const QAbstractItemModel* model = section->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant value = model->index(row, column).data(ComparisonModel::ValueRole);
        values.append(value.isValid() ? std::optional(value.toLongLong()) : std::nullopt);
    }
    return values;
}

QString cell(const StatsSection* section, int row, int column)
{
    return section->table()->model()->index(row, column).data().toString();
}

// The texts a chart draws (axis labels, bar labels, legend entries are separate items), as drawn.
QStringList drawnTexts(const QChartView* view)
{
    QStringList texts;
    for (const QGraphicsItem* item : view->scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text != nullptr && text->isVisible() && !text->toPlainText().trimmed().isEmpty()) {
            texts.append(text->toPlainText().trimmed());
        }
    }
    return texts;
}

// Whether a message box (an error box) is open anywhere.
bool messageBoxOpen()
{
    const auto windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget* widget) {
        return widget->isVisible() && qobject_cast<const QMessageBox*>(widget) != nullptr;
    });
}

} // namespace

class TestStatisticsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void platformFiguresAreTheEndpointsAndCacheFiguresTheRepository();
    void stoppingThePlatformKeepsTheCachesFigures();
    void presetsEndToday();
    void chartLabelsAreDrawnWhole();
    void cacheOnlyWithTheReasonWhenThePlatformLacksStatistics();
    void aRowThePlatformLacksShowsAsADifference();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    [[nodiscard]] bool waitForLoad(StatisticsPage& page, QSignalSpy& loaded);
    [[nodiscard]] bool showPeriod(StatisticsPage& page, const StatsPeriod& period);

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<StatisticsPage> m_page;
};

void TestStatisticsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(*m_session, {QStringLiteral("accounts"), QStringLiteral("logins"), QStringLiteral("mail")},
                          kSyncTimeoutMs));

    // The cache must hold the whole period for the two sides to agree.
    const auto covered = run<bool>([](Db& db) {
        auto days = StatsRepository(db).mailDays(kPeriod);
        return days && days->size() == kPeriod.dayCount();
    });
    QVERIFY(covered.value_or(false));

    std::optional<Capabilities> found;
    probeCapabilities(m_fixture.client(), this, [&found](const Capabilities& capabilities) { found = capabilities; });
    QVERIFY(QTest::qWaitFor([&found] { return found.has_value(); }, 30000));
    QCOMPARE(found->status(ApiFamily::DeliveryStats).state, FamilyState::Served);

    m_page = std::make_unique<StatisticsPage>();
    m_page->resize(1300, 850);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy loaded(m_page.get(), &StatisticsPage::loaded);
    m_page->setCapabilities(*found);
    m_page->setPlatformClient(&m_fixture.client());
    m_page->setSession(m_session.get());
    QVERIFY(waitForLoad(*m_page, loaded));
}

void TestStatisticsPage::cleanupTestCase()
{
    m_page.reset();
    m_session.reset();
    m_secrets.reset();
}

template <typename Result>
std::optional<Result> TestStatisticsPage::run(std::function<Result(Db&)> job)
{
    std::optional<Result> result;
    m_session->query<Result>(std::move(job), this, [&result](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return std::nullopt;
    }
    return result;
}

bool TestStatisticsPage::waitForLoad(StatisticsPage& page, QSignalSpy& loaded)
{
    // The page coalesces changes and drops answers overtaken by newer ones: wait until it is quiet.
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() && !page.isLoading(); }, 120000)) {
        return false;
    }
    const qsizetype seen = loaded.size();
    QTest::qWait(300);
    return (loaded.size() == seen && !page.isLoading()) || waitForLoad(page, loaded);
}

bool TestStatisticsPage::showPeriod(StatisticsPage& page, const StatsPeriod& period)
{
    QSignalSpy loaded(&page, &StatisticsPage::loaded);
    page.periodBar()->setCustomRange(period.first, period.last);
    return waitForLoad(page, loaded) && page.source().cache() && page.source().cache()->period == period;
}

void TestStatisticsPage::platformFiguresAreTheEndpointsAndCacheFiguresTheRepository()
{
    QVERIFY(showPeriod(*m_page, kPeriod));
    const PlatformStats* shown = m_page->source().platform();
    QVERIFY2(shown != nullptr, "the page should show the platform's figures");
    QVERIFY(shown->unavailable.isEmpty());
    QVERIFY(m_page->unavailableText().isEmpty());

    // Mails: the platform's mailDaily over the two windows the period splits into.
    QList<MailDay> platformDays;
    const QList<StatsPeriod> parts = kPeriod.split(31);
    QCOMPARE(parts.size(), 2);
    for (const StatsPeriod& part : parts) {
        auto days = servicetest::wait<QList<MailDay>>([&](auto done) {
            StatsService(m_fixture.client())
                .mailDaily({part.startMs(), part.endMs()}, StatsService::kChinaOffsetMinutes, this, done);
        });
        SERVICE_VERIFY(days);
        platformDays += *days;
    }
    QVERIFY(shown->mailDays.has_value());
    QCOMPARE(shown->mailDays->size(), platformDays.size());
    MailDay sum;
    for (qsizetype i = 0; i < platformDays.size(); ++i) {
        QCOMPARE(shown->mailDays->at(i).date, platformDays.at(i).date);
        QCOMPARE(shown->mailDays->at(i).sent, platformDays.at(i).sent);
        QCOMPARE(shown->mailDays->at(i).delivered, platformDays.at(i).delivered);
        QCOMPARE(shown->mailDays->at(i).read, platformDays.at(i).read);
        sum.sent += platformDays.at(i).sent;
        sum.delivered += platformDays.at(i).delivered;
        sum.read += platformDays.at(i).read;
    }
    QVERIFY(sum.sent > 0 && sum.read > 0);
    const auto cacheDays = run<QList<MailDayCounts>>([](Db& db) {
        auto days = StatsRepository(db).mailDays(kPeriod);
        return days ? *days : QList<MailDayCounts>();
    });
    QVERIFY(cacheDays && cacheDays->size() == platformDays.size());
    MailDayCounts cacheSum;
    for (const MailDayCounts& day : *cacheDays) {
        cacheSum.sent += day.sent;
        cacheSum.delivered += day.delivered;
        cacheSum.notDelivered += day.notDelivered;
        cacheSum.read += day.read;
        for (std::size_t n = 0; n < day.readWithin.size(); ++n) {
            cacheSum.readWithin.at(n) += day.readWithin.at(n);
        }
    }
    const StatsSection* mails = m_page->mailSection();
    using O = std::optional<qint64>;
    QCOMPARE(column(mails, ComparisonModel::PlatformColumn),
             (QList<O>{sum.sent, sum.delivered, sum.sent - sum.delivered, sum.read, {}, {}, {}}));
    QCOMPARE(column(mails, ComparisonModel::CacheColumn),
             (QList<O>{cacheSum.sent, cacheSum.delivered, cacheSum.notDelivered, cacheSum.read,
                       cacheSum.readWithin.at(0), cacheSum.readWithin.at(1), cacheSum.readWithin.at(2)}));
    QCOMPARE(column(mails, ComparisonModel::DifferenceColumn), (QList<O>{0, 0, 0, 0, {}, {}, {}}));
    // Read within N days is the cache's alone, and says so.
    QCOMPARE(cell(mails, 4, ComparisonModel::PlatformColumn), QStringLiteral("—"));
    QVERIFY(!mails->table()->model()->index(4, ComparisonModel::PlatformColumn).data(Qt::ToolTipRole).isNull());
    QVERIFY(cacheSum.readWithin.at(0) > 0 && cacheSum.readWithin.at(2) <= cacheSum.read);

    // Logins: logCounts per day for normal and abnormal logins.
    const auto cacheLogins = run<QList<LoginDayCounts>>([](Db& db) {
        auto days = StatsRepository(db).loginDays(kPeriod);
        return days ? *days : QList<LoginDayCounts>();
    });
    QVERIFY(cacheLogins && cacheLogins->size() == kPeriod.dayCount());
    QVERIFY(shown->loginDays.has_value());
    LoginDayCounts platformLogins;
    LoginDayCounts cacheLoginSum;
    for (qsizetype i = 0; i < kPeriod.dayCount(); ++i) {
        const QDate date = kPeriod.first.addDays(i);
        const LogWindow day{kPeriod.startOf(date), kPeriod.startOf(date.addDays(1))};
        LoginDayCounts direct;
        for (const bool abnormal : {false, true}) {
            LoginFilter filter;
            filter.abnormal = abnormal;
            auto count = servicetest::wait<qint64>(
                [&](auto done) { StatsService(m_fixture.client()).logCounts(day, filter, this, done); });
            SERVICE_VERIFY(count);
            (abnormal ? direct.abnormal : direct.normal) = *count;
        }
        QCOMPARE(shown->loginDays->at(i).normal, direct.normal);
        QCOMPARE(shown->loginDays->at(i).abnormal, direct.abnormal);
        platformLogins.normal += direct.normal;
        platformLogins.abnormal += direct.abnormal;
        cacheLoginSum.normal += cacheLogins->at(i).normal;
        cacheLoginSum.abnormal += cacheLogins->at(i).abnormal;
    }
    QVERIFY(platformLogins.abnormal > 0);
    const StatsSection* logins = m_page->loginSection();
    QCOMPARE(column(logins, ComparisonModel::PlatformColumn),
             (QList<O>{platformLogins.normal, platformLogins.abnormal, platformLogins.total()}));
    QCOMPARE(column(logins, ComparisonModel::CacheColumn),
             (QList<O>{cacheLoginSum.normal, cacheLoginSum.abnormal, cacheLoginSum.total()}));
    QCOMPARE(column(logins, ComparisonModel::DifferenceColumn), (QList<O>{0, 0, 0}));

    // Provinces: the cache's top ten, each counted by the platform over both windows.
    const auto top = run<QList<ProvinceCount>>([](Db& db) {
        auto provinces = StatsRepository(db).topProvinces(kPeriod, StatsSource::kTopProvinces);
        return provinces ? *provinces : QList<ProvinceCount>();
    });
    QVERIFY(top && !top->isEmpty());
    const StatsSection* provinces = m_page->provinceSection();
    QCOMPARE(provinces->table()->model()->rowCount(), top->size());
    for (qsizetype i = 0; i < top->size(); ++i) {
        qint64 direct = 0;
        for (const StatsPeriod& part : parts) {
            LoginFilter filter;
            filter.province = top->at(i).province;
            auto count = servicetest::wait<qint64>([&](auto done) {
                StatsService(m_fixture.client()).logCounts({part.startMs(), part.endMs()}, filter, this, done);
            });
            SERVICE_VERIFY(count);
            direct += *count;
        }
        QCOMPARE(cell(provinces, int(i), ComparisonModel::FigureColumn), top->at(i).province);
        QCOMPARE(column(provinces, ComparisonModel::PlatformColumn).at(i), O(direct));
        QCOMPARE(column(provinces, ComparisonModel::CacheColumn).at(i), O(top->at(i).logins));
        QCOMPARE(column(provinces, ComparisonModel::DifferenceColumn).at(i), O(0));
    }

    // The funnel: the platform's activationFunnel for the accounts created in the period, on the funnel itself too.
    FunnelFilter created;
    created.createdFrom = kPeriod.startMs();
    created.createdTo = kPeriod.endMs();
    auto funnel = servicetest::wait<ActivationFunnel>(
        [&](auto done) { StatsService(m_fixture.client()).activationFunnel(created, this, done); });
    SERVICE_VERIFY(funnel);
    QVERIFY(funnel->created > 0);
    const ActivationFunnel drawn = m_page->funnelPanel()->funnel()->funnel();
    QCOMPARE(drawn.created, funnel->created);
    QCOMPARE(drawn.smsSent, funnel->smsSent);
    QCOMPARE(drawn.firstLogin, funnel->firstLogin);
    QCOMPARE(drawn.activated, funnel->activated);
    const auto cacheFunnel = run<ActivationFunnel>([](Db& db) {
        AccountQuery query;
        query.createdFrom = kPeriod.startMs();
        query.createdTo = kPeriod.endMs();
        auto counts = AccountRepository(db).activationFunnel(query);
        return counts ? *counts : ActivationFunnel{-1, -1, -1, -1};
    });
    QVERIFY(cacheFunnel);
    const StatsSection* funnelSection = m_page->funnelSection();
    QCOMPARE(column(funnelSection, ComparisonModel::PlatformColumn),
             (QList<O>{funnel->created, funnel->smsSent, funnel->firstLogin, funnel->activated}));
    QCOMPARE(column(funnelSection, ComparisonModel::CacheColumn),
             (QList<O>{cacheFunnel->created, cacheFunnel->smsSent, cacheFunnel->firstLogin, cacheFunnel->activated}));
    QCOMPARE(column(funnelSection, ComparisonModel::DifferenceColumn), (QList<O>{0, 0, 0, 0}));

    // No difference, so no warning anywhere.
    for (const StatsSection* section : {mails, logins, provinces, funnelSection}) {
        for (int row = 0; row < section->table()->model()->rowCount(); ++row) {
            QVERIFY(section->table()
                        ->model()
                        ->index(row, ComparisonModel::DifferenceColumn)
                        .data(Qt::DecorationRole)
                        .isNull());
        }
    }
}

void TestStatisticsPage::stoppingThePlatformKeepsTheCachesFigures()
{
    QVERIFY(showPeriod(*m_page, kPeriod));
    QSignalSpy loaded(m_page.get(), &StatisticsPage::loaded);
    m_page->refresh();
    // Two calls per day for the logins: the platform is asked long enough to be stopped part way.
    QTRY_VERIFY(m_page->source().isAskingPlatform());
    auto* stop = m_page->findChild<QPushButton*>(QStringLiteral("cancelPlatform"));
    QVERIFY(stop);
    QTRY_VERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(waitForLoad(*m_page, loaded));
    QVERIFY(!m_page->source().isAskingPlatform());
    QVERIFY(m_page->source().platform() == nullptr);
    QVERIFY(!stop->isVisible());
    // The cache's figures stay; the platform's column says why it is empty, and no error box opened.
    const StatsSection* mails = m_page->mailSection();
    QVERIFY(column(mails, ComparisonModel::CacheColumn).constFirst().value_or(0) > 0);
    QVERIFY(!column(mails, ComparisonModel::PlatformColumn).constFirst().has_value());
    QCOMPARE(mails->table()->model()->index(0, ComparisonModel::PlatformColumn).data(Qt::ToolTipRole).toString(),
             m_page->source().absentReason());
    QVERIFY(!messageBoxOpen());
    // A change in the cache alone reads the cache again but does not ask the platform; a refresh does.
    loaded.clear();
    Q_EMIT m_session->cacheChanged();
    QVERIFY(waitForLoad(*m_page, loaded));
    QVERIFY(m_page->source().platform() == nullptr);
    loaded.clear();
    m_page->refresh();
    QVERIFY(waitForLoad(*m_page, loaded));
    QVERIFY(m_page->source().platform() != nullptr);
}

void TestStatisticsPage::presetsEndToday()
{
    const QDate today = StatsPeriodBar::today();
    QSignalSpy loaded(m_page.get(), &StatisticsPage::loaded);
    m_page->periodBar()->setPreset(StatsPeriodBar::Last7Days);
    QVERIFY(waitForLoad(*m_page, loaded));
    QCOMPARE(m_page->source().cache()->period, (StatsPeriod{today.addDays(-6), today}));
    QVERIFY(m_page->source().platform() != nullptr);
    QCOMPARE(m_page->source().platform()->mailDays->size(), 7);

    loaded.clear();
    m_page->periodBar()->setPreset(StatsPeriodBar::ThisMonth);
    QVERIFY(waitForLoad(*m_page, loaded));
    QCOMPARE(m_page->source().cache()->period, (StatsPeriod{QDate(today.year(), today.month(), 1), today}));

    // A custom range longer than the platform keeps is cut to its last 180 days.
    loaded.clear();
    m_page->periodBar()->setCustomRange(today.addDays(-400), today);
    QVERIFY(waitForLoad(*m_page, loaded));
    QCOMPARE(m_page->source().cache()->period.dayCount(), qint64(StatsPeriodBar::kMaxDays));
}

void TestStatisticsPage::chartLabelsAreDrawnWhole()
{
    // As small as the page allows: every chart is then as short as it asks to be, and still draws each province
    // (Chinese names), each funnel stage and each named date whole, never as "...".
    QVERIFY(showPeriod(*m_page, kPeriod));
    m_page->resize(1000, 200);
    auto* tabs = m_page->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    for (const StatsSection* section :
         {m_page->mailSection(), m_page->loginSection(), m_page->provinceSection(), m_page->funnelSection()}) {
        tabs->setCurrentWidget(const_cast<StatsSection*>(section));
        auto* view = section->chart()->findChild<QChartView*>();
        if (view == nullptr) {
            view = qobject_cast<QChartView*>(section->chart());
        }
        QVERIFY(view);
        QTest::qWait(100);
        QTRY_VERIFY(!drawnTexts(view).isEmpty());
        const QStringList texts = drawnTexts(view);
        for (const QString& text : texts) {
            QVERIFY2(!text.contains(QStringLiteral("...")), qPrintable(section->objectName() + u": " + text));
        }
        if (section == m_page->provinceSection()) {
            for (const ProvinceCount& province : m_page->source().cache()->provinces) {
                QVERIFY2(texts.contains(province.province), qPrintable(province.province));
            }
        }
        if (section == m_page->mailSection()) {
            QVERIFY(texts.contains(ChartSupport::dayLabel(kPeriod.first))); // the first day is always named
        }
    }
    tabs->setCurrentIndex(0);
    m_page->resize(1300, 850);
}

void TestStatisticsPage::cacheOnlyWithTheReasonWhenThePlatformLacksStatistics()
{
    // A platform with the vendor's API alone, as a real tenant without the delivery extension.
    servicetest::ServiceFixture vendor;
    QVERIFY(vendor.start({QStringLiteral("--vendor-only")}));
    std::optional<Capabilities> found;
    probeCapabilities(vendor.client(), this, [&found](const Capabilities& capabilities) { found = capabilities; });
    QVERIFY(QTest::qWaitFor([&found] { return found.has_value(); }, 30000));
    QCOMPARE(found->status(ApiFamily::DeliveryStats).state, FamilyState::Missing);
    const QString reason = found->whyUnavailable(ApiFamily::DeliveryStats);
    QVERIFY(!reason.isEmpty());

    const auto check = [&](StatisticsPage& page) {
        QVERIFY(page.source().platform() == nullptr || !page.source().platform()->unavailable.isEmpty());
        QVERIFY2(page.unavailableText().contains(reason), qPrintable(page.unavailableText()));
        for (const StatsSection* section :
             {page.mailSection(), page.loginSection(), page.provinceSection(), page.funnelSection()}) {
            QVERIFY(section->table()->model()->rowCount() > 0);
            for (const std::optional<qint64>& value : column(section, ComparisonModel::PlatformColumn)) {
                QVERIFY(!value.has_value());
            }
            for (const std::optional<qint64>& value : column(section, ComparisonModel::CacheColumn)) {
                QVERIFY(value.has_value());
            }
            QVERIFY2(section->note().contains(reason), qPrintable(section->note()));
            const QString tip =
                section->table()->model()->index(0, ComparisonModel::PlatformColumn).data(Qt::ToolTipRole).toString();
            QCOMPARE(tip, reason);
        }
        // The funnel shows the cache's figures.
        const ActivationFunnel cached = page.source().cache()->funnel;
        QCOMPARE(page.funnelPanel()->funnel()->funnel().created, cached.created);
        QVERIFY(cached.created > 0);
        QVERIFY(!messageBoxOpen());
    };

    // Told at connect time: the page does not even ask.
    {
        StatisticsPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(&page, &StatisticsPage::loaded);
        page.setCapabilities(*found);
        page.setPlatformClient(&vendor.client());
        page.setSession(m_session.get());
        page.periodBar()->setCustomRange(kPeriod.first, kPeriod.last);
        QVERIFY(waitForLoad(page, loaded));
        QVERIFY(page.source().platform() == nullptr);
        check(page);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    // Not known beforehand: the platform's "unknown API" says it, with the same words.
    {
        StatisticsPage page;
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(&page, &StatisticsPage::loaded);
        page.setPlatformClient(&vendor.client());
        page.setSession(m_session.get());
        page.periodBar()->setCustomRange(kPeriod.first, kPeriod.last);
        QVERIFY(waitForLoad(page, loaded));
        QVERIFY(page.source().platform() != nullptr);
        QCOMPARE(page.source().platform()->unavailable, reason);
        check(page);
    }
}

void TestStatisticsPage::aRowThePlatformLacksShowsAsADifference()
{
    QVERIFY(showPeriod(*m_page, kPeriod));
    // A document in the cache that the platform never had, on the tenth day of the period.
    const QDate date = kPeriod.first.addDays(9);
    QVERIFY(run<bool>([date](Db& db) {
                MailRecord mail;
                mail.id = 900000001;
                mail.time = kPeriod.startOf(date) + 10 * 60 * 60 * 1000;
                mail.updatedAt = mail.time;
                mail.direction = MailDirection::In;
                mail.status = MailStatus::Received;
                mail.messageId = QStringLiteral("<stats-extra@court.test>");
                mail.subject = QStringLiteral("关于(2026)粤0104民初1号案件的开庭传票");
                mail.sender = QStringLiteral("clerk@court.test");
                mail.recipient = QStringLiteral("extra@court.test");
                return LogRepository(db).upsertMails({&mail, 1}).hasValue();
            }).value_or(false));
    // F5 on the page reads the cache and asks the platform again.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->mailSection()->table()->setFocus();
    QSignalSpy loaded(m_page.get(), &StatisticsPage::loaded);
    QTest::keyClick(m_page->mailSection()->table(), Qt::Key_F5);
    QVERIFY(waitForLoad(*m_page, loaded));

    const StatsSection* mails = m_page->mailSection();
    using O = std::optional<qint64>;
    QCOMPARE(column(mails, ComparisonModel::DifferenceColumn), (QList<O>{1, 1, 0, 0, {}, {}, {}}));
    const QModelIndex sent = mails->table()->model()->index(0, ComparisonModel::DifferenceColumn);
    QVERIFY(!sent.data(Qt::DecorationRole).isNull());                  // an icon...
    QVERIFY(sent.data().toString().startsWith(QStringLiteral("+1 "))); // ...and words
    QVERIFY(!sent.data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY2(mails->note().contains(ChartSupport::dayLabel(date)), qPrintable(mails->note()));
    QCOMPARE(mails->table()->model()->index(2, ComparisonModel::DifferenceColumn).data(Qt::DecorationRole), QVariant());
}

QTEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
