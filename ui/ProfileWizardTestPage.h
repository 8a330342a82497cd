#pragma once

#include "ui/ConnectionTest.h"

#include <QWizardPage>

#include <functional>
#include <map>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace dm {

// Second page of the profile wizard: "Test connection" runs the steps of `dmctl ping` in the background and shows
// each step and a plain verdict. The profile can be saved when the test passed, or when the user says to save it
// anyway (e.g. set up before the platform is reachable).
class ProfileWizardTestPage final : public QWizardPage
{
    Q_OBJECT

public:
    // Gives the settings and the authCode to test, or an error to show instead.
    using Source = std::function<std::optional<std::pair<ConnectionSettings, QByteArray>>(QString& error)>;

    explicit ProfileWizardTestPage(Source source, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    void runTest();
    enum class Verdict
    {
        None,
        Running,
        Passed,
        Failed,
    };
    [[nodiscard]] Verdict verdict() const { return m_verdict; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct StepRow
    {
        QLabel* name = nullptr;
        QLabel* result = nullptr;
        std::optional<bool> ok;
        QString detail;
    };

    void retranslateUi();
    void renderStep(ConnectionTest::Step step);
    void onStepFinished(ConnectionTest::Step step, bool ok, const QString& detail);
    void onFinished(bool ok, const QString& verdict);

    Source m_source;
    ConnectionTest m_test;
    QPushButton* m_testButton = nullptr;
    std::map<ConnectionTest::Step, StepRow> m_steps;
    QLabel* m_verdictLabel = nullptr;
    QCheckBox* m_saveAnyway = nullptr;
    Verdict m_verdict = Verdict::None;
    QString m_verdictText;
};

} // namespace dm
