#include "ui/accounts/AccountDetailPane.h"

#include "core/LogRecords.h"
#include "core/Masking.h"
#include "store/LogRepository.h"
#include "sync/CacheSession.h"
#include "ui/StatusColors.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountTexts.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dm {

namespace {

constexpr int kRecentLogins = 10;

QLabel* valueLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    // Values come from the platform: a name that looks like HTML is shown as typed, never rendered or linked.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// `rows`: how many rows it shows at least, so a short window scrolls the pane rather than squeezing the table.
QTreeWidget* smallTable(QWidget* parent, const QString& name, int columns, int rows)
{
    auto* table = new QTreeWidget(parent);
    const int line = table->fontMetrics().height();
    table->setMinimumHeight((rows + 1) * (line + 8) + 4); // the rows and the header
    table->setObjectName(name);
    table->setRootIsDecorated(false);
    table->setColumnCount(columns);
    table->setUniformRowHeights(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->header()->setStretchLastSection(true);
    return table;
}

} // namespace

AccountDetailPane::AccountDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_details(new QWidget(this))
{
    setObjectName(QStringLiteral("accounts.detail"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("accounts.detail.heading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // the recipient's name as the platform has it
    m_empty->setObjectName(QStringLiteral("accounts.detail.empty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_address = valueLabel(m_details, QStringLiteral("accounts.detail.address"));
    m_name = valueLabel(m_details, QStringLiteral("accounts.detail.name"));
    m_jobNumber = valueLabel(m_details, QStringLiteral("accounts.detail.jobNumber"));
    m_unit = valueLabel(m_details, QStringLiteral("accounts.detail.unit"));
    m_status = valueLabel(m_details, QStringLiteral("accounts.detail.status"));
    m_addressBasis = valueLabel(m_details, QStringLiteral("accounts.detail.addressBasis"));
    m_idNumber = valueLabel(m_details, QStringLiteral("accounts.detail.idNumber"));
    m_mobile = valueLabel(m_details, QStringLiteral("accounts.detail.mobile"));
    m_created = valueLabel(m_details, QStringLiteral("accounts.detail.created"));
    m_updated = valueLabel(m_details, QStringLiteral("accounts.detail.updated"));
    m_change = valueLabel(m_details, QStringLiteral("accounts.detail.change"));
    m_revealId = new QPushButton(m_details);
    m_revealId->setObjectName(QStringLiteral("accounts.detail.revealIdNumber"));
    m_revealMobile = new QPushButton(m_details);
    m_revealMobile->setObjectName(QStringLiteral("accounts.detail.revealMobile"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](QWidget* field) {
        auto* caption = new QLabel(m_details);
        caption->setBuddy(field);
        m_captions.append(caption);
        form->addRow(caption, field);
    };
    const auto withButton = [this](QLabel* value, QPushButton* button) {
        auto* box = new QWidget(m_details);
        auto* row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(value, 1);
        row->addWidget(button);
        return box;
    };
    for (QLabel* value : {m_address, m_name, m_jobNumber, m_unit, m_status, m_addressBasis}) {
        addRow(value);
    }
    addRow(withButton(m_idNumber, m_revealId));
    addRow(withButton(m_mobile, m_revealMobile));
    for (QLabel* value : {m_created, m_updated, m_change}) {
        addRow(value);
    }

    m_timelineBox = new QGroupBox(m_details);
    m_timeline = smallTable(m_timelineBox, QStringLiteral("accounts.detail.timeline"), 2, 5);
    (new QVBoxLayout(m_timelineBox))->addWidget(m_timeline);
    m_loginsBox = new QGroupBox(m_details);
    m_logins = smallTable(m_loginsBox, QStringLiteral("accounts.detail.logins"), 4, 3);
    (new QVBoxLayout(m_loginsBox))->addWidget(m_logins);

    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_timelineBox);
    detailsLayout->addWidget(m_loginsBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty, 1);
    // The details scroll as a whole when the window is too short for them.
    m_detailsScroll = new QScrollArea(this);
    m_detailsScroll->setObjectName(QStringLiteral("accounts.detail.scroll"));
    m_detailsScroll->setFrameShape(QFrame::NoFrame);
    m_detailsScroll->setWidgetResizable(true);
    m_detailsScroll->setWidget(m_details);
    layout->addWidget(m_detailsScroll, 1);

    connect(m_revealId, &QPushButton::clicked, this, [this] { reveal(Pii::IdNumber); });
    connect(m_revealMobile, &QPushButton::clicked, this, [this] { reveal(Pii::Mobile); });
    retranslateUi();
    showAccount(std::nullopt, std::nullopt, 0);
}

void AccountDetailPane::setSession(CacheSession* session)
{
    m_session = session;
    showAccount(std::nullopt, std::nullopt, 0);
}

QString AccountDetailPane::shownAccountName() const
{
    return m_row ? m_row->account.accountName : QString();
}

void AccountDetailPane::showAccount(const std::optional<AccountRow>& row, std::optional<OutboxState> outboxState,
                                    int selectedRows)
{
    const bool sameAccount = row && m_row && row->account.accountName == m_row->account.accountName;
    if (!sameAccount) {
        // A revealed number never outlives its selection.
        m_idRevealed = false;
        m_mobileRevealed = false;
        ++m_selectionSerial;
    }
    m_row = row;
    m_outboxState = outboxState;
    m_selectedRows = selectedRows;
    fill();
    if (!sameAccount && m_row) {
        loadLogins();
    }
}

void AccountDetailPane::fill()
{
    const bool show = m_row.has_value() && m_selectedRows == 1;
    m_details->setVisible(show);
    m_detailsScroll->setVisible(show);
    m_empty->setVisible(!show);
    if (!show) {
        m_heading->setText(tr("Details"));
        m_empty->setText(m_selectedRows > 1 ? tr("%n accounts selected.", nullptr, m_selectedRows)
                                            : tr("Select an account to see its details, activation and logins."));
        return;
    }
    const Account& a = m_row->account;
    m_heading->setText(a.name.isEmpty() ? a.accountName : a.name);
    m_address->setText(a.address.isEmpty() ? a.accountName : a.address);
    m_name->setText(a.name);
    m_jobNumber->setText(a.jobNumber.isEmpty() ? tr("(none)") : a.jobNumber);
    m_unit->setText(m_unitNames.value(a.unitId, a.unitId));
    m_status->setText(AccountTexts::status(a.status));
    m_addressBasis->setText(AccountTexts::addressBasis(a.addressBasis));
    m_idNumber->setText(a.idNumber.isEmpty() ? tr("(none)") : m_idRevealed ? a.idNumber : maskIdNumber(a.idNumber));
    m_revealId->setVisible(!a.idNumber.isEmpty() && !m_idRevealed);
    m_mobile->setText(a.mobile.isEmpty() ? tr("(none)") : m_mobileRevealed ? a.mobile : maskMobile(a.mobile));
    m_revealMobile->setVisible(!a.mobile.isEmpty() && !m_mobileRevealed);
    m_created->setText(AccountTexts::minute(a.createdAt));
    m_updated->setText(AccountTexts::minute(a.updatedAt));
    if (m_outboxState == OutboxState::Failed) {
        m_change->setText(tr("The last change failed. Run the action again or see the operation results."));
    } else if (m_outboxState == OutboxState::Pending || m_outboxState == OutboxState::Running) {
        m_change->setText(tr("A change is waiting to be sent to the platform."));
    } else {
        m_change->setText(tr("None pending"));
    }

    const Activation& activation = a.activation;
    m_timeline->clear();
    const auto step = [this](const QString& what, std::optional<qint64> when) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, what);
        item->setText(1, when && *when > 0 ? AccountTexts::minute(when) : tr("not yet"));
        if (!when || *when <= 0) {
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        }
    };
    step(tr("Created"), a.createdAt);
    step(tr("Activation SMS sent"), activation.smsSentAt);
    if (activation.reminderCount > 0) {
        auto* reminders = new QTreeWidgetItem(m_timeline);
        reminders->setText(0, tr("Reminders"));
        reminders->setText(1, tr("%n resent", nullptr, activation.reminderCount));
    }
    step(tr("First login"), activation.firstLoginAt);
    step(tr("Activated"), activation.activatedAt);
}

void AccountDetailPane::loadLogins()
{
    m_logins->clear();
    if (m_session.isNull() || !m_row) {
        return;
    }
    const quint64 serial = m_selectionSerial;
    LoginLogFilter filter;
    filter.accountName = m_row->account.accountName;
    m_session->query<Expected<QList<LoginRecord>, DbError>>(
        [filter](Db& db) {
            LogPageRequest page;
            page.order = LogOrder::NewestFirst;
            page.limit = kRecentLogins;
            return LogRepository(db).logins(filter, page);
        },
        this,
        [this, serial](Expected<QList<LoginRecord>, DbError> logins) {
            if (serial != m_selectionSerial) {
                return;
            }
            m_logins->clear();
            if (!logins) {
                auto* item = new QTreeWidgetItem(m_logins);
                item->setText(0, logins.error().message());
                return;
            }
            if (logins->isEmpty()) {
                auto* item = new QTreeWidgetItem(m_logins);
                item->setText(0, tr("No logins in the cached log."));
                item->setFirstColumnSpanned(true);
                return;
            }
            for (const LoginRecord& login : std::as_const(*logins)) {
                auto* item = new QTreeWidgetItem(m_logins);
                item->setText(0, AccountTexts::minute(login.time));
                item->setText(1, toString(login.method));
                item->setText(2, login.ip);
                const QString place = login.province + login.city;
                item->setText(3,
                              login.result == LogResult::Success ? place : tr("Failed") + QStringLiteral(" ") + place);
                if (login.abnormal || login.result == LogResult::Failure) {
                    item->setForeground(3, errorTextColor(palette()));
                }
            }
        });
}

void AccountDetailPane::reveal(Pii which)
{
    if (m_session.isNull() || !m_row) {
        return;
    }
    const quint64 serial = m_selectionSerial;
    recordPiiReveal(*m_session, m_row->account, which, this,
                    [this, serial, which](const std::optional<QString>& error) {
                        if (error) {
                            Q_EMIT revealFailed(*error);
                            return;
                        }
                        if (serial != m_selectionSerial) {
                            return; // the selection moved on while the entry was written: show nothing
                        }
                        (which == Pii::IdNumber ? m_idRevealed : m_mobileRevealed) = true;
                        fill();
                    });
}

void AccountDetailPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void AccountDetailPane::retranslateUi()
{
    const QStringList captions = {tr("Address:"), tr("Name:"),          tr("Case number:"), tr("Unit:"),
                                  tr("Status:"),  tr("Address basis:"), tr("ID number:"),   tr("Mobile:"),
                                  tr("Created:"), tr("Updated:"),       tr("Change:")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i) {
        m_captions.at(i)->setText(captions.at(i));
    }
    m_revealId->setText(tr("Reveal"));
    m_revealId->setAccessibleName(tr("Reveal ID number"));
    m_revealId->setToolTip(tr("Shows the full ID number; the reveal is recorded in the audit ledger."));
    m_revealMobile->setText(tr("Reveal"));
    m_revealMobile->setAccessibleName(tr("Reveal mobile number"));
    m_revealMobile->setToolTip(tr("Shows the full mobile number; the reveal is recorded in the audit ledger."));
    m_timelineBox->setTitle(tr("Activation"));
    m_timeline->setHeaderLabels({tr("Step"), tr("Time")});
    m_timeline->setAccessibleName(tr("Activation timeline"));
    m_loginsBox->setTitle(tr("Recent logins"));
    m_logins->setHeaderLabels({tr("Time"), tr("Client"), tr("IP address"), tr("Place")});
    m_logins->setAccessibleName(tr("Recent logins"));
    fill();
    if (m_row) {
        loadLogins();
    }
}

} // namespace dm
