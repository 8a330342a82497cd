// The Case delivery page in the real main window, over a cache synced from the real dmsandbox: for a seeded case shared
// by two parties it lists exactly the documents and recipients the platform's mail log has for that case, with the
// platform's delivery and read times and clients, marks who has not read (icon and words), takes the case number in
// full-width brackets too, and opens a recipient's timeline.

#include "GuiTestSupport.h"
#include "SessionTestSupport.h"
#include "api/LogService.h"
#include "secrets/MemorySecretStore.h"
#include "store/AccountRepository.h"
#include "store/CaseNumber.h"
#include "store/CaseRepository.h"
#include "store/Db.h"
#include "ui/logs/LogTexts.h"
#include "ui/pages/AccountTimelinePage.h"
#include "ui/pages/CasePage.h"
#include "ui/timeline/CaseTree.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace dm;

namespace {

constexpr int kTimeoutMs = 60000;

// Types text as key presses, one character at a time (Chinese too).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestCasePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listsThePlatformsRecipientsAndReadTimes();
    void unreadRecipientsAreMarkedInWords();
    void fullWidthBracketsFindTheSameCase();
    void somethingElseIsNotACaseNumber();
    void openTimelineLandsOnTheRecipientsTimeline();
    void aMailRowShowsItsDocument();

private:
    template <typename Result>
    [[nodiscard]] std::optional<Result> run(std::function<Result(Db&)> job);
    // Types `text` into the case field and presses Enter; waits for the tree.
    [[nodiscard]] bool typeCase(const QString& text);
    [[nodiscard]] QList<QTreeWidgetItem*> recipientItems() const;

    servicetest::ServiceFixture m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CacheSession> m_session;
    std::unique_ptr<test::GuiFixture> m_gui;
    CasePage* m_page = nullptr;
    CaseTree* m_tree = nullptr;
    QString m_case;                       // a seeded case with two parties, read and unread deliveries
    QHash<qint64, MailRecord> m_platform; // the platform's received mails of that case, by id
};

void TestCasePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fixture.start());
    m_secrets = std::make_unique<MemorySecretStore>(QUuid::createUuid());
    m_session =
        guitest::openSession(m_fixture, *m_secrets, m_dir.filePath(QStringLiteral("cache.sqlite")), false, this);
    QVERIFY(m_session);
    QVERIFY(guitest::sync(
        *m_session,
        {QStringLiteral("accounts"), QStringLiteral("operations"), QStringLiteral("logins"), QStringLiteral("mail")},
        4 * kTimeoutMs));

    // A case two seeded parties share (the accounts' jobNumber), with a document read and one a party has not opened.
    // The first sync reaches 180 days back from the wall clock, which may be less than the seeded history: the parties
    // were created after that (a day of margin), so every document of the case is in the cache.
    const qint64 cachedFrom = QDateTime::currentMSecsSinceEpoch() - 179 * servicetest::kDay;
    m_case = run<QString>([cachedFrom](Db& db) {
                 auto page = AccountRepository(db).page({}, {AccountSortColumn::JobNumber, false}, std::nullopt, 5000);
                 if (!page) {
                     return QString();
                 }
                 CaseRepository cases(db);
                 for (qsizetype i = 1; i < page->rows.size(); ++i) {
                     const QString number = page->rows.at(i).account.jobNumber;
                     if (number.isEmpty() || number != page->rows.at(i - 1).account.jobNumber ||
                         page->rows.at(i).account.createdAt < cachedFrom ||
                         page->rows.at(i - 1).account.createdAt < cachedFrom) {
                         continue;
                     }
                     auto overview = cases.overview(number);
                     if (!overview || overview->documents.size() < 2) {
                         continue;
                     }
                     int read = 0;
                     int unread = 0;
                     for (const CaseDocument& document : std::as_const(overview->documents)) {
                         read += document.readCount();
                         unread += document.unreadRecipientCount();
                     }
                     if (read > 0 && unread > 0) {
                         return overview->caseNumber;
                     }
                 }
                 return QString();
             }).value_or(QString());
    QVERIFY2(!m_case.isEmpty(), "no seeded case has two parties with read and unread documents");

    // What the platform itself says about the case: its received mails naming the case, over the seeded history.
    LogService logs(m_fixture.client());
    MailFilter ofCase;
    ofCase.direction = MailDirection::In;
    ofCase.subject = m_case;
    for (qint64 end = servicetest::kEpoch; end > servicetest::kEpoch - 186 * servicetest::kDay;
         end -= 31 * servicetest::kDay) {
        PageRequest page{1000, {}};
        while (true) {
            const auto found = servicetest::wait<KeysetPage<MailRecord>>([&](auto done) {
                logs.queryMails({end - 31 * servicetest::kDay, end}, ofCase, page, nullptr, done);
            });
            QVERIFY2(found, found ? "" : qPrintable(servicetest::describe(found.error())));
            for (const MailRecord& mail : found->items) {
                m_platform.insert(mail.id, mail);
            }
            if (!found->nextCursor) {
                break;
            }
            page.cursor = *found->nextCursor;
        }
    }
    QVERIFY(m_platform.size() >= 2);

    m_gui = std::make_unique<test::GuiFixture>();
    QVERIFY(m_gui->open());
    m_gui->window()->resize(1300, 800);
    m_gui->window()->setSession(m_session.get());
    m_page = m_gui->window()->findChild<CasePage*>();
    QVERIFY(m_page != nullptr);
    m_tree = m_page->tree();
    m_gui->window()->showPage(QStringLiteral("logs.case"));
}

