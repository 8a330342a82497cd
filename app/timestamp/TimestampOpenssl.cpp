#include "timestamp/TimestampOpenssl.h"

#include <QTimeZone>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace dm::tsdetail {
namespace {

// GeneralizedTime as RFC 3161 writes it: YYYYMMDDhhmmss[.f...]Z, always UTC. OpenSSL's own conversion drops the
// fraction, and the milliseconds are worth keeping.
QDateTime readGeneralizedTime(const ASN1_GENERALIZEDTIME* generalizedTime)
{
    if (!generalizedTime) {
        return {};
    }
    const QByteArray text(reinterpret_cast<const char*>(ASN1_STRING_get0_data(generalizedTime)),
                          ASN1_STRING_length(generalizedTime));
    if (text.size() < 15 || !text.endsWith('Z')) {
        return {};
    }
    const QDate date = QDate::fromString(QString::fromLatin1(text.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(QString::fromLatin1(text.mid(8, 6)), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    QDateTime moment(date, time, QTimeZone::utc());
    if (text.size() > 15 && text.at(14) == '.') {
        const QByteArray fraction = text.mid(15, text.size() - 16);
        bool isNumber = false;
        const int millis = QByteArray(fraction + "00").left(3).toInt(&isNumber);
        if (!isNumber) {
            return {};
        }
        moment = moment.addMSecs(millis);
    }
    return moment;
}

QString generalName(const GENERAL_NAME* name)
{
    if (!name) {
        return {};
    }
    BioPtr out(BIO_new(BIO_s_mem()));
    if (name->type == GEN_DIRNAME) {
        X509_NAME_print_ex(out.get(), name->d.directoryName, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    } else {
        GENERAL_NAME_print(out.get(), const_cast<GENERAL_NAME*>(name));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return size > 0 ? QString::fromUtf8(data, static_cast<qsizetype>(size)) : QString();
}

std::optional<qint64> accuracyMicros(const TS_ACCURACY* accuracy)
{
    if (!accuracy) {
        return std::nullopt;
    }
    const auto part = [](const ASN1_INTEGER* value) { return value ? ASN1_INTEGER_get(value) : 0L; };
    return qint64(part(TS_ACCURACY_get_seconds(accuracy))) * 1000000 +
           qint64(part(TS_ACCURACY_get_millis(accuracy))) * 1000 + part(TS_ACCURACY_get_micros(accuracy));
}

} // namespace

QString integerHex(const ASN1_INTEGER* integer)
{
    BnPtr number(integer ? ASN1_INTEGER_to_BN(integer, nullptr) : nullptr);
    char* hex = number ? BN_bn2hex(number.get()) : nullptr;
    if (!hex) {
        return {};
    }
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    return text;
}

TimestampInfo readTstInfo(TS_TST_INFO* tstInfo)
{
    TimestampInfo info;
    info.genTime = readGeneralizedTime(TS_TST_INFO_get_time(tstInfo));
    info.serialHex = integerHex(TS_TST_INFO_get_serial(tstInfo));
    char oid[128] = {};
    if (OBJ_obj2txt(oid, sizeof oid, TS_TST_INFO_get_policy_id(tstInfo), 1) > 0) {
        info.policyOid = QString::fromLatin1(oid);
    }
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(tstInfo);
    if (imprint) {
        const ASN1_OBJECT* algorithm = nullptr;
        X509_ALGOR_get0(&algorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(imprint));
        const int nid = OBJ_obj2nid(algorithm);
        if (nid != NID_undef) {
            info.imprintAlgorithm = QString::fromLatin1(OBJ_nid2sn(nid));
        } else if (OBJ_obj2txt(oid, sizeof oid, algorithm, 1) > 0) {
            info.imprintAlgorithm = QString::fromLatin1(oid);
        }
        const ASN1_OCTET_STRING* digest = TS_MSG_IMPRINT_get_msg(imprint);
        info.imprint =
            QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(digest)), ASN1_STRING_length(digest));
    }
    if (const ASN1_INTEGER* nonce = TS_TST_INFO_get_nonce(tstInfo)) {
        info.nonceHex = integerHex(nonce);
    }
    info.tsaName = generalName(TS_TST_INFO_get_tsa(tstInfo));
    info.accuracyMicros = accuracyMicros(TS_TST_INFO_get_accuracy(tstInfo));
    return info;
}

QString takeOpensslErrors()
{
    QStringList reasons;
    while (const unsigned long error = ERR_get_error()) {
        if (const char* reason = ERR_reason_error_string(error)) {
            reasons.append(QString::fromLatin1(reason));
        }
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace dm::tsdetail
