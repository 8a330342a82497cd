#include "core/LoginRuleInput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <array>

namespace dm {
namespace {

constexpr int kMaxRules = 200;
constexpr int kMaxValueLength = 64;

const QStringList& provinceNames()
{
    static const QStringList names = {
        QStringLiteral("北京市"),         QStringLiteral("天津市"),           QStringLiteral("上海市"),
        QStringLiteral("重庆市"),         QStringLiteral("河北省"),           QStringLiteral("山西省"),
        QStringLiteral("辽宁省"),         QStringLiteral("吉林省"),           QStringLiteral("黑龙江省"),
        QStringLiteral("江苏省"),         QStringLiteral("浙江省"),           QStringLiteral("安徽省"),
        QStringLiteral("福建省"),         QStringLiteral("江西省"),           QStringLiteral("山东省"),
        QStringLiteral("河南省"),         QStringLiteral("湖北省"),           QStringLiteral("湖南省"),
        QStringLiteral("广东省"),         QStringLiteral("海南省"),           QStringLiteral("四川省"),
        QStringLiteral("贵州省"),         QStringLiteral("云南省"),           QStringLiteral("陕西省"),
        QStringLiteral("甘肃省"),         QStringLiteral("青海省"),           QStringLiteral("台湾省"),
        QStringLiteral("内蒙古自治区"),   QStringLiteral("广西壮族自治区"),   QStringLiteral("西藏自治区"),
        QStringLiteral("宁夏回族自治区"), QStringLiteral("新疆维吾尔自治区"), QStringLiteral("香港特别行政区"),
        QStringLiteral("澳门特别行政区"),
    };
    return names;
}

// A decimal number without sign or leading zeros, at most `max`.
std::optional<int> plainDecimal(QStringView text, int max)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.front() == u'0')) {
        return std::nullopt;
    }
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value <= max ? std::optional<int>(value) : std::nullopt;
}

bool isCanonicalIpv4Network(QStringView address, int prefix)
{
    const QList<QStringView> parts = address.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    quint32 bits = 0;
    for (QStringView part : parts) {
        const auto octet = plainDecimal(part, 255);
        if (!octet) {
            return false;
        }
        bits = (bits << 8) | quint32(*octet);
    }
    const quint32 hostMask = prefix == 32 ? 0 : (0xffffffffu >> prefix);
    return (bits & hostMask) == 0;
}

// The RFC 5952 text of eight groups: lower case, no leading zeros, the longest run of two or more zero groups (the
// first on a tie) as "::".
QString canonicalIpv6(const std::array<quint16, 8>& groups)
{
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0) {
            ++j;
        }
        if (j - i >= 2 && j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
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

std::optional<std::array<quint16, 8>> parseIpv6(QStringView address)
{
    const QList<QStringView> halves = address.split(QStringLiteral("::"));
    if (halves.size() > 2) {
        return std::nullopt;
    }
    const auto groupsOf = [](QStringView half) -> std::optional<QList<quint16>> {
        QList<quint16> groups;
        if (half.isEmpty()) {
            return groups;
        }
        for (QStringView group : half.split(u':')) {
            bool ok = false;
            const uint value = group.toUInt(&ok, 16);
            if (group.isEmpty() || group.size() > 4 || !ok || group.contains(u'+')) {
                return std::nullopt;
            }
            groups.append(quint16(value));
        }
        return groups;
    };
    const auto head = groupsOf(halves.at(0));
    const auto tail = halves.size() == 2 ? groupsOf(halves.at(1)) : std::optional<QList<quint16>>(QList<quint16>{});
    if (!head || !tail) {
        return std::nullopt;
    }
    const qsizetype given = head->size() + tail->size();
    if ((halves.size() == 1 && given != 8) || (halves.size() == 2 && given > 7)) {
        return std::nullopt;
    }
    std::array<quint16, 8> groups{};
    for (qsizetype i = 0; i < head->size(); ++i) {
        groups[std::size_t(i)] = head->at(i);
    }
    for (qsizetype i = 0; i < tail->size(); ++i) {
        groups[std::size_t(8 - tail->size() + i)] = tail->at(i);
    }
    return groups;
}

bool isCanonicalIpv6Network(QStringView address, int prefix)
{
    const auto groups = parseIpv6(address);
    if (!groups || canonicalIpv6(*groups) != address) {
        return false;
    }
    for (int bit = prefix; bit < 128; ++bit) {
        if ((*groups)[std::size_t(bit / 16)] & (0x8000u >> (bit % 16))) {
            return false;
        }
    }
    return true;
}

bool isChineseText(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x4e00 || c.unicode() > 0x9fff) {
            return false;
        }
    }
    return !text.isEmpty();
}

