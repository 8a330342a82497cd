#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// Where the court got a recipient's electronic address from. It decides when a document sent there is served
// (人民法院在线诉讼规则 Art 31): on arrival at an address the recipient confirmed or provided, otherwise only when the
// recipient replies or acts.
enum class AddressBasisKind
{
    Confirmed,  // confirmed by the recipient (送达地址确认书)
    Provided,   // provided by the recipient
    CourtFound, // found by the court
};

struct AddressBasis
{
    AddressBasisKind kind = AddressBasisKind::Confirmed;
    QDate date;        // when the recipient confirmed or provided it, or the court found it
    QString reference; // the 送达地址确认书's reference, or how the court found it
};

// The contract's spellings ("confirmed", "provided", "courtFound"); nullopt for anything else.
[[nodiscard]] QString toString(AddressBasisKind kind);
[[nodiscard]] std::optional<AddressBasisKind> addressBasisKindFromString(QStringView text);

} // namespace dm
