#include "core/Masking.h"

namespace dm {

namespace {

QString maskMiddle(QStringView value, qsizetype keepHead, qsizetype keepTail, qsizetype minimumLength)
{
    if (value.size() < minimumLength)
        return QString(value.size(), u'*');
    return value.first(keepHead) + QString(value.size() - keepHead - keepTail, u'*') + value.last(keepTail);
}

} // namespace

QString maskIdNumber(QStringView idNumber)
{
    return maskMiddle(idNumber, 4, 4, 18);
}

QString maskMobile(QStringView mobile)
{
    return maskMiddle(mobile, 3, 4, 11);
}

QString maskNumbersInName(const QString& name)
{
    const auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    QString masked;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < name.size();) {
        if (!isDigit(name.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < name.size() && isDigit(name.at(end))) {
            ++end;
        }
        const qsizetype digits = end - i;
        const bool idWithX = digits == 17 && end < name.size() &&
                             (name.at(end) == QLatin1Char('X') || name.at(end) == QLatin1Char('x')) &&
                             (end + 1 == name.size() || !isDigit(name.at(end + 1)));
        const bool id = digits == 18 || idWithX;
        // A mobile may carry its country code written as digits (86…, 0086…), which stays readable as scrubPii keeps
        // it.
        const qsizetype prefix = digits == 13 && QStringView(name).mid(i, 2) == u"86"     ? 2
                                 : digits == 15 && QStringView(name).mid(i, 4) == u"0086" ? 4
                                                                                          : 0;
        const qsizetype national = i + prefix;
        const bool mobile =
            digits - prefix == 11 && name.at(national) == QLatin1Char('1') && name.at(national + 1) >= QLatin1Char('3');
        if (id || mobile) {
            const qsizetype runEnd = idWithX ? end + 1 : end;
            masked += QStringView(name).mid(copied, national - copied);
            const QStringView run = QStringView(name).mid(national, runEnd - national);
            masked += id ? maskIdNumber(run) : maskMobile(run);
            copied = runEnd;
            end = runEnd;
        }
        i = end;
    }
    if (copied == 0) {
        return name;
    }
    masked += QStringView(name).mid(copied);
    return masked;
}

} // namespace dm
