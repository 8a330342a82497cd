#include "LogTestSupport.h"
#include "core/AccountName.h"
#include "core/IdCard.h"
#include "core/Mobile.h"
#include "store/Db.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace logtest;

// The seeded court: deterministic for a seed, realistic, and valid by the platform's own rules.
class TestSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedGivesTheSameCourt();
    void generatedPeopleAreValid();
    void historyEndsBeforeTheEpoch();
    void restartsDoNotReseed();

private:
    // Every row of the three logs in a window, as the API returns them.
    static QList<QJsonObject> snapshot(SandboxProcess& sandbox);
    static std::optional<dm::Db> openPlatform(const QString& dataDir);
};

QList<QJsonObject> TestSeed::snapshot(SandboxProcess& sandbox)
{
    QList<QJsonObject> all;
    for (const QString& path : {kOperations, kLogins, kMails}) {
        const Paged paged = pageAll(sandbox, path, window(kEpoch - 10 * kDay, kEpoch), 1000);
        if (!paged.error.isEmpty()) {
            return {};
        }
        all += paged.items;
    }
    all.append(sandbox.call(QStringLiteral("/api/open/delivery/stats/activationFunnel"), {}).data.toObject());
    return all;
}

std::optional<dm::Db> TestSeed::openPlatform(const QString& dataDir)
{
    QFile keyFile(QDir(dataDir).filePath(QStringLiteral("platform.key")));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    auto db = dm::Db::open(QDir(dataDir).filePath(QStringLiteral("platform.db")), keyFile.readAll(),
                           dm::Db::Access::ReadOnly);
    if (!db) {
        return std::nullopt;
    }
    return std::move(db).value();
}

void TestSeed::sameSeedGivesTheSameCourt()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QTemporaryDir other;
    SandboxProcess a(first.path());
    SandboxProcess b(second.path());
    SandboxProcess c(other.path());
    QVERIFY(!a.start(frozenSmall(QStringLiteral("42"))).isEmpty() && a.authenticate());
    QVERIFY(!b.start(frozenSmall(QStringLiteral("42"))).isEmpty() && b.authenticate());
    QVERIFY(!c.start(frozenSmall(QStringLiteral("43"))).isEmpty() && c.authenticate());
    const QList<QJsonObject> fromA = snapshot(a);
    QVERIFY(fromA.size() > 1000);
    QCOMPARE(snapshot(b), fromA); // two data dirs, byte-identical answers (ids included)
    QVERIFY(snapshot(c) != fromA);
    QVERIFY(a.connection().value(QStringLiteral("appId")) != b.connection().value(QStringLiteral("appId")));
}

void TestSeed::generatedPeopleAreValid()
{
    QTemporaryDir dataDir;
    {
        SandboxProcess sandbox(dataDir.path());
        QVERIFY(!sandbox.start(frozenSmall()).isEmpty());
        QVERIFY(sandbox.stderrText().contains(QLatin1String("dmsandbox: seeded 215 accounts, 10000 logins, 5000 "
                                                            "mails, 1000 operations")));
    }
    auto db = openPlatform(dataDir.path());
    QVERIFY(db);
    QCOMPARE(db->queryText("SELECT name FROM units WHERE unit_id = 'root'").value(),
             QStringLiteral("广州市越秀区人民法院"));
    QCOMPARE(db->queryText("SELECT group_concat(name, ',') FROM (SELECT name FROM units WHERE parent_unit_id = 'root' "
                           "ORDER BY unit_id)")
                 .value(),
             QStringLiteral("立案庭,民一庭,民二庭,刑事审判庭,行政审判庭,执行局,审判管理办公室"));
    auto select = db->prepare("SELECT account_name, name, job_number, id_number, mobile, status, created_at, "
                              "sms_sent_at, first_login_at, activated_at, reminder_count FROM accounts");
    QVERIFY(select);
    const QRegularExpression caseNumber(QStringLiteral("^\\(20\\d\\d\\)粤0104(民初|民终|执|刑初|行初)\\d+号$"));
    const QRegularExpression chineseName(QStringLiteral("^\\p{Han}{2,3}$"));
    int recipients = 0;
    int never = 0;
    int reminded = 0;
    int disabled = 0;
    int deleted = 0;
    QSet<QString> ids;
    QSet<QString> mobiles;
    while (select->step().value()) {
        const QString account = select->text(0);
        QVERIFY2(dm::AccountName::parse(account).hasValue(), "account name");
        QVERIFY2(dm::IdCard::parse(select->text(3)).hasValue(), "ID number");
        QVERIFY2(dm::Mobile::parse(select->text(4)).hasValue(), "mobile");
        ids.insert(select->text(3));
        mobiles.insert(select->text(4));
        const QString name = select->text(1);
        QVERIFY(select->int64(7) >= select->int64(6));
        if (select->text(2).isEmpty()) {
            continue; // court staff
        }
        ++recipients;
        QVERIFY2(chineseName.match(name).hasMatch(), "a recipient's name has 2 or 3 Han characters");
        QVERIFY2(caseNumber.match(select->text(2)).hasMatch(), "jobNumber is a case number");
        const QDate birth = dm::IdCard::parse(select->text(3))->birthDate();
        QVERIFY(birth.year() >= 1940 && birth.year() <= 2005);
        QVERIFY(select->int64(6) >= kEpoch - 180 * kDay && select->int64(6) < kEpoch);
        never += select->isNull(8) ? 1 : 0;
        reminded += select->int64(10) > 0 ? 1 : 0;
        disabled += select->text(5) == u"disabled" ? 1 : 0;
        deleted += select->text(5) == u"deleted" ? 1 : 0;
        if (!select->isNull(9)) {
            QVERIFY(!select->isNull(8) && select->int64(9) >= select->int64(8));
        }
    }
    QCOMPARE(recipients, 200);
    QCOMPARE(ids.size(), 215);
    QCOMPARE(mobiles.size(), 215);
    QVERIFY2(never >= 10 && never <= 40, qPrintable(QString::number(never))); // about 10-15 %
    QVERIFY(reminded > 0 && disabled > 0 && deleted > 0);
}