InputError refuse(const QString& path, const QString& reason, const QString& detail)
{
    return InputError{path, reason, detail};
}

Expected<LoginRule, InputError> readRule(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        return Unexpected{refuse(path, QStringLiteral("type"), InputError::tr("must be an object"))};
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("action") && it.key() != QLatin1String("kind") &&
            it.key() != QLatin1String("value")) {
            return Unexpected{refuse(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown"),
                                     InputError::tr("is not a key of a rule (action, kind, value)"))};
        }
    }
    LoginRule rule;
    const QJsonValue action = object.value(QStringLiteral("action"));
    const auto parsedAction = loginActionFromString(action.toString());
    if (action.isUndefined() || action.isNull()) {
        return Unexpected{refuse(path + QStringLiteral(".action"), QStringLiteral("missing"),
                                 InputError::tr("is required: allow or deny"))};
    }
    if (!action.isString() || !parsedAction) {
        return Unexpected{
            refuse(path + QStringLiteral(".action"), QStringLiteral("value"), InputError::tr("must be allow or deny"))};
    }
    rule.action = *parsedAction;
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    const auto parsedKind = loginRuleKindFromString(kind.toString());
    if (kind.isUndefined() || kind.isNull()) {
        return Unexpected{refuse(path + QStringLiteral(".kind"), QStringLiteral("missing"),
                                 InputError::tr("is required: region or cidr"))};
    }
    if (!kind.isString() || !parsedKind) {
        return Unexpected{
            refuse(path + QStringLiteral(".kind"), QStringLiteral("value"), InputError::tr("must be region or cidr"))};
    }
    rule.kind = *parsedKind;
    const QString valuePath = path + QStringLiteral(".value");
    const QJsonValue text = object.value(QStringLiteral("value"));
    if (text.isUndefined() || text.isNull()) {
        return Unexpected{refuse(valuePath, QStringLiteral("missing"), InputError::tr("is required"))};
    }
    if (!text.isString()) {
        return Unexpected{refuse(valuePath, QStringLiteral("type"), InputError::tr("must be text"))};
    }
    rule.value = text.toString().trimmed();
    if (rule.value.isEmpty()) {
        return Unexpected{refuse(valuePath, QStringLiteral("empty"), InputError::tr("must not be blank"))};
    }
    if (rule.value.size() > kMaxValueLength) {
        return Unexpected{refuse(valuePath, QStringLiteral("length"),
                                 InputError::tr("must be at most %1 characters").arg(kMaxValueLength))};
    }
    if (rule.kind == LoginRuleKind::Cidr && !isCanonicalCidr(rule.value)) {
        return Unexpected{refuse(valuePath, QStringLiteral("cidr"),
                                 InputError::tr("is not a network in canonical CIDR form, such as 10.0.0.0/8 or "
                                                "2001:db8::/32 (lower case, no leading zeros, no host bits set)"))};
    }
    if (rule.kind == LoginRuleKind::Region && !isLoginRegionName(rule.value)) {
        return Unexpected{refuse(valuePath, QStringLiteral("region"),
                                 InputError::tr("is not a region the platform knows: write a province-level name in "
                                                "full (广东省) or a city-level name alone (衢州市)"))};
    }
    return rule;
}

} // namespace

bool isCanonicalCidr(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash <= 0 || text.indexOf(u'/', slash + 1) >= 0) {
        return false;
    }
    const QStringView address = text.first(slash);
    const bool v6 = address.contains(u':');
    const auto prefix = plainDecimal(text.sliced(slash + 1), v6 ? 128 : 32);
    if (!prefix) {
        return false;
    }
    return v6 ? isCanonicalIpv6Network(address, *prefix) : isCanonicalIpv4Network(address, *prefix);
}

