#include "core/InitialPassword.h"

#include <QRandomGenerator>

#include <algorithm>

namespace dm {
namespace {

constexpr QLatin1String kLower("abcdefghijkmnpqrstuvwxyz");
constexpr QLatin1String kUpper("ABCDEFGHJKLMNPQRSTUVWXYZ");
constexpr QLatin1String kDigits("23456789");
constexpr QLatin1String kSymbols("!#$%&*+-=?@^_~");

bool hasLongRun(QStringView text)
{
    int ascending = 1;
    int descending = 1;
    int repeated = 1;
    for (qsizetype i = 1; i < text.size(); ++i) {
        // Letters compare case-folded, as the platform does: "aBcD" and "aAaA" are runs too.
        const int step = text.at(i).toLower().unicode() - text.at(i - 1).toLower().unicode();
        ascending = step == 1 ? ascending + 1 : 1;
        descending = step == -1 ? descending + 1 : 1;
        repeated = step == 0 ? repeated + 1 : 1;
        if (ascending >= 4 || descending >= 4 || repeated >= 4) {
            return true;
        }
    }
    return false;
}

} // namespace

bool meetsPasswordRules(QStringView password)
{
    if (password.size() < 8 || password.size() > 32) {
        return false;
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    for (const QChar c : password) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false; // printable ASCII only: what every mail client can type
        }
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        symbol = symbol || (!c.isLetterOrNumber());
    }
    return int(lower) + int(upper) + int(digit) + int(symbol) >= 3 && !hasLongRun(password);
}

QString generateInitialPassword(int length)
{
    length = std::clamp(length, 12, 32);
    const QLatin1String classes[] = {kLower, kUpper, kDigits, kSymbols};
    QRandomGenerator* random = QRandomGenerator::system();
    for (;;) {
        QString password;
        password.reserve(length);
        // One of each class first, then any class, then a shuffle: every class is present, positions are random.
        for (const QLatin1String& alphabet : classes) {
            password += QLatin1Char(alphabet.at(random->bounded(static_cast<int>(alphabet.size()))));
        }
        while (password.size() < length) {
            const QLatin1String& alphabet = classes[random->bounded(4)];
            password += QLatin1Char(alphabet.at(random->bounded(static_cast<int>(alphabet.size()))));
        }
        for (qsizetype i = password.size() - 1; i > 0; --i) {
            std::swap(password[i], password[random->bounded(static_cast<int>(i + 1))]);
        }
        if (meetsPasswordRules(password)) {
            return password;
        }
    }
}

} // namespace dm
