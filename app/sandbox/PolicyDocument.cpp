#include "sandbox/PolicyDocument.h"

#include <QJsonArray>

namespace dm::sandbox::policy {
namespace {

enum class Type
{
    Choice,  // externalMail
    Bool,    //
    Integer, // within [min, max]
    Clients, // a non-empty subset of kClients
};

struct Field
{
    const char* path;
    Type type;
    qint64 min;
    qint64 max;
    const char* label;     // for the operation log remark
    const char* trueText;  // Bool: how the remark says true / false
    const char* falseText; //
};

// The contract's leaves in contract order; the remark lists changes in this order.
constexpr Field kFields[] = {
    {"externalMail", Type::Choice, 0, 0, "外部邮件", nullptr, nullptr},
    {"visibleInAddressBook", Type::Bool, 0, 0, "通讯录可见", "是", "否"},
    {"allowedClients", Type::Clients, 0, 0, "允许的客户端", nullptr, nullptr},
    {"autoForward", Type::Bool, 0, 0, "自动转发", "允许", "禁止"},
    {"forceSms2fa", Type::Bool, 0, 0, "强制短信验证", "开启", "关闭"},
    {"trustedBrowserDays", Type::Integer, 0, 90, "信任浏览器天数", nullptr, nullptr},
    {"password.minLength", Type::Integer, 8, 32, "密码最小长度", nullptr, nullptr},
    {"password.requireClasses", Type::Integer, 2, 4, "密码字符种类", nullptr, nullptr},
    {"password.expireDays", Type::Integer, 0, 365, "密码有效天数", nullptr, nullptr},
    {"password.forbidSequential", Type::Bool, 0, 0, "禁止连号密码", "是", "否"},
    {"abnormalLoginAlert.sms", Type::Bool, 0, 0, "异常登录短信提醒", "开启", "关闭"},
    {"abnormalLoginAlert.email", Type::Bool, 0, 0, "异常登录邮件提醒", "开启", "关闭"},
};

struct Choice
{
    const char* value;
    const char* text;
};
constexpr Choice kExternalMail[] = {{"deny", "禁止收发"}, {"receiveOnly", "仅接收"}, {"allow", "允许收发"}};
constexpr Choice kClients[] = {{"webmail", "Webmail"}, {"mailmaster", "邮箱大师"},
                               {"wechat", "微信"},     {"imap", "IMAP"},
                               {"pop", "POP"},         {"smtp", "SMTP"}};

const Field* findField(const QString& path)
{
    for (const Field& field : kFields) {
        if (path == QLatin1String(field.path)) {
            return &field;
        }
    }
    return nullptr;
}

bool isGroup(const QString& name)
{
    return name == QLatin1String("password") || name == QLatin1String("abnormalLoginAlert");
}

QString choiceText(const Choice* begin, const Choice* end, const QString& value)
{
    for (const Choice* choice = begin; choice != end; ++choice) {
        if (value == QLatin1String(choice->value)) {
            return QString::fromUtf8(choice->text);
        }
    }
    return value;
}

Expected<QJsonValue, ApiError> parseClients(const QJsonValue& value, const QString& name)
{
    if (!value.isArray()) {
        return Unexpected{parameterError(name, QStringLiteral("type"))};
    }
    const QJsonArray given = value.toArray();
    if (given.isEmpty()) {
        return Unexpected{parameterError(name, QStringLiteral("empty"))};
    }
    QList<bool> chosen(std::size(kClients), false);
    for (const QJsonValue& item : given) {
        if (!item.isString()) {
            return Unexpected{parameterError(name, QStringLiteral("type"))};
        }
        qsizetype index = 0;
        while (index < qsizetype(std::size(kClients)) && item.toString() != QLatin1String(kClients[index].value)) {
            ++index;
        }
        if (index == qsizetype(std::size(kClients))) {
            return Unexpected{parameterError(name, QStringLiteral("value"))};
        }
        if (chosen[index]) {
            return Unexpected{parameterError(name, QStringLiteral("duplicate"))};
        }
        chosen[index] = true;
    }
    // Stored in the contract's order, so two equal sets are equal documents.
    QJsonArray canonical;
    for (qsizetype i = 0; i < qsizetype(std::size(kClients)); ++i) {
        if (chosen[i]) {
            canonical.append(QLatin1String(kClients[i].value));
        }
    }
    return QJsonValue(canonical);
}

Expected<QJsonValue, ApiError> parseLeaf(const Field& field, const QJsonValue& value, bool allowRemoval)
{
    const QString name = QStringLiteral("policy.") + QLatin1String(field.path);
    if (value.isNull()) {
        if (!allowRemoval) {
            return Unexpected{parameterError(name, QStringLiteral("null"))};
        }
        return QJsonValue(QJsonValue::Null);
    }
    switch (field.type) {
    case Type::Choice:
        if (!value.isString()) {
            return Unexpected{parameterError(name, QStringLiteral("type"))};
        }
        for (const Choice& choice : kExternalMail) {
            if (value.toString() == QLatin1String(choice.value)) {
                return value;
            }
        }
        return Unexpected{parameterError(name, QStringLiteral("value"))};
    case Type::Bool:
        if (!value.isBool()) {
            return Unexpected{parameterError(name, QStringLiteral("type"))};
        }
        return value;
    case Type::Integer: {
        auto number = integerField(QJsonObject{{name, value}}, name, Presence::Required, field.min, field.max);
        if (!number) {
            return Unexpected{number.error()};
        }
        return QJsonValue(**number);
    }
    case Type::Clients:
        return parseClients(value, name);
    }
    return Unexpected{parameterError(name, QStringLiteral("type"))};
}

QString valueText(const Field& field, const QJsonValue& value)
{
    if (value.isNull()) {
        return QStringLiteral("继承");
    }
    switch (field.type) {
    case Type::Choice:
        return choiceText(std::begin(kExternalMail), std::end(kExternalMail), value.toString());
    case Type::Bool:
        return QString::fromUtf8(value.toBool() ? field.trueText : field.falseText);
    case Type::Integer:
        return QString::number(value.toInteger());
    case Type::Clients: {
        QStringList names;
        for (const QJsonValue& client : value.toArray()) {
            names.append(choiceText(std::begin(kClients), std::end(kClients), client.toString()));
        }
        return names.join(QStringLiteral("、"));
    }
    }
    return {};
}

} // namespace

const QStringList& paths()
{
    static const QStringList all = [] {
        QStringList list;
        for (const Field& field : kFields) {
            list.append(QLatin1String(field.path));
        }
        return list;
    }();
    return all;
}

QJsonObject defaults()
{
    return QJsonObject{
        {QStringLiteral("externalMail"), QStringLiteral("deny")},
        {QStringLiteral("visibleInAddressBook"), false},
        {QStringLiteral("allowedClients"), QJsonArray{QStringLiteral("webmail"), QStringLiteral("mailmaster")}},
        {QStringLiteral("autoForward"), false},
        {QStringLiteral("forceSms2fa"), true},
        {QStringLiteral("trustedBrowserDays"), 7},
        {QStringLiteral("password"), QJsonObject{{QStringLiteral("minLength"), 10},
                                                 {QStringLiteral("requireClasses"), 3},
                                                 {QStringLiteral("expireDays"), 90},
                                                 {QStringLiteral("forbidSequential"), true}}},
        {QStringLiteral("abnormalLoginAlert"),
         QJsonObject{{QStringLiteral("sms"), true}, {QStringLiteral("email"), true}}},
    };
}

Expected<QList<Change>, ApiError> parseUpdate(const QJsonValue& policy, bool allowRemoval)
{
    if (policy.isUndefined() || policy.isNull()) {
        return Unexpected{parameterError(QStringLiteral("policy"), QStringLiteral("missing"))};
    }
    if (!policy.isObject()) {
        return Unexpected{parameterError(QStringLiteral("policy"), QStringLiteral("type"))};
    }
    const QJsonObject object = policy.toObject();
    if (object.isEmpty()) {
        return Unexpected{parameterError(QStringLiteral("policy"), QStringLiteral("empty"))};
    }
    QHash<QString, QJsonValue> given; // leaf path -> validated value
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString name = QStringLiteral("policy.") + key;
        if (isGroup(key)) {
            if (it.value().isNull()) {
                if (!allowRemoval) {
                    return Unexpected{parameterError(name, QStringLiteral("null"))};
                }
                for (const QString& path : paths()) {
                    if (path.startsWith(key + QLatin1Char('.'))) {
                        given.insert(path, QJsonValue(QJsonValue::Null));
                    }
                }
                continue;
            }
            if (!it.value().isObject()) {
                return Unexpected{parameterError(name, QStringLiteral("type"))};
            }
            const QJsonObject group = it.value().toObject();
            if (group.isEmpty()) {
                return Unexpected{parameterError(name, QStringLiteral("empty"))};
            }
            for (auto sub = group.begin(); sub != group.end(); ++sub) {
                const QString path = key + QLatin1Char('.') + sub.key();
                const Field* field = findField(path);
                if (!field) {
                    return Unexpected{parameterError(QStringLiteral("policy.") + path, QStringLiteral("unknown"))};
                }
                auto value = parseLeaf(*field, sub.value(), allowRemoval);
                if (!value) {
                    return Unexpected{value.error()};
                }
                given.insert(path, *value);
            }
            continue;
        }
        const Field* field = key.contains(QLatin1Char('.')) ? nullptr : findField(key);
        if (!field) {
            return Unexpected{parameterError(name, QStringLiteral("unknown"))};
        }
        auto value = parseLeaf(*field, it.value(), allowRemoval);
        if (!value) {
            return Unexpected{value.error()};
        }
        given.insert(key, *value);
    }
    QList<Change> changes;
    for (const QString& path : paths()) {
        if (given.contains(path)) {
            changes.append(Change{path, given.value(path)});
        }
    }
    return changes;
}

