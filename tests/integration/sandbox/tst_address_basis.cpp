#include "AccountTestSupport.h"
#include "EvidenceTestSupport.h"
#include "SandboxProcess.h"
#include "store/Db.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace logtest;
using namespace evidencetest;

// The address basis of delivery mailboxes (where the court got the address): seeded for every recipient, set and
// cleared through setAddressBasis with its rules and its operation log row, carried into the evidence, and given to
// data dirs made before it existed.
class TestAddressBasis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void seededRecipientsHaveOne();
    void refusesInvalidRequests();
    void setsAndClearsItWithALogRow();
    void refusesADeletedAccount();
    void existingDataDirGainsIt();

private:
    SandboxProcess::Reply set(const QString& accountName, const QJsonValue& basis);
    QList<QJsonObject> logRows();
    QJsonObject accountNamed(const QString& accountName);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_document; // a document delivered to m_recipient
    QString m_recipient;    // an enabled seeded recipient
    qint64 m_now = 0;       // platform time (frozen)
};

void TestAddressBasis::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSmall()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    const auto mails =
        m_sandbox->call(kMails, window(kEpoch - kMaxWindow, kEpoch,
                                       QJsonObject{{QStringLiteral("direction"), QStringLiteral("in")},
                                                   {QStringLiteral("status"), QStringLiteral("received")},
                                                   {QStringLiteral("pageSize"), 1000}}));
    for (const QJsonValue& item : mails.data.toObject().value(QStringLiteral("items")).toArray()) {
        const QString accountName = item.toObject().value(QStringLiteral("recipient")).toString().section(u'@', 0, 0);
        if (accountNamed(accountName).value(QStringLiteral("status")).toString() == u"enabled") {
            m_document = item.toObject();
            m_recipient = accountName;
            break;
        }
    }
    QVERIFY(!m_recipient.isEmpty());
    // The platform's clock as it answers: getEvidence says when it answered.
    m_now = m_sandbox
                ->call(kEvidence, evidenceRequest(m_document.value(QStringLiteral("messageId")).toString(),
                                                  m_document.value(QStringLiteral("recipient")).toString()))
                .data.toObject()
                .value(QStringLiteral("answeredAt"))
                .toInteger();
    QVERIFY(m_now >= kEpoch);
}

void TestAddressBasis::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

SandboxProcess::Reply TestAddressBasis::set(const QString& accountName, const QJsonValue& basis)
{
    QJsonObject body{{QStringLiteral("accountName"), accountName}};
    if (!basis.isUndefined()) {
        body.insert(QStringLiteral("addressBasis"), basis);
    }
    return m_sandbox->call(kSetAddressBasis, body);
}

QList<QJsonObject> TestAddressBasis::logRows()
{
    const Paged paged = pageAll(
        *m_sandbox, kOperations,
        window(m_now - kDay, m_now + kDay, QJsonObject{{QStringLiteral("action"), QStringLiteral("setAddressBasis")}}),
        100);
    return paged.error.isEmpty() ? paged.items : QList<QJsonObject>{};
}

QJsonObject TestAddressBasis::accountNamed(const QString& accountName)
{
    for (const QJsonValue& item :
         accounts_test::listAll(*m_sandbox, QJsonObject{{QStringLiteral("keyword"), accountName}})) {
        if (item.toObject().value(QStringLiteral("accountName")).toString() == accountName) {
            return item.toObject();
        }
    }
    return {};
}

