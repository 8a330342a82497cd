#include "DmctlRunner.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// dmctl's help, its refusal of options a command does not take, its languages and its shell completion, through the
// real executable.
class TestDmctlHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandHelpListsOnlyItsOwnOptions();
    void helpCommandPrintsTheSameAsTheHelpOption();
    void groupHelpListsItsSubcommands();
    void everyCommandHasHelpWithDescribedOptions();
    void aForeignOptionIsRefusedBeforeAnythingRuns();
    void unknownCommandsAreUsageErrors_data();
    void unknownCommandsAreUsageErrors();
    void followsTheSystemLanguage();
    void langOptionOverridesTheSystemLanguage();
    void aBadLangIsAUsageError();
    void bashCompletionCompletesCommandsSubcommandsAndOptions();
    void bashCompletionIsTheOneTheBuildInstalls();
    void powershellCompletionNamesEveryCommand();

private:
    // English unless the test says otherwise: no language variable of the machine running the tests leaks in.
    static QProcessEnvironment withLanguage(const QString& lang);
    static DmctlRun english(const QStringList& arguments)
    {
        return runDmctl(arguments, withLanguage(QStringLiteral("C.UTF-8")));
    }
    // The option lines ("  --name VALUE  description") of one section of a help text.
    static QStringList sectionLines(const QString& help, const QString& title);
    // Fails the test when an option line has no description, or only its placeholder.
    static void verifyDescribed(const QString& help, const QString& what);
    QString completeInBash(const QStringList& words);
    // Every command the overview names, and every subcommand its group's help names: {"ping"}, {"accounts", "get"}...
    static QList<QStringList> walkCommands();

    QTemporaryDir m_dir;
    QString m_bashScript;
};

QProcessEnvironment TestDmctlHelp::withLanguage(const QString& lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("DMADMIN_LANG"), QString()); // empty: the system language decides
    environment.insert(QStringLiteral("LANG"), lang);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/dmctl-help-no-config"));
    return environment;
}

QStringList TestDmctlHelp::sectionLines(const QString& help, const QString& title)
{
    QStringList lines;
    bool inside = false;
    for (const QString& line : help.split(u'\n')) {
        if (line == title) {
            inside = true;
        } else if (inside && line.isEmpty()) {
            break;
        } else if (inside) {
            lines.append(line);
        }
    }
    return lines;
}

void TestDmctlHelp::verifyDescribed(const QString& help, const QString& what)
{
    static const QRegularExpression optionLine(QStringLiteral("^  (?:-h, )?--([a-z-]+)(?: (\\S+))?\\s{2,}(\\S.*)$"));
    const QStringList lines =
        sectionLines(help, QStringLiteral("Options:")) + sectionLines(help, QStringLiteral("Global options:"));
    QVERIFY2(!sectionLines(help, QStringLiteral("Global options:")).isEmpty(), qPrintable(what + help));
    for (const QString& line : lines) {
        if (line.trimmed() == QLatin1String("(none of its own)")) {
            continue;
        }
        const auto match = optionLine.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(what + QStringLiteral(": not an option line: ") + line));
        const QString description = match.captured(3).trimmed();
        QVERIFY2(description != match.captured(2) && description.size() > 12,
                 qPrintable(what + QStringLiteral(": undescribed: ") + line));
        QVERIFY2(!QRegularExpression(QStringLiteral("^[A-Za-z]+(\\|[A-Za-z]+)+\\.?$")).match(description).hasMatch(),
                 qPrintable(what + QStringLiteral(": only a list of values: ") + line));
    }
}

void TestDmctlHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const DmctlRun run = english({QStringLiteral("completion"), QStringLiteral("bash")});
    QCOMPARE(run.exitCode, 0);
    m_bashScript = m_dir.filePath(QStringLiteral("dmctl.bash"));
    QFile script(m_bashScript);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(run.out.toUtf8());
}

