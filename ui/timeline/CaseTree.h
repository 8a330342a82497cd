#pragma once

#include "store/CaseRepository.h"
#include "ui/proof/ProofTarget.h"

#include <QTreeWidget>

#include <optional>

namespace dm {

// The documents of a case, each with its recipients below it: who received it when, who read it when and with what,
// and who has not opened it yet (an icon and the words "Not read", never a colour alone). A document's line counts its
// recipients and how many have not read it; a recipient who had it more than once has a line per delivery. Parties of
// the case that no document has reached yet are listed last.
class CaseTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column
    {
        RecipientColumn, // the document's subject on a document line
        StateColumn,
        DeliveredColumn,
        ReadColumn,
        ReadWithColumn,
        ColumnCount,
    };
    enum Role
    {
        AccountNameRole = Qt::UserRole + 1, // on a recipient line
        MailIdRole,                         // on a recipient line
        DocumentIndexRole,                  // on a document line: its index in the overview's documents
    };

    explicit CaseTree(QWidget* parent = nullptr);

    void showOverview(const std::optional<CaseOverview>& overview);
    [[nodiscard]] const std::optional<CaseOverview>& overview() const { return m_overview; }
    // The account of the selected recipient line, empty when none is selected.
    [[nodiscard]] QString selectedAccount() const;
    // The deliveries proof-of-delivery packs are for: those of the selected recipient and document lines, or of
    // the whole case when nothing is selected.
    [[nodiscard]] ProofTargets proofTargets() const;
    // The line of a mail row, or null.
    [[nodiscard]] QTreeWidgetItem* itemOfMail(qint64 mailId) const;
    // What a document's line says of its recipients ("1 of 3 recipients not read").
    [[nodiscard]] static QString documentState(const CaseDocument& document);
    void retranslateUi();

Q_SIGNALS:
    // A recipient line was double-clicked or Enter was pressed on it.
    void recipientActivated(const QString& accountName);

private:
    void fill();
    void addDelivery(QTreeWidgetItem* document, const CaseDelivery& delivery);

    std::optional<CaseOverview> m_overview;
};

} // namespace dm
