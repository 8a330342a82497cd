#include "proof/ProofReportTexts.h"

#include "proof/PackFormat.h"

#include <QLocale>
#include <QTimeZone>

namespace dm::proof::reporttext {

namespace {

const QTimeZone& beijing()
{
    static const QTimeZone zone = pack::beijingZone();
    return zone;
}

// The platform's word for a known code, else the code itself: a value this version does not know still shows.
QString wordFor(std::initializer_list<std::pair<QStringView, QStringView>> words, const QString& code)
{
    for (const auto& [key, word] : words) {
        if (code.compare(key, Qt::CaseInsensitive) == 0) {
            return word.toString();
        }
    }
    return orDash(code);
}

} // namespace

QString beijingDateTime(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, beijing()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString beijingDateTime(const QDateTime& time)
{
    return time.toTimeZone(beijing()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString withZone(const QString& beijingText)
{
    return beijingText + QStringLiteral("（北京时间 UTC+8）");
}

QString beijingDate(qint64 utcMs)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(utcMs, beijing()).date();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString sizeWords(qint64 bytes)
{
    const QLocale c = QLocale::c();
    const QString exact = c.toString(bytes) + QStringLiteral(" 字节");
    if (bytes < 1024) {
        return exact;
    }
    return exact + QStringLiteral("（") + c.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat) +
           QStringLiteral("）");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString accessKindWords(const EvidenceAccess& access)
{
    switch (access.kind) {
    case EvidenceAccessKind::Login:
        return access.result == LogResult::Failure ? QStringLiteral("登录（失败）") : QStringLiteral("登录");
    case EvidenceAccessKind::Open:
        return QStringLiteral("打开");
    case EvidenceAccessKind::Download:
        return QStringLiteral("下载");
    case EvidenceAccessKind::Reply:
        return QStringLiteral("回复");
    }
    return {};
}

QString clientWords(const QString& client)
{
    return wordFor({{u"webmail", u"WebMail"},
                    {u"mailmaster", u"邮箱大师"},
                    {u"proprietary", u"专有协议"},
                    {u"wechat", u"微信"},
                    {u"imap", u"IMAP"},
                    {u"pop", u"POP3"},
                    {u"smtp", u"SMTP"}},
                   client);
}

QString secondFactorWords(const QString& secondFactor)
{
    return wordFor({{u"sms", u"短信验证码"}, {u"none", u"无"}}, secondFactor);
}

QString placeWords(const QString& province, const QString& city)
{
    if (province.isEmpty() || city.isEmpty() || province == city) {
        return orDash(province.isEmpty() ? city : province);
    }
    return province + QLatin1Char(' ') + city;
}

QString smsPurposeWords(const QString& purpose)
{
    return wordFor({{u"activation", u"帐号激活"}, {u"reminder", u"提醒"}, {u"documentNotice", u"文书送达通知"}},
                   purpose);
}

QString smsStatusWords(const QString& status)
{
    return wordFor({{u"delivered", u"已送达手机"}, {u"failed", u"发送失败"}, {u"pending", u"待网关回执"}}, status);
}

QString mailStatusWords(MailStatus status)
{
    switch (status) {
    case MailStatus::Delivered:
        return QStringLiteral("投递成功");
    case MailStatus::Received:
        return QStringLiteral("已接收");
    case MailStatus::Failed:
        return QStringLiteral("投递失败");
    case MailStatus::Bounced:
        return QStringLiteral("已退信");
    case MailStatus::Deferred:
        return QStringLiteral("延迟投递");
    case MailStatus::Intercepted:
        return QStringLiteral("已拦截");
    case MailStatus::Spam:
        return QStringLiteral("判为垃圾邮件");
    }
    return {};
}

QString channelWords(const QString& channel)
{
    const QString word = wordFor({{u"mailbox", u"送达邮箱"},
                                  {u"reply", u"回复邮件"},
                                  {u"webmail", u"WebMail"},
                                  {u"mailmaster", u"邮箱大师"},
                                  {u"wechat", u"微信"}},
                                 channel);
    return word == channel || channel.isEmpty() ? word : word + QStringLiteral("（") + channel + QStringLiteral("）");
}

QString addressBasisWords(const std::optional<AddressBasis>& basis)
{
    if (!basis) {
        return QStringLiteral("未登记送达地址依据");
    }
    QString words;
    switch (basis->kind) {
    case AddressBasisKind::Confirmed:
        words = QStringLiteral("受送达人确认的送达地址（送达地址确认书）");
        break;
    case AddressBasisKind::Provided:
        words = QStringLiteral("受送达人提供的电子送达地址");
        break;
    case AddressBasisKind::CourtFound:
        words = QStringLiteral("法院查明的受送达人电子地址（非受送达人提供或确认）");
        break;
    }
    if (basis->date.isValid()) {
        words += QStringLiteral("；日期：") + basis->date.toString(QStringLiteral("yyyy-MM-dd"));
    }
    if (!basis->reference.isEmpty()) {
        words += QStringLiteral("；依据：") + basis->reference;
    }
    return words;
}

} // namespace dm::proof::reporttext
