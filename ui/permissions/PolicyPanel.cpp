#include "ui/permissions/PolicyPanel.h"

#include "store/UnitRepository.h"
#include "sync/CacheSession.h"
#include "sync/OutboxPayload.h"
#include "ui/permissions/PolicyChangeDialogs.h"
#include "ui/permissions/PolicyEditor.h"
#include "ui/permissions/PolicyTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dm {

namespace {

const QString kConflict = QStringLiteral("POLICY.VERSION.CONFLICT");

} // namespace

PolicyPanel::PolicyPanel(QWidget* parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_open(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_editor(new PolicyEditor(this))
    , m_status(new QLabel(this))
    , m_revert(new QPushButton(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("policy.panel"));
    m_level->setObjectName(QStringLiteral("policy.level"));
    m_unit->setObjectName(QStringLiteral("policy.unit"));
    m_account->setObjectName(QStringLiteral("policy.account"));
    m_open->setObjectName(QStringLiteral("policy.open"));
    m_title->setObjectName(QStringLiteral("policy.title"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(QStringLiteral("policy.status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_revert->setObjectName(QStringLiteral("policy.revert"));
    m_apply->setObjectName(QStringLiteral("policy.apply"));

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_level);
    chooser->addWidget(m_unit);
    chooser->addWidget(m_account);
    chooser->addWidget(m_open);
    chooser->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_unit->setVisible(chosenLevel() == PolicyLevel::Unit);
        m_account->setVisible(chosenLevel() == PolicyLevel::Account);
        if (chosenLevel() == PolicyLevel::Domain) {
            openChosen();
        }
    });
    connect(m_open, &QPushButton::clicked, this, &PolicyPanel::openChosen);
    connect(m_unit, &QComboBox::activated, this, &PolicyPanel::openChosen);
    connect(m_account, &QLineEdit::returnPressed, this, &PolicyPanel::openChosen);
    connect(m_editor, &PolicyEditor::edited, this, &PolicyPanel::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_editor->edit().revert();
        m_editor->refresh();
        updateButtons();
    });
    connect(m_apply, &QPushButton::clicked, this, &PolicyPanel::confirmApply);
    retranslateUi();
    m_unit->hide();
    m_account->hide();
}

void PolicyPanel::setSession(CacheSession* session)
{
    m_session = session;
    m_loaded = false;
    m_pendingItem.reset();
    m_afterSync = AfterSync::Nothing;
    m_status->clear();
    if (session == nullptr) {
        m_editor->setEnabled(false);
        updateButtons();
        return;
    }
    m_editor->setReadOnly(session->readOnly());
    connect(session, &CacheSession::outboxItemFinished, this, &PolicyPanel::onOutboxItem, Qt::UniqueConnection);
    connect(session, &CacheSession::syncFinished, this, &PolicyPanel::onSyncFinished, Qt::UniqueConnection);
    loadUnits();
    openChosen();
}

PolicyLevel PolicyPanel::chosenLevel() const
{
    return static_cast<PolicyLevel>(m_level->currentData().toInt());
}

QString PolicyPanel::chosenTarget() const
{
    switch (chosenLevel()) {
    case PolicyLevel::Unit:
        return m_unit->currentData().toString();
    case PolicyLevel::Account:
        return m_account->text().trimmed().toLower();
    case PolicyLevel::Domain:
        break;
    }
    return {};
}

void PolicyPanel::open(PolicyLevel level, const QString& targetId)
{
    m_level->setCurrentIndex(m_level->findData(int(level)));
    if (level == PolicyLevel::Unit) {
        if (m_unit->findData(targetId) < 0) {
            m_unit->addItem(targetId, targetId); // the unit list is still loading, or the unit is new
        }
        m_unit->setCurrentIndex(m_unit->findData(targetId));
    } else if (level == PolicyLevel::Account) {
        m_account->setText(targetId);
    }
    openChosen();
}

void PolicyPanel::loadUnits()
{
    m_session->query<Expected<QList<Unit>, DbError>>([](Db& db) { return UnitRepository(db).list(); }, this,
                                                     [this](Expected<QList<Unit>, DbError> units) {
                                                         if (!units) {
                                                             m_status->setText(units.error().message());
                                                             return;
                                                         }
                                                         const QString current = m_unit->currentData().toString();
                                                         m_unit->clear();
                                                         for (const Unit& unit : *units) {
                                                             m_unit->addItem(tr("%1 (%2)").arg(unit.name, unit.unitId),
                                                                             unit.unitId);
                                                         }
                                                         m_unit->setCurrentIndex(qMax(0, m_unit->findData(current)));
                                                     });
}

void PolicyPanel::openChosen()
{
    if (m_session == nullptr) {
        return;
    }
    m_status->clear();
    const PolicyLevel level = chosenLevel();
    const QString target = chosenTarget();
    if (level != PolicyLevel::Domain && target.isEmpty()) {
        m_status->setText(level == PolicyLevel::Unit ? tr("Choose a unit.") : tr("Type an account name."));
        return;
    }
    const quint64 request = ++m_openRequest;
    m_session->query<Expected<PolicyLayers, QString>>(
        [level, target](Db& db) { return PolicyLayersReader::read(db, level, target); }, this,
        [this, level, target, request](Expected<PolicyLayers, QString> layers) {
            if (request == m_openRequest) { // not overtaken by a newer choice
                showLayers(level, target, std::move(layers));
            }
        });
}

void PolicyPanel::showLayers(PolicyLevel level, const QString& target, Expected<PolicyLayers, QString> layers)
{
    if (!layers) {
        m_status->setText(layers.error());
        return;
    }
    if (m_afterSync == AfterSync::ResolveConflict) {
        return; // onSyncFinished reads the layers itself
    }
    PolicyEdit edit(level, std::move(*layers));
    m_target = level == PolicyLevel::Domain ? edit.document().targetId : target;
    m_title->setText(tr("%1 %2, version %3").arg(PolicyTexts::levelText(level), m_target).arg(edit.document().version));
    m_editor->setEdit(std::move(edit));
    m_loaded = true;
    updateButtons();
}

void PolicyPanel::reloadShown()
{
    const PolicyLevel level = m_editor->edit().level();
    const QString target = m_editor->edit().document().targetId;
    const quint64 request = ++m_openRequest;
    m_session->query<Expected<PolicyLayers, QString>>(
        [level, target](Db& db) { return PolicyLayersReader::read(db, level, target); }, this,
        [this, level, target, request](Expected<PolicyLayers, QString> layers) {
            if (request == m_openRequest && layers && !m_editor->edit().isDirty()) {
                showLayers(level, target, std::move(layers));
            }
        });
}

void PolicyPanel::confirmApply()
{
    if (!m_loaded || m_session == nullptr || !m_editor->edit().isDirty()) {
        return;
    }
    const PolicyLevel level = m_editor->edit().level();
    const QString target = m_editor->edit().document().targetId;
    m_session->query<Expected<qint64, QString>>(
        [level, target](Db& db) { return PolicyLayersReader::accountsInScope(db, level, target); }, this,
        [this](Expected<qint64, QString> accounts) {
            auto* dialog = new PolicyDiffDialog(m_editor->edit(), m_target, accounts ? *accounts : 0, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, &PolicyPanel::apply);
            dialog->open();
        });
}

void PolicyPanel::apply()
{
    if (m_session == nullptr || m_session->readOnly()) {
        return;
    }
    m_status->setText(tr("Applying the change…"));
    m_apply->setEnabled(false);
    m_session->enqueue(
        {outboxpayload::updatePolicy(m_editor->edit().update())}, this, [this](Expected<QList<qint64>, DbError> ids) {
            if (!ids || ids->isEmpty()) {
                m_status->setText(
                    tr("The change could not be queued: %1").arg(ids ? QString() : ids.error().message()));
                updateButtons();
                return;
            }
            m_pendingItem = ids->constFirst();
        });
}

void PolicyPanel::onOutboxItem(const OutboxResult& result)
{
    if (!m_pendingItem || result.itemId != *m_pendingItem) {
        return;
    }
    m_pendingItem.reset();
    if (result.state == OutboxState::Done) {
        m_status->setText(tr("Applied. Reading the policy back from the platform…"));
        m_afterSync = AfterSync::Reload;
    } else if (result.errorCode == kConflict) {
        m_status->setText(tr("Another administrator changed this policy meanwhile. Reading their version…"));
        m_afterSync = AfterSync::ResolveConflict;
    } else {
        m_status->setText(tr("The change failed: %1").arg(result.errorMessage));
        updateButtons();
        Q_EMIT applied(false);
        return;
    }
    m_session->startSync({QStringLiteral("policy")});
}

void PolicyPanel::onSyncFinished()
{
    const AfterSync after = std::exchange(m_afterSync, AfterSync::Nothing);
    if (after == AfterSync::Nothing) {
        // Someone's sync brought the policy (the first one after opening the profile) or a newer version: show it,
        // unless that would throw away an edit in progress.
        loadUnits();
        if (!m_loaded) {
            openChosen(); // the first sync after opening the profile brought the policy
        } else if (!m_editor->edit().isDirty()) {
            reloadShown(); // a newer version, if any; the status line (a failure, say) stays
        }
        return;
    }
    if (!m_loaded) {
        return;
    }
    const PolicyLevel level = m_editor->edit().level();
    const QString target = m_editor->edit().document().targetId;
    if (after == AfterSync::Reload) {
        m_status->setText(tr("Applied; this is the policy the platform holds now."));
        m_session->query<Expected<PolicyLayers, QString>>(
            [level, target](Db& db) { return PolicyLayersReader::read(db, level, target); }, this,
            [this, level, target](Expected<PolicyLayers, QString> layers) {
                showLayers(level, target, std::move(layers));
                Q_EMIT applied(true);
            });
        return;
    }
    m_session->query<Expected<PolicyLayers, QString>>(
        [level, target](Db& db) { return PolicyLayersReader::read(db, level, target); }, this,
        [this](Expected<PolicyLayers, QString> layers) {
            if (!layers) {
                m_status->setText(layers.error());
                return;
            }
            const PolicyDocument theirs = PolicyEdit(m_editor->edit().level(), *layers).document();
            auto* dialog = new PolicyConflictDialog(m_editor->edit(), theirs, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, dialog, theirs](int result) {
                m_editor->edit().rebase(theirs,
                                        result == QDialog::Accepted ? dialog->keepMine() : QList<PolicyField>{});
                m_editor->refresh();
                m_title->setText(tr("%1 %2, version %3")
                                     .arg(PolicyTexts::levelText(m_editor->edit().level()), m_target)
                                     .arg(theirs.version));
                m_status->setText(m_editor->edit().isDirty()
                                      ? tr("Your chosen values are kept as a draft on the newer version: apply again.")
                                      : tr("The other administrator's values are shown; nothing of yours is pending."));
                updateButtons();
                Q_EMIT applied(false);
            });
            dialog->open();
        });
}

void PolicyPanel::updateButtons()
{
    const bool editable = m_session != nullptr && !m_session->readOnly() && m_loaded;
    const bool dirty = m_loaded && m_editor->edit().isDirty();
    m_apply->setVisible(m_session == nullptr || !m_session->readOnly());
    m_revert->setVisible(m_apply->isVisible());
    m_apply->setEnabled(editable && dirty && !m_pendingItem);
    m_revert->setEnabled(editable && dirty && !m_pendingItem);
}

void PolicyPanel::retranslateUi()
{
    {
        const QSignalBlocker blocker(m_level);
        const int current = m_level->currentIndex();
        m_level->clear();
        for (PolicyLevel level : {PolicyLevel::Domain, PolicyLevel::Unit, PolicyLevel::Account}) {
            m_level->addItem(PolicyTexts::levelText(level), int(level));
        }
        m_level->setCurrentIndex(qMax(0, current));
    }
    m_level->setAccessibleName(tr("Level"));
    m_unit->setAccessibleName(tr("Unit"));
    m_account->setPlaceholderText(tr("Account name, e.g. zhangsan"));
    m_account->setAccessibleName(tr("Account"));
    m_open->setText(tr("Open"));
    m_revert->setText(tr("Discard changes"));
    m_apply->setText(tr("Apply…"));
    if (m_loaded) {
        m_title->setText(tr("%1 %2, version %3")
                             .arg(PolicyTexts::levelText(m_editor->edit().level()), m_target)
                             .arg(m_editor->edit().document().version));
    }
}

void PolicyPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dm
