// The activation funnel's chart after a language switch: its size is worked out again for the new language's stage
// names, so none is drawn as "..." (Chinese names stand taller than English ones in the same font, and the chart
// gives each stage an equal band of its height).

#include "GuiTestSupport.h"
#include "ui/activation/FunnelWidget.h"

#include <QAction>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>
#include <QtCharts/QChartView>

#include <algorithm>

using namespace dm;
using dm::test::GuiFixture;
using dm::test::hasChinese;

namespace {

const char* const kStageSources[] = {"Created", "Activation SMS sent", "First login", "Activated"};

// The stage names as the current language gives them.
QStringList stageNames()
{
    QStringList names;
    for (const char* source : kStageSources) {
        names.append(QCoreApplication::translate("dm::FunnelWidget", source));
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Every text the chart draws that is not a bar's count: the category labels of the stage axis, as drawn.
QStringList drawnStageLabels(const FunnelWidget& funnel)
{
    auto* view = funnel.findChild<QChartView*>(QStringLiteral("funnelChart"));
    if (view == nullptr || view->scene() == nullptr) {
        return {};
    }
    QStringList labels;
    const QList<QGraphicsItem*> items = view->scene()->items();
    for (const QGraphicsItem* item : items) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text == nullptr || !text->isVisible()) {
            continue;
        }
        const QString plain = text->toPlainText().trimmed();
        bool number = false;
        plain.toLongLong(&number);
        if (!plain.isEmpty() && !number) {
            labels.append(plain);
        }
    }
    std::sort(labels.begin(), labels.end());
    return labels;
}

bool elided(const QStringList& labels)
{
    return std::any_of(labels.cbegin(), labels.cend(), [](const QString& label) {
        return label.contains(QStringLiteral("...")) || label.contains(QChar(0x2026));
    });
}

} // namespace

class TestFunnelWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageNamesFitAfterLanguageChange();
    void activationPageFunnelAfterTheLanguageMenu();
};

void TestFunnelWidget::stageNamesFitAfterLanguageChange()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.languages().setPreference(UiLanguage::English);

    FunnelWidget funnel;
    funnel.setFunnel({1200, 1188, 1050, 1002});
    // As small as the widget allows, as in a crowded page: the chart gets exactly the height it asks for.
    funnel.resize(640, funnel.minimumSizeHint().height());
    funnel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&funnel));
    QTRY_COMPARE(drawnStageLabels(funnel), stageNames());
    QVERIFY(!elided(drawnStageLabels(funnel)));
    const int englishHeight = funnel.findChild<QChartView*>(QStringLiteral("funnelChart"))->minimumHeight();

    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    const QStringList chinese = stageNames();
    QVERIFY2(std::all_of(chinese.cbegin(), chinese.cend(), hasChinese), "the stage names should be translated");
    funnel.resize(640, funnel.minimumSizeHint().height());
    QTRY_COMPARE(drawnStageLabels(funnel), chinese);
    QVERIFY(!elided(drawnStageLabels(funnel)));

    // And back: the chart returns to the height English needs.
    fixture.languages().setPreference(UiLanguage::English);
    funnel.resize(640, funnel.minimumSizeHint().height());
    QTRY_COMPARE(drawnStageLabels(funnel), stageNames());
    QVERIFY(!elided(drawnStageLabels(funnel)));
    QCOMPARE(funnel.findChild<QChartView*>(QStringLiteral("funnelChart"))->minimumHeight(), englishHeight);
}

void TestFunnelWidget::activationPageFunnelAfterTheLanguageMenu()
{
    // The real window, switched through View > Language while the Activation page is shown and while it is not.
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.languages().setPreference(UiLanguage::English);
    QVERIFY(fixture.open());
    MainWindow* window = fixture.window();
    window->showPage(QStringLiteral("activation"));
    auto* page = window->findChild<QWidget*>(QStringLiteral("page.activation"));
    QVERIFY(page);
    auto* funnel = page->findChild<FunnelWidget*>();
    QVERIFY(funnel);
    QTRY_COMPARE(drawnStageLabels(*funnel), stageNames());

    auto* chinese = window->findChild<QAction*>(QStringLiteral("action.language.zh_CN"));
    auto* english = window->findChild<QAction*>(QStringLiteral("action.language.en"));
    QVERIFY(chinese && english);
    chinese->trigger();
    QVERIFY(hasChinese(stageNames().constFirst()));
    QTRY_COMPARE(drawnStageLabels(*funnel), stageNames());
    QVERIFY(!elided(drawnStageLabels(*funnel)));

    window->showPage(QStringLiteral("accounts"));
    english->trigger();
    chinese->trigger();
    window->showPage(QStringLiteral("activation"));
    QTRY_COMPARE(drawnStageLabels(*funnel), stageNames());
    QVERIFY(!elided(drawnStageLabels(*funnel)));
}

QTEST_MAIN(TestFunnelWidget)
#include "tst_funnelwidget.moc"
