#pragma once

#include "api/ApiError.h"

#include <QLabel>
#include <QPointer>

namespace dm {

class PlatformClient;

// The status-bar line that says whether the platform answers: it checks in the background (a token and one API
// call) and shows the verdict, in the current language, with the technical detail in the tooltip.
class ConnectionIndicator final : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget* parent = nullptr);

    // Starts a check; the UI never waits for it. `label` names the connection, e.g. the sandbox or a profile.
    void check(PlatformClient& client, const QString& label);

    enum class State
    {
        NotConnected,
        Checking,
        Connected,
        Failed,
    };
    [[nodiscard]] State state() const { return m_state; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    State m_state = State::NotConnected;
    QString m_label;
    QString m_address;
    int m_units = 0;
    ApiError m_error;
    int m_generation = 0; // a newer check makes older answers irrelevant
};

} // namespace dm
