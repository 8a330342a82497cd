#pragma once

#include <QMessageBox>
#include <QString>

namespace dm {

class Capabilities;

// Help › About: what this build is and what it really runs on (Qt, OpenSSL as Qt Network loaded it, SQLCipher and
// SQLite, the keychain), and what the open session's platform serves, family by family. "Copy to clipboard" copies
// the same lines as plain text for a support ticket (and closes the box, as About boxes' Copy buttons do).
class AboutDialog final : public QMessageBox
{
    Q_OBJECT

public:
    AboutDialog(const Capabilities& capabilities, bool connected, QWidget* parent = nullptr);

    // The lines shown below the title, as plain text: what "Copy to clipboard" copies.
    [[nodiscard]] QString versions() const { return m_versions; }

private:
    QString m_versions;
};

} // namespace dm
