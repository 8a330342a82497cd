#include "core/ImportMapping.h"

#include <QTest>

using namespace dm;
using Reason = ImportError::Reason;

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesHeaders_data();
    void recognisesHeaders();
    void resolvesChineseAndEnglishRosters();
    void overrides();
    void refuses_data();
    void refuses();
    void rememberedMappingReproducesItself();
};

void TestImportMapping::recognisesHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("field"); // -1: none

    QTest::newRow("帐号") << QStringLiteral("帐号") << int(ImportField::AccountName);
    QTest::newRow("账号") << QStringLiteral("账号") << int(ImportField::AccountName);
    QTest::newRow("full-width space inside") << QStringLiteral("帐\u3000号") << int(ImportField::AccountName);
    QTest::newRow("姓名 with required mark") << QStringLiteral("姓名*") << int(ImportField::Name);
    QTest::newRow("full-width bracket note") << QStringLiteral("身份证号（选填）") << int(ImportField::IdNumber);
    QTest::newRow("身份证号码") << QStringLiteral("身份证号码") << int(ImportField::IdNumber);
    QTest::newRow("手机号") << QStringLiteral(" 手机号 ") << int(ImportField::Mobile);
    QTest::newRow("案号") << QStringLiteral("案号") << int(ImportField::CaseNumber);
    QTest::newRow("部门") << QStringLiteral("部门") << int(ImportField::Unit);
    QTest::newRow("单位") << QStringLiteral("单位") << int(ImportField::Unit);
    QTest::newRow("Account Name") << QStringLiteral("Account Name") << int(ImportField::AccountName);
    QTest::newRow("ACCOUNT") << QStringLiteral("ACCOUNT") << int(ImportField::AccountName);
    QTest::newRow("id_number") << QStringLiteral("id_number") << int(ImportField::IdNumber);
    QTest::newRow("ID No.") << QStringLiteral("ID No") << int(ImportField::IdNumber);
    QTest::newRow("Mobile (required)") << QStringLiteral("Mobile (required)") << int(ImportField::Mobile);
    QTest::newRow("full-width Latin") << QStringLiteral("ｍｏｂｉｌｅ") << int(ImportField::Mobile);
    QTest::newRow("Case Number") << QStringLiteral("Case Number") << int(ImportField::CaseNumber);
    QTest::newRow("unit") << QStringLiteral("Unit") << int(ImportField::Unit);
    QTest::newRow("BOM glued to the first header") << QStringLiteral("\uFEFF帐号") << int(ImportField::AccountName);
    QTest::newRow("unknown") << QStringLiteral("备注") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestImportMapping::recognisesHeaders()
{
    QFETCH(QString, header);
    QFETCH(int, field);
    const std::optional<ImportField> found = ImportFields::fromHeader(header);
    QCOMPARE(found ? int(*found) : -1, field);
}

void TestImportMapping::resolvesChineseAndEnglishRosters()
{
    const Expected<ImportMapping, ImportError> zh = ImportMapping::resolve(
        {QStringLiteral("序号"), QStringLiteral("账号"), QStringLiteral("姓名"), QStringLiteral("手机号码"),
         QStringLiteral("身份证号"), QStringLiteral("案号"), QStringLiteral("单位"), QString()});
    QVERIFY2(zh, qPrintable(zh ? QString() : zh.error().message()));
    QCOMPARE(zh->column(ImportField::AccountName), 1);
    QCOMPARE(zh->column(ImportField::Name), 2);
    QCOMPARE(zh->column(ImportField::Mobile), 3);
    QCOMPARE(zh->column(ImportField::IdNumber), 4);
    QCOMPARE(zh->column(ImportField::CaseNumber), 5);
    QCOMPARE(zh->column(ImportField::Unit), 6);
    QCOMPARE(zh->unusedColumns(), QList<qsizetype>{0});
    QCOMPARE(zh->columnName(3), QStringLiteral("手机号码"));
    QCOMPARE(zh->columnName(7), QStringLiteral("H")); // a blank header is named by its letter

    const Expected<ImportMapping, ImportError> en =
        ImportMapping::resolve({QStringLiteral("Name"), QStringLiteral("Mobile"), QStringLiteral("Account")});
    QVERIFY(en);
    QCOMPARE(en->column(ImportField::AccountName), 2);
    QCOMPARE(en->column(ImportField::IdNumber), std::nullopt);
    QCOMPARE(en->column(ImportField::Unit), std::nullopt);
}

