#include "ui/pages/AccountTimelinePage.h"

#include "store/CaseNumber.h"
#include "store/TimelineRepository.h"
#include "sync/CacheSession.h"
#include "ui/timeline/AccountCompleter.h"
#include "ui/timeline/TimelineHeader.h"
#include "ui/timeline/TimelineKindFilter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dm {

AccountTimelinePage::AccountTimelinePage(QWidget* parent)
    : Page(QStringLiteral("logs.timeline"), QStringLiteral("logs"), parent)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_noSession(new QLabel(m_stack))
    , m_content(new QWidget(m_stack))
    , m_accountLabel(new QLabel(m_content))
    , m_accountEdit(new QLineEdit(m_content))
    , m_show(new QPushButton(m_content))
    , m_makeProof(new QPushButton(m_content))
    , m_header(new TimelineHeader(m_content))
    , m_kinds(new TimelineKindFilter(m_content))
    , m_table(new QTableView(m_content))
    , m_model(new TimelineModel(std::make_shared<TimelineColumns>(), this))
    , m_count(new QLabel(m_content))
    , m_message(new QLabel(m_content))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_noSession->setObjectName(QStringLiteral("timeline.noSession"));
    m_noSession->setWordWrap(true);
    m_noSession->setAlignment(Qt::AlignCenter);
    m_accountEdit->setObjectName(QStringLiteral("timeline.account"));
    m_accountEdit->setClearButtonEnabled(true);
    m_accountEdit->setMinimumWidth(260);
    m_accountLabel->setBuddy(m_accountEdit);
    m_show->setObjectName(QStringLiteral("timeline.show"));
    m_makeProof->setObjectName(QStringLiteral("timeline.makeProofPack"));
    m_makeProof->setEnabled(false);
    m_completer = new AccountCompleter(m_accountEdit);
    m_count->setObjectName(QStringLiteral("timeline.count"));
    m_message->setObjectName(QStringLiteral("timeline.message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("timeline.table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row height, as on the log pages: the view never measures rows, so thousands cost what a hundred do.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TimelineColumns::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) + 24);
    m_table->setColumnWidth(TimelineColumns::EventColumn, 170);

    auto* input = new QHBoxLayout;
    input->addWidget(m_accountLabel);
    input->addWidget(m_accountEdit, 1);
    input->addWidget(m_show);
    auto* status = new QHBoxLayout;
    status->addWidget(m_count);
    status->addWidget(m_message, 1);
    status->addWidget(m_makeProof);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(input);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_kinds);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addLayout(status);
    m_stack->addWidget(m_noSession);
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_noSession);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(std::chrono::milliseconds(500));
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_account.isEmpty()) {
            readHeader();
            m_model->refresh();
        }
    });
    connect(m_show, &QPushButton::clicked, this, &AccountTimelinePage::load);
    connect(m_accountEdit, &QLineEdit::returnPressed, this, &AccountTimelinePage::load);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &AccountTimelinePage::load);
    connect(m_kinds, &TimelineKindFilter::kindsChanged, this, &AccountTimelinePage::applyListing);
    connect(m_header, &TimelineHeader::caseRequested, this, &AccountTimelinePage::caseRequested);
    connect(m_table, &QTableView::doubleClicked, this, &AccountTimelinePage::openRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_makeProof->setEnabled(selectedProofTarget().has_value()); });
    connect(m_makeProof, &QPushButton::clicked, this, [this] {
        if (const auto target = selectedProofTarget()) {
            Q_EMIT proofPacksRequested({*target});
        }
    });
    connect(m_model, &KeysetTableModel::countingStarted, this, [this] {
        m_rows = -1;
        m_count->setText(tr("Counting…"));
    });
    connect(m_model, &KeysetTableModel::counted, this, [this](qint64 rows) {
        m_rows = rows;
        m_count->setText(tr("%n event(s)", nullptr, int(rows)));
    });
    connect(m_model, &KeysetTableModel::loadFailed, this, [this](const QString& message) {
        m_message->setText(message);
        if (m_rows < 0) {
            m_count->clear(); // the count that was under way will not come
        }
    });
    retranslateUi();
}

AccountTimelinePage::~AccountTimelinePage()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
}

QString AccountTimelinePage::navigationTitle() const
{
    return tr("Account timeline");
}

QString AccountTimelinePage::heading() const
{
    return tr("Account timeline");
}

void AccountTimelinePage::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    Page::setSession(session);
    m_stack->setCurrentWidget(session != nullptr ? m_content : m_noSession);
    m_completer->setSession(session);
    m_message->clear();
    if (session != nullptr) {
        m_sessionConnections.append(
            connect(session, &CacheSession::cacheChanged, this, [this] { m_refreshTimer.start(); }));
    }
    // Another profile is another platform: what was shown belongs to the old one, and so do answers on their way.
    ++m_headerAsked;
    ++m_resolveAsked;
    m_account.clear();
    m_accountEdit->clear();
    m_header->showData(std::nullopt, {});
    m_kinds->setCounts(std::nullopt);
    applyListing();
    m_model->setSession(session);
}

