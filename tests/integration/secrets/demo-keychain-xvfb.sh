#!/bin/sh
# The demo's keychain path on a virtual display: packaging/demo-keychain.sh under xvfb-run, with no session bus, as
# `xvfb-run -a packaging/demo.sh` runs it. dmctl then syncs a sandbox court into a new cache and verifies it, which
# makes and reads the cache key in the keychain. A keyring that asked for a password would show its prompt on the
# display, where nobody answers: the run then hangs until the time limit, or fails, and so does this test.
#   demo-keychain-xvfb.sh DMCTL DMSANDBOX
set -eu
dmctl=$1
dmsandbox=$2
source_dir=$(cd "$(dirname "$0")/../../.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/dm-demo-keychain.XXXXXXXX")
sandbox=
cleanup() {
    if [ -n "$sandbox" ]; then
        kill "$sandbox" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

"$dmsandbox" --data-dir "$work/platform" --scale small --listen 127.0.0.1:0 >"$work/connection.json" \
    2>"$work/dmsandbox.log" &
sandbox=$!
tries=0
until [ -s "$work/connection.json" ]; do
    tries=$((tries + 1))
    if [ "$tries" -ge 600 ] || ! kill -0 "$sandbox" 2>/dev/null; then
        echo "dmsandbox did not start:" >&2
        cat "$work/dmsandbox.log" >&2
        exit 1
    fi
    sleep 0.1
done
# The live court's simulation writes each second's rows at its next tick, up to a second after their time: a sync
# finished within that second would miss them, and the verify below would rightly report the gap.
sleep 1.5

# What runs inside the keychain: it must still see the display (the window of the demo would), and the cache opens.
cat >"$work/inside.sh" <<'INSIDE'
set -eu
[ -n "${DISPLAY:-}" ] || { echo "the demo's keyring dropped the display" >&2; exit 1; }
"$1" --sandbox-config "$2" sync
"$1" --sandbox-config "$2" cache verify
INSIDE

status=0
env -u DBUS_SESSION_BUS_ADDRESS -u DBUS_STARTER_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY \
    timeout -k 5 90 xvfb-run -a "$source_dir/packaging/demo-keychain.sh" \
    /bin/sh "$work/inside.sh" "$dmctl" "$work/connection.json" >"$work/out.txt" 2>"$work/err.txt" || status=$?
cat "$work/out.txt"
if [ "$status" -ne 0 ]; then
    echo "the demo's keychain path failed (exit $status):" >&2
    cat "$work/err.txt" >&2
    exit 1
fi
if ! grep -q "temporary private keyring" "$work/err.txt"; then
    echo "the demo did not take its private keyring:" >&2
    cat "$work/err.txt" >&2
    exit 1
fi
grep -q "^integrity: ok" "$work/out.txt" || { echo "the cache did not verify" >&2; exit 1; }
echo "the demo's private keyring opened a cache on a virtual display"
