#include "cli/PersonalNumbers.h"

#include "cli/Commands.h"
#include "cli/PrivateFile.h"

#include <QFile>

#include <cstdio>

namespace dm {
namespace {

// Two short lines and comments: anything larger is not what this file is for.
constexpr qint64 kMaxBytes = 4096;

} // namespace

Expected<PersonalNumbers, QString> parsePersonalNumbers(const QByteArray& text)
{
    PersonalNumbers numbers;
    int lineNumber = 0;
    // Editors on Windows start UTF-8 files with a byte order mark.
    const QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    for (const QByteArray& raw : body.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? line : line.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        QString* slot = key == QLatin1String("mobile")      ? &numbers.mobile
                        : key == QLatin1String("id-number") ? &numbers.idNumber
                                                            : nullptr;
        if (slot == nullptr) {
            // The key is named, never the value: a mistyped line may hold a number.
            return Unexpected{CliText::tr("Line %1: expected mobile=… or id-number=…").arg(lineNumber)};
        }
        if (!slot->isEmpty()) {
            return Unexpected{CliText::tr("Line %1: %2 is given twice.").arg(lineNumber).arg(key)};
        }
        *slot = value;
    }
    if (numbers.mobile.isEmpty()) {
        return Unexpected{CliText::tr("No mobile=… line: the recipient's mobile is required.")};
    }
    return numbers;
}

Expected<PersonalNumbers, QString> readPersonalNumbers(const QString& source)
{
    QFile file;
    if (source == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return Unexpected{CliText::tr("Standard input cannot be read.")};
        }
    } else {
        file.setFileName(source);
        if (!file.open(QIODevice::ReadOnly)) {
            return Unexpected{CliText::tr("Cannot read %1: %2").arg(source, file.errorString())};
        }
        if (auto isPrivate = checkPrivateToUser(file, source); !isPrivate) {
            return Unexpected{isPrivate.error()};
        }
    }
    const QByteArray text = file.read(kMaxBytes + 1);
    if (text.size() > kMaxBytes) {
        return Unexpected{CliText::tr("%1 is too large for a mobile and an ID number.")
                              .arg(source == QLatin1String("-") ? CliText::tr("Standard input") : source)};
    }
    return parsePersonalNumbers(text);
}

} // namespace dm
