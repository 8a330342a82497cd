#include "ui/logs/LogFilterBar.h"

#include "ui/logs/FlowLayout.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace dm {

LogFilterBar::LogFilterBar(QString prefix, QWidget* parent)
    : QWidget(parent)
    , m_prefix(std::move(prefix))
{
    new FlowLayout(this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(250));
    connect(&m_debounce, &QTimer::timeout, this, &LogFilterBar::emitChanged);
}

void LogFilterBar::addField(QLabel* label, QWidget* field)
{
    // A label and its field stay together on one line; the pairs wrap when the window is narrow.
    auto* pair = new QWidget(this);
    auto* pairLayout = new QHBoxLayout(pair);
    pairLayout->setContentsMargins(0, 0, 0, 0);
    label->setParent(pair);
    field->setParent(pair);
    pairLayout->addWidget(label);
    pairLayout->addWidget(field);
    layout()->addWidget(pair);
    m_fields.append(field);
}

QLineEdit* LogFilterBar::addText(const QString& name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(m_prefix + QLatin1Char('.') + name);
    edit->setClearButtonEnabled(true);
    edit->setMinimumWidth(120);
    auto* label = new QLabel(this);
    label->setBuddy(edit);
    m_labels.insert(edit, label);
    addField(label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(edit, &QLineEdit::returnPressed, this, &LogFilterBar::emitChanged);
    return edit;
}

QComboBox* LogFilterBar::addChoice(const QString& name)
{
    auto* box = new QComboBox(this);
    box->setObjectName(m_prefix + QLatin1Char('.') + name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(this);
    label->setBuddy(box);
    m_labels.insert(box, label);
    addField(label, box);
    connect(box, &QComboBox::currentIndexChanged, this, &LogFilterBar::emitChanged);
    return box;
}

void LogFilterBar::setLabel(QWidget* field, const QString& text)
{
    if (QLabel* label = m_labels.value(field)) {
        label->setText(text);
    }
    // The label's text without its mnemonic names the field for screen readers.
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(u'：'));
}

void LogFilterBar::fillChoice(QComboBox* box, const QList<QPair<QString, QVariant>>& items)
{
    const QSignalBlocker blocker(box);
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(tr("Any"), QVariant());
    for (const auto& [text, value] : items) {
        box->addItem(text, value);
    }
    const int index = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(qMax(0, index));
}

QString LogFilterBar::textOf(const QLineEdit* field)
{
    return field->text().trimmed();
}

QVariant LogFilterBar::choiceOf(const QComboBox* box)
{
    return box->currentData();
}

void LogFilterBar::focusFirstField()
{
    if (m_fields.isEmpty()) {
        return;
    }
    QWidget* first = m_fields.constFirst();
    first->setFocus(Qt::ShortcutFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(first)) {
        edit->selectAll();
    }
}

bool LogFilterBar::setFieldValue(const QString& name, const QVariant& value)
{
    auto* field = findChild<QWidget*>(m_prefix + QLatin1Char('.') + name);
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        edit->setText(value.toString());
        emitChanged();
        return true;
    }
    if (auto* box = qobject_cast<QComboBox*>(field)) {
        const int index = box->findData(value);
        if (index < 0) {
            return false;
        }
        box->setCurrentIndex(index); // filters through currentIndexChanged when it changes
        return true;
    }
    return false;
}

void LogFilterBar::clearFields()
{
    for (QWidget* field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field);
        if (auto* edit = qobject_cast<QLineEdit*>(field)) {
            edit->clear();
        } else if (auto* box = qobject_cast<QComboBox*>(field)) {
            box->setCurrentIndex(0);
        }
    }
    emitChanged();
}

void LogFilterBar::emitChanged()
{
    m_debounce.stop();
    Q_EMIT filterChanged();
}

void LogFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
