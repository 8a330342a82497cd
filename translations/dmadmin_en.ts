<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountLister</name>
    <message>
        <source>This platform does not track activation (it lacks the delivery extension), so accounts cannot be listed by activation. List them without --activation.</source>
        <translation>This platform does not track activation (it lacks the delivery extension), so accounts cannot be listed by activation. List them without --activation.</translation>
    </message>
    <message>
        <source>This platform&apos;s own account listing leaves deleted accounts out (it lacks the delivery extension). Look a deleted account up by name with accounts get.</source>
        <translation>This platform&apos;s own account listing leaves deleted accounts out (it lacks the delivery extension). Look a deleted account up by name with accounts get.</translation>
    </message>
    <message>
        <source>This platform&apos;s own account listing does not say when an account was created (it lacks the delivery extension), so accounts cannot be listed by creation time.</source>
        <translation>This platform&apos;s own account listing does not say when an account was created (it lacks the delivery extension), so accounts cannot be listed by creation time.</translation>
    </message>
</context>
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
    <name>AccountSync</name>
    <message>
        <source>accounts (not deleted)</source>
        <translation>accounts (not deleted)</translation>
    </message>
    <message>
        <source>accounts sent the activation SMS</source>
        <translation>accounts sent the activation SMS</translation>
    </message>
    <message>
        <source>accounts that logged in</source>
        <translation>accounts that logged in</translation>
    </message>
    <message>
        <source>accounts activated</source>
        <translation>accounts activated</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>Departed</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>Handing over</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>SMS sent</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>First login</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Confirmed by the recipient</source>
        <translation>Confirmed by the recipient</translation>
    </message>
    <message>
        <source>Provided by the recipient</source>
        <translation>Provided by the recipient</translation>
    </message>
    <message>
        <source>Found by the court</source>
        <translation>Found by the court</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
</context>
<context>
    <name>AddressBasisRules</name>
    <message>
        <source>Enter the date on which the address was confirmed, provided or found.</source>
        <translation>Enter the date on which the address was confirmed, provided or found.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>The date is after today.</translation>
    </message>
    <message>
        <source>An address confirmed by the recipient needs the reference of the address confirmation (送达地址确认书).</source>
        <translation>An address confirmed by the recipient needs the reference of the address confirmation (送达地址确认书).</translation>
    </message>
    <message numerus="yes">
        <source>The reference may have at most %n characters.</source>
        <translation>
            <numerusform>The reference may have at most %n character.</numerusform>
            <numerusform>The reference may have at most %n characters.</numerusform>
        </translation>
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
    <message>
        <source>The platform already has a record of this name (%1).</source>
        <translation>The platform already has a record of this name (%1).</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not issued by an authority this computer or the profile trusts. Nothing was sent.</source>
        <translation>The platform&apos;s certificate is not issued by an authority this computer or the profile trusts. Nothing was sent.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired or is not valid yet (check this computer&apos;s clock too). Nothing was sent.</source>
        <translation>The platform&apos;s certificate has expired or is not valid yet (check this computer&apos;s clock too). Nothing was sent.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is issued for another address than the profile&apos;s URL. Nothing was sent.</source>
        <translation>The platform&apos;s certificate is issued for another address than the profile&apos;s URL. Nothing was sent.</translation>
    </message>
    <message>
        <source>The server offers only a TLS version older than 1.2, which dmadmin does not accept. Nothing was sent.</source>
        <translation>The server offers only a TLS version older than 1.2, which dmadmin does not accept. Nothing was sent.</translation>
    </message>
    <message>
        <source>The address answers without TLS (plain HTTP?): the profile&apos;s URL must be the platform&apos;s https address. Nothing was sent.</source>
        <translation>The address answers without TLS (plain HTTP?): the profile&apos;s URL must be the platform&apos;s https address. Nothing was sent.</translation>
    </message>
    <message>
        <source>The secure connection to the platform could not be set up. Nothing was sent.</source>
        <translation>The secure connection to the platform could not be set up. Nothing was sent.</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused. Nothing was sent.</source>
        <translation>The platform&apos;s certificate was refused. Nothing was sent.</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password, and was not given valid ones. Nothing was sent to the platform.</source>
        <translation>The proxy server asks for a user name and password, and was not given valid ones. Nothing was sent to the platform.</translation>
    </message>
</context>
<context>
    <name>AuditLedger</name>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>Entry %1 is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were inserted, deleted or reordered.</source>
        <translation>Entry %1 does not follow entry %2: entries were inserted, deleted or reordered.</translation>
    </message>
    <message>
        <source>The ledger&apos;s record of its newest entry was removed: entries at its end may have been deleted.</source>
        <translation>The ledger&apos;s record of its newest entry was removed: entries at its end may have been deleted.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the end of the ledger was cut off.</source>
        <translation>Entry %1 is missing: the end of the ledger was cut off.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the end of the ledger was cut off.</source>
        <translation>Entries %1 to %2 are missing: the end of the ledger was cut off.</translation>
    </message>
    <message>
        <source>Entry %1 was added outside this program: the ledger recorded %2 entries.</source>
        <translation>Entry %1 was added outside this program: the ledger recorded %2 entries.</translation>
    </message>
    <message>
        <source>Entry %1 is not the newest entry the ledger recorded.</source>
        <translation>Entry %1 is not the newest entry the ledger recorded.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written, or sealed with another key.</source>
        <translation>Entry %1 was changed after it was written, or sealed with another key.</translation>
    </message>
    <message>
        <source>The ledger&apos;s protection %1 was removed from the file: history may have been changed by hand.</source>
        <translation>The ledger&apos;s protection %1 was removed from the file: history may have been changed by hand.</translation>
    </message>
</context>
<context>
    <name>BaselineFile</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: too large for a baseline (over 1 MB).</source>
        <translation>%1: too large for a baseline (over 1 MB).</translation>
    </message>
    <message>
        <source>%1: not one valid JSON object.</source>
        <translation>%1: not one valid JSON object.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Cannot create the folder of %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CacheError</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>The folder of %1 cannot be created.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: its key cannot be read from the system keychain (%1).</source>
        <translation>The local cache cannot be opened: its key cannot be read from the system keychain (%1).</translation>
    </message>
    <message>
        <source>the system keychain no longer holds its key</source>
        <translation>the system keychain no longer holds its key</translation>
    </message>
    <message>
        <source>its key does not open it, or the file is damaged</source>
        <translation>its key does not open it, or the file is damaged</translation>
    </message>
    <message>
        <source>the file is damaged (a page failed its integrity check)</source>
        <translation>the file is damaged (a page failed its integrity check)</translation>
    </message>
    <message>
        <source>The local cache cannot be written: the disk is full. Free some space and try again.</source>
        <translation>The local cache cannot be written: the disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1. It can be rebuilt from the platform.</source>
        <translation>The local cache cannot be opened: %1. It can be rebuilt from the platform.</translation>
    </message>
    <message>
        <source>The old cache file %1 cannot be deleted.</source>
        <translation>The old cache file %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>the audit ledger&apos;s key in the keychain is not one this program made</source>
        <translation>the audit ledger&apos;s key in the keychain is not one this program made</translation>
    </message>
    <message>
        <source>No random key could be made.</source>
        <translation>No random key could be made.</translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message>
        <source>This profile is read-only: its cache is not changed.</source>
        <translation>This profile is read-only: its cache is not changed.</translation>
    </message>
    <message>
        <source>Wait until the sync or the check has finished.</source>
        <translation>Wait until the sync or the check has finished.</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Accounts and units (vendor API)</source>
        <translation>Accounts and units (vendor API)</translation>
    </message>
    <message>
        <source>Login and received-mail logs (vendor API)</source>
        <translation>Login and received-mail logs (vendor API)</translation>
    </message>
    <message>
        <source>Activation tracking and delivery accounts (extension)</source>
        <translation>Activation tracking and delivery accounts (extension)</translation>
    </message>
    <message>
        <source>Delivery permissions (extension)</source>
        <translation>Delivery permissions (extension)</translation>
    </message>
    <message>
        <source>Login rules (extension)</source>
        <translation>Login rules (extension)</translation>
    </message>
    <message>
        <source>Operation, login and mail logs (extension)</source>
        <translation>Operation, login and mail logs (extension)</translation>
    </message>
    <message>
        <source>Statistics (extension)</source>
        <translation>Statistics (extension)</translation>
    </message>
    <message>
        <source>served</source>
        <translation>served</translation>
    </message>
    <message>
        <source>not served by this platform</source>
        <translation>not served by this platform</translation>
    </message>
    <message>
        <source>not granted to this app</source>
        <translation>not granted to this app</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>The platform does not serve %1. Ask the vendor to enable it for this tenant.</source>
        <translation>The platform does not serve %1. Ask the vendor to enable it for this tenant.</translation>
    </message>
    <message>
        <source>The platform has not granted this app %1 (%2). Ask the vendor to register the permission.</source>
        <translation>The platform has not granted this app %1 (%2). Ask the vendor to register the permission.</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>MM-dd</source>
        <extracomment>Format of the dates under the Statistics charts&apos; bars (QDate format: M month, d day, MM/dd with zeros).</extracomment>
        <translation>MM-dd</translation>
    </message>
</context>
<context>
    <name>CsvLogWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <message>
        <source>The audit ledger&apos;s key is not available, so nothing can be recorded or verified. Reopen the profile so that its key is read from the system keychain.</source>
        <translation>The audit ledger&apos;s key is not available, so nothing can be recorded or verified. Reopen the profile so that its key is read from the system keychain.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsTexts</name>
    <message>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP archives (*.zip)</translation>
    </message>
    <message>
        <source>Checking the cache and writing the diagnostics bundle…</source>
        <translation>Checking the cache and writing the diagnostics bundle…</translation>
    </message>
</context>
<context>
    <name>FileDialogNames</name>
    <message>
        <source>Look in</source>
        <translation>Look in</translation>
    </message>
    <message>
        <source>Files of type</source>
        <translation>Files of type</translation>
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
    <name>ImportCsv</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation>The file is larger than %1 MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>The file contains no rows.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls). Save it as .xlsx or as CSV and try again.</source>
        <translation>This is an Excel 97-2003 workbook (.xls). Save it as .xlsx or as CSV and try again.</translation>
    </message>
    <message>
        <source>Row %1: a quoted cell is never closed. Check the file for a stray quotation mark.</source>
        <translation>Row %1: a quoted cell is never closed. Check the file for a stray quotation mark.</translation>
    </message>
    <message numerus="yes">
        <source>The file has more than %n data rows. Split it into smaller files.</source>
        <translation>
            <numerusform>The file has more than %n data row. Split it into smaller files.</numerusform>
            <numerusform>The file has more than %n data rows. Split it into smaller files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns.</source>
        <translation>
            <numerusform>Row %1 has more than %n column.</numerusform>
            <numerusform>Row %1 has more than %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2: the cell is longer than %n characters.</source>
        <translation>
            <numerusform>Row %1, column %2: the cell is longer than %n character.</numerusform>
            <numerusform>Row %1, column %2: the cell is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB. Split it into smaller files.</source>
        <translation>The workbook unpacks to more than %1 MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>The workbook cannot be read (%1). Open it in Excel or WPS and save it again.</source>
        <translation>The workbook cannot be read (%1). Open it in Excel or WPS and save it again.</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. Name a column with COLUMN=FIELD in the column mapping.</source>
        <translation>No column holds &quot;%1&quot;. Name a column with COLUMN=FIELD in the column mapping.</translation>
    </message>
    <message>
        <source>More than one column could hold &quot;%1&quot; (%2). Choose one in the column mapping.</source>
        <translation>More than one column could hold &quot;%1&quot; (%2). Choose one in the column mapping.</translation>
    </message>
    <message>
        <source>The column mapping names a column &quot;%1&quot; that the file does not have.</source>
        <translation>The column mapping names a column &quot;%1&quot; that the file does not have.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field &quot;%1&quot;. Use account, name, id, mobile, case, unit or skip.</source>
        <translation>The column mapping names an unknown field &quot;%1&quot;. Use account, name, id, mobile, case, unit or skip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column mapping: write COLUMN=FIELD.</source>
        <translation>&quot;%1&quot; is not a column mapping: write COLUMN=FIELD.</translation>
    </message>
    <message>
        <source>The column mapping gives &quot;%1&quot; to more than one column.</source>
        <translation>The column mapping gives &quot;%1&quot; to more than one column.</translation>
    </message>
    <message>
        <source>Row %1: the file holds more than %2 cells (empty cells between filled ones count). Remove unused columns or split the file.</source>
        <translation>Row %1: the file holds more than %2 cells (empty cells between filled ones count). Remove unused columns or split the file.</translation>
    </message>
    <message>
        <source>The workbook&apos;s text is larger than the import reads (more than %1 distinct texts or characters). Split it into smaller files.</source>
        <translation>The workbook&apos;s text is larger than the import reads (more than %1 distinct texts or characters). Split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Address basis</source>
        <translation>Address basis</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>Basis date</translation>
    </message>
    <message>
        <source>Basis reference</source>
        <translation>Basis reference</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>%1 is required but empty.</source>
        <translation>%1 is required but empty.</translation>
    </message>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1 may have at most %n character.</numerusform>
            <numerusform>%1 may have at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel shows this number in exponent form and has dropped digits. Format the column as text, enter the number again and save.</source>
        <translation>Excel shows this number in exponent form and has dropped digits. Format the column as text, enter the number again and save.</translation>
    </message>
    <message>
        <source>The same %1 is already in row %2.</source>
        <translation>The same %1 is already in row %2.</translation>
    </message>
    <message>
        <source>An account with the same %1 already exists on the platform.</source>
        <translation>An account with the same %1 already exists on the platform.</translation>
    </message>
    <message numerus="yes">
        <source>The row has more cells than the header&apos;s %n columns: check it for a stray comma.</source>
        <translation>
            <numerusform>The row has more cells than the header&apos;s %n column: check it for a stray comma.</numerusform>
            <numerusform>The row has more cells than the header&apos;s %n columns: check it for a stray comma.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell starts like a formula (=, +, - or @). It is kept as plain text and never calculated.</source>
        <translation>The cell starts like a formula (=, +, - or @). It is kept as plain text and never calculated.</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>%1 must be 已确认 (confirmed by the recipient), 受送达人提供 (provided by the recipient) or 法院查明 (found by the court).</source>
        <translation>%1 must be 已确认 (confirmed by the recipient), 受送达人提供 (provided by the recipient) or 法院查明 (found by the court).</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-06-01.</source>
        <translation>%1 is not a date; write it as 2026-06-01.</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1 is after today.</translation>
    </message>
    <message>
        <source>%1 is required when the recipient confirmed the address: the number of the address confirmation (送达地址确认书).</source>
        <translation>%1 is required when the recipient confirmed the address: the number of the address confirmation (送达地址确认书).</translation>
    </message>
    <message>
        <source>%1 is given, but the address basis is empty.</source>
        <translation>%1 is given, but the address basis is empty.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>No unit, or more than one, has this name or id; create the unit first or use its id.</source>
        <translation>No unit, or more than one, has this name or id; create the unit first or use its id.</translation>
    </message>
    <message>
        <source>The account already exists with these details.</source>
        <translation>The account already exists with these details.</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>Not queued.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
    <message>
        <source>Not sent yet: the run was interrupted; run the import again to finish it.</source>
        <translation>Not sent yet: the run was interrupted; run the import again to finish it.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>skipped (exists)</source>
        <translation>skipped (exists)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>The account already exists; its address basis was recorded.</source>
        <translation>The account already exists; its address basis was recorded.</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>is not a key of a rule (action, kind, value)</source>
        <translation>is not a key of a rule (action, kind, value)</translation>
    </message>
    <message>
        <source>is required: allow or deny</source>
        <translation>is required: allow or deny</translation>
    </message>
    <message>
        <source>must be allow or deny</source>
        <translation>must be allow or deny</translation>
    </message>
    <message>
        <source>is required: region or cidr</source>
        <translation>is required: region or cidr</translation>
    </message>
    <message>
        <source>must be region or cidr</source>
        <translation>must be region or cidr</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>must not be blank</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>must be at most %1 characters</translation>
    </message>
    <message>
        <source>is not a network in canonical CIDR form, such as 10.0.0.0/8 or 2001:db8::/32 (lower case, no leading zeros, no host bits set)</source>
        <translation>is not a network in canonical CIDR form, such as 10.0.0.0/8 or 2001:db8::/32 (lower case, no leading zeros, no host bits set)</translation>
    </message>
    <message>
        <source>is not a region the platform knows: write a province-level name in full (广东省) or a city-level name alone (衢州市)</source>
        <translation>is not a region the platform knows: write a province-level name in full (广东省) or a city-level name alone (衢州市)</translation>
    </message>
    <message>
        <source>must be an object with rules and/or defaultAction</source>
        <translation>must be an object with rules and/or defaultAction</translation>
    </message>
    <message>
        <source>is not a key of a login-rule list</source>
        <translation>is not a key of a login-rule list</translation>
    </message>
    <message>
        <source>give the rules, the defaultAction, or both</source>
        <translation>give the rules, the defaultAction, or both</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>must be a list of rules</translation>
    </message>
    <message>
        <source>may hold at most %1 rules</source>
        <translation>may hold at most %1 rules</translation>
    </message>
    <message>
        <source>repeats an earlier rule&apos;s value, so it could never match</source>
        <translation>repeats an earlier rule&apos;s value, so it could never match</translation>
    </message>
    <message>
        <source>cannot be null for the domain: it must allow or deny</source>
        <translation>cannot be null for the domain: it must allow or deny</translation>
    </message>
    <message>
        <source>must be allow, deny or null</source>
        <translation>must be allow, deny or null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>must be text: deny, receiveOnly or allow</source>
        <translation>must be text: deny, receiveOnly or allow</translation>
    </message>
    <message>
        <source>must be deny, receiveOnly or allow</source>
        <translation>must be deny, receiveOnly or allow</translation>
    </message>
    <message>
        <source>must be a list of client names</source>
        <translation>must be a list of client names</translation>
    </message>
    <message>
        <source>must allow at least one client</source>
        <translation>must allow at least one client</translation>
    </message>
    <message>
        <source>may name only webmail, mailmaster, wechat, imap, pop and smtp</source>
        <translation>may name only webmail, mailmaster, wechat, imap, pop and smtp</translation>
    </message>
    <message>
        <source>names the same client twice</source>
        <translation>names the same client twice</translation>
    </message>
    <message>
        <source>needs a value here (null is refused)</source>
        <translation>needs a value here (null is refused)</translation>
    </message>
    <message>
        <source>must set at least one field</source>
        <translation>must set at least one field</translation>
    </message>
    <message>
        <source>is not a policy field</source>
        <translation>is not a policy field</translation>
    </message>
</context>
<context>
    <name>LedgerAnchors</name>
    <message>
        <source>The audit ledger could not be time-stamped: %1</source>
        <translation>The audit ledger could not be time-stamped: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The anchor cannot be written to %1.</source>
        <translation>The anchor cannot be written to %1.</translation>
    </message>
</context>
<context>
    <name>LedgerArchive</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a ledger record.</source>
        <translation>Line %1 of %2 is not a ledger record.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not a ledger archive of this program.</source>
        <translation>%1 is not a ledger archive of this program.</translation>
    </message>
    <message>
        <source>%1 names no profile.</source>
        <translation>%1 names no profile.</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>Line %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>LedgerKeeping</name>
    <message>
        <source>The folder %1 cannot be created, so the audit ledger cannot be kept.</source>
        <translation>The folder %1 cannot be created, so the audit ledger cannot be kept.</translation>
    </message>
    <message>
        <source>The audit ledger was kept in %1.</source>
        <translation>The audit ledger was kept in %1.</translation>
    </message>
    <message>
        <source>its key cannot be read</source>
        <translation>its key cannot be read</translation>
    </message>
    <message>
        <source>The cache cannot be read (%1) and cannot be moved to %2, so its audit ledger cannot be kept.</source>
        <translation>The cache cannot be read (%1) and cannot be moved to %2, so its audit ledger cannot be kept.</translation>
    </message>
    <message>
        <source>The cache could not be read (%1), so it was moved to %2 rather than deleted.</source>
        <translation>The cache could not be read (%1), so it was moved to %2 rather than deleted.</translation>
    </message>
    <message>
        <source>The ledger&apos;s anchors cannot be moved to %1.</source>
        <translation>The ledger&apos;s anchors cannot be moved to %1.</translation>
    </message>
</context>
<context>
    <name>LedgerReport</name>
    <message>
        <source>The time-stamp of anchor %1 does not verify: %2</source>
        <translation>The time-stamp of anchor %1 does not verify: %2</translation>
    </message>
    <message>
        <source>Entry %1 was time-stamped on %2, but the ledger no longer holds it: entries were deleted.</source>
        <translation>Entry %1 was time-stamped on %2, but the ledger no longer holds it: entries were deleted.</translation>
    </message>
    <message>
        <source>Entry %1 is not what was time-stamped on %2: the ledger up to that entry was rewritten.</source>
        <translation>Entry %1 is not what was time-stamped on %2: the ledger up to that entry was rewritten.</translation>
    </message>
    <message>
        <source>the chain kept beside the anchors</source>
        <translation>the chain kept beside the anchors</translation>
    </message>
    <message>
        <source>The anchors were checked against the TSA chain kept beside them, which the user can replace; give the TSA&apos;s published chain to rule that out.</source>
        <translation>The anchors were checked against the TSA chain kept beside them, which the user can replace; give the TSA&apos;s published chain to rule that out.</translation>
    </message>
    <message>
        <source>Anchor %1 has no copy outside the cache (%2).</source>
        <translation>Anchor %1 has no copy outside the cache (%2).</translation>
    </message>
    <message>
        <source>Anchor %1 is missing from the cache; its copy outside the cache verifies.</source>
        <translation>Anchor %1 is missing from the cache; its copy outside the cache verifies.</translation>
    </message>
    <message>
        <source>The ledger has never been time-stamped: only its key speaks for it.</source>
        <translation>The ledger has never been time-stamped: only its key speaks for it.</translation>
    </message>
</context>
<context>
    <name>LogExportColumns</name>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Operation log</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>Login log</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>Mail log</translation>
    </message>
</context>
<context>
    <name>LogExportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>No file name given for the export.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The rows changed while the report was laid out (a sync added or removed rows in the exported period), so its page numbers would not add up. Export again.</source>
        <translation>The rows changed while the report was laid out (a sync added or removed rows in the exported period), so its page numbers would not add up. Export again.</translation>
    </message>
</context>
<context>
    <name>LogFilterWords</name>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n selected row</numerusform>
            <numerusform>%n selected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Time from %1 to %2</source>
        <translation>Time from %1 to %2</translation>
    </message>
    <message>
        <source>Time from %1</source>
        <translation>Time from %1</translation>
    </message>
    <message>
        <source>Time before %1</source>
        <translation>Time before %1</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>All times</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operation: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Target contains: %1</source>
        <translation>Target contains: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Login method: %1</source>
        <translation>Login method: %1</translation>
    </message>
    <message>
        <source>Abnormal logins only</source>
        <translation>Abnormal logins only</translation>
    </message>
    <message>
        <source>Normal logins only</source>
        <translation>Normal logins only</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <source>IP address starts with: %1</source>
        <translation>IP address starts with: %1</translation>
    </message>
    <message>
        <source>Mail type: %1</source>
        <translation>Mail type: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Sender: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Recipient: %1</translation>
    </message>
    <message>
        <source>Subject contains: %1</source>
        <translation>Subject contains: %1</translation>
    </message>
    <message>
        <source>Read mails only</source>
        <translation>Read mails only</translation>
    </message>
    <message>
        <source>Unread mails only</source>
        <translation>Unread mails only</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>No filter</translation>
    </message>
    <message>
        <source>At most %1 rows</source>
        <translation>At most %1 rows</translation>
    </message>
</context>
<context>
    <name>LogTexts</name>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Webmail login</source>
        <translation>Webmail login</translation>
    </message>
    <message>
        <source>Mail Master app</source>
        <translation>Mail Master app</translation>
    </message>
    <message>
        <source>Proprietary protocol</source>
        <translation>Proprietary protocol</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>IMAP</source>
        <translation>IMAP</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Received normally</source>
        <translation>Received normally</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Delivery failed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Delivery deferred</source>
        <translation>Delivery deferred</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>Intercepted</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marked as spam</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>Recover account</source>
        <translation>Recover account</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>Resend activation SMS</translation>
    </message>
    <message>
        <source>Move to unit</source>
        <translation>Move to unit</translation>
    </message>
    <message>
        <source>Create unit</source>
        <translation>Create unit</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Update delivery policy</source>
        <translation>Update delivery policy</translation>
    </message>
    <message>
        <source>Login setting for other regions/IP ranges</source>
        <translation>Login setting for other regions/IP ranges</translation>
    </message>
    <message>
        <source>Update region/IP range login rules</source>
        <translation>Update region/IP range login rules</translation>
    </message>
    <message>
        <source>Update individual login rules</source>
        <translation>Update individual login rules</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>Export logs</translation>
    </message>
    <message>
        <source>Abnormal login</source>
        <translation>Abnormal login</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>wrong password or verification code</source>
        <translation>wrong password or verification code</translation>
    </message>
    <message>
        <source>refused by a login rule</source>
        <translation>refused by a login rule</translation>
    </message>
    <message>
        <source>client not allowed by the delivery policy</source>
        <translation>client not allowed by the delivery policy</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>another reason</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LoginLogColumns</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Login time</source>
        <translation>Login time</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Login method</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Login location</source>
        <translation>Login location</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Abnormal login: flagged by the platform for an unusual place or time.</source>
        <translation>Abnormal login: flagged by the platform for an unusual place or time.</translation>
    </message>
    <message>
        <source>%1 (abnormal login)</source>
        <translation>%1 (abnormal login)</translation>
    </message>