void TestCasePage::cleanupTestCase()
{
    if (m_gui && m_gui->window() != nullptr) {
        m_gui->window()->setSession(nullptr);
    }
    m_gui.reset();
    m_session.reset();
}

template <typename Result>
std::optional<Result> TestCasePage::run(std::function<Result(Db&)> job)
{
    std::optional<Result> result;
    m_session->query<Result>(std::move(job), this, [&result](Result answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs)) {
        return std::nullopt;
    }
    return result;
}

bool TestCasePage::typeCase(const QString& text)
{
    auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("case.number"));
    if (edit == nullptr) {
        return false;
    }
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    return QTest::qWaitFor([this] { return m_tree->overview().has_value(); }, kTimeoutMs);
}

QList<QTreeWidgetItem*> TestCasePage::recipientItems() const
{
    QList<QTreeWidgetItem*> items;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* document = m_tree->topLevelItem(top);
        for (int child = 0; child < document->childCount(); ++child) {
            if (document->child(child)->data(CaseTree::RecipientColumn, CaseTree::MailIdRole).toLongLong() != 0) {
                items.append(document->child(child));
            }
        }
    }
    return items;
}

void TestCasePage::listsThePlatformsRecipientsAndReadTimes()
{
    QVERIFY(typeCase(m_case));
    const QList<QTreeWidgetItem*> recipients = recipientItems();
    // Exactly the platform's rows: every one shown once, nothing else.
    QCOMPARE(recipients.size(), m_platform.size());
    QSet<qint64> shown;
    for (QTreeWidgetItem* item : recipients) {
        const qint64 id = item->data(CaseTree::RecipientColumn, CaseTree::MailIdRole).toLongLong();
        QVERIFY2(m_platform.contains(id), qPrintable(QString::number(id)));
        shown.insert(id);
        const MailRecord& mail = m_platform.value(id);
        QCOMPARE(item->parent()->text(CaseTree::RecipientColumn), mail.subject);
        QVERIFY(item->toolTip(CaseTree::RecipientColumn).compare(mail.recipient, Qt::CaseInsensitive) == 0);
        QCOMPARE(item->data(CaseTree::RecipientColumn, CaseTree::AccountNameRole).toString(),
                 mail.recipient.section(QLatin1Char('@'), 0, 0).toLower());
        QCOMPARE(item->text(CaseTree::DeliveredColumn), LogTexts::time(mail.time));
        QCOMPARE(item->text(CaseTree::ReadColumn), mail.readAt ? LogTexts::time(*mail.readAt) : QString());
        QCOMPARE(item->text(CaseTree::ReadWithColumn),
                 mail.readClient ? LogTexts::readClient(*mail.readClient) : QString());
    }
    QCOMPARE(shown.size(), m_platform.size());
    // One document per subject.
    QSet<QString> subjects;
    for (const MailRecord& mail : std::as_const(m_platform)) {
        subjects.insert(mail.subject);
    }
    QSet<QString> documents;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* item = m_tree->topLevelItem(top);
        if (item->childCount() > 0 &&
            item->child(0)->data(CaseTree::RecipientColumn, CaseTree::MailIdRole).toLongLong()) {
            QVERIFY(!documents.contains(item->text(CaseTree::RecipientColumn)));
            documents.insert(item->text(CaseTree::RecipientColumn));
        }
    }
    QCOMPARE(documents, subjects);
    const QString summary = m_page->findChild<QLabel*>(QStringLiteral("case.summary"))->text();
    QVERIFY2(summary.contains(m_case), qPrintable(summary));
}

