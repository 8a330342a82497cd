#!/bin/sh
# Runs a command against a private, unlocked GNOME Keyring on a private D-Bus session: a temporary HOME and XDG
# directories, so the user's own keyring and files are never touched. Everything is removed afterwards.
#   with-keyring.sh command [args...]
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-keyring.sh: $tool is missing (packages dbus, gnome-keyring)" >&2
        exit 1
    fi
done

# DM_KEYRING_KEEP_DISPLAY=1 (the demo) keeps the display, so a window can still open; tests never set it.
keep_display=${DM_KEYRING_KEEP_DISPLAY:-0}
saved_display=${DISPLAY:-}
saved_wayland=${WAYLAND_DISPLAY:-}
saved_xauthority=${XAUTHORITY:-${HOME:-}/.Xauthority}

root=$(mktemp -d "${TMPDIR:-/tmp}/dm-keyring.XXXXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$root/home/.config" "$root/home/.local/share" "$root/home/.cache" "$root/runtime"
chmod 700 "$root/runtime"
export HOME="$root/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$root/runtime"
# Nothing may reach the user's session: no inherited bus, no X11 autolaunch, no desktop-specific keychain choice.
unset DBUS_SESSION_BUS_ADDRESS DBUS_STARTER_ADDRESS DBUS_STARTER_BUS_TYPE DISPLAY WAYLAND_DISPLAY
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
if [ "$keep_display" = 1 ]; then
    [ -n "$saved_display" ] && export DISPLAY="$saved_display" XAUTHORITY="$saved_xauthority"
    [ -n "$saved_wayland" ] && export WAYLAND_DISPLAY="$saved_wayland"
fi
# Tells the test it runs here and not against a real keyring.
export DM_TEST_KEYRING_HOME="$HOME"

# A throwaway password for the throwaway login keyring, read by the daemon from a file: never in argv or environ.
umask 077
od -An -N24 -tx1 /dev/urandom | tr -d ' \n' >"$root/password"

# The daemon runs in the foreground, as a child of this session's shell, so that it ends with the command (a
# daemonized one outlives the bus) and a test runner that kills the process tree takes it along.
status=0
dbus-run-session -- sh -c '
    password_file=$1
    shift
    gnome-keyring-daemon --foreground --unlock --components=secrets <"$password_file" >/dev/null &
    daemon=$!
    # Until the daemon owns the Secret Service name, a client would start a second, locked one through D-Bus activation.
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ] || ! kill -0 "$daemon" 2>/dev/null; then
            echo "with-keyring.sh: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
            kill "$daemon" 2>/dev/null
            exit 1
        fi
        sleep 0.1
    done
    rm -f "$password_file"
    status=0
    "$@" || status=$?
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
    exit "$status"
' sh "$root/password" "$@" || status=$?
exit "$status"
