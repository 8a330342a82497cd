#include "sandbox/LoginRule.h"

#include <QJsonObject>
#include <QSet>

namespace dm::sandbox {
namespace {

// The province-level divisions by their full names, as login locations are written (广东省广州市).
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

// CJK unified ideographs only: no spaces, Latin letters or punctuation.
bool isChineseText(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x4e00 || c.unicode() > 0x9fff) {
            return false;
        }
    }
    return !text.isEmpty();
}

bool isCityName(QStringView name)
{
    if (name.size() < 2 || name.size() > 16 || !isChineseText(name)) {
        return false;
    }
    const bool suffix = name.endsWith(u'市') || name.endsWith(u'州') || name.endsWith(u'盟');
    return suffix || (name.size() > 2 && name.endsWith(u"地区"));
}

QString elementField(qsizetype index, const char* field = nullptr)
{
    QString name = QStringLiteral("rules[%1]").arg(index);
    if (field) {
        name += QLatin1Char('.') + QLatin1String(field);
    }
    return name;
}

} // namespace

bool isProvinceName(QStringView name)
{
    for (const QString& province : provinceNames()) {
        if (name == province) {
            return true;
        }
    }
    return false;
}

bool isRegionName(QStringView name)
{
    if (isProvinceName(name)) {
        return true;
    }
    // "浙江省衢州市" looks like a city name but could never match: rules compare the province or the city alone.
    for (const QString& province : provinceNames()) {
        if (name.startsWith(province)) {
            return false;
        }
    }
    return isCityName(name);
}

std::optional<LoginLocation> parseLoginLocation(QStringView text)
{
    for (const QString& province : provinceNames()) {
        if (!text.startsWith(province)) {
            continue;
        }
        // Below the province the log may name a city, a prefecture or a district (北京市朝阳区): any Chinese name.
        const QStringView city = text.sliced(province.size());
        if (!city.isEmpty() && (city.size() > 16 || !isChineseText(city))) {
            return std::nullopt;
        }
        return LoginLocation{province, city.toString()};
    }
    return std::nullopt;
}

bool LoginRule::matches(const std::optional<IpAddress>& ip, const std::optional<LoginLocation>& where) const
{
    switch (kind) {
    case Kind::Cidr:
        return ip && network && network->contains(*ip);
    case Kind::Region:
        return where && (value == where->province || value == where->city);
    }
    return false;
}

QJsonObject LoginRule::toJson() const
{
    return QJsonObject{{QStringLiteral("action"), actionName(action)},
                       {QStringLiteral("kind"), kind == Kind::Cidr ? QStringLiteral("cidr") : QStringLiteral("region")},
                       {QStringLiteral("value"), value}};
}

QString actionName(LoginRule::Action action)
{
    return action == LoginRule::Action::Deny ? QStringLiteral("deny") : QStringLiteral("allow");
}

std::optional<LoginRule::Action> parseAction(const QJsonValue& value)
{
    if (value == QJsonValue(QStringLiteral("allow"))) {
        return LoginRule::Action::Allow;
    }
    if (value == QJsonValue(QStringLiteral("deny"))) {
        return LoginRule::Action::Deny;
    }
    return std::nullopt;
}

Expected<QList<LoginRule>, ApiError> parseLoginRules(const QJsonValue& value)
{
    if (!value.isArray()) {
        return Unexpected{parameterError(QStringLiteral("rules"), QStringLiteral("type"))};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxLoginRules) {
        return Unexpected{parameterError(QStringLiteral("rules"), QStringLiteral("length"))};
    }
    QList<LoginRule> rules;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            return Unexpected{parameterError(elementField(i), QStringLiteral("type"))};
        }
        const QJsonObject object = array[i].toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("action") && it.key() != QLatin1String("kind") &&
                it.key() != QLatin1String("value")) {
                return Unexpected{
                    parameterError(elementField(i) + QLatin1Char('.') + it.key(), QStringLiteral("unknown"))};
            }
        }
        LoginRule rule;
        const QJsonValue action = object.value(QStringLiteral("action"));
        if (action.isUndefined() || action.isNull()) {
            return Unexpected{parameterError(elementField(i, "action"), QStringLiteral("missing"))};
        }
        const auto parsedAction = parseAction(action);
        if (!parsedAction) {
            return Unexpected{parameterError(elementField(i, "action"), QStringLiteral("value"))};
        }
        rule.action = *parsedAction;
        const QJsonValue kind = object.value(QStringLiteral("kind"));
        if (kind.isUndefined() || kind.isNull()) {
            return Unexpected{parameterError(elementField(i, "kind"), QStringLiteral("missing"))};
        }
        if (kind == QJsonValue(QStringLiteral("region"))) {
            rule.kind = LoginRule::Kind::Region;
        } else if (kind == QJsonValue(QStringLiteral("cidr"))) {
            rule.kind = LoginRule::Kind::Cidr;
        } else {
            return Unexpected{parameterError(elementField(i, "kind"), QStringLiteral("value"))};
        }
        auto text = stringField(object, QStringLiteral("value"), Presence::Required, 64);
        if (!text) {
            // The reader names the bare field; the contract names the element.
            const QString reason = text.error().message.section(QLatin1Char(':'), 2);
            return Unexpected{parameterError(elementField(i, "value"), reason)};
        }
        rule.value = **text;
        if (rule.kind == LoginRule::Kind::Cidr) {
            rule.network = parseCidr(rule.value);
            if (!rule.network) {
                return Unexpected{parameterError(elementField(i, "value"), QStringLiteral("cidr"))};
            }
        } else if (!isRegionName(rule.value)) {
            return Unexpected{parameterError(elementField(i, "value"), QStringLiteral("region"))};
        }
        // A repeated value could never match (the first one always wins), so it is a mistake, not a rule.
        const QString key =
            (rule.kind == LoginRule::Kind::Cidr ? QStringLiteral("c:") : QStringLiteral("r:")) + rule.value;
        if (seen.contains(key)) {
            return Unexpected{parameterError(elementField(i, "value"), QStringLiteral("duplicate"))};
        }
        seen.insert(key);
        rules.append(rule);
    }
    return rules;
}

QJsonArray loginRulesToJson(const QList<LoginRule>& rules)
{
    QJsonArray array;
    for (const LoginRule& rule : rules) {
        array.append(rule.toJson());
    }
    return array;
}

} // namespace dm::sandbox
