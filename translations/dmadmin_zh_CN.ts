<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountLister</name>
    <message>
        <source>This platform does not track activation (it lacks the delivery extension), so accounts cannot be listed by activation. List them without --activation.</source>
        <translation>此平台不跟踪激活状态（缺少送达扩展接口），无法按激活状态列出帐号。请去掉 --activation 后再列出。</translation>
    </message>
    <message>
        <source>This platform&apos;s own account listing leaves deleted accounts out (it lacks the delivery extension). Look a deleted account up by name with accounts get.</source>
        <translation>此平台自带的帐号列表不含已删除的帐号（缺少送达扩展接口）。请用 accounts get 按帐号名查询已删除的帐号。</translation>
    </message>
    <message>
        <source>This platform&apos;s own account listing does not say when an account was created (it lacks the delivery extension), so accounts cannot be listed by creation time.</source>
        <translation>此平台自带的帐号列表不含帐号的创建时间（缺少送达扩展接口），无法按创建时间列出帐号。</translation>
    </message>
</context>
<context>
    <name>AccountNameError</name>
    <message>
        <source>Enter the account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message numerus="yes">
        <source>The account name must have at least %n characters.</source>
        <translation>
            <numerusform>账号名至少需要 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account name must have at most %n characters.</source>
        <translation>
            <numerusform>账号名最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the account name is not allowed: use only letters a to z, digits, dot, underscore and hyphen.</source>
        <translation>账号名的第 %1 个字符不允许使用：只能使用字母 a 至 z、数字、点、下划线和连字符。</translation>
    </message>
    <message>
        <source>The account name must start and end with a letter or a digit.</source>
        <translation>账号名必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The account name must not contain two dots in a row.</source>
        <translation>账号名中不能有两个连续的点。</translation>
    </message>
    <message>
        <source>This account name is reserved for the mail system. Choose another.</source>
        <translation>此账号名为邮件系统保留，请另选一个。</translation>
    </message>
    <message>
        <source>Enter a whole mailbox address, with @ and the domain.</source>
        <translation>请输入完整的邮箱地址，包括 @ 和域名。</translation>
    </message>
    <message>
        <source>The mailbox address must end with @%1.</source>
        <translation>邮箱地址必须以 @%1 结尾。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The platform did not confirm the password reset, and it cannot tell whether the reset happened. It was not repeated, because a second reset would invalidate a password already sent by SMS. Check the operation log before resetting again.</source>
        <translation>平台未确认密码重置，也无法判断重置是否已生效。为免使已通过短信发送的密码失效，系统没有重复重置。请先查看操作日志，再决定是否重新重置。</translation>
    </message>
</context>
<context>
    <name>AccountSync</name>
    <message>
        <source>accounts (not deleted)</source>
        <translation>账号（未删除）</translation>
    </message>
    <message>
        <source>accounts sent the activation SMS</source>
        <translation>已发送激活短信的账号</translation>
    </message>
    <message>
        <source>accounts that logged in</source>
        <translation>已登录过的账号</translation>
    </message>
    <message>
        <source>accounts activated</source>
        <translation>已激活的账号</translation>
    </message>
</context>
<context>
    <name>AccountTexts</name>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Departed</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>Handing over</source>
        <translation>交接中</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接完成</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>SMS sent</source>
        <translation>已发短信</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>首次登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Confirmed by the recipient</source>
        <translation>受送达人确认</translation>
    </message>
    <message>
        <source>Provided by the recipient</source>
        <translation>受送达人提供</translation>
    </message>
    <message>
        <source>Found by the court</source>
        <translation>法院查明</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1（%2；%3）</translation>
    </message>
</context>
<context>
    <name>AddressBasisRules</name>
    <message>
        <source>Enter the date on which the address was confirmed, provided or found.</source>
        <translation>请填写受送达人确认或提供该地址、或法院查明该地址的日期。</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>An address confirmed by the recipient needs the reference of the address confirmation (送达地址确认书).</source>
        <translation>受送达人确认的地址，须填写送达地址确认书的编号。</translation>
    </message>
    <message numerus="yes">
        <source>The reference may have at most %n characters.</source>
        <translation>
            <numerusform>依据材料最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The platform cannot be reached. Check the network connection and the proxy settings.</source>
        <translation>无法连接平台。请检查网络连接和代理设置。</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>平台未能及时响应。</translation>
    </message>
    <message>
        <source>The platform presented a key this profile does not trust (certificate pin mismatch). Nothing was sent. If the platform changed its certificate, update the pin in the profile.</source>
        <translation>平台出示的密钥不受此连接配置信任（证书固定不匹配）。未发送任何数据。如果平台更换了证书，请在连接配置中更新固定值。</translation>
    </message>
    <message>
        <source>The platform refused this profile&apos;s credentials. Check the appId, orgOpenId and authorization code.</source>
        <translation>平台拒绝了此连接配置的凭据。请检查 appId、orgOpenId 和授权码。</translation>
    </message>
    <message>
        <source>The platform does not accept requests from this computer&apos;s IP address.</source>
        <translation>平台不接受来自本机 IP 地址的请求。</translation>
    </message>
    <message>
        <source>The platform denied permission for this operation.</source>
        <translation>平台拒绝了此操作的权限。</translation>
    </message>
    <message>
        <source>The platform refused the request as invalid.</source>
        <translation>平台认为该请求无效并予以拒绝。</translation>
    </message>
    <message>
        <source>The platform refused the value of the field &quot;%1&quot;.</source>
        <translation>平台拒绝了字段“%1”的值。</translation>
    </message>
    <message>
        <source>The platform has no such record.</source>
        <translation>平台上没有该记录。</translation>
    </message>
    <message>
        <source>The platform refused the operation under one of its rules (%1).</source>
        <translation>平台依据其规则拒绝了该操作（%1）。</translation>
    </message>
    <message>
        <source>The platform is limiting the request rate. Try again in a moment.</source>
        <translation>平台正在限制请求频率。请稍后重试。</translation>
    </message>
    <message>
        <source>The platform reported an internal error. Try again later.</source>
        <translation>平台报告了内部错误。请稍后重试。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be understood.</source>
        <translation>无法解析平台的响应。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The platform already has a record of this name (%1).</source>
        <translation>平台上已有同名记录（%1）。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not issued by an authority this computer or the profile trusts. Nothing was sent.</source>
        <translation>平台证书不是由本机或连接配置所信任的机构签发的。未发送任何数据。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate has expired or is not valid yet (check this computer&apos;s clock too). Nothing was sent.</source>
        <translation>平台证书已过期或尚未生效（也请检查本机时钟）。未发送任何数据。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is issued for another address than the profile&apos;s URL. Nothing was sent.</source>
        <translation>平台证书签发给的地址与连接配置的 URL 不符。未发送任何数据。</translation>
    </message>
    <message>
        <source>The server offers only a TLS version older than 1.2, which dmadmin does not accept. Nothing was sent.</source>
        <translation>服务器只提供低于 1.2 的 TLS 版本，dmadmin 不接受。未发送任何数据。</translation>
    </message>
    <message>
        <source>The address answers without TLS (plain HTTP?): the profile&apos;s URL must be the platform&apos;s https address. Nothing was sent.</source>
        <translation>该地址未使用 TLS 应答（可能是普通 HTTP）：连接配置的 URL 必须是平台的 https 地址。未发送任何数据。</translation>
    </message>
    <message>
        <source>The secure connection to the platform could not be set up. Nothing was sent.</source>
        <translation>无法与平台建立安全连接。未发送任何数据。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate was refused. Nothing was sent.</source>
        <translation>平台证书被拒绝。未发送任何数据。</translation>
    </message>
    <message>
        <source>The proxy server asks for a user name and password, and was not given valid ones. Nothing was sent to the platform.</source>
        <translation>代理服务器要求用户名和密码，但未获得有效的用户名和密码。没有向平台发送任何内容。</translation>
    </message>
</context>
<context>
    <name>AuditLedger</name>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>第 %1 条记录缺失：已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were inserted, deleted or reordered.</source>
        <translation>第 %1 条记录没有紧接在第 %2 条之后：有记录被插入、删除或调换了顺序。</translation>
    </message>
    <message>
        <source>The ledger&apos;s record of its newest entry was removed: entries at its end may have been deleted.</source>
        <translation>审计日志中有关最新一条记录的标记已被删除：末尾的记录可能已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the end of the ledger was cut off.</source>
        <translation>第 %1 条记录缺失：审计日志的末尾被截掉了。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the end of the ledger was cut off.</source>
        <translation>第 %1 至 %2 条记录缺失：审计日志的末尾被截掉了。</translation>
    </message>
    <message>
        <source>Entry %1 was added outside this program: the ledger recorded %2 entries.</source>
        <translation>第 %1 条记录是在本程序之外添加的：审计日志记载的记录数为 %2 条。</translation>
    </message>
    <message>
        <source>Entry %1 is not the newest entry the ledger recorded.</source>
        <translation>第 %1 条记录不是审计日志所记载的最新记录。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written, or sealed with another key.</source>
        <translation>第 %1 条在写入后被改动，或是用另一把密钥封存的。</translation>
    </message>
    <message>
        <source>The ledger&apos;s protection %1 was removed from the file: history may have been changed by hand.</source>
        <translation>账本的保护措施 %1 已从文件中被移除：历史记录可能被人为改动过。</translation>
    </message>
</context>
<context>
    <name>BaselineFile</name>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: too large for a baseline (over 1 MB).</source>
        <translation>%1：文件过大，不是基线文件（超过 1 MB）。</translation>
    </message>
    <message>
        <source>%1: not one valid JSON object.</source>
        <translation>%1：不是一个有效的 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CacheError</name>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: its key cannot be read from the system keychain (%1).</source>
        <translation>无法打开本地缓存：无法从系统钥匙串读取其密钥（%1）。</translation>
    </message>
    <message>
        <source>the system keychain no longer holds its key</source>
        <translation>系统钥匙串中已不再保存其密钥</translation>
    </message>
    <message>
        <source>its key does not open it, or the file is damaged</source>
        <translation>其密钥无法打开该文件，或文件已损坏</translation>
    </message>
    <message>
        <source>the file is damaged (a page failed its integrity check)</source>
        <translation>文件已损坏（某个页面未通过完整性校验）</translation>
    </message>
    <message>
        <source>The local cache cannot be written: the disk is full. Free some space and try again.</source>
        <translation>无法写入本地缓存：磁盘已满。请释放空间后重试。</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: %1. It can be rebuilt from the platform.</source>
        <translation>无法打开本地缓存：%1。可以从平台重建缓存。</translation>
    </message>
    <message>
        <source>The old cache file %1 cannot be deleted.</source>
        <translation>无法删除旧的缓存文件 %1。</translation>
    </message>
    <message>
        <source>the audit ledger&apos;s key in the keychain is not one this program made</source>
        <translation>系统钥匙串中的审计账本密钥不是本程序生成的</translation>
    </message>
    <message>
        <source>No random key could be made.</source>
        <translation>无法生成随机密钥。</translation>
    </message>
</context>
<context>
    <name>CacheSession</name>
    <message>
        <source>This profile is read-only: its cache is not changed.</source>
        <translation>此连接配置为只读配置：不会更改其缓存。</translation>
    </message>
    <message>
        <source>Wait until the sync or the check has finished.</source>
        <translation>请等待同步或校验完成后再试。</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Accounts and units (vendor API)</source>
        <translation>账号与部门（平台标准接口）</translation>
    </message>
    <message>
        <source>Login and received-mail logs (vendor API)</source>
        <translation>登录日志与收信日志（平台标准接口）</translation>
    </message>
    <message>
        <source>Activation tracking and delivery accounts (extension)</source>
        <translation>激活跟踪与送达账号（送达扩展接口）</translation>
    </message>
    <message>
        <source>Delivery permissions (extension)</source>
        <translation>送达权限（送达扩展接口）</translation>
    </message>
    <message>
        <source>Login rules (extension)</source>
        <translation>登录规则（送达扩展接口）</translation>
    </message>
    <message>
        <source>Operation, login and mail logs (extension)</source>
        <translation>操作、登录与邮件日志（送达扩展接口）</translation>
    </message>
    <message>
        <source>Statistics (extension)</source>
        <translation>统计（送达扩展接口）</translation>
    </message>
    <message>
        <source>served</source>
        <translation>已提供</translation>
    </message>
    <message>
        <source>not served by this platform</source>
        <translation>本平台未提供</translation>
    </message>
    <message>
        <source>not granted to this app</source>
        <translation>未授权给本应用</translation>
    </message>
    <message>
        <source>could not be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>The platform does not serve %1. Ask the vendor to enable it for this tenant.</source>
        <translation>平台未提供%1。请联系服务商为本单位开通。</translation>
    </message>
    <message>
        <source>The platform has not granted this app %1 (%2). Ask the vendor to register the permission.</source>
        <translation>平台未授权本应用使用%1（%2）。请联系服务商登记该接口权限。</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>MM-dd</source>
        <extracomment>Format of the dates under the Statistics charts&apos; bars (QDate format: M month, d day, MM/dd with zeros).</extracomment>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>CsvLogWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The local cache file cannot be opened or created. Check that its folder exists and is writable.</source>
        <translation>无法打开或创建本地缓存文件。请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The local cache cannot be opened: its key is wrong or missing, or the file is not a dmadmin cache. It can be rebuilt from the platform.</source>
        <translation>无法打开本地缓存：密钥错误或缺失，或者该文件不是 dmadmin 缓存。可以从平台重建缓存。</translation>
    </message>
    <message>
        <source>The local cache is damaged (an integrity check failed). It can be rebuilt from the platform.</source>
        <translation>本地缓存已损坏（完整性校验失败）。可以从平台重建缓存。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved from this operation; free some space and try again.</source>
        <translation>磁盘已满。本次操作未保存任何内容；请释放空间后重试。</translation>
    </message>
    <message>
        <source>The local cache is read-only. Check the file&apos;s permissions.</source>
        <translation>本地缓存为只读。请检查文件权限。</translation>
    </message>
    <message>
        <source>The local cache is busy in another window or process. Try again in a moment.</source>
        <translation>本地缓存正被其他窗口或进程占用。请稍后重试。</translation>
    </message>
    <message>
        <source>The local cache refused a record that conflicts with one it already holds.</source>
        <translation>本地缓存拒绝了一条与已有记录冲突的记录。</translation>
    </message>
    <message>
        <source>The encryption library is not SQLCipher 4, so the local cache cannot be protected. dmadmin will not store data unencrypted.</source>
        <translation>加密库不是 SQLCipher 4，无法保护本地缓存。dmadmin 不会以未加密的方式存储数据。</translation>
    </message>
    <message>
        <source>The operation on the local cache was cancelled.</source>
        <translation>对本地缓存的操作已取消。</translation>
    </message>
    <message>
        <source>The local cache reported an unexpected error (code %1).</source>
        <translation>本地缓存报告了意外错误（代码 %1）。</translation>
    </message>
    <message>
        <source>The audit ledger&apos;s key is not available, so nothing can be recorded or verified. Reopen the profile so that its key is read from the system keychain.</source>
        <translation>无法取得审计账本密钥，因此既不能记录也不能校验。请重新打开该配置，以便从系统钥匙串读取密钥。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsTexts</name>
    <message>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <source>Checking the cache and writing the diagnostics bundle…</source>
        <translation>正在校验缓存并写入诊断包…</translation>
    </message>
</context>
<context>
    <name>FileDialogNames</name>
    <message>
        <source>Look in</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <source>Files of type</source>
        <translation>文件类型</translation>
    </message>
</context>
<context>
    <name>IdCardError</name>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入身份证号。</translation>
    </message>
    <message numerus="yes">
        <source>An ID number has 18 characters, but %n were entered.</source>
        <translation>
            <numerusform>身份证号应为 18 位，但输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the ID number is not allowed: only digits, and X as the last character.</source>
        <translation>身份证号的第 %1 位字符无效：只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The first digits of the ID number do not name a province, autonomous region or municipality.</source>
        <translation>身份证号的前两位不是有效的省、自治区或直辖市代码。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of the ID number must be a real birth date between 1900 and today.</source>
        <translation>身份证号的第 7 至 14 位必须是 1900 年至今的真实出生日期。</translation>
    </message>
    <message>
        <source>The last character of the ID number does not match the others. Check the number for a typo.</source>
        <translation>身份证号的校验位与前 17 位不符。请检查是否输错。</translation>
    </message>
</context>
<context>
    <name>ImportCsv</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation>文件大于 %1 MB。请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The file contains no rows.</source>
        <translation>文件中没有任何数据行。</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls). Save it as .xlsx or as CSV and try again.</source>
        <translation>这是 Excel 97-2003 工作簿（.xls）。请另存为 .xlsx 或 CSV 格式后重试。</translation>
    </message>
    <message>
        <source>Row %1: a quoted cell is never closed. Check the file for a stray quotation mark.</source>
        <translation>第 %1 行：某个带引号的单元格没有闭合。请检查文件中是否有多余的引号。</translation>
    </message>
    <message numerus="yes">
        <source>The file has more than %n data rows. Split it into smaller files.</source>
        <translation>
            <numerusform>文件的数据行超过 %n 行。请将其拆分为多个较小的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 has more than %n columns.</source>
        <translation>
            <numerusform>第 %1 行超过 %n 列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1, column %2: the cell is longer than %n characters.</source>
        <translation>
            <numerusform>第 %1 行“%2”列：单元格内容超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook unpacks to more than %1 MB. Split it into smaller files.</source>
        <translation>工作簿解压后超过 %1 MB。请将其拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>The workbook cannot be read (%1). Open it in Excel or WPS and save it again.</source>
        <translation>无法读取工作簿（%1）。请用 Excel 或 WPS 打开并重新保存。</translation>
    </message>
    <message>
        <source>No column holds &quot;%1&quot;. Name a column with COLUMN=FIELD in the column mapping.</source>
        <translation>没有哪一列对应“%1”。请在列映射中用 COLUMN=FIELD 指定一列。</translation>
    </message>
    <message>
        <source>More than one column could hold &quot;%1&quot; (%2). Choose one in the column mapping.</source>
        <translation>有多列可能对应“%1”（%2）。请在列映射中选择其中一列。</translation>
    </message>
    <message>
        <source>The column mapping names a column &quot;%1&quot; that the file does not have.</source>
        <translation>列映射中指定的列“%1”在文件中不存在。</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field &quot;%1&quot;. Use account, name, id, mobile, case, unit or skip.</source>
        <translation>列映射中指定了未知字段“%1”。可用的字段为 account、name、id、mobile、case、unit 或 skip。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column mapping: write COLUMN=FIELD.</source>
        <translation>“%1”不是有效的列映射：请写成 COLUMN=FIELD。</translation>
    </message>
    <message>
        <source>The column mapping gives &quot;%1&quot; to more than one column.</source>
        <translation>列映射把“%1”指定给了多列。</translation>
    </message>
    <message>
        <source>Row %1: the file holds more than %2 cells (empty cells between filled ones count). Remove unused columns or split the file.</source>
        <translation>第 %1 行：文件的单元格超过 %2 个（有内容的单元格之间的空单元格也计入）。请删除不用的列或将文件拆分。</translation>
    </message>
    <message>
        <source>The workbook&apos;s text is larger than the import reads (more than %1 distinct texts or characters). Split it into smaller files.</source>
        <translation>工作簿中的文本超出导入可读取的范围（超过 %1 条不同文本或字符）。请将文件拆分为较小的文件。</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Account name</source>
        <translation>账号名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Address basis</source>
        <translation>送达地址依据</translation>
    </message>
    <message>
        <source>Basis date</source>
        <translation>依据日期</translation>
    </message>
    <message>
        <source>Basis reference</source>
        <translation>依据材料</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>%1 is required but empty.</source>
        <translation>%1是必填项，不能为空。</translation>
    </message>
    <message numerus="yes">
        <source>%1 may have at most %n characters.</source>
        <translation>
            <numerusform>%1最多只能有 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel shows this number in exponent form and has dropped digits. Format the column as text, enter the number again and save.</source>
        <translation>Excel 以科学计数法显示此数字，已丢失部分位数。请将该列设置为文本格式，重新输入号码后保存。</translation>
    </message>
    <message>
        <source>The same %1 is already in row %2.</source>
        <translation>第 %2 行已有相同的%1。</translation>
    </message>
    <message>
        <source>An account with the same %1 already exists on the platform.</source>
        <translation>平台上已存在%1相同的账号。</translation>
    </message>
    <message numerus="yes">
        <source>The row has more cells than the header&apos;s %n columns: check it for a stray comma.</source>
        <translation>
            <numerusform>该行的单元格多于表头的 %n 列：请检查是否有多余的逗号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cell starts like a formula (=, +, - or @). It is kept as plain text and never calculated.</source>
        <translation>单元格以公式符号（=、+、- 或 @）开头。它将按纯文本保存，不会被计算。</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>第 %1 行“%2”列：%3</translation>
    </message>
    <message>
        <source>%1 must be 已确认 (confirmed by the recipient), 受送达人提供 (provided by the recipient) or 法院查明 (found by the court).</source>
        <translation>%1必须为“已确认”（受送达人确认）、“受送达人提供”或“法院查明”。</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as 2026-06-01.</source>
        <translation>%1不是有效日期；请按 2026-06-01 的格式填写。</translation>
    </message>
    <message>
        <source>%1 is after today.</source>
        <translation>%1晚于今天。</translation>
    </message>
    <message>
        <source>%1 is required when the recipient confirmed the address: the number of the address confirmation (送达地址确认书).</source>
        <translation>受送达人确认地址的，%1为必填项：即送达地址确认书的编号。</translation>
    </message>
    <message>
        <source>%1 is given, but the address basis is empty.</source>
        <translation>已填写%1，但送达地址依据为空。</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>No unit, or more than one, has this name or id; create the unit first or use its id.</source>
        <translation>没有单位使用此名称或 ID，或者有多个单位使用；请先创建该单位，或改用其 ID。</translation>
    </message>
    <message>
        <source>The account already exists with these details.</source>
        <translation>该账号已存在，且信息相同。</translation>
    </message>
    <message>
        <source>Not queued.</source>
        <translation>未加入队列。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>发送前已取消。</translation>
    </message>
    <message>
        <source>Not sent yet: the run was interrupted; run the import again to finish it.</source>
        <translation>尚未发送：导入过程被中断；请重新运行导入以完成。</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>skipped (exists)</source>
        <translation>已跳过（已存在）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>未通过校验</translation>
    </message>
    <message>
        <source>The account already exists; its address basis was recorded.</source>
        <translation>该账号已存在；已登记其送达地址依据。</translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is not a key of a rule (action, kind, value)</source>
        <translation>不是规则的键（只能是 action、kind、value）</translation>
    </message>
    <message>
        <source>is required: allow or deny</source>
        <translation>为必填项：应为 allow 或 deny</translation>
    </message>
    <message>
        <source>must be allow or deny</source>
        <translation>必须是 allow 或 deny</translation>
    </message>
    <message>
        <source>is required: region or cidr</source>
        <translation>为必填项：应为 region 或 cidr</translation>
    </message>
    <message>
        <source>must be region or cidr</source>
        <translation>必须是 region 或 cidr</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>最多只能有 %1 个字符</translation>
    </message>
    <message>
        <source>is not a network in canonical CIDR form, such as 10.0.0.0/8 or 2001:db8::/32 (lower case, no leading zeros, no host bits set)</source>
        <translation>不是规范 CIDR 格式的网段，例如 10.0.0.0/8 或 2001:db8::/32（小写、无前导零、主机位须全为 0）</translation>
    </message>
    <message>
        <source>is not a region the platform knows: write a province-level name in full (广东省) or a city-level name alone (衢州市)</source>
        <translation>不是平台可识别的地区：请填写省级名称全称（广东省），或只填写地市级名称（衢州市）</translation>
    </message>
    <message>
        <source>must be an object with rules and/or defaultAction</source>
        <translation>必须是包含 rules 和/或 defaultAction 的对象</translation>
    </message>
    <message>
        <source>is not a key of a login-rule list</source>
        <translation>不是登录规则列表的键</translation>
    </message>
    <message>
        <source>give the rules, the defaultAction, or both</source>
        <translation>请给出 rules 或 defaultAction，或同时给出两者</translation>
    </message>
    <message>
        <source>must be a list of rules</source>
        <translation>必须是规则列表</translation>
    </message>
    <message>
        <source>may hold at most %1 rules</source>
        <translation>最多只能包含 %1 条规则</translation>
    </message>
    <message>
        <source>repeats an earlier rule&apos;s value, so it could never match</source>
        <translation>与前面某条规则的值重复，因此永远不会匹配</translation>
    </message>
    <message>
        <source>cannot be null for the domain: it must allow or deny</source>
        <translation>在域级不能为 null：必须是 allow 或 deny</translation>
    </message>
    <message>
        <source>must be allow, deny or null</source>
        <translation>必须是 allow、deny 或 null</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be text: deny, receiveOnly or allow</source>
        <translation>必须是文本：deny、receiveOnly 或 allow</translation>
    </message>
    <message>
        <source>must be deny, receiveOnly or allow</source>
        <translation>必须是 deny、receiveOnly 或 allow</translation>
    </message>
    <message>
        <source>must be a list of client names</source>
        <translation>必须是客户端名称列表</translation>
    </message>
    <message>
        <source>must allow at least one client</source>
        <translation>必须至少允许一个客户端</translation>
    </message>
    <message>
        <source>may name only webmail, mailmaster, wechat, imap, pop and smtp</source>
        <translation>只能是 webmail、mailmaster、wechat、imap、pop 和 smtp</translation>
    </message>
    <message>
        <source>names the same client twice</source>
        <translation>重复列出了同一个客户端</translation>
    </message>
    <message>
        <source>needs a value here (null is refused)</source>
        <translation>此处必须有值（不接受 null）</translation>
    </message>
    <message>
        <source>must set at least one field</source>
        <translation>必须至少设置一个字段</translation>
    </message>
    <message>
        <source>is not a policy field</source>
        <translation>不是策略字段</translation>
    </message>
</context>
<context>
    <name>LedgerAnchors</name>
    <message>
        <source>The audit ledger could not be time-stamped: %1</source>
        <translation>审计账本未能加盖时间戳：%1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The anchor cannot be written to %1.</source>
        <translation>无法将锚点写入 %1。</translation>
    </message>
</context>
<context>
    <name>LedgerArchive</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a ledger record.</source>
        <translation>%2 的第 %1 行不是账本记录。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a ledger archive of this program.</source>
        <translation>%1 不是本程序保留的账本文件。</translation>
    </message>
    <message>
        <source>%1 names no profile.</source>
        <translation>%1 未注明所属配置。</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>%2 第 %1 行：%3</translation>
    </message>
</context>
<context>
    <name>LedgerKeeping</name>
    <message>
        <source>The folder %1 cannot be created, so the audit ledger cannot be kept.</source>
        <translation>无法创建文件夹 %1，因此无法保留审计账本。</translation>
    </message>
    <message>
        <source>The audit ledger was kept in %1.</source>
        <translation>审计账本已保留在 %1。</translation>
    </message>
    <message>
        <source>its key cannot be read</source>
        <translation>无法读取其密钥</translation>
    </message>
    <message>
        <source>The cache cannot be read (%1) and cannot be moved to %2, so its audit ledger cannot be kept.</source>
        <translation>缓存无法读取（%1），也无法移到 %2，因此无法保留其审计账本。</translation>
    </message>
    <message>
        <source>The cache could not be read (%1), so it was moved to %2 rather than deleted.</source>
        <translation>缓存无法读取（%1），因此已移到 %2，未予删除。</translation>
    </message>
    <message>
        <source>The ledger&apos;s anchors cannot be moved to %1.</source>
        <translation>无法将账本锚点移到 %1。</translation>
    </message>
</context>
<context>
    <name>LedgerReport</name>
    <message>
        <source>The time-stamp of anchor %1 does not verify: %2</source>
        <translation>锚点 %1 的时间戳校验未通过：%2</translation>
    </message>
    <message>
        <source>Entry %1 was time-stamped on %2, but the ledger no longer holds it: entries were deleted.</source>
        <translation>第 %1 条已于 %2 加盖时间戳，但账本中已没有这一条：有记录被删除。</translation>
    </message>
    <message>
        <source>Entry %1 is not what was time-stamped on %2: the ledger up to that entry was rewritten.</source>
        <translation>第 %1 条与 %2 加盖时间戳时不一致：该条及之前的账本被改写过。</translation>
    </message>
    <message>
        <source>the chain kept beside the anchors</source>
        <translation>锚点旁保存的证书链</translation>
    </message>
    <message>
        <source>The anchors were checked against the TSA chain kept beside them, which the user can replace; give the TSA&apos;s published chain to rule that out.</source>
        <translation>锚点是用其旁边保存的时间戳机构证书链校验的，而用户可以替换该文件；请提供时间戳机构公布的证书链以排除这种可能。</translation>
    </message>
    <message>
        <source>Anchor %1 has no copy outside the cache (%2).</source>
        <translation>锚点 %1 在缓存之外没有副本（%2）。</translation>
    </message>
    <message>
        <source>Anchor %1 is missing from the cache; its copy outside the cache verifies.</source>
        <translation>缓存中缺少锚点 %1；缓存之外的副本校验通过。</translation>
    </message>
    <message>
        <source>The ledger has never been time-stamped: only its key speaks for it.</source>
        <translation>账本从未加盖时间戳：只有其密钥能证明其完整。</translation>
    </message>
