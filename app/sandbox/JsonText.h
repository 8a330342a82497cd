#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace dm::sandbox {

// JSON text written straight into bytes. A log page is a thousand rows; built as a QJsonObject each and serialized
// by QJsonDocument, it cost the sandbox about as much again as reading the rows from SQLite, on the one thread that
// serves every client. The text is what QJsonDocument::toJson(Compact) writes for the same value, provided the caller
// writes an object's keys in QJsonObject's order (sorted, as its serializer does).
class JsonText
{
public:
    JsonText& beginObject();
    JsonText& endObject();
    JsonText& beginArray();
    JsonText& endArray();
    // `name` is program text (a field name): written as it is, without escaping.
    JsonText& key(const char* name);
    // As UTF-8: a lone surrogate becomes U+FFFD where Qt writes a \u escape (the sandbox writes only its cursors).
    JsonText& string(QStringView text);
    // UTF-8 text as SQLite keeps it (the sandbox writes it from QStrings, so it is valid UTF-8). Bytes from 0x80 up
    // are copied; the control characters, '"' and '\' escaped.
    JsonText& utf8(QByteArrayView text);
    JsonText& integer(qint64 value);
    JsonText& boolean(bool value);
    JsonText& null();

    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    void beforeValue();
    void escapeAscii(char16_t c);

    QByteArray m_bytes;
    bool m_needsComma = false;
};

} // namespace dm::sandbox
