<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Company accounts</source>
        <translation>单位签单账户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Signed charges</source>
        <translation>签单笔数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签单人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Statement… (Ctrl+P)</source>
        <translation>对账单(&amp;S)… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Settle &amp;month…</source>
        <translation>月结收款(&amp;M)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 companies owe %2 in all.</source>
        <translation>共 %1 家公司欠款 %2。</translation>
    </message>
    <message>
        <source>No company owes anything.</source>
        <translation>没有公司欠款。</translation>
    </message>
    <message>
        <source>%1 — %2: %3 signed, %4</source>
        <translation>%1 — %2：签单 %3 笔，%4</translation>
    </message>
    <message>
        <source>settled by %1</source>
        <translation>已由 %1 结清</translation>
    </message>
    <message>
        <source>Select a company first.</source>
        <translation>请先选择公司。</translation>
    </message>
    <message>
        <source>Statement: %1 %2</source>
        <translation>对账单：%1 %2</translation>
    </message>
    <message>
        <source>%1 paid %2 for %3: receipt %4.</source>
        <translation>%1 已付 %3 的 %2：收据 %4。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Take over the shift</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>%1 handed over at %2 (shift began %3). Check what you take over:</source>
        <translation>%1 于 %2 交班(本班 %3 开始)。请核对接班事项:</translation>
    </message>
    <message>
        <source>Money and things in the desk&apos;s keeping: tick each one that matches</source>
        <translation>款项和代管物品:逐项核对,相符请勾选</translation>
    </message>
    <message>
        <source>If it does not match: what you found</source>
        <translation>如不相符:写明实际情况</translation>
    </message>
    <message>
        <source>Hand-over notes: %1</source>
        <translation>交接说明:%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Acknowledge (Enter)</source>
        <translation>确认接班(Enter)</translation>
    </message>
    <message>
        <source>Handover sheet…</source>
        <translation>交接班记录表…</translation>
    </message>
    <message>
        <source>Later (Esc)</source>
        <translation>稍后(Esc)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <source>New price-list item</source>
        <translation>新增价目</translation>
    </message>
    <message>
        <source>Service *</source>
        <translation>服务类别 *</translation>
    </message>
    <message>
        <source>Code *</source>
        <translation>编码 *</translation>
    </message>
    <message>
        <source>Chinese name *</source>
        <translation>中文名称 *</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Unit *</source>
        <translation>计价单位 *</translation>
    </message>
    <message>
        <source>Price (yuan) *</source>
        <translation>价格（元） *</translation>
    </message>
    <message>
        <source>Dialling code (fax)</source>
        <translation>国家/地区代码（传真）</translation>
    </message>
    <message>
        <source>Add to the price list: %1</source>
        <translation>加入价目表：%1</translation>
    </message>
</context>
<context>
    <name>AuthoriseDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>主管授权</translation>
    </message>
    <message>
        <source>Asked for by %1</source>
        <translation>申请人：%1</translation>
    </message>
</context>
<context>
    <name>AuthoriseForm</name>
    <message>
        <source>A supervisor approves this one action with their own password. The operator at the counter stays logged in.</source>
        <translation>由主管输入自己的密码批准这一项操作，前台当班操作员无需退出登录。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Supervisor&apos;s &amp;login name</source>
        <translation>主管登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>AwaitedFaxesDialog</name>
    <message>
        <source>Awaited faxes</source>
        <translation>待收传真</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>询问时间</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>客人姓名</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel selected note</source>
        <translation>取消所选登记</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>A customer asked and no fax has come yet: note who, and phone them when it arrives (the desk is told when a matching fax is logged).</source>
        <translation>客人询问传真但尚未收到：记下是谁，传真到时电话通知（登记到相符的传真时前台会收到提示）。</translation>
    </message>
    <message>
        <source>Noted: the desk will be told when the fax arrives.</source>
        <translation>已登记：传真到达时会提示前台。</translation>
    </message>
    <message>
        <source>Select the note to cancel.</source>
        <translation>请选择要取消的登记。</translation>
    </message>
    <message>
        <source>Note cancelled.</source>
        <translation>登记已取消。</translation>
    </message>
</context>
<context>
    <name>CashGrid</name>
    <message>
        <source>Taken</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Handed to the cashier</source>
        <translation>已交财务</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The drawer should hold</source>
        <translation>钱箱应有</translation>
    </message>
    <message>
        <source>Cash counted (yuan) *</source>
        <translation>清点现金（元） *</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Reason for a difference</source>
        <translation>差额原因</translation>
    </message>
    <message>
        <source>Count the cash</source>
        <translation>清点现金</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Count saved: %1</source>
        <translation>已记录清点：%1</translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Cannot open the counter file</source>
        <translation>无法打开前台数据文件</translation>
    </message>
</context>
<context>
    <name>DailyTotalDialog</name>
    <message>
        <source>Daily total</source>
        <translation>当日合计</translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation>显示 (Enter)</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Daily total of the drawer for %1</source>
        <translation>%1 钱箱当日合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cash also moved by hand: float %1, payouts %2, handed to the cashier %3.</source>
        <translation>另有手工现金：备用金 %1，支出 %2，交财务 %3。</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Preparing the demo counter…</source>
        <translation>正在准备演示前台…</translation>
    </message>
    <message>
        <source>Demo counter</source>
        <translation>演示前台</translation>
    </message>
