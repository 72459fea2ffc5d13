<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>The PNG would be %1 x %2 pixels, too large for an image; export SVG or PDF, or hide lanes</source>
        <translation>PNG 将有 %1 x %2 像素，图像过大；请导出 SVG 或 PDF，或隐藏部分泳道</translation>
    </message>
</context>
<context>
    <name>SipLab::CallBuilderPanel</name>
    <message>
        <source>Set method to %1</source>
        <translation>把请求方法设为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Use %n proxies</source>
        <translation>
            <numerusform>使用 %n 个代理</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Max-Forwards to %1</source>
        <translation>把 Max-Forwards 设为 %1</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>UAC credentials</source>
        <translation>UAC 凭据</translation>
    </message>
    <message>
        <source>Cancel after %1 ms</source>
        <translation>%1 毫秒后取消</translation>
    </message>
    <message>
        <source>Change who hangs up</source>
        <translation>更改挂机方</translation>
    </message>
    <message>
        <source>Hang up after %1 ms</source>
        <translation>%1 毫秒后挂机</translation>
    </message>
    <message>
        <source>re-INVITE</source>
        <translation>re-INVITE</translation>
    </message>
    <message>
        <source>P%1 forwards</source>
        <translation>P%1 转发</translation>
    </message>
    <message>
        <source>P%1 answers %2</source>
        <translation>P%1 应答 %2</translation>
    </message>
    <message>
        <source>Record-Route at P%1</source>
        <translation>P%1 的 Record-Route</translation>
    </message>
    <message>
        <source>Recursion at P%1</source>
        <translation>P%1 的递归</translation>
    </message>
    <message>
        <source>Proxy authentication</source>
        <translation>代理认证</translation>
    </message>
    <message>
        <source>Retry-After at P%1</source>
        <translation>P%1 的 Retry-After</translation>
    </message>
    <message>
        <source>Final response after %1 ms</source>
        <translation>%1 毫秒后发最终响应</translation>
    </message>
    <message>
        <source>UAS authentication</source>
        <translation>UAS 认证</translation>
    </message>
    <message>
        <source>Add a provisional response</source>
        <translation>添加临时响应</translation>
    </message>
    <message>
        <source>Remove a provisional response</source>
        <translation>删除临时响应</translation>
    </message>
    <message>
        <source>Transport %1</source>
        <translation>传输方式 %1</translation>
    </message>
    <message>
        <source>Latency %1 ms</source>
        <translation>时延 %1 毫秒</translation>
    </message>
    <message>
        <source>T1 %1 ms</source>
        <translation>T1 %1 毫秒</translation>
    </message>
    <message>
        <source>Drop messages</source>
        <translation>丢弃消息</translation>
    </message>
    <message>
        <source>Provisional response %1</source>
        <translation>临时响应 %1</translation>
    </message>
    <message>
        <source>Provisional response delay</source>
        <translation>临时响应延时</translation>
    </message>
    <message>
        <source>Send reliably (RFC 3262): Require: 100rel, RSeq; the UAC answers with PRACK</source>
        <translation>可靠发送（RFC 3262）：Require: 100rel、RSeq；UAC 用 PRACK 确认</translation>
    </message>
    <message>
        <source>Reliable provisional response</source>
        <translation>可靠的临时响应</translation>
    </message>
    <message>
        <source>UAC %1</source>
        <translation>UAC %1</translation>
    </message>
    <message>
        <source>UAS %1</source>
        <translation>UAS %1</translation>
    </message>
    <message>
        <source>Proxy %1 (%2)</source>
        <translation>代理 %1（%2）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>请求：</translation>
    </message>
    <message>
        <source>Proxies:</source>
        <translation>代理数：</translation>
    </message>
    <message>
        <source>Select this node to choose what it returns</source>
        <translation>选择该节点，设置它返回的响应</translation>
    </message>
    <message>
        <source>Max-Forwards:</source>
        <translation>Max-Forwards：</translation>
    </message>
    <message>
        <source>Follow 3xx redirects</source>
        <translation>跟随 3xx 重定向</translation>
    </message>
    <message>
        <source>Has credentials for 401/407</source>
        <translation>有应对 401/407 的凭据</translation>
    </message>
    <message>
        <source>Cancel after:</source>
        <translation>取消时间：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>CANCEL this long after the first provisional response (RFC 3261 9.1)</source>
        <translation>收到第一个临时响应后经过这么长时间发送 CANCEL（RFC 3261 9.1）</translation>
    </message>
    <message>
        <source>Hangs up:</source>
        <translation>挂机方：</translation>
    </message>
    <message>
        <source>the caller (UAC)</source>
        <translation>主叫（UAC）</translation>
    </message>
    <message>
        <source>the callee (UAS)</source>
        <translation>被叫（UAS）</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人挂机</translation>
    </message>
    <message>
        <source>Hang up after:</source>
        <translation>挂机时间：</translation>
    </message>
    <message>
        <source>Send a re-INVITE (hold) first</source>
        <translation>先发送 re-INVITE（呼叫保持）</translation>
    </message>
    <message>
        <source>Forward the request</source>
        <translation>转发请求</translation>
    </message>
    <message>
        <source>Answer it with:</source>
        <translation>自己应答：</translation>
    </message>
    <message>
        <source>Record-Route (stay in the path)</source>
        <translation>Record-Route（留在路径中）</translation>
    </message>
    <message>
        <source>Recurse on 3xx</source>
        <translation>对 3xx 递归</translation>
    </message>
    <message>
        <source>Challenge with 407 (proxy authentication)</source>
        <translation>用 407 质询（代理认证）</translation>
    </message>
    <message>
        <source>Retry-After:</source>
        <translation>Retry-After：</translation>
    </message>
    <message>
        <source>Provisional responses, in order:</source>
        <translation>临时响应（按顺序）：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>响应码</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延时</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Sends a final response</source>
        <translation>发送最终响应</translation>
    </message>
    <message>
        <source>Final:</source>
        <translation>最终响应：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>延时：</translation>
    </message>
    <message>
        <source>Challenge with 401 (UAS authentication)</source>
        <translation>用 401 质询（UAS 认证）</translation>
    </message>
    <message>
        <source>Answer to BYE:</source>
        <translation>对 BYE 的应答：</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>传输：</translation>
    </message>
    <message>
        <source>Latency per link:</source>
        <translation>每段链路时延：</translation>
    </message>
    <message>
        <source>T1:</source>
        <translation>T1：</translation>
    </message>
    <message>
        <source>Lose messages (F-numbers):</source>
        <translation>丢失的消息（F 编号）：</translation>
    </message>
    <message>
        <source>Registration: %1</source>
        <translation>注册：%1</translation>
    </message>
    <message>
        <source>The server accepts the password</source>
        <translation>服务器接受密码</translation>
    </message>
    <message>
        <source>The server refuses the password</source>
        <translation>服务器拒绝密码</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>注册：</translation>
    </message>
    <message>
        <source>New binding</source>
        <translation>新建绑定</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>添加联系地址</translation>
    </message>
    <message>
        <source>Query bindings</source>
        <translation>查询绑定</translation>
    </message>
    <message>
        <source>Remove all bindings</source>
        <translation>删除全部绑定</translation>
    </message>
    <message>
        <source>Contact: the UA&apos;s address with Expires (RFC 3261 10.2.1, RFC 3665 2.1)</source>
        <translation>Contact：用户代理自己的地址，带 Expires（RFC 3261 10.2.1，RFC 3665 2.1）</translation>
    </message>
    <message>
        <source>A second Contact (mailto:) added to the binding already held (RFC 3261 10.2.1, RFC 3665 2.2)</source>
        <translation>在已有的绑定上再添加一个 Contact（mailto:）（RFC 3261 10.2.1，RFC 3665 2.2）</translation>
    </message>
    <message>
        <source>No Contact: the registrar&apos;s 200 OK lists the bindings (RFC 3261 10.2.3, RFC 3665 2.3)</source>
        <translation>不带 Contact：注册服务器在 200 OK 中列出现有绑定（RFC 3261 10.2.3，RFC 3665 2.3）</translation>
    </message>
    <message>
        <source>Contact: * with Expires: 0 removes every binding (RFC 3261 10.2.2, RFC 3665 2.4)</source>
        <translation>Contact: * 加 Expires: 0 删除全部绑定（RFC 3261 10.2.2，RFC 3665 2.4）</translation>
    </message>
    <message>
        <source>What the REGISTER asks the registrar to do with the bindings of the address of record</source>
        <translation>这个 REGISTER 请求注册服务器如何处理该记录地址（AOR）的绑定</translation>
    </message>
    <message>
        <source>The server accepts the UAC&apos;s password</source>
        <translation>服务器接受 UAC 的密码</translation>
    </message>
    <message>
        <source>Unchecked: the proxy, registrar or UAS that challenges holds another password and refuses the credentials with a second 401/407 (RFC 3665 2.5)</source>
        <translation>不勾选：发起质询的代理、注册服务器或 UAS 保存的是另一个密码，会以第二个 401/407 拒绝凭证（RFC 3665 2.5）</translation>
    </message>
    <message>
        <source>Nobody checks a password now: make P1 challenge with 407 or the UAS with 401, and give the UAC credentials</source>
        <translation>目前没有节点校验密码：请让 P1 以 407 质询或让 UAS 以 401 质询，并让 UAC 拥有凭证</translation>
    </message>
    <message numerus="yes">
        <source>Use %n callee devices</source>
        <translation>
            <numerusform>使用 %n 台被叫设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Fork in parallel</source>
        <translation>并行分叉</translation>
    </message>
    <message>
        <source>Fork in sequence</source>
        <translation>顺序分叉</translation>
    </message>
    <message>
        <source>Branch timeout %1 ms</source>
        <translation>分支超时 %1 毫秒</translation>
    </message>
    <message>
        <source>P1 is: %1</source>
        <translation>P1 是：%1</translation>
    </message>
    <message>
        <source>P1 is down, the caller fails over to P2</source>
        <translation>P1 宕机，主叫改投 P2</translation>
    </message>
    <message>
        <source>P1 is up</source>
        <translation>P1 正常工作</translation>
    </message>
    <message>
        <source>%1 answers %2</source>
        <translation>%1 应答 %2</translation>
    </message>
    <message>
        <source>%1 never answers</source>
        <translation>%1 从不应答</translation>
    </message>
    <message>
        <source>%1 answers BYE with %2</source>
        <translation>%1 用 %2 应答 BYE</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Not a response list: %1</source>
        <translation>不是有效的响应列表：%1</translation>
    </message>
    <message>
        <source>%1&apos;s responses to a retried request</source>
        <translation>%1 对重发请求的响应</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Callee devices:</source>
        <translation>被叫设备数：</translation>
    </message>
    <message>
        <source>Devices of the callee behind the last proxy (desk phone, softphone, voicemail); with more than one the proxy forks the request to them (RFC 3261 16.5-16.7)</source>
        <translation>最后一个代理后面被叫的设备（座机、软电话、语音信箱）；多于一台时，代理把请求分叉给它们（RFC 3261 16.5-16.7）</translation>
    </message>
    <message>
        <source>Forking:</source>
        <translation>分叉方式：</translation>
    </message>
    <message>
        <source>parallel (all at once)</source>
        <translation>并行（同时振铃）</translation>
    </message>
    <message>
        <source>sequential (one after another)</source>
        <translation>顺序（逐个尝试）</translation>
    </message>
    <message>
        <source>Parallel: every device rings at once and the first 2xx cancels the others. Sequential: the next device is tried after a 3xx-5xx or the branch timeout; a 6xx ends the search (RFC 3261 16.7)</source>
        <translation>并行：所有设备同时振铃，第一个 2xx 取消其余分支。顺序：收到 3xx-5xx 或分支超时后尝试下一台设备；6xx 结束搜索（RFC 3261 16.7）</translation>
    </message>
    <message>
        <source>Branch timeout:</source>
        <translation>分支超时：</translation>
    </message>
    <message>
        <source>Sequential forking: a device without a final response after this long is cancelled and the next one tried</source>
        <translation>顺序分叉：设备在这段时间内没有最终响应，其分支被取消，改试下一台设备</translation>
    </message>
    <message>
        <source>P1 is:</source>
        <translation>P1 是：</translation>
    </message>
    <message>
        <source>a proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>a redirect server</source>
        <translation>重定向服务器</translation>
    </message>
    <message>
        <source>an ALG</source>
        <translation>ALG</translation>
    </message>
    <message>
        <source>Forwards requests (RFC 3261 16)</source>
        <translation>转发请求（RFC 3261 16）</translation>
    </message>
    <message>
        <source>Answers every new request with a 3xx naming the callee&apos;s devices; the caller sends the request again via P2 (RFC 3261 8.3, RFC 3665 3.6)</source>
        <translation>对每个新请求回复 3xx，列出被叫的设备；主叫经 P2 重新发送请求（RFC 3261 8.3，RFC 3665 3.6）</translation>
    </message>
    <message>
        <source>An application layer gateway: record-routes and rewrites the SDP&apos;s address and port so the media flows through it (RFC 3665 3.5)</source>
        <translation>应用层网关：加入 Record-Route，并改写 SDP 的地址和端口，使媒体流经它（RFC 3665 3.5）</translation>
    </message>
    <message>
        <source>P1 never answers; after Timer B the caller sends the request to its alternate proxy P2 (RFC 3263 4.3, RFC 3665 3.4)</source>
        <translation>P1 从不应答；定时器 B 超时后，主叫把请求发给备用代理 P2（RFC 3263 4.3，RFC 3665 3.4）</translation>
    </message>
    <message>
        <source>Retried request:</source>
        <translation>重发的请求：</translation>
    </message>
    <message>
        <source>Responses to a request sent again (after 3xx, 401/407, 503 ...), as CODE[r][@MS] items with times from its arrival, e.g. 180@100,200@1100; empty: it is answered like a corrected request (180 then 200)</source>
        <translation>对再次发送的请求（3xx、401/407、503 之后）的响应，写成 CODE[r][@MS] 列表，时间从请求到达算起，例如 180@100,200@1100；留空：按修正后的请求应答（先 180 再 200）</translation>
    </message>
</context>
<context>
    <name>SipLab::CaptureCallModel</name>
    <message>
        <source>Final response to the first request</source>
        <translation>对第一个请求的最终响应</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终响应</translation>
    </message>
    <message>
        <source>Msgs</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>SipLab::CaptureCallsPanel</name>
    <message numerus="yes">
        <source>%1 holds no SIP messages (%n packet(s) read).</source>
        <translation>
            <numerusform>%1 中没有 SIP 消息（已读取 %n 个数据包）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the messages before it are shown)</source>
        <translation>%1（显示出错之前读到的消息）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1：%n 个呼叫</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n message(s)</source>
        <translation>
            <numerusform>，%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n finding(s)</source>
        <translation>
            <numerusform>，%n 项检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: number, URI, Call-ID, method, code</source>
        <translation>筛选：号码、URI、Call-ID、方法、响应码</translation>
    </message>
    <message>
        <source>One lane per host (merge the ports of one IP)</source>
        <translation>每台主机一条泳道（合并同一 IP 的各端口）</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>返回场景</translation>
    </message>
    <message>
        <source>Show the simulated call again; the capture stays in this list</source>
        <translation>重新显示模拟呼叫；抓包仍保留在此列表中</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message numerus="yes">
        <source>Findings of call %1: %n</source>
        <translation>
            <numerusform>呼叫 %1 的检查结果：%n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SipLab::CaptureFile</name>
    <message>
        <source>%1: link type %2 (%3) is not supported (Ethernet, Linux cooked SLL/SLL2, raw IP and loopback are)</source>
        <translation>%1：不支持链路类型 %2（%3）（支持以太网、Linux cooked SLL/SLL2、原始 IP 和环回）</translation>
    </message>
    <message>
        <source>%1: packet %2: %3</source>
        <translation>%1：第 %2 个包：%3</translation>
    </message>
    <message>
        <source>%1: packet %2 was cut by the snapshot length (%3 of %4 bytes captured): its SIP message is left out</source>
        <translation>%1：第 %2 个包被快照长度截断（只抓到 %4 字节中的 %3 字节）：其中的 SIP 消息未计入</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a capture libpcap can read (pcap or pcapng): %2</source>
        <translation>%1：不是 libpcap 能读取的抓包文件（pcap 或 pcapng）：%2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空文件</translation>
    </message>
</context>
<context>
    <name>SipLab::CaptureFindingModel</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Msg</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>RFC section</source>
        <translation>RFC 章节</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>SipLab::ClassroomServerPanel</name>
    <message>
        <source>Cannot start the classroom server on %1:%2: %3</source>
        <translation>无法在 %1:%2 上启动课堂服务器：%3</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>用户文件</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Listening on %1:%2/udp. Phones register as sip:NAME@%1:%2 and call each other by that address; %3.</source>
        <translation>正在监听 %1:%2/udp。话机以 sip:名字@%1:%2 注册，并用这个地址互相呼叫；%3。</translation>
    </message>
    <message>
        <source>the users file&apos;s passwords are checked (Digest)</source>
        <translation>按用户文件中的密码进行校验（Digest）</translation>
    </message>
    <message>
        <source>anyone may register any name</source>
        <translation>任何人都可以注册任意名字</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>网络接口：</translation>
    </message>
    <message>
        <source>%1 (loopback)</source>
        <translation>%1（环回）</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Other domain names:</source>
        <translation>其他域名：</translation>
    </message>
    <message>
        <source>optional, e.g. lab.example (comma-separated)</source>
        <translation>可选，例如 lab.example（用逗号分隔）</translation>
    </message>
    <message>
        <source>Users file:</source>
        <translation>用户文件：</translation>
    </message>
    <message>
        <source>optional: &apos;user password&apos; per line (Digest)</source>
        <translation>可选：每行一个“用户 密码”（Digest）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Registered users (location service, RFC 3261 10.3)</source>
        <translation>已注册用户（位置服务，RFC 3261 10.3）</translation>
    </message>
    <message>
        <source>Calls through the server (select one to see its ladder)</source>
        <translation>经过服务器的呼叫（选中一个查看其信令图）</translation>
    </message>
    <message>
        <source>Follow new calls</source>
        <translation>跟随新呼叫</translation>
    </message>
