#pragma once

namespace dm {

// Routes every Qt log message (qDebug ... qFatal, all categories, all threads) through scrubPii before the
// previously installed handler writes it, so no log line carries an ID number, a mobile or a token even when a
// developer logs one by mistake. Call once, early in main().
void installScrubbingMessageHandler();

} // namespace dm
