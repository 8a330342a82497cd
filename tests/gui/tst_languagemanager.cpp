// LanguageManager: which language it picks, what it remembers, and which translators it installs and removes.

#include "GuiTestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSignalSpy>
#include <QTest>

using namespace dm;
using dm::test::GuiFixture;
using dm::test::hasChinese;

namespace {

[[nodiscard]] QString accountsText()
{
    return QCoreApplication::translate("dm::AccountsPage", "Accounts");
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void systemLanguageResolution_data();
    void systemLanguageResolution();
    void explicitChoiceBeatsSystem();
    void settingsValuesRoundTrip();
    void startsFromTheSavedChoice();
    void environmentOverrideStandsInForSystem();
    void applyIsIdempotent();
    void setPreferenceSavesAndAnnounces();
    void chineseAlsoInstallsQtTranslations();
    void destructionRemovesTranslators();
};

void TestLanguageManager::init()
{
    qunsetenv("DMADMIN_LANG");
}

void TestLanguageManager::cleanup()
{
    qunsetenv("DMADMIN_LANG");
}

void TestLanguageManager::systemLanguageResolution_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mainland Windows") << QStringList{QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
    QTest::newRow("plain zh-CN") << QStringList{QStringLiteral("zh-CN"), QStringLiteral("en-US")}
                                 << QStringLiteral("zh_CN");
    QTest::newRow("LANG style") << QStringList{QStringLiteral("zh_CN.UTF-8")} << QStringLiteral("zh_CN");
    QTest::newRow("traditional counts as zh") << QStringList{QStringLiteral("zh-Hant-TW")} << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringList{QStringLiteral("en-US")} << QStringLiteral("en");
    QTest::newRow("German falls to English") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("en");
    QTest::newRow("first shipped language wins")
        << QStringList{QStringLiteral("de-DE"), QStringLiteral("zh-CN"), QStringLiteral("en-US")}
        << QStringLiteral("zh_CN");
    QTest::newRow("English before Chinese")
        << QStringList{QStringLiteral("en-GB"), QStringLiteral("zh-CN")} << QStringLiteral("en");
    QTest::newRow("nothing known") << QStringList{} << QStringLiteral("en");
    QTest::newRow("C locale") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
}

void TestLanguageManager::systemLanguageResolution()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::localeForSystem(uiLanguages), expected);
    QCOMPARE(LanguageManager::localeFor(UiLanguage::FollowSystem, uiLanguages), expected);
}

void TestLanguageManager::explicitChoiceBeatsSystem()
{
    const QStringList chineseSystem{QStringLiteral("zh-Hans-CN")};
    const QStringList englishSystem{QStringLiteral("en-US")};
    QCOMPARE(LanguageManager::localeFor(UiLanguage::English, chineseSystem), QStringLiteral("en"));
    QCOMPARE(LanguageManager::localeFor(UiLanguage::ChineseSimplified, englishSystem), QStringLiteral("zh_CN"));
}

void TestLanguageManager::settingsValuesRoundTrip()
{
    for (const UiLanguage language : {UiLanguage::FollowSystem, UiLanguage::ChineseSimplified, UiLanguage::English}) {
        QCOMPARE(LanguageManager::fromSettingsValue(LanguageManager::toSettingsValue(language)), language);
    }
    QCOMPARE(LanguageManager::fromSettingsValue(QString()), UiLanguage::FollowSystem);
    QCOMPARE(LanguageManager::fromSettingsValue(QStringLiteral("fr_FR")), UiLanguage::FollowSystem);
}

void TestLanguageManager::environmentOverrideStandsInForSystem()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    qputenv("DMADMIN_LANG", "zh_CN");
    QCOMPARE(LanguageManager::systemUiLanguages(), QStringList{QStringLiteral("zh_CN")});
    fixture.languages().apply();
    QCOMPARE(fixture.languages().activeLocale(), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("dm::AccountsPage", "Accounts"), QStringLiteral("账号"));

    // A choice made in the menu still wins over the override.
    fixture.languages().setPreference(UiLanguage::English);
    QCOMPARE(fixture.languages().activeLocale(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("dm::AccountsPage", "Accounts"), QStringLiteral("Accounts"));
    qunsetenv("DMADMIN_LANG");
}

void TestLanguageManager::chineseAlsoInstallsQtTranslations()
{
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm"))) {
        QSKIP("qtbase_zh_CN.qm is not installed (Debian: qt6-translations-l10n)");
    }
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    QVERIFY(fixture.languages().qtTranslationsLoaded());
    // Qt's standard buttons, e.g. in message boxes, speak Chinese too.
    QVERIFY(hasChinese(QCoreApplication::translate("QPlatformTheme", "Cancel")));

    fixture.languages().setPreference(UiLanguage::English);
    QVERIFY(!fixture.languages().qtTranslationsLoaded());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::startsFromTheSavedChoice()
{
    GuiFixture first;
    QVERIFY(first.isValid());
    QCOMPARE(first.languages().preference(), UiLanguage::FollowSystem);
    first.languages().setPreference(UiLanguage::ChineseSimplified);

    // Nothing is installed until apply(): main() decides when.
    LanguageManager second(first.settings());
    QCOMPARE(second.preference(), UiLanguage::ChineseSimplified);
    QVERIFY(second.activeLocale().isEmpty());

    first.settings().setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    LanguageManager third(first.settings());
    QCOMPARE(third.preference(), UiLanguage::FollowSystem);
}

void TestLanguageManager::applyIsIdempotent()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    QSignalSpy changed(&fixture.languages(), &LanguageManager::languageChanged);
    qputenv("DMADMIN_LANG", "en_US");
    fixture.languages().apply();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), QStringLiteral("en"));
    // Same language again: no translator churn, no second round of LanguageChange events.
    fixture.languages().apply();
    fixture.languages().setPreference(UiLanguage::English);
    QCOMPARE(changed.count(), 1);
}

void TestLanguageManager::setPreferenceSavesAndAnnounces()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    QSignalSpy preference(&fixture.languages(), &LanguageManager::preferenceChanged);
    QSignalSpy language(&fixture.languages(), &LanguageManager::languageChanged);

    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    QCOMPARE(fixture.settings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(fixture.languages().activeLocale(), QStringLiteral("zh_CN"));
    QCOMPARE(accountsText(), QStringLiteral("账号"));
    QCOMPARE(preference.count(), 1);
    QCOMPARE(preference.constFirst().constFirst().value<UiLanguage>(), UiLanguage::ChineseSimplified);
    QCOMPARE(language.count(), 1);

    fixture.languages().setPreference(UiLanguage::English);
    QCOMPARE(fixture.settings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QCOMPARE(accountsText(), QStringLiteral("Accounts"));
    QCOMPARE(preference.count(), 2);
    QCOMPARE(language.count(), 2);
}

void TestLanguageManager::destructionRemovesTranslators()
{
    {
        GuiFixture fixture;
        QVERIFY(fixture.isValid());
        fixture.languages().setPreference(UiLanguage::ChineseSimplified);
        QCOMPARE(accountsText(), QStringLiteral("账号"));
    }
    QCOMPARE(accountsText(), QStringLiteral("Accounts"));
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
