#pragma once

#include <QString>

class QSettings;

namespace dm {

// The application's settings as "key = value" lines, sorted, for a support bundle. The settings should hold nothing
// secret or personal (secrets live in the keychain), but in case one ever does: a value whose key names a secret or
// a personal number is written as ***, binary values (window geometry) are given by their size only, and every key and
// value goes through scrubPii.
[[nodiscard]] QString settingsText(const QSettings& settings);

// Whether a settings key names something secret or personal (password, token, authCode, mobile, ID number...).
[[nodiscard]] bool isSensitiveSettingsKey(const QString& key);

} // namespace dm
