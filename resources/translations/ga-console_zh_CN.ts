<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>GA Console</source>
        <translation>GA 控制台</translation>
    </message>
    <message>
        <source>The demo could not create its temporary folder.</source>
        <translation>演示模式无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>The demo emulator could not start: %1</source>
        <translation>演示模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>

Add or import a profile in the dialog that opens now; or run ga-console --demo to look around without an account.</source>
        <translation>

请在随后打开的对话框中添加或导入配置档案；也可以运行 ga-console --demo，无需账号即可先行体验。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Desktop console for Alibaba Cloud Global Accelerator certificates.</source>
        <translation>阿里云全球加速证书管理桌面控制台。</translation>
    </message>
    <message>
        <source>Run against an embedded emulator with demo credentials.</source>
        <translation>使用内置模拟器和演示凭据运行。</translation>
    </message>
    <message>
        <source>Use the named profile.</source>
        <translation>使用指定的配置档案。</translation>
    </message>
    <message>
        <source>Override the API endpoint.</source>
        <translation>覆盖 API 接入地址（Endpoint）。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh_CN (default: from the system locale).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统区域设置）。</translation>
    </message>
    <message>
        <source>Colours: system (default), light or dark.</source>
        <translation>配色：system（默认）、light 或 dark。</translation>
    </message>
</context>
<context>
    <name>ga::AcceleratorTableModel</name>
    <message>
        <source>Accelerator ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Bandwidth (Mbit/s)</source>
        <translation>带宽（Mbps）</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS 名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>accelerator %1 %2</source>
        <translation>加速实例 %1 %2</translation>
    </message>
</context>
<context>
    <name>ga::AccountCertificateModel</name>
    <message>
        <source>%1 is being dissociated from listener %2 already.</source>
        <translation>%1 正在从监听 %2 解绑。</translation>
    </message>
    <message>
        <source>domain %1 on listener %2 %3</source>
        <translation>监听 %2 上的域名 %1：%3</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Listener ID</source>
        <translation>监听 ID</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Accelerator ID</source>
        <translation>加速实例 ID</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速实例</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>Covers domain</source>
        <translation>覆盖域名</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
</context>
<context>
    <name>ga::AccountController</name>
    <message>
        <source>Listing the certificates of %1 failed.</source>
        <translation>列出 %1 的证书失败。</translation>
    </message>
    <message>
        <source>Reading the account&apos;s certificates failed.</source>
        <translation>读取账号的证书失败。</translation>
    </message>
</context>
<context>
    <name>ga::AccountInventory</name>
    <message>
        <source>Not connected to an account.</source>
        <translation>未连接到账号。</translation>
    </message>
</context>
<context>
    <name>ga::AssociateDialog</name>
    <message>
        <source>%1 has a certificate on listener %2 already.</source>
        <translation>%1 在监听 %2 上已绑定证书。</translation>
    </message>
    <message>
        <source>%1 is in the list twice.</source>
        <translation>%1 在列表中出现了两次。</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <source>Up to %1 domains, each with the ID of its certificate as Certificate Management shows it (for example 123456-cn-hangzhou). GA allows a few additional certificates per listener (3 unless the quota was raised, at most 10), each covering up to 3 domains; it says so if this is more.</source>
        <translation>最多 %1 个域名，每个域名填写数字证书管理服务中显示的证书 ID（例如 123456-cn-hangzhou）。全球加速每个监听只允许少量扩展证书（默认 3 个，提升配额后最多 10 个），每个证书最多覆盖 3 个域名；超出时全球加速会提示。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Domains and their certificate IDs</source>
        <translation>域名及其证书 ID</translation>
    </message>
    <message>
        <source>Add certificates to listener %1</source>
        <translation>向监听 %1 添加证书</translation>
    </message>
