#include "ui/permissions/LoginRuleTools.h"

#include "core/LoginRuleEvaluator.h"
#include "sync/CacheSession.h"
#include "sync/LoginRuleDryRun.h"
#include "ui/permissions/LoginRuleTable.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dm {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kDefaultDays = 30;
constexpr int kMaxDays = 366; // as dmctl's --days: a year, leap or not
constexpr int kExamples = 20; // per direction

QLabel* textLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

LoginRuleTester::LoginRuleTester(QWidget* parent)
    : QGroupBox(parent)
    , m_ip(new QLineEdit(this))
    , m_province(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_test(new QPushButton(this))
    , m_result(textLabel(QStringLiteral("loginrules.test.result"), this))
{
    setObjectName(QStringLiteral("loginrules.test"));
    m_ip->setObjectName(QStringLiteral("loginrules.test.ip"));
    m_province->setObjectName(QStringLiteral("loginrules.test.province"));
    m_city->setObjectName(QStringLiteral("loginrules.test.city"));
    m_test->setObjectName(QStringLiteral("loginrules.test.run"));
    // The address on a line of its own, the optional place below it: the placeholders stay readable in a narrow box.
    auto* address = new QHBoxLayout;
    address->addWidget(m_ip, 1);
    address->addWidget(m_test);
    auto* place = new QHBoxLayout;
    place->addWidget(m_province, 1);
    place->addWidget(m_city, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(address);
    layout->addLayout(place);
    layout->addWidget(m_result);
    layout->addStretch(1);
    connect(m_test, &QPushButton::clicked, this, &LoginRuleTester::test);
    for (QLineEdit* edit : {m_ip, m_province, m_city}) {
        connect(edit, &QLineEdit::returnPressed, this, &LoginRuleTester::test);
    }
    m_test->setEnabled(false);
    retranslateUi();
}

void LoginRuleTester::setDocuments(const LoginRuleDocument& domain, const LoginRuleDocument& draft)
{
    m_domain = domain;
    m_draft = draft;
    m_test->setEnabled(true);
}

void LoginRuleTester::test()
{
    if (!m_domain) {
        return;
    }
    const QString ip = m_ip->text().trimmed();
    if (!LoginRuleMatcher::parseAddress(ip)) {
        m_result->setText(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(ip));
        return;
    }
    const LoginAttempt attempt{ip, m_province->text().trimmed(), m_city->text().trimmed()};
    const bool domainDraft = m_draft.level == LoginRuleLevel::Domain;
    const LoginDecision decision =
        evaluateLogin(domainDraft ? m_draft : *m_domain, domainDraft ? std::nullopt : std::optional(m_draft), attempt);
    const bool byDomain = decision.level == LoginRuleLevel::Domain;
    m_result->setText(
        LoginRuleTexts::decisionText(decision, byDomain && !domainDraft ? m_domain->rules : m_draft.rules));
}

void LoginRuleTester::retranslateUi()
{
    setTitle(tr("Test an address"));
    m_ip->setPlaceholderText(tr("IP address, e.g. 58.248.244.53"));
    m_ip->setAccessibleName(tr("IP address to test"));
    m_province->setPlaceholderText(tr("Province (optional)"));
    m_province->setAccessibleName(tr("Province of the login (optional)"));
    m_city->setPlaceholderText(tr("City (optional)"));
    m_city->setAccessibleName(tr("City of the login (optional)"));
    m_test->setText(tr("Test"));
}

void LoginRuleTester::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

LoginRuleDryRunBox::LoginRuleDryRunBox(QWidget* parent)
    : QGroupBox(parent)
    , m_daysLabel(new QLabel(this))
    , m_days(new QSpinBox(this))
    , m_run(new QPushButton(this))
    , m_summary(textLabel(QStringLiteral("loginrules.dryrun.summary"), this))
    , m_freshness(textLabel(QStringLiteral("loginrules.dryrun.freshness"), this))
    , m_examples(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("loginrules.dryrun"));
    m_days->setObjectName(QStringLiteral("loginrules.dryrun.days"));
    m_days->setRange(1, kMaxDays);
    m_days->setValue(kDefaultDays);
    m_daysLabel->setBuddy(m_days);
    m_run->setObjectName(QStringLiteral("loginrules.dryrun.run"));
    m_examples->setObjectName(QStringLiteral("loginrules.dryrun.examples"));
    m_examples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_examples->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_examples->horizontalHeader()->setStretchLastSection(true);
    m_examples->verticalHeader()->hide();
    auto* inputs = new QHBoxLayout;
    inputs->addWidget(m_daysLabel);
    inputs->addWidget(m_days);
    inputs->addWidget(m_run);
    inputs->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(inputs);
    layout->addWidget(m_summary);
    layout->addWidget(m_freshness);
    layout->addWidget(m_examples, 1);
    connect(m_run, &QPushButton::clicked, this, &LoginRuleDryRunBox::run);
    retranslateUi();
    updateButton();
}

void LoginRuleDryRunBox::setSession(CacheSession* session)
{
    m_session = session;
    updateButton();
}

void LoginRuleDryRunBox::setDraft(const std::optional<LoginRuleDocument>& draft)
{
    m_draft = draft;
    updateButton();
}

void LoginRuleDryRunBox::run()
{
    if (!m_draft || m_session == nullptr || m_running) {
        return; // a second click while one runs is ignored
    }
    LoginRuleDryRunRequest request;
    request.draft = *m_draft;
    request.range.fromMs = QDateTime::currentMSecsSinceEpoch() - m_days->value() * kDayMs;
    request.maxExamples = kExamples;
    m_range = request.range;
    m_running = true;
    m_summary->setText(tr("Replaying the cached logins…"));
    m_freshness->clear();
    m_examples->setRowCount(0);
    updateButton();
    // The scan reads the whole range a page at a time in the cache's thread: the UI thread only waits for the answer.
    m_session->query<Expected<LoginRuleDryRunReport, QString>>(
        [request](Db& db) { return LoginRuleDryRun::run(db, request); }, this,
        [this](Expected<LoginRuleDryRunReport, QString> report) {
            m_running = false;
            updateButton();
            if (!report) {
                m_summary->setText(report.error());
                Q_EMIT finished(false, {});
                return;
            }
            showReport(*report);
            Q_EMIT finished(true, report->provinceOfCity);
        });
}

void LoginRuleDryRunBox::showReport(const LoginRuleDryRunReport& report)
{
    m_summary->setText(
        tr("%1 cached logins since %2 replayed. This draft would have refused %3 logins of %4 accounts, and allowed "
           "%5 that are refused today.")
            .arg(report.scanned)
            .arg(timeText(*m_range->fromMs))
            .arg(report.newlyRefused.ids.size())
            .arg(report.newlyRefused.accounts)
            .arg(report.newlyAllowed.ids.size()));
    m_freshness->setText(report.loginsSyncedTo
                             ? tr("The cached login log is complete up to %1.").arg(timeText(*report.loginsSyncedTo))
                             : tr("The login log has not been synced completely yet: the counts cover what the cache "
                                  "holds."));
    const auto addRows = [this](const LoginRuleDryRunChange& change, const QString& direction) {
        for (const LoginRuleDryRunRow& row : change.examples) {
            const LoginRecord& login = row.login;
            const QString place =
                login.city.isEmpty() || login.city == login.province ? login.province : login.province + login.city;
            const int at = m_examples->rowCount();
            m_examples->insertRow(at);
            const QStringList cells = {direction, timeText(login.time), login.accountName, login.ip, place};
            for (int column = 0; column < cells.size(); ++column) {
                m_examples->setItem(at, column, new QTableWidgetItem(cells.at(column)));
            }
        }
    };
    addRows(report.newlyRefused, tr("Would be refused"));
    addRows(report.newlyAllowed, tr("Would be allowed"));
}

void LoginRuleDryRunBox::updateButton()
{
    m_run->setEnabled(m_session != nullptr && m_draft.has_value() && !m_running);
}

void LoginRuleDryRunBox::retranslateUi()
{
    setTitle(tr("Dry run of the draft"));
    m_daysLabel->setText(tr("Over the last"));
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days of cached logins to replay"));
    m_run->setText(tr("Dry run"));
    m_examples->setHorizontalHeaderLabels({tr("Change"), tr("Time"), tr("Account"), tr("IP"), tr("Place")});
    m_examples->setAccessibleName(tr("Example logins whose decision the draft changes"));
}

void LoginRuleDryRunBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

} // namespace dm
