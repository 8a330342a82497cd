#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace dm::casenumber {

// Court case numbers (案号) as they appear in the accounts' jobNumber and in mail subjects: "(2026)粤0104民初1234号",
// a year in brackets, the court's code, the kind of case and a serial number ending in 号. People and systems write the
// brackets half-width, full-width "（2026）" or as "〔2026〕", with full-width digits or stray spaces; the canonical
// form used everywhere here has half-width brackets and digits and no spaces.

// The canonical form of `text` when the whole of it (trimmed) is one case number; empty otherwise.
[[nodiscard]] QString normalise(QStringView text);

// Every case number in free text (a subject), canonical, in order of appearance, without repeats.
[[nodiscard]] QStringList findAll(QStringView text);

// The spellings a stored value may use for the canonical `caseNumber`: half-width, full-width and 〔〕 brackets.
[[nodiscard]] QStringList spellings(const QString& caseNumber);

// The part after the bracketed year ("粤0104民初1234号"): the same in every spelling of the brackets, so a text
// search for it finds them all.
[[nodiscard]] QString serialPart(const QString& caseNumber);

// What a subject search for the case looks for: the serial part with half-width digits and with full-width ones
// ("粤０１０４民初１２３４号"), the two ways a subject typed by hand writes them.
[[nodiscard]] QStringList serialSpellings(const QString& caseNumber);

} // namespace dm::casenumber
