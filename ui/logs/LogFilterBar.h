#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QTimer>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace dm {

// The filters of one log above its table: text fields and choices, each beside its label, wrapping onto more lines in a
// narrow window. Typing waits for a pause before it filters; a choice filters at once. Subclasses add their fields, say
// what a field's value means in filter(), and translate the labels and choices in retranslateUi(). A field is named
// "<prefix>.<name>" (objectName), which is also how "filter by this value" and the tests find it.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    LogFilterBar(QString prefix, QWidget* parent);

    // Ctrl+F: the first field, its text selected.
    void focusFirstField();
    // Sets one field (a text, or the choice whose data is `value`) and filters; false for an unknown field or value.
    bool setFieldValue(const QString& name, const QVariant& value);
    // Back to no filter at all.
    void clearFields();

Q_SIGNALS:
    void filterChanged();

protected:
    QLineEdit* addText(const QString& name);
    QComboBox* addChoice(const QString& name);
    void setLabel(QWidget* field, const QString& text);
    // The choice's items after "Any" (data: invalid), keeping what was selected; run from retranslateUi().
    void fillChoice(QComboBox* box, const QList<QPair<QString, QVariant>>& items);
    [[nodiscard]] static QString textOf(const QLineEdit* field);
    [[nodiscard]] static QVariant choiceOf(const QComboBox* box);

    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;

private:
    void emitChanged();
    void addField(QLabel* label, QWidget* field);

    QString m_prefix;
    QList<QWidget*> m_fields;
    QHash<QWidget*, QLabel*> m_labels;
    QTimer m_debounce;
};

} // namespace dm