void TestDmctlHelp::commandHelpListsOnlyItsOwnOptions()
{
    const DmctlRun run = english({QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: dmctl accounts create ")), qPrintable(run.out));
    const QString options = sectionLines(run.out, QStringLiteral("Options:")).join(u'\n');
    for (const char* own : {"--account ", "--name ", "--personal ", "--case-number ", "--basis "}) {
        QVERIFY2(options.contains(QLatin1String(own)), own);
    }
    // Other commands' options are not there at all, not even among the global ones.
    for (const char* foreign : {"--subject", "--level", "--type", "--stream", "--base-url", "--tsa"}) {
        QVERIFY2(!run.out.contains(QLatin1String(foreign)), foreign);
    }
    const QString globals = sectionLines(run.out, QStringLiteral("Global options:")).join(u'\n');
    for (const char* global : {"--profile ", "--sandbox-config ", "--auth-code-env ", "--lang "}) {
        QVERIFY2(globals.contains(QLatin1String(global)), global);
        QVERIFY2(!options.contains(QLatin1String(global)), global);
    }
    verifyDescribed(run.out, QStringLiteral("accounts create"));
    const QStringList examples = sectionLines(run.out + u'\n', QStringLiteral("Examples:"));
    QCOMPARE(examples.size(), 2);
    for (const QString& example : examples) {
        QVERIFY2(example.startsWith(QLatin1String("  dmctl accounts create --account ")), qPrintable(example));
    }
}

void TestDmctlHelp::helpCommandPrintsTheSameAsTheHelpOption()
{
    const DmctlRun option = english({QStringLiteral("accounts"), QStringLiteral("create"), QStringLiteral("--help")});
    const DmctlRun command = english({QStringLiteral("help"), QStringLiteral("accounts"), QStringLiteral("create")});
    QCOMPARE(command.exitCode, 0);
    QCOMPARE(command.out, option.out);
    const DmctlRun overview = english({QStringLiteral("help")});
    QCOMPARE(overview.exitCode, 0);
    QCOMPARE(english({QStringLiteral("--help")}).out, overview.out);
    QVERIFY2(overview.out.startsWith(QLatin1String("Usage: dmctl <command>")), qPrintable(overview.out));
    QVERIFY2(overview.out.contains(QLatin1String("dmctl help <command>")), qPrintable(overview.out));
    // The overview is short: commands and global options, not every command's options.
    QVERIFY2(!overview.out.contains(QLatin1String("--subject")), qPrintable(overview.out));
    QVERIFY2(overview.out.count(u'\n') < 50, qPrintable(overview.out));
}

void TestDmctlHelp::groupHelpListsItsSubcommands()
{
    const DmctlRun run = english({QStringLiteral("accounts"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = sectionLines(run.out, QStringLiteral("Subcommands:"));
    QStringList names;
    for (const QString& line : lines) {
        names.append(line.trimmed().section(u' ', 0, 0));
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("get"), QStringLiteral("create"), QStringLiteral("list"),
                          QStringLiteral("import"), QStringLiteral("resume"), QStringLiteral("set-address-basis")}));
    QVERIFY2(!run.out.contains(QLatin1String("--personal")), qPrintable(run.out));
}

QList<QStringList> TestDmctlHelp::walkCommands()
{
    QList<QStringList> paths;
    const DmctlRun overview = english({QStringLiteral("help")});
    for (const QString& line : sectionLines(overview.out, QStringLiteral("Commands:"))) {
        if (line.startsWith(QLatin1String("   "))) {
            continue; // the subcommands of the command above, read from its own help below
        }
        const QString name = line.trimmed().section(u' ', 0, 0);
        const DmctlRun help = english({QStringLiteral("help"), name});
        const QStringList subcommands = sectionLines(help.out, QStringLiteral("Subcommands:"));
        if (subcommands.isEmpty()) {
            paths.append({name});
        }
        for (const QString& sub : subcommands) {
            paths.append({name, sub.trimmed().section(u' ', 0, 0)});
        }
    }
    return paths;
}

void TestDmctlHelp::everyCommandHasHelpWithDescribedOptions()
{
    QStringList walked;
    for (const QStringList& path : walkCommands()) {
        const QString name = path.join(u' ');
        const DmctlRun help = english(QStringList{QStringLiteral("help")} + path);
        QVERIFY2(help.exitCode == 0, qPrintable(name + help.err));
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: dmctl ") + name), qPrintable(help.out));
        verifyDescribed(help.out, name);
        QCOMPARE(sectionLines(help.out + u'\n', QStringLiteral("Examples:")).size(), 2);
        walked.append(name);
    }
    // Every command main.cpp runs is in the table.
    for (const char* expected : {"ping",
                                 "accounts get",
                                 "accounts create",
                                 "accounts list",
                                 "accounts import",
                                 "accounts resume",
                                 "accounts set-address-basis",
                                 "sync",
                                 "logs search",
                                 "logs export",
                                 "policy get",
                                 "policy set",
                                 "policy drift",
                                 "policy fix-drift",
                                 "loginrules get",
                                 "loginrules set",
                                 "loginrules test",
                                 "proof make",
                                 "proof verify",
                                 "audit verify",
                                 "audit anchor",
                                 "audit list",
                                 "cache verify",
                                 "cache rebuild",
                                 "profile add",
                                 "profile list",
                                 "profile remove",
                                 "help",
                                 "completion"}) {
        QVERIFY2(walked.contains(QLatin1String(expected)), expected);
    }
}

void TestDmctlHelp::aForeignOptionIsRefusedBeforeAnythingRuns()
{
    SandboxProcess sandbox(m_dir.filePath(QStringLiteral("platform")));
    const QJsonObject connection = sandbox.start({QStringLiteral("--scale"), QStringLiteral("small")});
    QVERIFY(!connection.isEmpty());
    const QString config = m_dir.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(writeSandboxConfig(config, connection));
    const QStringList ping{QStringLiteral("ping"), QStringLiteral("--sandbox-config"), config};

    const DmctlRun works = english(ping);
    QCOMPARE(works.exitCode, 0);
    QVERIFY2(works.out.startsWith(QLatin1String("reachable: ok")), qPrintable(works.out));

    for (const QStringList& foreign : {QStringList{QStringLiteral("--subject"), QStringLiteral("x")},
                                       QStringList{QStringLiteral("--no-such-option")}}) {
        const DmctlRun refused = english(ping + foreign);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.isEmpty(), qPrintable(refused.out)); // nothing reached the platform
        QVERIFY2(refused.err.contains(foreign.first()), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("dmctl ping")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("dmctl help ping")), qPrintable(refused.err));
    }
    // An option of another subcommand of the same command is just as foreign.
    const DmctlRun list = english({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--personal"),
                                   QStringLiteral("-"), QStringLiteral("--sandbox-config"), config});
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.out.isEmpty(), qPrintable(list.out));
    QVERIFY2(list.err.contains(QLatin1String("dmctl help accounts list")), qPrintable(list.err));
}

