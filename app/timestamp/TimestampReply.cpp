#include "timestamp/TimestampReply.h"

#include "timestamp/TimestampOpenssl.h"

#include <openssl/err.h>

namespace dm {
namespace {

using namespace tsdetail;

// RFC 3161 PKIFailureInfo bits, in words.
struct FailureBit
{
    int bit;
    const char* words;
};
constexpr FailureBit kFailureBits[] = {
    {TS_INFO_BAD_ALG, "unsupported digest algorithm"},
    {TS_INFO_BAD_REQUEST, "request not permitted"},
    {TS_INFO_BAD_DATA_FORMAT, "bad data format"},
    {TS_INFO_TIME_NOT_AVAILABLE, "time source not available"},
    {TS_INFO_UNACCEPTED_POLICY, "policy not accepted"},
    {TS_INFO_UNACCEPTED_EXTENSION, "extension not accepted"},
    {TS_INFO_ADD_INFO_NOT_AVAILABLE, "additional information not available"},
    {TS_INFO_SYSTEM_FAILURE, "system failure"},
};

} // namespace

QString statusName(TimestampStatus status)
{
    switch (status) {
    case TimestampStatus::Granted:
        return QStringLiteral("granted");
    case TimestampStatus::GrantedWithMods:
        return QStringLiteral("grantedWithMods");
    case TimestampStatus::Rejection:
        return QStringLiteral("rejection");
    case TimestampStatus::Waiting:
        return QStringLiteral("waiting");
    case TimestampStatus::RevocationWarning:
        return QStringLiteral("revocationWarning");
    case TimestampStatus::RevocationNotification:
        return QStringLiteral("revocationNotification");
    }
    return QStringLiteral("unknown");
}

QString TimestampReply::describeStatus() const
{
    QString text = statusName(status);
    if (!failures.isEmpty()) {
        text += QStringLiteral(" (") + failures.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (!statusText.isEmpty()) {
        text += QStringLiteral(": ") + statusText;
    }
    return text;
}

Expected<TimestampReply, QString> parseTimestampReply(const QByteArray& der)
{
    // d2i_TS_RESP also refuses a granted reply without a token and a refusal with one.
    const RespPtr response = fromDer<RespPtr, d2i_TS_RESP>(der);
    ERR_clear_error();
    if (!response) {
        return Unexpected{QStringLiteral("not a time-stamp reply")};
    }
    TimestampReply reply;
    const TS_STATUS_INFO* statusInfo = TS_RESP_get_status_info(response.get());
    const long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(statusInfo));
    if (status < 0 || status > static_cast<long>(TimestampStatus::RevocationNotification)) {
        return Unexpected{QStringLiteral("the time-stamp reply has an unknown status %1").arg(status)};
    }
    reply.status = static_cast<TimestampStatus>(status);
    const STACK_OF(ASN1_UTF8STRING)* texts = TS_STATUS_INFO_get0_text(statusInfo);
    QStringList lines;
    for (int i = 0; i < sk_ASN1_UTF8STRING_num(texts); ++i) {
        const ASN1_UTF8STRING* line = sk_ASN1_UTF8STRING_value(texts, i);
        lines.append(
            QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(line)), ASN1_STRING_length(line)));
    }
    reply.statusText = lines.join(QLatin1Char(' '));
    if (const ASN1_BIT_STRING* failure = TS_STATUS_INFO_get0_failure_info(statusInfo)) {
        for (const FailureBit& known : kFailureBits) {
            if (ASN1_BIT_STRING_get_bit(failure, known.bit)) {
                reply.failures.append(QString::fromLatin1(known.words));
            }
        }
    }
    if (PKCS7* token = TS_RESP_get_token(response.get())) {
        reply.tokenDer = toDer<i2d_PKCS7>(token);
        reply.info = readTstInfo(TS_RESP_get_tst_info(response.get()));
    }
    return reply;
}

Expected<TimestampInfo, QString> parseTimestampToken(const QByteArray& der)
{
    const Pkcs7Ptr token = fromDer<Pkcs7Ptr, d2i_PKCS7>(der);
    const TstInfoPtr tstInfo(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    ERR_clear_error();
    if (!tstInfo) {
        return Unexpected{QStringLiteral("not a time-stamp token")};
    }
    return readTstInfo(tstInfo.get());
}

} // namespace dm