</context>
<context>
    <name>SipLab::ClassroomTools</name>
    <message>
        <source>Load lesson %1</source>
        <translation>载入课程 %1</translation>
    </message>
    <message>
        <source>Random %1 quiz scenario</source>
        <translation>随机测验场景（%1）</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>导出测验结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>RFC 3665 call flows</source>
        <translation>RFC 3665 呼叫流程</translation>
    </message>
    <message>
        <source>Response classes (1xx-6xx)</source>
        <translation>响应类别（1xx-6xx）</translation>
    </message>
    <message>
        <source>&amp;Guided playback</source>
        <translation>引导式播放(&amp;G)</translation>
    </message>
    <message>
        <source>Pause after each message and explain what happened and why</source>
        <translation>每条消息之后暂停，并解释发生了什么以及原因</translation>
    </message>
    <message>
        <source>&amp;Quiz on this call</source>
        <translation>对当前呼叫进行测验(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Large fonts, high contrast, full screen; PageDown/PageUp step, Esc leaves</source>
        <translation>大字体、高对比度、全屏；PageDown/PageUp 单步，Esc 退出</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Guided playback</source>
        <translation>引导式播放</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Forking and redirection (several devices)</source>
        <translation>分叉与重定向（多台设备）</translation>
    </message>
</context>
<context>
    <name>SipLab::ExplainCommand</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the source article</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>IANA registry (not in the source article)</source>
        <translation>IANA 注册表（原文未收录）</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定义于</translation>
    </message>
    <message>
        <source>Required headers</source>
        <translation>必需的头字段</translation>
    </message>
    <message>
        <source>UAC on receipt</source>
        <translation>UAC 收到后</translation>
    </message>
    <message>
        <source>Stateful proxy on receipt</source>
        <translation>有状态代理收到后</translation>
    </message>
    <message>
        <source>RFC note</source>
        <translation>RFC 注释</translation>
    </message>
</context>
<context>
    <name>SipLab::ExplanationPanel</name>
    <message>
        <source>The path taken so far; responses retrace it. The branch identifies the transaction (RFC 3261 20.42, 8.1.1.7).</source>
        <translation>请求已经过的路径，响应沿原路返回；branch 标识事务（RFC 3261 20.42、8.1.1.7）。</translation>
    </message>
    <message>
        <source>Hops left; each proxy decrements it, at 0 it answers 483 (RFC 3261 20.22).</source>
        <translation>剩余跳数；每个代理减 1，为 0 时回 483（RFC 3261 20.22）。</translation>
    </message>
    <message>
        <source>The logical callee; its tag, added by the UAS, identifies the dialog (RFC 3261 20.39).</source>
        <translation>逻辑上的被叫；UAS 添加的标签用于标识对话（RFC 3261 20.39）。</translation>
    </message>
    <message>
        <source>The logical caller, with the caller&apos;s dialog tag (RFC 3261 20.20).</source>
        <translation>逻辑上的主叫，带主叫的对话标签（RFC 3261 20.20）。</translation>
    </message>
    <message>
        <source>Identifies the call; the same in every message of the dialog (RFC 3261 20.8).</source>
        <translation>标识呼叫；对话中的每条消息都相同（RFC 3261 20.8）。</translation>
    </message>
    <message>
        <source>Sequence number and method; ACK and CANCEL reuse the INVITE&apos;s number (RFC 3261 20.16).</source>
        <translation>序号和方法；ACK 和 CANCEL 沿用 INVITE 的序号（RFC 3261 20.16）。</translation>
    </message>
    <message>
        <source>Where to reach this UA directly: the remote target of the dialog (RFC 3261 20.10).</source>
        <translation>直接联系该用户代理的地址：对话的远端目标（RFC 3261 20.10）。</translation>
    </message>
    <message>
        <source>Proxies that want to stay in the path of later requests (RFC 3261 20.30).</source>
        <translation>希望留在后续请求路径中的代理（RFC 3261 20.30）。</translation>
    </message>
    <message>
        <source>The route set a request follows, from Record-Route (RFC 3261 20.34, 12.2.1.1).</source>
        <translation>请求所遵循的路由集，来自 Record-Route（RFC 3261 20.34、12.2.1.1）。</translation>
    </message>
    <message>
        <source>The type of the body, e.g. application/sdp (RFC 3261 20.15).</source>
        <translation>消息体的类型，例如 application/sdp（RFC 3261 20.15）。</translation>
    </message>
    <message>
        <source>The size of the body in bytes (RFC 3261 20.14).</source>
        <translation>消息体的字节数（RFC 3261 20.14）。</translation>
    </message>
    <message>
        <source>The methods this UA supports (RFC 3261 20.5).</source>
        <translation>该用户代理支持的方法（RFC 3261 20.5）。</translation>
    </message>
    <message>
        <source>Extensions this UA supports, e.g. 100rel (RFC 3261 20.37).</source>
        <translation>该用户代理支持的扩展，例如 100rel（RFC 3261 20.37）。</translation>
    </message>
    <message>
        <source>Extensions the other side must support (RFC 3261 20.32).</source>
        <translation>对方必须支持的扩展（RFC 3261 20.32）。</translation>
    </message>
    <message>
        <source>Sequence number of a reliable provisional response (RFC 3262 7.1).</source>
        <translation>可靠临时响应的序号（RFC 3262 7.1）。</translation>
    </message>
    <message>
        <source>Which reliable provisional response a PRACK acknowledges (RFC 3262 7.2).</source>
        <translation>PRACK 所确认的可靠临时响应（RFC 3262 7.2）。</translation>
    </message>
    <message>
        <source>A UAS&apos;s or registrar&apos;s Digest challenge (RFC 3261 20.44).</source>
        <translation>UAS 或注册服务器的 Digest 质询（RFC 3261 20.44）。</translation>
    </message>
    <message>
        <source>A proxy&apos;s Digest challenge (RFC 3261 20.27).</source>
        <translation>代理的 Digest 质询（RFC 3261 20.27）。</translation>
    </message>
    <message>
        <source>Credentials answering a 401 challenge (RFC 3261 20.7).</source>
        <translation>回应 401 质询的凭据（RFC 3261 20.7）。</translation>
    </message>
    <message>
        <source>Credentials answering a 407 challenge (RFC 3261 20.28).</source>
        <translation>回应 407 质询的凭据（RFC 3261 20.28）。</translation>
    </message>
    <message>
        <source>How long a registration or subscription lasts, in seconds (RFC 3261 20.19).</source>
        <translation>注册或订阅的有效期，单位为秒（RFC 3261 20.19）。</translation>
    </message>
    <message>
        <source>The shortest expiry the registrar accepts (RFC 3261 20.23).</source>
        <translation>注册服务器接受的最短有效期（RFC 3261 20.23）。</translation>
    </message>
    <message>
        <source>The smallest session interval accepted (RFC 4028 5).</source>
        <translation>可接受的最小会话间隔（RFC 4028 5）。</translation>
    </message>
    <message>
        <source>The session refresh interval (RFC 4028 4).</source>
        <translation>会话刷新间隔（RFC 4028 4）。</translation>
    </message>
    <message>
        <source>When to try again, in seconds (RFC 3261 20.33).</source>
        <translation>多久后重试，单位为秒（RFC 3261 20.33）。</translation>
    </message>
    <message>
        <source>When the message was sent (RFC 3261 20.17).</source>
        <translation>消息发送的时间（RFC 3261 20.17）。</translation>
    </message>
    <message>
        <source>Extra information about a failure (RFC 3261 20.43).</source>
        <translation>关于失败的附加信息（RFC 3261 20.43）。</translation>
    </message>
    <message>
        <source>The event package of a subscription (RFC 6665).</source>
        <translation>订阅的事件包（RFC 6665）。</translation>
    </message>
    <message>
        <source>The state of the subscription a NOTIFY reports (RFC 6665).</source>
        <translation>NOTIFY 报告的订阅状态（RFC 6665）。</translation>
    </message>
    <message>
        <source>The target a REFER asks to contact (RFC 3515).</source>
        <translation>REFER 要求联系的目标（RFC 3515）。</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>头字段 %1</translation>
    </message>
    <message>
        <source>sent at %1 ms</source>
        <translation>发送于 %1 毫秒</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>lost on the wire</source>
        <translation>在线路上丢失</translation>
    </message>
    <message>
        <source>transaction %1</source>
        <translation>事务 %1</translation>
    </message>
    <message>
        <source>Why %1 sent it</source>
        <translation>%1 为什么发送它</translation>
    </message>
    <message>
        <source>Response code %1</source>
        <translation>响应码 %1</translation>
    </message>
    <message>
        <source>From the source article (中文原文) with its English translation</source>
        <translation>来自原文（中文原文），附英文翻译</translation>
    </message>
    <message>
        <source>Not in the source article: IANA registry</source>
        <translation>原文未收录：来自 IANA 注册表</translation>
    </message>
    <message>
        <source>RFC note:</source>
        <translation>RFC 注释：</translation>
    </message>
    <message>
        <source>Required headers:</source>
        <translation>必需的头字段：</translation>
    </message>
    <message>
        <source>What %1 does next</source>
        <translation>%1 接下来做什么</translation>
    </message>
    <message>
        <source>A code the catalogue does not know is treated as %1 (RFC 3261 8.1.3.2).</source>
        <translation>目录中没有的响应码按 %1 处理（RFC 3261 8.1.3.2）。</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>消息全文</translation>
    </message>
    <message>
        <source>Hide the body (%1 bytes)</source>
        <translation>隐藏消息体（%1 字节）</translation>
    </message>
    <message>
        <source>Show the body (%1 bytes)</source>
        <translation>显示消息体（%1 字节）</translation>
    </message>
    <message>
        <source>Compare F%1 and F%2</source>
        <translation>比较 F%1 和 F%2</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头字段</translation>
    </message>
    <message>
        <source>start line</source>
        <translation>起始行</translation>
    </message>
    <message>
        <source>Green: added · red: removed · yellow: changed</source>
        <translation>绿色：新增 · 红色：删除 · 黄色：改变</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>未选择消息</translation>
    </message>
    <message>
        <source>Click an arrow of the ladder to see why it was sent, what its code means in Chinese and English, and the whole message. Ctrl+click a second arrow to compare.</source>
        <translation>单击梯形图中的箭头，查看它为什么被发送、响应码的中英文含义以及完整消息。按住 Ctrl 再单击另一个箭头可进行比较。</translation>
    </message>
    <message>
        <source>&amp;Follow playback</source>
        <translation>跟随播放(&amp;F)</translation>
    </message>
    <message>
        <source>Explain each message while it is sent; clicking a message pins it until playback restarts</source>
        <translation>在每条消息发送时解释它；单击某条消息会将其固定，直到重新开始播放</translation>
    </message>
</context>
<context>
    <name>SipLab::ExportDialog</name>
    <message>
        <source>Export ladder</source>
        <translation>导出梯形图</translation>
    </message>
    <message>
        <source>SVG image (.svg)</source>
        <translation>SVG 图像 (.svg)</translation>
    </message>
    <message>
        <source>PNG image (.png)</source>
        <translation>PNG 图像 (.png)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档 (.pdf)</translation>
    </message>
    <message>
        <source>Text list, RFC 3665 style (.txt)</source>
        <translation>文本列表，RFC 3665 风格 (.txt)</translation>
    </message>
    <message>
        <source>Text ladder drawing, UTF-8 (.txt)</source>
        <translation>文本梯形图，UTF-8 (.txt)</translation>
    </message>
    <message>
        <source>Mermaid sequence diagram (.mmd)</source>
        <translation>Mermaid 时序图 (.mmd)</translation>
    </message>
    <message>
        <source>PlantUML sequence diagram (.puml)</source>
        <translation>PlantUML 时序图 (.puml)</translation>
    </message>
    <message>
        <source>Packet capture for Wireshark (.pcap)</source>
        <translation>Wireshark 抓包文件 (.pcap)</translation>
    </message>
    <message>
        <source>No title</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation>英文和中文</translation>
    </message>
    <message>
        <source>Light theme for print</source>
        <translation>浅色主题（适合打印）</translation>
    </message>
    <message>
        <source>Exports always use the light theme, which prints well</source>
        <translation>导出始终使用浅色主题，便于打印</translation>
    </message>
    <message>
        <source>From the scale</source>
        <translation>按缩放比例</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG scale:</source>
        <translation>PNG 缩放：</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG 分辨率：</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>纸张大小：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>泳道：</translation>
    </message>
    <message>
        <source>Explanations:</source>
        <translation>讲解：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>复制为图像</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Choose at least two lanes.</source>
        <translation>请至少选择两条泳道。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>the preview shows the first %1; the file has them all</source>
        <translation>预览只显示前 %1 条，文件包含全部消息</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s), one per message, between the nodes&apos; addresses; timestamps from the trace</source>
        <translation>
            <numerusform>%n 个帧，每条消息一帧，收发地址为各节点地址，时间戳取自呼叫记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Interactive HTML handout (.html)</source>
        <translation>交互式 HTML 讲义 (.html)</translation>
    </message>
    <message>
        <source>Messages, states and timers</source>
        <translation>消息、状态和定时器</translation>
    </message>
    <message>
        <source>Messages only (for slides)</source>
        <translation>仅消息（用于幻灯片）</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>详细程度：</translation>
    </message>
</context>
<context>
    <name>SipLab::GuidedPanel</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 条消息，共 %2 条</translation>
    </message>
    <message>
        <source>Press Next (or Play) to show the first message; the ladder stops after each message and explains it here.</source>
        <translation>按“下一步”（或“播放”）显示第一条消息；梯形图会在每条消息之后停下，并在这里解释它。</translation>
    </message>
</context>
<context>
    <name>SipLab::LadderExport</name>
    <message>
        <source>%1 messages are more than an image export allows (%2); export text or pcap instead</source>
        <translation>%1 条消息超出图像导出的上限（%2）；请改为导出文本或 pcap</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>SipLab::LadderGuideDialog</name>
    <message>
        <source>How to read a ladder</source>
        <translation>如何阅读梯形图</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Each vertical line is one SIP node, named at the top: the caller (UAC), the proxies (P1, P2 ...) and the callee (UAS). Time runs downwards.</source>
        <translation>每条竖线代表一个 SIP 节点，名称写在顶部：主叫（UAC）、代理（P1、P2 ……）和被叫（UAS）。时间从上往下流逝。</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Each arrow is one message on the wire, from the node that sent it to the node that received it. F1, F2 ... number the messages in the order they were sent, as in RFC 3665. A request shows its method (INVITE, ACK, BYE); a response shows its code and reason phrase (180 Ringing).</source>
        <translation>每个箭头代表线路上的一条消息，从发送它的节点指向接收它的节点。F1、F2 ……按发送顺序给消息编号，与 RFC 3665 相同。请求显示其方法（INVITE、ACK、BYE）；响应显示其响应码和原因短语（180 Ringing）。</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>The colour says the class of a response: 1xx provisional, 2xx success, 3xx redirection, 4xx client error, 5xx server error, 6xx global failure. Requests are drawn in the text colour.</source>
        <translation>颜色表示响应的类别：1xx 临时响应，2xx 成功，3xx 重定向，4xx 客户端错误，5xx 服务器错误，6xx 全局失败。请求用文字颜色绘制。</translation>
    </message>
    <message>
        <source>Crosses and dashes</source>
        <translation>叉号与虚线</translation>
    </message>
    <message>
        <source>A cross marks a message lost on the wire; a dashed arrow is a retransmission, the same message sent again after a timer fired. The notes beside the lanes show timers and transaction states (View menu).</source>
        <translation>叉号表示在线路上丢失的消息；虚线箭头表示重传，即定时器触发后再次发送的同一条消息。泳道旁的标注显示定时器和事务状态（“视图”菜单）。</translation>
    </message>
    <message>
        <source>Transactions and dialogs</source>
        <translation>事务与对话</translation>
    </message>
    <message>
        <source>A request and its responses form a transaction (same Via branch). Each hop has its own: a proxy answers 100 Trying itself and forwards the request. ACK for a 2xx goes end to end; ACK for an error response stays on the hop.</source>
        <translation>一个请求及其响应构成一个事务（Via 的 branch 相同）。每一跳都有自己的事务：代理自己回答 100 Trying 并转发请求。对 2xx 的 ACK 端到端传送；对错误响应的 ACK 只在本跳内传送。</translation>
    </message>
    <message>
        <source>The explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>While the ladder plays, the panel on the right explains the message being sent: why the node sent it, what its code means in the source article&apos;s Chinese and in English, and the whole message. Click a message to pin it; Restart or &quot;Follow playback&quot; follows playback again.</source>
        <translation>梯形图播放时，右侧面板解释正在发送的消息：节点为什么发送它、其响应码在原文中文和英文中的含义，以及完整消息。单击某条消息可将其固定；“重新开始”或“跟随播放”会再次跟随播放。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Space plays or pauses, Left and Right step, Ctrl+Home restarts, Ctrl+End shows all. With the ladder focused (Tab), Up and Down select the previous or next message, Home and End the first and the last.</source>
        <translation>空格键播放或暂停，左右方向键单步，Ctrl+Home 重新开始，Ctrl+End 显示全部。梯形图获得焦点时（用 Tab 键切换），上下方向键选择上一条或下一条消息，Home 和 End 选择第一条和最后一条。</translation>
    </message>
</context>
<context>
    <name>SipLab::LadderHtmlWriter</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Click an arrow to see the message and why it was sent.</source>
        <translation>点击箭头，查看该消息及其发送原因。</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 条消息，共 %2 条</translation>
    </message>
    <message>
        <source>Why it was sent</source>
        <translation>发送原因</translation>
    </message>
    <message>
        <source>Response code</source>
        <translation>响应码</translation>
    </message>
    <message>
        <source>From the source article (Chinese original) with its English translation</source>
        <translation>出自原文（中文原文）及其英文翻译</translation>
    </message>
    <message>
        <source>Not in the source article: IANA registry</source>
        <translation>原文未收录：来自 IANA 注册表</translation>
    </message>
    <message>
        <source>What the receiver does next</source>
        <translation>接收方下一步做什么</translation>
    </message>
    <message>
        <source>Where the article is loose</source>
        <translation>原文不够严谨之处</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>消息全文</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>lost on the wire</source>
        <translation>在线路上丢失</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>全部消息</translation>
    </message>
    <message>
        <source>A code the catalogue does not know is treated as x00 of its class (RFC 3261 8.1.3.2).</source>
        <translation>目录中没有的响应码按其类别的 x00 处理（RFC 3261 8.1.3.2）。</translation>
    </message>
</context>
<context>
    <name>SipLab::LadderLayout</name>
    <message>
        <source>%1 fired</source>
        <translation>%1 触发</translation>
    </message>
    <message>
        <source>dialog → %1</source>
        <translation>对话 → %1</translation>
    </message>
</context>
<context>
    <name>SipLab::LadderView</name>
    <message>
        <source>Message ladder</source>
        <translation>消息梯形图</translation>
    </message>
    <message>
        <source>F%1, %2 to %3, %4</source>
        <translation>F%1，%2 发往 %3，%4</translation>
    </message>
    <message>
        <source>, retransmission</source>
        <translation>，重传</translation>
    </message>
    <message>
        <source>, lost</source>
        <translation>，丢失</translation>
    </message>
</context>
<context>
    <name>SipLab::LessonCommand</name>
    <message>
        <source>Learning goals</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>简介</translation>
    </message>
</context>
<context>
    <name>SipLab::LessonPanel</name>
    <message>
        <source>No lesson loaded. Choose one in the Lessons menu.</source>
        <translation>尚未载入课程。请在“课程”菜单中选择一节课。</translation>
    </message>
</context>
<context>
    <name>SipLab::Lessons</name>
    <message>
        <source>Successful new registration</source>
        <translation>成功的新注册</translation>
    </message>
    <message>
        <source>Explain why a registrar answers the first REGISTER with 401 Unauthorized.
Read the WWW-Authenticate challenge and the Authorization answer (Digest).
See that the retried REGISTER keeps the Call-ID and raises the CSeq.</source>
        <translation>解释注册服务器为什么用 401 Unauthorized 回答第一个 REGISTER。
读懂 WWW-Authenticate 质询和 Authorization 应答（Digest 摘要认证）。
看到重发的 REGISTER 保持 Call-ID 不变并增加 CSeq。</translation>
    </message>
    <message>
        <source>The UA registers its contact address with the registrar (here the proxy P1 acts as registrar). The registrar does not know the UA yet and challenges it with 401 and a WWW-Authenticate header (RFC 3261 22.2). The UA computes a Digest response from its password and sends the REGISTER again with CSeq 2 and an Authorization header; the registrar stores the binding and answers 200 OK with the contact and its expiry (RFC 3261 10.3). Difference from RFC 3665: the simulation uses UDP, and the registering user is alice@atlanta.example instead of bob@biloxi.example.com.</source>
        <translation>UA 向注册服务器注册它的联系地址（这里由代理 P1 兼任注册服务器）。注册服务器还不认识这个 UA，于是用 401 和 WWW-Authenticate 头发出质询（RFC 3261 22.2）。UA 用自己的密码计算 Digest 摘要，带着 Authorization 头以 CSeq 2 重新发送 REGISTER；注册服务器保存绑定，并以 200 OK 回答，列出联系地址及其有效期（RFC 3261 10.3）。与 RFC 3665 的不同：模拟使用 UDP，注册的用户是 alice@atlanta.example，而不是 bob@biloxi.example.com。</translation>
    </message>
    <message>
        <source>Update of contact list</source>
        <translation>更新联系地址列表</translation>
    </message>
    <message>
        <source>Add a second contact to an existing registration.
See that the registrar&apos;s 200 OK lists every current binding with its expiry.</source>
        <translation>给已有的注册添加第二个联系地址。
看到注册服务器的 200 OK 列出当前所有绑定及其有效期。</translation>
    </message>
    <message>
        <source>Request for current contact list</source>
        <translation>查询当前联系地址列表</translation>
    </message>
    <message>
        <source>Query a registrar: a REGISTER without a Contact header changes nothing.
Read the bindings the registrar returns in the 200 OK.</source>
        <translation>查询注册服务器：不带 Contact 头的 REGISTER 不改变任何绑定。
读懂注册服务器在 200 OK 中返回的绑定。</translation>
    </message>
    <message>
        <source>A REGISTER with no Contact header field asks the registrar which bindings it holds for the address of record, without changing them (RFC 3261 10.2.3). The 200 OK lists the current contact with its remaining expiry. Difference from RFC 3665: no Authorization header and a new Call-ID, as in lesson 2.2.</source>
        <translation>不带 Contact 头字段的 REGISTER 向注册服务器询问它为该记录地址保存了哪些绑定，但不修改它们（RFC 3261 10.2.3）。200 OK 列出当前的联系地址及其剩余有效期。与 RFC 3665 的不同：没有 Authorization 头，使用新的 Call-ID，与第 2.2 课相同。</translation>
    </message>
    <message>
        <source>Cancellation of registration</source>
        <translation>注销注册</translation>
    </message>
    <message>
        <source>Remove every binding with Contact: * and Expires: 0.
See that the 200 OK then lists no contact.</source>
        <translation>用 Contact: * 和 Expires: 0 删除所有绑定。
看到此后的 200 OK 中不再列出任何联系地址。</translation>
    </message>
    <message>
        <source>The UA removes all its bindings: the REGISTER carries the special value &quot;Contact: *&quot;, which is only allowed together with Expires: 0 (RFC 3261 10.2.2). The registrar deletes the bindings and its 200 OK carries no Contact, since none is left (10.3 step 6 and 8). Difference from RFC 3665: no Authorization header and a new Call-ID, as in lesson 2.2.</source>
        <translation>UA 删除它的所有绑定：REGISTER 携带特殊值 &quot;Contact: *&quot;，它只允许与 Expires: 0 一起使用（RFC 3261 10.2.2）。注册服务器删除这些绑定，它的 200 OK 不带 Contact，因为已经没有绑定了（10.3 第 6 步和第 8 步）。与 RFC 3665 的不同：没有 Authorization 头，使用新的 Call-ID，与第 2.2 课相同。</translation>
    </message>
    <message>
        <source>Unsuccessful registration</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <source>Recognise refused credentials: a second 401 after an authenticated REGISTER.
Explain why the UA must not retry with the same credentials again.</source>
        <translation>识别被拒绝的凭证：带认证信息的 REGISTER 之后又收到第二个 401。
解释为什么 UA 不能再用同样的凭证重试。</translation>
    </message>
    <message>
        <source>As in lesson 2.1 the registrar challenges the first REGISTER with 401. The UA answers with credentials, but its password is not the one the registrar holds, so the Digest response does not match and the registrar challenges again with 401. Retrying with the same credentials would fail again, so the UA stops and reports the failure (RFC 3261 22.2). In the simulation the wrong password is set with the scenario field uac.serverPassword.</source>
        <translation>与第 2.1 课一样，注册服务器用 401 质询第一个 REGISTER。UA 带着凭证重发，但它的密码不是注册服务器保存的密码，所以 Digest 摘要对不上，注册服务器再次以 401 质询。用同样的凭证重试仍会失败，因此 UA 停止并报告失败（RFC 3261 22.2）。模拟中错误的密码通过场景字段 uac.serverPassword 设置。</translation>
    </message>
    <message>
        <source>Successful session establishment</source>
        <translation>成功建立会话</translation>
    </message>
    <message>
        <source>Follow the three-way handshake INVITE / 200 OK / ACK between two user agents.
See the offer in the INVITE and the answer in the 200 OK (SDP).
Explain why the BYE can come from the callee.</source>
        <translation>跟踪两个用户代理之间的三次握手 INVITE / 200 OK / ACK。
看到 INVITE 中的 SDP 提议（offer）和 200 OK 中的应答（answer）。
解释为什么 BYE 可以由被叫发出。</translation>
    </message>
    <message>
        <source>Alice calls Bob directly, without proxies. Bob&apos;s phone rings (180 Ringing), he answers with 200 OK carrying his SDP answer, which confirms the dialog, and Alice acknowledges it with ACK, completing the three-way handshake (RFC 3261 13.2.2.4). Either side may end the session: here Bob hangs up with BYE and Alice answers 200 OK (15.1). Difference from RFC 3665: UDP instead of TCP; the callee answers 180 within 200 ms, so it sends no 100 Trying, as in the RFC.</source>
        <translation>Alice 不经过代理直接呼叫 Bob。Bob 的话机振铃（180 Ringing），他接听并以带有 SDP 应答的 200 OK 回答，对话由此确认；Alice 用 ACK 确认收到 200 OK，完成三次握手（RFC 3261 13.2.2.4）。任何一方都可以结束会话：这里 Bob 挂机发送 BYE，Alice 以 200 OK 回答（15.1）。与 RFC 3665 的不同：使用 UDP 而不是 TCP；被叫在 200 毫秒内回答 180，所以和 RFC 一样不发送 100 Trying。</translation>
    </message>
    <message>
        <source>Session establishment through two proxies</source>
        <translation>经过两个代理建立会话</translation>
    </message>
    <message>
        <source>Follow an INVITE through the caller&apos;s proxy and the callee&apos;s proxy.
