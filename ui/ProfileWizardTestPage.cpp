#include "ui/ProfileWizardTestPage.h"

#include "ui/StatusColors.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dm {
namespace {

constexpr ConnectionTest::Step allSteps[] = {ConnectionTest::Step::Reachable, ConnectionTest::Step::Tls,
                                             ConnectionTest::Step::Token, ConnectionTest::Step::Api};

QString stepId(ConnectionTest::Step step)
{
    switch (step) {
    case ConnectionTest::Step::Reachable:
        return QStringLiteral("reachable");
    case ConnectionTest::Step::Tls:
        return QStringLiteral("tls");
    case ConnectionTest::Step::Token:
        return QStringLiteral("token");
    case ConnectionTest::Step::Api:
        return QStringLiteral("api");
    }
    return {};
}

} // namespace

ProfileWizardTestPage::ProfileWizardTestPage(Source source, QWidget* parent)
    : QWizardPage(parent)
    , m_source(std::move(source))
{
    setObjectName(QStringLiteral("wizard.page.test"));
    m_testButton = new QPushButton(this);
    m_testButton->setObjectName(QStringLiteral("wizard.test"));
    auto* grid = new QGridLayout;
    int row = 0;
    for (const auto step : allSteps) {
        StepRow& line = m_steps[step];
        line.name = new QLabel(this);
        line.result = new QLabel(this);
        line.result->setObjectName(QStringLiteral("wizard.step.") + stepId(step));
        line.result->setWordWrap(true);
        line.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(line.name, row, 0, Qt::AlignTop);
        grid->addWidget(line.result, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("wizard.verdict"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveAnyway = new QCheckBox(this);
    m_saveAnyway->setObjectName(QStringLiteral("wizard.saveAnyway"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(m_verdictLabel);
    layout->addStretch();
    layout->addWidget(m_saveAnyway);

    connect(m_testButton, &QPushButton::clicked, this, &ProfileWizardTestPage::runTest);
    connect(&m_test, &ConnectionTest::stepFinished, this, &ProfileWizardTestPage::onStepFinished);
    connect(&m_test, &ConnectionTest::finished, this, &ProfileWizardTestPage::onFinished);
    connect(m_saveAnyway, &QCheckBox::toggled, this, &ProfileWizardTestPage::completeChanged);
    retranslateUi();
}

void ProfileWizardTestPage::initializePage()
{
    runTest();
}

void ProfileWizardTestPage::cleanupPage()
{
    m_test.cancel();
    m_verdict = Verdict::None;
    m_saveAnyway->setChecked(false);
    retranslateUi();
}

bool ProfileWizardTestPage::isComplete() const
{
    return m_verdict == Verdict::Passed || (m_verdict == Verdict::Failed && m_saveAnyway->isChecked());
}

void ProfileWizardTestPage::runTest()
{
    for (auto& [step, line] : m_steps) {
        line.ok.reset();
        line.detail.clear();
    }
    QString error;
    const auto what = m_source(error);
    if (!what) {
        m_verdict = Verdict::Failed;
        m_verdictText = error;
    } else {
        m_verdict = Verdict::Running;
        m_verdictText.clear();
        m_test.start(what->first, what->second);
    }
    retranslateUi();
    Q_EMIT completeChanged();
}

void ProfileWizardTestPage::onStepFinished(ConnectionTest::Step step, bool ok, const QString& detail)
{
    StepRow& line = m_steps[step];
    line.ok = ok;
    line.detail = detail;
    renderStep(step);
}

void ProfileWizardTestPage::onFinished(bool ok, const QString& verdict)
{
    m_verdict = ok ? Verdict::Passed : Verdict::Failed;
    m_verdictText = verdict;
    retranslateUi();
    Q_EMIT completeChanged();
}

void ProfileWizardTestPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void ProfileWizardTestPage::renderStep(ConnectionTest::Step step)
{
    StepRow& line = m_steps[step];
    QString text;
    QString color;
    if (!line.ok) {
        text = m_verdict == Verdict::Running ? tr("…") : tr("not tested");
    } else if (*line.ok) {
        text = line.detail.isEmpty() ? tr("OK") : tr("OK (%1)").arg(line.detail);
        color = successTextColor(palette()).name();
    } else {
        text = tr("Failed: %1").arg(line.detail);
        color = errorTextColor(palette()).name();
    }
    line.result->setText(text);
    line.result->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    line.result->setAccessibleName(line.name->text() + QLatin1Char(' ') + text);
}

void ProfileWizardTestPage::retranslateUi()
{
    setTitle(tr("Test connection"));
    setSubTitle(tr("dmadmin reaches the platform, checks its certificate, obtains a token and makes one call."));
    m_testButton->setText(tr("&Test connection"));
    m_steps[ConnectionTest::Step::Reachable].name->setText(tr("Platform reachable:"));
    m_steps[ConnectionTest::Step::Tls].name->setText(tr("Secure connection (TLS):"));
    m_steps[ConnectionTest::Step::Token].name->setText(tr("Credentials (token):"));
    m_steps[ConnectionTest::Step::Api].name->setText(tr("API call (units):"));
    for (const auto step : allSteps) {
        renderStep(step);
    }
    switch (m_verdict) {
    case Verdict::None:
        m_verdictLabel->clear();
        m_verdictLabel->setStyleSheet(QString());
        break;
    case Verdict::Running:
        m_verdictLabel->setText(tr("Testing…"));
        m_verdictLabel->setStyleSheet(QString());
        break;
    case Verdict::Passed:
        m_verdictLabel->setText(m_verdictText);
        m_verdictLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(successTextColor(palette()).name()));
        break;
    case Verdict::Failed:
        m_verdictLabel->setText(m_verdictText);
        m_verdictLabel->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(errorTextColor(palette()).name()));
        break;
    }
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_testButton->setEnabled(m_verdict != Verdict::Running);
    m_saveAnyway->setText(tr("Save the profile even though the test failed"));
    m_saveAnyway->setVisible(m_verdict == Verdict::Failed);
}

} // namespace dm
