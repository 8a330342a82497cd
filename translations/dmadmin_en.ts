<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountNameError</name>
    <message>
        <source>Enter the account name.</source>
        <translation>Enter the account name.</translation>
    </message>
    <message numerus="yes">
        <source>The account name must have at least %n characters.</source>
        <translation>
            <numerusform>The account name must have at least %n character.</numerusform>
            <numerusform>The account name must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account name must have at most %n characters.</source>
        <translation>
            <numerusform>The account name must have at most %n character.</numerusform>
            <numerusform>The account name must have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the account name is not allowed: use only letters a to z, digits, dot, underscore and hyphen.</source>
        <translation>Character %1 of the account name is not allowed: use only letters a to z, digits, dot, underscore and hyphen.</translation>
    </message>
    <message>
        <source>The account name must start and end with a letter or a digit.</source>
        <translation>The account name must start and end with a letter or a digit.</translation>
    </message>
    <message>
        <source>The account name must not contain two dots in a row.</source>
        <translation>The account name must not contain two dots in a row.</translation>
    </message>
    <message>
        <source>This account name is reserved for the mail system. Choose another.</source>
        <translation>This account name is reserved for the mail system. Choose another.</translation>
    </message>
    <message>
        <source>Enter a whole mailbox address, with @ and the domain.</source>
        <translation>Enter a whole mailbox address, with @ and the domain.</translation>
    </message>
    <message>
        <source>The mailbox address must end with @%1.</source>
        <translation>The mailbox address must end with @%1.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The platform did not confirm the password reset, and it cannot tell whether the reset happened. It was not repeated, because a second reset would invalidate a password already sent by SMS. Check the operation log before resetting again.</source>
        <translation>The platform did not confirm the password reset, and it cannot tell whether the reset happened. It was not repeated, because a second reset would invalidate a password already sent by SMS. Check the operation log before resetting again.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The platform cannot be reached. Check the network connection and the proxy settings.</source>
        <translation>The platform cannot be reached. Check the network connection and the proxy settings.</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>The platform did not answer in time.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused (untrusted, expired or issued for another address). Nothing was sent.</source>
        <translation>The platform&apos;s certificate was refused (untrusted, expired or issued for another address). Nothing was sent.</translation>
    </message>
    <message>
        <source>The platform presented a key this profile does not trust (certificate pin mismatch). Nothing was sent. If the platform changed its certificate, update the pin in the profile.</source>
        <translation>The platform presented a key this profile does not trust (certificate pin mismatch). Nothing was sent. If the platform changed its certificate, update the pin in the profile.</translation>
    </message>
    <message>
        <source>The platform refused this profile&apos;s credentials. Check the appId, orgOpenId and authorization code.</source>
        <translation>The platform refused this profile&apos;s credentials. Check the appId, orgOpenId and authorization code.</translation>
    </message>
    <message>
        <source>The platform does not accept requests from this computer&apos;s IP address.</source>
        <translation>The platform does not accept requests from this computer&apos;s IP address.</translation>
    </message>
    <message>
        <source>The platform denied permission for this operation.</source>
        <translation>The platform denied permission for this operation.</translation>
    </message>
    <message>
        <source>The platform refused the request as invalid.</source>
        <translation>The platform refused the request as invalid.</translation>
    </message>
    <message>
        <source>The platform refused the value of the field &quot;%1&quot;.</source>
        <translation>The platform refused the value of the field &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The platform has no such record.</source>
        <translation>The platform has no such record.</translation>
    </message>
    <message>
        <source>The platform refused the operation under one of its rules (%1).</source>
        <translation>The platform refused the operation under one of its rules (%1).</translation>
    </message>
    <message>
        <source>The platform is limiting the request rate. Try again in a moment.</source>
        <translation>The platform is limiting the request rate. Try again in a moment.</translation>
    </message>
    <message>
        <source>The platform reported an internal error. Try again later.</source>
        <translation>The platform reported an internal error. Try again later.</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be understood.</source>
        <translation>The platform&apos;s answer could not be understood.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The local cache file cannot be opened or created. Check that its folder exists and is writable.</source>
        <translation>The local cache file cannot be opened or created. Check that its folder exists and is writable.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: its key is wrong or missing, or the file is not a dmadmin cache. It can be rebuilt from the platform.</source>
        <translation>The local cache cannot be opened: its key is wrong or missing, or the file is not a dmadmin cache. It can be rebuilt from the platform.</translation>
    </message>
    <message>
        <source>The local cache is damaged (an integrity check failed). It can be rebuilt from the platform.</source>
        <translation>The local cache is damaged (an integrity check failed). It can be rebuilt from the platform.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this operation; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved from this operation; free some space and try again.</translation>
    </message>
    <message>
        <source>The local cache is read-only. Check the file&apos;s permissions.</source>
        <translation>The local cache is read-only. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>The local cache is busy in another window or process. Try again in a moment.</source>
        <translation>The local cache is busy in another window or process. Try again in a moment.</translation>
    </message>
    <message>
        <source>The local cache refused a record that conflicts with one it already holds.</source>
        <translation>The local cache refused a record that conflicts with one it already holds.</translation>
    </message>
    <message>
        <source>The encryption library is not SQLCipher 4, so the local cache cannot be protected. dmadmin will not store data unencrypted.</source>
        <translation>The encryption library is not SQLCipher 4, so the local cache cannot be protected. dmadmin will not store data unencrypted.</translation>
    </message>
    <message>
        <source>The operation on the local cache was cancelled.</source>
        <translation>The operation on the local cache was cancelled.</translation>
    </message>
    <message>
        <source>The local cache reported an unexpected error (code %1).</source>
        <translation>The local cache reported an unexpected error (code %1).</translation>
    </message>