void TestCasePage::unreadRecipientsAreMarkedInWords()
{
    int unread = 0;
    for (QTreeWidgetItem* item : recipientItems()) {
        const MailRecord& mail = m_platform.value(item->data(0, CaseTree::MailIdRole).toLongLong());
        const bool notRead = mail.status == MailStatus::Received && !mail.readAt;
        if (notRead) {
            ++unread;
            QCOMPARE(item->text(CaseTree::StateColumn), CaseTree::tr("Not read"));
            QVERIFY(!item->icon(CaseTree::StateColumn).isNull());
        } else if (mail.readAt) {
            QCOMPARE(item->text(CaseTree::StateColumn), CaseTree::tr("Read"));
        } else {
            QVERIFY(item->text(CaseTree::StateColumn).contains(LogTexts::mailStatus(mail.status)));
        }
    }
    QVERIFY(unread > 0);
    // Each document's line counts its recipients and who has not opened it, as the platform's rows of it say.
    int documentsWithUnread = 0;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* line = m_tree->topLevelItem(top);
        CaseDocument document{line->text(CaseTree::RecipientColumn), {}};
        for (const MailRecord& mail : std::as_const(m_platform)) {
            if (mail.subject == document.subject) {
                document.deliveries.append(CaseDelivery{mail, {}, {}});
            }
        }
        if (document.deliveries.isEmpty()) {
            continue; // the parties no document has reached
        }
        QCOMPARE(line->text(CaseTree::StateColumn), CaseTree::documentState(document));
        documentsWithUnread += document.unreadRecipientCount() > 0 ? 1 : 0;
    }
    QVERIFY(documentsWithUnread > 0);
}

void TestCasePage::fullWidthBracketsFindTheSameCase()
{
    QString fullWidth = m_case;
    fullWidth.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    QVERIFY(typeCase(fullWidth));
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("case.number"))->text(), m_case);
    QCOMPARE(recipientItems().size(), m_platform.size());
}

void TestCasePage::somethingElseIsNotACaseNumber()
{
    auto* edit = m_page->findChild<QLineEdit*>(QStringLiteral("case.number"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, QStringLiteral("民初1234"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_tree->topLevelItemCount(), 0);
    const QString summary = m_page->findChild<QLabel*>(QStringLiteral("case.summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("not a case number")), qPrintable(summary));
}

void TestCasePage::openTimelineLandsOnTheRecipientsTimeline()
{
    QVERIFY(typeCase(m_case));
    QTreeWidgetItem* unread = nullptr;
    for (QTreeWidgetItem* item : recipientItems()) {
        if (item->text(CaseTree::StateColumn) == CaseTree::tr("Not read")) {
            unread = item;
            break;
        }
    }
    QVERIFY(unread != nullptr);
    const QString account = unread->data(CaseTree::RecipientColumn, CaseTree::AccountNameRole).toString();
    auto* open = m_page->findChild<QPushButton*>(QStringLiteral("case.openTimeline"));
    QVERIFY(open != nullptr);
    m_tree->clearSelection();
    QVERIFY(!open->isEnabled());
    m_tree->setCurrentItem(unread);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);

    MainWindow* window = m_gui->window();
    QCOMPARE(window->currentPageId(), QStringLiteral("logs.timeline"));
    auto* timeline = window->findChild<AccountTimelinePage*>();
    QCOMPARE(timeline->account(), account);
    QTest::qWait(50);
    QVERIFY(QTest::qWaitFor([timeline] { return !timeline->model()->isCounting(); }, kTimeoutMs));
    QVERIFY(timeline->model()->rowCount() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->findChild<QLabel*>(QStringLiteral("timeline.summary"))->text().contains(m_case),
                             kTimeoutMs);

    // A double-click on a recipient does the same.
    window->showPage(QStringLiteral("logs.case"));
    QTreeWidgetItem* other = recipientItems().constLast();
    const QString otherAccount = other->data(CaseTree::RecipientColumn, CaseTree::AccountNameRole).toString();
    m_tree->scrollToItem(other);
    const QRect rect = m_tree->visualItemRect(other);
    QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window->currentPageId(), QStringLiteral("logs.timeline"));
    QCOMPARE(timeline->account(), otherAccount);
}

void TestCasePage::aMailRowShowsItsDocument()
{
    const MailRecord& mail = *m_platform.cbegin();
    m_gui->window()->showDocument(mail.id);
    QCOMPARE(m_gui->window()->currentPageId(), QStringLiteral("logs.case"));
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->currentItem() != nullptr, kTimeoutMs);
    QCOMPARE(m_tree->currentItem()->data(CaseTree::RecipientColumn, CaseTree::MailIdRole).toLongLong(), mail.id);
    QCOMPARE(m_tree->currentItem()->parent()->text(CaseTree::RecipientColumn), mail.subject);
    QCOMPARE(m_page->findChild<QLineEdit*>(QStringLiteral("case.number"))->text(), m_case);
    QCOMPARE(casenumber::findAll(mail.subject), QStringList{m_case});
}

QTEST_MAIN(TestCasePage)
#include "tst_casepage.moc"