See the 407 challenge of the first proxy and the retried INVITE with Proxy-Authorization.
See how Record-Route keeps both proxies in the path of ACK and BYE.</source>
        <translation>跟踪 INVITE 经过主叫方代理和被叫方代理的过程。
看到第一个代理的 407 质询以及带 Proxy-Authorization 重发的 INVITE。
看到 Record-Route 如何让两个代理都留在 ACK 和 BYE 的路径上。</translation>
    </message>
    <message>
        <source>Session with multiple proxy authentication</source>
        <translation>多个代理认证的会话</translation>
    </message>
    <message>
        <source>See two proxies challenge the same caller, each for its own realm.
Explain why the third INVITE carries two Proxy-Authorization headers and CSeq 3.</source>
        <translation>看到两个代理各自以自己的域（realm）质询同一个主叫。
解释为什么第三个 INVITE 带有两个 Proxy-Authorization 头且 CSeq 为 3。</translation>
    </message>
    <message>
        <source>Session via a redirect server (302)</source>
        <translation>经重定向服务器建立会话（302）</translation>
    </message>
    <message>
        <source>Session with re-INVITE</source>
        <translation>带 re-INVITE 的会话</translation>
    </message>
    <message>
        <source>Unsuccessful no answer (CANCEL, 487)</source>
        <translation>呼叫失败：无人接听（CANCEL，487）</translation>
    </message>
    <message>
        <source>Cancel a ringing call with CANCEL.
Explain why each hop answers the CANCEL with 200 OK itself.
See the INVITE end with 487 Request Terminated, acknowledged hop by hop.</source>
        <translation>用 CANCEL 取消正在振铃的呼叫。
解释为什么每一跳都自己用 200 OK 回答 CANCEL。
看到 INVITE 以 487 Request Terminated 结束，并被逐跳确认。</translation>
    </message>
    <message>
        <source>Bob&apos;s phone rings but nobody answers, and Alice gives up: she sends CANCEL with the INVITE&apos;s branch and CSeq number (RFC 3261 9.1). Each proxy answers the CANCEL with 200 OK itself and cancels its own branch downstream (16.10). Bob answers the CANCEL with 200 OK and the INVITE with 487 Request Terminated (9.2), which is acknowledged on each hop. Apart from the order of a proxy&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F20, over UDP). Difference: the RFC&apos;s INVITE already carries Proxy-Authorization from an earlier challenge; here the proxies do not challenge.</source>
        <translation>Bob 的话机在振铃但无人接听，Alice 放弃呼叫：她发送 CANCEL，其 branch 和 CSeq 序号与 INVITE 相同（RFC 3261 9.1）。每个代理都自己以 200 OK 回答 CANCEL，并取消它向下游的分支（16.10）。Bob 以 200 OK 回答 CANCEL，并以 487 Request Terminated 回答 INVITE（9.2），487 在每一跳都被确认。除了代理的 100 Trying 与它在同一时刻转发的 INVITE 的先后顺序之外，这个梯形图与 RFC 3665 的流程逐条消息一致（F1-F20，使用 UDP）。不同之处：RFC 中的 INVITE 已经带有先前质询得到的 Proxy-Authorization；这里代理不发出质询。</translation>
    </message>
    <message>
        <source>Unsuccessful busy (486)</source>
        <translation>呼叫失败：忙（486）</translation>
    </message>
    <message>
        <source>Follow a final error response back through two proxies.
Explain why a 3xx-6xx response is acknowledged hop by hop, not end to end.</source>
        <translation>跟踪一个最终错误响应经过两个代理返回。
解释为什么 3xx-6xx 响应是逐跳确认的，而不是端到端确认。</translation>
    </message>
    <message>
        <source>Bob is busy and answers 486 Busy Here at once. Each proxy&apos;s client transaction acknowledges the 486 itself (RFC 3261 17.1.1.3) and its server transaction sends it on upstream (16.7), so there are three ACKs, one per hop. Differences from RFC 3665: UDP instead of TCP; the RFC&apos;s INVITE already carries Proxy-Authorization from an earlier challenge, here the proxies do not challenge; at the same instant the simulation lists a proxy&apos;s 100 Trying before the INVITE it forwards, the RFC lists them the other way round.</source>
        <translation>Bob 正忙，立即回答 486 Busy Here。每个代理的客户端事务自己确认 486（RFC 3261 17.1.1.3），它的服务器端事务再把 486 向上游发送（16.7），所以一共有三个 ACK，每跳一个。与 RFC 3665 的不同：使用 UDP 而不是 TCP；RFC 中的 INVITE 已经带有先前质询得到的 Proxy-Authorization，这里代理不发出质询；在同一时刻，模拟先列出代理的 100 Trying，再列出它转发的 INVITE，RFC 中的顺序相反。</translation>
    </message>
    <message>
        <source>Unsuccessful no response from user agent (408)</source>
        <translation>呼叫失败：用户代理无响应（408）</translation>
    </message>
    <message>
        <source>See Timer A retransmit the INVITE with doubling intervals over UDP.
Explain why the proxy, not the callee, sends 408 Request Timeout.</source>
        <translation>看到定时器 A 在 UDP 上以加倍的间隔重传 INVITE。
解释为什么发送 408 Request Timeout 的是代理而不是被叫。</translation>
    </message>
    <message>
        <source>Unsuccessful temporarily unavailable (480)</source>
        <translation>呼叫失败：暂时不可用（480）</translation>
    </message>
    <message>
        <source>Recognise 480 Temporarily Unavailable and its Retry-After.
Follow the hop-by-hop ACKs through two proxies.</source>
        <translation>识别 480 Temporarily Unavailable 及其 Retry-After。
跟踪经过两个代理的逐跳 ACK。</translation>
    </message>
    <message>
        <source>Bob&apos;s phone rings (180 Ringing), then reports that Bob cannot take the call now, for example because &quot;do not disturb&quot; is set: 480 Temporarily Unavailable. Here the 480 also carries Retry-After: 3600, which RFC 3261 21.4.18 allows, telling Alice to try again in an hour (20.33). The response goes back through both proxies and is acknowledged on each hop. Apart from the order of a proxy&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F14, over UDP). Difference: the RFC&apos;s INVITE already carries Proxy-Authorization from an earlier challenge; here the proxies do not challenge.</source>
        <translation>Bob 的话机振铃（180 Ringing），随后报告 Bob 现在无法接听，例如设置了“免打扰”：480 Temporarily Unavailable。这里的 480 还带有 Retry-After: 3600（RFC 3261 21.4.18 允许这样做），告诉 Alice 一小时后再试（20.33）。该响应经过两个代理返回，并在每一跳被确认。除了代理的 100 Trying 与它在同一时刻转发的 INVITE 的先后顺序之外，这个梯形图与 RFC 3665 的流程逐条消息一致（F1-F14，使用 UDP）。不同之处：RFC 中的 INVITE 已经带有先前质询得到的 Proxy-Authorization；这里代理不发出质询。</translation>
    </message>
    <message>
        <source>1xx provisional responses</source>
        <translation>1xx 临时响应</translation>
    </message>
    <message>
        <source>Tell the provisional responses of the source document apart: 100, 180, 181, 182, 183.
Explain why 100 Trying is hop by hop while the others travel end to end.
See a reliable 183 acknowledged with PRACK (RFC 3262).</source>
        <translation>区分源文档中的临时响应：100、180、181、182、183。
解释为什么 100 Trying 是逐跳的，而其他临时响应是端到端传递的。
看到可靠的 183 被 PRACK 确认（RFC 3262）。</translation>
    </message>
    <message>
        <source>A provisional response tells the caller how the request is progressing; it never ends the transaction. The proxy answers 100 Trying itself and never forwards one. Bob&apos;s phone then sends 181 Call Is Being Forwarded, 182 Queued, a reliable 183 Session Progress (Require: 100rel, RSeq), which Alice acknowledges with PRACK, and 180 Ringing, before the final 200 OK. Each 1xx with a To tag creates or refreshes the early dialog.</source>
        <translation>临时响应告诉主叫请求的进展情况，它从不结束事务。代理自己回答 100 Trying，并且从不转发 100。随后 Bob 的话机依次发送 181 Call Is Being Forwarded、182 Queued、可靠的 183 Session Progress（Require: 100rel、RSeq，Alice 用 PRACK 确认）和 180 Ringing，最后是最终响应 200 OK。每个带 To 标签的 1xx 都会建立或刷新早期对话。</translation>
    </message>
    <message>
        <source>2xx success: 200 OK and 202 Accepted</source>
        <translation>2xx 成功：200 OK 和 202 Accepted</translation>
    </message>
    <message>
        <source>Tell 200 OK and 202 Accepted apart.
See that 202 only says the request was accepted for processing: the result comes later in NOTIFY.</source>
        <translation>区分 200 OK 和 202 Accepted。
看到 202 只表示请求已被接受处理：结果稍后在 NOTIFY 中报告。</translation>
    </message>
    <message>
        <source>Alice asks Bob to call a third party with REFER. Bob answers 202 Accepted: he has understood the request but has not carried it out yet (RFC 3515 2.4.2, 2.4.4). He reports the progress in a NOTIFY, which Alice accepts with 200 OK, the usual answer of a successful request (RFC 3261 21.2.1). The 200 OK that accepts an INVITE is shown in every session lesson.</source>
        <translation>Alice 用 REFER 请 Bob 呼叫第三方。Bob 回答 202 Accepted：他已理解请求，但还没有执行（RFC 3515 2.4.2、2.4.4）。他在 NOTIFY 中报告进展，Alice 以 200 OK 接受，这是成功请求的通常应答（RFC 3261 21.2.1）。接受 INVITE 的 200 OK 在每一节会话课中都能看到。</translation>
    </message>
    <message>
        <source>3xx redirection</source>
        <translation>3xx 重定向</translation>
    </message>
    <message>
        <source>See a redirect server answer 301 Moved Permanently with a new Contact.
Follow the UAC&apos;s new request to that Contact.
Know the other redirections of the source document: 300, 302, 305, 380.</source>
        <translation>看到重定向服务器以 301 Moved Permanently 回答并给出新的 Contact。
跟踪 UAC 发往该 Contact 的新请求。
了解源文档中的其他重定向响应：300、302、305、380。</translation>
    </message>
    <message>
        <source>P2, the server of Bob&apos;s domain, works as a redirect server: it answers 301 Moved Permanently with Bob&apos;s new address in Contact (RFC 3261 21.3.2). P1 acknowledges it hop by hop and passes it up; Alice acknowledges it, may remember the new address for later calls, and sends a new INVITE to it (8.1.3.4), which P1 routes straight to Bob. The same happens for 302 Moved Temporarily (lesson 3.6) and 300 Multiple Choices (several Contacts); 305 Use Proxy names a proxy to use and 380 Alternative Service describes other services in its body.</source>
        <translation>P2 是 Bob 所在域的服务器，这里作为重定向服务器：它以 301 Moved Permanently 回答，并在 Contact 中给出 Bob 的新地址（RFC 3261 21.3.2）。P1 逐跳确认并把它向上传递；Alice 确认后，可以记住新地址供以后呼叫使用，并向新地址发送新的 INVITE（8.1.3.4），P1 把它直接路由到 Bob。302 Moved Temporarily（第 3.6 课）和 300 Multiple Choices（多个 Contact）的过程相同；305 Use Proxy 指定要使用的代理，380 Alternative Service 在消息体中描述其他服务。</translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>See three client errors in one call: 407, 422 and 486.
Tell the 4xx a UAC can repair and retry (407, 422) from a final refusal (486).
Know the other client errors of the source document.</source>
        <translation>在一次呼叫中看到三个客户端错误：407、422 和 486。
区分 UAC 可以修正后重试的 4xx（407、422）和最终拒绝（486）。
了解源文档中的其他客户端错误。</translation>
    </message>
    <message>
        <source>A 4xx says the request cannot succeed as sent. P1 first answers 407 Proxy Authentication Required; Alice retries with credentials. Bob&apos;s phone answers 422 Session Interval Too Small with Min-SE; Alice retries with a longer Session-Expires (RFC 4028). Finally Bob is busy: 486 Busy Here ends the call. Other client errors of the source document: 400, 401 (lesson 2.1), 403, 404, 405, 406, 408 (lesson 3.10), 423, 480 (lesson 3.11), 481, 483, 487 (lesson 3.8).</source>
        <translation>4xx 表示请求按原样无法成功。P1 首先回答 407 Proxy Authentication Required；Alice 带凭证重试。Bob 的话机回答 422 Session Interval Too Small 并给出 Min-SE；Alice 用更长的 Session-Expires 重试（RFC 4028）。最后 Bob 正忙：486 Busy Here 结束呼叫。源文档中的其他客户端错误：400、401（第 2.1 课）、403、404、405、406、408（第 3.10 课）、423、480（第 3.11 课）、481、483、487（第 3.8 课）。</translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>See 503 Service Unavailable with Retry-After and the UAC waiting before it retries.
Explain why a proxy turns a downstream 503 into 500.
Know the other server errors of the source document: 501, 502, 504, 505, 513, 580.</source>
        <translation>看到带 Retry-After 的 503 Service Unavailable，以及 UAC 等待后再重试。
解释为什么代理会把下游的 503 改为 500。
了解源文档中的其他服务器错误：501、502、504、505、513、580。</translation>
    </message>
    <message>
        <source>A 5xx says the server failed, not the request. P1 is overloaded and answers 503 Service Unavailable with Retry-After: 2; Alice waits two seconds and sends the INVITE again (RFC 3261 21.5.4). This time Bob&apos;s phone fails with 503; P2 must not pass a 503 upstream, because the previous hop would then stop using P2, so it sends 500 Server Internal Error instead (16.7 step 6). 504 Server Time-out is the gateway counterpart of 408; 501, 502, 505, 513 and 580 are explained by the response-code browser.</source>
        <translation>5xx 表示是服务器出了问题，而不是请求。P1 过载，回答 503 Service Unavailable 并带 Retry-After: 2；Alice 等待两秒后再次发送 INVITE（RFC 3261 21.5.4）。这一次 Bob 的话机以 503 失败；P2 不能把 503 传给上游，否则上一跳会因此停止使用 P2，所以它改发 500 Server Internal Error（16.7 第 6 步）。504 Server Time-out 是网关场景下对应 408 的响应；501、502、505、513 和 580 可在响应码浏览器中查看解释。</translation>
    </message>
    <message>
        <source>6xx global failures</source>
        <translation>6xx 全局失败</translation>
    </message>
    <message>
        <source>See 603 Decline end a call through two proxies.
Explain why a 6xx stops a forking proxy from trying other locations.
Know the other global failures of the source document: 600, 604, 606.</source>
        <translation>看到 603 Decline 结束一次经过两个代理的呼叫。
解释为什么 6xx 会让分叉代理不再尝试其他位置。
了解源文档中的其他全局失败响应：600、604、606。</translation>
    </message>
    <message>
        <source>A 6xx means the request will fail everywhere, not just at this device. Bob&apos;s phone rings and he declines the call: 603 Decline. A proxy that receives a 6xx does not forward it at once: it cancels its other pending branches, tries no new ones, and then sends the 6xx upstream as the best response (RFC 3261 16.7 steps 5 and 6); each hop acknowledges it. 600 Busy Everywhere, 604 Does Not Exist Anywhere and 606 Not Acceptable travel the same way.</source>
        <translation>6xx 表示请求在任何地方都会失败，而不只是在这台设备上。Bob 的话机振铃，他拒绝了呼叫：603 Decline。收到 6xx 的代理不会立即转发它：它取消其他待处理的分支，不再尝试新的分支，然后把 6xx 作为最佳响应发往上游（RFC 3261 16.7 第 5 步和第 6 步）；每一跳都确认它。600 Busy Everywhere、604 Does Not Exist Anywhere 和 606 Not Acceptable 的传递方式相同。</translation>
    </message>
    <message>
        <source>The UA is already registered (as in lesson 2.1) and adds a second contact, a mailto: URI, to its address of record. The registrar answers 200 OK listing both bindings, the old SIP contact and the new one (RFC 3261 10.2.1, 10.3 step 8). Differences from RFC 3665: there the REGISTER keeps the Call-ID of the registration in 2.1 and carries the Authorization from its challenge (its CSeq is 1, as here); the simulation starts a new Call-ID and its registrar does not challenge. The RFC uses TLS, the simulation UDP.</source>
        <translation>UA 已经注册过（如第 2.1 课），现在给它的记录地址（AOR）添加第二个联系地址：一个 mailto: URI。注册服务器以 200 OK 回答，列出两个绑定：原来的 SIP 联系地址和新的联系地址（RFC 3261 10.2.1、10.3 第 8 步）。与 RFC 3665 的不同：RFC 中的 REGISTER 沿用第 2.1 节注册的 Call-ID，并携带那次质询得到的 Authorization（它的 CSeq 为 1，与这里相同）；模拟中使用新的 Call-ID，注册服务器也不发出质询。RFC 使用 TLS，模拟使用 UDP。</translation>
    </message>
    <message>
        <source>Alice&apos;s proxy P1 requires authentication: it answers the first INVITE with 407 Proxy Authentication Required, Alice acknowledges it and sends the INVITE again with Proxy-Authorization and CSeq 2 (RFC 3261 22.3). Each proxy answers 100 Trying hop by hop, adds Record-Route and forwards; P2, responsible for biloxi, sends the request to Bob&apos;s registered contact (16.5). The 180 and 200 travel back along the Via path, ACK and BYE follow the route set through both proxies. Bob hangs up, as in the RFC. Apart from the order of a proxy&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F23). Difference: UDP instead of TCP.</source>
        <translation>Alice 的代理 P1 要求认证：它用 407 Proxy Authentication Required 回答第一个 INVITE，Alice 确认（ACK）后带着 Proxy-Authorization 以 CSeq 2 重发 INVITE（RFC 3261 22.3）。每个代理都逐跳回答 100 Trying、添加 Record-Route 并转发；负责 biloxi 域的 P2 把请求发往 Bob 注册的联系地址（16.5）。180 和 200 沿 Via 路径返回，ACK 和 BYE 沿路由集经过两个代理。与 RFC 一样由 Bob 挂机。除了代理在同一时刻发出的 100 Trying 与它转发的 INVITE 的先后顺序外，梯形图与 RFC 3665 的流程（F1-F23）逐条消息一致。不同之处：使用 UDP 而不是 TCP。</translation>
    </message>
    <message>
        <source>Both proxies require authentication. P1 challenges the first INVITE with 407 (realm of atlanta). The second INVITE, with credentials for P1, passes P1 but P2 challenges it with its own 407 (realm of biloxi); P1 acknowledges that 407 and forwards it to Alice. Alice keeps the credentials for P1 and adds those for P2, so the third INVITE (CSeq 3) carries two Proxy-Authorization headers and reaches Bob (RFC 3261 22.3). Bob answers at once with 200 OK, without ringing, and the flow ends when Alice&apos;s ACK reaches him: the RFC&apos;s message list (F1-F21) ends there too, although its text says that Bob hangs up later. The ladder is message for message that of RFC 3665, in the same order and over UDP as there.</source>
        <translation>两个代理都要求认证。P1 用 407 质询第一个 INVITE（atlanta 的域）。带有 P1 凭证的第二个 INVITE 通过了 P1，但 P2 用自己的 407 质询它（biloxi 的域）；P1 确认该 407 并把它转发给 Alice。Alice 保留给 P1 的凭证并加上给 P2 的凭证，于是第三个 INVITE（CSeq 3）带着两个 Proxy-Authorization 头到达 Bob（RFC 3261 22.3）。Bob 不振铃，立即以 200 OK 应答；Alice 的 ACK 到达 Bob 时流程结束：RFC 的消息列表（F1-F21）也到此为止，尽管 RFC 的文字说 Bob 之后会挂机。梯形图与 RFC 3665 逐条消息一致，顺序相同，并且和 RFC 一样使用 UDP。</translation>
    </message>
    <message>
        <source>Recognise a redirect server: it answers 3xx with a Contact instead of forwarding.
Follow the UAC&apos;s new INVITE to the Contact address (new branch, CSeq + 1, same Call-ID).
See an INVITE without SDP: the 200 OK carries the offer and the ACK the answer.</source>
        <translation>识别重定向服务器：它不转发请求，而是以带 Contact 的 3xx 回答。
跟踪 UAC 发往 Contact 地址的新 INVITE（新的 branch、CSeq + 1、相同的 Call-ID）。
看到不带 SDP 的 INVITE：200 OK 携带提议（offer），ACK 携带应答（answer）。</translation>
    </message>
    <message>
        <source>A redirect server (lane RS), separate from the proxy, answers Alice&apos;s INVITE with 302 Moved Temporarily and Bob&apos;s current contact (RFC 3261 8.3). Alice acknowledges the 302 and sends a new INVITE, with CSeq 2 and the same Call-ID, to the Contact address through the proxy P2 (8.1.3.4), which record-routes and forwards it to Bob. As in the RFC, neither INVITE carries SDP: Bob&apos;s 200 OK carries the offer and Alice&apos;s ACK the answer (13.2.2.4). Bob hangs up. Apart from the order of P2&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F16). Differences: the RFC uses UDP towards the redirect server and TCP afterwards, the simulation UDP throughout; the RFC&apos;s 302 names Bob&apos;s address in the domain of Proxy 3, which Proxy 3 then looks up, while the simulation&apos;s 302 names Bob&apos;s device itself.</source>
        <translation>一个独立于代理的重定向服务器（泳道 RS）用 302 Moved Temporarily 和 Bob 的当前联系地址回答 Alice 的 INVITE（RFC 3261 8.3）。Alice 确认（ACK）该 302，然后经代理 P2 向 Contact 地址发送新的 INVITE，CSeq 为 2，Call-ID 不变（8.1.3.4）；P2 添加 Record-Route 并把它转发给 Bob。与 RFC 一样，两个 INVITE 都不带 SDP：Bob 的 200 OK 携带提议，Alice 的 ACK 携带应答（13.2.2.4）。由 Bob 挂机。除了 P2 在同一时刻发出的 100 Trying 与它转发的 INVITE 的先后顺序外，梯形图与 RFC 3665 的流程（F1-F16）逐条消息一致。不同之处：RFC 发往重定向服务器时使用 UDP，之后使用 TCP，模拟全程使用 UDP；RFC 的 302 给出的是 Bob 在 Proxy 3 所在域中的地址，再由 Proxy 3 查找，而模拟的 302 直接给出 Bob 的设备地址。</translation>
    </message>
    <message>
        <source>Change an established session with a re-INVITE inside the dialog, sent here by the callee.
See that the re-INVITE has the dialog&apos;s tags, the sender&apos;s own CSeq and a new SDP version.
Explain why a proxy that does not record-route sees nothing after the first exchange.</source>
        <translation>用对话内的 re-INVITE 修改已建立的会话，这里由被叫发送。
