#include "export/PdfTextLayer.h"

#include "core/HexDigits.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRawFont>

#include <algorithm>
#include <vector>

namespace dm {

namespace {

using Aliases = QHash<char16_t, char16_t>; // the code point a map names -> the character drawn with its glyph

constexpr int kPlane = 0x10000;

// For each glyph of `font` that a drawn character uses: when the lowest code point with that glyph (what Qt writes
// into the map) is another one, that code point stands for the drawn character.
void addAliases(const QFont& font, const std::bitset<kPlane>& used, Aliases& aliases)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid()) {
        return;
    }
    QList<QChar> plane(kPlane);
    for (int code = 0; code < kPlane; ++code) {
        // Lone surrogates would pair up and shift every glyph after them; they map to nothing anyway.
        plane[code] = QChar::isSurrogate(char32_t(code)) ? QChar(u'\0') : QChar(char16_t(code));
    }
    std::vector<quint32> glyphs(kPlane, 0);
    int count = kPlane;
    if (!raw.glyphIndexesForChars(plane.constData(), kPlane, glyphs.data(), &count) || count != kPlane) {
        return;
    }
    QHash<quint32, char16_t> lowest;
    for (int code = 1; code < kPlane; ++code) {
        if (glyphs[std::size_t(code)] != 0 && !lowest.contains(glyphs[std::size_t(code)])) {
            lowest.insert(glyphs[std::size_t(code)], char16_t(code));
        }
    }
    for (int code = 1; code < kPlane; ++code) {
        const quint32 glyph = glyphs[std::size_t(code)];
        if (!used.test(std::size_t(code)) || glyph == 0) {
            continue;
        }
        const char16_t named = lowest.value(glyph);
        if (named != char16_t(code)) {
            aliases.insert(named, char16_t(code));
        }
    }
}

// The value of the four hex digits at `at`, or -1.
int code16(const uchar* at)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigitValue(at[i]);
        if (digit < 0) {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

void writeCode16(uchar* at, char16_t value)
{
    for (int i = 3; i >= 0; --i) {
        at[i] = uchar(kHexDigits[value & 0xf]);
        value = char16_t(value >> 4);
    }
}

// Rewrites the destinations of one bfrange block, [begin, end) of the file: lines "<src> <src> <dst>" (one glyph when
// both sources are equal) and "<src> <src> [<dst> <dst> ...]". A linear range "<first> <last> <dst>" maps several
// glyphs to consecutive code points and is left as it is.
int patchBlock(uchar* begin, uchar* end, const Aliases& aliases)
{
    int changed = 0;
    uchar* line = begin;
    while (line < end) {
        uchar* lineEnd = std::find(line, end, uchar('\n'));
        std::vector<uchar*> tokens; // where each four-digit <....> starts, after its '<'
        bool array = false;
        for (uchar* at = line; at < lineEnd; ++at) {
            if (*at == '[') {
                array = true;
            } else if (*at == '<' && lineEnd - at >= 6 && at[5] == '>' && code16(at + 1) >= 0) {
                tokens.push_back(at + 1);
                at += 5;
            }
        }
        const bool single = tokens.size() == 3 && !array && code16(tokens[0]) == code16(tokens[1]);
        if (single || (array && tokens.size() >= 3)) {
            for (std::size_t i = 2; i < tokens.size(); ++i) {
                const auto drawn = aliases.constFind(char16_t(code16(tokens[i])));
                if (drawn != aliases.cend()) {
                    writeCode16(tokens[i], *drawn);
                    ++changed;
                }
            }
        }
        line = lineEnd + 1;
    }
    return changed;
}

} // namespace

void PdfTextLayer::note(QStringView text)
{
    for (const QChar c : text) {
        m_used.set(c.unicode());
    }
}

Expected<int, QString> PdfTextLayer::repair(const QString& path, const QList<QFont>& fonts) const
{
    Aliases aliases;
    for (const QFont& font : fonts) {
        addAliases(font, m_used, aliases);
    }
    if (aliases.isEmpty()) {
        return 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return Unexpected(tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    const qint64 size = file.size();
    uchar* data = file.map(0, size);
    if (!data) {
        return Unexpected(tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    const QByteArrayView all(reinterpret_cast<const char*>(data), size);
    static constexpr QByteArrayView kBegin("beginbfrange");
    static constexpr QByteArrayView kEnd("endbfrange");
    static constexpr QByteArrayView kQtMap("/CMapName /Adobe-Identity-UCS def");
    int changed = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype begin = all.indexOf(kBegin, from);
        const qsizetype end = begin < 0 ? -1 : all.indexOf(kEnd, begin);
        if (end < 0) {
            break;
        }
        // Only inside one of Qt's ToUnicode maps (the page streams are compressed and never hold this text).
        const qsizetype window = std::min<qsizetype>(begin, 8192);
        if (all.sliced(begin - window, window).contains(kQtMap)) {
            changed += patchBlock(data + begin + kBegin.size(), data + end, aliases);
        }
        from = end + kEnd.size();
    }
    file.unmap(data);
    file.close();
    return changed;
}

} // namespace dm
