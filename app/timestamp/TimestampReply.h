#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace dm {

// What a time-stamp token says (RFC 3161 TSTInfo), read without judging it: verifyTimestamp() does that.
struct TimestampInfo
{
    QDateTime genTime;        // UTC, with the milliseconds when the TSA gives them
    QString serialHex;        // lower-case hex, as the TSA numbered it
    QString policyOid;        // dotted, e.g. 1.2.3.4.1
    QString imprintAlgorithm; // OpenSSL's short name, e.g. SHA256
    QByteArray imprint;       // the digest that was time-stamped
    QString nonceHex;         // lower-case hex; empty when the token carries none
    QString tsaName;          // e.g. "CN=dmadmin sandbox TSA,O=dmadmin sandbox platform"; empty when absent
    std::optional<qint64> accuracyMicros;
};

// RFC 3161 PKIStatus.
enum class TimestampStatus
{
    Granted = 0,
    GrantedWithMods = 1,
    Rejection = 2,
    Waiting = 3,
    RevocationWarning = 4,
    RevocationNotification = 5,
};

// A parsed TimeStampResp.
struct TimestampReply
{
    TimestampStatus status = TimestampStatus::Rejection;
    QString statusText;   // the TSA's free text, if any
    QStringList failures; // failInfo in words, e.g. "bad data format"
    QByteArray tokenDer;  // the TimeStampToken (DER ContentInfo) when granted
    std::optional<TimestampInfo> info;

    [[nodiscard]] bool isGranted() const
    {
        return status == TimestampStatus::Granted || status == TimestampStatus::GrantedWithMods;
    }
    // e.g. "rejection (bad data format): Bad request format or system error."
    [[nodiscard]] QString describeStatus() const;
};

[[nodiscard]] QString statusName(TimestampStatus status);

// A DER TimeStampResp. An error only for bytes that are not one; a refusal is a reply like any other.
[[nodiscard]] Expected<TimestampReply, QString> parseTimestampReply(const QByteArray& der);
// A bare TimeStampToken (DER ContentInfo of SignedData over TSTInfo).
[[nodiscard]] Expected<TimestampInfo, QString> parseTimestampToken(const QByteArray& der);

} // namespace dm
