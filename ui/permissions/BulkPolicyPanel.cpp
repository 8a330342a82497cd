#include "ui/permissions/BulkPolicyPanel.h"

#include "core/AccountName.h"
#include "core/Masking.h"
#include "store/UnitRepository.h"
#include "sync/CacheSession.h"
#include "sync/PolicyBulk.h"
#include "sync/PolicyEdit.h"
#include "ui/permissions/PolicyEditor.h"
#include "ui/permissions/PolicyTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dm {
namespace {

constexpr int kTargetRole = Qt::UserRole;

} // namespace

BulkPolicyPanel::BulkPolicyPanel(QWidget* parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_targets(new QListWidget(this))
    , m_account(new QLineEdit(this))
    , m_addAccount(new QPushButton(this))
    , m_editor(new PolicyEditor(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_report(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("policy.bulk"));
    m_level->setObjectName(QStringLiteral("policy.bulk.level"));
    m_level->addItem(QString(), int(PolicyLevel::Unit));
    m_level->addItem(QString(), int(PolicyLevel::Account));
    m_targets->setObjectName(QStringLiteral("policy.bulk.targets"));
    m_account->setObjectName(QStringLiteral("policy.bulk.account"));
    m_addAccount->setObjectName(QStringLiteral("policy.bulk.addAccount"));
    m_status->setObjectName(QStringLiteral("policy.bulk.status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_apply->setObjectName(QStringLiteral("policy.bulk.apply"));
    m_report->setObjectName(QStringLiteral("policy.bulk.report"));
    m_report->verticalHeader()->hide();
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->hide();

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_targets->clear();
        if (level() == PolicyLevel::Unit) {
            loadUnits();
        } else {
            for (const QString& name : std::as_const(m_accounts)) {
                auto* item = new QListWidgetItem(maskNumbersInName(name), m_targets);
                item->setData(kTargetRole, name);
                item->setCheckState(Qt::Checked);
            }
        }
        m_account->setVisible(level() == PolicyLevel::Account);
        m_addAccount->setVisible(level() == PolicyLevel::Account);
        updateButtons();
    });
    connect(m_targets, &QListWidget::itemChanged, this, &BulkPolicyPanel::updateButtons);
    connect(m_editor, &PolicyEditor::edited, this, &BulkPolicyPanel::updateButtons);
    connect(m_account, &QLineEdit::returnPressed, this, &BulkPolicyPanel::addTypedAccount);
    connect(m_addAccount, &QPushButton::clicked, this, &BulkPolicyPanel::addTypedAccount);
    connect(m_apply, &QPushButton::clicked, this, &BulkPolicyPanel::confirmApply);

    auto* targets = new QWidget(this);
    auto* targetsLayout = new QVBoxLayout(targets);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(m_level);
    targetsLayout->addWidget(m_targets, 1);
    auto* add = new QHBoxLayout;
    add->addWidget(m_account, 1);
    add->addWidget(m_addAccount);
    targetsLayout->addLayout(add);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    // Targets above the form: the form needs the page's whole width for its "override here" column.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(targets);
    split->addWidget(scroll);
    split->setStretchFactor(1, 3);
    split->setSizes({180, 520});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 3);
    layout->addWidget(m_report, 1);
    layout->addLayout(buttons);
    retranslateUi();
    m_account->hide();
    m_addAccount->hide();
}

PolicyLevel BulkPolicyPanel::level() const
{
    return static_cast<PolicyLevel>(m_level->currentData().toInt());
}

void BulkPolicyPanel::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_session = session;
    m_pending.clear();
    m_accounts.clear(); // another profile's accounts are not this one's
    m_applied = 0;
    m_failed = 0;
    m_readBack = ReadBack::None;
    m_targets->clear();
    m_report->setRowCount(0);
    m_report->hide();
    m_status->clear();
    if (session != nullptr) {
        m_connections.append(connect(session, &CacheSession::outboxItemFinished, this,
                                     [this](const OutboxResult& result) { onOutboxItem(result); }));
        // The first sync of a new cache brings the domain's policy and the units; later ones may change them. A
        // form with fields already chosen is left as it is.
        m_connections.append(connect(session, &CacheSession::syncFinished, this, [this] {
            if (m_readBack == ReadBack::AfterCurrentSync) {
                // That sync may have read the policy before the batch changed it: read it again now.
                startReadBack();
                return;
            }
            if (std::exchange(m_readBack, ReadBack::None) == ReadBack::Running) {
                m_status->setText(m_failed == 0
                                      ? tr("Applied to all %n target(s); the policy was read back from the platform.",
                                           nullptr, m_applied)
                                      : tr("Applied to %1, failed on %2: see the list. A target another client "
                                           "changed since the last sync is left as it is; apply again now that the "
                                           "policy was read back.")
                                            .arg(m_applied)
                                            .arg(m_failed));
            }
            if (m_editor->edit().draft() == DeliveryPolicy()) {
                loadForm();
            }
            if (level() == PolicyLevel::Unit) {
                loadUnits();
            }
        }));
        loadForm();
        if (level() == PolicyLevel::Unit) {
            loadUnits();
        }
    }
    updateButtons();
}

void BulkPolicyPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateButtons();
}

void BulkPolicyPanel::setAccounts(const QStringList& accountNames)
{
    m_accounts = accountNames;
    m_level->setCurrentIndex(m_level->findData(int(PolicyLevel::Account)));
    Q_EMIT m_level->currentIndexChanged(m_level->currentIndex()); // lists them even when accounts were shown already
}

// The form starts from the domain's policy, every field inherited: "override here" marks what the batch sets.
void BulkPolicyPanel::loadForm()
{
    m_session->query<Expected<PolicyLayers, QString>>(
        [](Db& db) { return PolicyLayersReader::read(db, PolicyLevel::Domain, QString()); }, this,
        [this](Expected<PolicyLayers, QString> layers) {
            if (!layers) {
                m_status->setText(layers.error());
                return;
            }
            if (m_editor->edit().draft() != DeliveryPolicy()) {
                return; // the user began choosing fields meanwhile: their choice stays
            }
            m_status->clear(); // a "sync first" from an empty cache is answered
            PolicyLayers bulk;
            bulk.domain = layers->domain;
            bulk.unit = PolicyDocument{PolicyLevel::Unit, QString(), {}, 0, std::nullopt};
            m_editor->setEdit(PolicyEdit(PolicyLevel::Unit, bulk));
            m_editor->setReadOnly(m_readOnly);
            updateButtons();
        });
}

void BulkPolicyPanel::loadUnits()
{
    if (m_session == nullptr) {
        return;
    }
    m_session->query<Expected<QList<Unit>, DbError>>(
        [](Db& db) { return UnitRepository(db).list(); }, this,
        [this](Expected<QList<Unit>, DbError> units) { showUnits(std::move(units)); });
}

