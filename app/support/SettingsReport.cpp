#include "support/SettingsReport.h"

#include "core/PiiScrubber.h"
#include "support/SupportTexts.h"

#include <QRegularExpression>
#include <QSettings>
#include <QStringList>

namespace dm {
namespace {

QString valueText(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray) {
        return SupportTexts::tr("(%n byte(s) of binary data)", nullptr, int(value.toByteArray().size()));
    }
    if (value.typeId() == QMetaType::QStringList) {
        return value.toStringList().join(QStringLiteral(", "));
    }
    if (!value.canConvert<QString>()) {
        return SupportTexts::tr("(a value of type %1)").arg(QString::fromLatin1(value.typeName()));
    }
    return value.toString();
}

} // namespace

bool isSensitiveSettingsKey(const QString& key)
{
    static const QRegularExpression sensitive(
        QStringLiteral("pass(word|wd|phrase)?|pwd|secret|token|auth.?code|credential|cookie|session.?key|private|"
                       "mobile|phone|id.?(card|number)|身份证|手机"),
        QRegularExpression::CaseInsensitiveOption);
    return sensitive.match(key).hasMatch();
}

QString settingsText(const QSettings& settings)
{
    QStringList keys = settings.allKeys();
    keys.sort();
    QStringList lines;
    for (const QString& key : std::as_const(keys)) {
        if (isSensitiveSettingsKey(key)) {
            // The mask scrubPii itself writes, so that scrubbing the text again leaves the line as it is.
            lines << QStringLiteral("%1 = ***").arg(scrubPii(key));
            continue;
        }
        QString value = valueText(settings.value(key));
        // One line per key, whatever the value holds.
        value.replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\r'), QStringLiteral("\\r"));
        lines << QStringLiteral("%1 = %2").arg(scrubPii(key), scrubPii(value));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace dm