void TestImportMapping::overrides()
{
    const QStringList headers{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("电话"),
                              QStringLiteral("部门"), QStringLiteral("单位")};
    // By header, by letter, by number; a field by key, by a Chinese header name; "skip" frees a recognised column.
    const Expected<ImportMapping, ImportError> mapping = ImportMapping::resolve(
        headers, {QStringLiteral("工号=account"), QStringLiteral("c=手机号"), QStringLiteral("4=skip")});
    QVERIFY2(mapping, qPrintable(mapping ? QString() : mapping.error().message()));
    QCOMPARE(mapping->column(ImportField::AccountName), 0);
    QCOMPARE(mapping->column(ImportField::Mobile), 2);
    QCOMPARE(mapping->column(ImportField::Unit), 4); // 部门 skipped, so 单位 is no longer ambiguous

    // An explicit entry takes a column away from the field it was recognised as.
    const Expected<ImportMapping, ImportError> moved = ImportMapping::resolve(
        {QStringLiteral("帐号"), QStringLiteral("姓名"), QStringLiteral("手机"), QStringLiteral("案号")},
        {QStringLiteral("案号=unit")});
    QVERIFY(moved);
    QCOMPARE(moved->column(ImportField::Unit), 3);
    QCOMPARE(moved->column(ImportField::CaseNumber), std::nullopt);
}

void TestImportMapping::refuses_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<int>("reason");

    const QStringList roster{QStringLiteral("帐号"), QStringLiteral("姓名"), QStringLiteral("手机号")};
    QTest::newRow("no mobile column") << QStringList{QStringLiteral("帐号"), QStringLiteral("姓名")} << QStringList()
                                      << int(Reason::MissingColumn);
    QTest::newRow("two account columns") << QStringList{QStringLiteral("帐号"), QStringLiteral("账号"),
                                                        QStringLiteral("姓名"), QStringLiteral("手机")}
                                         << QStringList() << int(Reason::AmbiguousColumn);
    QTest::newRow("unknown column") << roster << QStringList{QStringLiteral("备注=name")}
                                    << int(Reason::UnknownMapColumn);
    QTest::newRow("column number out of range")
        << roster << QStringList{QStringLiteral("9=name")} << int(Reason::UnknownMapColumn);
    QTest::newRow("unknown field") << roster << QStringList{QStringLiteral("姓名=nickname")}
                                   << int(Reason::UnknownMapField);
    QTest::newRow("not COLUMN=FIELD") << roster << QStringList{QStringLiteral("姓名")} << int(Reason::BadMapping);
    QTest::newRow("one field, two columns")
        << roster << QStringList{QStringLiteral("A=name"), QStringLiteral("B=name")} << int(Reason::FieldMappedTwice);
    QTest::newRow("required column skipped")
        << roster << QStringList{QStringLiteral("手机号=skip")} << int(Reason::MissingColumn);
}

void TestImportMapping::refuses()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, overrides);
    QFETCH(int, reason);
    const Expected<ImportMapping, ImportError> mapping = ImportMapping::resolve(headers, overrides);
    QVERIFY(!mapping);
    QCOMPARE(int(mapping.error().reason), reason);
    QVERIFY(!mapping.error().message().isEmpty());
}

void TestImportMapping::rememberedMappingReproducesItself()
{
    const QStringList headers{QStringLiteral("工号"), QStringLiteral("姓名"), QStringLiteral("电话")};
    const Expected<ImportMapping, ImportError> first =
        ImportMapping::resolve(headers, {QStringLiteral("工号=account"), QStringLiteral("电话=mobile")});
    QVERIFY(first);
    const Expected<ImportMapping, ImportError> again = ImportMapping::resolve(headers, first->toOverrides());
    QVERIFY(again);
    for (const ImportField field : ImportFields::all())
        QCOMPARE(again->column(field), first->column(field));
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
