// The user guide (Help > User guide): the bundled pages in both languages, their links and pictures, the names they
// quote from the interface, and the window that shows them in the interface language.
#include "GuiTestSupport.h"
#include "ui/help/UserGuideDialog.h"

#include <QAbstractScrollArea>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace dm;

namespace {

const QStringList guideLocales{QStringLiteral("zh_CN"), QStringLiteral("en")};

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The guide's pages of one language, as resource paths (":/guide/en/index.html", ...).
QStringList guidePages(const QString& locale)
{
    QStringList pages;
    QDirIterator it(QStringLiteral(":/guide/") + locale, {QStringLiteral("*.html")}, QDir::Files);
    while (it.hasNext()) {
        pages << it.next();
    }
    pages.sort();
    return pages;
}

// A name as the user sees it: without the accelerator ("文件(&F)", "&File"), with one kind of ellipsis, without the
// colon of a label.
QString visibleName(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&[^)]\\)"));
    text.remove(accelerator);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.replace(QLatin1String("..."), QStringLiteral("…"));
    text = text.simplified();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A))) {
        text.chop(1);
    }
    return text.trimmed();
}

// Every text the interface shows in one language: the translations of its catalogue, and for English the sources too
// (an English text with no translation is shown as written).
QSet<QString> catalogueNames(const QString& locale)
{
    QFile file(QStringLiteral(DM_SOURCE_DIR "/translations/dmadmin_") + locale + QStringLiteral(".ts"));
    QSet<QString> names;
    if (!file.open(QIODevice::ReadOnly)) {
        return names;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto element = xml.name();
        if (element == QLatin1String("translation") || element == QLatin1String("numerusform") ||
            (element == QLatin1String("source") && locale == LanguageManager::englishLocale())) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty()) {
                names.insert(visibleName(text));
            }
        }
    }
    return names;
}

// Clicks the link whose text is `linkText` in the browser, as a user would.
bool clickLink(QTextBrowser* browser, const QString& linkText)
{
    const QTextCursor found = browser->document()->find(linkText, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull() || !found.charFormat().isAnchor()) {
        return false;
    }
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, point);
    return true;
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qunsetenv("DMADMIN_LANG"); }
    void bothGuidesAreBundled();
    void everyPageHasATwin();
    void everyLinkAndPictureResolves();
    void quotedNamesAreTheInterfaceNames();
    void opensInTheInterfaceLanguageAndFollowsASwitch();
    void linksBackForwardAndHome();
    void findsInThePage();
};

void TestUserGuide::bothGuidesAreBundled()
{
    for (const QString& locale : guideLocales) {
        const QString index = QStringLiteral(":/guide/%1/index.html").arg(locale);
        QVERIFY2(QFile::exists(index), qPrintable(index));
        QVERIFY(guidePages(locale).size() >= 2);
        QCOMPARE(UserGuideDialog::guideUrl(locale), QUrl(QStringLiteral("qrc") + index));
    }
    QVERIFY(test::hasChinese(readResource(QStringLiteral(":/guide/zh_CN/index.html"))));
    // A language without a guide gets the English one.
    QCOMPARE(UserGuideDialog::guideUrl(QStringLiteral("fr")), QUrl(QStringLiteral("qrc:/guide/en/index.html")));
}

void TestUserGuide::everyPageHasATwin()
{
    QStringList names[2];
    for (int i = 0; i < 2; ++i) {
        for (const QString& page : guidePages(guideLocales[i])) {
            names[i] << QFileInfo(page).fileName();
        }
    }
    QCOMPARE(names[0], names[1]);
    // Twins have the same sections, so a link to a section works in both languages.
    static const QRegularExpression id(QStringLiteral("\\bid=\"([^\"]+)\""));
    for (const QString& name : std::as_const(names[0])) {
        QStringList ids[2];
        for (int i = 0; i < 2; ++i) {
            const QString html = readResource(QStringLiteral(":/guide/%1/%2").arg(guideLocales[i], name));
            for (auto match = id.globalMatch(html); match.hasNext();) {
                ids[i] << match.next().captured(1);
            }
        }
        QVERIFY2(ids[0] == ids[1], qPrintable(name));
    }
}

void TestUserGuide::everyLinkAndPictureResolves()
{
    static const QRegularExpression reference(QStringLiteral("\\b(href|src)=\"([^\"]*)\""));
    int internal = 0;
    int pictures = 0;
    for (const QString& locale : guideLocales) {
        for (const QString& page : guidePages(locale)) {
            const QString html = readResource(page);
            QVERIFY2(!html.isEmpty(), qPrintable(page));
            const QUrl base(QStringLiteral("qrc") + page);
            for (auto match = reference.globalMatch(html); match.hasNext();) {
                const auto found = match.next();
                const QUrl target = base.resolved(QUrl(found.captured(2)));
                const QString where = page + QStringLiteral(": ") + found.captured(2);
                if (target.scheme() == QLatin1String("https") || target.scheme() == QLatin1String("mailto")) {
                    QVERIFY2(found.captured(1) == QLatin1String("href"), qPrintable(where)); // no picture from the web
                    continue;
                }
                QCOMPARE(target.scheme(), QStringLiteral("qrc"));
                const QString resource = QLatin1Char(':') + target.path();
                QVERIFY2(QFile::exists(resource), qPrintable(where));
                if (found.captured(1) == QLatin1String("src")) {
                    ++pictures;
                    QVERIFY2(QImage(resource).width() > 0, qPrintable(where));
                    continue;
                }
                ++internal;
                if (target.hasFragment()) {
                    const QString anchor = QStringLiteral("id=\"%1\"").arg(target.fragment());
                    QVERIFY2(readResource(resource).contains(anchor), qPrintable(where));
                }
            }
        }
    }
    QVERIFY(internal > 0);
    QVERIFY(pictures > 0);
}