</context>
<context>
    <name>IdCardError</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters, but %n were entered.</source>
        <translation>
            <numerusform>An ID number has 18 characters, but %n was entered.</numerusform>
            <numerusform>An ID number has 18 characters, but %n were entered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the ID number is not allowed: only digits, and X as the last character.</source>
        <translation>Character %1 of the ID number is not allowed: only digits, and X as the last character.</translation>
    </message>
    <message>
        <source>The first digits of the ID number do not name a province, autonomous region or municipality.</source>
        <translation>The first digits of the ID number do not name a province, autonomous region or municipality.</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of the ID number must be a real birth date between 1900 and today.</source>
        <translation>Digits 7 to 14 of the ID number must be a real birth date between 1900 and today.</translation>
    </message>
    <message>
        <source>The last character of the ID number does not match the others. Check the number for a typo.</source>
        <translation>The last character of the ID number does not match the others. Check the number for a typo.</translation>
    </message>
</context>
<context>
    <name>MobileError</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits, but %n were entered.</source>
        <translation>
            <numerusform>A mobile number has 11 digits, but %n was entered.</numerusform>
            <numerusform>A mobile number has 11 digits, but %n were entered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the mobile number is not allowed: use digits, spaces, dashes and a leading +86.</source>
        <translation>Character %1 of the mobile number is not allowed: use digits, spaces, dashes and a leading +86.</translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number: it must start with 13 to 19, optionally after +86.</source>
        <translation>This is not a mainland China mobile number: it must start with 13 to 19, optionally after +86.</translation>
    </message>