</context>
<context>
    <name>LogExportColumns</name>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>收发信日志</translation>
    </message>
</context>
<context>
    <name>LogExportJob</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No file name given for the export.</source>
        <translation>未指定导出文件的文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The rows changed while the report was laid out (a sync added or removed rows in the exported period), so its page numbers would not add up. Export again.</source>
        <translation>生成报告期间记录发生了变化（同步在导出的时间段内新增或删除了记录），页码将对不上。请重新导出。</translation>
    </message>
</context>
<context>
    <name>LogFilterWords</name>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>所选的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Time from %1 to %2</source>
        <translation>时间：%1 至 %2</translation>
    </message>
    <message>
        <source>Time from %1</source>
        <translation>时间：%1 起</translation>
    </message>
    <message>
        <source>Time before %1</source>
        <translation>时间：%1 之前</translation>
    </message>
    <message>
        <source>All times</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>操作内容：%1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Target contains: %1</source>
        <translation>操作对象包含：%1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>Login method: %1</source>
        <translation>登录方式：%1</translation>
    </message>
    <message>
        <source>Abnormal logins only</source>
        <translation>仅异常登录</translation>
    </message>
    <message>
        <source>Normal logins only</source>
        <translation>仅正常登录</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <source>IP address starts with: %1</source>
        <translation>IP 地址开头为：%1</translation>
    </message>
    <message>
        <source>Mail type: %1</source>
        <translation>邮件类型：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Subject contains: %1</source>
        <translation>主题包含：%1</translation>
    </message>
    <message>
        <source>Read mails only</source>
        <translation>仅已读邮件</translation>
    </message>
    <message>
        <source>Unread mails only</source>
        <translation>仅未读邮件</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>无筛选条件</translation>
    </message>
    <message>
        <source>At most %1 rows</source>
        <translation>最多 %1 行</translation>
    </message>
</context>
<context>
    <name>LogTexts</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Webmail login</source>
        <translation>WebMail登录</translation>
    </message>
    <message>
        <source>Mail Master app</source>
        <translation>邮箱大师</translation>
    </message>
    <message>
        <source>Proprietary protocol</source>
        <translation>专有协议</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
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
        <translation>收信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发信</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>投递成功</translation>
    </message>
    <message>
        <source>Received normally</source>
        <translation>正常接收</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Delivery deferred</source>
        <translation>延迟投递</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>被拦截</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>判为垃圾邮件</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>新建帐号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑帐号</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除帐号</translation>
    </message>
    <message>
        <source>Recover account</source>
        <translation>恢复帐号</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用帐号</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>禁用帐号</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>重发激活短信</translation>
    </message>
    <message>
        <source>Move to unit</source>
        <translation>移至部门</translation>
    </message>
    <message>
        <source>Create unit</source>
        <translation>新建部门</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>删除部门</translation>
    </message>
    <message>
        <source>Update delivery policy</source>
        <translation>更新送达策略</translation>
    </message>
    <message>
        <source>Login setting for other regions/IP ranges</source>
        <translation>其他地区/ip(段)登录设置</translation>
    </message>
    <message>
        <source>Update region/IP range login rules</source>
        <translation>更新地区/ip(段)登录规则</translation>
    </message>
    <message>
        <source>Update individual login rules</source>
        <translation>更新个别规则</translation>
    </message>
    <message>
        <source>Export logs</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>Abnormal login</source>
        <translation>异常登录</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>wrong password or verification code</source>
        <translation>密码或验证码错误</translation>
    </message>
    <message>
        <source>refused by a login rule</source>
        <translation>被登录规则拒绝</translation>
    </message>
    <message>
        <source>client not allowed by the delivery policy</source>
        <translation>送达策略不允许该客户端</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>LoginLogColumns</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Login time</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Login location</source>
        <translation>登录地点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>登录结果</translation>
    </message>
    <message>
        <source>Abnormal login: flagged by the platform for an unusual place or time.</source>
        <translation>异常登录：平台因登录地点或时间异常而标记。</translation>
    </message>
    <message>
        <source>%1 (abnormal login)</source>
        <translation>%1（异常登录）</translation>
    </message>
</context>
<context>
    <name>LoginRuleDryRun</name>
    <message>
        <source>A cached login-rule list cannot be read (%1): sync the cache again.</source>
        <translation>无法读取缓存中的登录规则列表（%1）：请重新同步缓存。</translation>
    </message>
    <message>
        <source>The cache holds no login rules of the domain yet: sync it first.</source>
        <translation>缓存中还没有域的登录规则：请先同步。</translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation>模拟运行已取消。</translation>
    </message>
</context>
<context>
    <name>LoginRuleLint</name>
    <message>
        <source>Rule %1 can never match: rules %2 (0.0.0.0/0) and %3 (::/0) before it match every address.</source>
        <translation>第%1条规则永远不会生效：它之前的第%2条（0.0.0.0/0）和第%3条（::/0）规则已匹配所有地址。</translation>
    </message>
    <message>
        <source>Rule %1 can never match: rule %2 names the same region (%3) before it.</source>
        <translation>第%1条规则永远不会生效：它之前的第%2条规则已指定同一地区（%3）。</translation>
    </message>
    <message>
        <source>Rule %1 can never match: rule %2 (%3) comes first and matches every login from %4.</source>
        <translation>第%1条规则永远不会生效：第%2条规则（%3）在前，已匹配来自%4的所有登录。</translation>
    </message>
    <message>
        <source>Rule %1 can never match: its network %2 lies inside %3 of rule %4, which comes first.</source>
        <translation>第%1条规则永远不会生效：其网段%2位于前面第%4条规则的%3之内。</translation>
    </message>
    <message>
        <source>The default (%1) is meaningless: rules %2 (0.0.0.0/0) and %3 (::/0) match every address before it.</source>
        <translation>默认设置（%1）不起作用：之前的第%2条（0.0.0.0/0）和第%3条（::/0）规则已匹配所有地址。</translation>
    </message>
</context>
<context>
    <name>LoginRuleTexts</name>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>IP network (CIDR)</source>
        <translation>IP 段（CIDR）</translation>
    </message>
    <message>
        <source>rule %1 of the domain&apos;s list (%2)</source>
        <translation>域列表第 %1 条规则（%2）</translation>
    </message>
    <message>
        <source>rule %1 of the account&apos;s list (%2)</source>
        <translation>账号列表第 %1 条规则（%2）</translation>
    </message>
    <message>
        <source>the domain&apos;s default</source>
        <translation>域的默认设置</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>账号的默认设置</translation>
    </message>
    <message>
        <source>Allowed, decided by %1.</source>
        <translation>允许，由%1决定。</translation>
    </message>
    <message>
        <source>Refused, decided by %1.</source>
        <translation>拒绝，由%1决定。</translation>
    </message>
</context>
<context>
    <name>MailLogColumns</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Mail type</source>
        <translation>邮件类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>邮件主题</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Read time</source>
        <translation>阅读时间</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>阅读方式</translation>
    </message>
</context>
<context>
    <name>MobileError</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号。</translation>
    </message>
    <message numerus="yes">
        <source>A mobile number has 11 digits, but %n were entered.</source>
        <translation>
            <numerusform>手机号应为 11 位，但输入了 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 of the mobile number is not allowed: use digits, spaces, dashes and a leading +86.</source>
        <translation>手机号的第 %1 个字符无效：只能使用数字、空格、连字符以及开头的 +86。</translation>
    </message>
    <message>
        <source>This is not a mainland China mobile number: it must start with 13 to 19, optionally after +86.</source>
        <translation>这不是中国大陆手机号：必须以 13 至 19 开头（前面可加 +86）。</translation>
    </message>
</context>
<context>
    <name>OperationLogColumns</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>操作对象</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>操作时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>操作结果</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
</context>
<context>
    <name>OutboxExecutor</name>
    <message>
        <source>The saved details of this action cannot be read.</source>
        <translation>无法读取此操作已保存的详细信息。</translation>
    </message>
    <message>
        <source>This version cannot carry out this kind of action.</source>
        <translation>此版本无法执行这类操作。</translation>
    </message>
    <message>
        <source>The program stopped while this password reset was running. If the reset happened, its one-time password is lost. Reset the password again.</source>
        <translation>执行此次密码重置时程序停止了。如果重置已经生效，其一次性密码已丢失。请重新重置密码。</translation>
    </message>
    <message>
        <source>The document changed after this change was queued, possibly by this very change before the program stopped. Review the document and apply the change again if it is still needed.</source>
        <translation>此变更加入队列后，相应的配置文档已被修改（可能正是此变更在程序停止前所做的修改）。请检查该配置文档，如仍需要，请重新应用此变更。</translation>
    </message>
    <message>
        <source>The account was created, but its address basis was not recorded: %1 Retry this action to record it.</source>
        <translation>账号已创建，但未能登记其送达地址依据：%1请重试此操作以完成登记。</translation>
    </message>
</context>
<context>
    <name>PdfLogReport</name>
    <message>
        <source>A PDF report needs Qt&apos;s graphical libraries, which this program did not start.</source>
        <translation>生成 PDF 报告需要 Qt 图形库，但本程序未启动图形库。</translation>
    </message>
    <message>
        <source>Generated %1 by %2 · %3 rows</source>
        <translation>由 %2 于 %1 生成 · 共 %3 行</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选条件：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>PdfTextLayer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PolicyDrift</name>
    <message>
        <source>The cached policy of %1 %2 cannot be read (%3); rebuild the cache.</source>
        <translation>无法读取缓存中 %1 %2 的策略（%3）；请重建缓存。</translation>
    </message>
    <message>
        <source>The cache holds no policy yet: sync it first (dmctl sync --stream policy).</source>
        <translation>缓存中还没有策略：请先同步（dmctl sync --stream policy）。</translation>
    </message>
</context>
<context>
    <name>PolicyLayersReader</name>
    <message>
        <source>The cache holds no delivery policy yet: sync first.</source>
        <translation>缓存中还没有送达策略：请先同步。</translation>
    </message>
    <message>
        <source>No account %1 in the cache: check the name, or sync the accounts.</source>
        <translation>缓存中没有账号 %1：请检查账号名，或同步账号。</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>请选择单位。</translation>
    </message>
</context>
<context>
    <name>PolicySync</name>
    <message>
        <source>policy and login-rule documents up to date</source>
        <translation>策略和登录规则文档已是最新</translation>
    </message>
    <message>
        <source>policy documents (domain and units)</source>
        <translation>策略文档（域和单位）</translation>
    </message>
    <message>
        <source>login-rule documents (domain)</source>
        <translation>登录规则文档（域）</translation>
    </message>
</context>
<context>
    <name>PolicyTexts</name>
    <message>
        <source>Mail with other domains</source>
        <translation>域外收发信</translation>
    </message>
    <message>
        <source>Shown in address books</source>
        <translation>在通讯录中显示</translation>
    </message>
    <message>
        <source>Allowed mail clients</source>
        <translation>允许的客户端</translation>
    </message>
    <message>
        <source>Automatic forwarding</source>
        <translation>自动转发</translation>
    </message>
    <message>
        <source>SMS code at every login</source>
        <translation>登录时强制短信验证</translation>
    </message>
    <message>
        <source>Trusted browser (days)</source>
        <translation>信任浏览器（天）</translation>
    </message>
    <message>
        <source>Password: minimum length</source>
        <translation>密码：最短长度</translation>
    </message>
    <message>
        <source>Password: character kinds required</source>
        <translation>密码：须含字符种类</translation>
    </message>
    <message>
        <source>Password: expires after (days)</source>
        <translation>密码：有效期（天）</translation>
    </message>
    <message>
        <source>Password: no runs like 123 or abc</source>
        <translation>密码：禁止连续字符（如 123、abc）</translation>
    </message>
    <message>
        <source>Abnormal login: alert by SMS</source>
        <translation>异常登录：短信提醒</translation>
    </message>
    <message>
        <source>Abnormal login: alert by mail</source>
        <translation>异常登录：邮件提醒</translation>
    </message>
    <message>
        <source>Neither send nor receive</source>
        <translation>禁止收发</translation>
    </message>
    <message>
        <source>Receive only</source>
        <translation>仅允许接收</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>允许收发</translation>
    </message>
    <message>
        <source>Webmail</source>
        <translation>Webmail</translation>
    </message>
    <message>
        <source>Mail Master app</source>
        <translation>邮箱大师</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次都验证</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 4 kinds</source>
        <translation>
            <numerusform>%n 种（共 4 种）</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Set here</source>
        <translation>本级设置</translation>
    </message>
    <message>
        <source>Inherited from the unit</source>
        <translation>继承自单位</translation>
    </message>
    <message>
        <source>Inherited from the domain</source>
        <translation>继承自域</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
</context>
<context>
    <name>ResultCodes</name>
    <message>
        <source>The platform answered with an unknown result code %1.</source>
        <translation>平台返回了未知的结果码 %1。</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>The platform had a system error.</source>
        <translation>平台发生系统错误。</translation>
    </message>
    <message>
        <source>A service inside the platform failed.</source>
        <translation>平台内部服务出错。</translation>
    </message>
    <message>
        <source>The platform refused the request under one of its rules.</source>
        <translation>平台依据业务规则拒绝了该请求。</translation>
    </message>
    <message>
        <source>The platform has no such record.</source>
        <translation>平台上没有该记录。</translation>
    </message>
    <message>
        <source>The platform did not accept this connection&apos;s credentials.</source>
        <translation>平台不接受此连接的凭据。</translation>
    </message>
    <message>
        <source>The platform does not know this application or organisation.</source>
        <translation>平台找不到此应用或组织。</translation>
    </message>
    <message>
        <source>The platform denied access.</source>
        <translation>平台拒绝访问。</translation>
    </message>
    <message>
        <source>The platform does not accept requests from this computer&apos;s IP address.</source>
        <translation>平台不接受来自本机 IP 地址的请求。</translation>
    </message>
    <message>
        <source>This application is not permitted to use this platform function.</source>
        <translation>此应用无权使用该平台功能。</translation>
    </message>
    <message>
        <source>The platform&apos;s access token is unavailable.</source>
        <translation>平台的访问令牌不可用。</translation>
    </message>
    <message>
        <source>The access token expired.</source>
        <translation>访问令牌已过期。</translation>
    </message>
    <message>
        <source>The refresh token expired.</source>
        <translation>刷新令牌已过期。</translation>
    </message>
    <message>
        <source>The platform could not issue a token.</source>
        <translation>平台无法签发令牌。</translation>
    </message>
    <message>
        <source>The organisation&apos;s authorization has expired.</source>
        <translation>组织的授权已过期。</translation>
    </message>
    <message>
        <source>The application&apos;s registration has expired.</source>
        <translation>应用的注册已过期。</translation>
    </message>
    <message>
        <source>The platform could not understand the request.</source>
        <translation>平台无法识别该请求。</translation>
    </message>
    <message>
        <source>A field of the request is invalid.</source>
        <translation>请求中的某个字段无效。</translation>
    </message>
    <message>
        <source>The platform refused a repeated request.</source>
        <translation>平台拒绝了重复的请求。</translation>
    </message>
    <message>
        <source>Too many requests: the platform asks us to slow down.</source>
        <translation>请求过于频繁：平台要求降低请求速度。</translation>
    </message>
    <message>
        <source>This application sent too many requests: the platform asks us to slow down.</source>
        <translation>此应用的请求过于频繁：平台要求降低请求速度。</translation>
    </message>
    <message>
        <source>The platform refused the request headers (check this computer&apos;s clock).</source>
        <translation>平台拒绝了请求头（请检查本机时钟）。</translation>
    </message>
    <message>
        <source>A service the platform depends on failed.</source>
        <translation>平台所依赖的第三方服务出错。</translation>
    </message>
</context>
<context>
    <name>StatsComparison</name>
    <message>
        <source>The platform&apos;s figures could not be read: %1</source>
        <translation>无法读取平台数据：%1</translation>
    </message>
    <message>
        <source>The platform does not count this; the figure is the cache&apos;s.</source>
        <translation>平台不统计此项；此数据来自缓存。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more day(s)</source>
        <translation>
            <numerusform>%1及另外 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s figures changed after the cache&apos;s last sync (up to %1). Sync to bring the cache up to date.</source>
        <translation>缓存上次同步（截至 %1）后，平台数据已有变化。请同步以更新缓存。</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>已发送文书</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>投递成功</translation>
    </message>
    <message>
        <source>Not delivered (intercepted, spam, deferred)</source>
        <translation>未投递成功（被拦截、判为垃圾邮件、延迟投递）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Documents sent minus delivered, as the platform counts them.</source>
        <translation>按平台统计口径，为已发送文书数减去投递成功数。</translation>
    </message>
    <message>
        <source>Read by now; the cache knows the reads up to its last sync.</source>
        <translation>截至目前的已读数；缓存仅掌握其上次同步之前的阅读记录。</translation>
    </message>
    <message numerus="yes">
        <source>Read within %n day(s) of delivery</source>
        <translation>
            <numerusform>送达后 %n 天内已读</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1 The figures are the cache&apos;s.</source>
        <translation>未显示平台数据：%1此处显示的是缓存中的数据。</translation>
    </message>
    <message>
        <source>The figures differ on %1.</source>
        <translation>以下日期的数据不一致：%1。</translation>
    </message>
    <message>
        <source>The platform and the cache agree on every day of the period.</source>
        <translation>该时段内每一天的平台数据与缓存数据均一致。</translation>
    </message>
    <message>
        <source>How soon documents were read is known to the cache only.</source>
        <translation>文书送达后多久被阅读，仅缓存中有数据。</translation>
    </message>
    <message>
        <source>Normal logins</source>
        <translation>正常登录</translation>
    </message>
    <message>
        <source>Abnormal logins</source>
        <translation>异常登录</translation>
    </message>
    <message>
        <source>All logins</source>
        <translation>全部登录</translation>
    </message>
    <message>
        <source>The cache ranks the provinces by its own count; the platform gives the count of each.</source>
        <translation>省份按缓存中的登录次数排序；平台给出各省份的登录次数。</translation>
    </message>
    <message>
        <source>The cache holds no located logins in the period.</source>
        <translation>缓存中没有该时段内可确定地点的登录记录。</translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1</source>
        <translation>未显示平台数据：%1</translation>
    </message>
    <message>
        <source>The platform and the cache agree for every province shown.</source>
        <translation>所列各省份的平台数据与缓存数据均一致。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>已发送激活短信</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>首次登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>The platform&apos;s figures are not shown: %1 The funnel shows the cache&apos;s.</source>
        <translation>未显示平台数据：%1漏斗图显示的是缓存中的数据。</translation>
    </message>
    <message>
        <source>Accounts changed on the platform after the cache&apos;s last sync of the accounts (created, deleted or further in activation). Sync to bring the cache up to date.</source>
        <translation>缓存上次同步账号后，平台上的账号有了变化（新建、删除或激活有进展）。请同步以更新缓存。</translation>
    </message>
    <message>
        <source>The funnel shows the platform&apos;s figures; the cache agrees.</source>
        <translation>漏斗图显示的是平台数据；缓存数据与之一致。</translation>
    </message>
    <message>
        <source>The mail log has not been synced into the cache yet.</source>
        <translation>收发信日志尚未同步到缓存。</translation>
    </message>
    <message>
        <source>The login log has not been synced into the cache yet.</source>
        <translation>登录日志尚未同步到缓存。</translation>
    </message>
    <message>
        <source>The cache holds the mail log up to %1; what happened later is not in it yet. Sync to compare.</source>
        <translation>缓存中的收发信日志截至 %1，此后的记录尚未同步。请同步后再对照。</translation>
    </message>
    <message>
        <source>The cache holds the login log up to %1; what happened later is not in it yet. Sync to compare.</source>
        <translation>缓存中的登录日志截至 %1，此后的记录尚未同步。请同步后再对照。</translation>
    </message>
    <message>
        <source>The cache holds the mail log from %1 on only.</source>
        <translation>缓存中的收发信日志仅从 %1 开始。</translation>
    </message>
    <message>
        <source>The cache holds the login log from %1 on only.</source>
        <translation>缓存中的登录日志仅从 %1 开始。</translation>
    </message>
</context>
<context>
    <name>SupportTexts</name>
    <message>
        <source>Cache check passed.</source>
        <translation>缓存校验通过。</translation>
    </message>
    <message>
        <source>Cache check FAILED.</source>
        <translation>缓存校验未通过。</translation>
    </message>
    <message>
        <source>integrity: FAILED (%1)</source>
        <translation>完整性：失败（%1）</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>integrity: FAILED, %n problem(s)</source>
        <translation>
            <numerusform>完整性：失败，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: FAILED (%1)</source>
        <translation>审计账本：失败（%1）</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries</source>
        <translation>
            <numerusform>审计账本：正常，%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN at entry %1: %2</source>
        <translation>审计账本：在第 %1 条记录处损坏：%2</translation>
    </message>
    <message>
        <source>(no such log: %1)</source>
        <translation>（无此日志：%1）</translation>
    </message>
    <message>
        <source>(the log could not be read: %1)</source>
        <translation>（无法读取该日志：%1）</translation>
    </message>
    <message numerus="yes">
        <source>(only the last %n byte(s) of this log)</source>
        <translation>
            <numerusform>（仅含此日志的最后 %n 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>cannot make %1 readable by you alone</source>
        <translation>无法将 %1 设为仅您本人可读</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>cannot move the bundle to %1</source>
        <translation>无法将诊断包移到 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>（%n 字节的二进制数据）</numerusform>
        </translation>
    </message>
    <message>
        <source>(a value of type %1)</source>
        <translation>（类型为 %1 的值）</translation>
    </message>
    <message>
        <source>QtKeychain: Windows Credential Manager</source>
        <translation>QtKeychain：Windows 凭据管理器</translation>
    </message>
    <message>
        <source>QtKeychain: macOS Keychain</source>
        <translation>QtKeychain：macOS 钥匙串</translation>
    </message>
    <message>
        <source>QtKeychain: Secret Service or KWallet, whichever the desktop session runs</source>
        <translation>QtKeychain：Secret Service 或 KWallet（以桌面会话实际运行的为准）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Delivery Mailbox Admin: %1</source>
        <translation>送达邮箱管理台：%1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt：%1（构建时为 %2）</translation>
    </message>
    <message>
        <source>OpenSSL: %1 (Qt Network was built with %2)</source>
        <translation>OpenSSL：%1（Qt Network 构建时使用 %2）</translation>
    </message>
    <message>
        <source>SQLCipher: %1 (SQLite %2)</source>
        <translation>SQLCipher：%1（SQLite %2）</translation>
    </message>
    <message>
        <source>Operating system: %1</source>
        <translation>操作系统：%1</translation>
    </message>
    <message>
        <source>Platform capabilities: not connected</source>
        <translation>平台功能：未连接</translation>
    </message>
    <message>
        <source>Platform capabilities: not checked yet</source>
        <translation>平台功能：尚未检查</translation>
    </message>
    <message>
        <source>Platform capabilities:</source>
        <translation>平台功能：</translation>
    </message>
    <message>
        <source>Cache check incomplete: the local checks passed, the counts were not compared.</source>
        <translation>缓存校验未完成：本地校验已通过，但未核对数量。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 count checks match</source>
        <translation>%1：%3 项数量核对中有 %2 项一致</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1：本平台未提供</translation>
    </message>
    <message>
        <source>gap: %1: %2 in the cache, %3 on the platform</source>
        <translation>不一致：%1：缓存中 %2，平台上 %3</translation>
    </message>
    <message>
        <source>The count checks were cancelled.</source>
        <translation>数量核对已取消。</translation>
    </message>
    <message>
        <source>count checks: not run (%1)</source>
        <translation>数量核对：未进行（%1）</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>Sync of %1 stopped: %2</source>
        <translation>%1 同步中止：%2</translation>
    </message>
    <message>
        <source>Sync of %1 was cancelled.</source>
        <translation>%1 同步已取消。</translation>
    </message>
</context>
<context>
    <name>SyncPreferences</name>
    <message>
        <source>History (days): enter a number of days from %1 to %2.</source>
        <translation>历史天数：请输入 %1 至 %2 之间的天数。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>No file name given for the export.</source>
        <translation>未指定导出文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>无法写入 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>TextDecodeError</name>
    <message>
        <source>Line %1 of the file is not valid UTF-8. Choose the GBK encoding, or save the file as CSV UTF-8.</source>
        <translation>文件第 %1 行不是有效的 UTF-8 文本。请选择 GBK 编码，或将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>Line %1 of the file is neither UTF-8 nor GBK text. Save the file as CSV UTF-8 and try again.</source>
        <translation>文件第 %1 行既不是 UTF-8 文本，也不是 GBK 文本。请将文件另存为“CSV UTF-8”格式后重试。</translation>
    </message>
    <message>
        <source>The file is UTF-16 &quot;Unicode text&quot;. Save it as CSV UTF-8 (comma delimited) instead.</source>
        <translation>该文件是 UTF-16 编码的“Unicode 文本”。请改为另存为“CSV UTF-8(逗号分隔)”格式。</translation>
    </message>
    <message>
        <source>Line %1 contains binary data: this is not a CSV text file.</source>
        <translation>第 %1 行包含二进制数据：这不是 CSV 文本文件。</translation>
    </message>
    <message>
        <source>This build cannot read GBK text. Save the file as CSV UTF-8 and try again.</source>
        <translation>此版本无法读取 GBK 文本。请将文件另存为“CSV UTF-8”格式后重试。</translation>
    </message>
</context>
<context>
    <name>TimelineColumns</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>%1 (needs attention)</source>
        <translation>%1（需关注）</translation>
    </message>
</context>
<context>
    <name>TimelineTexts</name>
    <message>
        <source>Account created</source>
        <translation>已创建账号</translation>
    </message>
    <message>
        <source>Activation SMS resent</source>
        <translation>已重发激活短信</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>已发送激活短信</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>首次登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>收到邮件</translation>
    </message>
    <message>
        <source>Mail read</source>
        <translation>阅读邮件</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>发出邮件</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作内容</translation>
    </message>
    <message>
        <source>Policy change</source>
        <translation>策略变更</translation>
    </message>
    <message>
        <source>read with %1</source>
        <translation>阅读方式：%1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>发件人：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>操作人：%1</translation>
    </message>
    <message>
        <source>The delivery mailbox was created on the platform</source>
        <translation>已在平台上创建送达邮箱</translation>
    </message>
    <message numerus="yes">
        <source>The latest activation SMS (%n reminder(s) after the first)</source>
        <translation>
            <numerusform>最近一次激活短信（首次发送后又提醒了 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation SMS with the first login details</source>
        <translation>含首次登录信息的激活短信</translation>
    </message>
    <message>
        <source>The recipient logged in for the first time</source>
        <translation>受送达人首次登录</translation>
    </message>
    <message>
        <source>The recipient finished activating the mailbox</source>
        <translation>受送达人已完成邮箱激活</translation>
    </message>
</context>
<context>
    <name>WorklistCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>XlsxLogWriter</name>
    <message>
        <source>Cannot write %1 (zip error %2).</source>
        <translation>无法写入 %1（ZIP 错误 %2）。</translation>
    </message>
</context>
<context>
    <name>dm::AboutDialog</name>
    <message>
        <source>About Delivery Mailbox Admin</source>
        <translation>关于送达邮箱管理台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Administers official document delivery mailboxes: accounts, activation, delivery permissions and logs.</source>
        <translation>管理公文送达邮箱的账号、激活、送达权限和日志。</translation>
    </message>
    <message>
        <source>Delivery Mailbox Admin</source>
        <translation>送达邮箱管理台</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>dm::AccountDetailPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts selected.</source>
        <translation>
            <numerusform>已选择 %n 个账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its details, activation and logins.</source>
        <translation>选择一个账号，即可查看其详细信息、激活进度和登录记录。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The last change failed. Run the action again or see the operation results.</source>
        <translation>上次变更失败。请重新执行该操作，或查看操作结果。</translation>
    </message>
    <message>
        <source>A change is waiting to be sent to the platform.</source>
        <translation>有一项变更正等待发送到平台。</translation>
    </message>
    <message>
        <source>None pending</source>
        <translation>无待处理的变更</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>已发送激活短信</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n resent</source>
        <translation>
            <numerusform>已重发 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>First login</source>
        <translation>首次登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>No logins in the cached log.</source>
        <translation>缓存的日志中没有登录记录。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>邮箱地址：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案号：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>变更：</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Reveal ID number</source>
        <translation>显示完整身份证号</translation>
    </message>
    <message>
        <source>Shows the full ID number; the reveal is recorded in the audit ledger.</source>
        <translation>显示完整的身份证号；此次查看将记入审计日志。</translation>
    </message>
    <message>
        <source>Reveal mobile number</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Shows the full mobile number; the reveal is recorded in the audit ledger.</source>
        <translation>显示完整的手机号；此次查看将记入审计日志。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活进度</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activation timeline</source>
        <translation>激活时间线</translation>
    </message>
    <message>
        <source>Recent logins</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Address basis:</source>
        <translation>送达地址依据：</translation>
    </message>
