#include "AccountTestSupport.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace accounts_test;

// The vendor's unit endpoints (/api/open/unit/...): the unit tree, and the page-number account list of one unit.
class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsUnitsRootFirst();
    void createsUnits();
    void createUnitRefusals();
    void deletesEmptyUnitsOnly();
    void deletedAccountsMoveUpWithTheirUnit();
    void pagesTheAccountsOfAUnitByNumber();
    void getAccountListRefusals();
    void unitsSurviveARestart();

private:
    SandboxProcess::Reply call(const QString& operation, const QJsonObject& body);
    QString createUnit(const QString& name, const QString& parent = {});
    void createAccount(const QString& accountName, const QString& unitId);
    QJsonArray units();
    QJsonObject unit(const QString& unitId);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    int m_mobiles = 0;
};

void TestUnits::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_sandbox = std::make_unique<SandboxProcess>(m_dataDir->path());
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
}

void TestUnits::cleanupTestCase()
{
    m_sandbox.reset();
    m_dataDir.reset();
}

SandboxProcess::Reply TestUnits::call(const QString& operation, const QJsonObject& body)
{
    return m_sandbox->call(QStringLiteral("/api/open/unit/") + operation, body);
}

QString TestUnits::createUnit(const QString& name, const QString& parent)
{
    QJsonObject body{{QStringLiteral("domain"), m_sandbox->connection().value(QStringLiteral("domain"))},
                     {QStringLiteral("unitName"), name},
                     {QStringLiteral("unitDesc"), QString()}};
    if (!parent.isEmpty()) {
        body.insert(QStringLiteral("parentId"), parent);
    }
    const auto reply = call(QStringLiteral("createUnit"), body);
    if (reply.code != 0) {
        qWarning() << "createUnit failed:" << reply.code << reply.message;
    }
    return reply.data.toObject().value(QStringLiteral("unitId")).toString();
}

void TestUnits::createAccount(const QString& accountName, const QString& unitId)
{
    const auto reply = m_sandbox->call(QStringLiteral("/api/open/account/createAccount"),
                                       newAccount(*m_sandbox, accountName,
                                                  QStringLiteral("1370000%1").arg(++m_mobiles, 4, 10, QLatin1Char('0')),
                                                  {{QStringLiteral("unitId"), unitId}}));
    QCOMPARE(reply.code, 0);
}

QJsonArray TestUnits::units()
{
    return call(QStringLiteral("getUnitList"), {}).data.toArray();
}

QJsonObject TestUnits::unit(const QString& unitId)
{
    for (const QJsonValue& item : units()) {
        if (item.toObject().value(QStringLiteral("unitId")).toString() == unitId) {
            return item.toObject();
        }
    }
    return {};
}

void TestUnits::listsUnitsRootFirst()
{
    // A bare array; the domain itself is the top, never listed: top-level units have unitParentId null.
    const auto reply = call(QStringLiteral("getUnitList"), {});
    QCOMPARE(reply.code, 0);
    const QJsonArray items = reply.data.toArray();
    QVERIFY(!items.isEmpty());
    const QJsonObject first = items.first().toObject();
    QVERIFY(first.value(QStringLiteral("unitId")).toString() != QStringLiteral("root"));
    QVERIFY(first.value(QStringLiteral("unitParentId")).isNull());
    QVERIFY(!first.value(QStringLiteral("unitName")).toString().isEmpty());
    QVERIFY(first.value(QStringLiteral("createdAt")).toInteger() > 0);
    QStringList keys = first.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("accountCount"), QStringLiteral("createdAt"), QStringLiteral("rank"),
                                QStringLiteral("unitDesc"), QStringLiteral("unitId"), QStringLiteral("unitName"),
                                QStringLiteral("unitOpenId"), QStringLiteral("unitParentId")}));
    // accountCount follows the accounts that are not deleted.
    const QString unitId = first.value(QStringLiteral("unitId")).toString();
    const qint64 before = first.value(QStringLiteral("accountCount")).toInteger();
    createAccount(QStringLiteral("zu-count"), unitId);
    QCOMPARE(unit(unitId).value(QStringLiteral("accountCount")).toInteger(), before + 1);
    QCOMPARE(
        m_sandbox->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zu-count"))).code,
        0);
    QCOMPARE(unit(unitId).value(QStringLiteral("accountCount")).toInteger(), before);
}

