#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstddef>
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
    // Where the court got the address (core/AddressBasis.h); the three go together, the kind deciding.
    AddressBasis,          // 已确认 / 受送达人提供 / 法院查明 (AddressBasisRules::kindFromText)
    AddressBasisDate,      // when it was confirmed, provided or found
    AddressBasisReference, // the 送达地址确认书's number, or how the court found it
};

// How many fields there are: the size of arrays indexed by ImportField.
inline constexpr std::size_t kImportFieldCount = 9;

// Header recognition and the names fields go by, in both languages.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    [[nodiscard]] static QList<ImportField> all();
    [[nodiscard]] static bool isRequired(ImportField field);
    // The field a header names: the usual Chinese and English headers (帐号/账号, 姓名, 身份证号, 手机号, 案号,
    // 部门/单位, 送达地址依据, 确认日期, 确认书编号; account, name, id number, mobile, case number, unit, address
    // basis, basis date, basis reference and a few variants), compared after folding full-width forms, dropping spaces,
    // '_', '-', a trailing '*' or a bracketed note such as "（必填）", and ignoring case.
    [[nodiscard]] static std::optional<ImportField> fromHeader(QStringView header);
    // The FIELD of a COLUMN=FIELD mapping: a key (account, name, id, mobile, case, unit, basis, basisDate,
    // basisReference) or any recognised header.
    [[nodiscard]] static std::optional<ImportField> fromName(QStringView name);
    // The short English key fromName() takes, as dmctl and saved mappings write it.
    [[nodiscard]] static QString key(ImportField field);
    // Translated, for reports and the mapping page.
    [[nodiscard]] static QString displayName(ImportField field);
    // The comparison form fromHeader() uses; also how mapped column names are matched.
    [[nodiscard]] static QString normalizedHeader(QStringView header);
};

} // namespace dm
