#include "api/VendorLogJson.h"

#include "api/FieldReader.h"
#include "api/ServiceCall.h"
#include "api/WireValue.h"

#include <QJsonArray>

#include <algorithm>
#include <initializer_list>

namespace dm {
namespace {

constexpr qint64 kSecondMs = 1000;

template <typename E>
struct Wording
{
    QStringView text;
    E value;
};

// The vendor's display words (CONTRACT.md §9a, assumed after the console's tables), and the extension's codes for a
// platform that answers with those instead.
template <typename E>
std::optional<E> fromWording(std::initializer_list<Wording<E>> table, std::optional<E> (*code)(QStringView),
                             QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const Wording<E>& entry : table) {
        if (entry.text.compare(trimmed, Qt::CaseInsensitive) == 0) {
            return entry.value;
        }
    }
    return code(trimmed);
}

std::optional<LoginMethod> loginTypeFromText(QStringView text)
{
    return fromWording<LoginMethod>({{u"WebMail登录", LoginMethod::Webmail},
                                     {u"WebMail", LoginMethod::Webmail},
                                     {u"邮箱大师", LoginMethod::Mailmaster},
                                     {u"专有协议", LoginMethod::Proprietary},
                                     {u"微信登录", LoginMethod::Wechat},
                                     {u"微信", LoginMethod::Wechat},
                                     {u"IMAP", LoginMethod::Imap},
                                     {u"POP3", LoginMethod::Pop},
                                     {u"POP", LoginMethod::Pop},
                                     {u"SMTP", LoginMethod::Smtp}},
                                    &loginMethodFromString, text);
}

std::optional<MailStatus> mailStatusFromText(QStringView text)
{
    return fromWording<MailStatus>({{u"正常接收", MailStatus::Received},
                                    {u"垃圾邮件", MailStatus::Spam},
                                    {u"已拦截", MailStatus::Intercepted},
                                    {u"延迟投递", MailStatus::Deferred},
                                    {u"投递成功", MailStatus::Delivered},
                                    {u"投递失败", MailStatus::Failed},
                                    {u"已退信", MailStatus::Bounced}},
                                   &mailStatusFromString, text);
}

std::optional<ReadClient> readTypeFromText(QStringView text)
{
    return fromWording<ReadClient>(
        {{u"WebMail", ReadClient::Webmail}, {u"邮箱大师", ReadClient::Mailmaster}, {u"微信", ReadClient::Wechat}},
        &readClientFromString, text);
}

QJsonObject windowBody(const QString& domain, const LogWindow& window, int pageNum, int pageSize)
{
    QJsonObject body{{QStringLiteral("startTime"), wire::beijingTime(window.startTime)},
                     {QStringLiteral("endTime"), wire::beijingTime(window.endTime)},
                     {QStringLiteral("pageNum"), pageNum},
                     {QStringLiteral("pageSize"), pageSize}};
    if (!domain.isEmpty()) {
        body.insert(QStringLiteral("domain"), domain);
    }
    return body;
}

// A required time in either spelling the platform uses (WireValue), reported by field name when unreadable.
qint64 timeField(FieldReader& reader, const QJsonValue& raw, const QString& field)
{
    const auto time = wire::timeMs(raw);
    if (!time) {
        reader.fail(field);
        return 0;
    }
    return *time;
}

} // namespace

std::optional<ApiError> checkVendorLogWindow(const LogWindow& window)
{
    if (auto refused = checkLogWindow(window)) {
        return refused;
    }
    if (window.startTime % kSecondMs != 0) {
        return clientValidationError(QStringLiteral("startTime"), QStringLiteral("precision"));
    }
    if (window.endTime % kSecondMs != 0) {
        return clientValidationError(QStringLiteral("endTime"), QStringLiteral("precision"));
    }
    return std::nullopt;
}

QJsonObject webLoginBody(const QString& domain, const LogWindow& window, int pageNum, int pageSize)
{
    QJsonObject body = windowBody(domain, window, pageNum, pageSize);
    body.insert(QStringLiteral("accountNames"), QJsonArray{QString()});
    return body;
}

