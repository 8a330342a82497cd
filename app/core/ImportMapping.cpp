#include "core/ImportMapping.h"

#include "core/FullWidth.h"
#include "core/ImportTable.h"

#include <algorithm>

namespace dm {

namespace {

[[nodiscard]] qsizetype slot(ImportField field)
{
    return qsizetype(field);
}

// A column letter ("C", "ab") or a 1-based number ("3") as a 0-based index.
[[nodiscard]] std::optional<qsizetype> columnByPosition(QStringView text, qsizetype columns)
{
    const QString folded = foldFullWidth(text.trimmed()).toUpper();
    bool isNumber = false;
    const qsizetype number = folded.toLongLong(&isNumber);
    if (isNumber)
        return number >= 1 && number <= columns ? std::optional<qsizetype>(number - 1) : std::nullopt;
    if (folded.isEmpty() || folded.size() > 3)
        return std::nullopt;
    for (qsizetype column = 0; column < columns; ++column) {
        if (columnLetters(column) == folded)
            return column;
    }
    return std::nullopt;
}

[[nodiscard]] std::optional<qsizetype> findColumn(const QStringList& headers, QStringView name)
{
    const QString trimmed = name.trimmed().toString();
    if (const qsizetype exact = headers.indexOf(trimmed); exact >= 0 && !trimmed.isEmpty())
        return exact;
    const QString normalized = ImportFields::normalizedHeader(name);
    if (!normalized.isEmpty()) {
        for (qsizetype column = 0; column < headers.size(); ++column) {
            if (ImportFields::normalizedHeader(headers.at(column)) == normalized)
                return column;
        }
    }
    return columnByPosition(name, headers.size());
}

} // namespace

Expected<ImportMapping, ImportError> ImportMapping::resolve(const QStringList& headers, const QStringList& overrides)
{
    using Reason = ImportError::Reason;
    ImportMapping mapping;
    for (const QString& header : headers)
        mapping.m_headers.append(header.trimmed());

    // Explicit entries first: they decide, and the columns they name are out of automatic recognition.
    std::array<qsizetype, kImportFieldCount> explicitColumns = noColumns();
    QList<qsizetype> decided;
    for (const QString& entry : overrides) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        if (equals <= 0)
            return Unexpected{ImportError{Reason::BadMapping, 0, {}, 0, entry}};
        const QStringView columnText = QStringView(entry).first(equals);
        const QStringView fieldText = QStringView(entry).sliced(equals + 1).trimmed();
        const std::optional<qsizetype> column = findColumn(mapping.m_headers, columnText);
        if (!column)
            return Unexpected{ImportError{Reason::UnknownMapColumn, 0, columnText.trimmed().toString(), 0, {}}};
        decided.append(*column);
        const QString fieldKey = fieldText.toString().toLower();
        if (fieldKey == u"skip" || fieldKey == u"ignore")
            continue;
        const std::optional<ImportField> field = ImportFields::fromName(fieldText);
        if (!field)
            return Unexpected{ImportError{Reason::UnknownMapField, 0, {}, 0, fieldText.toString()}};
        if (explicitColumns[slot(*field)] >= 0 && explicitColumns[slot(*field)] != *column)
            return Unexpected{ImportError{Reason::FieldMappedTwice, 0, ImportFields::displayName(*field), 0, {}}};
        explicitColumns[slot(*field)] = *column;
    }

    for (const ImportField field : ImportFields::all()) {
        qsizetype& chosen = mapping.m_columns[slot(field)];
        chosen = explicitColumns[slot(field)];
        if (chosen >= 0)
            continue;
        for (qsizetype column = 0; column < mapping.m_headers.size(); ++column) {
            if (decided.contains(column) || ImportFields::fromHeader(mapping.m_headers.at(column)) != field)
                continue;
            if (chosen >= 0) {
                const QString both = mapping.m_headers.at(chosen) % u", " % mapping.m_headers.at(column);
                return Unexpected{ImportError{Reason::AmbiguousColumn, 0, ImportFields::displayName(field), 0, both}};
            }
            chosen = column;
        }
        if (chosen < 0 && ImportFields::isRequired(field))
            return Unexpected{ImportError{Reason::MissingColumn, 0, ImportFields::displayName(field), 0, {}}};
    }
    return mapping;
}

std::optional<qsizetype> ImportMapping::column(ImportField field) const
{
    const qsizetype column = m_columns[slot(field)];
    return column >= 0 ? std::optional<qsizetype>(column) : std::nullopt;
}

QString ImportMapping::columnName(qsizetype column) const
{
    if (column >= 0 && column < m_headers.size() && !m_headers.at(column).isEmpty())
        return m_headers.at(column);
    return columnLetters(column);
}

QList<qsizetype> ImportMapping::unusedColumns() const
{
    QList<qsizetype> unused;
    for (qsizetype column = 0; column < m_headers.size(); ++column) {
        if (!m_headers.at(column).isEmpty() && !std::count(m_columns.cbegin(), m_columns.cend(), column))
            unused.append(column);
    }
    return unused;
}

QStringList ImportMapping::toOverrides() const
{
    QStringList entries;
    for (const ImportField field : ImportFields::all()) {
        if (const std::optional<qsizetype> chosen = column(field))
            entries.append(columnName(*chosen) % u'=' % ImportFields::key(field));
    }
    return entries;
}

} // namespace dm
