#pragma once

#include "store/AccountQuery.h"
#include "store/Outbox.h"
#include "ui/accounts/PiiReveal.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace dm {

class CacheSession;

// The right-hand pane of the Accounts page: the selected account's fields (ID number and mobile masked, the address
// basis in words), its activation timeline, its latest logins and whether a change to it is pending or failed.
// Revealing the ID number or the mobile is recorded in the audit ledger first and lasts until the selection changes.
class AccountDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit AccountDetailPane(QWidget* parent = nullptr);

    void setSession(CacheSession* session);
    void setUnitNames(const QHash<QString, QString>& names) { m_unitNames = names; }
    // Nothing selected, or several rows (`selectedRows` > 1): a short summary instead of the fields.
    void showAccount(const std::optional<AccountRow>& row, std::optional<OutboxState> outboxState,
                     int selectedRows = 1);
    [[nodiscard]] QString shownAccountName() const;

Q_SIGNALS:
    // A reveal could not be recorded, so nothing was shown.
    void revealFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();
    void reveal(Pii which);
    void loadLogins();

    QPointer<CacheSession> m_session;
    QHash<QString, QString> m_unitNames;
    std::optional<AccountRow> m_row;
    std::optional<OutboxState> m_outboxState;
    int m_selectedRows = 0;
    bool m_idRevealed = false;
    bool m_mobileRevealed = false;
    quint64 m_selectionSerial = 0; // answers for an earlier selection are dropped

    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_details = nullptr;
    QScrollArea* m_detailsScroll = nullptr;
    QList<QLabel*> m_captions;
    QLabel* m_address = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_jobNumber = nullptr;
    QLabel* m_unit = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_addressBasis = nullptr;
    QLabel* m_idNumber = nullptr;
    QPushButton* m_revealId = nullptr;
    QLabel* m_mobile = nullptr;
    QPushButton* m_revealMobile = nullptr;
    QLabel* m_created = nullptr;
    QLabel* m_updated = nullptr;
    QLabel* m_change = nullptr;
    QGroupBox* m_timelineBox = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QGroupBox* m_loginsBox = nullptr;
    QTreeWidget* m_logins = nullptr;
};

} // namespace dm