</context>
<context>
    <name>ResultCodes</name>
    <message>
        <source>The platform answered with an unknown result code %1.</source>
        <translation>The platform answered with an unknown result code %1.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Success.</translation>
    </message>
    <message>
        <source>The platform had a system error.</source>
        <translation>The platform had a system error.</translation>
    </message>
    <message>
        <source>A service inside the platform failed.</source>
        <translation>A service inside the platform failed.</translation>
    </message>
    <message>
        <source>The platform refused the request under one of its rules.</source>
        <translation>The platform refused the request under one of its rules.</translation>
    </message>
    <message>
        <source>The platform has no such record.</source>
        <translation>The platform has no such record.</translation>
    </message>
    <message>
        <source>The platform did not accept this connection&apos;s credentials.</source>
        <translation>The platform did not accept this connection&apos;s credentials.</translation>
    </message>
    <message>
        <source>The platform does not know this application or organisation.</source>
        <translation>The platform does not know this application or organisation.</translation>
    </message>
    <message>
        <source>The platform denied access.</source>
        <translation>The platform denied access.</translation>
    </message>
    <message>
        <source>The platform does not accept requests from this computer&apos;s IP address.</source>
        <translation>The platform does not accept requests from this computer&apos;s IP address.</translation>
    </message>
    <message>
        <source>This application is not permitted to use this platform function.</source>
        <translation>This application is not permitted to use this platform function.</translation>
    </message>
    <message>
        <source>The platform&apos;s access token is unavailable.</source>
        <translation>The platform&apos;s access token is unavailable.</translation>
    </message>
    <message>
        <source>The access token expired.</source>
        <translation>The access token expired.</translation>
    </message>
    <message>
        <source>The refresh token expired.</source>
        <translation>The refresh token expired.</translation>
    </message>
    <message>
        <source>The platform could not issue a token.</source>
        <translation>The platform could not issue a token.</translation>
    </message>
    <message>
        <source>The organisation&apos;s authorization has expired.</source>
        <translation>The organisation&apos;s authorization has expired.</translation>
    </message>
    <message>
        <source>The application&apos;s registration has expired.</source>
        <translation>The application&apos;s registration has expired.</translation>
    </message>
    <message>
        <source>The platform could not understand the request.</source>
        <translation>The platform could not understand the request.</translation>
    </message>
    <message>
        <source>A field of the request is invalid.</source>
        <translation>A field of the request is invalid.</translation>
    </message>
    <message>
        <source>The platform refused a repeated request.</source>
        <translation>The platform refused a repeated request.</translation>
    </message>
    <message>
        <source>Too many requests: the platform asks us to slow down.</source>
        <translation>Too many requests: the platform asks us to slow down.</translation>
    </message>
    <message>
        <source>This application sent too many requests: the platform asks us to slow down.</source>
        <translation>This application sent too many requests: the platform asks us to slow down.</translation>
    </message>
    <message>
        <source>The platform refused the request headers (check this computer&apos;s clock).</source>
        <translation>The platform refused the request headers (check this computer&apos;s clock).</translation>
    </message>
    <message>
        <source>A service the platform depends on failed.</source>
        <translation>A service the platform depends on failed.</translation>
    </message>
</context>
<context>
    <name>dm::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>This page will list the delivery mailboxes cached from the platform, with search, filters and a detail pane for the selected recipient.</source>
        <translation>This page will list the delivery mailboxes cached from the platform, with search, filters and a detail pane for the selected recipient.</translation>
    </message>
    <message>
        <source>Find a mailbox quickly by recipient name, account, case number, ID card number or mobile number; personal numbers stay masked unless you choose to reveal one.</source>
        <translation>Find a mailbox quickly by recipient name, account, case number, ID card number or mobile number; personal numbers stay masked unless you choose to reveal one.</translation>
    </message>
    <message>
        <source>Create mailboxes one at a time, or import them in bulk from the case system (CSV or Excel), with every row checked and a dry run before anything is sent to the platform.</source>
        <translation>Create mailboxes one at a time, or import them in bulk from the case system (CSV or Excel), with every row checked and a dry run before anything is sent to the platform.</translation>
    </message>
    <message>
        <source>Edit, enable, disable or delete accounts, reset passwords and resend the activation SMS.</source>
        <translation>Edit, enable, disable or delete accounts, reset passwords and resend the activation SMS.</translation>
    </message>
</context>
<context>
    <name>dm::ActivationPage</name>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Activation tracking</source>
        <translation>Activation tracking</translation>
    </message>
    <message>
        <source>This page will show how far recipients have got with their delivery mailboxes: created, activation SMS sent, first login, activated.</source>
        <translation>This page will show how far recipients have got with their delivery mailboxes: created, activation SMS sent, first login, activated.</translation>
    </message>
    <message>
        <source>An activation funnel, and a chart of how long accounts have been waiting.</source>
        <translation>An activation funnel, and a chart of how long accounts have been waiting.</translation>
    </message>
    <message>
        <source>A worklist of overdue accounts, with the activation SMS resent to many recipients at once.</source>
        <translation>A worklist of overdue accounts, with the activation SMS resent to many recipients at once.</translation>
    </message>
    <message>
        <source>Export of the worklist for follow-up calls.</source>
        <translation>Export of the worklist for follow-up calls.</translation>
    </message>
