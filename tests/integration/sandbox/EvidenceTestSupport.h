#pragma once

// Helpers of the delivery-evidence test: the digests worked out here (SHA-256 by Qt, SM3 by OpenSSL directly), a
// structural check of a PDF, and the platform's logs read back the way any client reads them.
#include "LogTestSupport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <openssl/evp.h>

#include <memory>

namespace evidencetest {

inline const QString kEvidence = QStringLiteral("/api/open/delivery/mail/getEvidence");
inline const QString kSetAddressBasis = QStringLiteral("/api/open/delivery/account/setAddressBasis");

inline QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// SM3 (GB/T 32905) through OpenSSL 3's EVP interface; empty when OpenSSL lacks it.
inline QString sm3Hex(const QByteArray& bytes)
{
    const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SM3", nullptr), &EVP_MD_free);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md ||
        EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), digest, &length, md.get(), nullptr) != 1) {
        return {};
    }
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}

// What a PDF reader needs to find every object: the header, the trailer, startxref pointing at the table, and each
// in-use entry pointing at "<n> 0 obj". Empty when the file holds; else what is wrong.
inline QString pdfProblem(const QByteArray& pdf)
{
    if (!pdf.startsWith("%PDF-1.") || !pdf.endsWith("%%EOF\n")) {
        return QStringLiteral("no PDF header or no %%EOF");
    }
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    const qsizetype table = pdf.mid(startxref + 10).split('\n').value(0).toLongLong();
    if (startxref < 0 || pdf.mid(table, 5) != "xref\n") {
        return QStringLiteral("startxref does not point at the cross-reference table");
    }
    const QList<QByteArray> lines = pdf.mid(table).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    for (int object = 1; object < count; ++object) {
        const QByteArray entry = lines.value(2 + object);
        const qsizetype offset = entry.left(10).toLongLong();
        if (entry.size() != 19 || !entry.endsWith(" 00000 n ") ||
            !pdf.mid(offset).startsWith(QByteArray(QByteArray::number(object) + " 0 obj\n"))) {
            return QStringLiteral("object %1 is not where the table says").arg(object);
        }
    }
    return count >= 2 ? QString() : QStringLiteral("an empty cross-reference table");
}

// The text as the sandbox writes Chinese into its PDFs: a hex string of UTF-16BE code units.
inline QByteArray pdfHex(const QString& text)
{
    QByteArray hex;
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return hex;
}

// The rows of a log matching `filters` over [from, to), in 31-day windows (the platform's limit), in order.
inline QList<QJsonObject> rowsBetween(SandboxProcess& sandbox, const QString& path, qint64 from, qint64 to,
                                      const QJsonObject& filters, QString* error)
{
    QList<QJsonObject> rows;
    for (qint64 start = from; start < to; start += logtest::kMaxWindow) {
        const logtest::Paged paged = logtest::pageAll(
            sandbox, path, logtest::window(start, std::min(to, start + logtest::kMaxWindow), filters), 1000);
        if (!paged.error.isEmpty()) {
            *error = paged.error;
            return {};
        }
        rows += paged.items;
    }
    return rows;
}

inline QJsonObject evidenceRequest(const QString& messageId, const QString& recipient)
{
    return QJsonObject{{QStringLiteral("messageId"), messageId}, {QStringLiteral("recipient"), recipient}};
}

inline QString attachmentPath(const QString& messageId, const QString& name)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("messageId"), messageId);
    query.addQueryItem(QStringLiteral("name"), name);
    return QStringLiteral("/sandbox/mail/attachment?") + query.toString(QUrl::FullyEncoded);
}

// The access kinds in the order the contract sorts ties.
inline int kindOrder(const QString& kind)
{
    return QStringList{QStringLiteral("login"), QStringLiteral("open"), QStringLiteral("download"),
                       QStringLiteral("reply")}
        .indexOf(kind);
}

inline QDate beijingDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 60 * 60)).date();
}

inline QString maskedMobile(const QString& mobile)
{
    return mobile.left(3) + QStringLiteral("****") + mobile.right(4);
}

} // namespace evidencetest
