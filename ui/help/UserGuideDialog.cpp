#include "ui/help/UserGuideDialog.h"

#include "ui/LanguageManager.h"

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace dm {

namespace {

QString guideResource(const QString& locale, const QString& page)
{
    return QStringLiteral(":/guide/%1/%2").arg(locale, page);
}

} // namespace

UserGuideDialog::UserGuideDialog(LanguageManager& languages, QWidget* parent)
    : QDialog(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("userGuide"));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(900, 700);

    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("userGuide.back"));
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton = new QToolButton(this);
    m_forwardButton->setObjectName(QStringLiteral("userGuide.forward"));
    m_forwardButton->setShortcut(QKeySequence::Forward);
    m_homeButton = new QToolButton(this);
    m_homeButton->setObjectName(QStringLiteral("userGuide.home"));
    m_findButton = new QToolButton(this);
    m_findButton->setObjectName(QStringLiteral("userGuide.find"));
    // Ctrl+F anywhere in the window, the page included (a button's own shortcut would need the focus on the toolbar).
    auto* findAction = new QAction(this);
    QList<QKeySequence> findKeys = QKeySequence::keyBindings(QKeySequence::Find);
    if (findKeys.isEmpty()) {
        findKeys << QKeySequence(Qt::CTRL | Qt::Key_F); // a platform theme without bindings
    }
    findAction->setShortcuts(findKeys);
    findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, &UserGuideDialog::showFindBar);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuide.browser"));
    // Pages of the guide open here; anything on the web goes to the system browser.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    m_findBar = new QWidget(this);
    m_findLabel = new QLabel(m_findBar);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("userGuide.findText"));
    m_findEdit->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_findEdit);
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("userGuide.findStatus"));
    auto* findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findLabel);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_findStatus);
    m_findBar->hide();

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_backButton);
    tools->addWidget(m_forwardButton);
    tools->addWidget(m_homeButton);
    tools->addStretch(1);
    tools->addWidget(m_findButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);

    connect(m_backButton, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forwardButton, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_homeButton, &QToolButton::clicked, this, &UserGuideDialog::showHome);
    connect(m_findButton, &QToolButton::clicked, this, &UserGuideDialog::showFindBar);
    connect(m_browser, &QTextBrowser::historyChanged, this, &UserGuideDialog::updateNavigation);
    m_findEdit->installEventFilter(this);
    connect(m_findEdit, &QLineEdit::textEdited, this, [this] {
        // Searching again from the top as the text grows finds the first match of the whole text.
        m_browser->moveCursor(QTextCursor::Start);
        findNext();
    });

    m_guideLocale = m_languages.activeLocale();
    showHome();
    retranslateUi();
}

QUrl UserGuideDialog::guideUrl(const QString& locale, const QString& page)
{
    const QString shipped = QFile::exists(guideResource(locale, page)) ? locale : LanguageManager::englishLocale();
    return QUrl(QStringLiteral("qrc") + guideResource(shipped, page));
}

QUrl UserGuideDialog::currentPage() const
{
    return m_browser->source();
}

void UserGuideDialog::showHome()
{
    const QUrl home = guideUrl(m_guideLocale);
    m_browser->setSource(home);
    m_guideLocale = home.path().section(QLatin1Char('/'), 2, 2);
}

void UserGuideDialog::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

bool UserGuideDialog::findNext(bool backwards)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return false;
    }
    QTextDocument::FindFlags flags;
    if (backwards) {
        flags |= QTextDocument::FindBackward;
    }
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around once, as browsers do.
        m_browser->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
    return found;
}

void UserGuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The language manager names the new locale only once all its translators are in place, after these events.
        if (!m_followQueued) {
            m_followQueued = true;
            QMetaObject::invokeMethod(this, &UserGuideDialog::followLanguage, Qt::QueuedConnection);
        }
    }
    QDialog::changeEvent(event);
}

bool UserGuideDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The find field keeps Enter and Escape to itself: in a dialog they would otherwise close the window.
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_browser->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext((key->modifiers() & Qt::ShiftModifier) != 0);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::followLanguage()
{
    m_followQueued = false;
    const QString wanted = guideUrl(m_languages.activeLocale()).path().section(QLatin1Char('/'), 2, 2);
    if (wanted == m_guideLocale) {
        return;
    }
    // The same page in the other language: every page of one guide has a twin in the other.
    const QString page = QFileInfo(currentPage().path()).fileName();
    const QUrl twin = guideUrl(wanted, page.isEmpty() ? QStringLiteral("index.html") : page);
    m_guideLocale = wanted;
    m_browser->setSource(twin.path().section(QLatin1Char('/'), 2, 2) == wanted ? twin : guideUrl(wanted));
    m_browser->clearHistory();
    updateNavigation();
}

void UserGuideDialog::retranslateUi()
{
    setWindowTitle(tr("User guide"));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(
        tr("Back to the previous page (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forwardButton->setText(tr("Forward"));
    m_forwardButton->setToolTip(tr("Forward to the next page (%1)")
                                    .arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    m_homeButton->setText(tr("Contents"));
    m_homeButton->setToolTip(tr("The first page of the guide"));
    m_findButton->setText(tr("Find"));
    m_findButton->setToolTip(
        tr("Find in this page (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_findLabel->setText(tr("F&ind:"));
    m_findEdit->setPlaceholderText(tr("Text to find; Enter for the next match"));
    m_findStatus->clear();
}

void UserGuideDialog::updateNavigation()
{
    m_backButton->setEnabled(m_browser->isBackwardAvailable());
    m_forwardButton->setEnabled(m_browser->isForwardAvailable());
}

} // namespace dm
