// The translation catalogues are built, embedded and complete for the interface, and switching language at run time
// really retranslates every text the window shows.

#include "GuiTestSupport.h"
#include "ui/NavigationTree.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeWidgetItemIterator>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace dm;
using dm::test::GuiFixture;
using dm::test::hasChinese;

namespace {

struct Expectation
{
    const char* context;
    const char* source;
    const char* chinese;
};

// The words the users look for first; the nav entries use the terms of court administration.
const Expectation keyStrings[] = {
    {"dm::MainWindow", "Delivery Mailbox Admin", "送达邮箱管理台"},
    {"dm::ConnectionIndicator", "Not connected", "未连接"},
    {"dm::ConnectionIndicator", "Connected: %1", "已连接：%1"},
    {"dm::MainWindow", "&File", "文件(&F)"},
    {"dm::MainWindow", "&View", "查看(&V)"},
    {"dm::MainWindow", "&Help", "帮助(&H)"},
    {"dm::AccountsPage", "Accounts", "账号"},
    {"dm::ActivationPage", "Activation", "激活跟踪"},
    {"dm::PermissionsPage", "Permissions", "送达权限"},
    {"dm::LogsPage", "Logs", "日志"},
    {"dm::OperationLogPage", "Operations", "操作日志"},
    {"dm::LoginLogPage", "Logins", "登录日志"},
    {"dm::MailLogPage", "Mail", "收发信日志"},
    {"dm::SettingsPage", "Settings", "设置"},
};

// Every text the window shows or announces, pages that are not current included.
QStringList visibleTexts(const MainWindow& window)
{
    QStringList texts{window.windowTitle()};
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText() << label->toolTip();
    }
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        texts << button->text();
        if (const auto* link = qobject_cast<const QCommandLinkButton*>(button)) {
            texts << link->description();
        }
    }
    for (const QMenu* menu : window.findChildren<QMenu*>()) {
        texts << menu->title();
    }
    for (const QAction* action : window.findChildren<QAction*>()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    const auto* tree = window.findChild<NavigationTree*>(QStringLiteral("navigation"));
    texts << tree->accessibleName();
    for (QTreeWidgetItemIterator it(const_cast<NavigationTree*>(tree)); *it != nullptr; ++it) {
        texts << (*it)->text(0);
    }
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    texts << pages->accessibleName();
    for (int i = 0; i < pages->count(); ++i) {
        texts << pages->widget(i)->accessibleName() << pages->widget(i)->accessibleDescription();
    }
    texts.removeAll(QString());
    // Numbers, dashes and percentages read the same in every language: only texts with words must follow a switch.
    static const QRegularExpression words(QStringLiteral("[A-Za-z\\x{4e00}-\\x{9fff}]"));
    texts.removeIf([](const QString& text) { return !words.match(text).hasMatch(); });
    return texts;
}

// Contexts of the .ts files that belong to the interface: the window, its pages and their base classes.
QSet<QString> interfaceContexts(const MainWindow& window)
{
    QSet<QString> contexts{QString::fromLatin1(window.metaObject()->className())};
    const auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    for (int i = 0; i < pages->count(); ++i) {
        for (const QMetaObject* meta = pages->widget(i)->metaObject(); meta != &QWidget::staticMetaObject;
             meta = meta->superClass()) {
            contexts << QString::fromLatin1(meta->className());
        }
    }
    return contexts;
}

struct TsEntry
{
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

std::optional<QList<TsEntry>> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            entry = TsEntry{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            entry.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            entry.finished = type.isEmpty();
            // Numerus translations hold <numerusform> children; IncludeChildElements keeps their text.
            entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries << entry;
        }
    }
    if (xml.hasError()) {
        return std::nullopt;
    }
    return entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void cataloguesAreEmbedded();
    void chineseCatalogueTranslatesKeyStrings();
    void englishCatalogueKeepsEnglish();
    void runtimeSwitchRetranslatesEveryVisibleText();
    void interfaceEntriesAreFinishedInBothCatalogues();
};

void TestTranslations::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    qunsetenv("DMADMIN_LANG");
}

