#include "ui/timeline/AccountCompleter.h"

#include "store/TimelineRepository.h"
#include "sync/CacheSession.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

namespace dm {

namespace {

constexpr int kSuggestions = 12;
constexpr int kAccountNameRole = Qt::UserRole + 1;

} // namespace

AccountCompleter::AccountCompleter(QLineEdit* edit)
    : QCompleter(edit)
    , m_edit(edit)
    , m_suggestions(new QStandardItemModel(this))
{
    setModel(m_suggestions);
    // The worker already chose the matches (a name typed in Chinese matches an account name in pinyin): no filtering.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCompletionRole(kAccountNameRole);
    setMaxVisibleItems(kSuggestions);
    edit->setCompleter(this);
    m_pause.setSingleShot(true);
    m_pause.setInterval(std::chrono::milliseconds(200));
    connect(&m_pause, &QTimer::timeout, this, &AccountCompleter::lookUp);
    connect(edit, &QLineEdit::textEdited, this, [this] { m_pause.start(); });
}

void AccountCompleter::setSession(CacheSession* session)
{
    m_session = session;
    m_suggestions->clear();
}

void AccountCompleter::suggest()
{
    m_pause.stop();
    lookUp();
}

void AccountCompleter::lookUp()
{
    const QString typed = m_edit->text().trimmed();
    const quint64 asked = ++m_asked;
    if (m_session == nullptr || typed.isEmpty()) {
        m_suggestions->clear();
        return;
    }
    using Answer = Expected<QList<AccountSuggestion>, DbError>;
    m_session->query<Answer>([typed](Db& db) { return TimelineRepository(db).suggestions(typed, kSuggestions); }, this,
                             [this, asked](Answer answer) {
                                 if (asked != m_asked || !answer) {
                                     return;
                                 }
                                 m_suggestions->clear();
                                 for (const AccountSuggestion& suggestion : std::as_const(*answer)) {
                                     QStringList parts{suggestion.accountName, suggestion.name, suggestion.jobNumber};
                                     parts.removeAll(QString());
                                     auto* item = new QStandardItem(parts.join(QStringLiteral("  ")));
                                     item->setData(suggestion.accountName, kAccountNameRole);
                                     m_suggestions->appendRow(item);
                                 }
                                 if (m_edit->hasFocus() && m_suggestions->rowCount() > 0) {
                                     complete();
                                 } else {
                                     popup()->hide();
                                 }
                             });
}

} // namespace dm
