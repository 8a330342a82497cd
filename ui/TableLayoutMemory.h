#pragma once

#include <QString>

#include <memory>

class QHeaderView;
class QSettings;
class QSplitter;

namespace dm {

// Where a table page keeps its column layout (order, widths, hidden columns, sort indicator) and its table/details
// splitter between runs: under "<prefix>/header" and "<prefix>/splitter" in the settings it was given, else in the
// application's default settings (made when first needed).
class TableLayoutMemory
{
public:
    TableLayoutMemory(QString prefix, QHeaderView* header, QSplitter* splitter);
    ~TableLayoutMemory();

    // Null: the application's default settings. They must outlive this object or be reset to null first.
    void setSettings(QSettings* settings);
    [[nodiscard]] QSettings& settings();

    void save();
    // Restores what was saved; a part never saved keeps its current state.
    void restore();

private:
    QString m_prefix;
    QHeaderView* m_header;
    QSplitter* m_splitter;
    QSettings* m_settings = nullptr;
    std::unique_ptr<QSettings> m_defaultSettings;
};

} // namespace dm
