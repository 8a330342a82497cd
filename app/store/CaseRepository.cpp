#include "store/CaseRepository.h"

#include "store/AccountRepository.h"
#include "store/AccountSql.h"
#include "store/CaseNumber.h"
#include "store/Db.h"
#include "store/LogRepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dm {

qint64 CaseDocument::firstTime() const
{
    return deliveries.isEmpty() ? 0 : deliveries.constFirst().mail.time;
}

qint64 CaseDocument::lastTime() const
{
    return deliveries.isEmpty() ? 0 : deliveries.constLast().mail.time;
}

int CaseDocument::readCount() const
{
    return int(std::count_if(deliveries.cbegin(), deliveries.cend(), [](const CaseDelivery& d) { return d.read(); }));
}

int CaseDocument::unreadCount() const
{
    return int(std::count_if(deliveries.cbegin(), deliveries.cend(),
                             [](const CaseDelivery& d) { return d.delivered() && !d.read(); }));
}

int CaseDocument::undeliveredCount() const
{
    return int(
        std::count_if(deliveries.cbegin(), deliveries.cend(), [](const CaseDelivery& d) { return !d.delivered(); }));
}

namespace {

struct RecipientState
{
    bool delivered = false;
    bool read = false;
};

QHash<QString, RecipientState> recipientStates(const QList<CaseDelivery>& deliveries)
{
    QHash<QString, RecipientState> states;
    for (const CaseDelivery& delivery : deliveries) {
        RecipientState& state = states[delivery.mail.recipient.toLower()];
        state.delivered = state.delivered || delivery.delivered();
        state.read = state.read || delivery.read();
    }
    return states;
}

} // namespace

int CaseDocument::recipientCount() const
{
    return int(recipientStates(deliveries).size());
}

int CaseDocument::unreadRecipientCount() const
{
    const auto states = recipientStates(deliveries);
    return int(std::count_if(states.cbegin(), states.cend(),
                             [](const RecipientState& state) { return state.delivered && !state.read; }));
}

int CaseDocument::undeliveredRecipientCount() const
{
    const auto states = recipientStates(deliveries);
    return int(
        std::count_if(states.cbegin(), states.cend(), [](const RecipientState& state) { return !state.delivered; }));
}

CaseRepository::CaseRepository(Db& db)
    : m_db(db)
{}

Expected<QList<MailRecord>, DbError> CaseRepository::receivedMails(const QString& text,
                                                                   const std::function<bool(const MailRecord&)>& keep,
                                                                   qsizetype maxRows, bool* truncated)
{
    LogRepository logs(m_db);
    MailLogFilter filter;
    filter.direction = MailDirection::In;
    filter.subject = text;
    LogPageRequest request;
    request.order = LogOrder::OldestFirst;
    request.limit = 10000;
    QList<MailRecord> kept;
    while (true) {
        auto rows = logs.mails(filter, request);
        if (!rows) {
            return Unexpected{rows.error()};
        }
        for (const MailRecord& mail : std::as_const(*rows)) {
            if (!keep(mail)) {
                continue;
            }
            if (kept.size() == maxRows) {
                if (truncated != nullptr) {
                    *truncated = true;
                }
                return kept;
            }
            kept.append(mail);
        }
        if (rows->size() < request.limit) {
            return kept;
        }
        request.after = LogPosition{rows->constLast().time, rows->constLast().id};
    }
}

Expected<void, DbError> CaseRepository::group(const QList<MailRecord>& mails, CaseOverview& overview)
{
    AccountRepository accounts(m_db);
    QHash<QString, std::optional<AccountRow>> recipients; // by lower-case address
    QHash<QString, qsizetype> documentOf;                 // subject -> index in overview.documents
    for (const MailRecord& mail : mails) {
        const QString address = mail.recipient.toLower();
        if (!recipients.contains(address)) {
            auto row = accounts.get(address.section(QLatin1Char('@'), 0, 0));
            if (!row) {
                return Unexpected{row.error()};
            }
            const bool same = *row && (*row)->account.address.compare(address, Qt::CaseInsensitive) == 0;
            recipients.insert(address, same ? *row : std::nullopt);
        }
        CaseDelivery delivery;
        delivery.mail = mail;
        delivery.accountName = address.section(QLatin1Char('@'), 0, 0);
        if (const auto& row = recipients.value(address)) {
            delivery.accountName = row->account.accountName;
            delivery.name = row->account.name;
        }
        auto found = documentOf.constFind(mail.subject);
        if (found == documentOf.cend()) {
            found = documentOf.insert(mail.subject, overview.documents.size());
            overview.documents.append(CaseDocument{mail.subject, {}});
        }
        overview.documents[*found].deliveries.append(delivery);
    }
    for (CaseDocument& document : overview.documents) {
        std::sort(document.deliveries.begin(), document.deliveries.end(), [](const auto& a, const auto& b) {
            return std::pair(a.mail.time, a.mail.id) < std::pair(b.mail.time, b.mail.id);
        });
    }
    std::sort(overview.documents.begin(), overview.documents.end(), [](const auto& a, const auto& b) {
        return std::pair(a.firstTime(), a.deliveries.constFirst().mail.id) >
               std::pair(b.firstTime(), b.deliveries.constFirst().mail.id);
    });
    return {};
}

