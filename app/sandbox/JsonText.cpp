#include "sandbox/JsonText.h"

#include <charconv>
#include <iterator>

namespace dm::sandbox {
namespace {

char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
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
    return utf8(text.toUtf8());
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
    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
    m_bytes.append(digits, written.ptr - digits);
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