</context>
<context>
    <name>LoginRuleDryRun</name>
    <message>
        <source>A cached login-rule list cannot be read (%1): sync the cache again.</source>
        <translation>A cached login-rule list cannot be read (%1): sync the cache again.</translation>
    </message>
    <message>
        <source>The cache holds no login rules of the domain yet: sync it first.</source>
        <translation>The cache holds no login rules of the domain yet: sync it first.</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>The dry run was cancelled.</translation>
    </message>
</context>
<context>
    <name>LoginRuleLint</name>
    <message>
        <source>Rule %1 can never match: rules %2 (0.0.0.0/0) and %3 (::/0) before it match every address.</source>
        <translation>Rule %1 can never match: rules %2 (0.0.0.0/0) and %3 (::/0) before it match every address.</translation>
    </message>
    <message>
        <source>Rule %1 can never match: rule %2 names the same region (%3) before it.</source>
        <translation>Rule %1 can never match: rule %2 names the same region (%3) before it.</translation>
    </message>
    <message>
        <source>Rule %1 can never match: rule %2 (%3) comes first and matches every login from %4.</source>
        <translation>Rule %1 can never match: rule %2 (%3) comes first and matches every login from %4.</translation>
    </message>
    <message>
        <source>Rule %1 can never match: its network %2 lies inside %3 of rule %4, which comes first.</source>
        <translation>Rule %1 can never match: its network %2 lies inside %3 of rule %4, which comes first.</translation>
    </message>
    <message>
        <source>The default (%1) is meaningless: rules %2 (0.0.0.0/0) and %3 (::/0) match every address before it.</source>
        <translation>The default (%1) is meaningless: rules %2 (0.0.0.0/0) and %3 (::/0) match every address before it.</translation>
    </message>
</context>
<context>
    <name>LoginRuleTexts</name>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>IP network (CIDR)</source>
        <translation>IP network (CIDR)</translation>
    </message>
    <message>
        <source>rule %1 of the domain&apos;s list (%2)</source>
        <translation>rule %1 of the domain&apos;s list (%2)</translation>
    </message>
    <message>
        <source>rule %1 of the account&apos;s list (%2)</source>
        <translation>rule %1 of the account&apos;s list (%2)</translation>
    </message>
    <message>
        <source>the domain&apos;s default</source>
        <translation>the domain&apos;s default</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>the account&apos;s default</translation>
    </message>
    <message>
        <source>Allowed, decided by %1.</source>
        <translation>Allowed, decided by %1.</translation>
    </message>
    <message>
        <source>Refused, decided by %1.</source>
        <translation>Refused, decided by %1.</translation>
    </message>
</context>
<context>
    <name>MailLogColumns</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mail type</source>
        <translation>Mail type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Read time</source>
        <translation>Read time</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Read with</translation>
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
    <name>OperationLogColumns</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
</context>
<context>
    <name>OutboxExecutor</name>
    <message>
        <source>The saved details of this action cannot be read.</source>
        <translation>The saved details of this action cannot be read.</translation>
    </message>
    <message>
        <source>This version cannot carry out this kind of action.</source>
        <translation>This version cannot carry out this kind of action.</translation>
    </message>
    <message>
        <source>The program stopped while this password reset was running. If the reset happened, its one-time password is lost. Reset the password again.</source>
        <translation>The program stopped while this password reset was running. If the reset happened, its one-time password is lost. Reset the password again.</translation>
    </message>
    <message>
        <source>The document changed after this change was queued, possibly by this very change before the program stopped. Review the document and apply the change again if it is still needed.</source>
        <translation>The document changed after this change was queued, possibly by this very change before the program stopped. Review the document and apply the change again if it is still needed.</translation>
    </message>
    <message>
        <source>The account was created, but its address basis was not recorded: %1 Retry this action to record it.</source>
        <translation>The account was created, but its address basis was not recorded: %1 Retry this action to record it.</translation>
    </message>
</context>
<context>
    <name>PdfLogReport</name>
    <message>
        <source>A PDF report needs Qt&apos;s graphical libraries, which this program did not start.</source>
        <translation>A PDF report needs Qt&apos;s graphical libraries, which this program did not start.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 · %3 rows</source>
        <translation>Generated %1 by %2 · %3 rows</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>No rows match the filter.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PolicyDrift</name>
    <message>
        <source>The cached policy of %1 %2 cannot be read (%3); rebuild the cache.</source>
        <translation>The cached policy of %1 %2 cannot be read (%3); rebuild the cache.</translation>
    </message>
    <message>
        <source>The cache holds no policy yet: sync it first (dmctl sync --stream policy).</source>
        <translation>The cache holds no policy yet: sync it first (dmctl sync --stream policy).</translation>
    </message>
</context>
<context>
    <name>PolicyLayersReader</name>
    <message>
        <source>The cache holds no delivery policy yet: sync first.</source>
        <translation>The cache holds no delivery policy yet: sync first.</translation>
    </message>
    <message>
        <source>No account %1 in the cache: check the name, or sync the accounts.</source>
        <translation>No account %1 in the cache: check the name, or sync the accounts.</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Choose a unit.</translation>
    </message>
</context>
<context>
    <name>PolicySync</name>
    <message>
        <source>policy and login-rule documents up to date</source>
        <translation>policy and login-rule documents up to date</translation>
    </message>
    <message>
        <source>policy documents (domain and units)</source>
        <translation>policy documents (domain and units)</translation>
    </message>
    <message>
        <source>login-rule documents (domain)</source>
        <translation>login-rule documents (domain)</translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Mail with other domains</source>
        <translation>Mail with other domains</translation>
    </message>
    <message>
        <source>Shown in address books</source>
        <translation>Shown in address books</translation>
    </message>
    <message>
        <source>Allowed mail clients</source>
        <translation>Allowed mail clients</translation>
    </message>
    <message>
        <source>Automatic forwarding</source>
        <translation>Automatic forwarding</translation>
    </message>
    <message>
        <source>SMS code at every login</source>
        <translation>SMS code at every login</translation>
    </message>
    <message>
        <source>Trusted browser (days)</source>
        <translation>Trusted browser (days)</translation>
    </message>
    <message>
        <source>Password: minimum length</source>
        <translation>Password: minimum length</translation>
    </message>
    <message>
        <source>Password: character kinds required</source>
        <translation>Password: character kinds required</translation>
    </message>
    <message>
        <source>Password: expires after (days)</source>
        <translation>Password: expires after (days)</translation>
    </message>
    <message>
        <source>Password: no runs like 123 or abc</source>
        <translation>Password: no runs like 123 or abc</translation>
    </message>
    <message>
        <source>Abnormal login: alert by SMS</source>
        <translation>Abnormal login: alert by SMS</translation>
    </message>
    <message>
        <source>Abnormal login: alert by mail</source>
        <translation>Abnormal login: alert by mail</translation>
    </message>
    <message>
        <source>Neither send nor receive</source>
        <translation>Neither send nor receive</translation>
    </message>
    <message>
        <source>Receive only</source>
        <translation>Receive only</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Send and receive</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Mail Master app</source>
        <translation>Mail Master app</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Ask every time</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 4 kinds</source>
        <translation>
            <numerusform>%n of 4 kinds</numerusform>
            <numerusform>%n of 4 kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>Set here</translation>
    </message>
    <message>
        <source>Inherited from the unit</source>
        <translation>Inherited from the unit</translation>
    </message>
    <message>
        <source>Inherited from the domain</source>
        <translation>Inherited from the domain</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
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
    <name>StatsComparison</name>
    <message>
        <source>The platform&apos;s figures could not be read: %1</source>
        <translation>The platform&apos;s figures could not be read: %1</translation>
    </message>
    <message>
        <source>The platform does not count this; the figure is the cache&apos;s.</source>
        <translation>The platform does not count this; the figure is the cache&apos;s.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more day(s)</source>
        <translation>
            <numerusform>%1 and %n more day</numerusform>
            <numerusform>%1 and %n more days</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s figures changed after the cache&apos;s last sync (up to %1). Sync to bring the cache up to date.</source>
        <translation>The platform&apos;s figures changed after the cache&apos;s last sync (up to %1). Sync to bring the cache up to date.</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Not delivered (intercepted, spam, deferred)</source>
        <translation>Not delivered (intercepted, spam, deferred)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Documents sent minus delivered, as the platform counts them.</source>
        <translation>Documents sent minus delivered, as the platform counts them.</translation>
    </message>
    <message>
        <source>Read by now; the cache knows the reads up to its last sync.</source>
        <translation>Read by now; the cache knows the reads up to its last sync.</translation>
    </message>
    <message numerus="yes">
        <source>Read within %n day(s) of delivery</source>
        <translation>
            <numerusform>Read within %n day of delivery</numerusform>
            <numerusform>Read within %n days of delivery</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1 The figures are the cache&apos;s.</source>
        <translation>The platform&apos;s figures are not shown: %1 The figures are the cache&apos;s.</translation>
    </message>
    <message>
        <source>The figures differ on %1.</source>
        <translation>The figures differ on %1.</translation>
    </message>
    <message>
        <source>The platform and the cache agree on every day of the period.</source>
        <translation>The platform and the cache agree on every day of the period.</translation>
    </message>
    <message>
        <source>How soon documents were read is known to the cache only.</source>
        <translation>How soon documents were read is known to the cache only.</translation>
    </message>
    <message>
        <source>Normal logins</source>
        <translation>Normal logins</translation>
    </message>
    <message>
        <source>Abnormal logins</source>
        <translation>Abnormal logins</translation>
    </message>
    <message>
        <source>All logins</source>
        <translation>All logins</translation>
    </message>
    <message>
        <source>The cache ranks the provinces by its own count; the platform gives the count of each.</source>
        <translation>The cache ranks the provinces by its own count; the platform gives the count of each.</translation>
    </message>
    <message>
        <source>The cache holds no located logins in the period.</source>
        <translation>The cache holds no located logins in the period.</translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1</source>
        <translation>The platform&apos;s figures are not shown: %1</translation>
    </message>
    <message>
        <source>The platform and the cache agree for every province shown.</source>
        <translation>The platform and the cache agree for every province shown.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>Activation SMS sent</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>First login</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1 The funnel shows the cache&apos;s.</source>
        <translation>The platform&apos;s figures are not shown: %1 The funnel shows the cache&apos;s.</translation>
    </message>
    <message>
        <source>Accounts changed on the platform after the cache&apos;s last sync of the accounts (created, deleted or further in activation). Sync to bring the cache up to date.</source>
        <translation>Accounts changed on the platform after the cache&apos;s last sync of the accounts (created, deleted or further in activation). Sync to bring the cache up to date.</translation>
    </message>
    <message>
        <source>The funnel shows the platform&apos;s figures; the cache agrees.</source>
        <translation>The funnel shows the platform&apos;s figures; the cache agrees.</translation>
    </message>
    <message>
        <source>The mail log has not been synced into the cache yet.</source>
        <translation>The mail log has not been synced into the cache yet.</translation>
    </message>
    <message>
        <source>The login log has not been synced into the cache yet.</source>
        <translation>The login log has not been synced into the cache yet.</translation>
    </message>
    <message>
        <source>The cache holds the mail log up to %1; what happened later is not in it yet. Sync to compare.</source>
        <translation>The cache holds the mail log up to %1; what happened later is not in it yet. Sync to compare.</translation>
    </message>
    <message>
        <source>The cache holds the login log up to %1; what happened later is not in it yet. Sync to compare.</source>
        <translation>The cache holds the login log up to %1; what happened later is not in it yet. Sync to compare.</translation>
    </message>
    <message>
        <source>The cache holds the mail log from %1 on only.</source>
        <translation>The cache holds the mail log from %1 on only.</translation>
    </message>
    <message>
        <source>The cache holds the login log from %1 on only.</source>
        <translation>The cache holds the login log from %1 on only.</translation>
    </message>
</context>
<context>
    <name>SupportTexts</name>
    <message>
        <source>Cache check passed.</source>
        <translation>Cache check passed.</translation>
    </message>
    <message>
        <source>Cache check FAILED.</source>
        <translation>Cache check FAILED.</translation>
    </message>
    <message>
        <source>integrity: FAILED (%1)</source>
        <translation>integrity: FAILED (%1)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integrity: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity: FAILED, %n problem(s)</source>
        <translation>
            <numerusform>integrity: FAILED, %n problem(s)</numerusform>
            <numerusform>integrity: FAILED, %n problem(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: FAILED (%1)</source>
        <translation>ledger: FAILED (%1)</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries</source>
        <translation>
            <numerusform>ledger: ok, %n entries</numerusform>
            <numerusform>ledger: ok, %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN at entry %1: %2</source>
        <translation>ledger: BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>(no such log: %1)</source>
        <translation>(no such log: %1)</translation>
    </message>
    <message>
        <source>(the log could not be read: %1)</source>
        <translation>(the log could not be read: %1)</translation>
    </message>
    <message numerus="yes">
        <source>(only the last %n byte(s) of this log)</source>
        <translation>
            <numerusform>(only the last %n byte(s) of this log)</numerusform>
            <numerusform>(only the last %n byte(s) of this log)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>cannot write in %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by you alone</source>
        <translation>cannot make %1 readable by you alone</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>cannot replace %1</translation>
    </message>
    <message>
        <source>cannot move the bundle to %1</source>
        <translation>cannot move the bundle to %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte(s) of binary data)</numerusform>
            <numerusform>(%n byte(s) of binary data)</numerusform>
        </translation>
    </message>
    <message>
        <source>(a value of type %1)</source>
        <translation>(a value of type %1)</translation>
    </message>
    <message>
        <source>QtKeychain: Windows Credential Manager</source>
        <translation>QtKeychain: Windows Credential Manager</translation>
    </message>
    <message>
        <source>QtKeychain: macOS Keychain</source>
        <translation>QtKeychain: macOS Keychain</translation>
    </message>
    <message>
        <source>QtKeychain: Secret Service or KWallet, whichever the desktop session runs</source>
        <translation>QtKeychain: Secret Service or KWallet, whichever the desktop session runs</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Delivery Mailbox Admin: %1</source>
        <translation>Delivery Mailbox Admin: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (built with %2)</translation>
    </message>
    <message>
        <source>OpenSSL: %1 (Qt Network was built with %2)</source>
        <translation>OpenSSL: %1 (Qt Network was built with %2)</translation>
    </message>
    <message>
        <source>SQLCipher: %1 (SQLite %2)</source>
        <translation>SQLCipher: %1 (SQLite %2)</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>Operating system: %1</translation>
    </message>
    <message>
        <source>Platform capabilities: not connected</source>
        <translation>Platform capabilities: not connected</translation>
    </message>
    <message>
        <source>Platform capabilities: not checked yet</source>
        <translation>Platform capabilities: not checked yet</translation>
    </message>
    <message>
        <source>Platform capabilities:</source>
        <translation>Platform capabilities:</translation>
    </message>
    <message>
        <source>Cache check incomplete: the local checks passed, the counts were not compared.</source>
        <translation>Cache check incomplete: the local checks passed, the counts were not compared.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 count checks match</source>
        <translation>%1: %2 of %3 count checks match</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1: not served by this platform</translation>
    </message>
    <message>
        <source>gap: %1: %2 in the cache, %3 on the platform</source>
        <translation>gap: %1: %2 in the cache, %3 on the platform</translation>
    </message>
    <message>
        <source>The count checks were cancelled.</source>
        <translation>The count checks were cancelled.</translation>
    </message>
    <message>
        <source>count checks: not run (%1)</source>
        <translation>count checks: not run (%1)</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>Sync of %1 stopped: %2</translation>
    </message>
    <message>
        <source>Sync of %1 was cancelled.</source>
        <translation>Sync of %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>SyncPreferences</name>
    <message>
        <source>History (days): enter a number of days from %1 to %2.</source>
        <translation>History (days): enter a number of days from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>No file name given for the export.</source>
        <translation>No file name given for the export.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Cannot write %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>TextDecodeError</name>
    <message>
        <source>Line %1 of the file is not valid UTF-8. Choose the GBK encoding, or save the file as CSV UTF-8.</source>
        <translation>Line %1 of the file is not valid UTF-8. Choose the GBK encoding, or save the file as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the file is neither UTF-8 nor GBK text. Save the file as CSV UTF-8 and try again.</source>
        <translation>Line %1 of the file is neither UTF-8 nor GBK text. Save the file as CSV UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The file is UTF-16 &quot;Unicode text&quot;. Save it as CSV UTF-8 (comma delimited) instead.</source>
        <translation>The file is UTF-16 &quot;Unicode text&quot;. Save it as CSV UTF-8 (comma delimited) instead.</translation>
    </message>
    <message>
        <source>Line %1 contains binary data: this is not a CSV text file.</source>
        <translation>Line %1 contains binary data: this is not a CSV text file.</translation>
    </message>
    <message>
        <source>This build cannot read GBK text. Save the file as CSV UTF-8 and try again.</source>
        <translation>This build cannot read GBK text. Save the file as CSV UTF-8 and try again.</translation>
    </message>
</context>
<context>
    <name>TimelineColumns</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1 (needs attention)</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Activation SMS resent</source>
        <translation>Activation SMS resent</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>Activation SMS sent</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>First login</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>Mail received</translation>
    </message>
    <message>
        <source>Mail read</source>
        <translation>Mail read</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Mail sent</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>Policy change</translation>
    </message>
    <message>
        <source>read with %1</source>
        <translation>read with %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The delivery mailbox was created on the platform</source>
        <translation>The delivery mailbox was created on the platform</translation>
    </message>
    <message numerus="yes">
        <source>The latest activation SMS (%n reminder(s) after the first)</source>
        <translation>
            <numerusform>The latest activation SMS (%n reminder after the first)</numerusform>
            <numerusform>The latest activation SMS (%n reminders after the first)</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation SMS with the first login details</source>
        <translation>The activation SMS with the first login details</translation>
    </message>
    <message>
        <source>The recipient logged in for the first time</source>
        <translation>The recipient logged in for the first time</translation>
    </message>
    <message>
        <source>The recipient finished activating the mailbox</source>
        <translation>The recipient finished activating the mailbox</translation>
    </message>
</context>
<context>
    <name>WorklistCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>XlsxLogWriter</name>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>Cannot write %1 (zip error %2).</translation>
    </message>
</context>
<context>
    <name>dm::AboutDialog</name>
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
        <source>Delivery Mailbox Admin</source>
        <translation>Delivery Mailbox Admin</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copy to clipboard</translation>
    </message>
</context>
<context>
    <name>dm::AccountDetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts selected.</source>
        <translation>
            <numerusform>%n account selected.</numerusform>
            <numerusform>%n accounts selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its details, activation and logins.</source>
        <translation>Select an account to see its details, activation and logins.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The last change failed. Run the action again or see the operation results.</source>
        <translation>The last change failed. Run the action again or see the operation results.</translation>
    </message>
    <message>
        <source>A change is waiting to be sent to the platform.</source>
        <translation>A change is waiting to be sent to the platform.</translation>
    </message>
    <message>
        <source>None pending</source>
        <translation>None pending</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>Activation SMS sent</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message numerus="yes">
        <source>%n resent</source>
        <translation>
            <numerusform>%n resent</numerusform>
            <numerusform>%n resent</numerusform>
        </translation>
    </message>
    <message>
        <source>First login</source>
        <translation>First login</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>No logins in the cached log.</source>
        <translation>No logins in the cached log.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>ID number:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Reveal ID number</source>
        <translation>Reveal ID number</translation>
    </message>
    <message>
        <source>Shows the full ID number; the reveal is recorded in the audit ledger.</source>
        <translation>Shows the full ID number; the reveal is recorded in the audit ledger.</translation>
    </message>
    <message>
        <source>Reveal mobile number</source>
        <translation>Reveal mobile number</translation>
    </message>
    <message>
        <source>Shows the full mobile number; the reveal is recorded in the audit ledger.</source>
        <translation>Shows the full mobile number; the reveal is recorded in the audit ledger.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activation timeline</source>
        <translation>Activation timeline</translation>
    </message>
    <message>
        <source>Recent logins</source>
        <translation>Recent logins</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Address basis:</source>
        <translation>Address basis:</translation>
    </message>
