#include "core/LoginRuleEvaluator.h"

#include <QCoreApplication>

namespace dm {
namespace {

// Translation context of the lint's sentences.
struct LoginRuleLint
{
    Q_DECLARE_TR_FUNCTIONS(LoginRuleLint)
};

// Decimal 0..max without sign or leading zeros ("0" itself is fine).
std::optional<int> decimal(QStringView text, int max)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == u'0')) {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= max ? std::optional<int>(value) : std::nullopt;
}

std::optional<int> hexDigit(QChar c)
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
    return std::nullopt;
}

std::optional<LoginRuleMatcher::Address> parseV4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4) {
        return std::nullopt;
    }
    LoginRuleMatcher::Address address;
    for (int i = 0; i < 4; ++i) {
        const auto octet = decimal(parts.at(i), 255);
        if (!octet) {
            return std::nullopt;
        }
        address.bytes[std::size_t(i)] = quint8(*octet);
    }
    return address;
}

// Groups of 1..4 hex digits separated by ':', one "::" at most standing for one or more zero groups. A dotted quad
// tail (::ffff:1.2.3.4) and a zone (%eth0) are refused, as the evaluate endpoint refuses them.
std::optional<LoginRuleMatcher::Address> parseV6(QStringView text)
{
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    if (gap >= 0 && text.indexOf(QStringLiteral("::"), gap + 1) >= 0) {
        return std::nullopt;
    }
    const auto groups = [](QStringView half, QList<quint16>& out) {
        if (half.isEmpty()) {
            return true;
        }
        for (const QStringView group : half.split(u':')) {
            if (group.isEmpty() || group.size() > 4) {
                return false;
            }
            quint16 value = 0;
            for (const QChar c : group) {
                const auto digit = hexDigit(c);
                if (!digit) {
                    return false;
                }
                value = quint16(value * 16 + *digit);
            }
            out.append(value);
        }
        return true;
    };
    QList<quint16> head;
    QList<quint16> tail;
    if (gap < 0) {
        if (!groups(text, head) || head.size() != 8) {
            return std::nullopt;
        }
    } else if (!groups(text.first(gap), head) || !groups(text.sliced(gap + 2), tail) || head.size() + tail.size() > 7) {
        return std::nullopt;
    }
    std::array<quint16, 8> all{};
    for (qsizetype i = 0; i < head.size(); ++i) {
        all[std::size_t(i)] = head.at(i);
    }
    for (qsizetype i = 0; i < tail.size(); ++i) {
        all[std::size_t(8 - tail.size() + i)] = tail.at(i);
    }
    LoginRuleMatcher::Address address;
    address.v6 = true;
    for (std::size_t i = 0; i < 8; ++i) {
        address.bytes[2 * i] = quint8(all[i] >> 8);
        address.bytes[2 * i + 1] = quint8(all[i] & 0xff);
    }
    return address;
}

bool regionMatches(const QString& value, const LoginAttempt& login)
{
    // The platform reads the place as "<province><city>" (广东省广州市); without a province it is unknown.
    if (login.province.isEmpty()) {
        return false;
    }
    return value == login.province || (!login.city.isEmpty() && value == login.city);
}

bool isCatchAll(const std::optional<LoginRuleMatcher::Network>& network, bool v6)
{
    return network && network->prefix == 0 && network->base.v6 == v6;
}

} // namespace

std::optional<LoginRuleMatcher::Address> LoginRuleMatcher::parseAddress(QStringView text)
{
    if (text.contains(u':')) {
        return text.contains(u'.') || text.contains(u'%') ? std::nullopt : parseV6(text);
    }
    return parseV4(text);
}

std::optional<LoginRuleMatcher::Network> LoginRuleMatcher::parseNetwork(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0 || text.indexOf(u'/', slash + 1) >= 0) {
        return std::nullopt;
    }
    const auto base = parseAddress(text.first(slash));
    if (!base) {
        return std::nullopt;
    }
    const auto prefix = decimal(text.sliced(slash + 1), base->v6 ? 128 : 32);
    if (!prefix) {
        return std::nullopt;
    }
    const Network network{*base, *prefix};
    // No host bit may be set: 10.0.0.1/8 is not a network the platform stores.
    for (int bit = *prefix; bit < (base->v6 ? 128 : 32); ++bit) {
        if (base->bytes[std::size_t(bit / 8)] & (0x80u >> (bit % 8))) {
            return std::nullopt;
        }
    }
    return network;
}

bool LoginRuleMatcher::contains(const Network& network, const Address& address)
{
    // §12: an IPv4 rule never matches an IPv6 address and the other way round. An IPv4-mapped IPv6 address
    // (::ffff:a00:1) is an IPv6 address here: only IPv6 rules (::ffff:0:0/96, ::/0) match it, never 10.0.0.0/8.
    if (network.base.v6 != address.v6) {
        return false;
    }
    const int whole = network.prefix / 8;
    for (int i = 0; i < whole; ++i) {
        if (network.base.bytes[std::size_t(i)] != address.bytes[std::size_t(i)]) {
            return false;
        }
    }
    const int rest = network.prefix % 8;
    if (rest == 0) {
        return true;
    }
    const quint8 mask = quint8(0xff << (8 - rest));
    return (network.base.bytes[std::size_t(whole)] & mask) == (address.bytes[std::size_t(whole)] & mask);
}

