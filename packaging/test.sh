#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build everything with warnings as errors, run every test.
# Exits non-zero when anything fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
