#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and open dmadmin.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packaging/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target dmadmin

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
    echo "demo: no display found; run it on a desktop, or under a virtual one: xvfb-run -a packaging/demo.sh" >&2
    exit 1
fi
exec build/dev/ui/dmadmin "$@"
