#pragma once

#include "core/Expected.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace dm {

// The encodings an imported text file may have. Excel saves "CSV (comma delimited)" in the ANSI code page, which on
// Chinese Windows is GBK (code page 936); "CSV UTF-8" adds a byte order mark; other tools write plain UTF-8.
enum class TextEncoding
{
    Auto, // a UTF-8 byte order mark, else valid UTF-8, else GBK
    Utf8,
    Gbk,
};

// Why bytes could not be turned into text. `message()` is translated and names the line, never the content.
struct TextDecodeError
{
    Q_DECLARE_TR_FUNCTIONS(TextDecodeError)

public:
    enum class Reason
    {
        InvalidUtf8,    // the encoding was given as UTF-8 and a byte sequence is not UTF-8
        InvalidGbk,     // neither UTF-8 nor GBK (or given as GBK and not GBK)
        Utf16,          // a UTF-16 byte order mark: Excel's "Unicode text", which is not CSV
        Binary,         // a NUL byte: not a text file at all
        GbkUnavailable, // this build has no GBK decoder (a Qt without ICU on a platform other than Windows)
    };

    Reason reason = Reason::InvalidUtf8;
    qsizetype line = 0; // 1-based line of the first offending byte; 0 when the whole file is meant

    [[nodiscard]] QString message() const;
};

struct DecodedText
{
    QString text;                               // without the byte order mark
    TextEncoding encoding = TextEncoding::Utf8; // the one used, never Auto
    bool byteOrderMark = false;
};

// Decodes a whole file. Auto picks UTF-8 for a byte order mark or valid UTF-8 and GBK otherwise; pure ASCII is
// UTF-8. GBK is decoded as GB 18030, its strict superset, so that nothing valid is refused.
[[nodiscard]] Expected<DecodedText, TextDecodeError> decodeText(QByteArrayView bytes,
                                                                TextEncoding encoding = TextEncoding::Auto);

// Strict GBK (GB 18030) decoding: std::nullopt for any invalid sequence or when no decoder is available. Qt's
// QStringDecoder knows GB 18030 only when Qt was built with ICU (Debian's is); elsewhere Windows' own
// MultiByteToWideChar (code page 54936) does the work.
[[nodiscard]] std::optional<QString> decodeGbk(QByteArrayView bytes);
[[nodiscard]] bool gbkDecoderAvailable();

// "auto", "utf-8"/"utf8", "gbk"/"gb18030"/"cp936", in any case; std::nullopt for anything else.
[[nodiscard]] std::optional<TextEncoding> textEncodingFromName(QStringView name);
// "auto", "utf-8" or "gbk": the names textEncodingFromName() takes.
[[nodiscard]] QString textEncodingName(TextEncoding encoding);

} // namespace dm
