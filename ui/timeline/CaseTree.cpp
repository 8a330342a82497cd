#include "ui/timeline/CaseTree.h"

#include "core/Masking.h"
#include "core/PiiScrubber.h"
#include "ui/logs/LogTexts.h"

#include <QApplication>
#include <QHeaderView>
#include <QSet>
#include <QStyle>

namespace dm {

namespace {

QString recipientText(const QString& name, const QString& accountName, const QString& address)
{
    if (!name.isEmpty()) {
        return QStringLiteral("%1 (%2)").arg(name, maskNumbersInName(accountName));
    }
    return maskNumbersInName(address);
}

} // namespace

CaseTree::CaseTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("case.tree"));
    setColumnCount(ColumnCount);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(RecipientColumn, QHeaderView::Stretch);
    for (const int column : {StateColumn, DeliveredColumn, ReadColumn, ReadWithColumn}) {
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString account = item->data(RecipientColumn, AccountNameRole).toString();
        if (!account.isEmpty()) {
            Q_EMIT recipientActivated(account);
        }
    });
    retranslateUi();
}

void CaseTree::showOverview(const std::optional<CaseOverview>& overview)
{
    m_overview = overview;
    fill();
}

QString CaseTree::selectedAccount() const
{
    const QList<QTreeWidgetItem*> selected = selectedItems();
    return selected.isEmpty() ? QString() : selected.constFirst()->data(RecipientColumn, AccountNameRole).toString();
}

QTreeWidgetItem* CaseTree::itemOfMail(qint64 mailId) const
{
    for (int top = 0; top < topLevelItemCount(); ++top) {
        QTreeWidgetItem* document = topLevelItem(top);
        for (int child = 0; child < document->childCount(); ++child) {
            if (document->child(child)->data(RecipientColumn, MailIdRole).toLongLong() == mailId) {
                return document->child(child);
            }
        }
    }
    return nullptr;
}

