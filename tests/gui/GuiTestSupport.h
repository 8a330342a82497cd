#pragma once

#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dm::test {

// Settings in a temporary INI file, never the user's real ones, plus a LanguageManager and MainWindow built on them,
// wired exactly as main() wires them. reopen() destroys and rebuilds the window over the same settings, as a restart
// of the application would.
class GuiFixture
{
public:
    GuiFixture()
    {
        // Belt and braces: anything that asks QStandardPaths gets test locations too.
        QStandardPaths::setTestModeEnabled(true);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("dmadmin.ini")), QSettings::IniFormat);
        m_languages = std::make_unique<LanguageManager>(*m_settings);
    }

    GuiFixture(const GuiFixture&) = delete;
    GuiFixture& operator=(const GuiFixture&) = delete;

    ~GuiFixture()
    {
        // The window goes first: it refers to the language manager and the settings.
        m_window.reset();
        m_languages.reset();
    }

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    [[nodiscard]] QSettings& settings() { return *m_settings; }
    [[nodiscard]] LanguageManager& languages() { return *m_languages; }
    [[nodiscard]] MainWindow* window() const { return m_window.get(); }

    // Shows a new window and waits until it is exposed and active (shortcuts need an active window).
    [[nodiscard]] bool open()
    {
        m_window = std::make_unique<MainWindow>(*m_languages, *m_settings);
        m_window->show();
        m_window->activateWindow();
        return QTest::qWaitForWindowExposed(m_window.get()) && QTest::qWaitForWindowActive(m_window.get());
    }

    // Closes the window as the user would (which saves its state), then opens a new one.
    [[nodiscard]] bool reopen()
    {
        m_window->close();
        m_window.reset();
        m_settings->sync();
        return open();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

// True if the text holds a CJK ideograph, i.e. it has been translated into Chinese.
[[nodiscard]] inline bool hasChinese(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

} // namespace dm::test