</context>
<context>
    <name>dm::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Start dmadmin with a connection, e.g. the sandbox: packaging/demo.sh</source>
        <translation>Start dmadmin with a connection, e.g. the sandbox: packaging/demo.sh</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connected: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers; %n unit(s) on the platform.</source>
        <translation>
            <numerusform>%1 answers; %n unit on the platform.</numerusform>
            <numerusform>%1 answers; %n units on the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>%1, request %2</source>
        <translation>%1, request %2</translation>
    </message>
</context>
<context>
    <name>dm::LoginLogPage</name>
    <message>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>Login log</translation>
    </message>
    <message>
        <source>This page will show every login to the delivery mailboxes, so that support staff can answer &quot;I can&apos;t log in&quot; calls and auditors can spot misuse.</source>
        <translation>This page will show every login to the delivery mailboxes, so that support staff can answer &quot;I can&apos;t log in&quot; calls and auditors can spot misuse.</translation>
    </message>
    <message>
        <source>Time presets, and filters by account, mail client, IP address and region.</source>
        <translation>Time presets, and filters by account, mail client, IP address and region.</translation>
    </message>
    <message>
        <source>Abnormal logins highlighted.</source>
        <translation>Abnormal logins highlighted.</translation>
    </message>
    <message>
        <source>Export to CSV and PDF.</source>
        <translation>Export to CSV and PDF.</translation>
    </message>
</context>
<context>
    <name>dm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>The platform keeps three logs. Each has its own page under this entry in the navigation tree.</source>
        <translation>The platform keeps three logs. Each has its own page under this entry in the navigation tree.</translation>
    </message>
    <message>
        <source>The log pages arrive with a later release.</source>
        <translation>The log pages arrive with a later release.</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <source>Who changed which mailbox or setting, and when.</source>
        <translation>Who changed which mailbox or setting, and when.</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>Login log</translation>
    </message>
    <message>
        <source>Every login to a delivery mailbox, with abnormal logins highlighted.</source>
        <translation>Every login to a delivery mailbox, with abnormal logins highlighted.</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Mail log</translation>
    </message>
    <message>
        <source>When each document reached a recipient&apos;s mailbox, and when it was read.</source>
        <translation>When each document reached a recipient&apos;s mailbox, and when it was read.</translation>
    </message>
</context>
<context>
    <name>dm::MailLogPage</name>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Mail log</translation>
    </message>
    <message>
        <source>This page will show the mail log: when each document reached a recipient&apos;s delivery mailbox, and when it was read.</source>
        <translation>This page will show the mail log: when each document reached a recipient&apos;s delivery mailbox, and when it was read.</translation>
    </message>
    <message>
        <source>Full-text search of subjects, with time presets and filters.</source>
        <translation>Full-text search of subjects, with time presets and filters.</translation>
    </message>
    <message>
        <source>Delivery and read status for each recipient.</source>
        <translation>Delivery and read status for each recipient.</translation>
    </message>
    <message>
        <source>A delivery proof pack for one document and recipient: a PDF report plus a JSON file with SHA-256 digests, fit for the case file.</source>
        <translation>A delivery proof pack for one document and recipient: a PDF report plus a JSON file with SHA-256 digests, fit for the case file.</translation>
    </message>
</context>
<context>
    <name>dm::MainWindow</name>
    <message>
        <source>Delivery Mailbox Admin</source>
        <translation>Delivery Mailbox Admin</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Follow &amp;system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Delivery Mailbox Admin</source>
        <translation>&amp;About Delivery Mailbox Admin</translation>
    </message>
    <message>
        <source>About Delivery Mailbox Admin</source>
        <translation>About Delivery Mailbox Admin</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Administers official document delivery mailboxes: accounts, activation, delivery permissions and logs.</source>
        <translation>Administers official document delivery mailboxes: accounts, activation, delivery permissions and logs.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Built with Qt %1, running on Qt %2.</translation>
    </message>
