#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// What a column of an import file holds: the fields of a new delivery account.
enum class ImportField
{
    AccountName, // required
    Name,        // required
    IdNumber,
    Mobile,     // required
    CaseNumber, // the platform's jobNumber
    Unit,       // a unit id or a unit name, resolved by the caller
};

// Header recognition and the names fields go by, in both languages.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    [[nodiscard]] static QList<ImportField> all();
    [[nodiscard]] static bool isRequired(ImportField field);
    // The field a header names: the usual Chinese and English headers (帐号/账号, 姓名, 身份证号, 手机号, 案号,
    // 部门/单位; account, name, id number, mobile, case number, unit and a few variants), compared after folding
    // full-width forms, dropping spaces, '_', '-', a trailing '*' or a bracketed note such as "（必填）", and ignoring
    // case.
    [[nodiscard]] static std::optional<ImportField> fromHeader(QStringView header);
    // The FIELD of a COLUMN=FIELD mapping: a key (account, name, id, mobile, case, unit) or any recognised header.
    [[nodiscard]] static std::optional<ImportField> fromName(QStringView name);
    // The short English key fromName() takes, as dmctl and saved mappings write it.
    [[nodiscard]] static QString key(ImportField field);
    // Translated, for reports and the mapping page.
    [[nodiscard]] static QString displayName(ImportField field);
    // The comparison form fromHeader() uses; also how mapped column names are matched.
    [[nodiscard]] static QString normalizedHeader(QStringView header);
};

} // namespace dm