void TestTranslations::cataloguesAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dmadmin_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dmadmin_en.qm")));
}

void TestTranslations::chineseCatalogueTranslatesKeyStrings()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/dmadmin_zh_CN.qm")));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    for (const Expectation& expected : keyStrings) {
        QCOMPARE(translator.translate(expected.context, expected.source), QString::fromUtf8(expected.chinese));
    }
}

void TestTranslations::englishCatalogueKeepsEnglish()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/dmadmin_en.qm")));
    // Finished entries are in the catalogue; an unfinished one would come back empty.
    for (const Expectation& expected : keyStrings) {
        QCOMPARE(translator.translate(expected.context, expected.source), QString::fromUtf8(expected.source));
    }
}

void TestTranslations::runtimeSwitchRetranslatesEveryVisibleText()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    fixture.languages().setPreference(UiLanguage::English);
    QVERIFY(fixture.open());
    const MainWindow& window = *fixture.window();

    // The language names are shown in their own language on purpose; everything else must follow the switch.
    const QString chineseName = QStringLiteral("简体中文");
    const QString englishName = QStringLiteral("English");

    QStringList english = visibleTexts(window);
    QVERIFY(english.size() > 40);
    // A case number is Chinese in every language ("(2026)粤0104民初1234号"): an example of one may stand in English.
    const QRegularExpression caseNumber(QStringLiteral("[(（]\\d{4}[)）]\\S*?号"));
    for (const QString& text : std::as_const(english)) {
        if (text != chineseName) {
            QVERIFY2(!hasChinese(QString(text).remove(caseNumber)), qPrintable(text));
        }
    }

    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("送达邮箱管理台"));
    const QStringList chinese = visibleTexts(window);
    QCOMPARE(chinese.size(), english.size());
    // Protocol and product names are written the same in both languages, as the platform console writes them.
    const QStringList keptAsWritten{englishName, QStringLiteral("Webmail"), QStringLiteral("IMAP"),
                                    QStringLiteral("POP3"), QStringLiteral("SMTP")};
    for (const QString& text : chinese) {
        if (!keptAsWritten.contains(text)) {
            QVERIFY2(hasChinese(text), qPrintable(QStringLiteral("not translated: ") + text));
        }
    }

    // And back, to the very same texts as before.
    fixture.languages().setPreference(UiLanguage::English);
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Delivery Mailbox Admin"));
    QCOMPARE(visibleTexts(window), english);
}

void TestTranslations::interfaceEntriesAreFinishedInBothCatalogues()
{
    GuiFixture fixture;
    QVERIFY(fixture.isValid());
    QVERIFY(fixture.open());
    const QSet<QString> contexts = interfaceContexts(*fixture.window());
    QVERIFY(contexts.contains(QStringLiteral("dm::MainWindow")));
    QVERIFY(contexts.contains(QStringLiteral("dm::SettingsPage")));

    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString path = QStringLiteral(DM_SOURCE_DIR "/translations/dmadmin_") + language + QStringLiteral(".ts");
        const std::optional<QList<TsEntry>> entries = readTs(path);
        QVERIFY2(entries.has_value(), qPrintable(path));
        int checked = 0;
        for (const TsEntry& entry : *entries) {
            if (!contexts.contains(entry.context)) {
                continue; // app/ libraries: translated separately
            }
            ++checked;
            const QString where = language + QLatin1Char(' ') + entry.context + QLatin1Char(' ') + entry.source;
            QVERIFY2(entry.finished, qPrintable(QStringLiteral("unfinished: ") + where));
            QVERIFY2(!entry.translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
            // A source without a letter (a list separator such as ", ") has only punctuation to translate.
            const bool hasWords =
                std::any_of(entry.source.cbegin(), entry.source.cend(), [](QChar c) { return c.isLetter(); });
            if (language == QLatin1String("zh_CN") && hasWords) {
                QVERIFY2(hasChinese(entry.translation), qPrintable(QStringLiteral("not Chinese: ") + where));
            }
        }
        QVERIFY2(checked > 50, qPrintable(language));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
