#include "ui/ConnectionIndicator.h"

#include "api/PlatformClient.h"
#include "api/UnitService.h"

#include <QEvent>

namespace dm {

ConnectionIndicator::ConnectionIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("status.connection"));
    render();
}

void ConnectionIndicator::check(PlatformClient& client, const QString& label)
{
    const int generation = ++m_generation;
    m_state = State::Checking;
    m_label = label;
    m_address = client.settings().baseUrl.toString();
    render();
    UnitService(client).list(this, [this, generation](const Expected<QList<Unit>, ApiError>& units) {
        if (generation != m_generation) {
            return;
        }
        if (units) {
            m_state = State::Connected;
            m_units = static_cast<int>(units->size());
        } else {
            m_state = State::Failed;
            m_error = units.error();
        }
        render();
    });
}

void ConnectionIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        render();
    }
    QLabel::changeEvent(event);
}

void ConnectionIndicator::render()
{
    switch (m_state) {
    case State::NotConnected:
        setText(tr("Not connected"));
        setToolTip(tr("Start dmadmin with a connection, e.g. the sandbox: packaging/demo.sh"));
        break;
    case State::Checking:
        setText(tr("Connecting to %1…").arg(m_label));
        setToolTip(m_address);
        break;
    case State::Connected:
        setText(tr("Connected: %1").arg(m_label));
        setToolTip(tr("%1 answers; %n unit(s) on the platform.", nullptr, m_units).arg(m_address));
        break;
    case State::Failed:
        setText(tr("Not connected: %1").arg(m_error.message()));
        setToolTip(m_error.requestId.isEmpty() ? m_address : tr("%1, request %2").arg(m_address, m_error.requestId));
        break;
    }
    setAccessibleName(text());
}

} // namespace dm