</context>
<context>
    <name>dm::AccountFilterBar</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Search account, name, case number or last 4 digits of mobile (Ctrl+F)</source>
        <translation>搜索账号、姓名、案号或手机号后 4 位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账号</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>激活状态(&amp;A)：</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <source>Created &amp;from</source>
        <translation>创建于(&amp;F)</translation>
    </message>
    <message>
        <source>Filter by creation date</source>
        <translation>按创建日期筛选</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>创建截止日期</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>dm::AccountFormDialog</name>
    <message>
        <source>Checking whether the name is free…</source>
        <translation>正在检查账号名是否可用…</translation>
    </message>
    <message>
        <source>This account name is already taken.</source>
        <translation>此账号名已被占用。</translation>
    </message>
    <message>
        <source>This account name is free.</source>
        <translation>此账号名可用。</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name.</source>
        <translation>请输入受送达人姓名。</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>案号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>邮件域名</translation>
    </message>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>字母、数字、. _ -</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位数字</translation>
    </message>
    <message>
        <source>optional, 18 characters</source>
        <translation>可选，18 位</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Visible in the address book</source>
        <translation>在通讯录中可见(&amp;V)</translation>
    </message>
    <message>
        <source>Changes are queued and sent to the platform; the table marks the account until the platform has confirmed them.</source>
        <translation>变更会加入队列并发送到平台；在平台确认之前，表格中会标记该账号。</translation>
    </message>
    <message>
        <source>The platform sends the recipient an activation SMS. The initial password is generated when the account is created and is never stored.</source>
        <translation>平台会向受送达人发送激活短信。初始密码在创建账号时生成，不会被保存。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the number stays masked: %1</source>
        <translation>无法记录本次查看，号码仍保持脱敏：%1</translation>
    </message>
    <message>
        <source>Address basis (optional)</source>
        <translation>送达地址依据（可选）</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>dm::AccountTableModel</name>
    <message>
        <source>The last change to this account failed; select it to see why.</source>
        <translation>此账号的上次变更失败；选中该账号可查看原因。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活状态</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>dm::AccountTimelinePage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Account timeline</source>
        <translation>账号时间线</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>Everything about one recipient from the local cache, newest first: activation, logins, mails received and read, operations and policy changes.</source>
        <translation>本地缓存中与某一受送达人有关的全部记录，最新的在前：激活、登录、收信与阅读、操作及策略变更。</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see the timeline of an account.</source>
        <translation>未打开连接配置。请打开或新建连接配置（“文件”菜单），以查看账号的时间线。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Account name, address or recipient&apos;s name</source>
        <translation>账号名、邮箱地址或受送达人姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Several accounts belong to “%1”: choose one from the list.</source>
        <translation>有多个账号属于“%1”：请从列表中选择一个。</translation>
    </message>
    <message>
        <source>Make proof-of-delivery pack…</source>
        <translation>生成送达证据包…</translation>
    </message>
    <message>
        <source>For the selected document in this recipient&apos;s mailbox.</source>
        <translation>针对该受送达人邮箱中所选的文书。</translation>
    </message>
</context>
<context>
    <name>dm::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The delivery accounts in the local cache: search, filters, details and the actions on the selected accounts.</source>
        <translation>本地缓存中的送达邮箱账号：搜索、筛选、详细信息，以及对所选账号的操作。</translation>
    </message>
</context>
<context>
    <name>dm::AccountsView</name>
    <message>
        <source>%1: the change failed: %2</source>
        <translation>%1：变更失败：%2</translation>
    </message>
    <message>
        <source>%1: the platform confirmed the change.</source>
        <translation>%1：平台已确认变更。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个账号</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its accounts.</source>
        <translation>未打开连接配置。请打开或新建连接配置（“文件”菜单），以查看其中的账号。</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>账号操作</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Re-read the cache and fetch changes from the platform (F5)</source>
        <translation>重新读取缓存，并从平台获取变更（F5）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Create an account (Ins)</source>
        <translation>创建账号（Ins）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected account (F2)</source>
        <translation>编辑所选账号（F2）</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected accounts (Del)</source>
        <translation>删除所选账号（Del）</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>重发激活短信</translation>
    </message>
    <message>
        <source>Move to unit…</source>
        <translation>移至单位…</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Enable accounts</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Disable accounts</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Move to unit</source>
        <translation>移至单位</translation>
    </message>
    <message numerus="yes">
        <source>%1: queued %n change(s)…</source>
        <translation>
            <numerusform>%1：已将 %n 项变更加入队列…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Create accounts from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件创建账号</translation>
    </message>
    <message>
        <source>Delivery policy…</source>
        <translation>送达策略…</translation>
    </message>
    <message>
        <source>The selected account&apos;s delivery policy, with where each value comes from</source>
        <translation>所选账号的送达策略，并标明每项设置的来源</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>配置已关闭。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Everything about the selected account merged by time: activation, logins, mails, operations and policy changes</source>
        <translation>按时间汇总所选账号的全部记录：激活、登录、邮件、操作及策略变更</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Record where the court got the selected recipient&apos;s address</source>
        <translation>登记法院获得所选受送达人地址的途径</translation>
    </message>
    <message>
        <source>Set address basis…</source>
        <translation>设置送达地址依据…</translation>
    </message>
    <message>
        <source>Set address basis</source>
        <translation>设置送达地址依据</translation>
    </message>
</context>
<context>
    <name>dm::ActivationFilterBar</name>
    <message>
        <source>Created in:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 180 days</source>
        <translation>最近 180 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>创建截止日期</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Include sub-units</source>
        <translation>包含下级单位</translation>
    </message>
</context>
<context>
    <name>dm::ActivationPage</name>
    <message>
        <source>Activation</source>
        <translation>激活跟踪</translation>
    </message>
    <message>
        <source>Activation tracking</source>
        <translation>激活跟踪</translation>
    </message>
    <message>
        <source>Open a profile to see how far its recipients have got with activation.</source>
        <translation>请打开连接配置，以查看其受送达人的激活进度。</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>重发激活短信</translation>
    </message>
    <message numerus="yes">
        <source>Send the activation SMS again to %n recipient(s)?</source>
        <translation>
            <numerusform>要向 %n 位受送达人重新发送激活短信吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform sends at most one activation SMS per account per minute; it refuses the others.</source>
        <translation>平台对每个账号每分钟最多发送一条激活短信，超出的请求会被拒绝。</translation>
    </message>
    <message>
        <source>Sending activation SMS: %1 of %2 done</source>
        <translation>正在发送激活短信：共 %2 条，已完成 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>Queueing %n activation SMS…</source>
        <translation>
            <numerusform>正在将 %n 条激活短信加入队列…</numerusform>
        </translation>
    </message>
    <message>
        <source>The activation SMS could not be queued: %1</source>
        <translation>无法将激活短信加入队列：%1</translation>
    </message>
    <message>
        <source>Activation SMS sent: %1, refused: %2.</source>
        <translation>激活短信已发送：%1 条，被拒绝：%2 条。</translation>
    </message>
    <message>
        <source>activation-worklist-%1.csv</source>
        <translation>激活待办清单-%1.csv</translation>
    </message>
    <message>
        <source>Export worklist</source>
        <translation>导出待办清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the worklist…</source>
        <translation>正在导出待办清单…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个账号导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The worklist could not be exported: %1</source>
        <translation>无法导出待办清单：%1</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Activation funnel of the accounts created in the period</source>
        <translation>所选时段内创建的账号的激活漏斗</translation>
    </message>
    <message>
        <source>Waiting for activation</source>
        <translation>等待激活</translation>
    </message>
    <message>
        <source>How far the recipients have got with activation: the funnel, how long the others have been waiting, and the overdue worklist with a bulk resend of the SMS.</source>
        <translation>受送达人的激活进度：激活漏斗、未激活者已等待的时长，以及可批量重发短信的逾期待办清单。</translation>
    </message>
</context>
<context>
    <name>dm::AddressBasisDialog</name>
    <message>
        <source>Set address basis</source>
        <translation>设置送达地址依据</translation>
    </message>
    <message>
        <source>Where the court got the delivery address of %1. It decides when a document sent there counts as served (人民法院在线诉讼规则, Art. 31). The change is queued and sent to the platform.</source>
        <translation>法院获得 %1 的送达地址的途径。它决定发送至该地址的文书何时视为送达（《人民法院在线诉讼规则》第三十一条）。此变更会加入队列并发送到平台。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dm::AddressBasisEditor</name>
    <message>
        <source>required: the number of the address confirmation</source>
        <translation>必填：送达地址确认书的编号</translation>
    </message>
    <message>
        <source>optional: where it was provided, or how it was found</source>
        <translation>可选：地址的提供出处，或查明方式</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>依据(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>依据材料(&amp;R)：</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Address basis</source>
        <translation>送达地址依据</translation>
    </message>
    <message>
        <source>Date of the address basis</source>
        <translation>送达地址依据的日期</translation>
    </message>
    <message>
        <source>When the recipient confirmed or provided the address, or the court found it</source>
        <translation>受送达人确认或提供该地址、或法院查明该地址的日期</translation>
    </message>
    <message>
        <source>Reference of the address basis</source>
        <translation>送达地址依据的材料</translation>
    </message>
</context>
<context>
    <name>dm::AgeingBucketsWidget</name>
    <message>
        <source>under %1 days</source>
        <translation>%1 天以内</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>任意时长</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 至 %2 天</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 天及以上</translation>
    </message>
    <message>
        <source>Waiting %1: %2</source>
        <translation>已等待 %1：%2</translation>
    </message>
    <message>
        <source>Waiting %1, %2 accounts; shows them in the worklist</source>
        <translation>已等待 %1，共 %2 个账号；在待办清单中显示这些账号</translation>
    </message>
    <message>
        <source>Waiting for activation in all: %1</source>
        <translation>等待激活的账号共计：%1</translation>
    </message>
    <message>
        <source>Accounts not yet activated, by time since the last activation SMS:</source>
        <translation>尚未激活的账号，按距上次发送激活短信的时长分组：</translation>
    </message>
</context>
<context>
    <name>dm::BaselineDialog</name>
    <message>
        <source>Baseline of this profile</source>
        <translation>本配置的基线</translation>
    </message>
    <message>
        <source>The drift scan lists every place whose policy allows more than this baseline. It starts as the brochure&apos;s delivery mailbox and may only be made stricter.</source>
        <translation>偏离检查会列出策略宽于此基线的每一处。基线起始于手册规定的送达邮箱设置，只能收紧，不能放宽。</translation>
    </message>
    <message>
        <source>Brochure&apos;s baseline</source>
        <translation>手册基线</translation>
    </message>
    <message>
        <source>Start again from the brochure&apos;s delivery mailbox</source>
        <translation>恢复为手册规定的送达邮箱设置</translation>
    </message>
    <message>
        <source>A baseline may only be stricter than the brochure&apos;s. These settings allow more: %1.</source>
        <translation>基线只能比手册基线更严格。以下设置比手册更宽：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>dm::BulkPolicyPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个部门</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n 个帐号</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to several</source>
        <translation>批量应用</translation>
    </message>
    <message>
        <source>Set these settings on %1, as one batch through the outbox?

%2</source>
        <translation>将以下设置作为一个批次经发件队列应用到 %1？

%2</translation>
    </message>
    <message numerus="yes">
        <source>Queuing %n change(s)…</source>
        <translation>
            <numerusform>正在将 %n 项更改加入队列…</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch could not be queued: %1</source>
        <translation>无法将该批次加入发件队列：%1</translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n target(s)…</source>
        <translation>
            <numerusform>正在应用到 %n 个对象…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied to all %n target(s). Reading the policy back…</source>
        <translation>
            <numerusform>已应用到全部 %n 个对象。正在从平台读回策略…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; sync and apply again.</source>
        <translation>已应用 %1 个，失败 %2 个，详见列表。自上次同步后被其他客户端修改过的对象保持原样；请同步后重新应用。</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n target(s)…</source>
        <translation>
            <numerusform>应用到 %n 个对象…</numerusform>
        </translation>
    </message>
    <message>
        <source>Units</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帐号</translation>
    </message>
    <message>
        <source>Add an account by name</source>
        <translation>按帐号名添加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose the settings with &quot;Override here&quot;, check the targets, then apply</source>
        <translation>用“在此覆盖”选择要设置的项，勾选对象，然后应用</translation>
    </message>
    <message numerus="yes">
        <source>Applied to all %n target(s); the policy was read back from the platform.</source>
        <translation>
            <numerusform>已应用到全部 %n 个对象，并已从平台读回策略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied to %1, failed on %2: see the list. A target another client changed since the last sync is left as it is; apply again now that the policy was read back.</source>
        <translation>已应用 %1 个，失败 %2 个，详见列表。自上次同步后被其他客户端修改过的对象保持原样；策略已读回，可重新应用。</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>应用到</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>对象列表</translation>
    </message>
    <message>
        <source>Account to add</source>
        <translation>要添加的账号</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果列表</translation>
    </message>
</context>
<context>
    <name>dm::BulkResultDialog</name>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: finished. %2 done, %3 failed.</source>
        <translation>%1：已结束。成功 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <source>%1: cancelled after %2 of %3. The rest was not sent.</source>
        <translation>%1：共 %3 个，完成 %2 个后已取消。其余的未发送。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 finished, %4 failed…</source>
        <translation>%1：共 %3 个，已完成 %2 个，失败 %4 个…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果列表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel remaining</source>
        <translation>取消其余操作</translation>
    </message>
</context>
<context>
    <name>dm::CacheSettingsPanel</name>
    <message>
        <source>This profile is read-only.</source>
        <translation>此连接配置为只读配置。</translation>
    </message>
    <message>
        <source>Checking every page of the file and the audit ledger…</source>
        <translation>正在校验文件的每个页面和审计账本…</translation>
    </message>
    <message>
        <source>Comparing the cache&apos;s rows with the platform&apos;s counts…</source>
        <translation>正在将缓存中的记录数与平台的数量进行核对…</translation>
    </message>
    <message>
        <source>File: intact (every page&apos;s seal checks).</source>
        <translation>文件：完好（每个页面的封印均校验通过）。</translation>
    </message>
    <message numerus="yes">
        <source>File: %n problem(s): %1</source>
        <translation>
            <numerusform>文件：%n 个问题：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit ledger: intact, %n entries.</source>
        <translation>
            <numerusform>审计账本：完好，共 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit ledger: BROKEN: %1</source>
        <translation>审计账本：已损坏：%1</translation>
    </message>
    <message>
        <source>Counts: not compared, a sync is running; check again when it has finished.</source>
        <translation>数量：未核对，正在同步；请在同步完成后重新校验。</translation>
    </message>
    <message>
        <source>Counts: not all compared: %1</source>
        <translation>数量：未能全部核对：%1</translation>
    </message>
    <message>
        <source>%1: %2 in the cache, %3 on the platform</source>
        <translation>%1：缓存中 %2，平台上 %3</translation>
    </message>
    <message numerus="yes">
        <source>Counts: %n difference(s) with the platform (a sync fetches what is missing): %1</source>
        <translation>
            <numerusform>数量：与平台有 %n 处不一致（同步会获取缺少的记录）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts: all %n check(s) match the platform.</source>
        <translation>
            <numerusform>数量：全部 %n 项核对均与平台一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the cache</source>
        <translation>重建缓存</translation>
    </message>
    <message>
        <source>The cache file is deleted and filled again from the platform by a full sync, which takes a while.

Kept: the audit ledger. It is saved whole (ledger.jsonl) with its time-stamps in a new kept-… folder in %1 before the file goes, and the new ledger&apos;s first entry says where.
Lost: changes still waiting in the outbox, and log rows older than the history the next sync reaches.

Rebuild now?</source>
        <translation>缓存文件将被删除，并通过一次完整同步从平台重新填充，需要一段时间。

保留：审计账本。删除文件前，审计账本将连同其时间戳完整保存（ledger.jsonl）到 %1 中新建的 kept-… 文件夹，新账本的第一条记录会注明保存位置。
丢失：仍在待发送队列中等待的更改，以及早于下次同步所能追溯的历史范围的日志记录。

现在重建吗？</translation>
    </message>
    <message>
        <source>Purge old log rows</source>
        <translation>清除旧日志记录</translation>
    </message>
    <message numerus="yes">
        <source>Remove the operation, login and mail log rows older than %n day(s) (before %1) from this computer&apos;s cache?

The platform keeps its logs; the next syncs do not fetch these rows again (a rebuild would). The purge is recorded in the audit ledger.</source>
        <translation>
            <numerusform>要从本机缓存中删除 %n 天以前（%1 之前）的操作日志、登录日志和邮件日志记录吗？

平台仍保留其日志；之后的同步不会再次获取这些记录（重建缓存则会）。此次清除将记入审计账本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <source>Nothing was purged: %1</source>
        <translation>未清除任何记录：%1</translation>
    </message>
    <message>
        <source>Removed %1 operation, %2 login and %3 mail rows from before %4; the audit ledger records it.</source>
        <translation>已删除 %4 之前的 %1 条操作日志、%2 条登录日志和 %3 条邮件日志记录；此次清除已记入审计账本。</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the folder of the encrypted cache file</source>
        <translation>显示加密缓存文件所在的文件夹</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <source>Check every page&apos;s seal, the audit ledger&apos;s chain, and each log against the platform&apos;s counts, as dmctl cache verify does</source>
        <translation>校验每个页面的封印和审计账本的链，并将各日志与平台的数量进行核对，与 dmctl cache verify 相同</translation>
    </message>
    <message>
        <source>Rebuild…</source>
        <translation>重建…</translation>
    </message>
    <message>
        <source>Purge log rows older than</source>
        <translation>清除早于以下天数的日志记录</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>清除…</translation>
    </message>
</context>
<context>
    <name>dm::CasePage</name>
    <message>
        <source>Case delivery</source>
        <translation>案件送达</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>This mail is not in the cache any more.</source>
        <translation>缓存中已没有这封邮件。</translation>
    </message>
    <message>
        <source>This is not a case number. Type it as %1 (full-width brackets are fine).</source>
        <translation>这不是有效的案号。请按 %1 的格式输入（也可使用全角括号）。</translation>
    </message>
    <message>
        <source>Type a case number, e.g. %1, or open a document from the mail log.</source>
        <translation>请输入案号（例如 %1），或从收发信日志中打开一份文书。</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在读取缓存…</translation>
    </message>
    <message>
        <source>The subject “%1” names no case number: its deliveries are shown.</source>
        <translation>主题“%1”中没有案号：下面显示该邮件的送达情况。</translation>
    </message>
    <message>
        <source>No document and no account of case %1 is in the cache.</source>
        <translation>缓存中没有案件 %1 的任何文书或账号。</translation>
    </message>
    <message>
        <source>Every document of a case from the local cache, with each recipient&apos;s delivery and read state.</source>
        <translation>本地缓存中某一案件的全部文书，以及每位受送达人的送达和阅读状态。</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see the delivery of a case.</source>
        <translation>未打开连接配置。请打开或新建连接配置（“文件”菜单），以查看案件的送达情况。</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>案号(&amp;C)：</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Open timeline</source>
        <translation>打开时间线</translation>
    </message>
    <message>
        <source>Everything about the selected recipient, merged by time (double-click does the same)</source>
        <translation>按时间汇总所选受送达人的全部记录（双击也可打开）</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n 次送达</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) with a document not opened yet</source>
        <translation>
            <numerusform>%n 位受送达人尚有文书未打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) in the accounts</source>
        <translation>
            <numerusform>账号中有 %n 位当事人</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>案件 %1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the figures of a case</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>The subject “%1” names no case number: its first %2 deliveries are shown.</source>
        <translation>主题“%1”不含案号：仅显示其前 %2 次送达。</translation>
    </message>
    <message>
        <source>Make proof-of-delivery packs…</source>
        <translation>生成送达证据包…</translation>
    </message>
    <message>
        <source>One pack per document and recipient: for the selected lines, or for the whole case when none is selected.</source>
        <translation>每份文书的每位受送达人各生成一个证据包：针对所选行；未选择任何行时，针对整个案件。</translation>
    </message>
    <message>
        <source>Verify a pack…</source>
        <translation>验证证据包…</translation>
    </message>
    <message>
        <source>Check a proof-of-delivery pack someone handed in.</source>
        <translation>验证他人提交的送达证据包。</translation>
    </message>
</context>
<context>
    <name>dm::CaseTree</name>
    <message>
        <source>Not delivered: %1</source>
        <translation>未投递成功：%1</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recipient(s) not read</source>
        <translation>
            <numerusform>%n 位受送达人中有 %1 位未读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s), none unread</source>
        <translation>
            <numerusform>%n 位受送达人，均已读</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties no document of this case has reached</source>
        <translation>尚未收到本案任何文书的当事人</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation>
            <numerusform>%n 位当事人</numerusform>
        </translation>
    </message>
    <message>
        <source>No document received</source>
        <translation>未收到文书</translation>
    </message>
    <message>
        <source>Document / recipient</source>
        <translation>文书 / 受送达人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>投递成功</translation>
    </message>
    <message>
        <source>Read with</source>
        <translation>阅读方式</translation>
    </message>
    <message>
        <source>Documents of the case and their recipients</source>
        <translation>本案文书及其受送达人</translation>
    </message>
    <message numerus="yes">
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n 位未投递成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries in all</source>
        <translation>
            <numerusform>共送达 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the figures of a document</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>dm::ComparisonModel</name>
    <message>
        <source>%1 (cache has more)</source>
        <translation>%1（缓存较多）</translation>
    </message>
    <message>
        <source>%1 (cache has fewer)</source>
        <translation>%1（缓存较少）</translation>
    </message>
    <message>
        <source>The cache has no figure for this.</source>
        <translation>缓存中没有此项数据。</translation>
    </message>
    <message>
        <source>Only the platform&apos;s figure is known.</source>
        <translation>仅有平台数据。</translation>
    </message>
    <message>
        <source>Only the cache&apos;s figure is shown: %1</source>
        <translation>仅显示缓存数据：%1</translation>
    </message>
    <message>
        <source>The platform and the cache agree.</source>
        <translation>平台数据与缓存数据一致。</translation>
    </message>
    <message>
        <source>The cache counts %1 more than the platform.</source>
        <translation>缓存比平台多 %1。</translation>
    </message>
    <message>
        <source>The cache counts %1 fewer than the platform.</source>
        <translation>缓存比平台少 %1。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>What the platform&apos;s statistics endpoints answer now</source>
        <translation>平台统计接口当前返回的数据</translation>
    </message>
    <message>
        <source>What the local cache counts over its synced logs and accounts</source>
        <translation>本地缓存根据已同步的日志和账号统计的数据</translation>
    </message>
    <message>
        <source>The cache&apos;s figure minus the platform&apos;s</source>
        <translation>缓存数据减去平台数据</translation>
    </message>
</context>
<context>
    <name>dm::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Start dmadmin with a connection, e.g. the sandbox: packaging/demo.sh</source>
        <translation>请在启动 dmadmin 时指定连接，例如沙箱：packaging/demo.sh</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接%1…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>已连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers; %n unit(s) on the platform.</source>
        <translation>
            <numerusform>%1 响应正常；平台上有 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>%1, request %2</source>
        <translation>%1，请求编号 %2</translation>
    </message>
</context>
<context>
    <name>dm::ConnectionTest</name>
    <message>
        <source>the pinned key matches</source>
        <translation>与固定的密钥一致</translation>
    </message>
    <message>
        <source>trusted by the given CA</source>
        <translation>受指定的 CA 信任</translation>
    </message>
    <message>
        <source>trusted by the system</source>
        <translation>受系统信任</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection works: the platform answered and lists %n unit(s).</source>
        <translation>
            <numerusform>连接正常：平台已响应，并列出了 %n 个单位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform cannot be reached: %1</source>
        <translation>无法连接平台：%1</translation>
    </message>
    <message>
        <source>The server is not the one this profile trusts (its key does not match the pin): %1</source>
        <translation>该服务器不是此连接配置所信任的服务器（其密钥与固定值不匹配）：%1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>安全连接失败：%1</translation>
    </message>
    <message>
        <source>The platform refused the credentials (appId, orgOpenId or authorization code): %1</source>
        <translation>平台拒绝了凭据（appId、orgOpenId 或授权码）：%1</translation>
    </message>
    <message>
        <source>The platform refused a call: %1</source>
        <translation>平台拒绝了一次调用：%1</translation>
    </message>
</context>
<context>
    <name>dm::DeleteAccountDialog</name>
    <message>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>The account %1 will be deleted on the platform. Its recipient can no longer receive documents; the account can be recovered later.</source>
        <translation>将在平台上删除账号 %1。其受送达人将无法再接收文书；该账号日后可以恢复。</translation>
    </message>
    <message>
        <source>Type the account name to confirm:</source>
        <translation>请输入账号名以确认：</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>删除账号</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts will be deleted on the platform. Their recipients can no longer receive documents; the accounts can be recovered later.</source>
        <translation>
            <numerusform>将在平台上删除 %n 个账号。其受送达人将无法再接收文书；这些账号日后可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of accounts to confirm:</source>
        <translation>请输入账号数量以确认：</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>dm::DiagnosticsExport</name>
    <message>
        <source>No session: no profile is open, so there is no cache to check.</source>
        <translation>没有会话：未打开任何连接配置，因此没有可校验的缓存。</translation>
    </message>
    <message>
        <source>The profile was closed before its cache was checked.</source>
        <translation>在校验缓存之前，该连接配置已被关闭。</translation>
    </message>
    <message>
        <source>The diagnostics were saved to %1.</source>
        <translation>诊断信息已保存到 %1。</translation>
    </message>
    <message>
        <source>The diagnostics could not be saved: %1</source>
        <translation>诊断信息未能保存：%1</translation>
    </message>
    <message>
        <source>a sync or another check is running; try again when it has finished</source>
        <translation>正在同步或进行其他校验；请在完成后重试</translation>
    </message>
</context>
<context>
    <name>dm::DriftPanel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>The cached policy meets the baseline everywhere.</source>
        <translation>缓存中的策略在各处均符合基线。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) allow more than the baseline.</source>
        <translation>
            <numerusform>%n 处设置比基线更宽松。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying the fix: %n change(s) queued…</source>
        <translation>
            <numerusform>正在修复：已将 %n 项变更加入队列…</numerusform>
        </translation>
    </message>
    <message>
        <source>The fix could not be queued: %1</source>
        <translation>无法将修复加入队列：%1</translation>
    </message>
    <message>
        <source>The fix was applied. Reading the policy back from the platform…</source>
        <translation>修复已生效。正在从平台重新读取策略…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the fix failed: %1</source>
        <translation>
            <numerusform>修复中有 %n 项变更失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>全部修复</translation>
    </message>
    <message>
        <source>Set the domain to the baseline and remove weaker unit and account overrides, as one batch through the outbox</source>
        <translation>将域设为基线，并移除比基线宽松的单位和账号覆盖设置，作为一个批次经待发送队列提交</translation>
    </message>
    <message>
        <source>The saved baseline cannot be used, so the brochure&apos;s is: %1</source>
        <translation>已保存的基线无法使用，改用手册基线：%1</translation>
    </message>
    <message>
        <source>No profile is open to keep a baseline for.</source>
        <translation>没有打开的配置，无法保存基线。</translation>
    </message>
    <message>
        <source>Policy drift %1.csv</source>
        <translation>基线偏离 %1.csv</translation>
    </message>
    <message>
        <source>Export the findings</source>
        <translation>导出偏离项</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>没有打开的配置。</translation>
    </message>
    <message>
        <source>Exporting the findings…</source>
        <translation>正在导出偏离项…</translation>
    </message>
    <message>
        <source>The findings could not be exported: %1</source>
        <translation>偏离项导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 处偏离导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compared with this profile&apos;s baseline.</source>
        <translation>对照本配置的基线。</translation>
    </message>
    <message>
        <source>Compared with the brochure&apos;s baseline.</source>
        <translation>对照手册基线。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the findings as a CSV file (recorded in the audit ledger)</source>
        <translation>将偏离项保存为 CSV 文件（记入审计台账）</translation>
    </message>
    <message>
        <source>Baseline…</source>
        <translation>基线…</translation>
    </message>
    <message>
        <source>Make this profile&apos;s baseline stricter than the brochure&apos;s</source>
        <translation>为本配置设置比手册更严格的基线</translation>
    </message>
    <message>
        <source>The baseline could not be saved: %1</source>
        <translation>基线未能保存：%1</translation>
    </message>
    <message>
        <source>Settings weaker than the baseline</source>
        <translation>比基线宽松的设置项</translation>
    </message>