void AccountTimelinePage::showAccount(const QString& accountName)
{
    // Other pages name an account by its account name: nothing to resolve, and a name being resolved is not wanted.
    ++m_resolveAsked;
    m_accountEdit->setText(accountName.trimmed());
    m_message->clear();
    showTimelineOf(accountName.trimmed());
}

void AccountTimelinePage::load()
{
    const QString typed = m_accountEdit->text().trimmed();
    m_message->clear();
    if (typed.isEmpty() || session() == nullptr || typed.contains(QLatin1Char('@'))) {
        showTimelineOf(typed); // nothing to resolve: an address names its mailbox
        return;
    }
    // A recipient's name typed in full leads to the account of that name; an account name or an address to itself.
    const quint64 asked = ++m_resolveAsked;
    using Answer = Expected<QList<AccountSuggestion>, DbError>;
    session()->query<Answer>(
        [typed](Db& db) { return TimelineRepository(db).accountsNamed(typed, 2); }, this,
        [this, asked, typed](Answer named) {
            if (asked != m_resolveAsked) {
                return;
            }
            if (named && named->size() == 1) {
                m_accountEdit->setText(named->constFirst().accountName);
                showTimelineOf(named->constFirst().accountName);
            } else if (named && named->size() > 1) {
                m_message->setText(tr("Several accounts belong to “%1”: choose one from the list.").arg(typed));
                m_completer->suggest();
            } else {
                if (!named) {
                    m_message->setText(tr("The cache could not be read: %1").arg(named.error().detail));
                }
                showTimelineOf(typed);
            }
        });
}

void AccountTimelinePage::showTimelineOf(const QString& account)
{
    m_account = account;
    m_header->showData(std::nullopt, m_account);
    m_kinds->setCounts(std::nullopt);
    readHeader();
    applyListing();
}

void AccountTimelinePage::applyListing()
{
    if (m_account.isEmpty() || session() == nullptr) {
        m_model->setListing({}, false);
        return;
    }
    m_model->setListing([account = m_account, domain = session()->settings().domain,
                         kinds = m_kinds->kinds()](Db& db) { return makeTimelineReader(db, account, domain, kinds); },
                        false);
}

void AccountTimelinePage::readHeader()
{
    if (session() == nullptr || m_account.isEmpty()) {
        return;
    }
    const quint64 asked = ++m_headerAsked;
    using Answer = Expected<TimelineHeaderData, DbError>;
    session()->query<Answer>(
        [account = m_account, domain = session()->settings().domain](Db& db) {
            return readTimelineHeader(db, account, domain);
        },
        this,
        [this, asked](Answer answer) {
            if (asked != m_headerAsked) {
                return;
            }
            if (!answer) {
                m_message->setText(tr("The cache could not be read: %1").arg(answer.error().detail));
                return;
            }
            m_header->showData(*answer, m_account);
            m_kinds->setCounts(answer->counts);
        });
}

void AccountTimelinePage::openRow(const QModelIndex& index)
{
    const auto event = m_model->rowAt(index.row());
    if (event && event->mail() != nullptr) {
        Q_EMIT documentRequested(event->mail()->id);
    }
}

std::optional<ProofTarget> AccountTimelinePage::selectedProofTarget() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || session() == nullptr) {
        return std::nullopt;
    }
    const auto event = m_model->rowAt(rows.constFirst().row());
    const MailRecord* mail = event ? event->mail() : nullptr;
    // Only a document the court sent to this mailbox has delivery evidence; a reply the recipient sent has none.
    if (mail == nullptr || mail->direction != MailDirection::In) {
        return std::nullopt;
    }
    return ProofTarget{mail->messageId, mail->recipient, casenumber::findAll(mail->subject).value(0), mail->subject};
}

void AccountTimelinePage::retranslateUi()
{
    m_heading->setText(heading());
    setAccessibleName(heading());
    setAccessibleDescription(tr("Everything about one recipient from the local cache, newest first: activation, "
                                "logins, mails received and read, operations and policy changes."));
    m_noSession->setText(tr("No profile is open. Open or create a connection profile (File menu) to see the "
                            "timeline of an account."));
    m_accountLabel->setText(tr("&Account:"));
    m_accountEdit->setPlaceholderText(tr("Account name, address or recipient's name"));
    m_accountEdit->setAccessibleName(tr("Account"));
    m_show->setText(tr("Show"));
    m_makeProof->setText(tr("Make proof-of-delivery pack…"));
    m_makeProof->setToolTip(tr("For the selected document in this recipient's mailbox."));
    m_table->setAccessibleName(heading());
    m_header->retranslateUi();
    m_count->setText(m_rows < 0 ? tr("Counting…") : tr("%n event(s)", nullptr, int(m_rows)));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
}

} // namespace dm
