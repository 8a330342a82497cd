#include "AccountTestSupport.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts_test;

// The vendor's account endpoints (/api/open/account/...): every success path and every refusal, over real TLS.
class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createsAnAccountWithTheGivenPassword();
    void generatesAnInitialPasswordShownOnce();
    void createAccountRefusesBadFields_data();
    void createAccountRefusesBadFields();
    void refusesDuplicateNamesEvenWhenDeleted();
    void getsAccountsAndTellsDeletedFromNeverExisted();
    void updatesAccounts();
    void updateAccountRefusals();
    void updatesPasswords();
    void deletesAndRecovers();
    void movesAccountsBetweenUnits();
    void accountsSurviveARestart();

private:
    SandboxProcess::Reply call(const QString& operation, const QJsonObject& body);
    QJsonObject create(const QString& accountName, const QJsonObject& extra = {});
    QJsonObject get(const QString& accountName);
    QString nextMobile();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_mobiles = 0;
};

void TestAccounts::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
}

void TestAccounts::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

SandboxProcess::Reply TestAccounts::call(const QString& operation, const QJsonObject& body)
{
    return m_sandbox->call(QStringLiteral("/api/open/account/") + operation, body);
}

QJsonObject TestAccounts::get(const QString& accountName)
{
    return call(QStringLiteral("getAccount"), byName(accountName)).data.toObject();
}

QString TestAccounts::nextMobile()
{
    return QStringLiteral("1390000%1").arg(++m_mobiles, 4, 10, QLatin1Char('0'));
}

QJsonObject TestAccounts::create(const QString& accountName, const QJsonObject& extra)
{
    const auto reply = call(QStringLiteral("createAccount"), newAccount(*m_sandbox, accountName, nextMobile(), extra));
    if (reply.code != 0) {
        qWarning() << "createAccount failed:" << reply.code << reply.message;
    }
    QJsonObject account = reply.data.toObject();
    account.remove(QStringLiteral("initialPassword")); // what getAccount will show
    return account;
}

