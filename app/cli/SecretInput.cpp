#include "cli/SecretInput.h"

#include <QtGlobal>

#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace dm {
namespace {

// Echo of the terminal on standard input off for as long as it lives (nothing to do when it is no terminal).
class EchoOff
{
public:
    EchoOff()
    {
#if defined(Q_OS_WIN)
        m_input = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_input, &m_mode) && SetConsoleMode(m_input, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
#if defined(Q_OS_WIN)
        SetConsoleMode(m_input, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
#if defined(Q_OS_WIN)
    HANDLE m_input = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

bool inputIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

QString readSecretLine(const QString& prompt, QTextStream& err)
{
    const bool terminal = inputIsTerminal();
    if (terminal) {
        err << prompt << Qt::flush;
    }
    std::string line;
    {
        const EchoOff quiet;
        std::getline(std::cin, line);
    }
    if (terminal) {
        err << Qt::endl; // the Enter the user typed was not echoed either
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    QString secret = QString::fromLocal8Bit(line);
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace dm