bool isLoginRegionName(QStringView text)
{
    for (const QString& province : provinceNames()) {
        if (text == province) {
            return true;
        }
    }
    // "浙江省衢州市" could never match: rules compare the province or the city alone.
    for (const QString& province : provinceNames()) {
        if (text.startsWith(province)) {
            return false;
        }
    }
    if (text.size() < 2 || text.size() > 16 || !isChineseText(text)) {
        return false;
    }
    const bool suffix = text.endsWith(u'市') || text.endsWith(u'州') || text.endsWith(u'盟');
    return suffix || (text.size() > 2 && text.endsWith(u"地区"));
}

Expected<LoginRuleDraft, InputError> loginRuleDraftFromJson(const QJsonValue& value, LoginRuleLevel level)
{
    if (!value.isObject()) {
        return Unexpected{refuse(QStringLiteral("loginRules"), QStringLiteral("type"),
                                 InputError::tr("must be an object with rules and/or defaultAction"))};
    }
    const QJsonObject object = value.toObject();
    static const QStringList documentKeys = {QStringLiteral("level"), QStringLiteral("targetId"),
                                             QStringLiteral("version"), QStringLiteral("updatedAt")};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != QLatin1String("rules") && it.key() != QLatin1String("defaultAction") &&
            !documentKeys.contains(it.key())) {
            return Unexpected{
                refuse(it.key(), QStringLiteral("unknown"), InputError::tr("is not a key of a login-rule list"))};
        }
    }
    LoginRuleDraft draft;
    const QJsonValue rules = object.value(QStringLiteral("rules"));
    const QJsonValue defaultAction = object.value(QStringLiteral("defaultAction"));
    if (rules.isUndefined() && defaultAction.isUndefined()) {
        return Unexpected{refuse(QStringLiteral("rules"), QStringLiteral("missing"),
                                 InputError::tr("give the rules, the defaultAction, or both"))};
    }
    if (!rules.isUndefined()) {
        if (!rules.isArray()) {
            return Unexpected{
                refuse(QStringLiteral("rules"), QStringLiteral("type"), InputError::tr("must be a list of rules"))};
        }
        const QJsonArray items = rules.toArray();
        if (items.size() > kMaxRules) {
            return Unexpected{refuse(QStringLiteral("rules"), QStringLiteral("length"),
                                     InputError::tr("may hold at most %1 rules").arg(kMaxRules))};
        }
        QList<LoginRule> parsed;
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("rules[%1]").arg(i);
            auto rule = readRule(items.at(i), path);
            if (!rule) {
                return Unexpected{rule.error()};
            }
            // A repeated value could never match: the first one always decides.
            const QString key = toString(rule->kind) + QLatin1Char(':') + rule->value;
            if (seen.contains(key)) {
                return Unexpected{refuse(path + QStringLiteral(".value"), QStringLiteral("duplicate"),
                                         InputError::tr("repeats an earlier rule's value, so it could never match"))};
            }
            seen.insert(key);
            parsed.append(*rule);
        }
        draft.rules = parsed;
    }
    if (!defaultAction.isUndefined()) {
        draft.defaultGiven = true;
        if (defaultAction.isNull()) {
            if (level == LoginRuleLevel::Domain) {
                return Unexpected{refuse(QStringLiteral("defaultAction"), QStringLiteral("null"),
                                         InputError::tr("cannot be null for the domain: it must allow or deny"))};
            }
        } else if (!defaultAction.isString()) {
            return Unexpected{refuse(QStringLiteral("defaultAction"), QStringLiteral("type"),
                                     InputError::tr("must be allow, deny or null"))};
        } else {
            draft.defaultAction = loginActionFromString(defaultAction.toString());
            if (!draft.defaultAction) {
                return Unexpected{refuse(QStringLiteral("defaultAction"), QStringLiteral("value"),
                                         InputError::tr("must be allow, deny or null"))};
            }
        }
    }
    return draft;
}

} // namespace dm
