#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Made without the code under test: ZIPs read and rewritten with QuaZip alone, SHA256SUMS with QCryptographicHash, the
// signing identity with OpenSSL directly. What a tamperer or a stranger's tools would do.
namespace prooftest {

struct ZipEntry
{
    QString name;
    QByteArray bytes;
};

// The entries in ZIP order; empty when the file cannot be read.
QList<ZipEntry> readZip(const QString& path);
bool writeZip(const QString& path, const QList<ZipEntry>& entries);
// Every entry stored (not deflated) with a CRC-32 that is not its own: an archive whose every entry reads to its
// declared size and then fails its CRC check.
bool writeZipWithWrongCrcs(const QString& path, const QList<ZipEntry>& entries);
// Every entry written under `directory` (sub-folders made as needed).
bool unzipTo(const QList<ZipEntry>& entries, const QString& directory);

QByteArray* find(QList<ZipEntry>& entries, const QString& name);
// SHA256SUMS recomputed for the other entries, as a tamperer who also rewrites it would.
void rewriteSums(QList<ZipEntry>& entries);

// events.jsonl with its "prev" members recomputed over `lines` (JSON objects, "prev" ignored), so that only the
// manifest can tell what changed.
QByteArray rechained(const QList<QByteArray>& lines);
QList<QByteArray> linesOf(const QByteArray& jsonl); // without their line feeds

// A self-signed EC P-256 certificate and key for `commonName`, as a PKCS#12 file protected by `password`.
struct TestSigner
{
    QByteArray pkcs12;
    QByteArray certificatePem;
};
TestSigner makeSigner(const QString& commonName, const QByteArray& password);
// A PKCS#12 file that holds only the certificate (PEM) given, no key.
QByteArray certificateOnlyPkcs12(const QByteArray& certificatePem, const QByteArray& password);

// The smallest PDF that carries the manifest's hashes the way report.pdf does: in an uncompressed XMP packet (the SM3
// only when given).
QByteArray placeholderPdf(const QByteArray& manifestSha256Hex, const QByteArray& manifestSm3Hex = {});

// A program run to its end with its output (stdout and stderr together); exitCode -1 when it did not finish.
struct Run
{
    int exitCode = -1;
    QString output;
};
Run run(const QString& program, const QStringList& arguments, const QString& directory);

// The lines of VERIFY.txt from the one that starts with `first` to the one that contains `last`, unindented: a
// command block exactly as a reader would copy it.
QString commandBlock(const QString& verifyText, const QString& first, const QString& last);

} // namespace prooftest
