#!/bin/sh
# Runs a command with a keychain that needs nobody to answer a prompt. dmadmin keeps its cache key in the system
# keychain and has no fallback: a desktop session has a keychain, but a bare X server (xvfb-run), a remote shell or a
# container usually has none. Then the command runs under a private, unlocked, throwaway GNOME Keyring that keeps the
# display, so the window still opens and the keyring never asks for a password (its cache goes with it).
#   demo-keychain.sh command [args...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)

# Only a keychain that already runs counts. One that D-Bus would merely activate (a headless bus, an ssh session) has no
# unlocked login keyring, and would ask on the display for a new keyring's password. Without a bus address, dbus-send
# would autolaunch a bus of its own on the X display, which is what a bare xvfb-run gives.
session_has_keychain() {
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] &&
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
}

if session_has_keychain; then
    exec "$@"
fi
echo "demo: no keychain in this session; using a temporary private keyring (the demo's cache goes with it)" >&2
DM_KEYRING_KEEP_DISPLAY=1 exec /bin/sh "$here/../tests/integration/secrets/with-keyring.sh" "$@"
