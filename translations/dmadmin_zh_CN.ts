<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>The platform&apos;s certificate was refused (untrusted, expired or issued for another address). Nothing was sent.</source>
        <translation>平台的证书未被接受（不受信任、已过期或不是为该地址签发）。未发送任何数据。</translation>
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
    <name>dm::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>This page will list the delivery mailboxes cached from the platform, with search, filters and a detail pane for the selected recipient.</source>
        <translation>此页面将列出从平台缓存到本地的送达邮箱，提供搜索和筛选功能，并在详情窗格中显示所选受送达人的信息。</translation>
    </message>
    <message>
        <source>Find a mailbox quickly by recipient name, account, case number, ID card number or mobile number; personal numbers stay masked unless you choose to reveal one.</source>
        <translation>可按受送达人姓名、账户名、案号、身份证号或手机号快速查找送达邮箱；身份证号、手机号默认脱敏显示，仅在您主动选择时才显示完整号码。</translation>
    </message>
    <message>
        <source>Create mailboxes one at a time, or import them in bulk from the case system (CSV or Excel), with every row checked and a dry run before anything is sent to the platform.</source>
        <translation>可逐个创建送达邮箱，也可从办案系统批量导入（CSV 或 Excel 文件）；每一行都会经过校验，并可先模拟导入，确认无误后再提交到平台。</translation>
    </message>
    <message>
        <source>Edit, enable, disable or delete accounts, reset passwords and resend the activation SMS.</source>
        <translation>编辑、启用、停用或删除账户，重置密码，重新发送激活短信。</translation>
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
        <source>This page will show how far recipients have got with their delivery mailboxes: created, activation SMS sent, first login, activated.</source>
        <translation>此页面将显示受送达人开通送达邮箱的进度：已创建、已发送激活短信、已首次登录、已激活。</translation>
    </message>
    <message>
        <source>An activation funnel, and a chart of how long accounts have been waiting.</source>
        <translation>激活漏斗图，以及账户等待激活时长的统计图表。</translation>
    </message>
    <message>
        <source>A worklist of overdue accounts, with the activation SMS resent to many recipients at once.</source>
        <translation>逾期未激活账户的待办清单，可批量向受送达人重新发送激活短信。</translation>
    </message>
    <message>
        <source>Export of the worklist for follow-up calls.</source>
        <translation>导出待办清单，便于电话跟进。</translation>
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
        <source>This page will show every login to the delivery mailboxes, so that support staff can answer &quot;I can&apos;t log in&quot; calls and auditors can spot misuse.</source>
        <translation>此页面将显示送达邮箱的每一次登录记录，便于送达专员处理“无法登录”的来电，也便于审计人员发现违规使用。</translation>
    </message>
    <message>
        <source>Time presets, and filters by account, mail client, IP address and region.</source>
        <translation>预设时间范围，并可按账户、邮件客户端、IP 地址和地区筛选。</translation>
    </message>
    <message>
        <source>Abnormal logins highlighted.</source>
        <translation>突出显示异常登录。</translation>
    </message>
    <message>
        <source>Export to CSV and PDF.</source>
        <translation>导出为 CSV 和 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>dm::LogsPage</name>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>The platform keeps three logs. Each has its own page under this entry in the navigation tree.</source>
        <translation>平台保存三类日志，每类日志在导航树中此节点下都有单独的页面。</translation>
    </message>
    <message>
        <source>The log pages arrive with a later release.</source>
        <translation>各日志页面将在后续版本中提供。</translation>
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
        <translation>邮件日志</translation>
    </message>
    <message>
        <source>When each document reached a recipient&apos;s mailbox, and when it was read.</source>
        <translation>每份文书何时送达受送达人的邮箱，又于何时被阅读。</translation>
    </message>
