#include "timestamp/Digest.h"

#include <QIODevice>

#include <openssl/evp.h>

namespace dm {

struct Digester::State
{
    EVP_MD* md = nullptr;
    EVP_MD_CTX* context = nullptr;
    QString failure; // the first thing that went wrong, reported by result()

    ~State()
    {
        EVP_MD_CTX_free(context);
        EVP_MD_free(md);
    }
};

Digester::Digester(DigestAlgorithm algorithm)
    : m_state(std::make_unique<State>())
{
    // Fetched by name from the providers (OpenSSL 3): a build without SM3 says so here instead of failing later.
    const char* name = algorithm == DigestAlgorithm::Sm3 ? "SM3" : "SHA256";
    m_state->md = EVP_MD_fetch(nullptr, name, nullptr);
    m_state->context = EVP_MD_CTX_new();
    if (!m_state->md) {
        m_state->failure = QStringLiteral("OpenSSL offers no %1 digest").arg(QLatin1String(name));
    } else if (!m_state->context || EVP_DigestInit_ex2(m_state->context, m_state->md, nullptr) != 1) {
        m_state->failure = QStringLiteral("OpenSSL could not start a %1 digest").arg(QLatin1String(name));
    }
}

Digester::~Digester() = default;

void Digester::addData(QByteArrayView bytes)
{
    if (m_state->failure.isEmpty() && !bytes.isEmpty() &&
        EVP_DigestUpdate(m_state->context, bytes.data(), static_cast<size_t>(bytes.size())) != 1) {
        m_state->failure = QStringLiteral("OpenSSL could not compute the digest");
    }
}

bool Digester::addData(QIODevice& device)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read < 0) {
            m_state->failure = QStringLiteral("cannot read the data to digest: %1").arg(device.errorString());
            return false;
        }
        if (read == 0) {
            return m_state->failure.isEmpty();
        }
        addData(QByteArrayView(buffer.constData(), read));
    }
}

Expected<QByteArray, QString> Digester::result()
{
    if (!m_state->failure.isEmpty()) {
        return Unexpected{m_state->failure};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_state->context, digest, &length) != 1) {
        m_state->failure = QStringLiteral("OpenSSL could not finish the digest");
        return Unexpected{m_state->failure};
    }
    m_state->failure = QStringLiteral("the digest was already taken");
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

Expected<QByteArray, QString> digestOf(DigestAlgorithm algorithm, QByteArrayView bytes)
{
    Digester digester(algorithm);
    digester.addData(bytes);
    return digester.result();
}

QByteArray sha256Of(QByteArrayView bytes)
{
    auto digest = digestOf(DigestAlgorithm::Sha256, bytes);
    return digest ? digest.value() : QByteArray();
}

Expected<QByteArray, QString> sm3Of(QByteArrayView bytes)
{
    return digestOf(DigestAlgorithm::Sm3, bytes);
}

} // namespace dm
