#!/usr/bin/env bash
# Fails when code shipped to Windows users uses something only POSIX systems have.
#
# What is checked: every C++ file (.cpp .h .hpp .inl) under app/ and ui/, except app/sandbox/ (dmsandbox is a test
# and training tool, never shipped for Windows) and the tests (built only where they run).
#
# What is POSIX-only: the headers <unistd.h>, <sys/...>, <pwd.h>, <grp.h>, <fcntl.h>, <dlfcn.h>, <termios.h> and their
# kin; calls such as getuid, getpwuid_r, fork, exec*, kill, setrlimit, prctl, mlock, isatty, fileno, chmod, umask,
# fstat, sysconf (as free functions: QProcess::kill() is portable); string literals that start with a POSIX
# directory ("/tmp/", "/home/", "/usr/", "/etc/", "/dev/", "/proc/", "/bin/", ...); a shell ("sh", "bash") as the program
# a QProcess starts (the name alone is no offence: dmctl prints completion scripts for bash).
#
# The rule, one sentence: such a line is allowed only in a platform file (its name ends in _posix, _unix, _linux, _win
# or _windows before the extension) or inside a preprocessor conditional that has a Windows branch
# (#if defined(Q_OS_WIN) / #ifdef Q_OS_WIN / _WIN32, or the #else of #ifndef Q_OS_WIN) while the line itself sits in
# one of its other branches. So `#ifndef Q_OS_WIN` alone is not enough: the Windows build must do something real too.
#
# Before the tree, the check runs on planted files (every pattern must be caught, guarded code must pass), so a broken
# pattern list fails loudly instead of letting everything through. `--self-test` runs only that part.
set -euo pipefail

patterns=(
    'POSIX header|#[[:space:]]*include[[:space:]]*<(unistd|pwd|grp|fcntl|dlfcn|termios|poll|syslog|spawn|dirent|pthread|semaphore|libgen)\.h>'
    'POSIX header folder|#[[:space:]]*include[[:space:]]*<(sys|netinet|arpa)/'
    'POSIX call|(^|[^A-Za-z0-9_.>])(::)?(getuid|geteuid|getgid|getegid|getpwuid|getpwuid_r|getpwnam|fork|vfork|execl|execlp|execle|execv|execvp|execve|execvpe|kill|setrlimit|getrlimit|prctl|mlock|munlock|mlockall|isatty|fileno|chmod|fchmod|umask|tcgetattr|tcsetattr|sysconf|mmap|munmap|fstat|lstat|setsid)[[:space:]]*\('
    'POSIX path|"/(tmp|home|usr|etc|dev|proc|var|bin|opt|run)(/|")'
    'POSIX shell|(QProcess|start|startDetached|execute|setProgram)[^;]*"(ba|da|z)?sh"'
)

is_platform_file() {
    [[ "$1" =~ _(posix|unix|linux|win|windows)\.(cpp|h|hpp|inl)$ ]]
}

