#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dm {

class CacheSession;

// Checks a proof-of-delivery pack someone hands in: every hash, the event chain, the time-stamp, the signature and
// the report's binding, one line per check, on a pool thread. The verdict is recorded in the audit ledger with the
// pack's SHA-256 when a profile is open.
class VerifyPackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyPackDialog(CacheSession* session, QWidget* parent = nullptr);

    // Verifies `path` as the Verify button does.
    void verify(const QString& path);

Q_SIGNALS:
    void verified(bool sound);

private:
    void choosePack();
    void chooseChain();

    QPointer<CacheSession> m_session;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_chain = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QTreeWidget* m_checks = nullptr;
    QLabel* m_verdict = nullptr;
    bool m_busy = false;
};

} // namespace dm