Expected<CaseOverview, DbError> CaseRepository::overview(const QString& caseNumber)
{
    CaseOverview overview;
    overview.caseNumber = casenumber::normalise(caseNumber);
    if (overview.caseNumber.isEmpty()) {
        return overview;
    }
    // The serial part is the same in every bracket spelling, its digits are half- or full-width; the subject's own
    // case numbers decide.
    QList<MailRecord> mails;
    QSet<qint64> seen;
    for (const QString& serial : casenumber::serialSpellings(overview.caseNumber)) {
        auto found = receivedMails(serial, [&overview, &seen](const MailRecord& mail) {
            return !seen.contains(mail.id) && casenumber::findAll(mail.subject).contains(overview.caseNumber);
        });
        if (!found) {
            return Unexpected{found.error()};
        }
        for (const MailRecord& mail : std::as_const(*found)) {
            seen.insert(mail.id);
            mails.append(mail);
        }
    }
    if (auto grouped = group(mails, overview); !grouped) {
        return Unexpected{grouped.error()};
    }

    const QStringList spellings = casenumber::spellings(overview.caseNumber);
    auto statement = m_db.prepare(std::string("SELECT ") + accountsql::selectColumns() +
                                  " FROM accounts a WHERE a.job_number IN (?, ?, ?) ORDER BY a.created_at, a.id");
    if (!statement) {
        return Unexpected{statement.error()};
    }
    for (int i = 0; i < spellings.size(); ++i) {
        statement->bind(i + 1, spellings.at(i));
    }
    while (true) {
        auto row = statement->step();
        if (!row) {
            return Unexpected{row.error()};
        }
        if (!*row) {
            break;
        }
        CaseParty party{accountsql::readRow(*statement), 0};
        for (const CaseDocument& document : std::as_const(overview.documents)) {
            party.deliveries += int(std::count_if(
                document.deliveries.cbegin(), document.deliveries.cend(), [&party](const CaseDelivery& delivery) {
                    return delivery.mail.recipient.compare(party.account.account.address, Qt::CaseInsensitive) == 0;
                }));
        }
        overview.parties.append(party);
    }
    return overview;
}

Expected<std::optional<CaseOverview>, DbError> CaseRepository::forMail(qint64 mailId)
{
    auto mail = LogRepository(m_db).mail(mailId);
    if (!mail) {
        return Unexpected{mail.error()};
    }
    if (!*mail) {
        return std::optional<CaseOverview>{};
    }
    const QStringList numbers = casenumber::findAll((*mail)->subject);
    // A reply ("回复：关于…") leads to the document it answers.
    QString subject = (*mail)->subject;
    if ((*mail)->direction == MailDirection::Out && subject.startsWith(QStringLiteral("回复："))) {
        subject = subject.mid(3);
    }
    Expected<CaseOverview, DbError> found = CaseOverview{};
    if (!numbers.isEmpty()) {
        found = overview(numbers.constFirst());
    } else if (!subject.trimmed().isEmpty()) {
        auto mails = receivedMails(
            subject, [&subject](const MailRecord& row) { return row.subject == subject; }, MaxCaselessDeliveries,
            &found->truncated);
        if (!mails) {
            return Unexpected{mails.error()};
        }
        if (auto grouped = group(*mails, *found); !grouped) {
            return Unexpected{grouped.error()};
        }
    }
    if (!found) {
        return Unexpected{found.error()};
    }
    found->focusSubject = subject;
    found->focusMailId = mailId;
    return std::optional<CaseOverview>{std::move(*found)};
}

} // namespace dm