void BulkPolicyPanel::showUnits(Expected<QList<Unit>, DbError> units)
{
    if (!units) {
        m_status->setText(units.error().message());
        return;
    }
    m_units = *units;
    if (level() != PolicyLevel::Unit) {
        return;
    }
    const QStringList checked = checkedTargets(); // kept across a reload after a sync
    {
        const QSignalBlocker quiet(m_targets);
        m_targets->clear();
        for (const Unit& unit : std::as_const(m_units)) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(unit.name, unit.unitId), m_targets);
            item->setData(kTargetRole, unit.unitId);
            item->setCheckState(checked.contains(unit.unitId) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateButtons();
}

void BulkPolicyPanel::addTypedAccount()
{
    auto name = AccountName::parse(m_account->text());
    if (!name) {
        m_status->setText(name.error().message());
        return;
    }
    const QString account = name->localPart();
    if (!m_accounts.contains(account)) {
        m_accounts.append(account);
        auto* item = new QListWidgetItem(maskNumbersInName(account), m_targets);
        item->setData(kTargetRole, account);
        item->setCheckState(Qt::Checked);
    }
    m_account->clear();
    m_status->clear();
    updateButtons();
}

QStringList BulkPolicyPanel::checkedTargets() const
{
    QStringList targets;
    for (int row = 0; row < m_targets->count(); ++row) {
        const QListWidgetItem* item = m_targets->item(row);
        if (item->checkState() == Qt::Checked) {
            targets.append(item->data(kTargetRole).toString());
        }
    }
    return targets;
}

void BulkPolicyPanel::confirmApply()
{
    const DeliveryPolicy values = m_editor->edit().draft();
    QStringList fields;
    for (const PolicyField field : allPolicyFields()) {
        if (values.has(field)) {
            fields.append(tr("%1: %2").arg(PolicyTexts::fieldTitle(field), PolicyTexts::valueText(values, field)));
        }
    }
    const int count = int(checkedTargets().size());
    const QString where =
        level() == PolicyLevel::Unit ? tr("%n unit(s)", nullptr, count) : tr("%n account(s)", nullptr, count);
    const auto answer = QMessageBox::question(this, tr("Apply to several"),
                                              tr("Set these settings on %1, as one batch through the outbox?\n\n%2")
                                                  .arg(where, fields.join(QLatin1Char('\n'))));
    if (answer == QMessageBox::Yes) {
        applyChecked();
    }
}

void BulkPolicyPanel::applyChecked()
{
    const QStringList targets = checkedTargets();
    const DeliveryPolicy values = m_editor->edit().draft();
    if (m_session == nullptr || m_readOnly || targets.isEmpty() || values == DeliveryPolicy()) {
        return;
    }
    const PolicyLevel chosen = level();
    m_batchLevel = chosen; // the report names targets as this batch's level, whatever the list shows meanwhile
    const QString batchId = QUuid::createUuid().toString();
    m_apply->setEnabled(false);
    m_status->setText(tr("Queuing %n change(s)…", nullptr, int(targets.size())));
    m_session->query<Expected<QList<OutboxRequest>, DbError>>(
        [chosen, targets, values, batchId](Db& db) -> Expected<QList<OutboxRequest>, DbError> {
            auto plan = PolicyBulk::plan(db, chosen, targets, values);
            if (!plan) {
                return Unexpected{plan.error()};
            }
            return versionedPolicyRequests(*plan, batchId, QStringLiteral("policyBulk"));
        },
        this,
        [this](Expected<QList<OutboxRequest>, DbError> requests) {
            if (!requests) {
                m_status->setText(requests.error().message());
                updateButtons();
                return;
            }
            m_session->enqueue(*requests, this, [this, requests = *requests](Expected<QList<qint64>, DbError> ids) {
                if (!ids) {
                    m_status->setText(tr("The batch could not be queued: %1").arg(ids.error().message()));
                    updateButtons();
                    return;
                }
                m_applied = 0;
                m_failed = 0;
                m_report->setRowCount(0);
                m_report->show();
                for (qsizetype i = 0; i < ids->size() && i < requests.size(); ++i) {
                    m_pending.insert(ids->at(i), requests.at(i).target);
                }
                m_status->setText(tr("Applying to %n target(s)…", nullptr, int(ids->size())));
            });
        });
}

void BulkPolicyPanel::onOutboxItem(const OutboxResult& result)
{
    const QString target = m_pending.take(result.itemId);
    if (target.isEmpty()) {
        return;
    }
    const bool ok = result.state == OutboxState::Done;
    (ok ? m_applied : m_failed) += 1;
    addReportRow(target, ok, ok ? QString() : result.errorMessage);
    if (!m_pending.isEmpty()) {
        return;
    }
    m_status->setText(m_failed == 0 ? tr("Applied to all %n target(s). Reading the policy back…", nullptr, m_applied)
                                    : tr("Applied to %1, failed on %2: see the list. A target another client changed "
                                         "since the last sync is left as it is; sync and apply again.")
                                          .arg(m_applied)
                                          .arg(m_failed));
    updateButtons();
    startReadBack();
    Q_EMIT finished(m_applied, m_failed);
}

void BulkPolicyPanel::startReadBack()
{
    if (m_session->isSyncing()) {
        m_readBack = ReadBack::AfterCurrentSync; // a sync already running would not start another
        return;
    }
    m_readBack = ReadBack::Running;
    m_session->startSync({QStringLiteral("policy")});
}

void BulkPolicyPanel::addReportRow(const QString& target, bool ok, const QString& message)
{
    const int row = m_report->rowCount();
    m_report->insertRow(row);
    // A unit by its name; an account named after a mobile is masked as everywhere.
    QString shown = maskNumbersInName(target);
    if (m_batchLevel == PolicyLevel::Unit) {
        const auto unit = std::find_if(m_units.cbegin(), m_units.cend(),
                                       [&target](const Unit& each) { return each.unitId == target; });
        shown = unit != m_units.cend() ? tr("%1 (%2)").arg(unit->name, target) : target;
    }
    auto* item = new QTableWidgetItem(shown);
    item->setData(Qt::UserRole, target);
    m_report->setItem(row, 0, item);
    m_report->setItem(row, 1, new QTableWidgetItem(ok ? tr("Applied") : tr("Failed")));
    m_report->setItem(row, 2, new QTableWidgetItem(message));
}

void BulkPolicyPanel::updateButtons()
{
    const bool fields = m_editor->edit().draft() != DeliveryPolicy();
    const qsizetype targets = checkedTargets().size();
    m_apply->setVisible(!m_readOnly);
    m_apply->setEnabled(m_session != nullptr && !m_readOnly && fields && targets > 0 && m_pending.isEmpty());
    m_apply->setText(tr("Apply to %n target(s)…", nullptr, int(targets)));
}

void BulkPolicyPanel::retranslateUi()
{
    m_level->setItemText(0, tr("Units"));
    m_level->setItemText(1, tr("Accounts"));
    m_level->setAccessibleName(tr("Apply to"));
    m_targets->setAccessibleName(tr("Targets"));
    m_account->setAccessibleName(tr("Account to add"));
    m_report->setAccessibleName(tr("Results"));
    m_account->setPlaceholderText(tr("Add an account by name"));
    m_addAccount->setText(tr("Add"));
    m_report->setHorizontalHeaderLabels({tr("Target"), tr("Result"), tr("Why")});
    m_apply->setToolTip(tr("Choose the settings with \"Override here\", check the targets, then apply"));
    updateButtons();
}

void BulkPolicyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
