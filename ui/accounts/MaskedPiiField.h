#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace dm {

// A form field for a number that identifies a person (ID number, mobile). Holding a stored value it shows it masked and
// read-only, with a Reveal button: the form asks for the reveal to be recorded (revealRequested) and only then shows
// the number and lets it be edited (setRevealed). Empty, or revealed, it is an ordinary line edit.
class MaskedPiiField final : public QWidget
{
    Q_OBJECT

public:
    // `stored`: the value on record; `masked`: how it reads masked (empty when nothing is stored).
    MaskedPiiField(const QString& stored, const QString& masked, QWidget* parent = nullptr);

    // What the field stands for: the stored value until revealed, then what is typed.
    [[nodiscard]] QString value() const;
    [[nodiscard]] bool isRevealed() const { return m_revealed; }
    void setRevealed();
    // Whether the Reveal button can be pressed (a reveal needs somewhere to record it).
    void setRevealAvailable(bool available);

    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }
    [[nodiscard]] QPushButton* revealButton() const { return m_reveal; }
    void retranslateUi();

Q_SIGNALS:
    void revealRequested();
    void valueChanged();

private:
    QString m_stored;
    QString m_masked;
    bool m_revealed = false;
    QLineEdit* m_edit = nullptr;
    QPushButton* m_reveal = nullptr;
};

} // namespace dm
