#pragma once

#include "core/Expected.h"
#include "core/LogRecords.h"
#include "store/AccountQuery.h"
#include "store/DbError.h"

#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace dm {

class Db;

// One delivery of a document: a mail row of one recipient's mailbox, with the recipient as the accounts cache knows
// them (name empty when the address is not a cached account).
struct CaseDelivery
{
    MailRecord mail;
    QString accountName; // the recipient address's local part
    QString name;        // the recipient's name, from the accounts cache
    [[nodiscard]] bool delivered() const { return mail.status == MailStatus::Received; }
    [[nodiscard]] bool read() const { return mail.readAt.has_value(); }
};

// One document of a case: every delivery of one subject, oldest first.
struct CaseDocument
{
    QString subject;
    QList<CaseDelivery> deliveries;
    [[nodiscard]] qint64 firstTime() const;
    [[nodiscard]] qint64 lastTime() const;
    // Deliveries: read; delivered to the mailbox and not opened yet; held back by the platform (spam, intercepted,
    // deferred), which the recipient cannot have opened.
    [[nodiscard]] int readCount() const;
    [[nodiscard]] int unreadCount() const;
    [[nodiscard]] int undeliveredCount() const;
    // Recipients (one may have had the document more than once): all of them; those it reached who have opened no
    // copy of it yet; those no copy reached.
    [[nodiscard]] int recipientCount() const;
    [[nodiscard]] int unreadRecipientCount() const;
    [[nodiscard]] int undeliveredRecipientCount() const;
};

// An account whose jobNumber is the case number: a party of the case, with how many deliveries it has among the
// case's documents (0: none reached it yet).
struct CaseParty
{
    AccountRow account;
    int deliveries = 0;
};

struct CaseOverview
{
    QString caseNumber;            // canonical (store/CaseNumber.h); empty for a subject that names no case
    QList<CaseDocument> documents; // newest first (by their first delivery)
    QList<CaseParty> parties;      // in the order the accounts were created
    QString focusSubject;          // the document a mail row led to (forMail), else empty
    qint64 focusMailId = 0;        // that mail row
    // A subject that names no case may be a notice sent to the whole domain: its deliveries are read up to a bound,
    // and this says the list stops there.
    bool truncated = false;
};

// The per-case view over the cache (used in CacheSession jobs, in the worker thread).
//
// What a document of a case is, given what the platform's mail log carries: the log has one row per mailbox (a
// message id is unique per row, so one document sent to three parties is three rows with three message ids and
// slightly different times). What those rows share is the subject, which names the case ("关于<case number>案件的
// <document>"). So the case's rows are the received mails (direction in) whose subject holds the case number, in any
// spelling of its brackets; rows with the same subject are one document, and each row is one delivery to one
// recipient. Replies (direction out, "回复：…") are the parties' own mails, not the court's documents, and are left
// out. The accounts whose jobNumber is the case number are its parties: they are listed too, so a party no document
// has reached yet shows.
class CaseRepository
{
public:
    explicit CaseRepository(Db& db);

    // The documents and parties of `caseNumber` (any spelling; an input that is no case number finds nothing).
    [[nodiscard]] Expected<CaseOverview, DbError> overview(const QString& caseNumber);
    // The case a mail row belongs to, focused on that row's document; for a subject that names no case, the documents
    // with exactly that subject. nullopt when the row is not cached.
    [[nodiscard]] Expected<std::optional<CaseOverview>, DbError> forMail(qint64 mailId);

    // The most deliveries read for a subject that names no case.
    static constexpr int MaxCaselessDeliveries = 5000;

private:
    // The received mails whose subject holds `text` (through the subject index), kept when `keep` says so, oldest
    // first, at most `maxRows` of them (`truncated` says whether more were left).
    [[nodiscard]] Expected<QList<MailRecord>, DbError>
    receivedMails(const QString& text, const std::function<bool(const MailRecord&)>& keep,
                  qsizetype maxRows = std::numeric_limits<qsizetype>::max(), bool* truncated = nullptr);
    [[nodiscard]] Expected<void, DbError> group(const QList<MailRecord>& mails, CaseOverview& overview);

    Db& m_db;
};

} // namespace dm
