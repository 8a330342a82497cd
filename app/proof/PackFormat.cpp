#include "proof/PackFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

namespace dm::proof::pack {
namespace {

void appendString(QByteArray& out, const QString& text)
{
    static constexpr char kHexDigits[] = "0123456789abcdef";
    out += '"';
    for (const char byte : text.toUtf8()) {
        const auto code = static_cast<unsigned char>(byte);
        switch (code) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (code < 0x20) {
                out += "\\u00";
                out += kHexDigits[code >> 4];
                out += kHexDigits[code & 0x0f];
            } else {
                out += byte;
            }
        }
    }
    out += '"';
}

void appendValue(QByteArray& out, const QJsonValue& value, bool indented, int depth);

void newLine(QByteArray& out, bool indented, int depth)
{
    if (indented) {
        out += '\n';
        out += QByteArray(2 * depth, ' ');
    }
}

void appendObject(QByteArray& out, const QJsonObject& object, bool indented, int depth)
{
    if (object.isEmpty()) {
        out += "{}";
        return;
    }
    QStringList names = object.keys();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    out += '{';
    for (qsizetype index = 0; index < names.size(); ++index) {
        if (index > 0) {
            out += ',';
        }
        newLine(out, indented, depth + 1);
        appendString(out, names.at(index));
        out += indented ? ": " : ":";
        appendValue(out, object.value(names.at(index)), indented, depth + 1);
    }
    newLine(out, indented, depth);
    out += '}';
}

void appendArray(QByteArray& out, const QJsonArray& array, bool indented, int depth)
{
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += '[';
    for (qsizetype index = 0; index < array.size(); ++index) {
        if (index > 0) {
            out += ',';
        }
        newLine(out, indented, depth + 1);
        appendValue(out, array.at(index), indented, depth + 1);
    }
    newLine(out, indented, depth);
    out += ']';
}

void appendValue(QByteArray& out, const QJsonValue& value, bool indented, int depth)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        // Every number of the format is an integer (ms, sizes, ids, counts).
        out += QByteArray::number(value.toInteger());
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray(), indented, depth);
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject(), indented, depth);
        break;
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue& value, bool indented)
{
    QByteArray out;
    appendValue(out, value, indented, 0);
    if (indented) {
        out += '\n';
    }
    return out;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

bool isSha256Hex(const QString& text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QTimeZone beijingZone()
{
    return QTimeZone(kBeijingOffsetSeconds);
}

QString beijingIso(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, beijingZone());
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+08:00");
}

QString beijingWords(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, beijingZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject timeObject(qint64 ms)
{
    return QJsonObject{{QStringLiteral("beijing"), beijingIso(ms)}, {QStringLiteral("ms"), ms}};
}

std::optional<qint64> timeOf(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue ms = object.value(QStringLiteral("ms"));
    if (!ms.isDouble() || object.size() != 2) {
        return std::nullopt;
    }
    const qint64 when = ms.toInteger();
    if (object.value(QStringLiteral("beijing")).toString() != beijingIso(when)) {
        return std::nullopt;
    }
    return when;
}

} // namespace dm::proof::pack
