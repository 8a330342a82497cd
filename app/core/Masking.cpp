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

} // namespace dm
