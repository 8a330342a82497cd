#include "cli/CompletionScripts.h"

#include "cli/CommandTable.h"

#include <QStringList>

namespace dm {

namespace {

// A bash variable name for a command path: "accounts set-address-basis" gives accounts_set_address_basis.
QString bashKey(const QStringList& path)
{
    return path.join(QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QStringList dashed(const QStringList& names)
{
    QStringList result;
    for (const QString& name : names) {
        result.append(QStringLiteral("--") + name);
    }
    return result;
}

QString bashWords(const QStringList& words)
{
    return QLatin1Char('\'') + words.join(QLatin1Char(' ')) + QLatin1Char('\'');
}

QString powershellList(const QStringList& words)
{
    QStringList quoted;
    for (const QString& entry : words) {
        QString escaped = entry;
        quoted.append(QLatin1Char('\'') + escaped.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\''));
    }
    return QStringLiteral("@(") + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

QString bashCompletion(const CommandTable& table)
{
    QStringList valued;
    QStringList files;
    for (const OptionSpec& option : table.options()) {
        if (!option.valueName.isEmpty()) {
            valued.append(QStringLiteral("--") + option.name);
        }
        if (option.takesFile) {
            files.append(QStringLiteral("--") + option.name);
        }
    }
    QStringList topNames;
    for (const CommandSpec* command : table.topLevel()) {
        topNames.append(command->path.first());
    }

    QString script = QStringLiteral("# bash completion for dmctl; `dmctl completion bash` prints it.\n");
    script += QStringLiteral("_dmctl_commands=%1\n").arg(bashWords(topNames));
    script += QStringLiteral("_dmctl_valued=%1\n").arg(bashWords(valued));
    script += QStringLiteral("_dmctl_files=%1\n").arg(bashWords(files));
    script += QStringLiteral("_dmctl_global=%1\n")
                  .arg(bashWords(dashed(table.connectionOptions() + table.generalOptions()) +
                                 QStringList{QStringLiteral("--version")}));
    for (const CommandSpec& command : table.commands()) {
        const QString key = bashKey(command.path);
        if (!command.subcommands.isEmpty()) {
            script += QStringLiteral("_dmctl_subs_%1=%2\n").arg(key, bashWords(command.subcommands));
        } else {
            script += QStringLiteral("_dmctl_opts_%1=%2\n").arg(key, bashWords(dashed(table.accepted(command))));
        }
        if (!command.choices.isEmpty()) {
            script += QStringLiteral("_dmctl_args_%1=%2\n").arg(key, bashWords(command.choices));
        }
    }
    script += QStringLiteral(R"(
_dmctl() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev= word i skip=0
    local -a words=()
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # The words before the cursor that are not options or option values: the command, its subcommand, arguments.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then skip=0; continue; fi
        case $word in
            --*=*) ;;
            -*) [[ " $_dmctl_valued " == *" $word "* ]] && skip=1 ;;
            *) words+=("$word") ;;
        esac
    done
    COMPREPLY=()
    if [[ " $_dmctl_files " == *" $prev "* ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
        return
    fi
    if [[ $prev == --lang ]]; then
        COMPREPLY=($(compgen -W 'zh_CN en' -- "$cur"))
        return
    fi
    [[ " $_dmctl_valued " == *" $prev "* ]] && return
    if ((${#words[@]} == 0)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$_dmctl_global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_dmctl_commands" -- "$cur"))
        fi
        return
    fi
    local key=${words[0]//-/_} var
    if [[ $key == help ]]; then
        if ((${#words[@]} == 1)); then
            COMPREPLY=($(compgen -W "$_dmctl_commands" -- "$cur"))
        elif ((${#words[@]} == 2)); then
            var=_dmctl_subs_${words[1]//-/_}
            COMPREPLY=($(compgen -W "${!var-}" -- "$cur"))
        fi
        return
    fi
    var=_dmctl_subs_$key
    if [[ -n ${!var-} ]]; then
        if ((${#words[@]} == 1)); then
            [[ $cur != -* ]] && COMPREPLY=($(compgen -W "${!var}" -- "$cur"))
            return
        fi
        key=${key}_${words[1]//-/_}
    fi
    if [[ $cur == -* ]]; then
        var=_dmctl_opts_$key
        COMPREPLY=($(compgen -W "${!var-}" -- "$cur"))
        return
    fi
    var=_dmctl_args_$key
    if [[ -n ${!var-} ]]; then
        COMPREPLY=($(compgen -W "${!var}" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -o filenames -F _dmctl dmctl
)");
    return script;
}

QString powershellCompletion(const CommandTable& table)
{
    QString script = QStringLiteral("# PowerShell completion for dmctl; `dmctl completion powershell` prints it.\n");
    script += QStringLiteral("$dmctlSubcommands = @{\n");
    for (const CommandSpec* command : table.topLevel()) {
        script += QStringLiteral("    '%1' = %2\n").arg(command->path.first(), powershellList(command->subcommands));
    }
    script += QStringLiteral("}\n$dmctlOptions = @{\n");
    for (const CommandSpec& command : table.commands()) {
        if (command.subcommands.isEmpty()) {
            script += QStringLiteral("    '%1' = %2\n")
                          .arg(command.path.join(QLatin1Char(' ')), powershellList(dashed(table.accepted(command))));
        }
    }
    script += QStringLiteral("}\n$dmctlGlobal = %1\n")
                  .arg(powershellList(dashed(table.connectionOptions() + table.generalOptions()) +
                                      QStringList{QStringLiteral("--version")}));
    QStringList valued;
    for (const OptionSpec& option : table.options()) {
        if (!option.valueName.isEmpty()) {
            valued.append(QStringLiteral("--") + option.name);
        }
    }
    script += QStringLiteral("$dmctlValued = %1\n").arg(powershellList(valued));
    script += QStringLiteral(R"(
Register-ArgumentCompleter -Native -CommandName dmctl, dmctl.exe -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @()
    $skip = $false
    foreach ($element in $commandAst.CommandElements | Select-Object -Skip 1) {
        if ($element.Extent.StartOffset -ge $cursorPosition) { break }
        $text = $element.Extent.Text
        if ($text -eq $wordToComplete -and $element.Extent.EndOffset -ge $cursorPosition) { break }
        if ($skip) { $skip = $false; continue }
        if ($text.StartsWith('-')) { if ($dmctlValued -contains $text) { $skip = $true }; continue }
        $words += $text
    }
    $candidates = @()
    if ($words.Count -eq 0) {
        if ($wordToComplete.StartsWith('-')) { $candidates = $dmctlGlobal } else { $candidates = $dmctlSubcommands.Keys }
    } elseif ($words[0] -eq 'help') {
        if ($words.Count -eq 1) { $candidates = $dmctlSubcommands.Keys }
        elseif ($words.Count -eq 2 -and $dmctlSubcommands.ContainsKey($words[1])) { $candidates = $dmctlSubcommands[$words[1]] }
    } elseif ($dmctlSubcommands.ContainsKey($words[0]) -and $dmctlSubcommands[$words[0]].Count -gt 0 -and $words.Count -eq 1) {
        $candidates = $dmctlSubcommands[$words[0]]
    } else {
        $key = if ($dmctlSubcommands[$words[0]].Count -gt 0) { $words[0] + ' ' + $words[1] } else { $words[0] }
        if ($wordToComplete.StartsWith('-') -and $dmctlOptions.ContainsKey($key)) { $candidates = $dmctlOptions[$key] }
        elseif ($key -eq 'completion') { $candidates = @('bash', 'powershell') }
    }
    $candidates | Where-Object { $_ -like "$wordToComplete*" } | Sort-Object | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
)");
    return script;
}

} // namespace dm