</context>
<context>
    <name>ga::AssociateFlow</name>
    <message>
        <source>Associate additional certificates with listener %1</source>
        <translation>为监听 %1 绑定扩展证书</translation>
    </message>
    <message>
        <source>A dialog is open already.</source>
        <translation>已有对话框打开。</translation>
    </message>
    <message>
        <source>Select an HTTPS listener to add certificates to.</source>
        <translation>请选择要添加证书的 HTTPS 监听。</translation>
    </message>
    <message>
        <source>&amp;Add certificates…</source>
        <translation>添加证书(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>ga::CertificateCatalog</name>
    <message>
        <source>Not connected to Certificate Management.</source>
        <translation>未连接到证书管理服务。</translation>
    </message>
</context>
<context>
    <name>ga::CertificateListModel</name>
    <message>
        <source>certificate of %1: %2, %3</source>
        <translation>%1 的证书：%2，%3</translation>
    </message>
    <message>
        <source>Covers domain</source>
        <translation>覆盖域名</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>domain %1 %2</source>
        <translation>域名 %1 %2</translation>
    </message>
    <message>
        <source>%1 is being dissociated already.</source>
        <translation>%1 正在解绑中。</translation>
    </message>
    <message>
        <source>GA dissociates at most %1 domains per request. Uncheck one first, or dissociate these and then the next ones.</source>
        <translation>全球加速每次请求最多解绑 %1 个域名。请先取消勾选一个，或先解绑这些，再解绑其余域名。</translation>
    </message>
</context>
<context>
    <name>ga::CertificatePlanActions</name>
    <message>
        <source>&amp;Retire checked…</source>
        <translation>下线所选(&amp;R)…</translation>
    </message>
    <message>
        <source>Retire &amp;domain…</source>
        <translation>下线域名(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <extracomment>The first %n is the number of domains; %1 says on how many listeners.</extracomment>
        <translation>
            <numerusform>%n 个域名</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the domains to retire: they go as one plan, whatever listeners and accelerators they are on.</source>
        <translation>勾选要下线的域名：无论它们在哪些监听和加速实例上，都作为一个计划执行。</translation>
    </message>
    <message numerus="yes">
        <source>Retire the %1 checked on %n listener(s) as one plan (Delete)</source>
        <translation>
            <numerusform>将 %n 个监听上所选的 %1 作为一个计划下线 (Delete)</numerusform>
        </translation>
    </message>
    <message>
        <source>Find where a domain or *. pattern is served, and retire it everywhere</source>
        <translation>查找域名或 *. 通配模式在哪里使用，并在所有位置下线</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked on %n listener(s)</source>
        <translation>
            <numerusform>已勾选 %1 个，分布在 %n 个监听上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 domains checked on %n listener(s)</source>
        <translation>
            <numerusform>已在 %n 个监听上勾选 %1 个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source># gactl retire takes these domains off every listener that serves them: %n more than checked here.</source>
        <translation>
            <numerusform># gactl retire 会从使用这些域名的所有监听上移除它们：比这里勾选的多 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace certificate %1</source>
        <translation>替换证书 %1</translation>
    </message>
    <message>
        <source>Every domain served by %1 is to be served by this certificate (pick one the account uses, or type its ID, e.g. 1234-cn-hangzhou). It is checked in Certificate Management and by GA&apos;s DryRun before the plan is shown.</source>
        <translation>%1 服务的每个域名都将改用此证书（从账号已用的证书中选择，或输入其 ID，例如 1234-cn-hangzhou）。显示计划之前，会先在证书管理服务中检查，并由 GA 的 DryRun 预检。</translation>
    </message>
    <message>
        <source>Check and preview…</source>
        <translation>检查并预览…</translation>
    </message>
    <message>
        <source>%1 would replace itself: pick another certificate.</source>
        <translation>%1 会替换为自身：请选择另一张证书。</translation>
    </message>
    <message>
        <source>Looking up certificate %1 in Certificate Management…</source>
        <translation>正在证书管理服务中查询证书 %1…</translation>
    </message>
    <message>
        <source>GA checks every update with DryRun…</source>
        <translation>GA 正在用 DryRun 预检每项更新…</translation>
    </message>
</context>
<context>
    <name>ga::CertificatesPane</name>
    <message>
        <source> (reading the account…)</source>
        <translation>（正在读取账号…）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n certificate use(s)</source>
        <translation>
            <numerusform>%n 处证书使用中的 %1 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate use(s)</source>
        <translation>
            <numerusform>%n 处证书使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncheck &amp;all</source>
        <translation>全部取消勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Copy certificate &amp;ID</source>
        <translation>复制证书 ID(&amp;I)</translation>
    </message>
    <message>
        <source>That row is hidden by the filters.</source>
        <translation>该行被筛选条件隐藏。</translation>
    </message>
    <message>
        <source>%1 on listener %2 (%3), port %4, accelerator %5 (%6)</source>
        <extracomment>A use of a certificate: domain, listener (name, ID, port), accelerator.</extracomment>
        <translation>监听 %2（%3）上的 %1，端口 %4，加速实例 %5（%6）</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Used by (%n)</source>
        <translation>
            <numerusform>使用者(&amp;U)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates of the account</source>
        <translation>账号的证书</translation>
    </message>
    <message>
        <source>Does not co&amp;ver its domain</source>
        <translation>未覆盖其域名(&amp;V)</translation>
    </message>
    <message>
        <source>Not in CA&amp;S</source>
        <translation>不在证书管理服务中(&amp;S)</translation>
    </message>
    <message>
        <source>Expiring within this many days</source>
        <translation>在这么多天内到期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天内</translation>
    </message>
    <message>
        <source>Expiring &amp;within</source>
        <translation>到期于(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Expired</source>
        <translation>已过期(&amp;E)</translation>
    </message>
    <message>
        <source>With problems checked, a row shows when it has any of them.</source>
        <translation>勾选问题后，只要一行有其中任一问题就会显示。</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>仅显示：</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>筛选证书</translation>
    </message>
    <message>
        <source>Filter: words to match in domains, names, IDs and ports; !word to exclude</source>
        <translation>筛选：匹配域名、名称、ID 和端口中的词；!词 表示排除</translation>
    </message>
    <message>
        <source>Re&amp;place certificate %1…</source>
        <translation>替换证书 %1(&amp;P)…</translation>
    </message>
    <message>
        <source>Point every domain served by %1 at another certificate, as one plan</source>
        <translation>将 %1 服务的每个域名改用另一张证书，作为一个计划执行</translation>
    </message>
    <message>
        <source>&amp;Check selected</source>
        <translation>勾选所选行(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: a change is dissociating them already.</source>
        <translation>
            <numerusform>%n 个域名未勾选：已有变更正在解除它们的关联。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::ChangeDialog</name>
    <message>
        <source>This undoes operation %1: the domains get back the certificates they had.</source>
        <translation>这将撤销操作 %1：这些域名会重新绑定原来的证书。</translation>
    </message>
    <message>
        <source>GA adds these additional certificates to the listener. The listener is &quot;updating&quot; for a while; the console watches it until it is active and lists them.</source>
        <translation>全球加速会把这些扩展证书绑定到监听。监听会有一段时间处于“更新中”；控制台会持续查看，直到监听恢复运行中并列出这些证书。</translation>
    </message>
    <message>
        <source>Domains to associate</source>
        <translation>待绑定的域名</translation>
    </message>
    <message numerus="yes">
        <source>Associate %n certificate(s)</source>
        <translation>
            <numerusform>绑定 %n 个证书</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociate %n domain(s)</source>
        <translation>
            <numerusform>解绑 %n 个域名</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2), ports %3</source>
        <translation>%1（%2），端口 %3</translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation>加速实例：</translation>
    </message>
    <message>
        <source>Listener:</source>
        <translation>监听：</translation>
    </message>
    <message>
        <source>Domains to dissociate</source>
        <translation>待解绑的域名</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>Equivalent gactl command</source>
        <translation>等效的 gactl 命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>GA removes these additional certificates from the listener. The listener is &quot;updating&quot; for a while and serves the default certificate for these domains afterwards. The console watches it until it is active again.</source>
        <translation>全球加速将从监听中移除这些扩展证书。监听会有一段时间处于“更新中”状态，之后这些域名将使用默认证书。控制台会持续观察，直到监听恢复为“运行中”。</translation>
    </message>
    <message>
        <source>The same from a terminal:</source>
        <translation>在终端中执行同样的操作：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production profile.&lt;/b&gt; Type the listener ID to confirm:</source>
        <translation>&lt;b&gt;生产环境配置档案。&lt;/b&gt;请输入监听 ID 以确认：</translation>
    </message>
    <message>
        <source>Type the listener ID to confirm</source>
        <translation>输入监听 ID 以确认</translation>
    </message>
</context>
<context>
    <name>ga::ChangeOperation</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>The account&apos;s client closed before this was sent.</source>
        <translation>该账号的客户端在发送前已关闭。</translation>
    </message>
</context>
<context>
    <name>ga::ConsoleController</name>
    <message>
        <source>Listing accelerators failed.</source>
        <translation>获取加速实例列表失败。</translation>
    </message>
    <message>
        <source>Listing the listeners of %1 failed.</source>
        <translation>获取 %1 的监听列表失败。</translation>
    </message>
    <message>
        <source>Listing the certificates of %1 failed.</source>
        <translation>获取 %1 的证书列表失败。</translation>
    </message>
</context>
<context>
    <name>ga::DissociateFlow</name>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1: no answer from GA.</source>
        <translation>
            <numerusform>从监听 %1 解绑 %n 个域名：全球加速无响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1: no answer from GA.</source>
        <translation>
            <numerusform>为监听 %1 绑定 %n 个证书：全球加速无响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1 is taking longer than expected.</source>
        <translation>
            <numerusform>从监听 %1 解绑 %n 个域名耗时超出预期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1 is taking longer than expected.</source>
        <translation>
            <numerusform>为监听 %1 绑定 %n 个证书耗时超出预期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dissociating %n domain(s) from listener %1 failed.</source>
        <translation>
            <numerusform>从监听 %1 解绑 %n 个域名失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Associating %n certificate(s) with listener %1 failed.</source>
        <translation>
            <numerusform>为监听 %1 绑定 %n 个证书失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Association failed</source>
        <translation>绑定失败</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) have their certificates on listener %1, which is active again.</source>
        <translation>
            <numerusform>%n 个域名已在监听 %1 上绑定证书，监听已恢复运行中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates associated</source>
        <translation>证书已绑定</translation>
    </message>
    <message>
        <source>&amp;Dissociate…</source>
        <translation>解绑(&amp;D)…</translation>
    </message>
    <message>
        <source>Select an HTTPS listener, then check the domains to dissociate.</source>
        <translation>请选择一个 HTTPS 监听，然后勾选要解绑的域名。</translation>
    </message>
    <message>
        <source>Check 1 to %1 domains to dissociate.</source>
        <translation>请勾选 1 到 %1 个要解绑的域名。</translation>
    </message>
    <message>
        <source>A confirmation is open already.</source>
        <translation>已有一个确认对话框处于打开状态。</translation>
    </message>
    <message numerus="yes">
        <source>Dissociate the %n checked domain(s) from listener %1 (Delete)</source>
        <translation>
            <numerusform>从监听 %1 解绑已勾选的 %n 个域名（Delete）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 checked</source>
        <translation>已勾选 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of at most %2 domains checked</source>
        <translation>已勾选 %1 个域名，最多 %2 个</translation>
    </message>
    <message>
        <source>Domains dissociated</source>
        <translation>域名已解绑</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left listener %1, which is active again.</source>
        <translation>
            <numerusform>%n 个域名已从监听 %1 解绑，监听已恢复运行中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dissociation failed</source>
        <translation>解绑失败</translation>
    </message>
    <message>
        <source>Keep watching</source>
        <translation>继续观察</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
</context>
<context>
    <name>ga::DomainSearchDialog</name>
    <message>
        <source>Retire a domain everywhere</source>
        <translation>在所有位置下线域名</translation>
    </message>
    <message>
        <source>&amp;Where is this domain? Type domains or *. patterns (*.example.com is every name under example.com):</source>
        <translation>这个域名在哪里(&amp;W)？输入域名或 *. 通配模式（*.example.com 表示 example.com 下的所有名称）：</translation>
    </message>
    <message>
        <source>shop.example.com *.old.example.com</source>
        <translation>shop.example.com *.old.example.com</translation>
    </message>
    <message>
        <source>Domains or patterns to retire</source>
        <translation>要下线的域名或模式</translation>
    </message>
    <message>
        <source>Listeners that serve a match</source>
        <translation>使用匹配域名的监听</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速实例</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>&amp;Retire everywhere…</source>
        <translation>在所有位置下线(&amp;R)…</translation>
    </message>
    <message>
        <source>Type a domain to see where it is.</source>
        <translation>输入域名以查看它在哪里。</translation>
    </message>
    <message>
        <source>No listener of the account serves a match.</source>
        <translation>账号中没有监听使用匹配的域名。</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 of %n accelerator(s).</source>
        <extracomment>%1 is &quot;N domain(s)&quot; served, %2 &quot;on N listener(s)&quot;, %n accelerators.</extracomment>
        <translation>
            <numerusform>%1，位于 %n 个加速实例的 %2 上。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n 个监听</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::ErrorBanner</name>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Close the error message</source>
        <translation>关闭错误信息</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>接入地址：%1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>错误信息：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ga::Gactl</name>
    <message>
        <source>using profile &quot;%1&quot; (last used; choose another with --profile NAME)</source>
        <translation>使用配置档案“%1”（上次使用；可用 --profile NAME 选择其他配置档案）</translation>
    </message>
</context>
<context>
    <name>ga::ListenerTableModel</name>
    <message>
        <source>listener %1 %2</source>
        <translation>监听 %1 %2</translation>
    </message>
    <message>
        <source>Listener ID</source>
        <translation>监听 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ga::MainMenu</name>
    <message>
        <source>&amp;Export operations…</source>
        <translation>导出操作记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About GA Console</source>
        <translation>关于 GA 控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Save the operation history as CSV or JSON</source>
        <translation>将操作记录保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GA Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for Alibaba Cloud Global Accelerator certificates.&lt;/p&gt;&lt;p&gt;Licence: %2&lt;/p&gt;&lt;p&gt;Qt %3 (built with %4)&lt;br&gt;TLS: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GA 控制台 %1&lt;/h3&gt;&lt;p&gt;阿里云全球加速证书管理桌面控制台。&lt;/p&gt;&lt;p&gt;许可证：%2&lt;/p&gt;&lt;p&gt;Qt %3（构建时为 %4）&lt;br&gt;TLS：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About GA Console</source>
        <translation>关于 GA 控制台</translation>
    </message>
</context>
<context>
    <name>ga::MainWindow</name>
    <message>
        <source>Read accelerators, listeners, domains and certificate details again (F5)</source>
        <translation>重新读取加速实例、监听、域名和证书详情（F5）</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>证书(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;ccelerators</source>
        <translation>加速实例(&amp;C)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>加速实例</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Certificate domains</source>
        <translation>证书域名</translation>
    </message>
    <message>
        <source>GA Console</source>
        <translation>GA 控制台</translation>
    </message>
    <message>
        <source>GA Console — %1</source>
        <translation>GA 控制台 — %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause live refresh</source>
        <translation>暂停自动刷新(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>配置档案(&amp;R)…</translation>
    </message>
    <message>
        <source>Add, edit, remove or import profiles</source>
        <translation>添加、编辑、删除或导入配置档案</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>刷新间隔（秒）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n 个加速实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n 个监听</numerusform>
        </translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message numerus="yes">
        <source>Last refreshed %n s ago</source>
        <translation>
            <numerusform>上次刷新于 %n 秒前</numerusform>
        </translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <source>Default certificate: %1 (not removable here)</source>
        <translation>默认证书：%1（此处不可移除）</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个域名</numerusform>
        </translation>
    </message>
    <message>
        <source>Pro&amp;xy…</source>
        <translation>代理(&amp;X)…</translation>
    </message>
    <message>
        <source>No proxy, the system&apos;s, or a manual HTTP or SOCKS5 proxy</source>
        <translation>不使用代理、使用系统代理，或手动设置 HTTP 或 SOCKS5 代理</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A desktop notification shown in the status bar: its title, then its text.</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ga::NoticeBar</name>
    <message>
        <source>Close the message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>ga::OperationHistoryModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>加速实例</translation>
    </message>
    <message>
        <source>Listener</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>ClientToken</source>
        <translation>ClientToken</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>operation on listener %1 %2</source>
        <translation>监听 %1 上的操作 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s): %1</source>
        <translation>
            <numerusform>%n 个域名：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::OperationState</name>
    <message>
        <source>Another process (PID %1: gactl, or another console) is sending or watching it now; this console follows the journal, and resumes it if that process stops first.</source>
        <translation>另一个进程（PID %1：gactl 或另一个控制台）正在发送或跟踪该操作；本控制台跟随操作日志，若该进程先停止，将由本控制台继续执行。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n earlier operation(s) on accelerator %1 to finish: GA changes one thing per accelerator at a time.</source>
        <translation>
            <numerusform>正在等待加速实例 %1 上先前的 %n 个操作完成：全球加速对同一实例每次只执行一项变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>排队中。</translation>
    </message>
    <message>
        <source>waiting %1 s</source>
        <translation>等待中（%1 秒）</translation>
    </message>
    <message>
        <source>The accelerator is busy with another change (%1); sending again in %2 s. This is not a failure.</source>
        <translation>加速实例正在进行其他变更（%1）；%2 秒后重新发送。这不是失败。</translation>
    </message>
    <message>
        <source>%1; sending again in %2 s.</source>
        <translation>%1；%2 秒后重新发送。</translation>
    </message>
    <message>
        <source>Sent to GA; waiting for its answer.</source>
        <translation>已发送至全球加速，正在等待响应。</translation>
    </message>
    <message>
        <source>GA accepted the request (RequestId %1); watching the listener until it is active without the domains.</source>
        <translation>全球加速已接受请求（RequestId %1）；正在观察监听，直到其恢复运行中且不再包含这些域名。</translation>
    </message>
    <message>
        <source>GA accepted the request (RequestId %1).</source>
        <translation>全球加速已接受请求（RequestId %1）。</translation>
    </message>
    <message>
        <source>The listener is active and the domains are gone.</source>
        <translation>监听已恢复运行中，域名已解绑。</translation>
    </message>
    <message>
        <source>The listener did not become active in time (last state: %1). GA may still finish it: keep watching.</source>
        <translation>监听未在限定时间内恢复运行中（最后状态：%1）。全球加速可能仍会完成该操作：请继续观察。</translation>
    </message>
    <message>
        <source>No answer from GA (%1): it is unknown whether the request arrived. It stays in the journal and is sent again with the same ClientToken at the next start.</source>
        <translation>全球加速无响应（%1）：无法确定请求是否已送达。该操作保留在操作日志中，下次启动时将以相同的 ClientToken 重新发送。</translation>
    </message>
    <message>
        <source>Resumed from the journal. </source>
        <translation>已从操作日志恢复。</translation>
    </message>
    <message>
        <source>The listener was active and the domains gone.</source>
        <translation>监听当时已恢复运行中，域名已解绑。</translation>
    </message>
    <message>
        <source>Not finished when the console last stopped; it resumes when profile &quot;%1&quot; is in use.</source>
        <translation>控制台上次退出时该操作尚未完成；使用配置档案“%1”时将继续执行。</translation>
    </message>
</context>
<context>
    <name>ga::OperationsDock</name>
    <message>
        <source>Undo operation %1: its own change, confirmed first, then queued and watched</source>
        <translation>撤销操作 %1：作为一次独立的变更，先确认，再排队执行并持续查看</translation>
    </message>
    <message>
        <source>Select a finished operation to undo it.</source>
        <translation>请选择一个已完成的操作来撤销。</translation>
    </message>
    <message>
        <source>Undo is not available here.</source>
        <translation>此处无法撤销。</translation>
    </message>
    <message>
        <source>Re-associate…</source>
        <translation>重新绑定…</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Keep watching</source>
        <translation>继续观察(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Watch a timed-out operation again until it is done</source>
        <translation>重新观察已超时的操作，直到其完成</translation>
    </message>
    <message>
        <source>Save the history as CSV or JSON (no credentials are in it)</source>
        <translation>将历史记录导出为 CSV 或 JSON（其中不含任何凭据）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export operations</source>
        <translation>导出操作</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the progress of plan %1, this request&apos;s plan</source>
        <translation>显示此请求所属计划 %1 的进度</translation>
    </message>
    <message>
        <source>Select a request of a plan to show the plan&apos;s progress.</source>
        <translation>选择某个计划中的请求以显示该计划的进度。</translation>
    </message>
    <message>
        <source>No operations yet. The changes made here or with gactl appear in this list.</source>
        <translation>还没有操作。在这里或用 gactl 做出的更改会显示在此列表中。</translation>
    </message>
</context>
<context>
    <name>ga::PaneActions</name>
    <message>
        <source>&amp;Copy ID</source>
        <translation>复制 ID(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>复制为 JSON(&amp;J)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) left unchecked: GA dissociates at most %1 per request.</source>
        <translation>
            <numerusform>%n 个域名未勾选：全球加速每次请求最多解绑 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check selected (up to %1)</source>
        <translation>勾选所选项（最多 %1 个）</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>全部取消勾选</translation>
    </message>
</context>
<context>
    <name>ga::PlanFlow</name>
    <message>
        <source>A plan&apos;s preview is open already.</source>
        <translation>已有一个计划预览处于打开状态。</translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>未发送任何请求</translation>
    </message>
    <message>
        <source>The profile changed while the preview was open; the plan was for the other one.</source>
        <translation>预览打开期间配置已切换；该计划属于之前的配置。</translation>
    </message>
    <message>
        <source>The journal has no plan %1.</source>
        <translation>日志中没有计划 %1。</translation>
    </message>
</context>
<context>
    <name>ga::PlanPreviewDialog</name>
    <message>
        <source>remove %1 (certificate %2)</source>
        <translation>移除 %1（证书 %2）</translation>
    </message>
    <message>
        <source>add %1 with certificate %2</source>
        <translation>添加 %1，使用证书 %2</translation>
    </message>
    <message>
        <source>%1: certificate %2 → %3</source>
        <translation>%1：证书 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Retire %n domain(s)</source>
        <translation>
            <numerusform>下线 %n 个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the certificate of %n domain(s)</source>
        <translation>
            <numerusform>替换 %n 个域名的证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the plan</source>
        <translation>撤销该计划</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): %3 on %4, %n accelerator(s). Nothing has been sent yet.</source>
        <extracomment>The plan&apos;s summary: %1 what it does (e.g. &quot;Retire 6 domains&quot;), %2 requests, %3 listeners, %n accelerators.</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;（%2）：%3，涉及 %4、%n 个加速实例。尚未发送任何请求。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n 个监听</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request changes one listener. The requests of one accelerator go one after another (GA locks the instance while it changes); the accelerators go side by side. A failed request does not stop the others and can be sent again alone.</source>
        <translation>每个请求修改一个监听。同一加速实例的请求依次执行（变更期间 GA 会锁定实例）；不同加速实例并行执行。一个请求失败不会阻止其他请求，并且可以单独重新发送。</translation>
    </message>
    <message>
        <source>Equivalent gactl command</source>
        <translation>等效的 gactl 命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The same from a terminal:</source>
        <translation>在终端中执行相同操作：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production profile.&lt;/b&gt; Type %1, the number of domains, to confirm:</source>
        <translation>&lt;b&gt;生产环境配置。&lt;/b&gt;请输入域名数量 %1 以确认：</translation>
    </message>
    <message>
        <source>Type the number of domains to confirm</source>
        <translation>输入域名数量以确认</translation>
    </message>
    <message>
        <source>The plan&apos;s requests by accelerator</source>
        <translation>按加速实例分组的计划请求</translation>
    </message>
    <message>
        <source>Accelerator / request / domain</source>
        <translation>加速实例 / 请求 / 域名</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Listeners</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Accelerator %1</source>
        <translation>加速实例 %1</translation>
    </message>
    <message>
        <source>%1. Listener %2</source>
        <extracomment>A request in a plan&apos;s preview: its place on the accelerator, the listener.</extracomment>
        <translation>%1. 监听 %2</translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n listener(s)</source>
        <translation>
            <numerusform>不做变更：%n 个监听</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on listener %2: %3</source>
        <extracomment>A listener a plan leaves alone: its domains, the listener, why (the reason names the accelerator when it is the accelerator&apos;s).</extracomment>
        <translation>监听 %2 上的 %1：%3</translation>
    </message>
</context>
<context>
    <name>ga::PlanProgressDialog</name>
    <message>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo plan</source>
        <translation>撤销计划(&amp;U)</translation>
    </message>
    <message>
        <source>%1 — progress</source>
        <translation>%1 — 进度</translation>
    </message>
    <message>
        <source>The plan&apos;s requests by accelerator, with their states</source>
        <translation>按加速实例分组的计划请求及其状态</translation>
    </message>
    <message numerus="yes">
        <source>%1 queued, %2 running, %3 done, %4 failed, of %n request(s).</source>
        <extracomment>The counts of a plan&apos;s requests while it runs.</extracomment>
        <translation>
            <numerusform>共 %n 个请求：%1 个排队，%2 个进行中，%3 个完成，%4 个失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is done.</source>
        <translation>计划已完成。</translation>
    </message>
    <message>
        <source>The plan has ended with failures: select a failed request and send it again.</source>
        <translation>计划已结束但有失败：选择失败的请求并重新发送。</translation>
    </message>
    <message>
        <source>Closing this window stops nothing: the operations dock follows every request.</source>
        <translation>关闭此窗口不会停止任何请求：操作面板会跟踪每个请求。</translation>
    </message>
    <message>
        <source>Send the selected failed request again, alone</source>
        <translation>单独重新发送所选的失败请求</translation>
    </message>
    <message>
        <source>Select a failed request to send it again.</source>
        <translation>选择一个失败的请求以重新发送。</translation>
    </message>
    <message>
        <source>The plan can be undone once every request has ended.</source>
        <translation>所有请求结束后才能撤销该计划。</translation>
    </message>
    <message>
        <source>No request changed anything.</source>
        <translation>没有任何请求做出变更。</translation>
    </message>
    <message>
        <source>Put back everything this plan changed, as a plan of its own (previewed first).</source>
        <translation>恢复该计划所做的全部变更，作为一个新的计划执行（先预览）。</translation>
    </message>
</context>
<context>
    <name>ga::PlanProgressModel</name>
    <message>
        <source>Accelerator %1</source>
        <translation>加速实例 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <extracomment>An accelerator&apos;s requests: how many are done of how many.</extracomment>
        <translation>
            <numerusform>%n 个中已完成 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) failed</source>
        <translation>
            <numerusform>%n 个请求失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), one at a time</source>
        <translation>
            <numerusform>%n 个请求，逐个执行</numerusform>
        </translation>
    </message>
    <message>
        <source>Listener %1: %2</source>
        <extracomment>A request of a plan: the listener (name and ID), then its domains.</extracomment>
        <translation>监听 %1：%2</translation>
    </message>
    <message>
        <source>Accelerator / request</source>
        <translation>加速实例 / 请求</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ga::ProfileDialog</name>
    <message>
        <source>&amp;Certificate Management endpoint</source>
        <translation>证书管理服务接入地址(&amp;C)</translation>
    </message>
    <message>
        <source>Where certificate names and expiry dates are read from (Certificate Management). Empty: the site each certificate ID names.</source>
        <translation>从哪里读取证书名称和到期日（证书管理服务）。留空：按证书 ID 所指的站点。</translation>
    </message>
    <message>
        <source>each certificate&apos;s site (cas.aliyuncs.com, cas.ap-southeast-1.aliyuncs.com)</source>
        <translation>按证书所属站点（cas.aliyuncs.com、cas.ap-southeast-1.aliyuncs.com）</translation>
    </message>
    <message>
        <source>Read-only: never change anything with this profile</source>
        <translation>只读：不使用此配置档案进行任何修改</translation>
    </message>
    <message>
        <source>Production: type the listener ID to confirm a change</source>
        <translation>生产环境：修改前需输入监听 ID 确认</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import aliyun CLI profiles</source>
        <translation>导入 aliyun CLI 配置档案(&amp;I)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID</source>
        <translation>AccessKey ID(&amp;I)</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret</source>
        <translation>AccessKey Secret(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>接入地址(&amp;E)</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>签名版本(&amp;G)</translation>
    </message>
    <message>
        <source>Checking the OS keychain…</source>
        <translation>正在检查系统钥匙串…</translation>
    </message>
    <message>
        <source>Secrets are kept in %1.</source>
        <translation>密钥保存在%1中。</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Profiles can still be saved, but not their secrets; use the ALIBABA_CLOUD_ACCESS_KEY_* variables for this session.</source>
        <translation>无法使用系统钥匙串：%1 仍可保存配置档案，但无法保存其密钥；本次会话请使用 ALIBABA_CLOUD_ACCESS_KEY_* 环境变量。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Type the AccessKey secret: it goes to the keychain, never to a file.</source>
        <translation>输入 AccessKey Secret：它只保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Saved profile %1.</source>
        <translation>已保存配置档案 %1。</translation>
    </message>
    <message>
        <source>Removed profile %1 and its secret.</source>
        <translation>已删除配置档案 %1 及其密钥。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1 (StsToken): STS tokens are never stored; use the environment variables.</source>
        <translation>%1（StsToken）：STS 令牌从不保存；请使用环境变量。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1</source>
        <translation>
            <numerusform>已导入 %n 个配置档案：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
</context>
<context>
    <name>ga::ProxySettingsDialog</name>
    <message>
        <source>&amp;No proxy: connect directly</source>
        <translation>不使用代理：直接连接(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;System proxy: the desktop&apos;s settings or HTTPS_PROXY</source>
        <translation>系统代理：桌面设置或 HTTPS_PROXY(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy</source>
        <translation>手动设置代理(&amp;M)</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>(port)</source>
        <translation>（端口）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>类型(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ga::ProxyStatus</name>
    <message>
        <source>Proxy: none</source>
        <translation>代理：无</translation>
    </message>
    <message>
        <source>Proxy: system</source>
        <translation>代理：系统设置</translation>
    </message>
    <message>
        <source>Proxy: %1 %2:%3</source>
        <translation>代理：%1 %2:%3</translation>
    </message>
</context>
<context>
    <name>ga::ResourcePane</name>
    <message>
        <source>Filter: words to match, !word to exclude</source>
        <translation>筛选：输入要匹配的词，!词 表示排除</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
</context>
<context>
    <name>ga::State</name>
    <message>
        <source>no details</source>
        <translation>无详情</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>临近到期</translation>
    </message>
    <message>
        <source>expires very soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>running elsewhere</source>
        <translation>在别处运行</translation>
    </message>
    <message>
        <source>active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>configuring</source>
        <translation>配置中</translation>
    </message>
    <message>
        <source>updating</source>
        <translation>更新中</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>绑定中</translation>
    </message>
    <message>
        <source>unbinding</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>dissociating</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>initializing</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Locked: overdue payment</source>
        <translation>欠费锁定</translation>
    </message>
    <message>
        <source>State as GA reports it: %1</source>
        <extracomment>Tooltip and accessible description of a state badge: the state as the API spells it.</extracomment>
        <translation>GA 返回的状态：%1</translation>
    </message>
</context>
<context>
    <name>ga::Theme</name>
    <message>
        <source>Unknown theme &quot;%1&quot;: use system, light or dark.</source>
        <translation>未知的主题“%1”：请使用 system、light 或 dark。</translation>
    </message>
</context>
<context>
    <name>ga::UndoFlow</name>
    <message numerus="yes">
        <source>%n domain(s) left listener %1, which is active again.</source>
        <translation>
            <numerusform>%n 个域名已从监听 %1 解绑，监听已恢复运行中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Operation %1 cannot be undone.</source>
        <translation>无法撤销操作 %1。</translation>
    </message>
    <message>
        <source>Operation %1 was made with another profile or endpoint: switch to it to undo it.</source>
        <translation>操作 %1 是用其他配置档案或接入地址执行的：请切换过去再撤销。</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>撤销…</translation>
    </message>
    <message>
        <source>Re-associate…</source>
        <translation>重新绑定…</translation>
    </message>
</context>
<context>
    <name>ga::WelcomeDialog</name>
    <message>
        <source>Add an AccessKey</source>
        <translation>添加 AccessKey</translation>
    </message>
    <message>
        <source>Import the aliyun CLI&apos;s profiles</source>
        <translation>导入 aliyun CLI 的配置档案</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <source>Welcome to GA Console</source>
        <translation>欢迎使用 GA 控制台</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to GA Console&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 GA 控制台&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>GA Console shows the Global Accelerator instances of your Alibaba Cloud account and the certificates of their HTTPS listeners. To read them it needs an AccessKey of the account. None is set up on this computer yet. How would you like to start?</source>
        <translation>GA 控制台显示您阿里云账号下的全球加速实例及其 HTTPS 监听的证书。读取它们需要该账号的 AccessKey，而这台电脑上还没有设置。您想如何开始？</translation>
    </message>
    <message>
        <source>Type an AccessKey ID and its secret. The secret is kept in your desktop&apos;s keychain, never in a file.</source>
        <translation>输入 AccessKey ID 及其密钥。密钥只保存在桌面的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Use the accounts you already set up with the aliyun command line tool (~/.aliyun/config.json).</source>
        <translation>使用您已在 aliyun 命令行工具中设置的账号（~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <source>Look around a made-up account on this computer. Nothing is sent to Alibaba Cloud.</source>
        <translation>在这台电脑上浏览一个虚构的账号，不会向阿里云发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ga::api</name>
    <message>
        <source>%1 takes a whole number from 1 to 64, not &quot;%2&quot;.</source>
        <translation>%1 需要 1 到 64 之间的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>A certificate record without CertIdentifier.</source>
        <translation>证书记录缺少 CertIdentifier。</translation>
    </message>
    <message>
        <source>Asked for certificate %1, CAS answered about %2.</source>
        <translation>查询的是证书 %1，证书管理服务返回的却是 %2。</translation>
    </message>
    <message>
        <source>ListCertificates takes pages from 1 and at most %1 certificates a page.</source>
        <translation>ListCertificates 的页码从 1 开始，每页最多 %1 个证书。</translation>
    </message>
    <message>
        <source>The certificate ID &quot;%1&quot; names no certificate store: expected &lt;number&gt;-cn-hangzhou or &lt;number&gt;-ap-southeast-1.</source>
        <translation>证书 ID“%1”没有指明证书库：应为 &lt;数字&gt;-cn-hangzhou 或 &lt;数字&gt;-ap-southeast-1。</translation>
    </message>
    <message>
        <source>No complete credentials: an AccessKey ID and its secret are both needed.</source>
        <translation>凭据不完整：需要同时提供 AccessKey ID 和对应的 Secret。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>about %1 seconds</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>about %1 days</source>
        <translation>约 %1 天</translation>
    </message>
    <message>
        <source>The local clock is off: it is %1 %2 the service&apos;s (service time %3, request signed at %4 UTC). GA accepts at most 15 minutes of difference; set the system clock right (for example, turn on NTP) and try again.</source>
        <translation>本机时钟不准：比服务端%2%1（服务端时间 %3，请求签名时间 %4 UTC）。全球加速最多允许 15 分钟的偏差；请校准系统时钟（例如开启 NTP）后重试。</translation>
    </message>
    <message>
        <source>ahead of</source>
        <comment>the local clock is ... the service&apos;s</comment>
        <translation>快了</translation>
    </message>
    <message>
        <source>behind</source>
        <comment>the local clock is ... the service&apos;s</comment>
        <translation>慢了</translation>
    </message>
    <message>
        <source>The local clock is probably off by more than 15 minutes (the service sent no readable Date header to tell by how much); set the system clock right (for example, turn on NTP) and try again.</source>
        <translation>本机时钟的偏差可能超过 15 分钟（服务端未返回可读的 Date 头，无法判断具体偏差）；请校准系统时钟（例如开启 NTP）后重试。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>The endpoint answered with a redirect (HTTP %1), which is refused: check the endpoint URL.</source>
        <translation>接入地址返回了重定向（HTTP %1），已拒绝：请检查接入地址 URL。</translation>
    </message>
    <message>
        <source>No connection within %1 ms.</source>
        <translation>%1 毫秒内未能建立连接。</translation>
    </message>
    <message>
        <source>No data moved for %1 ms.</source>
        <translation>%1 毫秒内没有数据传输。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL; give one like https://ga.cn-hangzhou.aliyuncs.com.</source>
        <translation>接入地址“%1”不是有效的 URL；请提供类似 https://ga.cn-hangzhou.aliyuncs.com 的地址。</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: credentials and signatures would cross the network unencrypted. Use https://, or http:// only to a loopback address such as 127.0.0.1.</source>
        <translation>拒绝以明文 http:// 连接 %1：凭据和签名将以未加密方式在网络上传输。请使用 https://，或仅对 127.0.0.1 等环回地址使用 http://。</translation>
    </message>
    <message>
        <source>The endpoint scheme &quot;%1&quot; is not supported; use https://.</source>
        <translation>不支持接入地址协议“%1”；请使用 https://。</translation>
    </message>
    <message>
        <source>Unsupported proxy &quot;%1&quot;: use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>不支持的代理“%1”：请使用 http://HOST:PORT 或 socks5://HOST:PORT。</translation>
    </message>
    <message>
        <source>The proxy needs a host and a port, e.g. http://proxy.example:3128.</source>
        <translation>代理需要主机和端口，例如 http://proxy.example:3128。</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from the CA file &quot;%1&quot;.</source>
        <translation>无法从 CA 文件“%1”中读取 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>ga::auth</name>
    <message>
        <source>needs an STS AssumeRole call at run time, which GA Console does not make; import its source AK profile instead, or pass the role&apos;s temporary credentials in ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET and _SECURITY_TOKEN</source>
        <translation>需要在运行时调用 STS AssumeRole，而 GA 控制台不会发起该调用；请改为导入其源 AK 配置档案，或通过 ALIBABA_CLOUD_ACCESS_KEY_ID、_SECRET 和 _SECURITY_TOKEN 传入该角色的临时凭据</translation>
    </message>
    <message>
        <source>its credentials come from the ECS instance metadata service at run time; there is nothing to import</source>
        <translation>其凭据在运行时来自 ECS 实例元数据服务；没有可导入的内容</translation>
    </message>
    <message>
        <source>needs AssumeRoleWithOIDC with a token file at run time, which GA Console does not do</source>
        <translation>需要在运行时使用令牌文件调用 AssumeRoleWithOIDC，GA 控制台不支持</translation>
    </message>
    <message>
        <source>its credentials come from a program or URL at run time; GA Console does not run them</source>
        <translation>其凭据在运行时来自某个程序或 URL；GA 控制台不会运行它们</translation>
    </message>
    <message>
        <source>a browser sign-in session with short-lived cached tokens; sign in with the aliyun CLI and pass the temporary credentials in the environment instead</source>
        <translation>这是使用短期缓存令牌的浏览器登录会话；请改用 aliyun CLI 登录，并通过环境变量传入临时凭据</translation>
    </message>
    <message>
        <source>a bearer token is not an AccessKey, and GA does not accept one</source>
        <translation>Bearer 令牌不是 AccessKey，全球加速不接受</translation>
    </message>
    <message>
        <source>deprecated by the aliyun CLI and not supported</source>
        <translation>已被 aliyun CLI 弃用，不受支持</translation>
    </message>
    <message>
        <source>holds no credentials</source>
        <translation>不含凭据</translation>
    </message>
    <message>
        <source>has no mode</source>
        <translation>未指定 mode</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation>未知的 mode“%1”</translation>
    </message>
    <message>
        <source>profiles[%1].%2 is not a string.</source>
        <translation>profiles[%1].%2 不是字符串。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the aliyun CLI configuration %1: %2. Nothing was imported.</source>
        <translation>无法读取 aliyun CLI 配置文件 %1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 is malformed: %2 Nothing was imported.</source>
        <translation>aliyun CLI 配置文件 %1 格式错误：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 at byte %2.</source>
        <translation>%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>the top level is not a JSON object.</source>
        <translation>顶层不是 JSON 对象。</translation>
    </message>
    <message>
        <source>it has no &quot;profiles&quot; array.</source>
        <translation>缺少 &quot;profiles&quot; 数组。</translation>
    </message>
    <message>
        <source>profiles[%1] is not an object.</source>
        <translation>profiles[%1] 不是对象。</translation>
    </message>
    <message>
        <source>profiles[%1] has no name.</source>
        <translation>profiles[%1] 没有 name。</translation>
    </message>
    <message>
        <source>a profile of this name came earlier in the file</source>
        <translation>文件中前面已有同名配置档案</translation>
    </message>
    <message>
        <source>access_key_id or access_key_secret is empty</source>
        <translation>access_key_id 或 access_key_secret 为空</translation>
    </message>
    <message>
        <source>StsToken profile without sts_token</source>
        <translation>StsToken 配置档案缺少 sts_token</translation>
    </message>
    <message>
        <source>already imported (same AccessKey ID)</source>
        <translation>已导入（AccessKey ID 相同）</translation>
    </message>
    <message>
        <source>GA Console already has a profile &quot;%1&quot; with another AccessKey ID (%2); remove it first to replace it</source>
        <translation>GA 控制台中已有配置档案“%1”，但其 AccessKey ID（%2）不同；如需替换，请先删除它</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration %1 has no profile &quot;%2&quot;. Nothing was imported.</source>
        <translation>aliyun CLI 配置文件 %1 中没有配置档案“%2”。未导入任何内容。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be used: </source>
        <translation>无法使用配置档案“%1”：</translation>
    </message>
    <message>
        <source>%1 holds no secret for it (AccessKey ID %2). Add the profile again to store the secret, or use the environment (%3, %4) without choosing a profile.</source>
        <translation>%1中没有它的密钥（AccessKey ID %2）。请重新添加该配置档案以保存密钥，或不选择配置档案、改用环境变量（%3、%4）。</translation>
    </message>
    <message>
        <source>The environment holds only part of a credential: %1 is not set.</source>
        <translation>环境变量中的凭据不完整：未设置 %1。</translation>
    </message>
    <message>
        <source>The environment holds only part of a credential: %1 and %2 are not set.</source>
        <translation>环境变量中的凭据不完整：未设置 %1 和 %2。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. List the profiles with gactl profile list, or add one.</source>
        <translation>不存在配置档案“%1”。请用 gactl profile list 查看配置档案，或添加一个。</translation>
    </message>
    <message>
        <source>Set both, or unset them all to use a profile.</source>
        <translation>请同时设置两者，或全部取消设置以使用配置档案。</translation>
    </message>
    <message>
        <source>No credentials: no profile was chosen (add one with gactl profile add, then pass --profile NAME) and the environment has none (set %1 and %2, plus %3 for STS).</source>
        <translation>没有凭据：未选择配置档案（可用 gactl profile add 添加，再传入 --profile NAME），环境变量中也没有凭据（请设置 %1 和 %2，使用 STS 时还需设置 %3）。</translation>
    </message>
    <message>
        <source>GA Console keeps AccessKey secrets only in the OS keychain. On Linux that is a Secret Service: install gnome-keyring (or KWallet, or KeePassXC with its Secret Service integration), make sure it runs in your desktop session and that its login keyring is unlocked. On a machine without a desktop, start one inside a D-Bus session, for example dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets; ...&apos;. Until then, use session-only credentials: the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, kept in memory only.</source>
        <translation>GA 控制台只将 AccessKey Secret 保存在系统钥匙串中。在 Linux 上即 Secret Service：请安装 gnome-keyring（或 KWallet，或启用了 Secret Service 集成的 KeePassXC），并确保它在桌面会话中运行、登录密钥环已解锁。在没有桌面的机器上，请在 D-Bus 会话中启动它，例如 dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets; ...&apos;。在此之前，请使用仅限本次会话的凭据：ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 环境变量，它们只保存在内存中。</translation>
    </message>
    <message>
        <source>read</source>
        <comment>the OS keychain could not read the secret</comment>
        <translation>读取</translation>
    </message>
    <message>
        <source>store</source>
        <comment>the OS keychain could not store the secret</comment>
        <translation>保存</translation>
    </message>
    <message>
        <source>delete</source>
        <comment>the OS keychain could not delete the secret</comment>
        <translation>删除</translation>
    </message>
    <message>
        <source>The OS keychain has no secret for &quot;%1&quot;. If your keyring is locked, unlock it (a locked keyring reads as empty); otherwise add the profile again to store its secret.</source>
        <translation>系统钥匙串中没有“%1”的密钥。如果密钥环已锁定，请先解锁（锁定的密钥环读取结果为空）；否则请重新添加该配置档案以保存其密钥。</translation>
    </message>
    <message>
        <source>The OS keychain refused to %1 the secret for &quot;%2&quot; (%3). Unlock your login keyring (for example with Seahorse, or by logging in to the desktop) and try again.</source>
        <translation>系统钥匙串拒绝%1“%2”的密钥（%3）。请解锁登录密钥环（例如使用 Seahorse，或登录桌面）后重试。</translation>
    </message>
    <message>
        <source>No usable OS keychain: could not %1 the secret for &quot;%2&quot; (%3). </source>
        <translation>没有可用的系统钥匙串：无法%1“%2”的密钥（%3）。</translation>
    </message>
    <message>
        <source>The OS keychain could not %1 the secret for &quot;%2&quot;: %3</source>
        <translation>系统钥匙串无法%1“%2”的密钥：%3</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s. It may be waiting for an unlock prompt that cannot be shown; unlock your login keyring and try again. </source>
        <translation>系统钥匙串在 %1 秒内没有响应，可能正在等待一个无法显示的解锁提示；请解锁登录密钥环后重试。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no AccessKey ID.</source>
        <translation>配置档案“%1”没有 AccessKey ID。</translation>
    </message>
    <message>
        <source>The AccessKey ID of profile &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>配置档案“%1”的 AccessKey ID 只能包含字母、数字以及 &apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use a letter or digit, then up to 63 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>“%1”不是有效的配置档案名称：须以字母或数字开头，后跟最多 63 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1: check that its folder exists and is writable.</source>
        <translation>无法写入设置文件 %1：请检查其所在文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed; move it aside and try again.</source>
        <translation>设置文件 %1 格式错误；请将其移走后重试。</translation>
    </message>
    <message>
        <source>this session only (memory; gone when the program exits)</source>
        <translation>本次会话的内存（程序退出后即清除）</translation>
    </message>
    <message>
        <source>No session secret for &quot;%1&quot;: session-only secrets are kept in memory and are gone when the program exits.</source>
        <translation>没有“%1”的会话密钥：仅限本次会话的密钥保存在内存中，程序退出后即清除。</translation>
    </message>
</context>
<context>
    <name>ga::display</name>
    <message>
        <source>Does not cover %1: its names do not include it.</source>
        <translation>未覆盖 %1：证书的名称中不包含它。</translation>
    </message>
    <message>
        <source>Status in CAS: %1</source>
        <translation>证书管理服务中的状态：%1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有效期 %1 至 %2</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Alternative names: %1</source>
        <translation>备用名称：%1</translation>
    </message>
    <message>
        <source>Common name: %1</source>
        <translation>通用名称：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Looking the certificate up in Certificate Management…</source>
        <translation>正在证书管理服务中查询该证书…</translation>
    </message>
    <message>
        <source>Certificate Management could not be asked: %1</source>
        <translation>无法查询证书管理服务：%1</translation>
    </message>
    <message>
        <source>The certificate ID names no certificate store this console knows (expected -cn-hangzhou or -ap-southeast-1).</source>
        <translation>证书 ID 没有指明本控制台认识的证书库（应为 -cn-hangzhou 或 -ap-southeast-1）。</translation>
    </message>
    <message>
        <source>Certificate Management has no certificate with this ID: it was deleted, or it belongs to the other site or to another account. GA still serves it.</source>
        <translation>证书管理服务中没有此 ID 的证书：它已被删除，或属于另一个站点或另一个账号。全球加速仍在使用它。</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前过期</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>今天过期</translation>
    </message>
    <message>
        <source>CAS unavailable</source>
        <translation>证书管理服务不可用</translation>
    </message>
    <message>
        <source>unknown store</source>
        <translation>未知的证书库</translation>
    </message>
    <message>
        <source>not in CAS</source>
        <translation>不在证书管理服务中</translation>
    </message>
    <message>
        <source>State not read yet</source>
        <translation>尚未读取状态</translation>
    </message>
    <message>
        <source>State read at %1</source>
        <translation>状态读取于 %1</translation>
    </message>
</context>
<context>
    <name>ga::gactl</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>could not check the target first (%1); sending anyway</source>
        <translation>无法事先检查目标（%1）；仍然发送</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 2 usage or bad input (nothing sent), 3 API error, 4 network or TLS
error (for a change: unknown whether GA got it; run gactl resume), 5 timed out.
gactl expiring exits 0 when no certificate expires within --days (default 30), 1 when
some do.
</source>
        <translation>退出码：0 完成，2 用法错误或输入有误（未发送任何请求），3 API 错误，4 网络或 TLS
错误（对于变更：无法确定全球加速是否已收到请求，请运行 gactl resume），
5 超时。gactl expiring 在没有证书于 --days（默认 30）天内到期时退出 0，
有则退出 1。
</translation>
    </message>
    <message>
        <source>--concurrency N (1-64, default 32) is the most requests in flight: gactl starts with 4,
adds about one per round trip while GA answers and halves on throttling; 1 sends one at
a time, 4 keeps a fixed window of 4. HTTP/1.1 needs a connection per request in flight
(HTTP/2, where the endpoint offers it, one in all); GA_MAX_CONNECTIONS=N caps them.
</source>
        <translation>--concurrency N（1-64，默认 32）是同时进行的请求上限：gactl 从 4 个开始，
全球加速正常应答时大约每个往返加一个，遇到限流减半；1 表示逐个发送，
4 表示固定 4 个。HTTP/1.1 每个进行中的请求需要一个连接（接入地址支持
HTTP/2 时共用一个）；GA_MAX_CONNECTIONS=N 限制连接数。
</translation>
    </message>
    <message>
        <source>Certificate details (--details, expiring) come from Certificate Management (CAS):
--cas-endpoint URL, else the profile&apos;s, else ALIBABA_CLOUD_ENDPOINT_CAS, else each
certificate&apos;s site (https://cas.aliyuncs.com for -cn-hangzhou IDs,
https://cas.ap-southeast-1.aliyuncs.com for -ap-southeast-1). Only calls that return
no private key are made.
</source>
        <translation>证书详情（--details、expiring）来自证书管理服务（CAS）：--cas-endpoint URL，
否则用配置档案的，否则用 ALIBABA_CLOUD_ENDPOINT_CAS，否则按证书所属站点
（-cn-hangzhou 的 ID 用 https://cas.aliyuncs.com，
-ap-southeast-1 的用 https://cas.ap-southeast-1.aliyuncs.com）。
只调用不返回私钥的接口。
</translation>
    </message>
    <message>
        <source>Usage: gactl [--profile NAME] [--endpoint URL] [--signature v1|v3] [--output json|table]
             [--ca-file FILE] [--proxy URL] [--concurrency N] [--lang en|zh_CN]
             [--cas-endpoint URL] [--verbose] COMMAND
</source>
        <translation>用法：gactl [--profile NAME] [--endpoint URL] [--signature v1|v3] [--output json|table]
            [--ca-file FILE] [--proxy URL] [--concurrency N] [--lang en|zh_CN]
            [--cas-endpoint URL] [--verbose] COMMAND
</translation>
    </message>
    <message>
        <source>profile list
  profile add NAME --access-key-id ID [--endpoint URL] [--cas-endpoint URL]
              [--signature v1|v3] [--read-only]
              [--production]   (the secret is read from stdin or a no-echo prompt)
  profile remove NAME
  profile import-aliyun [--config FILE] [--profile NAME]</source>
        <translation>profile list
  profile add NAME --access-key-id ID [--endpoint URL] [--cas-endpoint URL]
              [--signature v1|v3] [--read-only]
              [--production]   （Secret 从标准输入或不回显的提示中读取）
  profile remove NAME
  profile import-aliyun [--config FILE] [--profile NAME]</translation>
    </message>
    <message numerus="yes">
        <source>No additional certificate expires within %n day(s).</source>
        <translation>
            <numerusform>没有扩展证书在 %n 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate Management could not be asked: %1</source>
        <translation>无法查询证书管理服务：%1</translation>
    </message>
    <message>
        <source>COVERS</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>DAYS LEFT</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>(CAS unavailable)</source>
        <translation>（证书管理服务不可用）</translation>
    </message>
    <message>
        <source>(unknown store)</source>
        <translation>（未知的证书库）</translation>
    </message>
    <message>
        <source>(not in CAS)</source>
        <translation>（不在证书管理服务中）</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) started running in another process meanwhile; left to it</source>
        <translation>
            <numerusform>%n 个操作在此期间已由另一个进程运行；交由该进程处理</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no additional certificate on listener %2, so there is nothing to dissociate (gactl certificates lists them). Nothing was sent.</source>
        <translation>%1 在监听 %2 上没有扩展证书，没有可解绑的内容（gactl certificates 可列出证书）。未发送任何请求。</translation>
    </message>
    <message>
        <source>could not read the listener&apos;s certificates (%1); dissociating without recording them, so this cannot be undone with gactl undo</source>
        <translation>无法读取监听的证书（%1）；将在不记录证书的情况下解绑，因此之后无法用 gactl undo 撤销</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>skipping %1; %2</source>
        <translation>跳过 %1；%2</translation>
    </message>
    <message>
        <source>skipping %1</source>
        <translation>跳过 %1</translation>
    </message>
    <message>
        <source>run gactl --profile %1 resume</source>
        <translation>请运行 gactl --profile %1 resume</translation>
    </message>
    <message>
        <source>run gactl resume without --profile</source>
        <translation>请不带 --profile 运行 gactl resume</translation>
    </message>
    <message numerus="yes">
        <source>Undo %1: change %n domain(s) (%2) on listener %3 back? [y/N] </source>
        <translation>
            <numerusform>撤销 %1：将监听 %3 上的 %n 个域名（%2）改回原样？[y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo %1: associate %n domain(s) (%2) with listener %3 again? [y/N] </source>
        <translation>
            <numerusform>撤销 %1：将 %n 个域名（%2）重新绑定到监听 %3？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Operation %1 belongs to profile &quot;%2&quot;: run gactl --profile %2 undo.</source>
        <translation>操作 %1 属于配置档案“%2”：请运行 gactl --profile %2 undo。</translation>
    </message>
    <message>
        <source>Operation %1 was made with the environment&apos;s credentials: run gactl undo without --profile.</source>
        <translation>操作 %1 是用环境变量中的凭据执行的：请不带 --profile 运行 gactl undo。</translation>
    </message>
    <message>
        <source>There is no operation %1 in the journal: gactl operations lists them.</source>
        <translation>操作日志中没有操作 %1：gactl operations 可列出全部操作。</translation>
    </message>
    <message numerus="yes">
        <source>Associate %n certificate(s) (%1) with listener %2 of accelerator %3? [y/N] </source>
        <translation>
            <numerusform>将 %n 个证书（%1）绑定到加速实例 %3 的监听 %2？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has certificate %2 on listener %3 already: dissociate it first, or replace it. Nothing was sent.</source>
        <translation>%1 在监听 %3 上已绑定证书 %2：请先解绑或替换它。未发送任何请求。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not DOMAIN=CERTIFICATE_ID, for example www.example.com=123456-cn-hangzhou.</source>
        <translation>“%1”不是 DOMAIN=CERTIFICATE_ID 的形式，例如 www.example.com=123456-cn-hangzhou。</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so gactl cannot ask for confirmation: add --yes to go ahead without asking.</source>
        <translation>标准输入不是终端，gactl 无法请求确认：如需不经确认直接执行，请添加 --yes。</translation>
    </message>
    <message>
        <source>Advanced: --poll-schedule default|terraform (--wait, watch, resume) picks
when the listener is polled: default polls every 0.5 s for the first 10 s (at most 2
DescribeListener calls a second), then backs off to every 5 s; terraform polls at 1 s,
+3 s, +6 s, then every 10 s, as terraform-provider-alicloud does (for comparisons).
</source>
        <translation>高级：--poll-schedule default|terraform（用于 --wait、watch、resume）
决定监听的轮询时机：default 在前 10 秒内每 0.5 秒轮询一次（每秒最多 2 次
DescribeListener 调用），之后退避为每 5 秒一次；terraform 在 1 秒、+3 秒、+6 秒
时轮询，之后每 10 秒一次，与 terraform-provider-alicloud 相同（用于对比）。
</translation>
    </message>
    <message>
        <source>Credentials: the --profile NAME (secret from the OS keychain), else
ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS,
ALIBABA_CLOUD_SECURITY_TOKEN, else the profile used last. A read-only profile refuses
dissociate, associate, undo and resume. Endpoint: --endpoint, else the profile&apos;s, else
ALIBABA_CLOUD_ENDPOINT_GA, else https://ga.cn-hangzhou.aliyuncs.com. Plain http:// is
refused except to loopback hosts.
</source>
        <translation>凭据：依次尝试 --profile NAME 指定的配置档案（Secret 来自系统钥匙串）、环境变量
ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时
另加 ALIBABA_CLOUD_SECURITY_TOKEN）、上次使用的配置档案。只读配置档案拒绝执行
dissociate、associate、undo 和 resume。接入地址：依次取 --endpoint、配置档案中的接入地址、
ALIBABA_CLOUD_ENDPOINT_GA，默认为 https://ga.cn-hangzhou.aliyuncs.com。
除环回地址外，拒绝使用明文 http://。
</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1 需要 1 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <source>--signature takes v1 or v3, not &quot;%1&quot;.</source>
        <translation>--signature 只接受 v1 或 v3，而不是“%1”。</translation>
    </message>
    <message>
        <source>--output takes json or table, not &quot;%1&quot;.</source>
        <translation>--output 只接受 json 或 table，而不是“%1”。</translation>
    </message>
    <message>
        <source>--role takes additional, default or all, not &quot;%1&quot;.</source>
        <translation>--role 只接受 additional、default 或 all，而不是“%1”。</translation>
    </message>
    <message>
        <source>--poll-schedule takes default or terraform, not &quot;%1&quot;.</source>
        <translation>--poll-schedule 只接受 default 或 terraform，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 不接受值。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 不适用于 %2。</translation>
    </message>
    <message>
        <source>Usage: gactl %1</source>
        <translation>用法：gactl %1</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Proxy: --proxy http://HOST:PORT, socks5://HOST:PORT or none; else https_proxy /
HTTPS_PROXY, unless the endpoint host is loopback or listed in NO_PROXY.
</source>
        <translation>代理：--proxy http://HOST:PORT、socks5://HOST:PORT 或 none；否则使用 https_proxy /
HTTPS_PROXY，除非接入地址的主机是环回地址或列在 NO_PROXY 中。
</translation>
    </message>
    <message>
        <source>ACCELERATOR ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>LISTENER ID</source>
        <translation>监听 ID</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>LISTENER STATE</source>
        <translation>监听状态</translation>
    </message>
    <message>
        <source>DOMAINS</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>done: %1 %2 RequestId %3 ClientToken %4 in %5 s</source>
        <translation>已完成：%1 %2 RequestId %3 ClientToken %4，用时 %5 秒</translation>
    </message>
    <message>
        <source>accepted: %1 %2 RequestId %3 ClientToken %4 in %5 s</source>
        <translation>已受理：%1 %2 RequestId %3 ClientToken %4，用时 %5 秒</translation>
    </message>
    <message>
        <source>timed out waiting for listener %1 (last state: %2). The operation stays in the journal: run `gactl resume` to keep watching.</source>
        <translation>等待监听 %1 超时（最后状态：%2）。该操作保留在操作日志中：运行 `gactl resume` 可继续观察。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>it is unknown whether GA received the request; run `gactl resume` to send it again with the same ClientToken %1.</source>
        <translation>无法确定全球加速是否已收到请求；请运行 `gactl resume`，以相同的 ClientToken %1 重新发送。</translation>
    </message>
    <message numerus="yes">
        <source>Dissociate %n domain(s) (%1) from listener %2 of accelerator %3? [y/N] </source>
        <translation>
            <numerusform>从加速实例 %3 的监听 %2 解绑 %n 个域名（%1）？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>timed out; last state %1</source>
        <translation>超时；最后状态 %1</translation>
    </message>
    <message>
        <source>active after %1 s</source>
        <translation>%1 秒后恢复运行中</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>CLIENT TOKEN</source>
        <translation>ClientToken</translation>
    </message>
    <message>
        <source>nothing to resume</source>
        <translation>没有需要恢复的操作</translation>
    </message>
    <message>
        <source>No profiles. Add one with: gactl profile add NAME --access-key-id ID</source>
        <translation>没有配置档案。添加方法：gactl profile add NAME --access-key-id ID</translation>
    </message>
    <message>
        <source>ACCESS KEY ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>ENDPOINT</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>the default endpoint, in the ENDPOINT column</comment>
        <translation>（默认）</translation>
    </message>
    <message>
        <source>profile add needs --access-key-id ID.</source>
        <translation>profile add 需要 --access-key-id ID。</translation>
    </message>
    <message>
        <source>AccessKey secret for %1: </source>
        <translation>%1 的 AccessKey Secret：</translation>
    </message>
    <message>
        <source>No AccessKey secret given: pipe it to stdin or type it at the prompt. Nothing was saved.</source>
        <translation>未提供 AccessKey Secret：请通过管道传入标准输入，或在提示处输入。未保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (AccessKey ID %2); its secret is in the OS keychain.</source>
        <translation>已保存配置档案“%1”（AccessKey ID %2）；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Replaced profile &quot;%1&quot; (AccessKey ID %2, was %3); its secret is in the OS keychain.</source>
        <translation>已替换配置档案“%1”（AccessKey ID %2，原为 %3）；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>warning: the previous secret stays in the keychain: %1</source>
        <translation>警告：原密钥仍留在系统钥匙串中：%1</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在配置档案“%1”。</translation>
    </message>
    <message>
        <source>The profile was kept; remove it again once the keychain works.</source>
        <translation>已保留该配置档案；请在系统钥匙串恢复正常后再次删除。</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secret.</source>
        <translation>已删除配置档案“%1”及其密钥。</translation>
    </message>
    <message>
        <source>StsToken: STS tokens stay in memory only and gactl ends with this command, so it was not saved; pass its credentials in ALIBABA_CLOUD_ACCESS_KEY_ID, _SECRET and _SECURITY_TOKEN instead</source>
        <translation>StsToken：STS 令牌只保存在内存中，而 gactl 在本命令结束后即退出，因此未保存；请改为通过 ALIBABA_CLOUD_ACCESS_KEY_ID、_SECRET 和 _SECURITY_TOKEN 传入其凭据</translation>
    </message>
    <message>
        <source>From %1 (read only, not changed):</source>
        <translation>来自 %1（只读，未修改）：</translation>
    </message>
    <message>
        <source>  imported  %1</source>
        <translation>  已导入  %1</translation>
    </message>
    <message>
        <source>  skipped   %1: %2</source>
        <translation>  已跳过  %1：%2</translation>
    </message>
    <message>
        <source>  skipped   %1 (%2): %3</source>
        <translation>  已跳过  %1（%2）：%3</translation>
    </message>
    <message>
        <source>Unknown profile command &quot;%1&quot;: use list, add, remove or import-aliyun.</source>
        <translation>未知的 profile 命令“%1”：请使用 list、add、remove 或 import-aliyun。</translation>
    </message>
    <message>
        <source>--%1 does not apply to profile %2.</source>
        <translation>--%1 不适用于 profile %2。</translation>
    </message>
    <message>
        <source>Usage: gactl profile %1 NAME</source>
        <translation>用法：gactl profile %1 NAME</translation>
    </message>
    <message>
        <source>profile %1 takes no NAME.</source>
        <translation>profile %1 不接受 NAME 参数。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is read-only: gactl %2 is refused and nothing was sent. Use a profile without --read-only for changes.</source>
        <translation>配置档案“%1”为只读：已拒绝 gactl %2，未发送任何请求。如需修改，请使用未设置 --read-only 的配置档案。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>BANDWIDTH</source>
        <translation>带宽</translation>
    </message>
    <message>
        <source>DNS NAME</source>
        <translation>DNS 名称</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>CERTIFICATE ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>the default certificate, in the DOMAIN column</comment>
        <translation>（默认证书）</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>GA&apos;s DryRun passed %n update(s).</source>
        <translation>
            <numerusform>GA 的 DryRun 检查通过了 %n 项更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send these %n request(s)? [y/N] </source>
        <translation>
            <numerusform>发送这 %n 个请求吗？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Standard input is not a terminal, so gactl cannot ask for confirmation: add --yes to send the plan, or --plan to only show it.</source>
        <translation>标准输入不是终端，gactl 无法请求确认：加上 --yes 发送该计划，或加上 --plan 只显示它。</translation>
    </message>
    <message>
        <source>Plan %1: %2 %3</source>
        <translation>计划 %1：%2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listener(s)</source>
        <translation>
            <numerusform>%n 个监听</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accelerator(s)</source>
        <translation>
            <numerusform>%n 个加速实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n 个域名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accelerator %1 %2: %n request(s), one after another</source>
        <translation>
            <numerusform>加速实例 %1 %2：%n 个请求，依次执行</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: listener %1 of %2 (%3): %4</source>
        <translation>已跳过：%2 的监听 %1（%3）：%4</translation>
    </message>
    <message>
        <source>plan %1 journaled; sending (`gactl resume` finishes it if this run is interrupted)</source>
        <translation>计划 %1 已写入日志，正在发送（如果本次运行被中断，`gactl resume` 会完成它）</translation>
    </message>
    <message>
        <source>done: %1 %2 %3 RequestId %4</source>
        <translation>完成：%1 %2 %3 RequestId %4</translation>
    </message>
    <message>
        <source>accepted: %1 %2 %3 RequestId %4</source>
        <translation>已受理：%1 %2 %3 RequestId %4</translation>
    </message>
    <message>
        <source>not done: %1 %2 %3: %4</source>
        <translation>未完成：%1 %2 %3：%4</translation>
    </message>
    <message numerus="yes">
        <source>plan %1: %2 of %n request(s) done</source>
        <translation>
            <numerusform>计划 %1：%n 个请求中 %2 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) did not finish; `gactl resume` sends the unconfirmed ones again with their ClientTokens, `gactl operations` lists them.</source>
        <translation>
            <numerusform>%n 个请求未完成；`gactl resume` 会用原 ClientToken 重新发送未确认的请求，`gactl operations` 可列出它们。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ga::i18n</name>
    <message>
        <source>No translation for &quot;%1&quot;. Use --lang with one of: %2.</source>
        <translation>没有“%1”的翻译。请使用 --lang 指定以下语言之一：%2。</translation>
    </message>
</context>
<context>
    <name>ga::net</name>
    <message>
        <source>Give the proxy host, for example proxy.example.com.</source>
        <translation>请填写代理主机，例如 proxy.example.com。</translation>
    </message>
    <message>
        <source>Give the proxy host alone, without a scheme such as http:// (&quot;%1&quot;); choose HTTP or SOCKS5 as the type.</source>
        <translation>只需填写代理主机，不要带 http:// 等协议前缀（“%1”）；类型请选择 HTTP 或 SOCKS5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid proxy host: give a name such as proxy.example.com or an address such as 10.0.0.1.</source>
        <translation>“%1”不是有效的代理主机：请填写主机名（如 proxy.example.com）或地址（如 10.0.0.1）。</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535, not %1.</source>
        <translation>代理端口必须在 1 到 65535 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The proxy user name may not contain &apos;:&apos;.</source>
        <translation>代理用户名不能包含 &apos;:&apos;。</translation>
    </message>
    <message>
        <source>A proxy password needs a user name.</source>
        <translation>设置代理密码时必须填写用户名。</translation>
    </message>
    <message>
        <source>The proxy settings could not be written to %1: check that the folder is writable and the disk is not full.</source>
        <translation>无法将代理设置写入 %1：请检查文件夹是否可写、磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>ga::ops</name>
    <message>
        <source>%1 is running in another process (PID %2)</source>
        <translation>%1 正在另一个进程中运行（PID %2）</translation>
    </message>
    <message>
        <source>Cannot create the lease folder %1</source>
        <translation>无法创建租约文件夹 %1</translation>
    </message>
    <message>
        <source>Cannot take the lease %1 on operation %2</source>
        <translation>无法获取操作 %2 的租约 %1</translation>
    </message>
    <message>
        <source>%1 ran in this session already</source>
        <translation>%1 已在本次会话中运行过</translation>
    </message>
    <message>
        <source>%1 belongs to profile &quot;%2&quot;</source>
        <translation>%1 属于配置档案“%2”</translation>
    </message>
    <message>
        <source>%1 was started with the environment&apos;s credentials</source>
        <translation>%1 是用环境变量中的凭据发起的</translation>
    </message>
    <message>
        <source>an unknown endpoint</source>
        <translation>未知的接入地址</translation>
    </message>
    <message>
        <source>%1 was sent to %2, not %3</source>
        <translation>%1 发送到的是 %2，而不是 %3</translation>
    </message>
    <message>
        <source>No operation %1 in the journal %2.</source>
        <translation>操作日志 %2 中没有操作 %1。</translation>
    </message>
    <message>
        <source>Operation %1 was sent to %2, not %3: undo it with that endpoint.</source>
        <translation>操作 %1 发送到的是 %2，而不是 %3：请使用该接入地址撤销。</translation>
    </message>
    <message>
        <source>Operation %1 is undone already (by %2).</source>
        <translation>操作 %1 已被撤销（由 %2 撤销）。</translation>
    </message>
    <message>
        <source>Operation %1 is still running.</source>
        <translation>操作 %1 仍在进行中。</translation>
    </message>
    <message>
        <source>Operation %1 did not record the certificate %2 had before, so it cannot be undone.</source>
        <translation>操作 %1 未记录 %2 之前的证书，因此无法撤销。</translation>
    </message>
    <message>
        <source>Operation %1 did not record which certificate %2 had, so it cannot be undone; associate it again with gactl associate.</source>
        <translation>操作 %1 未记录 %2 原来的证书，因此无法撤销；请用 gactl associate 重新绑定。</translation>
    </message>
    <message>
        <source>Operation %1 is not done, so there is nothing to undo yet.</source>
        <translation>操作 %1 尚未完成，暂时没有可撤销的内容。</translation>
    </message>
    <message>
        <source>An update replaces the certificate of exactly one domain.</source>
        <translation>一次更新只替换一个域名的证书。</translation>
    </message>
    <message>
        <source>Cannot open the operation journal %1: %2</source>
        <translation>无法打开操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the operation journal %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot sync the operation journal %1 to disk.</source>
        <translation>无法将操作日志 %1 同步到磁盘。</translation>
    </message>
    <message>
        <source>Cannot read the operation journal %1: %2</source>
        <translation>无法读取操作日志 %1：%2</translation>
    </message>
</context>
<context>
    <name>ga::plans</name>
    <message>
        <source>GA&apos;s DryRun refuses %1 → %2 on listener %3: %4</source>
        <translation>GA 的 DryRun 拒绝在监听 %3 上将 %1 改为 %2：%4</translation>
    </message>
    <message>
        <source>The plan has no requests.</source>
        <translation>该计划没有任何请求。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>No plan %1 in the journal %2.</source>
        <translation>日志 %2 中没有计划 %1。</translation>
    </message>
    <message>
        <source>Request %1 of plan %2 is not finished: undo the plan once every request has ended (gactl resume finishes an interrupted plan).</source>
        <translation>计划 %2 的请求 %1 尚未结束：请在所有请求结束后再撤销该计划（gactl resume 可完成被中断的计划）。</translation>
    </message>
    <message>
        <source>Plan %1 was sent to %2, not %3: undo it with that endpoint.</source>
        <translation>计划 %1 发送到了 %2，而不是 %3：请使用该接入点撤销。</translation>
    </message>
    <message>
        <source>No request of plan %1 changed anything, so there is nothing to undo.</source>
        <translation>计划 %1 的请求没有做出任何更改，因此无需撤销。</translation>
    </message>
    <message>
        <source>Certificate Management has no certificate %1 in this account.</source>
        <translation>证书管理服务中，本账号没有证书 %1。</translation>
    </message>
    <message>
        <source>%1 names no certificate store the console knows (the ID ends in its region, e.g. -cn-hangzhou).</source>
        <translation>%1 不属于控制台已知的任何证书库（证书 ID 以地域结尾，例如 -cn-hangzhou）。</translation>
    </message>
    <message>
        <source>Cannot check certificate %1 in Certificate Management (%2), so the replacement is not made blind.</source>
        <translation>无法在证书管理服务中检查证书 %1（%2），因此不会盲目替换。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked.</source>
        <translation>证书 %1 已被吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 expired on %2.</source>
        <translation>证书 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Certificate %1 is an SM2 (ShangMi) certificate, which GA does not take.</source>
        <translation>证书 %1 是 SM2（国密）证书，GA 不支持。</translation>
    </message>
    <message>
        <source>listener %1 has the ECC default certificate %2 on a subscription accelerator, where GA takes only ECC additional certificates, and %3 is %4</source>
        <translation>监听 %1 位于包年包月加速实例上，其默认证书 %2 为 ECC，此时 GA 只接受 ECC 扩展证书，而 %3 是 %4</translation>
    </message>
    <message>
        <source>of unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>%1 would replace itself: name the new certificate&apos;s ID.</source>
        <translation>%1 会替换成它自己：请指定新证书的 ID。</translation>
    </message>
    <message>
        <source>%1 does not cover %2 (on listener %3)</source>
        <translation>%1 不覆盖 %2（监听 %3）</translation>
    </message>
    <message>
        <source>Cannot replace %1 with %2: %3. Nothing was sent.</source>
        <translation>无法用 %2 替换 %1：%3。未发送任何请求。</translation>
    </message>
    <message>
        <source>No listener of the account serves certificate %1. Nothing was sent.</source>
        <translation>本账号没有监听使用证书 %1。未发送任何请求。</translation>
    </message>
    <message>
        <source>Every listener that serves %1 refuses changes now (%2). Nothing was sent.</source>
        <translation>使用 %1 的所有监听当前都拒绝更改（%2）。未发送任何请求。</translation>
    </message>
    <message>
        <source>Nothing to retire: name at least one domain, pattern or certificate.</source>
        <translation>没有要下线的内容：请至少指定一个域名、通配模式或证书。</translation>
    </message>
    <message numerus="yes">
        <source>%n picked domain(s)</source>
        <translation>
            <numerusform>%n 个选中的域名</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no accelerator %1.</source>
        <translation>本账号没有加速实例 %1。</translation>
    </message>
    <message>
        <source>on any listener of the account</source>
        <translation>在本账号的任何监听上</translation>
    </message>
    <message>
        <source>on accelerator %1</source>
        <translation>在加速实例 %1 上</translation>
    </message>
    <message>
        <source>No additional certificate matches %1 %2: check the spelling, or refresh if it was changed since. Nothing was sent.</source>
        <translation>%2没有与 %1 匹配的扩展证书：请检查拼写；如果之后有过更改，请刷新。未发送任何请求。</translation>
    </message>
    <message>
        <source>Every listener that serves these domains refuses changes now (%1). Nothing was sent.</source>
        <translation>使用这些域名的所有监听当前都拒绝更改（%1）。未发送任何请求。</translation>
    </message>
</context>
<context>
    <name>ga::preflight</name>
    <message>
        <source>Listener %1 is managed by %2 (%3 kept by that service): change its certificates there.</source>
        <translation>监听 %1 由 %2 托管（%3 由该服务负责）：请在那里变更其证书。</translation>
    </message>
    <message>
        <source>Listener %1 is being deleted: it takes no changes.</source>
        <translation>监听 %1 正在删除：不接受变更。</translation>
    </message>
    <message>
        <source>Accelerator %1 is managed by %2, which keeps changes of its listeners for itself: change them there.</source>
        <translation>加速实例 %1 由 %2 托管，其监听的变更由该服务负责：请在那里变更。</translation>
    </message>
    <message>
        <source>Accelerator %1 expired on %2: renew it before changing it.</source>
        <translation>加速实例 %1 已于 %2 到期：请先续费再变更。</translation>
    </message>
    <message>
        <source>Accelerator %1 is being deleted: it takes no changes.</source>
        <translation>加速实例 %1 正在删除：不接受变更。</translation>
    </message>
    <message>
        <source>Accelerator %1 is locked for an overdue payment (finacialLocked): GA refuses every change until the bill is paid.</source>
        <translation>加速实例 %1 因欠费被锁定（finacialLocked）：缴清费用之前，全球加速拒绝任何变更。</translation>
    </message>
    <message>
        <source>another service</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>Listener %1 is %2: only HTTPS listeners have additional certificates.</source>
        <translation>监听 %1 的协议为 %2：只有 HTTPS 监听才有扩展证书。</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>未连接到账号。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is read-only: it cannot change certificates.</source>
        <translation>配置档案“%1”为只读：不能修改证书。</translation>
    </message>
</context>
<context>
    <name>ga::validate</name>
    <message>
        <source>&quot;%1&quot; is not a certificate ID: GA takes the form &lt;number&gt;-&lt;region&gt;, for example 123456-cn-hangzhou.</source>
        <translation>“%1”不是证书 ID：全球加速接受的形式为 &lt;数字&gt;-&lt;地域&gt;，例如 123456-cn-hangzhou。</translation>
    </message>
    <message>
        <source>The certificate ID is missing; give it as it reads in Certificate Management, for example 123456-cn-hangzhou.</source>
        <translation>缺少证书 ID；请按数字证书管理服务中显示的形式填写，例如 123456-cn-hangzhou。</translation>
    </message>
    <message>
        <source>accelerator ID</source>
        <translation>加速实例 ID</translation>
    </message>
    <message>
        <source>listener ID</source>
        <translation>监听 ID</translation>
    </message>
    <message>
        <source>The %1 is missing; give it as the console or `gactl` lists it.</source>
        <translation>缺少%1；请按控制台或 `gactl` 列出的形式填写。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a space or a non-ASCII character; copy it again from the listing.</source>
        <translation>%1“%2”包含空格或非 ASCII 字符；请从列表中重新复制。</translation>
    </message>
    <message>
        <source>A domain is empty; give each domain as it appears in the certificate list.</source>
        <translation>有域名为空；请按证书列表中显示的形式填写每个域名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name. Use a host name such as www.example.com or a wildcard such as *.example.com.</source>
        <translation>“%1”不是有效的域名。请使用 www.example.com 这样的主机名，或 *.example.com 这样的泛域名。</translation>
    </message>
    <message>
        <source>No domain given: name 1 to %1 domains to dissociate.</source>
        <translation>未指定域名：请指定 1 到 %1 个要解绑的域名。</translation>
    </message>
    <message>
        <source>%1 domains given, but GA takes at most %2 per request: split them into several operations.</source>
        <translation>指定了 %1 个域名，但全球加速每次请求最多接受 %2 个：请拆分为多个操作。</translation>
    </message>
    <message>
        <source>The domain %1 is given twice; name each domain once.</source>
        <translation>域名 %1 重复指定；每个域名只需指定一次。</translation>
    </message>
    <message>
        <source>A ClientToken must have 1 to 64 characters.</source>
        <translation>ClientToken 长度必须为 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>A ClientToken must be printable ASCII: letters, digits, punctuation and spaces (U+0020 to U+007E), no control or non-ASCII characters.</source>
        <translation>ClientToken 只能包含可打印的 ASCII 字符：字母、数字、标点和空格（U+0020 至 U+007E），不能含控制字符或非 ASCII 字符。</translation>
    </message>
</context>
</TS>
