#pragma once

#include <QString>
#include <QStringView>

namespace dm {

// Display and log forms of personal numbers. Length is preserved so that a masked value still looks like what it
// is. Input shorter than the real thing is starred completely: keeping the usual head and tail of a short or
// truncated value would reveal most of it.

// "440106199001011234" -> "4401**********1234": the first 4 (the city) and the last 4 are kept when there are at
// least 18 characters; fewer are all stars.
[[nodiscard]] QString maskIdNumber(QStringView idNumber);

// "13012344811" -> "130****4811": the first 3 (the carrier block) and the last 4 are kept when there are at least
// 11 characters; fewer are all stars.
[[nodiscard]] QString maskMobile(QStringView mobile);

// Account names and mail addresses are sometimes a person's mobile or ID number ("13812345678@139.com"). Masks each
// whole digit run that is one (11 digits starting 13-19, also after 86 or 0086; or 17 digits and a digit or X) with
// the masks scrubPii uses, without its regular expressions: these cells are written for every row of an export.
// Names hold no spaces, so the grouped forms scrubPii also finds in free text ("138 1234 5678") do not arise here.
// Anything else is returned as is.
[[nodiscard]] QString maskNumbersInName(const QString& name);

} // namespace dm