void TestUnits::createsUnits()
{
    const auto reply = call(QStringLiteral("createUnit"), {{QStringLiteral("unitName"), QStringLiteral("测试民一庭")},
                                                           {QStringLiteral("unitDesc"), QStringLiteral("说明")}});
    QCOMPARE(reply.code, 0);
    const QJsonObject created = reply.data.toObject();
    const QString unitId = created.value(QStringLiteral("unitId")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^u-[0-9]+$")).match(unitId).hasMatch(), qPrintable(unitId));
    QCOMPARE(created.value(QStringLiteral("unitName")).toString(), QStringLiteral("测试民一庭"));
    QCOMPARE(created.value(QStringLiteral("unitDesc")).toString(), QStringLiteral("说明"));
    QVERIFY(created.value(QStringLiteral("unitParentId")).isNull());
    QCOMPARE(created.value(QStringLiteral("rank")).toInteger(), 1);
    QCOMPARE(created.value(QStringLiteral("accountCount")).toInteger(), 0);
    QVERIFY(created.value(QStringLiteral("createdAt")).toInteger() > 0);
    QCOMPARE(unit(unitId), created);

    // Nested units, and the same name under another parent.
    const QString team = createUnit(QStringLiteral("测试第一合议庭"), unitId);
    QVERIFY(!team.isEmpty() && team != unitId);
    QCOMPARE(unit(team).value(QStringLiteral("unitParentId")).toString(), unitId);
    const QString sameNameElsewhere = createUnit(QStringLiteral("测试第一合议庭"));
    QVERIFY(!sameNameElsewhere.isEmpty());
    // Listed in creation order.
    QStringList ids;
    for (const QJsonValue& item : units()) {
        ids.append(item.toObject().value(QStringLiteral("unitId")).toString());
    }
    QVERIFY(!ids.contains(QStringLiteral("root")));
    QVERIFY(ids.indexOf(unitId) < ids.indexOf(team));
    QVERIFY(ids.indexOf(team) < ids.indexOf(sameNameElsewhere));
    QCOMPARE(ids.size(), QSet<QString>(ids.begin(), ids.end()).size());

    // moveUnit: under another parent, never under itself or below; updateUnitRank.
    // The top level already has a unit of that name.
    QCOMPARE(call(QStringLiteral("moveUnit"), {{QStringLiteral("unitId"), team}}).message,
             QStringLiteral("通用业务操作失败: UNIT.EXIST"));
    const QString other = createUnit(QStringLiteral("测试民二庭"));
    QCOMPARE(
        call(QStringLiteral("moveUnit"), {{QStringLiteral("unitId"), team}, {QStringLiteral("parentId"), other}}).code,
        0);
    QCOMPARE(unit(team).value(QStringLiteral("unitParentId")).toString(), other);
    QCOMPARE(
        call(QStringLiteral("moveUnit"), {{QStringLiteral("unitId"), team}, {QStringLiteral("parentId"), unitId}}).code,
        0);
    QCOMPARE(call(QStringLiteral("moveUnit"), {{QStringLiteral("unitId"), unitId}, {QStringLiteral("parentId"), team}})
                 .message,
             QStringLiteral("通用业务操作失败: UNIT.MOVE.INVALID"));
    QCOMPARE(
        call(QStringLiteral("updateUnitRank"), {{QStringLiteral("unitId"), team}, {QStringLiteral("rank"), 7}}).code,
        0);
    QCOMPARE(unit(team).value(QStringLiteral("rank")).toInteger(), 7);
}

void TestUnits::createUnitRefusals()
{
    const QString unitId = createUnit(QStringLiteral("测试刑庭"));
    const auto duplicate = call(QStringLiteral("createUnit"), {{QStringLiteral("name"), QStringLiteral("测试刑庭")}});
    QCOMPARE(duplicate.code, -3);
    QCOMPARE(duplicate.message, QStringLiteral("通用业务操作失败: UNIT.EXIST"));
    const auto duplicateExplicit =
        call(QStringLiteral("createUnit"), {{QStringLiteral("name"), QStringLiteral("测试刑庭")},
                                            {QStringLiteral("parentUnitId"), QStringLiteral("root")}});
    QCOMPARE(duplicateExplicit.message, QStringLiteral("通用业务操作失败: UNIT.EXIST"));
    const auto noParent =
        call(QStringLiteral("createUnit"), {{QStringLiteral("name"), QStringLiteral("x")},
                                            {QStringLiteral("parentUnitId"), QStringLiteral("u-none")}});
    QCOMPARE(noParent.code, -4);
    QCOMPARE(noParent.message, QStringLiteral("UNIT.NOT.FOUND"));
    QCOMPARE(call(QStringLiteral("createUnit"), {}).message, QStringLiteral("PARAM.INVALID:unitName:missing"));
    QCOMPARE(call(QStringLiteral("createUnit"), {{QStringLiteral("domain"), QStringLiteral("other.example.com")},
                                                 {QStringLiteral("unitName"), QStringLiteral("x")}})
                 .message,
             QStringLiteral("PARAM.INVALID:domain:mismatch"));
    QCOMPARE(call(QStringLiteral("createUnit"), {{QStringLiteral("name"), QStringLiteral(" ")}}).message,
             QStringLiteral("PARAM.INVALID:name:empty"));
    QCOMPARE(call(QStringLiteral("createUnit"), {{QStringLiteral("name"), QString(65, QChar(0x5ead))}}).message,
             QStringLiteral("PARAM.INVALID:name:length"));
    QCOMPARE(call(QStringLiteral("createUnit"), {{QStringLiteral("name"), 7}}).message,
             QStringLiteral("PARAM.INVALID:name:type"));
    QVERIFY(!unitId.isEmpty());
}

void TestUnits::deletesEmptyUnitsOnly()
{
    const auto root = call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), QStringLiteral("root")}});
    QCOMPARE(root.code, -3);
    QCOMPARE(root.message, QStringLiteral("通用业务操作失败: UNIT.ROOT"));
    const auto unknown = call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), QStringLiteral("u-none")}});
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("UNIT.NOT.FOUND"));
    QCOMPARE(call(QStringLiteral("deleteUnit"), {}).message, QStringLiteral("PARAM.INVALID:unitId:missing"));

    const QString parent = createUnit(QStringLiteral("测试执行局"));
    const QString child = createUnit(QStringLiteral("测试执行一科"), parent);
    const auto withChild = call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), parent}});
    QCOMPARE(withChild.code, -3);
    QCOMPARE(withChild.message, QStringLiteral("通用业务操作失败: UNIT.NOT.EMPTY"));
    createAccount(QStringLiteral("zu-member"), child);
    const auto withAccount = call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), child}});
    QCOMPARE(withAccount.code, -3);
    QCOMPARE(withAccount.message, QStringLiteral("通用业务操作失败: UNIT.NOT.EMPTY"));
    QCOMPARE(m_sandbox
                 ->call(QStringLiteral("/api/open/account/moveUnit"),
                        {{QStringLiteral("accountName"), QStringLiteral("zu-member")},
                         {QStringLiteral("unitId"), QStringLiteral("root")}})
                 .code,
             0);
    const auto deleted = call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), child}});
    QCOMPARE(deleted.code, 0);
    QVERIFY(unit(child).isEmpty());
    QCOMPARE(call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), parent}}).code, 0);
    QVERIFY(unit(parent).isEmpty());
    QCOMPARE(call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), parent}}).code, -4);
    // The name is free again.
    QVERIFY(!createUnit(QStringLiteral("测试执行局")).isEmpty());
}

