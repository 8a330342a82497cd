#include "ui/help/AboutDialog.h"

#include "api/Capabilities.h"
#include "support/VersionReport.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace dm {

AboutDialog::AboutDialog(const Capabilities& capabilities, bool connected, QWidget* parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("aboutBox"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("About Delivery Mailbox Admin"));
    setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    setTextFormat(Qt::RichText);

    ComponentVersions components = collectVersions();
    // The version this build was made as, whoever set (or did not set) the application's version.
    components.application = QStringLiteral(DM_VERSION);
    m_versions = versionsText(components, capabilities, connected);

    const QString version = tr("Version %1").arg(QStringLiteral(DM_VERSION));
    const QString purpose =
        tr("Administers official document delivery mailboxes: accounts, activation, delivery permissions and logs.");
    QString lines = m_versions.trimmed().toHtmlEscaped();
    lines.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    setText(QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p style=\"white-space:pre-wrap\">%4</p>")
                .arg(tr("Delivery Mailbox Admin").toHtmlEscaped(), version.toHtmlEscaped(), purpose.toHtmlEscaped(),
                     lines));
    setTextInteractionFlags(Qt::TextSelectableByMouse);

    QPushButton* copy = addButton(tr("Copy to clipboard"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("about.copy"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_versions); });
    addButton(QMessageBox::Ok);
    setDefaultButton(QMessageBox::Ok);
}

} // namespace dm
