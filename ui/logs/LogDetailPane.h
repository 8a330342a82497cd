#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace dm {

// The selected log row, field by field, on the right of the table: every value whole (the table elides), selectable
// for copying.
class LogDetailPane final : public QWidget
{
    Q_OBJECT

public:
    using Fields = QList<QPair<QString, QString>>; // label, value

    explicit LogDetailPane(QWidget* parent = nullptr);

    void showFields(const QString& title, const Fields& fields);
    // Nothing or several rows selected.
    void showNothing(int selectedRows);
    // The values shown, in order (tests, copy).
    [[nodiscard]] QStringList values() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void clearForm();

    QLabel* m_title = nullptr;
    QFormLayout* m_form = nullptr;
    QList<QLabel*> m_values;
    int m_selectedRows = 0; // what showNothing() said, to say it again in another language
};

} // namespace dm