void TestUnits::deletedAccountsMoveUpWithTheirUnit()
{
    const QString parent = createUnit(QStringLiteral("测试立案庭"));
    const QString child = createUnit(QStringLiteral("测试诉讼服务中心"), parent);
    createAccount(QStringLiteral("zu-gone"), child);
    const auto gone =
        m_sandbox->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zu-gone")));
    QCOMPARE(gone.code, 0);
    const qint64 goneAt =
        m_sandbox->call(QStringLiteral("/api/open/account/getAccount"), byName(QStringLiteral("zu-gone")))
            .data.toObject()
            .value(QStringLiteral("updatedAt"))
            .toInteger();
    // A deleted account does not keep its unit from being deleted...
    QCOMPARE(call(QStringLiteral("deleteUnit"), {{QStringLiteral("unitId"), child}}).code, 0);
    // ...it moves to the parent unit (so it can still be recovered), and its updatedAt says so.
    const auto moved =
        m_sandbox->call(QStringLiteral("/api/open/account/getAccount"), byName(QStringLiteral("zu-gone")));
    QCOMPARE(moved.data.toObject().value(QStringLiteral("unitId")).toString(), parent);
    QVERIFY(moved.data.toObject().value(QStringLiteral("updatedAt")).toInteger() > goneAt);
    const auto recovered =
        m_sandbox->call(QStringLiteral("/api/open/account/recoverAccount"), byName(QStringLiteral("zu-gone")));
    QCOMPARE(recovered.code, 0);
    QCOMPARE(unit(parent).value(QStringLiteral("accountCount")).toInteger(), 1);
}