void TestAddressBasis::seededRecipientsHaveOne()
{
    const QJsonArray all = accounts_test::listAll(*m_sandbox, QJsonObject{{QStringLiteral("pageSize"), 1000}});
    QHash<QString, int> kinds;
    int staff = 0;
    for (const QJsonValue& value : all) {
        const QJsonObject account = value.toObject();
        const QString caseNumber = account.value(QStringLiteral("jobNumber")).toString();
        const QJsonValue basis = account.value(QStringLiteral("addressBasis"));
        if (caseNumber.isEmpty()) {
            QVERIFY2(basis.isNull(), "a staff mailbox has no address basis");
            ++staff;
            continue;
        }
        QVERIFY2(basis.isObject(), qPrintable(account.value(QStringLiteral("accountName")).toString()));
        const QString kind = basis.toObject().value(QStringLiteral("kind")).toString();
        const QString reference = basis.toObject().value(QStringLiteral("reference")).toString();
        const QDate date = QDate::fromString(basis.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QDate created = beijingDate(account.value(QStringLiteral("createdAt")).toInteger());
        QVERIFY(date.isValid() && date <= created && date >= created.addDays(-30));
        ++kinds[kind];
        if (kind == u"confirmed") {
            QCOMPARE(reference, caseNumber + QStringLiteral("送达地址确认书"));
            QVERIFY(date >= created.addDays(-20));
        } else if (kind == u"provided") {
            QVERIFY(QStringList({QStringLiteral("起诉状"), QStringLiteral("答辩状"), QStringLiteral("庭审笔录")})
                        .contains(reference));
        } else {
            QCOMPARE(kind, QStringLiteral("courtFound"));
            QVERIFY(reference.isEmpty() || reference == u"立案登记预留信息");
        }
    }
    QCOMPARE(staff, 15);
    QCOMPARE(kinds.value(QStringLiteral("confirmed")) + kinds.value(QStringLiteral("provided")) +
                 kinds.value(QStringLiteral("courtFound")),
             200);
    // About 55 : 30 : 15.
    QVERIFY2(kinds.value(QStringLiteral("confirmed")) >= 80 && kinds.value(QStringLiteral("confirmed")) <= 140,
             qPrintable(QString::number(kinds.value(QStringLiteral("confirmed")))));
    QVERIFY(kinds.value(QStringLiteral("provided")) >= 35 && kinds.value(QStringLiteral("provided")) <= 90);
    QVERIFY(kinds.value(QStringLiteral("courtFound")) >= 10 && kinds.value(QStringLiteral("courtFound")) <= 50);
}

void TestAddressBasis::refusesInvalidRequests()
{
    const QString today = beijingDate(m_now).toString(Qt::ISODate);
    const QString tomorrow = beijingDate(m_now).addDays(1).toString(Qt::ISODate);
    const auto basis = [](const QString& kind, const QString& date, const QJsonValue& reference) {
        QJsonObject object{{QStringLiteral("kind"), kind}, {QStringLiteral("date"), date}};
        if (!reference.isUndefined()) {
            object.insert(QStringLiteral("reference"), reference);
        }
        if (kind.isEmpty()) {
            object.remove(QStringLiteral("kind"));
        }
        return object;
    };
    const struct
    {
        QJsonValue basis;
        const char* message;
    } cases[] = {
        {QJsonValue(QJsonValue::Undefined), "PARAM.INVALID:addressBasis:missing"},
        {QStringLiteral("confirmed"), "PARAM.INVALID:addressBasis:type"},
        {basis({}, today, QStringLiteral("起诉状")), "PARAM.INVALID:addressBasis.kind:missing"},
        {basis(QStringLiteral("told"), today, QStringLiteral("x")), "PARAM.INVALID:addressBasis.kind:value"},
        {QJsonObject{{QStringLiteral("kind"), QStringLiteral("provided")}}, "PARAM.INVALID:addressBasis.date:missing"},
        {basis(QStringLiteral("provided"), QStringLiteral("2026-02-30"), QStringLiteral("x")),
         "PARAM.INVALID:addressBasis.date:format"},
        {basis(QStringLiteral("provided"), QStringLiteral("2026/06/01"), QStringLiteral("x")),
         "PARAM.INVALID:addressBasis.date:format"},
        {basis(QStringLiteral("provided"), tomorrow, QStringLiteral("x")), "PARAM.INVALID:addressBasis.date:future"},
        {basis(QStringLiteral("confirmed"), today, QStringLiteral("   ")),
         "PARAM.INVALID:addressBasis.reference:empty"},
        {basis(QStringLiteral("confirmed"), today, QJsonValue(QJsonValue::Undefined)),
         "PARAM.INVALID:addressBasis.reference:missing"},
        {basis(QStringLiteral("provided"), today, QString(129, u'状')), "PARAM.INVALID:addressBasis.reference:length"},
        {basis(QStringLiteral("provided"), today, 7), "PARAM.INVALID:addressBasis.reference:type"},
    };
    for (const auto& refused : cases) {
        const auto reply = set(m_recipient, refused.basis);
        QCOMPARE(reply.code, -401);
        QCOMPARE(reply.message, QLatin1String(refused.message));
        QVERIFY(reply.data.isNull());
    }
    const auto unknown = set(QStringLiteral("nobody-here"), basis(QStringLiteral("provided"), today, {}));
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("ACCOUNT.NOT.FOUND"));
    const auto badName = set(QStringLiteral("no body"), basis(QStringLiteral("provided"), today, {}));
    QCOMPARE(badName.message, QStringLiteral("PARAM.INVALID:accountName:character"));
    QVERIFY(logRows().isEmpty()); // -401 and -4 leave no log row
}

