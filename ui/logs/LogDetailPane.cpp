#include "ui/logs/LogDetailPane.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dm {

LogDetailPane::LogDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("logs.detail"));
    m_title->setObjectName(QStringLiteral("logs.detail.title"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    showNothing(0);
}

void LogDetailPane::clearForm()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
    m_values.clear();
}

void LogDetailPane::showFields(const QString& title, const Fields& fields)
{
    clearForm();
    m_title->setText(title);
    for (const auto& [label, value] : fields) {
        auto* text = new QLabel(value, this);
        text->setTextFormat(Qt::PlainText); // values come from the platform: never rich text
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setAccessibleName(label);
        m_form->addRow(label, text);
        m_values.append(text);
    }
}

void LogDetailPane::showNothing(int selectedRows)
{
    clearForm();
    m_selectedRows = selectedRows;
    m_title->setText(selectedRows > 1 ? tr("%n rows selected", nullptr, selectedRows)
                                      : tr("Select a row to see all of it here."));
}

void LogDetailPane::changeEvent(QEvent* event)
{
    // The fields of a row are retranslated by the page that shows them (it shows the row again); the hint is ours.
    if (event->type() == QEvent::LanguageChange && m_values.isEmpty()) {
        showNothing(m_selectedRows);
    }
    QWidget::changeEvent(event);
}

QStringList LogDetailPane::values() const
{
    QStringList out;
    for (const QLabel* label : m_values) {
        out.append(label->text());
    }
    return out;
}

} // namespace dm
