#include "sandbox/JsonText.h"

namespace dm::sandbox {
namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

bool isHighSurrogate(char16_t c)
{
    return c >= 0xd800 && c < 0xdc00;
}

bool isLowSurrogate(char16_t c)
{
    return c >= 0xdc00 && c < 0xe000;
}

} // namespace

void JsonText::beforeValue()
{
    if (m_needsComma) {
        m_bytes.append(',');
    }
    m_needsComma = true;
}

JsonText& JsonText::beginObject()
{
    beforeValue();
    m_bytes.append('{');
    m_needsComma = false;
    return *this;
}

JsonText& JsonText::endObject()
{
    m_bytes.append('}');
    m_needsComma = true;
    return *this;
}

JsonText& JsonText::beginArray()
{
    beforeValue();
    m_bytes.append('[');
    m_needsComma = false;
    return *this;
}

JsonText& JsonText::endArray()
{
    m_bytes.append(']');
    m_needsComma = true;
    return *this;
}

JsonText& JsonText::key(const char* name)
{
    beforeValue();
    m_bytes.append('"').append(name).append("\":");
    m_needsComma = false; // the value follows the colon
    return *this;
}

// As Qt's writer escapes: the two-character forms where JSON has them, \u00xx (lower-case) for the other controls.
void JsonText::escapeAscii(char16_t c)
{
    switch (c) {
    case u'"':
        m_bytes.append("\\\"");
        return;
    case u'\\':
        m_bytes.append("\\\\");
        return;
    case u'\b':
        m_bytes.append("\\b");
        return;
    case u'\f':
        m_bytes.append("\\f");
        return;
    case u'\n':
        m_bytes.append("\\n");
        return;
    case u'\r':
        m_bytes.append("\\r");
        return;
    case u'\t':
        m_bytes.append("\\t");
        return;
    default:
        break;
    }
    if (c < 0x20) {
        const char escaped[] = {'\\', 'u', '0', '0', hexDigit(c >> 4), hexDigit(c & 0xf)};
        m_bytes.append(escaped, sizeof escaped);
    } else {
        m_bytes.append(static_cast<char>(c));
    }
}

JsonText& JsonText::string(QStringView text)
{
    beforeValue();
    m_bytes.append('"');
    const char16_t* at = text.utf16();
    const char16_t* const end = at + text.size();
    while (at != end) {
        const char16_t c = *at++;
        if (c < 0x80) {
            escapeAscii(c);
        } else if (c < 0x800) {
            m_bytes.append(static_cast<char>(0xc0 | (c >> 6))).append(static_cast<char>(0x80 | (c & 0x3f)));
        } else if (isHighSurrogate(c) && at != end && isLowSurrogate(*at)) {
            const char32_t point = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(*at++) - 0xdc00);
            const char encoded[] = {
                static_cast<char>(0xf0 | (point >> 18)), static_cast<char>(0x80 | ((point >> 12) & 0x3f)),
                static_cast<char>(0x80 | ((point >> 6) & 0x3f)), static_cast<char>(0x80 | (point & 0x3f))};
            m_bytes.append(encoded, sizeof encoded);
        } else if (isHighSurrogate(c) || isLowSurrogate(c)) {
            // A surrogate without its pair has no UTF-8 form: Qt writes it as an escape.
            const char escaped[] = {
                '\\', 'u', hexDigit(c >> 12), hexDigit((c >> 8) & 0xf), hexDigit((c >> 4) & 0xf), hexDigit(c & 0xf)};
            m_bytes.append(escaped, sizeof escaped);
        } else {
            const char encoded[] = {static_cast<char>(0xe0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3f)),
                                    static_cast<char>(0x80 | (c & 0x3f))};
            m_bytes.append(encoded, sizeof encoded);
        }
    }
    m_bytes.append('"');
    return *this;
}

JsonText& JsonText::utf8(QByteArrayView text)
{
    beforeValue();
    m_bytes.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\') {
            continue;
        }
        m_bytes.append(text.data() + plainFrom, i - plainFrom);
        escapeAscii(byte);
        plainFrom = i + 1;
    }
    m_bytes.append(text.data() + plainFrom, text.size() - plainFrom);
    m_bytes.append('"');
    return *this;
}

JsonText& JsonText::integer(qint64 value)
{
    beforeValue();
    char digits[24];
    int length = 0;
    // Digits backwards; the magnitude as unsigned so that the most negative value has one.
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[length++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0) {
        digits[length++] = '-';
    }
    for (int i = length - 1; i >= 0; --i) {
        m_bytes.append(digits[i]);
    }
    return *this;
}

JsonText& JsonText::boolean(bool value)
{
    beforeValue();
    m_bytes.append(value ? "true" : "false");
    return *this;
}

JsonText& JsonText::null()
{
    beforeValue();
    m_bytes.append("null");
    return *this;
}

} // namespace dm::sandbox