void TestAddressBasis::setsAndClearsItWithALogRow()
{
    const QJsonObject before = accountNamed(m_recipient);
    const QString address = before.value(QStringLiteral("address")).toString();
    const QString date = beijingDate(m_now).addDays(-3).toString(Qt::ISODate);
    const QJsonObject given{{QStringLiteral("kind"), QStringLiteral("provided")},
                            {QStringLiteral("date"), date},
                            {QStringLiteral("reference"), QStringLiteral("起诉状第2页")}};
    const auto reply = set(m_recipient, given);
    QCOMPARE(reply.code, 0);
    const QJsonObject account = reply.data.toObject();
    QCOMPARE(account.value(QStringLiteral("addressBasis")).toObject(), given);
    QVERIFY(account.value(QStringLiteral("updatedAt")).toInteger() >
            before.value(QStringLiteral("updatedAt")).toInteger());
    QCOMPARE(accountNamed(m_recipient), account);
    QList<QJsonObject> rows = logRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(QStringLiteral("target")).toString(), address);
    QCOMPARE(rows.first().value(QStringLiteral("result")).toString(), QStringLiteral("success"));
    QCOMPARE(rows.first().value(QStringLiteral("remark")).toString(),
             QStringLiteral("帐号名称:") + address + QStringLiteral(",设置送达地址依据:当事人提供(") + date +
                 QLatin1Char(')'));
    QVERIFY(!rows.first()
                 .value(QStringLiteral("remark"))
                 .toString()
                 .contains(before.value(QStringLiteral("idNumber")).toString()));

    // The same basis again changes nothing and logs nothing.
    const auto again = set(m_recipient, given);
    QCOMPARE(again.code, 0);
    QCOMPARE(again.data.toObject(), account);
    QCOMPARE(logRows().size(), 1);

    // The evidence of a document delivered to the mailbox carries it.
    const auto evidence =
        m_sandbox->call(kEvidence, evidenceRequest(m_document.value(QStringLiteral("messageId")).toString(),
                                                   m_document.value(QStringLiteral("recipient")).toString()));
    QCOMPARE(evidence.code, 0);
    QCOMPARE(evidence.data.toObject()
                 .value(QStringLiteral("recipient"))
                 .toObject()
                 .value(QStringLiteral("addressBasis"))
                 .toObject(),
             given);

    // Found by the court today, with no reference at all; then cleared.
    const auto found =
        set(m_recipient, QJsonObject{{QStringLiteral("kind"), QStringLiteral("courtFound")},
                                     {QStringLiteral("date"), beijingDate(m_now).toString(Qt::ISODate)}});
    QCOMPARE(found.code, 0);
    QCOMPARE(found.data.toObject().value(QStringLiteral("addressBasis")).toObject().value(QStringLiteral("reference")),
             QJsonValue(QString()));
    const auto cleared = set(m_recipient, QJsonValue(QJsonValue::Null));
    QCOMPARE(cleared.code, 0);
    QVERIFY(cleared.data.toObject().value(QStringLiteral("addressBasis")).isNull());
    rows = logRows();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(1)
                .value(QStringLiteral("remark"))
                .toString()
                .endsWith(QStringLiteral(",设置送达地址依据:法院查明(") + beijingDate(m_now).toString(Qt::ISODate) +
                          QLatin1Char(')')));
    QVERIFY(rows.at(2).value(QStringLiteral("remark")).toString().endsWith(QStringLiteral(",设置送达地址依据:清除")));
}