</context>
<context>
    <name>dm::AccountFilterBar</name>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Search account, name, case number or last 4 digits of mobile (Ctrl+F)</source>
        <translation>Search account, name, case number or last 4 digits of mobile (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>&amp;Activation:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation>Created &amp;from</translation>
    </message>
    <message>
        <source>Filter by creation date</source>
        <translation>Filter by creation date</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Created to</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>dm::AccountFormDialog</name>
    <message>
        <source>Checking whether the name is free…</source>
        <translation>Checking whether the name is free…</translation>
    </message>
    <message>
        <source>This account name is already taken.</source>
        <translation>This account name is already taken.</translation>
    </message>
    <message>
        <source>This account name is free.</source>
        <translation>This account name is free.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name.</source>
        <translation>Enter the recipient&apos;s name.</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>&amp;Account name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Mail domain</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>letters, digits, . _ -</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>optional, 18 characters</source>
        <translation>optional, 18 characters</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Visible in the address book</source>
        <translation>&amp;Visible in the address book</translation>
    </message>
    <message>
        <source>Changes are queued and sent to the platform; the table marks the account until the platform has confirmed them.</source>
        <translation>Changes are queued and sent to the platform; the table marks the account until the platform has confirmed them.</translation>
    </message>
    <message>
        <source>The platform sends the recipient an activation SMS. The initial password is generated when the account is created and is never stored.</source>
        <translation>The platform sends the recipient an activation SMS. The initial password is generated when the account is created and is never stored.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the number stays masked: %1</source>
        <translation>The reveal could not be recorded, so the number stays masked: %1</translation>
    </message>
    <message>
        <source>Address basis (optional)</source>
        <translation>Address basis (optional)</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>dm::AccountTableModel</name>
    <message>
        <source>The last change to this account failed; select it to see why.</source>
        <translation>The last change to this account failed; select it to see why.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>dm::AccountTimelinePage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Account timeline</source>
        <translation>Account timeline</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>The cache could not be read: %1</translation>
    </message>
    <message>
        <source>Everything about one recipient from the local cache, newest first: activation, logins, mails received and read, operations and policy changes.</source>
        <translation>Everything about one recipient from the local cache, newest first: activation, logins, mails received and read, operations and policy changes.</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see the timeline of an account.</source>
        <translation>No profile is open. Open or create a connection profile (File menu) to see the timeline of an account.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account name, address or recipient&apos;s name</source>
        <translation>Account name, address or recipient&apos;s name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Several accounts belong to “%1”: choose one from the list.</source>
        <translation>Several accounts belong to “%1”: choose one from the list.</translation>
    </message>
    <message>
        <source>Make proof-of-delivery pack…</source>
        <translation>Make proof-of-delivery pack…</translation>
    </message>
    <message>
        <source>For the selected document in this recipient&apos;s mailbox.</source>
        <translation>For the selected document in this recipient&apos;s mailbox.</translation>
    </message>
</context>
<context>
    <name>dm::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>The delivery accounts in the local cache: search, filters, details and the actions on the selected accounts.</source>
        <translation>The delivery accounts in the local cache: search, filters, details and the actions on the selected accounts.</translation>
    </message>
</context>
<context>
    <name>dm::AccountsView</name>
    <message>
        <source>%1: the change failed: %2</source>
        <translation>%1: the change failed: %2</translation>
    </message>
    <message>
        <source>%1: the platform confirmed the change.</source>
        <translation>%1: the platform confirmed the change.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its accounts.</source>
        <translation>No profile is open. Open or create a connection profile (File menu) to see its accounts.</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>Account actions</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Re-read the cache and fetch changes from the platform (F5)</source>
        <translation>Re-read the cache and fetch changes from the platform (F5)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Create an account (Ins)</source>
        <translation>Create an account (Ins)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected account (F2)</source>
        <translation>Edit the selected account (F2)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected accounts (Del)</source>
        <translation>Delete the selected accounts (Del)</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>Resend activation SMS</translation>
    </message>
    <message>
        <source>Move to unit…</source>
        <translation>Move to unit…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Delete accounts</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>Enable accounts</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>Disable accounts</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Move to unit</source>
        <translation>Move to unit</translation>
    </message>
    <message numerus="yes">
        <source>%1: queued %n change(s)…</source>
        <translation>
            <numerusform>%1: queued %n change…</numerusform>
            <numerusform>%1: queued %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Create accounts from a CSV or Excel file</source>
        <translation>Create accounts from a CSV or Excel file</translation>
    </message>
    <message>
        <source>Delivery policy…</source>
        <translation>Delivery policy…</translation>
    </message>
    <message>
        <source>The selected account&apos;s delivery policy, with where each value comes from</source>
        <translation>The selected account&apos;s delivery policy, with where each value comes from</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>The profile was closed.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Everything about the selected account merged by time: activation, logins, mails, operations and policy changes</source>
        <translation>Everything about the selected account merged by time: activation, logins, mails, operations and policy changes</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Record where the court got the selected recipient&apos;s address</source>
        <translation>Record where the court got the selected recipient&apos;s address</translation>
    </message>
    <message>
        <source>Set address basis…</source>
        <translation>Set address basis…</translation>
    </message>
    <message>
        <source>Set address basis</source>
        <translation>Set address basis</translation>
    </message>
</context>
<context>
    <name>dm::ActivationFilterBar</name>
    <message>
        <source>Created in:</source>
        <translation>Created in:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>Last 180 days</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Created until</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Include sub-units</source>
        <translation>Include sub-units</translation>
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
        <source>Open a profile to see how far its recipients have got with activation.</source>
        <translation>Open a profile to see how far its recipients have got with activation.</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>The cache could not be read: %1</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>Resend activation SMS</translation>
    </message>
    <message numerus="yes">
        <source>Send the activation SMS again to %n recipient(s)?</source>
        <translation>
            <numerusform>Send the activation SMS again to %n recipient?</numerusform>
            <numerusform>Send the activation SMS again to %n recipients?</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform sends at most one activation SMS per account per minute; it refuses the others.</source>
        <translation>The platform sends at most one activation SMS per account per minute; it refuses the others.</translation>
    </message>
    <message>
        <source>Sending activation SMS: %1 of %2 done</source>
        <translation>Sending activation SMS: %1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>Queueing %n activation SMS…</source>
        <translation>
            <numerusform>Queueing %n activation SMS…</numerusform>
            <numerusform>Queueing %n activation SMS…</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation SMS could not be queued: %1</source>
        <translation>The activation SMS could not be queued: %1</translation>
    </message>
    <message>
        <source>Activation SMS sent: %1, refused: %2.</source>
        <translation>Activation SMS sent: %1, refused: %2.</translation>
    </message>
    <message>
        <source>activation-worklist-%1.csv</source>
        <translation>activation-worklist-%1.csv</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>Export worklist</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the worklist…</source>
        <translation>Exporting the worklist…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The worklist could not be exported: %1</source>
        <translation>The worklist could not be exported: %1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Activation funnel of the accounts created in the period</source>
        <translation>Activation funnel of the accounts created in the period</translation>
    </message>
    <message>
        <source>Waiting for activation</source>
        <translation>Waiting for activation</translation>
    </message>
    <message>
        <source>How far the recipients have got with activation: the funnel, how long the others have been waiting, and the overdue worklist with a bulk resend of the SMS.</source>
        <translation>How far the recipients have got with activation: the funnel, how long the others have been waiting, and the overdue worklist with a bulk resend of the SMS.</translation>
    </message>
</context>
<context>
    <name>dm::AddressBasisDialog</name>
    <message>
        <source>Set address basis</source>
        <translation>Set address basis</translation>
    </message>
    <message>
        <source>Where the court got the delivery address of %1. It decides when a document sent there counts as served (人民法院在线诉讼规则, Art. 31). The change is queued and sent to the platform.</source>
        <translation>Where the court got the delivery address of %1. It decides when a document sent there counts as served (人民法院在线诉讼规则, Art. 31). The change is queued and sent to the platform.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>dm::AddressBasisEditor</name>
    <message>
        <source>required: the number of the address confirmation</source>
        <translation>required: the number of the address confirmation</translation>
    </message>
    <message>
        <source>optional: where it was provided, or how it was found</source>
        <translation>optional: where it was provided, or how it was found</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Address basis</source>
        <translation>Address basis</translation>
    </message>
    <message>
        <source>Date of the address basis</source>
        <translation>Date of the address basis</translation>
    </message>
    <message>
        <source>When the recipient confirmed or provided the address, or the court found it</source>
        <translation>When the recipient confirmed or provided the address, or the court found it</translation>
    </message>
    <message>
        <source>Reference of the address basis</source>
        <translation>Reference of the address basis</translation>
    </message>
</context>
<context>
    <name>dm::AgeingBucketsWidget</name>
    <message>
        <source>under %1 days</source>
        <translation>under %1 days</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 to %2 days</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 days or more</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>Waiting %1: %2</translation>
    </message>
    <message>
        <source>Waiting %1, %2 accounts; shows them in the worklist</source>
        <translation>Waiting %1, %2 accounts; shows them in the worklist</translation>
    </message>
    <message>
        <source>Waiting for activation in all: %1</source>
        <translation>Waiting for activation in all: %1</translation>
    </message>
    <message>
        <source>Accounts not yet activated, by time since the last activation SMS:</source>
        <translation>Accounts not yet activated, by time since the last activation SMS:</translation>
    </message>
</context>
<context>
    <name>dm::BaselineDialog</name>
    <message>
        <source>Baseline of this profile</source>
        <translation>Baseline of this profile</translation>
    </message>
    <message>
        <source>The drift scan lists every place whose policy allows more than this baseline. It starts as the brochure&apos;s delivery mailbox and may only be made stricter.</source>
        <translation>The drift scan lists every place whose policy allows more than this baseline. It starts as the brochure&apos;s delivery mailbox and may only be made stricter.</translation>
    </message>
    <message>
        <source>Brochure&apos;s baseline</source>
        <translation>Brochure&apos;s baseline</translation>
    </message>
    <message>
        <source>Start again from the brochure&apos;s delivery mailbox</source>
        <translation>Start again from the brochure&apos;s delivery mailbox</translation>
    </message>
    <message>
        <source>A baseline may only be stricter than the brochure&apos;s. These settings allow more: %1.</source>
        <translation>A baseline may only be stricter than the brochure&apos;s. These settings allow more: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dm::BulkPolicyPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to several</source>
        <translation>Apply to several</translation>
    </message>
    <message>
        <source>Set these settings on %1, as one batch through the outbox?

%2</source>
        <translation>Set these settings on %1, as one batch through the outbox?

%2</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n change(s)…</source>
        <translation>
            <numerusform>Queuing %n change…</numerusform>
            <numerusform>Queuing %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be queued: %1</source>
        <translation>The batch could not be queued: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n target(s)…</source>
        <translation>
            <numerusform>Applying to %n target…</numerusform>
            <numerusform>Applying to %n targets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to all %n target(s). Reading the policy back…</source>
        <translation>
            <numerusform>Applied to the %n target. Reading the policy back…</numerusform>
            <numerusform>Applied to all %n targets. Reading the policy back…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; sync and apply again.</source>
        <translation>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; sync and apply again.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n target(s)…</source>
        <translation>
            <numerusform>Apply to %n target…</numerusform>
            <numerusform>Apply to %n targets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add an account by name</source>
        <translation>Add an account by name</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Choose the settings with &quot;Override here&quot;, check the targets, then apply</source>
        <translation>Choose the settings with &quot;Override here&quot;, check the targets, then apply</translation>
    </message>
    <message numerus="yes">
        <source>Applied to all %n target(s); the policy was read back from the platform.</source>
        <translation>
            <numerusform>Applied to the %n target; the policy was read back from the platform.</numerusform>
            <numerusform>Applied to all %n targets; the policy was read back from the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; apply again now that the policy was read back.</source>
        <translation>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; apply again now that the policy was read back.</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Apply to</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Account to add</source>
        <translation>Account to add</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>dm::BulkResultDialog</name>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1: finished. %2 done, %3 failed.</source>
        <translation>%1: finished. %2 done, %3 failed.</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 of %3. The rest was not sent.</source>
        <translation>%1: cancelled after %2 of %3. The rest was not sent.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 finished, %4 failed…</source>
        <translation>%1: %2 of %3 finished, %4 failed…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel remaining</source>
        <translation>Cancel remaining</translation>
    </message>
</context>
<context>
    <name>dm::CacheSettingsPanel</name>
    <message>
        <source>This profile is read-only.</source>
        <translation>This profile is read-only.</translation>
    </message>
    <message>
        <source>Checking every page of the file and the audit ledger…</source>
        <translation>Checking every page of the file and the audit ledger…</translation>
    </message>
    <message>
        <source>Comparing the cache&apos;s rows with the platform&apos;s counts…</source>
        <translation>Comparing the cache&apos;s rows with the platform&apos;s counts…</translation>
    </message>
    <message>
        <source>File: intact (every page&apos;s seal checks).</source>
        <translation>File: intact (every page&apos;s seal checks).</translation>
    </message>
    <message numerus="yes">
        <source>File: %n problem(s): %1</source>
        <translation>
            <numerusform>File: %n problem(s): %1</numerusform>
            <numerusform>File: %n problem(s): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit ledger: intact, %n entries.</source>
        <translation>
            <numerusform>Audit ledger: intact, %n entries.</numerusform>
            <numerusform>Audit ledger: intact, %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit ledger: BROKEN: %1</source>
        <translation>Audit ledger: BROKEN: %1</translation>
    </message>
    <message>
        <source>Counts: not compared, a sync is running; check again when it has finished.</source>
        <translation>Counts: not compared, a sync is running; check again when it has finished.</translation>
    </message>
    <message>
        <source>Counts: not all compared: %1</source>
        <translation>Counts: not all compared: %1</translation>
    </message>
    <message>
        <source>%1: %2 in the cache, %3 on the platform</source>
        <translation>%1: %2 in the cache, %3 on the platform</translation>
    </message>
    <message numerus="yes">
        <source>Counts: %n difference(s) with the platform (a sync fetches what is missing): %1</source>
        <translation>
            <numerusform>Counts: %n difference(s) with the platform (a sync fetches what is missing): %1</numerusform>
            <numerusform>Counts: %n difference(s) with the platform (a sync fetches what is missing): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts: all %n check(s) match the platform.</source>
        <translation>
            <numerusform>Counts: all %n check(s) match the platform.</numerusform>
            <numerusform>Counts: all %n check(s) match the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>Rebuild the cache</translation>
    </message>
    <message>
        <source>The cache file is deleted and filled again from the platform by a full sync, which takes a while.

Kept: the audit ledger. It is saved whole (ledger.jsonl) with its time-stamps in a new kept-… folder in %1 before the file goes, and the new ledger&apos;s first entry says where.
Lost: changes still waiting in the outbox, and log rows older than the history the next sync reaches.

Rebuild now?</source>
        <translation>The cache file is deleted and filled again from the platform by a full sync, which takes a while.

Kept: the audit ledger. It is saved whole (ledger.jsonl) with its time-stamps in a new kept-… folder in %1 before the file goes, and the new ledger&apos;s first entry says where.
Lost: changes still waiting in the outbox, and log rows older than the history the next sync reaches.

Rebuild now?</translation>
    </message>
    <message>
        <source>Purge old log rows</source>
        <translation>Purge old log rows</translation>
    </message>
    <message numerus="yes">
        <source>Remove the operation, login and mail log rows older than %n day(s) (before %1) from this computer&apos;s cache?

The platform keeps its logs; the next syncs do not fetch these rows again (a rebuild would). The purge is recorded in the audit ledger.</source>
        <translation>
            <numerusform>Remove the operation, login and mail log rows older than %n day(s) (before %1) from this computer&apos;s cache?

The platform keeps its logs; the next syncs do not fetch these rows again (a rebuild would). The purge is recorded in the audit ledger.</numerusform>
            <numerusform>Remove the operation, login and mail log rows older than %n day(s) (before %1) from this computer&apos;s cache?

The platform keeps its logs; the next syncs do not fetch these rows again (a rebuild would). The purge is recorded in the audit ledger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purging…</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>Nothing was purged: %1</translation>
    </message>
    <message>
        <source>Removed %1 operation, %2 login and %3 mail rows from before %4; the audit ledger records it.</source>
        <translation>Removed %1 operation, %2 login and %3 mail rows from before %4; the audit ledger records it.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show the folder of the encrypted cache file</source>
        <translation>Show the folder of the encrypted cache file</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verify now</translation>
    </message>
    <message>
        <source>Check every page&apos;s seal, the audit ledger&apos;s chain, and each log against the platform&apos;s counts, as dmctl cache verify does</source>
        <translation>Check every page&apos;s seal, the audit ledger&apos;s chain, and each log against the platform&apos;s counts, as dmctl cache verify does</translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation>Rebuild…</translation>
    </message>
    <message>
        <source>Purge log rows older than</source>
        <translation>Purge log rows older than</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purge…</translation>
    </message>
</context>
<context>
    <name>dm::CasePage</name>
    <message>
        <source>Case delivery</source>
        <translation>Case delivery</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>The cache could not be read: %1</translation>
    </message>
    <message>
        <source>This mail is not in the cache any more.</source>
        <translation>This mail is not in the cache any more.</translation>
    </message>
    <message>
        <source>This is not a case number. Type it as %1 (full-width brackets are fine).</source>
        <translation>This is not a case number. Type it as %1 (full-width brackets are fine).</translation>
    </message>
    <message>
        <source>Type a case number, e.g. %1, or open a document from the mail log.</source>
        <translation>Type a case number, e.g. %1, or open a document from the mail log.</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Reading the cache…</translation>
    </message>
    <message>
        <source>The subject “%1” names no case number: its deliveries are shown.</source>
        <translation>The subject “%1” names no case number: its deliveries are shown.</translation>
    </message>
    <message>
        <source>No document and no account of case %1 is in the cache.</source>
        <translation>No document and no account of case %1 is in the cache.</translation>
    </message>
    <message>
        <source>Every document of a case from the local cache, with each recipient&apos;s delivery and read state.</source>
        <translation>Every document of a case from the local cache, with each recipient&apos;s delivery and read state.</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see the delivery of a case.</source>
        <translation>No profile is open. Open or create a connection profile (File menu) to see the delivery of a case.</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>Open timeline</translation>
    </message>
    <message>
        <source>Everything about the selected recipient, merged by time (double-click does the same)</source>
        <translation>Everything about the selected recipient, merged by time (double-click does the same)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with a document not opened yet</source>
        <translation>
            <numerusform>%n recipient with a document not opened yet</numerusform>
            <numerusform>%n recipients with a document not opened yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) in the accounts</source>
        <translation>
            <numerusform>%n party in the accounts</numerusform>
            <numerusform>%n parties in the accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the figures of a case</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>The subject “%1” names no case number: its first %2 deliveries are shown.</source>
        <translation>The subject “%1” names no case number: its first %2 deliveries are shown.</translation>
    </message>
    <message>
        <source>Make proof-of-delivery packs…</source>
        <translation>Make proof-of-delivery packs…</translation>
    </message>
    <message>
        <source>One pack per document and recipient: for the selected lines, or for the whole case when none is selected.</source>
        <translation>One pack per document and recipient: for the selected lines, or for the whole case when none is selected.</translation>
    </message>
    <message>
        <source>Verify a pack…</source>
        <translation>Verify a pack…</translation>
    </message>
    <message>
        <source>Check a proof-of-delivery pack someone handed in.</source>
        <translation>Check a proof-of-delivery pack someone handed in.</translation>
    </message>
</context>
<context>
    <name>dm::CaseTree</name>
    <message>
        <source>Not delivered: %1</source>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipient(s) not read</source>
        <translation>
            <numerusform>%1 of %n recipient not read</numerusform>
            <numerusform>%1 of %n recipients not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), none unread</source>
        <translation>
            <numerusform>%n recipient, none unread</numerusform>
            <numerusform>%n recipients, none unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties no document of this case has reached</source>
        <translation>Parties no document of this case has reached</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>No document received</source>
        <translation>No document received</translation>
    </message>
    <message>
        <source>Document / recipient</source>
        <translation>Document / recipient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>Read with</translation>
    </message>
    <message>
        <source>Documents of the case and their recipients</source>
        <translation>Documents of the case and their recipients</translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n not delivered</numerusform>
            <numerusform>%n not delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries in all</source>
        <translation>
            <numerusform>%n delivery in all</numerusform>
            <numerusform>%n deliveries in all</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the figures of a document</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>dm::ComparisonModel</name>
    <message>
        <source>%1 (cache has more)</source>
        <translation>%1 (cache has more)</translation>
    </message>
    <message>
        <source>%1 (cache has fewer)</source>
        <translation>%1 (cache has fewer)</translation>
    </message>
    <message>
        <source>The cache has no figure for this.</source>
        <translation>The cache has no figure for this.</translation>
    </message>
    <message>
        <source>Only the platform&apos;s figure is known.</source>
        <translation>Only the platform&apos;s figure is known.</translation>
    </message>
    <message>
        <source>Only the cache&apos;s figure is shown: %1</source>
        <translation>Only the cache&apos;s figure is shown: %1</translation>
    </message>
    <message>
        <source>The platform and the cache agree.</source>
        <translation>The platform and the cache agree.</translation>
    </message>
    <message>
        <source>The cache counts %1 more than the platform.</source>
        <translation>The cache counts %1 more than the platform.</translation>
    </message>
    <message>
        <source>The cache counts %1 fewer than the platform.</source>
        <translation>The cache counts %1 fewer than the platform.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>What the platform&apos;s statistics endpoints answer now</source>
        <translation>What the platform&apos;s statistics endpoints answer now</translation>
    </message>
    <message>
        <source>What the local cache counts over its synced logs and accounts</source>
        <translation>What the local cache counts over its synced logs and accounts</translation>
    </message>
    <message>
        <source>The cache&apos;s figure minus the platform&apos;s</source>
        <translation>The cache&apos;s figure minus the platform&apos;s</translation>
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
    <name>dm::ConnectionTest</name>
    <message>
        <source>the pinned key matches</source>
        <translation>the pinned key matches</translation>
    </message>
    <message>
        <source>trusted by the given CA</source>
        <translation>trusted by the given CA</translation>
    </message>
    <message>
        <source>trusted by the system</source>
        <translation>trusted by the system</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the platform answered and lists %n unit(s).</source>
        <translation>
            <numerusform>The connection works: the platform answered and lists %n unit.</numerusform>
            <numerusform>The connection works: the platform answered and lists %n units.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached: %1</source>
        <translation>The platform cannot be reached: %1</translation>
    </message>
    <message>
        <source>The server is not the one this profile trusts (its key does not match the pin): %1</source>
        <translation>The server is not the one this profile trusts (its key does not match the pin): %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>The secure connection failed: %1</translation>
    </message>
    <message>
        <source>The platform refused the credentials (appId, orgOpenId or authorization code): %1</source>
        <translation>The platform refused the credentials (appId, orgOpenId or authorization code): %1</translation>
    </message>
    <message>
        <source>The platform refused a call: %1</source>
        <translation>The platform refused a call: %1</translation>
    </message>
</context>
<context>
    <name>dm::DeleteAccountDialog</name>
    <message>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <source>The account %1 will be deleted on the platform. Its recipient can no longer receive documents; the account can be recovered later.</source>
        <translation>The account %1 will be deleted on the platform. Its recipient can no longer receive documents; the account can be recovered later.</translation>
    </message>
    <message>
        <source>Type the account name to confirm:</source>
        <translation>Type the account name to confirm:</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Delete accounts</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts will be deleted on the platform. Their recipients can no longer receive documents; the accounts can be recovered later.</source>
        <translation>
            <numerusform>%n account will be deleted on the platform. Its recipient can no longer receive documents; the account can be recovered later.</numerusform>
            <numerusform>%n accounts will be deleted on the platform. Their recipients can no longer receive documents; the accounts can be recovered later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of accounts to confirm:</source>
        <translation>Type the number of accounts to confirm:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>dm::DiagnosticsExport</name>
    <message>
        <source>No session: no profile is open, so there is no cache to check.</source>
        <translation>No session: no profile is open, so there is no cache to check.</translation>
    </message>
    <message>
        <source>The profile was closed before its cache was checked.</source>
        <translation>The profile was closed before its cache was checked.</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>The diagnostics were saved to %1.</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved: %1</source>
        <translation>The diagnostics could not be saved: %1</translation>
    </message>
    <message>
        <source>a sync or another check is running; try again when it has finished</source>
        <translation>a sync or another check is running; try again when it has finished</translation>
    </message>
</context>
<context>
    <name>dm::DriftPanel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>The cached policy meets the baseline everywhere.</source>
        <translation>The cached policy meets the baseline everywhere.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) allow more than the baseline.</source>
        <translation>
            <numerusform>%n place allows more than the baseline.</numerusform>
            <numerusform>%n places allow more than the baseline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the fix: %n change(s) queued…</source>
        <translation>
            <numerusform>Applying the fix: %n change queued…</numerusform>
            <numerusform>Applying the fix: %n changes queued…</numerusform>
        </translation>
    </message>
    <message>
        <source>The fix could not be queued: %1</source>
        <translation>The fix could not be queued: %1</translation>
    </message>
    <message>
        <source>The fix was applied. Reading the policy back from the platform…</source>
        <translation>The fix was applied. Reading the policy back from the platform…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the fix failed: %1</source>
        <translation>
            <numerusform>%n change of the fix failed: %1</numerusform>
            <numerusform>%n changes of the fix failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Fix all</translation>
    </message>
    <message>
        <source>Set the domain to the baseline and remove weaker unit and account overrides, as one batch through the outbox</source>
        <translation>Set the domain to the baseline and remove weaker unit and account overrides, as one batch through the outbox</translation>
    </message>
    <message>
        <source>The saved baseline cannot be used, so the brochure&apos;s is: %1</source>
        <translation>The saved baseline cannot be used, so the brochure&apos;s is: %1</translation>
    </message>
    <message>
        <source>No profile is open to keep a baseline for.</source>
        <translation>No profile is open to keep a baseline for.</translation>
    </message>
    <message>
        <source>Policy drift %1.csv</source>
        <translation>Policy drift %1.csv</translation>
    </message>
    <message>
        <source>Export the findings</source>
        <translation>Export the findings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No profile is open.</translation>
    </message>
    <message>
        <source>Exporting the findings…</source>
        <translation>Exporting the findings…</translation>
    </message>
    <message>
        <source>The findings could not be exported: %1</source>
        <translation>The findings could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>%n finding exported to %1.</numerusform>
            <numerusform>%n findings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with this profile&apos;s baseline.</source>
        <translation>Compared with this profile&apos;s baseline.</translation>
    </message>
    <message>
        <source>Compared with the brochure&apos;s baseline.</source>
        <translation>Compared with the brochure&apos;s baseline.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the findings as a CSV file (recorded in the audit ledger)</source>
        <translation>Save the findings as a CSV file (recorded in the audit ledger)</translation>
    </message>
    <message>
        <source>Baseline…</source>
        <translation>Baseline…</translation>
    </message>
    <message>
        <source>Make this profile&apos;s baseline stricter than the brochure&apos;s</source>
        <translation>Make this profile&apos;s baseline stricter than the brochure&apos;s</translation>
    </message>
    <message>
        <source>The baseline could not be saved: %1</source>
        <translation>The baseline could not be saved: %1</translation>
    </message>
    <message>
        <source>Settings weaker than the baseline</source>
        <translation>Settings weaker than the baseline</translation>
    </message>
</context>
<context>
    <name>dm::ExportSettingsSection</name>
    <message>
        <source>Export folder</source>
        <translation>Export folder</translation>
    </message>
    <message>
        <source>Export folder: there is no folder %1.</source>
        <translation>Export folder: there is no folder %1.</translation>
    </message>
    <message>
        <source>The export settings cannot be written to %1.</source>
        <translation>The export settings cannot be written to %1.</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Export fol&amp;der:</source>
        <translation>Export fol&amp;der:</translation>
    </message>
    <message>
        <source>Empty: the Documents folder</source>
        <translation>Empty: the Documents folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <source>Log exports and proof packs start in this folder. ID-card numbers and mobiles in exports are always masked.</source>
        <translation>Log exports and proof packs start in this folder. ID-card numbers and mobiles in exports are always masked.</translation>
    </message>
</context>
<context>
    <name>dm::FunnelPanel</name>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>A unit counts with the units below it.</source>
        <translation>A unit counts with the units below it.</translation>
    </message>
    <message>
        <source>Accounts created in the period, as the platform counts them.</source>
        <translation>Accounts created in the period, as the platform counts them.</translation>
    </message>
    <message>
        <source>Accounts created in the period, as the cache counts them (the platform gave no figures).</source>
        <translation>Accounts created in the period, as the cache counts them (the platform gave no figures).</translation>
    </message>
</context>
<context>
    <name>dm::FunnelWidget</name>
    <message>
        <source>all accounts of the period</source>
        <translation>all accounts of the period</translation>
    </message>
    <message>
        <source>%1 of first logins, %2 of all</source>
        <translation>%1 of first logins, %2 of all</translation>
    </message>
    <message>
        <source>%1 of the stage before</source>
        <translation>%1 of the stage before</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>Activation SMS sent</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>First login</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Activated</translation>
    </message>
    <message>
        <source>Activation funnel chart</source>
        <translation>Activation funnel chart</translation>
    </message>
