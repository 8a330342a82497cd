#include "store/TextSearch.h"

#include <QList>

namespace dm {

std::optional<QString> ftsPhrase(const QString& query)
{
    const QString trimmed = query.trimmed();
    if (trimmed.toUcs4().size() < kMinFtsQueryLength) {
        return std::nullopt;
    }
    // Inside an FTS5 string a double quote is written twice; everything else is literal.
    QString phrase = trimmed;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

} // namespace dm