void TestAddressBasis::refusesADeletedAccount()
{
    const QJsonArray deleted =
        accounts_test::listAll(*m_sandbox, QJsonObject{{QStringLiteral("status"), QStringLiteral("deleted")}});
    QVERIFY(!deleted.isEmpty());
    const QString accountName = deleted.first().toObject().value(QStringLiteral("accountName")).toString();
    const qsizetype logged = logRows().size();
    const auto reply =
        set(accountName, QJsonObject{{QStringLiteral("kind"), QStringLiteral("courtFound")},
                                     {QStringLiteral("date"), beijingDate(m_now).toString(Qt::ISODate)}});
    QCOMPARE(reply.code, -3);
    QCOMPARE(reply.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
    const QList<QJsonObject> rows = logRows();
    QCOMPARE(rows.size(), logged + 1); // refused by a business rule: on record as refused
    QCOMPARE(rows.last().value(QStringLiteral("result")).toString(), QStringLiteral("failure"));
    QVERIFY(rows.last().value(QStringLiteral("remark")).toString().endsWith(QStringLiteral(",原因:ACCOUNT.DELETED")));
}

void TestAddressBasis::existingDataDirGainsIt()
{
    QTemporaryDir dataDir;
    SandboxProcess sandbox(dataDir.path());
    QVERIFY(!sandbox.start(frozenSmall()).isEmpty() && sandbox.authenticate());
    const QJsonArray seeded = accounts_test::listAll(sandbox, QJsonObject{{QStringLiteral("pageSize"), 1000}});
    QCOMPARE(seeded.size(), 215);
    sandbox.stop();
    {
        // What a data dir made before the address basis looks like: the same court without its three columns.
        QFile key(QDir(dataDir.path()).filePath(QStringLiteral("platform.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        auto db = dm::Db::open(QDir(dataDir.path()).filePath(QStringLiteral("platform.db")), key.readAll());
        QVERIFY(db);
        QVERIFY(db->exec("ALTER TABLE accounts DROP COLUMN address_basis_kind;"
                         "ALTER TABLE accounts DROP COLUMN address_basis_date;"
                         "ALTER TABLE accounts DROP COLUMN address_basis_reference;"));
    }
    QVERIFY(!sandbox.start(frozenSmall()).isEmpty() && sandbox.authenticate());
    const QJsonArray migrated = accounts_test::listAll(sandbox, QJsonObject{{QStringLiteral("pageSize"), 1000}});
    QCOMPARE(migrated.size(), seeded.size());
    qint64 latestBefore = 0;
    for (const QJsonValue& account : seeded) {
        latestBefore = std::max(latestBefore, account.toObject().value(QStringLiteral("updatedAt")).toInteger());
    }
    for (qsizetype i = 0; i < seeded.size(); ++i) {
        QJsonObject was = seeded.at(i).toObject();
        QJsonObject now = migrated.at(i).toObject();
        QCOMPARE(now.value(QStringLiteral("addressBasis")), was.value(QStringLiteral("addressBasis")));
        if (!was.value(QStringLiteral("addressBasis")).isNull()) {
            // Changed, so an incremental listing (updatedSince) brings it to clients that synced before.
            QVERIFY(now.value(QStringLiteral("updatedAt")).toInteger() > latestBefore);
        }
        was.remove(QStringLiteral("updatedAt"));
        now.remove(QStringLiteral("updatedAt"));
        QCOMPARE(now, was);
    }
}

QTEST_GUILESS_MAIN(TestAddressBasis)
#include "tst_address_basis.moc"
