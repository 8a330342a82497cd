#include "core/AddressBasis.h"

#include "core/EnumNames.h"

namespace dm {

namespace {
constexpr EnumName<AddressBasisKind> kBasisNames[] = {
    {AddressBasisKind::Confirmed, "confirmed"},
    {AddressBasisKind::Provided, "provided"},
    {AddressBasisKind::CourtFound, "courtFound"},
};
} // namespace

QString toString(AddressBasisKind kind)
{
    return enumToString(kBasisNames, kind);
}

std::optional<AddressBasisKind> addressBasisKindFromString(QStringView text)
{
    return enumFromString(kBasisNames, text);
}

} // namespace dm
