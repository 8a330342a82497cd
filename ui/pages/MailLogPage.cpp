#include "ui/pages/MailLogPage.h"

#include "core/PiiScrubber.h"
#include "store/CaseNumber.h"
#include "ui/logs/LogFilterBars.h"
#include "ui/logs/LogReaders.h"
#include "ui/logs/LogTexts.h"
#include "ui/logs/LogTimeRangeBar.h"

namespace dm {

MailLogPage::MailLogPage(QWidget* parent)
    : LogPage(QStringLiteral("logs.mail"), QStringLiteral("mail"), parent)
    , m_model(new MailLogModel(std::make_shared<MailLogColumns>(), this))
    , m_filters(new MailLogFilterBar(this))
{
    setRequiredFamilies({ApiFamily::DeliveryLogs});
    setUp(m_model, m_filters,
          {{MailLogColumns::DateColumn, 90},
           {MailLogColumns::DirectionColumn, 70},
           {MailLogColumns::SubjectColumn, 300},
           {MailLogColumns::TimeColumn, 80}});
    retranslateUi();
}

QString MailLogPage::navigationTitle() const
{
    return tr("Mail");
}

QString MailLogPage::heading() const
{
    return tr("Mail log");
}

void MailLogPage::applyFilter()
{
    m_shownFilter = m_filters->filter();
    m_shownRange = timeRange()->range();
    m_model->setListing(
        [filter = m_shownFilter, range = m_shownRange](Db& db) { return makeMailLogReader(db, filter, range); }, true);
}

LogExportQuery MailLogPage::exportQuery() const
{
    LogExportQuery query;
    query.kind = LogKind::Mails;
    query.mails = m_shownFilter;
    query.range = m_shownRange;
    return query;
}

std::optional<qint64> MailLogPage::rowId(int row) const
{
    const auto record = m_model->rowAt(row);
    return record ? std::optional<qint64>(record->id) : std::nullopt;
}

std::optional<QPair<QString, LogDetailPane::Fields>> MailLogPage::detailOf(int row) const
{
    const auto mail = m_model->rowAt(row);
    if (!mail) {
        return std::nullopt;
    }
    const auto text = [&mail](int column) { return MailLogColumns::text(*mail, column); };
    LogDetailPane::Fields fields{
        {tr("Subject:"), text(MailLogColumns::SubjectColumn)},
        {tr("Mail type:"), text(MailLogColumns::DirectionColumn)},
        {tr("Sender:"), text(MailLogColumns::SenderColumn)},
        {tr("Recipient:"), text(MailLogColumns::RecipientColumn)},
        {tr("Time:"), LogTexts::time(mail->time)},
        {tr("Status:"), text(MailLogColumns::StatusColumn)},
        {tr("Read time:"), mail->readAt ? text(MailLogColumns::ReadAtColumn) : tr("Not read")},
        {tr("Read with:"), text(MailLogColumns::ReadClientColumn)},
        {tr("Message id:"), scrubPii(mail->messageId)},
        {tr("Last changed:"), LogTexts::time(mail->updatedAt)},
        {tr("Log id:"), QString::number(mail->id)},
    };
    return QPair<QString, LogDetailPane::Fields>{text(MailLogColumns::SubjectColumn), fields};
}

std::optional<QPair<QString, QVariant>> MailLogPage::filterValueOf(int row, int column) const
{
    const auto mail = m_model->rowAt(row);
    if (!mail) {
        return std::nullopt;
    }
    switch (column) {
    case MailLogColumns::DirectionColumn:
        return QPair<QString, QVariant>{QStringLiteral("direction"), int(logsql::code(mail->direction))};
    case MailLogColumns::SubjectColumn:
        // The subject as shown: a masked number stays masked in the filter field too.
        return QPair<QString, QVariant>{QStringLiteral("subject"), MailLogColumns::text(*mail, column)};
    case MailLogColumns::SenderColumn:
        return filterUnlessMasked(QStringLiteral("sender"), mail->sender);
    case MailLogColumns::RecipientColumn:
        return filterUnlessMasked(QStringLiteral("recipient"), mail->recipient);
    case MailLogColumns::StatusColumn:
        return QPair<QString, QVariant>{QStringLiteral("status"), int(logsql::code(mail->status))};
    case MailLogColumns::ReadAtColumn:
        return QPair<QString, QVariant>{QStringLiteral("read"), mail->readAt.has_value()};
    default:
        return std::nullopt;
    }
}

QString MailLogPage::countText(qint64 rows) const
{
    return tr("%n mail(s)", nullptr, int(rows));
}

void MailLogPage::retranslateUi()
{
    LogPage::retranslateUi();
    setAccessibleDescription(tr("Mail received and sent by the delivery mailboxes from the local cache, with delivery "
                                "and read status."));
}

std::optional<QString> MailLogPage::accountOf(int row) const
{
    const auto mail = m_model->rowAt(row);
    if (!mail) {
        return std::nullopt;
    }
    // The domain's own mailbox: the recipient of a document, the sender of a reply.
    return mail->direction == MailDirection::In ? mail->recipient : mail->sender;
}

std::optional<ProofTarget> MailLogPage::proofTargetOf(int row) const
{
    const auto mail = m_model->rowAt(row);
    // The evidence is of a document in a recipient's mailbox; a reply the recipient sent has none.
    if (!mail || mail->direction != MailDirection::In) {
        return std::nullopt;
    }
    return ProofTarget{mail->messageId, mail->recipient, casenumber::findAll(mail->subject).value(0), mail->subject};
}

bool MailLogPage::hasDocument(int row) const
{
    return m_model->rowAt(row).has_value();
}

} // namespace dm