</context>
<context>
    <name>dm::OperationLogPage</name>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <source>This page will show the platform&apos;s operation log: who created, changed, disabled or deleted which mailbox or setting, and when.</source>
        <translation>This page will show the platform&apos;s operation log: who created, changed, disabled or deleted which mailbox or setting, and when.</translation>
    </message>
    <message>
        <source>Time presets, and filters by operator, action and target.</source>
        <translation>Time presets, and filters by operator, action and target.</translation>
    </message>
    <message>
        <source>A detail pane, and a timeline for each account.</source>
        <translation>A detail pane, and a timeline for each account.</translation>
    </message>
    <message>
        <source>Export to CSV and PDF for the case file.</source>
        <translation>Export to CSV and PDF for the case file.</translation>
    </message>
</context>
<context>
    <name>dm::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Delivery permissions</source>
        <translation>Delivery permissions</translation>
    </message>
    <message>
        <source>This page will manage the delivery policy that keeps official delivery mailboxes restricted to receiving documents.</source>
        <translation>This page will manage the delivery policy that keeps official delivery mailboxes restricted to receiving documents.</translation>
    </message>
    <message>
        <source>External mail, address book visibility, allowed mail clients, automatic forwarding, SMS verification at login, trusted browsers and password rules.</source>
        <translation>External mail, address book visibility, allowed mail clients, automatic forwarding, SMS verification at login, trusted browsers and password rules.</translation>
    </message>
    <message>
        <source>Login rules by region and IP address, and alerts on abnormal logins.</source>
        <translation>Login rules by region and IP address, and alerts on abnormal logins.</translation>
    </message>
    <message>
        <source>Policy for the whole domain, a unit or a single account; the effective policy of any account; a check for drift from the baseline, with a preview of every change before it is applied.</source>
        <translation>Policy for the whole domain, a unit or a single account; the effective policy of any account; a check for drift from the baseline, with a preview of every change before it is applied.</translation>
    </message>
</context>
<context>
    <name>dm::PlannedPage</name>
    <message>
        <source>This page arrives with a later release.</source>
        <translation>This page arrives with a later release.</translation>
    </message>
</context>
<context>
    <name>dm::SandboxConfig</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 is not the line dmsandbox prints.</source>
        <translation>%1 is not the line dmsandbox prints.</translation>
    </message>
</context>
<context>
    <name>dm::SecretStore</name>
    <message>
        <source>The secret name is not valid.</source>
        <translation>The secret name is not valid.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>It lost a test entry right after storing it.</source>
        <translation>It lost a test entry right after storing it.</translation>
    </message>
    <message>
        <source>It returned different data than was stored in it.</source>
        <translation>It returned different data than was stored in it.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>The keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot; for this profile.</source>
        <translation>The keychain holds no secret named &quot;%1&quot; for this profile.</translation>
    </message>
    <message>
        <source>No system keychain is available: dmadmin keeps its keys only in the keychain, never in a file. Set up or unlock the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>No system keychain is available: dmadmin keeps its keys only in the keychain, never in a file. Set up or unlock the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it or allow dmadmin to use it, then try again.</source>
        <translation>The system keychain refused access. Unlock it or allow dmadmin to use it, then try again.</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is larger than the %2 bytes a system keychain entry can hold.</source>
        <translation>The secret &quot;%1&quot; is larger than the %2 bytes a system keychain entry can hold.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>The system keychain did not answer in time.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>The system keychain reported an error.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error message, then its detail</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This page will hold the connection profiles for the platform and the preferences of this client.</source>
        <translation>This page will hold the connection profiles for the platform and the preferences of this client.</translation>
    </message>
    <message>
        <source>Connection profiles: platform address, application credentials, mail domain and optional certificate pinning, with a connection test.</source>
        <translation>Connection profiles: platform address, application credentials, mail domain and optional certificate pinning, with a connection test.</translation>
    </message>
    <message>
        <source>A sandbox profile for training and testing without touching real mailboxes.</source>
        <translation>A sandbox profile for training and testing without touching real mailboxes.</translation>
    </message>
    <message>
        <source>This page arrives with a later release. The interface language can already be changed in View &gt; Language.</source>
        <translation>This page arrives with a later release. The interface language can already be changed in View &gt; Language.</translation>
    </message>