# Prints "file:line: kind: text" for every POSIX-only line of the files given that no Windows-branched conditional
# guards. Two passes over each file: the first learns which conditional blocks have a Windows branch, the second judges
# each line by the branches it sits in.
scan() {
    local file
    for file in "$@"; do
        is_platform_file "$file" && continue
        local awk_patterns=""
        local entry
        for entry in "${patterns[@]}"; do
            awk_patterns+="${entry}"$'\034'
        done
        awk -v patterns="$awk_patterns" -v name="$file" '
            function directive(line) { return line ~ /^[[:space:]]*#[[:space:]]*(if|ifdef|ifndef|elif|else|endif)([^A-Za-z0-9_]|$)/ }
            function windows_positive(line) {
                if (line ~ /^[[:space:]]*#[[:space:]]*ifdef[[:space:]]+(Q_OS_WIN|_WIN32|_WIN64)([^A-Za-z0-9_]|$)/) return 1
                if (line ~ /^[[:space:]]*#[[:space:]]*(if|elif)[[:space:]]/ && line ~ /(^|[^!])defined[[:space:]]*\(?[[:space:]]*(Q_OS_WIN|_WIN32|_WIN64)([^A-Za-z0-9_]|$)/) return 1
                return 0
            }
            function windows_negative(line) {
                if (line ~ /^[[:space:]]*#[[:space:]]*ifndef[[:space:]]+(Q_OS_WIN|_WIN32|_WIN64)([^A-Za-z0-9_]|$)/) return 1
                if (line ~ /!defined[[:space:]]*\(?[[:space:]]*(Q_OS_WIN|_WIN32|_WIN64)([^A-Za-z0-9_]|$)/) return 1
                if (line ~ /^[[:space:]]*#[[:space:]]*(if|elif|ifdef)[[:space:]]/ && line ~ /(Q_OS_UNIX|Q_OS_LINUX|Q_OS_MACOS|Q_OS_DARWIN|__linux__|__unix__|__APPLE__)/) return 1
                return 0
            }
            # kind of the branch that opens: 1 Windows, -1 not Windows, 0 unknown
            function open_branch(line, id) {
                if (line ~ /#[[:space:]]*else/) {
                    if (seen_positive[id]) return -1
                    if (seen_negative[id]) return 1
                    return 0
                }
                if (windows_positive(line)) { seen_positive[id] = 1; return 1 }
                if (windows_negative(line)) { seen_negative[id] = 1; return -1 }
                return 0
            }
            BEGIN { count = split(patterns, list, "\034") - 1 }
            FNR == 1 { pass++; depth = 0; blocks = 0; split("", seen_positive); split("", seen_negative) }
            {
                line = $0
                if (directive(line)) {
                    if (line ~ /#[[:space:]]*if/) { blocks++; depth++; id[depth] = blocks; kind[depth] = open_branch(line, blocks) }
                    else if (line ~ /#[[:space:]]*endif/) { depth-- }
                    else if (depth > 0) { kind[depth] = open_branch(line, id[depth]) }
                    if (pass == 1 && depth > 0 && kind[depth] == 1) has_windows[id[depth]] = 1
                    next
                }
                if (pass == 1) next
                if (line ~ /^[[:space:]]*(\/\*|\*)/) next
                sub(/(^|[[:space:]])\/\/.*$/, "", line)
                for (i = 1; i <= count; i++) {
                    label = list[i]; sub(/\|.*$/, "", label)
                    pattern = list[i]; sub(/^[^|]*\|/, "", pattern)
                    if (line !~ pattern) continue
                    guarded = 0
                    for (d = 1; d <= depth; d++) if (has_windows[id[d]] && kind[d] == -1) guarded = 1
                    if (!guarded) { printf "%s:%d: %s: %s\n", name, FNR, label, $0 }
                    break
                }
            }
        ' "$file" "$file"
    done
}

self_test() {
    local dir
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' RETURN
    # One line per pattern, each of which must be reported on its own.
    local -a planted=(
        '#include <unistd.h>'
        '#include <sys/mman.h>'
        '    if (::kill(pid, SIGTERM) == 0 && getuid() == 0 && isatty(fileno(stdin))) {'
        '    const QString scratch = QStringLiteral("/tmp/dmadmin");'
        '    process.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});'
    )
    local i
    for i in "${!planted[@]}"; do
        printf '%s\n' "${planted[$i]}" >"$dir/planted$i.cpp"
        if [ -z "$(scan "$dir/planted$i.cpp")" ]; then
            echo "self-test: the pattern list misses a planted line: ${planted[$i]}" >&2
            return 1
        fi
    done
    # Guarded the Windows way: nothing to report.
    {
        echo '#if defined(Q_OS_WIN)'
        echo '#include <windows.h>'
        echo '#else'
        printf '%s\n' "${planted[@]}"
        echo '#if defined(Q_OS_LINUX)'
        echo '    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);'
        echo '#endif'
        echo '#endif'
        echo 'void stop(QProcess& process) { process.kill(); m_child->kill(); }'
        echo 'completion.choices = {word("bash"), word("powershell")};'
        echo '// a comment may name /tmp/ and fork() freely'
    } >"$dir/guarded.cpp"
    cp "$dir/planted0.cpp" "$dir/handle_posix.cpp"
    local reported
    reported=$(scan "$dir/guarded.cpp" "$dir/handle_posix.cpp")
    if [ -n "$reported" ]; then
        echo "self-test: guarded code or a platform file was reported:" >&2
        echo "$reported" >&2
        return 1
    fi
    # A POSIX-only branch with nothing for Windows is not guarded.
    printf '#ifndef Q_OS_WIN\n%s\n#endif\n' "${planted[2]}" >"$dir/one-sided.cpp"
    if [ -z "$(scan "$dir/one-sided.cpp")" ]; then
        echo "self-test: #ifndef Q_OS_WIN without a Windows branch passed" >&2
        return 1
    fi
    echo "self-test: ${#planted[@]} planted lines caught, guarded code passed"
}

self_test
[ "${1:-}" = "--self-test" ] && exit 0

cd "$1"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git checkout: nothing to check" >&2; exit 1; }
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- 'app/*' 'ui/*' |
    grep -E '\.(cpp|h|hpp|inl)$' | grep -v '^app/sandbox/')
((${#files[@]} > 0)) || { echo "no C++ files found under app/ and ui/" >&2; exit 1; }
existing=()
for file in "${files[@]}"; do
    [ -f "$file" ] && existing+=("$file")
done
offenders=$(scan "${existing[@]}")
if [ -n "$offenders" ]; then
    echo "POSIX-only code outside a platform file or a Windows-branched #if:" >&2
    echo "$offenders" >&2
    exit 1
fi
echo "${#existing[@]} files portable"
