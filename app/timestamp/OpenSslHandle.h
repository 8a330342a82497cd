#pragma once

// Ownership of OpenSSL objects for every part that speaks OpenSSL's C API (the time-stamp library, the sandbox's TLS
// and TSA identities, their tests): each object is freed by the library's own function, whatever path leaves scope.
// Header-only, so the sandbox can use it without linking the time-stamp library.

#include <openssl/x509.h>

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

} // namespace dm
