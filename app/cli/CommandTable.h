#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dm {

// One option as help, the option check and shell completion see it. `valueName` is empty for a switch.
struct OptionSpec
{
    QString name; // without the leading dashes
    QString valueName;
    QString description;
    bool takesFile = false; // completion offers file names for its value
};

// A command or subcommand (`path` is {"ping"} or {"accounts", "create"}). A command with subcommands has no options
// of its own and is not run itself: `dmctl accounts` alone is a usage error that lists them.
struct CommandSpec
{
    QStringList path;
    QString synopsis; // what follows "dmctl" on the usage line
    QString summary;  // one line
    QString description;
    QStringList options;     // names of its own options, in the order help lists them
    bool connects = false;   // takes the connection options (--profile, --sandbox-config, ...)
    QStringList examples;    // two command lines
    QStringList subcommands; // for a group: the names of its subcommands
    QStringList choices;     // the words its first argument may be (completion offers them)
    // Where an option shared with other commands means something particular here (--format of logs export).
    QList<QPair<QString, QString>> notes;
};

// Every command dmctl runs, with its options, in the words of the running language: built after the translators are
// installed. Help, the refusal of options a command does not take and the completion scripts all read it, so they
// cannot disagree with one another.
class CommandTable
{
public:
    CommandTable();

    [[nodiscard]] const QList<CommandSpec>& commands() const { return m_commands; }
    [[nodiscard]] const QList<OptionSpec>& options() const { return m_options; }
    // The options every command takes, and those of the commands that talk to the platform.
    [[nodiscard]] QStringList generalOptions() const;
    [[nodiscard]] QStringList connectionOptions() const;

    [[nodiscard]] const CommandSpec* find(const QStringList& path) const;
    [[nodiscard]] const OptionSpec* option(const QString& name) const;
    // The deepest command `words` name ({"accounts", "create", "x"} gives accounts create), or null.
    [[nodiscard]] const CommandSpec* resolve(const QStringList& words) const;
    // The top-level commands, in the order of the overview.
    [[nodiscard]] QList<const CommandSpec*> topLevel() const;
    // Every option `command` accepts: its own, then the connection options when it connects, then the general ones.
    [[nodiscard]] QStringList accepted(const CommandSpec& command) const;
    // What `name` does in `command`: its note there, else the option's own description.
    [[nodiscard]] QString describe(const CommandSpec& command, const QString& name) const;

private:
    void addOption(const QString& name, const QString& valueName, const QString& description, bool takesFile = false);
    void addCommand(CommandSpec command);

    QList<OptionSpec> m_options;
    QList<CommandSpec> m_commands;
};

} // namespace dm