void TestAccounts::createsAnAccountWithTheGivenPassword()
{
    const QString domain = m_sandbox->connection().value(QStringLiteral("domain")).toString();
    const QString id = idNumber(QStringLiteral("11010519491231002"));
    const auto reply = call(QStringLiteral("createAccount"),
                            newAccount(*m_sandbox, QStringLiteral("ZT-Given"), QStringLiteral("+86 138-0013-8000"),
                                       {{QStringLiteral("jobNumber"), QStringLiteral("(2024)京0105民初123号")},
                                        {QStringLiteral("password"), QStringLiteral("Court#2024x")},
                                        {QStringLiteral("passType"), 0},
                                        {QStringLiteral("passChangeFirstLogin"), 2},
                                        {QStringLiteral("idNumber"), id}}));
    QCOMPARE(reply.code, 0);
    QVERIFY(reply.success);
    const QJsonObject account = reply.data.toObject();
    QCOMPARE(account.value(QStringLiteral("accountName")).toString(), QStringLiteral("zt-given")); // folded
    QCOMPARE(account.value(QStringLiteral("address")).toString(), QStringLiteral("zt-given@") + domain);
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("测试ZT-Given"));
    QCOMPARE(account.value(QStringLiteral("jobNumber")).toString(), QStringLiteral("(2024)京0105民初123号"));
    QCOMPARE(account.value(QStringLiteral("idNumber")).toString(), id);
    QCOMPARE(account.value(QStringLiteral("mobile")).toString(), QStringLiteral("13800138000")); // normalised
    QCOMPARE(account.value(QStringLiteral("nickname")).toString(), QStringLiteral("测试ZT-Given"));
    QCOMPARE(account.value(QStringLiteral("bindMobile")).toString(), QStringLiteral("13800138000"));
    QCOMPARE(account.value(QStringLiteral("domain")).toString(), domain);
    QVERIFY(account.value(QStringLiteral("accountOpenId")).toString().startsWith(QStringLiteral("ao-")));
    // The top level (the domain itself): no unit.
    QCOMPARE(account.value(QStringLiteral("unitId")), QJsonValue(QString()));
    QCOMPARE(account.value(QStringLiteral("unitName")), QJsonValue(QString()));
    QCOMPARE(account.value(QStringLiteral("unitList")).toArray(), QJsonArray());
    QCOMPARE(account.value(QStringLiteral("status")), QJsonValue(0));
    QCOMPARE(account.value(QStringLiteral("visibleInAddr")), QJsonValue(0)); // hidden by default
    QCOMPARE(account.value(QStringLiteral("passChangeFirstLogin")).toInt(), 2);
    const qint64 createdAt = account.value(QStringLiteral("createdAt")).toInteger();
    QVERIFY(createdAt > 0);
    QVERIFY(account.value(QStringLiteral("updatedAt")).toInteger() >= createdAt);
    const QJsonObject activation = account.value(QStringLiteral("activation")).toObject();
    QCOMPARE(activation.value(QStringLiteral("state")).toString(), QStringLiteral("smsSent"));
    QCOMPARE(activation.value(QStringLiteral("smsSentAt")).toInteger(), createdAt);
    QVERIFY(activation.value(QStringLiteral("firstLoginAt")).isNull());
    QVERIFY(activation.value(QStringLiteral("activatedAt")).isNull());
    QCOMPARE(activation.value(QStringLiteral("reminderCount")).toInt(), 0);
    QVERIFY(!account.contains(QStringLiteral("initialPassword"))); // only a generated password is returned
    QVERIFY(!reply.raw.contains("Court#2024x"));

    // The vendor's row and our extension's extras, exactly.
    QStringList keys = account.keys();
    keys.sort();
    QStringList expected{QStringLiteral("accountName"),
                         QStringLiteral("accountOpenId"),
                         QStringLiteral("aliasEmailList"),
                         QStringLiteral("bindMobile"),
                         QStringLiteral("domain"),
                         QStringLiteral("gender"),
                         QStringLiteral("job"),
                         QStringLiteral("jobNumber"),
                         QStringLiteral("mailAccountList"),
                         QStringLiteral("nickname"),
                         QStringLiteral("passChangeFirstLogin"),
                         QStringLiteral("remark"),
                         QStringLiteral("status"),
                         QStringLiteral("unitId"),
                         QStringLiteral("unitList"),
                         QStringLiteral("unitName"),
                         QStringLiteral("visibleInAddr"),
                         QStringLiteral("activation"),
                         QStringLiteral("address"),
                         QStringLiteral("createdAt"),
                         QStringLiteral("idNumber"),
                         QStringLiteral("mobile"),
                         QStringLiteral("name"),
                         QStringLiteral("updatedAt")};
    expected.sort();
    QCOMPARE(keys, expected);

    const auto got = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-given")));
    QCOMPARE(got.code, 0);
    QCOMPARE(got.data.toObject(), account);
    // Optional fields absent: defaults.
    const QJsonObject minimal = create(QStringLiteral("zt-minimal"), {{QStringLiteral("visibleInAddr"), true}});
    QCOMPARE(minimal.value(QStringLiteral("jobNumber")).toString(), QString());
    QCOMPARE(minimal.value(QStringLiteral("idNumber")).toString(), QString());
    QCOMPARE(minimal.value(QStringLiteral("passChangeFirstLogin")).toInt(), 1);
    QCOMPARE(minimal.value(QStringLiteral("visibleInAddr")), QJsonValue(1));
    // bindMobile is optional (integrators omit it); visibleInAddr may be 0/1; an MD5 password (passType 1) is stored
    // as given.
    QJsonObject bare = newAccount(*m_sandbox, QStringLiteral("zt-bare"), QString(),
                                  {{QStringLiteral("visibleInAddr"), 1},
                                   {QStringLiteral("passType"), 1},
                                   {QStringLiteral("password"), QStringLiteral("0123456789abcdef0123456789ABCDEF")}});
    bare.remove(QStringLiteral("bindMobile"));
    const auto made = call(QStringLiteral("createAccount"), bare);
    QCOMPARE(made.code, 0);
    QCOMPARE(made.data.toObject().value(QStringLiteral("bindMobile")).toString(), QString());
    QCOMPARE(made.data.toObject().value(QStringLiteral("visibleInAddr")), QJsonValue(1));
    QVERIFY(!made.data.toObject().contains(QStringLiteral("initialPassword")));
}