</context>
<context>
    <name>DepositExtras</name>
    <message>
        <source>Left by: %1</source>
        <translation>寄存人：%1</translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation>交给 %1：%2</translation>
    </message>
    <message>
        <source>Condition now</source>
        <translation>领取时状况</translation>
    </message>
    <message>
        <source>What is damaged or missing</source>
        <translation>损坏或缺少的物品</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Handed over to %1: %2 item(s).</source>
        <translation>已交给 %1：%2 件。</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Filter: name, pinyin initials, unit or phone digits</source>
        <translation>筛选：姓名、拼音首字母、单元或电话号码</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Companies (%1)</source>
        <translation>公司（%1）</translation>
    </message>
    <message>
        <source>Residents (%1)</source>
        <translation>住户（%1）</translation>
    </message>
    <message>
        <source>Staff (%1)</source>
        <translation>员工（%1）</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>%1 已修改。</translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <translation>%1 已加入名册。</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Why is %1 leaving the directory (moved out, sold, left the company)?</source>
        <translation>%1 为什么要从名册中停用（已搬走、房屋已出售、已离职）？</translation>
    </message>
    <message>
        <source>Deactivate in the directory: %1</source>
        <translation>在名册中停用：%1</translation>
    </message>
    <message>
        <source>%1 was deactivated; earlier entries still name them.</source>
        <translation>%1 已停用；以前的记录仍保留其名字。</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Owner or tenant</source>
        <translation>业主/租户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>工作证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>DrawerExtras</name>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Count cash…</source>
        <translation>清点现金…</translation>
    </message>
    <message>
        <source>Count the cash in the drawer at the close of the shift</source>
        <translation>交班时清点钱箱现金</translation>
    </message>
    <message>
        <source>Daily total…</source>
        <translation>当日合计…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s total of one day across all shifts</source>
        <translation>主管查看某日所有班次的合计</translation>
    </message>
    <message>
        <source>The drawer should hold %1 in cash</source>
        <translation>钱箱应有现金 %1</translation>
    </message>
    <message>
        <source>There is no open shift.</source>
        <translation>当前没有进行中的班次。</translation>
    </message>
    <message>
        <source>Float %1 · payouts %2 · handed to the cashier %3</source>
        <translation>备用金 %1 · 支出 %2 · 交财务 %3</translation>
    </message>
    <message>
        <source>Not counted yet this shift.</source>
        <translation>本班尚未清点。</translation>
    </message>
    <message>
        <source>Last count: %1 counted, difference %2</source>
        <translation>上次清点：实点 %1，差额 %2</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Change directory entry</source>
        <translation>修改名册条目</translation>
    </message>
    <message>
        <source>New directory entry</source>
        <translation>新增名册条目</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add to the directory: %1</source>
        <translation>加入名册：%1</translation>
    </message>
    <message>
        <source>Change in the directory: %1</source>
        <translation>修改名册：%1</translation>
    </message>
</context>
<context>
    <name>EntryFormPanel</name>
    <message>
        <source>New entry: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Correcting No. %1: %2</source>
        <translation>更正 %1 号：%2</translation>
    </message>
    <message>
        <source>Change what was wrong, then save: you will be asked for the reason.</source>
        <translation>改正填错的内容后保存，随后需填写更正原因。</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>Saved: No. %1 %2</source>
        <translation>已保存：%1 号 %2</translation>
    </message>
</context>
<context>
    <name>FaxCollectDialog</name>
    <message>
        <source>Fax collection</source>
        <translation>传真领取</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>应收费用</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Finance office receipt no.</source>
        <translation>财务室收据号</translation>
    </message>
</context>
<context>
    <name>FaxExtras</name>
    <message>
        <source>Phoned them: notify now</source>
        <translation>已电话告知：现在登记通知</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>Awaited faxes…</source>
        <translation>待收传真…</translation>
    </message>
    <message>
        <source>A customer asks and no fax has come: note who is waiting</source>
        <translation>客人询问传真但尚未收到：登记等候人</translation>
    </message>
    <message>
        <source>Settle fee…</source>
        <translation>收取费用…</translation>
    </message>
    <message>
        <source>Take a fee still owed for a collected fax</source>
        <translation>收取已领取传真尚欠的费用</translation>
    </message>
    <message>
        <source>Fee ¥%1 (%2 × ¥%3)</source>
        <translation>费用 ¥%1（%2 × ¥%3）</translation>
    </message>
    <message>
        <source>Nobody of that name or company in the building: print the no-recipient slip (Ctrl+P), clip it to the fax and put it in the folder.</source>
        <translation>本楼无此人或公司：打印无收件人条(Ctrl+P)，夹在传真上放入指定文件夹。</translation>
    </message>
    <message>
        <source>No company on the fax: marked 待查 — find the recipient, then correct the entry.</source>
        <translation>传真上没有公司名称：已标记待查——查到收件人后更正记录。</translation>
    </message>
    <message>
        <source>Someone is waiting for this fax (%1):</source>
        <translation>有人在等这份传真（%1）：</translation>
    </message>
    <message>
        <source>asked %1</source>
        <translation>询问于 %1</translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation>通知：%1</translation>
    </message>
    <message>
        <source>Told %1 that the fax has come.</source>
        <translation>已告知 %1 传真已到。</translation>
    </message>
    <message>
        <source>Awaited faxes (%1)…</source>
        <translation>待收传真（%1）…</translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation>交给 %1：%2</translation>
    </message>
    <message>
        <source>Handed over to %1: %2 fax(es).</source>
        <translation>已交给 %1：%2 份传真。</translation>
    </message>
    <message>
        <source>Settle fee: %1</source>
        <translation>收费：%1</translation>
    </message>
    <message>
        <source>Settle fax fee</source>
        <translation>传真费结算</translation>
    </message>
    <message>
        <source>Fee settled.</source>
        <translation>费用已结算。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Charge voucher</source>
        <translation>签单凭证</translation>
    </message>
    <message>
        <source>%1 issued: %2, ¥%3 (%4)</source>
        <translation>已开具%1：%2，¥%3（%4）</translation>
    </message>
    <message>
        <source>Recorded as paid at the finance office, receipt no. %1.</source>
        <translation>已登记为财务室收款，收据号 %1。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: name, pinyin, phone, unit, plate…</source>
        <translation>搜索：姓名、拼音、电话、单元、车牌…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>指定日期段…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>首个管理员</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>This counter has no operators yet. Create the first administrator: they add the other operators and keep the settings.</source>
        <translation>本前台还没有操作员。请先创建首个管理员：由管理员添加其他操作员并管理设置。</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name (shown on slips)</source>
        <translation>姓名(&amp;N)（打印在单据上）</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Frontdesk</source>
        <translation>欢迎使用前台登记系统</translation>
    </message>
