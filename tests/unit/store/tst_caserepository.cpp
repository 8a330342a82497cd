// The per-case view over a real encrypted cache: a case's documents are the received mails whose subject names the
// case (any bracket spelling, never a case that merely shares digits), grouped by subject, each with every recipient's
// delivery and read state; its parties are the accounts with that case number. Case numbers are recognised and
// normalised however they were typed.

#include "store/AccountRepository.h"
#include "store/CaseNumber.h"
#include "store/CaseRepository.h"
#include "store/Db.h"
#include "store/LogRepository.h"
#include "store/Schema.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace dm;

namespace {

constexpr qint64 kBase = 1789948800000; // 2026-09-21T00:00:00Z
constexpr qint64 kHour = 60 * 60 * 1000;
const QString kCase = QStringLiteral("(2026)粤0104民初1234号");
const QString kClerk = QStringLiteral("minyiclerk01@court.test");

Account party(const QString& name, const QString& person, const QString& jobNumber, qint64 created)
{
    Account account;
    account.accountName = name;
    account.address = name + QStringLiteral("@court.test");
    account.name = person;
    account.jobNumber = jobNumber;
    account.unitId = QStringLiteral("1002");
    account.createdAt = created;
    account.updatedAt = created;
    return account;
}

} // namespace

class TestCaseRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void caseNumbersAreNormalised_data();
    void caseNumbersAreNormalised();
    void caseNumbersAreFoundInSubjects();
    void documentsAreTheSubjectsNamingTheCase();
    void eachRecipientHasItsDeliveryAndReadState();
    void partiesAreTheAccountsWithTheCaseNumber();
    void anyTypedSpellingFindsTheCase();
    void aMailRowLeadsToItsDocument();
    void fullWidthDigitsInASubjectAreTheSameCase();
    void aDomainWideNoticeIsReadUpToABound();

private:
    MailRecord& mail(const QString& subject, const QString& recipient, qint64 time,
                     MailStatus status = MailStatus::Received, std::optional<qint64> readAt = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Db> m_db;
    std::vector<MailRecord> m_mails;
    qint64 m_nextId = 100;
};

MailRecord& TestCaseRepository::mail(const QString& subject, const QString& recipient, qint64 time, MailStatus status,
                                     std::optional<qint64> readAt)
{
    MailRecord row;
    row.id = ++m_nextId;
    row.time = time;
    row.direction = MailDirection::In;
    row.messageId = QStringLiteral("m%1@court.test").arg(row.id);
    row.subject = subject;
    row.sender = kClerk;
    row.recipient = recipient;
    row.status = status;
    row.readAt = readAt;
    if (readAt) {
        row.readClient = ReadClient::Mailmaster;
    }
    row.updatedAt = readAt.value_or(time);
    m_mails.push_back(row);
    return m_mails.back();
}

void TestCaseRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Db::open(m_dir.filePath(QStringLiteral("cache.db")), Db::generateKey());
    QVERIFY2(db, db ? "" : qPrintable(db.error().detail));
    m_db = std::make_unique<Db>(std::move(*db));
    QVERIFY(schema::migrate(*m_db));

    const QList<Account> accounts{
        party(QStringLiteral("zhangwei"), QStringLiteral("张伟"), kCase, kBase),
        party(QStringLiteral("lisi"), QStringLiteral("李四"), kCase, kBase + 1),
        // The full-width spelling a person typed into the account form.
        party(QStringLiteral("zhaoliu"), QStringLiteral("赵六"), QStringLiteral("（2026）粤0104民初1234号"), kBase + 2),
        party(QStringLiteral("wangxm"), QStringLiteral("王小明"), QStringLiteral("(2025)粤0104民初1234号"), kBase + 3),
    };
    QCOMPARE(AccountRepository(*m_db).upsert(accounts, AddressBasisKnown::Yes).value(), qint64(4));

    m_mails.reserve(64);
    const QString summons = QStringLiteral("关于%1案件的开庭传票").arg(kCase);
    const QString judgment = QStringLiteral("关于%1案件的民事判决书").arg(kCase);
    mail(summons, QStringLiteral("zhangwei@court.test"), kBase + kHour, MailStatus::Received, kBase + 3 * kHour);
    mail(summons, QStringLiteral("lisi@court.test"), kBase + kHour + 2000);
    // A lawyer's mailbox that is not a cached account.
    mail(summons, QStringLiteral("agent@court.test"), kBase + kHour + 4000, MailStatus::Received, kBase + 2 * kHour);
    mail(judgment, QStringLiteral("zhangwei@court.test"), kBase + 10 * kHour);
    mail(judgment, QStringLiteral("lisi@court.test"), kBase + 10 * kHour + 1000, MailStatus::Spam);
    // Other spellings of the same case.
    mail(QStringLiteral("关于（2026）粤0104民初1234号案件的举证通知书"), QStringLiteral("lisi@court.test"),
         kBase + 20 * kHour, MailStatus::Received, kBase + 21 * kHour);
    // The same document again to the same party, not opened this time: the party has still opened it.
    mail(QStringLiteral("关于（2026）粤0104民初1234号案件的举证通知书"), QStringLiteral("lisi@court.test"),
         kBase + 25 * kHour);
    mail(QStringLiteral("〔2026〕粤0104民初1234号 受理通知书"), QStringLiteral("zhangwei@court.test"),
         kBase + 30 * kHour);
    // Not this case: another year, a longer serial number, a reply (the party's own mail).
    mail(QStringLiteral("关于(2025)粤0104民初1234号案件的开庭传票"), QStringLiteral("wangxm@court.test"),
         kBase + 40 * kHour);
    mail(QStringLiteral("关于(2026)粤0104民初12345号案件的开庭传票"), QStringLiteral("wangxm@court.test"),
         kBase + 41 * kHour);
    MailRecord& reply = mail(QStringLiteral("回复：") + summons, kClerk, kBase + 42 * kHour, MailStatus::Delivered);
    reply.direction = MailDirection::Out;
    reply.sender = QStringLiteral("zhangwei@court.test");
    // A notice that names no case, to two recipients.
    mail(QStringLiteral("系统维护通知"), QStringLiteral("zhangwei@court.test"), kBase + 50 * kHour);
    mail(QStringLiteral("系统维护通知"), QStringLiteral("wangxm@court.test"), kBase + 50 * kHour + 5);
    QVERIFY(LogRepository(*m_db).upsertMails(m_mails));
}

void TestCaseRepository::cleanupTestCase()
{
    m_db.reset();
}

void TestCaseRepository::caseNumbersAreNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("half-width") << kCase << kCase;
    QTest::newRow("full-width brackets") << QStringLiteral("（2026）粤0104民初1234号") << kCase;
    QTest::newRow("tortoise-shell brackets") << QStringLiteral("〔2026〕粤0104民初1234号") << kCase;
    QTest::newRow("full-width digits, spaces") << QStringLiteral(" （２０２６） 粤0104民初１２３４ 号 ") << kCase;
    QTest::newRow("enforcement") << QStringLiteral("(2026)粤0104执88号") << QStringLiteral("(2026)粤0104执88号");
    QTest::newRow("no brackets") << QStringLiteral("2026粤0104民初1234号") << QString();
    QTest::newRow("no 号") << QStringLiteral("(2026)粤0104民初1234") << QString();
    QTest::newRow("more text") << QStringLiteral("关于(2026)粤0104民初1234号") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCaseRepository::caseNumbersAreNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QCOMPARE(casenumber::normalise(typed), canonical);
}

void TestCaseRepository::caseNumbersAreFoundInSubjects()
{
    QCOMPARE(casenumber::findAll(QStringLiteral("关于（2026）粤0104民初1234号案件的开庭传票")), QStringList{kCase});
    QCOMPARE(casenumber::findAll(QStringLiteral("回复：关于(2026)粤0104民初1234号与(2025)粤01民终7号案件")),
             (QStringList{kCase, QStringLiteral("(2025)粤01民终7号")}));
    QVERIFY(casenumber::findAll(QStringLiteral("系统维护通知")).isEmpty());
    QCOMPARE(casenumber::serialPart(kCase), QStringLiteral("粤0104民初1234号"));
    QCOMPARE(casenumber::spellings(kCase), (QStringList{kCase, QStringLiteral("（2026）粤0104民初1234号"),
                                                        QStringLiteral("〔2026〕粤0104民初1234号")}));
}

void TestCaseRepository::documentsAreTheSubjectsNamingTheCase()
{
    auto overview = CaseRepository(*m_db).overview(kCase);
    QVERIFY(overview);
    QCOMPARE(overview->caseNumber, kCase);
    QStringList subjects;
    for (const CaseDocument& document : std::as_const(overview->documents)) {
        subjects.append(document.subject);
    }
    // Newest first; the other year, the longer serial, the reply and the notice are not documents of the case.
    QCOMPARE(subjects, (QStringList{QStringLiteral("〔2026〕粤0104民初1234号 受理通知书"),
                                    QStringLiteral("关于（2026）粤0104民初1234号案件的举证通知书"),
                                    QStringLiteral("关于%1案件的民事判决书").arg(kCase),
                                    QStringLiteral("关于%1案件的开庭传票").arg(kCase)}));
}