void TestUnits::pagesTheAccountsOfAUnitByNumber()
{
    const QString unitId = createUnit(QStringLiteral("分页测试庭"));
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        created.append(QStringLiteral("zu-page%1").arg(i));
        createAccount(created.last(), unitId);
    }
    QCOMPARE(unit(unitId).value(QStringLiteral("accountCount")).toInteger(), 7);
    QStringList seen;
    for (int page = 1; page <= 4; ++page) {
        const auto reply = call(
            QStringLiteral("getAccountList"),
            {{QStringLiteral("unitId"), unitId}, {QStringLiteral("pageNum"), page}, {QStringLiteral("pageSize"), 3}});
        QCOMPARE(reply.code, 0);
        const QJsonObject data = reply.data.toObject();
        QCOMPARE(data.value(QStringLiteral("count")).toInteger(), 7);
        const QJsonArray items = data.value(QStringLiteral("list")).toArray();
        QCOMPARE(items.size(), page < 3 ? 3 : page == 3 ? 1 : 0);
        for (const QJsonValue& item : items) {
            QCOMPARE(item.toObject().value(QStringLiteral("unitId")).toString(), unitId);
            QCOMPARE(item.toObject().value(QStringLiteral("status")), QJsonValue(0)); // the vendor's row
            QVERIFY(item.toObject().contains(QStringLiteral("activation")));          // with our extras
        }
        seen += accountNames(items);
    }
    QCOMPARE(seen, created); // in creation order, each once

    // Defaults: page 1, 50 a page. Deleted accounts are not listed or counted.
    QCOMPARE(
        m_sandbox->call(QStringLiteral("/api/open/account/deleteAccountSim"), byName(QStringLiteral("zu-page3"))).code,
        0);
    const auto defaults = call(QStringLiteral("getAccountList"), {{QStringLiteral("unitId"), unitId}});
    QCOMPARE(defaults.code, 0);
    const QJsonObject data = defaults.data.toObject();
    QCOMPARE(data.value(QStringLiteral("count")).toInteger(), 6);
    created.removeAll(QStringLiteral("zu-page3"));
    QCOMPARE(accountNames(data.value(QStringLiteral("list")).toArray()), created);
    // recursion takes the sub-units along (true or 1); without it, the unit alone.
    const QString sub = createUnit(QStringLiteral("分页测试组"), unitId);
    createAccount(QStringLiteral("zu-page-sub"), sub);
    QCOMPARE(call(QStringLiteral("getAccountList"), {{QStringLiteral("unitId"), unitId}})
                 .data.toObject()
                 .value(QStringLiteral("count"))
                 .toInteger(),
             6);
    for (const QJsonValue& recursion : {QJsonValue(true), QJsonValue(1)}) {
        const auto deep = call(QStringLiteral("getAccountList"),
                               {{QStringLiteral("unitId"), unitId}, {QStringLiteral("recursion"), recursion}});
        QCOMPARE(deep.data.toObject().value(QStringLiteral("count")).toInteger(), 7);
    }
    // Without unitId: the whole domain.
    const auto all = call(QStringLiteral("getAccountList"), {{QStringLiteral("pageSize"), 1}});
    QVERIFY(all.data.toObject().value(QStringLiteral("count")).toInteger() > 7);
    // A page far beyond the end is empty, not an error.
    const auto far = call(QStringLiteral("getAccountList"), {{QStringLiteral("unitId"), unitId},
                                                             {QStringLiteral("pageNum"), 1000000000},
                                                             {QStringLiteral("pageSize"), 200}});
    QCOMPARE(far.code, 0);
    QVERIFY(far.data.toObject().value(QStringLiteral("list")).toArray().isEmpty());
}

