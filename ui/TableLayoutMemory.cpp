#include "ui/TableLayoutMemory.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

namespace dm {

TableLayoutMemory::TableLayoutMemory(QString prefix, QHeaderView* header, QSplitter* splitter)
    : m_prefix(std::move(prefix))
    , m_header(header)
    , m_splitter(splitter)
{}

TableLayoutMemory::~TableLayoutMemory() = default;

void TableLayoutMemory::setSettings(QSettings* settings)
{
    m_settings = settings;
}

QSettings& TableLayoutMemory::settings()
{
    if (m_settings != nullptr) {
        return *m_settings;
    }
    if (!m_defaultSettings) {
        m_defaultSettings = std::make_unique<QSettings>();
    }
    return *m_defaultSettings;
}

void TableLayoutMemory::save()
{
    settings().setValue(m_prefix + QStringLiteral("/header"), m_header->saveState());
    settings().setValue(m_prefix + QStringLiteral("/splitter"), m_splitter->saveState());
}

void TableLayoutMemory::restore()
{
    const QByteArray header = settings().value(m_prefix + QStringLiteral("/header")).toByteArray();
    const QByteArray splitter = settings().value(m_prefix + QStringLiteral("/splitter")).toByteArray();
    if (!header.isEmpty()) {
        m_header->restoreState(header);
    }
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
}

} // namespace dm
