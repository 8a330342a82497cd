#include "ui/permissions/LoginRulesPanel.h"

#include "core/LoginRuleEvaluator.h"
#include "store/PolicyRepository.h"
#include "sync/CacheSession.h"
#include "sync/OutboxPayload.h"
#include "sync/PolicyDocumentJson.h"
#include "ui/permissions/LoginRuleTable.h"
#include "ui/permissions/LoginRuleTools.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dm {

namespace {

const QString kConflict = QStringLiteral("LOGINRULE.VERSION.CONFLICT");
enum DefaultChoice
{
    FollowDomain,
    DefaultAllow,
    DefaultDeny,
};

QLabel* textLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QPushButton* button(const QString& name, QWidget* parent)
{
    auto* created = new QPushButton(parent);
    created->setObjectName(name);
    return created;
}

} // namespace

LoginRulesPanel::LoginRulesPanel(QWidget* parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_open(button(QStringLiteral("loginrules.open"), this))
    , m_title(textLabel(QStringLiteral("loginrules.title"), this))
    , m_table(new LoginRuleTable(this))
    , m_add(button(QStringLiteral("loginrules.add"), this))
    , m_remove(button(QStringLiteral("loginrules.remove"), this))
    , m_up(button(QStringLiteral("loginrules.up"), this))
    , m_down(button(QStringLiteral("loginrules.down"), this))
    , m_defaultLabel(new QLabel(this))
    , m_default(new QComboBox(this))
    , m_lint(textLabel(QStringLiteral("loginrules.lint"), this))
    , m_tester(new LoginRuleTester(this))
    , m_dryRun(new LoginRuleDryRunBox(this))
    , m_status(textLabel(QStringLiteral("loginrules.status"), this))
    , m_reapply(button(QStringLiteral("loginrules.reapply"), this))
    , m_save(button(QStringLiteral("loginrules.save"), this))
{
    setObjectName(QStringLiteral("loginrules.panel"));
    m_level->setObjectName(QStringLiteral("loginrules.level"));
    m_account->setObjectName(QStringLiteral("loginrules.account"));
    m_default->setObjectName(QStringLiteral("loginrules.default"));
    m_defaultLabel->setBuddy(m_default);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_level);
    chooser->addWidget(m_account);
    chooser->addWidget(m_open);
    chooser->addStretch(1);
    auto* rowButtons = new QHBoxLayout;
    for (QWidget* widget : {static_cast<QWidget*>(m_add), static_cast<QWidget*>(m_remove), static_cast<QWidget*>(m_up),
                            static_cast<QWidget*>(m_down)}) {
        rowButtons->addWidget(widget);
    }
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_defaultLabel);
    rowButtons->addWidget(m_default);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_tester, 1);
    tools->addWidget(m_dryRun, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reapply);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 2);
    layout->addLayout(rowButtons);
    layout->addWidget(m_lint);
    layout->addLayout(tools, 1);
    layout->addLayout(buttons);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_account->setVisible(chosenLevel() == LoginRuleLevel::Account);
        if (chosenLevel() == LoginRuleLevel::Domain) {
            openChosen();
        }
    });
    connect(m_open, &QPushButton::clicked, this, &LoginRulesPanel::openChosen);
    connect(m_account, &QLineEdit::returnPressed, this, &LoginRulesPanel::openChosen);
    connect(m_table, &LoginRuleTable::edited, this, &LoginRulesPanel::onEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LoginRulesPanel::updateButtons);
    connect(m_default, &QComboBox::activated, this, &LoginRulesPanel::onEdited);
    connect(m_add, &QPushButton::clicked, m_table, &LoginRuleTable::addRule);
    connect(m_remove, &QPushButton::clicked, m_table, &LoginRuleTable::removeSelected);
    connect(m_up, &QPushButton::clicked, m_table, [this] { m_table->moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, m_table, [this] { m_table->moveSelected(1); });
    connect(m_save, &QPushButton::clicked, this, &LoginRulesPanel::confirmSave);
    connect(m_dryRun, &LoginRuleDryRunBox::finished, this,
            [this](bool ok, const QHash<QString, QString>& provinceOfCity) {
                if (ok) {
                    // The places of the replayed logins tell which province a city lies in: the lint can now see a
                    // province rule hiding a later city rule.
                    m_provinceOfCity = provinceOfCity;
                    onEdited();
                }
                Q_EMIT dryRunFinished(ok);
            });
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        if (m_mine) {
            m_table->setRules(m_mine->rules);
            fillDefaults(m_mine->defaultAction);
            m_mine.reset();
            m_status->setText(tr("Your draft is on version %1 now: check it and save again.").arg(m_base.version));
            onEdited();
        }
    });
    retranslateUi();
    m_account->hide();
    m_reapply->hide();
    m_lint->hide();
    updateButtons();
}

