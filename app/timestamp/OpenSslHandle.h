#pragma once

// Ownership of OpenSSL objects for every part that speaks OpenSSL's C API (the time-stamp library, the sandbox's TLS
// and TSA identities, their tests): each object is freed by the library's own function, whatever path leaves scope.
// Header-only, so the sandbox can use it without linking the time-stamp library.

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace dm {

// std::unique_ptr<X509, OpenSslFree<X509_free>> frees with X509_free.
template <auto Free>
struct OpenSslFree
{
    template <typename T>
    void operator()(T* pointer) const
    {
        Free(pointer);
    }
};

// A stack of certificates owns them too: freeing the stack frees each.
inline void freeCertificateStack(STACK_OF(X509) * certificates)
{
    sk_X509_pop_free(certificates, X509_free);
}

// The handles every part needs.
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;
using IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpenSslFree<ASN1_INTEGER_free>>;
using CertStackPtr = std::unique_ptr<STACK_OF(X509), OpenSslFree<freeCertificateStack>>;

} // namespace dm