</context>
<context>
    <name>FirstStartForm</name>
    <message>
        <source>There is no counter file on this computer yet. How would you like to start?</source>
        <translation>这台电脑上还没有前台数据文件。请选择开始方式：</translation>
    </message>
    <message>
        <source>Empty counter</source>
        <translation>空白前台</translation>
    </message>
    <message>
        <source>A new, empty counter file for real work: you will create the first administrator next.</source>
        <translation>新建一个空白的前台数据文件，用于正式工作；下一步将创建首个管理员。</translation>
    </message>
    <message>
        <source>Demo counter</source>
        <translation>演示前台</translation>
    </message>
    <message>
        <source>A separate database file filled with realistic entries and demo operators, whose names and passwords the login screen shows.</source>
        <translation>一个单独的数据文件，预先填好仿真记录和演示操作员；登录界面会显示他们的登录名和密码。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FlaggedDialog</name>
    <message>
        <source>Flagged persons</source>
        <translation>重点关注人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Selected flag: %1</source>
        <translation>所选人员：%1</translation>
    </message>
    <message>
        <source>Selected flag</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <source>%1 is on the list.</source>
        <translation>%1 已列入名单。</translation>
    </message>
    <message>
        <source>Please give the reason for removing the flag.</source>
        <translation>请填写移出名单的原因。</translation>
    </message>
    <message>
        <source>%1 is no longer on the list.</source>
        <translation>%1 已移出名单。</translation>
    </message>