void TestSeed::historyEndsBeforeTheEpoch()
{
    QTemporaryDir dataDir;
    {
        SandboxProcess sandbox(dataDir.path());
        QVERIFY(!sandbox.start(frozenSmall()).isEmpty());
    }
    auto db = openPlatform(dataDir.path());
    QVERIFY(db);
    const auto number = [&db](std::string_view sql) { return db->queryText(sql).value().toLongLong(); };
    QVERIFY(number("SELECT MAX(time) FROM login_logs") < kEpoch);
    QVERIFY(number("SELECT MIN(time) FROM login_logs") >= kEpoch - 180 * kDay);
    QVERIFY(number("SELECT MAX(updated_at) FROM mail_logs") < kEpoch);
    QVERIFY(number("SELECT MAX(time) FROM operation_logs") < kEpoch);
    QVERIFY(number("SELECT MAX(updated_at) FROM accounts") < kEpoch);
    QCOMPARE(number("SELECT COUNT(*) FROM mail_logs WHERE updated_at <> MAX(time, COALESCE(read_at, 0))"), 0);
    QCOMPARE(number("SELECT COUNT(*) FROM mail_logs WHERE read_at IS NOT NULL AND status <> 'received'"), 0);
    // ids follow time, as a log that only ever appends has them.
    QCOMPARE(number("SELECT COUNT(*) FROM login_logs a JOIN login_logs b ON b.id = a.id + 1 WHERE b.time < a.time"), 0);
    // Logins come from many provinces, most from the court's; a few are abnormal, a few fail.
    QVERIFY(number("SELECT COUNT(DISTINCT province) FROM login_logs") >= 20);
    const qint64 logins = number("SELECT COUNT(*) FROM login_logs");
    QVERIFY(number("SELECT COUNT(*) FROM login_logs WHERE province = '广东省'") > logins / 2);
    const qint64 abnormal = number("SELECT COUNT(*) FROM login_logs WHERE abnormal = 1");
    QVERIFY2(abnormal >= logins / 400 && abnormal <= logins / 100, qPrintable(QString::number(abnormal)));
    QVERIFY(number("SELECT COUNT(*) FROM login_logs WHERE result = 'failure'") > logins / 100);
    QCOMPARE(number("SELECT COUNT(DISTINCT method) FROM login_logs"), 7);
    QCOMPARE(number("SELECT COUNT(DISTINCT status) FROM mail_logs"), 7);
    // Facts for the record.
    QCOMPARE(db->queryText("SELECT value FROM facts WHERE key = 'epochMs'").value(), QString::number(kEpoch));
    QCOMPARE(db->queryText("SELECT value FROM facts WHERE key = 'seed'").value(), QStringLiteral("1"));
    QCOMPARE(db->queryText("SELECT value FROM facts WHERE key = 'scale'").value(), QStringLiteral("small"));
    QVERIFY(number("SELECT value FROM facts WHERE key = 'seededAt'") > kEpoch);
}

void TestSeed::restartsDoNotReseed()
{
    QTemporaryDir dataDir;
    SandboxProcess sandbox(dataDir.path());
    QVERIFY(!sandbox.start(frozenSmall()).isEmpty() && sandbox.authenticate());
    const QList<QJsonObject> before = snapshot(sandbox);
    // Another seed and scale on a later start change nothing: the court is made once per data dir.
    QStringList again = frozenSmall(QStringLiteral("99"));
    again[1] = QStringLiteral("default");
    QVERIFY(!sandbox.start(again).isEmpty() && sandbox.authenticate());
    QVERIFY(!sandbox.stderrText().contains(QLatin1String("seeded")));
    QCOMPARE(snapshot(sandbox), before);
    // A bad scale on the first start is refused plainly.
    QTemporaryDir fresh;
    SandboxProcess refused(fresh.path());
    QStringList bad = frozenSmall();
    bad[1] = QStringLiteral("huge");
    QVERIFY(refused.start(bad).isEmpty());
    QVERIFY(refused.stderrText().contains(QLatin1String("--scale")));
}

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"