void TestAccounts::generatesAnInitialPasswordShownOnce()
{
    const auto reply =
        call(QStringLiteral("createAccount"), newAccount(*m_sandbox, QStringLiteral("zt-generated"), nextMobile()));
    QCOMPARE(reply.code, 0);
    const QString password = reply.data.toObject().value(QStringLiteral("initialPassword")).toString();
    QVERIFY(password.size() >= 8 && password.size() <= 32);
    int classes = 0;
    for (const char* pattern : {"[a-z]", "[A-Z]", "[0-9]", "[^a-zA-Z0-9]"}) {
        classes += password.contains(QRegularExpression(QLatin1String(pattern))) ? 1 : 0;
    }
    QVERIFY2(classes >= 3, "a generated password must pass the platform's own rules");

    const auto got = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-generated")));
    QCOMPARE(got.code, 0);
    QVERIFY(!got.data.toObject().contains(QStringLiteral("initialPassword")));
    QVERIFY(!got.raw.contains(password.toUtf8()));
    const auto listed = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-generated")));
    QVERIFY(!listed.raw.contains(password.toUtf8()));
    // Two generated passwords are not the same.
    const auto other =
        call(QStringLiteral("createAccount"), newAccount(*m_sandbox, QStringLiteral("zt-generated2"), nextMobile()));
    QVERIFY(other.data.toObject().value(QStringLiteral("initialPassword")).toString() != password);
}

void TestAccounts::createAccountRefusesBadFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: remove the field
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const QJsonValue absent(QJsonValue::Undefined);
    const auto row = [](const char* tag, const char* field, const QJsonValue& value, int code, const char* message) {
        QTest::newRow(tag) << QString::fromLatin1(field) << value << code << QString::fromUtf8(message);
    };
    row("domain type", "domain", 7, -401, "PARAM.INVALID:domain:type");
    row("domain other", "domain", QStringLiteral("other.example.com"), -401, "PARAM.INVALID:domain:mismatch");
    row("accountName missing", "accountName", absent, -401, "PARAM.INVALID:accountName:missing");
    row("accountName short", "accountName", QStringLiteral("a"), -401, "PARAM.INVALID:accountName:length");
    row("accountName long", "accountName", QString(65, QLatin1Char('a')), -401, "PARAM.INVALID:accountName:length");
    row("accountName char", "accountName", QStringLiteral("zt bad"), -401, "PARAM.INVALID:accountName:character");
    row("accountName address", "accountName", QStringLiteral("zt@x.cn"), -401, "PARAM.INVALID:accountName:character");
    row("accountName edge", "accountName", QStringLiteral(".zt-edge"), -401, "PARAM.INVALID:accountName:edge");
    row("accountName dots", "accountName", QStringLiteral("zt..dots"), -401, "PARAM.INVALID:accountName:dots");
    row("accountName reserved", "accountName", QStringLiteral("postmaster"), -401,
        "PARAM.INVALID:accountName:reserved");
    row("accountName type", "accountName", 42, -401, "PARAM.INVALID:accountName:type");
    row("name missing", "name", absent, -401, "PARAM.INVALID:name:missing");
    row("name empty", "name", QStringLiteral("  "), -401, "PARAM.INVALID:name:empty");
    row("name long", "name", QString(65, QChar(0x5f20)), -401, "PARAM.INVALID:name:length");
    row("jobNumber long", "jobNumber", QString(65, QLatin1Char('9')), -401, "PARAM.INVALID:jobNumber:length");
    row("password short", "password", QStringLiteral("Ab1!x"), -401, "PARAM.INVALID:password:length");
    row("password long", "password", QStringLiteral("Ab1!").repeated(9), -401, "PARAM.INVALID:password:length");
    row("password one class", "password", QStringLiteral("qwertyuiop"), -401, "PARAM.INVALID:password:weak");
    row("password two classes", "password", QStringLiteral("qwerty7295"), -401, "PARAM.INVALID:password:weak");
    row("password sequence", "password", QStringLiteral("Xy!abcd9"), -401, "PARAM.INVALID:password:weak");
    row("password descending", "password", QStringLiteral("Xy!9876q"), -401, "PARAM.INVALID:password:weak");
    row("password repeated", "password", QStringLiteral("Xy!7aaaa"), -401, "PARAM.INVALID:password:weak");
    row("password space", "password", QStringLiteral("Xy! 7qwe"), -401, "PARAM.INVALID:password:character");
    row("password type", "password", 12345678, -401, "PARAM.INVALID:password:type");
    row("passType 2", "passType", 2, -401, "PARAM.INVALID:passType:range");
    row("passType text", "passType", QStringLiteral("0"), -401, "PARAM.INVALID:passType:type");
    row("passChange 3", "passChangeFirstLogin", 3, -401, "PARAM.INVALID:passChangeFirstLogin:range");
    row("passChange text", "passChangeFirstLogin", QStringLiteral("1"), -401,
        "PARAM.INVALID:passChangeFirstLogin:type");
    row("visibleInAddr 2", "visibleInAddr", 2, -401, "PARAM.INVALID:visibleInAddr:range");
    row("visibleInAddr text", "visibleInAddr", QStringLiteral("1"), -401, "PARAM.INVALID:visibleInAddr:type");
    row("unitId unknown", "unitId", QStringLiteral("u-no-such-unit"), -4, "UNIT.NOT.FOUND");
    row("bindMobile empty", "bindMobile", QStringLiteral(""), -401, "PARAM.INVALID:bindMobile:empty");
    row("bindMobile short", "bindMobile", QStringLiteral("1380013800"), -401, "PARAM.INVALID:bindMobile:length");
    row("bindMobile prefix", "bindMobile", QStringLiteral("12800138000"), -401, "PARAM.INVALID:bindMobile:prefix");
    row("bindMobile char", "bindMobile", QStringLiteral("1380013800a"), -401, "PARAM.INVALID:bindMobile:character");
    row("idNumber checksum", "idNumber", QStringLiteral("110105194912310021"), -401, "PARAM.INVALID:idNumber:checksum");
    row("idNumber length", "idNumber", QStringLiteral("11010519491231"), -401, "PARAM.INVALID:idNumber:length");
    row("idNumber char", "idNumber", QStringLiteral("11010519491231A02X"), -401, "PARAM.INVALID:idNumber:character");
    row("idNumber region", "idNumber", idNumber(QStringLiteral("99010519491231002")), -401,
        "PARAM.INVALID:idNumber:region");
    row("idNumber birth", "idNumber", idNumber(QStringLiteral("11010529991231002")), -401,
        "PARAM.INVALID:idNumber:birthDate");
}