看到 re-INVITE 带有对话的标签（tag）、发送方自己的 CSeq 和新的 SDP 版本。
解释为什么不添加 Record-Route 的代理在第一次交互之后就看不到任何消息。</translation>
    </message>
    <message>
        <source>Alice calls Bob through a proxy (P1, Proxy 2 in the RFC) that does not record-route, so it leaves the path once the call is set up: the ACK and every later request go straight between the two phones (RFC 3261 16.6 step 4, 12.1.2). Once the call is up, Bob sends a re-INVITE inside the dialog: same Call-ID and tags, a CSeq of his own, and a new SDP offer with a higher version (RFC 3261 14.1). Alice accepts it with 200 OK and her answer, Bob acknowledges it with ACK, and later Alice hangs up with BYE. Apart from the order of the proxy&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F13, over UDP as there). Difference: in the RFC the re-INVITE announces Bob&apos;s new IP address; the simulation&apos;s re-INVITE keeps the address and puts the call on hold (a=sendonly).</source>
        <translation>Alice 经过一个不添加 Record-Route 的代理（P1，RFC 中的 Proxy 2）呼叫 Bob，因此呼叫建立后该代理就离开了信令路径：ACK 以及之后的所有请求都直接在两部话机之间传送（RFC 3261 16.6 第 4 步、12.1.2）。呼叫建立后，Bob 在对话内发送 re-INVITE：相同的 Call-ID 和标签、他自己的 CSeq，以及版本号更高的新 SDP 提议（RFC 3261 14.1）。Alice 以 200 OK 和她的应答接受，Bob 用 ACK 确认，之后 Alice 用 BYE 挂机。除了代理在同一时刻发出的 100 Trying 与它转发的 INVITE 的先后顺序外，梯形图与 RFC 3665 的流程（F1-F13，与 RFC 一样使用 UDP）逐条消息一致。不同之处：RFC 中的 re-INVITE 通告 Bob 的新 IP 地址；模拟中的 re-INVITE 保持地址不变，把呼叫置为保持（a=sendonly）。</translation>
    </message>
    <message>
        <source>Bob&apos;s phone is unreachable and never answers. The INVITE client transaction of P2, Bob&apos;s proxy, retransmits the INVITE at intervals of 0.5, 1, 2, 4, 8 and 16 s (Timer A doubles, RFC 3261 17.1.1.2); when Timer B fires after 64*T1 the branch has timed out and P2 must answer 408 Request Timeout upstream (16.7 step 6; the timeout counts as a 408 from that branch, 16.6 step 7). P1 acknowledges it and passes it on to Alice, who acknowledges it too. Apart from the order of a proxy&apos;s 100 Trying and the INVITE it forwards at the same instant, the ladder is message for message that of RFC 3665 (F1-F15, over UDP). Differences: the RFC&apos;s Proxy 2 answers 480 with the reason phrase &quot;No Response&quot;, while RFC 3261 16.7 step 6 has the proxy choose from the responses it holds, here only the timeout&apos;s 408; the RFC&apos;s INVITE already carries Proxy-Authorization from an earlier challenge, here the proxies do not challenge.</source>
        <translation>Bob 的话机无法到达，始终不回答。Bob 的代理 P2 的 INVITE 客户端事务以 0.5、1、2、4、8、16 秒的间隔重传 INVITE（定时器 A 加倍，RFC 3261 17.1.1.2）；64*T1 后定时器 B 触发，该分支超时，P2 必须向上游回答 408 Request Timeout（16.7 第 6 步；超时算作该分支返回了 408，16.6 第 7 步）。P1 确认（ACK）它并转发给 Alice，Alice 也予以确认。除了代理在同一时刻发出的 100 Trying 与它转发的 INVITE 的先后顺序外，梯形图与 RFC 3665 的流程（F1-F15，使用 UDP）逐条消息一致。不同之处：RFC 中 Proxy 2 回答的是原因短语为“No Response”的 480，而 RFC 3261 16.7 第 6 步要求代理从它持有的响应中选择，这里只有超时产生的 408；RFC 中的 INVITE 已经带有先前质询得到的 Proxy-Authorization，这里代理不发出质询。</translation>
    </message>
    <message>
        <source>Successful session with proxy failure</source>
        <translation>代理故障时的成功会话</translation>
    </message>
    <message>
        <source>See an INVITE retransmitted by Timer A until Timer B gives up on a proxy that is down.
Follow the caller&apos;s failover to its alternate proxy with a new branch (RFC 3263 4.3).
Recognise why a request that got no response at all may be tried at another server.</source>
        <translation>看 INVITE 如何在定时器 A 的驱动下重传，直到定时器 B 放弃已宕机的代理。
跟随主叫以新的 branch 切换到备用代理（RFC 3263 4.3）。
理解为什么完全没有收到任何响应的请求可以改到另一台服务器上尝试。</translation>
    </message>
    <message>
        <source>Alice&apos;s primary proxy P1 is down. Her INVITE gets no answer, so her transaction retransmits it (Timer A: 0.5, 1, 2, 4, 8 and 16 s) until Timer B fires after 64*T1 = 32 s: seven INVITEs in all (RFC 3261 17.1.1.2). A transaction that never received any response is a failure of that server, so Alice sends the same request, with a new Via branch, to her secondary proxy P2 (RFC 3263 4.3). P2 challenges her with 407, she retries with Proxy-Authorization, Bob answers, and later Bob hangs up. The ladder is message for message that of RFC 3665 (F1-F23) apart from the order of P2&apos;s 100 Trying and the INVITE it forwards at the same instant. Difference: following RFC 3263 4.3 the request to P2 keeps the Call-ID and CSeq (&quot;identical to the previous&quot;), where the RFC 3665 example starts a new Call-ID.</source>
        <translation>Alice 的主代理 P1 宕机了。她的 INVITE 得不到任何应答，于是她的事务不断重传（定时器 A：0.5、1、2、4、8 和 16 秒），直到 64*T1 = 32 秒后定时器 B 触发：共发出七个 INVITE（RFC 3261 17.1.1.2）。一个从未收到任何响应的事务意味着该服务器失败，因此 Alice 把同一请求换一个新的 Via branch 发给她的备用代理 P2（RFC 3263 4.3）。P2 用 407 质询她，她带上 Proxy-Authorization 重试，Bob 应答，之后由 Bob 挂机。除了 P2 在同一时刻发出的 100 Trying 与转发的 INVITE 的先后顺序外，该梯形图与 RFC 3665 的流程（F1-F23）逐条一致。差异：按照 RFC 3263 4.3，发给 P2 的请求保留原 Call-ID 和 CSeq（“与前一个请求相同”），而 RFC 3665 的示例使用了新的 Call-ID。</translation>
    </message>
    <message>
        <source>Session through a SIP ALG</source>
        <translation>经过 SIP ALG 的会话</translation>
    </message>
    <message>
        <source>Follow a call through an application layer gateway reached by a pre-loaded Route.
Compare the SDP before and after the ALG: its address and port replace the phone&apos;s.
Explain why the ACK and BYE pass the ALG but not Proxy 2, which does not record-route.</source>
        <translation>跟随一个通过预置 Route 到达应用层网关（ALG）的呼叫。
比较 ALG 前后的 SDP：ALG 用自己的地址和端口替换了话机的地址和端口。
解释为什么 ACK 和 BYE 经过 ALG，却不经过不做 Record-Route 的 Proxy 2。</translation>
    </message>
    <message>
        <source>Alice reaches Bob through an ALG (a firewall&apos;s SIP gateway) and Proxy 2. Her INVITE carries a pre-loaded Route to the ALG, which forwards it, record-routes, and rewrites the SDP: the connection address and media port become its own, so that the media flows through it (in F2 and again in the 200 OK towards Alice). Proxy 2 does not record-route, so the ACK and the BYE go from the ALG straight to Bob. The ladder is message for message that of RFC 3665 (F1-F17) apart from the order of a 100 Trying and the INVITE forwarded at the same instant. Difference: the RFC&apos;s INVITE also carries Proxy-Authorization from an earlier challenge, which the simulation leaves out.</source>
        <translation>Alice 经过一个 ALG（防火墙的 SIP 网关）和 Proxy 2 呼叫 Bob。她的 INVITE 带有指向 ALG 的预置 Route；ALG 转发该请求、加入 Record-Route 并改写 SDP：连接地址和媒体端口都换成它自己的，使媒体流经过它（在 F2 中，以及发往 Alice 的 200 OK 中）。Proxy 2 不做 Record-Route，因此 ACK 和 BYE 从 ALG 直接发给 Bob。除了同一时刻的 100 Trying 与转发的 INVITE 的先后顺序外，该梯形图与 RFC 3665 的流程（F1-F17）逐条一致。差异：RFC 中的 INVITE 还带有先前质询得到的 Proxy-Authorization，模拟中省略了它。</translation>
    </message>
    <message>
        <source>Parallel forking: one phone busy, the other answers</source>
        <translation>并行分叉：一部话机忙，另一部应答</translation>
    </message>
    <message>
        <source>See a proxy fork one INVITE to two devices of the same user, each on its own branch.
See that both 180s reach the caller but the 486 does not: the proxy keeps it.
Explain why 486 Busy Here lets the search go on: the request may be tried elsewhere.</source>
        <translation>看代理把一个 INVITE 分叉给同一用户的两台设备，每个副本有自己的分支。
看两个 180 都到达主叫，而 486 没有：代理把它留下了。
解释为什么 486 Busy Here 允许继续查找：请求还可以在别处尝试。</translation>
    </message>
    <message>
        <source>Bob has a desk phone (UAS1) and a softphone (UAS2). His proxy P1 looks up both and forks the INVITE to them at once, each copy with its own Via branch (RFC 3261 16.5, 16.6). Both ring and their 180s are forwarded to Alice (16.7 step 5): two early dialogs, one per To tag. The desk phone is busy: 486 Busy Here is for this device only, so P1 acknowledges it hop by hop and keeps it while the other branch is pending. The softphone answers 200 OK, which P1 forwards at once; Alice&apos;s ACK and later BYE go end to end to the softphone.</source>
        <translation>Bob 有一部桌面话机（UAS1）和一个软电话（UAS2）。他的代理 P1 查到这两台设备，同时把 INVITE 分叉给它们，每个副本都有自己的 Via branch（RFC 3261 16.5、16.6）。两台设备都振铃，它们的 180 都被转发给 Alice（16.7 第 5 步）：形成两个早期对话，每个 To 标签一个。桌面话机忙：486 Busy Here 只针对这一台设备，因此 P1 逐跳确认它，并在另一个分支尚未结束时先把它留下。软电话回 200 OK，P1 立即转发；Alice 的 ACK 和之后的 BYE 端到端地发往软电话。</translation>
    </message>
    <message>
        <source>600 Busy Everywhere stops the search, 486 Busy Here does not</source>
        <translation>600 Busy Everywhere 终止查找，486 Busy Here 不会</translation>
    </message>
    <message>
        <source>Contrast 486 Busy Here (this device) with 600 Busy Everywhere (every device).
See the proxy cancel the branch still ringing when the 6xx arrives.
See that the 6xx goes upstream only when every branch has ended.</source>
        <translation>对比 486 Busy Here（这台设备忙）与 600 Busy Everywhere（所有设备都忙）。
看 6xx 到达时代理取消仍在振铃的分支。
看 6xx 只有在所有分支都结束后才向上游发送。</translation>
    </message>
    <message>
        <source>P1 forks Bob&apos;s call to three devices. The desk phone answers 486 Busy Here: a 4xx, so the request may still succeed elsewhere and the search goes on. Then the softphone&apos;s user says that he is busy everywhere: 600 is a global failure (RFC 3261 21.6.1), so P1 cancels the branch of the voicemail that is still ringing, starts no new one, and once the voicemail has answered the CANCEL with 487 it sends the 600 to Alice as the best response (16.7 steps 5, 6 and 10). Without the 600 the voicemail would have answered.</source>
        <translation>P1 把 Bob 的呼叫分叉给三台设备。桌面话机回 486 Busy Here：这是 4xx，请求在别处仍可能成功，查找继续。随后软电话的用户表示他在任何地方都忙：600 是全局失败（RFC 3261 21.6.1），因此 P1 取消仍在振铃的语音信箱分支，不再开启新分支；等语音信箱以 487 应答 CANCEL 后，P1 把 600 作为最佳响应发给 Alice（16.7 第 5、6、10 步）。如果没有这个 600，语音信箱本会应答。</translation>
    </message>
    <message>
        <source>Sequential search: 503 at the first device, the second answers</source>
        <translation>顺序查找：第一台设备回 503，第二台应答</translation>
    </message>
    <message>
        <source>Follow a sequential search: one device at a time, in order.
See that a 5xx from one device makes the proxy try the next one, not give up.
Explain why the caller never sees the 503.</source>
        <translation>跟随一次顺序查找：按顺序一次只试一台设备。
看一台设备的 5xx 会让代理去试下一台，而不是放弃。
解释为什么主叫始终看不到这个 503。</translation>
    </message>
    <message>
        <source>P1 tries Bob&apos;s devices one after another. The desk phone answers 503 Service Unavailable: a server error at that device, which lets the request be tried elsewhere (RFC 3261 16.7 step 4, 21.5). P1 acknowledges it and forwards the INVITE to the softphone on a new branch; the softphone rings and answers. The caller only sees the softphone&apos;s responses; had every device failed, P1 would have sent the best final response, a 503 turned into 500 (16.7 step 6).</source>
        <translation>P1 依次尝试 Bob 的各台设备。桌面话机回 503 Service Unavailable：这是该设备上的服务器错误，请求可以在别处尝试（RFC 3261 16.7 第 4 步，21.5）。P1 确认它，并在一个新分支上把 INVITE 转发给软电话；软电话振铃并应答。主叫只看到软电话的响应；如果所有设备都失败，P1 会发送最佳最终响应，其中 503 会变为 500（16.7 第 6 步）。</translation>
    </message>
    <message>
        <source>300 Multiple Choices: the caller tries each device in turn</source>
        <translation>300 Multiple Choices：主叫依次尝试每台设备</translation>
    </message>
    <message>
        <source>Read a 300 Multiple Choices that lists every device of the callee.
Follow the caller&apos;s recursion: one new INVITE per Contact, in order.
See that a 486 from one device makes the caller try the next Contact.</source>
        <translation>阅读列出被叫所有设备的 300 Multiple Choices。
跟随主叫的递归：按顺序对每个 Contact 发一个新的 INVITE。
看一台设备的 486 会让主叫去试下一个 Contact。</translation>
    </message>
    <message>
        <source>A redirect server (RS) answers Alice&apos;s INVITE with 300 Multiple Choices and three Contacts, one per device of Bob (RFC 3261 21.3.1). Alice acknowledges it and treats the Contacts as her target set (8.1.3.4): she sends a new INVITE (same Call-ID, CSeq + 1) to the first, through the proxy P2. The desk phone is busy (486), which ends only this attempt, so she tries the second Contact: the softphone rings and answers. The third device is never asked.</source>
        <translation>重定向服务器（RS）以 300 Multiple Choices 应答 Alice 的 INVITE，其中有三个 Contact，对应 Bob 的每台设备（RFC 3261 21.3.1）。Alice 确认它，并把这些 Contact 作为目标集（8.1.3.4）：她经代理 P2 向第一个地址发送新的 INVITE（Call-ID 不变，CSeq 加一）。桌面话机忙（486），这只结束本次尝试，于是她尝试第二个 Contact：软电话振铃并应答。第三台设备从未被询问。</translation>
    </message>
    <message>
        <source>Two phones answer at once: two dialogs, one kept</source>
        <translation>两部话机同时应答：两个对话，保留一个</translation>
    </message>
    <message>
        <source>See two 2xx for one INVITE: a forking proxy forwards every 2xx.
Explain why the caller must ACK both, and then ends the second dialog with BYE.
See the proxy&apos;s CANCEL cross the second phone&apos;s 200 OK.</source>
        <translation>看一个 INVITE 收到两个 2xx：分叉代理会转发每一个 2xx。
解释为什么主叫必须对两者都发 ACK，然后用 BYE 结束第二个对话。
看代理的 CANCEL 与第二部话机的 200 OK 交错而过。</translation>
    </message>
    <message>
        <source>P1 forks the call to Bob&apos;s two phones and both are picked up within 10 ms. P1 forwards the first 200 OK and cancels the other branch (RFC 3261 16.7 step 10), but that phone has already answered: it replies 200 to the CANCEL and nothing else (9.2), and P1 forwards its 200 OK too (16.7 step 5). Each 2xx creates a dialog, so Alice acknowledges both; she keeps the first and ends the second with BYE (13.2.2.4).</source>
        <translation>P1 把呼叫分叉给 Bob 的两部话机，两部话机在 10 毫秒内都被接起。P1 转发第一个 200 OK 并取消另一个分支（RFC 3261 16.7 第 10 步），但那部话机已经应答：它对 CANCEL 回 200，此外什么也不做（9.2），P1 也转发它的 200 OK（16.7 第 5 步）。每个 2xx 都建立一个对话，因此 Alice 对两者都发 ACK；她保留第一个对话，用 BYE 结束第二个（13.2.2.4）。</translation>
    </message>
</context>
<context>
    <name>SipLab::LiveDialog</name>
    <message>
        <source>Run live over UDP</source>
        <translation>通过 UDP 实时运行</translation>
    </message>
    <message>
        <source>The nodes of this call get real UDP sockets and run on the real clock, so Wireshark shows the call (capture on the loopback interface, filter &quot;sip&quot;). Mark a node external to put a softphone or SIPp in its place.</source>
        <translation>本次呼叫的各节点使用真实的 UDP 套接字并按真实时钟运行，因此 Wireshark 可以看到这次呼叫（在环回接口上抓包，过滤条件 &quot;sip&quot;）。把某个节点标记为外部节点，即可用软电话或 SIPp 代替它。</translation>
    </message>
    <message>
        <source>Bind the local nodes to:</source>
        <translation>本地节点绑定到：</translation>
    </message>
    <message>
        <source>%1 is external, at</source>
        <translation>%1 为外部节点，地址</translation>
    </message>
    <message>
        <source>local: port %1</source>
        <translation>本地：端口 %1</translation>
    </message>
    <message>
        <source>Start live</source>
        <translation>开始实时运行</translation>
    </message>
    <message>
        <source>Warning: %1 is not a loopback address. Other machines on the network can reach these nodes and send them messages.</source>
        <translation>警告：%1 不是环回地址。网络上的其他机器可以访问这些节点并向它们发送消息。</translation>
    </message>
    <message>
        <source>The address of an external node must be IP:PORT, e.g. 127.0.0.1:6070.</source>
        <translation>外部节点的地址必须是 IP:端口，例如 127.0.0.1:6070。</translation>
    </message>
    <message>
        <source>At least one node must run in SIP Lab.</source>
        <translation>至少要有一个节点在 SIP Lab 中运行。</translation>
    </message>
</context>
<context>
    <name>SipLab::LiveNetwork</name>
    <message>
        <source>cannot send to %1:%2: not an IP address</source>
        <translation>无法发送到 %1:%2：不是 IP 地址</translation>
    </message>