</context>
<context>
    <name>dm::MailLogPage</name>
    <message>
        <source>Mail</source>
        <translation>邮件日志</translation>
    </message>
    <message>
        <source>Mail log</source>
        <translation>邮件日志</translation>
    </message>
    <message>
        <source>This page will show the mail log: when each document reached a recipient&apos;s delivery mailbox, and when it was read.</source>
        <translation>此页面将显示邮件日志：每份文书何时送达受送达人的送达邮箱，又于何时被阅读。</translation>
    </message>
    <message>
        <source>Full-text search of subjects, with time presets and filters.</source>
        <translation>按邮件主题全文搜索，支持预设时间范围和筛选条件。</translation>
    </message>
    <message>
        <source>Delivery and read status for each recipient.</source>
        <translation>每位受送达人的送达状态和阅读状态。</translation>
    </message>
    <message>
        <source>A delivery proof pack for one document and recipient: a PDF report plus a JSON file with SHA-256 digests, fit for the case file.</source>
        <translation>针对一份文书和一位受送达人生成送达证明材料包：一份 PDF 报告和一个附有 SHA-256 摘要的 JSON 文件，可直接归入案卷。</translation>
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
        <source>About Delivery Mailbox Admin</source>
        <translation>关于送达邮箱管理台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Administers official document delivery mailboxes: accounts, activation, delivery permissions and logs.</source>
        <translation>管理公文送达邮箱的账户、激活、送达权限和日志。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>基于 Qt %1 构建，当前运行于 Qt %2。</translation>
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
        <source>This page will show the platform&apos;s operation log: who created, changed, disabled or deleted which mailbox or setting, and when.</source>
        <translation>此页面将显示平台的操作日志：谁在何时创建、更改、停用或删除了哪个邮箱或哪项设置。</translation>
    </message>
    <message>
        <source>Time presets, and filters by operator, action and target.</source>
        <translation>预设时间范围，并可按操作人、操作类型和操作对象筛选。</translation>
    </message>
    <message>
        <source>A detail pane, and a timeline for each account.</source>
        <translation>详情窗格，以及每个账户的操作时间线。</translation>
    </message>
    <message>
        <source>Export to CSV and PDF for the case file.</source>
        <translation>导出为 CSV 和 PDF 文件，便于归入案卷。</translation>
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
        <source>This page will manage the delivery policy that keeps official delivery mailboxes restricted to receiving documents.</source>
        <translation>此页面将管理送达策略，确保公文送达邮箱仅用于接收文书。</translation>
    </message>
    <message>
        <source>External mail, address book visibility, allowed mail clients, automatic forwarding, SMS verification at login, trusted browsers and password rules.</source>
        <translation>外部邮件收发、通讯录可见范围、允许使用的邮件客户端、自动转发、登录短信验证、受信任的浏览器以及密码规则。</translation>
    </message>
    <message>
        <source>Login rules by region and IP address, and alerts on abnormal logins.</source>
        <translation>按地区和 IP 地址设置登录规则，并对异常登录发出告警。</translation>
    </message>
    <message>
        <source>Policy for the whole domain, a unit or a single account; the effective policy of any account; a check for drift from the baseline, with a preview of every change before it is applied.</source>
        <translation>可在整个域、单位或单个账户层级设置策略；查看任一账户实际生效的策略；检查策略是否偏离基线，并在每项变更生效前预览。</translation>
    </message>
</context>
<context>
    <name>dm::PlannedPage</name>
    <message>
        <source>This page arrives with a later release.</source>
        <translation>此页面将在后续版本中提供。</translation>
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
    <name>dm::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This page will hold the connection profiles for the platform and the preferences of this client.</source>
        <translation>此页面将保存连接平台所用的连接配置，以及本客户端的偏好设置。</translation>
    </message>
    <message>
        <source>Connection profiles: platform address, application credentials, mail domain and optional certificate pinning, with a connection test.</source>
        <translation>连接配置：平台地址、应用凭据、邮件域名，以及可选的证书固定，并可测试连接。</translation>
    </message>
    <message>
        <source>A sandbox profile for training and testing without touching real mailboxes.</source>
        <translation>沙箱配置：用于培训和测试，不会影响真实邮箱。</translation>
    </message>
    <message>
        <source>This page arrives with a later release. The interface language can already be changed in View &gt; Language.</source>
        <translation>此页面将在后续版本中提供。现在已可通过“查看 &gt; 语言”更改界面语言。</translation>
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
        <source>Usage: dmctl accounts get ACCOUNT | create --account A --name N --mobile M [--id-number X] [--unit U] [--case-number C] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</source>
        <translation>用法：dmctl accounts get ACCOUNT | create --account A --name N --mobile M [--id-number X] [--unit U] [--case-number C] | list [--status S] [--activation S] [--unit U] [--keyword K] [--limit N] [--format table|json|csv]</translation>
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
        <source>Profile %1 and its keychain entries removed.</source>
        <translation>已删除连接配置 %1 及其钥匙串条目。</translation>
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
        <source>ping | accounts ... | profile ...</source>
        <translation>ping | accounts ... | profile ...</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to the dmsandbox whose connection line is in FILE.</source>
        <translation>连接到其连接信息保存在 FILE 中的 dmsandbox。</translation>
    </message>
    <message>
        <source>sandbox platform</source>
        <translation>沙箱平台</translation>
    </message>
</context>
</TS>
