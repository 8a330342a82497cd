#include "core/ImportField.h"

#include "core/FullWidth.h"

#include <array>

namespace dm {

namespace {

struct Alias
{
    ImportField field;
    QStringView normalized;
};

// Already in normalizedHeader() form: lower case, no spaces, '_' or '-'.
constexpr std::array Aliases{
    Alias{ImportField::AccountName, u"帐号"},
    Alias{ImportField::AccountName, u"账号"},
    Alias{ImportField::AccountName, u"邮箱帐号"},
    Alias{ImportField::AccountName, u"邮箱账号"},
    Alias{ImportField::AccountName, u"用户名"},
    Alias{ImportField::AccountName, u"account"},
    Alias{ImportField::AccountName, u"accountname"},
    Alias{ImportField::AccountName, u"username"},
    Alias{ImportField::Name, u"姓名"},
    Alias{ImportField::Name, u"name"},
    Alias{ImportField::Name, u"fullname"},
    Alias{ImportField::IdNumber, u"身份证号"},
    Alias{ImportField::IdNumber, u"身份证号码"},
    Alias{ImportField::IdNumber, u"身份证"},
    Alias{ImportField::IdNumber, u"证件号码"},
    Alias{ImportField::IdNumber, u"idnumber"},
    Alias{ImportField::IdNumber, u"idno"},
    Alias{ImportField::IdNumber, u"idcard"},
    Alias{ImportField::IdNumber, u"id"},
    Alias{ImportField::Mobile, u"手机号"},
    Alias{ImportField::Mobile, u"手机号码"},
    Alias{ImportField::Mobile, u"手机"},
    Alias{ImportField::Mobile, u"mobile"},
    Alias{ImportField::Mobile, u"mobilenumber"},
    Alias{ImportField::Mobile, u"mobilephone"},
    Alias{ImportField::Mobile, u"bindmobile"},
    Alias{ImportField::CaseNumber, u"案号"},
    Alias{ImportField::CaseNumber, u"案件号"},
    Alias{ImportField::CaseNumber, u"casenumber"},
    Alias{ImportField::CaseNumber, u"caseno"},
    Alias{ImportField::CaseNumber, u"case"},
    Alias{ImportField::CaseNumber, u"jobnumber"},
    Alias{ImportField::Unit, u"部门"},
    Alias{ImportField::Unit, u"单位"},
    Alias{ImportField::Unit, u"所属部门"},
    Alias{ImportField::Unit, u"所属单位"},
    Alias{ImportField::Unit, u"unit"},
    Alias{ImportField::Unit, u"unitid"},
    Alias{ImportField::Unit, u"department"},
    Alias{ImportField::AddressBasis, u"送达地址依据"},
    Alias{ImportField::AddressBasis, u"地址依据"},
    Alias{ImportField::AddressBasis, u"送达地址来源"},
    Alias{ImportField::AddressBasis, u"addressbasis"},
    Alias{ImportField::AddressBasis, u"basis"},
    Alias{ImportField::AddressBasisDate, u"确认日期"},
    Alias{ImportField::AddressBasisDate, u"依据日期"},
    Alias{ImportField::AddressBasisDate, u"地址确认日期"},
    Alias{ImportField::AddressBasisDate, u"basisdate"},
    Alias{ImportField::AddressBasisDate, u"addressbasisdate"},
    Alias{ImportField::AddressBasisReference, u"确认书编号"},
    Alias{ImportField::AddressBasisReference, u"送达地址确认书编号"},
    Alias{ImportField::AddressBasisReference, u"依据文号"},
    Alias{ImportField::AddressBasisReference, u"basisreference"},
    Alias{ImportField::AddressBasisReference, u"addressbasisreference"},
};

} // namespace

QList<ImportField> ImportFields::all()
{
    return {
        ImportField::AccountName,
        ImportField::Name,
        ImportField::IdNumber,
        ImportField::Mobile,
        ImportField::CaseNumber,
        ImportField::Unit,
        ImportField::AddressBasis,
        ImportField::AddressBasisDate,
        ImportField::AddressBasisReference,
    };
}

bool ImportFields::isRequired(ImportField field)
{
    return field == ImportField::AccountName || field == ImportField::Name || field == ImportField::Mobile;
}

QString ImportFields::normalizedHeader(QStringView header)
{
    QString folded = foldFullWidth(header.trimmed()).toLower();
    // A note in brackets at the end, such as "(必填)" or "(optional)", and a required-marker '*'.
    folded = folded.trimmed();
    while (folded.endsWith(u'*'))
        folded.chop(1);
    if (folded.endsWith(u')')) {
        const qsizetype open = folded.lastIndexOf(u'(');
        if (open > 0)
            folded.truncate(open);
    }
    QString normalized;
    normalized.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if (!c.isSpace() && c != u'_' && c != u'-' && c != QChar(0xFEFF))
            normalized.append(c);
    }
    return normalized;
}

std::optional<ImportField> ImportFields::fromHeader(QStringView header)
{
    const QString normalized = normalizedHeader(header);
    for (const Alias& alias : Aliases) {
        if (alias.normalized == normalized)
            return alias.field;
    }
    return std::nullopt;
}

std::optional<ImportField> ImportFields::fromName(QStringView name)
{
    const QString normalized = normalizedHeader(name);
    for (const ImportField field : all()) {
        if (normalizedHeader(key(field)) == normalized)
            return field;
    }
    return fromHeader(name);
}

QString ImportFields::key(ImportField field)
{
    switch (field) {
    case ImportField::AccountName:
        return QStringLiteral("account");
    case ImportField::Name:
        return QStringLiteral("name");
    case ImportField::IdNumber:
        return QStringLiteral("id");
    case ImportField::Mobile:
        return QStringLiteral("mobile");
    case ImportField::CaseNumber:
        return QStringLiteral("case");
    case ImportField::Unit:
        return QStringLiteral("unit");
    case ImportField::AddressBasis:
        return QStringLiteral("basis");
    case ImportField::AddressBasisDate:
        return QStringLiteral("basisDate");
    case ImportField::AddressBasisReference:
        return QStringLiteral("basisReference");
    }
    return {};
}

QString ImportFields::displayName(ImportField field)
{
    switch (field) {
    case ImportField::AccountName:
        return tr("Account name");
    case ImportField::Name:
        return tr("Name");
    case ImportField::IdNumber:
        return tr("ID number");
    case ImportField::Mobile:
        return tr("Mobile");
    case ImportField::CaseNumber:
        return tr("Case number");
    case ImportField::Unit:
        return tr("Unit");
    case ImportField::AddressBasis:
        return tr("Address basis");
    case ImportField::AddressBasisDate:
        return tr("Basis date");
    case ImportField::AddressBasisReference:
        return tr("Basis reference");
    }
    return {};
}

} // namespace dm