void TestUserGuide::quotedNamesAreTheInterfaceNames()
{
    static const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    for (const QString& locale : guideLocales) {
        const QSet<QString> names = catalogueNames(locale);
        QVERIFY2(names.size() > 100, qPrintable(locale));
        int quoted = 0;
        for (const QString& page : guidePages(locale)) {
            const QString html = readResource(page);
            for (auto match = bold.globalMatch(html); match.hasNext();) {
                const QString name =
                    visibleName(QTextDocumentFragment::fromHtml(match.next().captured(1)).toPlainText());
                QVERIFY2(names.contains(name), qPrintable(QStringLiteral("%1: «%2» is not in the %3 catalogue")
                                                              .arg(QFileInfo(page).fileName(), name, locale)));
                ++quoted;
            }
        }
        QVERIFY(quoted > 50);
    }
}

void TestUserGuide::opensInTheInterfaceLanguageAndFollowsASwitch()
{
    test::GuiFixture fixture;
    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    UserGuideDialog dialog(fixture.languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isModal());
    QVERIFY(dialog.browser()->openExternalLinks());
    QCOMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/index.html")));
    QCOMPARE(dialog.guideLocale(), QStringLiteral("zh_CN"));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("用户指南")));

    fixture.languages().setPreference(UiLanguage::English);
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/en/index.html")));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("user guide")));

    // On another page, a switch shows the same page in the other language.
    QVERIFY(clickLink(dialog.browser(), QStringLiteral("Auditors")));
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/en/auditor.html")));
    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/auditor.html")));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("审计人员")));

    // A guide opened in English starts on the English guide.
    fixture.languages().setPreference(UiLanguage::English);
    UserGuideDialog english(fixture.languages());
    QCOMPARE(english.currentPage(), QUrl(QStringLiteral("qrc:/guide/en/index.html")));
}

void TestUserGuide::linksBackForwardAndHome()
{
    test::GuiFixture fixture;
    fixture.languages().setPreference(UiLanguage::ChineseSimplified);
    UserGuideDialog dialog(fixture.languages());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* back = dialog.findChild<QToolButton*>(QStringLiteral("userGuide.back"));
    auto* forward = dialog.findChild<QToolButton*>(QStringLiteral("userGuide.forward"));
    auto* home = dialog.findChild<QToolButton*>(QStringLiteral("userGuide.home"));
    QVERIFY(back != nullptr && forward != nullptr && home != nullptr);
    QVERIFY(!back->isEnabled());

    QVERIFY(clickLink(dialog.browser(), QStringLiteral("管理员")));
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/admin.html")));
    QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("新建送达邮箱")));
    // Its pictures are loaded from the bundle, not left as broken images.
    const QVariant picture = dialog.browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("../images/permissions-zh_CN.png")));
    QVERIFY(picture.isValid());
    QVERIFY(back->isEnabled());

    // A link to a section of another page.
    QVERIFY(clickLink(dialog.browser(), QStringLiteral("连接平台或沙箱")));
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/index.html#connect")));

    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/admin.html")));
    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/index.html#connect")));
    QVERIFY(clickLink(dialog.browser(), QStringLiteral("命令行 dmctl")));
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/dmctl.html")));
    QTest::mouseClick(home, Qt::LeftButton);
    QTRY_COMPARE(dialog.currentPage(), QUrl(QStringLiteral("qrc:/guide/zh_CN/index.html")));
}

void TestUserGuide::findsInThePage()
{
    test::GuiFixture fixture;
    fixture.languages().setPreference(UiLanguage::English);
    UserGuideDialog dialog(fixture.languages());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto* findText = dialog.findChild<QLineEdit*>(QStringLiteral("userGuide.findText"));
    QVERIFY(findText != nullptr);
    QVERIFY(!findText->isVisible());

    QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(findText->isVisible());
    QTRY_VERIFY(findText->hasFocus());
    QTest::keyClicks(findText, QStringLiteral("keychain"));
    QCOMPARE(dialog.browser()->textCursor().selectedText(), QStringLiteral("keychain"));
    const int first = dialog.browser()->textCursor().selectionStart();
    // Enter goes on to the next match, and the search wraps around to the first one.
    QTest::keyClick(findText, Qt::Key_Return);
    const int second = dialog.browser()->textCursor().selectionStart();
    QVERIFY(second != first);
    QTest::keyClick(findText, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(dialog.browser()->textCursor().selectionStart(), first);

    auto* status = dialog.findChild<QLabel*>(QStringLiteral("userGuide.findStatus"));
    QVERIFY(status != nullptr);
    QVERIFY(status->text().isEmpty());
    findText->clear();
    QTest::keyClicks(findText, QStringLiteral("no such words in the guide"));
    QVERIFY(!status->text().isEmpty());
    QTest::keyClick(findText, Qt::Key_Escape);
    QTRY_VERIFY(!findText->isVisible());
}

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
