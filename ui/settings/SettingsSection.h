#pragma once

#include <QGroupBox>
#include <QPointer>
#include <QString>

#include <optional>

namespace dm {

// Why a section's edits cannot be saved: a sentence that names the field and says what is wrong, and the field, to
// put the cursor in.
struct SettingsProblem
{
    QString message;
    QPointer<QWidget> field;
};

// One group of the Settings page whose edits wait for the page's Apply button and go with its Revert button. The page
// checks every section before it saves any, so an invalid field anywhere keeps all of them unsaved.
class SettingsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit SettingsSection(QWidget* parent = nullptr);

    // Shows what is saved, dropping the edits.
    virtual void revert() = 0;
    // Nothing when the edits can be saved.
    [[nodiscard]] virtual std::optional<SettingsProblem> problem() const = 0;
    // Saves the edits and puts them into effect. False with `error` set when they could not be saved.
    [[nodiscard]] virtual bool apply(QString& error) = 0;
    // The edits differ from what is saved.
    [[nodiscard]] virtual bool isModified() const = 0;

Q_SIGNALS:
    // The user changed a field (or a change made elsewhere was shown): the page enables Apply and Revert.
    void edited();

protected:
    void changeEvent(QEvent* event) override;
    // Sets every text of the section; runs once from the subclass's constructor and at every language change.
    virtual void retranslateUi() = 0;
};

} // namespace dm