void LoginRulesPanel::setSession(CacheSession* session)
{
    if (m_session != nullptr) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    m_loaded = false;
    m_mine.reset();
    m_pendingItem.reset();
    m_afterSync = AfterSync::Nothing;
    m_status->clear();
    m_reapply->hide();
    m_dryRun->setSession(session);
    m_dryRun->setDraft(std::nullopt);
    if (session != nullptr) {
        m_table->setEditable(!session->readOnly());
        connect(session, &CacheSession::outboxItemFinished, this, &LoginRulesPanel::onOutboxItem);
        connect(session, &CacheSession::syncFinished, this, &LoginRulesPanel::onSyncFinished);
        openChosen();
    }
    updateButtons();
}

LoginRuleLevel LoginRulesPanel::chosenLevel() const
{
    return static_cast<LoginRuleLevel>(m_level->currentData().toInt());
}

std::optional<LoginAction> LoginRulesPanel::chosenDefault() const
{
    switch (m_default->currentData().toInt()) {
    case DefaultAllow:
        return LoginAction::Allow;
    case DefaultDeny:
        return LoginAction::Deny;
    default:
        return std::nullopt;
    }
}

LoginRuleDocument LoginRulesPanel::draft() const
{
    LoginRuleDocument draft = m_base;
    draft.rules = m_table->rules();
    draft.defaultAction = chosenDefault();
    return draft;
}

bool LoginRulesPanel::isDirty() const
{
    return m_loaded && (m_table->rules() != m_base.rules || chosenDefault() != m_base.defaultAction);
}

std::optional<LogTimeRange> LoginRulesPanel::lastDryRunRange() const
{
    return m_dryRun->lastRange();
}

void LoginRulesPanel::open(LoginRuleLevel level, const QString& account)
{
    {
        const QSignalBlocker blocker(m_level); // opened below, once
        m_level->setCurrentIndex(m_level->findData(int(level)));
    }
    m_account->setVisible(level == LoginRuleLevel::Account);
    m_account->setText(account);
    openChosen();
}

void LoginRulesPanel::openChosen()
{
    if (m_session == nullptr) {
        return;
    }
    const LoginRuleLevel level = chosenLevel();
    // Account names are stored in lower case (sync/PolicySync.cpp).
    const QString account = m_account->text().trimmed().toLower();
    if (level == LoginRuleLevel::Account && account.isEmpty()) {
        m_status->setText(tr("Type an account name."));
        return;
    }
    m_status->clear();
    m_mine.reset();
    m_reapply->hide();
    read(level, account, [this](Loaded loaded) { showLoaded(loaded); });
}

