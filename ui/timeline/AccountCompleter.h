#pragma once

#include <QCompleter>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QStandardItemModel;

namespace dm {

class CacheSession;

// Offers cached accounts while an account name or a recipient's name is typed into `edit`: a short pause after a key,
// the worker thread looks up accounts whose account name or name starts with the text, and the popup lists them as
// "zhangwei  张伟  (2026)粤0104民初1234号". Choosing one puts its account name into the field.
class AccountCompleter final : public QCompleter
{
    Q_OBJECT

public:
    explicit AccountCompleter(QLineEdit* edit);

    void setSession(CacheSession* session);
    // Looks the field's text up now and pops the list up (when the field has the focus).
    void suggest();

private:
    void lookUp();

    QLineEdit* m_edit = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    QPointer<CacheSession> m_session;
    QTimer m_pause;
    quint64 m_asked = 0; // answers to an older text are dropped
};

} // namespace dm