QJsonValue leaf(const QJsonObject& document, const QString& path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return document.value(path);
    }
    return document.value(path.left(dot)).toObject().value(path.mid(dot + 1));
}

void setLeaf(QJsonObject& document, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined() || value.isNull()) {
            document.remove(path);
        } else {
            document.insert(path, value);
        }
        return;
    }
    const QString group = path.left(dot);
    QJsonObject inner = document.value(group).toObject();
    setLeaf(inner, path.mid(dot + 1), value);
    if (inner.isEmpty()) {
        document.remove(group); // no leaf of the group is set at this level any more
    } else {
        document.insert(group, inner);
    }
}

QJsonObject apply(const QJsonObject& document, const QList<Change>& changes)
{
    QJsonObject result = document;
    for (const Change& change : changes) {
        setLeaf(result, change.path, change.value);
    }
    return result;
}

QString remark(const QList<Change>& changes)
{
    QStringList parts;
    for (const Change& change : changes) {
        const Field* field = findField(change.path);
        if (field) {
            parts.append(QString::fromUtf8(field->label) + QLatin1Char('=') + valueText(*field, change.value));
        }
    }
    return QStringLiteral("更新送达策略:") +
           (parts.isEmpty() ? QStringLiteral("无变化") : parts.join(QLatin1Char(',')));
}

} // namespace dm::sandbox::policy
