#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringView>

#include <bitset>

namespace dm {

// Keeps the text layer of a report true to what it shows, so that a copied or searched 民 reads 民.
//
// Qt's PDF writer embeds a subset of each font and tells readers which character each glyph stands for (the font's
// ToUnicode map) by asking the font for the lowest code point it draws with that glyph. CJK fonts draw many characters
// with a glyph another code point shares: in Noto Sans CJK, 民 with the radical ⺠ (U+2EA0), 日 with ⽇, 胶 with an
// Extension A character, even the space with the tab. The page looks right, but its text says ⺠ where it shows 民.
//
// A report notes every character it draws; repair() then finds, for each font the report used, the glyphs whose
// lowest code point is not the character drawn, and rewrites those entries of the file's ToUnicode maps to the drawn
// character. Qt writes the maps uncompressed and each entry as four hex digits, so the rewrite is in place: nothing
// in the file moves and its cross-reference table stays valid.
class PdfTextLayer
{
    Q_DECLARE_TR_FUNCTIONS(PdfTextLayer)

public:
    void note(QStringView text);

    // Rewrites the ToUnicode maps in the PDF at `path`, drawn with `fonts`; returns how many entries it changed.
    [[nodiscard]] Expected<int, QString> repair(const QString& path, const QList<QFont>& fonts) const;

private:
    std::bitset<0x10000> m_used; // Qt's maps cover the Basic Multilingual Plane only
};

} // namespace dm
