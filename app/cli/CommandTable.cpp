#include "cli/CommandTable.h"

#include "cli/Commands.h"

namespace dm {

namespace {

CommandSpec command(const QStringList& path, const QString& synopsis, const QString& summary,
                    const QString& description)
{
    CommandSpec spec;
    spec.path = path;
    spec.synopsis = synopsis;
    spec.summary = summary;
    spec.description = description;
    return spec;
}

// Command and option names, value names and examples: the same in every language.
QString word(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

CommandTable::CommandTable()
{
    // Every command takes these.
    addOption(word("lang"), word("LANG"),
              CliText::tr("Language of the messages: zh_CN or en (default: the system's)."));
    addOption(word("verbose"), {}, CliText::tr("Log each request to stderr."));
    addOption(word("help"), {}, CliText::tr("Show this help."));
    // Where the platform is and how dmctl proves who it is; secrets never on the command line.
    addOption(word("profile"), word("NAME"), CliText::tr("Connect with this saved profile (see dmctl profile list)."));
    addOption(word("sandbox-config"), word("FILE"),
              CliText::tr("Connect to the dmsandbox whose connection line (JSON) this file holds."), true);
    addOption(word("auth-code-env"), word("VAR"), CliText::tr("Read the authCode from this environment variable."));
    addOption(word("auth-code-stdin"), {}, CliText::tr("Read the authCode from the first line of standard input."));
    addOption(word("proxy-user"), word("USER"), CliText::tr("User name for a proxy that asks for one."));
    addOption(word("proxy-password-env"), word("VAR"), CliText::tr("Environment variable holding the proxy password."));

    addOption(word("account"), word("ACCOUNT"), CliText::tr("Account name of the mailbox (the part before @)."));
    addOption(word("name"), word("NAME"), CliText::tr("Recipient's name as court documents give it."));
    addOption(word("mobile"), word("MOBILE"),
              CliText::tr("Refused: a mobile number goes in the --personal file, never on the command line."));
    addOption(word("id-number"), word("ID"),
              CliText::tr("Refused: an ID-card number goes in the --personal file, never on the command line."));
    addOption(word("personal"), word("FILE"),
              CliText::tr("File (mode 0600), or - for standard input, with the lines mobile=… and id-number=…."), true);
    addOption(word("unit"), word("UNIT"), CliText::tr("Id of the unit (department) the accounts belong to."));
    addOption(word("case-number"), word("CASE"),
              CliText::tr("Case number the account is opened for, e.g. (2026)粤0104民初1234号."));
    addOption(word("status"), word("STATUS"),
              CliText::tr("Only accounts with this status: enabled, disabled or deleted."));
    addOption(word("activation"), word("STATE"),
              CliText::tr("Only accounts at this activation step: created, smsSent, firstLogin or activated."));
    addOption(word("keyword"), word("TEXT"), CliText::tr("Only accounts whose account name or name contains this."));
    addOption(word("limit"), word("N"), CliText::tr("Print at most this many rows."));
    addOption(word("format"), word("FORMAT"), CliText::tr("Output format: table, json or csv (default table)."));
    addOption(word("basis"), word("KIND"),
              CliText::tr("Where the address comes from: confirmed, provided or courtFound (none clears it)."));
    addOption(word("basis-date"), word("DATE"),
              CliText::tr("Date the address was confirmed, provided or found (YYYY-MM-DD)."));
    addOption(word("basis-reference"), word("TEXT"),
              CliText::tr("Reference of the address confirmation, or how the court found the address."));
    addOption(word("failed"), {}, CliText::tr("Also send again the actions that failed."));

    addOption(word("dry-run"), {}, CliText::tr("Check and show what would change; change nothing."));
    addOption(word("encoding"), word("ENCODING"),
              CliText::tr("Encoding of a CSV file: auto, utf-8 or gbk (default auto)."));
    addOption(word("map"), word("COLUMN=FIELD"),
              CliText::tr("Read the column COLUMN as FIELD (account, name, id, mobile, case, unit or skip); "
                          "repeatable."));
    addOption(word("delivery"), word("DELIVERY"),
              CliText::tr("How recipients get their password: sms or none (default sms)."));

    addOption(word("stream"), word("STREAM"),
              CliText::tr("Sync only this stream: accounts, policy, operations, logins or mail; repeatable."));
    addOption(word("history-days"), word("DAYS"),
              CliText::tr("How many days back a first sync of the logs reaches (default 180)."));

    addOption(word("type"), word("TYPE"), CliText::tr("Which log: login, mail or operation."));
    addOption(word("from"), word("TIME"), CliText::tr("Start, local time (2026-10-01 or 2026-10-01T08:00)."));
    addOption(word("to"), word("TIME"), CliText::tr("End, exclusive, local time."));
    addOption(word("ip"), word("PREFIX"), CliText::tr("Logins from addresses that begin with this."));
    addOption(word("province"), word("PROVINCE"), CliText::tr("Logins from this province."));
    addOption(word("method"), word("METHOD"), CliText::tr("Logins through this kind of client."));
    addOption(word("abnormal"), {}, CliText::tr("Only the logins the platform marked abnormal."));
    addOption(word("subject"), word("TEXT"), CliText::tr("Mails whose subject contains this text."));
    addOption(word("direction"), word("DIRECTION"), CliText::tr("Mails received (in) or sent (out)."));
    addOption(word("sender"), word("ADDRESS"), CliText::tr("Mails from this address."));
    addOption(word("recipient"), word("ADDRESS"), CliText::tr("Mails to this address."));
    addOption(word("read"), word("YES|NO"), CliText::tr("Mails read (yes) or not read yet (no)."));
    addOption(word("operator"), word("ADDRESS"), CliText::tr("Operations done by this administrator."));
    addOption(word("action"), word("CODE"), CliText::tr("Operations with this operation code."));
    addOption(word("target"), word("TEXT"), CliText::tr("Operations whose target contains this text."));
    addOption(word("output"), word("FILE"), CliText::tr("File to write."), true);

    addOption(word("level"), word("LEVEL"), CliText::tr("Which policy: domain, unit or account."));
    addOption(word("effective"), {}, CliText::tr("The account's effective policy, with the source of each field."));
    addOption(word("file"), word("FILE"), CliText::tr("JSON file in the shape the API contract gives."), true);
    addOption(word("expected-version"), word("N"),
              CliText::tr("Refuse the change unless the document is at this version."));
    addOption(word("baseline"), word("FILE"),
              CliText::tr("Baseline policy file (JSON); default: the profile's saved baseline."), true);
    addOption(word("fix"), {}, CliText::tr("Queue and apply the fix of every drift found."));
    addOption(word("offline"), {}, CliText::tr("Scan the cache as it is, without syncing first."));
    addOption(word("region"), word("REGION"), CliText::tr("Place the login comes from, e.g. 广东省广州市."));
    addOption(word("days"), word("N"),
              CliText::tr("With --dry-run: replay the cached logins of the last N days (1..366, default 30)."));

    addOption(word("message-id"), word("ID"),
              CliText::tr("Message id of the document (dmctl logs search --type mail shows it)."));
    addOption(word("attach"), word("FILE"),
              CliText::tr("A copy of a file that was sent (repeatable): the pack says whether it matches the "
                          "platform's."),
              true);
    addOption(word("case"), word("CASE"), CliText::tr("Every document and recipient of this case number."));
    addOption(word("court"), word("NAME"),
              CliText::tr("The court's name for the packs (the platform does not tell it)."));
    addOption(word("tsa"), word("URL"), CliText::tr("Address of the RFC 3161 time-stamping service."));
    addOption(word("tsa-chain"), word("FILE"), CliText::tr("Certificate chain (PEM) of the time-stamping service."),
              true);
    addOption(word("sign"), word("FILE"),
              CliText::tr("PKCS#12 file of the court's certificate: the pack gets a signature (manifest.p7s)."), true);
    addOption(word("sign-password-env"), word("VAR"),
              CliText::tr("Environment variable holding the PKCS#12 password (else it is asked on the terminal)."));
    addOption(word("archive"), word("FILE"),
              CliText::tr("Check a ledger kept when its cache was rebuilt or its profile removed "
                          "(kept-…/ledger.jsonl)."),
              true);

    addOption(word("base-url"), word("URL"), CliText::tr("Address of the platform (https://…)."));
    addOption(word("app-id"), word("ID"), CliText::tr("The appId the platform issued to the court."));
    addOption(word("org-open-id"), word("ID"), CliText::tr("The orgOpenId of the court on the platform."));
    addOption(word("domain"), word("DOMAIN"), CliText::tr("The court's mail domain."));
    addOption(word("pin"), word("BASE64"),
              CliText::tr("SHA-256 pin of the server's public key (SPKI, base64); repeatable."));
    addOption(word("ca-file"), word("FILE"), CliText::tr("Certificate (PEM) of a CA to trust for the platform."), true);
    addOption(word("read-only"), {}, CliText::tr("Auditor profile: every change is refused."));

    const QString sandbox = word("--sandbox-config /tmp/court.json");
    const QString profile = word("--profile 广州天河");

    CommandSpec ping = command({word("ping")}, word("ping"), CliText::tr("Check the connection to the platform."),
                               CliText::tr("Checks reachability, TLS and the certificate pin, the token and one API "
                                           "call, then tells which families of endpoints the platform serves."));
    ping.connects = true;
    ping.examples = {word("dmctl ping ") + sandbox, word("dmctl ping ") + profile + word(" --verbose")};
    addCommand(ping);

    CommandSpec accounts = command({word("accounts")}, word("accounts <subcommand>"),
                                   CliText::tr("Look up, open and list delivery mailbox accounts."),
                                   CliText::tr("Changes go through the outbox of the local cache, so an interrupted "
                                               "run is finished by accounts resume and never done twice."));
    accounts.subcommands = {word("get"),    word("create"), word("list"),
                            word("import"), word("resume"), word("set-address-basis")};
    accounts.examples = {word("dmctl accounts list ") + sandbox, word("dmctl help accounts create")};
    addCommand(accounts);

    CommandSpec get = command({word("accounts"), word("get")}, word("accounts get ACCOUNT"),
                              CliText::tr("Show one account as the platform has it."),
                              CliText::tr("Asks the platform for the account and prints its details, with the "
                                          "recipient's numbers masked."));
    get.connects = true;
    get.examples = {word("dmctl accounts get zhang.san ") + sandbox, word("dmctl accounts get li.si ") + profile};
    addCommand(get);

    CommandSpec create =
        command({word("accounts"), word("create")},
                word("accounts create --account ACCOUNT --name NAME --personal FILE|- [options]"),
                CliText::tr("Open a delivery mailbox for a recipient."),
                CliText::tr("The recipient's mobile and ID-card numbers are read from a file only you can read, or "
                            "from standard input, never from the command line. The account is created through the "
                            "outbox and the recipient gets an activation text message."));
    create.connects = true;
    create.options = {word("account"), word("name"),       word("personal"),        word("unit"),   word("case-number"),
                      word("basis"),   word("basis-date"), word("basis-reference"), word("mobile"), word("id-number")};
    create.examples = {word("dmctl accounts create --account zhang.san --name 张三 --personal /tmp/zhang.txt "
                            "--case-number '(2026)粤0104民初1234号' ") +
                           sandbox,
                       word("dmctl accounts create --account li.si --name 李四 --personal - --basis confirmed "
                            "--basis-date 2026-06-01 ") +
                           profile};
    addCommand(create);

    CommandSpec list = command({word("accounts"), word("list")}, word("accounts list [options]"),
                               CliText::tr("List the accounts, filtered."),
                               CliText::tr("Lists the platform's accounts page by page, with the recipients' "
                                           "numbers masked."));
    list.connects = true;
    list.options = {word("status"), word("activation"), word("unit"), word("keyword"), word("limit"), word("format")};
    list.examples = {word("dmctl accounts list --activation smsSent --format csv ") + sandbox,
                     word("dmctl accounts list --keyword zhang --limit 20 ") + profile};
    addCommand(list);

    CommandSpec import = command({word("accounts"), word("import")}, word("accounts import FILE [options]"),
                                 CliText::tr("Open the accounts of a roster file (CSV, GBK or XLSX)."),
                                 CliText::tr("Checks every row, prints each rejected row on stderr, then creates the "
                                             "valid ones in one batch that a rerun resumes. Exit code 3 when rows "
                                             "were rejected."));
    import.connects = true;
    import.options = {word("dry-run"), word("encoding"), word("map"), word("unit"), word("delivery")};
    import.notes = {{word("dry-run"), CliText::tr("Check the file; create nothing.")},
                    { word("unit"),
                      CliText::tr("Unit of the rows that name none.") }};
    import.examples = {word("dmctl accounts import roster.csv --dry-run ") + sandbox,
                       word("dmctl accounts import roster.xlsx --map 证件号码=id --unit 1002 ") + profile};
    addCommand(import);

    CommandSpec resume = command({word("accounts"), word("resume")}, word("accounts resume [--failed]"),
                                 CliText::tr("Finish the account changes an interrupted run left in the outbox."),
                                 CliText::tr("Sends what the outbox still holds; with --failed the actions that "
                                             "failed go again first."));
    resume.connects = true;
    resume.options = {word("failed")};
    resume.examples = {word("dmctl accounts resume ") + sandbox, word("dmctl accounts resume --failed ") + profile};
    addCommand(resume);

    CommandSpec basis = command({word("accounts"), word("set-address-basis")},
                                word("accounts set-address-basis --account ACCOUNT --basis KIND [options]"),
                                CliText::tr("Record where the court got a recipient's delivery address."),
                                CliText::tr("Sets or clears the address basis of an account through the outbox."));
    basis.connects = true;
    basis.options = {word("account"), word("basis"), word("basis-date"), word("basis-reference")};
    basis.examples = {word("dmctl accounts set-address-basis --account zhang.san --basis provided --basis-date "
                           "2026-06-01 ") +
                          sandbox,
                      word("dmctl accounts set-address-basis --account zhang.san --basis none ") + profile};
    addCommand(basis);

    CommandSpec sync = command({word("sync")}, word("sync [options]"),
                               CliText::tr("Bring the local cache up to date with the platform."),
                               CliText::tr("Syncs accounts, policy and the three logs, then checks the counts "
                                           "against the platform; exit code 1 when they differ. Progress on stderr."));
    sync.connects = true;
    sync.options = {word("stream"), word("history-days")};
    sync.examples = {word("dmctl sync ") + sandbox, word("dmctl sync --stream accounts --stream mail ") + profile};
    addCommand(sync);

    const QStringList logFilters{word("type"),      word("from"),    word("to"),        word("account"),
                                 word("status"),    word("ip"),      word("province"),  word("method"),
                                 word("abnormal"),  word("subject"), word("direction"), word("sender"),
                                 word("recipient"), word("read"),    word("operator"),  word("action"),
                                 word("target"),    word("limit"),   word("format")};
    const QString logStatus = CliText::tr("Only rows with this result (operations, logins) or status (mail).");
    const QString logAccount = CliText::tr("Logins of this account.");
    CommandSpec logs = command({word("logs")}, word("logs <subcommand>"),
                               CliText::tr("Search and export the operation, login and mail logs."),
                               CliText::tr("Answered from the local cache alone (run dmctl sync first), so it works "
                                           "with the platform out of reach."));
    logs.subcommands = {word("search"), word("export")};
    logs.examples = {word("dmctl logs search --type login --abnormal ") + sandbox, word("dmctl help logs export")};
    addCommand(logs);

    CommandSpec search = command({word("logs"), word("search")}, word("logs search --type TYPE [filters]"),
                                 CliText::tr("Search a log in the local cache."),
                                 CliText::tr("Prints the matching rows, newest first. JSON and CSV output count as "
                                             "an export and are recorded in the audit ledger."));
    search.connects = true;
    search.options = logFilters + QStringList{word("tsa"), word("tsa-chain")};
    search.notes = {{word("status"), logStatus}, {word("account"), logAccount}};
    search.examples = {word("dmctl logs search --type mail --subject 判决书 --from 2026-10-01 ") + sandbox,
                       word("dmctl logs search --type login --abnormal --format csv ") + profile};
    addCommand(search);

    CommandSpec logExport = command(
        {word("logs"), word("export")}, word("logs export --type TYPE --format csv|xlsx|pdf --output FILE [filters]"),
        CliText::tr("Export a log to a CSV, XLSX or PDF file."),
        CliText::tr("Writes the rows the filters match as the Logs pages of dmadmin export them, records the "
                    "export in the audit ledger and time-stamps the ledger."));
    logExport.connects = true;
    logExport.options = logFilters + QStringList{word("output"), word("tsa"), word("tsa-chain")};
    logExport.notes = {{word("status"), logStatus},
                       {word("account"), logAccount},
                       {word("format"), CliText::tr("File format: csv, xlsx or pdf.")},
                       {word("output"), CliText::tr("File the export is written to.")}};
    logExport.examples = {
        word("dmctl logs export --type mail --subject 判决书 --format xlsx --output mails.xlsx ") + sandbox,
        word("dmctl logs export --type operation --from 2026-10-01 --format pdf --output ops.pdf ") + profile};
    addCommand(logExport);

    const QString documentFormat = CliText::tr("Output format: json (default) or table.");
    CommandSpec policy = command({word("policy")}, word("policy <subcommand>"),
                                 CliText::tr("Delivery policy as code: read, change and check against a baseline."),
                                 CliText::tr("The policy documents of the domain, units and accounts in the API "
                                             "contract's JSON."));
    policy.subcommands = {word("get"), word("set"), word("drift"), word("fix-drift")};
    policy.examples = {word("dmctl policy get --level domain ") + sandbox, word("dmctl help policy set")};
    addCommand(policy);

    const QString policyTarget =
        CliText::tr("Unit id or account name the policy belongs to (--level unit or account).");
    CommandSpec policyGet = command({word("policy"), word("get")}, word("policy get --level LEVEL [--target ID]"),
                                    CliText::tr("Print the policy document of one level."),
                                    CliText::tr("Prints the platform's document, or with --effective an account's "
                                                "effective policy with the source of each field."));
    policyGet.connects = true;
    policyGet.options = {word("level"), word("target"), word("effective"), word("format")};
    policyGet.notes = {{word("target"), policyTarget}, {word("format"), documentFormat}};
    policyGet.examples = {word("dmctl policy get --level domain ") + sandbox + word(" > policy.json"),
                          word("dmctl policy get --level account --target zhang.san --effective --format table ") +
                              profile};
    addCommand(policyGet);

    CommandSpec policySet =
        command({word("policy"), word("set")}, word("policy set --level LEVEL [--target ID] --file FILE [options]"),
                CliText::tr("Change a policy document from a JSON file."),
                CliText::tr("Prints the difference between the platform's document and the file; --dry-run stops "
                            "there, otherwise the change goes through the outbox."));
    policySet.connects = true;
    policySet.options = {word("level"), word("target"), word("file"), word("expected-version"), word("dry-run")};
    policySet.notes = {{word("target"), policyTarget}};
    policySet.examples = {word("dmctl policy set --level unit --target 1002 --file policy.json --dry-run ") + sandbox,
                          word("dmctl policy set --level domain --file policy.json --expected-version 7 ") + profile};
    addCommand(policySet);

    CommandSpec drift = command({word("policy"), word("drift")}, word("policy drift [options]"),
                                CliText::tr("List where the policies are weaker than the baseline."),
                                CliText::tr("Syncs the policy stream (unless --offline) and scans the cache against "
                                            "the baseline; exit code 1 when anything drifts."));
    drift.connects = true;
    drift.options = {word("baseline"), word("offline"), word("format"), word("fix")};
    drift.examples = {word("dmctl policy drift --format table ") + sandbox,
                      word("dmctl policy drift --baseline baseline.json --offline ") + profile};
    addCommand(drift);

    CommandSpec fixDrift = command({word("policy"), word("fix-drift")}, word("policy fix-drift [options]"),
                                   CliText::tr("Fix every drift from the baseline."),
                                   CliText::tr("The same as policy drift --fix: queues the fix of every drift found, "
                                               "applies it, syncs and scans again."));
    fixDrift.connects = true;
    fixDrift.options = {word("baseline"), word("offline"), word("format")};
    fixDrift.examples = {word("dmctl policy fix-drift ") + sandbox,
                         word("dmctl policy fix-drift --baseline baseline.json ") + profile};
    addCommand(fixDrift);

    CommandSpec loginRules = command({word("loginrules")}, word("loginrules <subcommand>"),
                                     CliText::tr("Login rules: read, change and test them."),
                                     CliText::tr("The rules of the domain, or of one account with --account."));
    loginRules.subcommands = {word("get"), word("set"), word("test")};
    loginRules.examples = {word("dmctl loginrules get ") + sandbox, word("dmctl help loginrules set")};
    addCommand(loginRules);

    const QString rulesAccount = CliText::tr("The rules of this account (default: the domain's).");
    CommandSpec rulesGet = command({word("loginrules"), word("get")}, word("loginrules get [--account ACCOUNT]"),
                                   CliText::tr("Print the login rules."),
                                   CliText::tr("Prints the platform's login rules in the API contract's JSON."));
    rulesGet.connects = true;
    rulesGet.options = {word("account"), word("format")};
    rulesGet.notes = {{word("account"), rulesAccount}, {word("format"), documentFormat}};
    rulesGet.examples = {word("dmctl loginrules get ") + sandbox + word(" > rules.json"),
                         word("dmctl loginrules get --account zhang.san --format table ") + profile};
    addCommand(rulesGet);

    CommandSpec rulesSet =
        command({word("loginrules"), word("set")}, word("loginrules set --file FILE [options]"),
                CliText::tr("Change the login rules from a JSON file."),
                CliText::tr("Prints the difference; --dry-run also replays the cached logins of the last days under "
                            "the old and the new rules and changes nothing."));
    rulesSet.connects = true;
    rulesSet.options = {word("account"), word("file"), word("expected-version"),
                        word("dry-run"), word("days"), word("format")};
    rulesSet.notes = {{word("account"), rulesAccount}, {word("format"), documentFormat}};
    rulesSet.examples = {word("dmctl loginrules set --file rules.json --dry-run --days 30 ") + sandbox,
                         word("dmctl loginrules set --account zhang.san --file rules.json ") + profile};
    addCommand(rulesSet);

    CommandSpec rulesTest = command({word("loginrules"), word("test")}, word("loginrules test IP [options]"),
                                    CliText::tr("Ask the platform what its rules decide for a login."),
                                    CliText::tr("Evaluates a login from the address IP (and the place given) under "
                                                "the rules in force."));
    rulesTest.connects = true;
    rulesTest.options = {word("account"), word("region"), word("format")};
    rulesTest.notes = {{word("account"), CliText::tr("The account that logs in.")}, {word("format"), documentFormat}};
    rulesTest.examples = {word("dmctl loginrules test 58.248.1.2 --account zhang.san --region 广东省广州市 ") + sandbox,
                          word("dmctl loginrules test 10.1.2.3 --format json ") + profile};
    addCommand(rulesTest);

    CommandSpec proof = command({word("proof")}, word("proof <subcommand>"),
                                CliText::tr("Proof-of-delivery packs: make and verify them."),
                                CliText::tr("A pack proves that a document reached its recipient; anyone can check "
                                            "it."));
    proof.subcommands = {word("make"), word("verify")};
    proof.examples = {word("dmctl help proof make"), word("dmctl proof verify pack.zip ") + sandbox};
    addCommand(proof);

    CommandSpec make =
        command({word("proof"), word("make")},
                word("proof make --message-id ID --recipient ADDRESS [options] | --case CASE [options]"),
                CliText::tr("Make the proof-of-delivery pack of a document, or of every document of a case."),
                CliText::tr("Writes the pack (ZIP with the events, time-stamp and certificate PDF) and records it in "
                            "the audit ledger."));
    make.connects = true;
    make.options = {word("message-id"), word("recipient"), word("attach"),    word("case"), word("court"),
                    word("output"),     word("tsa"),       word("tsa-chain"), word("sign"), word("sign-password-env")};
    make.notes = {{word("recipient"), CliText::tr("Mail address of the recipient.")},
                  {word("output"), CliText::tr("Folder the packs are written to.")}};
    make.examples = {word("dmctl proof make --message-id 8f2c1a --recipient zhang.san@court.example --output packs ") +
                         sandbox,
                     word("dmctl proof make --case '(2026)粤0104民初1234号' --court 广州市天河区人民法院 ") + profile};
    addCommand(make);

    CommandSpec verify = command({word("proof"), word("verify")}, word("proof verify PACK.zip [--tsa-chain FILE]"),
                                 CliText::tr("Check a proof-of-delivery pack."),
                                 CliText::tr("Checks the hashes, the event chain, the time-stamp and the signature "
                                             "of the pack, and records the check in the audit ledger."));
    verify.connects = true;
    verify.options = {word("tsa-chain")};
    verify.examples = {word("dmctl proof verify pack.zip ") + sandbox,
                       word("dmctl proof verify pack.zip --tsa-chain tsa-chain.pem ") + profile};
    addCommand(verify);

    CommandSpec audit = command({word("audit")}, word("audit <subcommand>"),
                                CliText::tr("The audit ledger: check it, time-stamp it, read it."),
                                CliText::tr("Every change of the platform or the cache is recorded in the sealed "
                                            "audit ledger of the local cache."));
    audit.subcommands = {word("verify"), word("anchor"), word("list")};
    audit.examples = {word("dmctl audit verify ") + sandbox, word("dmctl audit list --limit 20 ") + profile};
    addCommand(audit);

    CommandSpec auditVerify =
        command({word("audit"), word("verify")}, word("audit verify [--tsa-chain FILE] [--archive FILE]"),
                CliText::tr("Check the whole audit ledger and its anchors."),
                CliText::tr("Checks the seals, links and guards of the ledger, then every anchor; exit code 1 names "
                            "the first fault. With --archive it checks a kept ledger and needs no connection."));
    auditVerify.connects = true;
    auditVerify.options = {word("tsa-chain"), word("archive")};
    auditVerify.examples = {word("dmctl audit verify ") + sandbox,
                            word("dmctl audit verify --archive ~/.local/share/dmadmin/kept-1/ledger.jsonl")};
    addCommand(auditVerify);

    CommandSpec anchor = command({word("audit"), word("anchor")}, word("audit anchor [--tsa URL --tsa-chain FILE]"),
                                 CliText::tr("Time-stamp the head of the audit ledger now."),
                                 CliText::tr("Asks the time-stamping service to sign the ledger's head and keeps the "
                                             "anchor in the cache and beside it."));
    anchor.connects = true;
    anchor.options = {word("tsa"), word("tsa-chain")};
    anchor.examples = {word("dmctl audit anchor ") + sandbox,
                       word("dmctl audit anchor --tsa https://tsa.example/tsr --tsa-chain tsa-chain.pem ") + profile};
    addCommand(anchor);

    CommandSpec auditList = command({word("audit"), word("list")}, word("audit list [--limit N]"),
                                    CliText::tr("Print the newest entries of the audit ledger."),
                                    CliText::tr("Prints the newest entries first (50 unless --limit says otherwise)."));
    auditList.connects = true;
    auditList.options = {word("limit")};
    auditList.examples = {word("dmctl audit list ") + sandbox, word("dmctl audit list --limit 200 ") + profile};
    addCommand(auditList);

    CommandSpec cache = command({word("cache")}, word("cache <subcommand>"),
                                CliText::tr("The encrypted local cache: check or rebuild it."),
                                CliText::tr("One cache per profile, encrypted with a key kept in the keychain."));
    cache.subcommands = {word("verify"), word("rebuild")};
    cache.examples = {word("dmctl cache verify ") + sandbox, word("dmctl cache rebuild ") + profile};
    addCommand(cache);

    CommandSpec cacheVerify =
        command({word("cache"), word("verify")}, word("cache verify"), CliText::tr("Check the local cache."),
                CliText::tr("Checks the HMAC of every page, the b-trees, the audit ledger's "
                            "chain and the counts against the platform; exit code 1 when "
                            "anything is wrong."));
    cacheVerify.connects = true;
    cacheVerify.examples = {word("dmctl cache verify ") + sandbox, word("dmctl cache verify ") + profile};
    addCommand(cacheVerify);

    CommandSpec rebuild = command({word("cache"), word("rebuild")}, word("cache rebuild [options]"),
                                  CliText::tr("Delete the local cache and sync it again from the platform."),
                                  CliText::tr("The audit ledger is kept first; if it cannot be, nothing is deleted."));
    rebuild.connects = true;
    rebuild.options = {word("stream"), word("history-days")};
    rebuild.examples = {word("dmctl cache rebuild ") + sandbox,
                        word("dmctl cache rebuild --history-days 30 ") + profile};
    addCommand(rebuild);

    CommandSpec profiles = command({word("profile")}, word("profile <subcommand>"),
                                   CliText::tr("Saved connection profiles, shared with dmadmin."),
                                   CliText::tr("A profile names a platform and the court's ids; its authCode is kept "
                                               "in the keychain."));
    profiles.subcommands = {word("add"), word("list"), word("remove")};
    profiles.examples = {word("dmctl profile list"), word("dmctl help profile add")};
    addCommand(profiles);

    CommandSpec add = command({word("profile"), word("add")},
                              word("profile add NAME --base-url URL --app-id ID --org-open-id ID --domain DOMAIN "
                                   "[options]"),
                              CliText::tr("Save a connection profile."),
                              CliText::tr("Stores the profile in dmadmin's settings and its authCode in the keychain, "
                                          "read from an environment variable or standard input."));
    add.options = {word("base-url"), word("app-id"),    word("org-open-id"),   word("domain"),         word("pin"),
                   word("ca-file"),  word("read-only"), word("auth-code-env"), word("auth-code-stdin")};
    add.examples = {word("dmctl profile add 广州天河 --base-url https://mail.example.cn --app-id a1 --org-open-id o1 "
                         "--domain court.example.cn --auth-code-env DM_AUTH_CODE"),
                    word("dmctl profile add 审计 --base-url https://mail.example.cn --app-id a1 --org-open-id o1 "
                         "--domain court.example.cn --read-only --auth-code-stdin")};
    addCommand(add);

    CommandSpec profileList =
        command({word("profile"), word("list")}, word("profile list"), CliText::tr("List the saved profiles."),
                CliText::tr("One line per profile: its name, platform and domain."));
    profileList.examples = {word("dmctl profile list"), word("dmctl profile list --lang en")};
    addCommand(profileList);

    CommandSpec remove =
        command({word("profile"), word("remove")}, word("profile remove NAME"), CliText::tr("Remove a saved profile."),
                CliText::tr("Removes the profile, its keychain entries and its cache; its audit "
                            "ledger is kept."));
    remove.examples = {word("dmctl profile remove 广州天河"), word("dmctl profile remove 审计 --verbose")};
    addCommand(remove);

    CommandSpec help =
        command({word("help")}, word("help [COMMAND [SUBCOMMAND]]"), CliText::tr("Show the help of a command."),
                CliText::tr("Without a command: the overview of every command."));
    help.examples = {word("dmctl help accounts"), word("dmctl help accounts create")};
    addCommand(help);

    CommandSpec completion = command({word("completion")}, word("completion bash|powershell"),
                                     CliText::tr("Print the shell completion script."),
                                     CliText::tr("Prints a script that completes dmctl's commands and options in bash "
                                                 "or PowerShell."));
    completion.choices = {word("bash"), word("powershell")};
    completion.examples = {word("dmctl completion bash > ~/.local/share/bash-completion/completions/dmctl"),
                           word("dmctl completion powershell | Out-String | Invoke-Expression")};
    addCommand(completion);

    // `dmctl help` takes the name of any command.
    QStringList names;
    for (const CommandSpec* top : topLevel()) {
        names.append(top->path.first());
    }
    for (CommandSpec& spec : m_commands) {
        if (spec.path == QStringList{word("help")}) {
            spec.choices = names;
        }
    }
}

QStringList CommandTable::generalOptions() const
{
    return {word("lang"), word("verbose"), word("help")};
}

QStringList CommandTable::connectionOptions() const
{
    return {word("profile"),         word("sandbox-config"), word("auth-code-env"),
            word("auth-code-stdin"), word("proxy-user"),     word("proxy-password-env")};
}

const CommandSpec* CommandTable::find(const QStringList& path) const
{
    for (const CommandSpec& spec : m_commands) {
        if (spec.path == path) {
            return &spec;
        }
    }
    return nullptr;
}

const OptionSpec* CommandTable::option(const QString& name) const
{
    for (const OptionSpec& spec : m_options) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

const CommandSpec* CommandTable::resolve(const QStringList& words) const
{
    const CommandSpec* top = find(words.mid(0, 1));
    if (!top || top->subcommands.isEmpty() || words.size() < 2) {
        return top;
    }
    const CommandSpec* sub = find(words.mid(0, 2));
    return sub ? sub : top;
}

QList<const CommandSpec*> CommandTable::topLevel() const
{
    QList<const CommandSpec*> result;
    for (const CommandSpec& spec : m_commands) {
        if (spec.path.size() == 1) {
            result.append(&spec);
        }
    }
    return result;
}

QStringList CommandTable::accepted(const CommandSpec& command) const
{
    QStringList names = command.options;
    if (command.connects) {
        names += connectionOptions();
    }
    return names + generalOptions();
}

QString CommandTable::describe(const CommandSpec& command, const QString& name) const
{
    for (const auto& note : command.notes) {
        if (note.first == name) {
            return note.second;
        }
    }
    const OptionSpec* spec = option(name);
    return spec ? spec->description : QString();
}

void CommandTable::addOption(const QString& name, const QString& valueName, const QString& description, bool takesFile)
{
    m_options.append(OptionSpec{name, valueName, description, takesFile});
}

void CommandTable::addCommand(CommandSpec command)
{
    m_commands.append(std::move(command));
}

} // namespace dm