QJsonObject receivedMailBody(const QString& domain, const LogWindow& window, int pageNum, int pageSize)
{
    QJsonObject body = windowBody(domain, window, pageNum, pageSize);
    body.insert(QStringLiteral("account"), QString());
    return body;
}

Place splitLocation(const QString& location)
{
    const QString text = location.trimmed();
    // The province-level word ends the province: 省, 自治区 (广西壮族自治区), 特别行政区; a municipality (北京市) is
    // its own province and city, written once.
    for (const QString& word : {QStringLiteral("特别行政区"), QStringLiteral("自治区"), QStringLiteral("省")}) {
        const qsizetype at = text.indexOf(word);
        if (at > 0) {
            const qsizetype end = at + word.size();
            return Place{text.left(end), text.mid(end)};
        }
    }
    for (const QString& municipality :
         {QStringLiteral("北京市"), QStringLiteral("上海市"), QStringLiteral("天津市"), QStringLiteral("重庆市")}) {
        if (text.startsWith(municipality)) {
            const QString rest = text.mid(municipality.size());
            return Place{municipality, rest.isEmpty() ? municipality : rest};
        }
    }
    return Place{text, {}};
}

Expected<LoginRecord, ApiError> webLoginRowFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    LoginRecord record;
    record.id = reader.integer(QStringLiteral("id"));
    record.accountName = reader.string(QStringLiteral("accountName"));
    record.time = timeField(reader, reader.raw(QStringLiteral("loginTime")), QStringLiteral("loginTime"));
    record.method = reader.enumeration(QStringLiteral("loginType"), &loginTypeFromText, LoginMethod::Webmail);
    record.ip = reader.string(QStringLiteral("ip"));
    const Place place = splitLocation(reader.optionalString(QStringLiteral("location")));
    record.province = place.province;
    record.city = place.city;
    const auto success = wire::flag(reader.raw(QStringLiteral("result")));
    if (!success) {
        reader.fail(QStringLiteral("result"));
    }
    record.result = success.value_or(false) ? LogResult::Success : LogResult::Failure;
    record.abnormal = false;
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return record;
}

Expected<MailRecord, ApiError> receivedMailRowFromJson(const QJsonValue& value, const QString& path)
{
    FieldReader reader(value, path);
    MailRecord record;
    record.id = reader.integer(QStringLiteral("id"));
    record.direction = MailDirection::In;
    record.messageId = reader.string(QStringLiteral("messageId"));
    record.subject = reader.optionalString(QStringLiteral("subject")); // a mail may have no subject
    record.sender = reader.string(QStringLiteral("sender"));
    record.recipient = reader.string(QStringLiteral("recipient"));
    record.time = timeField(reader, reader.raw(QStringLiteral("receiveTime")), QStringLiteral("receiveTime"));
    record.status = reader.enumeration(QStringLiteral("status"), &mailStatusFromText, MailStatus::Received);
    // Unread: both null (or absent); read: both set. One without the other is refused rather than half-kept.
    const bool readAtGiven = reader.has(QStringLiteral("readTime"));
    if (readAtGiven != reader.has(QStringLiteral("readType"))) {
        reader.fail(QStringLiteral("readType"));
    } else if (readAtGiven) {
        record.readAt = timeField(reader, reader.raw(QStringLiteral("readTime")), QStringLiteral("readTime"));
        record.readClient = reader.enumeration(QStringLiteral("readType"), &readTypeFromText, ReadClient::Webmail);
    }
    record.updatedAt = std::max(record.time, record.readAt.value_or(0));
    if (!reader.ok()) {
        return Unexpected{reader.error()};
    }
    return record;
}

Expected<NumberedPage<LoginRecord>, ApiError> webLoginPageFromJson(const QJsonValue& value, int pageNum, int pageSize)
{
    return numberedPageFromJson<LoginRecord>(value, QStringLiteral("webLogin"), pageNum, pageSize,
                                             &webLoginRowFromJson);
}

Expected<NumberedPage<MailRecord>, ApiError> receivedMailPageFromJson(const QJsonValue& value, int pageNum,
                                                                      int pageSize)
{
    return numberedPageFromJson<MailRecord>(value, QStringLiteral("receivedMail"), pageNum, pageSize,
                                            &receivedMailRowFromJson);
}

} // namespace dm