void TestUnits::getAccountListRefusals()
{
    const auto list = [this](const QJsonObject& body) { return call(QStringLiteral("getAccountList"), body); };
    QCOMPARE(list({{QStringLiteral("recursion"), 2}}).message, QStringLiteral("PARAM.INVALID:recursion:range"));
    const auto unknown = list({{QStringLiteral("unitId"), QStringLiteral("u-none")}});
    QCOMPARE(unknown.code, -4);
    QCOMPARE(unknown.message, QStringLiteral("UNIT.NOT.FOUND"));
    const QJsonValue root = QStringLiteral("root");
    QCOMPARE(list({{QStringLiteral("unitId"), root}, {QStringLiteral("pageNum"), 0}}).message,
             QStringLiteral("PARAM.INVALID:pageNum:range"));
    QCOMPARE(list({{QStringLiteral("unitId"), root}, {QStringLiteral("pageSize"), 0}}).message,
             QStringLiteral("PARAM.INVALID:pageSize:range"));
    QCOMPARE(list({{QStringLiteral("unitId"), root}, {QStringLiteral("pageSize"), 201}}).message,
             QStringLiteral("PARAM.INVALID:pageSize:range"));
    QCOMPARE(list({{QStringLiteral("unitId"), root}, {QStringLiteral("pageSize"), 2.5}}).message,
             QStringLiteral("PARAM.INVALID:pageSize:type"));
    QCOMPARE(list({{QStringLiteral("unitId"), root}, {QStringLiteral("pageSize"), 200}}).code, 0);
}

void TestUnits::unitsSurviveARestart()
{
    const QString unitId = createUnit(QStringLiteral("重启测试庭"));
    createAccount(QStringLiteral("zu-restart"), unitId);
    const QJsonArray before = units();
    m_sandbox->stop();
    QVERIFY(!m_sandbox->start(frozenSandbox()).isEmpty());
    QVERIFY(m_sandbox->authenticate());
    QCOMPARE(units(), before);
    // New units keep getting fresh ids after the restart.
    const QString next = createUnit(QStringLiteral("重启后新庭"));
    QVERIFY(!next.isEmpty());
    QVERIFY(unit(next).value(QStringLiteral("unitId")).toString() != unitId);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
