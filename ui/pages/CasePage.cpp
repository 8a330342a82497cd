#include "ui/pages/CasePage.h"

#include "core/PiiScrubber.h"
#include "store/CaseNumber.h"
#include "store/CaseRepository.h"
#include "sync/CacheSession.h"
#include "ui/timeline/CaseTree.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace dm {

namespace {

const QString kExample = QStringLiteral("(2026)粤0104民初1234号");

} // namespace

CasePage::CasePage(QWidget* parent)
    : Page(QStringLiteral("logs.case"), QStringLiteral("logs"), parent)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_noSession(new QLabel(m_stack))
    , m_content(new QWidget(m_stack))
    , m_caseLabel(new QLabel(m_content))
    , m_caseEdit(new QLineEdit(m_content))
    , m_show(new QPushButton(m_content))
    , m_summary(new QLabel(m_content))
    , m_tree(new CaseTree(m_content))
    , m_openTimeline(new QPushButton(m_content))
    , m_makeProof(new QPushButton(m_content))
    , m_verifyProof(new QPushButton(m_content))
    , m_message(new QLabel(m_content))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_noSession->setObjectName(QStringLiteral("case.noSession"));
    m_noSession->setWordWrap(true);
    m_noSession->setAlignment(Qt::AlignCenter);
    m_caseEdit->setObjectName(QStringLiteral("case.number"));
    m_caseEdit->setClearButtonEnabled(true);
    m_caseEdit->setMinimumWidth(260);
    m_caseLabel->setBuddy(m_caseEdit);
    m_show->setObjectName(QStringLiteral("case.show"));
    m_summary->setObjectName(QStringLiteral("case.summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openTimeline->setObjectName(QStringLiteral("case.openTimeline"));
    m_openTimeline->setEnabled(false);
    m_makeProof->setObjectName(QStringLiteral("case.makeProofPacks"));
    m_makeProof->setEnabled(false);
    m_verifyProof->setObjectName(QStringLiteral("case.verifyProofPack"));
    m_message->setObjectName(QStringLiteral("case.message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* input = new QHBoxLayout;
    input->addWidget(m_caseLabel);
    input->addWidget(m_caseEdit, 1);
    input->addWidget(m_show);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_verifyProof);
    actions->addWidget(m_makeProof);
    actions->addWidget(m_openTimeline);
    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(input);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_tree, 1);
    contentLayout->addLayout(actions);
    m_stack->addWidget(m_noSession);
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_noSession);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(std::chrono::milliseconds(500));
    connect(&m_refreshTimer, &QTimer::timeout, this, &CasePage::reload);
    connect(m_show, &QPushButton::clicked, this, &CasePage::load);
    connect(m_caseEdit, &QLineEdit::returnPressed, this, &CasePage::load);
    connect(m_tree, &CaseTree::recipientActivated, this, &CasePage::timelineRequested);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_openTimeline->setEnabled(!m_tree->selectedAccount().isEmpty());
        m_makeProof->setEnabled(session() != nullptr && !m_tree->proofTargets().isEmpty());
    });
    connect(m_makeProof, &QPushButton::clicked, this, [this] {
        const ProofTargets targets = m_tree->proofTargets();
        if (!targets.isEmpty()) {
            Q_EMIT proofPacksRequested(targets);
        }
    });
    connect(m_verifyProof, &QPushButton::clicked, this, &CasePage::verifyPackRequested);
    connect(m_openTimeline, &QPushButton::clicked, this, [this] {
        const QString account = m_tree->selectedAccount();
        if (!account.isEmpty()) {
            Q_EMIT timelineRequested(account);
        }
    });
    retranslateUi();
}

CasePage::~CasePage()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
}

QString CasePage::navigationTitle() const
{
    return tr("Case delivery");
}

QString CasePage::heading() const
{
    return tr("Case delivery");
}

void CasePage::setSession(CacheSession* session)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_sessionConnections)) {
        disconnect(connection);
    }
    m_sessionConnections.clear();
    Page::setSession(session);
    m_stack->setCurrentWidget(session != nullptr ? m_content : m_noSession);
    if (session != nullptr) {
        m_sessionConnections.append(
            connect(session, &CacheSession::cacheChanged, this, [this] { m_refreshTimer.start(); }));
    }
    // Another profile is another platform: what was shown belongs to the old one.
    m_caseNumber.clear();
    m_mailId = 0;
    m_invalidInput = false;
    m_caseEdit->clear();
    m_message->clear();
    ++m_asked;
    m_tree->showOverview(std::nullopt);
    updateSummary();
}

void CasePage::showCase(const QString& caseNumber)
{
    m_caseEdit->setText(caseNumber);
    load();
}

void CasePage::showDocument(qint64 mailId)
{
    m_caseNumber.clear();
    m_mailId = mailId;
    m_invalidInput = false;
    m_tree->showOverview(std::nullopt);
    reload();
}

void CasePage::load()
{
    const QString typed = m_caseEdit->text().trimmed();
    m_caseNumber = casenumber::normalise(typed);
    m_mailId = 0;
    m_invalidInput = !typed.isEmpty() && m_caseNumber.isEmpty();
    m_tree->showOverview(std::nullopt);
    if (!m_caseNumber.isEmpty()) {
        m_caseEdit->setText(m_caseNumber); // the form the case is known by, whatever brackets were typed
    }
    reload();
}

