#!/usr/bin/env bash
# The screenshots of the user guide (resources/guide/images): builds dmadmin, dmsandbox and dmctl, starts a small
# sandbox court and a throwaway keychain, and runs the real dmadmin on a virtual X server (1600x1000) once per page and
# language (zh_CN, en), capturing the screen when the app says the page is shown (dmadmin --show-page, hidden from
# --help). Nothing of the user's own settings, keychain or sandbox is touched.
#   packaging/screenshots.sh [outdir]        (default: resources/guide/images)
# Needs (Debian): xvfb, imagemagick, dbus, gnome-keyring (as the tests do); pngquant is used when present.
# Not part of the quick start, so these are not in packaging/debian-packages.txt.
# DM_BUILD_PRESET picks the build tree (default dev, as demo.sh; ci reuses the test build); DM_NO_BUILD=1 skips the build.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ "${1:-}" = --inside-keychain ]; then
    # Second half, inside with-keyring.sh: a private HOME, so settings and cache start empty.
    shift
    bin=$1 connection=$2 out=$3 work=$4
    export DMADMIN_LANG QT_QPA_PLATFORM=xcb
    ctl() { "$bin/app/cli/dmctl" "$@" --sandbox-config "$connection"; }

    # A recipient with a delivered document, and its case, for the timeline and the case view.
    ctl sync >/dev/null 2>&1 || true
    mail=$(ctl logs search --type mail --format csv 2>/dev/null | sed -n 2p)
    account=$(printf '%s\n' "$mail" | cut -d, -f5 | cut -d@ -f1)
    case_number=$(printf '%s\n' "$mail" | grep -o '([0-9]\{4\})[^,号]*号' | head -n1 || true)

    # One run of dmadmin: shows PAGE, waits for its "showing page" line, captures the screen to NAME.png.
    shot() {
        local name=$1 page=$2 log="$work/dmadmin-$1.log"
        "$bin/ui/dmadmin" -qwindowgeometry 1600x1000+0+0 --sandbox-config "$connection" --show-page "$page" \
            >"$log" 2>&1 &
        local app=$!
        for _ in $(seq 1 600); do
            grep -q '^dmadmin: showing page' "$log" && break
            kill -0 "$app" 2>/dev/null || { echo "screenshots: dmadmin stopped; see $log" >&2; return 1; }
            sleep 0.1
        done
        grep -q '^dmadmin: showing page' "$log" || { echo "screenshots: $page never showed" >&2; kill "$app"; return 1; }
        import -window root "$work/$name.png"
        kill "$app"
        wait "$app" 2>/dev/null || true
        echo "screenshots: $name ($page)" >&2
    }

    shot warmup accounts # the first session syncs the whole court into the new cache
    for lang in zh_CN en; do
        DMADMIN_LANG=$lang
        shot "accounts-$lang" accounts
        shot "activation-$lang" activation
        shot "permissions-$lang" permissions
        shot "logs-logins-$lang" logs.logins
        shot "logs-mail-$lang" logs.mail
        [ -n "$account" ] && shot "timeline-$lang" "logs.timeline:$account"
        [ -n "$case_number" ] && shot "case-$lang" "logs.case:$case_number"
        shot "statistics-$lang" statistics
    done
    rm -f "$work/warmup.png"
    # PNG8 keeps the guide small; the screens are flat colours, so 256 of them lose next to nothing.
    for png in "$work"/*.png; do
        target="$out/$(basename "$png")"
        if command -v pngquant >/dev/null 2>&1; then
            pngquant --force --quality 60-90 --output "$target" "$png"
        else
            convert "$png" -colors 256 "PNG8:$target"
        fi
        chmod 644 "$target" # made under the keychain's umask 077; the pictures are part of the source tree
    done
    exit 0
fi

out=$(realpath -m "${1:-$root/resources/guide/images}")
mkdir -p "$out"
for tool in Xvfb import convert dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || {
        echo "screenshots: $tool is missing (apt-get install xvfb imagemagick dbus gnome-keyring)" >&2
        exit 1
    }
done

cd "$root"
preset=${DM_BUILD_PRESET:-dev}
if [ "${DM_NO_BUILD:-0}" != 1 ]; then # DM_NO_BUILD=1: the three are built already
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --target dmadmin dmsandbox dmctl
fi
bin="$root/build/$preset"

work=$(mktemp -d "${TMPDIR:-/tmp}/dm-screenshots.XXXXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# A virtual screen of its own; -displayfd picks a free display number.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "screenshots: Xvfb did not start; see $work/xvfb.log" >&2; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"

# A small court of its own, frozen (--speed 0) so the pages show the same rows in both languages.
mkdir -m 700 "$work/court"
(umask 077 && : >"$work/connection.json")
"$bin/app/sandbox/dmsandbox" --data-dir "$work/court" --scale small --seed 20261205 --speed 0 --listen 127.0.0.1:0 \
    >"$work/connection.json" 2>"$work/dmsandbox.log" &
pids+=($!)
for _ in $(seq 1 600); do [ -s "$work/connection.json" ] && break; sleep 0.1; done
[ -s "$work/connection.json" ] || { echo "screenshots: dmsandbox did not start" >&2; exit 1; }

DM_KEYRING_KEEP_DISPLAY=1 /bin/sh tests/integration/secrets/with-keyring.sh \
    bash "$root/packaging/screenshots.sh" --inside-keychain "$bin" "$work/connection.json" "$out" "$work"
du -ch "$out"/*.png | tail -n1 >&2
