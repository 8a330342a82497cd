#pragma once

#include "ui/pages/Page.h"
#include "ui/proof/ProofTarget.h"

#include <QList>
#include <QMetaObject>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace dm {

class CaseTree;

// 案件送达 (under Logs): every document of a case and, for each, every recipient with delivered / read / not read and
// the times, so a clerk sees at a glance who has not opened the judgment yet. A case number is typed in any bracket
// spelling, or a mail row leads here; a double-click on a recipient (or "Open timeline") opens their timeline.
class CasePage final : public Page
{
    Q_OBJECT

public:
    explicit CasePage(QWidget* parent = nullptr);
    ~CasePage() override;

    [[nodiscard]] QString navigationTitle() const override;
    [[nodiscard]] QString heading() const override;
    void setSession(CacheSession* session) override;

    // Shows the case (the field takes it too; full-width brackets are fine).
    void showCase(const QString& caseNumber);
    // Shows the case of a mail row with that row's document selected (a subject that names no case: the deliveries of
    // that subject).
    void showDocument(qint64 mailId);

    [[nodiscard]] CaseTree* tree() const { return m_tree; }

Q_SIGNALS:
    void timelineRequested(const QString& accountName);
    void proofPacksRequested(const dm::ProofTargets& targets);
    void verifyPackRequested();

protected:
    void retranslateUi() override;

private:
    void load();
    void reload();
    void updateSummary();

    QLabel* m_heading = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_noSession = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_caseLabel = nullptr;
    QLineEdit* m_caseEdit = nullptr;
    QPushButton* m_show = nullptr;
    QLabel* m_summary = nullptr;
    CaseTree* m_tree = nullptr;
    QPushButton* m_openTimeline = nullptr;
    QPushButton* m_makeProof = nullptr;
    QPushButton* m_verifyProof = nullptr;
    QLabel* m_message = nullptr;
    // What is shown: a case number, or a mail row whose subject names none.
    QString m_caseNumber;
    qint64 m_mailId = 0;
    bool m_invalidInput = false;
    quint64 m_asked = 0; // answers for something no longer shown are dropped
    QTimer m_refreshTimer;
    QList<QMetaObject::Connection> m_sessionConnections;
};

} // namespace dm
