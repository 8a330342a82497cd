#!/usr/bin/env bash
# Fails when a tracked C++ file is not laid out as .clang-format says (the layout law, 120 columns).
set -euo pipefail
cd "$1"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh installs it)" >&2; exit 1; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git checkout: nothing to check" >&2; exit 1; }
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h')
((${#files[@]} > 0)) || { echo "no C++ files found" >&2; exit 1; }
existing=()
for file in "${files[@]}"; do
    [ -f "$file" ] && existing+=("$file")
done
# One clang-format per hundred files (starting one per file took two minutes on a loaded machine); the files of a
# failing batch are then checked one by one to name them.
bad=()
for ((i = 0; i < ${#existing[@]}; i += 100)); do
    batch=("${existing[@]:i:100}")
    clang-format --dry-run -Werror "${batch[@]}" >/dev/null 2>&1 && continue
    for file in "${batch[@]}"; do
        clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || bad+=("$file")
    done
done
if ((${#bad[@]})); then
    printf 'not formatted (run clang-format -i):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "${#existing[@]} files formatted"
