#pragma once

#include "ui/pages/Page.h"
#include "ui/proof/ProofTarget.h"
#include "ui/timeline/TimelineModel.h"

#include <QList>
#include <QMetaObject>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dm {

class AccountCompleter;
class TimelineHeader;
class TimelineKindFilter;

// 账号时间线 (under Logs): everything about one recipient merged by time, newest first, from the cache: the account's
// creation, activation SMS, first login and activation, every login with its place, the mails received, read and
// sent, the administrators' operations on it and the policy changes that reached it (its own, its unit's, the
// domain's). Check boxes choose the kinds; the table pages lazily like the log tables, so thousands of logins scroll
// smoothly. A double-click on a mail opens its document in the case view.
class AccountTimelinePage final : public Page
{
    Q_OBJECT

public:
    explicit AccountTimelinePage(QWidget* parent = nullptr);
    ~AccountTimelinePage() override;

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;

    // Shows the timeline of an account name or address (what the field above the table takes too).
    void showAccount(const QString& accountName);
    // The account shown (as typed), empty when none.
    [[nodiscard]] QString account() const { return m_account; }

    [[nodiscard]] TimelineModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] TimelineKindFilter* kindFilter() const { return m_kinds; }

Q_SIGNALS:
    // The case of the account's case number (the link in the header).
    void caseRequested(const QString& caseNumber);
    // The document of a mail row (a double-click on a mail event).
    void documentRequested(qint64 mailId);
    // A proof-of-delivery pack for the selected document in this recipient's mailbox.
    void proofPacksRequested(const dm::ProofTargets& targets);

protected:
    void retranslateUi() override;

private:
    void load();
    void showTimelineOf(const QString& account);
    void applyListing();
    void readHeader();
    void openRow(const QModelIndex& index);
    [[nodiscard]] std::optional<ProofTarget> selectedProofTarget() const;

    QLabel* m_heading = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_noSession = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_accountLabel = nullptr;
    QLineEdit* m_accountEdit = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_makeProof = nullptr;
    AccountCompleter* m_completer = nullptr;
    TimelineHeader* m_header = nullptr;
    TimelineKindFilter* m_kinds = nullptr;
    QTableView* m_table = nullptr;
    TimelineModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QString m_account;
    qint64 m_rows = 0;
    quint64 m_headerAsked = 0;  // answers for an account no longer shown are dropped
    quint64 m_resolveAsked = 0; // the same for a typed name being resolved
    QTimer m_refreshTimer;      // coalesces the refreshes of a burst of sync batches
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace dm
