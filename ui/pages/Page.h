#pragma once

#include "api/Capabilities.h"

#include <QList>
#include <QString>
#include <QWidget>

namespace dm {

class CacheSession;

// One entry of the navigation tree and the widget the main window shows for it.
// Subclasses translate their own texts in retranslateUi(), which runs once from their constructor and again on every
// QEvent::LanguageChange, so switching language never needs a restart.
class Page : public QWidget
{
    Q_OBJECT

public:
    // pageId is stable and never translated: it names the page in settings, in objectName ("page.<id>") and in tests.
    // parentPageId is empty for a top-level navigation entry.
    Page(QString pageId, QString parentPageId, QWidget* parent);

    [[nodiscard]] QString pageId() const { return m_pageId; }
    [[nodiscard]] QString parentPageId() const { return m_parentPageId; }

    // Short label for the navigation tree ("Accounts").
    [[nodiscard]] virtual QString navigationTitle() const = 0;
    // Heading shown on the page and in the View menu ("Operation log").
    [[nodiscard]] virtual QString heading() const = 0;

    // The open profile's cache and work queue, or null while no profile is open. A page that shows data overrides
    // this to (re)load; the session outlives the page's use of it (the main window sets null before it goes).
    virtual void setSession(CacheSession* session) { m_session = session; }
    [[nodiscard]] CacheSession* session() const { return m_session; }

    // The families of platform endpoints the page's data comes from: where the platform lacks one, the main window
    // greys the page out and says why (api/Capabilities.h).
    [[nodiscard]] const QList<ApiFamily>& requiredFamilies() const { return m_requiredFamilies; }
    // What the open profile's platform serves, for pages whose single actions need more than the page itself.
    virtual void setCapabilities(const Capabilities& capabilities) { (void)capabilities; }

Q_SIGNALS:
    // Asks the main window to show another page, e.g. from a link on an overview page.
    void pageRequested(const QString& pageId);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;
    void setRequiredFamilies(QList<ApiFamily> families) { m_requiredFamilies = std::move(families); }

private:
    QString m_pageId;
    QString m_parentPageId;
    CacheSession* m_session = nullptr;
    QList<ApiFamily> m_requiredFamilies;
};

} // namespace dm
