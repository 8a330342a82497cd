#pragma once

#include <QString>
#include <QStringView>

namespace dm {

// Chinese input methods often type the full-width forms of ASCII (“１３８”, “＋８６”, “ＡＤＭＩＮ”) and the
// ideographic space. Validators fold them to ASCII first so that the user is not told that “１” is not a digit.
// Folding is one-to-one per UTF-16 unit, so positions in the folded text are positions in the input.
[[nodiscard]] inline QChar foldFullWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x3000)
        return QChar(u' ');
    return c;
}

[[nodiscard]] inline QString foldFullWidth(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text)
        folded.append(foldFullWidth(c));
    return folded;
}

[[nodiscard]] inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace dm