void LoginRulesPanel::read(LoginRuleLevel level, const QString& account, LoadDone done)
{
    const quint64 request = ++m_openRequest;
    m_session->query<Expected<Loaded, QString>>(
        [level, account](Db& db) -> Expected<Loaded, QString> {
            PolicyRepository repository(db);
            const auto parse = [](const StoredDocument& stored) -> Expected<LoginRuleDocument, QString> {
                auto parsed = loginRuleDocumentFromStored(stored);
                if (!parsed) {
                    return Unexpected{tr("A cached login-rule list cannot be read (%1): sync the cache again.")
                                          .arg(parsed.error().message())};
                }
                return *parsed;
            };
            auto domains = repository.list(DocumentKind::LoginRules, QStringLiteral("domain"));
            if (!domains) {
                return Unexpected{domains.error().message()};
            }
            if (domains->isEmpty()) {
                return Unexpected{tr("The cache holds no login rules yet: sync the cache first.")};
            }
            auto domain = parse(domains->constFirst());
            if (!domain) {
                return Unexpected{domain.error()};
            }
            Loaded loaded{*domain, *domain};
            if (level == LoginRuleLevel::Account) {
                auto stored = repository.load(DocumentKind::LoginRules, QStringLiteral("account"), account);
                if (!stored) {
                    return Unexpected{stored.error().message()};
                }
                // An account that never had a list of its own: none yet, following the domain (CONTRACT.md §12).
                loaded.shown = LoginRuleDocument{LoginRuleLevel::Account, account, {}, std::nullopt, 0, std::nullopt};
                if (*stored) {
                    auto own = parse(**stored);
                    if (!own) {
                        return Unexpected{own.error()};
                    }
                    loaded.shown = *own;
                }
            }
            return loaded;
        },
        this,
        [this, request, done = std::move(done)](Expected<Loaded, QString> loaded) {
            if (request != m_openRequest) {
                return; // overtaken by a newer choice
            }
            if (!loaded) {
                m_status->setText(loaded.error());
                return;
            }
            done(*loaded);
        });
}

void LoginRulesPanel::showLoaded(const Loaded& loaded)
{
    m_domain = loaded.domain;
    m_base = loaded.shown;
    m_loaded = true;
    m_table->setRules(m_base.rules);
    fillDefaults(m_base.defaultAction);
    updateTitle();
    onEdited();
    Q_EMIT this->loaded();
}

void LoginRulesPanel::fillDefaults(std::optional<LoginAction> selected)
{
    m_default->clear();
    if (m_base.level == LoginRuleLevel::Account) {
        const QString domainDefault = LoginRuleTexts::actionText(m_domain.defaultAction.value_or(LoginAction::Allow));
        m_default->addItem(tr("Follow the domain's default (%1)").arg(domainDefault), int(FollowDomain));
    }
    m_default->addItem(LoginRuleTexts::actionText(LoginAction::Allow), int(DefaultAllow));
    m_default->addItem(LoginRuleTexts::actionText(LoginAction::Deny), int(DefaultDeny));
    const int choice = !selected ? FollowDomain : *selected == LoginAction::Allow ? DefaultAllow : DefaultDeny;
    m_default->setCurrentIndex(qMax(0, m_default->findData(choice)));
}

void LoginRulesPanel::onEdited()
{
    if (!m_loaded) {
        updateButtons();
        return;
    }
    const QList<LoginRuleWarning> warnings = analyse(draft(), m_provinceOfCity);
    QStringList lines;
    for (const LoginRuleWarning& warning : warnings) {
        lines.append(tr("Warning: %1").arg(warning.message));
    }
    m_lint->setText(lines.join(QLatin1Char('\n')));
    m_lint->setVisible(!lines.isEmpty());
    const LoginRuleDocument edited = draft();
    m_tester->setDocuments(m_domain, edited);
    // A row the platform would refuse matches nothing here: a dry run of such a draft would count the wrong thing.
    m_dryRun->setDraft(m_table->invalidRows().isEmpty() ? std::optional<LoginRuleDocument>(edited) : std::nullopt);
    updateButtons();
}

