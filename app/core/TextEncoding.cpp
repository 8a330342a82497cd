#include "core/TextEncoding.h"

#include <QStringDecoder>

#include <limits>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace dm {

namespace {

[[nodiscard]] bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

// Splitting at LF is safe in both encodings: neither UTF-8 nor GB 18030 uses 0x0A inside a multi-byte sequence.
template <typename Check>
[[nodiscard]] qsizetype firstBadLine(QByteArrayView bytes, Check isGood)
{
    qsizetype line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!isGood(bytes.sliced(start, end - start)))
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

#ifdef Q_OS_WIN
[[nodiscard]] std::optional<QString> decodeGbkWindows(QByteArrayView bytes)
{
    constexpr UINT Gb18030CodePage = 54936;
    if (bytes.isEmpty())
        return QString();
    if (bytes.size() > std::numeric_limits<int>::max())
        return std::nullopt;
    const int inLength = int(bytes.size());
    const int outLength =
        MultiByteToWideChar(Gb18030CodePage, MB_ERR_INVALID_CHARS, bytes.data(), inLength, nullptr, 0);
    if (outLength <= 0)
        return std::nullopt;
    QString text(outLength, Qt::Uninitialized);
    const int written = MultiByteToWideChar(Gb18030CodePage, MB_ERR_INVALID_CHARS, bytes.data(), inLength,
                                            reinterpret_cast<wchar_t*>(text.data()), outLength);
    if (written != outLength)
        return std::nullopt;
    return text;
}
#endif

} // namespace

QString TextDecodeError::message() const
{
    switch (reason) {
    case Reason::InvalidUtf8:
        return tr("Line %1 of the file is not valid UTF-8. Choose the GBK encoding, or save the file as CSV UTF-8.")
            .arg(line);
    case Reason::InvalidGbk:
        return tr("Line %1 of the file is neither UTF-8 nor GBK text. Save the file as CSV UTF-8 and try again.")
            .arg(line);
    case Reason::Utf16:
        return tr("The file is UTF-16 \"Unicode text\". Save it as CSV UTF-8 (comma delimited) instead.");
    case Reason::Binary:
        return tr("Line %1 contains binary data: this is not a CSV text file.").arg(line);
    case Reason::GbkUnavailable:
        return tr("This build cannot read GBK text. Save the file as CSV UTF-8 and try again.");
    }
    return {};
}

bool gbkDecoderAvailable()
{
#ifdef Q_OS_WIN
    return true;
#else
    return QStringDecoder("GB18030").isValid();
#endif
}

std::optional<QString> decodeGbk(QByteArrayView bytes)
{
    QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }
#ifdef Q_OS_WIN
    return decodeGbkWindows(bytes);
#else
    return std::nullopt;
#endif
}

Expected<DecodedText, TextDecodeError> decodeText(QByteArrayView bytes, TextEncoding encoding)
{
    using Reason = TextDecodeError::Reason;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Unexpected{TextDecodeError{Reason::Utf16, 0}};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Unexpected{TextDecodeError{Reason::Binary, bytes.first(nul).count('\n') + 1}};

    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF") && encoding != TextEncoding::Gbk) {
        result.byteOrderMark = true;
        bytes = bytes.sliced(3);
        encoding = TextEncoding::Utf8;
    }
    if (encoding == TextEncoding::Auto)
        encoding = isUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Gbk;
    result.encoding = encoding;

    if (encoding == TextEncoding::Utf8) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        result.text = decoder.decode(bytes);
        if (decoder.hasError())
            return Unexpected{TextDecodeError{Reason::InvalidUtf8, firstBadLine(bytes, isUtf8)}};
        return result;
    }
    if (!gbkDecoderAvailable())
        return Unexpected{TextDecodeError{Reason::GbkUnavailable, 0}};
    std::optional<QString> text = decodeGbk(bytes);
    if (!text) {
        const auto isGbk = [](QByteArrayView line) { return decodeGbk(line).has_value(); };
        return Unexpected{TextDecodeError{Reason::InvalidGbk, firstBadLine(bytes, isGbk)}};
    }
    result.text = std::move(*text);
    return result;
}

std::optional<TextEncoding> textEncodingFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"auto")
        return TextEncoding::Auto;
    if (key == u"utf-8" || key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"gbk" || key == u"gb18030" || key == u"cp936" || key == u"gb2312")
        return TextEncoding::Gbk;
    return std::nullopt;
}

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gbk:
        return QStringLiteral("gbk");
    }
    return {};
}

} // namespace dm