void TestDmctlHelp::unknownCommandsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("subcommand") << QStringList{QStringLiteral("accounts"), QStringLiteral("frobnicate")}
                                << QStringLiteral("frobnicate");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("policy")} << QStringLiteral("fix-drift");
    QTest::newRow("help of nothing") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("completion shell") << QStringList{QStringLiteral("completion"), QStringLiteral("tcsh")}
                                      << QStringLiteral("bash|powershell");
}

void TestDmctlHelp::unknownCommandsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const DmctlRun run = english(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
}

namespace {

bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

} // namespace

void TestDmctlHelp::followsTheSystemLanguage()
{
    const QProcessEnvironment chinese = withLanguage(QStringLiteral("zh_CN.UTF-8"));
    const DmctlRun help = runDmctl({QStringLiteral("--help")}, chinese);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("用法")), qPrintable(help.out));
    QVERIFY2(!help.out.contains(QLatin1String("Usage:")), qPrintable(help.out));
    const DmctlRun create =
        runDmctl({QStringLiteral("help"), QStringLiteral("accounts"), QStringLiteral("create")}, chinese);
    QCOMPARE(create.exitCode, 0);
    for (const QString& line : sectionLines(create.out, QStringLiteral("选项："))) {
        QVERIFY2(hasChinese(line), qPrintable(line)); // every option described in Chinese
    }
    QVERIFY(!sectionLines(create.out, QStringLiteral("选项：")).isEmpty());

    const DmctlRun refused =
        runDmctl({QStringLiteral("ping"), QStringLiteral("--subject"), QStringLiteral("x")}, chinese);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(hasChinese(refused.err) && refused.err.contains(QLatin1String("--subject")), qPrintable(refused.err));
    const DmctlRun unknown = runDmctl({QStringLiteral("frobnicate")}, chinese);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(hasChinese(unknown.err), qPrintable(unknown.err));

    // The messages of the commands themselves too: a connection that is not there.
    const DmctlRun noConnection = runDmctl({QStringLiteral("ping")}, chinese);
    QCOMPARE(noConnection.exitCode, 2);
    QVERIFY2(hasChinese(noConnection.err), qPrintable(noConnection.err));
}