</context>
<context>
    <name>FlaggedForm</name>
    <message>
        <source>Visitors on this list are stopped at check-in with the advice shown here. A name alone never matches: an ID number, or the name with the phone or organisation, must agree.</source>
        <translation>名单上的人来访登记时会被拦下，并显示这里填写的处理意见。仅姓名相同不算匹配：须证件号码相同，或姓名与电话、单位之一同时相符。</translation>
    </message>
    <message>
        <source>Add a flagged person</source>
        <translation>添加重点关注人员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>证件类型(&amp;T)</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Advice</source>
        <translation>处理意见(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation>加入名单</translation>
    </message>
    <message>
        <source>Selected flag</source>
        <translation>所选人员</translation>
    </message>
    <message>
        <source>Reason for &amp;removing</source>
        <translation>移出原因(&amp;R)</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>移出名单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search all logbooks (Ctrl+F)</source>
        <translation>搜索所有台帐 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Steward round: hand over</source>
        <translation>片区管理员签收</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>片区管理员</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>ID checked</source>
        <translation>查验证件</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Hand over %1 (Enter)</source>
        <translation>交付 %1 件 (Enter)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Shift began %1 (%2). What is still open goes to the next operator:</source>
        <translation>本班 %1 开始(%2)。以下未结事项将交给下一班:</translation>
    </message>
    <message>
        <source>Money of the shift</source>
        <translation>本班款项</translation>
    </message>
    <message>
        <source>Deposits held: %1, %2</source>
        <translation>代收押金:%1 笔,%2</translation>
    </message>
    <message>
        <source>What the next operator must know or follow up</source>
        <translation>下一班需要知道或跟进的事项</translation>
    </message>
    <message>
        <source>Sign off and lock (Enter)</source>
        <translation>交班并锁定(Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Hand-over notes</source>
        <translation>交接说明</translation>
    </message>
</context>
<context>
    <name>HandoverExtras</name>
    <message>
        <source>Hand over the shift…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation>接班…</translation>
    </message>
</context>
<context>
    <name>HeldExtras</name>
    <message>
        <source>Notify…</source>
        <translation>通知…</translation>
    </message>
    <message>
        <source>Log one attempt to tell the recipient</source>
        <translation>登记一次通知收件人</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>交付…</translation>
    </message>
    <message>
        <source>The recipient collects it (with what else waits for them)</source>
        <translation>收件人领取（连同其他待领物品）</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>It goes back or is disposed of</source>
        <translation>退回或处理</translation>
    </message>
    <message>
        <source>Steward round…</source>
        <translation>片区管理员签收…</translation>
    </message>
    <message>
        <source>The area steward signs out everything held for residents</source>
        <translation>片区管理员一次签收所有住户的待领物品</translation>
    </message>
    <message>
        <source>Notify: %1</source>
        <translation>通知：%1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>收件人：%1</translation>
    </message>
    <message>
        <source>Nothing is waiting for the steward.</source>
        <translation>没有待片区管理员签收的物品。</translation>
    </message>
    <message>
        <source>Everything held for known recipients: %1 item(s)</source>
        <translation>所有已知收件人的待领物品：%1 件</translation>
    </message>
    <message>
        <source>Hand over to %1: %2</source>
        <translation>交给 %1：%2</translation>
    </message>
    <message>
        <source>Handed over to %1: %2 item(s).</source>
        <translation>已交给 %1：%2 件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>New entry</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Full number shown</source>
        <translation>查看了完整号码</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>History of No. %1</source>
        <translation>%1 号的历史记录</translation>
    </message>
    <message>
        <source> (approved by %1)</source>
        <translation>（%1 授权）</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>&amp;Lock</source>
        <translation>锁屏(&amp;L)</translation>
    </message>
    <message>
        <source>The counter is locked</source>
        <translation>前台已锁屏</translation>
    </message>
    <message>
        <source>Locked at %1. Any operator on duty can unlock with their own login.</source>
        <translation>%1 锁屏。任何当班操作员都可以用自己的账号解锁。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the directory</source>
        <translation>导入名册</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a header row</source>
        <translation>带标题行的 CSV 或 Excel (.xlsx) 文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV 或 Excel (*.csv *.txt *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be read (%1).</source>
        <translation>无法读取此文件（%1）。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Imported as no. %1</source>
        <translation>已导入，编号 %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Header in row %1: %2</source>
        <translation>标题行在第 %1 行：%2</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
</context>
<context>
    <name>KeyCountDialog</name>
    <message>
        <source>Key count %1</source>
        <translation>钥匙盘点 %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应为</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>In the cabinet</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>已借出</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已遗失</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>保存盘点</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KeyExtras</name>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>The key comes back: count the keys on the ring</source>
        <translation>钥匙归还：清点钥匙串上的钥匙数</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>遗失…</translation>
    </message>
    <message>
        <source>The borrower lost the key: the deposit is kept, a fee charged</source>
        <translation>借用人遗失钥匙：押金不退，并收取配匙费</translation>
    </message>
    <message>
        <source>Key register…</source>
        <translation>钥匙登记册…</translation>
    </message>
    <message>
        <source>Key returned</source>
        <translation>钥匙归还</translation>
    </message>
    <message>
        <source>Count the keys on the ring (the register says %1):</source>
        <translation>清点钥匙串上的钥匙数（登记为 %1 把）：</translation>
    </message>
    <message>
        <source>Partial loss</source>
        <translation>部分遗失</translation>
    </message>
    <message>
        <source>Only %1 of %2 keys came back. What is missing? (the deposit is kept)</source>
        <translation>%2 把钥匙只还回 %1 把。缺了哪些？（押金不退）</translation>
    </message>
    <message>
        <source>Key returned: %1</source>
        <translation>钥匙归还：%1</translation>
    </message>
    <message>
        <source>Key %1 is back in the cabinet.</source>
        <translation>钥匙 %1 已放回钥匙柜。</translation>
    </message>
    <message>
        <source>Deposit refunded: voucher %1.</source>
        <translation>押金已退：退款凭证 %1。</translation>
    </message>
    <message>
        <source>Key lost</source>
        <translation>钥匙遗失</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>Replacement fee</source>
        <translation>配匙费</translation>
    </message>
    <message>
        <source>How is the replacement fee paid?</source>
        <translation>配匙费如何支付？</translation>
    </message>
    <message>
        <source>Finance office receipt number:</source>
        <translation>财务室收据号：</translation>
    </message>
    <message>
        <source>Key lost: %1</source>
        <translation>钥匙遗失：%1</translation>
    </message>
    <message>
        <source>Key %1 recorded as lost.</source>
        <translation>钥匙 %1 已登记为遗失。</translation>
    </message>
    <message>
        <source>Fee receipt %1.</source>
        <translation>收费收据 %1。</translation>
    </message>
</context>
<context>
    <name>KeyRegisterDialog</name>
    <message>
        <source>Key register</source>
        <translation>钥匙登记册</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>钥匙柜</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Reconciliation…</source>
        <translation>盘点…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>新增钥匙</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Cabinet position</source>
        <translation>柜内位置</translation>
    </message>
    <message>
        <source>Keys on the ring</source>
        <translation>钥匙串上的钥匙数</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>新增钥匙</translation>
    </message>
    <message>
        <source>Key %1 added.</source>
        <translation>钥匙 %1 已登记。</translation>
    </message>
    <message>
        <source>Import keys</source>
        <translation>导入钥匙</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx)</source>
        <translation>CSV 或 Excel (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>%1 keys imported, %2 rows rejected.</source>
        <translation>已导入 %1 把钥匙，%2 行被拒绝。</translation>
    </message>
    <message>
        <source>Retire key</source>
        <translation>停用钥匙</translation>
    </message>
    <message>
        <source>Why is %1 retired?</source>
        <translation>为什么停用 %1？</translation>
    </message>
    <message>
        <source>Key %1 retired.</source>
        <translation>钥匙 %1 已停用。</translation>
    </message>
    <message>
        <source>Monthly key count</source>
        <translation>每月钥匙盘点</translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <source>Key count checklist</source>
        <translation>钥匙盘点表</translation>
    </message>
    <message>
        <source>Key count %1</source>
        <translation>钥匙盘点 %1</translation>
    </message>
    <message>
        <source>Count saved: %1 keys, %2 discrepancies.</source>
        <translation>盘点已保存：%1 把钥匙，%2 处差异。</translation>
    </message>
</context>
<context>
    <name>LogbookExport</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <source>New (F2)</source>
        <translation>新建 (F2)</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>导出…(Ctrl+E)</translation>
    </message>
    <message>
        <source>Write the rows shown, as filtered, to an Excel or CSV file</source>
        <translation>将当前筛选显示的记录导出为 Excel 或 CSV 文件</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation>需主管授权</translation>
    </message>
    <message>
        <source>%1 — reason</source>
        <translation>%1 — 原因</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 条记录到 %2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Frontdesk: log in</source>
        <translation>前台登记系统：登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo counter: operators</source>
        <translation>演示前台：操作员</translation>
    </message>
    <message>
        <source>Click an operator to fill in the login fields.</source>
        <translation>点击一位操作员，自动填入登录名和密码。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Please choose your own password now.</source>
        <translation>您的密码是管理员设置的，请现在改设您自己的密码。</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>再次输入(&amp;R)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Please choose a password different from the one you were given.</source>
        <translation>新密码不能与管理员给您的密码相同。</translation>
    </message>
</context>
<context>
    <name>LossReportDialog</name>
    <message>
        <source>Loss reports</source>
        <translation>失物报告</translation>
    </message>
    <message>
        <source>New loss report</source>
        <translation>新失物报告</translation>
    </message>
    <message>
        <source>Who lost it</source>
        <translation>失主</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation>单元/公司</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>colour, brand, what is inside</source>
        <translation>颜色、品牌、内有何物</translation>
    </message>
    <message>
        <source>Where lost</source>
        <translation>丢失地点</translation>
    </message>
    <message>
        <source>When lost (empty = now)</source>
        <translation>丢失时间（留空为现在）</translation>
    </message>
    <message>
        <source>Record loss</source>
        <translation>登记失物报告</translation>
    </message>
    <message>
        <source>Show matched and closed reports too</source>
        <translation>同时显示已匹配和已关闭的报告</translation>
    </message>
    <message>
        <source>Reports on file</source>
        <translation>已登记的报告</translation>
    </message>
    <message>
        <source>Found items that could be it</source>
        <translation>可能相符的拾获物品</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>相符度</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Where found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>This is it: link</source>
        <translation>就是它：关联</translation>
    </message>
    <message>
        <source>The owner becomes the item&apos;s recipient: tell them, they claim it</source>
        <translation>失主成为该物品的收件人：通知后凭证件领取</translation>
    </message>
    <message>
        <source>Close report…</source>
        <translation>关闭报告…</translation>
    </message>
    <message>
        <source>Found elsewhere or given up: closed with a note</source>
        <translation>已在别处找到或放弃：写明原因后关闭</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Record a loss report</source>
        <translation>登记失物报告</translation>
    </message>
    <message>
        <source>Recorded. %1 found item(s) could be it.</source>
        <translation>已登记。有 %1 件拾获物品可能相符。</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>已关联 %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>已关闭：%1</translation>
    </message>
    <message>
        <source>Found items that could be %1&apos;s %2, best first</source>
        <translation>可能是 %1 的%2的拾获物品（最相符的在前）</translation>
    </message>
    <message>
        <source>No found item matches %1 yet; look again when something comes in.</source>
        <translation>暂无与 %1 相符的拾获物品;有新物品时再查。</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>将 %1 关联到 %2</translation>
    </message>
    <message>
        <source>Linked: %1 can now be told and claim %2.</source>
        <translation>已关联：可通知 %1 领取 %2。</translation>
    </message>
    <message>
        <source>Why is the report closed?</source>
        <translation>为什么关闭这份报告?</translation>
    </message>
    <message>
        <source>Close loss report</source>
        <translation>关闭失物报告</translation>
    </message>
    <message>
        <source>Report closed.</source>
        <translation>报告已关闭。</translation>
    </message>
</context>
<context>
    <name>LostFoundExtras</name>
    <message>
        <source>Photo of the found item</source>
        <translation>拾获物品照片</translation>
    </message>
    <message>
        <source>Choose… a picture file (optional)</source>
        <translation>选择…图片文件（可选）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Loss reports…</source>
        <translation>失物报告…</translation>
    </message>
    <message>
        <source>Someone lost something: record it and see what was found</source>
        <translation>有人丢了东西：登记并查看拾获物品</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Add or replace the photo of the selected item</source>
        <translation>为所选物品添加或更换照片</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Frontdesk — %1</source>
        <translation>前台登记系统 — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find: </source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Switch counter…</source>
        <translation>切换前台…</translation>
    </message>
    <message>
        <source>Open the demo counter</source>
        <translation>打开演示前台</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>Operators…</source>
        <translation>操作员…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Flagged persons…</source>
        <translation>重点关注人员…</translation>
    </message>
    <message>
        <source>Directory (companies, residents, staff)…</source>
        <translation>名册（公司、住户、员工）…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About Frontdesk</source>
        <translation>关于前台登记系统</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>操作员：%1（%2）</translation>
    </message>
    <message>
        <source>Shift since %1</source>
        <translation>本班次开始：%1</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>前台：%1</translation>
    </message>
    <message>
        <source>Last backup: —</source>
        <translation>上次备份：—</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Frontdesk %1
The reception counter&apos;s logbooks, offline.</source>
        <translation>前台登记系统 %1
前台各类登记台帐，离线使用。</translation>
    </message>
</context>
<context>
    <name>MessageExtras</name>
    <message>
        <source>Delivered…</source>
        <translation>已送达…</translation>
    </message>
    <message>
        <source>The message reached the person: the slip handed over or read out to them</source>
        <translation>留言已送到本人：留言单已交本人或已电话转达</translation>
    </message>
    <message>
        <source>Lapsed…</source>
        <translation>已失效…</translation>
    </message>
    <message>
        <source>No longer needed, nobody of that name, or filed unread</source>
        <translation>不再需要、查无此人或逾期存档</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>MoneyMenu</name>
    <message>
        <source>&amp;Money</source>
        <translation>收费(&amp;M)</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>价目表…</translation>
    </message>
    <message>
        <source>Company accounts…</source>
        <translation>单位签单账户…</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份:</translation>
    </message>
    <message>
        <source>Counts, money and everything still open at the month&apos;s end.</source>
        <translation>各登记本统计、收费押金及月末未结事项。</translation>
    </message>
</context>
<context>
    <name>NotifyDialog</name>
    <message>
        <source>Notify the recipient</source>
        <translation>通知收件人</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Who answered, the number called…</source>
        <translation>接听人、所拨号码…</translation>
    </message>
</context>
<context>
    <name>OpenItemsTree</name>
    <message>
        <source>Open item</source>
        <translation>未结事项</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>… and %1 more (see the logbook)</source>
        <translation>……另有 %1 条(请到台账查看)</translation>
    </message>
    <message>
        <source>High-priority duty notes of the shift (%1)</source>
        <translation>本班重要值班记录(%1)</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>没有未结事项。</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Selected operator: %1</source>
        <translation>所选操作员：%1</translation>
    </message>
    <message>
        <source>Selected operator</source>
        <translation>所选操作员</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 can no longer log in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>New password set; %1 chooses their own at the next login.</source>
        <translation>新密码已设置；%1 下次登录时需改设自己的密码。</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>您的新密码已设置。</translation>
    </message>
</context>
<context>
    <name>OperatorsForm</name>
    <message>
        <source>Selected operator</source>
        <translation>所选操作员</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>Add an operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation>初始密码(&amp;I)</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>添加操作员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PassExtras</name>
    <message>
        <source>Renew…</source>
        <translation>续办…</translation>
    </message>
    <message>
        <source>A new end date; the renewal fee is charged</source>
        <translation>新的到期日期；收取续办工本费</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>The card comes back; its deposit is refunded</source>
        <translation>证件交回；退还押金</translation>
    </message>
    <message>
        <source>Lost…</source>
        <translation>遗失…</translation>
    </message>
    <message>
        <source>The card is lost; the deposit is kept</source>
        <translation>证件遗失；押金不退</translation>
    </message>
    <message>
        <source>Rented units…</source>
        <translation>出租单元一览表…</translation>
    </message>
    <message>
        <source>Units with a tenant card in use (出租单元一览表)</source>
        <translation>有在用租户证的单元（出租单元一览表）</translation>
    </message>
    <message>
        <source>Renew: %1</source>
        <translation>续办：%1</translation>
    </message>
    <message>
        <source>Return: %1</source>
        <translation>交回：%1</translation>
    </message>
    <message>
        <source>Deposit to refund: ¥ %1</source>
        <translation>应退押金：¥ %1</translation>
    </message>
    <message>
        <source>Refund voucher %1</source>
        <translation>退款凭证 %1</translation>
    </message>
    <message>
        <source>Lost — what happened (the deposit is kept)</source>
        <translation>遗失——发生了什么（押金不退）</translation>
    </message>
    <message>
        <source>Lost: %1</source>
        <translation>遗失：%1</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Price list</source>
        <translation>价目表</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>Filter: name, pinyin initials or code</source>
        <translation>筛选：名称、拼音首字母或编码</translation>
    </message>
    <message>
        <source>Show withdrawn items</source>
        <translation>显示已停用项目</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>现价</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设定人</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>&amp;New price…</source>
        <translation>新价格(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>新增项目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>停用(&amp;W)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>Price history: %1</source>
        <translation>价格历史：%1</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Select an item in use first.</source>
        <translation>请先选择一个使用中的项目。</translation>
    </message>
    <message>
        <source>%1: %2 from %3.</source>
        <translation>%1：自 %3 起 %2。</translation>
    </message>
    <message>
        <source>%1 was added to the price list.</source>
        <translation>%1 已加入价目表。</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>请先选择项目。</translation>
    </message>
    <message>
        <source>Restore to the price list: %1</source>
        <translation>恢复到价目表：%1</translation>
    </message>
    <message>
        <source>Withdraw from the price list: %1</source>
        <translation>从价目表停用：%1</translation>
    </message>
    <message>
        <source>%1 is offered again.</source>
        <translation>%1 已重新提供。</translation>
    </message>
    <message>
        <source>%1 is no longer offered for new orders.</source>
        <translation>%1 不再用于新的服务单。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>The document is empty; nothing to print.</source>
        <translation>文档是空的，没有可打印的内容。</translation>
    </message>
    <message>
        <source>The printer did not respond (not connected, offline or out of paper). The entry is saved; print it again later.</source>
        <translation>打印机没有响应（未连接、脱机或缺纸）。记录已保存，请稍后重新打印。</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>打印机：</translation>
    </message>
    <message>
        <source>No printer is available. The entry is saved: save it as PDF, or print it again once a printer is set up.</source>
        <translation>没有可用的打印机。记录已保存：可以另存为 PDF，或在装好打印机后重新打印。</translation>
    </message>
    <message>
        <source>The printer “%1” is not available. The entry is saved; print it again later.</source>
        <translation>打印机“%1”不可用。记录已保存，请稍后重新打印。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>已发送到 %1</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew</source>
        <translation>续办</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>新的到期日期</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>租约至</translation>
    </message>
    <message>
        <source>Renewal fee</source>
        <translation>续办工本费</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation>财务室收据号</translation>
    </message>
</context>
<context>
    <name>RentedUnitsDialog</name>
    <message>
        <source>Rented units</source>
        <translation>出租单元一览表</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Card no.</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>证件有效期至</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>月度报告…</translation>
    </message>
    <message>
        <source>For supervisors</source>
        <translation>仅限主管/领班</translation>
    </message>
    <message>
        <source>Preparing the monthly report of %1…</source>
        <translation>正在生成 %1 月度报告…</translation>
    </message>
    <message>
        <source>Monthly report %1</source>
        <translation>月度报告 %1</translation>
    </message>
    <message>
        <source>The monthly report could not be made: %1</source>
        <translation>无法生成月度报告:%1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or dispose</source>
        <translation>退回或处理</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Receipt number, who took it back…</source>
        <translation>回执号、由谁取回…</translation>
    </message>
</context>
<context>
    <name>ServiceOrderExtras</name>
    <message>
        <source>Take deposit…</source>
        <translation>收押金…</translation>
    </message>
    <message>
        <source>A large job pays its deposit before the work starts</source>
        <translation>大额服务开工前先收押金</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>结算…</translation>
    </message>
    <message>
        <source>Take the payment for a done job and print its receipt</source>
        <translation>为已完成的服务收款并打印收据</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>合计：—</translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation>合计 ¥%1</translation>
    </message>
    <message>
        <source>Deposit ¥%1</source>
        <translation>押金 ¥%1</translation>
    </message>
    <message>
        <source>A deposit of ¥%1 is due before the work starts: print the charge notice (Ctrl+P) and take the deposit.</source>
        <translation>开工前需收押金 ¥%1：请打印收费通知单（Ctrl+P）并收取押金。</translation>
    </message>
    <message>
        <source>%1 of the total ¥%2, before the work starts</source>
        <translation>合计 ¥%2 的 %1，开工前收取</translation>
    </message>
    <message>
        <source>Take deposit: %1</source>
        <translation>收押金：%1</translation>
    </message>
    <message>
        <source>Settle: %1</source>
        <translation>结算：%1</translation>
    </message>
    <message>
        <source>Total ¥%1 less the deposit ¥%2 (%3)</source>
        <translation>合计 ¥%1，减已收押金 ¥%2（%3）</translation>
    </message>
    <message>
        <source>The deposit ¥%1 (%2) is more than the bill: it is refunded in full</source>
        <translation>押金 ¥%1（%2）多于应付金额：全额退还</translation>
    </message>
    <message>
        <source>%1 issued: %2, ¥%3 (%4)</source>
        <translation>已开具%1：%2，¥%3（%4）</translation>
    </message>
    <message>
        <source>Settled as internal use: print the settlement sheet for the staff member to sign.</source>
        <translation>已按内部使用结算：请打印费用结算单由员工签字。</translation>
    </message>
    <message>
        <source>Recorded as paid at the finance office, receipt no. %1.</source>
        <translation>已登记为财务室收款，收据号 %1。</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Charge voucher</source>
        <translation>签单凭证</translation>
    </message>
    <message>
        <source>Refund voucher</source>
        <translation>退款凭证</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Integrity check passed.</source>
        <translation>完整性检查通过。</translation>
    </message>
    <message>
        <source>The integrity check of this counter file found a problem:</source>
        <translation>完整性检查发现此前台数据文件有问题：</translation>
    </message>
    <message>
        <source>Counter file damaged</source>
        <translation>前台数据文件已损坏</translation>
    </message>
    <message>
        <source>There is no good backup to restore. Call your administrator.</source>
        <translation>没有可用来恢复的完好备份，请联系管理员。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Which document?</source>
        <translation>打印哪一份单据？</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The current file is kept aside first.</source>
        <translation>要恢复最近一份完好的备份（%1）吗？当前文件会先另行保留。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1. Please log in again.</source>
        <translation>备份已恢复，损坏的文件另存为 %1。请重新登录。</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>Open counter file</source>
        <translation>打开前台数据文件</translation>
    </message>
    <message>
        <source>Counter files (*.sqlite)</source>
        <translation>前台数据文件 (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>SetPriceDialog</name>
    <message>
        <source>New price</source>
        <translation>新价格</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>现价</translation>
    </message>
    <message>
        <source>New price (yuan) *</source>
        <translation>新价格（元） *</translation>
    </message>
    <message>
        <source>Takes effect from *</source>
        <translation>生效时间 *</translation>
    </message>
    <message>
        <source>Orders already taken keep their prices; the new price applies from this time on.</source>
        <translation>已下的服务单保持原价；新价格自此时间起适用。</translation>
    </message>
    <message>
        <source>New price for %1: %2</source>
        <translation>%1 的新价格：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有需要修改的内容。</translation>
    </message>
    <message>
        <source>The new language shows when the program starts again.</source>
        <translation>新的界面语言在程序重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <source>Settle the month</source>
        <translation>月结收款</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Signed charges still open</source>
        <translation>未结签单笔数</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>欠款</translation>
    </message>
    <message>
        <source>Paid by *</source>
        <translation>付款方式 *</translation>
    </message>
    <message>
        <source>One receipt is issued for the month&apos;s signed charges that are still open.</source>
        <translation>为本月尚未结清的签单开具一张收据。</translation>
    </message>
    <message>
        <source>Settle (Enter)</source>
        <translation>结算 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation>收押金</translation>
    </message>
    <message>
        <source>Settle service order</source>
        <translation>服务单结算</translation>
    </message>
    <message>
        <source>Deposit due</source>
        <translation>应收押金</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应收金额</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Finance office receipt no.</source>
        <translation>财务室收据号</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>确认 (Enter)</translation>
    </message>
</context>
<context>
    <name>ShiftMenu</name>
    <message>
        <source>&amp;Shift</source>
        <translation>值班交接(&amp;S)</translation>
    </message>
    <message>
        <source>Duty note</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Hand over the shift…</source>
        <translation>交班…</translation>
    </message>
    <message>
        <source>Take over the shift…</source>
        <translation>接班…</translation>
    </message>
    <message>
        <source>Handover history</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>There is no open shift to hand over.</source>
        <translation>当前没有进行中的班次,无需交班。</translation>
    </message>
    <message>
        <source>Shift handed over. The next operator logs in to take over.</source>
        <translation>已交班。请接班人登录接班。</translation>
    </message>
    <message>
        <source>No handover is waiting to be taken over.</source>
        <translation>没有待接班确认的交接班记录。</translation>
    </message>
    <message>
        <source>Handover acknowledged.</source>
        <translation>已确认接班。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign here with the mouse or the pen</source>
        <translation>请用鼠标或手写笔在此签名</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在处理</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Some rules have more than %1 entries; only the first %1 are listed.</source>
        <translation>部分规则超过 %1 条记录，只列出最早的 %1 条。</translation>
    </message>
    <message>
        <source>%1: %2 overdue / %3 now / %4 soon</source>
        <translation>%1：逾期 %2 / 现在 %3 / 即将 %4</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>暂无需要处理的事项。</translation>
    </message>
    <message>
        <source>Today: %1 new item(s) need attention now.</source>
        <translation>今天：有 %1 项新事项需要立即处理。</translation>
    </message>
</context>
<context>
    <name>VisitorExtras</name>
    <message>
        <source>On-site list…</source>
        <translation>在场名单…</translation>
    </message>
    <message>
        <source>Everyone in the building now, for the evacuation list</source>
        <translation>当前在楼内的所有人员，用于疏散清点</translation>
    </message>
    <message>
        <source>Badge found…</source>
        <translation>访客牌找回…</translation>
    </message>
    <message>
        <source>A badge recorded as lost has come back: put it back in the pool</source>
        <translation>登记遗失的访客牌已找回:放回可用牌中</translation>
    </message>
    <message>
        <source>On site now: %1</source>
        <translation>当前在场：%1</translation>
    </message>
    <message>
        <source>No badge is recorded as lost.</source>
        <translation>没有登记遗失的访客牌。</translation>
    </message>
    <message>
        <source>Badge found</source>
        <translation>访客牌找回</translation>
    </message>
    <message>
        <source>Which badge came back?</source>
        <translation>找回的是几号牌?</translation>
    </message>
    <message>
        <source>Badge %1 is back in the pool.</source>
        <translation>%1 号牌已放回可用牌中。</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>_HeldDialog</name>
    <message>
        <source>Confirm (Enter)</source>
        <translation>确认 (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>deposit_form</name>
    <message>
        <source>Deposited item</source>
        <translation>寄存物品</translation>
    </message>
    <message>
        <source>Depositor</source>
        <translation>寄存人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation>单元/公司</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Condition when left</source>
        <translation>寄存时状况</translation>
    </message>
    <message>
        <source>Condition details</source>
        <translation>状况说明</translation>
    </message>
    <message>
        <source>Tag number (empty = next free)</source>
        <translation>寄存牌号（留空取下一个空号）</translation>
    </message>
    <message>
        <source>Expected pickup</source>
        <translation>预计领取时间</translation>
    </message>
    <message>
        <source>Collected by (if not the depositor)</source>
        <translation>领取人（非寄存人本人时）</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Check the items with the depositor and note any damage: the duty staff pay for anything damaged or lost.</source>
        <translation>请与寄存人当面核对物品并注明损坏：寄存物品如有损坏或丢失由当班人员赔偿。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>drawer_form</name>
    <message>
        <source>Cash drawer entry</source>
        <translation>钱箱登记</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收款财务人员</translation>
    </message>
    <message>
        <source>Payments and refunds come from receipts; record here the opening float, payouts and cash handed to the cashier.</source>
        <translation>收款与退款来自收据；这里登记备用金、支出和交财务的现金。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>duty_note_form</name>
    <message>
        <source>Duty note</source>
        <translation>值班记录</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>需要跟进</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>fax_form</name>
    <message>
        <source>Incoming fax</source>
        <translation>进报传真</translation>
    </message>
    <message>
        <source>Received (empty = now)</source>
        <translation>收到时间（留空为现在）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>From (sender)</source>
        <translation>发件方</translation>
    </message>
    <message>
        <source>From fax number</source>
        <translation>发件传真号</translation>
    </message>
    <message>
        <source>Kept in (folder)</source>
        <translation>存放（文件夹）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>found_item_form</name>
    <message>
        <source>Found item</source>
        <translation>拾获物品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Where found</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>When found (empty = now)</source>
        <translation>拾获时间（留空为现在）</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Owner (if known)</source>
        <translation>失主（如已知）</translation>
    </message>
    <message>
        <source>Owner&apos;s phone</source>
        <translation>失主电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Unclaimed items are handed to the police or disposed of after the keeping period. The owner claims with an ID.</source>
        <translation>超过保管期无人认领的物品交派出所或处理。失主凭有效证件认领。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>goods_form</name>
    <message>
        <source>Goods pass</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>携带人</translation>
    </message>
    <message>
        <source>Unit / company</source>
        <translation>单元/公司</translation>
    </message>
    <message>
        <source>Items and quantities (one a line: item × qty)</source>
        <translation>物品及数量（每行一项：物品 × 数量）</translation>
    </message>
    <message>
        <source>电脑 × 2
办公椅 × 4</source>
        <translation>电脑 × 2
办公椅 × 4</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <source>Issued by (management office)</source>
        <translation>开具人（管理处）</translation>
    </message>
    <message>
        <source>Moving materials (needs the office&apos;s voucher)</source>
        <translation>搬运材料（需管理处凭据）</translation>
    </message>
    <message>
        <source>Voucher number</source>
        <translation>凭据编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>key_loan_form</name>
    <message>
        <source>Key loan</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Key tag (scan)</source>
        <translation>钥匙牌号（扫码）</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Due back (empty = default)</source>
        <translation>应还时间（留空为默认）</translation>
    </message>
    <message>
        <source>Deposit paid by</source>
        <translation>押金支付方式</translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation>财务室收据号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>message_form</name>
    <message>
        <source>Phone message</source>
        <translation>电话留言</translation>
    </message>
    <message>
        <source>Message for</source>
        <translation>受话人</translation>
    </message>
    <message>
        <source>Company / department</source>
        <translation>公司/部门</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Caller&apos;s company</source>
        <translation>来电单位</translation>
    </message>
    <message>
        <source>Caller&apos;s phone</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>分机</translation>
    </message>
    <message>
        <source>Caller&apos;s city</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>留言内容</translation>
    </message>
    <message>
        <source>What the caller said, read back to them</source>
        <translation>来电内容（已向对方复述确认）</translation>
    </message>
    <message>
        <source>Caller asks</source>
        <translation>对方要求</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>通话时间</translation>
    </message>
    <message>
        <source>Blank = now; or 14:05</source>
        <translation>留空为现在，或填 14:05</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>move_in_form</name>
    <message>
        <source>Move-in key hand-over</source>
        <translation>业主接房领取钥匙</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Which keys</source>
        <translation>钥匙说明</translation>
    </message>
    <message>
        <source>Register tags (comma separated)</source>
        <translation>登记册牌号（逗号分隔）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Date (empty = today)</source>
        <translation>日期（留空为今天）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>parcel_form</name>
    <message>
        <source>Parcel and mail sign-in</source>
        <translation>邮件包裹签收</translation>
    </message>
    <message>
        <source>Tracking number (scan)</source>
        <translation>单号（扫码）</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运方</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shelf / pigeonhole</source>
        <translation>存放位置（格口）</translation>
    </message>
    <message>
        <source>Condition on arrival</source>
        <translation>到件状况</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>pass_form</name>
    <message>
        <source>Pass and access card</source>
        <translation>证件与门禁卡</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>证件号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Authorised by owner (non-owner)</source>
        <translation>业主委托（非业主本人）</translation>
    </message>
    <message>
        <source>Authorisation letter seen</source>
        <translation>已查验委托证明书</translation>
    </message>
    <message>
        <source>Owner bringing the worker</source>
        <translation>陪同工人的业主</translation>
    </message>
    <message>
        <source>Lease seen</source>
        <translation>已查验租赁合同</translation>
    </message>
    <message>
        <source>Photo seen</source>
        <translation>已收照片</translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation>租约自</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>租约至</translation>
    </message>
    <message>
        <source>Valid from (empty = today)</source>
        <translation>有效期自（留空为今天）</translation>
    </message>
    <message>
        <source>Valid until / due back</source>
        <translation>有效期至/应还日期</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Finance receipt no.</source>
        <translation>财务室收据号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>service_order_form</name>
    <message>
        <source>Service order</source>
        <translation>商务中心服务单</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Customer / staff member</source>
        <translation>客户/使用人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Reason for use</source>
        <translation>使用原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准/确认人</translation>
    </message>
    <message>
        <source>Price item</source>
        <translation>价目</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>传真号码</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Time used (min:sec)</source>
        <translation>用时（分:秒）</translation>
    </message>
    <message>
        <source>Error pages resent</source>
        <translation>错页重发页数</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>单双面</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色彩</translation>
    </message>
    <message>
        <source>Copies per set</source>
        <translation>每套张数</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>套数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Typing stage</source>
        <translation>文稿进度</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>保留文件</translation>
    </message>
    <message>
        <source>Keep until (date)</source>
        <translation>保留至（日期）</translation>
    </message>
    <message>
        <source>Requirements / note</source>
        <translation>要求/备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
<context>
    <name>visitor_form</name>
    <message>
        <source>Visitor check-in</source>
        <translation>访客登记进入</translation>
    </message>
    <message>
        <source>Visitor name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>访客类别</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>单元/房号</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>How admitted</source>
        <translation>放行方式</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准/确认人</translation>
    </message>
    <message>
        <source>Pass kind</source>
        <translation>证件种类</translation>
    </message>
    <message>
        <source>Pass number</source>
        <translation>出入证号</translation>
    </message>
    <message>
        <source>Work ID</source>
        <translation>工作证号</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>访客牌号</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
</context>
</TS>
