#include "ProofPackTestSupport.h"

#include "timestamp/OpenSslHandle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace prooftest {
namespace {

using X509Ptr = std::unique_ptr<X509, dm::OpenSslFree<X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, dm::OpenSslFree<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, dm::OpenSslFree<BIO_free_all>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, dm::OpenSslFree<PKCS12_free>>;

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    const bool added = extension && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

QByteArray memoryBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

QList<ZipEntry> readZip(const QString& path)
{
    QuaZip zip(path);
    QList<ZipEntry> entries;
    if (!zip.open(QuaZip::mdUnzip)) {
        return entries;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

bool writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const ZipEntry& entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)) ||
            file.write(entry.bytes) != entry.bytes.size()) {
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

bool writeZipWithWrongCrcs(const QString& path, const QList<ZipEntry>& entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        return false;
    }
    for (const ZipEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        info.uncompressedSize = static_cast<ulong>(entry.bytes.size());
        // Raw and stored: QuaZip writes the bytes and the CRC it is given, and computes neither.
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0xdeadbeef, 0, 0, true) ||
            file.write(entry.bytes) != entry.bytes.size()) {
            return false;
        }
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

bool unzipTo(const QList<ZipEntry>& entries, const QString& directory)
{
    for (const ZipEntry& entry : entries) {
        const QString path = QDir(directory).filePath(entry.name);
        QFile file(path);
        if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) ||
            file.write(entry.bytes) != entry.bytes.size()) {
            return false;
        }
    }
    return true;
}

QByteArray* find(QList<ZipEntry>& entries, const QString& name)
{
    for (ZipEntry& entry : entries) {
        if (entry.name == name) {
            return &entry.bytes;
        }
    }
    return nullptr;
}

void rewriteSums(QList<ZipEntry>& entries)
{
    QByteArray sums;
    for (const ZipEntry& entry : entries) {
        if (entry.name != QLatin1String("SHA256SUMS")) {
            sums += QCryptographicHash::hash(entry.bytes, QCryptographicHash::Sha256).toHex() + "  " +
                    entry.name.toUtf8() + '\n';
        }
    }
    if (QByteArray* existing = find(entries, QStringLiteral("SHA256SUMS"))) {
        *existing = sums;
    } else {
        entries.append({QStringLiteral("SHA256SUMS"), sums});
    }
}

QList<QByteArray> linesOf(const QByteArray& jsonl)
{
    QList<QByteArray> lines = jsonl.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

QByteArray rechained(const QList<QByteArray>& lines)
{
    QByteArray prev(64, '0');
    QByteArray out;
    for (const QByteArray& line : lines) {
        QJsonObject event = QJsonDocument::fromJson(line).object();
        event.insert(QStringLiteral("prev"), QString::fromLatin1(prev));
        const QByteArray written = QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
        prev = QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex();
        out += written;
    }
    return out;
}

TestSigner makeSigner(const QString& commonName, const QByteArray& password)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        return {};
    }
    X509* cert = certificate.get();
    X509_NAME* name = X509_get_subject_name(cert);
    const QByteArray cn = commonName.toUtf8();
    const bool built =
        X509_set_version(cert, 2) == 1 && ASN1_INTEGER_set(X509_get_serialNumber(cert), 4242) == 1 &&
        X509_NAME_add_entry_by_txt(name, "C", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>("CN"), -1, -1, 0) ==
            1 &&
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(cn.constData()),
                                   -1, -1, 0) == 1 &&
        X509_set_issuer_name(cert, name) == 1 && X509_gmtime_adj(X509_getm_notBefore(cert), -3600) != nullptr &&
        X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600) != nullptr && X509_set_pubkey(cert, key.get()) == 1 &&
        addExtension(cert, NID_basic_constraints, "critical,CA:TRUE") &&
        addExtension(cert, NID_key_usage, "critical,digitalSignature,keyCertSign") &&
        X509_sign(cert, key.get(), EVP_sha256()) > 0;
    if (!built) {
        return {};
    }
    const Pkcs12Ptr bundle(PKCS12_create(password.constData(), "court seal", key.get(), cert, nullptr, 0, 0, 0, 0, 0));
    BioPtr p12(BIO_new(BIO_s_mem()));
    BioPtr pem(BIO_new(BIO_s_mem()));
    if (!bundle || i2d_PKCS12_bio(p12.get(), bundle.get()) != 1 || PEM_write_bio_X509(pem.get(), cert) != 1) {
        return {};
    }
    return {memoryBytes(p12.get()), memoryBytes(pem.get())};
}

QByteArray certificateOnlyPkcs12(const QByteArray& certificatePem, const QByteArray& password)
{
    BioPtr pem(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    const X509Ptr certificate(pem ? PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!certificate) {
        return {};
    }
    const Pkcs12Ptr bundle(
        PKCS12_create(password.constData(), "court seal", nullptr, certificate.get(), nullptr, 0, 0, 0, 0, 0));
    BioPtr p12(BIO_new(BIO_s_mem()));
    if (!bundle || !p12 || i2d_PKCS12_bio(p12.get(), bundle.get()) != 1) {
        return {};
    }
    return memoryBytes(p12.get());
}

QByteArray placeholderPdf(const QByteArray& manifestSha256Hex, const QByteArray& manifestSm3Hex)
{
    QByteArray pdf = QByteArrayLiteral("%PDF-1.7\n1 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n"
                                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF><rdf:Description "
                                       "xmlns:dm=\"https://dmadmin.invalid/ns/proof-pack/1.0/\"><dm:manifestSha256>") +
                     manifestSha256Hex + QByteArrayLiteral("</dm:manifestSha256>");
    if (!manifestSm3Hex.isEmpty()) {
        pdf += QByteArrayLiteral("<dm:manifestSm3>") + manifestSm3Hex + QByteArrayLiteral("</dm:manifestSm3>");
    }
    return pdf + QByteArrayLiteral("</rdf:Description></rdf:RDF></x:xmpmeta>\nendstream\nendobj\ntrailer\n<< >>\n"
                                   "%%EOF\n");
}

Run run(const QString& program, const QStringList& arguments, const QString& directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// The lines of VERIFY.txt from the one that starts with `first` to the one that contains `last`, unindented: a
// command block exactly as a reader would copy it.
QString commandBlock(const QString& verifyText, const QString& first, const QString& last)
{
    const QStringList lines = verifyText.split(QLatin1Char('\n'));
    QStringList block;
    bool inside = false;
    for (const QString& line : lines) {
        inside = inside || line.startsWith(QStringLiteral("  ") + first);
        if (inside) {
            block.append(line.mid(2));
            if (line.contains(last)) {
                break;
            }
        }
    }
    return block.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace prooftest