</context>
<context>
    <name>dm::ExportSettingsSection</name>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Export folder: there is no folder %1.</source>
        <translation>导出文件夹：文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The export settings cannot be written to %1.</source>
        <translation>无法将导出设置写入 %1。</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export fol&amp;der:</source>
        <translation>导出文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Empty: the Documents folder</source>
        <translation>留空：使用“文档”文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>选择导出文件夹</translation>
    </message>
    <message>
        <source>Log exports and proof packs start in this folder. ID-card numbers and mobiles in exports are always masked.</source>
        <translation>导出日志和证据包时默认使用此文件夹。导出内容中的身份证号和手机号始终脱敏。</translation>
    </message>
</context>
<context>
    <name>dm::FunnelPanel</name>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>A unit counts with the units below it.</source>
        <translation>单位的统计包含其下级单位。</translation>
    </message>
    <message>
        <source>Accounts created in the period, as the platform counts them.</source>
        <translation>该时段内创建的账号，按平台统计。</translation>
    </message>
    <message>
        <source>Accounts created in the period, as the cache counts them (the platform gave no figures).</source>
        <translation>该时段内创建的账号，按缓存统计（平台未提供数据）。</translation>
    </message>
</context>
<context>
    <name>dm::FunnelWidget</name>
    <message>
        <source>all accounts of the period</source>
        <translation>该时段的全部账号</translation>
    </message>
    <message>
        <source>%1 of first logins, %2 of all</source>
        <translation>占首次登录的 %1，占全部的 %2</translation>
    </message>
    <message>
        <source>%1 of the stage before</source>
        <translation>占上一阶段的 %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Activation SMS sent</source>
        <translation>已发送激活短信</translation>
    </message>
    <message>
        <source>First login</source>
        <translation>首次登录</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Activation funnel chart</source>
        <translation>激活漏斗图</translation>
    </message>
</context>
<context>
    <name>dm::ImportCheckPage</name>
    <message>
        <source>Check the rows</source>
        <translation>检查数据行</translation>
    </message>
    <message>
        <source>Every row is checked: ID number checksum, mobile, account name rules, duplicates in the file and on the platform. Rejected rows are not imported.</source>
        <translation>每一行都会经过校验：身份证号校验位、手机号、账号名规则，以及文件内和平台上的重复项。未通过校验的行不会导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>校验报告</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>导出报告(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Bringing the cached accounts up to date, so that duplicates on the platform are known...</source>
        <translation>正在更新缓存的账号，以便识别平台上的重复项...</translation>
    </message>
    <message>
        <source>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out: %1</source>
        <translation>无法更新账号，因此不能排除平台上存在重复项：%1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)...</source>
        <translation>
            <numerusform>正在检查 %n 行...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s): </source>
        <translation>
            <numerusform>共 %n 行数据：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to create, %2 already exist, %3 rejected.</source>
        <translation>待创建 %1 行，已存在 %2 行，未通过校验 %3 行。</translation>
    </message>
    <message>
        <source>An earlier import of this file was interrupted; running it again finishes it without creating anything twice.</source>
        <translation>此文件之前的一次导入被中断；再次运行将完成剩余部分，不会重复创建。</translation>
    </message>
    <message>
        <source>Dry run: nothing will be sent.</source>
        <translation>模拟导入：不会发送任何内容。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
</context>
<context>
    <name>dm::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, UTF-8 with BOM or GBK, as Excel saves it) or an Excel workbook (.xlsx). The first row holds the column headers.</source>
        <translation>CSV 文件（UTF-8、带 BOM 的 UTF-8 或 GBK，即 Excel 保存的格式）或 Excel 工作簿（.xlsx）。第一行为列标题。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK (Excel on Chinese Windows)</source>
        <translation>GBK（中文 Windows 上的 Excel）</translation>
    </message>
    <message>
        <source>Encoding of a CSV file</source>
        <translation>CSV 文件的编码</translation>
    </message>
    <message>
        <source>&amp;Dry run: check every row against the platform, create nothing</source>
        <translation>模拟导入(&amp;D)：对照平台检查每一行，不创建任何账号</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.xlsx);;All files (*)</source>
        <translation>名册 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>正在读取文件...</translation>
    </message>
    <message>
        <source>CSV in %1</source>
        <translation>%1 编码的 CSV</translation>
    </message>
    <message>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n data row(s) below the header.</source>
        <translation>
            <numerusform>%1，表头下共有 %n 行数据。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dm::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Choose the field each column holds. Account, name and mobile are required; the mapping is remembered for files with the same headers.</source>
        <translation>为每一列选择对应的字段。账号名、姓名和手机号为必填；表头相同的文件会沿用此映射。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>%1 列的字段</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>（%1 列）</translation>
    </message>
</context>
<context>
    <name>dm::ImportResultPage</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What became of every row of the file. The export holds no ID numbers, mobiles or passwords.</source>
        <translation>文件中每一行的处理结果。导出的文件不含身份证号、手机号或密码。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>&amp;Export result...</source>
        <translation>导出结果(&amp;E)...</translation>
    </message>
    <message>
        <source>Would be created (dry run).</source>
        <translation>将会创建（模拟导入）。</translation>
    </message>
    <message>
        <source>Dry run, nothing was sent: %1 would be created, %2 already exist, %3 rejected.</source>
        <translation>模拟导入，未发送任何内容：将创建 %1 个，已存在 %2 个，未通过校验 %3 个。</translation>
    </message>
    <message>
        <source>%1 created, %2 skipped (already exist), %3 failed, %4 rejected.</source>
        <translation>已创建 %1 个，跳过 %2 个（已存在），失败 %3 个，未通过校验 %4 个。</translation>
    </message>
    <message>
        <source>The import was cancelled; import the same file again to finish it.</source>
        <translation>导入已取消；再次导入同一文件即可完成剩余部分。</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The result could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <source>Its address basis would be recorded (dry run).</source>
        <translation>将登记其送达地址依据（模拟导入）。</translation>
    </message>
</context>
<context>
    <name>dm::ImportRunPage</name>
    <message>
        <source>Create the accounts</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>The platform sends each new account its activation SMS; the recipient sets a password when activating. Cancelling keeps what is done; running the same file again finishes the rest.</source>
        <translation>平台会向每个新账号发送激活短信；受送达人在激活时设置密码。取消后，已完成的部分会保留；再次导入同一文件即可完成其余部分。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Queueing the rows...</source>
        <translation>正在将数据行加入队列...</translation>
    </message>
    <message>
        <source>Cancelling: the rows in flight finish, the rest stay queued...</source>
        <translation>正在取消：正在发送的行会完成，其余行仍留在队列中...</translation>
    </message>
    <message>
        <source>%1 of %2 rows sent: %3 created, %4 failed.</source>
        <translation>共 %2 行，已发送 %1 行：已创建 %3 个，失败 %4 个。</translation>
    </message>
</context>
<context>
    <name>dm::ImportWizard</name>
    <message>
        <source>Import accounts</source>
        <translation>导入账号</translation>
    </message>
</context>
<context>
    <name>dm::KeysetTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>dm::LanguageSettingsSection</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>dm::LogDetailPane</name>
    <message numerus="yes">
        <source>%n rows selected</source>
        <translation>
            <numerusform>已选择 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row to see all of it here.</source>
        <translation>选择一行，即可在此查看其完整内容。</translation>
    </message>
</context>
<context>
    <name>dm::LogExportRunner</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>The profile was closed.</source>
        <translation>配置已关闭。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>dm::LogFilterBar</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>dm::LogFreshnessBar</name>
    <message>
        <source>The platform does not serve this log.</source>
        <translation>平台未提供此日志。</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在读取缓存…</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Not synced yet: the cache may hold only part of this log.</source>
        <translation>尚未同步：缓存中可能只有此日志的一部分。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Fetch the rows the platform added since the last sync</source>
        <translation>获取平台自上次同步以来新增的记录</translation>
    </message>
    <message numerus="yes">
        <source>Data as of %1, more than %n hour(s) old: sync to see the latest rows.</source>
        <translation>
            <numerusform>数据截至 %1，已超过 %n 小时：请同步以查看最新记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dm::LogPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制此值</translation>
    </message>
    <message>
        <source>Filter by this value</source>
        <translation>按此值筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>This value cannot filter the log.</source>
        <translation>无法按此值筛选日志。</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its logs.</source>
        <translation>未打开连接配置。请打开或新建连接配置（“文件”菜单），以查看其日志。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Re-read the cache and fetch new rows from the platform (F5)</source>
        <translation>重新读取缓存，并从平台获取新记录（F5）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>%1 from the local cache: the filters above the table, the selected row&apos;s details beside it.</source>
        <translation>%1：本地缓存中的记录。表格上方是筛选条件，旁边是所选行的详情。</translation>
    </message>
    <message>
        <source>Open the account&apos;s timeline</source>
        <translation>打开该账号的时间线</translation>
    </message>
    <message>
        <source>Show who received this document</source>
        <translation>查看收到此文书的受送达人</translation>
    </message>
    <message>
        <source>Some selected rows are not loaded yet. Scroll through them, or export the whole list.</source>
        <translation>部分所选行尚未加载。请滚动浏览这些行，或导出整个列表。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the listed rows to Excel, CSV or PDF (Ctrl+E)</source>
        <translation>将列表中的记录导出为 Excel、CSV 或 PDF 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Export selected rows…</source>
        <translation>导出所选行…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Make proof-of-delivery pack(s)…</source>
        <translation>生成送达证据包…</translation>
    </message>
</context>
<context>
    <name>dm::LogTimeRangeBar</name>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>To (not included)</source>
        <translation>截止时间（不含）</translation>
    </message>
    <message>
        <source>All cached</source>
        <translation>缓存中的全部记录</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
</context>
<context>
    <name>dm::LoggingSettingsSection</name>
    <message>
        <source>The logging settings cannot be written to %1.</source>
        <translation>无法将日志设置写入 %1。</translation>
    </message>
    <message>
        <source>Logging</source>
        <translation>日志记录</translation>
    </message>
    <message>
        <source>Log l&amp;evel:</source>
        <translation>日志级别(&amp;E)：</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Information, warnings and errors</source>
        <translation>信息、警告和错误</translation>
    </message>
    <message>
        <source>Everything, with each request (for support)</source>
        <translation>全部，含每个请求（供技术支持使用）</translation>
    </message>
    <message>
        <source>Passwords, authorization codes, tokens, ID-card numbers and mobiles never reach the log at any level.</source>
        <translation>无论哪个级别，密码、授权码、令牌、身份证号和手机号都不会写入日志。</translation>
    </message>
</context>
<context>
    <name>dm::LoginDaysChart</name>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Normal logins (%1)</source>
        <translation>正常登录（%1）</translation>
    </message>
    <message>
        <source>Abnormal logins (%1, right scale)</source>
        <translation>异常登录（%1，右侧刻度）</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Logins per day</source>
        <translation>每日登录次数</translation>
    </message>
    <message>
        <source>Bars: normal logins each day. Line, on the right-hand scale: logins the platform flagged as abnormal.</source>
        <translation>柱形：每天的正常登录次数。折线（右侧刻度）：平台标记为异常的登录次数。</translation>
    </message>
