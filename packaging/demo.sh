#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, start the sandbox platform (dmsandbox) and open dmadmin
# connected to it. The sandbox keeps its court in ${XDG_DATA_HOME:-~/.local/share}/dmadmin/sandbox between runs;
# it stops when dmadmin closes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packaging/install-deps.sh
cmake --preset dev >/dev/null
# dmctl too: the README's command-line examples use it from build/dev.
cmake --build --preset dev --target dmadmin dmsandbox dmctl

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "demo: no display found; run it on a desktop, or under a virtual one: xvfb-run -a packaging/demo.sh" >&2
    exit 1
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}/dmadmin/sandbox"
mkdir -p "$data"
chmod 700 "$data"
connection="$data/connection.json"
rm -f "$connection"
(umask 077 && : >"$connection")
build/dev/app/sandbox/dmsandbox --data-dir "$data" --listen 127.0.0.1:0 >"$connection" 2>"$data/dmsandbox.log" &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true' EXIT
# The first start generates the court (a few seconds); the connection line comes once it listens.
for _ in $(seq 1 600); do
    [ -s "$connection" ] && break
    kill -0 "$sandbox" 2>/dev/null || { echo "demo: dmsandbox stopped; see $data/dmsandbox.log" >&2; exit 1; }
    sleep 0.1
done
[ -s "$connection" ] || { echo "demo: dmsandbox did not start; see $data/dmsandbox.log" >&2; exit 1; }
# The app keeps its cache key in the system keychain; without one in this session the demo uses a private one.
packaging/demo-keychain.sh build/dev/ui/dmadmin --sandbox-config "$connection" "$@"