LoginRuleMatcher::LoginRuleMatcher(const LoginRuleDocument& document)
    : m_document(document)
{
    m_networks.reserve(std::size_t(document.rules.size()));
    for (const LoginRule& rule : document.rules) {
        m_networks.push_back(rule.kind == LoginRuleKind::Cidr ? parseNetwork(rule.value) : std::nullopt);
    }
}

std::optional<int> LoginRuleMatcher::firstMatch(const LoginAttempt& login) const
{
    // Parsed lazily: a list of region rules never needs the address.
    std::optional<std::optional<Address>> address;
    for (qsizetype i = 0; i < m_document.rules.size(); ++i) {
        const LoginRule& rule = m_document.rules.at(i);
        if (rule.kind == LoginRuleKind::Region) {
            if (regionMatches(rule.value, login)) {
                return int(i);
            }
            continue;
        }
        const std::optional<Network>& network = m_networks[std::size_t(i)];
        if (!network) {
            continue;
        }
        if (!address) {
            address = parseAddress(login.ip);
        }
        if (*address && contains(*network, **address)) {
            return int(i);
        }
    }
    return std::nullopt;
}

LoginDecision decideLogin(const LoginRuleMatcher& domain, const LoginRuleMatcher* account, const LoginAttempt& login)
{
    if (account) {
        if (const auto index = account->firstMatch(login)) {
            return {account->document().rules.at(*index).action, index, LoginRuleLevel::Account};
        }
    }
    if (const auto index = domain.firstMatch(login)) {
        return {domain.document().rules.at(*index).action, index, LoginRuleLevel::Domain};
    }
    if (account && account->document().defaultAction) {
        return {*account->document().defaultAction, std::nullopt, LoginRuleLevel::Account};
    }
    // The domain always has a default (created as allow); a document without one is read as the platform creates it.
    return {domain.document().defaultAction.value_or(LoginAction::Allow), std::nullopt, LoginRuleLevel::Domain};
}

LoginDecision evaluateLogin(const LoginRuleDocument& domain, const std::optional<LoginRuleDocument>& account,
                            const LoginAttempt& login)
{
    const LoginRuleMatcher domainRules(domain);
    if (!account) {
        return decideLogin(domainRules, nullptr, login);
    }
    const LoginRuleMatcher accountRules(*account);
    return decideLogin(domainRules, &accountRules, login);
}

QList<LoginRuleWarning> analyse(const LoginRuleDocument& document, const QHash<QString, QString>& provinceOfCity)
{
    QList<LoginRuleWarning> warnings;
    const QList<LoginRule>& rules = document.rules;
    std::vector<std::optional<LoginRuleMatcher::Network>> networks;
    std::optional<int> allV4;
    std::optional<int> allV6;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const LoginRule& rule = rules.at(i);
        networks.push_back(rule.kind == LoginRuleKind::Cidr ? LoginRuleMatcher::parseNetwork(rule.value)
                                                            : std::nullopt);
        if (allV4 && allV6) {
            warnings.append({int(i), LoginRuleLint::tr("Rule %1 can never match: rules %2 (0.0.0.0/0) and %3 (::/0) "
                                                       "before it match every address.")
                                         .arg(i)
                                         .arg(*allV4)
                                         .arg(*allV6)});
            continue;
        }
        std::optional<LoginRuleWarning> dead;
        for (qsizetype j = 0; j < i && !dead; ++j) {
            const LoginRule& earlier = rules.at(j);
            if (rule.kind == LoginRuleKind::Region && earlier.kind == LoginRuleKind::Region) {
                if (earlier.value == rule.value) {
                    dead = LoginRuleWarning{int(i), LoginRuleLint::tr("Rule %1 can never match: rule %2 names the "
                                                                      "same region (%3) before it.")
                                                        .arg(i)
                                                        .arg(j)
                                                        .arg(rule.value)};
                } else if (provinceOfCity.value(rule.value) == earlier.value) {
                    dead = LoginRuleWarning{int(i), LoginRuleLint::tr("Rule %1 can never match: rule %2 (%3) comes "
                                                                      "first and matches every login from %4.")
                                                        .arg(i)
                                                        .arg(j)
                                                        .arg(earlier.value, rule.value)};
                }
            } else if (rule.kind == LoginRuleKind::Cidr && earlier.kind == LoginRuleKind::Cidr &&
                       networks[std::size_t(i)] && networks[std::size_t(j)] &&
                       networks[std::size_t(j)]->prefix <= networks[std::size_t(i)]->prefix &&
                       LoginRuleMatcher::contains(*networks[std::size_t(j)], networks[std::size_t(i)]->base)) {
                dead = LoginRuleWarning{int(i), LoginRuleLint::tr("Rule %1 can never match: its network %2 lies "
                                                                  "inside %3 of rule %4, which comes first.")
                                                    .arg(i)
                                                    .arg(rule.value, earlier.value)
                                                    .arg(j)};
            }
        }
        if (dead) {
            warnings.append(*dead);
        }
        if (!allV4 && isCatchAll(networks.back(), false)) {
            allV4 = int(i);
        }
        if (!allV6 && isCatchAll(networks.back(), true)) {
            allV6 = int(i);
        }
    }
    if (allV4 && allV6 && document.defaultAction) {
        warnings.append({std::nullopt, LoginRuleLint::tr("The default (%1) is meaningless: rules %2 (0.0.0.0/0) and "
                                                         "%3 (::/0) match every address before it.")
                                           .arg(toString(*document.defaultAction))
                                           .arg(*allV4)
                                           .arg(*allV6)});
    }
    return warnings;
}

} // namespace dm