void TestDmctlHelp::langOptionOverridesTheSystemLanguage()
{
    const DmctlRun chinese = runDmctl({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")},
                                      withLanguage(QStringLiteral("C.UTF-8")));
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(chinese.out.startsWith(QStringLiteral("用法")), qPrintable(chinese.out));
    const DmctlRun chineseError = runDmctl(
        {QStringLiteral("ping"), QStringLiteral("--lang=zh_CN"), QStringLiteral("--level"), QStringLiteral("domain")},
        withLanguage(QStringLiteral("C.UTF-8")));
    QCOMPARE(chineseError.exitCode, 2);
    QVERIFY2(hasChinese(chineseError.err), qPrintable(chineseError.err));

    const QProcessEnvironment zh = withLanguage(QStringLiteral("zh_CN.UTF-8"));
    const DmctlRun inEnglish = runDmctl({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, zh);
    QCOMPARE(inEnglish.exitCode, 0);
    QVERIFY2(inEnglish.out.startsWith(QLatin1String("Usage: dmctl")) && !hasChinese(inEnglish.out),
             qPrintable(inEnglish.out));
    const DmctlRun englishError =
        runDmctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")}, zh);
    QCOMPARE(englishError.exitCode, 2);
    QVERIFY2(englishError.err.startsWith(QLatin1String("Unknown command: frobnicate")), qPrintable(englishError.err));
}

void TestDmctlHelp::aBadLangIsAUsageError()
{
    const DmctlRun run = english({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QLatin1String("fr")) && run.err.contains(QLatin1String("zh_CN")), qPrintable(run.err));
}

QString TestDmctlHelp::completeInBash(const QStringList& words)
{
    // A real bash sources the script and calls the function the way readline would, with the cursor on the last word.
    QStringList quoted;
    for (const QString& word : words) {
        quoted.append(QLatin1Char('\'') + word + QLatin1Char('\''));
    }
    const QString program = QStringLiteral("source \"$1\" && COMP_WORDS=(%1) && COMP_CWORD=%2 && { _dmctl; "
                                           "printf '%s\\n' \"${COMPREPLY[@]}\"; }")
                                .arg(quoted.join(u' '))
                                .arg(words.size() - 1);
    QProcess bash;
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), program, QStringLiteral("bash"), m_bashScript});
    if (!bash.waitForFinished(30000) || bash.exitCode() != 0) {
        return QStringLiteral("bash failed: ") + QString::fromUtf8(bash.readAllStandardError());
    }
    return QString::fromUtf8(bash.readAllStandardOutput()).trimmed();
}

void TestDmctlHelp::bashCompletionCompletesCommandsSubcommandsAndOptions()
{
    QProcess syntax;
    syntax.start(QStringLiteral("bash"), {QStringLiteral("-n"), m_bashScript});
    QVERIFY(syntax.waitForFinished(30000));
    QVERIFY2(syntax.exitCode() == 0, syntax.readAllStandardError().constData());

    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("acc")}), QStringLiteral("accounts"));
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("accounts"), QStringLiteral("cr")}),
             QStringLiteral("create"));
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("accounts"), QStringLiteral("create"),
                             QStringLiteral("--na")}),
             QStringLiteral("--name"));
    // Options of the command only, after an option's value too; --sub is no option of accounts create.
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("accounts"), QStringLiteral("create"),
                             QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--sub")}),
             QString());
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("--profile"), QStringLiteral("p"),
                             QStringLiteral("logs"), QStringLiteral("search"), QStringLiteral("--sub")}),
             QStringLiteral("--subject"));
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("completion"), QStringLiteral("po")}),
             QStringLiteral("powershell"));
    // A file option's value is a file name.
    QFile roster(m_dir.filePath(QStringLiteral("roster-unique.csv")));
    QVERIFY(roster.open(QIODevice::WriteOnly));
    roster.close();
    QCOMPARE(completeInBash({QStringLiteral("dmctl"), QStringLiteral("accounts"), QStringLiteral("create"),
                             QStringLiteral("--personal"), m_dir.filePath(QStringLiteral("roster-u"))}),
             roster.fileName());
}

void TestDmctlHelp::bashCompletionIsTheOneTheBuildInstalls()
{
    QFile built(QStringLiteral(DMCTL_BASH_COMPLETION));
    QVERIFY2(built.open(QIODevice::ReadOnly), DMCTL_BASH_COMPLETION);
    QFile printed(m_bashScript);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QCOMPARE(built.readAll(), printed.readAll());
}

void TestDmctlHelp::powershellCompletionNamesEveryCommand()
{
    // pwsh is not installed on the machines that run these tests: the script is held to the command table only.
    const DmctlRun run = english({QStringLiteral("completion"), QStringLiteral("powershell")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Register-ArgumentCompleter -Native -CommandName dmctl")));
    const QList<QStringList> paths = walkCommands();
    QVERIFY(paths.size() >= 29);
    for (const QStringList& path : paths) {
        QVERIFY2(run.out.contains(QStringLiteral("'%1' = @(").arg(path.first())), qPrintable(path.first()));
        QVERIFY2(run.out.contains(QStringLiteral("'%1' = @(").arg(path.join(u' '))), qPrintable(path.join(u' ')));
    }
    QVERIFY(run.out.contains(QLatin1String("'accounts create' = @(")));
    QVERIFY(run.out.contains(QLatin1String("'--personal'")));
}

QTEST_GUILESS_MAIN(TestDmctlHelp)
#include "tst_dmctl_help.moc"