</context>
<context>
    <name>dm::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Check the rows</translation>
    </message>
    <message>
        <source>Every row is checked: ID number checksum, mobile, account name rules, duplicates in the file and on the platform. Rejected rows are not imported.</source>
        <translation>Every row is checked: ID number checksum, mobile, account name rules, duplicates in the file and on the platform. Rejected rows are not imported.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>&amp;Export report...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Bringing the cached accounts up to date, so that duplicates on the platform are known...</source>
        <translation>Bringing the cached accounts up to date, so that duplicates on the platform are known...</translation>
    </message>
    <message>
        <source>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out: %1</source>
        <translation>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>Checking %n row...</numerusform>
            <numerusform>Checking %n rows...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s): </source>
        <translation>
            <numerusform>%n data row: </numerusform>
            <numerusform>%n data rows: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 already exist, %3 rejected.</source>
        <translation>%1 to create, %2 already exist, %3 rejected.</translation>
    </message>
    <message>
        <source>An earlier import of this file was interrupted; running it again finishes it without creating anything twice.</source>
        <translation>An earlier import of this file was interrupted; running it again finishes it without creating anything twice.</translation>
    </message>
    <message>
        <source>Dry run: nothing will be sent.</source>
        <translation>Dry run: nothing will be sent.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>dm::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, UTF-8 with BOM or GBK, as Excel saves it) or an Excel workbook (.xlsx). The first row holds the column headers.</source>
        <translation>A CSV file (UTF-8, UTF-8 with BOM or GBK, as Excel saves it) or an Excel workbook (.xlsx). The first row holds the column headers.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Excel on Chinese Windows)</source>
        <translation>GBK (Excel on Chinese Windows)</translation>
    </message>
    <message>
        <source>Encoding of a CSV file</source>
        <translation>Encoding of a CSV file</translation>
    </message>
    <message>
        <source>&amp;Dry run: check every row against the platform, create nothing</source>
        <translation>&amp;Dry run: check every row against the platform, create nothing</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Import accounts</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>Rosters (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Reading the file...</translation>
    </message>
    <message>
        <source>CSV in %1</source>
        <translation>CSV in %1</translation>
    </message>
    <message>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n data row(s) below the header.</source>
        <translation>
            <numerusform>%1, %n data row below the header.</numerusform>
            <numerusform>%1, %n data rows below the header.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dm::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <source>Choose the field each column holds. Account, name and mobile are required; the mapping is remembered for files with the same headers.</source>
        <translation>Choose the field each column holds. Account, name and mobile are required; the mapping is remembered for files with the same headers.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Field of column %1</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
</context>
<context>
    <name>dm::ImportResultPage</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>What became of every row of the file. The export holds no ID numbers, mobiles or passwords.</source>
        <translation>What became of every row of the file. The export holds no ID numbers, mobiles or passwords.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>&amp;Export result...</source>
        <translation>&amp;Export result...</translation>
    </message>
    <message>
        <source>Would be created (dry run).</source>
        <translation>Would be created (dry run).</translation>
    </message>
    <message>
        <source>Dry run, nothing was sent: %1 would be created, %2 already exist, %3 rejected.</source>
        <translation>Dry run, nothing was sent: %1 would be created, %2 already exist, %3 rejected.</translation>
    </message>
    <message>
        <source>%1 created, %2 skipped (already exist), %3 failed, %4 rejected.</source>
        <translation>%1 created, %2 skipped (already exist), %3 failed, %4 rejected.</translation>
    </message>
    <message>
        <source>The import was cancelled; import the same file again to finish it.</source>
        <translation>The import was cancelled; import the same file again to finish it.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Export result</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>The result could not be saved: %1</translation>
    </message>
    <message>
        <source>Its address basis would be recorded (dry run).</source>
        <translation>Its address basis would be recorded (dry run).</translation>
    </message>
</context>
<context>
    <name>dm::ImportRunPage</name>
    <message>
        <source>Create the accounts</source>
        <translation>Create the accounts</translation>
    </message>
    <message>
        <source>The platform sends each new account its activation SMS; the recipient sets a password when activating. Cancelling keeps what is done; running the same file again finishes the rest.</source>
        <translation>The platform sends each new account its activation SMS; the recipient sets a password when activating. Cancelling keeps what is done; running the same file again finishes the rest.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Queueing the rows...</source>
        <translation>Queueing the rows...</translation>
    </message>
    <message>
        <source>Cancelling: the rows in flight finish, the rest stay queued...</source>
        <translation>Cancelling: the rows in flight finish, the rest stay queued...</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent: %3 created, %4 failed.</source>
        <translation>%1 of %2 rows sent: %3 created, %4 failed.</translation>
    </message>
</context>
<context>
    <name>dm::ImportWizard</name>
    <message>
        <source>Import accounts</source>
        <translation>Import accounts</translation>
    </message>
</context>
<context>
    <name>dm::KeysetTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>dm::LanguageSettingsSection</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>dm::LogDetailPane</name>
    <message numerus="yes">
        <source>%n rows selected</source>
        <translation>
            <numerusform>%n row selected</numerusform>
            <numerusform>%n rows selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see all of it here.</source>
        <translation>Select a row to see all of it here.</translation>
    </message>
</context>
<context>
    <name>dm::LogExportRunner</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Export %1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>The profile was closed.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>dm::LogFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
</context>
<context>
    <name>dm::LogFreshnessBar</name>
    <message>
        <source>The platform does not serve this log.</source>
        <translation>The platform does not serve this log.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>The last sync failed: %1</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Reading the cache…</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Not synced yet: the cache may hold only part of this log.</source>
        <translation>Not synced yet: the cache may hold only part of this log.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Fetch the rows the platform added since the last sync</source>
        <translation>Fetch the rows the platform added since the last sync</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1, more than %n hour(s) old: sync to see the latest rows.</source>
        <translation>
            <numerusform>Data as of %1, more than %n hour(s) old: sync to see the latest rows.</numerusform>
            <numerusform>Data as of %1, more than %n hour(s) old: sync to see the latest rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dm::LogPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <source>Filter by this value</source>
        <translation>Filter by this value</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>This value cannot filter the log.</source>
        <translation>This value cannot filter the log.</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its logs.</source>
        <translation>No profile is open. Open or create a connection profile (File menu) to see its logs.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Re-read the cache and fetch new rows from the platform (F5)</source>
        <translation>Re-read the cache and fetch new rows from the platform (F5)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>%1 from the local cache: the filters above the table, the selected row&apos;s details beside it.</source>
        <translation>%1 from the local cache: the filters above the table, the selected row&apos;s details beside it.</translation>
    </message>
    <message>
        <source>Open the account&apos;s timeline</source>
        <translation>Open the account&apos;s timeline</translation>
    </message>
    <message>
        <source>Show who received this document</source>
        <translation>Show who received this document</translation>
    </message>
    <message>
        <source>Some selected rows are not loaded yet. Scroll through them, or export the whole list.</source>
        <translation>Some selected rows are not loaded yet. Scroll through them, or export the whole list.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the listed rows to Excel, CSV or PDF (Ctrl+E)</source>
        <translation>Export the listed rows to Excel, CSV or PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export selected rows…</source>
        <translation>Export selected rows…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Make proof-of-delivery pack(s)…</source>
        <translation>Make proof-of-delivery pack(s)…</translation>
    </message>
</context>
<context>
    <name>dm::LogTimeRangeBar</name>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Time range</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>To (not included)</source>
        <translation>To (not included)</translation>
    </message>
    <message>
        <source>All cached</source>
        <translation>All cached</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
</context>
<context>
    <name>dm::LoggingSettingsSection</name>
    <message>
        <source>The logging settings cannot be written to %1.</source>
        <translation>The logging settings cannot be written to %1.</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>Logging</translation>
    </message>
    <message>
        <source>Log l&amp;evel:</source>
        <translation>Log l&amp;evel:</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Information, warnings and errors</source>
        <translation>Information, warnings and errors</translation>
    </message>
    <message>
        <source>Everything, with each request (for support)</source>
        <translation>Everything, with each request (for support)</translation>
    </message>
    <message>
        <source>Passwords, authorization codes, tokens, ID-card numbers and mobiles never reach the log at any level.</source>
        <translation>Passwords, authorization codes, tokens, ID-card numbers and mobiles never reach the log at any level.</translation>
    </message>
</context>
<context>
    <name>dm::LoginDaysChart</name>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>Normal logins (%1)</source>
        <translation>Normal logins (%1)</translation>
    </message>
    <message>
        <source>Abnormal logins (%1, right scale)</source>
        <translation>Abnormal logins (%1, right scale)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>Abnormal</translation>
    </message>
    <message>
        <source>Logins per day</source>
        <translation>Logins per day</translation>
    </message>
    <message>
        <source>Bars: normal logins each day. Line, on the right-hand scale: logins the platform flagged as abnormal.</source>
        <translation>Bars: normal logins each day. Line, on the right-hand scale: logins the platform flagged as abnormal.</translation>
    </message>
</context>
<context>
    <name>dm::LoginLogFilterBar</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Account name (before the @)</source>
        <translation>Account name (before the @)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>A&amp;bnormal:</source>
        <translation>A&amp;bnormal:</translation>
    </message>
    <message>
        <source>Abnormal only</source>
        <translation>Abnormal only</translation>
    </message>
    <message>
        <source>Normal only</source>
        <translation>Normal only</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <source>Exact name, e.g. %1</source>
        <translation>Exact name, e.g. %1</translation>
    </message>
    <message>
        <source>&amp;IP starts with:</source>
        <translation>&amp;IP starts with:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
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
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Login time:</source>
        <translation>Login time:</translation>
    </message>
    <message>
        <source>Login method:</source>
        <translation>Login method:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>Province:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>Flag:</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>Log id:</translation>
    </message>
    <message>
        <source>Abnormal login of %1</source>
        <translation>Abnormal login of %1</translation>
    </message>
    <message>
        <source>Login of %1</source>
        <translation>Login of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n login</numerusform>
            <numerusform>%n logins</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins to the delivery mailboxes from the local cache, abnormal logins marked.</source>
        <translation>Logins to the delivery mailboxes from the local cache, abnormal logins marked.</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleDryRunBox</name>
    <message>
        <source>Replaying the cached logins…</source>
        <translation>Replaying the cached logins…</translation>
    </message>
    <message>
        <source>%1 cached logins since %2 replayed. This draft would have refused %3 logins of %4 accounts, and allowed %5 that are refused today.</source>
        <translation>%1 cached logins since %2 replayed. This draft would have refused %3 logins of %4 accounts, and allowed %5 that are refused today.</translation>
    </message>
    <message>
        <source>The cached login log is complete up to %1.</source>
        <translation>The cached login log is complete up to %1.</translation>
    </message>
    <message>
        <source>The login log has not been synced completely yet: the counts cover what the cache holds.</source>
        <translation>The login log has not been synced completely yet: the counts cover what the cache holds.</translation>
    </message>
    <message>
        <source>Would be refused</source>
        <translation>Would be refused</translation>
    </message>
    <message>
        <source>Would be allowed</source>
        <translation>Would be allowed</translation>
    </message>
    <message>
        <source>Dry run of the draft</source>
        <translation>Dry run of the draft</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>Over the last</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days of cached logins to replay</source>
        <translation>Days of cached logins to replay</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Example logins whose decision the draft changes</source>
        <translation>Example logins whose decision the draft changes</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleTable</name>
    <message>
        <source>the value is empty</source>
        <translation>the value is empty</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>the value is longer than %1 characters</translation>
    </message>
    <message>
        <source>not a region name: write a province in full (广东省) or a city without its province (衢州市)</source>
        <translation>not a region name: write a province in full (广东省) or a city without its province (衢州市)</translation>
    </message>
    <message>
        <source>not a network in canonical form: e.g. 10.0.0.0/8 or 2001:db8::/32, no host bits set, IPv6 in lower case and shortest form</source>
        <translation>not a network in canonical form: e.g. 10.0.0.0/8 or 2001:db8::/32, no host bits set, IPv6 in lower case and shortest form</translation>
    </message>
    <message>
        <source>the same as rule %1, so it could never match</source>
        <translation>the same as rule %1, so it could never match</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Rule %1: action</source>
        <translation>Rule %1: action</translation>
    </message>
    <message>
        <source>Rule %1: kind</source>
        <translation>Rule %1: kind</translation>
    </message>
    <message>
        <source>Rule %1, value: %2</source>
        <translation>Rule %1, value: %2</translation>
    </message>
    <message>
        <source>Rule %1, value &quot;%2&quot; is invalid: %3</source>
        <translation>Rule %1, value &quot;%2&quot; is invalid: %3</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleTester</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; is not an IPv4 or IPv6 address.</translation>
    </message>
    <message>
        <source>Test an address</source>
        <translation>Test an address</translation>
    </message>
    <message>
        <source>IP address, e.g. 58.248.244.53</source>
        <translation>IP address, e.g. 58.248.244.53</translation>
    </message>
    <message>
        <source>IP address to test</source>
        <translation>IP address to test</translation>
    </message>
    <message>
        <source>Province (optional)</source>
        <translation>Province (optional)</translation>
    </message>
    <message>
        <source>Province of the login (optional)</source>
        <translation>Province of the login (optional)</translation>
    </message>
    <message>
        <source>City (optional)</source>
        <translation>City (optional)</translation>
    </message>
    <message>
        <source>City of the login (optional)</source>
        <translation>City of the login (optional)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>dm::LoginRulesPanel</name>
    <message>
        <source>Your draft is on version %1 now: check it and save again.</source>
        <translation>Your draft is on version %1 now: check it and save again.</translation>
    </message>
    <message>
        <source>Type an account name.</source>
        <translation>Type an account name.</translation>
    </message>
    <message>
        <source>A cached login-rule list cannot be read (%1): sync the cache again.</source>
        <translation>A cached login-rule list cannot be read (%1): sync the cache again.</translation>
    </message>
    <message>
        <source>The cache holds no login rules yet: sync the cache first.</source>
        <translation>The cache holds no login rules yet: sync the cache first.</translation>
    </message>
    <message>
        <source>Follow the domain&apos;s default (%1)</source>
        <translation>Follow the domain&apos;s default (%1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>follow the domain&apos;s default</source>
        <translation>follow the domain&apos;s default</translation>
    </message>
    <message>
        <source>(no rules)</source>
        <translation>(no rules)</translation>
    </message>
    <message>
        <source>Rules before:</source>
        <translation>Rules before:</translation>
    </message>
    <message>
        <source>Rules after:</source>
        <translation>Rules after:</translation>
    </message>
    <message>
        <source>Rules: unchanged.</source>
        <translation>Rules: unchanged.</translation>
    </message>
    <message>
        <source>Default for everything else: %1 → %2</source>
        <translation>Default for everything else: %1 → %2</translation>
    </message>
    <message>
        <source>Save login rules</source>
        <translation>Save login rules</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>The change</translation>
    </message>
    <message>
        <source>Saving the login rules…</source>
        <translation>Saving the login rules…</translation>
    </message>
    <message>
        <source>The change could not be queued: %1</source>
        <translation>The change could not be queued: %1</translation>
    </message>
    <message>
        <source>Saved. Reading the login rules back from the platform…</source>
        <translation>Saved. Reading the login rules back from the platform…</translation>
    </message>
    <message>
        <source>Another administrator changed this list meanwhile. Reading their version…</source>
        <translation>Another administrator changed this list meanwhile. Reading their version…</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <source>Saved; this is the list the platform holds now.</source>
        <translation>Saved; this is the list the platform holds now.</translation>
    </message>
    <message>
        <source>This list was changed by someone else meanwhile: theirs (version %1) is shown and nothing of yours was saved. Your draft is kept: reapply it on the newer version to save it again.</source>
        <translation>This list was changed by someone else meanwhile: theirs (version %1) is shown and nothing of yours was saved. Your draft is kept: reapply it on the newer version to save it again.</translation>
    </message>
    <message>
        <source>Login rules of the domain %1, version %2</source>
        <translation>Login rules of the domain %1, version %2</translation>
    </message>
    <message>
        <source>Login rules of the account %1, version %2</source>
        <translation>Login rules of the account %1, version %2</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>One account (individual rules)</source>
        <translation>One account (individual rules)</translation>
    </message>
    <message>
        <source>Whose login rules</source>
        <translation>Whose login rules</translation>
    </message>
    <message>
        <source>Account name, e.g. zhangsan</source>
        <translation>Account name, e.g. zhangsan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Login rules, in the order they are tried</source>
        <translation>Login rules, in the order they are tried</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Everything else:</source>
        <translation>Everything else:</translation>
    </message>
    <message>
        <source>Default for everything else</source>
        <translation>Default for everything else</translation>
    </message>
    <message>
        <source>Warnings about the draft</source>
        <translation>Warnings about the draft</translation>
    </message>
    <message>
        <source>Reapply my draft on the newer version</source>
        <translation>Reapply my draft on the newer version</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
</context>
<context>
    <name>dm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
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
    <message>
        <source>The platform keeps three logs. Each has its own page under this entry in the navigation tree; the pages read the local cache, so they work with the platform out of reach and say how fresh their rows are.</source>
        <translation>The platform keeps three logs. Each has its own page under this entry in the navigation tree; the pages read the local cache, so they work with the platform out of reach and say how fresh their rows are.</translation>
    </message>
    <message>
        <source>Account timeline</source>
        <translation>Account timeline</translation>
    </message>
    <message>
        <source>Everything about one recipient merged by time: activation, logins, mails, operations and policy changes.</source>
        <translation>Everything about one recipient merged by time: activation, logins, mails, operations and policy changes.</translation>
    </message>
    <message>
        <source>Case delivery</source>
        <translation>Case delivery</translation>
    </message>
    <message>
        <source>Every document of a case and who has received and read it.</source>
        <translation>Every document of a case and who has received and read it.</translation>
    </message>
</context>
<context>
    <name>dm::MailDaysChart</name>
    <message>
        <source>platform</source>
        <translation>platform</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>Delivered (%1)</source>
        <translation>Delivered (%1)</translation>
    </message>
    <message>
        <source>Not delivered (%1)</source>
        <translation>Not delivered (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Read within %n day(s) (cache)</source>
        <translation>
            <numerusform>Read within %n day (cache)</numerusform>
            <numerusform>Read within %n days (cache)</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents sent per day</source>
        <translation>Documents sent per day</translation>
    </message>
    <message>
        <source>Bars: documents delivered and not delivered each day. Lines: those read within 1, 3 and 7 days of delivery.</source>
        <translation>Bars: documents delivered and not delivered each day. Lines: those read within 1, 3 and 7 days of delivery.</translation>
    </message>
</context>
<context>
    <name>dm::MailLogFilterBar</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Words of the subject, e.g. a case number</source>
        <translation>Words of the subject, e.g. a case number</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>R&amp;ead:</source>
        <translation>R&amp;ead:</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Se&amp;nder:</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>Whole address</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Re&amp;cipient:</translation>
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
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Mail type:</source>
        <translation>Mail type:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Read time:</source>
        <translation>Read time:</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Not read</translation>
    </message>
    <message>
        <source>Read with:</source>
        <translation>Read with:</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>Message id:</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>Last changed:</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>Log id:</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n mail</numerusform>
            <numerusform>%n mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail received and sent by the delivery mailboxes from the local cache, with delivery and read status.</source>
        <translation>Mail received and sent by the delivery mailboxes from the local cache, with delivery and read status.</translation>
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
        <source>Opening profile %1…</source>
        <translation>Opening profile %1…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Fetch what changed on the platform into the local cache</source>
        <translation>Fetch what changed on the platform into the local cache</translation>
    </message>
    <message>
        <source>&amp;Verify a proof-of-delivery pack…</source>
        <translation>&amp;Verify a proof-of-delivery pack…</translation>
    </message>
    <message>
        <source>Proxy credentials saved; connecting again…</source>
        <translation>Proxy credentials saved; connecting again…</translation>
    </message>
    <message>
        <source>&amp;Proxy sign-in…</source>
        <translation>&amp;Proxy sign-in…</translation>
    </message>
    <message>
        <source>User name and password of the proxy server on the way to the platform</source>
        <translation>User name and password of the proxy server on the way to the platform</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Export &amp;diagnostics…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>dm::MaskedPiiField</name>
    <message>
        <source>Reveal to edit</source>
        <translation>Reveal to edit</translation>
    </message>
    <message>
        <source>Shows the full number so that it can be changed. The reveal is recorded in the audit ledger.</source>
        <translation>Shows the full number so that it can be changed. The reveal is recorded in the audit ledger.</translation>
    </message>
    <message>
        <source>Masked. Reveal the number to change it.</source>
        <translation>Masked. Reveal the number to change it.</translation>
    </message>
</context>
<context>
    <name>dm::MoveUnitDialog</name>
    <message>
        <source>Move to unit</source>
        <translation>Move to unit</translation>
    </message>
    <message numerus="yes">
        <source>Move %n account(s) to:</source>
        <translation>
            <numerusform>Move %n account to:</numerusform>
            <numerusform>Move %n accounts to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>dm::NetworkSettingsSection</name>
    <message>
        <source>Proxy host: a manual proxy needs the proxy&apos;s name or address.</source>
        <translation>Proxy host: a manual proxy needs the proxy&apos;s name or address.</translation>
    </message>
    <message>
        <source>Proxy host: give the proxy&apos;s name or address alone, without &quot;http://&quot;, a port or a path.</source>
        <translation>Proxy host: give the proxy&apos;s name or address alone, without &quot;http://&quot;, a port or a path.</translation>
    </message>
    <message>
        <source>Proxy port: 0 is not a port; give the one the proxy listens on (1 to 65535).</source>
        <translation>Proxy port: 0 is not a port; give the one the proxy listens on (1 to 65535).</translation>
    </message>
    <message>
        <source>Timeouts: give 1 to 600 seconds.</source>
        <translation>Timeouts: give 1 to 600 seconds.</translation>
    </message>
    <message>
        <source>Proxy user: the name cannot hold a line break.</source>
        <translation>Proxy user: the name cannot hold a line break.</translation>
    </message>
    <message>
        <source>Proxy user: a password needs the user name it belongs to.</source>
        <translation>Proxy user: a password needs the user name it belongs to.</translation>
    </message>
    <message>
        <source>The network settings cannot be written to %1.</source>
        <translation>The network settings cannot be written to %1.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Open a profile to set how it reaches the platform.</source>
        <translation>Open a profile to set how it reaches the platform.</translation>
    </message>
    <message>
        <source>How profile %1 reaches the platform and the time-stamping service. Applying opens the profile again with the new settings.</source>
        <translation>How profile %1 reaches the platform and the time-stamping service. Applying opens the profile again with the new settings.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>The system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>A manual HTTP proxy</source>
        <translation>A manual HTTP proxy</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>Proxy h&amp;ost:</source>
        <translation>Proxy h&amp;ost:</translation>
    </message>
    <message>
        <source>e.g. proxy.court.example</source>
        <translation>e.g. proxy.court.example</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>Proxy por&amp;t:</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy &amp;user:</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one; empty keeps the saved one</source>
        <translation>Only if the proxy asks for one; empty keeps the saved one</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy pass&amp;word:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown</source>
        <translation>Kept in the system keychain, never shown</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>&amp;Connection timeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer timeout:</source>
        <translation>Tra&amp;nsfer timeout:</translation>
    </message>
</context>
<context>
    <name>dm::OperationLogFilterBar</name>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operation:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>Part of an address or unit</source>
        <translation>Part of an address or unit</translation>
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
        <source>Operator:</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operation:</translation>
    </message>
    <message>
        <source>Action code:</source>
        <translation>Action code:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>Remark:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>Log id:</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s operation log from the local cache: who changed which mailbox or setting, and when.</source>
        <translation>The platform&apos;s operation log from the local cache: who changed which mailbox or setting, and when.</translation>
    </message>
</context>
<context>
    <name>dm::OverdueWorklistModel</name>
    <message>
        <source>The last action queued for this account failed; see the result report or the outbox.</source>
        <translation>The last action queued for this account failed; see the result report or the outbox.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last SMS</source>
        <translation>Last SMS</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Queued action</source>
        <translation>Queued action</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
</context>
<context>
    <name>dm::PasswordRevealDialog</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>The new password of %1 is shown this one time. Hand it over in person; the recipient must change it at the next login.</source>
        <translation>The new password of %1 is shown this one time. Hand it over in person; the recipient must change it at the next login.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
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
        <source>Meets the baseline</source>
        <translation>Meets the baseline</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) drift from the baseline</source>
        <translation>
            <numerusform>%n place drifts from the baseline</numerusform>
            <numerusform>%n places drift from the baseline</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>Baseline (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its delivery policy.</source>
        <translation>No profile is open. Open or create a connection profile (File menu) to see its delivery policy.</translation>
    </message>
    <message>
        <source>Delivery policy</source>
        <translation>Delivery policy</translation>
    </message>
    <message>
        <source>Login rules</source>
        <translation>Login rules</translation>
    </message>
    <message>
        <source>The delivery policy of the domain, a unit or an account, where it allows more than the court&apos;s baseline, and the login rules by region and IP address.</source>
        <translation>The delivery policy of the domain, a unit or an account, where it allows more than the court&apos;s baseline, and the login rules by region and IP address.</translation>
    </message>
    <message>
        <source>Apply to several</source>
        <translation>Apply to several</translation>
    </message>
</context>
<context>
    <name>dm::PlatformStatsLoader</name>
    <message>
        <source>The connection to the platform was closed.</source>
        <translation>The connection to the platform was closed.</translation>
    </message>
</context>
<context>
    <name>dm::PolicyConflictDialog</name>
    <message>
        <source>The policy was changed meanwhile</source>
        <translation>The policy was changed meanwhile</translation>
    </message>
    <message>
        <source>Another administrator saved this policy (now version %1) after you opened it. For each field you changed, choose which value to keep; unless you choose yours, the other administrator&apos;s stays.</source>
        <translation>Another administrator saved this policy (now version %1) after you opened it. For each field you changed, choose which value to keep; unless you choose yours, the other administrator&apos;s stays.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>Saved meanwhile</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>Settings you changed</source>
        <translation>Settings you changed</translation>
    </message>
    <message>
        <source>Value to keep: %1</source>
        <translation>Value to keep: %1</translation>
    </message>
</context>
<context>
    <name>dm::PolicyDiffDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Apply the policy change</source>
        <translation>Apply the policy change</translation>
    </message>
    <message>
        <source>It applies to the account %1 only.</source>
        <translation>It applies to the account %1 only.</translation>
    </message>
    <message numerus="yes">
        <source>It reaches up to %n account(s) in the cache: those that do not set these fields themselves.</source>
        <translation>
            <numerusform>It reaches up to %n account in the cache: one that does not set these fields itself.</numerusform>
            <numerusform>It reaches up to %n accounts in the cache: those that do not set these fields themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n field(s) change.</source>
        <translation>
            <numerusform>%1 %2: %n field changes.</numerusform>
            <numerusform>%1 %2: %n fields change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>After the change</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Settings this change alters</source>
        <translation>Settings this change alters</translation>
    </message>
</context>
<context>
    <name>dm::PolicyEditor</name>
    <message>
        <source> (changed)</source>
        <translation> (changed)</translation>
    </message>
    <message>
        <source>Inherit again</source>
        <translation>Inherit again</translation>
    </message>
    <message>
        <source>Override here</source>
        <translation>Override here</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Ask every time</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>dm::PolicyPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <source>Type an account name.</source>
        <translation>Type an account name.</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>%1 %2, version %3</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>Applying the change…</translation>
    </message>
    <message>
        <source>The change could not be queued: %1</source>
        <translation>The change could not be queued: %1</translation>
    </message>
    <message>
        <source>Applied. Reading the policy back from the platform…</source>
        <translation>Applied. Reading the policy back from the platform…</translation>
    </message>
    <message>
        <source>Another administrator changed this policy meanwhile. Reading their version…</source>
        <translation>Another administrator changed this policy meanwhile. Reading their version…</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>The change failed: %1</translation>
    </message>
    <message>
        <source>Applied; this is the policy the platform holds now.</source>
        <translation>Applied; this is the policy the platform holds now.</translation>
    </message>
    <message>
        <source>Your chosen values are kept as a draft on the newer version: apply again.</source>
        <translation>Your chosen values are kept as a draft on the newer version: apply again.</translation>
    </message>
    <message>
        <source>The other administrator&apos;s values are shown; nothing of yours is pending.</source>
        <translation>The other administrator&apos;s values are shown; nothing of yours is pending.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Account name, e.g. zhangsan</source>
        <translation>Account name, e.g. zhangsan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
</context>
<context>
    <name>dm::ProfileManager</name>
    <message>
        <source>The profile cannot be opened</source>
        <translation>The profile cannot be opened</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>The profile was not saved</translation>
    </message>
    <message>
        <source>The profile was not removed</source>
        <translation>The profile was not removed</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>&amp;Add profile…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>&amp;Remove profile</translation>
    </message>
    <message>
        <source>(no saved profile)</source>
        <translation>(no saved profile)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Remove the profile %1?</source>
        <translation>Remove the profile %1?</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Rebuild cache</source>
        <translation>&amp;Rebuild cache</translation>
    </message>
    <message>
        <source>Audit ledger kept</source>
        <translation>Audit ledger kept</translation>
    </message>
    <message>
        <source>Its local cache, its authorization code and its cache key are deleted; its audit ledger is kept beside the cache. The platform and its accounts are not touched.</source>
        <translation>Its local cache, its authorization code and its cache key are deleted; its audit ledger is kept beside the cache. The platform and its accounts are not touched.</translation>
    </message>
    <message>
        <source>Rebuilding deletes the local cache, keeps its audit ledger beside it, and fills a new one from the platform. Changes not yet sent to the platform are lost.</source>
        <translation>Rebuilding deletes the local cache, keeps its audit ledger beside it, and fills a new one from the platform. Changes not yet sent to the platform are lost.</translation>
    </message>
</context>
<context>
    <name>dm::ProfileWizard</name>
    <message>
        <source>New connection profile</source>
        <translation>New connection profile</translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>&amp;Save and open</translation>
    </message>
</context>
<context>
    <name>dm::ProfileWizardConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Where the platform is, which organisation to administer, and how to trust the server.</source>
        <translation>Where the platform is, which organisation to administer, and how to trust the server.</translation>
    </message>
    <message>
        <source>To try dmadmin without a real platform, use the local sandbox: it fills in every field below.</source>
        <translation>To try dmadmin without a real platform, use the local sandbox: it fills in every field below.</translation>
    </message>
    <message>
        <source>Start &amp;sandbox</source>
        <translation>Start &amp;sandbox</translation>
    </message>
    <message>
        <source>&amp;Attach to a running sandbox…</source>
        <translation>&amp;Attach to a running sandbox…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choose a CA file</translation>
    </message>
    <message>
        <source>This is the local sandbox (dmadmin starts it when the profile opens)</source>
        <translation>This is the local sandbox (dmadmin starts it when the profile opens)</translation>
    </message>
    <message>
        <source>&amp;Auditor profile (read-only: no changes can be made)</source>
        <translation>&amp;Auditor profile (read-only: no changes can be made)</translation>
    </message>
    <message>
        <source>optional; base64 SHA-256 of the server key, several separated by spaces</source>
        <translation>optional; base64 SHA-256 of the server key, several separated by spaces</translation>
    </message>
    <message>
        <source>optional; PEM file of CAs to trust instead of the system</source>
        <translation>optional; PEM file of CAs to trust instead of the system</translation>
    </message>
    <message>
        <source>e.g. court-prod</source>
        <translation>e.g. court-prod</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profile &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App ID:</translation>
    </message>
    <message>
        <source>&amp;Organisation open ID:</source>
        <translation>&amp;Organisation open ID:</translation>
    </message>
    <message>
        <source>Au&amp;thorization code:</source>
        <translation>Au&amp;thorization code:</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>Mail &amp;domain:</translation>
    </message>
    <message>
        <source>SPKI &amp;pins:</source>
        <translation>SPKI &amp;pins:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>Starting the sandbox… (the first start generates its court, a few seconds)</source>
        <translation>Starting the sandbox… (the first start generates its court, a few seconds)</translation>
    </message>
    <message>
        <source>The sandbox runs; its connection is filled in below.</source>
        <translation>The sandbox runs; its connection is filled in below.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>A profile named %1 exists already.</translation>
    </message>
    <message>
        <source>The base URL must be an https:// address.</source>
        <translation>The base URL must be an https:// address.</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>Enter the app ID.</translation>
    </message>
    <message>
        <source>Enter the organisation open ID.</source>
        <translation>Enter the organisation open ID.</translation>
    </message>
    <message>
        <source>Enter the authorization code.</source>
        <translation>Enter the authorization code.</translation>
    </message>
    <message>
        <source>Enter the mail domain.</source>
        <translation>Enter the mail domain.</translation>
    </message>
    <message>
        <source>A pin must be the base64 of a SHA-256 digest (44 characters).</source>
        <translation>A pin must be the base64 of a SHA-256 digest (44 characters).</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>The CA file %1 does not exist.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>The CA file %1 holds no certificate.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>Certificates (*.pem *.crt);;All (*)</translation>
    </message>
    <message>
        <source>Connection file of the sandbox</source>
        <translation>Connection file of the sandbox</translation>
    </message>
    <message>
        <source>Connection files (*.json);;All (*)</source>
        <translation>Connection files (*.json);;All (*)</translation>
    </message>
    <message>
        <source>The authorization code is longer than %1 characters: check what was pasted.</source>
        <translation>The authorization code is longer than %1 characters: check what was pasted.</translation>
    </message>
</context>
<context>
    <name>dm::ProfileWizardTestPage</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>not tested</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation>OK (%1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>dmadmin reaches the platform, checks its certificate, obtains a token and makes one call.</source>
        <translation>dmadmin reaches the platform, checks its certificate, obtains a token and makes one call.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Platform reachable:</source>
        <translation>Platform reachable:</translation>
    </message>
    <message>
        <source>Secure connection (TLS):</source>
        <translation>Secure connection (TLS):</translation>
    </message>
    <message>
        <source>Credentials (token):</source>
        <translation>Credentials (token):</translation>
    </message>
    <message>
        <source>API call (units):</source>
        <translation>API call (units):</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Save the profile even though the test failed</source>
        <translation>Save the profile even though the test failed</translation>
    </message>
</context>
<context>
    <name>dm::ProofPackDialog</name>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 is too large.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Served on arrival, %1 (Beijing time)</source>
        <translation>Served on arrival, %1 (Beijing time)</translation>
    </message>
    <message>
        <source>Served by the recipient&apos;s reply, %1 (Beijing time)</source>
        <translation>Served by the recipient&apos;s reply, %1 (Beijing time)</translation>
    </message>
    <message>
        <source>Presumed served by an access, %1 (Beijing time)</source>
        <translation>Presumed served by an access, %1 (Beijing time)</translation>
    </message>
    <message>
        <source>Arrived; not yet effective at this address</source>
        <translation>Arrived; not yet effective at this address</translation>
    </message>
    <message>
        <source>Not served: the document did not arrive</source>
        <translation>Not served: the document did not arrive</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs</source>
        <translation>Proof-of-delivery packs</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s), one per document and recipient: the platform&apos;s record of sending, arrival and every access, time-stamped, with the service date and the rule that gives it.</source>
        <translation>
            <numerusform>%n pack, one per document and recipient: the platform&apos;s record of sending, arrival and every access, time-stamped, with the service date and the rule that gives it.</numerusform>
            <numerusform>%n packs, one per document and recipient: the platform&apos;s record of sending, arrival and every access, time-stamped, with the service date and the rule that gives it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Court:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>None: add the file that was sent to compare it with the platform&apos;s copy.</source>
        <translation>None: add the file that was sent to compare it with the platform&apos;s copy.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Sent file:</source>
        <translation>Sent file:</translation>
    </message>
    <message>
        <source>Time-stamping URL:</source>
        <translation>Time-stamping URL:</translation>
    </message>
    <message>
        <source>Fetched from the sandbox</source>
        <translation>Fetched from the sandbox</translation>
    </message>
    <message>
        <source>PEM file of the TSA&apos;s chain</source>
        <translation>PEM file of the TSA&apos;s chain</translation>
    </message>
    <message>
        <source>TSA chain:</source>
        <translation>TSA chain:</translation>
    </message>
    <message>
        <source>Sign with the court&apos;s certificate (PKCS#12)</source>
        <translation>Sign with the court&apos;s certificate (PKCS#12)</translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation>Asked each time, never stored</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Save the packs to</source>
        <translation>Save the packs to</translation>
    </message>
    <message>
        <source>The file that was sent</source>
        <translation>The file that was sent</translation>
    </message>
    <message>
        <source>The court&apos;s certificate</source>
        <translation>The court&apos;s certificate</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the time-stamping authority&apos;s URL (http or https).</source>
        <translation>Give the time-stamping authority&apos;s URL (http or https).</translation>
    </message>
    <message>
        <source>Give the PEM file of the time-stamping authority&apos;s chain: tokens are checked against it.</source>
        <translation>Give the PEM file of the time-stamping authority&apos;s chain: tokens are checked against it.</translation>
    </message>
    <message>
        <source>Choose an existing folder for the packs.</source>
        <translation>Choose an existing folder for the packs.</translation>
    </message>
    <message>
        <source>Type the password of the court&apos;s certificate.</source>
        <translation>Type the password of the court&apos;s certificate.</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Making pack %1 of %2…</source>
        <translation>Making pack %1 of %2…</translation>
    </message>
    <message>
        <source>Making…</source>
        <translation>Making…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>The court&apos;s certificate cannot be used: %1</source>
        <translation>The court&apos;s certificate cannot be used: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) made, %1 failed, in %2.</source>
        <translation>
            <numerusform>%n pack made, %1 failed, in %2.</numerusform>
            <numerusform>%n packs made, %1 failed, in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n pack(s) made before.</source>
        <translation>
            <numerusform>Cancelled: %n pack made before.</numerusform>
            <numerusform>Cancelled: %n packs made before.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit ledger could not record a pack, so it was removed: %1</source>
        <translation>The audit ledger could not record a pack, so it was removed: %1</translation>
    </message>
    <message>
        <source>Opening the court&apos;s certificate…</source>
        <translation>Opening the court&apos;s certificate…</translation>
    </message>
    <message>
        <source>Packs to make</source>
        <translation>Packs to make</translation>
    </message>
</context>
<context>
    <name>dm::ProofSettingsSection</name>
    <message>
        <source>Court&apos;s signing certificate</source>
        <translation>Court&apos;s signing certificate</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Time-stamping URL: this is not a web address; give one such as https://tsa.example.cn/tsa.</source>
        <translation>Time-stamping URL: this is not a web address; give one such as https://tsa.example.cn/tsa.</translation>
    </message>
    <message>
        <source>Time-stamping URL: it must start with https:// or http://.</source>
        <translation>Time-stamping URL: it must start with https:// or http://.</translation>
    </message>
    <message>
        <source>Signing certificate: there is no file %1.</source>
        <translation>Signing certificate: there is no file %1.</translation>
    </message>
    <message>
        <source>The proof-pack settings cannot be written to %1.</source>
        <translation>The proof-pack settings cannot be written to %1.</translation>
    </message>
    <message>
        <source>Proof packs</source>
        <translation>Proof packs</translation>
    </message>
    <message>
        <source>Open a profile to set the defaults of its proof packs.</source>
        <translation>Open a profile to set the defaults of its proof packs.</translation>
    </message>
    <message>
        <source>What the proof-pack dialog of profile %1 starts with.</source>
        <translation>What the proof-pack dialog of profile %1 starts with.</translation>
    </message>
    <message>
        <source>Time-&amp;stamping URL:</source>
        <translation>Time-&amp;stamping URL:</translation>
    </message>
    <message>
        <source>https:// or http:// address of the RFC 3161 service</source>
        <translation>https:// or http:// address of the RFC 3161 service</translation>
    </message>
    <message>
        <source>Si&amp;gning certificate:</source>
        <translation>Si&amp;gning certificate:</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx); empty: packs are not signed by default</source>
        <translation>PKCS#12 file (.p12, .pfx); empty: packs are not signed by default</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>Choose the signing certificate</translation>
    </message>
    <message>
        <source>Its password is asked each time a pack is signed and never stored.</source>
        <translation>Its password is asked each time a pack is signed and never stored.</translation>
    </message>
</context>
<context>
    <name>dm::ProvincesChart</name>
    <message>
        <source>Logins (platform)</source>
        <translation>Logins (platform)</translation>
    </message>
    <message>
        <source>Logins (cache)</source>
        <translation>Logins (cache)</translation>
    </message>
    <message>
        <source>Logins per province</source>
        <translation>Logins per province</translation>
    </message>
    <message>
        <source>The provinces most logins came from in the period, most first.</source>
        <translation>The provinces most logins came from in the period, most first.</translation>
    </message>
</context>
<context>
    <name>dm::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Proxy sign-in</translation>
    </message>
    <message>
        <source>The user name and password of the proxy server this computer reaches the platform through. They are kept in the system keychain with this profile.</source>
        <translation>The user name and password of the proxy server this computer reaches the platform through. They are kept in the system keychain with this profile.</translation>
    </message>
    <message>
        <source>The proxy server %1 refused the saved user name and password. Enter them again; they are kept in the system keychain with this profile.</source>
        <translation>The proxy server %1 refused the saved user name and password. Enter them again; they are kept in the system keychain with this profile.</translation>
    </message>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets dmadmin reach the platform. They are kept in the system keychain with this profile.</source>
        <translation>The proxy server %1 asks for a user name and password before it lets dmadmin reach the platform. They are kept in the system keychain with this profile.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Save and reconnect</source>
        <translation>Save and reconnect</translation>
    </message>
    <message>
        <source>The user name and the password may have at most %1 characters each, as much as the system keychain keeps.</source>
        <translation>The user name and the password may have at most %1 characters each, as much as the system keychain keeps.</translation>
    </message>
</context>
<context>
    <name>dm::ResendReportDialog</name>
    <message>
        <source>Activation SMS: result</source>
        <translation>Activation SMS: result</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>Result per account</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Still queued</source>
        <translation>Still queued</translation>
    </message>
    <message>
        <source>The run was stopped before this one was sent.</source>
        <translation>The run was stopped before this one was sent.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Activation SMS sent: %1. Refused: %2.</source>
        <translation>Activation SMS sent: %1. Refused: %2.</translation>
    </message>
    <message>
        <source>Still queued: %1.</source>
        <translation>Still queued: %1.</translation>
    </message>
</context>
<context>
    <name>dm::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A strong new password is generated for %1. The recipient must change it at the next login.</source>
        <translation>A strong new password is generated for %1. The recipient must change it at the next login.</translation>
    </message>
    <message numerus="yes">
        <source>A strong new password is generated for each of the %n accounts. The recipients must change it at the next login.</source>
        <translation>
            <numerusform>A strong new password is generated for the %n account. The recipient must change it at the next login.</numerusform>
            <numerusform>A strong new password is generated for each of the %n accounts. The recipients must change it at the next login.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it by &amp;SMS to the bound mobile</source>
        <translation>Send it by &amp;SMS to the bound mobile</translation>
    </message>
    <message>
        <source>Show it &amp;once here, to hand over in person</source>
        <translation>Show it &amp;once here, to hand over in person</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
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
    <name>dm::SandboxLauncher</name>
    <message>
        <source>The sandbox could not be started (%1 is missing or not executable).</source>
        <translation>The sandbox could not be started (%1 is missing or not executable).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>The sandbox did not start in time; see %1.</source>
        <translation>The sandbox did not start in time; see %1.</translation>
    </message>
    <message>
        <source>The sandbox stopped at start; see %1.</source>
        <translation>The sandbox stopped at start; see %1.</translation>
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
    <name>dm::SessionController</name>
    <message>
        <source>The CA file %1 of the profile holds no certificate.</source>
        <translation>The CA file %1 of the profile holds no certificate.</translation>
    </message>
    <message>
        <source>The authorization code of profile %1 cannot be read from the keychain: %2</source>
        <translation>The authorization code of profile %1 cannot be read from the keychain: %2</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be deleted.</source>
        <translation>The cache file %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>A profile named %1 exists already.</translation>
    </message>
    <message>
        <source>The authorization code cannot be stored in the keychain: %1</source>
        <translation>The authorization code cannot be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>The profile could not be saved in the settings.</translation>
    </message>
    <message>
        <source>The proxy credentials of profile %1 cannot be read from the keychain: %2</source>
        <translation>The proxy credentials of profile %1 cannot be read from the keychain: %2</translation>
    </message>
    <message>
        <source>Open a profile first: the proxy credentials are kept with it.</source>
        <translation>Open a profile first: the proxy credentials are kept with it.</translation>
    </message>
    <message>
        <source>The proxy user name is empty or holds a line break.</source>
        <translation>The proxy user name is empty or holds a line break.</translation>
    </message>
    <message>
        <source>The proxy credentials cannot be stored in the keychain: %1</source>
        <translation>The proxy credentials cannot be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>The proxy user name or password is longer than the system keychain keeps.</source>
        <translation>The proxy user name or password is longer than the system keychain keeps.</translation>
    </message>
</context>
<context>
    <name>dm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Settings applied.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Changes take effect when you press Apply; Revert brings back what is saved. Network and proof-pack settings belong to the open profile, the others to every profile.</source>
        <translation>Changes take effect when you press Apply; Revert brings back what is saved. Network and proof-pack settings belong to the open profile, the others to every profile.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>How this client reaches the platform, the defaults of proof packs and exports, the interface language and the log level.</source>
        <translation>How this client reaches the platform, the defaults of proof packs and exports, the interface language and the log level.</translation>
    </message>
</context>
<context>
    <name>dm::StatisticsPage</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>The cache could not be read: %1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Statistics: the platform beside the cache</source>
        <translation>Statistics: the platform beside the cache</translation>
    </message>
    <message>
        <source>Open a profile to compare its statistics on the platform with the cache.</source>
        <translation>Open a profile to compare its statistics on the platform with the cache.</translation>
    </message>
    <message>
        <source>The platform&apos;s statistics are not available: %1 The figures shown are the cache&apos;s.</source>
        <translation>The platform&apos;s statistics are not available: %1 The figures shown are the cache&apos;s.</translation>
    </message>
    <message>
        <source>Asking the platform: %1 of %2 figures</source>
        <translation>Asking the platform: %1 of %2 figures</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>Reading the cache…</translation>
    </message>
    <message>
        <source>The platform&apos;s figures as of %1.</source>
        <translation>The platform&apos;s figures as of %1.</translation>
    </message>
    <message>
        <source>Read the cache and ask the platform again (F5)</source>
        <translation>Read the cache and ask the platform again (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Stop asking the platform</source>
        <translation>Stop asking the platform</translation>
    </message>
    <message>
        <source>Documents per day</source>
        <translation>Documents per day</translation>
    </message>
    <message>
        <source>Logins per day</source>
        <translation>Logins per day</translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation>Top provinces</translation>
    </message>
    <message>
        <source>Activation funnel</source>
        <translation>Activation funnel</translation>
    </message>
    <message>
        <source>Documents and logins per day, the provinces logins came from and the activation funnel, each with the platform&apos;s figures beside the cache&apos;s and the difference.</source>
        <translation>Documents and logins per day, the provinces logins came from and the activation funnel, each with the platform&apos;s figures beside the cache&apos;s and the difference.</translation>
    </message>
</context>
<context>
    <name>dm::StatsPeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>Days are counted in China time (UTC+8), as the platform counts them.</source>
        <translation>Days are counted in China time (UTC+8), as the platform counts them.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>At most %1 days: the platform keeps the logs of the last %1 days.</source>
        <translation>At most %1 days: the platform keeps the logs of the last %1 days.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>dm::StatsSection</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The platform&apos;s figures beside the cache&apos;s</source>
        <translation>The platform&apos;s figures beside the cache&apos;s</translation>
    </message>
</context>
<context>
    <name>dm::StatsSource</name>
    <message>
        <source>Not connected to the platform.</source>
        <translation>Not connected to the platform.</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <source>Asking the platform was stopped; refresh (F5) to ask again.</source>
        <translation>Asking the platform was stopped; refresh (F5) to ask again.</translation>
    </message>
    <message>
        <source>The platform has not been asked yet.</source>
        <translation>The platform has not been asked yet.</translation>
    </message>
</context>
<context>
    <name>dm::SyncSettingsPanel</name>
    <message>
        <source>The settings could not be written.</source>
        <translation>The settings could not be written.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Automatic sync:</source>
        <translation>Automatic sync:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute(s)</numerusform>
            <numerusform>Every %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between the end of one sync and the start of the next</source>
        <translation>Minutes between the end of one sync and the start of the next</translation>
    </message>
    <message>
        <source>History (days):</source>
        <translation>History (days):</translation>
    </message>
    <message>
        <source>How far back the first sync of each log reaches (%1 to %2 days; the platform keeps 180). It applies to the next first sync or rebuild.</source>
        <translation>How far back the first sync of each log reaches (%1 to %2 days; the platform keeps 180). It applies to the next first sync or rebuild.</translation>
    </message>
    <message>
        <source>Warn when data is older than:</source>
        <translation>Warn when data is older than:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>dm::SyncStatusBar</name>
    <message>
        <source>Sync cancelled after %1 rows; the next sync resumes.</source>
        <translation>Sync cancelled after %1 rows; the next sync resumes.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>%1 (local %2, platform %3)</source>
        <translation>%1 (local %2, platform %3)</translation>
    </message>
    <message>
        <source>Synced with gaps: %1</source>
        <translation>Synced with gaps: %1</translation>
    </message>
    <message>
        <source>Synced: %1 rows written</source>
        <translation>Synced: %1 rows written</translation>
    </message>
    <message>
        <source>%1: %2 rows written</source>
        <translation>%1: %2 rows written</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 on the platform</source>
        <translation>%1: %2 here, %3 on the platform</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 on the platform: GAP</source>
        <translation>%1: %2 here, %3 on the platform: GAP</translation>
    </message>
    <message>
        <source>Cancelled; the next sync resumes where this one stopped.</source>
        <translation>Cancelled; the next sync resumes where this one stopped.</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the sync (what is synced stays)</source>
        <translation>Cancel the sync (what is synced stays)</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Details of the last sync</source>
        <translation>Details of the last sync</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3): %4 rows</source>
        <translation>Syncing %1 (%2 of %3): %4 rows</translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation>, %1 %</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>, %1 rows/s</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1: not served by this platform</translation>
    </message>
</context>
<context>
    <name>dm::TimelineHeader</name>
    <message>
        <source>Type an account name, an address or a recipient&apos;s name above.</source>
        <translation>Type an account name, an address or a recipient&apos;s name above.</translation>
    </message>
    <message>
        <source>%1 is not an account in the cache; the log rows that name it are shown.</source>
        <translation>%1 is not an account in the cache; the log rows that name it are shown.</translation>
    </message>
    <message>
        <source>No account and no log row in the cache names %1.</source>
        <translation>No account and no log row in the cache names %1.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
</context>
<context>
    <name>dm::TimelineKindFilter</name>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>Mail received</translation>
    </message>
    <message>
        <source>Mail read</source>
        <translation>Mail read</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>Mail sent</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>Policy changes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>dm::UserGuideDialog</name>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Back to the previous page (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation>Forward to the next page (%1)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>The first page of the guide</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Find in this page (%1)</source>
        <translation>Find in this page (%1)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Text to find; Enter for the next match</source>
        <translation>Text to find; Enter for the next match</translation>
    </message>
</context>
<context>
    <name>dm::VerifyPackDialog</name>
    <message>
        <source>Verify a proof-of-delivery pack</source>
        <translation>Verify a proof-of-delivery pack</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>Optional: the TSA chain you trust (else the pack&apos;s own)</source>
        <translation>Optional: the TSA chain you trust (else the pack&apos;s own)</translation>
    </message>
    <message>
        <source>TSA chain:</source>
        <translation>TSA chain:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>The pack to verify</source>
        <translation>The pack to verify</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs (*.zip)</source>
        <translation>Proof-of-delivery packs (*.zip)</translation>
    </message>
    <message>
        <source>The TSA chain you trust</source>
        <translation>The TSA chain you trust</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose the pack&apos;s ZIP file.</source>
        <translation>Choose the pack&apos;s ZIP file.</translation>
    </message>
    <message>
        <source>Cannot read the TSA chain %1.</source>
        <translation>Cannot read the TSA chain %1.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>The pack is sound: nothing in it was changed since it was time-stamped.</source>
        <translation>The pack is sound: nothing in it was changed since it was time-stamped.</translation>
    </message>
    <message>
        <source>The pack is NOT sound: %1: %2</source>
        <translation>The pack is NOT sound: %1: %2</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Choose the pack</source>
        <translation>Choose the pack</translation>
    </message>
    <message>
        <source>TSA chain</source>
        <translation>TSA chain</translation>
    </message>
    <message>
        <source>Choose the TSA chain</source>
        <translation>Choose the TSA chain</translation>
    </message>
    <message>
        <source>Checks of the pack</source>
        <translation>Checks of the pack</translation>
    </message>
</context>
<context>
    <name>dm::WorklistPanel</name>
    <message>
        <source>Overdue worklist: waiting %1</source>
        <translation>Overdue worklist: waiting %1</translation>
    </message>
    <message>
        <source>Worklist: waiting %1</source>
        <translation>Worklist: waiting %1</translation>
    </message>
    <message>
        <source>– the %1 longest-waiting are shown; the export has them all</source>
        <translation>– the %1 longest-waiting are shown; the export has them all</translation>
    </message>
    <message>
        <source>– nobody is waiting in this range</source>
        <translation>– nobody is waiting in this range</translation>
    </message>
    <message>
        <source>&amp;Resend activation SMS</source>
        <translation>&amp;Resend activation SMS</translation>
    </message>
    <message>
        <source>E&amp;xport worklist…</source>
        <translation>E&amp;xport worklist…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Overdue worklist</source>
        <translation>Overdue worklist</translation>
    </message>
    <message>
        <source>Resend progress</source>
        <translation>Resend progress</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>Resend activation SMS</translation>
    </message>
    <message>
        <source>Copy account names</source>
        <translation>Copy account names</translation>
    </message>
    <message>
        <source>Export worklist…</source>
        <translation>Export worklist…</translation>
    </message>
</context>
<context>
    <name>dm::proof</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1: cannot be opened</translation>
    </message>
    <message>
        <source>%1: inflates to more than it declares</source>
        <translation>%1: inflates to more than it declares</translation>
    </message>
    <message>
        <source>%1: damaged (CRC or stream error %2)</source>
        <translation>%1: damaged (CRC or stream error %2)</translation>
    </message>
    <message>
        <source>cannot create %1 (zip error %2)</source>
        <translation>cannot create %1 (zip error %2)</translation>
    </message>
    <message>
        <source>cannot write %1 into the pack (zip error %2)</source>
        <translation>cannot write %1 into the pack (zip error %2)</translation>
    </message>
    <message>
        <source>cannot finish %1 (zip error %2)</source>
        <translation>cannot finish %1 (zip error %2)</translation>
    </message>
    <message>
        <source>not a readable ZIP file (zip error %1)</source>
        <translation>not a readable ZIP file (zip error %1)</translation>
    </message>
    <message>
        <source>the ZIP holds %1 entries, more than %2: refused</source>
        <translation>the ZIP holds %1 entries, more than %2: refused</translation>
    </message>
    <message>
        <source>an entry&apos;s header cannot be read (zip error %1)</source>
        <translation>an entry&apos;s header cannot be read (zip error %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unsafe name (absolute, &quot;..&quot;, backslash, colon or control character)</source>
        <translation>&quot;%1&quot;: unsafe name (absolute, &quot;..&quot;, backslash, colon or control character)</translation>
    </message>
    <message>
        <source>%1: present twice</source>
        <translation>%1: present twice</translation>
    </message>
    <message>
        <source>%1: not a plain file (link, encrypted or directory)</source>
        <translation>%1: not a plain file (link, encrypted or directory)</translation>
    </message>
    <message>
        <source>%1: %2 bytes unpacked, over the pack&apos;s limits (%3 MiB a file, %4 MiB in all): refused</source>
        <translation>%1: %2 bytes unpacked, over the pack&apos;s limits (%3 MiB a file, %4 MiB in all): refused</translation>
    </message>
    <message>
        <source>%1: compressed more than %2 to 1, a ZIP bomb: refused</source>
        <translation>%1: compressed more than %2 to 1, a ZIP bomb: refused</translation>
    </message>
    <message>
        <source>%1: holds %2 bytes, its header says %3</source>
        <translation>%1: holds %2 bytes, its header says %3</translation>
    </message>
    <message>
        <source>the ZIP&apos;s directory cannot be read to its end (zip error %1)</source>
        <translation>the ZIP&apos;s directory cannot be read to its end (zip error %1)</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot; has no usable file name</source>
        <translation>the copy &quot;%1&quot; has no usable file name</translation>
    </message>
    <message>
        <source>the pack has no making time</source>
        <translation>the pack has no making time</translation>
    </message>
    <message>
        <source>the time-stamping authority&apos;s chain holds no PEM certificate</source>
        <translation>the time-stamping authority&apos;s chain holds no PEM certificate</translation>
    </message>
    <message>
        <source>events.jsonl line %1 (%2)</source>
        <extracomment>How a problem names a line of events.jsonl. %1: the line number; %2: the event, e.g. &quot;login 1234&quot;.</extracomment>
        <translation>events.jsonl line %1 (%2)</translation>
    </message>
    <message>
        <source>seq %1 (%2)</source>
        <extracomment>How a problem names an event by its &quot;seq&quot; member. %2: the event, e.g. &quot;login 1234&quot;.</extracomment>
        <translation>seq %1 (%2)</translation>
    </message>
    <message>
        <source>events.jsonl does not end with a line feed</source>
        <translation>events.jsonl does not end with a line feed</translation>
    </message>
    <message>
        <source>events.jsonl line %1 is not a JSON object</source>
        <translation>events.jsonl line %1 is not a JSON object</translation>
    </message>
    <message>
        <source>%1: prev is %2, but the first line&apos;s prev is 64 zeros: the chain is broken</source>
        <translation>%1: prev is %2, but the first line&apos;s prev is 64 zeros: the chain is broken</translation>
    </message>
    <message>
        <source>%1: prev is %2, but the SHA-256 of line %3 is %4: the chain is broken</source>
        <translation>%1: prev is %2, but the SHA-256 of line %3 is %4: the chain is broken</translation>
    </message>
    <message>
        <source>%1: its time is not ms with the same instant in Beijing time</source>
        <translation>%1: its time is not ms with the same instant in Beijing time</translation>
    </message>
    <message>
        <source>%1: earlier than line %2: out of time order</source>
        <translation>%1: earlier than line %2: out of time order</translation>
    </message>
    <message>
        <source>%1: seq is not %2</source>
        <translation>%1: seq is not %2</translation>
    </message>
    <message>
        <source>event %1 of manifest.json is missing from events.jsonl (dropped or altered)</source>
        <extracomment>%1: the event, named as &quot;seq 5 (ContentAccessTracking, open 501)&quot;.</extracomment>
        <translation>event %1 of manifest.json is missing from events.jsonl (dropped or altered)</translation>
    </message>
    <message>
        <source>%1 is not among manifest.json&apos;s events</source>
        <translation>%1 is not among manifest.json&apos;s events</translation>
    </message>
    <message>
        <source>events.jsonl line %1 holds %2 where manifest.json has %3: reordered</source>
        <translation>events.jsonl line %1 holds %2 where manifest.json has %3: reordered</translation>
    </message>
    <message>
        <source>%1 with no service time</source>
        <extracomment>A determination that gives no date, e.g. &quot;NOT_SERVED with no service time&quot;. %1: its code.</extracomment>
        <translation>%1 with no service time</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A determination, e.g. &quot;SERVED_ON_ARRIVAL at 2026-06-01T10:00:04.000+08:00&quot;. %1: its code; %2: the service time.</extracomment>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>events.jsonl is missing</source>
        <translation>events.jsonl is missing</translation>
    </message>
    <message>
        <source>events.jsonl has %1 lines ending in %2; manifest.json&apos;s eventChain says %3 lines ending in %4</source>
        <translation>events.jsonl has %1 lines ending in %2; manifest.json&apos;s eventChain says %3 lines ending in %4</translation>
    </message>
    <message>
        <source>not compared with manifest.json&apos;s events: it cannot be read</source>
        <translation>not compared with manifest.json&apos;s events: it cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>%n events chained from 64 zeros to %1, in time order, the same as manifest.json&apos;s</source>
        <extracomment>%n: how many events; %1: the SHA-256 of the last line.</extracomment>
        <translation>
            <numerusform>%n event chained from 64 zeros to %1, the same as manifest.json&apos;s</numerusform>
            <numerusform>%n events chained from 64 zeros to %1, in time order, the same as manifest.json&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: manifest.json cannot be read</source>
        <translation>not checked: manifest.json cannot be read</translation>
    </message>
    <message>
        <source>%1, recomputed from the manifest&apos;s evidence (no channel, platform records %2)</source>
        <extracomment>%1: the determination; %2: the platform record ids it rests on.</extracomment>
        <translation>%1, recomputed from the manifest&apos;s evidence (no channel, platform records %2)</translation>
    </message>
    <message>
        <source>%1, recomputed from the manifest&apos;s evidence (channel %2, platform records %3)</source>
        <extracomment>%1: the determination; %2: the channel (mailbox, reply, webmail, ...); %3: the platform record ids.</extracomment>
        <translation>%1, recomputed from the manifest&apos;s evidence (channel %2, platform records %3)</translation>
    </message>
    <message>
        <source>manifest.json says %1, its evidence gives %2 (differing in other members)</source>
        <translation>manifest.json says %1, its evidence gives %2 (differing in other members)</translation>
    </message>
    <message>
        <source>manifest.json says %1, its evidence gives %2 (differing: %3)</source>
        <extracomment>%1, %2: determinations; %3: the JSON members that differ, e.g. &quot;code, serviceTime&quot;.</extracomment>
        <translation>manifest.json says %1, its evidence gives %2 (differing: %3)</translation>
    </message>
    <message>
        <source>event seq %1 (%2) has no valid time or record id</source>
        <translation>event seq %1 (%2) has no valid time or record id</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it matches, the digests say it does not match</source>
        <translation>%1: clerkFiles says it matches, the digests say it does not match</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it does not match, the digests say it matches</source>
        <translation>%1: clerkFiles says it does not match, the digests say it matches</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it does not match, yet names an attachment as its match</source>
        <translation>%1: clerkFiles says it does not match, yet names an attachment as its match</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it matches %2, the digests say it matches the platform&apos;s %3</source>
        <extracomment>%1: the copy; %2: the attachment clerkFiles names; %3: the attachment the digests match.</extracomment>
        <translation>%1: clerkFiles says it matches %2, the digests say it matches the platform&apos;s %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <extracomment>%1: the first problems, separated by &quot;; &quot;; %n: how many more there are.</extracomment>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is not &quot;&lt;64 hex&gt;  &lt;name&gt;&quot;</source>
        <translation>SHA256SUMS line %1 is not &quot;&lt;64 hex&gt;  &lt;name&gt;&quot;</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not a file of the format</source>
        <translation>%1 is not a file of the format</translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself</source>
        <translation>SHA256SUMS lists itself</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1 twice</source>
        <translation>SHA256SUMS lists %1 twice</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which is not in the pack</source>
        <translation>SHA256SUMS lists %1, which is not in the pack</translation>
    </message>
    <message>
        <source>%1 is in the pack but not in SHA256SUMS</source>
        <translation>%1 is in the pack but not in SHA256SUMS</translation>
    </message>
    <message numerus="yes">
        <source>%n files, exactly those SHA256SUMS lists and itself, all safely named</source>
        <translation>
            <numerusform>%n file, exactly those SHA256SUMS lists and itself, safely named</numerusform>
            <numerusform>%n files, exactly those SHA256SUMS lists and itself, all safely named</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA256SUMS is missing: nothing binds the pack&apos;s files</source>
        <translation>SHA256SUMS is missing: nothing binds the pack&apos;s files</translation>
    </message>
    <message>
        <source>SHA256SUMS line %1: %2 is not in the pack</source>
        <translation>SHA256SUMS line %1: %2 is not in the pack</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, SHA256SUMS line %3 says %4</source>
        <translation>%1: SHA-256 is %2, SHA256SUMS line %3 says %4</translation>
    </message>
    <message numerus="yes">
        <source>every file matches its SHA256SUMS line (%n lines)</source>
        <translation>
            <numerusform>every file matches its SHA256SUMS line (%n line)</numerusform>
            <numerusform>every file matches its SHA256SUMS line (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>manifest.json is missing</translation>
    </message>
    <message>
        <source>manifest.json covers %1, which the format never covers</source>
        <translation>manifest.json covers %1, which the format never covers</translation>
    </message>
    <message>
        <source>manifest.json lists %1, which is not in the pack</source>
        <translation>manifest.json lists %1, which is not in the pack</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, manifest.json says %3</source>
        <translation>%1: SHA-256 is %2, manifest.json says %3</translation>
    </message>
    <message>
        <source>%1 is in the pack but manifest.json does not cover it</source>
        <translation>%1 is in the pack but manifest.json does not cover it</translation>
    </message>
    <message numerus="yes">
        <source>manifest.json (format %1) covers %n files, each with its SHA-256: %2</source>
        <extracomment>%1: the format version; %n: how many files; %2: their names.</extracomment>
        <translation>
            <numerusform>manifest.json (format %1) covers %n file, with its SHA-256: %2</numerusform>
            <numerusform>manifest.json (format %1) covers %n files, each with its SHA-256: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>clerkFiles names &quot;%1&quot;, which is not under attachments/</source>
        <translation>clerkFiles names &quot;%1&quot;, which is not under attachments/</translation>
    </message>
    <message>
        <source>clerkFiles names %1, which is not in the pack</source>
        <translation>clerkFiles names %1, which is not in the pack</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: a file of the pack; %2: why its SM3 could not be computed.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its size or digests differ from those clerkFiles records</source>
        <translation>%1: its size or digests differ from those clerkFiles records</translation>
    </message>
    <message>
        <source>%1 does not match any attachment the platform holds</source>
        <translation>%1 does not match any attachment the platform holds</translation>
    </message>
    <message>
        <source>%1 matches the platform&apos;s %2 (SHA-256 and SM3)</source>
        <translation>%1 matches the platform&apos;s %2 (SHA-256 and SM3)</translation>
    </message>
    <message>
        <source>%1 has no entry in clerkFiles</source>
        <translation>%1 has no entry in clerkFiles</translation>
    </message>
    <message>
        <source>the pack holds no clerk&apos;s copy</source>
        <translation>the pack holds no clerk&apos;s copy</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>cannot read back %1: %2</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>cannot read back %1</translation>
    </message>
    <message>
        <source>another pack is being made</source>
        <translation>another pack is being made</translation>
    </message>
    <message>
        <source>the platform gave no evidence: %1</source>
        <translation>the platform gave no evidence: %1</translation>
    </message>
    <message>
        <source>the time-stamping authority&apos;s chain: %1</source>
        <translation>the time-stamping authority&apos;s chain: %1</translation>
    </message>
    <message>
        <source>time-stamp: %1</source>
        <translation>time-stamp: %1</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>signature: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>report: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 is not a time (ms and the same instant in Beijing time)</source>
        <translation>%1 is not a time (ms and the same instant in Beijing time)</translation>
    </message>
    <message>
        <source>%1 is not 64 lower-case hex digits</source>
        <translation>%1 is not 64 lower-case hex digits</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <extracomment>%1: what is wrong with the manifest, e.g. &quot;document.submittedAt is not a time (...)&quot;.</extracomment>
        <translation>manifest.json: %1</translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation>%1 is missing or not a string</translation>
    </message>
    <message>
        <source>%1 is missing or not a number</source>
        <translation>%1 is missing or not a number</translation>
    </message>
    <message>
        <source>%1 is missing or not an array</source>
        <translation>%1 is missing or not an array</translation>
    </message>
    <message>
        <source>%1 is missing or not an object</source>
        <translation>%1 is missing or not an object</translation>
    </message>
    <message>
        <source>%1 is missing or not a boolean</source>
        <translation>%1 is missing or not a boolean</translation>
    </message>
    <message>
        <source>document.status is not a mail status</source>
        <translation>document.status is not a mail status</translation>
    </message>
    <message>
        <source>recipient.addressBasis.kind is not confirmed, provided or courtFound</source>
        <translation>recipient.addressBasis.kind is not confirmed, provided or courtFound</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 at byte %2)</source>
        <extracomment>%1: the JSON parser&apos;s error; %2: where it is.</extracomment>
        <translation>manifest.json is not a JSON object (%1 at byte %2)</translation>
    </message>
    <message>
        <source>not a %1 version %2 manifest</source>
        <extracomment>%1: the format&apos;s name (dmadmin-proof-pack); %2: its version.</extracomment>
        <translation>not a %1 version %2 manifest</translation>
    </message>
    <message>
        <source>timestamp.tsr or manifest.json is missing</source>
        <translation>timestamp.tsr or manifest.json is missing</translation>
    </message>
    <message>
        <source>tsa-chain.pem is missing and no trusted chain was given</source>
        <translation>tsa-chain.pem is missing and no trusted chain was given</translation>
    </message>
    <message>
        <source>timestamp.tsr does not verify over manifest.json&apos;s SHA-256 %1: %2</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: why the time-stamp does not verify.</extracomment>
        <translation>timestamp.tsr does not verify over manifest.json&apos;s SHA-256 %1: %2</translation>
    </message>
    <message>
        <source>an unreadable time</source>
        <extracomment>Stands for the time of a time-stamp that cannot be read.</extracomment>
        <translation>an unreadable time</translation>
    </message>
    <message>
        <source>an unnamed TSA</source>
        <extracomment>Stands for the name of a time-stamping authority that gives none.</extracomment>
        <translation>an unnamed TSA</translation>
    </message>
    <message>
        <source>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the trusted chain given</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.</extracomment>
        <translation>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the trusted chain given</translation>
    </message>
    <message>
        <source>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the pack&apos;s own tsa-chain.pem (compare that chain&apos;s CA with the one the TSA publishes)</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.</extracomment>
        <translation>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the pack&apos;s own tsa-chain.pem (compare that chain&apos;s CA with the one the TSA publishes)</translation>
    </message>
    <message>
        <source>the pack is not signed (no manifest.p7s)</source>
        <translation>the pack is not signed (no manifest.p7s)</translation>
    </message>
    <message>
        <source>manifest.p7s over manifest.json: %1</source>
        <translation>manifest.p7s over manifest.json: %1</translation>
    </message>
    <message>
        <source>manifest.p7s: signature intact, signer %1, certificate chains to the trusted CA given</source>
        <translation>manifest.p7s: signature intact, signer %1, certificate chains to the trusted CA given</translation>
    </message>
    <message>
        <source>manifest.p7s: signature intact, signer %1, certificate not checked against a court CA</source>
        <translation>manifest.p7s: signature intact, signer %1, certificate not checked against a court CA</translation>
    </message>
    <message>
        <source>report.pdf is missing</source>
        <translation>report.pdf is missing</translation>
    </message>
    <message>
        <source>report.pdf is not a PDF file</source>
        <translation>report.pdf is not a PDF file</translation>
    </message>
    <message>
        <source>report.pdf carries no &lt;dm:manifestSha256&gt; in its metadata</source>
        <translation>report.pdf carries no &lt;dm:manifestSha256&gt; in its metadata</translation>
    </message>
    <message>
        <source>report.pdf names manifest %1, but manifest.json&apos;s SHA-256 is %2: the report belongs to another manifest</source>
        <translation>report.pdf names manifest %1, but manifest.json&apos;s SHA-256 is %2: the report belongs to another manifest</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata</source>
        <translation>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata (its SM3 not checked: %2)</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: why its SM3 could not be computed.</extracomment>
        <translation>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata (its SM3 not checked: %2)</translation>
    </message>
    <message>
        <source>report.pdf names SM3 %1, but manifest.json&apos;s SM3 is %2: the report belongs to another manifest</source>
        <translation>report.pdf names SM3 %1, but manifest.json&apos;s SM3 is %2: the report belongs to another manifest</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 and its SM3 %2 in its metadata</source>
        <translation>report.pdf carries manifest.json&apos;s SHA-256 %1 and its SM3 %2 in its metadata</translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>unknown OpenSSL error</translation>
    </message>
    <message>
        <source>the signing file is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>the signing file is not a PKCS#12 (.p12/.pfx) file</translation>
    </message>
    <message>
        <source>wrong password for the PKCS#12 file</source>
        <translation>wrong password for the PKCS#12 file</translation>
    </message>
    <message>
        <source>the PKCS#12 file cannot be opened: wrong password, or it is protected by an algorithm OpenSSL 3 no longer offers by default (RC2, 3DES; export it again with AES-256)</source>
        <translation>the PKCS#12 file cannot be opened: wrong password, or it is protected by an algorithm OpenSSL 3 no longer offers by default (RC2, 3DES; export it again with AES-256)</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with its certificate</source>
        <translation>the PKCS#12 file holds no private key with its certificate</translation>
    </message>
    <message>
        <source>the PKCS#12 file&apos;s key does not belong to its certificate</source>
        <translation>the PKCS#12 file&apos;s key does not belong to its certificate</translation>
    </message>
    <message>
        <source>OpenSSL could not sign: %1</source>
        <translation>OpenSSL could not sign: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the signature: %1</source>
        <translation>OpenSSL could not encode the signature: %1</translation>
    </message>
    <message>
        <source>not a DER CMS signature</source>
        <translation>not a DER CMS signature</translation>
    </message>
    <message>
        <source>the signature is not detached: it carries content of its own</source>
        <translation>the signature is not detached: it carries content of its own</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification</source>
        <translation>OpenSSL could not set up the verification</translation>
    </message>
    <message>
        <source>the trusted CA file holds no certificate</source>
        <translation>the trusted CA file holds no certificate</translation>
    </message>
    <message>
        <source>the signature does not verify: %1</source>
        <translation>the signature does not verify: %1</translation>
    </message>
    <message>
        <source>Archive and file list</source>
        <extracomment>The check that the pack&apos;s ZIP reads safely and holds exactly the files SHA256SUMS lists.</extracomment>
        <translation>Archive and file list</translation>
    </message>
    <message>
        <source>Checksums (SHA256SUMS)</source>
        <extracomment>The check of every line of SHA256SUMS against its file.</extracomment>
        <translation>Checksums (SHA256SUMS)</translation>
    </message>
    <message>
        <source>Manifest (manifest.json)</source>
        <translation>Manifest (manifest.json)</translation>
    </message>
    <message>
        <source>Clerk&apos;s copies</source>
        <extracomment>The check of the copies of the sent files that the clerk added to the pack.</extracomment>
        <translation>Clerk&apos;s copies</translation>
    </message>
    <message>
        <source>Event chain (events.jsonl)</source>
        <translation>Event chain (events.jsonl)</translation>
    </message>
    <message>
        <source>Service determination</source>
        <extracomment>The check that the rule dating the service gives what the manifest says.</extracomment>
        <translation>Service determination</translation>
    </message>
    <message>
        <source>Time-stamp (timestamp.tsr)</source>
        <translation>Time-stamp (timestamp.tsr)</translation>
    </message>
    <message>
        <source>Court signature (manifest.p7s)</source>
        <translation>Court signature (manifest.p7s)</translation>
    </message>
    <message>
        <source>Report binding (report.pdf)</source>
        <extracomment>The check that report.pdf carries the manifest&apos;s digest.</extracomment>
        <translation>Report binding (report.pdf)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: refused</source>
        <translation>%1 is larger than %2 MiB: refused</translation>
    </message>
    <message>
        <source>timestamp.tsr: %1</source>
        <translation>timestamp.tsr: %1</translation>
    </message>
    <message>
        <source>timestamp.tsr: not granted: %1</source>
        <translation>timestamp.tsr: not granted: %1</translation>
    </message>
    <message>
        <source>timestamp.tsr is over another digest than manifest.json&apos;s SHA-256</source>
        <translation>timestamp.tsr is over another digest than manifest.json&apos;s SHA-256</translation>
    </message>
    <message>
        <source>report.pdf is not a PDF that carries manifest.json&apos;s SHA-256 in its metadata</source>
        <translation>report.pdf is not a PDF that carries manifest.json&apos;s SHA-256 in its metadata</translation>
    </message>
    <message>
        <source>manifest.p7s: %1</source>
        <translation>manifest.p7s: %1</translation>
    </message>
    <message>
        <source>cannot name the pack in %1: %2 and its numbered variants are all taken</source>
        <translation>cannot name the pack in %1: %2 and its numbered variants are all taken</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 is not a folder</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>cannot write in %1: %2</translation>
    </message>
    <message>
        <source>A QR code needs at least one byte to encode.</source>
        <translation>A QR code needs at least one byte to encode.</translation>
    </message>
    <message>
        <source>%1 bytes are too many for a QR code.</source>
        <translation>%1 bytes are too many for a QR code.</translation>
    </message>
    <message>
        <source>libqrencode could not encode the QR code (errno %1).</source>
        <translation>libqrencode could not encode the QR code (errno %1).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 is larger than %2 MiB</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, pipe or device): refused</source>
        <extracomment>%1: the path given to verify.</extracomment>
        <translation>%1 is not a regular file (a directory, pipe or device): refused</translation>
    </message>
    <message>
        <source>the report needs Qt&apos;s graphical libraries, which this program did not start</source>
        <translation>the report needs Qt&apos;s graphical libraries, which this program did not start</translation>
    </message>
    <message>
        <source>the draft has no manifest SHA-256</source>
        <translation>the draft has no manifest SHA-256</translation>
    </message>
    <message>
        <source>the time-stamp is over %1, not over the manifest %2</source>
        <extracomment>%1, %2: SHA-256 digests in hexadecimal.</extracomment>
        <translation>the time-stamp is over %1, not over the manifest %2</translation>
    </message>
    <message>
        <source>cannot make the QR code: %1</source>
        <translation>cannot make the QR code: %1</translation>
    </message>
    <message>
        <source>cannot make a temporary directory for the report: %1</source>
        <translation>cannot make a temporary directory for the report: %1</translation>
    </message>
    <message>
        <source>cannot start the report&apos;s PDF</source>
        <translation>cannot start the report&apos;s PDF</translation>
    </message>
    <message>
        <source>the report&apos;s two layout passes disagree on the page count</source>
        <translation>the report&apos;s two layout passes disagree on the page count</translation>
    </message>
    <message>
        <source>cannot read the report back: %1</source>
        <translation>cannot read the report back: %1</translation>
    </message>
    <message>
        <source>the report&apos;s PDF does not carry the manifest&apos;s SHA-256 in its metadata</source>
        <translation>the report&apos;s PDF does not carry the manifest&apos;s SHA-256 in its metadata</translation>
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
        <source>Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</source>
        <translation>Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</translation>
    </message>
    <message>
        <source>Log each request to stderr.</source>
        <translation>Log each request to stderr.</translation>
    </message>
    <message>
        <source>The account was queued but not created; run `dmctl accounts resume`.</source>
        <translation>The account was queued but not created; run `dmctl accounts resume`.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>%1 done, %2 failed.</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change accounts.</source>
        <translation>This profile is read-only (auditor): it cannot change accounts.</translation>
    </message>
    <message>
        <source>%1: %2 in the cache, %3 on the platform</source>
        <translation>%1: %2 in the cache, %3 on the platform</translation>
    </message>
    <message>
        <source>%1: %2 of %3 count checks match</source>
        <translation>%1: %2 of %3 count checks match</translation>
    </message>
    <message>
        <source>%1: %2 rows written, %3 of %4 count checks match</source>
        <translation>%1: %2 rows written, %3 of %4 count checks match</translation>
    </message>
    <message>
        <source>gap: %1</source>
        <translation>gap: %1</translation>
    </message>
    <message>
        <source>Cancelled; the next sync resumes from the last committed batch.</source>
        <translation>Cancelled; the next sync resumes from the last committed batch.</translation>
    </message>
    <message>
        <source>Unknown stream %1; the streams are: %2</source>
        <translation>Unknown stream %1; the streams are: %2</translation>
    </message>
    <message>
        <source>--history-days expects a number of days from 1 to 3650.</source>
        <translation>--history-days expects a number of days from 1 to 3650.</translation>
    </message>
    <message>
        <source>sync %1 (%2/%3): %4 of %5 rows, %6 rows/s</source>
        <translation>sync %1 (%2/%3): %4 of %5 rows, %6 rows/s</translation>
    </message>
    <message>
        <source>integrity: FAILED (%1)</source>
        <translation>integrity: FAILED (%1)</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integrity: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity: FAILED, %n problem(s)</source>
        <translation>
            <numerusform>integrity: FAILED, %n problem</numerusform>
            <numerusform>integrity: FAILED, %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: FAILED (%1)</source>
        <translation>ledger: FAILED (%1)</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries</source>
        <translation>
            <numerusform>ledger: ok, %n entry</numerusform>
            <numerusform>ledger: ok, %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN at entry %1: %2</source>
        <translation>ledger: BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>row %1, column %2</translation>
    </message>
    <message>
        <source>rejected: %1: %2</source>
        <translation>rejected: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>failed: row %1 (%2): %3</source>
        <translation>failed: row %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 skipped (already exist), %4 failed, %5 rejected.</source>
        <translation>%1 rows: %2 created, %3 skipped (already exist), %4 failed, %5 rejected.</translation>
    </message>
    <message>
        <source>import: %1 of %2 sent, %3 failed</source>
        <translation>import: %1 of %2 sent, %3 failed</translation>
    </message>
    <message>
        <source>Usage: dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] [--map COLUMN=FIELD ...] [--unit U] [--delivery sms|none]</source>
        <translation>Usage: dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] [--map COLUMN=FIELD ...] [--unit U] [--delivery sms|none]</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it can only check a file (--dry-run).</source>
        <translation>This profile is read-only (auditor): it can only check a file (--dry-run).</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gbk.</source>
        <translation>--encoding must be auto, utf-8 or gbk.</translation>
    </message>
    <message>
        <source>--delivery must be sms or none.</source>
        <translation>--delivery must be sms or none.</translation>
    </message>
    <message>
        <source>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out.</source>
        <translation>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out.</translation>
    </message>
    <message>
        <source>--unit: no unit, or more than one, has this id or name.</source>
        <translation>--unit: no unit, or more than one, has this id or name.</translation>
    </message>
    <message>
        <source>%1 rows: %2 would be created, %3 skipped (already exist), %4 rejected. Nothing was sent (--dry-run).</source>
        <translation>%1 rows: %2 would be created, %3 skipped (already exist), %4 rejected. Nothing was sent (--dry-run).</translation>
    </message>
    <message>
        <source>Bringing the cached accounts up to date...</source>
        <translation>Bringing the cached accounts up to date...</translation>
    </message>
    <message>
        <source>--%1 does not accept %2.</source>
        <translation>--%1 does not accept %2.</translation>
    </message>
    <message>
        <source>--type must be login, mail or operation.</source>
        <translation>--type must be login, mail or operation.</translation>
    </message>
    <message>
        <source>--%1 expects a local date or time such as 2026-10-01 or 2026-10-01T08:00.</source>
        <translation>--%1 expects a local date or time such as 2026-10-01 or 2026-10-01T08:00.</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1.</source>
        <translation>--limit expects a number from 1 to %1.</translation>
    </message>
    <message>
        <source>--read must be yes or no.</source>
        <translation>--read must be yes or no.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the local cache</source>
        <translation>
            <numerusform>%n row from the local cache</numerusform>
            <numerusform>%n rows from the local cache</numerusform>
        </translation>
    </message>
    <message>
        <source>To rebuild it: dmctl cache rebuild</source>
        <translation>To rebuild it: dmctl cache rebuild</translation>
    </message>
    <message>
        <source>The cache file %1 could not be deleted.</source>
        <translation>The cache file %1 could not be deleted.</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1: not served by this platform</translation>
    </message>
    <message>
        <source>(the domain&apos;s default)</source>
        <translation>(the domain&apos;s default)</translation>
    </message>
    <message>
        <source>(no rules)</source>
        <translation>(no rules)</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <source>The change was queued but not sent; run `dmctl accounts resume`.</source>
        <translation>The change was queued but not sent; run `dmctl accounts resume`.</translation>
    </message>
    <message>
        <source>Applied: %1 is now at version %2.</source>
        <translation>Applied: %1 is now at version %2.</translation>
    </message>
    <message>
        <source>--file is required: the login rules to set, as JSON.</source>
        <translation>--file is required: the login rules to set, as JSON.</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change login rules.</source>
        <translation>This profile is read-only (auditor): it cannot change login rules.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent or queued.</source>
        <translation>Dry run: nothing was sent or queued.</translation>
    </message>
    <message>
        <source>--account is required: the platform decides a login of one account (its own rules first, then the domain&apos;s).</source>
        <translation>--account is required: the platform decides a login of one account (its own rules first, then the domain&apos;s).</translation>
    </message>
    <message>
        <source>IP: %1 is not an IPv4 or IPv6 address (no prefix, no zone).</source>
        <translation>IP: %1 is not an IPv4 or IPv6 address (no prefix, no zone).</translation>
    </message>
    <message>
        <source>%1: rule %2 of the %3 list decides (%4).</source>
        <translation>%1: rule %2 of the %3 list decides (%4).</translation>
    </message>
    <message>
        <source>%1: no rule matches; the %2&apos;s default decides.</source>
        <translation>%1: no rule matches; the %2&apos;s default decides.</translation>
    </message>
    <message>
        <source>--level is required: domain, unit or account.</source>
        <translation>--level is required: domain, unit or account.</translation>
    </message>
    <message>
        <source>--level must be domain, unit or account.</source>
        <translation>--level must be domain, unit or account.</translation>
    </message>
    <message>
        <source>--target is required at unit and account level (a unit id or an account name).</source>
        <translation>--target is required at unit and account level (a unit id or an account name).</translation>
    </message>
    <message>
        <source>--effective needs --level account: only an account has an effective policy.</source>
        <translation>--effective needs --level account: only an account has an effective policy.</translation>
    </message>
    <message>
        <source>%1: %2: is not a key of a policy document</source>
        <translation>%1: %2: is not a key of a policy document</translation>
    </message>
    <message>
        <source>%1: level: the file is for another level than --level</source>
        <translation>%1: level: the file is for another level than --level</translation>
    </message>
    <message>
        <source>%1: targetId: the file is for another target than --target</source>
        <translation>%1: targetId: the file is for another target than --target</translation>
    </message>
    <message>
        <source>%1: version: must be a whole number from 0</source>
        <translation>%1: version: must be a whole number from 0</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(inherited)</translation>
    </message>
    <message>
        <source>--file is required: the policy to set, as JSON.</source>
        <translation>--file is required: the policy to set, as JSON.</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change the policy.</source>
        <translation>This profile is read-only (auditor): it cannot change the policy.</translation>
    </message>
    <message>
        <source>Usage: dmctl policy get --level domain|unit|account [--target ID] [--effective] [--format json|table] | set --level L [--target ID] --file FILE [--expected-version N] [--dry-run] | drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix] | fix-drift [--baseline FILE]</source>
        <translation>Usage: dmctl policy get --level domain|unit|account [--target ID] [--effective] [--format json|table] | set --level L [--target ID] --file FILE [--expected-version N] [--dry-run] | drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix] | fix-drift [--baseline FILE]</translation>
    </message>
    <message numerus="yes">
        <source>No drift: %n policy document(s) meet the baseline.</source>
        <translation>
            <numerusform>No drift: %n policy document meets the baseline.</numerusform>
            <numerusform>No drift: %n policy documents meet the baseline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 field(s) weaker than the baseline in %2 of %3 policy documents.</source>
        <translation>Drift: %1 field(s) weaker than the baseline in %2 of %3 policy documents.</translation>
    </message>
    <message>
        <source>This platform serves no delivery policy.</source>
        <translation>This platform serves no delivery policy.</translation>
    </message>
    <message numerus="yes">
        <source>Fixing: %n policy document(s) queued as one batch.</source>
        <translation>
            <numerusform>Fixing: %n policy document queued as one batch.</numerusform>
            <numerusform>Fixing: %n policy documents queued as one batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every fix was applied; scan again and review the documents named above.</source>
        <translation>Not every fix was applied; scan again and review the documents named above.</translation>
    </message>
    <message>
        <source>After the fix:</source>
        <translation>After the fix:</translation>
    </message>
    <message>
        <source>The saved baseline of this profile cannot be used: %1</source>
        <translation>The saved baseline of this profile cannot be used: %1</translation>
    </message>
    <message>
        <source>--offline cannot be combined with a fix: the fix needs the platform.</source>
        <translation>--offline cannot be combined with a fix: the fix needs the platform.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: too large for a policy or rule file (over 1 MB).</source>
        <translation>%1: too large for a policy or rule file (over 1 MB).</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1: not valid JSON at byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1: must hold one JSON object.</source>
        <translation>%1: must hold one JSON object.</translation>
    </message>
    <message>
        <source>--format must be json or table.</source>
        <translation>--format must be json or table.</translation>
    </message>
    <message>
        <source>--expected-version must be a whole number from 0 to 2147483647.</source>
        <translation>--expected-version must be a whole number from 0 to 2147483647.</translation>
    </message>
    <message>
        <source>Version conflict (%1): the change was based on version %2 of %3, but the platform&apos;s document is now at version %4. Nothing was changed; read it again and reapply the change.</source>
        <translation>Version conflict (%1): the change was based on version %2 of %3, but the platform&apos;s document is now at version %4. Nothing was changed; read it again and reapply the change.</translation>
    </message>
    <message>
        <source>--days only applies to a dry run (--dry-run).</source>
        <translation>--days only applies to a dry run (--dry-run).</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2.</source>
        <translation>--days must be a whole number of days from 1 to %1, not %2.</translation>
    </message>
    <message>
        <source>%1 by rule %2 of the %3 list</source>
        <translation>%1 by rule %2 of the %3 list</translation>
    </message>
    <message>
        <source>%1 by the %2&apos;s default</source>
        <translation>%1 by the %2&apos;s default</translation>
    </message>
    <message>
        <source>today: %1; draft: %2</source>
        <translation>today: %1; draft: %2</translation>
    </message>
    <message>
        <source>Cached logins of the last %1 days (since %2): %3 scanned.</source>
        <translation>Cached logins of the last %1 days (since %2): %3 scanned.</translation>
    </message>
    <message>
        <source>The cached login log is complete up to %1.</source>
        <translation>The cached login log is complete up to %1.</translation>
    </message>
    <message>
        <source>The login log has not been synced completely yet: the counts cover what the cache holds.</source>
        <translation>The login log has not been synced completely yet: the counts cover what the cache holds.</translation>
    </message>
    <message>
        <source>This draft would have refused %1 logins of %2 accounts, and allowed %3 that are refused today.</source>
        <translation>This draft would have refused %1 logins of %2 accounts, and allowed %3 that are refused today.</translation>
    </message>
    <message>
        <source>Would be refused (%1 of %2):</source>
        <translation>Would be refused (%1 of %2):</translation>
    </message>
    <message>
        <source>Would be allowed (%1 of %2):</source>
        <translation>Would be allowed (%1 of %2):</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Usage: dmctl loginrules get [--account NAME] [--format json|table] | set [--account NAME] --file FILE [--expected-version N] [--dry-run [--days N] [--format json|table]] | test IP --account NAME [--region R]</source>
        <translation>Usage: dmctl loginrules get [--account NAME] [--format json|table] | set [--account NAME] --file FILE [--expected-version N] [--dry-run [--days N] [--format json|table]] | test IP --account NAME [--region R]</translation>
    </message>
    <message>
        <source>Usage: dmctl logs search|export --type login|mail|operation [filters]</source>
        <translation>Usage: dmctl logs search|export --type login|mail|operation [filters]</translation>
    </message>
    <message>
        <source>Usage: dmctl logs export --type login|mail|operation [filters] --format csv|xlsx|pdf --output FILE</source>
        <translation>Usage: dmctl logs export --type login|mail|operation [filters] --format csv|xlsx|pdf --output FILE</translation>
    </message>
    <message>
        <source>logs export needs --output FILE.</source>
        <translation>logs export needs --output FILE.</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format must be csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>export %1: %2%</source>
        <translation>export %1: %2%</translation>
    </message>
    <message>
        <source>export %1: 100%</source>
        <translation>export %1: 100%</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 (%2, %3 bytes)</source>
        <translation>
            <numerusform>%n row written to %1 (%2, %3 bytes)</numerusform>
            <numerusform>%n rows written to %1 (%2, %3 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: a number on the command line can be read by every user of this machine and stays in the shell&apos;s history. Put mobile=… and id-number=… lines in a file only you can read and give --personal FILE, or pipe them to --personal -.</source>
        <translation>%1 is refused: a number on the command line can be read by every user of this machine and stays in the shell&apos;s history. Put mobile=… and id-number=… lines in a file only you can read and give --personal FILE, or pipe them to --personal -.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile is required (a mobile=… line in FILE, or - for standard input).</source>
        <translation>The recipient&apos;s mobile is required (a mobile=… line in FILE, or - for standard input).</translation>
    </message>
    <message>
        <source>Standard input already carries the authorization code: give the numbers in a file.</source>
        <translation>Standard input already carries the authorization code: give the numbers in a file.</translation>
    </message>
    <message>
        <source>Line %1: expected mobile=… or id-number=…</source>
        <translation>Line %1: expected mobile=… or id-number=…</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>Line %1: %2 is given twice.</translation>
    </message>
    <message>
        <source>No mobile=… line: the recipient&apos;s mobile is required.</source>
        <translation>No mobile=… line: the recipient&apos;s mobile is required.</translation>
    </message>
    <message>
        <source>%1 may be read by other users of this machine: make it private first (chmod 600 %1).</source>
        <translation>%1 may be read by other users of this machine: make it private first (chmod 600 %1).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a mobile and an ID number.</source>
        <translation>%1 is too large for a mobile and an ID number.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standard input</translation>
    </message>
    <message>
        <source>Give the address basis: confirmed, provided, courtFound or none.</source>
        <translation>Give the address basis: confirmed, provided, courtFound or none.</translation>
    </message>
    <message>
        <source>--basis-date and --basis-reference belong to a basis that is recorded.</source>
        <translation>--basis-date and --basis-reference belong to a basis that is recorded.</translation>
    </message>
    <message>
        <source>The address basis must be confirmed, provided, courtFound or none.</source>
        <translation>The address basis must be confirmed, provided, courtFound or none.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 is larger than %2 MiB.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>The environment variable %1 is not set.</translation>
    </message>
    <message>
        <source>--tsa needs --tsa-chain FILE: the chain its tokens are checked against.</source>
        <translation>--tsa needs --tsa-chain FILE: the chain its tokens are checked against.</translation>
    </message>
    <message>
        <source>This profile names no time-stamping authority: give --tsa URL and --tsa-chain FILE.</source>
        <translation>This profile names no time-stamping authority: give --tsa URL and --tsa-chain FILE.</translation>
    </message>
    <message>
        <source>The time-stamping URL must be http or https.</source>
        <translation>The time-stamping URL must be http or https.</translation>
    </message>
    <message>
        <source>--case makes every pack of a case: it takes no --message-id or --attach.</source>
        <translation>--case makes every pack of a case: it takes no --message-id or --attach.</translation>
    </message>
    <message>
        <source>%1 is not a case number.</source>
        <translation>%1 is not a case number.</translation>
    </message>
    <message>
        <source>The local cache holds no document of %1 (run dmctl sync first).</source>
        <translation>The local cache holds no document of %1 (run dmctl sync first).</translation>
    </message>
    <message>
        <source>Usage: dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] [--output DIR] | --case CASE [--output DIR]</source>
        <translation>Usage: dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] [--output DIR] | --case CASE [--output DIR]</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 to %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Usage: dmctl proof verify PACK.zip [--tsa-chain FILE]</source>
        <translation>Usage: dmctl proof verify PACK.zip [--tsa-chain FILE]</translation>
    </message>
    <message>
        <source>The pack is not sound: %1: %2</source>
        <translation>The pack is not sound: %1: %2</translation>
    </message>
    <message>
        <source>Usage: dmctl proof make|verify ...</source>
        <translation>Usage: dmctl proof make|verify ...</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Password of %1: </translation>
    </message>
    <message>
        <source>The court&apos;s certificate: %1</source>
        <translation>The court&apos;s certificate: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Cannot read %1: no such file.</translation>
    </message>
    <message>
        <source>%1 to %2: the audit ledger: %3</source>
        <translation>%1 to %2: the audit ledger: %3</translation>
    </message>
    <message>
        <source>The audit ledger: %1</source>
        <translation>The audit ledger: %1</translation>
    </message>
    <message>
        <source>Usage: dmctl audit verify [--tsa-chain FILE] | anchor [--tsa URL --tsa-chain FILE] | list [--limit N]</source>
        <translation>Usage: dmctl audit verify [--tsa-chain FILE] | anchor [--tsa URL --tsa-chain FILE] | list [--limit N]</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries, every seal, link and guard holds</source>
        <translation>
            <numerusform>ledger: ok, %n entry, every seal, link and guard holds</numerusform>
            <numerusform>ledger: ok, %n entries, every seal, link and guard holds</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN: %1</source>
        <translation>ledger: BROKEN: %1</translation>
    </message>
    <message numerus="yes">
        <source>anchors: ok, %n verified against %1; the newest names entry %2, time-stamped %3 (Beijing time)</source>
        <translation>
            <numerusform>anchors: ok, %n verified against %1; the newest names entry %2, time-stamped %3 (Beijing time)</numerusform>
            <numerusform>anchors: ok, %n verified against %1; the newest names entry %2, time-stamped %3 (Beijing time)</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: none</source>
        <translation>anchors: none</translation>
    </message>
    <message numerus="yes">
        <source>after the newest anchor: %n entries, which only the ledger key speaks for</source>
        <translation>
            <numerusform>after the newest anchor: %n entry, which only the ledger key speaks for</numerusform>
            <numerusform>after the newest anchor: %n entries, which only the ledger key speaks for</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: BROKEN at anchor %1: %2</source>
        <translation>anchors: BROKEN at anchor %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>the chain given</source>
        <translation>the chain given</translation>
    </message>
    <message>
        <source>The sandbox&apos;s TSA chain cannot be fetched: %1</source>
        <translation>The sandbox&apos;s TSA chain cannot be fetched: %1</translation>
    </message>
    <message>
        <source>the chain the sandbox publishes</source>
        <translation>the chain the sandbox publishes</translation>
    </message>
    <message>
        <source>Nothing new to time-stamp: the newest entry is anchored already.</source>
        <translation>Nothing new to time-stamp: the newest entry is anchored already.</translation>
    </message>
    <message>
        <source>Entry %1 time-stamped %2 (Beijing time).</source>
        <translation>Entry %1 time-stamped %2 (Beijing time).</translation>
    </message>
    <message>
        <source>The ledger key of this archive&apos;s profile cannot be read: %1</source>
        <translation>The ledger key of this archive&apos;s profile cannot be read: %1</translation>
    </message>
    <message>
        <source>The ledger key of this archive&apos;s profile is not usable.</source>
        <translation>The ledger key of this archive&apos;s profile is not usable.</translation>
    </message>
    <message>
        <source>Profile %1, its authorization code and its local cache removed; its ledger key stays in the keychain for the kept audit ledger.</source>
        <translation>Profile %1, its authorization code and its local cache removed; its ledger key stays in the keychain for the kept audit ledger.</translation>
    </message>
    <message>
        <source>Give both --proxy-user USER and --proxy-password-env VAR.</source>
        <translation>Give both --proxy-user USER and --proxy-password-env VAR.</translation>
    </message>
    <message>
        <source>The proxy user name is empty or holds a line break.</source>
        <translation>The proxy user name is empty or holds a line break.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set (the proxy password).</source>
        <translation>The environment variable %1 is not set (the proxy password).</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3 %4)</source>
        <translation>entry %1 (%2, %3 %4)</translation>
    </message>
    <message>
        <source>platform: not checked: the operation log has not been synced yet (dmctl sync)</source>
        <translation>platform: not checked: the operation log has not been synced yet (dmctl sync)</translation>
    </message>
    <message numerus="yes">
        <source>platform: %1 of %n changes up to %2 (the last sync of its operation log) are in that log</source>
        <translation>
            <numerusform>platform: %1 of %n change up to %2 (the last sync of its operation log) is in that log</numerusform>
            <numerusform>platform: %1 of %n changes up to %2 (the last sync of its operation log) are in that log</numerusform>
        </translation>
    </message>
    <message>
        <source>platform: CONTRADICTED: %1 is recorded as done, but the platform&apos;s log has no such change</source>
        <translation>platform: CONTRADICTED: %1 is recorded as done, but the platform&apos;s log has no such change</translation>
    </message>
    <message numerus="yes">
        <source>platform: %n changes in its log are not in this ledger: made by another administrator or client, or removed from this ledger</source>
        <translation>
            <numerusform>platform: %n change in its log is not in this ledger: made by another administrator or client, or removed from this ledger</numerusform>
            <numerusform>platform: %n changes in its log are not in this ledger: made by another administrator or client, or removed from this ledger</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 is not in the platform&apos;s log, which leaves out a change that changed nothing</source>
        <translation>warning: %1 is not in the platform&apos;s log, which leaves out a change that changed nothing</translation>
    </message>
    <message numerus="yes">
        <source>%n failed action(s) queued again.</source>
        <translation>
            <numerusform>%n failed action queued again.</numerusform>
            <numerusform>%n failed actions queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: dmctl accounts get ACCOUNT | create --account A --name N --personal FILE|- [--unit U] [--case-number C] [--basis KIND --basis-date YYYY-MM-DD [--basis-reference TEXT]] | set-address-basis --account A --basis confirmed|provided|courtFound|none [--basis-date YYYY-MM-DD] [--basis-reference TEXT] | resume [--failed] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</source>
        <translation>Usage: dmctl accounts get ACCOUNT | create --account A --name N --personal FILE|- [--unit U] [--case-number C] [--basis KIND --basis-date YYYY-MM-DD [--basis-reference TEXT]] | set-address-basis --account A --basis confirmed|provided|courtFound|none [--basis-date YYYY-MM-DD] [--basis-reference TEXT] | resume [--failed] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older (dmctl logs search --type operation)</source>
        <translation>
            <numerusform>… and %n older (dmctl logs search --type operation)</numerusform>
            <numerusform>… and %n older (dmctl logs search --type operation)</numerusform>
        </translation>
    </message>
    <message>
        <source>This platform lacks the delivery extension: listed from its own account listing, without activation.</source>
        <translation>This platform lacks the delivery extension: listed from its own account listing, without activation.</translation>
    </message>
    <message>
        <source>Unknown language for --lang: “%1” (zh_CN or en).</source>
        <translation>Unknown language for --lang: “%1” (zh_CN or en).</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Usage: dmctl &lt;command&gt; [&lt;subcommand&gt;] [options]</source>
        <translation>Usage: dmctl &lt;command&gt; [&lt;subcommand&gt;] [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>The connection options (--profile, --sandbox-config, --auth-code-env, ...) apply to the commands that talk to the platform or open its cache.</source>
        <translation>The connection options (--profile, --sandbox-config, --auth-code-env, ...) apply to the commands that talk to the platform or open its cache.</translation>
    </message>
    <message>
        <source>For the options and examples of a command: dmctl help &lt;command&gt; [&lt;subcommand&gt;]</source>
        <translation>For the options and examples of a command: dmctl help &lt;command&gt; [&lt;subcommand&gt;]</translation>
    </message>
    <message>
        <source>Usage: dmctl %1</source>
        <translation>Usage: dmctl %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcommands:</translation>
    </message>
    <message>
        <source>For the options and examples of a subcommand: dmctl help %1 &lt;subcommand&gt;</source>
        <translation>For the options and examples of a subcommand: dmctl help %1 &lt;subcommand&gt;</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>(none of its own)</source>
        <translation>(none of its own)</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Examples:</translation>
    </message>
    <message>
        <source>Language of the messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>Language of the messages: zh_CN or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Connect with this saved profile (see dmctl profile list).</source>
        <translation>Connect with this saved profile (see dmctl profile list).</translation>
    </message>
    <message>
        <source>Connect to the dmsandbox whose connection line (JSON) this file holds.</source>
        <translation>Connect to the dmsandbox whose connection line (JSON) this file holds.</translation>
    </message>
    <message>
        <source>Read the authCode from this environment variable.</source>
        <translation>Read the authCode from this environment variable.</translation>
    </message>
    <message>
        <source>Read the authCode from the first line of standard input.</source>
        <translation>Read the authCode from the first line of standard input.</translation>
    </message>
    <message>
        <source>User name for a proxy that asks for one.</source>
        <translation>User name for a proxy that asks for one.</translation>
    </message>
    <message>
        <source>Environment variable holding the proxy password.</source>
        <translation>Environment variable holding the proxy password.</translation>
    </message>
    <message>
        <source>Account name of the mailbox (the part before @).</source>
        <translation>Account name of the mailbox (the part before @).</translation>
    </message>
    <message>
        <source>Recipient&apos;s name as court documents give it.</source>
        <translation>Recipient&apos;s name as court documents give it.</translation>
    </message>
    <message>
        <source>Refused: a mobile number goes in the --personal file, never on the command line.</source>
        <translation>Refused: a mobile number goes in the --personal file, never on the command line.</translation>
    </message>
    <message>
        <source>Refused: an ID-card number goes in the --personal file, never on the command line.</source>
        <translation>Refused: an ID-card number goes in the --personal file, never on the command line.</translation>
    </message>
    <message>
        <source>File (mode 0600), or - for standard input, with the lines mobile=… and id-number=….</source>
        <translation>File (mode 0600), or - for standard input, with the lines mobile=… and id-number=….</translation>
    </message>
    <message>
        <source>Id of the unit (department) the accounts belong to.</source>
        <translation>Id of the unit (department) the accounts belong to.</translation>
    </message>
    <message>
        <source>Case number the account is opened for, e.g. (2026)粤0104民初1234号.</source>
        <translation>Case number the account is opened for, e.g. (2026)粤0104民初1234号.</translation>
    </message>
    <message>
        <source>Only accounts with this status: enabled, disabled or deleted.</source>
        <translation>Only accounts with this status: enabled, disabled or deleted.</translation>
    </message>
    <message>
        <source>Only accounts at this activation step: created, smsSent, firstLogin or activated.</source>
        <translation>Only accounts at this activation step: created, smsSent, firstLogin or activated.</translation>
    </message>
    <message>
        <source>Only accounts whose account name or name contains this.</source>
        <translation>Only accounts whose account name or name contains this.</translation>
    </message>
    <message>
        <source>Print at most this many rows.</source>
        <translation>Print at most this many rows.</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table).</source>
        <translation>Output format: table, json or csv (default table).</translation>
    </message>
    <message>
        <source>Where the address comes from: confirmed, provided or courtFound (none clears it).</source>
        <translation>Where the address comes from: confirmed, provided or courtFound (none clears it).</translation>
    </message>
    <message>
        <source>Date the address was confirmed, provided or found (YYYY-MM-DD).</source>
        <translation>Date the address was confirmed, provided or found (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Reference of the address confirmation, or how the court found the address.</source>
        <translation>Reference of the address confirmation, or how the court found the address.</translation>
    </message>
    <message>
        <source>Also send again the actions that failed.</source>
        <translation>Also send again the actions that failed.</translation>
    </message>
    <message>
        <source>Check and show what would change; change nothing.</source>
        <translation>Check and show what would change; change nothing.</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: auto, utf-8 or gbk (default auto).</source>
        <translation>Encoding of a CSV file: auto, utf-8 or gbk (default auto).</translation>
    </message>
    <message>
        <source>Read the column COLUMN as FIELD (account, name, id, mobile, case, unit or skip); repeatable.</source>
        <translation>Read the column COLUMN as FIELD (account, name, id, mobile, case, unit or skip); repeatable.</translation>
    </message>
    <message>
        <source>How recipients get their password: sms or none (default sms).</source>
        <translation>How recipients get their password: sms or none (default sms).</translation>
    </message>
    <message>
        <source>Sync only this stream: accounts, policy, operations, logins or mail; repeatable.</source>
        <translation>Sync only this stream: accounts, policy, operations, logins or mail; repeatable.</translation>
    </message>
    <message>
        <source>How many days back a first sync of the logs reaches (default 180).</source>
        <translation>How many days back a first sync of the logs reaches (default 180).</translation>
    </message>
    <message>
        <source>Which log: login, mail or operation.</source>
        <translation>Which log: login, mail or operation.</translation>
    </message>
    <message>
        <source>Start, local time (2026-10-01 or 2026-10-01T08:00).</source>
        <translation>Start, local time (2026-10-01 or 2026-10-01T08:00).</translation>
    </message>
    <message>
        <source>End, exclusive, local time.</source>
        <translation>End, exclusive, local time.</translation>
    </message>
    <message>
        <source>Logins from addresses that begin with this.</source>
        <translation>Logins from addresses that begin with this.</translation>
    </message>
    <message>
        <source>Logins from this province.</source>
        <translation>Logins from this province.</translation>
    </message>
    <message>
        <source>Logins through this kind of client.</source>
        <translation>Logins through this kind of client.</translation>
    </message>
    <message>
        <source>Only the logins the platform marked abnormal.</source>
        <translation>Only the logins the platform marked abnormal.</translation>
    </message>
    <message>
        <source>Mails whose subject contains this text.</source>
        <translation>Mails whose subject contains this text.</translation>
    </message>
    <message>
        <source>Mails received (in) or sent (out).</source>
        <translation>Mails received (in) or sent (out).</translation>
    </message>
    <message>
        <source>Mails from this address.</source>
        <translation>Mails from this address.</translation>
    </message>
    <message>
        <source>Mails to this address.</source>
        <translation>Mails to this address.</translation>
    </message>
    <message>
        <source>Mails read (yes) or not read yet (no).</source>
        <translation>Mails read (yes) or not read yet (no).</translation>
    </message>
    <message>
        <source>Operations done by this administrator.</source>
        <translation>Operations done by this administrator.</translation>
    </message>
    <message>
        <source>Operations with this operation code.</source>
        <translation>Operations with this operation code.</translation>
    </message>
    <message>
        <source>Operations whose target contains this text.</source>
        <translation>Operations whose target contains this text.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>Which policy: domain, unit or account.</source>
        <translation>Which policy: domain, unit or account.</translation>
    </message>
    <message>
        <source>The account&apos;s effective policy, with the source of each field.</source>
        <translation>The account&apos;s effective policy, with the source of each field.</translation>
    </message>
    <message>
        <source>JSON file in the shape the API contract gives.</source>
        <translation>JSON file in the shape the API contract gives.</translation>
    </message>
    <message>
        <source>Refuse the change unless the document is at this version.</source>
        <translation>Refuse the change unless the document is at this version.</translation>
    </message>
    <message>
        <source>Baseline policy file (JSON); default: the profile&apos;s saved baseline.</source>
        <translation>Baseline policy file (JSON); default: the profile&apos;s saved baseline.</translation>
    </message>
    <message>
        <source>Queue and apply the fix of every drift found.</source>
        <translation>Queue and apply the fix of every drift found.</translation>
    </message>
    <message>
        <source>Scan the cache as it is, without syncing first.</source>
        <translation>Scan the cache as it is, without syncing first.</translation>
    </message>
    <message>
        <source>Place the login comes from, e.g. 广东省广州市.</source>
        <translation>Place the login comes from, e.g. 广东省广州市.</translation>
    </message>
    <message>
        <source>With --dry-run: replay the cached logins of the last N days (1..366, default 30).</source>
        <translation>With --dry-run: replay the cached logins of the last N days (1..366, default 30).</translation>
    </message>
    <message>
        <source>Message id of the document (dmctl logs search --type mail shows it).</source>
        <translation>Message id of the document (dmctl logs search --type mail shows it).</translation>
    </message>
    <message>
        <source>A copy of a file that was sent (repeatable): the pack says whether it matches the platform&apos;s.</source>
        <translation>A copy of a file that was sent (repeatable): the pack says whether it matches the platform&apos;s.</translation>
    </message>
    <message>
        <source>Every document and recipient of this case number.</source>
        <translation>Every document and recipient of this case number.</translation>
    </message>
    <message>
        <source>The court&apos;s name for the packs (the platform does not tell it).</source>
        <translation>The court&apos;s name for the packs (the platform does not tell it).</translation>
    </message>
    <message>
        <source>Address of the RFC 3161 time-stamping service.</source>
        <translation>Address of the RFC 3161 time-stamping service.</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) of the time-stamping service.</source>
        <translation>Certificate chain (PEM) of the time-stamping service.</translation>
    </message>
    <message>
        <source>PKCS#12 file of the court&apos;s certificate: the pack gets a signature (manifest.p7s).</source>
        <translation>PKCS#12 file of the court&apos;s certificate: the pack gets a signature (manifest.p7s).</translation>
    </message>
    <message>
        <source>Environment variable holding the PKCS#12 password (else it is asked on the terminal).</source>
        <translation>Environment variable holding the PKCS#12 password (else it is asked on the terminal).</translation>
    </message>
    <message>
        <source>Check a ledger kept when its cache was rebuilt or its profile removed (kept-…/ledger.jsonl).</source>
        <translation>Check a ledger kept when its cache was rebuilt or its profile removed (kept-…/ledger.jsonl).</translation>
    </message>
    <message>
        <source>Address of the platform (https://…).</source>
        <translation>Address of the platform (https://…).</translation>
    </message>
    <message>
        <source>The appId the platform issued to the court.</source>
        <translation>The appId the platform issued to the court.</translation>
    </message>
    <message>
        <source>The orgOpenId of the court on the platform.</source>
        <translation>The orgOpenId of the court on the platform.</translation>
    </message>
    <message>
        <source>The court&apos;s mail domain.</source>
        <translation>The court&apos;s mail domain.</translation>
    </message>
    <message>
        <source>SHA-256 pin of the server&apos;s public key (SPKI, base64); repeatable.</source>
        <translation>SHA-256 pin of the server&apos;s public key (SPKI, base64); repeatable.</translation>
    </message>
    <message>
        <source>Certificate (PEM) of a CA to trust for the platform.</source>
        <translation>Certificate (PEM) of a CA to trust for the platform.</translation>
    </message>
    <message>
        <source>Auditor profile: every change is refused.</source>
        <translation>Auditor profile: every change is refused.</translation>
    </message>
    <message>
        <source>Check the connection to the platform.</source>
        <translation>Check the connection to the platform.</translation>
    </message>
    <message>
        <source>Checks reachability, TLS and the certificate pin, the token and one API call, then tells which families of endpoints the platform serves.</source>
        <translation>Checks reachability, TLS and the certificate pin, the token and one API call, then tells which families of endpoints the platform serves.</translation>
    </message>
    <message>
        <source>Look up, open and list delivery mailbox accounts.</source>
        <translation>Look up, open and list delivery mailbox accounts.</translation>
    </message>
    <message>
        <source>Changes go through the outbox of the local cache, so an interrupted run is finished by accounts resume and never done twice.</source>
        <translation>Changes go through the outbox of the local cache, so an interrupted run is finished by accounts resume and never done twice.</translation>
    </message>
    <message>
        <source>Show one account as the platform has it.</source>
        <translation>Show one account as the platform has it.</translation>
    </message>
    <message>
        <source>Asks the platform for the account and prints its details, with the recipient&apos;s numbers masked.</source>
        <translation>Asks the platform for the account and prints its details, with the recipient&apos;s numbers masked.</translation>
    </message>
    <message>
        <source>Open a delivery mailbox for a recipient.</source>
        <translation>Open a delivery mailbox for a recipient.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile and ID-card numbers are read from a file only you can read, or from standard input, never from the command line. The account is created through the outbox and the recipient gets an activation text message.</source>
        <translation>The recipient&apos;s mobile and ID-card numbers are read from a file only you can read, or from standard input, never from the command line. The account is created through the outbox and the recipient gets an activation text message.</translation>
    </message>
    <message>
        <source>List the accounts, filtered.</source>
        <translation>List the accounts, filtered.</translation>
    </message>
    <message>
        <source>Lists the platform&apos;s accounts page by page, with the recipients&apos; numbers masked.</source>
        <translation>Lists the platform&apos;s accounts page by page, with the recipients&apos; numbers masked.</translation>
    </message>
    <message>
        <source>Open the accounts of a roster file (CSV, GBK or XLSX).</source>
        <translation>Open the accounts of a roster file (CSV, GBK or XLSX).</translation>
    </message>
    <message>
        <source>Checks every row, prints each rejected row on stderr, then creates the valid ones in one batch that a rerun resumes. Exit code 3 when rows were rejected.</source>
        <translation>Checks every row, prints each rejected row on stderr, then creates the valid ones in one batch that a rerun resumes. Exit code 3 when rows were rejected.</translation>
    </message>
    <message>
        <source>Check the file; create nothing.</source>
        <translation>Check the file; create nothing.</translation>
    </message>
    <message>
        <source>Unit of the rows that name none.</source>
        <translation>Unit of the rows that name none.</translation>
    </message>
    <message>
        <source>Finish the account changes an interrupted run left in the outbox.</source>
        <translation>Finish the account changes an interrupted run left in the outbox.</translation>
    </message>
    <message>
        <source>Sends what the outbox still holds; with --failed the actions that failed go again first.</source>
        <translation>Sends what the outbox still holds; with --failed the actions that failed go again first.</translation>
    </message>
    <message>
        <source>Record where the court got a recipient&apos;s delivery address.</source>
        <translation>Record where the court got a recipient&apos;s delivery address.</translation>
    </message>
    <message>
        <source>Sets or clears the address basis of an account through the outbox.</source>
        <translation>Sets or clears the address basis of an account through the outbox.</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the platform.</source>
        <translation>Bring the local cache up to date with the platform.</translation>
    </message>
    <message>
        <source>Syncs accounts, policy and the three logs, then checks the counts against the platform; exit code 1 when they differ. Progress on stderr.</source>
        <translation>Syncs accounts, policy and the three logs, then checks the counts against the platform; exit code 1 when they differ. Progress on stderr.</translation>
    </message>
    <message>
        <source>Only rows with this result (operations, logins) or status (mail).</source>
        <translation>Only rows with this result (operations, logins) or status (mail).</translation>
    </message>
    <message>
        <source>Logins of this account.</source>
        <translation>Logins of this account.</translation>
    </message>
    <message>
        <source>Search and export the operation, login and mail logs.</source>
        <translation>Search and export the operation, login and mail logs.</translation>
    </message>
    <message>
        <source>Answered from the local cache alone (run dmctl sync first), so it works with the platform out of reach.</source>
        <translation>Answered from the local cache alone (run dmctl sync first), so it works with the platform out of reach.</translation>
    </message>
    <message>
        <source>Search a log in the local cache.</source>
        <translation>Search a log in the local cache.</translation>
    </message>
    <message>
        <source>Prints the matching rows, newest first. JSON and CSV output count as an export and are recorded in the audit ledger.</source>
        <translation>Prints the matching rows, newest first. JSON and CSV output count as an export and are recorded in the audit ledger.</translation>
    </message>
    <message>
        <source>Export a log to a CSV, XLSX or PDF file.</source>
        <translation>Export a log to a CSV, XLSX or PDF file.</translation>
    </message>
    <message>
        <source>Writes the rows the filters match as the Logs pages of dmadmin export them, records the export in the audit ledger and time-stamps the ledger.</source>
        <translation>Writes the rows the filters match as the Logs pages of dmadmin export them, records the export in the audit ledger and time-stamps the ledger.</translation>
    </message>
    <message>
        <source>File format: csv, xlsx or pdf.</source>
        <translation>File format: csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>File the export is written to.</source>
        <translation>File the export is written to.</translation>
    </message>
    <message>
        <source>Output format: json (default) or table.</source>
        <translation>Output format: json (default) or table.</translation>
    </message>
    <message>
        <source>Delivery policy as code: read, change and check against a baseline.</source>
        <translation>Delivery policy as code: read, change and check against a baseline.</translation>
    </message>
    <message>
        <source>The policy documents of the domain, units and accounts in the API contract&apos;s JSON.</source>
        <translation>The policy documents of the domain, units and accounts in the API contract&apos;s JSON.</translation>
    </message>
    <message>
        <source>Unit id or account name the policy belongs to (--level unit or account).</source>
        <translation>Unit id or account name the policy belongs to (--level unit or account).</translation>
    </message>
    <message>
        <source>Print the policy document of one level.</source>
        <translation>Print the policy document of one level.</translation>
    </message>
    <message>
        <source>Prints the platform&apos;s document, or with --effective an account&apos;s effective policy with the source of each field.</source>
        <translation>Prints the platform&apos;s document, or with --effective an account&apos;s effective policy with the source of each field.</translation>
    </message>
    <message>
        <source>Change a policy document from a JSON file.</source>
        <translation>Change a policy document from a JSON file.</translation>
    </message>
    <message>
        <source>Prints the difference between the platform&apos;s document and the file; --dry-run stops there, otherwise the change goes through the outbox.</source>
        <translation>Prints the difference between the platform&apos;s document and the file; --dry-run stops there, otherwise the change goes through the outbox.</translation>
    </message>
    <message>
        <source>List where the policies are weaker than the baseline.</source>
        <translation>List where the policies are weaker than the baseline.</translation>
    </message>
    <message>
        <source>Syncs the policy stream (unless --offline) and scans the cache against the baseline; exit code 1 when anything drifts.</source>
        <translation>Syncs the policy stream (unless --offline) and scans the cache against the baseline; exit code 1 when anything drifts.</translation>
    </message>
    <message>
        <source>Fix every drift from the baseline.</source>
        <translation>Fix every drift from the baseline.</translation>
    </message>
    <message>
        <source>The same as policy drift --fix: queues the fix of every drift found, applies it, syncs and scans again.</source>
        <translation>The same as policy drift --fix: queues the fix of every drift found, applies it, syncs and scans again.</translation>
    </message>
    <message>
        <source>Login rules: read, change and test them.</source>
        <translation>Login rules: read, change and test them.</translation>
    </message>
    <message>
        <source>The rules of the domain, or of one account with --account.</source>
        <translation>The rules of the domain, or of one account with --account.</translation>
    </message>
    <message>
        <source>The rules of this account (default: the domain&apos;s).</source>
        <translation>The rules of this account (default: the domain&apos;s).</translation>
    </message>
    <message>
        <source>Print the login rules.</source>
        <translation>Print the login rules.</translation>
    </message>
    <message>
        <source>Prints the platform&apos;s login rules in the API contract&apos;s JSON.</source>
        <translation>Prints the platform&apos;s login rules in the API contract&apos;s JSON.</translation>
    </message>
    <message>
        <source>Change the login rules from a JSON file.</source>
        <translation>Change the login rules from a JSON file.</translation>
    </message>
    <message>
        <source>Prints the difference; --dry-run also replays the cached logins of the last days under the old and the new rules and changes nothing.</source>
        <translation>Prints the difference; --dry-run also replays the cached logins of the last days under the old and the new rules and changes nothing.</translation>
    </message>
    <message>
        <source>Ask the platform what its rules decide for a login.</source>
        <translation>Ask the platform what its rules decide for a login.</translation>
    </message>
    <message>
        <source>Evaluates a login from the address IP (and the place given) under the rules in force.</source>
        <translation>Evaluates a login from the address IP (and the place given) under the rules in force.</translation>
    </message>
    <message>
        <source>The account that logs in.</source>
        <translation>The account that logs in.</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs: make and verify them.</source>
        <translation>Proof-of-delivery packs: make and verify them.</translation>
    </message>
    <message>
        <source>A pack proves that a document reached its recipient; anyone can check it.</source>
        <translation>A pack proves that a document reached its recipient; anyone can check it.</translation>
    </message>
    <message>
        <source>Make the proof-of-delivery pack of a document, or of every document of a case.</source>
        <translation>Make the proof-of-delivery pack of a document, or of every document of a case.</translation>
    </message>
    <message>
        <source>Writes the pack (ZIP with the events, time-stamp and certificate PDF) and records it in the audit ledger.</source>
        <translation>Writes the pack (ZIP with the events, time-stamp and certificate PDF) and records it in the audit ledger.</translation>
    </message>
    <message>
        <source>Mail address of the recipient.</source>
        <translation>Mail address of the recipient.</translation>
    </message>
    <message>
        <source>Folder the packs are written to.</source>
        <translation>Folder the packs are written to.</translation>
    </message>
    <message>
        <source>Check a proof-of-delivery pack.</source>
        <translation>Check a proof-of-delivery pack.</translation>
    </message>
    <message>
        <source>Checks the hashes, the event chain, the time-stamp and the signature of the pack, and records the check in the audit ledger.</source>
        <translation>Checks the hashes, the event chain, the time-stamp and the signature of the pack, and records the check in the audit ledger.</translation>
    </message>
    <message>
        <source>The audit ledger: check it, time-stamp it, read it.</source>
        <translation>The audit ledger: check it, time-stamp it, read it.</translation>
    </message>
    <message>
        <source>Every change of the platform or the cache is recorded in the sealed audit ledger of the local cache.</source>
        <translation>Every change of the platform or the cache is recorded in the sealed audit ledger of the local cache.</translation>
    </message>
    <message>
        <source>Check the whole audit ledger and its anchors.</source>
        <translation>Check the whole audit ledger and its anchors.</translation>
    </message>
    <message>
        <source>Checks the seals, links and guards of the ledger, then every anchor; exit code 1 names the first fault. With --archive it checks a kept ledger and needs no connection.</source>
        <translation>Checks the seals, links and guards of the ledger, then every anchor; exit code 1 names the first fault. With --archive it checks a kept ledger and needs no connection.</translation>
    </message>
    <message>
        <source>Time-stamp the head of the audit ledger now.</source>
        <translation>Time-stamp the head of the audit ledger now.</translation>
    </message>
    <message>
        <source>Asks the time-stamping service to sign the ledger&apos;s head and keeps the anchor in the cache and beside it.</source>
        <translation>Asks the time-stamping service to sign the ledger&apos;s head and keeps the anchor in the cache and beside it.</translation>
    </message>
    <message>
        <source>Print the newest entries of the audit ledger.</source>
        <translation>Print the newest entries of the audit ledger.</translation>
    </message>
    <message>
        <source>Prints the newest entries first (50 unless --limit says otherwise).</source>
        <translation>Prints the newest entries first (50 unless --limit says otherwise).</translation>
    </message>
    <message>
        <source>The encrypted local cache: check or rebuild it.</source>
        <translation>The encrypted local cache: check or rebuild it.</translation>
    </message>
    <message>
        <source>One cache per profile, encrypted with a key kept in the keychain.</source>
        <translation>One cache per profile, encrypted with a key kept in the keychain.</translation>
    </message>
    <message>
        <source>Check the local cache.</source>
        <translation>Check the local cache.</translation>
    </message>
    <message>
        <source>Checks the HMAC of every page, the b-trees, the audit ledger&apos;s chain and the counts against the platform; exit code 1 when anything is wrong.</source>
        <translation>Checks the HMAC of every page, the b-trees, the audit ledger&apos;s chain and the counts against the platform; exit code 1 when anything is wrong.</translation>
    </message>
    <message>
        <source>Delete the local cache and sync it again from the platform.</source>
        <translation>Delete the local cache and sync it again from the platform.</translation>
    </message>
    <message>
        <source>The audit ledger is kept first; if it cannot be, nothing is deleted.</source>
        <translation>The audit ledger is kept first; if it cannot be, nothing is deleted.</translation>
    </message>
    <message>
        <source>Saved connection profiles, shared with dmadmin.</source>
        <translation>Saved connection profiles, shared with dmadmin.</translation>
    </message>
    <message>
        <source>A profile names a platform and the court&apos;s ids; its authCode is kept in the keychain.</source>
        <translation>A profile names a platform and the court&apos;s ids; its authCode is kept in the keychain.</translation>
    </message>
    <message>
        <source>Save a connection profile.</source>
        <translation>Save a connection profile.</translation>
    </message>
    <message>
        <source>Stores the profile in dmadmin&apos;s settings and its authCode in the keychain, read from an environment variable or standard input.</source>
        <translation>Stores the profile in dmadmin&apos;s settings and its authCode in the keychain, read from an environment variable or standard input.</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>List the saved profiles.</translation>
    </message>
    <message>
        <source>One line per profile: its name, platform and domain.</source>
        <translation>One line per profile: its name, platform and domain.</translation>
    </message>
    <message>
        <source>Remove a saved profile.</source>
        <translation>Remove a saved profile.</translation>
    </message>
    <message>
        <source>Removes the profile, its keychain entries and its cache; its audit ledger is kept.</source>
        <translation>Removes the profile, its keychain entries and its cache; its audit ledger is kept.</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Show the help of a command.</translation>
    </message>
    <message>
        <source>Without a command: the overview of every command.</source>
        <translation>Without a command: the overview of every command.</translation>
    </message>
    <message>
        <source>Print the shell completion script.</source>
        <translation>Print the shell completion script.</translation>
    </message>
    <message>
        <source>Prints a script that completes dmctl&apos;s commands and options in bash or PowerShell.</source>
        <translation>Prints a script that completes dmctl&apos;s commands and options in bash or PowerShell.</translation>
    </message>
    <message>
        <source>The authorization code is longer than %1 characters: check what was given.</source>
        <translation>The authorization code is longer than %1 characters: check what was given.</translation>
    </message>
    <message>
        <source>Usage: dmctl completion bash|powershell</source>
        <translation>Usage: dmctl completion bash|powershell</translation>
    </message>
    <message>
        <source>%1 may be read by other users of this machine: make it private first (Properties, Security: only your own user may read it).</source>
        <translation>%1 may be read by other users of this machine: make it private first (Properties, Security: only your own user may read it).</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>See: %1</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The command “dmctl %1” does not take the option %2.</source>
        <translation>The command “dmctl %1” does not take the option %2.</translation>
    </message>
    <message>
        <source>The command “dmctl %1” needs a subcommand: %2.</source>
        <translation>The command “dmctl %1” needs a subcommand: %2.</translation>
    </message>
    <message>
        <source>Unknown subcommand of “dmctl %1”: %2 (it has: %3).</source>
        <translation>Unknown subcommand of “dmctl %1”: %2 (it has: %3).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the dmsandbox whose connection line is in FILE.</source>
        <translation>Connect to the dmsandbox whose connection line is in FILE.</translation>
    </message>
</context>
</TS>
