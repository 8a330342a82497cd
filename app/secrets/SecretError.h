#pragma once

#include <QMetaType>
#include <QString>

namespace dm {

// Why a secret operation failed. `message` is translated, meant for the user, and never contains a secret value.
struct SecretError
{
    Q_GADGET

public:
    enum class Kind
    {
        NotFound,     // the keychain holds no secret under that name
        NoKeychain,   // no usable system keychain; dmadmin never falls back to a file
        AccessDenied, // the keychain is locked or the user refused access
        TooLarge,     // over SecretStore::MaxValueSize; refused before the keychain is touched
        Timeout,      // the keychain did not answer in time; whether a write or removal happened is unknown
        Other,        // an invalid name or any other failure; see the message
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Other;
    QString message;
};

} // namespace dm