void TestAccounts::createAccountRefusesBadFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, code);
    QFETCH(QString, message);
    static int counter = 0;
    const QString accountName = QStringLiteral("zt-refused%1").arg(++counter);
    QJsonObject body = newAccount(*m_sandbox, accountName, nextMobile());
    if (value.isUndefined()) {
        body.remove(field);
    } else {
        body.insert(field, value);
    }
    const auto reply = call(QStringLiteral("createAccount"), body);
    QVERIFY(reply.transportOk);
    QCOMPARE(reply.code, code);
    QVERIFY(!reply.success);
    QCOMPARE(reply.message, message);
    if (field != QLatin1String("accountName")) {
        // Nothing was created.
        QCOMPARE(call(QStringLiteral("getAccount"), byName(accountName)).message,
                 QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    }
    // The refusal never repeats personal data.
    if (field == QLatin1String("idNumber") || field == QLatin1String("bindMobile")) {
        QVERIFY(!reply.raw.contains(value.toString().toUtf8()) || value.toString().isEmpty());
    }
}

void TestAccounts::refusesDuplicateNamesEvenWhenDeleted()
{
    QVERIFY(!create(QStringLiteral("zt-dup")).isEmpty());
    const auto again =
        call(QStringLiteral("createAccount"), newAccount(*m_sandbox, QStringLiteral("ZT-DUP"), nextMobile()));
    QCOMPARE(again.code, -3);
    QCOMPARE(again.message, QStringLiteral("通用业务操作失败: MAILACCOUNT.NAMEEXIST"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-dup"))).code, 0);
    const auto deleted =
        call(QStringLiteral("createAccount"), newAccount(*m_sandbox, QStringLiteral("zt-dup"), nextMobile()));
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: MAILACCOUNT.NAMEEXIST"));
    // A permanent delete frees the name: the new account is another one.
    const QString openId = get(QStringLiteral("zt-dup")).value(QStringLiteral("accountOpenId")).toString();
    QCOMPARE(call(QStringLiteral("deleteAccount"), byName(QStringLiteral("zt-dup"))).code, 0);
    const QJsonObject again2 = create(QStringLiteral("zt-dup"));
    QCOMPARE(again2.value(QStringLiteral("status")), QJsonValue(0));
    QVERIFY(again2.value(QStringLiteral("accountOpenId")).toString() != openId);
}

void TestAccounts::getsAccountsAndTellsDeletedFromNeverExisted()
{
    const QJsonObject created = create(QStringLiteral("zt-get"));
    QCOMPARE(call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-get"))).data.toObject(), created);
    const auto never = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-never-existed")));
    QCOMPARE(never.code, -3);
    QCOMPARE(never.message, QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QVERIFY(never.data.isNull());
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-get"))).code, 0);
    const auto deleted = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-get")));
    QCOMPARE(deleted.code, 0);
    QCOMPARE(deleted.data.toObject().value(QStringLiteral("status")), QJsonValue(2));
    QCOMPARE(call(QStringLiteral("getAccount"), {}).message, QStringLiteral("PARAM.INVALID:accountName:missing"));
    QCOMPARE(call(QStringLiteral("getAccount"), byName(QStringLiteral("a b"))).message,
             QStringLiteral("PARAM.INVALID:accountName:character"));
}

void TestAccounts::updatesAccounts()
{
    const QJsonObject created =
        create(QStringLiteral("zt-update"), {{QStringLiteral("jobNumber"), QStringLiteral("J-1")}});
    const qint64 before = created.value(QStringLiteral("updatedAt")).toInteger();
    const QString id = idNumber(QStringLiteral("44030619850101123"));
    const auto updated =
        call(QStringLiteral("updateAccount"), {{QStringLiteral("accountName"), QStringLiteral("zt-update")},
                                               {QStringLiteral("name"), QStringLiteral("王五")},
                                               {QStringLiteral("jobNumber"), QStringLiteral("")},
                                               {QStringLiteral("bindMobile"), QStringLiteral("13912345678")},
                                               {QStringLiteral("idNumber"), id},
                                               {QStringLiteral("visibleInAddr"), true},
                                               {QStringLiteral("mobilePrefix"), QStringLiteral("86")},
                                               {QStringLiteral("passChangeFirstLogin"), 0}});
    QCOMPARE(updated.code, 0);
    QVERIFY(updated.data.isNull()); // vendor mutations answer no data
    const QJsonObject account = get(QStringLiteral("zt-update"));
    QCOMPARE(account.value(QStringLiteral("name")).toString(), QStringLiteral("王五"));
    QCOMPARE(account.value(QStringLiteral("nickname")).toString(), QStringLiteral("王五"));
    QCOMPARE(account.value(QStringLiteral("jobNumber")).toString(), QString()); // "" clears
    QCOMPARE(account.value(QStringLiteral("mobile")).toString(), QStringLiteral("13912345678"));
    QCOMPARE(account.value(QStringLiteral("idNumber")).toString(), id);
    QCOMPARE(account.value(QStringLiteral("visibleInAddr")), QJsonValue(1));
    QCOMPARE(account.value(QStringLiteral("passChangeFirstLogin")).toInt(), 0);
    const qint64 after = account.value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(after > before);
    QCOMPARE(account.value(QStringLiteral("createdAt")), created.value(QStringLiteral("createdAt")));

    // The same values again change nothing: success, and updatedAt stays.
    const auto same =
        call(QStringLiteral("updateAccount"), {{QStringLiteral("accountName"), QStringLiteral("zt-update")},
                                               {QStringLiteral("name"), QStringLiteral("王五")}});
    QCOMPARE(same.code, 0);
    QCOMPARE(get(QStringLiteral("zt-update")).value(QStringLiteral("updatedAt")).toInteger(), after);
    // Clearing the ID number.
    const auto cleared =
        call(QStringLiteral("updateAccount"), {{QStringLiteral("accountName"), QStringLiteral("zt-update")},
                                               {QStringLiteral("idNumber"), QStringLiteral("")}});
    QCOMPARE(cleared.code, 0);
    QCOMPARE(get(QStringLiteral("zt-update")).value(QStringLiteral("idNumber")).toString(), QString());
    QVERIFY(get(QStringLiteral("zt-update")).value(QStringLiteral("updatedAt")).toInteger() > after);
    // unitId moves the account; "" is the top level again.
    const auto unit = m_sandbox->call(QStringLiteral("/api/open/unit/createUnit"),
                                      {{QStringLiteral("unitName"), QStringLiteral("更新测试庭")}});
    const QString unitId = unit.data.toObject().value(QStringLiteral("unitId")).toString();
    QCOMPARE(call(QStringLiteral("updateAccount"),
                  {{QStringLiteral("accountName"), QStringLiteral("zt-update")}, {QStringLiteral("unitId"), unitId}})
                 .code,
             0);
    QCOMPARE(get(QStringLiteral("zt-update")).value(QStringLiteral("unitName")).toString(),
             QStringLiteral("更新测试庭"));
    QCOMPARE(call(QStringLiteral("updateAccount"),
                  {{QStringLiteral("accountName"), QStringLiteral("zt-update")}, {QStringLiteral("unitId"), QString()}})
                 .code,
             0);
    QCOMPARE(get(QStringLiteral("zt-update")).value(QStringLiteral("unitId")).toString(), QString());
}

void TestAccounts::updateAccountRefusals()
{
    create(QStringLiteral("zt-update-refused"));
    const auto update = [this](const QJsonObject& fields) {
        QJsonObject body = fields;
        if (!body.contains(QStringLiteral("accountName"))) {
            body.insert(QStringLiteral("accountName"), QStringLiteral("zt-update-refused"));
        }
        return call(QStringLiteral("updateAccount"), body);
    };
    QCOMPARE(update({}).message, QStringLiteral("PARAM.INVALID:fields:empty"));
    QCOMPARE(update({{QStringLiteral("unknownField"), 1}}).message, QStringLiteral("PARAM.INVALID:fields:empty"));
    QCOMPARE(update({{QStringLiteral("name"), QStringLiteral("")}}).message,
             QStringLiteral("PARAM.INVALID:name:empty"));
    QCOMPARE(update({{QStringLiteral("bindMobile"), QStringLiteral("")}}).message,
             QStringLiteral("PARAM.INVALID:bindMobile:empty"));
    QCOMPARE(update({{QStringLiteral("bindMobile"), QStringLiteral("10086")}}).message,
             QStringLiteral("PARAM.INVALID:bindMobile:length"));
    QCOMPARE(update({{QStringLiteral("idNumber"), QStringLiteral("110105194912310021")}}).message,
             QStringLiteral("PARAM.INVALID:idNumber:checksum"));
    QCOMPARE(update({{QStringLiteral("visibleInAddr"), QStringLiteral("yes")}}).message,
             QStringLiteral("PARAM.INVALID:visibleInAddr:type"));
    QCOMPARE(update({{QStringLiteral("passChangeFirstLogin"), -1}}).message,
             QStringLiteral("PARAM.INVALID:passChangeFirstLogin:range"));
    QCOMPARE(update({{QStringLiteral("jobNumber"), QString(65, QLatin1Char('x'))}}).message,
             QStringLiteral("PARAM.INVALID:jobNumber:length"));
    const auto unknown = update(
        {{QStringLiteral("accountName"), QStringLiteral("zt-nobody")}, {QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(unknown.code, -3);
    QCOMPARE(unknown.message, QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QCOMPARE(update({{QStringLiteral("domain"), QStringLiteral("other.example.com")}}).message,
             QStringLiteral("PARAM.INVALID:domain:mismatch"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-update-refused"))).code, 0);
    const auto deleted = update({{QStringLiteral("name"), QStringLiteral("x")}});
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
}

void TestAccounts::updatesPasswords()
{
    const QJsonObject created =
        create(QStringLiteral("zt-password"), {{QStringLiteral("password"), QStringLiteral("First#Pass1")}});
    const auto changed =
        call(QStringLiteral("updatePassword"), {{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                                                {QStringLiteral("password"), QStringLiteral("Second#Pass2")},
                                                {QStringLiteral("passType"), 0}});
    QCOMPARE(changed.code, 0);
    QVERIFY(changed.data.isNull());
    QVERIFY(get(QStringLiteral("zt-password")).value(QStringLiteral("updatedAt")).toInteger() >
            created.value(QStringLiteral("updatedAt")).toInteger());
    QVERIFY(!changed.raw.contains("Second#Pass2"));
    // passType 1: an MD5 of the password; passChangeFirstLogin is taken along.
    QCOMPARE(call(QStringLiteral("updatePassword"), {{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                                                     {QStringLiteral("password"), QString(32, QLatin1Char('a'))},
                                                     {QStringLiteral("passType"), 1},
                                                     {QStringLiteral("passChangeFirstLogin"), 2}})
                 .code,
             0);
    QCOMPARE(get(QStringLiteral("zt-password")).value(QStringLiteral("passChangeFirstLogin")).toInt(), 2);

    const auto update = [this](const QJsonObject& body) { return call(QStringLiteral("updatePassword"), body); };
    QCOMPARE(update({{QStringLiteral("accountName"), QStringLiteral("zt-password")}}).message,
             QStringLiteral("PARAM.INVALID:password:missing"));
    QCOMPARE(update({{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                     {QStringLiteral("password"), QStringLiteral("password1")}})
                 .message,
             QStringLiteral("PARAM.INVALID:password:weak"));
    QCOMPARE(update({{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                     {QStringLiteral("password"), QStringLiteral("Third#Pass3")},
                     {QStringLiteral("passType"), 2}})
                 .message,
             QStringLiteral("PARAM.INVALID:passType:range"));
    QCOMPARE(update({{QStringLiteral("password"), QStringLiteral("Third#Pass3")}}).message,
             QStringLiteral("PARAM.INVALID:accountName:missing"));
    QCOMPARE(update({{QStringLiteral("accountName"), QStringLiteral("zt-nobody")},
                     {QStringLiteral("password"), QStringLiteral("Third#Pass3")}})
                 .code,
             -3);
    QCOMPARE(update({{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                     {QStringLiteral("password"), QStringLiteral("not-hex")},
                     {QStringLiteral("passType"), 1}})
                 .message,
             QStringLiteral("PARAM.INVALID:password:format"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-password"))).code, 0);
    const auto deleted = update({{QStringLiteral("accountName"), QStringLiteral("zt-password")},
                                 {QStringLiteral("password"), QStringLiteral("Third#Pass3")}});
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
}

void TestAccounts::deletesAndRecovers()
{
    const QJsonObject created = create(QStringLiteral("zt-delete"));
    const auto deleted = call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-delete")));
    QCOMPARE(deleted.code, 0);
    QVERIFY(deleted.data.isNull());
    const QJsonObject gone = get(QStringLiteral("zt-delete"));
    QCOMPARE(gone.value(QStringLiteral("status")), QJsonValue(2));
    QVERIFY(gone.value(QStringLiteral("updatedAt")).toInteger() >
            created.value(QStringLiteral("updatedAt")).toInteger());
    const auto twice = call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-delete")));
    QCOMPARE(twice.code, -3);
    QCOMPARE(twice.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-nobody"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), {}).message, QStringLiteral("PARAM.INVALID:accountName:missing"));

    const auto recovered = call(QStringLiteral("recoverAccount"), byName(QStringLiteral("zt-delete")));
    QCOMPARE(recovered.code, 0);
    QVERIFY(recovered.data.isNull());
    const QJsonObject back = get(QStringLiteral("zt-delete"));
    QCOMPARE(back.value(QStringLiteral("status")), QJsonValue(0));
    QVERIFY(back.value(QStringLiteral("updatedAt")).toInteger() > gone.value(QStringLiteral("updatedAt")).toInteger());
    // Everything else survived the round trip.
    QCOMPARE(back.value(QStringLiteral("mobile")), created.value(QStringLiteral("mobile")));
    QCOMPARE(back.value(QStringLiteral("createdAt")), created.value(QStringLiteral("createdAt")));
    QCOMPARE(back.value(QStringLiteral("accountOpenId")), created.value(QStringLiteral("accountOpenId")));
    const auto notDeleted = call(QStringLiteral("recoverAccount"), byName(QStringLiteral("zt-delete")));
    QCOMPARE(notDeleted.code, -3);
    QCOMPARE(notDeleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.NOT.DELETED"));
    const auto never = call(QStringLiteral("recoverAccount"), byName(QStringLiteral("zt-nobody")));
    QCOMPARE(never.code, -3);
    QCOMPARE(never.message, QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));

    // deleteAccount is permanent: the account is gone, recoverAccount cannot bring it back.
    const auto erased = call(QStringLiteral("deleteAccount"), byName(QStringLiteral("zt-delete")));
    QCOMPARE(erased.code, 0);
    QVERIFY(erased.data.isNull());
    QCOMPARE(call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-delete"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QCOMPARE(call(QStringLiteral("recoverAccount"), byName(QStringLiteral("zt-delete"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QCOMPARE(call(QStringLiteral("deleteAccount"), byName(QStringLiteral("zt-delete"))).message,
             QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
}

void TestAccounts::movesAccountsBetweenUnits()
{
    const auto unit = m_sandbox->call(QStringLiteral("/api/open/unit/createUnit"),
                                      {{QStringLiteral("name"), QStringLiteral("帐号测试庭")}});
    QCOMPARE(unit.code, 0);
    const QString unitId = unit.data.toObject().value(QStringLiteral("unitId")).toString();
    const QJsonObject created = create(QStringLiteral("zt-move"));
    const auto moved = call(QStringLiteral("moveUnit"), {{QStringLiteral("accountName"), QStringLiteral("zt-move")},
                                                         {QStringLiteral("unitId"), unitId}});
    QCOMPARE(moved.code, 0);
    QCOMPARE(get(QStringLiteral("zt-move")).value(QStringLiteral("unitId")).toString(), unitId);
    QCOMPARE(get(QStringLiteral("zt-move")).value(QStringLiteral("unitName")).toString(), QStringLiteral("帐号测试庭"));
    const qint64 movedAt = get(QStringLiteral("zt-move")).value(QStringLiteral("updatedAt")).toInteger();
    QVERIFY(movedAt > created.value(QStringLiteral("updatedAt")).toInteger());
    // Moving it where it already is changes nothing.
    const auto again = call(QStringLiteral("moveUnit"), {{QStringLiteral("accountName"), QStringLiteral("zt-move")},
                                                         {QStringLiteral("unitId"), unitId}});
    QCOMPARE(again.code, 0);
    QCOMPARE(get(QStringLiteral("zt-move")).value(QStringLiteral("updatedAt")).toInteger(), movedAt);
    // A new account can be created straight into the unit.
    QCOMPARE(create(QStringLiteral("zt-in-unit"), {{QStringLiteral("unitId"), unitId}})
                 .value(QStringLiteral("unitId"))
                 .toString(),
             unitId);

    const auto noUnit = call(QStringLiteral("moveUnit"), {{QStringLiteral("accountName"), QStringLiteral("zt-move")},
                                                          {QStringLiteral("unitId"), QStringLiteral("u-none")}});
    QCOMPARE(noUnit.code, -4);
    QCOMPARE(noUnit.message, QStringLiteral("UNIT.NOT.FOUND"));
    // No unitId: the top level.
    QCOMPARE(call(QStringLiteral("moveUnit"), byName(QStringLiteral("zt-move"))).code, 0);
    QCOMPARE(get(QStringLiteral("zt-move")).value(QStringLiteral("unitId")).toString(), QString());
    const auto noAccount =
        call(QStringLiteral("moveUnit"), {{QStringLiteral("accountName"), QStringLiteral("zt-nobody")},
                                          {QStringLiteral("unitId"), QStringLiteral("root")}});
    QCOMPARE(noAccount.message, QStringLiteral("通用业务操作失败: ACCOUNT.NOTEXIST"));
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-move"))).code, 0);
    const auto deleted = call(QStringLiteral("moveUnit"), {{QStringLiteral("accountName"), QStringLiteral("zt-move")},
                                                           {QStringLiteral("unitId"), QStringLiteral("root")}});
    QCOMPARE(deleted.code, -3);
    QCOMPARE(deleted.message, QStringLiteral("通用业务操作失败: ACCOUNT.DELETED"));
}

void TestAccounts::accountsSurviveARestart()
{
    const QJsonObject created =
        create(QStringLiteral("zt-persist"), {{QStringLiteral("jobNumber"), QStringLiteral("(2025)民初1号")}});
    QVERIFY(!created.isEmpty());
    QCOMPARE(call(QStringLiteral("deleteAccountSim"), byName(QStringLiteral("zt-given"))).code, 0);
    m_sandbox->stop();
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    const auto got = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-persist")));
    QCOMPARE(got.code, 0);
    QCOMPARE(got.data.toObject(), created);
    const auto deleted = call(QStringLiteral("getAccount"), byName(QStringLiteral("zt-given")));
    QCOMPARE(deleted.data.toObject().value(QStringLiteral("status")), QJsonValue(2));
    // The name is still taken after the restart.
    QCOMPARE(call(QStringLiteral("createAccount"), newAccount(*m_sandbox, QStringLiteral("zt-persist"), nextMobile()))
                 .message,
             QStringLiteral("通用业务操作失败: MAILACCOUNT.NAMEEXIST"));
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
