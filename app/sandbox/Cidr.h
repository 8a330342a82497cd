#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace dm::sandbox {

// One IPv4 or IPv6 address as bytes (IPv4 uses the first four).
struct IpAddress
{
    bool isV6 = false;
    std::array<quint8, 16> bytes{};

    [[nodiscard]] int bitCount() const { return isV6 ? 128 : 32; }
    friend bool operator==(const IpAddress&, const IpAddress&) = default;
};

// A network in CIDR notation: the address with every host bit zero, and the prefix length.
struct Cidr
{
    IpAddress network;
    int prefixLength = 0;

    // False across families: an IPv4 rule never matches an IPv6 client and the other way round.
    [[nodiscard]] bool contains(const IpAddress& address) const;
    friend bool operator==(const Cidr&, const Cidr&) = default;
};

// Pure functions (no Qt state, no allocation beyond the result), written to be fuzzed.
//
// parseIpAddress reads a dotted-quad IPv4 address (decimal, no leading zeros) or an IPv6 address in hex groups
// (any case, at most one "::"; no zone, no embedded dotted quad). Anything else, including surrounding spaces, fails.
[[nodiscard]] std::optional<IpAddress> parseIpAddress(QStringView text);
// The canonical text of an address: dotted quad, or RFC 5952 for IPv6 (lower case, no leading zeros, the longest
// run of two or more zero groups written as "::", the leftmost one on a tie).
[[nodiscard]] QString formatIpAddress(const IpAddress& address);
// parseCidr accepts exactly the canonical form "address/prefix": the address written as formatIpAddress writes it,
// the prefix in decimal without leading zeros (0..32 for IPv4, 0..128 for IPv6), and no host bit set.
[[nodiscard]] std::optional<Cidr> parseCidr(QStringView text);
[[nodiscard]] QString formatCidr(const Cidr& cidr);

} // namespace dm::sandbox