</context>
<context>
    <name>SipLab::MainWindow</name>
    <message>
        <source>About SIP Lab</source>
        <translation>关于 SIP Lab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SIP Lab %1&lt;/h3&gt;&lt;p&gt;Build a call between a UAC, up to two proxies and a UAS, choose what each node answers, and watch the ladder RFC 3261 says would follow, with every response code explained in Chinese and English.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SIP Lab %1&lt;/h3&gt;&lt;p&gt;在 UAC、最多两个代理和 UAS 之间建立呼叫，选择每个节点的应答，观看 RFC 3261 规定的消息梯形图，每个响应码都有中英文解释。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Call builder</source>
        <translation>呼叫构建</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Code reference</source>
        <translation>响应码参考</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export ladder…</source>
        <translation>导出梯形图(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xplanations in</source>
        <translation>解释语言(&amp;X)</translation>
    </message>
    <message>
        <source>Chinese and English</source>
        <translation>中文和英文</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>仅中文</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>仅英文</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Larger fonts (projector)</source>
        <translation>更大字体（投影）</translation>
    </message>
    <message>
        <source>Smaller fonts</source>
        <translation>更小字体</translation>
    </message>
    <message>
        <source>Show CSeq and &amp;branch</source>
        <translation>显示 CSeq 和 branch(&amp;B)</translation>
    </message>
    <message>
        <source>Show timers and &amp;states</source>
        <translation>显示定时器和状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>前进一步(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>重新开始(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About SIP Lab</source>
        <translation>关于 SIP Lab(&amp;A)</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Move through the ladder</source>
        <translation>在梯形图中移动</translation>
    </message>
    <message>
        <source>Absolute time</source>
        <translation>绝对时间</translation>
    </message>
    <message>
        <source>Time since previous</source>
        <translation>与上一条的间隔</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on the wire</source>
        <translation>
            <numerusform>线路上共 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source> · final response %1</source>
        <translation> · 最终响应 %1</translation>
    </message>
    <message>
        <source>This change would make an impossible call: %1</source>
        <translation>此修改会产生不可能的呼叫：%1</translation>
    </message>
    <message>
        <source>SIP Lab</source>
        <translation>SIP Lab</translation>
    </message>
    <message>
        <source>The scenario has been modified.
Save your changes?</source>
        <translation>场景已修改。
是否保存修改？</translation>
    </message>
    <message>
        <source>SIP Lab scenarios (*.json)</source>
        <translation>SIP Lab 场景 (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario:
%1</source>
        <translation>无法打开场景：
%1</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>La&amp;nes</source>
        <translation>泳道(&amp;N)</translation>
    </message>
    <message>
        <source>Copy ladder as &amp;image</source>
        <translation>将梯形图复制为图像(&amp;I)</translation>
    </message>
    <message>
        <source>Copy ladder as &amp;text</source>
        <translation>将梯形图复制为文本(&amp;T)</translation>
    </message>
    <message>
        <source>Exported the ladder</source>
        <translation>已导出梯形图</translation>
    </message>
    <message>
        <source>Copied the ladder as an image</source>
        <translation>已将梯形图复制为图像</translation>
    </message>
    <message>
        <source>Copied the ladder as text</source>
        <translation>已将梯形图复制为文本</translation>
    </message>
    <message>
        <source>&amp;Live (real UDP)</source>
        <translation>实时(&amp;L)（真实 UDP）</translation>
    </message>
    <message>
        <source>Run this call over real UDP sockets on the real clock (Wireshark sees it)</source>
        <translation>用真实的 UDP 套接字按真实时钟运行这次呼叫（Wireshark 可以看到）</translation>
    </message>
    <message>
        <source>Live mode stopped.</source>
        <translation>实时模式已停止。</translation>
    </message>
    <message>
        <source>Live call finished: %1. Uncheck Live to go back to the simulation.</source>
        <translation>实时呼叫已结束：%1。取消勾选“实时”即可回到模拟。</translation>
    </message>
    <message>
        <source>Cannot start live mode: %1</source>
        <translation>无法启动实时模式：%1</translation>
    </message>
    <message>
        <source>Live: the nodes listen on %1; messages appear as they arrive.</source>
        <translation>实时：各节点在 %1 上监听；消息到达时即显示。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: see the repository (it contains no licence file yet).&lt;/p&gt;</source>
        <translation>&lt;p&gt;许可证：见代码仓库（其中尚无许可证文件）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Chinese texts of the response codes are the words of the Chinese article on SIP response codes dated 12 September 2016 (author not named; its figure was hosted on blog.csdn.net), kept verbatim in docs/source-article-sip-response-codes.md, with RFC notes where the article is loose.&lt;/p&gt;</source>
        <translation>&lt;p&gt;响应码的中文文字取自 2016 年 9 月 12 日的中文文章《SIP协议响应代码》（未署作者名；文中图片托管于 blog.csdn.net），原文逐字保存在 docs/source-article-sip-response-codes.md 中；文章不够严谨之处另附 RFC 注释。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Classroom server</source>
        <translation>课堂服务器</translation>
    </message>
    <message>
        <source>Message pinned: following playback resumes at Restart or with View &gt; Follow playback</source>
        <translation>已固定消息：重新开始播放或选择“视图 &gt; 跟随播放”后恢复跟随</translation>
    </message>
    <message>
        <source>1. Pick the request and the number of proxies under Call.
2. Click a node (UAC, P1, P2, UAS) and choose what it returns.
3. The ladder re-runs at once and plays; Space plays or pauses, Left/Right step, Home restarts, End shows everything.
4. Click an arrow to read why it was sent and what its code means; Ctrl+click a second arrow to compare the two.
5. View &gt; Code reference lists every code; &quot;Use this code&quot; applies it.
6. File &gt; Open also opens captures (pcap, pcapng): choose a call in the Capture panel; a badge marks each message with a finding.
The full guide is docs/user-guide.md.</source>
        <translation>1. 在“呼叫”中选择请求和代理数量。
2. 单击一个节点（UAC、P1、P2、UAS），选择它返回的响应。
3. 梯形图立即重新计算并播放；空格键播放或暂停，左右方向键单步，Home 重新开始，End 显示全部。
4. 单击箭头查看它为什么被发送以及响应码的含义；按住 Ctrl 单击另一个箭头可比较两者。
5. “视图 &gt; 响应码参考”列出所有响应码；“使用此响应码”将其应用到所选节点。
6. “文件 &gt; 打开”也能打开抓包（pcap、pcapng）：在“抓包”面板中选择一个呼叫；有检查结果的消息带有标记。
完整指南见 docs/user-guide.md。</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>抓包</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Follow &amp;playback</source>
        <translation>跟随播放(&amp;P)</translation>
    </message>
    <message>
        <source>The explanation follows the message being sent; a click on a message pins it</source>
        <translation>解释跟随正在发送的消息；单击某条消息可将其固定</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>欢迎(&amp;W)…</translation>
    </message>
    <message>
        <source>How to &amp;read a ladder</source>
        <translation>如何阅读梯形图(&amp;R)</translation>
    </message>
    <message>
        <source>Time column</source>
        <translation>时间列</translation>
    </message>
    <message>
        <source>Call builder (read-only: a capture is shown)</source>
        <translation>呼叫构建器（只读：正在显示抓包）</translation>
    </message>
    <message numerus="yes">
        <source>Capture, call %1 of %2: %n message(s)</source>
        <translation>
            <numerusform>抓包，第 %1 个呼叫（共 %2 个）：%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n finding(s)</source>
        <translation>
            <numerusform> · %n 项检查结果</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the capture %1:
%2</source>
        <translation>无法打开抓包 %1：
%2</translation>
    </message>
    <message>
        <source>Open a scenario or a capture</source>
        <translation>打开场景或抓包</translation>
    </message>
    <message>
        <source>Scenarios and captures (*.json *.pcap *.pcapng *.cap);;SIP Lab scenarios (*.json);;Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>场景和抓包 (*.json *.pcap *.pcapng *.cap);;SIP Lab 场景 (*.json);;抓包 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a capture or a scenario</source>
        <translation>打开抓包文件或场景</translation>
    </message>
    <message>
        <source>Scenarios and captures (*.json *.pcap *.pcapng);;SIP Lab scenarios (*.json);;Captures (*.pcap *.pcapng)</source>
        <translation>场景和抓包文件 (*.json *.pcap *.pcapng);;SIP Lab 场景 (*.json);;抓包文件 (*.pcap *.pcapng)</translation>
    </message>
</context>
<context>
    <name>SipLab::PcapExporter</name>
    <message>
        <source>Node %1 has no IPv4 address (&apos;%2&apos;); a pcap export needs one for every node</source>
        <translation>节点 %1 没有 IPv4 地址（“%2”）；导出 pcap 需要每个节点都有一个</translation>
    </message>
    <message>
        <source>Node %1 has port %2, outside 1-65535</source>
        <translation>节点 %1 的端口 %2 不在 1-65535 范围内</translation>
    </message>
    <message>
        <source>libpcap could not open a capture for writing</source>
        <translation>libpcap 无法打开抓包文件进行写入</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>SipLab::Quiz</name>
    <message>
        <source>This message is lost on the wire.</source>
        <translation>这条消息在传输中丢失。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The source document on %1: %2</source>
        <translation>源文档对 %1 的解释：%2</translation>
    </message>
    <message>
        <source>The IANA registry on %1: %2</source>
        <translation>IANA 注册表对 %1 的解释：%2</translation>
    </message>
</context>
<context>
    <name>SipLab::QuizPanel</name>
    <message>
        <source>Quiz on this call</source>
        <translation>对当前呼叫进行测验</translation>
    </message>
    <message>
        <source>New random scenario</source>
        <translation>新的随机场景</translation>
    </message>
    <message>
        <source>Export results (CSV)…</source>
        <translation>导出结果（CSV）…</translation>
    </message>
    <message>
        <source>Next question ▶</source>
        <translation>下一题 ▶</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Score: %1 of %2 answered (%3 questions in this call)</source>
        <translation>得分：已答 %2 题，答对 %1 题（本次呼叫共 %3 题）</translation>
    </message>
    <message>
        <source>Start a quiz on the current call, or generate a random scenario: before each message is revealed, choose what comes next.</source>
        <translation>对当前呼叫开始测验，或生成一个随机场景：在每条消息显示之前，选择接下来会发生什么。</translation>
    </message>
    <message>
        <source>Quiz finished: %1 of %2 right.</source>
        <translation>测验结束：%2 题中答对 %1 题。</translation>
    </message>
    <message>
        <source>Message %1 of %2: what comes next? (who sends what to whom)</source>
        <translation>第 %1 条消息，共 %2 条：接下来是什么？（谁向谁发送什么）</translation>
    </message>
    <message>
        <source>(retransmission)</source>
        <translation>（重传）</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>正确！</translation>
    </message>
    <message>
        <source>Not quite: the engine sends %1.</source>
        <translation>不对：引擎发送的是 %1。</translation>
    </message>
</context>
<context>
    <name>SipLab::RegisteredUsersModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Call-ID %1, CSeq %2 of the REGISTER that made this binding</source>
        <translation>建立此绑定的 REGISTER 的 Call-ID %1、CSeq %2</translation>
    </message>
    <message>
        <source>Address of record</source>
        <translation>记录地址（AOR）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系地址（Contact）</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余有效期</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>用户代理</translation>
    </message>
</context>
<context>
    <name>SipLab::ResponseCatalog</name>
    <message>
        <source>Trying</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>This response is a special case: it is only hop-by-hop.
It is never forwarded and must not contain a message body.
It is used to stop retransmissions of the INVITE request.</source>
        <translation>这种特殊的情况下的响应仅仅是一个逐跳请求。
它永远不会转发，不得包含消息体。
它被用于避免INVITE请求的重传。</translation>
    </message>
    <message>
        <source>Stops retransmitting the INVITE (Timer A) and waits in the Proceeding state; Timer B no longer applies.</source>
        <translation>停止重传 INVITE（定时器 A），进入 Proceeding 状态等待；定时器 B 不再起作用。</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>响铃</translation>
    </message>
    <message>
        <source>This response indicates that the user agent has received the INVITE and is alerting the user (the phone is ringing).</source>
        <translation>此响应被用来指示用户代理已经接收到INVITE消息，并且正在电话振铃。</translation>
    </message>
    <message>
        <source>Keeps waiting for a final response; for INVITE the client transaction moves to Proceeding and retransmissions stop. A 1xx with a To tag creates an early dialog; a reliable one (Require: 100rel) is answered with PRACK.</source>
        <translation>继续等待最终响应；对 INVITE，客户端事务进入 Proceeding 状态并停止重传。带 To 标签的 1xx 建立早期对话；可靠的 1xx（Require: 100rel）要用 PRACK 确认。</translation>
    </message>
    <message>
        <source>Call is Being Forwarded</source>
        <translation>呼叫被转发</translation>
    </message>
    <message>
        <source>This response indicates that the call has been forwarded to another destination.
It is sent only when the caller needs this response.
It tells the caller that answering will take longer because of the forwarding.</source>
        <translation>此响应用于指示该呼叫已被转发到另一端。
当主叫需要此响应消息时才被发送。
此响应告诉主叫，由于转发操作会导致应答时间变长。</translation>
    </message>
    <message>
        <source>RFC 3261 21.1.3: a UAS or proxy MAY send it when the call is being forwarded to a different set of destinations; nothing requires the caller to ask for it.</source>
        <translation>RFC 3261 21.1.3：当呼叫被转发到另一组目的地时，UAS 或代理“可以”发送此响应；并不要求主叫先提出需要。</translation>
    </message>
    <message>
        <source>Call Queued</source>
        <translation>呼叫队列</translation>
    </message>
    <message>
        <source>This response indicates that the INVITE has been received and will be processed in a queue.</source>
        <translation>此响应被用来指示该INVITE消息已经接收到，并且将在队列进行处理。</translation>
    </message>
    <message>
        <source>The reason phrase in RFC 3261 is &quot;Queued&quot; (the article calls it &quot;Call Queued&quot;). The callee is temporarily unavailable and the server queues the call rather than rejecting it; it may say the number of calls ahead.</source>
        <translation>RFC 3261 中的原因短语是“Queued”（原文写作“Call Queued”）。被叫暂时不可用，服务器把呼叫排队而不是拒绝，可以说明前面还有几个呼叫在排队。</translation>
    </message>
    <message>
        <source>Session Progress</source>
        <translation>会话进度</translation>
    </message>
    <message>
        <source>It indicates that progress information about the session may be carried in the message body or in the media stream.
Unlike the 100 Trying response, 183 is an end-to-end response and actually establishes a dialog.
A typical use is a UAC reaching the PSTN through a gateway, where the caller hears ringback, a busy tone or a recorded announcement. (This message is also the key to passing ringback tones through.)</source>
        <translation>它指示本次会话的进度信息可以存在于消息主体或媒体流中。
不像100 Trying的尝试响应，183是端对端的响应，并且会实际性的建立起一个对话。
一个典型的应用环境是让UAC通过落地网关进入PSTN网络，并让主叫听到手机铃声，或忙音，或通话录音的通知音。（此消息也是电话铃音透传的关键）</translation>
    </message>
    <message>
        <source>An early dialog was terminated by the UAS or a forking proxy before a final response.</source>
        <translation>在最终响应之前，早期对话已被 UAS 或分叉代理终止。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>200 OK is used to accept a session invitation.
It indicates that the request completed successfully or was accepted.</source>
        <translation>200 OK用于接受会话邀请。
它表示成功完成的请求或接受请求。</translation>
    </message>
    <message>
        <source>For INVITE: the dialog is confirmed; the UAC core sends ACK end to end along the route set (RFC 3261 13.2.2.4) for every 2xx, including retransmissions. For other methods the transaction completes.</source>
        <translation>对 INVITE：对话被确认；UAC 核心对每个 2xx（包括重传）沿路由集端到端发送 ACK（RFC 3261 13.2.2.4）。对其他方法，事务完成。</translation>
    </message>
    <message>
        <source>Forwards every 2xx upstream at once, even after another final response (RFC 3261 16.7 step 5), and cancels the other pending branches; it does not ACK a 2xx.</source>
        <translation>立即把每个 2xx 向上游转发，即使已转发过其他最终响应（RFC 3261 16.7 第 5 步），并取消其他未完成的分支；代理不为 2xx 发 ACK。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>It indicates that the UAS has received and understood the request, but the request may not yet be authorized or is still being processed by the server.
It is commonly used in response to SUBSCRIBE and REFER.</source>
        <translation>表示该UAS已经接收并理解了请求，但该请求可能没有被授权或正在由服务器处理。
它是常用来响应SUBSCRIBE消息，REFER消息。</translation>
    </message>
    <message>
        <source>The request succeeded: the transaction completes.</source>
        <translation>请求成功，事务完成。</translation>
    </message>
    <message>
        <source>Forwards it upstream at once (RFC 3261 16.7 step 5) and cancels other pending branches.</source>
        <translation>立即向上游转发（RFC 3261 16.7 第 5 步），并取消其他未完成的分支。</translation>
    </message>
    <message>
        <source>202 is not defined in RFC 3261 but in RFC 3265 (SUBSCRIBE) and RFC 3515 (REFER). RFC 6665 deprecated 202 for SUBSCRIBE: new notifiers answer 200.</source>
        <translation>202 并非 RFC 3261 定义，而是来自 RFC 3265（SUBSCRIBE）和 RFC 3515（REFER）。RFC 6665 已不再推荐对 SUBSCRIBE 回 202，新的通知方回 200。</translation>
    </message>
    <message>
        <source>The subscription succeeded, but no NOTIFY will be sent because the state has not changed (conditional event notification).</source>
        <translation>订阅成功，但由于状态没有变化，不会发送 NOTIFY（条件事件通知）。</translation>
    </message>
    <message>
        <source>Multiple Choices</source>
        <translation>多重选择</translation>
    </message>
    <message>
        <source>It contains several Contact header fields: the location server returned several possible locations, expressed as multiple SIP URIs in the Request-URI.</source>
        <translation>它包含多个联系人的报头字段，说明该位置服务器返回多个可能的位置，并在Request-URI中用多个SIP URI表示。</translation>
    </message>
    <message>
        <source>Contact (the new location or locations)</source>
        <translation>Contact（新的一个或多个位置）</translation>
    </message>
    <message>
        <source>ACKs it (for INVITE, same branch) and, if it follows redirects, sends a new request to the Contact addresses with CSeq + 1 (RFC 3261 8.1.3.4).</source>
        <translation>对其回 ACK（对 INVITE，同一 branch），若允许重定向，则向 Contact 中的地址发新请求，CSeq 加 1（RFC 3261 8.1.3.4）。</translation>
    </message>
    <message>
        <source>ACKs it hop by hop; if it recurses it tries the Contact addresses itself, else keeps it as a candidate best response (RFC 3261 16.5, 16.7 step 4).</source>
        <translation>逐跳回 ACK；若递归，则自己尝试 Contact 中的地址，否则把它作为最佳响应的候选（RFC 3261 16.5、16.7 第 4 步）。</translation>
    </message>
    <message>
        <source>The alternatives are listed in Contact header fields of the response, not in a Request-URI (RFC 3261 21.3.1); the UAC (or a recursing proxy) tries them.</source>
        <translation>备选地址列在响应的 Contact 头字段中，而不是 Request-URI 中（RFC 3261 21.3.1）；由 UAC（或递归的代理）逐个尝试。</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>永久移动</translation>
    </message>
    <message>
        <source>This redirect response carries the callee&apos;s new permanent URI in the Contact header field.
The address can be saved and used in later INVITE requests.</source>
        <translation>这种重定向响应在Contact头字段中包含着被叫方的新的永久性的URI。
位置地址可以被保存，并在以后的INVITE请求中使用。</translation>
    </message>
    <message>
        <source>Moved Temporarily</source>
        <translation>临时移动</translation>
    </message>
    <message>
        <source>This response contains a URI that is currently valid but not permanent.
That is, the address is valid for a specified limited time.</source>
        <translation>该响应包含一个URI，该URI是当前有效的，但不是永久的。
也就是该URI位置地址在指定的特殊时间内是有效的 。</translation>
    </message>
    <message>
        <source>How long the new address is valid is given by an Expires header field or the expires parameter of the Contact (RFC 3261 21.3.3).</source>
        <translation>新地址的有效期由 Expires 头字段或 Contact 的 expires 参数给出（RFC 3261 21.3.3）。</translation>
    </message>
    <message>
        <source>Use Proxy</source>
        <translation>使用代理</translation>
    </message>
    <message>
        <source>This response contains a URI pointing to a proxy server that holds authentication information about the caller.
It may be sent by the UAS proxy server of the incoming call.</source>
        <translation>这个响应包含一个URI，该URI指向具有对呼叫方有认证信息的代理服务器。
这种响应可以由发出来电的UAS代理服务器发送。</translation>
    </message>
    <message>
        <source>RFC 3261 21.3.4: the requested resource MUST be accessed through the proxy given by the Contact field, and 305 MUST only be generated by UASs. For security reasons UACs often do not follow it automatically.</source>
        <translation>RFC 3261 21.3.4：被请求的资源“必须”通过 Contact 中给出的代理访问，且 305 “只能”由 UAS 生成。出于安全原因，UAC 常常不会自动遵循它。</translation>
    </message>
    <message>
        <source>Alternative Service</source>
        <translation>可替代服务</translation>
    </message>
    <message>
        <source>This response returns a URI indicating the type of service the callee prefers.
For example, a call may be redirected to a voicemail service.</source>
        <translation>这个响应返回一个URI，该URI指示被叫方希望的服务类型。
例如，一个通话可以被重新定向到一个语音信箱的服务。</translation>
    </message>
    <message>
        <source>RFC 3261 21.3.5: the call did not succeed, but alternative services are possible; they are described in the message body, not as a plain redirect.</source>
        <translation>RFC 3261 21.3.5：呼叫未成功，但可以使用替代服务；替代服务在消息体中描述，而不是简单的重定向。</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <source>This indicates that the server did not understand the request.
The request may be missing a required header field such as To, From, Call-ID or CSeq.</source>
        <translation>这表明该请求不被服务器理解。
请求可能是缺少必要的头字段，例如To, From, Call-ID, 或 CSeq。</translation>
    </message>
    <message>
        <source>ACKs it (for INVITE, same branch, hop by hop) and reports the failure; retries only after fixing what the code names.</source>
        <translation>对其回 ACK（对 INVITE，同一 branch，逐跳），并报告失败；只有在修正响应码指出的问题后才重试。</translation>
    </message>
    <message>
        <source>ACKs it hop by hop and keeps it as a candidate; when all branches are done it forwards the best final response (RFC 3261 16.7 step 6).</source>
        <translation>逐跳回 ACK 并作为候选；所有分支结束后转发最佳的最终响应（RFC 3261 16.7 第 6 步）。</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>未经授权</translation>
    </message>
    <message>
        <source>It indicates that the request requires user authentication.
401 Unauthorized usually answers a registration request and is sent by the proxy server.
The response contains a WWW-Authenticate header field, which asks the caller for the right credentials.
The REGISTER is then sent again with the user&apos;s correct credentials.</source>
        <translation>说明该请求要求用户进行认证。
401 Unauthorized 通常回应的是注册请求，由代理服务器发送。
该响应包含WWW-Authenticate身份验证头字段，该字段表明从主叫那里获得正确的凭据请求。
随后，REGISTER将重发，并包含着用户的正确的凭据。</translation>
    </message>
    <message>
        <source>WWW-Authenticate (MUST)</source>
        <translation>WWW-Authenticate（必须）</translation>
    </message>
    <message>
        <source>Retries the request with an Authorization header computed from the challenge (Digest, RFC 2617/8760), a new branch and CSeq + 1 (RFC 3261 22.2, 8.1.3.5); gives up if it has no credentials.</source>
        <translation>按质询计算 Authorization 头（Digest，RFC 2617/8760），用新的 branch、CSeq 加 1 重发请求（RFC 3261 22.2、8.1.3.5）；若没有凭据则放弃。</translation>
    </message>
    <message>
        <source>Forwards it upstream; when several branches answer 401/407 it merges all their challenges into one response (RFC 3261 16.7 step 7).</source>
        <translation>向上游转发；若多个分支都回 401/407，则把所有质询合并到一个响应中（RFC 3261 16.7 第 7 步）。</translation>
    </message>
    <message>
        <source>401 is sent by UASs and registrars (RFC 3261 21.4.2); a proxy challenges with 407 Proxy Authentication Required instead (22.3). The retried request carries the credentials in an Authorization header and CSeq + 1.</source>
        <translation>401 由 UAS 和注册服务器发送（RFC 3261 21.4.2）；代理服务器要求认证时用 407（22.3）。重发的请求在 Authorization 头中携带凭据，且 CSeq 加 1。</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止</translation>
    </message>
    <message>
        <source>403 Forbidden means the proxy server understood the request and matched it correctly, but refuses to serve it.
This response must not be used when authorization is needed.</source>
        <translation>403 Forbidden 说明代理服务器已经理解请求，并正确匹配请求，但不能提供该请求的服务。
这种响应在需要授权时不能使用。</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>404 Not Found means the SIP URI user identified in the Request-URI was not found at the server.</source>
        <translation>404 Not Found表明在服务器中没有找到该请求URI标识中的SIP URI用户。</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>不允许的方法</translation>
    </message>
    <message>
        <source>It means the server or user agent received and understood the request but cannot carry it out.
For example, a user agent may answer 405 when a registration request is sent to it.
The Allow header field is required in the message; it tells the UAC which methods are acceptable.</source>
        <translation>说明服务器或用户代理已收到并理解该请求，但不能执行该请求。
例如：当注册请求被发送到用户代理端时，用户代理可响应405。
在消息头中，Allow 域是必需的，它告诉UAC什么方法是可以接受的。</translation>
    </message>
    <message>
        <source>Allow (MUST)</source>
        <translation>Allow（必须）</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>This response means the request cannot be handled as its message requires.
The Accept header field of the request lists none of the options the UAS supports.</source>
        <translation>该响应说明不能按照该请求消息中的规定来处理。
在请求中的Accept头域中没有包含UAS支持的任何选项。</translation>
    </message>
    <message>
        <source>Proxy Authentication Required</source>
        <translation>需要代理身份验证</translation>
    </message>
    <message>
        <source>Sent by a proxy server, it means the UAC must first authenticate itself before the request can be processed.
The Proxy-Authenticate header field of the response should say what kind of credentials are needed.
The request may be submitted again with the correct credentials in the Proxy-Authenticate header field.</source>
        <translation>由代理服务器发送该请求说明UAC必须首先验证自身的请求后才可以被处理。
响应消息的Proxy-Authenticate头字段中应包含所需凭据的类型信息。
该请求可以被重新提交，并在Proxy-Authenticate头字段中包含正确的凭据。</translation>
    </message>
    <message>
        <source>Proxy-Authenticate (MUST)</source>
        <translation>Proxy-Authenticate（必须）</translation>
    </message>
    <message>
        <source>ACKs the 407 (same branch), then retries with a Proxy-Authorization header answering the challenge, a new branch and CSeq + 1 (RFC 3261 22.3, 8.1.3.5).</source>
        <translation>对 407 回 ACK（同一 branch），然后带上回应质询的 Proxy-Authorization 头、新的 branch、CSeq 加 1 重发（RFC 3261 22.3、8.1.3.5）。</translation>
    </message>
    <message>
        <source>Forwards it upstream (merging challenges of several branches, RFC 3261 16.7 step 7); a downstream proxy&apos;s challenge is answered by the UAC, not by this proxy.</source>
        <translation>向上游转发（多个分支的质询合并，RFC 3261 16.7 第 7 步）；下游代理的质询由 UAC 回答，而不是由本代理回答。</translation>
    </message>
    <message>
        <source>The resubmitted request carries the credentials in Proxy-Authorization, not Proxy-Authenticate (RFC 3261 22.3); Proxy-Authenticate is the challenge in the 407 itself, and it MUST be present.</source>
        <translation>重发的请求在 Proxy-Authorization 头中携带凭据，而不是 Proxy-Authenticate（RFC 3261 22.3）；Proxy-Authenticate 是 407 本身携带的质询，且“必须”出现。</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>This response is sent when the response time exceeds the period given in the Expires header field of the INVITE request.
It can be sent by a proxy server or a user agent.
The UAC may retry the request at any time.</source>
        <translation>当响应时间超过INVITE请求的Expires头域字段中指定的时间段时，该响应被发送。
它可以由代理服务器或用户代理发送。
该请求可以在任何时候由UAC重试。</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.9: the server could not produce a response within a suitable amount of time, for example because it could not find the user in time. A stateful proxy also generates 408 when a branch gets no final response (Timer B, Timer C; 16.7 step 6, 16.8). A client transaction timeout is reported to the UAC as if a 408 had arrived (8.1.3.1), with nothing on the wire. The UAC MAY repeat the request unchanged later.</source>
        <translation>RFC 3261 21.4.9：服务器不能在合适的时间内产生响应，例如未能及时找到用户。有状态代理在某个分支收不到最终响应时（定时器 B、定时器 C；16.7 第 6 步、16.8）也会生成 408。客户端事务超时会当作收到 408 报告给 UAC（8.1.3.1），线路上并没有消息。UAC 之后“可以”不作修改地重发请求。</translation>
    </message>
    <message>
        <source>The user existed once but is no longer available here, and no forwarding address is known.</source>
        <translation>该用户曾经存在，但在这里已不再可用，且没有已知的转发地址。</translation>
    </message>
    <message>
        <source>The precondition of a conditional request (PUBLISH with SIP-If-Match) was not met: the entity tag is unknown.</source>
        <translation>条件请求（带 SIP-If-Match 的 PUBLISH）的前提条件不满足：实体标签未知。</translation>
    </message>
    <message>
        <source>The request body is larger than the server is willing to process; Retry-After may say the condition is temporary.</source>
        <translation>请求消息体超过服务器愿意处理的大小；Retry-After 可以说明这是暂时的。</translation>
    </message>
    <message>
        <source>The Request-URI is longer than the server is willing to interpret.</source>
        <translation>Request-URI 超过服务器愿意解析的长度。</translation>
    </message>
    <message>
        <source>The body&apos;s format, encoding or language is not supported; the response lists what is (Accept, Accept-Encoding, Accept-Language).</source>
        <translation>不支持消息体的格式、编码或语言；响应中列出所支持的（Accept、Accept-Encoding、Accept-Language）。</translation>
    </message>
    <message>
        <source>Accept, Accept-Encoding or Accept-Language (MUST)</source>
        <translation>Accept、Accept-Encoding 或 Accept-Language（必须）</translation>
    </message>
    <message>
        <source>The scheme of the Request-URI is unknown to the server.</source>
        <translation>服务器不认识 Request-URI 的 URI 方案。</translation>
    </message>
    <message>
        <source>The Resource-Priority header names a namespace or priority value the server does not understand.</source>
        <translation>Resource-Priority 头中的命名空间或优先级值服务器无法理解。</translation>
    </message>
    <message>
        <source>Accept-Resource-Priority (SHOULD)</source>
        <translation>Accept-Resource-Priority（应该）</translation>
    </message>
    <message>
        <source>The server does not understand an option tag in Proxy-Require or Require; the response lists them in Unsupported.</source>
        <translation>服务器不理解 Proxy-Require 或 Require 中的选项标签；响应在 Unsupported 中列出它们。</translation>
    </message>
    <message>
        <source>Unsupported (MUST)</source>
        <translation>Unsupported（必须）</translation>
    </message>
    <message>
        <source>The UAS needs an extension that the request did not declare support for; Require lists it.</source>
        <translation>UAS 需要某个扩展，而请求没有声明支持；Require 中列出该扩展。</translation>
    </message>
    <message>
        <source>Require (MUST)</source>
        <translation>Require（必须）</translation>
    </message>
    <message>
        <source>Session Timer Interval Too Small</source>
        <translation>会话定时器间隔太小</translation>
    </message>
    <message>
        <source>This response is used to reject a request that contains a Session-Expires header field.
The smallest allowed interval is given in the Min-SE header field of the request.
The caller may try again without a Session-Expires header field or with an interval greater than or equal to the given minimum.</source>
        <translation>该响应被用来处理拒绝含有Session-Expires头字段的请求。
允许的最小间隔被表示在所请求的Min-SE头字段中。
主叫方可以重新尝试，当没有会话Expires头字段或间隔时间值大于或等于规定的最小值时。</translation>
    </message>
    <message>
        <source>Min-SE (MUST)</source>
        <translation>Min-SE（必须）</translation>
    </message>
    <message>
        <source>Retries with Session-Expires (and Min-SE) at least the Min-SE of the response, a new branch and CSeq + 1 (RFC 4028 7.4).</source>
        <translation>把 Session-Expires（及 Min-SE）提高到不小于响应中的 Min-SE，用新的 branch、CSeq 加 1 重发（RFC 4028 7.4）。</translation>
    </message>
    <message>
        <source>The RFC 4028 reason phrase is &quot;Session Interval Too Small&quot;. The minimum is in the Min-SE header field of the 422 response (it MUST be there), and the request is rejected only because its Session-Expires is below that minimum. The retry sets Session-Expires &gt;= Min-SE.</source>
        <translation>RFC 4028 中的原因短语是“Session Interval Too Small”。最小值在 422 响应的 Min-SE 头字段中（“必须”携带），请求被拒绝只是因为其 Session-Expires 低于该最小值。重试时 Session-Expires 不小于 Min-SE。</translation>
    </message>
    <message>
        <source>Interval Too Brief</source>
        <translation>间隔太短</translation>
    </message>
    <message>
        <source>This response means the refresh time (or lifetime) of the resource set in the request is too short; a proxy server can use it to reject registrations whose Contact header field lifetime is too short.
The response must contain a Min-Expires header field giving the minimum lifetime, which the registering party should accept and adjust to.</source>
        <translation>该响应说明在请求中设置的资源刷新时间(或者有效时间)过短，可以用于代理服务器来拒绝那些Contact头域有效期过短的注册请求。
该响应必须包含Min-Expires头域并指出最小有效期，该注册者应该接受并修改。</translation>
    </message>
    <message>
        <source>Min-Expires (MUST)</source>
        <translation>Min-Expires（必须）</translation>
    </message>
    <message>
        <source>Retries the REGISTER (or SUBSCRIBE) with Expires at least Min-Expires and CSeq + 1 (RFC 3261 10.2.8).</source>
        <translation>以不小于 Min-Expires 的 Expires、CSeq 加 1 重发 REGISTER（或 SUBSCRIBE）（RFC 3261 10.2.8）。</translation>
    </message>
    <message>
        <source>It is the registrar (RFC 3261 10.3 step 7) that rejects a too-short expiry with 423, not a proxy; the UAC retries with Expires &gt;= Min-Expires.</source>
        <translation>用 423 拒绝过短有效期的是注册服务器（RFC 3261 10.3 第 7 步），而不是代理；UAC 以不小于 Min-Expires 的 Expires 重试。</translation>
    </message>
    <message>
        <source>The Alert-Info of the request (for example an emergency alert) is malformed or not understood.</source>
        <translation>请求中的 Alert-Info（例如紧急告警）格式错误或无法理解。</translation>
    </message>
    <message>
        <source>The server requires an Identity header and the request has none.</source>
        <translation>服务器要求 Identity 头，而请求中没有。</translation>
    </message>
    <message>
        <source>The referee must supply a valid Referred-By token; the REFER-triggered request lacked it.</source>
        <translation>被引用方必须提供有效的 Referred-By 令牌；由 REFER 触发的请求缺少它。</translation>
    </message>
    <message>
        <source>A specific flow to a user agent failed, though other flows may work (sent by an edge proxy to another proxy).</source>
        <translation>到某个用户代理的特定连接流失败，但其他流可能可用（由边缘代理发给另一个代理）。</translation>
    </message>
    <message>
        <source>The server refuses an anonymous request.</source>
        <translation>服务器拒绝匿名请求。</translation>
    </message>
    <message>
        <source>The Identity header&apos;s info parameter is unusable (cannot be fetched or is of an unsupported type).</source>
        <translation>Identity 头的 info 参数无法使用（无法获取或类型不受支持）。</translation>
    </message>
    <message>
        <source>The verifier cannot validate the certificate of the signer.</source>
        <translation>验证方无法验证签名者的证书。</translation>
    </message>
    <message>
        <source>The Identity signature does not verify.</source>
        <translation>Identity 签名校验失败。</translation>
    </message>
    <message>
        <source>The registrar supports outbound but the first-hop proxy does not, so the registration cannot use outbound.</source>
        <translation>注册服务器支持 outbound，但第一跳代理不支持，因此注册无法使用 outbound。</translation>
    </message>
    <message>
        <source>Forking was limited by Max-Breadth; no more branches could be created.</source>
        <translation>分叉受 Max-Breadth 限制，无法再创建分支。</translation>
    </message>
    <message>
        <source>The INFO request names an Info Package the receiver did not agree to.</source>
        <translation>INFO 请求使用了接收方未同意的 Info 包。</translation>
    </message>
    <message>
        <source>Recv-Info (MUST)</source>
        <translation>Recv-Info（必须）</translation>
    </message>
    <message>
        <source>The target has not given permission to receive requests relayed this way.</source>
        <translation>目标尚未同意接收以这种方式转发的请求。</translation>
    </message>
    <message>
        <source>Temporarily Unavailable</source>
        <translation>暂时不可用</translation>
    </message>
    <message>
        <source>This response means the request reached the callee correctly, but the callee is temporarily unavailable for some reason and declines.
The response should contain a Retry-After header saying when the request can be satisfied.</source>
        <translation>该响应说明请求已正确到达被叫方，但因被叫方有一些暂时不可用的原因而拒绝。
该响应应包含一个Retry-After头，表明何时请求可以得到满足。</translation>
    </message>
    <message>
        <source>Retry-After (MAY)</source>
        <translation>Retry-After（可选）</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.18: the callee&apos;s end system was contacted but the callee is unavailable (not logged in, do-not-disturb...). Retry-After is optional (MAY); the reason phrase SHOULD say more. A redirect server also returns 480 for a known user with no current location.</source>
        <translation>RFC 3261 21.4.18：已联系到被叫的终端系统，但被叫当前不可用（未登录、免打扰等）。Retry-After 是可选的（“可以”）；原因短语“应该”说明更多信息。重定向服务器对已知但当前无位置的用户也返回 480。</translation>
    </message>
    <message>
        <source>Dialog/Transaction Does Not Exist</source>
        <translation>对话/事务不存在</translation>
    </message>
    <message>
        <source>This response means the UAS received the request but it matches no existing dialog or transaction.</source>
        <translation>该响应说明UAS接收到请求，但是没有和现存的对话或者事务匹配。</translation>
    </message>
    <message>
        <source>For a request inside a dialog, the UAC terminates the dialog (RFC 3261 12.2.1.2); for a CANCEL, the INVITE it meant was already gone.</source>
        <translation>对话内请求收到 481 时，UAC 终止该对话（RFC 3261 12.2.1.2）；对 CANCEL 而言，说明要取消的 INVITE 已不存在。</translation>
    </message>
    <message>
        <source>The RFC 3261 reason phrase is &quot;Call/Transaction Does Not Exist&quot;. Typical cases: a BYE or re-INVITE for an unknown dialog, or a CANCEL matching no transaction (9.2). A UAC that gets 481 to a request in a dialog considers the dialog terminated (12.2.1.2).</source>
        <translation>RFC 3261 的原因短语是“Call/Transaction Does Not Exist”。典型情况：针对未知对话的 BYE 或 re-INVITE，或不匹配任何事务的 CANCEL（9.2）。UAC 在对话内的请求收到 481 时，认为对话已终止（12.2.1.2）。</translation>
    </message>
    <message>
        <source>The server found a loop: the request came back to it with the same branch computation (RFC 3261 16.3 step 4).</source>
        <translation>服务器检测到环路：请求带着相同的 branch 计算结果回到了它（RFC 3261 16.3 第 4 步）。</translation>
    </message>
    <message>
        <source>Too Many Hops</source>
        <translation>太多的跳数</translation>
    </message>
    <message>
        <source>This response means the request has been forwarded as many times as allowed, a limit set by the Max-Forwards header of the request.
Max-Forwards: 0 in the request, that is the value 0, indicates that the forwarding limit has been reached.</source>
        <translation>此响应说明请求已被转发的次数已达到上限，该判断由请求的Max-Forwards头来设置。
请求中Max-Forward：0，即数值为0来表示达到最大转发。</translation>
    </message>
    <message>
        <source>A proxy that receives a request with Max-Forwards 0 MUST NOT forward it and answers 483 (RFC 3261 16.3 step 3; an OPTIONS it may answer itself, 11). A UAS receiving Max-Forwards 0 processes the request normally (RFC 4475 3.3.11). The header is Max-Forwards.</source>
        <translation>代理收到 Max-Forwards 为 0 的请求时“不得”转发，并回 483（RFC 3261 16.3 第 3 步；对 OPTIONS 可以自己应答，11）。UAS 收到 Max-Forwards 为 0 的请求时照常处理（RFC 4475 3.3.11）。头字段名为 Max-Forwards。</translation>
    </message>
    <message>
        <source>The Request-URI is incomplete (for example overlap dialling); more digits are needed.</source>
        <translation>Request-URI 不完整（例如重叠拨号），需要更多号码。</translation>
    </message>
    <message>
        <source>The Request-URI is ambiguous; the response may list the possible addresses in Contact.</source>
        <translation>Request-URI 有歧义；响应可以在 Contact 中列出可能的地址。</translation>
    </message>
    <message>
        <source>Busy Here</source>
        <translation>忙，占线</translation>
    </message>
    <message>
        <source>This response means the user agent is busy and cannot accept the call.</source>
        <translation>该响应说明用户代理正在忙，不能接受呼叫。</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.24: the callee&apos;s end system was contacted but the callee is not willing or able to take another call at this end system; another location (voicemail) may still work, unlike 600 Busy Everywhere. Retry-After MAY say when to call back.</source>
        <translation>RFC 3261 21.4.24：已联系到被叫终端，但被叫在该终端上不愿或不能再接一个呼叫；与 600 全局忙不同，其他位置（如语音信箱）仍可能接通。可以用 Retry-After 说明何时再呼。</translation>
    </message>
    <message>
        <source>Request Terminated</source>
        <translation>请求终止</translation>
    </message>
    <message>
        <source>This response is sent when the user ends the INVITE request with CANCEL.
A 200 OK acknowledges the CANCEL, and 487 Request Terminated cancels the INVITE request.</source>
        <translation>该响应会被发送，当用户CANCEL来结束INVITE请求时。
200 OK消息用来确认CANCEL消息，用487 Request Terminated来取消INVITE请求。</translation>
    </message>
    <message>
        <source>The 200 OK to CANCEL is hop by hop: each proxy answers the CANCEL itself and sends its own CANCEL downstream (RFC 3261 9.2, 16.10). The 487 answers the INVITE and is ACKed hop by hop.</source>
        <translation>对 CANCEL 的 200 OK 是逐跳的：每个代理自己应答 CANCEL，并向下游发送自己的 CANCEL（RFC 3261 9.2、16.10）。487 是对 INVITE 的应答，并逐跳地被 ACK。</translation>
    </message>
    <message>
        <source>Some aspect of the session description is not acceptable at this UAS only; Warning may say why.</source>
        <translation>会话描述的某些方面只是在本 UAS 不被接受；Warning 可以说明原因。</translation>
    </message>
    <message>
        <source>The event package in SUBSCRIBE or NOTIFY is not understood.</source>
        <translation>SUBSCRIBE 或 NOTIFY 中的事件包无法理解。</translation>
    </message>
    <message>
        <source>Allow-Events (MUST)</source>
        <translation>Allow-Events（必须）</translation>
    </message>
    <message>
        <source>The UAS has a pending request in the same dialog (glare, for example two re-INVITEs crossing); retry after a random delay (14.1).</source>
        <translation>UAS 在同一对话中有一个未完成的请求（冲突，例如两个 re-INVITE 交叉）；在随机延时后重试（14.1）。</translation>
    </message>
    <message>
        <source>The request has an encrypted S/MIME body the UAS cannot decrypt.</source>
        <translation>请求带有 UAS 无法解密的 S/MIME 加密消息体。</translation>
    </message>
    <message>
        <source>The server requires a security mechanism agreement (Security-Server lists what it supports).</source>
        <translation>服务器要求先协商安全机制（Security-Server 列出它支持的机制）。</translation>
    </message>
    <message>
        <source>Security-Server (MUST)</source>
        <translation>Security-Server（必须）</translation>
    </message>
    <message>
        <source>Server Internal Error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <source>500 means the server hit some error and cannot process the request.
It is a server failure; it tells the client it may retry the request after a while.</source>
        <translation>500表示服务器发生了某种错误，从而不能处理请求。
它是一种服务器故障，指示客户端过一段时间后可以再次重试请求。</translation>
    </message>
    <message>
        <source>ACKs it (for INVITE) and reports the failure; may retry after Retry-After or at another server.</source>
        <translation>对其回 ACK（对 INVITE）并报告失败；可以在 Retry-After 之后或向其他服务器重试。</translation>
    </message>
    <message>
        <source>ACKs it hop by hop and keeps it as a candidate (a lone 503 becomes 500); it may try another target (RFC 3261 16.7 step 6).</source>
        <translation>逐跳回 ACK 并作为候选（单独的 503 变为 500）；可以尝试其他目标（RFC 3261 16.7 第 6 步）。</translation>
    </message>
    <message>
        <source>RFC 3261 21.5.1: the client MAY display the condition and MAY retry the request after several seconds; a Retry-After header may say when.</source>
        <translation>RFC 3261 21.5.1：客户端“可以”显示该错误，并“可以”在几秒后重试；Retry-After 头可以说明何时重试。</translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>It indicates the server cannot carry out the request because it does not support it.
This response is used to reject requests with an unknown method.</source>
        <translation>它表明服务器无法执行，因为它不支持处理该请求。
该响应被用来拒绝含有未知方法的请求。</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>错误的网关</translation>
    </message>
    <message>
        <source>The server, acting as a gateway or proxy, received an invalid response from a downstream server (to a request this server forwarded downstream in order to fulfil the request).
This indicates some other network problem prevents the request from being processed.</source>
        <translation>如果服务器作为网关或者代理存在，从下行服务器上接收到了一个非法的应答（这个应答对应的请求是本服务器为了完成请求而转发给下行服务器的）
这表明有其他的一些网络问题使请求不能被处理。</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>This response means the requested service is temporarily unavailable.
The server may add a Retry-After to the response to let the client retry the request. The client may retry only after the Retry-After time has passed.</source>
        <translation>该响应说明所请求的服务是暂时不可用。
服务器可以在应答中增加一个Retry-After来让客户端重试这个请求。客户端在Retry-After头字段期满之后才能进行重试。</translation>
    </message>
    <message>
        <source>Waits for Retry-After and retries with a new branch and CSeq + 1, or tries another server (RFC 3261 21.5.4, RFC 3263).</source>
        <translation>等待 Retry-After 后用新的 branch、CSeq 加 1 重试，或改试其他服务器（RFC 3261 21.5.4、RFC 3263）。</translation>
    </message>
    <message>
        <source>Treats it as a failed branch and may try another target; if 503 is the only response it forwards 500 instead (RFC 3261 16.7 step 6).</source>
        <translation>视为失败的分支，可以尝试其他目标；若 503 是唯一的响应，则改发 500（RFC 3261 16.7 第 6 步）。</translation>
    </message>
    <message>
        <source>A proxy that receives 503 as its only response SHOULD send 500 upstream instead (RFC 3261 16.7 step 6), so a UAC behind a proxy rarely sees a 503 from a UAS. Without Retry-After the client may fail over to another server (RFC 3263).</source>
        <translation>代理若只收到 503，“应该”向上游发送 500 来代替（RFC 3261 16.7 第 6 步），因此经过代理的 UAC 很少看到来自 UAS 的 503。没有 Retry-After 时，客户端可以改试其他服务器（RFC 3263）。</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>网关超时</translation>
    </message>
    <message>
        <source>This response means the server did not receive a timely response from an external server it accessed in order to process the request. If the Expires header field of the request received from the upstream server has expired, a 408 (Request Timeout) error should be returned instead.
It is a server-error response, caused by the server getting no answer from a resource outside the SIP network.</source>
        <translation>该响应说明服务器在一个外部服务器上没有收到一个及时的应答。这个外部服务器是本服务器用来访问处理这个请求所需要的。如果从上行服务器上收到的请求中的Expires头域超时，那么应当返回一个408（Request TimeOut）错误。
它是一个服务器错误类响应，是因为服务器访问SIP网络以外的资源未能得到响应引起的。</translation>
    </message>
    <message>
        <source>The RFC 3261 reason phrase is &quot;Server Time-out&quot; (the article uses HTTP&apos;s &quot;Gateway Timeout&quot;). The external server may be a location server or DNS, not only a gateway.</source>
        <translation>RFC 3261 的原因短语是“Server Time-out”（原文用的是 HTTP 的“Gateway Timeout”）。外部服务器可以是位置服务器或 DNS，不只是网关。</translation>
    </message>
    <message>
        <source>Version Not Supported</source>
        <translation>版本不支持</translation>
    </message>
    <message>
        <source>This response means the server does not support the SIP version used.
At present SIP 2.0 is the only implemented version.</source>
        <translation>该响应说明服务器不支持对应的SIP版本。
目前SIP2.0版是唯一的实现版本。</translation>
    </message>
    <message>
        <source>Message Too Large</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <source>This response means the request cannot be processed because the message is longer than the server can handle.</source>
        <translation>此响应说明无法处理请求，因为消息长度超过了处理的长度。</translation>
    </message>
    <message>
        <source>The push notification service named in the request is not supported.</source>
        <translation>不支持请求中指定的推送通知服务。</translation>
    </message>
    <message>
        <source>Preconditions Failure</source>
        <translation>前提条件失败</translation>
    </message>
    <message>
        <source>This response means the request is rejected because the preconditions required in the SDP cannot be met.</source>
        <translation>此响应说明SDP中需要的前提条件不能得到满足而拒绝请求。</translation>
    </message>
    <message>
        <source>580 is defined by RFC 3312 (preconditions), not RFC 3261, and its reason phrase is &quot;Precondition Failure&quot;.</source>
        <translation>580 由 RFC 3312（前提条件）定义，不是 RFC 3261，其原因短语是“Precondition Failure”。</translation>
    </message>
    <message>
        <source>Busy Everywhere</source>
        <translation>任意占线</translation>
    </message>
    <message>
        <source>This response may be used only when the end system knows that no other end point (such as a voicemail system) can reach this user. Otherwise a 486 (Busy Here) response should be returned.</source>
        <translation>只有当终端系统知道没有其他终端节点（比如语音邮箱系统）能 够访问到这个用户的时候才能使用这个应答。否则应当返回一个486（Busy Here）的应答。</translation>
    </message>
    <message>
        <source>ACKs it (for INVITE) and gives up: no other location will succeed.</source>
        <translation>对其回 ACK（对 INVITE）并放弃：其他位置也不会成功。</translation>
    </message>
    <message>
        <source>ACKs it hop by hop, cancels all pending branches and forwards the 6xx (RFC 3261 16.7 steps 5, 10).</source>
        <translation>逐跳回 ACK，取消所有未完成的分支并转发 6xx（RFC 3261 16.7 第 5、10 步）。</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>This response indicates that the callee is busy, or simply does not want to accept the call.</source>
        <translation>该响应表明被叫方占线，或者干脆不希望接通呼叫。</translation>
    </message>
    <message>
        <source>RFC 3261 21.6.2: the callee&apos;s machine was contacted but the user explicitly does not wish to or cannot participate. It does not mean busy (busy is 486 or 600). Retry-After MAY say when the user is available.</source>
        <translation>RFC 3261 21.6.2：已联系到被叫的设备，但用户明确不愿意或不能参与。它并不表示占线（占线是 486 或 600）。可以用 Retry-After 说明用户何时有空。</translation>
    </message>
    <message>
        <source>Does Not Exist Anywhere</source>
        <translation>不存在任何地方</translation>
    </message>
    <message>
        <source>This response is like 404 Not Found, but means the user in the Request-URI cannot be found anywhere.
It should be sent only by a server that has access to all information about the user.</source>
        <translation>该响应类似于404未找到的响应，但表示在Request-URI中的用户不能在任何地方找到。
该反应应该仅由具有访问所有相关用户信息的服务器发送。</translation>
    </message>
    <message>
        <source>This response means a UA was contacted successfully, but some aspects of the session description, such as the requested media, bandwidth or addressing style, were not acceptable.
It means the user wishes to communicate but cannot adequately support the session description.
The Warning header field may contain a list of reasons explaining why the session description cannot be supported.</source>
        <translation>该响应说明成功联系到一个UA,但是会话描述的一些部分比如请求的媒体，带宽，或者地址类型不被接收。
该响应意味着用户希望通讯，但是不能充分支持会话描述。
可以在Warning头域中包含一个原因列表，用于解释为何会话描述不能被支持。</translation>
    </message>
    <message>
        <source>Warning (MAY, the reasons)</source>
        <translation>Warning（可选，说明原因）</translation>
    </message>
    <message>
        <source>The called party does not want this call (for example an unwanted robocall); the network may learn from it.</source>
        <translation>被叫方不想要这个呼叫（例如骚扰电话）；网络可以据此学习。</translation>
    </message>
    <message>
        <source>An intermediary rejected the call on the user&apos;s behalf (for example a call-blocking service); a Call-Info may explain.</source>
        <translation>中间设备代表用户拒绝了呼叫（例如呼叫拦截服务）；Call-Info 可以加以说明。</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Informational (1xx) responses indicate call progress. They are normally end to end (except 100 Trying). Their main purpose is to stop retransmission of the INVITE request.</source>
        <translation>信息(1xx)响应用于指示呼叫过程。通常情况下，响应是端对端（除100尝试）。信息(1xx)的响应的主要目的是阻止INVITE请求的重发。</translation>
    </message>
    <message>
        <source>Used to indicate the status before the call completes; also called provisional responses.</source>
        <translation>用来只是呼叫完成前的状态，也被称为临时响应。</translation>
    </message>
    <message>
        <source>A provisional response never completes a transaction; a UAC still waits for a final one. Over UDP, a 1xx other than 100 is not retransmitted unless sent reliably (RFC 3262).</source>
        <translation>临时响应从不结束事务，UAC 仍等待最终响应。在 UDP 上，除非可靠发送（RFC 3262），100 以外的 1xx 不会重传。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>This class of responses indicates that a request has been accepted.</source>
        <translation>此类响应是用于指示一个请求已被接受。</translation>
    </message>
    <message>
        <source>The request was processed successfully. For an INVITE, it should be answered with ACK; otherwise it means stop retransmitting the request.</source>
        <translation>请求处理成功。如果是INVITE消息的，应回应ACK消息;否则表示停止重发请求。</translation>
    </message>
    <message>
        <source>The ACK for a 2xx to INVITE is a separate end-to-end transaction sent by the UAC core along the route set (RFC 3261 13.2.2.4, 17.1.1.3); the UAS retransmits the 2xx until it arrives.</source>
        <translation>对 INVITE 的 2xx 的 ACK 由 UAC 核心沿路由集端到端发送，是一个独立的事务（RFC 3261 13.2.2.4、17.1.1.3）；UAS 会重传 2xx 直到收到 ACK。</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>These responses are usually sent by a redirect server in answer to an INVITE. They are also called redirection responses.</source>
        <translation>通常这类响应是由重定向服务器发送，来响应INVITE消息的。它们也被称为重定向类响应。</translation>
    </message>
    <message>
        <source>The server returns possible locations. The client should retry the request at another server.</source>
        <translation>服务器返回可用的位置。客户端应该重试请求到另一个服务器上。</translation>
    </message>
    <message>
        <source>The new locations are in the Contact header fields; the UAC (or a recursing proxy) sends a new request to them (RFC 3261 8.1.3.4, 16.5).</source>
        <translation>新位置在 Contact 头字段中；由 UAC（或递归的代理）向这些位置发送新请求（RFC 3261 8.1.3.4、16.5）。</translation>
    </message>
    <message>
        <source>Client Error</source>
        <translation>客户端错误</translation>
    </message>
    <message>
        <source>Client error responses indicate that the request cannot be fulfilled because of some error on the UAC side. The response codes are usually sent by the UAS. On receiving an error the client should modify the request based on the response and send it again. The important client error responses are discussed below.</source>
        <translation>客户端错误的响应表明，由于UAC端的一些错误使得请求不能得到满足。响应代码通常由UAS来发送。客户端在接收到出错消息时，应该基于该响应的描述进行修改并重新发送。下面讨论的是一些重要的客户端错误的响应。</translation>
    </message>
    <message>
        <source>The request failed because of a client error. The client may modify the request according to the response and retry.</source>
        <translation>请求失败，由于客户端的错误。客户端可以根据响应修改请求并重试。</translation>
    </message>
    <message>
        <source>Proxies send 4xx too (403, 404, 407, 408, 483...). A client SHOULD NOT retry the same request unmodified except where the code says so (RFC 3261 21.4).</source>
        <translation>代理也会发送 4xx（403、404、407、408、483 等）。除非该响应码另有说明，客户端“不应该”不加修改地重发同一请求（RFC 3261 21.4）。</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>服务器故障</translation>
    </message>
    <message>
        <source>This class of responses means the request could not be processed because of an error in the server; the server could not complete even an apparently valid request. These responses may include a Retry-After header field to indicate that a retry is possible at another address; since the request itself was not shown to be in error, retrying is the only sensible option. Some important server failure responses follow.</source>
        <translation>此类响应说明因服务器中的错误而不能处理发来的请求。显然对有效的请求服务器也无法完成。此类响应可包含一个Retry-After头字段，用来表明可以在其它地址进行重试，因为没有在请求中表明请求的错误，所以智能采用重试方法。一些重要的服务器故障响应如下。</translation>
    </message>
    <message>
        <source>The request failed because of a server error. The request may be retried at another server.</source>
        <translation>请求失败，由于服务器的错误。请求可以向另一台服务器重试。</translation>
    </message>
    <message>
        <source>Retry-After says when the same server may be tried again; trying another server is also possible (RFC 3261 21.5).</source>
        <translation>Retry-After 表示何时可以再试同一服务器；也可以改试其他服务器（RFC 3261 21.5）。</translation>
    </message>
    <message>
        <source>Global Failure</source>
        <translation>全局失败</translation>
    </message>
    <message>
        <source>This class of responses means the server knows the request will fail however it is tried, so it should not be sent anywhere else. It means the server has definitive information about the particular user, not only about the particular instance in the Request-URI. Some important responses follow.</source>
        <translation>此响应类表示服务器知道该请求无论怎样尝试都将会失败，所以，该请求不应该被发送到其他地方。这意味这服务器给特定用户有一个最终的信息，并不只是在Request-URI的特定实例有最终信息。 一些重要的响应的如下：</translation>
    </message>
    <message>
        <source>The request failed. It is a global error; the request should not be tried again at other servers.</source>
        <translation>请求失败。是全局性错误，该请求不应该向其他服务器再次尝试。</translation>
    </message>
    <message>
        <source>A proxy that receives a 6xx cancels all pending branches and forwards the 6xx (RFC 3261 16.7 steps 5 and 10).</source>
        <translation>代理收到 6xx 后取消所有未完成的分支，并转发该 6xx（RFC 3261 16.7 第 5、10 步）。</translation>
    </message>
    <message>
        <source>ACKs it (for INVITE, hop by hop) and reports the failure; it MAY send the same request again later without changes (RFC 3261 21.4.9).</source>
        <translation>对其回 ACK（对 INVITE，逐跳）并报告失败；之后“可以”不作修改地再次发送同一请求（RFC 3261 21.4.9）。</translation>
    </message>
    <message>
        <source>Absorbs it: a 100 is never forwarded upstream (RFC 3261 16.7 step 5).</source>
        <translation>吸收它：100 从不向上游转发（RFC 3261 16.7 第 5 步）。</translation>
    </message>
    <message>
        <source>100 Trying is a hop-by-hop response (the article says &quot;request&quot;). The INVITE server transaction sends it when the TU will not answer within 200 ms (RFC 3261 17.2.1); a stateful proxy sends it itself and never forwards one (16.7 step 5).</source>
        <translation>100 Trying 是逐跳的响应（原文写作“请求”）。当事务用户在 200 毫秒内不会应答时，INVITE 服务器事务发送它（RFC 3261 17.2.1）；有状态代理自己发送 100，且从不转发收到的 100（16.7 第 5 步）。</translation>
    </message>
    <message>
        <source>Forwards it upstream at once (except 100, which it absorbs; RFC 3261 16.7 step 5) and restarts Timer C for the branch (16.7 step 2).</source>
        <translation>立即向上游转发（100 除外，代理吸收 100；RFC 3261 16.7 第 5 步），并为该分支重置定时器 C（16.7 第 2 步）。</translation>
    </message>
    <message>
        <source>A provisional response with a To tag creates only an early dialog (RFC 3261 12.1, 13.2.2.1); the dialog is confirmed by a 2xx. Early media in 183 is usually sent reliably with PRACK (RFC 3262).</source>
        <translation>带 To 标签的临时响应只建立“早期对话”（RFC 3261 12.1、13.2.2.1），对话要到 2xx 才确认。183 携带的早期媒体通常用 PRACK 可靠传输（RFC 3262）。</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.1: the reason phrase SHOULD identify the syntax problem in more detail, for example &quot;Missing Call-ID header field&quot;.</source>
        <translation>RFC 3261 21.4.1：原因短语“应该”更详细地说明语法问题，例如“Missing Call-ID header field”。</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.4: the server understood the request but refuses it; authorization will not help, and the request SHOULD NOT be repeated. Any server (UAS or proxy) may send it.</source>
        <translation>RFC 3261 21.4.4：服务器理解请求但拒绝执行；认证也无济于事，请求“不应该”再重复。任何服务器（UAS 或代理）都可以发送。</translation>
    </message>
    <message>
        <source>RFC 3261 21.4.5: also sent when the domain in the Request-URI does not match any domain the server handles.</source>
        <translation>RFC 3261 21.4.5：当 Request-URI 中的域不属于服务器所负责的任何域时，也发送 404。</translation>
    </message>
    <message>
        <source>Allow (optional; required only in 405)</source>
        <translation>Allow（可选；只有 405 必须携带）</translation>
    </message>
    <message>
        <source>A proxy forwards requests with unknown methods (RFC 3261 16); only a UAS answers 501; RFC 3261 requires an Allow header only in a 405 (8.2.1, 21.4.6), though listing the supported methods in a 501 helps the client.</source>
        <translation>代理会转发未知方法的请求（RFC 3261 16）；只有 UAS 回 501。RFC 3261 只要求 405 携带 Allow 头（8.2.1、21.4.6），不过在 501 中列出支持的方法对客户端有帮助。</translation>
    </message>
</context>
<context>
    <name>SipLab::ResponseCodeModel</name>
    <message>
        <source>Article</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>IANA</source>
        <translation>IANA</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>响应码</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>原因短语</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SipLab::ResponseCodePanel</name>
    <message>
        <source>Search codes in English or Chinese…</source>
        <translation>用中文或英文搜索响应码…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Use this code</source>
        <translation>使用此响应码</translation>
    </message>
    <message>
        <source>Make the selected node return this code</source>
        <translation>让所选节点返回此响应码</translation>
    </message>
</context>
<context>
    <name>SipLab::Rules</name>
    <message>
        <source>The caller starts the call with an INVITE carrying its SDP offer</source>
        <translation>主叫用携带 SDP 提议的 INVITE 发起呼叫</translation>
    </message>
    <message>
        <source>The UAC sends the request the learner chose</source>
        <translation>UAC 发送学员选择的请求</translation>
    </message>
    <message>
        <source>The UA registers its contact address with the registrar</source>
        <translation>用户代理向注册服务器注册其联系地址</translation>
    </message>
    <message>
        <source>The UAC core acknowledges every 2xx to INVITE end to end, with a new branch, along the route set</source>
        <translation>UAC 核心对 INVITE 的每个 2xx 沿路由集端到端发送 ACK，使用新的 branch</translation>
    </message>
    <message>
        <source>A retransmitted 2xx reaches the UAC core, which sends the ACK again</source>
        <translation>重传的 2xx 到达 UAC 核心，UAC 再次发送 ACK</translation>
    </message>
    <message>
        <source>The caller hangs up: BYE inside the dialog, along the route set</source>
        <translation>主叫挂机：在对话内沿路由集发送 BYE</translation>
    </message>
    <message>
        <source>The 2xx crossed the CANCEL: the caller acknowledges it and ends the session with BYE</source>
        <translation>2xx 与 CANCEL 交错：主叫先确认 2xx，再用 BYE 结束会话</translation>
    </message>
    <message>
        <source>The caller gives up after a provisional response: CANCEL with the INVITE&apos;s branch and CSeq number</source>
        <translation>主叫在收到临时响应后放弃：发送 CANCEL，使用 INVITE 的 branch 和 CSeq 序号</translation>
    </message>
    <message>
        <source>A reliable provisional response must be acknowledged with PRACK carrying RAck</source>
        <translation>可靠的临时响应必须用携带 RAck 的 PRACK 确认</translation>
    </message>
    <message>
        <source>A re-INVITE inside the dialog changes the session (here: puts it on hold)</source>
        <translation>对话内的 re-INVITE 修改会话（此处为呼叫保持）</translation>
    </message>
    <message>
        <source>After a 3xx the UAC retries at the Contact address: new branch, CSeq + 1, same Call-ID</source>
        <translation>收到 3xx 后，UAC 向 Contact 地址重试：新的 branch，CSeq 加 1，Call-ID 不变</translation>
    </message>
    <message>
        <source>After a 401/407 the UAC retries with Digest credentials: CSeq + 1, same Call-ID and From tag</source>
        <translation>收到 401/407 后，UAC 携带 Digest 凭据重试：CSeq 加 1，Call-ID 和 From 标签不变</translation>
    </message>
    <message>
        <source>After 422 the UAC retries with Session-Expires raised to the Min-SE it was given</source>
        <translation>收到 422 后，UAC 把 Session-Expires 提高到所给的 Min-SE 并重试</translation>
    </message>
    <message>
        <source>After 423 the UA retries the REGISTER with an expiry at least Min-Expires</source>
        <translation>收到 423 后，用户代理以不小于 Min-Expires 的有效期重发 REGISTER</translation>
    </message>
    <message>
        <source>After 503 with Retry-After the UAC waits that long, then sends the request again as a new transaction</source>
        <translation>收到带 Retry-After 的 503 后，UAC 等待相应时间，再以新事务重发请求</translation>
    </message>
    <message>
        <source>The subscriber accepts the NOTIFY with 200 OK</source>
        <translation>订阅者用 200 OK 接受 NOTIFY</translation>
    </message>
    <message>
        <source>Timer A: no response yet on an unreliable transport, so the INVITE is sent again (interval doubles)</source>
        <translation>定时器 A：在不可靠传输上尚未收到响应，因此重发 INVITE（间隔加倍）</translation>
    </message>
    <message>
        <source>Timer E: no final response yet on an unreliable transport, so the request is sent again</source>
        <translation>定时器 E：在不可靠传输上尚未收到最终响应，因此重发请求</translation>
    </message>
    <message>
        <source>Timer G: no ACK yet for the final response, so it is sent again</source>
        <translation>定时器 G：最终响应尚未得到 ACK，因此重发该响应</translation>
    </message>
    <message>
        <source>The UAS core retransmits the 2xx until the ACK arrives (T1 doubling up to T2)</source>
        <translation>UAS 核心重传 2xx，直到收到 ACK（间隔从 T1 加倍，最多到 T2）</translation>
    </message>
    <message>
        <source>A reliable provisional response is retransmitted until its PRACK arrives</source>
        <translation>可靠的临时响应会一直重传，直到收到对应的 PRACK</translation>
    </message>
    <message>
        <source>The INVITE client transaction acknowledges a 3xx-6xx itself, hop by hop, with the INVITE&apos;s branch</source>
        <translation>INVITE 客户端事务自己逐跳确认 3xx-6xx，ACK 使用 INVITE 的 branch</translation>
    </message>
    <message>
        <source>A retransmitted final response in Completed makes the client transaction send the ACK again</source>
        <translation>在 Completed 状态收到重传的最终响应，客户端事务再次发送 ACK</translation>
    </message>
    <message>
        <source>A retransmitted request makes the server transaction send its last response again</source>
        <translation>收到重传的请求，服务器事务重发最近一次的响应</translation>
    </message>
    <message>
        <source>The INVITE server transaction answers 100 Trying at once (hop by hop) since the final answer will take longer than 200 ms</source>
        <translation>最终应答将超过 200 毫秒，INVITE 服务器事务立即逐跳回 100 Trying</translation>
    </message>
    <message>
        <source>Timer B: no response to the INVITE within 64*T1; the transaction ends and the TU treats it as 408</source>
        <translation>定时器 B：64*T1 内 INVITE 没有任何响应；事务结束，事务用户按 408 处理</translation>
    </message>
    <message>
        <source>Timer F: no final response within 64*T1; the transaction ends and the TU treats it as 408</source>
        <translation>定时器 F：64*T1 内没有最终响应；事务结束，事务用户按 408 处理</translation>
    </message>
    <message>
        <source>Timer H: the ACK never came; the server transaction ends</source>
        <translation>定时器 H：始终没有收到 ACK；服务器事务结束</translation>
    </message>
    <message>
        <source>Timer D: the client transaction stops waiting for retransmitted final responses</source>
        <translation>定时器 D：客户端事务不再等待重传的最终响应</translation>
    </message>
    <message>
        <source>Timer K: the client transaction stops absorbing response retransmissions</source>
        <translation>定时器 K：客户端事务不再吸收重传的响应</translation>
    </message>
    <message>
        <source>Timer I: the server transaction stops absorbing ACK retransmissions</source>
        <translation>定时器 I：服务器事务不再吸收重传的 ACK</translation>
    </message>
    <message>
        <source>Timer J: the server transaction stops answering request retransmissions</source>
        <translation>定时器 J：服务器事务不再应答重传的请求</translation>
    </message>
    <message>
        <source>Timer C: the proxy&apos;s INVITE branch got no final response in time</source>
        <translation>定时器 C：代理的 INVITE 分支没有及时收到最终响应</translation>
    </message>
    <message>
        <source>Transaction state change</source>
        <translation>事务状态变化</translation>
    </message>
    <message>
        <source>The proxy forwards the request: Max-Forwards - 1, its own Via with a new branch, Record-Route if it stays in the path</source>
        <translation>代理转发请求：Max-Forwards 减 1，加上自己带新 branch 的 Via，若要留在路径中则加 Record-Route</translation>
    </message>
    <message>
        <source>The proxy removes its own Route value and forwards the in-dialog request along the route set</source>
        <translation>代理删除指向自己的 Route 值，沿路由集转发对话内请求</translation>
    </message>
    <message>
        <source>The proxy forwards the end-to-end ACK for the 2xx like any request, without a transaction</source>
        <translation>代理像转发普通请求一样转发 2xx 的端到端 ACK，不为它建立事务</translation>
    </message>
    <message>
        <source>The proxy forwards a 101-199 provisional response upstream at once, removing its Via</source>
        <translation>代理立即向上游转发 101-199 临时响应，并删除自己的 Via</translation>
    </message>
    <message>
        <source>The proxy forwards a 2xx upstream at once, removing its Via; it does not ACK it</source>
        <translation>代理立即向上游转发 2xx，并删除自己的 Via；代理不为它发 ACK</translation>
    </message>
    <message>
        <source>No client transaction matches (a retransmitted 2xx): the proxy forwards it statelessly</source>
        <translation>没有匹配的客户端事务（重传的 2xx）：代理无状态地转发它</translation>
    </message>
    <message>
        <source>All branches are done: the proxy sends the best final response upstream on its own server transaction (3xx-6xx go hop by hop)</source>
        <translation>所有分支都已结束：代理通过自己的服务器事务向上游发送最佳的最终响应（3xx-6xx 逐跳处理）</translation>
    </message>
    <message>
        <source>The only response was 503: the proxy sends 500 instead, since 503 would make the upstream element stop using it</source>
        <translation>唯一的响应是 503：代理改发 500，因为 503 会让上游网元停止使用本代理</translation>
    </message>
    <message>
        <source>No final response on any branch: the proxy must send 408 upstream</source>
        <translation>所有分支都没有最终响应：代理必须向上游发送 408</translation>
    </message>
    <message>
        <source>The proxy is responsible for the domain and recurses on the 3xx: it tries the Contact itself on a new branch</source>
        <translation>代理负责该域并对 3xx 递归：自己在新分支上尝试 Contact 地址</translation>
    </message>
    <message>
        <source>The proxy answers the CANCEL with 200 OK itself (hop by hop)</source>
        <translation>代理自己用 200 OK 应答 CANCEL（逐跳）</translation>
    </message>
    <message>
        <source>The proxy cancels each pending branch with a CANCEL of its own</source>
        <translation>代理用自己的 CANCEL 取消每个未完成的分支</translation>
    </message>
    <message>
        <source>Timer C fired on a branch that had a provisional response: the proxy cancels it</source>
        <translation>已收到临时响应的分支上定时器 C 超时：代理取消该分支</translation>
    </message>
    <message>
        <source>Max-Forwards reached 0: the proxy must not forward and answers 483</source>
        <translation>Max-Forwards 已为 0：代理不得转发，回 483</translation>
    </message>
    <message>
        <source>The proxy requires authentication: 407 with a Proxy-Authenticate challenge</source>
        <translation>代理要求认证：回带 Proxy-Authenticate 质询的 407</translation>
    </message>
    <message>
        <source>The proxy answers the request itself with the chosen code, acting as a UAS</source>
        <translation>代理以 UAS 的身份，用选定的响应码自己应答请求</translation>
    </message>
    <message>
        <source>The proxy acts as a redirect server: 3xx with the target&apos;s Contact</source>
        <translation>代理充当重定向服务器：回带目标 Contact 的 3xx</translation>
    </message>
    <message>
        <source>The registrar stores the binding and answers 200 OK listing the current contacts with their expiry</source>
        <translation>注册服务器保存绑定，回 200 OK 并列出当前的联系地址及其有效期</translation>
    </message>
    <message>
        <source>The registrar requires authentication: 401 with a WWW-Authenticate challenge</source>
        <translation>注册服务器要求认证：回带 WWW-Authenticate 质询的 401</translation>
    </message>
    <message>
        <source>The requested expiry is shorter than the registrar&apos;s minimum: 423 with Min-Expires</source>
        <translation>请求的有效期短于注册服务器的最小值：回带 Min-Expires 的 423</translation>
    </message>
    <message>
        <source>The UAS reports progress with the provisional response the learner chose (To tag added)</source>
        <translation>UAS 用学员选择的临时响应报告进展（加上 To 标签）</translation>
    </message>
    <message>
        <source>The UAS sends the provisional response reliably: Require: 100rel and RSeq</source>
        <translation>UAS 可靠地发送临时响应：Require: 100rel 和 RSeq</translation>
    </message>
    <message>
        <source>The UAS answers with the final response the learner chose</source>
        <translation>UAS 用学员选择的最终响应应答</translation>
    </message>
    <message>
        <source>The UAS accepts: 2xx with Contact, the Record-Route values copied and its SDP answer</source>
        <translation>UAS 接受呼叫：回 2xx，带 Contact、复制的 Record-Route 值和 SDP 应答</translation>
    </message>
    <message>
        <source>The UAS requires authentication: 401 with a WWW-Authenticate challenge</source>
        <translation>UAS 要求认证：回带 WWW-Authenticate 质询的 401</translation>
    </message>
    <message>
        <source>The UAS answers the CANCEL with 200 OK</source>
        <translation>UAS 用 200 OK 应答 CANCEL</translation>
    </message>
    <message>
        <source>The INVITE was cancelled before its final response: 487 Request Terminated</source>
        <translation>INVITE 在最终响应之前被取消：回 487 Request Terminated</translation>
    </message>
    <message>
        <source>The CANCEL matches no pending transaction: 481</source>
        <translation>CANCEL 不匹配任何未完成的事务：回 481</translation>
    </message>
    <message>
        <source>The BYE matches the dialog: the session ends and the UAS answers 200 OK</source>
        <translation>BYE 匹配该对话：会话结束，UAS 回 200 OK</translation>
    </message>
    <message>
        <source>The request matches no dialog: 481 Call/Transaction Does Not Exist</source>
        <translation>请求不匹配任何对话：回 481 Call/Transaction Does Not Exist</translation>
    </message>
    <message>
        <source>The callee hangs up: BYE inside the dialog, with its own CSeq</source>
        <translation>被叫挂机：在对话内发送 BYE，使用自己的 CSeq</translation>
    </message>
    <message>
        <source>The PRACK matches the reliable provisional response: 200 OK</source>
        <translation>PRACK 匹配可靠的临时响应：回 200 OK</translation>
    </message>
    <message>
        <source>The node answers this request with the code the learner chose for it</source>
        <translation>该节点用学员为此请求选择的响应码应答</translation>
    </message>
    <message>
        <source>The UAS answers the request</source>
        <translation>UAS 应答该请求</translation>
    </message>
    <message>
        <source>The UAS accepts the re-INVITE with 200 OK and its new SDP answer</source>
        <translation>UAS 用 200 OK 和新的 SDP 应答接受 re-INVITE</translation>
    </message>
    <message>
        <source>The Session-Expires is below this element&apos;s minimum: 422 with Min-SE</source>
        <translation>Session-Expires 低于本网元的最小值：回带 Min-SE 的 422</translation>
    </message>
    <message>
        <source>The server is unavailable for now: 503 with Retry-After</source>
        <translation>服务器暂时不可用：回带 Retry-After 的 503</translation>
    </message>
    <message>
        <source>The notifier sends NOTIFY at once to report the subscription&apos;s state</source>
        <translation>通知方立即发送 NOTIFY，报告订阅状态</translation>
    </message>
    <message>
        <source>No ACK for the 2xx within 64*T1: the dialog is confirmed but the UAS ends the session with BYE</source>
        <translation>64*T1 内没有收到 2xx 的 ACK：对话已确认，但 UAS 用 BYE 结束会话</translation>
    </message>
    <message>
        <source>The UA answers the BYE</source>
        <translation>用户代理应答 BYE</translation>
    </message>
    <message>
        <source>A provisional response with a To tag creates an early dialog</source>
        <translation>带 To 标签的临时响应建立早期对话</translation>
    </message>
    <message>
        <source>The 2xx confirms the dialog; the route set comes from Record-Route</source>
        <translation>2xx 确认对话；路由集取自 Record-Route</translation>
    </message>
    <message>
        <source>The dialog ends</source>
        <translation>对话结束</translation>
    </message>
    <message>
        <source>The call was set up and ended with BYE</source>
        <translation>呼叫已建立，并以 BYE 结束</translation>
    </message>
    <message>
        <source>The call was set up and is still up</source>
        <translation>呼叫已建立，且仍在进行</translation>
    </message>
    <message>
        <source>The request failed with the final response shown</source>
        <translation>请求以所示的最终响应失败</translation>
    </message>
    <message>
        <source>The request succeeded</source>
        <translation>请求成功</translation>
    </message>
    <message>
        <source>No final response: the UAC&apos;s transaction timed out, which counts as 408 (nothing is sent)</source>
        <translation>没有最终响应：UAC 的事务超时，按 408 处理（线路上不发送任何消息）</translation>
    </message>
    <message>
        <source>The call was cancelled before it was answered</source>
        <translation>呼叫在应答前被取消</translation>
    </message>
    <message>
        <source>An unknown final response is treated as the x00 of its class</source>
        <translation>未知的最终响应按其类别的 x00 处理</translation>
    </message>
    <message>
        <source>The UAC did not offer 100rel, so the provisional response is sent unreliably</source>
        <translation>UAC 未提供 100rel，因此临时响应以不可靠方式发送</translation>
    </message>
    <message>
        <source>No provisional response yet on this branch: the CANCEL must wait for one</source>
        <translation>该分支尚未收到临时响应：CANCEL 必须等到收到后再发</translation>
    </message>
    <message>
        <source>The server transaction absorbs the ACK for its 3xx-6xx; it is never forwarded</source>
        <translation>服务器事务吸收对其 3xx-6xx 的 ACK；该 ACK 从不被转发</translation>
    </message>
    <message>
        <source>A message from a real peer arrived over UDP (live mode)</source>
        <translation>来自真实对端的消息经 UDP 到达（实时模式）</translation>
    </message>
    <message>
        <source>The caller accepts the callee&apos;s re-INVITE with 200 OK and its new SDP answer</source>
        <translation>主叫以 200 OK 和新的 SDP 应答接受被叫的 re-INVITE</translation>
    </message>
    <message>
        <source>No PRACK for the reliable provisional response within 64*T1: the UAS rejects the INVITE with a 5xx</source>
        <translation>64*T1 内没有收到可靠临时响应的 PRACK：UAS 以 5xx 拒绝该 INVITE</translation>
    </message>
    <message>
        <source>The callee sends a re-INVITE inside the dialog, with its own CSeq (here: puts the call on hold)</source>
        <translation>被叫在对话内发送 re-INVITE，使用自己的 CSeq（这里：把呼叫置为保持）</translation>
    </message>
    <message>
        <source>The callee acknowledges the 2xx to its re-INVITE end to end, along the route set</source>
        <translation>被叫沿路由集端到端地确认（ACK）其 re-INVITE 的 2xx</translation>
    </message>
    <message>
        <source>The message does not parse: %1</source>
        <translation>消息无法解析：%1</translation>
    </message>
    <message>
        <source>The %1 header is missing: every request carries To, From, CSeq, Call-ID, Max-Forwards and Via</source>
        <translation>缺少 %1 头字段：每个请求都必须带有 To、From、CSeq、Call-ID、Max-Forwards 和 Via</translation>
    </message>
    <message>
        <source>The %1 header is missing: a response copies From, Call-ID, CSeq, Via and To from the request</source>
        <translation>缺少 %1 头字段：响应必须从请求中复制 From、Call-ID、CSeq、Via 和 To</translation>
    </message>
    <message>
        <source>The %1 response has no To tag: every response except 100 carries the tag of the UAS</source>
        <translation>%1 响应的 To 没有 tag：除 100 以外的每个响应都必须带有 UAS 的 tag</translation>
    </message>
    <message>
        <source>A stateful proxy forwarded a 100 Trying: it answers 100 itself, hop by hop, and never forwards one</source>
        <translation>有状态代理转发了 100 Trying：代理应逐跳自己回 100，绝不转发收到的 100</translation>
    </message>
    <message>
        <source>The proxy forwarded the request with Max-Forwards %1 (it received %2): it must decrement it by one</source>
        <translation>代理转发请求时 Max-Forwards 为 %1（收到时为 %2）：必须减一</translation>
    </message>
    <message>
        <source>The ACK for the %1 has a new branch: the ACK for a non-2xx final response belongs to the INVITE&apos;s transaction and carries its branch</source>
        <translation>对 %1 的 ACK 使用了新的 branch：非 2xx 最终响应的 ACK 属于 INVITE 的事务，必须沿用其 branch</translation>
    </message>
    <message>
        <source>The ACK for the %1 reuses the INVITE&apos;s branch: the ACK for a 2xx is a new transaction with a new branch</source>
        <translation>对 %1 的 ACK 沿用了 INVITE 的 branch：2xx 的 ACK 是一个新事务，必须使用新的 branch</translation>
    </message>
    <message>
        <source>The %1 is sent again because no ACK arrived: the UAS retransmits a 2xx to INVITE until the ACK comes</source>
        <translation>%1 被重发，因为没有收到 ACK：UAS 会一直重传 INVITE 的 2xx 直到 ACK 到达</translation>
    </message>
    <message>
        <source>No ACK for this %1 to INVITE is in the capture: the UAC must acknowledge every 2xx</source>
        <translation>抓包中没有对这个 INVITE 的 %1 的 ACK：UAC 必须确认每一个 2xx</translation>
    </message>
    <message>
        <source>The retry with credentials has CSeq %1, not more than the challenged request&apos;s %2: a retry is a new request with CSeq + 1</source>
        <translation>携带凭证的重试请求 CSeq 为 %1，没有大于被质询请求的 %2：重试是一个新请求，CSeq 必须加一</translation>
    </message>
    <message>
        <source>CANCEL sent after the final response %1: it has no effect, a CANCEL only stops a pending INVITE</source>
        <translation>在最终响应 %1 之后才发送 CANCEL：它不起作用，CANCEL 只能终止尚未完成的 INVITE</translation>
    </message>
    <message>
        <source>CANCEL for a transaction not in the capture: no INVITE with CSeq %1 went this way first (the UAS answers 481)</source>
        <translation>CANCEL 针对的事务不在抓包中：此前没有 CSeq 为 %1 的 INVITE 经过这一跳（UAS 会回 481）</translation>
    </message>
    <message>
        <source>The CANCEL&apos;s branch differs from the INVITE&apos;s: a CANCEL carries the Via of the request it cancels</source>
        <translation>CANCEL 的 branch 与 INVITE 的不同：CANCEL 必须带有被取消请求的 Via</translation>
    </message>
    <message>
        <source>The branch &apos;%1&apos; lacks the z9hG4bK cookie: an RFC 2543 element, whose transactions are matched by the older rules</source>
        <translation>branch“%1”缺少 z9hG4bK 魔术字：这是 RFC 2543 的网元，其事务按旧规则匹配</translation>
    </message>
    <message>
        <source>The %1 to INVITE has no Contact: the UAS must give the address of the dialog&apos;s remote target</source>
        <translation>INVITE 的 %1 没有 Contact：UAS 必须给出对话远端目标的地址</translation>
    </message>
    <message>
        <source>Retransmission intervals %1 ms do not follow T1 doubling (500, 1000, 2000 ms ...)</source>
        <translation>重传间隔 %1 毫秒不符合 T1 倍增规律（500、1000、2000 毫秒……）</translation>
    </message>
    <message>
        <source>The registrar refuses the REGISTER and changes no binding: Contact: * without Expires: 0, an out-of-order CSeq for the same Call-ID, or a To that names no address of record</source>
        <translation>注册服务器拒绝该 REGISTER，不改动任何绑定：Contact: * 却没有 Expires: 0、同一 Call-ID 的 CSeq 顺序错乱，或 To 没有指明记录地址（AOR）</translation>
    </message>
    <message>
        <source>The registrar holds as many bindings as it allows: 503 with Retry-After, so memory stays bounded under a flood</source>
        <translation>注册服务器的绑定数已达上限：回复 503 并带 Retry-After，使内存在洪泛攻击下仍然有界</translation>
    </message>
    <message>
        <source>The request is for the server&apos;s own domain: the location service gives the registered contact and the proxy retargets the Request-URI to it</source>
        <translation>请求属于服务器自己的域：位置服务给出已注册的联系地址，代理把 Request-URI 改写为该地址</translation>
    </message>
    <message>
        <source>The address of record is not one of this domain&apos;s users: 404 Not Found</source>
        <translation>该记录地址不是本域的用户：404 Not Found</translation>
    </message>
    <message>
        <source>The user exists but has no current registration: 480 Temporarily Unavailable</source>
        <translation>该用户存在，但当前没有有效的注册：480 Temporarily Unavailable</translation>
    </message>
    <message>
        <source>The request is for another domain and its sender did not authenticate: the server is no open relay and answers 403</source>
        <translation>请求发往其他域且发送者未通过认证：服务器不做开放中继，回复 403</translation>
    </message>
    <message>
        <source>OPTIONS addressed to the server itself: it answers 200 OK listing the methods it supports in Allow</source>
        <translation>发给服务器本身的 OPTIONS：服务器回复 200 OK，并在 Allow 中列出它支持的方法</translation>
    </message>
    <message>
        <source>The SDP offer has no media format the UAS supports: it answers 488 Not Acceptable Here with a Warning</source>
        <translation>SDP 提议中没有 UAS 支持的媒体格式：UAS 回复 488 Not Acceptable Here 并附 Warning</translation>
    </message>
    <message>
        <source>A second 2xx from another branch of the fork makes a second dialog: the UAC acknowledges it too, end to end</source>
        <translation>来自分叉另一分支的第二个 2xx 建立了第二个对话：UAC 也端到端地确认（ACK）它</translation>
    </message>
    <message>
        <source>The UAC keeps the first dialog and ends the one it does not want with BYE</source>
        <translation>UAC 保留第一个对话，用 BYE 结束不需要的那个对话</translation>
    </message>
    <message>
        <source>The attempt failed with a 4xx or 5xx: the UAC tries the next Contact of the 3xx (a 6xx would stop the search)</source>
        <translation>本次尝试以 4xx 或 5xx 失败：UAC 尝试 3xx 中的下一个 Contact（6xx 则会终止查找）</translation>
    </message>
    <message>
        <source>The first proxy never answered (Timer B): the UAC sends a new request to its alternate proxy</source>
        <translation>第一个代理始终没有应答（定时器 B）：UAC 向备用代理发送新的请求</translation>
    </message>
    <message>
        <source>The callee has several devices: the proxy forks, one branch per device, all at once, each with its own Via branch</source>
        <translation>被叫有多台设备：代理同时分叉，每台设备一个分支，各有自己的 Via branch</translation>
    </message>
    <message>
        <source>Sequential search: the proxy tries the callee&apos;s devices one after another, the next one only when the previous branch failed</source>
        <translation>顺序查找：代理依次尝试被叫的设备，只有前一个分支失败后才尝试下一台</translation>
    </message>
    <message>
        <source>The branch failed with a 3xx-5xx, which lets the request be tried elsewhere: the proxy tries the next device</source>
        <translation>该分支以 3xx-5xx 失败，请求可以在别处尝试：代理尝试下一台设备</translation>
    </message>
    <message>
        <source>Sequential search: the device did not answer in time, so the proxy cancels its branch and tries the next one</source>
        <translation>顺序查找：设备没有及时应答，代理取消它的分支并尝试下一台</translation>
    </message>
    <message>
        <source>A branch answered 2xx: the proxy cancels every other pending branch</source>
        <translation>某个分支回了 2xx：代理取消其他所有未完成的分支</translation>
    </message>
    <message>
        <source>A branch answered 6xx (a global failure): the proxy cancels the pending branches and starts no new one</source>
        <translation>某个分支回了 6xx（全局失败）：代理取消未完成的分支，不再开启新分支</translation>
    </message>
    <message>
        <source>The ALG forwards the message and rewrites the SDP&apos;s connection address and media port to its own, so the media flows through it</source>
        <translation>ALG 转发该消息，并把 SDP 的连接地址和媒体端口改写为自己的，使媒体流经过它</translation>
    </message>
    <message>
        <source>The INVITE was already answered: the CANCEL changes nothing, and the UAS answers it with 200 OK</source>
        <translation>INVITE 已经应答：CANCEL 不起任何作用，UAS 以 200 OK 应答该 CANCEL</translation>
    </message>
    <message>
        <source>The CANCEL names a request that is not an INVITE: it changes nothing, and the UAS answers it with 200 OK</source>
        <translation>CANCEL 指向的请求不是 INVITE：CANCEL 不起任何作用，UAS 以 200 OK 应答该 CANCEL</translation>
    </message>
</context>
<context>
    <name>SipLab::ServerCallsModel</name>
    <message>
        <source>(no answer yet)</source>
        <translation>（尚无应答）</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>呼叫</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最新应答</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
</context>
<context>
    <name>SipLab::UdpTransport</name>
    <message>
        <source>cannot bind %1:%2: %3</source>
        <translation>无法绑定 %1:%2：%3</translation>
    </message>
    <message>
        <source>datagram of %1 bytes is larger than UDP allows</source>
        <translation>%1 字节的数据报超过 UDP 允许的大小</translation>
    </message>
    <message>
        <source>cannot send to %1:%2: %3</source>
        <translation>无法发送到 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>SipLab::WelcomeDialog</name>
    <message>
        <source>Welcome to SIP Lab</source>
        <translation>欢迎使用 SIP Lab</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to SIP Lab&lt;/h2&gt;&lt;p&gt;SIP Lab simulates a SIP call and draws it as a ladder: one vertical line per node, one arrow per message. The explanation panel on the right explains each message while it is sent, in Chinese and English.&lt;/p&gt;&lt;p&gt;How do you want to start?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 SIP Lab&lt;/h2&gt;&lt;p&gt;SIP Lab 模拟一次 SIP 呼叫并把它画成梯形图：每个节点一条竖线，每条消息一个箭头。右侧的解释面板会在每条消息发送时用中文和英文解释它。&lt;/p&gt;&lt;p&gt;您想从哪里开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Start with the default call
(a caller, a proxy and a callee: INVITE, 180, 200, ACK)</source>
        <translation>从默认呼叫开始(&amp;S)
（一个主叫、一个代理和一个被叫：INVITE、180、200、ACK）</translation>
    </message>
    <message>
        <source>Open the &amp;lesson chosen above</source>
        <translation>打开上面选中的课程(&amp;L)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Open a &amp;capture or a scenario file…</source>
        <translation>打开抓包文件或场景文件(&amp;C)…</translation>
    </message>
    <message>
        <source>A saved scenario (.json); captures (.pcap, .pcapng) are for the command line: siplab-cli open</source>
        <translation>已保存的场景 (.json)；抓包文件 (.pcap、.pcapng) 目前请用命令行打开：siplab-cli open</translation>
    </message>
    <message>
        <source>&amp;How to read a ladder</source>
        <translation>如何阅读梯形图(&amp;H)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
