#pragma once

class QSettings;
class QWidget;

namespace dm {

class Capabilities;
class CacheSession;

// Help › Export diagnostics…: asks where to save the bundle (dmadmin-diagnostics-<date>.zip in the export folder of
// the Settings page, else the log exports' last folder, else Documents), writes it while a busy indicator shows, then
// says where it went or why it failed. Returns at once; the rest happens in the event loop. `settings` must outlive
// `parent`.
void exportDiagnostics(QWidget* parent, QSettings& settings, CacheSession* session, const Capabilities& capabilities);

} // namespace dm