</context>
<context>
    <name>dmctl</name>
    <message>
        <source>Command line for the delivery mailbox platform (dmadmin).</source>
        <translation>Command line for the delivery mailbox platform (dmadmin).</translation>
    </message>
    <message>
        <source>Print the versions of dmadmin and the libraries it runs on.</source>
        <translation>Print the versions of dmadmin and the libraries it runs on.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>The recipient&apos;s name is required.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <source>--status must be enabled, disabled or deleted.</source>
        <translation>--status must be enabled, disabled or deleted.</translation>
    </message>
    <message>
        <source>--activation must be created, smsSent, firstLogin or activated.</source>
        <translation>--activation must be created, smsSent, firstLogin or activated.</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit must be a positive number.</translation>
    </message>
    <message>
        <source>--format must be table, json or csv.</source>
        <translation>--format must be table, json or csv.</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot create accounts.</source>
        <translation>This profile is read-only (auditor): it cannot create accounts.</translation>
    </message>
    <message>
        <source>Usage: dmctl accounts get ACCOUNT | create --account A --name N --mobile M [--id-number X] [--unit U] [--case-number C] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</source>
        <translation>Usage: dmctl accounts get ACCOUNT | create --account A --name N --mobile M [--id-number X] [--unit U] [--case-number C] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no authorization code.</source>
        <translation>The environment variable %1 holds no authorization code.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Standard input cannot be read.</translation>
    </message>
    <message>
        <source>Standard input holds no authorization code.</source>
        <translation>Standard input holds no authorization code.</translation>
    </message>
    <message>
        <source>No authorization code given: use --auth-code-env VAR or --auth-code-stdin.</source>
        <translation>No authorization code given: use --auth-code-env VAR or --auth-code-stdin.</translation>
    </message>
    <message>
        <source>Give exactly one of --sandbox-config FILE or --profile NAME.</source>
        <translation>Give exactly one of --sandbox-config FILE or --profile NAME.</translation>
    </message>
    <message>
        <source>There is no profile named %1 (see: dmctl profile list).</source>
        <translation>There is no profile named %1 (see: dmctl profile list).</translation>
    </message>
    <message>
        <source>The CA file %1 of the profile holds no certificate.</source>
        <translation>The CA file %1 of the profile holds no certificate.</translation>
    </message>
    <message>
        <source>--pin must be the base64 of a SHA-256 digest.</source>
        <translation>--pin must be the base64 of a SHA-256 digest.</translation>
    </message>
    <message>
        <source>profile add needs a name (letters, digits, . _ -), an https --base-url, --app-id, --org-open-id and --domain.</source>
        <translation>profile add needs a name (letters, digits, . _ -), an https --base-url, --app-id, --org-open-id and --domain.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>A profile named %1 exists already.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>The profile could not be saved.</translation>
    </message>
    <message>
        <source>Profile %1 added.</source>
        <translation>Profile %1 added.</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>There is no profile named %1.</translation>
    </message>
    <message>
        <source>Profile %1 and its keychain entries removed.</source>
        <translation>Profile %1 and its keychain entries removed.</translation>
    </message>
    <message>
        <source>Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</source>
        <translation>Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</translation>
    </message>
    <message>
        <source>Log each request to stderr.</source>
        <translation>Log each request to stderr.</translation>
    </message>
    <message>
        <source>ping | accounts ... | profile ...</source>
        <translation>ping | accounts ... | profile ...</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the dmsandbox whose connection line is in FILE.</source>
        <translation>Connect to the dmsandbox whose connection line is in FILE.</translation>
    </message>
    <message>
        <source>sandbox platform</source>
        <translation>sandbox platform</translation>
    </message>
</context>
</TS>
