#include "sandbox/VendorLogRows.h"

#include <QDateTime>
#include <QTimeZone>

namespace dm::sandbox {
namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Beijing has kept UTC+8 all year since 1991: a fixed offset, not the tz database, so every host reads it alike.
QTimeZone beijing()
{
    return QTimeZone(8 * 3600);
}

struct Wording
{
    QStringView code;
    QStringView text;
};

QString wordFor(std::initializer_list<Wording> table, const QString& code)
{
    for (const Wording& entry : table) {
        if (entry.code == code) {
            return entry.text.toString();
        }
    }
    return code; // a code added later shows as itself rather than as nothing
}

// 登录方式 as the console words it ("WebMail登录", "邮箱大师", "专有协议" in the brochure; the rest by analogy).
QString loginType(const QString& method)
{
    return wordFor({{u"webmail", u"WebMail登录"},
                    {u"mailmaster", u"邮箱大师"},
                    {u"proprietary", u"专有协议"},
                    {u"wechat", u"微信登录"},
                    {u"imap", u"IMAP"},
                    {u"pop", u"POP3"},
                    {u"smtp", u"SMTP"}},
                   method);
}

// 接收状态 / 投递状态: "正常接收", "投递成功", "投递失败" in the brochure; the rest by analogy.
QString mailStatus(const QString& status)
{
    return wordFor({{u"received", u"正常接收"},
                    {u"spam", u"垃圾邮件"},
                    {u"intercepted", u"已拦截"},
                    {u"deferred", u"延迟投递"},
                    {u"delivered", u"投递成功"},
                    {u"failed", u"投递失败"},
                    {u"bounced", u"已退信"}},
                   status);
}

// 阅读方式: the client the recipient first opened the mail with.
QString readType(const QString& client)
{
    return wordFor({{u"webmail", u"WebMail"}, {u"mailmaster", u"邮箱大师"}, {u"wechat", u"微信"}}, client);
}

// 登录地点 as "广东省广州市"; a municipality is its own province, so "北京市" once, not twice.
QString location(const QString& province, const QString& city)
{
    return province == city ? city : province + city;
}

QString localPart(const QString& address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at < 0 ? address : address.left(at);
}

} // namespace

std::optional<qint64> parseBeijingTime(const QString& text)
{
    if (text.size() != kTimeFormat.size() || text.at(10) != QLatin1Char(' ')) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid()) {
        return std::nullopt;
    }
    const QDateTime moment(date, time, beijing());
    // The round trip refuses what Qt's parser would tolerate but the format does not allow (signs, spaces).
    if (moment.toString(kTimeFormat) != text) {
        return std::nullopt;
    }
    return moment.toMSecsSinceEpoch();
}

QString beijingTimeText(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, beijing()).toString(kTimeFormat);
}

QJsonObject webLoginRow(const Stmt& row)
{
    return QJsonObject{{QStringLiteral("id"), row.int64(0)},
                       {QStringLiteral("accountName"), row.text(2)},
                       {QStringLiteral("loginTime"), beijingTimeText(row.int64(1))},
                       {QStringLiteral("loginType"), loginType(row.text(3))},
                       {QStringLiteral("ip"), row.text(4)},
                       {QStringLiteral("location"), location(row.text(5), row.text(6))},
                       {QStringLiteral("result"), row.text(7) == u"success" ? 1 : 0}};
}

QJsonObject receivedMailRow(const Stmt& row)
{
    const bool read = !row.isNull(7);
    const QString recipient = row.text(5);
    return QJsonObject{
        {QStringLiteral("id"), row.int64(0)},
        {QStringLiteral("messageId"), row.text(2)},
        {QStringLiteral("account"), localPart(recipient)},
        {QStringLiteral("subject"), row.text(3)},
        {QStringLiteral("sender"), row.text(4)},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("receiveTime"), beijingTimeText(row.int64(1))},
        {QStringLiteral("status"), mailStatus(row.text(6))},
        {QStringLiteral("readTime"), read ? QJsonValue(beijingTimeText(row.int64(7))) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("readType"), read ? QJsonValue(readType(row.text(8))) : QJsonValue(QJsonValue::Null)}};
}

} // namespace dm::sandbox