</context>
<context>
    <name>dm::LoginLogFilterBar</name>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Account name (before the @)</source>
        <translation>账号名（@ 之前的部分）</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>A&amp;bnormal:</source>
        <translation>异常登录(&amp;B)：</translation>
    </message>
    <message>
        <source>Abnormal only</source>
        <translation>仅异常登录</translation>
    </message>
    <message>
        <source>Normal only</source>
        <translation>仅正常登录</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>省份(&amp;P)：</translation>
    </message>
    <message>
        <source>Exact name, e.g. %1</source>
        <translation>完整名称，例如 %1</translation>
    </message>
    <message>
        <source>&amp;IP starts with:</source>
        <translation>IP 开头为(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>dm::LoginLogPage</name>
    <message>
        <source>Logins</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Login time:</source>
        <translation>登录时间：</translation>
    </message>
    <message>
        <source>Login method:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>省份：</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>城市：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>登录结果：</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>日志 ID：</translation>
    </message>
    <message>
        <source>Abnormal login of %1</source>
        <translation>%1 的异常登录</translation>
    </message>
    <message>
        <source>Login of %1</source>
        <translation>%1 的登录</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n 条登录记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins to the delivery mailboxes from the local cache, abnormal logins marked.</source>
        <translation>本地缓存中的送达邮箱登录记录，异常登录已标出。</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleDryRunBox</name>
    <message>
        <source>Replaying the cached logins…</source>
        <translation>正在重放缓存的登录记录…</translation>
    </message>
    <message>
        <source>%1 cached logins since %2 replayed. This draft would have refused %3 logins of %4 accounts, and allowed %5 that are refused today.</source>
        <translation>已重放自 %2 起缓存的 %1 条登录记录。此草案将拒绝 %4 个账号的 %3 次登录，并允许 %5 次当前被拒绝的登录。</translation>
    </message>
    <message>
        <source>The cached login log is complete up to %1.</source>
        <translation>缓存中的登录日志截至 %1 是完整的。</translation>
    </message>
    <message>
        <source>The login log has not been synced completely yet: the counts cover what the cache holds.</source>
        <translation>登录日志尚未完全同步：计数仅涵盖缓存中已有的记录。</translation>
    </message>
    <message>
        <source>Would be refused</source>
        <translation>将被拒绝</translation>
    </message>
    <message>
        <source>Would be allowed</source>
        <translation>将被允许</translation>
    </message>
    <message>
        <source>Dry run of the draft</source>
        <translation>草案模拟运行</translation>
    </message>
    <message>
        <source>Over the last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days of cached logins to replay</source>
        <translation>要重放的缓存登录记录天数</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>模拟运行</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Example logins whose decision the draft changes</source>
        <translation>草案会改变其判定结果的登录示例</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleTable</name>
    <message>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>值超过 %1 个字符</translation>
    </message>
    <message>
        <source>not a region name: write a province in full (广东省) or a city without its province (衢州市)</source>
        <translation>不是地区名称：请写省级全称（广东省）或不带省名的城市（衢州市）</translation>
    </message>
    <message>
        <source>not a network in canonical form: e.g. 10.0.0.0/8 or 2001:db8::/32, no host bits set, IPv6 in lower case and shortest form</source>
        <translation>不是规范的网段写法：如 10.0.0.0/8 或 2001:db8::/32，主机位须为 0，IPv6 用小写最简形式</translation>
    </message>
    <message>
        <source>the same as rule %1, so it could never match</source>
        <translation>与第 %1 条规则相同，永远不会生效</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Rule %1: action</source>
        <translation>第 %1 条规则：动作</translation>
    </message>
    <message>
        <source>Rule %1: kind</source>
        <translation>第 %1 条规则：类型</translation>
    </message>
    <message>
        <source>Rule %1, value: %2</source>
        <translation>第 %1 条规则，值：%2</translation>
    </message>
    <message>
        <source>Rule %1, value &quot;%2&quot; is invalid: %3</source>
        <translation>第 %1 条规则的值“%2”无效：%3</translation>
    </message>
</context>
<context>
    <name>dm::LoginRuleTester</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>Test an address</source>
        <translation>测试地址</translation>
    </message>
    <message>
        <source>IP address, e.g. 58.248.244.53</source>
        <translation>IP 地址，例如 58.248.244.53</translation>
    </message>
    <message>
        <source>IP address to test</source>
        <translation>要测试的 IP 地址</translation>
    </message>
    <message>
        <source>Province (optional)</source>
        <translation>省份（可选）</translation>
    </message>
    <message>
        <source>Province of the login (optional)</source>
        <translation>登录所在省份（可选）</translation>
    </message>
    <message>
        <source>City (optional)</source>
        <translation>城市（可选）</translation>
    </message>
    <message>
        <source>City of the login (optional)</source>
        <translation>登录所在城市（可选）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>dm::LoginRulesPanel</name>
    <message>
        <source>Your draft is on version %1 now: check it and save again.</source>
        <translation>您的草案现已基于版本 %1：请检查后再次保存。</translation>
    </message>
    <message>
        <source>Type an account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>A cached login-rule list cannot be read (%1): sync the cache again.</source>
        <translation>无法读取缓存中的登录规则列表（%1）：请重新同步缓存。</translation>
    </message>
    <message>
        <source>The cache holds no login rules yet: sync the cache first.</source>
        <translation>缓存中还没有登录规则：请先同步缓存。</translation>
    </message>
    <message>
        <source>Follow the domain&apos;s default (%1)</source>
        <translation>沿用域的默认设置（%1）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>follow the domain&apos;s default</source>
        <translation>沿用域的默认设置</translation>
    </message>
    <message>
        <source>(no rules)</source>
        <translation>（无规则）</translation>
    </message>
    <message>
        <source>Rules before:</source>
        <translation>修改前的规则：</translation>
    </message>
    <message>
        <source>Rules after:</source>
        <translation>修改后的规则：</translation>
    </message>
    <message>
        <source>Rules: unchanged.</source>
        <translation>规则：未更改。</translation>
    </message>
    <message>
        <source>Default for everything else: %1 → %2</source>
        <translation>其他地区/IP(段)的默认设置：%1 → %2</translation>
    </message>
    <message>
        <source>Save login rules</source>
        <translation>保存登录规则</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Saving the login rules…</source>
        <translation>正在保存登录规则…</translation>
    </message>
    <message>
        <source>The change could not be queued: %1</source>
        <translation>无法将变更加入队列：%1</translation>
    </message>
    <message>
        <source>Saved. Reading the login rules back from the platform…</source>
        <translation>已保存。正在从平台重新读取登录规则…</translation>
    </message>
    <message>
        <source>Another administrator changed this list meanwhile. Reading their version…</source>
        <translation>另一位管理员已修改此列表。正在读取其版本…</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Saved; this is the list the platform holds now.</source>
        <translation>已保存；以下是平台当前保存的列表。</translation>
    </message>
    <message>
        <source>This list was changed by someone else meanwhile: theirs (version %1) is shown and nothing of yours was saved. Your draft is kept: reapply it on the newer version to save it again.</source>
        <translation>此列表已被他人修改：当前显示对方的版本（版本 %1），您的修改未保存。您的草案已保留：可在新版本上重新应用后再次保存。</translation>
    </message>
    <message>
        <source>Login rules of the domain %1, version %2</source>
        <translation>域 %1 的登录规则，版本 %2</translation>
    </message>
    <message>
        <source>Login rules of the account %1, version %2</source>
        <translation>账号 %1 的登录规则，版本 %2</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>One account (individual rules)</source>
        <translation>单个账号（个别规则）</translation>
    </message>
    <message>
        <source>Whose login rules</source>
        <translation>登录规则所属对象</translation>
    </message>
    <message>
        <source>Account name, e.g. zhangsan</source>
        <translation>账号名，例如 zhangsan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Login rules, in the order they are tried</source>
        <translation>登录规则（按匹配顺序排列）</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Everything else:</source>
        <translation>其他地区/IP(段)：</translation>
    </message>
    <message>
        <source>Default for everything else</source>
        <translation>其他地区/IP(段)的默认设置</translation>
    </message>
    <message>
        <source>Warnings about the draft</source>
        <translation>草案的警告</translation>
    </message>
    <message>
        <source>Reapply my draft on the newer version</source>
        <translation>在新版本上重新应用我的草案</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
</context>
<context>
    <name>dm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Who changed which mailbox or setting, and when.</source>
        <translation>谁在何时更改了哪个邮箱或哪项设置。</translation>
    </message>
    <message>
        <source>Login log</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <source>Every login to a delivery mailbox, with abnormal logins highlighted.</source>
        <translation>送达邮箱的每一次登录记录，异常登录突出显示。</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>收发信日志</translation>
    </message>
    <message>
        <source>When each document reached a recipient&apos;s mailbox, and when it was read.</source>
        <translation>每份文书何时送达受送达人的邮箱，又于何时被阅读。</translation>
    </message>
    <message>
        <source>The platform keeps three logs. Each has its own page under this entry in the navigation tree; the pages read the local cache, so they work with the platform out of reach and say how fresh their rows are.</source>
        <translation>平台保存三种日志，每种日志在导航树中此项下都有单独的页面。这些页面读取本地缓存，因此在无法连接平台时也能使用，并会显示数据截至何时。</translation>
    </message>
    <message>
        <source>Account timeline</source>
        <translation>账号时间线</translation>
    </message>
    <message>
        <source>Everything about one recipient merged by time: activation, logins, mails, operations and policy changes.</source>
        <translation>按时间汇总某一受送达人的全部记录：激活、登录、邮件、操作及策略变更。</translation>
    </message>
    <message>
        <source>Case delivery</source>
        <translation>案件送达</translation>
    </message>
    <message>
        <source>Every document of a case and who has received and read it.</source>
        <translation>某一案件的全部文书，以及哪些人已收到、已阅读。</translation>
    </message>
</context>
<context>
    <name>dm::MailDaysChart</name>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Delivered (%1)</source>
        <translation>投递成功（%1）</translation>
    </message>
    <message>
        <source>Not delivered (%1)</source>
        <translation>未投递成功（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Read within %n day(s) (cache)</source>
        <translation>
            <numerusform>%n 天内已读（缓存）</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书数</translation>
    </message>
    <message>
        <source>Documents sent per day</source>
        <translation>每日发送文书数</translation>
    </message>
    <message>
        <source>Bars: documents delivered and not delivered each day. Lines: those read within 1, 3 and 7 days of delivery.</source>
        <translation>柱形：每天投递成功和未投递成功的文书数。折线：其中在送达后 1 天、3 天和 7 天内已读的文书数。</translation>
    </message>
</context>
<context>
    <name>dm::MailLogFilterBar</name>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>Words of the subject, e.g. a case number</source>
        <translation>主题中的文字，例如案号</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>R&amp;ead:</source>
        <translation>阅读状态(&amp;E)：</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>发件人(&amp;N)：</translation>
    </message>
    <message>
        <source>Whole address</source>
        <translation>完整地址</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>收件人(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>dm::MailLogPage</name>
    <message>
        <source>Mail</source>
        <translation>收发信日志</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>收发信日志</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>邮件主题：</translation>
    </message>
    <message>
        <source>Mail type:</source>
        <translation>邮件类型：</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Read time:</source>
        <translation>阅读时间：</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Read with:</source>
        <translation>阅读方式：</translation>
    </message>
    <message>
        <source>Message id:</source>
        <translation>邮件 ID：</translation>
    </message>
    <message>
        <source>Last changed:</source>
        <translation>最后更改时间：</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>日志 ID：</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail received and sent by the delivery mailboxes from the local cache, with delivery and read status.</source>
        <translation>本地缓存中送达邮箱收发的邮件，含投递状态和阅读状态。</translation>
    </message>
</context>
<context>
    <name>dm::MainWindow</name>
    <message>
        <source>Delivery Mailbox Admin</source>
        <translation>送达邮箱管理台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Delivery Mailbox Admin</source>
        <translation>关于送达邮箱管理台(&amp;A)</translation>
    </message>
    <message>
        <source>Opening profile %1…</source>
        <translation>正在打开连接配置 %1…</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Fetch what changed on the platform into the local cache</source>
        <translation>将平台上的变更获取到本地缓存</translation>
    </message>
    <message>
        <source>&amp;Verify a proof-of-delivery pack…</source>
        <translation>验证送达证据包(&amp;V)…</translation>
    </message>
    <message>
        <source>Proxy credentials saved; connecting again…</source>
        <translation>代理服务器登录信息已保存，正在重新连接…</translation>
    </message>
    <message>
        <source>&amp;Proxy sign-in…</source>
        <translation>代理服务器登录(&amp;P)…</translation>
    </message>
    <message>
        <source>User name and password of the proxy server on the way to the platform</source>
        <translation>通往平台的代理服务器的用户名和密码</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>导出诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>dm::MaskedPiiField</name>
    <message>
        <source>Reveal to edit</source>
        <translation>显示后修改</translation>
    </message>
    <message>
        <source>Shows the full number so that it can be changed. The reveal is recorded in the audit ledger.</source>
        <translation>显示完整号码以便修改。此次查看将记入审计日志。</translation>
    </message>
    <message>
        <source>Masked. Reveal the number to change it.</source>
        <translation>已脱敏。如需修改，请先显示号码。</translation>
    </message>
</context>
<context>
    <name>dm::MoveUnitDialog</name>
    <message>
        <source>Move to unit</source>
        <translation>移至单位</translation>
    </message>
    <message numerus="yes">
        <source>Move %n account(s) to:</source>
        <translation>
            <numerusform>将 %n 个账号移至：</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
</context>
<context>
    <name>dm::NetworkSettingsSection</name>
    <message>
        <source>Proxy host: a manual proxy needs the proxy&apos;s name or address.</source>
        <translation>代理主机：手动代理须填写代理服务器的名称或地址。</translation>
    </message>
    <message>
        <source>Proxy host: give the proxy&apos;s name or address alone, without &quot;http://&quot;, a port or a path.</source>
        <translation>代理主机：只填写代理服务器的名称或地址，不要包含“http://”、端口或路径。</translation>
    </message>
    <message>
        <source>Proxy port: 0 is not a port; give the one the proxy listens on (1 to 65535).</source>
        <translation>代理端口：0 不是有效端口；请填写代理服务器监听的端口（1 至 65535）。</translation>
    </message>
    <message>
        <source>Timeouts: give 1 to 600 seconds.</source>
        <translation>超时：请填写 1 至 600 秒。</translation>
    </message>
    <message>
        <source>Proxy user: the name cannot hold a line break.</source>
        <translation>代理用户：用户名不能包含换行符。</translation>
    </message>
    <message>
        <source>Proxy user: a password needs the user name it belongs to.</source>
        <translation>代理用户：填写密码时须同时填写其对应的用户名。</translation>
    </message>
    <message>
        <source>The network settings cannot be written to %1.</source>
        <translation>无法将网络设置写入 %1。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Open a profile to set how it reaches the platform.</source>
        <translation>请先打开一个连接配置，再设置其访问平台的方式。</translation>
    </message>
    <message>
        <source>How profile %1 reaches the platform and the time-stamping service. Applying opens the profile again with the new settings.</source>
        <translation>连接配置 %1 访问平台和时间戳服务的方式。应用后将以新设置重新打开该连接配置。</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <source>A manual HTTP proxy</source>
        <translation>手动设置 HTTP 代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Proxy h&amp;ost:</source>
        <translation>代理主机(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. proxy.court.example</source>
        <translation>例如 proxy.court.example</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>代理端口(&amp;T)：</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one; empty keeps the saved one</source>
        <translation>仅在代理服务器要求时填写；留空则保留已保存的用户名</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never shown</source>
        <translation>保存在系统钥匙串中，从不显示</translation>
    </message>
    <message>
        <source>&amp;Connection timeout:</source>
        <translation>连接超时(&amp;C)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer timeout:</source>
        <translation>传输超时(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>dm::OperationLogFilterBar</name>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作人(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作内容(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>操作结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>操作对象(&amp;T)：</translation>
    </message>
    <message>
        <source>Part of an address or unit</source>
        <translation>地址或单位的一部分</translation>
    </message>
</context>
<context>
    <name>dm::OperationLogPage</name>
    <message>
        <source>Operations</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>操作内容：</translation>
    </message>
    <message>
        <source>Action code:</source>
        <translation>操作代码：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>操作对象：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>操作时间：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>操作结果：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Log id:</source>
        <translation>日志 ID：</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 条操作记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform&apos;s operation log from the local cache: who changed which mailbox or setting, and when.</source>
        <translation>本地缓存中的平台操作日志：谁在何时更改了哪个邮箱或哪项设置。</translation>
    </message>
</context>
<context>
    <name>dm::OverdueWorklistModel</name>
    <message>
        <source>The last action queued for this account failed; see the result report or the outbox.</source>
        <translation>为此账号排队的上一个操作失败；请查看结果报告或待发送队列。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Last SMS</source>
        <translation>上次短信</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒次数</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>等待天数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活状态</translation>
    </message>
    <message>
        <source>Queued action</source>
        <translation>排队中的操作</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>dm::PasswordRevealDialog</name>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The new password of %1 is shown this one time. Hand it over in person; the recipient must change it at the next login.</source>
        <translation>%1 的新密码仅显示这一次。请当面交给受送达人；受送达人下次登录时必须修改密码。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>dm::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation>送达权限</translation>
    </message>
    <message>
        <source>Delivery permissions</source>
        <translation>送达权限</translation>
    </message>
    <message>
        <source>Meets the baseline</source>
        <translation>符合基线</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) drift from the baseline</source>
        <translation>
            <numerusform>%n 处偏离基线</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>基线偏离（%1）</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线偏离</translation>
    </message>
    <message>
        <source>No profile is open. Open or create a connection profile (File menu) to see its delivery policy.</source>
        <translation>未打开连接配置。请打开或新建连接配置（“文件”菜单），以查看其送达策略。</translation>
    </message>
    <message>
        <source>Delivery policy</source>
        <translation>送达策略</translation>
    </message>
    <message>
        <source>Login rules</source>
        <translation>登录规则</translation>
    </message>
    <message>
        <source>The delivery policy of the domain, a unit or an account, where it allows more than the court&apos;s baseline, and the login rules by region and IP address.</source>
        <translation>域、单位或账号的送达策略及其中比本院基线更宽松之处，以及按地区和 IP 地址设定的登录规则。</translation>
    </message>
    <message>
        <source>Apply to several</source>
        <translation>批量应用</translation>
    </message>
</context>
<context>
    <name>dm::PlatformStatsLoader</name>
    <message>
        <source>The connection to the platform was closed.</source>
        <translation>与平台的连接已关闭。</translation>
    </message>
</context>
<context>
    <name>dm::PolicyConflictDialog</name>
    <message>
        <source>The policy was changed meanwhile</source>
        <translation>策略已被他人修改</translation>
    </message>
    <message>
        <source>Another administrator saved this policy (now version %1) after you opened it. For each field you changed, choose which value to keep; unless you choose yours, the other administrator&apos;s stays.</source>
        <translation>在您打开此策略后，另一位管理员保存了它（现为版本 %1）。请为您修改的每个字段选择要保留的值；除非选择“我的修改”，否则保留对方保存的值。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的修改</translation>
    </message>
    <message>
        <source>Saved meanwhile</source>
        <translation>对方保存的值</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Continue editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Settings you changed</source>
        <translation>您更改的设置</translation>
    </message>
    <message>
        <source>Value to keep: %1</source>
        <translation>保留哪个值：%1</translation>
    </message>
</context>
<context>
    <name>dm::PolicyDiffDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Apply the policy change</source>
        <translation>应用策略变更</translation>
    </message>
    <message>
        <source>It applies to the account %1 only.</source>
        <translation>仅适用于账号 %1。</translation>
    </message>
    <message numerus="yes">
        <source>It reaches up to %n account(s) in the cache: those that do not set these fields themselves.</source>
        <translation>
            <numerusform>最多影响缓存中的 %n 个账号：即未自行设置这些字段的账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n field(s) change.</source>
        <translation>
            <numerusform>%1 %2：%n 个字段将变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Settings this change alters</source>
        <translation>此次更改涉及的设置</translation>
    </message>
</context>
<context>
    <name>dm::PolicyEditor</name>
    <message>
        <source> (changed)</source>
        <translation>（已修改）</translation>
    </message>
    <message>
        <source>Inherit again</source>
        <translation>恢复继承</translation>
    </message>
    <message>
        <source>Override here</source>
        <translation>在此覆盖</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次都验证</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
</context>
<context>
    <name>dm::PolicyPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <source>Type an account name.</source>
        <translation>请输入账号名。</translation>
    </message>
    <message>
        <source>%1 %2, version %3</source>
        <translation>%1 %2，版本 %3</translation>
    </message>
    <message>
        <source>Applying the change…</source>
        <translation>正在应用变更…</translation>
    </message>
    <message>
        <source>The change could not be queued: %1</source>
        <translation>无法将变更加入队列：%1</translation>
    </message>
    <message>
        <source>Applied. Reading the policy back from the platform…</source>
        <translation>已应用。正在从平台重新读取策略…</translation>
    </message>
    <message>
        <source>Another administrator changed this policy meanwhile. Reading their version…</source>
        <translation>另一位管理员已修改此策略。正在读取其版本…</translation>
    </message>
    <message>
        <source>The change failed: %1</source>
        <translation>变更失败：%1</translation>
    </message>
    <message>
        <source>Applied; this is the policy the platform holds now.</source>
        <translation>已应用；当前显示的是平台上现行的策略。</translation>
    </message>
    <message>
        <source>Your chosen values are kept as a draft on the newer version: apply again.</source>
        <translation>您选择的值已作为草稿保留在新版本上：请再次应用。</translation>
    </message>
    <message>
        <source>The other administrator&apos;s values are shown; nothing of yours is pending.</source>
        <translation>当前显示的是另一位管理员保存的值；您没有待应用的修改。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Account name, e.g. zhangsan</source>
        <translation>账号名，例如 zhangsan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>应用…</translation>
    </message>
</context>
<context>
    <name>dm::ProfileManager</name>
    <message>
        <source>The profile cannot be opened</source>
        <translation>无法打开连接配置</translation>
    </message>
    <message>
        <source>The profile was not saved</source>
        <translation>连接配置未保存</translation>
    </message>
    <message>
        <source>The profile was not removed</source>
        <translation>连接配置未删除</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>连接配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add profile…</source>
        <translation>添加连接配置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove profile</source>
        <translation>删除连接配置(&amp;R)</translation>
    </message>
    <message>
        <source>(no saved profile)</source>
        <translation>（没有已保存的连接配置）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Remove the profile %1?</source>
        <translation>要删除连接配置 %1 吗？</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rebuild cache</source>
        <translation>重建缓存(&amp;R)</translation>
    </message>
    <message>
        <source>Audit ledger kept</source>
        <translation>审计账本已保留</translation>
    </message>
    <message>
        <source>Its local cache, its authorization code and its cache key are deleted; its audit ledger is kept beside the cache. The platform and its accounts are not touched.</source>
        <translation>其本地缓存、授权码和缓存密钥将被删除；审计账本保留在缓存旁。平台及其账号不受影响。</translation>
    </message>
    <message>
        <source>Rebuilding deletes the local cache, keeps its audit ledger beside it, and fills a new one from the platform. Changes not yet sent to the platform are lost.</source>
        <translation>重建将删除本地缓存（其审计账本保留在旁），并从平台重新填充。尚未发送到平台的更改将丢失。</translation>
    </message>
</context>
<context>
    <name>dm::ProfileWizard</name>
    <message>
        <source>New connection profile</source>
        <translation>新建连接配置</translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>保存并打开(&amp;S)</translation>
    </message>
</context>
<context>
    <name>dm::ProfileWizardConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Where the platform is, which organisation to administer, and how to trust the server.</source>
        <translation>平台的地址、要管理的组织，以及如何信任服务器。</translation>
    </message>
    <message>
        <source>To try dmadmin without a real platform, use the local sandbox: it fills in every field below.</source>
        <translation>如需在没有真实平台的情况下试用 dmadmin，请使用本地沙箱：它会自动填写下面的所有字段。</translation>
    </message>
    <message>
        <source>Start &amp;sandbox</source>
        <translation>启动沙箱(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Attach to a running sandbox…</source>
        <translation>连接到正在运行的沙箱(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>This is the local sandbox (dmadmin starts it when the profile opens)</source>
        <translation>这是本地沙箱（打开此连接配置时，dmadmin 会启动它）</translation>
    </message>
    <message>
        <source>&amp;Auditor profile (read-only: no changes can be made)</source>
        <translation>审计配置(&amp;A)（只读：不能进行任何更改）</translation>
    </message>
    <message>
        <source>optional; base64 SHA-256 of the server key, several separated by spaces</source>
        <translation>可选；服务器密钥的 SHA-256 值（base64），多个值用空格分隔</translation>
    </message>
    <message>
        <source>optional; PEM file of CAs to trust instead of the system</source>
        <translation>可选；要信任的 CA 的 PEM 文件（代替系统证书）</translation>
    </message>
    <message>
        <source>e.g. court-prod</source>
        <translation>例如 court-prod</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>配置名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>App ID(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Organisation open ID:</source>
        <translation>组织 Open ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Au&amp;thorization code:</source>
        <translation>授权码(&amp;T)：</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>邮件域名(&amp;D)：</translation>
    </message>
    <message>
        <source>SPKI &amp;pins:</source>
        <translation>SPKI 固定值(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Starting the sandbox… (the first start generates its court, a few seconds)</source>
        <translation>正在启动沙箱…（首次启动会生成模拟法院数据，需要几秒钟）</translation>
    </message>
    <message>
        <source>The sandbox runs; its connection is filled in below.</source>
        <translation>沙箱已在运行；其连接信息已填入下方。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为连接配置命名。</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>连接配置名称由 1 至 64 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名为 %1 的连接配置已存在。</translation>
    </message>
    <message>
        <source>The base URL must be an https:// address.</source>
        <translation>基础 URL 必须是 https:// 地址。</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>请输入 App ID。</translation>
    </message>
    <message>
        <source>Enter the organisation open ID.</source>
        <translation>请输入组织 Open ID。</translation>
    </message>
    <message>
        <source>Enter the authorization code.</source>
        <translation>请输入授权码。</translation>
    </message>
    <message>
        <source>Enter the mail domain.</source>
        <translation>请输入邮件域名。</translation>
    </message>
    <message>
        <source>A pin must be the base64 of a SHA-256 digest (44 characters).</source>
        <translation>固定值必须是 SHA-256 摘要的 base64 编码（44 个字符）。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate.</source>
        <translation>CA 文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connection file of the sandbox</source>
        <translation>沙箱的连接文件</translation>
    </message>
    <message>
        <source>Connection files (*.json);;All (*)</source>
        <translation>连接文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The authorization code is longer than %1 characters: check what was pasted.</source>
        <translation>授权码超过 %1 个字符：请检查粘贴的内容。</translation>
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
        <translation>未测试</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>dmadmin reaches the platform, checks its certificate, obtains a token and makes one call.</source>
        <translation>dmadmin 将连接平台、检查其证书、获取令牌并进行一次调用。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Platform reachable:</source>
        <translation>平台可达：</translation>
    </message>
    <message>
        <source>Secure connection (TLS):</source>
        <translation>安全连接（TLS）：</translation>
    </message>
    <message>
        <source>Credentials (token):</source>
        <translation>凭据（令牌）：</translation>
    </message>
    <message>
        <source>API call (units):</source>
        <translation>API 调用（单位）：</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>测试结论</translation>
    </message>
    <message>
        <source>Save the profile even though the test failed</source>
        <translation>即使测试失败也保存连接配置</translation>
    </message>
</context>
<context>
    <name>dm::ProofPackDialog</name>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 过大。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Served on arrival, %1 (Beijing time)</source>
        <translation>到达即送达，%1（北京时间）</translation>
    </message>
    <message>
        <source>Served by the recipient&apos;s reply, %1 (Beijing time)</source>
        <translation>经受送达人回复而送达，%1（北京时间）</translation>
    </message>
    <message>
        <source>Presumed served by an access, %1 (Beijing time)</source>
        <translation>依阅知记录推定送达，%1（北京时间）</translation>
    </message>
    <message>
        <source>Arrived; not yet effective at this address</source>
        <translation>已到达，但按该地址的依据，送达尚未生效</translation>
    </message>
    <message>
        <source>Not served: the document did not arrive</source>
        <translation>未送达：文书未到达</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs</source>
        <translation>送达证据包</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s), one per document and recipient: the platform&apos;s record of sending, arrival and every access, time-stamped, with the service date and the rule that gives it.</source>
        <translation>
            <numerusform>%n 个证据包，每份文书的每位受送达人各一个：含平台关于发送、到达及每次访问的记录，加盖时间戳，并载明送达日期及认定该日期所依据的规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>法院：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>None: add the file that was sent to compare it with the platform&apos;s copy.</source>
        <translation>无：添加当时发送的文件，以便与平台保存的副本比对。</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Sent file:</source>
        <translation>已发送的文件：</translation>
    </message>
    <message>
        <source>Time-stamping URL:</source>
        <translation>时间戳服务 URL：</translation>
    </message>
    <message>
        <source>Fetched from the sandbox</source>
        <translation>从沙箱获取</translation>
    </message>
    <message>
        <source>PEM file of the TSA&apos;s chain</source>
        <translation>TSA 证书链的 PEM 文件</translation>
    </message>
    <message>
        <source>TSA chain:</source>
        <translation>TSA 证书链：</translation>
    </message>
    <message>
        <source>Sign with the court&apos;s certificate (PKCS#12)</source>
        <translation>使用法院证书进行电子签名（PKCS#12）</translation>
    </message>
    <message>
        <source>Asked each time, never stored</source>
        <translation>每次询问，从不保存</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Save the packs to</source>
        <translation>选择证据包的保存位置</translation>
    </message>
    <message>
        <source>The file that was sent</source>
        <translation>已发送的文件</translation>
    </message>
    <message>
        <source>The court&apos;s certificate</source>
        <translation>法院证书</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Give the time-stamping authority&apos;s URL (http or https).</source>
        <translation>请填写时间戳服务机构（TSA）的 URL（http 或 https）。</translation>
    </message>
    <message>
        <source>Give the PEM file of the time-stamping authority&apos;s chain: tokens are checked against it.</source>
        <translation>请提供时间戳服务机构证书链的 PEM 文件：时间戳令牌将据此校验。</translation>
    </message>
    <message>
        <source>Choose an existing folder for the packs.</source>
        <translation>请为证据包选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>Type the password of the court&apos;s certificate.</source>
        <translation>请输入法院证书的密码。</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>正在向平台查询…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Making pack %1 of %2…</source>
        <translation>正在生成第 %1 个证据包（共 %2 个）…</translation>
    </message>
    <message>
        <source>Making…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>The court&apos;s certificate cannot be used: %1</source>
        <translation>无法使用法院证书：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) made, %1 failed, in %2.</source>
        <translation>
            <numerusform>已生成 %n 个证据包，失败 %1 个，保存位置：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n pack(s) made before.</source>
        <translation>
            <numerusform>已取消：此前已生成 %n 个证据包。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit ledger could not record a pack, so it was removed: %1</source>
        <translation>审计日志未能记录该证据包，证据包已删除：%1</translation>
    </message>
    <message>
        <source>Opening the court&apos;s certificate…</source>
        <translation>正在打开法院证书…</translation>
    </message>
    <message>
        <source>Packs to make</source>
        <translation>要制作的证据包</translation>
    </message>
</context>
<context>
    <name>dm::ProofSettingsSection</name>
    <message>
        <source>Court&apos;s signing certificate</source>
        <translation>法院签名证书</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Time-stamping URL: this is not a web address; give one such as https://tsa.example.cn/tsa.</source>
        <translation>时间戳服务 URL：这不是网址；请填写 https://tsa.example.cn/tsa 这样的地址。</translation>
    </message>
    <message>
        <source>Time-stamping URL: it must start with https:// or http://.</source>
        <translation>时间戳服务 URL：必须以 https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>Signing certificate: there is no file %1.</source>
        <translation>签名证书：文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The proof-pack settings cannot be written to %1.</source>
        <translation>无法将证据包设置写入 %1。</translation>
    </message>
    <message>
        <source>Proof packs</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>Open a profile to set the defaults of its proof packs.</source>
        <translation>请先打开一个连接配置，再设置其证据包的默认值。</translation>
    </message>
    <message>
        <source>What the proof-pack dialog of profile %1 starts with.</source>
        <translation>连接配置 %1 的证据包对话框中预先填入的内容。</translation>
    </message>
    <message>
        <source>Time-&amp;stamping URL:</source>
        <translation>时间戳服务 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>https:// or http:// address of the RFC 3161 service</source>
        <translation>RFC 3161 时间戳服务的 https:// 或 http:// 地址</translation>
    </message>
    <message>
        <source>Si&amp;gning certificate:</source>
        <translation>签名证书(&amp;G)：</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx); empty: packs are not signed by default</source>
        <translation>PKCS#12 文件（.p12、.pfx）；留空：默认不对证据包签名</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the signing certificate</source>
        <translation>选择签名证书</translation>
    </message>
    <message>
        <source>Its password is asked each time a pack is signed and never stored.</source>
        <translation>每次签名证据包时都会询问证书密码，密码从不保存。</translation>
    </message>
</context>
<context>
    <name>dm::ProvincesChart</name>
    <message>
        <source>Logins (platform)</source>
        <translation>登录次数（平台）</translation>
    </message>
    <message>
        <source>Logins (cache)</source>
        <translation>登录次数（缓存）</translation>
    </message>
    <message>
        <source>Logins per province</source>
        <translation>各省份登录次数</translation>
    </message>
    <message>
        <source>The provinces most logins came from in the period, most first.</source>
        <translation>该时段内登录次数最多的省份，按次数从多到少排列。</translation>
    </message>
</context>
<context>
    <name>dm::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>代理服务器登录</translation>
    </message>
    <message>
        <source>The user name and password of the proxy server this computer reaches the platform through. They are kept in the system keychain with this profile.</source>
        <translation>本机访问平台所经代理服务器的用户名和密码。它们随此配置保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The proxy server %1 refused the saved user name and password. Enter them again; they are kept in the system keychain with this profile.</source>
        <translation>代理服务器 %1 拒绝了已保存的用户名和密码。请重新输入；它们随此配置保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The proxy server %1 asks for a user name and password before it lets dmadmin reach the platform. They are kept in the system keychain with this profile.</source>
        <translation>代理服务器 %1 要求先提供用户名和密码，才允许 dmadmin 访问平台。它们随此配置保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Save and reconnect</source>
        <translation>保存并重新连接</translation>
    </message>
    <message>
        <source>The user name and the password may have at most %1 characters each, as much as the system keychain keeps.</source>
        <translation>用户名和密码各最多 %1 个字符，即系统钥匙串所能保存的长度。</translation>
    </message>
</context>
<context>
    <name>dm::ResendReportDialog</name>
    <message>
        <source>Activation SMS: result</source>
        <translation>激活短信：结果</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>各账号的结果</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Still queued</source>
        <translation>仍在队列中</translation>
    </message>
    <message>
        <source>The run was stopped before this one was sent.</source>
        <translation>发送此条之前，运行已停止。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Activation SMS sent: %1. Refused: %2.</source>
        <translation>激活短信已发送：%1 条。被拒绝：%2 条。</translation>
    </message>
    <message>
        <source>Still queued: %1.</source>
        <translation>仍在队列中：%1 条。</translation>
    </message>
</context>
<context>
    <name>dm::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A strong new password is generated for %1. The recipient must change it at the next login.</source>
        <translation>将为 %1 生成一个新的强密码。受送达人下次登录时必须修改密码。</translation>
    </message>
    <message numerus="yes">
        <source>A strong new password is generated for each of the %n accounts. The recipients must change it at the next login.</source>
        <translation>
            <numerusform>将为这 %n 个账号分别生成一个新的强密码。受送达人下次登录时必须修改密码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it by &amp;SMS to the bound mobile</source>
        <translation>通过短信发送到绑定的手机号(&amp;S)</translation>
    </message>
    <message>
        <source>Show it &amp;once here, to hand over in person</source>
        <translation>在此仅显示一次，以便当面交付(&amp;O)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>dm::SandboxConfig</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not the line dmsandbox prints.</source>
        <translation>%1 不是 dmsandbox 输出的连接信息。</translation>
    </message>
</context>
<context>
    <name>dm::SandboxLauncher</name>
    <message>
        <source>The sandbox could not be started (%1 is missing or not executable).</source>
        <translation>无法启动沙箱（%1 不存在或不可执行）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The sandbox did not start in time; see %1.</source>
        <translation>沙箱未能及时启动；请查看 %1。</translation>
    </message>
    <message>
        <source>The sandbox stopped at start; see %1.</source>
        <translation>沙箱在启动时停止；请查看 %1。</translation>
    </message>
</context>
<context>
    <name>dm::SecretStore</name>
    <message>
        <source>The secret name is not valid.</source>
        <translation>密钥名称无效。</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>钥匙串在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>It lost a test entry right after storing it.</source>
        <translation>它在保存测试条目后立即丢失了该条目。</translation>
    </message>
    <message>
        <source>It returned different data than was stored in it.</source>
        <translation>它返回的数据与存入的数据不一致。</translation>
    </message>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>钥匙串未能及时响应。</translation>
    </message>
    <message>
        <source>The keychain holds no secret named &quot;%1&quot; for this profile.</source>
        <translation>钥匙串中没有此配置的密钥“%1”。</translation>
    </message>
    <message>
        <source>No system keychain is available: dmadmin keeps its keys only in the keychain, never in a file. Set up or unlock the system keychain (on Linux a Secret Service such as GNOME Keyring or KWallet) and try again.</source>
        <translation>没有可用的系统钥匙串：dmadmin 只把密钥保存在系统钥匙串中，从不写入文件。请设置或解锁系统钥匙串（Linux 上为 GNOME Keyring 或 KWallet 等 Secret Service），然后重试。</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it or allow dmadmin to use it, then try again.</source>
        <translation>系统钥匙串拒绝访问。请解锁钥匙串或允许 dmadmin 使用，然后重试。</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; is larger than the %2 bytes a system keychain entry can hold.</source>
        <translation>密钥“%1”超过了系统钥匙串单个条目可容纳的 %2 字节。</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统钥匙串未能及时响应。</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>系统钥匙串报告了错误。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error message, then its detail</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dm::SessionController</name>
    <message>
        <source>The CA file %1 of the profile holds no certificate.</source>
        <translation>连接配置的 CA 文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>The authorization code of profile %1 cannot be read from the keychain: %2</source>
        <translation>无法从钥匙串读取连接配置 %1 的授权码：%2</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be deleted.</source>
        <translation>无法删除缓存文件 %1。</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>连接配置名称由 1 至 64 个字母、数字、“.”、“_”或“-”组成。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名为 %1 的连接配置已存在。</translation>
    </message>
    <message>
        <source>The authorization code cannot be stored in the keychain: %1</source>
        <translation>无法将授权码保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The profile could not be saved in the settings.</source>
        <translation>无法将连接配置保存到设置中。</translation>
    </message>
    <message>
        <source>The proxy credentials of profile %1 cannot be read from the keychain: %2</source>
        <translation>无法从钥匙串读取配置 %1 的代理服务器登录信息：%2</translation>
    </message>
    <message>
        <source>Open a profile first: the proxy credentials are kept with it.</source>
        <translation>请先打开一个配置：代理服务器登录信息随配置保存。</translation>
    </message>
    <message>
        <source>The proxy user name is empty or holds a line break.</source>
        <translation>代理服务器用户名为空或包含换行符。</translation>
    </message>
    <message>
        <source>The proxy credentials cannot be stored in the keychain: %1</source>
        <translation>无法将代理服务器登录信息保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>The proxy user name or password is longer than the system keychain keeps.</source>
        <translation>代理服务器用户名或密码超出了系统钥匙串所能保存的长度。</translation>
    </message>
</context>
<context>
    <name>dm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>设置已应用。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Changes take effect when you press Apply; Revert brings back what is saved. Network and proof-pack settings belong to the open profile, the others to every profile.</source>
        <translation>按“应用”后更改才会生效；按“还原”可恢复已保存的设置。网络和证据包设置仅属于当前打开的连接配置，其他设置适用于所有连接配置。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>How this client reaches the platform, the defaults of proof packs and exports, the interface language and the log level.</source>
        <translation>本客户端访问平台的方式、证据包和导出的默认值、界面语言以及日志级别。</translation>
    </message>
</context>
<context>
    <name>dm::StatisticsPage</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>无法读取缓存：%1</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Statistics: the platform beside the cache</source>
        <translation>统计：平台与缓存对照</translation>
    </message>
    <message>
        <source>Open a profile to compare its statistics on the platform with the cache.</source>
        <translation>请打开连接配置，以对照平台与缓存中的统计数据。</translation>
    </message>
    <message>
        <source>The platform&apos;s statistics are not available: %1 The figures shown are the cache&apos;s.</source>
        <translation>无法获取平台的统计数据：%1当前显示的是缓存中的数据。</translation>
    </message>
    <message>
        <source>Asking the platform: %1 of %2 figures</source>
        <translation>正在查询平台：共 %2 项数据，已获取 %1 项</translation>
    </message>
    <message>
        <source>Reading the cache…</source>
        <translation>正在读取缓存…</translation>
    </message>
    <message>
        <source>The platform&apos;s figures as of %1.</source>
        <translation>平台数据截至 %1。</translation>
    </message>
    <message>
        <source>Read the cache and ask the platform again (F5)</source>
        <translation>重新读取缓存并再次查询平台（F5）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Stop asking the platform</source>
        <translation>停止查询平台</translation>
    </message>
    <message>
        <source>Documents per day</source>
        <translation>每日文书</translation>
    </message>
    <message>
        <source>Logins per day</source>
        <translation>每日登录</translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation>登录省份排行</translation>
    </message>
    <message>
        <source>Activation funnel</source>
        <translation>激活漏斗</translation>
    </message>
    <message>
        <source>Documents and logins per day, the provinces logins came from and the activation funnel, each with the platform&apos;s figures beside the cache&apos;s and the difference.</source>
        <translation>每日文书数和登录次数、登录来源省份以及激活漏斗，均将平台数据与缓存数据并列显示，并列出差值。</translation>
    </message>
</context>
<context>
    <name>dm::StatsPeriodBar</name>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Days are counted in China time (UTC+8), as the platform counts them.</source>
        <translation>日期按北京时间（UTC+8）划分，与平台的统计口径一致。</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>At most %1 days: the platform keeps the logs of the last %1 days.</source>
        <translation>最多 %1 天：平台只保留最近 %1 天的日志。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>dm::StatsSection</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The platform&apos;s figures beside the cache&apos;s</source>
        <translation>平台数据与缓存数据对照</translation>
    </message>
</context>
<context>
    <name>dm::StatsSource</name>
    <message>
        <source>Not connected to the platform.</source>
        <translation>未连接平台。</translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation>正在查询平台…</translation>
    </message>
    <message>
        <source>Asking the platform was stopped; refresh (F5) to ask again.</source>
        <translation>已停止查询平台；刷新（F5）即可重新查询。</translation>
    </message>
    <message>
        <source>The platform has not been asked yet.</source>
        <translation>尚未查询平台。</translation>
    </message>
</context>
<context>
    <name>dm::SyncSettingsPanel</name>
    <message>
        <source>The settings could not be written.</source>
        <translation>设置未能写入。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Automatic sync:</source>
        <translation>自动同步：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>其他…</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes between the end of one sync and the start of the next</source>
        <translation>上次同步结束到下次同步开始之间的分钟数</translation>
    </message>
    <message>
        <source>History (days):</source>
        <translation>历史天数：</translation>
    </message>
    <message>
        <source>How far back the first sync of each log reaches (%1 to %2 days; the platform keeps 180). It applies to the next first sync or rebuild.</source>
        <translation>每种日志首次同步时向前追溯的天数（%1 至 %2 天；平台保留 180 天）。在下次首次同步或重建缓存时生效。</translation>
    </message>
    <message>
        <source>Warn when data is older than:</source>
        <translation>数据超过以下时长时提醒：</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>dm::SyncStatusBar</name>
    <message>
        <source>Sync cancelled after %1 rows; the next sync resumes.</source>
        <translation>同步在写入 %1 条记录后取消；下次同步将从中断处继续。</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>%1 (local %2, platform %3)</source>
        <translation>%1（本地 %2，平台 %3）</translation>
    </message>
    <message>
        <source>Synced with gaps: %1</source>
        <translation>同步完成，但存在不一致：%1</translation>
    </message>
    <message>
        <source>Synced: %1 rows written</source>
        <translation>同步完成：已写入 %1 条记录</translation>
    </message>
    <message>
        <source>%1: %2 rows written</source>
        <translation>%1：已写入 %2 条记录</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 on the platform</source>
        <translation>%1：本地 %2，平台 %3</translation>
    </message>
    <message>
        <source>%1: %2 here, %3 on the platform: GAP</source>
        <translation>%1：本地 %2，平台 %3：不一致</translation>
    </message>
    <message>
        <source>Cancelled; the next sync resumes where this one stopped.</source>
        <translation>已取消；下次同步将从本次停止处继续。</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the sync (what is synced stays)</source>
        <translation>取消同步（已同步的内容会保留）</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>取消同步</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Details of the last sync</source>
        <translation>上次同步的详细信息</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Syncing %1 (%2 of %3): %4 rows</source>
        <translation>正在同步 %1（第 %2 项，共 %3 项）：%4 条记录</translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation>，%1%</translation>
    </message>
    <message>
        <source>, %1 rows/s</source>
        <translation>，%1 条/秒</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1：本平台未提供</translation>
    </message>
</context>
<context>
    <name>dm::TimelineHeader</name>
    <message>
        <source>Type an account name, an address or a recipient&apos;s name above.</source>
        <translation>请在上方输入账号名、邮箱地址或受送达人姓名。</translation>
    </message>
    <message>
        <source>%1 is not an account in the cache; the log rows that name it are shown.</source>
        <translation>缓存中没有账号 %1；下面显示提及它的日志记录。</translation>
    </message>
    <message>
        <source>No account and no log row in the cache names %1.</source>
        <translation>缓存中没有与 %1 相关的账号或日志记录。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案号 %1</translation>
    </message>
</context>
<context>
    <name>dm::TimelineKindFilter</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活进度</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <source>Mail received</source>
        <translation>收到邮件</translation>
    </message>
    <message>
        <source>Mail read</source>
        <translation>阅读邮件</translation>
    </message>
    <message>
        <source>Mail sent</source>
        <translation>发出邮件</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Policy changes</source>
        <translation>策略变更</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>dm::UserGuideDialog</name>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>返回上一页（%1）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Forward to the next page (%1)</source>
        <translation>前进到下一页（%1）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The first page of the guide</source>
        <translation>指南首页</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in this page (%1)</source>
        <translation>在本页中查找（%1）</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Text to find; Enter for the next match</source>
        <translation>要查找的文字；按 Enter 查找下一处</translation>
    </message>
</context>
<context>
    <name>dm::VerifyPackDialog</name>
    <message>
        <source>Verify a proof-of-delivery pack</source>
        <translation>验证送达证据包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>证据包：</translation>
    </message>
    <message>
        <source>Optional: the TSA chain you trust (else the pack&apos;s own)</source>
        <translation>可选：您信任的 TSA 证书链（不填则使用证据包自带的证书链）</translation>
    </message>
    <message>
        <source>TSA chain:</source>
        <translation>TSA 证书链：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>The pack to verify</source>
        <translation>要验证的证据包</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs (*.zip)</source>
        <translation>送达证据包 (*.zip)</translation>
    </message>
    <message>
        <source>The TSA chain you trust</source>
        <translation>您信任的 TSA 证书链</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Choose the pack&apos;s ZIP file.</source>
        <translation>请选择证据包的 ZIP 文件。</translation>
    </message>
    <message>
        <source>Cannot read the TSA chain %1.</source>
        <translation>无法读取 TSA 证书链 %1。</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>The pack is sound: nothing in it was changed since it was time-stamped.</source>
        <translation>证据包验证通过：自加盖时间戳以来，其中任何内容均未被更改。</translation>
    </message>
    <message>
        <source>The pack is NOT sound: %1: %2</source>
        <translation>证据包验证未通过：%1：%2</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>Choose the pack</source>
        <translation>选择证据包</translation>
    </message>
    <message>
        <source>TSA chain</source>
        <translation>TSA 证书链</translation>
    </message>
    <message>
        <source>Choose the TSA chain</source>
        <translation>选择 TSA 证书链</translation>
    </message>
    <message>
        <source>Checks of the pack</source>
        <translation>证据包检查项</translation>
    </message>
</context>
<context>
    <name>dm::WorklistPanel</name>
    <message>
        <source>Overdue worklist: waiting %1</source>
        <translation>逾期待办清单：已等待 %1</translation>
    </message>
    <message>
        <source>Worklist: waiting %1</source>
        <translation>待办清单：已等待 %1</translation>
    </message>
    <message>
        <source>– the %1 longest-waiting are shown; the export has them all</source>
        <translation>– 仅显示等待最久的 %1 个；导出文件包含全部账号</translation>
    </message>
    <message>
        <source>– nobody is waiting in this range</source>
        <translation>– 此范围内没有等待中的账号</translation>
    </message>
    <message>
        <source>&amp;Resend activation SMS</source>
        <translation>重发激活短信(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport worklist…</source>
        <translation>导出待办清单(&amp;X)…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Overdue worklist</source>
        <translation>逾期待办清单</translation>
    </message>
    <message>
        <source>Resend progress</source>
        <translation>重发进度</translation>
    </message>
    <message>
        <source>Resend activation SMS</source>
        <translation>重发激活短信</translation>
    </message>
    <message>
        <source>Copy account names</source>
        <translation>复制账号名</translation>
    </message>
    <message>
        <source>Export worklist…</source>
        <translation>导出待办清单…</translation>
    </message>
</context>
<context>
    <name>dm::proof</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>%1: inflates to more than it declares</source>
        <translation>%1：解压后的大小超过其声明的大小</translation>
    </message>
    <message>
        <source>%1: damaged (CRC or stream error %2)</source>
        <translation>%1：已损坏（CRC 或数据流错误 %2）</translation>
    </message>
    <message>
        <source>cannot create %1 (zip error %2)</source>
        <translation>无法创建 %1（ZIP 错误 %2）</translation>
    </message>
    <message>
        <source>cannot write %1 into the pack (zip error %2)</source>
        <translation>无法将 %1 写入证据包（ZIP 错误 %2）</translation>
    </message>
    <message>
        <source>cannot finish %1 (zip error %2)</source>
        <translation>无法完成 %1（ZIP 错误 %2）</translation>
    </message>
    <message>
        <source>not a readable ZIP file (zip error %1)</source>
        <translation>不是可读取的 ZIP 文件（ZIP 错误 %1）</translation>
    </message>
    <message>
        <source>the ZIP holds %1 entries, more than %2: refused</source>
        <translation>该 ZIP 文件包含 %1 个条目，超过 %2 个：拒绝处理</translation>
    </message>
    <message>
        <source>an entry&apos;s header cannot be read (zip error %1)</source>
        <translation>无法读取某个条目的头部（ZIP 错误 %1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unsafe name (absolute, &quot;..&quot;, backslash, colon or control character)</source>
        <translation>“%1”：名称不安全（绝对路径、“..”、反斜杠、冒号或控制字符）</translation>
    </message>
    <message>
        <source>%1: present twice</source>
        <translation>%1：出现了两次</translation>
    </message>
    <message>
        <source>%1: not a plain file (link, encrypted or directory)</source>
        <translation>%1：不是普通文件（链接、加密文件或目录）</translation>
    </message>
    <message>
        <source>%1: %2 bytes unpacked, over the pack&apos;s limits (%3 MiB a file, %4 MiB in all): refused</source>
        <translation>%1：解压后为 %2 字节，超出证据包的限制（单个文件 %3 MiB，总计 %4 MiB）：拒绝处理</translation>
    </message>
    <message>
        <source>%1: compressed more than %2 to 1, a ZIP bomb: refused</source>
        <translation>%1：压缩比超过 %2:1，属于 ZIP 炸弹：拒绝处理</translation>
    </message>
    <message>
        <source>%1: holds %2 bytes, its header says %3</source>
        <translation>%1：实际包含 %2 字节，而其头部记载为 %3 字节</translation>
    </message>
    <message>
        <source>the ZIP&apos;s directory cannot be read to its end (zip error %1)</source>
        <translation>无法完整读取 ZIP 文件的目录（ZIP 错误 %1）</translation>
    </message>
    <message>
        <source>the copy &quot;%1&quot; has no usable file name</source>
        <translation>副本“%1”没有可用的文件名</translation>
    </message>
    <message>
        <source>the pack has no making time</source>
        <translation>证据包没有生成时间</translation>
    </message>
    <message>
        <source>the time-stamping authority&apos;s chain holds no PEM certificate</source>
        <translation>时间戳服务机构的证书链中没有 PEM 证书</translation>
    </message>
    <message>
        <source>events.jsonl line %1 (%2)</source>
        <extracomment>How a problem names a line of events.jsonl. %1: the line number; %2: the event, e.g. &quot;login 1234&quot;.</extracomment>
        <translation>events.jsonl 第 %1 行（%2）</translation>
    </message>
    <message>
        <source>seq %1 (%2)</source>
        <extracomment>How a problem names an event by its &quot;seq&quot; member. %2: the event, e.g. &quot;login 1234&quot;.</extracomment>
        <translation>seq %1（%2）</translation>
    </message>
    <message>
        <source>events.jsonl does not end with a line feed</source>
        <translation>events.jsonl 未以换行符结尾</translation>
    </message>
    <message>
        <source>events.jsonl line %1 is not a JSON object</source>
        <translation>events.jsonl 第 %1 行不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: prev is %2, but the first line&apos;s prev is 64 zeros: the chain is broken</source>
        <translation>%1：prev 为 %2，但第一行的 prev 应为 64 个 0：事件链已断裂</translation>
    </message>
    <message>
        <source>%1: prev is %2, but the SHA-256 of line %3 is %4: the chain is broken</source>
        <translation>%1：prev 为 %2，但第 %3 行的 SHA-256 为 %4：事件链已断裂</translation>
    </message>
    <message>
        <source>%1: its time is not ms with the same instant in Beijing time</source>
        <translation>%1：其时间不是由毫秒数与同一时刻的北京时间组成的有效时间</translation>
    </message>
    <message>
        <source>%1: earlier than line %2: out of time order</source>
        <translation>%1：早于第 %2 行：时间顺序错乱</translation>
    </message>
    <message>
        <source>%1: seq is not %2</source>
        <translation>%1：seq 不是 %2</translation>
    </message>
    <message>
        <source>event %1 of manifest.json is missing from events.jsonl (dropped or altered)</source>
        <extracomment>%1: the event, named as &quot;seq 5 (ContentAccessTracking, open 501)&quot;.</extracomment>
        <translation>manifest.json 中的事件 %1 在 events.jsonl 中缺失（被删除或被篡改）</translation>
    </message>
    <message>
        <source>%1 is not among manifest.json&apos;s events</source>
        <translation>%1 不在 manifest.json 的事件中</translation>
    </message>
    <message>
        <source>events.jsonl line %1 holds %2 where manifest.json has %3: reordered</source>
        <translation>events.jsonl 第 %1 行为 %2，而 manifest.json 中对应的是 %3：顺序被调换</translation>
    </message>
    <message>
        <source>%1 with no service time</source>
        <extracomment>A determination that gives no date, e.g. &quot;NOT_SERVED with no service time&quot;. %1: its code.</extracomment>
        <translation>%1，无送达时间</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A determination, e.g. &quot;SERVED_ON_ARRIVAL at 2026-06-01T10:00:04.000+08:00&quot;. %1: its code; %2: the service time.</extracomment>
        <translation>%1，送达时间 %2</translation>
    </message>
    <message>
        <source>events.jsonl is missing</source>
        <translation>缺少 events.jsonl</translation>
    </message>
    <message>
        <source>events.jsonl has %1 lines ending in %2; manifest.json&apos;s eventChain says %3 lines ending in %4</source>
        <translation>events.jsonl 共 %1 行，链尾为 %2；而 manifest.json 的 eventChain 记载为 %3 行，链尾为 %4</translation>
    </message>
    <message>
        <source>not compared with manifest.json&apos;s events: it cannot be read</source>
        <translation>未与 manifest.json 中的事件比对：该文件无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n events chained from 64 zeros to %1, in time order, the same as manifest.json&apos;s</source>
        <extracomment>%n: how many events; %1: the SHA-256 of the last line.</extracomment>
        <translation>
            <numerusform>%n 个事件自 64 个 0 起依次链接至 %1，按时间先后排列，与 manifest.json 中的事件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked: manifest.json cannot be read</source>
        <translation>未检查：无法读取 manifest.json</translation>
    </message>
    <message>
        <source>%1, recomputed from the manifest&apos;s evidence (no channel, platform records %2)</source>
        <extracomment>%1: the determination; %2: the platform record ids it rests on.</extracomment>
        <translation>%1，根据清单中的证据重新计算得出（无送达渠道，平台记录 %2）</translation>
    </message>
    <message>
        <source>%1, recomputed from the manifest&apos;s evidence (channel %2, platform records %3)</source>
        <extracomment>%1: the determination; %2: the channel (mailbox, reply, webmail, ...); %3: the platform record ids.</extracomment>
        <translation>%1，根据清单中的证据重新计算得出（送达渠道 %2，平台记录 %3）</translation>
    </message>
    <message>
        <source>manifest.json says %1, its evidence gives %2 (differing in other members)</source>
        <translation>manifest.json 记载为 %1，而根据其证据得出的是 %2（其他成员不同）</translation>
    </message>
    <message>
        <source>manifest.json says %1, its evidence gives %2 (differing: %3)</source>
        <extracomment>%1, %2: determinations; %3: the JSON members that differ, e.g. &quot;code, serviceTime&quot;.</extracomment>
        <translation>manifest.json 记载为 %1，而根据其证据得出的是 %2（不同之处：%3）</translation>
    </message>
    <message>
        <source>event seq %1 (%2) has no valid time or record id</source>
        <translation>事件 seq %1（%2）没有有效的时间或记录 ID</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it matches, the digests say it does not match</source>
        <translation>%1：clerkFiles 记载为一致，但摘要比对结果为不一致</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it does not match, the digests say it matches</source>
        <translation>%1：clerkFiles 记载为不一致，但摘要比对结果为一致</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it does not match, yet names an attachment as its match</source>
        <translation>%1：clerkFiles 记载为不一致，却又指明了与之一致的附件</translation>
    </message>
    <message>
        <source>%1: clerkFiles says it matches %2, the digests say it matches the platform&apos;s %3</source>
        <extracomment>%1: the copy; %2: the attachment clerkFiles names; %3: the attachment the digests match.</extracomment>
        <translation>%1：clerkFiles 记载其与 %2 一致，但摘要比对结果为与平台的 %3 一致</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <extracomment>%1: the first problems, separated by &quot;; &quot;; %n: how many more there are.</extracomment>
        <translation>
            <numerusform>%1；另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is not &quot;&lt;64 hex&gt;  &lt;name&gt;&quot;</source>
        <translation>SHA256SUMS 第 %1 行不符合 &quot;&lt;64 hex&gt;  &lt;name&gt;&quot; 格式</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is not a file of the format</source>
        <translation>%1 不是本格式规定的文件</translation>
    </message>
    <message>
        <source>SHA256SUMS lists itself</source>
        <translation>SHA256SUMS 列出了其自身</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1 twice</source>
        <translation>SHA256SUMS 两次列出 %1</translation>
    </message>
    <message>
        <source>SHA256SUMS lists %1, which is not in the pack</source>
        <translation>SHA256SUMS 列出了 %1，但证据包中没有该文件</translation>
    </message>
    <message>
        <source>%1 is in the pack but not in SHA256SUMS</source>
        <translation>%1 在证据包中，但 SHA256SUMS 未列出该文件</translation>
    </message>
    <message numerus="yes">
        <source>%n files, exactly those SHA256SUMS lists and itself, all safely named</source>
        <translation>
            <numerusform>共 %n 个文件，恰为 SHA256SUMS 所列的文件及其自身，文件名均安全</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA256SUMS is missing: nothing binds the pack&apos;s files</source>
        <translation>缺少 SHA256SUMS：证据包内的文件未被绑定</translation>
    </message>
    <message>
        <source>SHA256SUMS line %1: %2 is not in the pack</source>
        <translation>SHA256SUMS 第 %1 行：%2 不在证据包中</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, SHA256SUMS line %3 says %4</source>
        <translation>%1：SHA-256 为 %2，而 SHA256SUMS 第 %3 行记载为 %4</translation>
    </message>
    <message numerus="yes">
        <source>every file matches its SHA256SUMS line (%n lines)</source>
        <translation>
            <numerusform>每个文件均与 SHA256SUMS 中的对应行一致（共 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest.json is missing</source>
        <translation>缺少 manifest.json</translation>
    </message>
    <message>
        <source>manifest.json covers %1, which the format never covers</source>
        <translation>manifest.json 涵盖了 %1，但本格式从不涵盖该文件</translation>
    </message>
    <message>
        <source>manifest.json lists %1, which is not in the pack</source>
        <translation>manifest.json 列出了 %1，但证据包中没有该文件</translation>
    </message>
    <message>
        <source>%1: SHA-256 is %2, manifest.json says %3</source>
        <translation>%1：SHA-256 为 %2，而 manifest.json 记载为 %3</translation>
    </message>
    <message>
        <source>%1 is in the pack but manifest.json does not cover it</source>
        <translation>%1 在证据包中，但 manifest.json 未涵盖该文件</translation>
    </message>
    <message numerus="yes">
        <source>manifest.json (format %1) covers %n files, each with its SHA-256: %2</source>
        <extracomment>%1: the format version; %n: how many files; %2: their names.</extracomment>
        <translation>
            <numerusform>manifest.json（格式版本 %1）涵盖 %n 个文件，均记载了 SHA-256：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>clerkFiles names &quot;%1&quot;, which is not under attachments/</source>
        <translation>clerkFiles 指明的“%1”不在 attachments/ 下</translation>
    </message>
    <message>
        <source>clerkFiles names %1, which is not in the pack</source>
        <translation>clerkFiles 指明的 %1 不在证据包中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: a file of the pack; %2: why its SM3 could not be computed.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: its size or digests differ from those clerkFiles records</source>
        <translation>%1：其大小或摘要与 clerkFiles 的记载不一致</translation>
    </message>
    <message>
        <source>%1 does not match any attachment the platform holds</source>
        <translation>%1 与平台保存的任何附件均不一致</translation>
    </message>
    <message>
        <source>%1 matches the platform&apos;s %2 (SHA-256 and SM3)</source>
        <translation>%1 与平台的 %2 一致（SHA-256 和 SM3）</translation>
    </message>
    <message>
        <source>%1 has no entry in clerkFiles</source>
        <translation>%1 在 clerkFiles 中没有对应条目</translation>
    </message>
    <message>
        <source>the pack holds no clerk&apos;s copy</source>
        <translation>证据包中没有经办人留存副本</translation>
    </message>
    <message>
        <source>cannot read back %1: %2</source>
        <translation>无法重新读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read back %1</source>
        <translation>无法重新读取 %1</translation>
    </message>
    <message>
        <source>another pack is being made</source>
        <translation>另一个证据包正在生成</translation>
    </message>
    <message>
        <source>the platform gave no evidence: %1</source>
        <translation>平台未提供证据：%1</translation>
    </message>
    <message>
        <source>the time-stamping authority&apos;s chain: %1</source>
        <translation>时间戳服务机构的证书链：%1</translation>
    </message>
    <message>
        <source>time-stamp: %1</source>
        <translation>时间戳：%1</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is not a time (ms and the same instant in Beijing time)</source>
        <translation>%1 不是有效时间（应为毫秒数及同一时刻的北京时间）</translation>
    </message>
    <message>
        <source>%1 is not 64 lower-case hex digits</source>
        <translation>%1 不是 64 位小写十六进制数字</translation>
    </message>
    <message>
        <source>manifest.json: %1</source>
        <extracomment>%1: what is wrong with the manifest, e.g. &quot;document.submittedAt is not a time (...)&quot;.</extracomment>
        <translation>manifest.json：%1</translation>
    </message>
    <message>
        <source>%1 is missing or not a string</source>
        <translation>%1 缺失或不是字符串</translation>
    </message>
    <message>
        <source>%1 is missing or not a number</source>
        <translation>%1 缺失或不是数字</translation>
    </message>
    <message>
        <source>%1 is missing or not an array</source>
        <translation>%1 缺失或不是数组</translation>
    </message>
    <message>
        <source>%1 is missing or not an object</source>
        <translation>%1 缺失或不是对象</translation>
    </message>
    <message>
        <source>%1 is missing or not a boolean</source>
        <translation>%1 缺失或不是布尔值</translation>
    </message>
    <message>
        <source>document.status is not a mail status</source>
        <translation>document.status 不是有效的邮件状态</translation>
    </message>
    <message>
        <source>recipient.addressBasis.kind is not confirmed, provided or courtFound</source>
        <translation>recipient.addressBasis.kind 不是 confirmed、provided 或 courtFound</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object (%1 at byte %2)</source>
        <extracomment>%1: the JSON parser&apos;s error; %2: where it is.</extracomment>
        <translation>manifest.json 不是 JSON 对象（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a %1 version %2 manifest</source>
        <extracomment>%1: the format&apos;s name (dmadmin-proof-pack); %2: its version.</extracomment>
        <translation>不是 %1 第 %2 版的清单</translation>
    </message>
    <message>
        <source>timestamp.tsr or manifest.json is missing</source>
        <translation>缺少 timestamp.tsr 或 manifest.json</translation>
    </message>
    <message>
        <source>tsa-chain.pem is missing and no trusted chain was given</source>
        <translation>缺少 tsa-chain.pem，且未提供受信任的证书链</translation>
    </message>
    <message>
        <source>timestamp.tsr does not verify over manifest.json&apos;s SHA-256 %1: %2</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: why the time-stamp does not verify.</extracomment>
        <translation>timestamp.tsr 未能针对 manifest.json 的 SHA-256 %1 通过验证：%2</translation>
    </message>
    <message>
        <source>an unreadable time</source>
        <extracomment>Stands for the time of a time-stamp that cannot be read.</extracomment>
        <translation>无法读取的时间</translation>
    </message>
    <message>
        <source>an unnamed TSA</source>
        <extracomment>Stands for the name of a time-stamping authority that gives none.</extracomment>
        <translation>未具名的 TSA</translation>
    </message>
    <message>
        <source>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the trusted chain given</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.</extracomment>
        <translation>timestamp.tsr 于 %2 为 manifest.json 的 SHA-256 %1 加盖了时间戳，序列号 %3，签发方 %4；其签名者证书可链接至所提供的受信任证书链</translation>
    </message>
    <message>
        <source>timestamp.tsr stamps manifest.json&apos;s SHA-256 %1 at %2, serial %3, by %4; its signer chains to the pack&apos;s own tsa-chain.pem (compare that chain&apos;s CA with the one the TSA publishes)</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: when it was stamped; %3: the serial number; %4: the authority.</extracomment>
        <translation>timestamp.tsr 于 %2 为 manifest.json 的 SHA-256 %1 加盖了时间戳，序列号 %3，签发方 %4；其签名者证书链接至证据包自带的 tsa-chain.pem（请将该证书链的 CA 与 TSA 公布的 CA 进行比对）</translation>
    </message>
    <message>
        <source>the pack is not signed (no manifest.p7s)</source>
        <translation>证据包未签名（没有 manifest.p7s）</translation>
    </message>
    <message>
        <source>manifest.p7s over manifest.json: %1</source>
        <translation>manifest.p7s 对 manifest.json 的签名：%1</translation>
    </message>
    <message>
        <source>manifest.p7s: signature intact, signer %1, certificate chains to the trusted CA given</source>
        <translation>manifest.p7s：签名完好，签名者 %1，证书可链接至所提供的受信任 CA</translation>
    </message>
    <message>
        <source>manifest.p7s: signature intact, signer %1, certificate not checked against a court CA</source>
        <translation>manifest.p7s：签名完好，签名者 %1，证书未经法院 CA 核验</translation>
    </message>
    <message>
        <source>report.pdf is missing</source>
        <translation>缺少 report.pdf</translation>
    </message>
    <message>
        <source>report.pdf is not a PDF file</source>
        <translation>report.pdf 不是 PDF 文件</translation>
    </message>
    <message>
        <source>report.pdf carries no &lt;dm:manifestSha256&gt; in its metadata</source>
        <translation>report.pdf 的元数据中没有 &lt;dm:manifestSha256&gt;</translation>
    </message>
    <message>
        <source>report.pdf names manifest %1, but manifest.json&apos;s SHA-256 is %2: the report belongs to another manifest</source>
        <translation>report.pdf 指向的清单为 %1，但 manifest.json 的 SHA-256 为 %2：该报告属于另一份清单</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata</source>
        <translation>report.pdf 的元数据中载有 manifest.json 的 SHA-256 %1</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 in its metadata (its SM3 not checked: %2)</source>
        <extracomment>%1: the manifest&apos;s SHA-256; %2: why its SM3 could not be computed.</extracomment>
        <translation>report.pdf 的元数据中载有 manifest.json 的 SHA-256 %1（未检查其 SM3：%2）</translation>
    </message>
    <message>
        <source>report.pdf names SM3 %1, but manifest.json&apos;s SM3 is %2: the report belongs to another manifest</source>
        <translation>report.pdf 记载的 SM3 为 %1，但 manifest.json 的 SM3 为 %2：该报告属于另一份清单</translation>
    </message>
    <message>
        <source>report.pdf carries manifest.json&apos;s SHA-256 %1 and its SM3 %2 in its metadata</source>
        <translation>report.pdf 的元数据中载有 manifest.json 的 SHA-256 %1 及其 SM3 %2</translation>
    </message>
    <message>
        <source>unknown OpenSSL error</source>
        <translation>未知的 OpenSSL 错误</translation>
    </message>
    <message>
        <source>the signing file is not a PKCS#12 (.p12/.pfx) file</source>
        <translation>签名文件不是 PKCS#12（.p12/.pfx）文件</translation>
    </message>
    <message>
        <source>wrong password for the PKCS#12 file</source>
        <translation>PKCS#12 文件的密码错误</translation>
    </message>
    <message>
        <source>the PKCS#12 file cannot be opened: wrong password, or it is protected by an algorithm OpenSSL 3 no longer offers by default (RC2, 3DES; export it again with AES-256)</source>
        <translation>无法打开 PKCS#12 文件：密码错误，或该文件使用了 OpenSSL 3 默认不再提供的算法（RC2、3DES）加密；请使用 AES-256 重新导出</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with its certificate</source>
        <translation>PKCS#12 文件中没有与证书对应的私钥</translation>
    </message>
    <message>
        <source>the PKCS#12 file&apos;s key does not belong to its certificate</source>
        <translation>PKCS#12 文件中的私钥与其证书不匹配</translation>
    </message>
    <message>
        <source>OpenSSL could not sign: %1</source>
        <translation>OpenSSL 无法签名：%1</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the signature: %1</source>
        <translation>OpenSSL 无法对签名进行编码：%1</translation>
    </message>
    <message>
        <source>not a DER CMS signature</source>
        <translation>不是 DER 编码的 CMS 签名</translation>
    </message>
    <message>
        <source>the signature is not detached: it carries content of its own</source>
        <translation>签名不是分离式签名：其中包含了自身的内容</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the verification</source>
        <translation>OpenSSL 无法准备验证</translation>
    </message>
    <message>
        <source>the trusted CA file holds no certificate</source>
        <translation>受信任的 CA 文件中没有证书</translation>
    </message>
    <message>
        <source>the signature does not verify: %1</source>
        <translation>签名未通过验证：%1</translation>
    </message>
    <message>
        <source>Archive and file list</source>
        <extracomment>The check that the pack&apos;s ZIP reads safely and holds exactly the files SHA256SUMS lists.</extracomment>
        <translation>压缩包与文件列表</translation>
    </message>
    <message>
        <source>Checksums (SHA256SUMS)</source>
        <extracomment>The check of every line of SHA256SUMS against its file.</extracomment>
        <translation>校验和（SHA256SUMS）</translation>
    </message>
    <message>
        <source>Manifest (manifest.json)</source>
        <translation>清单（manifest.json）</translation>
    </message>
    <message>
        <source>Clerk&apos;s copies</source>
        <extracomment>The check of the copies of the sent files that the clerk added to the pack.</extracomment>
        <translation>经办人留存副本</translation>
    </message>
    <message>
        <source>Event chain (events.jsonl)</source>
        <translation>事件链（events.jsonl）</translation>
    </message>
    <message>
        <source>Service determination</source>
        <extracomment>The check that the rule dating the service gives what the manifest says.</extracomment>
        <translation>送达认定</translation>
    </message>
    <message>
        <source>Time-stamp (timestamp.tsr)</source>
        <translation>时间戳（timestamp.tsr）</translation>
    </message>
    <message>
        <source>Court signature (manifest.p7s)</source>
        <translation>法院电子签名（manifest.p7s）</translation>
    </message>
    <message>
        <source>Report binding (report.pdf)</source>
        <extracomment>The check that report.pdf carries the manifest&apos;s digest.</extracomment>
        <translation>报告绑定（report.pdf）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: refused</source>
        <translation>%1 大于 %2 MiB：拒绝处理</translation>
    </message>
    <message>
        <source>timestamp.tsr: %1</source>
        <translation>timestamp.tsr：%1</translation>
    </message>
    <message>
        <source>timestamp.tsr: not granted: %1</source>
        <translation>timestamp.tsr：未获签发：%1</translation>
    </message>
    <message>
        <source>timestamp.tsr is over another digest than manifest.json&apos;s SHA-256</source>
        <translation>timestamp.tsr 所针对的摘要不是 manifest.json 的 SHA-256</translation>
    </message>
    <message>
        <source>report.pdf is not a PDF that carries manifest.json&apos;s SHA-256 in its metadata</source>
        <translation>report.pdf 不是在元数据中载有 manifest.json 的 SHA-256 的 PDF 文件</translation>
    </message>
    <message>
        <source>manifest.p7s: %1</source>
        <translation>manifest.p7s：%1</translation>
    </message>
    <message>
        <source>cannot name the pack in %1: %2 and its numbered variants are all taken</source>
        <translation>无法在 %1 中为证据包命名：%2 及其所有编号变体均已被占用</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>A QR code needs at least one byte to encode.</source>
        <translation>二维码至少需要编码一个字节。</translation>
    </message>
    <message>
        <source>%1 bytes are too many for a QR code.</source>
        <translation>%1 字节过多，无法编入二维码。</translation>
    </message>
    <message>
        <source>libqrencode could not encode the QR code (errno %1).</source>
        <translation>libqrencode 无法生成二维码（errno %1）。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 大于 %2 MiB</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a directory, pipe or device): refused</source>
        <extracomment>%1: the path given to verify.</extracomment>
        <translation>%1 不是普通文件（而是目录、管道或设备）：已拒绝</translation>
    </message>
    <message>
        <source>the report needs Qt&apos;s graphical libraries, which this program did not start</source>
        <translation>生成凭证需要 Qt 图形库，而本程序未启动该库</translation>
    </message>
    <message>
        <source>the draft has no manifest SHA-256</source>
        <translation>草稿中没有清单的 SHA-256</translation>
    </message>
    <message>
        <source>the time-stamp is over %1, not over the manifest %2</source>
        <extracomment>%1, %2: SHA-256 digests in hexadecimal.</extracomment>
        <translation>该时间戳针对的是 %1，而不是清单 %2</translation>
    </message>
    <message>
        <source>cannot make the QR code: %1</source>
        <translation>无法生成二维码：%1</translation>
    </message>
    <message>
        <source>cannot make a temporary directory for the report: %1</source>
        <translation>无法为凭证创建临时目录：%1</translation>
    </message>
    <message>
        <source>cannot start the report&apos;s PDF</source>
        <translation>无法开始生成凭证 PDF</translation>
    </message>
    <message>
        <source>the report&apos;s two layout passes disagree on the page count</source>
        <translation>凭证两次排版得出的页数不一致</translation>
    </message>
    <message>
        <source>cannot read the report back: %1</source>
        <translation>无法回读凭证：%1</translation>
    </message>
    <message>
        <source>the report&apos;s PDF does not carry the manifest&apos;s SHA-256 in its metadata</source>
        <translation>凭证 PDF 的元数据中未载明清单的 SHA-256</translation>
    </message>
</context>
<context>
    <name>dmctl</name>
    <message>
        <source>Command line for the delivery mailbox platform (dmadmin).</source>
        <translation>送达邮箱平台的命令行工具（dmadmin）。</translation>
    </message>
    <message>
        <source>Print the versions of dmadmin and the libraries it runs on.</source>
        <translation>显示 dmadmin 及其所用库的版本。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>The recipient&apos;s name is required.</source>
        <translation>必须填写受送达人姓名。</translation>
    </message>
    <message>
        <source>--status must be enabled, disabled or deleted.</source>
        <translation>--status 必须是 enabled、disabled 或 deleted。</translation>
    </message>
    <message>
        <source>--activation must be created, smsSent, firstLogin or activated.</source>
        <translation>--activation 必须是 created、smsSent、firstLogin 或 activated。</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正整数。</translation>
    </message>
    <message>
        <source>--format must be table, json or csv.</source>
        <translation>--format 必须是 table、json 或 csv。</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot create accounts.</source>
        <translation>此连接配置为只读（审计）配置，不能创建账号。</translation>
    </message>
    <message>
        <source>The environment variable %1 holds no authorization code.</source>
        <translation>环境变量 %1 中没有授权码。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Standard input holds no authorization code.</source>
        <translation>标准输入中没有授权码。</translation>
    </message>
    <message>
        <source>No authorization code given: use --auth-code-env VAR or --auth-code-stdin.</source>
        <translation>未提供授权码：请使用 --auth-code-env VAR 或 --auth-code-stdin。</translation>
    </message>
    <message>
        <source>Give exactly one of --sandbox-config FILE or --profile NAME.</source>
        <translation>请指定 --sandbox-config FILE 或 --profile NAME 中的一项（只能一项）。</translation>
    </message>
    <message>
        <source>There is no profile named %1 (see: dmctl profile list).</source>
        <translation>没有名为 %1 的连接配置（参见：dmctl profile list）。</translation>
    </message>
    <message>
        <source>The CA file %1 of the profile holds no certificate.</source>
        <translation>连接配置的 CA 文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>--pin must be the base64 of a SHA-256 digest.</source>
        <translation>--pin 必须是 SHA-256 摘要的 base64 编码。</translation>
    </message>
    <message>
        <source>profile add needs a name (letters, digits, . _ -), an https --base-url, --app-id, --org-open-id and --domain.</source>
        <translation>profile add 需要名称（字母、数字、. _ -）、https 的 --base-url、--app-id、--org-open-id 和 --domain。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名为 %1 的连接配置已存在。</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>无法保存连接配置。</translation>
    </message>
    <message>
        <source>Profile %1 added.</source>
        <translation>已添加连接配置 %1。</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>没有名为 %1 的连接配置。</translation>
    </message>
    <message>
        <source>Usage: dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</source>
        <translation>用法：dmctl profile add NAME --base-url URL --app-id ID --org-open-id ID --domain D [--pin P]... [--ca-file F] [--read-only] (--auth-code-env VAR | --auth-code-stdin) | list | remove NAME</translation>
    </message>
    <message>
        <source>Log each request to stderr.</source>
        <translation>将每个请求记录到标准错误输出。</translation>
    </message>
    <message>
        <source>The account was queued but not created; run `dmctl accounts resume`.</source>
        <translation>该账号已加入队列，但尚未创建；请运行 `dmctl accounts resume`。</translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>完成 %1 个，失败 %2 个。</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change accounts.</source>
        <translation>此连接配置为只读（审计）配置，不能更改账号。</translation>
    </message>
    <message>
        <source>%1: %2 in the cache, %3 on the platform</source>
        <translation>%1：缓存中 %2，平台上 %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 count checks match</source>
        <translation>%1：%3 项数量核对中有 %2 项一致</translation>
    </message>
    <message>
        <source>%1: %2 rows written, %3 of %4 count checks match</source>
        <translation>%1：已写入 %2 条记录，%4 项数量核对中有 %3 项一致</translation>
    </message>
    <message>
        <source>gap: %1</source>
        <translation>不一致：%1</translation>
    </message>
    <message>
        <source>Cancelled; the next sync resumes from the last committed batch.</source>
        <translation>已取消；下次同步将从最后提交的批次继续。</translation>
    </message>
    <message>
        <source>Unknown stream %1; the streams are: %2</source>
        <translation>未知的同步项 %1；可用的同步项为：%2</translation>
    </message>
    <message>
        <source>--history-days expects a number of days from 1 to 3650.</source>
        <translation>--history-days 应为 1 至 3650 之间的天数。</translation>
    </message>
    <message>
        <source>sync %1 (%2/%3): %4 of %5 rows, %6 rows/s</source>
        <translation>同步 %1（%2/%3）：%4/%5 条记录，%6 条/秒</translation>
    </message>
    <message>
        <source>integrity: FAILED (%1)</source>
        <translation>完整性：失败（%1）</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>integrity: FAILED, %n problem(s)</source>
        <translation>
            <numerusform>完整性：失败，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: FAILED (%1)</source>
        <translation>审计日志：失败（%1）</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries</source>
        <translation>
            <numerusform>审计日志：正常，%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN at entry %1: %2</source>
        <translation>审计日志：在第 %1 条记录处损坏：%2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>第 %1 行“%2”列</translation>
    </message>
    <message>
        <source>rejected: %1: %2</source>
        <translation>未通过校验：%1：%2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>failed: row %1 (%2): %3</source>
        <translation>失败：第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 skipped (already exist), %4 failed, %5 rejected.</source>
        <translation>共 %1 行：已创建 %2 个，跳过 %3 个（已存在），失败 %4 个，未通过校验 %5 个。</translation>
    </message>
    <message>
        <source>import: %1 of %2 sent, %3 failed</source>
        <translation>导入：已发送 %1/%2，失败 %3</translation>
    </message>
    <message>
        <source>Usage: dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] [--map COLUMN=FIELD ...] [--unit U] [--delivery sms|none]</source>
        <translation>用法：dmctl accounts import FILE [--dry-run] [--encoding auto|utf-8|gbk] [--map COLUMN=FIELD ...] [--unit U] [--delivery sms|none]</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it can only check a file (--dry-run).</source>
        <translation>此连接配置为只读（审计）配置，只能检查文件（--dry-run）。</translation>
    </message>
    <message>
        <source>--encoding must be auto, utf-8 or gbk.</source>
        <translation>--encoding 必须是 auto、utf-8 或 gbk。</translation>
    </message>
    <message>
        <source>--delivery must be sms or none.</source>
        <translation>--delivery 必须是 sms 或 none。</translation>
    </message>
    <message>
        <source>The accounts could not be brought up to date, so duplicates on the platform cannot be ruled out.</source>
        <translation>无法更新账号，因此不能排除平台上存在重复项。</translation>
    </message>
    <message>
        <source>--unit: no unit, or more than one, has this id or name.</source>
        <translation>--unit：没有单位使用此 ID 或名称，或者有多个单位使用。</translation>
    </message>
    <message>
        <source>%1 rows: %2 would be created, %3 skipped (already exist), %4 rejected. Nothing was sent (--dry-run).</source>
        <translation>共 %1 行：将创建 %2 个，跳过 %3 个（已存在），未通过校验 %4 个。未发送任何内容（--dry-run）。</translation>
    </message>
    <message>
        <source>Bringing the cached accounts up to date...</source>
        <translation>正在更新缓存的账号...</translation>
    </message>
    <message>
        <source>--%1 does not accept %2.</source>
        <translation>--%1 不接受 %2。</translation>
    </message>
    <message>
        <source>--type must be login, mail or operation.</source>
        <translation>--type 必须是 login、mail 或 operation。</translation>
    </message>
    <message>
        <source>--%1 expects a local date or time such as 2026-10-01 or 2026-10-01T08:00.</source>
        <translation>--%1 应为本地日期或时间，例如 2026-10-01 或 2026-10-01T08:00。</translation>
    </message>
    <message>
        <source>--limit expects a number from 1 to %1.</source>
        <translation>--limit 应为 1 至 %1 之间的数字。</translation>
    </message>
    <message>
        <source>--read must be yes or no.</source>
        <translation>--read 必须是 yes 或 no。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the local cache</source>
        <translation>
            <numerusform>%n 条记录（来自本地缓存）</numerusform>
        </translation>
    </message>
    <message>
        <source>To rebuild it: dmctl cache rebuild</source>
        <translation>如需重建：dmctl cache rebuild</translation>
    </message>
    <message>
        <source>The cache file %1 could not be deleted.</source>
        <translation>无法删除缓存文件 %1。</translation>
    </message>
    <message>
        <source>%1: not served by this platform</source>
        <translation>%1：本平台未提供</translation>
    </message>
    <message>
        <source>(the domain&apos;s default)</source>
        <translation>（沿用域的默认设置）</translation>
    </message>
    <message>
        <source>(no rules)</source>
        <translation>（无规则）</translation>
    </message>
    <message>
        <source>No change.</source>
        <translation>无变化。</translation>
    </message>
    <message>
        <source>The change was queued but not sent; run `dmctl accounts resume`.</source>
        <translation>该变更已加入队列，但尚未发送；请运行 `dmctl accounts resume`。</translation>
    </message>
    <message>
        <source>Applied: %1 is now at version %2.</source>
        <translation>已应用：%1 现为版本 %2。</translation>
    </message>
    <message>
        <source>--file is required: the login rules to set, as JSON.</source>
        <translation>必须指定 --file：要设置的登录规则（JSON 格式）。</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change login rules.</source>
        <translation>此连接配置为只读（审计）配置，不能更改登录规则。</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent or queued.</source>
        <translation>模拟运行：未发送任何内容，也未加入队列。</translation>
    </message>
    <message>
        <source>--account is required: the platform decides a login of one account (its own rules first, then the domain&apos;s).</source>
        <translation>必须指定 --account：平台针对单个账号的登录作出判定（先按该账号自己的规则，再按域的规则）。</translation>
    </message>
    <message>
        <source>IP: %1 is not an IPv4 or IPv6 address (no prefix, no zone).</source>
        <translation>IP：%1 不是 IPv4 或 IPv6 地址（不能带前缀或区域 ID）。</translation>
    </message>
    <message>
        <source>%1: rule %2 of the %3 list decides (%4).</source>
        <translation>%1：由 %3 列表中的规则 %2 决定（%4）。</translation>
    </message>
    <message>
        <source>%1: no rule matches; the %2&apos;s default decides.</source>
        <translation>%1：没有匹配的规则，由 %2 的默认设置决定。</translation>
    </message>
    <message>
        <source>--level is required: domain, unit or account.</source>
        <translation>必须指定 --level：domain、unit 或 account。</translation>
    </message>
    <message>
        <source>--level must be domain, unit or account.</source>
        <translation>--level 必须是 domain、unit 或 account。</translation>
    </message>
    <message>
        <source>--target is required at unit and account level (a unit id or an account name).</source>
        <translation>在 unit 和 account 层级必须指定 --target（单位 ID 或账号名）。</translation>
    </message>
    <message>
        <source>--effective needs --level account: only an account has an effective policy.</source>
        <translation>--effective 需要 --level account：只有账号才有实际生效的策略。</translation>
    </message>
    <message>
        <source>%1: %2: is not a key of a policy document</source>
        <translation>%1：%2：不是策略文档的键</translation>
    </message>
    <message>
        <source>%1: level: the file is for another level than --level</source>
        <translation>%1：level：文件针对的层级与 --level 不同</translation>
    </message>
    <message>
        <source>%1: targetId: the file is for another target than --target</source>
        <translation>%1：targetId：文件针对的对象与 --target 不同</translation>
    </message>
    <message>
        <source>%1: version: must be a whole number from 0</source>
        <translation>%1：version：必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>（继承）</translation>
    </message>
    <message>
        <source>--file is required: the policy to set, as JSON.</source>
        <translation>必须指定 --file：要设置的策略（JSON 格式）。</translation>
    </message>
    <message>
        <source>This profile is read-only (auditor): it cannot change the policy.</source>
        <translation>此连接配置为只读（审计）配置，不能更改策略。</translation>
    </message>
    <message>
        <source>Usage: dmctl policy get --level domain|unit|account [--target ID] [--effective] [--format json|table] | set --level L [--target ID] --file FILE [--expected-version N] [--dry-run] | drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix] | fix-drift [--baseline FILE]</source>
        <translation>用法：dmctl policy get --level domain|unit|account [--target ID] [--effective] [--format json|table] | set --level L [--target ID] --file FILE [--expected-version N] [--dry-run] | drift [--baseline FILE] [--offline] [--format table|json|csv] [--fix] | fix-drift [--baseline FILE]</translation>
    </message>
    <message numerus="yes">
        <source>No drift: %n policy document(s) meet the baseline.</source>
        <translation>
            <numerusform>未偏离基线：%n 份策略文档均符合基线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drift: %1 field(s) weaker than the baseline in %2 of %3 policy documents.</source>
        <translation>偏离基线：%3 份策略文档中有 %2 份偏离，共 %1 个字段弱于基线。</translation>
    </message>
    <message>
        <source>This platform serves no delivery policy.</source>
        <translation>本平台未提供送达策略。</translation>
    </message>
    <message numerus="yes">
        <source>Fixing: %n policy document(s) queued as one batch.</source>
        <translation>
            <numerusform>正在修复：已将 %n 份策略文档作为一个批次加入队列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every fix was applied; scan again and review the documents named above.</source>
        <translation>并非所有修复都已生效；请重新检查，并核对上面列出的文档。</translation>
    </message>
    <message>
        <source>After the fix:</source>
        <translation>修复后：</translation>
    </message>
    <message>
        <source>The saved baseline of this profile cannot be used: %1</source>
        <translation>此连接配置已保存的基线无法使用：%1</translation>
    </message>
    <message>
        <source>--offline cannot be combined with a fix: the fix needs the platform.</source>
        <translation>--offline 不能与修复同时使用：修复需要连接平台。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: too large for a policy or rule file (over 1 MB).</source>
        <translation>%1：作为策略或规则文件过大（超过 1 MB）。</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3).</source>
        <translation>%1：第 %2 字节处不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: must hold one JSON object.</source>
        <translation>%1：必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--format must be json or table.</source>
        <translation>--format 必须是 json 或 table。</translation>
    </message>
    <message>
        <source>--expected-version must be a whole number from 0 to 2147483647.</source>
        <translation>--expected-version 必须是 0 至 2147483647 之间的整数。</translation>
    </message>
    <message>
        <source>Version conflict (%1): the change was based on version %2 of %3, but the platform&apos;s document is now at version %4. Nothing was changed; read it again and reapply the change.</source>
        <translation>版本冲突（%1）：此变更基于 %3 的版本 %2，但平台上的文档现已是版本 %4。未做任何更改；请重新读取后再次应用此变更。</translation>
    </message>
    <message>
        <source>--days only applies to a dry run (--dry-run).</source>
        <translation>--days 仅适用于模拟运行（--dry-run）。</translation>
    </message>
    <message>
        <source>--days must be a whole number of days from 1 to %1, not %2.</source>
        <translation>--days 必须是 1 至 %1 之间的整数天数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 by rule %2 of the %3 list</source>
        <translation>由 %3 列表中的规则 %2 判定为 %1</translation>
    </message>
    <message>
        <source>%1 by the %2&apos;s default</source>
        <translation>由 %2 的默认设置判定为 %1</translation>
    </message>
    <message>
        <source>today: %1; draft: %2</source>
        <translation>当前：%1；草案：%2</translation>
    </message>
    <message>
        <source>Cached logins of the last %1 days (since %2): %3 scanned.</source>
        <translation>缓存中最近 %1 天（自 %2 起）的登录：已扫描 %3 条。</translation>
    </message>
    <message>
        <source>The cached login log is complete up to %1.</source>
        <translation>缓存中的登录日志截至 %1 是完整的。</translation>
    </message>
    <message>
        <source>The login log has not been synced completely yet: the counts cover what the cache holds.</source>
        <translation>登录日志尚未完全同步：计数仅涵盖缓存中已有的记录。</translation>
    </message>
    <message>
        <source>This draft would have refused %1 logins of %2 accounts, and allowed %3 that are refused today.</source>
        <translation>此草案将拒绝 %2 个账号的 %1 次登录，并允许 %3 次当前被拒绝的登录。</translation>
    </message>
    <message>
        <source>Would be refused (%1 of %2):</source>
        <translation>将被拒绝（显示 %1 条，共 %2 条）：</translation>
    </message>
    <message>
        <source>Would be allowed (%1 of %2):</source>
        <translation>将被允许（显示 %1 条，共 %2 条）：</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Usage: dmctl loginrules get [--account NAME] [--format json|table] | set [--account NAME] --file FILE [--expected-version N] [--dry-run [--days N] [--format json|table]] | test IP --account NAME [--region R]</source>
        <translation>用法：dmctl loginrules get [--account NAME] [--format json|table] | set [--account NAME] --file FILE [--expected-version N] [--dry-run [--days N] [--format json|table]] | test IP --account NAME [--region R]</translation>
    </message>
    <message>
        <source>Usage: dmctl logs search|export --type login|mail|operation [filters]</source>
        <translation>用法：dmctl logs search|export --type login|mail|operation [筛选条件]</translation>
    </message>
    <message>
        <source>Usage: dmctl logs export --type login|mail|operation [filters] --format csv|xlsx|pdf --output FILE</source>
        <translation>用法：dmctl logs export --type login|mail|operation [筛选条件] --format csv|xlsx|pdf --output FILE</translation>
    </message>
    <message>
        <source>logs export needs --output FILE.</source>
        <translation>logs export 需要 --output FILE。</translation>
    </message>
    <message>
        <source>--format must be csv, xlsx or pdf.</source>
        <translation>--format 必须是 csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>export %1: %2%</source>
        <translation>导出 %1：%2%</translation>
    </message>
    <message>
        <source>export %1: 100%</source>
        <translation>导出 %1：100%</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1 (%2, %3 bytes)</source>
        <translation>
            <numerusform>已将 %n 行写入 %1（%2，%3 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: a number on the command line can be read by every user of this machine and stays in the shell&apos;s history. Put mobile=… and id-number=… lines in a file only you can read and give --personal FILE, or pipe them to --personal -.</source>
        <translation>%1 不被接受：命令行中的号码本机所有用户都能看到，并会留在 shell 历史中。请把 mobile=… 和 id-number=… 两行写入只有你能读取的文件并使用 --personal FILE，或通过管道传给 --personal -。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile is required (a mobile=… line in FILE, or - for standard input).</source>
        <translation>必须提供受送达人手机号（FILE 中的 mobile=… 行，或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <source>Standard input already carries the authorization code: give the numbers in a file.</source>
        <translation>标准输入已用于传递授权码：请通过文件提供号码。</translation>
    </message>
    <message>
        <source>Line %1: expected mobile=… or id-number=…</source>
        <translation>第 %1 行：应为 mobile=… 或 id-number=…</translation>
    </message>
    <message>
        <source>Line %1: %2 is given twice.</source>
        <translation>第 %1 行：%2 重复给出。</translation>
    </message>
    <message>
        <source>No mobile=… line: the recipient&apos;s mobile is required.</source>
        <translation>缺少 mobile=… 行：必须提供受送达人手机号。</translation>
    </message>
    <message>
        <source>%1 may be read by other users of this machine: make it private first (chmod 600 %1).</source>
        <translation>本机其他用户可以读取 %1：请先将其设为仅本人可读（chmod 600 %1）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a mobile and an ID number.</source>
        <translation>%1 过大，不像只含手机号和身份证号。</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>Give the address basis: confirmed, provided, courtFound or none.</source>
        <translation>请指定送达地址依据：confirmed、provided、courtFound 或 none。</translation>
    </message>
    <message>
        <source>--basis-date and --basis-reference belong to a basis that is recorded.</source>
        <translation>--basis-date 和 --basis-reference 仅在登记送达地址依据时使用。</translation>
    </message>
    <message>
        <source>The address basis must be confirmed, provided, courtFound or none.</source>
        <translation>送达地址依据必须是 confirmed、provided、courtFound 或 none。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>日期请按 YYYY-MM-DD 格式填写。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 大于 %2 MiB。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>未设置环境变量 %1。</translation>
    </message>
    <message>
        <source>--tsa needs --tsa-chain FILE: the chain its tokens are checked against.</source>
        <translation>--tsa 需要 --tsa-chain FILE：用于校验其时间戳令牌的证书链。</translation>
    </message>
    <message>
        <source>This profile names no time-stamping authority: give --tsa URL and --tsa-chain FILE.</source>
        <translation>此连接配置未指定时间戳服务机构：请提供 --tsa URL 和 --tsa-chain FILE。</translation>
    </message>
    <message>
        <source>The time-stamping URL must be http or https.</source>
        <translation>时间戳服务 URL 必须为 http 或 https。</translation>
    </message>
    <message>
        <source>--case makes every pack of a case: it takes no --message-id or --attach.</source>
        <translation>--case 会为一个案件生成全部证据包：不能再指定 --message-id 或 --attach。</translation>
    </message>
    <message>
        <source>%1 is not a case number.</source>
        <translation>%1 不是有效的案号。</translation>
    </message>
    <message>
        <source>The local cache holds no document of %1 (run dmctl sync first).</source>
        <translation>本地缓存中没有案件 %1 的文书（请先运行 dmctl sync）。</translation>
    </message>
    <message>
        <source>Usage: dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] [--output DIR] | --case CASE [--output DIR]</source>
        <translation>用法：dmctl proof make --message-id ID --recipient ADDRESS [--attach FILE...] [--output DIR] | --case CASE [--output DIR]</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 发往 %2：%3</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Usage: dmctl proof verify PACK.zip [--tsa-chain FILE]</source>
        <translation>用法：dmctl proof verify PACK.zip [--tsa-chain FILE]</translation>
    </message>
    <message>
        <source>The pack is not sound: %1: %2</source>
        <translation>证据包验证未通过：%1：%2</translation>
    </message>
    <message>
        <source>Usage: dmctl proof make|verify ...</source>
        <translation>用法：dmctl proof make|verify ...</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The court&apos;s certificate: %1</source>
        <translation>法院证书：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 to %2: the audit ledger: %3</source>
        <translation>%1（发往 %2）：审计日志：%3</translation>
    </message>
    <message>
        <source>The audit ledger: %1</source>
        <translation>审计日志：%1</translation>
    </message>
    <message>
        <source>Usage: dmctl audit verify [--tsa-chain FILE] | anchor [--tsa URL --tsa-chain FILE] | list [--limit N]</source>
        <translation>用法：dmctl audit verify [--tsa-chain 文件] | anchor [--tsa 网址 --tsa-chain 文件] | list [--limit 数量]</translation>
    </message>
    <message numerus="yes">
        <source>ledger: ok, %n entries, every seal, link and guard holds</source>
        <translation>
            <numerusform>账本：正常，共 %n 条，每个封存、链接和保护均完好</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger: BROKEN: %1</source>
        <translation>账本：已损坏：%1</translation>
    </message>
    <message numerus="yes">
        <source>anchors: ok, %n verified against %1; the newest names entry %2, time-stamped %3 (Beijing time)</source>
        <translation>
            <numerusform>锚点：正常，已按%1校验 %n 个；最新的锚点对应第 %2 条，时间戳为 %3（北京时间）</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: none</source>
        <translation>锚点：无</translation>
    </message>
    <message numerus="yes">
        <source>after the newest anchor: %n entries, which only the ledger key speaks for</source>
        <translation>
            <numerusform>最新锚点之后：%n 条，仅由账本密钥证明</numerusform>
        </translation>
    </message>
    <message>
        <source>anchors: BROKEN at anchor %1: %2</source>
        <translation>锚点：在锚点 %1 处损坏：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the chain given</source>
        <translation>所提供的证书链</translation>
    </message>
    <message>
        <source>The sandbox&apos;s TSA chain cannot be fetched: %1</source>
        <translation>无法获取沙箱时间戳机构的证书链：%1</translation>
    </message>
    <message>
        <source>the chain the sandbox publishes</source>
        <translation>沙箱公布的证书链</translation>
    </message>
    <message>
        <source>Nothing new to time-stamp: the newest entry is anchored already.</source>
        <translation>没有需要加盖时间戳的新内容：最新一条已有锚点。</translation>
    </message>
    <message>
        <source>Entry %1 time-stamped %2 (Beijing time).</source>
        <translation>第 %1 条已加盖时间戳：%2（北京时间）。</translation>
    </message>
    <message>
        <source>The ledger key of this archive&apos;s profile cannot be read: %1</source>
        <translation>无法读取该保留账本所属配置的账本密钥：%1</translation>
    </message>
    <message>
        <source>The ledger key of this archive&apos;s profile is not usable.</source>
        <translation>该保留账本所属配置的账本密钥不可用。</translation>
    </message>
    <message>
        <source>Profile %1, its authorization code and its local cache removed; its ledger key stays in the keychain for the kept audit ledger.</source>
        <translation>已删除配置 %1、其授权码和本地缓存；其账本密钥仍保留在钥匙串中，用于校验保留的审计账本。</translation>
    </message>
    <message>
        <source>Give both --proxy-user USER and --proxy-password-env VAR.</source>
        <translation>请同时给出 --proxy-user USER 和 --proxy-password-env VAR。</translation>
    </message>
    <message>
        <source>The proxy user name is empty or holds a line break.</source>
        <translation>代理服务器用户名为空或包含换行符。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set (the proxy password).</source>
        <translation>环境变量 %1 未设置（代理服务器密码）。</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3 %4)</source>
        <translation>第 %1 条（%2，%3 %4）</translation>
    </message>
    <message>
        <source>platform: not checked: the operation log has not been synced yet (dmctl sync)</source>
        <translation>平台核对：未进行：操作日志尚未同步（请运行 dmctl sync）</translation>
    </message>
    <message numerus="yes">
        <source>platform: %1 of %n changes up to %2 (the last sync of its operation log) are in that log</source>
        <translation>
            <numerusform>平台核对：截至 %2（操作日志最近一次同步）的 %n 项变更中，有 %1 项见于平台操作日志</numerusform>
        </translation>
    </message>
    <message>
        <source>platform: CONTRADICTED: %1 is recorded as done, but the platform&apos;s log has no such change</source>
        <translation>平台核对：矛盾：%1 记为已完成，但平台操作日志中没有这项变更</translation>
    </message>
    <message numerus="yes">
        <source>platform: %n changes in its log are not in this ledger: made by another administrator or client, or removed from this ledger</source>
        <translation>
            <numerusform>平台核对：平台操作日志中有 %n 项变更不在本账本中：由其他管理员或客户端所做，或已从本账本中删除</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1 is not in the platform&apos;s log, which leaves out a change that changed nothing</source>
        <translation>警告：%1 不见于平台操作日志；平台不记录未产生实际改动的变更</translation>
    </message>
    <message numerus="yes">
        <source>%n failed action(s) queued again.</source>
        <translation>
            <numerusform>已将 %n 项失败的操作重新排队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: dmctl accounts get ACCOUNT | create --account A --name N --personal FILE|- [--unit U] [--case-number C] [--basis KIND --basis-date YYYY-MM-DD [--basis-reference TEXT]] | set-address-basis --account A --basis confirmed|provided|courtFound|none [--basis-date YYYY-MM-DD] [--basis-reference TEXT] | resume [--failed] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</source>
        <translation>用法：dmctl accounts get ACCOUNT | create --account A --name N --personal FILE|- [--unit U] [--case-number C] [--basis KIND --basis-date YYYY-MM-DD [--basis-reference TEXT]] | set-address-basis --account A --basis confirmed|provided|courtFound|none [--basis-date YYYY-MM-DD] [--basis-reference TEXT] | resume [--failed] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older (dmctl logs search --type operation)</source>
        <translation>
            <numerusform>……另有 %n 项更早的变更（dmctl logs search --type operation）</numerusform>
        </translation>
    </message>
    <message>
        <source>This platform lacks the delivery extension: listed from its own account listing, without activation.</source>
        <translation>此平台缺少送达扩展接口：以下帐号取自平台自带的帐号列表，不含激活状态。</translation>
    </message>
    <message>
        <source>Unknown language for --lang: “%1” (zh_CN or en).</source>
        <translation>--lang 的语言未知：“%1”（可用 zh_CN 或 en）。</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Usage: dmctl &lt;command&gt; [&lt;subcommand&gt;] [options]</source>
        <translation>用法：dmctl &lt;命令&gt; [&lt;子命令&gt;] [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>The connection options (--profile, --sandbox-config, --auth-code-env, ...) apply to the commands that talk to the platform or open its cache.</source>
        <translation>连接选项（--profile、--sandbox-config、--auth-code-env 等）用于需要访问平台或打开其本地缓存的命令。</translation>
    </message>
    <message>
        <source>For the options and examples of a command: dmctl help &lt;command&gt; [&lt;subcommand&gt;]</source>
        <translation>查看某个命令的选项和示例：dmctl help &lt;命令&gt; [&lt;子命令&gt;]</translation>
    </message>
    <message>
        <source>Usage: dmctl %1</source>
        <translation>用法：dmctl %1</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>For the options and examples of a subcommand: dmctl help %1 &lt;subcommand&gt;</source>
        <translation>查看子命令的选项和示例：dmctl help %1 &lt;子命令&gt;</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>(none of its own)</source>
        <translation>（无专用选项）</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>Language of the messages: zh_CN or en (default: the system&apos;s).</source>
        <translation>提示信息的语言：zh_CN 或 en（默认跟随系统）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Connect with this saved profile (see dmctl profile list).</source>
        <translation>使用此已保存的连接配置连接（参见 dmctl profile list）。</translation>
    </message>
    <message>
        <source>Connect to the dmsandbox whose connection line (JSON) this file holds.</source>
        <translation>连接到 dmsandbox，其连接信息（JSON）保存在此文件中。</translation>
    </message>
    <message>
        <source>Read the authCode from this environment variable.</source>
        <translation>从此环境变量读取授权码。</translation>
    </message>
    <message>
        <source>Read the authCode from the first line of standard input.</source>
        <translation>从标准输入的第一行读取授权码。</translation>
    </message>
    <message>
        <source>User name for a proxy that asks for one.</source>
        <translation>代理服务器要求登录时使用的用户名。</translation>
    </message>
    <message>
        <source>Environment variable holding the proxy password.</source>
        <translation>保存代理密码的环境变量。</translation>
    </message>
    <message>
        <source>Account name of the mailbox (the part before @).</source>
        <translation>送达邮箱的账号名（@ 之前的部分）。</translation>
    </message>
    <message>
        <source>Recipient&apos;s name as court documents give it.</source>
        <translation>受送达人姓名，与法院文书所载一致。</translation>
    </message>
    <message>
        <source>Refused: a mobile number goes in the --personal file, never on the command line.</source>
        <translation>不予接受：手机号只能写在 --personal 文件中，不得出现在命令行上。</translation>
    </message>
    <message>
        <source>Refused: an ID-card number goes in the --personal file, never on the command line.</source>
        <translation>不予接受：身份证号只能写在 --personal 文件中，不得出现在命令行上。</translation>
    </message>
    <message>
        <source>File (mode 0600), or - for standard input, with the lines mobile=… and id-number=….</source>
        <translation>含 mobile=… 和 id-number=… 两行的文件（权限 0600），或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Id of the unit (department) the accounts belong to.</source>
        <translation>账号所属单位（部门）的编号。</translation>
    </message>
    <message>
        <source>Case number the account is opened for, e.g. (2026)粤0104民初1234号.</source>
        <translation>开设账号所涉案件的案号，例如 (2026)粤0104民初1234号。</translation>
    </message>
    <message>
        <source>Only accounts with this status: enabled, disabled or deleted.</source>
        <translation>只列出此状态的账号：enabled（启用）、disabled（停用）或 deleted（已删除）。</translation>
    </message>
    <message>
        <source>Only accounts at this activation step: created, smsSent, firstLogin or activated.</source>
        <translation>只列出处于此激活阶段的账号：created、smsSent、firstLogin 或 activated。</translation>
    </message>
    <message>
        <source>Only accounts whose account name or name contains this.</source>
        <translation>只列出账号名或姓名中包含此文字的账号。</translation>
    </message>
    <message>
        <source>Print at most this many rows.</source>
        <translation>最多输出这么多行。</translation>
    </message>
    <message>
        <source>Output format: table, json or csv (default table).</source>
        <translation>输出格式：table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <source>Where the address comes from: confirmed, provided or courtFound (none clears it).</source>
        <translation>送达地址的依据：confirmed（当事人确认）、provided（当事人提供）或 courtFound（法院查明）；none 表示清除。</translation>
    </message>
    <message>
        <source>Date the address was confirmed, provided or found (YYYY-MM-DD).</source>
        <translation>地址确认、提供或查明的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Reference of the address confirmation, or how the court found the address.</source>
        <translation>送达地址确认书的文号，或法院查明该地址的方式。</translation>
    </message>
    <message>
        <source>Also send again the actions that failed.</source>
        <translation>同时重新提交此前失败的操作。</translation>
    </message>
    <message>
        <source>Check and show what would change; change nothing.</source>
        <translation>只检查并显示将会发生的变更，不做任何更改。</translation>
    </message>
    <message>
        <source>Encoding of a CSV file: auto, utf-8 or gbk (default auto).</source>
        <translation>CSV 文件的编码：auto、utf-8 或 gbk（默认 auto）。</translation>
    </message>
    <message>
        <source>Read the column COLUMN as FIELD (account, name, id, mobile, case, unit or skip); repeatable.</source>
        <translation>将 COLUMN 列读作 FIELD 字段（account、name、id、mobile、case、unit 或 skip）；可重复指定。</translation>
    </message>
    <message>
        <source>How recipients get their password: sms or none (default sms).</source>
        <translation>受送达人获取密码的方式：sms（短信）或 none（不发送）（默认 sms）。</translation>
    </message>
    <message>
        <source>Sync only this stream: accounts, policy, operations, logins or mail; repeatable.</source>
        <translation>只同步此项：accounts、policy、operations、logins 或 mail；可重复指定。</translation>
    </message>
    <message>
        <source>How many days back a first sync of the logs reaches (default 180).</source>
        <translation>首次同步日志时向前追溯的天数（默认 180）。</translation>
    </message>
    <message>
        <source>Which log: login, mail or operation.</source>
        <translation>日志类别：login（登录）、mail（邮件）或 operation（操作）。</translation>
    </message>
    <message>
        <source>Start, local time (2026-10-01 or 2026-10-01T08:00).</source>
        <translation>起始时间，本地时间（2026-10-01 或 2026-10-01T08:00）。</translation>
    </message>
    <message>
        <source>End, exclusive, local time.</source>
        <translation>截止时间（不含），本地时间。</translation>
    </message>
    <message>
        <source>Logins from addresses that begin with this.</source>
        <translation>来自以此开头的 IP 地址的登录。</translation>
    </message>
    <message>
        <source>Logins from this province.</source>
        <translation>来自此省份的登录。</translation>
    </message>
    <message>
        <source>Logins through this kind of client.</source>
        <translation>通过此类客户端的登录。</translation>
    </message>
    <message>
        <source>Only the logins the platform marked abnormal.</source>
        <translation>只列出平台标记为异常的登录。</translation>
    </message>
    <message>
        <source>Mails whose subject contains this text.</source>
        <translation>主题中包含此文字的邮件。</translation>
    </message>
    <message>
        <source>Mails received (in) or sent (out).</source>
        <translation>收到（in）或发出（out）的邮件。</translation>
    </message>
    <message>
        <source>Mails from this address.</source>
        <translation>由此地址发出的邮件。</translation>
    </message>
    <message>
        <source>Mails to this address.</source>
        <translation>发往此地址的邮件。</translation>
    </message>
    <message>
        <source>Mails read (yes) or not read yet (no).</source>
        <translation>已读（yes）或未读（no）的邮件。</translation>
    </message>
    <message>
        <source>Operations done by this administrator.</source>
        <translation>此管理员执行的操作。</translation>
    </message>
    <message>
        <source>Operations with this operation code.</source>
        <translation>具有此操作代码的操作。</translation>
    </message>
    <message>
        <source>Operations whose target contains this text.</source>
        <translation>操作对象中包含此文字的操作。</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Which policy: domain, unit or account.</source>
        <translation>策略层级：domain（域）、unit（单位）或 account（账号）。</translation>
    </message>
    <message>
        <source>The account&apos;s effective policy, with the source of each field.</source>
        <translation>账号的实际生效策略，并注明每个字段的来源。</translation>
    </message>
    <message>
        <source>JSON file in the shape the API contract gives.</source>
        <translation>符合接口约定格式的 JSON 文件。</translation>
    </message>
    <message>
        <source>Refuse the change unless the document is at this version.</source>
        <translation>仅当文档处于此版本时才进行更改，否则拒绝。</translation>
    </message>
    <message>
        <source>Baseline policy file (JSON); default: the profile&apos;s saved baseline.</source>
        <translation>基线策略文件（JSON）；默认使用该连接配置已保存的基线。</translation>
    </message>
    <message>
        <source>Queue and apply the fix of every drift found.</source>
        <translation>将发现的每项偏离的修正加入队列并执行。</translation>
    </message>
    <message>
        <source>Scan the cache as it is, without syncing first.</source>
        <translation>直接扫描现有缓存，不先同步。</translation>
    </message>
    <message>
        <source>Place the login comes from, e.g. 广东省广州市.</source>
        <translation>登录来源地，例如 广东省广州市。</translation>
    </message>
    <message>
        <source>With --dry-run: replay the cached logins of the last N days (1..366, default 30).</source>
        <translation>与 --dry-run 同用：重放最近 N 天缓存的登录记录（1..366，默认 30）。</translation>
    </message>
    <message>
        <source>Message id of the document (dmctl logs search --type mail shows it).</source>
        <translation>文书邮件的消息编号（可由 dmctl logs search --type mail 查到）。</translation>
    </message>
    <message>
        <source>A copy of a file that was sent (repeatable): the pack says whether it matches the platform&apos;s.</source>
        <translation>所发送文件的副本（可重复指定）：证据包会说明其是否与平台上的文件一致。</translation>
    </message>
    <message>
        <source>Every document and recipient of this case number.</source>
        <translation>此案号下的全部文书和受送达人。</translation>
    </message>
    <message>
        <source>The court&apos;s name for the packs (the platform does not tell it).</source>
        <translation>证据包上的法院名称（平台不提供）。</translation>
    </message>
    <message>
        <source>Address of the RFC 3161 time-stamping service.</source>
        <translation>RFC 3161 时间戳服务的地址。</translation>
    </message>
    <message>
        <source>Certificate chain (PEM) of the time-stamping service.</source>
        <translation>时间戳服务的证书链（PEM）。</translation>
    </message>
    <message>
        <source>PKCS#12 file of the court&apos;s certificate: the pack gets a signature (manifest.p7s).</source>
        <translation>法院证书的 PKCS#12 文件：为证据包加签（manifest.p7s）。</translation>
    </message>
    <message>
        <source>Environment variable holding the PKCS#12 password (else it is asked on the terminal).</source>
        <translation>保存 PKCS#12 密码的环境变量（未指定时在终端询问）。</translation>
    </message>
    <message>
        <source>Check a ledger kept when its cache was rebuilt or its profile removed (kept-…/ledger.jsonl).</source>
        <translation>校验在重建缓存或删除连接配置时保留下来的审计账本（kept-…/ledger.jsonl）。</translation>
    </message>
    <message>
        <source>Address of the platform (https://…).</source>
        <translation>平台地址（https://…）。</translation>
    </message>
    <message>
        <source>The appId the platform issued to the court.</source>
        <translation>平台发给本院的 appId。</translation>
    </message>
    <message>
        <source>The orgOpenId of the court on the platform.</source>
        <translation>本院在平台上的 orgOpenId。</translation>
    </message>
    <message>
        <source>The court&apos;s mail domain.</source>
        <translation>本院的邮件域名。</translation>
    </message>
    <message>
        <source>SHA-256 pin of the server&apos;s public key (SPKI, base64); repeatable.</source>
        <translation>服务器公钥的 SHA-256 固定值（SPKI，base64）；可重复指定。</translation>
    </message>
    <message>
        <source>Certificate (PEM) of a CA to trust for the platform.</source>
        <translation>访问平台时信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>Auditor profile: every change is refused.</source>
        <translation>审计用连接配置：拒绝一切更改。</translation>
    </message>
    <message>
        <source>Check the connection to the platform.</source>
        <translation>检查与平台的连接。</translation>
    </message>
    <message>
        <source>Checks reachability, TLS and the certificate pin, the token and one API call, then tells which families of endpoints the platform serves.</source>
        <translation>依次检查网络可达性、TLS 与证书固定、令牌和一次接口调用，再列出平台提供的各类接口。</translation>
    </message>
    <message>
        <source>Look up, open and list delivery mailbox accounts.</source>
        <translation>查询、开设和列出送达邮箱账号。</translation>
    </message>
    <message>
        <source>Changes go through the outbox of the local cache, so an interrupted run is finished by accounts resume and never done twice.</source>
        <translation>更改经本地缓存的待发送队列提交：中断的操作由 accounts resume 完成，绝不会重复执行。</translation>
    </message>
    <message>
        <source>Show one account as the platform has it.</source>
        <translation>显示平台上某个账号的信息。</translation>
    </message>
    <message>
        <source>Asks the platform for the account and prints its details, with the recipient&apos;s numbers masked.</source>
        <translation>向平台查询该账号并输出详细信息，受送达人的号码均已脱敏。</translation>
    </message>
    <message>
        <source>Open a delivery mailbox for a recipient.</source>
        <translation>为受送达人开设送达邮箱。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mobile and ID-card numbers are read from a file only you can read, or from standard input, never from the command line. The account is created through the outbox and the recipient gets an activation text message.</source>
        <translation>受送达人的手机号和身份证号从只有您本人可读的文件或标准输入读取，绝不从命令行读取。账号经待发送队列创建，受送达人将收到激活短信。</translation>
    </message>
    <message>
        <source>List the accounts, filtered.</source>
        <translation>按条件列出账号。</translation>
    </message>
    <message>
        <source>Lists the platform&apos;s accounts page by page, with the recipients&apos; numbers masked.</source>
        <translation>逐页列出平台上的账号，受送达人的号码均已脱敏。</translation>
    </message>
    <message>
        <source>Open the accounts of a roster file (CSV, GBK or XLSX).</source>
        <translation>按名单文件（CSV、GBK 或 XLSX）批量开设账号。</translation>
    </message>
    <message>
        <source>Checks every row, prints each rejected row on stderr, then creates the valid ones in one batch that a rerun resumes. Exit code 3 when rows were rejected.</source>
        <translation>逐行检查，在标准错误输出中列出每个被拒绝的行，然后将有效的行作为一个批次创建；重新运行会接续该批次。有行被拒绝时退出码为 3。</translation>
    </message>
    <message>
        <source>Check the file; create nothing.</source>
        <translation>只检查文件，不创建任何账号。</translation>
    </message>
    <message>
        <source>Unit of the rows that name none.</source>
        <translation>未注明单位的行所属的单位。</translation>
    </message>
    <message>
        <source>Finish the account changes an interrupted run left in the outbox.</source>
        <translation>完成中断运行遗留在待发送队列中的账号更改。</translation>
    </message>
    <message>
        <source>Sends what the outbox still holds; with --failed the actions that failed go again first.</source>
        <translation>提交待发送队列中剩余的操作；指定 --failed 时先重新提交失败的操作。</translation>
    </message>
    <message>
        <source>Record where the court got a recipient&apos;s delivery address.</source>
        <translation>记录法院取得受送达人送达地址的依据。</translation>
    </message>
    <message>
        <source>Sets or clears the address basis of an account through the outbox.</source>
        <translation>经待发送队列设置或清除账号的送达地址依据。</translation>
    </message>
    <message>
        <source>Bring the local cache up to date with the platform.</source>
        <translation>将本地缓存与平台同步到最新。</translation>
    </message>
    <message>
        <source>Syncs accounts, policy and the three logs, then checks the counts against the platform; exit code 1 when they differ. Progress on stderr.</source>
        <translation>同步账号、策略和三类日志，再与平台核对数量；不一致时退出码为 1。进度输出到标准错误。</translation>
    </message>
    <message>
        <source>Only rows with this result (operations, logins) or status (mail).</source>
        <translation>只列出此结果（操作、登录）或此状态（邮件）的记录。</translation>
    </message>
    <message>
        <source>Logins of this account.</source>
        <translation>此账号的登录记录。</translation>
    </message>
    <message>
        <source>Search and export the operation, login and mail logs.</source>
        <translation>查询和导出操作日志、登录日志和邮件日志。</translation>
    </message>
    <message>
        <source>Answered from the local cache alone (run dmctl sync first), so it works with the platform out of reach.</source>
        <translation>只从本地缓存中查询（请先运行 dmctl sync），因此平台无法访问时也能使用。</translation>
    </message>
    <message>
        <source>Search a log in the local cache.</source>
        <translation>在本地缓存中查询日志。</translation>
    </message>
    <message>
        <source>Prints the matching rows, newest first. JSON and CSV output count as an export and are recorded in the audit ledger.</source>
        <translation>按时间从新到旧输出匹配的记录。JSON 和 CSV 输出视为导出，记入审计账本。</translation>
    </message>
    <message>
        <source>Export a log to a CSV, XLSX or PDF file.</source>
        <translation>将日志导出为 CSV、XLSX 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Writes the rows the filters match as the Logs pages of dmadmin export them, records the export in the audit ledger and time-stamps the ledger.</source>
        <translation>按 dmadmin 日志页面的导出格式写出匹配的记录，将此次导出记入审计账本并为账本加盖时间戳。</translation>
    </message>
    <message>
        <source>File format: csv, xlsx or pdf.</source>
        <translation>文件格式：csv、xlsx 或 pdf。</translation>
    </message>
    <message>
        <source>File the export is written to.</source>
        <translation>导出写入的文件。</translation>
    </message>
    <message>
        <source>Output format: json (default) or table.</source>
        <translation>输出格式：json（默认）或 table。</translation>
    </message>
    <message>
        <source>Delivery policy as code: read, change and check against a baseline.</source>
        <translation>以代码方式管理送达策略：读取、更改，并与基线比对。</translation>
    </message>
    <message>
        <source>The policy documents of the domain, units and accounts in the API contract&apos;s JSON.</source>
        <translation>域、单位和账号的策略文档，采用接口约定的 JSON 格式。</translation>
    </message>
    <message>
        <source>Unit id or account name the policy belongs to (--level unit or account).</source>
        <translation>策略所属的单位编号或账号名（与 --level unit 或 account 同用）。</translation>
    </message>
    <message>
        <source>Print the policy document of one level.</source>
        <translation>输出某一层级的策略文档。</translation>
    </message>
    <message>
        <source>Prints the platform&apos;s document, or with --effective an account&apos;s effective policy with the source of each field.</source>
        <translation>输出平台上的策略文档；指定 --effective 时输出账号的实际生效策略及每个字段的来源。</translation>
    </message>
    <message>
        <source>Change a policy document from a JSON file.</source>
        <translation>按 JSON 文件更改策略文档。</translation>
    </message>
    <message>
        <source>Prints the difference between the platform&apos;s document and the file; --dry-run stops there, otherwise the change goes through the outbox.</source>
        <translation>输出平台文档与文件之间的差异；指定 --dry-run 时到此为止，否则经待发送队列提交更改。</translation>
    </message>
    <message>
        <source>List where the policies are weaker than the baseline.</source>
        <translation>列出策略弱于基线之处。</translation>
    </message>
    <message>
        <source>Syncs the policy stream (unless --offline) and scans the cache against the baseline; exit code 1 when anything drifts.</source>
        <translation>同步策略（除非指定 --offline），再将缓存与基线比对；有任何偏离时退出码为 1。</translation>
    </message>
    <message>
        <source>Fix every drift from the baseline.</source>
        <translation>修正所有偏离基线之处。</translation>
    </message>
    <message>
        <source>The same as policy drift --fix: queues the fix of every drift found, applies it, syncs and scans again.</source>
        <translation>等同于 policy drift --fix：将每项偏离的修正加入队列并执行，然后同步并重新比对。</translation>
    </message>
    <message>
        <source>Login rules: read, change and test them.</source>
        <translation>登录规则：读取、更改和测试。</translation>
    </message>
    <message>
        <source>The rules of the domain, or of one account with --account.</source>
        <translation>域的登录规则，或用 --account 指定某个账号的规则。</translation>
    </message>
    <message>
        <source>The rules of this account (default: the domain&apos;s).</source>
        <translation>此账号的规则（默认为域的规则）。</translation>
    </message>
    <message>
        <source>Print the login rules.</source>
        <translation>输出登录规则。</translation>
    </message>
    <message>
        <source>Prints the platform&apos;s login rules in the API contract&apos;s JSON.</source>
        <translation>以接口约定的 JSON 格式输出平台上的登录规则。</translation>
    </message>
    <message>
        <source>Change the login rules from a JSON file.</source>
        <translation>按 JSON 文件更改登录规则。</translation>
    </message>
    <message>
        <source>Prints the difference; --dry-run also replays the cached logins of the last days under the old and the new rules and changes nothing.</source>
        <translation>输出差异；指定 --dry-run 时还会用新旧规则分别重放最近几天缓存的登录记录，且不做任何更改。</translation>
    </message>
    <message>
        <source>Ask the platform what its rules decide for a login.</source>
        <translation>询问平台其规则对某次登录的判定。</translation>
    </message>
    <message>
        <source>Evaluates a login from the address IP (and the place given) under the rules in force.</source>
        <translation>按现行规则评估来自该 IP 地址（及所给地点）的登录。</translation>
    </message>
    <message>
        <source>The account that logs in.</source>
        <translation>登录的账号。</translation>
    </message>
    <message>
        <source>Proof-of-delivery packs: make and verify them.</source>
        <translation>送达证据包：生成和校验。</translation>
    </message>
    <message>
        <source>A pack proves that a document reached its recipient; anyone can check it.</source>
        <translation>证据包证明文书已送达受送达人，任何人都可以校验。</translation>
    </message>
    <message>
        <source>Make the proof-of-delivery pack of a document, or of every document of a case.</source>
        <translation>为一份文书或一个案件的全部文书生成送达证据包。</translation>
    </message>
    <message>
        <source>Writes the pack (ZIP with the events, time-stamp and certificate PDF) and records it in the audit ledger.</source>
        <translation>写出证据包（含事件记录、时间戳和送达凭证 PDF 的 ZIP 文件），并记入审计账本。</translation>
    </message>
    <message>
        <source>Mail address of the recipient.</source>
        <translation>受送达人的邮箱地址。</translation>
    </message>
    <message>
        <source>Folder the packs are written to.</source>
        <translation>证据包写入的文件夹。</translation>
    </message>
    <message>
        <source>Check a proof-of-delivery pack.</source>
        <translation>校验送达证据包。</translation>
    </message>
    <message>
        <source>Checks the hashes, the event chain, the time-stamp and the signature of the pack, and records the check in the audit ledger.</source>
        <translation>校验证据包的哈希值、事件链、时间戳和签名，并将此次校验记入审计账本。</translation>
    </message>
    <message>
        <source>The audit ledger: check it, time-stamp it, read it.</source>
        <translation>审计账本：校验、加盖时间戳、查看。</translation>
    </message>
    <message>
        <source>Every change of the platform or the cache is recorded in the sealed audit ledger of the local cache.</source>
        <translation>对平台或缓存的每项更改都记入本地缓存中加封的审计账本。</translation>
    </message>
    <message>
        <source>Check the whole audit ledger and its anchors.</source>
        <translation>校验整个审计账本及其锚点。</translation>
    </message>
    <message>
        <source>Checks the seals, links and guards of the ledger, then every anchor; exit code 1 names the first fault. With --archive it checks a kept ledger and needs no connection.</source>
        <translation>校验账本的封印、链接和保护记录，再校验每个锚点；出错时退出码为 1，并指出第一处错误。指定 --archive 时校验保留下来的账本，无需连接。</translation>
    </message>
    <message>
        <source>Time-stamp the head of the audit ledger now.</source>
        <translation>立即为审计账本的最新记录加盖时间戳。</translation>
    </message>
    <message>
        <source>Asks the time-stamping service to sign the ledger&apos;s head and keeps the anchor in the cache and beside it.</source>
        <translation>请时间戳服务对账本的最新记录签名，并将锚点保存在缓存中及缓存旁。</translation>
    </message>
    <message>
        <source>Print the newest entries of the audit ledger.</source>
        <translation>输出审计账本的最新记录。</translation>
    </message>
    <message>
        <source>Prints the newest entries first (50 unless --limit says otherwise).</source>
        <translation>从最新的记录开始输出（默认 50 条，可用 --limit 指定）。</translation>
    </message>
    <message>
        <source>The encrypted local cache: check or rebuild it.</source>
        <translation>加密的本地缓存：校验或重建。</translation>
    </message>
    <message>
        <source>One cache per profile, encrypted with a key kept in the keychain.</source>
        <translation>每个连接配置一个缓存，用保存在系统钥匙串中的密钥加密。</translation>
    </message>
    <message>
        <source>Check the local cache.</source>
        <translation>校验本地缓存。</translation>
    </message>
    <message>
        <source>Checks the HMAC of every page, the b-trees, the audit ledger&apos;s chain and the counts against the platform; exit code 1 when anything is wrong.</source>
        <translation>校验每一页的 HMAC、B 树、审计账本的链，并与平台核对数量；有任何问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Delete the local cache and sync it again from the platform.</source>
        <translation>删除本地缓存并从平台重新同步。</translation>
    </message>
    <message>
        <source>The audit ledger is kept first; if it cannot be, nothing is deleted.</source>
        <translation>先保留审计账本；无法保留时不删除任何内容。</translation>
    </message>
    <message>
        <source>Saved connection profiles, shared with dmadmin.</source>
        <translation>已保存的连接配置，与 dmadmin 共用。</translation>
    </message>
    <message>
        <source>A profile names a platform and the court&apos;s ids; its authCode is kept in the keychain.</source>
        <translation>连接配置记录平台地址和本院的标识；其授权码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Save a connection profile.</source>
        <translation>保存连接配置。</translation>
    </message>
    <message>
        <source>Stores the profile in dmadmin&apos;s settings and its authCode in the keychain, read from an environment variable or standard input.</source>
        <translation>将连接配置存入 dmadmin 的设置，并将授权码（从环境变量或标准输入读取）存入系统钥匙串。</translation>
    </message>
    <message>
        <source>List the saved profiles.</source>
        <translation>列出已保存的连接配置。</translation>
    </message>
    <message>
        <source>One line per profile: its name, platform and domain.</source>
        <translation>每个连接配置一行：名称、平台和域名。</translation>
    </message>
    <message>
        <source>Remove a saved profile.</source>
        <translation>删除已保存的连接配置。</translation>
    </message>
    <message>
        <source>Removes the profile, its keychain entries and its cache; its audit ledger is kept.</source>
        <translation>删除连接配置、其系统钥匙串条目和缓存；其审计账本予以保留。</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>显示某个命令的帮助。</translation>
    </message>
    <message>
        <source>Without a command: the overview of every command.</source>
        <translation>不指定命令时：显示全部命令的概览。</translation>
    </message>
    <message>
        <source>Print the shell completion script.</source>
        <translation>输出命令行补全脚本。</translation>
    </message>
    <message>
        <source>Prints a script that completes dmctl&apos;s commands and options in bash or PowerShell.</source>
        <translation>输出在 bash 或 PowerShell 中补全 dmctl 命令和选项的脚本。</translation>
    </message>
    <message>
        <source>The authorization code is longer than %1 characters: check what was given.</source>
        <translation>授权码超过 %1 个字符：请检查所提供的内容。</translation>
    </message>
    <message>
        <source>Usage: dmctl completion bash|powershell</source>
        <translation>用法：dmctl completion bash|powershell</translation>
    </message>
    <message>
        <source>%1 may be read by other users of this machine: make it private first (Properties, Security: only your own user may read it).</source>
        <translation>本机的其他用户可能读取 %1：请先将其设为私有（属性 → 安全：只允许您本人读取）。</translation>
    </message>
    <message>
        <source>See: %1</source>
        <translation>参见：%1</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>The command “dmctl %1” does not take the option %2.</source>
        <translation>命令“dmctl %1”不接受选项 %2。</translation>
    </message>
    <message>
        <source>The command “dmctl %1” needs a subcommand: %2.</source>
        <translation>命令“dmctl %1”需要子命令：%2。</translation>
    </message>
    <message>
        <source>Unknown subcommand of “dmctl %1”: %2 (it has: %3).</source>
        <translation>“dmctl %1”没有子命令 %2（可用的有：%3）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the dmsandbox whose connection line is in FILE.</source>
        <translation>连接到其连接信息保存在 FILE 中的 dmsandbox。</translation>
    </message>
</context>
</TS>