void LoginRulesPanel::confirmSave()
{
    if (!isDirty() || !m_table->invalidRows().isEmpty() || m_session == nullptr || m_session->readOnly()) {
        return;
    }
    const LoginRuleDocument after = draft();
    const auto defaultText = [](const std::optional<LoginAction>& action) {
        return action ? LoginRuleTexts::actionText(*action) : tr("follow the domain's default");
    };
    const auto listText = [](const QList<LoginRule>& rules) {
        QStringList lines;
        for (int i = 0; i < rules.size(); ++i) {
            lines.append(QStringLiteral("  ") + LoginRuleTexts::ruleLine(i, rules.at(i)));
        }
        return lines.isEmpty() ? QStringLiteral("  ") + tr("(no rules)") : lines.join(QLatin1Char('\n'));
    };
    QStringList text;
    if (after.rules != m_base.rules) {
        text << tr("Rules before:") << listText(m_base.rules) << tr("Rules after:") << listText(after.rules);
    } else {
        text << tr("Rules: unchanged.");
    }
    text << tr("Default for everything else: %1 → %2")
                .arg(defaultText(m_base.defaultAction), defaultText(after.defaultAction));

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("loginrules.confirm"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save login rules"));
    auto* question = new QLabel(m_title->text(), dialog);
    question->setTextFormat(Qt::PlainText);
    auto* changes = new QPlainTextEdit(text.join(QLatin1Char('\n')), dialog);
    changes->setObjectName(QStringLiteral("loginrules.confirm.text"));
    changes->setReadOnly(true);
    changes->setAccessibleName(tr("The change"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(question);
    layout->addWidget(changes, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, &LoginRulesPanel::save);
    dialog->resize(560, 420);
    dialog->open();
}

void LoginRulesPanel::save()
{
    if (m_session == nullptr || m_session->readOnly() || !isDirty()) {
        return;
    }
    const LoginRuleDocument after = draft();
    LoginRuleUpdate update;
    update.level = after.level;
    update.targetId = after.level == LoginRuleLevel::Account ? after.targetId : QString(); // empty: the domain
    update.expectedVersion = m_base.version;
    if (after.rules != m_base.rules) {
        update.rules = after.rules;
    }
    if (after.defaultAction != m_base.defaultAction) {
        update.defaultChange =
            after.defaultAction ? LoginRuleUpdate::DefaultChange::Set : LoginRuleUpdate::DefaultChange::FollowDomain;
        update.defaultAction = after.defaultAction.value_or(LoginAction::Allow);
    }
    m_mine = after; // kept until the outcome: a conflict puts it beside theirs
    m_status->setText(tr("Saving the login rules…"));
    m_session->enqueue({outboxpayload::updateLoginRules(update)}, this, [this](Expected<QList<qint64>, DbError> ids) {
        if (!ids || ids->isEmpty()) {
            m_status->setText(tr("The change could not be queued: %1").arg(ids ? QString() : ids.error().message()));
            m_mine.reset();
            updateButtons();
            return;
        }
        m_pendingItem = ids->constFirst();
        updateButtons();
    });
    updateButtons();
}

void LoginRulesPanel::onOutboxItem(const OutboxResult& result)
{
    if (!m_pendingItem || result.itemId != *m_pendingItem) {
        return;
    }
    m_pendingItem.reset();
    if (result.state == OutboxState::Done) {
        m_status->setText(tr("Saved. Reading the login rules back from the platform…"));
        m_afterSync = AfterSync::Reload;
        m_mine.reset();
    } else if (result.errorCode == kConflict) {
        m_status->setText(tr("Another administrator changed this list meanwhile. Reading their version…"));
        m_afterSync = AfterSync::Conflict;
    } else {
        m_status->setText(tr("Saving failed: %1").arg(result.errorMessage));
        m_mine.reset();
        updateButtons();
        Q_EMIT saved(false);
        return;
    }
    updateButtons();
    m_session->startSync({QStringLiteral("policy")}); // the policy stream carries the login rules too
}

void LoginRulesPanel::onSyncFinished()
{
    const AfterSync after = std::exchange(m_afterSync, AfterSync::Nothing);
    if (after == AfterSync::Nothing) {
        // Someone's sync brought the list (the first one after opening the profile) or a newer version: show it,
        // unless that would throw away a draft.
        if (!m_loaded || (!isDirty() && !m_mine)) {
            openChosen();
        }
        return;
    }
    if (!m_loaded) {
        return;
    }
    const bool conflict = after == AfterSync::Conflict;
    read(m_base.level, m_base.targetId, [this, conflict](Loaded loaded) {
        showLoaded(loaded);
        if (!conflict) {
            m_status->setText(tr("Saved; this is the list the platform holds now."));
            Q_EMIT saved(true);
            return;
        }
        m_status->setText(tr("This list was changed by someone else meanwhile: theirs (version %1) is shown and "
                             "nothing of yours was saved. Your draft is kept: reapply it on the newer version to "
                             "save it again.")
                              .arg(m_base.version));
        m_reapply->setVisible(m_mine.has_value());
        Q_EMIT saved(false);
    });
}

void LoginRulesPanel::updateButtons()
{
    const bool writable = m_session == nullptr || !m_session->readOnly();
    const bool editable = writable && m_session != nullptr && m_loaded && !m_pendingItem;
    for (QPushButton* action : {m_add, m_remove, m_up, m_down, m_save}) {
        action->setVisible(writable);
    }
    const int row = m_table->currentRow();
    const int count = m_table->rowCount();
    m_add->setEnabled(editable && count < LoginRuleTable::kMaxRules);
    m_remove->setEnabled(editable && row >= 0);
    m_up->setEnabled(editable && row > 0);
    m_down->setEnabled(editable && row >= 0 && row + 1 < count);
    m_default->setEnabled(editable);
    m_save->setEnabled(editable && isDirty() && m_table->invalidRows().isEmpty());
    m_reapply->setEnabled(editable);
    if (!writable) {
        m_reapply->hide();
    }
}

void LoginRulesPanel::updateTitle()
{
    if (!m_loaded) {
        m_title->clear();
        return;
    }
    m_title->setText(m_base.level == LoginRuleLevel::Domain
                         ? tr("Login rules of the domain %1, version %2").arg(m_base.targetId).arg(m_base.version)
                         : tr("Login rules of the account %1, version %2").arg(m_base.targetId).arg(m_base.version));
}

void LoginRulesPanel::retranslateUi()
{
    {
        const QSignalBlocker blocker(m_level);
        const int current = m_level->currentIndex();
        m_level->clear();
        m_level->addItem(tr("Domain"), int(LoginRuleLevel::Domain));
        m_level->addItem(tr("One account (individual rules)"), int(LoginRuleLevel::Account));
        m_level->setCurrentIndex(qMax(0, current));
    }
    m_level->setAccessibleName(tr("Whose login rules"));
    m_account->setPlaceholderText(tr("Account name, e.g. zhangsan"));
    m_account->setAccessibleName(tr("Account"));
    m_open->setText(tr("Open"));
    m_table->setAccessibleName(tr("Login rules, in the order they are tried"));
    m_add->setText(tr("Add rule"));
    m_remove->setText(tr("Remove rule"));
    m_up->setText(tr("Move up"));
    m_down->setText(tr("Move down"));
    m_defaultLabel->setText(tr("Everything else:"));
    m_default->setAccessibleName(tr("Default for everything else"));
    if (m_loaded) {
        const QSignalBlocker blocker(m_default);
        fillDefaults(chosenDefault());
    }
    m_lint->setAccessibleName(tr("Warnings about the draft"));
    m_reapply->setText(tr("Reapply my draft on the newer version"));
    m_save->setText(tr("Save…"));
    updateTitle();
}

void LoginRulesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
