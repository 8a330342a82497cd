#include "sandbox/Cidr.h"

#include <QList>

namespace dm::sandbox {
namespace {

// Longer than any address text (an IPv6 address in full is 39 characters): refused before any parsing.
constexpr qsizetype kMaxAddressText = 45;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

// A decimal number of 1..maxDigits digits without a leading zero (a lone "0" is fine).
std::optional<int> parseDecimal(QStringView text, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits || (text.size() > 1 && text.front() == u'0')) {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<IpAddress> parseV4(QStringView text)
{
    IpAddress address;
    int part = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u'.') {
            continue;
        }
        if (part == 4) {
            return std::nullopt;
        }
        const auto octet = parseDecimal(text.sliced(start, i - start), 3);
        if (!octet || *octet > 255) {
            return std::nullopt;
        }
        address.bytes[part++] = static_cast<quint8>(*octet);
        start = i + 1;
    }
    if (part != 4) {
        return std::nullopt;
    }
    return address;
}

// Groups of 1..4 hex digits separated by ':'; an empty text gives no groups.
std::optional<QList<quint16>> parseGroups(QStringView text)
{
    QList<quint16> groups;
    if (text.isEmpty()) {
        return groups;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != u':') {
            continue;
        }
        const QStringView group = text.sliced(start, i - start);
        if (group.isEmpty() || group.size() > 4) {
            return std::nullopt;
        }
        quint16 value = 0;
        for (const QChar c : group) {
            const int digit = hexValue(c);
            if (digit < 0) {
                return std::nullopt;
            }
            value = static_cast<quint16>(value * 16 + digit);
        }
        groups.append(value);
        start = i + 1;
    }
    return groups;
}

std::optional<IpAddress> parseV6(QStringView text)
{
    const qsizetype gap = text.indexOf(u"::");
    QList<quint16> groups;
    if (gap < 0) {
        auto all = parseGroups(text);
        if (!all || all->size() != 8) {
            return std::nullopt;
        }
        groups = *all;
    } else {
        if (text.indexOf(u"::", gap + 1) >= 0) {
            return std::nullopt; // a second "::" (":::" included) would make the address ambiguous
        }
        auto head = parseGroups(text.first(gap));
        auto tail = parseGroups(text.sliced(gap + 2));
        if (!head || !tail || head->size() + tail->size() > 7) {
            return std::nullopt;
        }
        groups = *head;
        groups.resize(8 - tail->size(), 0);
        groups.append(*tail);
    }
    IpAddress address;
    address.isV6 = true;
    for (int i = 0; i < 8; ++i) {
        address.bytes[2 * i] = static_cast<quint8>(groups[i] >> 8);
        address.bytes[2 * i + 1] = static_cast<quint8>(groups[i] & 0xff);
    }
    return address;
}

} // namespace

bool Cidr::contains(const IpAddress& address) const
{
    if (address.isV6 != network.isV6) {
        return false;
    }
    for (int bit = 0; bit < prefixLength; ++bit) {
        const quint8 mask = static_cast<quint8>(0x80u >> (bit % 8));
        if ((address.bytes[bit / 8] & mask) != (network.bytes[bit / 8] & mask)) {
            return false;
        }
    }
    return true;
}

std::optional<IpAddress> parseIpAddress(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxAddressText) {
        return std::nullopt;
    }
    return text.contains(u':') ? parseV6(text) : parseV4(text);
}

QString formatIpAddress(const IpAddress& address)
{
    if (!address.isV6) {
        return QStringLiteral("%1.%2.%3.%4")
            .arg(address.bytes[0])
            .arg(address.bytes[1])
            .arg(address.bytes[2])
            .arg(address.bytes[3]);
    }
    quint16 groups[8];
    for (int i = 0; i < 8; ++i) {
        groups[i] = static_cast<quint16>((address.bytes[2 * i] << 8) | address.bytes[2 * i + 1]);
    }
    // RFC 5952 4.2: the longest run of two or more zero groups becomes "::", the first one when runs tie.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && groups[j] == 0) {
            ++j;
        }
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(QLatin1Char(':'))) {
            text += QLatin1Char(':');
        }
        text += QString::number(groups[i], 16);
    }
    return text;
}

std::optional<Cidr> parseCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0 || text.size() > kMaxAddressText + 4) {
        return std::nullopt;
    }
    const QStringView addressText = text.first(slash);
    const auto address = parseIpAddress(addressText);
    const auto prefix = parseDecimal(text.sliced(slash + 1), 3);
    if (!address || !prefix || *prefix > address->bitCount() || formatIpAddress(*address) != addressText) {
        return std::nullopt;
    }
    Cidr cidr{*address, *prefix};
    for (int bit = *prefix; bit < address->bitCount(); ++bit) {
        if (address->bytes[bit / 8] & (0x80u >> (bit % 8))) {
            return std::nullopt; // host bits set: 10.0.0.1/8 names an address, not a network
        }
    }
    return cidr;
}

QString formatCidr(const Cidr& cidr)
{
    return formatIpAddress(cidr.network) + QLatin1Char('/') + QString::number(cidr.prefixLength);
}

} // namespace dm::sandbox