void CasePage::reload()
{
    m_message->clear();
    updateSummary();
    if (session() == nullptr || (m_caseNumber.isEmpty() && m_mailId == 0)) {
        return;
    }
    const quint64 asked = ++m_asked;
    const qint64 selectedMail =
        m_tree->currentItem() != nullptr ? m_tree->currentItem()->data(0, CaseTree::MailIdRole).toLongLong() : m_mailId;
    using Answer = Expected<std::optional<CaseOverview>, DbError>;
    session()->query<Answer>(
        [caseNumber = m_caseNumber, mailId = m_mailId](Db& db) -> Answer {
            CaseRepository cases(db);
            if (mailId != 0) {
                return cases.forMail(mailId);
            }
            auto overview = cases.overview(caseNumber);
            if (!overview) {
                return Unexpected{overview.error()};
            }
            return std::optional<CaseOverview>{std::move(*overview)};
        },
        this,
        [this, asked, selectedMail](Answer answer) {
            if (asked != m_asked) {
                return;
            }
            if (!answer) {
                m_message->setText(tr("The cache could not be read: %1").arg(answer.error().detail));
                return;
            }
            if (!*answer) {
                m_message->setText(tr("This mail is not in the cache any more."));
                return;
            }
            if (m_mailId != 0 && !(*answer)->caseNumber.isEmpty()) {
                m_caseEdit->setText((*answer)->caseNumber);
            }
            m_tree->showOverview(*answer);
            if (QTreeWidgetItem* item = m_tree->itemOfMail(selectedMail)) {
                m_tree->setCurrentItem(item);
                m_tree->scrollToItem(item, QAbstractItemView::PositionAtCenter);
            }
            updateSummary();
        });
}

void CasePage::updateSummary()
{
    m_makeProof->setEnabled(session() != nullptr && !m_tree->proofTargets().isEmpty());
    if (m_invalidInput) {
        m_summary->setText(
            tr("This is not a case number. Type it as %1 (full-width brackets are fine).").arg(kExample));
        return;
    }
    const auto& overview = m_tree->overview();
    if (!overview) {
        m_summary->setText(m_caseNumber.isEmpty() && m_mailId == 0
                               ? tr("Type a case number, e.g. %1, or open a document from the mail log.").arg(kExample)
                               : tr("Reading the cache…"));
        return;
    }
    if (overview->caseNumber.isEmpty()) {
        const QString subject = scrubPii(overview->focusSubject);
        m_summary->setText(overview->truncated
                               ? tr("The subject “%1” names no case number: its first %2 deliveries are shown.")
                                     .arg(subject, QLocale().toString(CaseRepository::MaxCaselessDeliveries))
                               : tr("The subject “%1” names no case number: its deliveries are shown.").arg(subject));
        return;
    }
    if (overview->documents.isEmpty() && overview->parties.isEmpty()) {
        m_summary->setText(tr("No document and no account of case %1 is in the cache.").arg(overview->caseNumber));
        return;
    }
    int deliveries = 0;
    QSet<QString> waiting; // recipients with a document they have not opened yet
    for (const CaseDocument& document : overview->documents) {
        deliveries += int(document.deliveries.size());
        QSet<QString> opened;
        QSet<QString> reached;
        for (const CaseDelivery& delivery : document.deliveries) {
            const QString recipient = delivery.mail.recipient.toLower();
            if (delivery.read()) {
                opened.insert(recipient);
            }
            if (delivery.delivered()) {
                reached.insert(recipient);
            }
        }
        waiting.unite(reached.subtract(opened));
    }
    // Each figure is a whole phrase of its own, so every language words and orders it as it needs.
    const QStringList figures = {
        tr("%n document(s)", nullptr, int(overview->documents.size())),
        tr("%n delivery(ies)", nullptr, deliveries),
        tr("%n recipient(s) with a document not opened yet", nullptr, int(waiting.size())),
        tr("%n party(ies) in the accounts", nullptr, int(overview->parties.size())),
    };
    m_summary->setText(
        tr("Case %1: %2").arg(overview->caseNumber, figures.join(tr(", ", "separator between the figures of a case"))));
}

void CasePage::retranslateUi()
{
    m_heading->setText(heading());
    setAccessibleName(heading());
    setAccessibleDescription(tr("Every document of a case from the local cache, with each recipient's delivery and "
                                "read state."));
    m_noSession->setText(tr("No profile is open. Open or create a connection profile (File menu) to see the "
                            "delivery of a case."));
    m_caseLabel->setText(tr("&Case number:"));
    m_caseEdit->setPlaceholderText(kExample);
    m_caseEdit->setAccessibleName(tr("Case number"));
    m_show->setText(tr("Show"));
    m_openTimeline->setText(tr("Open timeline"));
    m_makeProof->setText(tr("Make proof-of-delivery packs…"));
    m_makeProof->setToolTip(tr("One pack per document and recipient: for the selected lines, or for the whole case "
                               "when none is selected."));
    m_verifyProof->setText(tr("Verify a pack…"));
    m_verifyProof->setToolTip(tr("Check a proof-of-delivery pack someone handed in."));
    m_openTimeline->setToolTip(tr("Everything about the selected recipient, merged by time (double-click does the "
                                  "same)"));
    m_tree->retranslateUi();
    updateSummary();
}

} // namespace dm
