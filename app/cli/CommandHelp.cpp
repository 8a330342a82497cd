#include "cli/CommandHelp.h"

#include "cli/CommandTable.h"
#include "cli/Commands.h"

namespace dm {

namespace {

const QString indent = QStringLiteral("  ");

QString optionLabel(const CommandTable& table, const QString& name)
{
    const OptionSpec* spec = table.option(name);
    QString label = QStringLiteral("--") + name;
    if (name == QLatin1String("help")) {
        label = QStringLiteral("-h, --help");
    }
    if (spec && !spec->valueName.isEmpty()) {
        label += QLatin1Char(' ') + spec->valueName;
    }
    return label;
}

// Two columns: the labels padded to the widest, then the text.
QString columns(const QList<QPair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    QString text;
    for (const auto& row : rows) {
        text += indent + row.first.leftJustified(width + 2) + row.second + QLatin1Char('\n');
    }
    return text;
}

QString optionRows(const CommandTable& table, const CommandSpec& command, const QStringList& names)
{
    QList<QPair<QString, QString>> rows;
    for (const QString& name : names) {
        rows.append({optionLabel(table, name), table.describe(command, name)});
    }
    return columns(rows);
}

QString globalSection(const CommandTable& table, const CommandSpec& command)
{
    QStringList names = command.connects ? table.connectionOptions() : QStringList();
    names += table.generalOptions();
    return CliText::tr("Global options:") + QLatin1Char('\n') + optionRows(table, command, names);
}

QString subcommandList(const CommandTable& table, const CommandSpec& group)
{
    QList<QPair<QString, QString>> rows;
    for (const QString& name : group.subcommands) {
        if (const CommandSpec* sub = table.find({group.path.first(), name})) {
            rows.append({name, sub->summary});
        }
    }
    return columns(rows);
}

} // namespace

QString overviewHelp(const CommandTable& table)
{
    QString text = CliText::tr("Usage: dmctl <command> [<subcommand>] [options]") + QLatin1Char('\n');
    text += CliText::tr("Command line for the delivery mailbox platform (dmadmin).") + QStringLiteral("\n\n");
    text += CliText::tr("Commands:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> rows;
    for (const CommandSpec* command : table.topLevel()) {
        rows.append({command->path.first(), command->summary});
        if (!command->subcommands.isEmpty()) {
            rows.append({QString(), command->subcommands.join(QStringLiteral(", "))});
        }
    }
    text += columns(rows) + QLatin1Char('\n');
    text += CliText::tr("Global options:") + QLatin1Char('\n');
    QList<QPair<QString, QString>> globals;
    const CommandSpec none;
    for (const QString& name : table.connectionOptions() + table.generalOptions()) {
        globals.append({optionLabel(table, name), table.describe(none, name)});
    }
    globals.append(
        {QStringLiteral("-v, --version"), CliText::tr("Print the versions of dmadmin and the libraries it runs on.")});
    text += columns(globals) + QLatin1Char('\n');
    text += CliText::tr("The connection options (--profile, --sandbox-config, --auth-code-env, ...) apply to the "
                        "commands that talk to the platform or open its cache.") +
            QLatin1Char('\n');
    text += CliText::tr("For the options and examples of a command: dmctl help <command> [<subcommand>]") +
            QLatin1Char('\n');
    return text;
}

QString commandHelp(const CommandTable& table, const CommandSpec& command)
{
    const QString name = command.path.join(QLatin1Char(' '));
    QString text = CliText::tr("Usage: dmctl %1").arg(command.synopsis) + QStringLiteral("\n\n");
    text += command.summary + QLatin1Char('\n') + command.description + QStringLiteral("\n\n");
    if (!command.subcommands.isEmpty()) {
        text += CliText::tr("Subcommands:") + QLatin1Char('\n') + subcommandList(table, command) + QLatin1Char('\n');
        text += CliText::tr("For the options and examples of a subcommand: dmctl help %1 <subcommand>").arg(name) +
                QStringLiteral("\n\n");
    } else {
        text += CliText::tr("Options:") + QLatin1Char('\n');
        text += command.options.isEmpty() ? indent + CliText::tr("(none of its own)") + QLatin1Char('\n')
                                          : optionRows(table, command, command.options);
        text += QLatin1Char('\n') + globalSection(table, command) + QLatin1Char('\n');
    }
    text += CliText::tr("Examples:") + QLatin1Char('\n');
    for (const QString& example : command.examples) {
        text += indent + example + QLatin1Char('\n');
    }
    return text;
}

} // namespace dm
