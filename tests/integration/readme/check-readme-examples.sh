#!/usr/bin/env bash
# Runs the README's command-line examples as a new user would paste them after the two quick-start commands: the shell
# block of "The sandbox platform and the command line", with the build/dev paths pointing at the executables under
# test and /tmp/ at a private folder. Any example that fails fails this check, with its line.
#   check-readme-examples.sh SOURCE_DIR DMCTL DMSANDBOX
# Run it under tests/integration/secrets/with-keyring.sh: dmctl keeps its cache key in the keychain.
set -euo pipefail
if [ "$#" -ne 3 ]; then
    echo "usage: $0 SOURCE_DIR DMCTL DMSANDBOX" >&2
    exit 2
fi
source_dir=$1
dmctl=$2
dmsandbox=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/dm-readme.XXXXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tmp" "$work/cwd"

# The first ```sh block after the section's heading, up to its closing fence.
awk '
    /^## The sandbox platform and the command line/ { section = 1; next }
    section && /^## / { exit }
    section && !inside && /^```sh$/ { inside = 1; next }
    inside && /^```$/ { exit }
    inside { print }
' "$source_dir/README.md" >"$work/examples.sh"
if ! grep -q 'dmctl' "$work/examples.sh"; then
    echo "check-readme-examples: no dmctl examples found in README.md" >&2
    exit 1
fi

# Paths as the README writes them, pointed at what is under test. `|` as the sed separator: none of the paths has one.
# /tmp/ first: the executables under test may themselves live under /tmp.
sed -e "s|/tmp/|$work/tmp/|g" \
    -e "s|build/dev/app/cli/dmctl|$dmctl|g" \
    -e "s|build/dev/app/sandbox/dmsandbox|$dmsandbox|g" "$work/examples.sh" >"$work/run.sh"
for program in "$dmctl" "$dmsandbox"; do
    if [ ! -x "$program" ]; then
        echo "check-readme-examples: $program is not an executable" >&2
        exit 1
    fi
done

# What a user types where the README says to type it: the recipient's numbers for the personal-data file.
printf 'mobile=13800138000\nid-number=11010519491231002X\n' >"$work/typed"

cd "$work/cwd"
# -e: the first failing example stops the run; the trap names it. The sandbox started in the background goes with it.
status=0
# A bound of its own, well inside ctest's, so that an example that waits for ever (a sandbox that never started)
# fails with its output rather than being killed without it.
timeout 240 bash -c '
    set -eEuo pipefail
    trap '\''echo "README example failed (exit $?): $BASH_COMMAND" >&2'\'' ERR
    trap '\''kill $(jobs -p) 2>/dev/null || true'\'' EXIT
    trap '\''exit 143'\'' TERM
    . "$1"
' check-readme "$work/run.sh" <"$work/typed" >"$work/out" 2>"$work/err" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- stdout (last 40 lines)" >&2
    tail -n 40 "$work/out" >&2
    echo "--- stderr (last 60 lines)" >&2
    tail -n 60 "$work/err" >&2
    exit "$status"
fi
echo "README examples: $(grep -c '^build/dev/app/cli/dmctl' "$work/examples.sh") dmctl commands ran, every one with exit 0"