void TestCaseRepository::eachRecipientHasItsDeliveryAndReadState()
{
    auto overview = CaseRepository(*m_db).overview(kCase);
    QVERIFY(overview);
    const CaseDocument& summons = overview->documents.at(3);
    QCOMPARE(summons.deliveries.size(), 3);
    QCOMPARE(summons.deliveries.at(0).accountName, QStringLiteral("zhangwei"));
    QCOMPARE(summons.deliveries.at(0).name, QStringLiteral("张伟"));
    QCOMPARE(summons.deliveries.at(0).mail.readAt.value(), kBase + 3 * kHour);
    QVERIFY(summons.deliveries.at(0).mail.readClient.value() == ReadClient::Mailmaster);
    QCOMPARE(summons.deliveries.at(1).name, QStringLiteral("李四"));
    QVERIFY(!summons.deliveries.at(1).read());
    QCOMPARE(summons.deliveries.at(2).accountName, QStringLiteral("agent"));
    QVERIFY(summons.deliveries.at(2).name.isEmpty());
    QCOMPARE(summons.readCount(), 2);
    QCOMPARE(summons.unreadCount(), 1);
    QCOMPARE(summons.undeliveredCount(), 0);
    QCOMPARE(summons.recipientCount(), 3);
    QCOMPARE(summons.unreadRecipientCount(), 1);
    QCOMPARE(summons.undeliveredRecipientCount(), 0);
    QCOMPARE(summons.firstTime(), kBase + kHour);
    QCOMPARE(summons.lastTime(), kBase + kHour + 4000);

    const CaseDocument& judgment = overview->documents.at(2);
    QCOMPARE(judgment.deliveries.size(), 2);
    QCOMPARE(judgment.readCount(), 0);
    QCOMPARE(judgment.unreadCount(), 1);
    QCOMPARE(judgment.undeliveredCount(), 1);
    QVERIFY(!judgment.deliveries.at(1).delivered());
    QCOMPARE(judgment.recipientCount(), 2);
    QCOMPARE(judgment.unreadRecipientCount(), 1);
    QCOMPARE(judgment.undeliveredRecipientCount(), 1);

    // Two copies to one party, one opened: one recipient, who has opened the document.
    const CaseDocument& evidence = overview->documents.at(1);
    QCOMPARE(evidence.deliveries.size(), 2);
    QCOMPARE(evidence.unreadCount(), 1);
    QCOMPARE(evidence.recipientCount(), 1);
    QCOMPARE(evidence.unreadRecipientCount(), 0);
    QVERIFY(judgment.deliveries.at(1).mail.status == MailStatus::Spam);
}

void TestCaseRepository::partiesAreTheAccountsWithTheCaseNumber()
{
    auto overview = CaseRepository(*m_db).overview(kCase);
    QVERIFY(overview);
    QCOMPARE(overview->parties.size(), 3);
    QCOMPARE(overview->parties.at(0).account.account.accountName, QStringLiteral("zhangwei"));
    QCOMPARE(overview->parties.at(0).deliveries, 3);
    QCOMPARE(overview->parties.at(1).account.account.accountName, QStringLiteral("lisi"));
    QCOMPARE(overview->parties.at(1).deliveries, 4);
    QCOMPARE(overview->parties.at(2).account.account.accountName, QStringLiteral("zhaoliu"));
    QCOMPARE(overview->parties.at(2).deliveries, 0); // no document has reached this party
}

void TestCaseRepository::anyTypedSpellingFindsTheCase()
{
    CaseRepository cases(*m_db);
    for (const QString& typed :
         {QStringLiteral("（2026）粤0104民初1234号"), QStringLiteral(" 〔2026〕粤0104民初1234号")}) {
        auto overview = cases.overview(typed);
        QVERIFY(overview);
        QCOMPARE(overview->caseNumber, kCase);
        QCOMPARE(overview->documents.size(), 4);
    }
    auto other = cases.overview(QStringLiteral("(2026)粤0104民初12345号"));
    QVERIFY(other);
    QCOMPARE(other->documents.size(), 1);
    QCOMPARE(other->documents.at(0).deliveries.at(0).accountName, QStringLiteral("wangxm"));
    auto none = cases.overview(QStringLiteral("民初1234"));
    QVERIFY(none);
    QVERIFY(none->caseNumber.isEmpty());
    QVERIFY(none->documents.isEmpty() && none->parties.isEmpty());
}

