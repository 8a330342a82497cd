#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QWidget;

namespace dm {

class LanguageManager;

// Help > User guide: the user guide bundled under :/guide/<locale>/ in a non-modal window, in the interface language
// (English where a language has no guide), following a language switch to the same page of the other guide. Links
// between the guide's pages stay in the window; links to the web open in the system browser.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(LanguageManager& languages, QWidget* parent = nullptr);

    // qrc:/guide/<locale>/<page>, or English's page where the locale has no guide.
    [[nodiscard]] static QUrl guideUrl(const QString& locale, const QString& page = QStringLiteral("index.html"));
    // The locale of the guide shown ("zh_CN", "en").
    [[nodiscard]] QString guideLocale() const { return m_guideLocale; }
    [[nodiscard]] QUrl currentPage() const;
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

    void showHome();
    // Ctrl+F: the find bar; Enter finds the next match, Shift+Enter the previous one, Escape closes it.
    void showFindBar();
    bool findNext(bool backwards = false);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followLanguage();
    void retranslateUi();
    void updateNavigation();

    LanguageManager& m_languages;
    QString m_guideLocale;
    QTextBrowser* m_browser = nullptr;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_forwardButton = nullptr;
    QToolButton* m_homeButton = nullptr;
    QToolButton* m_findButton = nullptr;
    QWidget* m_findBar = nullptr;
    QLabel* m_findLabel = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QLabel* m_findStatus = nullptr;
    bool m_followQueued = false;
};

} // namespace dm