void CaseTree::addDelivery(QTreeWidgetItem* document, const CaseDelivery& delivery)
{
    QStyle* style = QApplication::style();
    const MailRecord& mail = delivery.mail;
    auto* item = new QTreeWidgetItem(document);
    item->setText(RecipientColumn, recipientText(delivery.name, delivery.accountName, mail.recipient));
    item->setToolTip(RecipientColumn, maskNumbersInName(mail.recipient));
    item->setData(RecipientColumn, AccountNameRole, delivery.accountName);
    item->setData(RecipientColumn, MailIdRole, mail.id);
    if (!delivery.delivered()) {
        item->setText(StateColumn, tr("Not delivered: %1").arg(LogTexts::mailStatus(mail.status)));
        item->setIcon(StateColumn, style->standardIcon(QStyle::SP_MessageBoxCritical));
    } else if (delivery.read()) {
        item->setText(StateColumn, tr("Read"));
        item->setIcon(StateColumn, style->standardIcon(QStyle::SP_DialogApplyButton));
    } else {
        item->setText(StateColumn, tr("Not read"));
        item->setIcon(StateColumn, style->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    item->setText(DeliveredColumn, LogTexts::time(mail.time));
    item->setText(ReadColumn, mail.readAt ? LogTexts::time(*mail.readAt) : QString());
    item->setText(ReadWithColumn, mail.readClient ? LogTexts::readClient(*mail.readClient) : QString());
}

ProofTargets CaseTree::proofTargets() const
{
    if (!m_overview) {
        return {};
    }
    QSet<qint64> mails;
    QSet<qsizetype> documents;
    for (const QTreeWidgetItem* item : selectedItems()) {
        if (const QVariant mail = item->data(RecipientColumn, MailIdRole); mail.isValid()) {
            mails.insert(mail.toLongLong());
        } else if (const QVariant document = item->data(RecipientColumn, DocumentIndexRole); document.isValid()) {
            documents.insert(document.toLongLong());
        }
    }
    const bool whole = mails.isEmpty() && documents.isEmpty();
    ProofTargets targets;
    for (qsizetype index = 0; index < m_overview->documents.size(); ++index) {
        for (const CaseDelivery& delivery : m_overview->documents.at(index).deliveries) {
            if (whole || documents.contains(index) || mails.contains(delivery.mail.id)) {
                targets.append(
                    {delivery.mail.messageId, delivery.mail.recipient, m_overview->caseNumber, delivery.mail.subject});
            }
        }
    }
    return targets;
}

QString CaseTree::documentState(const CaseDocument& document)
{
    // Counted by recipient, as a clerk asks ("who has not opened the judgment"): one who opened any copy has read it.
    const int recipients = document.recipientCount();
    const int unread = document.unreadRecipientCount();
    const int undelivered = document.undeliveredRecipientCount();
    // Whole phrases, joined by the language's own separator: no language has to follow English word order.
    QStringList parts = {unread > 0 ? tr("%1 of %n recipient(s) not read", nullptr, recipients).arg(unread)
                                    : tr("%n recipient(s), none unread", nullptr, recipients)};
    if (undelivered > 0) {
        parts.append(tr("%n not delivered", nullptr, undelivered));
    }
    const int deliveries = int(document.deliveries.size());
    if (deliveries > recipients) {
        parts.append(tr("%n deliveries in all", nullptr, deliveries));
    }
    return parts.join(tr(", ", "separator between the figures of a document"));
}

void CaseTree::fill()
{
    clear();
    if (!m_overview) {
        return;
    }
    QStyle* style = QApplication::style();
    for (qsizetype index = 0; index < m_overview->documents.size(); ++index) {
        const CaseDocument& document = m_overview->documents.at(index);
        auto* item = new QTreeWidgetItem(this);
        item->setData(RecipientColumn, DocumentIndexRole, qlonglong(index));
        // A subject is free text a sender typed: an ID number or mobile in it is masked like everywhere else.
        const QString subject = scrubPii(document.subject);
        item->setText(RecipientColumn, subject);
        item->setToolTip(RecipientColumn, subject);
        QFont bold = item->font(RecipientColumn);
        bold.setBold(true);
        item->setFont(RecipientColumn, bold);
        item->setText(StateColumn, documentState(document));
        if (document.unreadRecipientCount() > 0 || document.undeliveredRecipientCount() > 0) {
            item->setIcon(StateColumn, style->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        item->setText(DeliveredColumn, LogTexts::time(document.firstTime()));
        for (const CaseDelivery& delivery : document.deliveries) {
            addDelivery(item, delivery);
        }
        item->setExpanded(true);
    }
    QList<const CaseParty*> waiting;
    for (const CaseParty& party : std::as_const(m_overview->parties)) {
        if (party.deliveries == 0) {
            waiting.append(&party);
        }
    }
    if (!waiting.isEmpty()) {
        auto* group = new QTreeWidgetItem(this);
        group->setText(RecipientColumn, tr("Parties no document of this case has reached"));
        group->setIcon(StateColumn, style->standardIcon(QStyle::SP_MessageBoxWarning));
        group->setText(StateColumn, tr("%n party(ies)", nullptr, int(waiting.size())));
        for (const CaseParty* party : std::as_const(waiting)) {
            const Account& account = party->account.account;
            auto* item = new QTreeWidgetItem(group);
            item->setText(RecipientColumn, recipientText(account.name, account.accountName, account.address));
            item->setData(RecipientColumn, AccountNameRole, account.accountName);
            item->setText(StateColumn, tr("No document received"));
        }
        group->setExpanded(true);
    }
}

void CaseTree::retranslateUi()
{
    setHeaderLabels({tr("Document / recipient"), tr("State"), tr("Delivered"), tr("Read"), tr("Read with")});
    setAccessibleName(tr("Documents of the case and their recipients"));
    fill();
}

} // namespace dm