void TestCaseRepository::aMailRowLeadsToItsDocument()
{
    CaseRepository cases(*m_db);
    const MailRecord& judgmentToLi = m_mails.at(4);
    auto overview = cases.forMail(judgmentToLi.id);
    QVERIFY(overview && *overview);
    QCOMPARE((*overview)->caseNumber, kCase);
    QCOMPARE((*overview)->focusSubject, judgmentToLi.subject);
    QCOMPARE((*overview)->focusMailId, judgmentToLi.id);
    QCOMPARE((*overview)->documents.size(), 4);

    // A reply leads to the document it answers.
    const MailRecord& reply = m_mails.at(10);
    QVERIFY(reply.direction == MailDirection::Out);
    overview = cases.forMail(reply.id);
    QVERIFY(overview && *overview);
    QCOMPARE((*overview)->focusSubject, QStringLiteral("关于%1案件的开庭传票").arg(kCase));

    // A subject that names no case: the deliveries of that very subject.
    overview = cases.forMail(m_mails.at(11).id);
    QVERIFY(overview && *overview);
    QVERIFY((*overview)->caseNumber.isEmpty());
    QCOMPARE((*overview)->documents.size(), 1);
    QCOMPARE((*overview)->documents.at(0).deliveries.size(), 2);
    QVERIFY(!(*overview)->truncated);
    QVERIFY((*overview)->parties.isEmpty());

    overview = cases.forMail(424242);
    QVERIFY(overview);
    QVERIFY(!overview->has_value());
}

void TestCaseRepository::fullWidthDigitsInASubjectAreTheSameCase()
{
    // A clerk typed the subject by hand with an input method's full-width digits.
    const QString caseNumber = QStringLiteral("(2026)粤0104民初5678号");
    std::vector<MailRecord> rows;
    for (const QString& subject : {QStringLiteral("关于（２０２６）粤０１０４民初５６７８号案件的传票"),
                                   QStringLiteral("关于(2026)粤0104民初5678号案件的判决书"),
                                   QStringLiteral("关于（２０２６）粤０１０４民初５６７８９号案件的传票")}) {
        MailRecord row = mail(subject, QStringLiteral("zhangwei@court.test"), kBase + 60 * kHour + m_nextId);
        rows.push_back(row);
    }
    QVERIFY(LogRepository(*m_db).upsertMails(rows));
    auto overview = CaseRepository(*m_db).overview(QStringLiteral("（２０２６）粤０１０４民初５６７８号"));
    QVERIFY(overview);
    QCOMPARE(overview->caseNumber, caseNumber);
    QStringList subjects;
    for (const CaseDocument& document : std::as_const(overview->documents)) {
        subjects.append(document.subject);
    }
    // Both spellings, not the longer serial number.
    QCOMPARE(subjects, (QStringList{rows.at(1).subject, rows.at(0).subject}));
    QCOMPARE(casenumber::serialSpellings(caseNumber),
             (QStringList{QStringLiteral("粤0104民初5678号"), QStringLiteral("粤０１０４民初５６７８号")}));
}

void TestCaseRepository::aDomainWideNoticeIsReadUpToABound()
{
    std::vector<MailRecord> rows;
    rows.reserve(CaseRepository::MaxCaselessDeliveries + 1);
    for (int i = 0; i <= CaseRepository::MaxCaselessDeliveries; ++i) {
        MailRecord row = mail(QStringLiteral("全院系统升级通知"), QStringLiteral("user%1@court.test").arg(i),
                              kBase + 70 * kHour + i);
        rows.push_back(row);
    }
    QVERIFY(LogRepository(*m_db).upsertMails(rows));
    auto overview = CaseRepository(*m_db).forMail(rows.front().id);
    QVERIFY(overview && *overview);
    QVERIFY((*overview)->truncated);
    QCOMPARE((*overview)->documents.size(), 1);
    QCOMPARE((*overview)->documents.at(0).deliveries.size(), CaseRepository::MaxCaselessDeliveries);
    // Oldest first: the first deliveries are kept, the newest one is left out.
    QCOMPARE((*overview)->documents.at(0).deliveries.constFirst().mail.id, rows.front().id);
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "tst_caserepository.moc"
