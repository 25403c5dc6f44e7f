<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>考勤表每一格都已录入</source>
        <translation>Every attendance cell is entered</translation>
    </message>
    <message>
        <source>未录入（不算缺勤，结业前须补录）</source>
        <translation>not entered (not absent; enter it before closing)</translation>
    </message>
    <message>
        <source>转到下一个未录入格</source>
        <translation>Go to the next cell not entered</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>导入签到记录…</source>
        <translation>Import sign-in records…</translation>
    </message>
    <message>
        <source>读取签到导出文件（姓名或身份证号 + 签到时间），按日期和时段记为出勤</source>
        <translation>Read a sign-in export (name or ID number + sign-in time) and mark those people present by date and half-day</translation>
    </message>
    <message>
        <source>录入后向下</source>
        <translation>Move down after a mark</translation>
    </message>
    <message>
        <source>录入后向右</source>
        <translation>Move right after a mark</translation>
    </message>
    <message>
        <source>按一个考勤键后光标移到哪里：向下＝按课时逐人录入，向右＝按学员逐课录入</source>
        <translation>Where the cursor goes after a mark key: down = one session, trainee by trainee; right = one trainee, session by session</translation>
    </message>
    <message>
        <source>填充与编辑</source>
        <translation>Fill and edit</translation>
    </message>
    <message>
        <source>设为 √ 出勤</source>
        <translation>Set √ present</translation>
    </message>
    <message>
        <source>设为 迟到</source>
        <translation>Set late</translation>
    </message>
    <message>
        <source>设为 早退</source>
        <translation>Set left early</translation>
    </message>
    <message>
        <source>设为 请假</source>
        <translation>Set on leave</translation>
    </message>
    <message>
        <source>设为 × 缺勤</source>
        <translation>Set × absent</translation>
    </message>
    <message>
        <source>所选单元格</source>
        <translation>Selected cells</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>本课时全体设为出勤</source>
        <translation>Everyone present in this session</translation>
    </message>
    <message>
        <source>本学员全部课时设为出勤</source>
        <translation>This trainee present in every session</translation>
    </message>
    <message>
        <source>向下填充</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <source>向右填充</source>
        <translation>Fill right</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>粘贴（可从 Excel 复制）</source>
        <translation>Paste (copied from Excel too)</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>1 或 空格</source>
        <translation>1 or Space</translation>
    </message>
    <message>
        <source>出勤</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>早退</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>5 或 0</source>
        <translation>5 or 0</translation>
    </message>
    <message>
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>未到上课日期（到当天才能录入）</source>
        <translation>Not yet held (can be entered on the day)</translation>
    </message>
    <message>
        <source>Delete 清除 · 也可输入 出/迟/早/假/缺 · 方向键、Tab 移动 · 选中整行/整列/区域后按键一次填满 · Ctrl+D 向下填充 · Ctrl+R 向右填充 · Ctrl+C 复制 · Ctrl+V 粘贴 Excel 区域 · Ctrl+Z 撤销</source>
        <translation>Delete clears · 出/迟/早/假/缺 work too · arrows and Tab move · select a row, column or block and press a key to fill it · Ctrl+D fill down · Ctrl+R fill right · Ctrl+C copy · Ctrl+V paste an Excel block · Ctrl+Z undo</translation>
    </message>
    <message>
        <source>请选择一个培训项目。</source>
        <translation>Choose a training project.</translation>
    </message>
    <message>
        <source>{name}（{status}）</source>
        <translation>{name} ({status})</translation>
    </message>
    <message>
        <source>还没有在册学员</source>
        <translation>no trainees on the roster yet</translation>
    </message>
    <message>
        <source>还没有课程安排</source>
        <translation>no sessions scheduled yet</translation>
    </message>
    <message>
        <source>{project} · {trainees} · {sessions} · 出勤率要求 {threshold:.0%}</source>
        <translation>{project} · {trainees} · {sessions} · attendance required {threshold:.0%}</translation>
    </message>
    <message numerus="yes">
        <source>学员 %n 人</source>
        <translation>
            <numerusform>%n trainee</numerusform>
            <numerusform>%n trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>课时 %n 个</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已复制 %n 个单元格</source>
        <translation>
            <numerusform>Copied %n cell</numerusform>
            <numerusform>Copied %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已从“{file}”导入 %n 个出勤标记</source>
        <translation>
            <numerusform>Imported %n present mark from “{file}”</numerusform>
            <numerusform>Imported %n present marks from “{file}”</numerusform>
        </translation>
    </message>
    <message>
        <source> · 低于要求 {count} 人（红色）</source>
        <translation> · {count} below it (red)</translation>
    </message>
    <message numerus="yes">
        <source> · 未录入 %n 格（灰色，Ctrl+G 转到）</source>
        <translation>
            <numerusform> · %n cell not entered (grey, Ctrl+G goes there)</numerusform>
            <numerusform> · %n cells not entered (grey, Ctrl+G goes there)</numerusform>
        </translation>
    </message>
    <message>
        <source>已到上课日期的考勤都已录入</source>
        <translation>All attendance for sessions held so far is entered</translation>
    </message>
    <message>
        <source>本课时全体出勤</source>
        <translation>Everyone present in the session</translation>
    </message>
    <message>
        <source>本学员全部出勤</source>
        <translation>Trainee present throughout</translation>
    </message>
    <message>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>（表格中的 {cell}）</source>
        <translation> (in the grid: {cell})</translation>
    </message>
    <message>
        <source>没有粘贴任何内容：{message}</source>
        <translation>Nothing was pasted: {message}</translation>
    </message>
    <message>
        <source>选择签到记录文件</source>
        <translation>Choose the sign-in record file</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>正在读取签到记录…</source>
        <translation>Reading the sign-in records…</translation>
    </message>
    <message>
        <source>导入签到记录</source>
        <translation>Import sign-in records</translation>
    </message>
</context>
<context>
    <name>AttendanceMark</name>
    <message>
        <source>出勤</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>早退</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>未录入 {count} 人</source>
        <translation>{count} not entered</translation>
    </message>
    <message>
        <source>未录入（结业前须补录，缺勤请记 ×）</source>
        <translation>not entered (enter it before closing; absence is ×)</translation>
    </message>
    <message>
        <source>{name} · {date} {slot}</source>
        <translation>{name} · {date} {slot}</translation>
    </message>
    <message>
        <source>还没到上课日期，到当天才能录入</source>
        <translation>This session has not been held yet; enter it on the day</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>{cell}：{state}</source>
        <translation>{cell}: {state}</translation>
    </message>
    <message numerus="yes">
        <source>{date} {slot} · {hours:g} 学时</source>
        <translation>
            <numerusform>{date} {slot} · {hours:g} hour</numerusform>
            <numerusform>{date} {slot} · {hours:g} hours</numerusform>
        </translation>
    </message>
    <message>
        <source>还没到上课日期（今天是 {today}），到当天才能录入考勤</source>
        <translation>This session has not been held yet (today is {today}); enter attendance on the day</translation>
    </message>
    <message>
        <source>主题：{topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <source>授课：{lecturer}</source>
        <translation>Lecturer: {lecturer}</translation>
    </message>
    <message>
        <source>地点：{place}</source>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <source>到课 {present:g} / {total:g} 人</source>
        <translation>{present:g} of {total:g} present</translation>
    </message>
    <message>
        <source>尚未记录考勤</source>
        <translation>No attendance recorded yet</translation>
    </message>
    <message numerus="yes">
        <source>{name} · {school}
出勤 {attended:g} / {held:g} 学时（{rate}）</source>
        <translation>
            <numerusform>{name} · {school}
Attended {attended:g} of {held:g} hour ({rate})</numerusform>
            <numerusform>{name} · {school}
Attended {attended:g} of {held:g} hours ({rate})</numerusform>
        </translation>
    </message>
    <message>
        <source>低于出勤率要求 {threshold:.0%}</source>
        <translation>Below the required attendance of {threshold:.0%}</translation>
    </message>
    <message numerus="yes">
        <source>未录入 %n 节（不计入出勤率，结业前须补录）</source>
        <translation>
            <numerusform>%n session not entered (left out of the rate; enter it before closing)</numerusform>
            <numerusform>%n sessions not entered (left out of the rate; enter them before closing)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackboneLevel</name>
    <message>
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县级</source>
        <translation>County</translation>
    </message>
</context>
<context>
    <name>BudgetItem</name>
    <message>
        <source>异地集中培训</source>
        <translation>Off-site training</translation>
    </message>
    <message>
        <source>本地集中培训</source>
        <translation>Local training</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>标准（元）</source>
        <translation>Rate (yuan)</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>计划经费（按培训人数和计划天数）</source>
        <translation>Planned cost (places and planned days)</translation>
    </message>
    <message>
        <source>实际经费（按在册人数和实际出勤，据实结算）</source>
        <translation>Actual cost (enrolled trainees and attendance)</translation>
    </message>
    <message>
        <source>标准：异地集中 500 元/人·天，本地集中 400 元/人·天，网络研修 5 元/人·学时；网络直播不足 100 人时不超过 40 元/人·学时，100 人及以上不超过 3000 元/学时。</source>
        <translation>Rates: off-site 500 yuan per person-day, local 400 yuan per person-day, online 5 yuan per person-hour; live online at most 40 yuan per person-hour under 100 people, at most 3000 yuan per hour from 100 people.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原状态</source>
        <translation>From</translation>
    </message>
    <message>
        <source>新状态</source>
        <translation>To</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>状态记录</source>
        <translation>Status log</translation>
    </message>
    <message numerus="yes">
        <source>计划合计 {amount} 元（%n 人）</source>
        <translation>
            <numerusform>Planned total {amount} yuan (%n person)</numerusform>
            <numerusform>Planned total {amount} yuan (%n people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>实际合计 {amount} 元（%n 人）</source>
        <translation>
            <numerusform>Actual total {amount} yuan (%n person)</numerusform>
            <numerusform>Actual total {amount} yuan (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>本项目没有录入考勤，集中培训的实际费用按 0 元计。由本县承办的，请在“课程安排”和“考勤”中补录（需先重新打开项目）；由上级承办、不在本县结算的，无需补录。</source>
        <translation>No attendance was recorded for this project, so its concentrated days cost 0. If the county ran it, record the sessions and attendance on Sessions and Attendance (reopen the project first); if a higher level ran it and it is not settled here, nothing needs recording.</translation>
    </message>
</context>
<context>
    <name>BudgetUnit</name>
    <message>
        <source>人·天</source>
        <translation>person-days</translation>
    </message>
    <message>
        <source>人·学时</source>
        <translation>person-hours</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>hours</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>CertificateSection</name>
    <message>
        <source>证书版式与打印</source>
        <translation>Certificate design and printing</translation>
    </message>
    <message>
        <source>A4 横向</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A4 纵向</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>金色边框</source>
        <translation>Gold border</translation>
    </message>
    <message>
        <source>恢复默认版式</source>
        <translation>Restore default layout</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source> 毫米</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>距顶 </source>
        <translation>from top </translation>
    </message>
    <message>
        <source>字号 </source>
        <translation>size </translation>
    </message>
    <message>
        <source>字距 </source>
        <translation>spacing </translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>行距 </source>
        <translation>line spacing </translation>
    </message>
    <message>
        <source> 倍</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>正文边距</source>
        <translation>Body margins</translation>
    </message>
    <message>
        <source>左 </source>
        <translation>left </translation>
    </message>
    <message>
        <source>右 </source>
        <translation>right </translation>
    </message>
    <message>
        <source>落款</source>
        <translation>Issuer block</translation>
    </message>
    <message>
        <source>中心距右 </source>
        <translation>centre from right </translation>
    </message>
    <message>
        <source>公章</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>直径 </source>
        <translation>diameter </translation>
    </message>
    <message>
        <source>二维码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>距左 </source>
        <translation>from left </translation>
    </message>
    <message>
        <source>边长 </source>
        <translation>side </translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>位置以毫米计，从纸张左上角量起；字号以磅计。预览与打印效果一致。</source>
        <translation>Positions in millimetres from the paper&apos;s top-left corner; sizes in points. The preview prints as shown.</translation>
    </message>
    <message>
        <source>未设置公章：证书上不印公章</source>
        <translation>No seal set: certificates are printed without one</translation>
    </message>
    <message>
        <source>公章图片保存在数据库里，随备份和数据库文件一起带到别的电脑。</source>
        <translation>The seal picture is kept in the database: it goes with a backup or a copy of the database file to another PC.</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>公章图片</source>
        <translation>Seal picture</translation>
    </message>
    <message>
        <source>发证单位</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>证书编号格式</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>自动：使用本机的中文 TrueType 字体</source>
        <translation>Automatic: a Chinese TrueType font on this PC</translation>
    </message>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>打印字体</source>
        <translation>Print font</translation>
    </message>
    <message>
        <source>证书上遮盖身份证号（默认印完整号码：证书是持证人本人的凭证）</source>
        <translation>Mask the ID number on certificates (full by default: the certificate is the holder&apos;s own document)</translation>
    </message>
    <message>
        <source>选择公章图片</source>
        <translation>Choose the seal picture</translation>
    </message>
    <message>
        <source>PNG 图片（透明背景） (*.png);;图片 (*.png *.jpg *.jpeg)</source>
        <translation>PNG picture (transparent background) (*.png);;Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file}（{at} 存入数据库）</source>
        <translation>{file} (stored in the database {at})</translation>
    </message>
    <message>
        <source>{file}（保存设置后存入数据库）</source>
        <translation>{file} (stored in the database when the settings are saved)</translation>
    </message>
    <message>
        <source>更换…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>选择中文字体文件</source>
        <translation>Choose a Chinese font file</translation>
    </message>
    <message>
        <source>TrueType 字体</source>
        <translation>TrueType fonts</translation>
    </message>
    <message>
        <source>正在使用：{family}（{path}），嵌入 PDF。</source>
        <translation>In use: {family} ({path}), embedded in PDFs.</translation>
    </message>
    <message>
        <source>正在使用：{family}（未嵌入）。</source>
        <translation>In use: {family} (not embedded).</translation>
    </message>
    <message>
        <source>示例：{number}（下一个项目 {code} 的第一本）</source>
        <translation>Example: {number} (the first certificate of the next project, {code})</translation>
    </message>
    <message>
        <source>留空则印单位名称：{name}</source>
        <translation>Empty = the office name: {name}</translation>
    </message>
</context>
<context>
    <name>CertificateTableModel</name>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>考核结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>打印次数</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>已作废</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>不符，待重发</source>
        <translation>Mismatch, reissue pending</translation>
    </message>
    <message>
        <source>{when} 作废：{reason}</source>
        <translation>Revoked {when}: {reason}</translation>
    </message>
    <message>
        <source>与学时档案不符（{change}）：不能打印；请点“作废并重发…”</source>
        <translation>Does not match the ledger ({change}): cannot be printed; click “Revoke and reissue…”</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>为考核全部合格的学员编号发证（Ctrl+N）；已发过的不会重复发</source>
        <translation>Number and issue certificates to trainees who passed every stage (Ctrl+N); nobody gets a second one</translation>
    </message>
    <message>
        <source>生成证书 PDF：合并为一个文件，或每人一个文件</source>
        <translation>Write certificate PDFs: one merged file, or one file per person</translation>
    </message>
    <message>
        <source>直接打印…</source>
        <translation>Print directly…</translation>
    </message>
    <message>
        <source>预览后通过系统打印对话框送打印机</source>
        <translation>Preview, then print through the system print dialog</translation>
    </message>
    <message>
        <source>作废…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>作废并重发…</source>
        <translation>Revoke and reissue…</translation>
    </message>
    <message>
        <source>作废与考核结果或学时档案不符的证书（编号保留），为仍合格的学员重发新证</source>
        <translation>Revoke certificates that no longer match the results or the ledger (numbers kept) and issue new ones to trainees who still qualify</translation>
    </message>
    <message>
        <source>发放证书(&amp;I)</source>
        <translation>&amp;Issue certificates</translation>
    </message>
    <message>
        <source>项目</source>
        <comment>培训项目</comment>
        <translation>Project</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>导出登记表(&amp;X)…</source>
        <translation>E&amp;xport register…</translation>
    </message>
    <message>
        <source>证书发放登记表（Excel，Ctrl+E）</source>
        <translation>Certificate register (Excel, Ctrl+E)</translation>
    </message>
    <message>
        <source>核验证书…</source>
        <translation>Verify certificate…</translation>
    </message>
    <message>
        <source>扫描证书二维码，离线核验真伪</source>
        <translation>Scan a certificate&apos;s QR code and check it offline</translation>
    </message>
    <message>
        <source>查找：姓名、证书编号、单位</source>
        <translation>Find: name, certificate number, school</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message numerus="yes">
        <source>在册 {enrolled} 人 · 合格 {passed} 人 · 有效证书 %n 本 · 作废 {revoked} 本</source>
        <translation>
            <numerusform>{enrolled} on roster · {passed} passed · %n valid certificate · {revoked} revoked</numerusform>
            <numerusform>{enrolled} on roster · {passed} passed · %n valid certificates · {revoked} revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{project}”：新发证书 %n 本，已有证书 {already} 人，未发 {skipped} 人。</source>
        <translation>
            <numerusform>“{project}”: %n certificate issued, {already} already held one, {skipped} not issued.</numerusform>
            <numerusform>“{project}”: %n certificates issued, {already} already held one, {skipped} not issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 本证书：{where}</source>
        <translation>
            <numerusform>%n certificate written: {where}</numerusform>
            <numerusform>%n certificates written: {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>还没有已结业的项目。项目在“培训项目”页完成考核并办理结业后，即可在这里发放证书。</source>
        <translation>No closed project yet. Once a project is assessed and closed on the Projects page, its certificates are issued here.</translation>
    </message>
    <message>
        <source>{code}  {name}（{status}）</source>
        <translation>{code}  {name} ({status})</translation>
    </message>
    <message>
        <source> · 不符待重发 {count} 本</source>
        <translation> · {count} to reissue</translation>
    </message>
    <message>
        <source>本项目还没有发放证书：点“发放证书”为考核合格的学员编号发证。</source>
        <translation>No certificates for this project yet: click “Issue certificates” to number and issue them to those who passed.</translation>
    </message>
    <message>
        <source>{name}（{change}）</source>
        <translation>{name} ({change})</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source> 等 {count} 人</source>
        <translation> and others ({count} in all)</translation>
    </message>
    <message>
        <source>请点“作废并重发…”。</source>
        <translation>Click “Revoke and reissue…”.</translation>
    </message>
    <message>
        <source>项目已归档：请先在“培训项目”页重新打开（回到结业），再点“作废并重发…”。</source>
        <translation>The project is archived: reopen it on the Projects page (back to Closed), then click “Revoke and reissue…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n 本证书与考核结果或学时档案不符，不能打印，也不能放入提交包：{people}。{fix}</source>
        <translation>
            <numerusform>%n certificate does not match the results or the ledger and cannot be printed or put in a packet: {people}. {fix}</numerusform>
            <numerusform>%n certificates do not match the results or the ledger and cannot be printed or put in a packet: {people}. {fix}</numerusform>
        </translation>
    </message>
    <message>
        <source>正在发放证书…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <source>{name}：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>……共 {count} 人</source>
        <translation>… {count} in all</translation>
    </message>
    <message>
        <source>未发证书的学员（只为各阶段均考核合格的学员发证）：</source>
        <translation>Trainees without a certificate (only those who passed every stage get one):</translation>
    </message>
    <message>
        <source>正在生成证书 PDF…</source>
        <translation>Writing the certificates PDF…</translation>
    </message>
    <message numerus="yes">
        <source>将打印 %n 本证书；与学时档案不符的证书没有打印。</source>
        <translation>
            <numerusform>Printing %n certificate; those that do not match the ledger were left out.</numerusform>
            <numerusform>Printing %n certificates; those that do not match the ledger were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>打印预览：%n 本证书</source>
        <translation>
            <numerusform>Print preview: %n certificate</numerusform>
            <numerusform>Print preview: %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已送打印机：%n 本证书</source>
        <translation>
            <numerusform>Sent to the printer: %n certificate</numerusform>
            <numerusform>Sent to the printer: %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>证书 {number} 已作废。</source>
        <translation>Certificate {number} revoked.</translation>
    </message>
    <message>
        <source>{project}-证书发放登记表-{date}.xlsx</source>
        <translation>{project}-certificate-register-{date}.xlsx</translation>
    </message>
    <message>
        <source>导出证书发放登记表</source>
        <translation>Export certificate register</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出证书发放登记表…</source>
        <translation>Exporting the certificate register…</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>年度达标</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>五年周期</source>
        <translation>5-year cycle</translation>
    </message>
    <message>
        <source>只看未达标≥20%的学校</source>
        <translation>Only schools with ≥20% under target</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>学校达标情况、未达标教师名单和五年周期完成情况（Ctrl+E）</source>
        <translation>Schools against the target, teachers under it, and the 5-year cycle (Ctrl+E)</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>双击一所学校，查看其未达标的教师。</source>
        <translation>Double-click a school to see its teachers under the target.</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>正在统计 {year} 年学分达标情况…</source>
        <translation>Counting credit compliance for {year}…</translation>
    </message>
    <message>
        <source>正在统计学分达标情况…</source>
        <translation>Counting credit compliance…</translation>
    </message>
    <message>
        <source>{start}—{end} 周期（要求 {target}）：{teachers}，已完成 {completed} 人，完成率 &lt;b&gt;{rate:.1%}&lt;/b&gt;</source>
        <translation>Cycle {start}–{end} ({target} required): {teachers}, {completed} completed, completion &lt;b&gt;{rate:.1%}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>在职教师 %n 人</source>
        <translation>
            <numerusform>%n active teacher</numerusform>
            <numerusform>%n active teachers</numerusform>
        </translation>
    </message>
    <message>
        <source>{year} 年度（要求 {target}）：{teachers}，达标 {met} 人，达标率 &lt;b&gt;{rate}&lt;/b&gt;（目标 {goal:.0%}，{verdict}）· 未达标≥20%的学校 {flagged} 所</source>
        <translation>{year} ({target} required): {teachers}, {met} met the target, rate &lt;b&gt;{rate}&lt;/b&gt; (goal {goal:.0%}, {verdict}) · schools with ≥20% under target: {flagged}</translation>
    </message>
    <message numerus="yes">
        <source>{credits} 学分</source>
        <translation>
            <numerusform>{credits} credit</numerusform>
            <numerusform>{credits} credits</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;{year} 年尚未结束：以上为截至 {date} 的学分，年底前还会增加。</source>
        <translation>&lt;br&gt;{year} is not over: these are the credits up to {date}, and more will come before the year ends.</translation>
    </message>
    <message>
        <source>&lt;br&gt;按 {date} 在职的教师及其当日所在学校统计：此后的退休、调出和调动不改变这些数字。</source>
        <translation>&lt;br&gt;Counts the teachers in service on {date}, at the school they were at that day: later retirements, transfers out and moves do not change these figures.</translation>
    </message>
    <message numerus="yes">
        <source>{school}：{start}—{end} 周期未完成 {target}的教师 %n 人（双击查看学时登记）</source>
        <translation>
            <numerusform>{school}: %n teacher short of {target} in the {start}–{end} cycle (double-click for the ledger)</numerusform>
            <numerusform>{school}: %n teachers short of {target} in the {start}–{end} cycle (double-click for the ledger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{school}：{year} 年度学分未达标的教师 %n 人（双击查看学时登记）</source>
        <translation>
            <numerusform>{school}: %n teacher under the {year} credit target (double-click for the ledger)</numerusform>
            <numerusform>{school}: %n teachers under the {year} credit target (double-click for the ledger)</numerusform>
        </translation>
    </message>
    <message>
        <source>已达到</source>
        <translation>met</translation>
    </message>
    <message>
        <source>未达到</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>{year}年度学分达标情况.xlsx</source>
        <translation>Credit compliance {year}.xlsx</translation>
    </message>
    <message>
        <source>导出学分达标情况</source>
        <translation>Export credit compliance</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>（身份证号已部分遮盖）</source>
        <translation> (ID numbers partly masked)</translation>
    </message>
    <message>
        <source>已导出 {year} 年学分达标情况：{path}{note}</source>
        <translation>Exported credit compliance for {year}: {path}{note}</translation>
    </message>
    <message>
        <source>正在导出学分达标情况…</source>
        <translation>Exporting credit compliance…</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>提交包联系人</source>
        <translation>Packet contact</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CreditCategory</name>
    <message>
        <source>项目培训</source>
        <translation>Project training</translation>
    </message>
    <message>
        <source>校本研修</source>
        <translation>School-based training</translation>
    </message>
    <message>
        <source>师德</source>
        <translation>Ethics</translation>
    </message>
    <message>
        <source>网络研修</source>
        <translation>Online training</translation>
    </message>
    <message>
        <source>资源建设</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>学历提高</source>
        <translation>Degree study</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>例如 2025-06-30</source>
        <translation>e.g. 2025-06-30</translation>
    </message>
    <message>
        <source>请填写日期，例如 2025-06-30</source>
        <translation>Enter a date, e.g. 2025-06-30</translation>
    </message>
    <message>
        <source>无法识别的日期：{text}（请写成 2025-06-30）</source>
        <translation>Not a date: {text} (write it as 2025-06-30)</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>从教师库选人：{name}</source>
        <translation>Pick from the registry: {name}</translation>
    </message>
    <message>
        <source>计划中的培训对象：{target}</source>
        <translation>Target group in the plan: {target}</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>已按培训对象预设：{filters}。可在下面调整。</source>
        <translation>Preset from the target group: {filters}. Adjust below.</translation>
    </message>
    <message>
        <source>培训对象中没有可预设的条件，请在下面选择。</source>
        <translation>The target group names no filter to preset; choose below.</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>选中列表中的全部教师（Ctrl+A）</source>
        <translation>Select every teacher in the list (Ctrl+A)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>培训对象条件</source>
        <translation>Target group</translation>
    </message>
    <message numerus="yes">
        <source>符合条件、尚未在名单上的教师：%n 人</source>
        <translation>
            <numerusform>Matching teachers not yet on the roster: %n</numerusform>
            <numerusform>Matching teachers not yet on the roster: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>报名选中的 %n 人</source>
        <translation>
            <numerusform>Enrol the %n selected</numerusform>
            <numerusform>Enrol the %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>已报名 {count} 人。</source>
        <translation>{count} enrolled.</translation>
    </message>
    <message numerus="yes">
        <source>%n 人已在名单上，未重复报名。</source>
        <translation>
            <numerusform>%n was already on the roster and was not enrolled again.</numerusform>
            <numerusform>%n were already on the roster and were not enrolled again.</numerusform>
        </translation>
    </message>
    <message>
        <source>超出学校或乡镇指标（已列入名单并标记为超额）：{names}</source>
        <translation>Over a school&apos;s or township&apos;s quota (enrolled and flagged): {names}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>名单人数已超出项目培训人数 {count} 人。</source>
        <translation>The roster now exceeds the project&apos;s places by {count}.</translation>
    </message>
</context>
<context>
    <name>EnrollmentStatus</name>
    <message>
        <source>在册</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>替换</source>
        <translation>Substituted</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>出现意外错误（{name}），这一步操作没有完成。</source>
        <translation>An unexpected error occurred ({name}); this step was not completed.</translation>
    </message>
    <message>
        <source>已保存的数据不受影响，程序可以继续使用。详情已记入日志：{path}</source>
        <translation>Saved data is not affected and you can keep working. The details are in the log: {path}</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>欢迎使用 TrainOffice</source>
        <translation>Welcome to TrainOffice</translation>
    </message>
    <message>
        <source>首次使用，请填写本单位信息。它们会出现在导出的名单、证书和提交包上，以后可在“设置”中修改。换了新电脑、已有备份时，请点“从备份恢复…”。</source>
        <translation>First start: please enter your office&apos;s details. They appear on exported lists, certificates and packets, and can be changed later under Settings. On a new PC with a backup, click “Restore from backup…”.</translation>
    </message>
    <message>
        <source>数据库文件：{path}</source>
        <translation>Database file: {path}</translation>
    </message>
    <message>
        <source>例如：安仁县教育局教师培训股</source>
        <translation>e.g. 安仁县教育局教师培训股 (Anren County Education Bureau, Teacher Training Section)</translation>
    </message>
    <message>
        <source>例如：安仁县</source>
        <translation>e.g. 安仁县</translation>
    </message>
    <message>
        <source>6位行政区划代码，例如 431028</source>
        <translation>6-digit administrative division code, e.g. 431028</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>县/区名称</source>
        <translation>County / district</translation>
    </message>
    <message>
        <source>县区代码</source>
        <translation>County code</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>换了新电脑：选择以前用“文件 › 备份数据库…”保存的备份，从它继续使用</source>
        <translation>A new PC: choose a backup made with “File › Back up database…” and carry on from it</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>TrainOffice databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>这个文件不能用来恢复。</source>
        <translation>This file cannot be used to restore.</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>GenerateSessionsDialog</name>
    <message>
        <source>生成课程安排</source>
        <translation>Generate sessions</translation>
    </message>
    <message numerus="yes">
        <source>{name}（{hours} 学时）</source>
        <translation>
            <numerusform>{name} ({hours} hour)</numerusform>
            <numerusform>{name} ({hours} hours)</numerusform>
        </translation>
    </message>
    <message>
        <source>跳过周六、周日</source>
        <translation>Skip Saturdays and Sundays</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message numerus="yes">
        <source>（每个时段 {hours} 学时）</source>
        <translation>
            <numerusform>({hours} hour per slot)</numerusform>
            <numerusform>({hours} hours per slot)</numerusform>
        </translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>授课人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>主题按模板分项：{parts}</source>
        <translation>Topics from the template: {parts}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>{name} {hours} 学时</source>
        <translation>
            <numerusform>{name} {hours} hour</numerusform>
            <numerusform>{name} {hours} hours</numerusform>
        </translation>
    </message>
    <message>
        <source>结束日期 {last} 早于开始日期 {first}</source>
        <translation>The last date {last} is before the first date {first}</translation>
    </message>
    <message>
        <source>{days} × {slots} = {sessions}，共 {hours}</source>
        <translation>{days} × {slots} = {sessions}, {hours} in all</translation>
    </message>
    <message numerus="yes">
        <source>%n 天</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个时段</source>
        <translation>
            <numerusform>%n slot</numerusform>
            <numerusform>%n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 节</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；阶段“{stage}”规定 {total} 学时（已有的日期和时段会跳过）</source>
        <translation>
            <numerusform>; stage “{stage}” has {total} hour (dates and slots already scheduled are skipped)</numerusform>
            <numerusform>; stage “{stage}” has {total} hours (dates and slots already scheduled are skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已生成 %n 节课程。</source>
        <translation>
            <numerusform>%n session generated.</numerusform>
            <numerusform>%n sessions generated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>教师学时</source>
        <translation>Teacher ledger</translation>
    </message>
    <message>
        <source>学分达标</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>学时登记</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>学时与学分</source>
        <translation>Hours and credits</translation>
    </message>
    <message numerus="yes">
        <source> 学时</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> 学分</source>
        <translation>
            <numerusform> credit</numerusform>
            <numerusform> credits</numerusform>
        </translation>
    </message>
    <message>
        <source>集中培训每天</source>
        <translation>One day of concentrated training</translation>
    </message>
    <message>
        <source>每个半天时段</source>
        <translation>One half-day slot</translation>
    </message>
    <message>
        <source>每学时折合</source>
        <translation>One hour counts as</translation>
    </message>
    <message>
        <source>年度学分目标</source>
        <translation>Annual credit target</translation>
    </message>
    <message>
        <source>五年周期学时目标</source>
        <translation>5-year cycle hours target</translation>
    </message>
    <message>
        <source>学时周期起算年份</source>
        <translation>Credit cycles counted from</translation>
    </message>
    <message>
        <source>五年一周期，从这一年起算：本周期为 {start}—{end} 年</source>
        <translation>Five-year cycles counted from this year: the current cycle is {start}–{end}</translation>
    </message>
    <message>
        <source>依据：集中培训一天折合 6 学时，半天 3 学时；每年不少于 72 学分，五年不少于 360 学时。</source>
        <translation>Rules: one day of concentrated training = 6 hours, half a day = 3 hours; at least 72 credits a year and 360 hours in five years.</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>本单位</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>县/区名称</source>
        <translation>County / district</translation>
    </message>
    <message>
        <source>县区代码</source>
        <translation>County code</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>撤销这次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>教师信息</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>参培名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>已撤销 %1</source>
        <translation>Undone %1</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>撤销导入 #%1（%2）？这次导入新增的教师、学校和名单将被删除，更新过的信息恢复原样。</source>
        <translation>Undo import #%1 (%2)? Teachers, schools and roster entries it added will be deleted, and records it updated restored.</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>正在撤销</source>
        <translation>Undoing</translation>
    </message>
    <message>
        <source>出现意外错误：%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>不能撤销</source>
        <translation>Cannot undo</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入教师信息</source>
        <translation>Import teachers</translation>
    </message>
    <message>
        <source>导入参培学员名单</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>学校报来的 Excel、WPS 或 CSV 文件</source>
        <translation>The Excel, WPS or CSV file a school sent</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>表头占两行（上面一行是合并的分组名称）</source>
        <translation>Two header rows (the upper one is a merged group label)</translation>
    </message>
    <message>
        <source>工作表</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>表头所在行（最后一行）</source>
        <translation>Header row (the last one)</translation>
    </message>
    <message>
        <source>每一列对应教师信息中的哪一项？已按表头猜好，可以修改；下次导入表头相同的文件时会记住您的选择。</source>
        <translation>Which teacher field does each column hold? Guessed from the headers; change any of them. Your choice is remembered for files with the same headers.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>教师信息库中</source>
        <translation>In the registry</translation>
    </message>
    <message>
        <source>表中</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>保留库中信息</source>
        <translation>Keep the registry&apos;s</translation>
    </message>
    <message>
        <source>按表中信息更新</source>
        <translation>Update from the file</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>导出错误报告…</source>
        <translation>Export error report…</translation>
    </message>
    <message>
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在读取 %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>表头在第 %1 行，数据 %n 行。</source>
        <translation>
            <numerusform>Header on row %1, %n data row.</numerusform>
            <numerusform>Header on row %1, %n data rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>{found}不导入：{rows}</source>
        <translation>{found} Not imported: {rows}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>新建表中的 %n 所学校：%1</source>
        <translation>
            <numerusform>Create the %n school named in the file: %1</numerusform>
            <numerusform>Create the %n schools named in the file: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>新增 %1，更新 %2，不变 %3，%4，%5</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>未导入 %n 行</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>提醒 %n 条</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1（其中新建教师 %2 人；已在信息库的教师以信息库为准，表中电话、职务等不更新）</source>
        <translation>%1 (%2 of them new to the registry; for teachers already in the registry, the registry is kept: the file&apos;s phone, post etc. are not taken)</translation>
    </message>
    <message>
        <source>第 %1 行：</source>
        <translation>Row %1: </translation>
    </message>
    <message numerus="yes">
        <source>未导入：%n 行</source>
        <translation>
            <numerusform>Rejected: %n row</numerusform>
            <numerusform>Rejected: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>提醒：%n 条</source>
        <translation>
            <numerusform>Warnings: %n</numerusform>
            <numerusform>Warnings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose file</translation>
    </message>
    <message>
        <source>工作表和表头</source>
        <translation>Sheet and header</translation>
    </message>
    <message>
        <source>列对应</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>出现意外错误：%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>支持 .xlsx、.xls（Excel 97-2003）、WPS 表格的 .et、.ods 和 .csv/.txt（UTF-8 或 GBK）。标题行、填报单位、合计、填表人等行和隐藏的行列会被自动识别，不导入。</source>
        <translation>Reads .xlsx, .xls (Excel 97-2003), WPS Spreadsheets .et, .ods and .csv/.txt (UTF-8 or GBK). Title rows, the reporting unit, totals, the filled-in-by line and hidden rows and columns are recognised and not imported.</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>请先选择文件</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <source>；本文件还有工作表：%1，请在上面的“工作表”中选择</source>
        <translation>; this file has other sheets too: %1; choose one under Sheet above</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第 %1 行（%2）</source>
        <translation>row %1 (%2)</translation>
    </message>
    <message>
        <source>这一行没有列名：请选择表头所在的行。</source>
        <translation>This row has no column names: choose the header row.</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>对应</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>还没有指定：</source>
        <translation>Not mapped yet: </translation>
    </message>
    <message>
        <source>同一项对应了多列：</source>
        <translation>Mapped from more than one column: </translation>
    </message>
    <message>
        <source>第 %1 行：身份证号相同，姓名不同</source>
        <translation>Row %1: same ID number, different name</translation>
    </message>
    <message>
        <source>%1 中没有可导入的行，未写入任何数据</source>
        <translation>%1 has no row that can be imported; nothing was written</translation>
    </message>
    <message>
        <source>已导入 %1（批次 #%2）</source>
        <translation>Imported %1 (batch #%2)</translation>
    </message>
    <message>
        <source>新增：%1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>更新：%1</source>
        <translation>Updated: %1</translation>
    </message>
    <message>
        <source>不变：%1</source>
        <translation>Unchanged: %1</translation>
    </message>
    <message>
        <source>可以导出错误报告，发回学校改正后重新报送。</source>
        <translation>Export the error report and send it back to the school to correct and resubmit.</translation>
    </message>
    <message>
        <source>导出错误报告</source>
        <translation>Export error report</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>错误报告已导出：%1</source>
        <translation>Error report exported: %1</translation>
    </message>
</context>
<context>
    <name>InfoTab</name>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>保存项目信息（Ctrl+S）</source>
        <translation>Save the project (Ctrl+S)</translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>添加阶段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>删除阶段</source>
        <translation>Remove stage</translation>
    </message>
    <message>
        <source>保存阶段</source>
        <translation>Save stages</translation>
    </message>
    <message>
        <source>应用“校长任职资格二段式”模板</source>
        <translation>Apply the two-stage principal template</translation>
    </message>
    <message>
        <source>第一阶段集中培训 72 学时（理论学习 30 + 影子实践 42），第二阶段返岗实践 50 学时、网络研修 178 学时，共 300 学时</source>
        <translation>Stage 1 concentrated 72 hours (30 theory + 42 shadowing), stage 2 on-the-job practice 50 hours and online 178 hours, 300 hours in all</translation>
    </message>
    <message>
        <source>培训阶段与学时</source>
        <translation>Stages and hours</translation>
    </message>
    <message>
        <source>项目信息</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>培训阶段</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>项目“{name}”有未保存的修改。</source>
        <translation>Project “{name}” has unsaved changes.</translation>
    </message>
    <message>
        <source>改动的部分：{parts}</source>
        <translation>Changed: {parts}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>项目信息已保存。</source>
        <translation>Project saved.</translation>
    </message>
    <message numerus="yes">
        <source>合计 {hours} 学时</source>
        <translation>
            <numerusform>{hours} hour in all</numerusform>
            <numerusform>{hours} hours in all</numerusform>
        </translation>
    </message>
    <message>
        <source>阶段已修改，尚未保存。</source>
        <translation>Stages changed, not saved yet.</translation>
    </message>
    <message>
        <source>第{n}阶段</source>
        <translation>Stage {n}</translation>
    </message>
    <message>
        <source>培训阶段已保存。</source>
        <translation>Stages saved.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>{name} {hours} 学时</source>
        <translation>
            <numerusform>{name} {hours} hour</numerusform>
            <numerusform>{name} {hours} hours</numerusform>
        </translation>
    </message>
    <message>
        <source>把本项目的阶段设置为“校长任职资格二段式”？</source>
        <translation>Set this project&apos;s stages to the two-stage principal course?</translation>
    </message>
    <message>
        <source>应用模板</source>
        <translation>Apply template</translation>
    </message>
    <message numerus="yes">
        <source>{parts}；合计 {total} 学时。现有阶段将被替换（已有课程安排或考核结果的阶段不能删除）。</source>
        <translation>
            <numerusform>{parts}; {total} hour in all. The current stages are replaced (a stage with sessions or results cannot be removed).</numerusform>
            <numerusform>{parts}; {total} hours in all. The current stages are replaced (a stage with sessions or results cannot be removed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已应用校长任职资格二段式模板：共 {total} 学时。</source>
        <translation>
            <numerusform>Applied the two-stage principal template: {total} hour in all.</numerusform>
            <numerusform>Applied the two-stage principal template: {total} hours in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>这个数据库正在被另一个 TrainOffice 使用。</source>
        <translation>This database is in use by another TrainOffice.</translation>
    </message>
    <message>
        <source>这个数据库来自更新版本的 TrainOffice。</source>
        <translation>This database comes from a newer TrainOffice.</translation>
    </message>
    <message>
        <source>这个数据库文件不能写入。</source>
        <translation>This database file cannot be written.</translation>
    </message>
    <message>
        <source>找不到这个数据库文件所在的文件夹。</source>
        <translation>The folder of this database file cannot be found.</translation>
    </message>
    <message>
        <source>这个文件不能作为 TrainOffice 数据库打开。</source>
        <translation>This file cannot be opened as a TrainOffice database.</translation>
    </message>
    <message>
        <source>选择其他文件…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>还有任务在进行，请等它完成后再打开其他数据库。</source>
        <translation>A job is still running; please wait for it to finish before opening another database.</translation>
    </message>
    <message>
        <source>还有任务在进行，请等它完成后再恢复。</source>
        <translation>A task is still running; restore when it has finished.</translation>
    </message>
    <message>
        <source>没有恢复，当前数据库未被改动。</source>
        <translation>Not restored; the current database is unchanged.</translation>
    </message>
    <message>
        <source>已从备份恢复。</source>
        <translation>Restored from the backup.</translation>
    </message>
    <message>
        <source>恢复前的数据库已另存为：{path}</source>
        <translation>The database as it was before the restore is kept as: {path}</translation>
    </message>
    <message>
        <source>选择数据库文件</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <source>TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>TrainOffice databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LedgerDialogs</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LedgerEntryDialog</name>
    <message>
        <source>更正学时记录：{name}</source>
        <translation>Correct a ledger entry: {name}</translation>
    </message>
    <message>
        <source>新增学时记录：{name}</source>
        <translation>New ledger entry: {name}</translation>
    </message>
    <message numerus="yes">
        <source>不填则按学时折算（1 学时 = {rate:g} 学分）</source>
        <translation>
            <numerusform>Blank: from the hours (1 hour = {rate:g} credit)</numerusform>
            <numerusform>Blank: from the hours (1 hour = {rate:g} credits)</numerusform>
        </translation>
    </message>
    <message>
        <source>例如：2026年上学期校本研修登记表</source>
        <translation>e.g. school-based training register, spring term 2026</translation>
    </message>
    <message>
        <source>例如：登记表学时抄错</source>
        <translation>e.g. hours copied wrongly from the register</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>更正原因 *</source>
        <translation>Reason for the correction *</translation>
    </message>
    <message>
        <source>原记录：{date} {category} {hours} {credits}。保存后原记录被冲销，并按更正后的内容新登记一条。</source>
        <translation>Original entry: {date} {category}, {hours}, {credits}. Saving reverses it and enters the corrected line.</translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} 学分</source>
        <translation>
            <numerusform>{credits} credit</numerusform>
            <numerusform>{credits} credits</numerusform>
        </translation>
    </message>
    <message>
        <source>一项资源由几位作者共享 80 学分时，请用“资源建设 80 学分分配…”。</source>
        <translation>When several authors share a resource&apos;s 80 credits, use “Split a resource&apos;s 80 credits…”.</translation>
    </message>
    <message>
        <source>学分“{text}”不是数字</source>
        <translation>Credits “{text}” is not a number</translation>
    </message>
    <message numerus="yes">
        <source>一条记录 {amount} 学时（学分），超过一年的目标 {annual}。</source>
        <translation>
            <numerusform>One entry of {amount} hour (credit), more than a year&apos;s target of {annual}.</numerusform>
            <numerusform>One entry of {amount} hours (credits), more than a year&apos;s target of {annual}.</numerusform>
        </translation>
    </message>
    <message>
        <source>核对无误，保存</source>
        <translation>Checked, save</translation>
    </message>
    <message>
        <source>请对照佐证材料核对：是不是多输了一个 0？</source>
        <translation>Check it against the evidence: was a 0 typed too many?</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>佐证材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>冲销（第 {id} 条）</source>
        <translation>Reversal (of no. {id})</translation>
    </message>
    <message>
        <source>已冲销</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>第 {id} 条 · 登记于 {at}</source>
        <translation>No. {id} · entered {at}</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>新增记录…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <source>校本研修、师德、网络研修、资源建设、学历提高、其他（Ctrl+N）</source>
        <translation>School-based training, ethics, online training, resources, degree study, other (Ctrl+N)</translation>
    </message>
    <message>
        <source>资源建设 80 学分分配…</source>
        <translation>Split a resource&apos;s 80 credits…</translation>
    </message>
    <message>
        <source>更正…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>冲销所选记录并按更正后的内容重新登记</source>
        <translation>Reverse the selected entry and enter it again corrected</translation>
    </message>
    <message>
        <source>冲销…</source>
        <translation>Reverse…</translation>
    </message>
    <message>
        <source>登记一条负数记录抵消所选记录（原记录保留）</source>
        <translation>Enter a negative line that cancels the selected entry (the original stays)</translation>
    </message>
    <message>
        <source>打印学时登记卡…</source>
        <translation>Print ledger card…</translation>
    </message>
    <message>
        <source>所选周期（或年度所在周期）的教师继续教育学时登记卡，PDF</source>
        <translation>The teacher&apos;s continuing-education ledger card for the cycle shown (or the year&apos;s cycle), as PDF</translation>
    </message>
    <message>
        <source>教师</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>输入姓名、拼音首字母或身份证号后几位，选择一位教师查看学时登记。</source>
        <translation>Type a name, pinyin initials or the end of an ID number and choose a teacher to see their ledger.</translation>
    </message>
    <message>
        <source>本周期 {start}—{end}</source>
        <translation>This cycle {start}–{end}</translation>
    </message>
    <message>
        <source>上一周期 {start}—{end}</source>
        <translation>Previous cycle {start}–{end}</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>全部记录</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&#x3000;{school}&#x3000;{township}&#x3000;身份证号 {id}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;  {school}  {township}  ID {id}</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Under target</translation>
    </message>
    <message numerus="yes">
        <source>{year} 年 {credits} 学分 {mark}</source>
        <translation>
            <numerusform>{year}: {credits} credit {mark}</numerusform>
            <numerusform>{year}: {credits} credits {mark}</numerusform>
        </translation>
    </message>
    <message>
        <source>年度学分（要求 {target} 学分）：</source>
        <translation>Credits per year ({target} required): </translation>
    </message>
    <message>
        <source>没有学时记录</source>
        <translation>No ledger entries</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message numerus="yes">
        <source>还差 {short} 学时</source>
        <translation>
            <numerusform>{short} hour short</numerusform>
            <numerusform>{short} hours short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start}—{end} 周期：{hours} / {target} 学时，{state}</source>
        <translation>
            <numerusform>Cycle {start}–{end}: {hours} / {target} hour, {state}</numerusform>
            <numerusform>Cycle {start}–{end}: {hours} / {target} hours, {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>项目学时由考勤和考核决定：请在该项目的考勤或考核中更正，结业项目会自动冲销并重新登记</source>
        <translation>A project&apos;s hours follow its attendance and results: correct them in the project&apos;s attendance or results; a closed project is reversed and posted again automatically</translation>
    </message>
    <message>
        <source>这条记录已冲销，或本身是冲销记录</source>
        <translation>This line has been reversed, or is itself a reversal</translation>
    </message>
    <message>
        <source>请先选择一位教师，再新增学时记录。</source>
        <translation>Choose a teacher first, then add a ledger entry.</translation>
    </message>
    <message>
        <source>学时登记卡-{name}-{start}-{end}.pdf</source>
        <translation>Ledger card-{name}-{start}-{end}.pdf</translation>
    </message>
    <message>
        <source>打印学时登记卡</source>
        <translation>Print ledger card</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>学时登记卡已生成，但请注意：</source>
        <translation>The ledger card was written, but note:</translation>
    </message>
    <message numerus="yes">
        <source>已生成{name}的学时登记卡（%n 页）：{path}</source>
        <translation>
            <numerusform>Ledger card for {name} written (%n page): {path}</numerusform>
            <numerusform>Ledger card for {name} written (%n pages): {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>正在生成学时登记卡…</source>
        <translation>Writing the ledger card…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>TrainOffice databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>TrainOffice 数据库 (*.sqlite3)</source>
        <translation>TrainOffice database (*.sqlite3)</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>已备份：{path}</source>
        <translation>Backed up: {path}</translation>
    </message>
    <message>
        <source>数据库已备份。</source>
        <translation>The database has been backed up.</translation>
    </message>
    <message>
        <source>备份文件：{path}
备份在 U 盘上时，请先“安全弹出”再拔出 U 盘。</source>
        <translation>Backup file: {path}
If the backup is on a USB drive, use “Safely remove” before unplugging it.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>正在检查备份…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>这个文件不能用来恢复。</source>
        <translation>This file cannot be used to restore.</translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message numerus="yes">
        <source>学校 %n 所</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>教师 %n 人</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message>
        <source>用这个备份替换当前数据库吗？</source>
        <translation>Replace the current database with this backup?</translation>
    </message>
    <message>
        <source>用这个备份建立本机的数据库吗？</source>
        <translation>Start this PC&apos;s database from this backup?</translation>
    </message>
    <message>
        <source>本机将从这个备份开始使用，其中的全部数据都会带过来。</source>
        <translation>This PC will start from this backup, with all of its data.</translation>
    </message>
    <message>
        <source>当前数据库将被替换。替换前，它会原样另存在同一文件夹中，需要时可以再恢复。</source>
        <translation>The current database will be replaced. It is first saved as it is in the same folder, so it can be restored if needed.</translation>
    </message>
    <message>
        <source>备份文件：{file}
单位：{office}，保存于 {saved}
{schools}，{teachers}</source>
        <translation>Backup file: {file}
Office: {office}, saved {saved}
{schools}, {teachers}</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>打开数据库(&amp;O)…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>导出当前列表(&amp;E)…</source>
        <translation>&amp;Export current list…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>导入教师信息(&amp;I)…</source>
        <translation>&amp;Import teachers…</translation>
    </message>
    <message>
        <source>导入记录(&amp;R)…</source>
        <translation>Impo&amp;rt history…</translation>
    </message>
    <message>
        <source>备份数据库(&amp;B)…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;T)…</source>
        <translation>Res&amp;tore from backup…</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>{page}(&amp;{number})</source>
        <translation>{page} (&amp;{number})</translation>
    </message>
    <message>
        <source>关于 TrainOffice(&amp;A)</source>
        <translation>&amp;About TrainOffice</translation>
    </message>
    <message>
        <source>打开日志文件夹(&amp;L)</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message numerus="yes">
        <source>在职教师 %n 人</source>
        <translation>
            <numerusform>%n active teacher</numerusform>
            <numerusform>%n active teachers</numerusform>
        </translation>
    </message>
    <message>
        <source>一次导入一个文件</source>
        <translation>One file at a time</translation>
    </message>
    <message>
        <source>TrainOffice {version} — 县级教师培训管理</source>
        <translation>TrainOffice {version} — county teacher-training records</translation>
    </message>
    <message>
        <source>数据库：{db}
数据文件夹：{folder}

备份：用“文件 › 备份数据库…”复制到 U 盘等处。程序关闭时，还会在数据文件夹的 backups 中自动保存当天的一份备份，保留最近 {keep} 份。
请不要在程序打开时直接复制 .sqlite3 文件：最近的修改可能还不在这个文件里。</source>
        <translation>Database: {db}
Data folder: {folder}

Backups: use “File › Back up database…” to copy it to a USB drive or elsewhere. When the program closes it also keeps a copy of the day in the data folder&apos;s backups, the latest {keep}.
Do not copy the .sqlite3 file while the program is open: the latest changes may not be in that file yet.</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成。数据库本身不受影响。</source>
        <translation>Today&apos;s automatic backup did not complete. The database itself is not affected.</translation>
    </message>
    <message>
        <source>还有任务在进行。要取消它并关闭吗？</source>
        <translation>A job is still running. Cancel it and close?</translation>
    </message>
    <message numerus="yes">
        <source>收到 %n 个文件，先导入第一个：{name}</source>
        <translation>
            <numerusform>%n file received; importing it: {name}</numerusform>
            <numerusform>%n files received; importing the first: {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>取消任务并关闭</source>
        <translation>Cancel the job and close</translation>
    </message>
</context>
<context>
    <name>MergeSchoolsDialog</name>
    <message>
        <source>合并学校</source>
        <translation>Merge schools</translation>
    </message>
    <message>
        <source>把一所学校并入另一所（例如撤并的村小）：其教师，以及计划、开班中项目的参培名单和指标，转到保留的学校；已结业、归档项目的名单和教师以往的任职记录不变，仍记原学校。被并入的学校停用并注明“已并入”。</source>
        <translation>Merge one school into another (for example a closed village school): its teachers, and the rosters and quotas of planned and running projects, move to the school kept; the rosters of closed and archived projects and the teachers&apos; past postings stay as they were, with the old school. The merged school is deactivated and marked “Merged”.</translation>
    </message>
    <message>
        <source>被并入的学校</source>
        <translation>School to merge away</translation>
    </message>
    <message>
        <source>保留的学校</source>
        <translation>School to keep</translation>
    </message>
    <message>
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择两所不同的学校</source>
        <translation>Please choose two different schools</translation>
    </message>
    <message>
        <source>把“{merge}”并入“{keep}”？</source>
        <translation>Merge “{merge}” into “{keep}”?</translation>
    </message>
    <message numerus="yes">
        <source>“{merge}”的 %n 名在职教师，以及计划、开班中项目的名单和指标，将转到“{keep}”；已结业、归档项目的名单和以往任职记录仍记“{merge}”。“{merge}”将停用。此操作不能撤销。</source>
        <translation>
            <numerusform>The %n serving teacher of “{merge}”, and the rosters and quotas of planned and running projects, will move to “{keep}”; the rosters of closed and archived projects and past postings keep “{merge}”. “{merge}” will be deactivated. This cannot be undone.</numerusform>
            <numerusform>The %n serving teachers of “{merge}”, and the rosters and quotas of planned and running projects, will move to “{keep}”; the rosters of closed and archived projects and past postings keep “{merge}”. “{merge}” will be deactivated. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>新建培训项目</source>
        <translation>New training project</translation>
    </message>
    <message numerus="yes">
        <source>只填了天数的项目会自动建立一个“集中培训”阶段（每天 {hours} 学时）；校长任职资格培训可在项目的“基本信息”中应用二段式模板。</source>
        <translation>
            <numerusform>A project with only days gets one concentrated stage ({hours} hour a day); for principal qualification training apply the two-stage template under Details.</numerusform>
            <numerusform>A project with only days gets one concentrated stage ({hours} hours a day); for principal qualification training apply the two-stage template under Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>创建（Ctrl+S）</source>
        <translation>Create (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>例如 {code} 或 {year}-D309</source>
        <translation>e.g. {code} or {year}-D309</translation>
    </message>
    <message>
        <source>已创建项目：{name}</source>
        <translation>Project created: {name}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>另一项任务还在进行，请等它完成后再试。</source>
        <translation>Another job is still running; please try again when it has finished.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>已取消，没有写入任何内容。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>OutdatedModel</name>
    <message>
        <source>证书编号</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证书上</source>
        <translation>On the certificate</translation>
    </message>
    <message>
        <source>现在</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <source>已不在参培名单，不再发证</source>
        <translation>No longer on the roster; no new certificate</translation>
    </message>
    <message>
        <source>{result}，不再发证</source>
        <translation>{result}; no new certificate</translation>
    </message>
    <message>
        <source>考核结果未录入齐全</source>
        <translation>Results incomplete</translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时，{result}，重发新证</source>
        <translation>
            <numerusform>{hours} hour, {result}; new certificate</numerusform>
            <numerusform>{hours} hours, {result}; new certificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时，{result}</source>
        <translation>
            <numerusform>{hours} hour, {result}</numerusform>
            <numerusform>{hours} hours, {result}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <source>出勤率未达要求</source>
        <translation>Attendance below the requirement</translation>
    </message>
    <message>
        <source>例如：因公请假已补学，经项目负责人同意</source>
        <translation>e.g. away on official duty, made up the sessions, approved by the project lead</translation>
    </message>
    <message>
        <source>确认评定</source>
        <translation>Confirm result</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>破格评定原因（将记入考核记录和操作日志）：</source>
        <translation>Reason for the exception (kept with the result and in the audit log):</translation>
    </message>
</context>
<context>
    <name>PacketHistoryModel</name>
    <message>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>文件 SHA-256</source>
        <translation>File SHA-256</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <source>项目 %n 个</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>名单 %n 人次</source>
        <translation>
            <numerusform>%n enrolment</numerusform>
            <numerusform>%n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>考勤 %n 条</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>学时 %n 条</source>
        <translation>
            <numerusform>%n hour entry</numerusform>
            <numerusform>%n hour entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>证书 %n 本</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>文件已不在原处（U盘已拔出或文件已移走）</source>
        <translation>The file is no longer there (USB drive removed or file moved)</translation>
    </message>
</context>
<context>
    <name>PacketsPage</name>
    <message>
        <source>选择保存的文件夹，U盘也可以</source>
        <translation>Choose a folder; a USB drive will do</translation>
    </message>
    <message>
        <source>汇总表和提交报告中完整显示身份证号、电话（市中心要求核对时勾选；签到表仍遮盖）</source>
        <translation>Full ID numbers and phones in the workbook and report (tick when the city centre asks to check them; sign-in sheets stay masked)</translation>
    </message>
    <message>
        <source>生成提交包</source>
        <translation>Make packet</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>一个项目(&amp;J)</source>
        <translation>One pro&amp;ject</translation>
    </message>
    <message>
        <source>年度包(&amp;Y)（该年已结业的项目，另含学校学分达标和五年周期完成情况）</source>
        <translation>&amp;Year packet (the year&apos;s finished projects, with school credit compliance and the five-year cycle completion)</translation>
    </message>
    <message>
        <source>浏览(&amp;B)…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>生成提交包(&amp;G)</source>
        <translation>&amp;Generate packet</translation>
    </message>
    <message>
        <source>保存到(&amp;S)</source>
        <translation>&amp;Save to</translation>
    </message>
    <message>
        <source>个人信息</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>提交包写入后会重新读取并逐项核验，核验通过才算成功。</source>
        <translation>The packet is read back and verified after writing; it only counts once verified.</translation>
    </message>
    <message>
        <source>复制公钥</source>
        <translation>Copy public key</translation>
    </message>
    <message>
        <source>复制公钥和指纹的文字，发给市中心备案</source>
        <translation>Copy the public key and fingerprint as text, to register with the city centre</translation>
    </message>
    <message>
        <source>导出公钥文件…</source>
        <translation>Export public key file…</translation>
    </message>
    <message>
        <source>本单位签名公钥（市中心用它核验提交包和证书二维码）</source>
        <translation>Office signing key (the city centre checks packets and certificate QR codes with it)</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>核验…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <source>核验一个提交包（本单位生成的，或U盘上的副本）：文件完整、签名、数据一致</source>
        <translation>Verify a packet (made here, or a copy on a USB drive): files intact, signature, data consistent</translation>
    </message>
    <message>
        <source>已生成的提交包</source>
        <translation>Packets made</translation>
    </message>
    <message>
        <source>提交包</source>
        <translation>Packets</translation>
    </message>
    <message>
        <source>{code}  {name}（{status}）</source>
        <translation>{code}  {name} ({status})</translation>
    </message>
    <message>
        <source>{year}年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>{year}年度</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <source>指纹：{fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>尚未生成：发放第一批证书或生成第一个提交包时自动生成（也可以现在复制或导出）。</source>
        <translation>Not created yet: it is made with the first certificates or the first packet (or now, by copying or exporting it).</translation>
    </message>
    <message>
        <source>选择保存提交包的文件夹（可选U盘）</source>
        <translation>Choose the folder for the packet (a USB drive will do)</translation>
    </message>
    <message>
        <source>请选择保存的文件夹。</source>
        <translation>Please choose a folder.</translation>
    </message>
    <message>
        <source>正在生成提交包…</source>
        <translation>Making the packet…</translation>
    </message>
    <message>
        <source>✔ 已生成并核验通过：{name}（{size}）</source>
        <translation>✔ Written and verified: {name} ({size})</translation>
    </message>
    <message>
        <source>位置：{folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>文件 SHA-256：{sha}</source>
        <translation>File SHA-256: {sha}</translation>
    </message>
    <message>
        <source>签名公钥指纹：{fingerprint}</source>
        <translation>Signing key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>✘ 提交包没有生成：</source>
        <translation>✘ The packet was not made: </translation>
    </message>
    <message>
        <source>提交包没有生成。</source>
        <translation>The packet was not made.</translation>
    </message>
    <message>
        <source>没有留下任何文件，数据库也没有改动。</source>
        <translation>No file was left behind and the database is unchanged.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在（U盘已拔出？）。</source>
        <translation>Folder {folder} does not exist (USB drive removed?).</translation>
    </message>
    <message>
        <source>选择要核验的提交包</source>
        <translation>Choose the packet to verify</translation>
    </message>
    <message>
        <source>提交包 (*.zip)</source>
        <translation>Packet (*.zip)</translation>
    </message>
    <message>
        <source>正在核验提交包…</source>
        <translation>Verifying the packet…</translation>
    </message>
    <message>
        <source>全部通过：{name}</source>
        <translation>All checks passed: {name}</translation>
    </message>
    <message>
        <source>已核验：</source>
        <translation>Checked: </translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>核验未通过：{name}（%n 个问题）</source>
        <translation>
            <numerusform>Verification failed: {name} (%n problem)</numerusform>
            <numerusform>Verification failed: {name} (%n problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>公钥和指纹已复制，可粘贴到微信或邮件发给市中心。</source>
        <translation>Public key and fingerprint copied: paste them into a message to the city centre.</translation>
    </message>
    <message>
        <source>{county}-单位公钥-{date}.txt</source>
        <translation>{county}-office-public-key-{date}.txt</translation>
    </message>
    <message>
        <source>导出公钥文件</source>
        <translation>Export public key file</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text file (*.txt)</translation>
    </message>
    <message>
        <source>已导出公钥：{path}</source>
        <translation>Public key exported: {path}</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <source>导入年度培训计划</source>
        <translation>Import annual training plan</translation>
    </message>
    <message>
        <source>市里下发的年度培训计划表（.xlsx、.xls、.ods、.csv）</source>
        <translation>The city&apos;s annual training plan (.xlsx, .xls, .ods, .csv)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>检查计划表</source>
        <translation>Check the plan</translation>
    </message>
    <message>
        <source>计划表文件</source>
        <translation>Plan file</translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>检查结果（尚未导入）</source>
        <translation>Check result (nothing imported yet)</translation>
    </message>
    <message>
        <source>可导入的项目</source>
        <translation>Projects to import</translation>
    </message>
    <message>
        <source>各项目培训人数合计</source>
        <translation>Sum of the projects&apos; places</translation>
    </message>
    <message>
        <source>表中的培训总人次</source>
        <translation>Declared total in the table</translation>
    </message>
    <message>
        <source>项目代码</source>
        <translation>Project codes</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>无法导入的原因</source>
        <translation>Why it could not be placed</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>全部不导入</source>
        <translation>Import nothing</translation>
    </message>
    <message>
        <source>选择年度培训计划表</source>
        <translation>Choose the annual training plan</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.xls *.xlsm *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.xlsm *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>正在检查计划表…</source>
        <translation>Checking the plan…</translation>
    </message>
    <message>
        <source>计划表标题写的是 {year} 年，计划年度已改为 {year}。</source>
        <translation>The plan&apos;s title says {year}; the plan year was changed to {year}.</translation>
    </message>
    <message numerus="yes">
        <source>{projects} 个（%n 个阶段）</source>
        <translation>
            <numerusform>{projects} (%n stage)</numerusform>
            <numerusform>{projects} (%n stages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人次</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>导入其余 %n 个项目</source>
        <translation>
            <numerusform>Import the other project</numerusform>
            <numerusform>Import the other %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>导入 %n 个项目</source>
        <translation>
            <numerusform>Import %n project</numerusform>
            <numerusform>Import %n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>已导入 {year} 年度计划：{projects}，{places}</source>
        <translation>Imported the {year} plan: {projects}, {places}</translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>表中未写</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>✓ 与表中的培训总人次一致</source>
        <translation>✓ Matches the table&apos;s declared total</translation>
    </message>
    <message>
        <source>比表中的培训总人次少 {n} 人次，请核对下面无法导入的行</source>
        <translation>{n} fewer than the table&apos;s declared total; check the rows that could not be placed below</translation>
    </message>
    <message>
        <source>比表中的培训总人次多 {n} 人次，请核对计划表</source>
        <translation>{n} more than the table&apos;s declared total; check the plan table</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>无法导入的行：%n 行</source>
        <translation>
            <numerusform>Rows that could not be placed: %n</numerusform>
            <numerusform>Rows that could not be placed: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>没有无法导入的行。</source>
        <translation>Every row was placed.</translation>
    </message>
    <message>
        <source>正在导入年度计划…</source>
        <translation>Importing the annual plan…</translation>
    </message>
    <message>
        <source>年度计划未导入。</source>
        <translation>The annual plan was not imported.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>School</translation>
    </message>
    <message>
        <source>原因及修改方法</source>
        <translation>Reason and how to fix</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>未导入</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>不变</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>列入名单</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>{column}：{message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>（超额）</source>
        <translation> (over quota)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PrintCertificatesDialog</name>
    <message>
        <source>打印证书</source>
        <translation>Print certificates</translation>
    </message>
    <message numerus="yes">
        <source>所选的 %n 本</source>
        <translation>
            <numerusform>Selected certificate (%n)</numerusform>
            <numerusform>Selected certificates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>本项目全部有效证书（%n 本）</source>
        <translation>
            <numerusform>All valid certificates of the project (%n)</numerusform>
            <numerusform>All valid certificates of the project (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>合并为一个 PDF 文件（整批送打印机）</source>
        <translation>One merged PDF (to print the whole batch)</translation>
    </message>
    <message>
        <source>每人一个 PDF 文件，存入一个文件夹</source>
        <translation>One PDF per person, into a folder</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>已作废的证书只在选中时才打印，并印有“已作废”字样。每次打印都会记入打印次数。</source>
        <translation>Revoked certificates print only when selected, marked “revoked”. Every print is counted.</translation>
    </message>
    <message>
        <source>生成 PDF</source>
        <translation>Write PDF</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印哪些</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>输出方式</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>-结业证书.pdf</source>
        <translation>-certificates.pdf</translation>
    </message>
    <message>
        <source>-结业证书</source>
        <translation>-certificates</translation>
    </message>
    <message>
        <source>保存证书 PDF</source>
        <translation>Save certificates PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>选择存放证书的文件夹</source>
        <translation>Choose the folder for the certificates</translation>
    </message>
    <message>
        <source>请选择保存位置。</source>
        <translation>Please choose where to save.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在（U盘已拔出？），请重新选择。</source>
        <translation>Folder {folder} does not exist (USB drive removed?); please choose again.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>个人信息保护</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>名单中遮盖身份证号和电话：屏幕上、导出和打印的都遮盖（如 431***********123X）</source>
        <translation>Mask ID numbers and phones in lists: on screen, exported and printed (e.g. 431***********123X)</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>转到考勤表</source>
        <translation>Go to attendance</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>指标与名单</source>
        <translation>Quotas and roster</translation>
    </message>
    <message>
        <source>课程安排</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>经费与记录</source>
        <translation>Budget and log</translation>
    </message>
    <message>
        <source>← 项目列表</source>
        <translation>← Projects</translation>
    </message>
    <message>
        <source>返回项目列表（Esc）</source>
        <translation>Back to the project list (Esc)</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>计划 → 开班：需要培训阶段、参培名单，课程安排与阶段学时一致</source>
        <translation>Planned → Running: needs stages, a roster, and sessions matching each stage&apos;s hours</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>考核</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>开班…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>结业…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>开班 → 结业：考勤表每一格都已录入，每名学员每个阶段都有考核结果；合格学员的学时登记到学时档案</source>
        <translation>Running → Closed: every attendance cell entered and every trainee with a result for every stage; passing trainees&apos; hours go to their ledger</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>结业 → 归档：合格学员都有结业证书，并已生成提交包</source>
        <translation>Closed → Archived: every passing trainee has a certificate and a packet exists</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>结业 → 开班，或归档 → 结业；需要填写原因</source>
        <translation>Closed → Running, or Archived → Closed; a reason is required</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>在册 {enrolled} / {places} 人</source>
        <translation>{enrolled} / {places} enrolled</translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>项目 {start} 才开始，还有 %n 天。报名不必等开班，计划状态下就能报名；考勤要到上课当天才能录入。</source>
        <translation>
            <numerusform>The project starts on {start}, in %n day. Enrolment need not wait for opening: it works while the project is planned; attendance can be entered only on the day of each session.</numerusform>
            <numerusform>The project starts on {start}, in %n days. Enrolment need not wait for opening: it works while the project is planned; attendance can be entered only on the day of each session.</numerusform>
        </translation>
    </message>
    <message>
        <source>项目“{name}”开班？</source>
        <translation>Start the project “{name}”?</translation>
    </message>
    <message>
        <source>开班后即可登记考勤和考核结果；开班的项目不能回到计划状态。</source>
        <translation>Once started, attendance and results can be recorded; a started project cannot go back to planned.</translation>
    </message>
    <message>
        <source>【{status}】</source>
        <translation>[{status}]</translation>
    </message>
    <message>
        <source>不能开班</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>已开班：{name}</source>
        <translation>Started: {name}</translation>
    </message>
    <message>
        <source>项目“{name}”结业？</source>
        <translation>Close the project “{name}”?</translation>
    </message>
    <message>
        <source>结业并登记学时</source>
        <translation>Close and post hours</translation>
    </message>
    <message>
        <source>结业后，合格学员的学时将登记到各人的学时档案。如需更改，可重新打开项目（需填写原因）。</source>
        <translation>Closing posts the passing trainees&apos; hours to their ledgers. To change anything later, reopen the project (with a reason).</translation>
    </message>
    <message numerus="yes">
        <source>登记学时 %n 条</source>
        <translation>
            <numerusform>%n ledger entry posted</numerusform>
            <numerusform>%n ledger entries posted</numerusform>
        </translation>
    </message>
    <message>
        <source>，冲销 {reversed} 条</source>
        <translation>, {reversed} reversed</translation>
    </message>
    <message>
        <source>项目“{name}”已结业。</source>
        <translation>The project “{name}” is closed.</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>学时更正：</source>
        <translation>Hours corrected: </translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source> 等 {count} 人</source>
        <translation> and others ({count} in all)</translation>
    </message>
    <message>
        <source>已结业：{name}，{note}</source>
        <translation>Closed: {name}, {note}</translation>
    </message>
    <message>
        <source>正在结业并登记学时…</source>
        <translation>Closing and posting hours…</translation>
    </message>
    <message>
        <source>不能结业</source>
        <translation>Cannot close</translation>
    </message>
    <message>
        <source>转到考核</source>
        <translation>Go to the results</translation>
    </message>
    <message>
        <source>转到基本信息</source>
        <translation>Go to Details</translation>
    </message>
    <message>
        <source>转到课程安排</source>
        <translation>Go to Sessions</translation>
    </message>
    <message>
        <source>不能归档</source>
        <translation>Cannot archive</translation>
    </message>
    <message>
        <source>已归档：{name}</source>
        <translation>Archived: {name}</translation>
    </message>
    <message>
        <source>已重新打开：{name}（{reason}）</source>
        <translation>Reopened: {name} ({reason})</translation>
    </message>
    <message>
        <source>重新打开项目</source>
        <translation>Reopen project</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>项目“{name}”将从{now}回到{back}。请写明原因，它会记入状态记录。</source>
        <translation>The project “{name}” goes back from {now} to {back}. Give the reason; it is kept in the status log.</translation>
    </message>
</context>
<context>
    <name>ProjectDialogs</name>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>按实际出勤学时</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>按满学时（项目规定学时）</source>
        <translation>Full hours (as planned)</translation>
    </message>
    <message>
        <source>1 长期脱产</source>
        <translation>1 Long-term full-time</translation>
    </message>
    <message>
        <source>2 短期面授</source>
        <translation>2 Short face-to-face</translation>
    </message>
    <message>
        <source>3 网络研修</source>
        <translation>3 Online</translation>
    </message>
    <message>
        <source>4 面授+网络</source>
        <translation>4 Face-to-face + online</translation>
    </message>
    <message>
        <source>9 其他</source>
        <translation>9 Other</translation>
    </message>
    <message>
        <source>例如 2026-03-02</source>
        <translation>e.g. 2026-03-02</translation>
    </message>
    <message>
        <source>例如 年龄在45岁以上的乡村初中教师</source>
        <translation>e.g. rural middle-school teachers aged 45 or over</translation>
    </message>
    <message numerus="yes">
        <source> 天</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> 人</source>
        <translation>
            <numerusform> person</numerusform>
            <numerusform> people</numerusform>
        </translation>
    </message>
    <message>
        <source>异地</source>
        <translation>Off-site</translation>
    </message>
    <message>
        <source>本地</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>项目编号 *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <source>项目名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>年度 *</source>
        <translation>Year *</translation>
    </message>
    <message>
        <source>培训层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>项目类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>培训形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>培训方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>培训对象</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>申报单位</source>
        <translation>Proposing unit</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>培训天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>培训人数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>学时认定</source>
        <translation>Hours credited</translation>
    </message>
    <message>
        <source>出勤率要求</source>
        <translation>Attendance required</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>合计 {days} 天</source>
        <translation>
            <numerusform>{days} day in all</numerusform>
            <numerusform>{days} days in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectLevel</name>
    <message>
        <source>国培</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省培</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市培</source>
        <translation>City</translation>
    </message>
    <message>
        <source>县培</source>
        <translation>County</translation>
    </message>
    <message>
        <source>校本研修</source>
        <translation>School-based</translation>
    </message>
    <message>
        <source>师本研修</source>
        <translation>Self-directed</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>结业</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>培训形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>培训人数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>培训日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>归档截止</source>
        <translation>Archive due</translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation>Host</translation>
    </message>
    <message numerus="yes">
        <source>归档截止 {due} 已过 %n 天，项目仍未归档。结束后一个月内应把归档材料报送市教师发展中心：请生成提交包，按其中的归档清单备齐材料，再归档。</source>
        <translation>
            <numerusform>The archive was due on {due}, %n day ago, and the project is still not archived. Within one month of the end the archive goes to the city teacher-development centre: make the submission packet, gather the materials on its archive checklist, then archive.</numerusform>
            <numerusform>The archive was due on {due}, %n days ago, and the project is still not archived. Within one month of the end the archive goes to the city teacher-development centre: make the submission packet, gather the materials on its archive checklist, then archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>项目结束后一个月内，归档材料报送市教师发展中心报账、存档</source>
        <translation>Within one month of the end, the archive goes to the city teacher-development centre for settlement and filing</translation>
    </message>
    <message>
        <source>{due} 已逾期</source>
        <translation>{due} overdue</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>搜索：项目名称、编号或承办单位</source>
        <translation>Search: project name, code or host</translation>
    </message>
    <message>
        <source>新建培训项目（Ctrl+N）</source>
        <translation>New training project (Ctrl+N)</translation>
    </message>
    <message>
        <source>导入市里下发的年度培训计划表，也可以把计划表文件拖到窗口上</source>
        <translation>Import the city&apos;s annual training plan, or drop the plan file on the window</translation>
    </message>
    <message>
        <source>打开选中的项目（回车）</source>
        <translation>Open the selected project (Enter)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除选中的项目（只有尚无学员和记录的计划项目可以删除）</source>
        <translation>Delete the selected project (only a planned project without trainees or records can be deleted)</translation>
    </message>
    <message>
        <source>把当前列表导出为 Excel（Ctrl+E）</source>
        <translation>Export the current list to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>{year} 年</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 个项目</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>这一年度还没有培训项目。可以“导入年度计划…”（市里下发的计划表），或“新建项目”（Ctrl+N）。</source>
        <translation>No projects in this year yet. Use “Import annual plan…” (the city&apos;s plan table) or “New project” (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n 个项目已过归档截止（结束后一个月内报送市中心）仍未归档：{codes}。请生成提交包并归档；“归档截止”列的提示说明要做什么。</source>
        <translation>
            <numerusform>⚠ %n project is past its archive date (one month after the end) and not archived: {codes}. Make the packet and archive it; the tooltip of the Archive due column says what to do.</numerusform>
            <numerusform>⚠ %n projects are past their archive date (one month after the end) and not archived: {codes}. Make the packets and archive them; the tooltip of the Archive due column says what to do.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code}  {name}（{status}，归档截止 {due}）</source>
        <translation>{code}  {name} ({status}, archive due {due})</translation>
    </message>
    <message>
        <source>删除项目“{name}”？</source>
        <translation>Delete the project “{name}”?</translation>
    </message>
    <message>
        <source>项目编号 {code}。删除后不能恢复。</source>
        <translation>Project code {code}. Deleting cannot be undone.</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>新建项目(&amp;N)</source>
        <translation>&amp;New project</translation>
    </message>
    <message>
        <source>导入年度计划(&amp;P)…</source>
        <translation>Import annual &amp;plan…</translation>
    </message>
    <message>
        <source>打开(&amp;O)</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>导出(&amp;X)…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>年度(&amp;Y)</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>状态(&amp;A)</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已删除项目：{name}</source>
        <translation>Project deleted: {name}</translation>
    </message>
    <message>
        <source>{year}年度培训项目.xlsx</source>
        <translation>Projects {year}.xlsx</translation>
    </message>
    <message>
        <source>培训项目.xlsx</source>
        <translation>Projects.xlsx</translation>
    </message>
    <message>
        <source>导出培训项目列表</source>
        <translation>Export project list</translation>
    </message>
    <message>
        <source>正在导出培训项目列表…</source>
        <translation>Exporting the project list…</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 个项目：{path}</source>
        <translation>
            <numerusform>Exported %n project: {path}</numerusform>
            <numerusform>Exported %n projects: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>收到 %n 个文件，先导入第一个：{name}</source>
        <translation>
            <numerusform>%n file received; importing it: {name}</numerusform>
            <numerusform>%n files received; importing the first: {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>一次导入一个文件</source>
        <translation>One file at a time</translation>
    </message>
</context>
<context>
    <name>PutonghuaLevel</name>
    <message>
        <source>一级甲等</source>
        <translation>1-A</translation>
    </message>
    <message>
        <source>一级乙等</source>
        <translation>1-B</translation>
    </message>
    <message>
        <source>二级甲等</source>
        <translation>2-A</translation>
    </message>
    <message>
        <source>二级乙等</source>
        <translation>2-B</translation>
    </message>
    <message>
        <source>三级甲等</source>
        <translation>3-A</translation>
    </message>
    <message>
        <source>三级乙等</source>
        <translation>3-B</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <source>修改参培指标</source>
        <translation>Edit quota</translation>
    </message>
    <message>
        <source>添加参培指标</source>
        <translation>Add quota</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>输入学校名称的一部分</source>
        <translation>Type part of the school&apos;s name</translation>
    </message>
    <message numerus="yes">
        <source> 人</source>
        <translation>
            <numerusform> person</numerusform>
            <numerusform> people</numerusform>
        </translation>
    </message>
    <message>
        <source>指标对应</source>
        <translation>Quota for</translation>
    </message>
    <message>
        <source>学校或乡镇</source>
        <translation>School or township</translation>
    </message>
    <message>
        <source>指标人数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请先选择学校（输入学校名称的一部分）</source>
        <translation>Choose a school first (type part of its name)</translation>
    </message>
    <message>
        <source>请先选择乡镇</source>
        <translation>Choose a township first</translation>
    </message>
    <message>
        <source>指标少于已报名人数，仍然保存？</source>
        <translation>The quota is below the number already enrolled. Save anyway?</translation>
    </message>
    <message>
        <source>仍然保存</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>{reason}。已报名的学员留在名单上，超出的人数在指标表中标红。</source>
        <translation>{reason}. Those enrolled stay on the roster; the excess shows in red in the quota table.</translation>
    </message>
</context>
<context>
    <name>QuotaTableModel</name>
    <message>
        <source>学校或乡镇</source>
        <translation>School or township</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>已报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>超出</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>作废并重发证书</source>
        <translation>Revoke and reissue certificates</translation>
    </message>
    <message numerus="yes">
        <source>“{project}”有 %n 本证书与考核结果或学时档案不符</source>
        <translation>
            <numerusform>“{project}” has %n certificate that does not match the results or the ledger</numerusform>
            <numerusform>“{project}” has %n certificates that do not match the results or the ledger</numerusform>
        </translation>
    </message>
    <message>
        <source>证书上的学时和考核结果必须与学时档案一致。作废后原编号保留，登记表中显示“已作废”；仍然合格的学员按现在登记的学时重发新编号的证书，不再合格的不再发证。作废原因已按更改填写，可双击修改。</source>
        <translation>The hours and result on a certificate must match the ledger. Revoked numbers are kept and shown as revoked in the register; trainees who still qualify get a new number with the hours now on the ledger, the others get none. The reasons are filled in from the change; double-click to edit.</translation>
    </message>
    <message>
        <source>选“稍后处理”：这些证书暂不能打印，也不能放入提交包，之后可在“证书”页点“作废并重发…”。</source>
        <translation>With “Later” these certificates cannot be printed or put in a packet; settle them later on the Certificates page with “Revoke and reissue…”.</translation>
    </message>
    <message>
        <source>稍后处理</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <source>作废并重发 %n 本</source>
        <translation>
            <numerusform>Revoke and reissue %n</numerusform>
            <numerusform>Revoke and reissue %n</numerusform>
        </translation>
    </message>
    <message>
        <source>正在作废并重发证书…</source>
        <translation>Revoking and reissuing certificates…</translation>
    </message>
    <message numerus="yes">
        <source>已作废 %n 本证书，重发 {reissued} 本。</source>
        <translation>
            <numerusform>Revoked %n certificate, reissued {reissued}.</numerusform>
            <numerusform>Revoked %n certificates, reissued {reissued}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>另为 %n 名合格学员新发证书。</source>
        <translation>
            <numerusform>Also issued a certificate to %n other qualified trainee.</numerusform>
            <numerusform>Also issued certificates to %n other qualified trainees.</numerusform>
        </translation>
    </message>
    <message>
        <source>新证书请在“证书”页打印。</source>
        <translation>Print the new certificates on the Certificates page.</translation>
    </message>
</context>
<context>
    <name>ResourceSplitDialog</name>
    <message>
        <source>资源建设 {total:g} 学分分配</source>
        <translation>Split {total:g} resource credits</translation>
    </message>
    <message>
        <source>例如：《分数的初步认识》优质课例</source>
        <translation>e.g. “First steps with fractions”, model lesson</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>添加作者</source>
        <translation>Add author</translation>
    </message>
    <message>
        <source>资源名称 *</source>
        <translation>Resource title *</translation>
    </message>
    <message>
        <source>入库日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>作者及其学分（由项目负责人按贡献分配，合计应为 {total:g} 学分）：</source>
        <translation>Authors and their credits (split by contribution by the project lead; they must add up to {total:g}):</translation>
    </message>
    <message>
        <source>去掉这位作者</source>
        <translation>Remove this author</translation>
    </message>
    <message numerus="yes">
        <source>合计 {total} 学分 ✓</source>
        <translation>
            <numerusform>Total {total} credit ✓</numerusform>
            <numerusform>Total {total} credits ✓</numerusform>
        </translation>
    </message>
    <message>
        <source>合计 {total}，应为 {target:g} 学分（还差 {left}）</source>
        <translation>Total {total}, should be {target:g} ({left} to go)</translation>
    </message>
    <message numerus="yes">
        <source>{credits} 学分</source>
        <translation>
            <numerusform>{credits} credit</numerusform>
            <numerusform>{credits} credits</numerusform>
        </translation>
    </message>
    <message>
        <source>第 {n} 位作者：请输入姓名并从列表中选择教师</source>
        <translation>Author {n}: type a name and choose the teacher from the list</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>出勤率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>成绩</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>考核结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>作业</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>总评</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>本阶段没有已记录考勤的课时</source>
        <translation>No session of this stage has attendance yet</translation>
    </message>
    <message numerus="yes">
        <source>出勤 {attended:g} / {held:g} 学时</source>
        <translation>
            <numerusform>Attended {attended:g} of {held:g} hour</numerusform>
            <numerusform>Attended {attended:g} of {held:g} hours</numerusform>
        </translation>
    </message>
    <message>
        <source>低于出勤率要求 {threshold:.0%}，评为合格需填写原因</source>
        <translation>Below the required attendance of {threshold:.0%}: a pass needs a reason</translation>
    </message>
    <message numerus="yes">
        <source>未录入 %n 节（不计入出勤率，结业前须在考勤表中补录）</source>
        <translation>
            <numerusform>%n session not entered (left out of the rate; enter it in the attendance grid before closing)</numerusform>
            <numerusform>%n sessions not entered (left out of the rate; enter them in the attendance grid before closing)</numerusform>
        </translation>
    </message>
    <message>
        <source>出勤率低于要求，却评为{result}且没有破格原因：结业时会被拒绝。请改评，或重新录入并填写原因</source>
        <translation>Attendance is below the requirement, yet rated {result} with no reason for the exception: closing will refuse it. Change the result, or enter it again with a reason</translation>
    </message>
    <message>
        <source>出勤率未达要求，破格评定原因：{reason}</source>
        <translation>Attendance below the requirement; reason for the exception: {reason}</translation>
    </message>
    <message>
        <source>待评</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>考核结果列：1 合格 · 2 优秀 · 3 不合格（也可输入 合/优/不），录入后移到下一名学员 · Delete 清除 · F2 或双击选择 · 成绩列直接输入分数 · 作业列按空格勾选 · Enter 下移 · * 表示出勤率未达要求而破格评定（鼠标停留可见原因） · 总评：各阶段都优秀才为优秀，任一阶段不合格即为不合格</source>
        <translation>Result columns: 1 pass · 2 excellent · 3 fail (合/优/不 work too), then on to the next trainee · Delete clears · F2 or double-click to choose · type scores into the score column · Space ticks homework · Enter moves down · * marks a pass despite low attendance (hover for the reason) · Overall: excellent only when every stage is excellent, fail if any stage fails</translation>
    </message>
    <message>
        <source>请选择一个培训项目。</source>
        <translation>Choose a training project.</translation>
    </message>
    <message>
        <source>{name}（{status}）· 在册 {count} 人</source>
        <translation>{name} ({status}) · {count} on the roster</translation>
    </message>
    <message>
        <source>参培率 {rate}（{enrolled}/{places}）</source>
        <translation>Participation {rate} ({enrolled}/{places})</translation>
    </message>
    <message>
        <source>合格率 {rate}（{passed}/{enrolled}）</source>
        <translation>Pass rate {rate} ({passed}/{enrolled})</translation>
    </message>
    <message>
        <source>优秀率 {rate}（{excellent}/{enrolled}）</source>
        <translation>Excellence rate {rate} ({excellent}/{enrolled})</translation>
    </message>
    <message>
        <source>待评 {pending} 人 · 不合格 {failed} 人</source>
        <translation>{pending} pending · {failed} failed</translation>
    </message>
    <message>
        <source>成绩“{text}”不是数字，请输入 0 到 100 之间的分数。</source>
        <translation>Score “{text}” is not a number; type a score from 0 to 100.</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>冲销学时记录</source>
        <translation>Reverse a ledger entry</translation>
    </message>
    <message>
        <source>冲销</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>冲销 {date} {title}：{hours}，{credits}。原记录保留，另登记一条负数记录抵消它。</source>
        <translation>Reverse {date} {title}: {hours}, {credits}. The original stays; a negative line cancels it.</translation>
    </message>
    <message numerus="yes">
        <source>{hours} 学时</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{credits} 学分</source>
        <translation>
            <numerusform>{credits} credit</numerusform>
            <numerusform>{credits} credits</numerusform>
        </translation>
    </message>
    <message>
        <source>例如：重复登记</source>
        <translation>e.g. entered twice</translation>
    </message>
    <message>
        <source>冲销原因 *</source>
        <translation>Reason for the reversal *</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>作废证书</source>
        <translation>Revoke certificate</translation>
    </message>
    <message>
        <source>作废 {name} 的证书 {number}？</source>
        <translation>Revoke certificate {number} of {name}?</translation>
    </message>
    <message>
        <source>编号保留，不会再分配给他人；登记表中显示为“已作废”。如该学员仍然合格，作废后再点“发放证书”即可补发新编号的证书。</source>
        <translation>The number is kept and never given to anyone else; the register shows it as revoked. If the trainee still qualifies, click “Issue certificates” afterwards to issue a new number.</translation>
    </message>
    <message>
        <source>姓名有误，重新发证</source>
        <translation>Name wrong, issued again</translation>
    </message>
    <message>
        <source>身份证号有误，重新发证</source>
        <translation>ID number wrong, issued again</translation>
    </message>
    <message>
        <source>考核结果更正</source>
        <translation>Result corrected</translation>
    </message>
    <message>
        <source>重复发证</source>
        <translation>Issued twice</translation>
    </message>
    <message>
        <source>学员申请撤销</source>
        <translation>Withdrawn at the trainee&apos;s request</translation>
    </message>
    <message>
        <source>必填：作废原因</source>
        <translation>Required: why it is revoked</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>为一所学校或一个乡镇分配参培指标</source>
        <translation>Give a school or a township a quota of places</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>修改选中的指标：学校或乡镇、人数（双击、Enter 或 F2）</source>
        <translation>Edit the selected quota: school or township, places (double-click, Enter or F2)</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>参培指标</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>从教师库选人…</source>
        <translation>Pick from registry…</translation>
    </message>
    <message>
        <source>按培训对象条件从教师信息库挑选学员（Ctrl+Shift+N）</source>
        <translation>Pick trainees from the registry by target group (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>导入名单…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>导入学校报来的参培学员名单（Excel、WPS、CSV），也可以把文件拖到窗口上</source>
        <translation>Import the rosters schools send (Excel, WPS, CSV), or drop the file on the window</translation>
    </message>
    <message>
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>退出…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>替换…</source>
        <translation>Substitute…</translation>
    </message>
    <message>
        <source>恢复在册</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>导出名单…</source>
        <translation>Export roster…</translation>
    </message>
    <message>
        <source>参培学员名单汇总表（Excel，按乡镇、学校分组，Ctrl+E）</source>
        <translation>Roster summary (Excel, grouped by township and school, Ctrl+E)</translation>
    </message>
    <message>
        <source>导出完整身份证号、电话（报送承办单位用）</source>
        <translation>Export full ID numbers and phones (for the host institution)</translation>
    </message>
    <message>
        <source>只用于“导出名单”；屏幕上和打印的名单仍按设置遮盖</source>
        <translation>Only for “Export roster”; lists on screen and printed stay masked as set</translation>
    </message>
    <message>
        <source>显示已退出、替换的学员</source>
        <translation>Show withdrawn and substituted</translation>
    </message>
    <message numerus="yes">
        <source>在册 {count} 人（培训人数 %n 人）</source>
        <translation>
            <numerusform>{count} enrolled (%n place)</numerusform>
            <numerusform>{count} enrolled (%n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>；与培训人数 %n 人不一致</source>
        <translation>
            <numerusform>; differs from the %n place</numerusform>
            <numerusform>; differs from the %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>超出培训人数 {n} 人</source>
        <translation>{n} over the places</translation>
    </message>
    <message>
        <source>超出指标 {n} 人</source>
        <translation>{n} over quota</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>指标合计 {total} 人，已报名 {enrolled} 人</source>
        <translation>Quotas {total}, enrolled {enrolled}</translation>
    </message>
    <message>
        <source>尚未分配指标：报名不受学校名额限制。</source>
        <translation>No quotas yet: enrolment is not limited per school.</translation>
    </message>
    <message>
        <source>名单已导入（批次 #{batch}）</source>
        <translation>Roster imported (batch #{batch})</translation>
    </message>
    <message>
        <source>{name} 已退出：{reason}</source>
        <translation>{name} withdrew: {reason}</translation>
    </message>
    <message>
        <source>学员退出</source>
        <translation>Withdraw trainee</translation>
    </message>
    <message>
        <source>确认退出</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>{name}（{school}）退出本项目。名单中保留这一行，并记下原因和日期。</source>
        <translation>{name} ({school}) withdraws from this project. The line stays on the roster with the reason and the date.</translation>
    </message>
    <message>
        <source>{name} 已恢复在册。</source>
        <translation>{name} is back on the roster.</translation>
    </message>
    <message>
        <source>导出参培学员名单汇总表</source>
        <translation>Export roster summary</translation>
    </message>
    <message>
        <source>{name}参培学员名单.xlsx</source>
        <translation>{name} roster.xlsx</translation>
    </message>
    <message>
        <source>（身份证号、电话已部分遮盖）</source>
        <translation> (ID numbers and phones partly masked)</translation>
    </message>
    <message>
        <source>已导出参培学员名单 {count} 人：{path}{note}</source>
        <translation>Exported the roster of {count}: {path}{note}</translation>
    </message>
    <message>
        <source>正在导出参培学员名单…</source>
        <translation>Exporting the roster…</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>由 {name} 替换</source>
        <translation>replaced by {name}</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超出指标</source>
        <translation>Over quota</translation>
    </message>
    <message>
        <source>退出/替换</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>SchoolCombo</name>
    <message>
        <source>没有名称含“{text}”的学校：请从列表中选择，或先在“学校”中新建</source>
        <translation>No school name contains “{text}”: choose from the list, or first add it under Schools</translation>
    </message>
    <message>
        <source>按 Enter 选择“{name}”</source>
        <translation>Press Enter to choose “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>名称含“{text}”的学校有 %n 所：请从列表中选择</source>
        <translation>
            <numerusform>%n school contains “{text}”: choose it from the list</numerusform>
            <numerusform>%n schools contain “{text}”: choose one from the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolComplianceModel</name>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>在职教师</source>
        <translation>Active teachers</translation>
    </message>
    <message>
        <source>达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Under target</translation>
    </message>
    <message>
        <source>未达标比例</source>
        <translation>Share under</translation>
    </message>
    <message>
        <source>未达标≥20%</source>
        <translation>≥20% under</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>未达标教师占 {share:.1%}，达到或超过 20%：学校不能评为先进单位，校长不能评为优秀</source>
        <translation>{share:.1%} of teachers under target, 20% or more: the school cannot be rated advanced, its principal cannot be rated excellent</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>编辑学校：{name}</source>
        <translation>Edit school: {name}</translation>
    </message>
    <message>
        <source>新建学校</source>
        <translation>New school</translation>
    </message>
    <message>
        <source>例如：安仁县城关小学</source>
        <translation>e.g. 安仁县城关小学</translation>
    </message>
    <message>
        <source>学校标识码，可不填</source>
        <translation>School identification code (optional)</translation>
    </message>
    <message>
        <source>乡村学校</source>
        <translation>Rural school</translation>
    </message>
    <message>
        <source>民办学校</source>
        <translation>Private school</translation>
    </message>
    <message>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <source>学校代码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SchoolStage</name>
    <message>
        <source>幼儿园</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>初中</source>
        <translation>Junior high</translation>
    </message>
    <message>
        <source>高中</source>
        <translation>Senior high</translation>
    </message>
    <message>
        <source>中职</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>特殊教育</source>
        <translation>Special education</translation>
    </message>
</context>
<context>
    <name>SchoolTableModel</name>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>学校代码</source>
        <translation>School code</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>乡村学校</source>
        <translation>Rural school</translation>
    </message>
    <message>
        <source>民办</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在职教师</source>
        <translation>Active teachers</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已并入</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>按名称、乡镇或代码查找学校</source>
        <translation>Find a school by name, township or code</translation>
    </message>
    <message>
        <source>新建学校（Ctrl+N）</source>
        <translation>New school (Ctrl+N)</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>显示已停用(&amp;I)</source>
        <translation>Show deact&amp;ivated</translation>
    </message>
    <message>
        <source>新建学校(&amp;N)</source>
        <translation>&amp;New school</translation>
    </message>
    <message>
        <source>合并(&amp;M)…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 所</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message>
        <source>重新启用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>停用“{name}”？</source>
        <translation>Deactivate “{name}”?</translation>
    </message>
    <message>
        <source>停用的学校不再出现在选择列表中，其教师和记录保持不变，可随时重新启用。</source>
        <translation>A deactivated school no longer appears in pick lists; its teachers and records stay as they are. It can be reactivated at any time.</translation>
    </message>
    <message>
        <source>删除“{name}”？</source>
        <translation>Delete “{name}”?</translation>
    </message>
    <message>
        <source>不能删除“{name}”。</source>
        <translation>“{name}” cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>授课人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>生成课程…</source>
        <translation>Generate sessions…</translation>
    </message>
    <message>
        <source>按日期和时段（上午、下午、晚上）生成课程安排</source>
        <translation>Generate sessions from dates and slots (morning, afternoon, evening)</translation>
    </message>
    <message>
        <source>打印签到表…</source>
        <translation>Print sign-in sheets…</translation>
    </message>
    <message>
        <source>签到表 PDF：名单已填好，留签名栏；每节课一张或每天一张</source>
        <translation>Sign-in sheets as PDF: roster filled in, a signature column; one per session or one per day</translation>
    </message>
    <message>
        <source>每节课一张…</source>
        <translation>One per session…</translation>
    </message>
    <message>
        <source>每天一张（每个时段一列签名）…</source>
        <translation>One per day (a signature column per slot)…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>删除选中的课程（Delete）；已有考勤记录的课程不能删除</source>
        <translation>Delete the selected sessions (Delete); sessions with attendance cannot be deleted</translation>
    </message>
    <message>
        <source>双击或直接输入即可修改日期、时段、学时、主题、授课人和地点，回车保存。</source>
        <translation>Double-click or just type to change the date, slot, hours, topic, lecturer or place; Enter saves.</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>全部阶段</source>
        <translation>All stages</translation>
    </message>
    <message numerus="yes">
        <source>{stage}：已安排 &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{done}&lt;/b&gt;&lt;/span&gt; / {hours} 学时</source>
        <translation>
            <numerusform>{stage}: &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{done}&lt;/b&gt;&lt;/span&gt; / {hours} hour scheduled</numerusform>
            <numerusform>{stage}: &lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;{done}&lt;/b&gt;&lt;/span&gt; / {hours} hours scheduled</numerusform>
        </translation>
    </message>
    <message>
        <source>项目还没有培训阶段：请先在“基本信息”中设置阶段和学时。</source>
        <translation>The project has no stages yet: set stages and hours under Details first.</translation>
    </message>
    <message>
        <source>{name}签到表.pdf</source>
        <translation>{name} sign-in sheets.pdf</translation>
    </message>
    <message>
        <source>{name}签到表（按天）.pdf</source>
        <translation>{name} sign-in sheets (per day).pdf</translation>
    </message>
    <message>
        <source>保存签到表</source>
        <translation>Save sign-in sheets</translation>
    </message>
    <message numerus="yes">
        <source>已生成签到表 %n 页：{path}</source>
        <translation>
            <numerusform>Sign-in sheets written, %n page: {path}</numerusform>
            <numerusform>Sign-in sheets written, %n pages: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>签到表已生成，但请注意：</source>
        <translation>The sign-in sheets were written, but note:</translation>
    </message>
    <message>
        <source>正在生成签到表…</source>
        <translation>Writing the sign-in sheets…</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>删除 %n 节课程？</source>
        <translation>
            <numerusform>Delete %n session?</numerusform>
            <numerusform>Delete %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已删除 %n 节课程。</source>
        <translation>
            <numerusform>%n session deleted.</numerusform>
            <numerusform>%n sessions deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>保存全部设置（Ctrl+S）</source>
        <translation>Save all settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置有未保存的修改。</source>
        <translation>The settings have unsaved changes.</translation>
    </message>
    <message>
        <source>改动的部分：{sections}</source>
        <translation>Changed: {sections}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>有设置需要更正，未保存。</source>
        <translation>Some settings need correcting; nothing was saved.</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>导入签到记录：{file}</source>
        <translation>Import sign-in records: {file}</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>不能对应的原因</source>
        <translation>Why it cannot be placed</translation>
    </message>
    <message>
        <source>可对应 {rows}（{cells}），将记为“出勤”；已记为迟到、早退、请假的不改。</source>
        <translation>{rows} can be placed ({cells}) and will be marked present; cells already late, left early or on leave stay as they are.</translation>
    </message>
    <message numerus="yes">
        <source>%n 行签到记录</source>
        <translation>
            <numerusform>%n sign-in row</numerusform>
            <numerusform>%n sign-in rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个考勤单元格</source>
        <translation>
            <numerusform>%n grid cell</numerusform>
            <numerusform>%n grid cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>有 %n 行不能对应（行号是 Excel 中的行号）：</source>
        <translation>
            <numerusform>%n row cannot be placed (row numbers as in Excel):</numerusform>
            <numerusform>%n rows cannot be placed (row numbers as in Excel):</numerusform>
        </translation>
    </message>
    <message>
        <source>导入可对应的行</source>
        <translation>Import the rows that can be placed</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>不导入</source>
        <translation>Don&apos;t import</translation>
    </message>
</context>
<context>
    <name>Slot</name>
    <message>
        <source>上午</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>晚上</source>
        <translation>Evening</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>阶段名称</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>培训形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>SubstituteDialog</name>
    <message>
        <source>替换学员</source>
        <translation>Substitute trainee</translation>
    </message>
    <message>
        <source>由谁替换 {name}（{school}）参加“{project}”？</source>
        <translation>Who takes the place of {name} ({school}) in “{project}”?</translation>
    </message>
    <message>
        <source>只看{school}的教师</source>
        <translation>Only teachers of {school}</translation>
    </message>
    <message>
        <source>只看同学段（{stage}）</source>
        <translation>Same stage only ({stage})</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>姓名或学校名称中包含…</source>
        <translation>Name or school contains…</translation>
    </message>
    <message>
        <source>必填，例如 工作调动、生病</source>
        <translation>Required, e.g. transferred, ill</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>确认替换</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请在列表中选择替换的教师</source>
        <translation>Choose the substitute in the list</translation>
    </message>
    <message>
        <source>已替换：{old} → {new}</source>
        <translation>Substituted: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>TargetGroupFilters</name>
    <message>
        <source>不限</source>
        <translation>any</translation>
    </message>
    <message numerus="yes">
        <source> 岁</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
    <message>
        <source>全部学校</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>城乡不限</source>
        <translation>Rural or town</translation>
    </message>
    <message>
        <source>仅乡村学校</source>
        <translation>Rural schools only</translation>
    </message>
    <message>
        <source>仅城镇学校</source>
        <translation>Town schools only</translation>
    </message>
    <message>
        <source>包括民办学校</source>
        <translation>Include private schools</translation>
    </message>
    <message>
        <source>仅新教师</source>
        <translation>New teachers only</translation>
    </message>
    <message>
        <source>姓名或学校名称中包含…</source>
        <translation>Name or school contains…</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>普通话等级</source>
        <translation>Putonghua level</translation>
    </message>
    <message>
        <source>骨干级别</source>
        <translation>Backbone level</translation>
    </message>
    <message>
        <source>不小于</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>不大于</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>（按 {date} 计算）</source>
        <translation>(on {date})</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{age} 岁以上</source>
        <translation>aged {age} or over</translation>
    </message>
    <message>
        <source>{age} 岁以下</source>
        <translation>aged {age} or under</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>TeacherCreditModel</name>
    <message>
        <source>年度学分</source>
        <translation>Credits this year</translation>
    </message>
    <message>
        <source>周期学时</source>
        <translation>Hours this cycle</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>还差</source>
        <translation>Short by</translation>
    </message>
</context>
<context>
    <name>TeacherEditor</name>
    <message>
        <source>编辑教师：{name}</source>
        <translation>Edit teacher: {name}</translation>
    </message>
    <message>
        <source>新建教师</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>工作信息</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>调动与状态</source>
        <translation>Transfers and status</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>恢复在职日期</source>
        <translation>Back in service on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>输入学校名称的一部分</source>
        <translation>Type part of the school&apos;s name</translation>
    </message>
    <message>
        <source>由身份证号自动填写</source>
        <translation>Filled in from the ID number</translation>
    </message>
    <message>
        <source>例如 2018-05-03</source>
        <translation>e.g. 2018-05-03</translation>
    </message>
    <message>
        <source>18位身份证号，15位旧号会自动转换</source>
        <translation>18-character ID number; old 15-digit numbers are converted</translation>
    </message>
    <message>
        <source>打开该教师</source>
        <translation>Open that teacher</translation>
    </message>
    <message>
        <source>退休、调出的教师仍保留在信息库中，默认不在名单中显示。从离开日期当天起不再计入学分达标；此前的年度仍按其当时所在学校统计。</source>
        <translation>Retired and transferred-out teachers stay in the registry; the list hides them by default. From the date they left they no longer count for credit compliance; earlier years still count them at the school they were at then.</translation>
    </message>
    <message>
        <source>任职经历（调动记录）</source>
        <translation>Postings (transfer history)</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>至</source>
        <translation>To</translation>
    </message>
    <message>
        <source>调动…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>该身份证号已在教师信息库中：{name}（{school}，{status}）</source>
        <translation>This ID number is already in the registry: {name} ({school}, {status})</translation>
    </message>
    <message>
        <source>保存前请完成：{fields}</source>
        <translation>Before saving, complete: {fields}</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>放弃未保存的修改？</source>
        <translation>Discard unsaved changes?</translation>
    </message>
    <message>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>改动的项目：{fields}</source>
        <translation>Changed fields: {fields}</translation>
    </message>
    <message>
        <source>至今</source>
        <translation>present</translation>
    </message>
    <message>
        <source>调动会结束当前任职并从调入日期起记入新学校，历史保留。</source>
        <translation>A transfer ends the current posting and starts one at the new school from the given date; the history is kept.</translation>
    </message>
    <message>
        <source>保存后记录首个任职学校；调动请在保存后进行。</source>
        <translation>The first posting is recorded on saving; transfers can be made after that.</translation>
    </message>
</context>
<context>
    <name>TeacherField</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>任教学科</source>
        <translation>Subject taught</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>教师资格种类</source>
        <translation>Teacher qualification</translation>
    </message>
    <message>
        <source>教师资格证号</source>
        <translation>Qualification number</translation>
    </message>
    <message>
        <source>普通话等级</source>
        <translation>Putonghua level</translation>
    </message>
    <message>
        <source>在编</source>
        <translation>On the establishment</translation>
    </message>
    <message>
        <source>参加工作时间</source>
        <translation>Started work</translation>
    </message>
    <message>
        <source>新教师</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>骨干级别</source>
        <translation>Backbone level</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TeacherPicker</name>
    <message>
        <source>姓名、拼音首字母（zs）或身份证号后几位</source>
        <translation>Name, pinyin initials (zs) or the end of the ID number</translation>
    </message>
</context>
<context>
    <name>TeacherPost</name>
    <message>
        <source>校长</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>副校长</source>
        <translation>Vice-principal</translation>
    </message>
    <message>
        <source>园长</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>副园长</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <source>班主任</source>
        <translation>Class teacher</translation>
    </message>
    <message>
        <source>教研员</source>
        <translation>Researcher</translation>
    </message>
    <message>
        <source>教师</source>
        <translation>Teacher</translation>
    </message>
</context>
<context>
    <name>TeacherStatus</name>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>TeacherTableModel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工作单位</source>
        <translation>School</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>职称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TeacherTitle</name>
    <message>
        <source>正高级教师</source>
        <translation>Professor-level</translation>
    </message>
    <message>
        <source>高级教师</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>一级教师</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>二级教师</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>三级教师</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <source>未评</source>
        <translation>Unranked</translation>
    </message>
</context>
<context>
    <name>TeachersPage</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、身份证号后几位、电话、学校</source>
        <translation>Search: name, pinyin or initials (zs), last digits of the ID, phone, school</translation>
    </message>
    <message>
        <source>新建教师（Ctrl+N）</source>
        <translation>New teacher (Ctrl+N)</translation>
    </message>
    <message>
        <source>把当前名单（含筛选条件）导出为 Excel（Ctrl+E）</source>
        <translation>Export the list as shown (with its filters) to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>导入学校报来的教师名单：Excel、WPS 或 CSV（Ctrl+I），也可以把文件拖到窗口上</source>
        <translation>Import a teacher list sent by a school: Excel, WPS or CSV (Ctrl+I); you can also drop the file onto the window</translation>
    </message>
    <message>
        <source>全部学校</source>
        <translation>All schools</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>新建教师(&amp;N)</source>
        <translation>&amp;New teacher</translation>
    </message>
    <message>
        <source>导出名单(&amp;X)…</source>
        <translation>E&amp;xport roster…</translation>
    </message>
    <message>
        <source>导入(&amp;I)…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>清除筛选(&amp;C)</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>学校(&amp;S)</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>乡镇(&amp;T)</source>
        <translation>&amp;Township</translation>
    </message>
    <message>
        <source>学段(&amp;G)</source>
        <translation>Sta&amp;ge</translation>
    </message>
    <message>
        <source>学科(&amp;U)</source>
        <translation>S&amp;ubject</translation>
    </message>
    <message>
        <source>职称(&amp;L)</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <source>状态(&amp;A)</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>还没有教师信息。第一步：在“学校”页（Ctrl+2）添加本县的学校；然后点“导入…”导入学校报来的教师名单（Excel、WPS 或 CSV），或点“新建教师”逐个录入。</source>
        <translation>No teachers yet. First step: add the county’s schools on the Schools page (Ctrl+2); then use Import… for the lists schools send (Excel, WPS or CSV), or New teacher to enter them one by one.</translation>
    </message>
    <message>
        <source>教师</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>全部学段</source>
        <translation>All stages</translation>
    </message>
    <message>
        <source>全部学科</source>
        <translation>All subjects</translation>
    </message>
    <message>
        <source>全部职称</source>
        <translation>All titles</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 人</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message>
        <source>教师名单-{date}.xlsx</source>
        <translation>teachers-{date}.xlsx</translation>
    </message>
    <message>
        <source>导出教师名单</source>
        <translation>Export teacher list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>（身份证号、电话已部分遮盖）</source>
        <translation> (ID numbers and phones partly masked)</translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 人：{path}{note}</source>
        <translation>
            <numerusform>Exported %n teacher: {path}{note}</numerusform>
            <numerusform>Exported %n teachers: {path}{note}</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导出教师名单…</source>
        <translation>Exporting the teacher list…</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>异地集中</source>
        <translation>Off-site</translation>
    </message>
    <message>
        <source>本地集中</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>异地+本地集中</source>
        <translation>Off-site + local</translation>
    </message>
    <message>
        <source>网络研修</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>网络直播</source>
        <translation>Live online</translation>
    </message>
    <message>
        <source>境外集中</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>送培到县(校)</source>
        <translation>Sent to county (school)</translation>
    </message>
    <message>
        <source>市县联合</source>
        <translation>City-county joint</translation>
    </message>
    <message>
        <source>跟岗实践</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>影子实践</source>
        <translation>Shadowing</translation>
    </message>
    <message>
        <source>返岗实践</source>
        <translation>On-the-job practice</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>调动：{name}</source>
        <translation>Transfer: {name}</translation>
    </message>
    <message>
        <source>输入调入学校名称的一部分</source>
        <translation>Type part of the new school&apos;s name</translation>
    </message>
    <message>
        <source>例如：县教育局调令〔2025〕12号</source>
        <translation>e.g. transfer order no. 12 (2025)</translation>
    </message>
    <message>
        <source>现在学校</source>
        <translation>Current school</translation>
    </message>
    <message>
        <source>调入学校 *</source>
        <translation>New school *</translation>
    </message>
    <message>
        <source>调入日期</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>调动</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请选择调入学校</source>
        <translation>Please choose the new school</translation>
    </message>
</context>
<context>
    <name>VerifyCertificateDialog</name>
    <message>
        <source>核验证书二维码</source>
        <translation>Verify certificate QR code</translation>
    </message>
    <message>
        <source>用扫码枪扫描证书上的二维码，或把扫描得到的文字粘贴到这里</source>
        <translation>Scan the certificate&apos;s QR code with a scanner, or paste the scanned text here</translation>
    </message>
    <message>
        <source>本单位公钥（指纹 {fingerprint}…）</source>
        <translation>This office&apos;s key (fingerprint {fingerprint}…)</translation>
    </message>
    <message>
        <source>本单位公钥（尚未签发过证书，还没有密钥）</source>
        <translation>This office&apos;s key (no certificate signed yet, so no key)</translation>
    </message>
    <message>
        <source>其他单位的公钥：</source>
        <translation>Another office&apos;s public key:</translation>
    </message>
    <message>
        <source>粘贴公钥（43 个字符），或公钥文件的路径</source>
        <translation>Paste the public key (43 characters), or the path of a key file</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>发证日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>本单位登记</source>
        <translation>This office&apos;s register</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>等待扫描或粘贴二维码内容。</source>
        <translation>Waiting for a scanned or pasted QR text.</translation>
    </message>
    <message>
        <source>✘ 无效：</source>
        <translation>✘ Not valid: </translation>
    </message>
    <message>
        <source>✔ 签名有效：证书内容未被改动，由该公钥的单位签发。</source>
        <translation>✔ Valid signature: the certificate is unchanged and was issued by the office holding this key.</translation>
    </message>
    <message>
        <source>未找到此编号（可能来自另一个数据库）</source>
        <translation>Number not found (perhaps from another database)</translation>
    </message>
    <message>
        <source>已作废（{when}，{reason}）</source>
        <translation>Revoked ({when}, {reason})</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>_Runner</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <source>“{text}”不是考勤标记（可用：√ 出勤、迟 迟到、早 早退、假 请假、× 缺勤）</source>
        <translation>“{text}” is not an attendance mark (use √ present, 迟 late, 早 left early, 假 on leave, × absent)</translation>
    </message>
    <message>
        <source>{date} {slot}的课还没到（今天是 {today}），不能记录考勤，请到当天再录入。如课程安排的日期有误，请先在“课程安排”中更正。</source>
        <translation>The session of {date} {slot} has not come yet (today is {today}): attendance can be recorded on the day. If the session&apos;s date is wrong, correct it under Sessions first.</translation>
    </message>
    <message>
        <source> 等</source>
        <translation> etc.</translation>
    </message>
    <message>
        <source>{count} 个课时整节未录入：{sessions}</source>
        <translation>whole sessions not entered: {count} ({sessions})</translation>
    </message>
    <message>
        <source>{name} {count} 节</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source> 等 {count} 人</source>
        <translation> and others ({count} in all)</translation>
    </message>
    <message>
        <source>缺勤请记 ×</source>
        <translation>absence is ×</translation>
    </message>
    <message>
        <source>；没有上的课请在课程安排中删除</source>
        <translation>; delete sessions that were not held under Sessions</translation>
    </message>
    <message>
        <source>还有 {count} 个考勤格未录入（{details}），不能结业。请在考勤表中补录（{hint}）。</source>
        <translation>Attendance cells not entered: {count} ({details}), so the project cannot be closed. Enter them in the attendance grid ({hint}).</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>找不到表头：需要“姓名”或“身份证号”列，以及“签到时间”（或“日期”和“时间”）列</source>
        <translation>Cannot find the header: it needs a “姓名” (name) or “身份证号” (ID number) column, and a “签到时间” (sign-in time) column (or “日期” and “时间”, date and time)</translation>
    </message>
    <message>
        <source>没有姓名或身份证号</source>
        <translation>No name or ID number</translation>
    </message>
    <message>
        <source>签到时间“{time}”无法识别（应如 2026-03-02 08:15）</source>
        <translation>Sign-in time “{time}” not recognised (write it like 2026-03-02 08:15)</translation>
    </message>
    <message>
        <source>记录考勤</source>
        <translation>record attendance</translation>
    </message>
    <message>
        <source>课时 {id} 不属于项目“{name}”</source>
        <translation>Session {id} does not belong to project “{name}”</translation>
    </message>
    <message>
        <source>学员 {id} 不在项目“{name}”的参培名单上</source>
        <translation>Trainee {id} is not on the roster of project “{name}”</translation>
    </message>
    <message>
        <source>{name} 已{status}，不能记录考勤</source>
        <translation>{name} is {status}: attendance cannot be recorded</translation>
    </message>
    <message>
        <source>考勤只能是 {marks}</source>
        <translation>An attendance mark must be one of: {marks}</translation>
    </message>
    <message>
        <source>项目“{name}”已结业，考勤格不能清空；如需更正，请改记其他标记（缺勤记 ×）。</source>
        <translation>Project “{name}” is closed: attendance cells cannot be cleared; to correct one, enter another mark (× for absent).</translation>
    </message>
    <message>
        <source>粘贴的区域超出表格：第 {row} 行第 {column} 列没有对应的学员或课时</source>
        <translation>The pasted block runs past the grid: row {row}, column {column} has no trainee or session</translation>
    </message>
    <message>
        <source>粘贴内容第 {row} 行第 {column} 列：{error}</source>
        <translation>Pasted row {row}, column {column}: {error}</translation>
    </message>
    <message>
        <source>身份证号 {start}…{end} 不在参培名单上</source>
        <translation>ID number {start}…{end} is not on the roster</translation>
    </message>
    <message>
        <source>“{name}”不在参培名单上</source>
        <translation>“{name}” is not on the roster</translation>
    </message>
    <message>
        <source>名单上有 {count} 个“{name}”，请改用身份证号</source>
        <translation>The roster has {count} people named “{name}”: use the ID number instead</translation>
    </message>
    <message>
        <source>{date} {slot}不在项目培训日期内</source>
        <translation>{date} {slot} is outside the project&apos;s training dates</translation>
    </message>
    <message>
        <source>{date} {slot}没有课程安排</source>
        <translation>No session on {date} {slot}</translation>
    </message>
    <message>
        <source>签到记录对应的学员或课时已不存在，请重新读取签到文件</source>
        <translation>A trainee or session of these sign-ins no longer exists: read the sign-in file again</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>{path} 就是当前的数据库文件，不是备份：请选择一个备份文件。</source>
        <translation>{path} is the database in use, not a backup: choose a backup file.</translation>
    </message>
    <message>
        <source>找不到备份文件 {path}。</source>
        <translation>Backup file {path} not found.</translation>
    </message>
    <message>
        <source>{path} 不能用来恢复：无法打开（{error}）。</source>
        <translation>{path} cannot be restored from: it cannot be opened ({error}).</translation>
    </message>
    <message>
        <source>{path} 不能用来恢复：文件已损坏（{problem}）。请选择另一个备份。</source>
        <translation>{path} cannot be restored from: the file is damaged ({problem}). Choose another backup.</translation>
    </message>
    <message>
        <source>{path} 不能用来恢复：它不是 TrainOffice 数据库（是空文件，或别的程序的数据库）。</source>
        <translation>{path} cannot be restored from: it is not a TrainOffice database (it is empty, or another program&apos;s database).</translation>
    </message>
    <message>
        <source>{path} 不能用来恢复：它不是完好的 TrainOffice 数据库（{error}）。</source>
        <translation>{path} cannot be restored from: it is not a sound TrainOffice database ({error}).</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>不是 TrainOffice 证书二维码（格式不对）。</source>
        <translation>This is not a TrainOffice certificate QR code (wrong format).</translation>
    </message>
    <message>
        <source>二维码内容不完整。</source>
        <translation>The QR code&apos;s content is incomplete.</translation>
    </message>
    <message>
        <source>签名不符：证书内容被改动，或不是用这个公钥的单位签发的。</source>
        <translation>The signature does not match: the certificate was changed, or it was not issued by the office with this public key.</translation>
    </message>
    <message>
        <source>证书版式中“{key}”的值 {value} 不是数字，请在设置中改正。</source>
        <translation>The certificate layout&apos;s “{key}” value {value} is not a number; please correct it under Settings.</translation>
    </message>
    <message>
        <source>已不在参培名单</source>
        <translation>no longer on the roster</translation>
    </message>
    <message>
        <source>未录入齐全</source>
        <translation>not all entered</translation>
    </message>
    <message>
        <source>考核结果由{old}改为{new}</source>
        <translation>result changed from {old} to {new}</translation>
    </message>
    <message>
        <source>考核结果由{old}改为{new}，学时由 {old_hours} 改为 {new_hours}</source>
        <translation>result changed from {old} to {new}, hours from {old_hours} to {new_hours}</translation>
    </message>
    <message>
        <source>学时由 {old} 改为 {new}</source>
        <translation>hours changed from {old} to {new}</translation>
    </message>
    <message>
        <source>{number} {name}（{change}）</source>
        <translation>{number} {name} ({change})</translation>
    </message>
    <message>
        <source>{name}：证书 {number} 已作废（{reason}），新证书 {new}（{hours} 学时）</source>
        <translation>{name}: certificate {number} revoked ({reason}); new certificate {new} ({hours} hours)</translation>
    </message>
    <message>
        <source>{name}：证书 {number} 已作废（{reason}），不再发证</source>
        <translation>{name}: certificate {number} revoked ({reason}); no new certificate</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source> 等 {count} 本</source>
        <translation> ({count} in all)</translation>
    </message>
    <message>
        <source>请先作废并重新发证：在“证书”页点“作废并重发…”，或运行 trainoffice certificates --project {code} --reissue</source>
        <translation>Revoke and reissue them first: click “Revoke and reissue…” on the Certificates page, or run trainoffice certificates --project {code} --reissue</translation>
    </message>
    <message>
        <source>项目已归档，请先重新打开（回到结业），再在“证书”页作废并重新发证</source>
        <translation>The project is archived: reopen it first (back to Closed), then revoke and reissue them on the Certificates page</translation>
    </message>
    <message>
        <source>项目目前是“{status}”状态，请先办理结业，再在“证书”页作废并重新发证</source>
        <translation>The project is {status}: close it first, then revoke and reissue them on the Certificates page</translation>
    </message>
    <message>
        <source>“{project}”有 {count} 本证书与考核结果或学时档案不符，{doing}：{certificates}。{fix}，然后{then}。</source>
        <translation>Certificates of “{project}” that no longer match the results or the ledger: {count}; {doing}: {certificates}. {fix}, then {then}.</translation>
    </message>
    <message>
        <source>“{project}”有 {count} 本证书与考核结果或学时档案不符，{doing}：{certificates}。{fix}。</source>
        <translation>Certificates of “{project}” that no longer match the results or the ledger: {count}; {doing}: {certificates}. {fix}.</translation>
    </message>
    <message>
        <source>没有发证单位名称：请在“设置”中填写单位名称或发证单位。</source>
        <translation>No issuer name: enter the office name or the issuer under Settings.</translation>
    </message>
    <message>
        <source>项目“{name}”目前是“{status}”状态：办理结业后才能发证书。请先在“培训项目”页完成考核并办理结业。</source>
        <translation>Project “{name}” is {status}: certificates can be issued once it is closed. Finish the assessment and close it on the Projects page first.</translation>
    </message>
    <message>
        <source>考核不合格</source>
        <translation>failed the assessment</translation>
    </message>
    <message>
        <source>考核结果未录入齐全</source>
        <translation>results not all entered</translation>
    </message>
    <message>
        <source>请填写作废原因（例如：姓名有误，重新发证）。</source>
        <translation>Please enter why it is revoked (e.g. name wrong, issued again).</translation>
    </message>
    <message>
        <source>证书 {number} 已于 {when} 作废。</source>
        <translation>Certificate {number} was already revoked on {when}.</translation>
    </message>
    <message>
        <source>证书 {id} 不存在。</source>
        <translation>Certificate {id} does not exist.</translation>
    </message>
    <message>
        <source>证书已作废：本单位已于 {when} 作废此证书（{reason}），签名属实但证书不再有效。</source>
        <translation>The certificate is revoked: this office revoked it on {when} ({reason}). The signature is genuine, but the certificate is no longer valid.</translation>
    </message>
    <message>
        <source>证书与本单位学时档案不符（{change}），待作废重发：签名属实但证书不再有效。</source>
        <translation>The certificate no longer matches this office&apos;s ledger ({change}) and is waiting to be revoked and reissued: the signature is genuine, but the certificate is no longer valid.</translation>
    </message>
    <message>
        <source>证书编号 {number} 不存在。</source>
        <translation>There is no certificate number {number}.</translation>
    </message>
    <message>
        <source>正在生成证书 {number}</source>
        <translation>Writing certificate {number}</translation>
    </message>
    <message>
        <source>已写入 {file}</source>
        <translation>Written {file}</translation>
    </message>
    <message>
        <source>不能打印</source>
        <translation>they cannot be printed</translation>
    </message>
    <message>
        <source>这些证书没有打印</source>
        <translation>these were not printed</translation>
    </message>
    <message>
        <source>没有可打印的证书：请先为已结业的项目发证。</source>
        <translation>No certificates to print: issue the certificates of a closed project first.</translation>
    </message>
    <message>
        <source>未设置公章：证书上不印公章。如需盖章，请在“设置”→“证书版式与打印”中选择公章图片。</source>
        <translation>No seal is set: certificates print without one. To print a seal, choose its picture in Settings → Certificate design and printing.</translation>
    </message>
    <message>
        <source>证书编号格式“{pattern}”中没有 {seq}（顺序号），请在设置中改为例如 {example}。</source>
        <translation>The certificate number pattern “{pattern}” has no {seq} (sequence number); change it under Settings, e.g. to {example}.</translation>
    </message>
    <message>
        <source>证书编号格式“{pattern}”无法使用（{error}）。可用的占位符：{year} 年度、{county} 县代码、{project} 项目编号、{seq} 四位顺序号。</source>
        <translation>The certificate number pattern “{pattern}” cannot be used ({error}). Placeholders: {year} year, {county} county code, {project} project code, {seq} four-digit sequence number.</translation>
    </message>
    <message>
        <source>公章图片 {path} 无法打开（文件不存在或没有读取权限）：请重新选择。</source>
        <translation>The seal picture {path} cannot be opened (the file does not exist or cannot be read): please choose it again.</translation>
    </message>
    <message>
        <source>公章图片 {file} 有 {size} MB，超过 {limit} MB：请用图片软件裁剪到只剩公章、缩小到 1000×1000 像素左右，存为 PNG 后再选择。</source>
        <translation>The seal picture {file} is {size} MB, more than {limit} MB: crop it to the seal with an image editor, shrink it to about 1000×1000 pixels, save it as PNG and choose it again.</translation>
    </message>
    <message>
        <source>公章图片 {file} 无法读取：请选择 PNG 图片（透明背景）。</source>
        <translation>The seal picture {file} cannot be read: please choose a PNG picture (transparent background).</translation>
    </message>
    <message>
        <source>公章图片 {file} 是 {format} 格式：请选择 PNG 图片（透明背景），或扫描得到的 JPEG 图片。</source>
        <translation>The seal picture {file} is in {format} format: please choose a PNG picture (transparent background) or a scanned JPEG.</translation>
    </message>
    <message>
        <source>公章图片 {file} 有 {width}×{height} 像素，太大：请用图片软件裁剪到只剩公章、缩小到 1000×1000 像素左右后再选择。</source>
        <translation>The seal picture {file} is {width}×{height} pixels, too large: crop it to the seal with an image editor, shrink it to about 1000×1000 pixels and choose it again.</translation>
    </message>
    <message>
        <source>公章图片 {file} 没有透明背景：印在证书上会盖住发证单位名称和日期。请改用透明背景的 PNG 图片（可请人用图片软件去掉底色）。</source>
        <translation>The seal picture {file} has no transparent background: printed on a certificate it covers the issuer&apos;s name and the date. Use a PNG picture with a transparent background instead (an image editor can remove the background).</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>已取消导出，没有生成文件。</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
</context>
<context>
    <name>credits</name>
    <message>
        <source>正在登记学时…</source>
        <translation>Posting hours…</translation>
    </message>
    <message>
        <source>已取消登记学时，没有写入任何记录。</source>
        <translation>Posting hours was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>{name}：{before} → {after} 学时</source>
        <translation>{name}: {before} → {after} hours</translation>
    </message>
    <message>
        <source>已登记 {posted} 条，冲销 {reversed} 条</source>
        <translation>Posted {posted}, reversed {reversed}</translation>
    </message>
    <message>
        <source>{where}类别只能是 {categories}（项目学时由结业自动登记）</source>
        <translation>{where}The category must be one of: {categories} (project hours are posted when the project closes)</translation>
    </message>
    <message>
        <source>{where}日期</source>
        <translation>{where}Date</translation>
    </message>
    <message>
        <source>{where}请填写日期</source>
        <translation>{where}Enter the date</translation>
    </message>
    <message>
        <source>{where}日期 {date} 在今天（{today}）之后：学时在完成后才能登记。请填写完成培训或活动的日期</source>
        <translation>{where}The date {date} is after today ({today}): hours can be entered only once earned. Enter the date the training or activity was completed.</translation>
    </message>
    <message>
        <source>{where}日期 {date} 早于{name}的参加工作时间 {start}：请核对日期</source>
        <translation>{where}{date} is before {name} started work ({start}): please check the date</translation>
    </message>
    <message>
        <source>{where}日期 {date} 早于{name}的出生日期 {start}：请核对日期</source>
        <translation>{where}{date} is before {name}&apos;s birth date ({start}): please check the date</translation>
    </message>
    <message>
        <source>{where}学时和学分不能为负数；更正请用“冲销”</source>
        <translation>{where}Hours and credits cannot be negative; to correct an entry, use “Reverse”</translation>
    </message>
    <message>
        <source>{where}学时或学分至少一项大于 0</source>
        <translation>{where}Hours or credits must be more than 0</translation>
    </message>
    <message>
        <source>{where}一条记录 {amount} 学时（学分），超过整个五年周期的要求 {cycle}：请核对是否多输了一个 0</source>
        <translation>{where}One entry of {amount} hours (credits) is more than the whole 5-year cycle asks for ({cycle}): check whether a 0 was typed too many</translation>
    </message>
    <message>
        <source>{where}超过年度目标 {annual} 学分的记录须填写佐证材料（证书、证明或登记表的名称和编号）</source>
        <translation>{where}An entry above the annual target of {annual} credits needs its evidence (the name and number of the certificate, statement or form)</translation>
    </message>
    <message>
        <source>第 {n} 条：</source>
        <translation>Entry {n}: </translation>
    </message>
    <message>
        <source>{where}教师 {id} 不存在</source>
        <translation>{where}Teacher {id} does not exist</translation>
    </message>
    <message>
        <source>已取消，没有写入任何学时记录。</source>
        <translation>Cancelled; no ledger entry was written.</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>已登记 {count} 条</source>
        <translation>Entries made: {count}</translation>
    </message>
    <message>
        <source>请填写资源名称</source>
        <translation>Enter the resource&apos;s title</translation>
    </message>
    <message>
        <source>请填写作者及其学分</source>
        <translation>Enter the authors and their credits</translation>
    </message>
    <message>
        <source>同一作者出现了两次</source>
        <translation>An author appears twice</translation>
    </message>
    <message>
        <source>每位作者的学分应大于 0</source>
        <translation>Each author&apos;s credits must be more than 0</translation>
    </message>
    <message>
        <source>作者学分合计 {got}，应等于 {total}</source>
        <translation>The authors&apos; credits add up to {got}; they must add up to {total}</translation>
    </message>
    <message>
        <source>第 {n} 位作者：</source>
        <translation>Author {n}: </translation>
    </message>
    <message>
        <source>学时记录 {id} 不存在</source>
        <translation>Ledger entry {id} does not exist</translation>
    </message>
    <message>
        <source>冲销必须填写原因</source>
        <translation>Give a reason for the reversal.</translation>
    </message>
    <message>
        <source>项目学时由考勤和考核决定，请更正考勤或考核结果，系统会自动冲销并重新登记</source>
        <translation>A project&apos;s hours follow its attendance and results: correct those, and the entry is reversed and posted again automatically</translation>
    </message>
    <message>
        <source>这是一条冲销记录，不能再冲销</source>
        <translation>This is a reversal and cannot itself be reversed</translation>
    </message>
    <message>
        <source>这条记录已经冲销过</source>
        <translation>This entry has already been reversed</translation>
    </message>
    <message>
        <source>教师 {id} 不存在</source>
        <translation>Teacher {id} does not exist</translation>
    </message>
</context>
<context>
    <name>db</name>
    <message>
        <source>数据库文件 {path} 是只读的（或所在文件夹不能写入）：请复制到本机可写的文件夹，或去掉文件的只读属性，再打开。</source>
        <translation>The database file {path} is read-only (or its folder cannot be written to): copy it to a folder on this PC you can write to, or clear the file&apos;s read-only attribute, then open it again.</translation>
    </message>
    <message>
        <source>找不到文件夹 {folder}：请检查路径（U 盘是否已拔出？）。</source>
        <translation>Folder {folder} not found: check the path (was the USB drive removed?).</translation>
    </message>
    <message>
        <source>数据库文件正被另一个 TrainOffice 使用：{path}
请先关闭另一个窗口（或另一台电脑上打开的同一文件），再重试。</source>
        <translation>The database file is in use by another TrainOffice: {path}
Close the other window (or the same file open on another PC) first, then try again.</translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，不是数据库文件。</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} 不是 TrainOffice 数据库文件（可能已损坏或是别的文件）。文件未被改动。</source>
        <translation>{path} is not a TrainOffice database file (it may be damaged or another kind of file). The file was not changed.</translation>
    </message>
    <message>
        <source>该数据库由更新版本的 TrainOffice 创建（数据结构版本 {version}，本程序支持到 {supported}）。请升级 TrainOffice 后再打开；文件未被改动。</source>
        <translation>This database was made by a newer TrainOffice (data version {version}; this program supports up to {supported}). Upgrade TrainOffice, then open it again; the file was not changed.</translation>
    </message>
    <message>
        <source>{path} 是 SQLite 文件，但不是 TrainOffice 数据库。文件未被改动。</source>
        <translation>{path} is an SQLite file but not a TrainOffice database. The file was not changed.</translation>
    </message>
    <message>
        <source>备份已取消，没有留下不完整的文件。</source>
        <translation>Backup cancelled; no incomplete file was left behind.</translation>
    </message>
    <message>
        <source>正在备份数据库…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>备份 {path} 写入后检查未通过（{problem}），请换一个位置或换一个 U 盘再备份。</source>
        <translation>The backup {path} failed its check after writing ({problem}): back up to another place or another USB drive.</translation>
    </message>
    <message>
        <source>{path} 无法作为数据库打开（{error}）。文件未被改动。</source>
        <translation>{path} cannot be opened as a database ({error}). The file was not changed.</translation>
    </message>
    <message>
        <source>{path} 就是正在使用的数据库文件：请把备份保存为另一个文件（例如在 U 盘上）。</source>
        <translation>{path} is the database in use: save the backup as another file (on a USB drive, for example).</translation>
    </message>
    <message>
        <source>磁盘空间不足，这次操作未写入任何数据：请清理磁盘（或把数据库换到一个有空间的位置）后重试。</source>
        <translation>The disk is full; nothing of this change was written. Free some space (or move the database to a place with room), then try again.</translation>
    </message>
    <message>
        <source>磁盘空间不足（数据库在 {folder}），这次操作未写入任何数据：请清理磁盘（或把数据库换到一个有空间的位置）后重试。</source>
        <translation>The disk is full (the database is in {folder}); nothing of this change was written. Free some space (or move the database to a place with room), then try again.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>项目“{name}”还没有课程安排：请先在“课程安排”中生成课程，再打印签到表。</source>
        <translation>Project “{name}” has no sessions yet: create them under “Sessions” first, then print the sign-in sheets.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>无法写入 {path}：U盘或磁盘已满。请清理出空间（或换一个有空间的 U 盘）后重试。</source>
        <translation>Cannot write {path}: the USB drive or disk is full. Free some space (or use a USB drive with room), then try again.</translation>
    </message>
    <message>
        <source>无法写入 {path}：{reason}（U盘已满或已拔出？）</source>
        <translation>Cannot write {path}: {reason} (USB drive full or removed?)</translation>
    </message>
    <message>
        <source>{path} 已存在，请换一个文件名或先移走原文件。</source>
        <translation>{path} already exists: choose another file name or move the existing file first.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在。</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>没有权限写入 {folder}（文件夹只读，或文件正被 Excel/WPS 打开）。</source>
        <translation>No permission to write to {folder} (the folder is read-only, or the file is open in Excel/WPS).</translation>
    </message>
</context>
<context>
    <name>idnumber</name>
    <message>
        <source>15位旧身份证号已转换为18位，请核对</source>
        <translation>Old 15-digit ID number converted to 18 characters: please check it</translation>
    </message>
    <message>
        <source>出生日期 {date} 不存在</source>
        <translation>Date of birth {date} does not exist</translation>
    </message>
    <message>
        <source>出生日期 {date} 不合理</source>
        <translation>Date of birth {date} is not plausible</translation>
    </message>
    <message>
        <source>身份证号不能为空</source>
        <translation>The ID number cannot be empty</translation>
    </message>
    <message>
        <source>15位身份证号只能由数字组成</source>
        <translation>A 15-digit ID number can only contain digits</translation>
    </message>
    <message>
        <source>身份证号应为18位，现为{length}位</source>
        <translation>An ID number has 18 characters; this one has {length}</translation>
    </message>
    <message>
        <source>身份证号前17位应为数字，最后一位为数字或X</source>
        <translation>The first 17 characters of an ID number are digits; the last is a digit or X</translation>
    </message>
    <message>
        <source>校验位错误：最后一位应为 {expected}</source>
        <translation>Wrong check character: the last one should be {expected}</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>学校</source>
        <translation>school</translation>
    </message>
    <message>
        <source>教师</source>
        <translation>teacher</translation>
    </message>
    <message>
        <source>调动记录</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>参培名单</source>
        <translation>roster entry</translation>
    </message>
    <message>
        <source>参培指标</source>
        <translation>quota</translation>
    </message>
    <message>
        <source>学时记录</source>
        <translation>ledger entry</translation>
    </message>
    <message>
        <source>结业证书</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>考勤记录</source>
        <translation>attendance mark</translation>
    </message>
    <message>
        <source>考核结果</source>
        <translation>result</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>import record</translation>
    </message>
    <message>
        <source>调动过</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>改过状态</source>
        <translation>given another status</translation>
    </message>
    <message>
        <source>随学校合并调动过</source>
        <translation>moved with a school merger</translation>
    </message>
    <message>
        <source>被修改过</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>正在写入</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>正在新增教师</source>
        <translation>Adding teachers</translation>
    </message>
    <message>
        <source>正在更新教师信息</source>
        <translation>Updating teachers</translation>
    </message>
    <message>
        <source>正在写入参培名单</source>
        <translation>Writing the roster</translation>
    </message>
    <message>
        <source>正在保存导入记录</source>
        <translation>Saving the import record</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>没有编号为 {id} 的导入记录</source>
        <translation>There is no import #{id}</translation>
    </message>
    <message>
        <source>之后的导入 #{id}（{file}）又改动了本批导入的{table}：请先撤销 #{id}，再撤销本批。</source>
        <translation>A later import, #{id} ({file}), changed this import&apos;s {table} records again: undo #{id} first, then this one.</translation>
    </message>
    <message>
        <source>本批导入的{table}{who}在导入之后又{change}{note}，撤销会丢掉这些改动，因此不能撤销。导入的内容如有错误，请在相应页面逐条更正。</source>
        <translation>This import&apos;s {table}{who} has since been {change}{note}; undoing the import would lose that change, so it cannot be undone. Correct any mistakes of the import one by one on their pages.</translation>
    </message>
    <message>
        <source>本批导入的{table}{who}已有{records}（共 {count} 条以上），撤销会使这些记录失去依据，因此不能撤销。导入的内容如有错误，请在相应页面逐条更正。</source>
        <translation>This import&apos;s {table}{who} is already in use ({records}: {count} or more); undoing the import would leave those without their basis, so it cannot be undone. Correct any mistakes of the import one by one on their pages.</translation>
    </message>
    <message>
        <source>（{note}）</source>
        <translation> ({note})</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation> “{name}”</translation>
    </message>
    <message>
        <source>（{name}）</source>
        <translation> ({name})</translation>
    </message>
    <message>
        <source>导入 #{id}（{file}）已于 {undone_at} 撤销过</source>
        <translation>Import #{id} ({file}) was already undone on {undone_at}</translation>
    </message>
    <message>
        <source>隐藏行</source>
        <translation>hidden row</translation>
    </message>
    <message>
        <source>重复的表头</source>
        <translation>repeated header</translation>
    </message>
    <message>
        <source>表中只有表头，没有数据行：请确认选对了文件、工作表和表头所在行</source>
        <translation>The table has a header but no data rows: check that the file, the sheet and the header row are the right ones</translation>
    </message>
    <message>
        <source>工作表“{sheet}”是空的：请选择有数据的工作表，或请学校重新发送</source>
        <translation>Sheet “{sheet}” is empty: choose a sheet with data, or ask the school to send the file again</translation>
    </message>
    <message>
        <source>{file} 中没有工作表。</source>
        <translation>{file} has no sheets.</translation>
    </message>
    <message>
        <source>{file} 中没有名为“{sheet}”的工作表（有：{sheets}）。</source>
        <translation>{file} has no sheet named “{sheet}” (it has: {sheets}).</translation>
    </message>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <source>无法打开 {path}：{reason}</source>
        <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} 是文件夹，请选择一个表格文件。</source>
        <translation>{path} is a folder: choose a spreadsheet file.</translation>
    </message>
    <message>
        <source>{file} 是空文件（0 字节），请让学校重新发送。</source>
        <translation>{file} is empty (0 bytes): ask the school to send it again.</translation>
    </message>
    <message>
        <source>{file} 有 {size} MB，超过 {limit} MB 的上限，不像是一份名单。请确认选对了文件，或把需要的工作表另存为新文件再导入。</source>
        <translation>{file} is {size} MB, over the {limit} MB limit: too large for a list. Check that you chose the right file, or save the sheet you need as a new file and import that.</translation>
    </message>
    <message>
        <source>无法读取 {file}：{reason}（文件是否正被其他程序占用？）</source>
        <translation>Cannot read {file}: {reason} (is another program using the file?)</translation>
    </message>
    <message>
        <source>{file} 设置了打开密码（已加密），无法读取。请在 Excel/WPS 中打开它，在“文件—信息—保护工作簿”（WPS：“文件—文档加密”）中去掉密码后另存，再导入。</source>
        <translation>{file} has a password to open (it is encrypted) and cannot be read. Open it in Excel/WPS, remove the password under “File – Info – Protect Workbook” (WPS: “File – Document Encryption”), save it and import it again.</translation>
    </message>
    <message>
        <source>{file} 是 Excel/WPS 打开 {workbook} 时在旁边生成的临时文件（关闭表格后会自动消失），不是名单本身：请选择 {workbook}。</source>
        <translation>{file} is the temporary file Excel/WPS keeps beside {workbook} while it is open (it goes away when the workbook is closed), not the list itself: choose {workbook}.</translation>
    </message>
    <message>
        <source>{file} 不是可以读取的表格文件（支持 .xlsx、.xls、.et、.ods、.csv、.txt）。请在 Excel/WPS 中打开它并另存为 .xlsx 后再导入。</source>
        <translation>{file} is not a spreadsheet that can be read (.xlsx, .xls, .et, .ods, .csv and .txt can). Open it in Excel/WPS, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>{file} 设置了密码保护，无法读取。请在 Excel/WPS 中去掉密码后另存，再导入。</source>
        <translation>{file} is password-protected and cannot be read. Remove the password in Excel/WPS, save it and import it again.</translation>
    </message>
    <message>
        <source>{file} 是 Word 文档，不是表格，无法导入：请让学校发送 Excel/WPS 表格；名单若是 Word 中的表格，可以把它复制到 Excel/WPS 表格中，另存为 .xlsx 后再导入。</source>
        <translation>{file} is a Word document, not a spreadsheet, and cannot be imported: ask the school for an Excel/WPS spreadsheet. If the list is a table in Word, copy it into an Excel/WPS sheet, save that as .xlsx and import it.</translation>
    </message>
    <message>
        <source>{file} 已损坏或不是完整的表格文件，无法读取。请在 Excel/WPS 中打开并另存为 .xlsx 后再导入，或请学校重新发送。</source>
        <translation>{file} is damaged or not a complete spreadsheet and cannot be read. Open it in Excel/WPS, save it as .xlsx and import that, or ask the school to send it again.</translation>
    </message>
    <message>
        <source>{file} 不是文本表格（可能是 UTF-16 或二进制文件）。请在 Excel/WPS 中另存为 .xlsx 或 “CSV（逗号分隔）”后再导入。</source>
        <translation>{file} is not a text table (perhaps UTF-16 or a binary file). Save it in Excel/WPS as .xlsx or “CSV (Comma delimited)” and import that.</translation>
    </message>
    <message>
        <source>{file} 的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030 编码），请另存为 .xlsx 后再导入。</source>
        <translation>The text encoding of {file} is not recognised (neither UTF-8 nor GBK/GB18030): save it as .xlsx and import that.</translation>
    </message>
    <message>
        <source>{file} 第 {row} 行格式有误（{problem}），请检查引号是否成对。</source>
        <translation>Line {row} of {file} is malformed ({problem}): check that the quotation marks come in pairs.</translation>
    </message>
    <message>
        <source>导入参培学员名单</source>
        <translation>import a roster</translation>
    </message>
    <message>
        <source>已取消导入，数据库未改动</source>
        <translation>Import cancelled; the database is unchanged</translation>
    </message>
    <message>
        <source>表中没有找到“{field}”列：请在列对应中指定哪一列是{field}</source>
        <translation>No “{field}” column was found in the table: under Columns, choose the column that holds “{field}”</translation>
    </message>
    <message>
        <source>{field}“{school}”不在学校名单中：请核对名称，或先在“学校”中添加，或导入时选择“新建表中的学校”（命令行加 --create-schools）</source>
        <translation>{field} “{school}” is not in the list of schools: check the name, add the school under Schools first, or choose “Create the schools named in the file” when importing (on the command line: --create-schools)</translation>
    </message>
    <message>
        <source>将新建学校“{school}”</source>
        <translation>A new school “{school}” will be created</translation>
    </message>
    <message>
        <source>该身份证号在教师信息库中的姓名是“{registry}”，表中是“{file}”，已保留库中信息：请核对是否填错了人或号码</source>
        <translation>The registry has this ID number under the name “{registry}”, the file has “{file}”; the registry&apos;s record is kept: check whether the person or the number is wrong</translation>
    </message>
    <message>
        <source>该身份证号在教师信息库中的姓名是“{registry}”，表中是“{file}”，将按表中信息更新：请核对是否填错了人或号码</source>
        <translation>The registry has this ID number under the name “{registry}”, the file has “{file}”; the record will be updated from the file: check whether the person or the number is wrong</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>{field}：{old} → {new}（将记为调动）</source>
        <translation>{field}: {old} → {new} (recorded as a transfer)</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}（离开日期记为今天 {today}；如不是今天，请不要用导入改状态，在“教师”中逐人修改并填写离开日期）</source>
        <translation>{field}: {old} → {new} (dated today, {today}, as the day they left; if that is wrong, do not change the status by import: change it teacher by teacher on Teachers, with the date they left)</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}（恢复在职日期记为今天 {today}）</source>
        <translation>{field}: {old} → {new} (back in service from today, {today})</translation>
    </message>
    <message>
        <source>{field}：{old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>教师信息库中没有此人，将新建教师信息（{fields}），其他信息请之后在教师信息中补全</source>
        <translation>Not in the registry: a teacher record will be created ({fields}); fill in the rest on the Teachers page later</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>身份证号被存成了数字（Excel 只保留 15 位有效数字，后几位已经丢失），不能使用。请把该列设为“文本”格式，再照身份证重新输入完整号码</source>
        <translation>The ID number was stored as a number (Excel keeps only 15 significant digits, so the last ones are lost) and cannot be used. Format the column as “Text”, then type the full number again from the ID card</translation>
    </message>
    <message>
        <source>没有选择培训项目，或该项目已被删除：请先选择要导入名单的项目</source>
        <translation>No project is chosen, or it has been deleted: first choose the project the roster is for</translation>
    </message>
    <message>
        <source>正在检查第 {row} 行</source>
        <translation>Checking row {row}</translation>
    </message>
    <message>
        <source>与第 {row} 行的身份证号重复，本行未导入：请删除重复的一行或核对号码</source>
        <translation>Same ID number as row {row}; this row is not imported: delete the duplicate row or check the number</translation>
    </message>
    <message>
        <source>正在与教师信息库比对</source>
        <translation>Comparing with the registry</translation>
    </message>
    <message>
        <source>检查完毕</source>
        <translation>Check complete</translation>
    </message>
    <message>
        <source>请填写{field}</source>
        <translation>Fill in “{field}”</translation>
    </message>
    <message>
        <source>{problem}，已按身份证号填写出生日期</source>
        <translation>{problem}; the date of birth is taken from the ID number</translation>
    </message>
    <message>
        <source>“{value}”应填 是 或 否</source>
        <translation>“{value}” should be 是 or 否 (yes or no)</translation>
    </message>
    <message>
        <source>{problem}：请照身份证核对号码后重新填写</source>
        <translation>{problem}. Check the number against the ID card and enter it again.</translation>
    </message>
    <message>
        <source>{problem}，此项未导入</source>
        <translation>{problem}; this value is not imported</translation>
    </message>
    <message>
        <source>{problem}（选择“按表更新”时不会更新此项）</source>
        <translation>{problem} (not updated when you choose “Update from the file”)</translation>
    </message>
    <message>
        <source>请填写{field}（学校全称）</source>
        <translation>Fill in “{field}” (the school&apos;s full name)</translation>
    </message>
    <message>
        <source>表中单位“{file}”与教师信息库中的“{registry}”不同，按库中单位登记；如已调动，请在教师信息中办理调动</source>
        <translation>The file&apos;s school “{file}” differs from the registry&apos;s “{registry}”; enrolled at the registry&apos;s school. If the teacher has moved, record the transfer on the Teachers page</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>请填写单位名称</source>
        <translation>Please enter the office name</translation>
    </message>
    <message>
        <source>请填写县（区）名称</source>
        <translation>Please enter the county (district) name</translation>
    </message>
    <message>
        <source>县（区）代码应为6位数字，例如 431028</source>
        <translation>The county code is 6 digits, e.g. 431028</translation>
    </message>
</context>
<context>
    <name>packet</name>
    <message>
        <source>{code}（{status}，{ends} 结束）</source>
        <translation>{code} ({status}, ends {ends})</translation>
    </message>
    <message>
        <source>{code}（{status}）</source>
        <translation>{code} ({status})</translation>
    </message>
    <message>
        <source>项目“{name}”还在计划中（未开班），没有名单、考勤和学时可以提交。请选择已结业的项目；本项目结业后再生成它的提交包。</source>
        <translation>The project “{name}” is still planned (not started): it has no roster, attendance or hours to submit. Choose a closed project; make this project&apos;s packet once it is closed.</translation>
    </message>
    <message>
        <source>（{date} 结束）</source>
        <translation> (ends {date})</translation>
    </message>
    <message>
        <source>项目“{name}”尚未结业{ends}，考勤、考核结果和学时还没有定下来，不能生成提交包。请选择已结业的项目；本项目结业后再生成它的提交包。</source>
        <translation>The project “{name}” is not closed yet{ends}: its attendance, results and hours are not final, so no packet can be made. Choose a closed project; make this project&apos;s packet once it is closed.</translation>
    </message>
    <message>
        <source>{year} 年没有培训项目，无法生成年度提交包。请检查年度，或先导入年度培训计划。</source>
        <translation>There are no training projects in {year}, so no year packet can be made. Check the year, or import the annual training plan first.</translation>
    </message>
    <message>
        <source>{status} {count} 个</source>
        <translation>{count} {status}</translation>
    </message>
    <message>
        <source>{year} 年的 {count} 个培训项目都还没有结业（{statuses}），没有可以提交的培训。年度包只含已结业的项目：请在项目结业后再生成，或选择其他年度。</source>
        <translation>Of the {count} training projects of {year}, none is closed yet ({statuses}): there is no training to submit. A year packet holds closed projects only: make it once projects are closed, or choose another year.</translation>
    </message>
    <message>
        <source>文件夹 {folder} 不存在（U盘已拔出？），请重新选择保存位置。</source>
        <translation>Folder {folder} does not exist (USB drive removed?); please choose where to save again.</translation>
    </message>
    <message>
        <source>请先在“设置”中填写单位名称和县（区）代码，再生成提交包。</source>
        <translation>Enter the office name and the county code under Settings first, then make the packet.</translation>
    </message>
    <message>
        <source>年度包只含 {year} 年已结业的 {count} 个项目。未纳入：{projects}，尚未结业，不计入本包的名单、合计和结算；它们结业后请重新生成年度包。</source>
        <translation>The year packet holds only the closed projects of {year} ({count}). Not included: {projects}; they are not closed yet and are left out of the packet&apos;s rosters, totals and settlement. Make the year packet again once they are closed.</translation>
    </message>
    <message>
        <source>{path} 已存在：同一天的提交包已经生成过。请换一个文件夹，或先移走原文件。</source>
        <translation>{path} already exists: the packet was already made today. Choose another folder, or move the existing file away first.</translation>
    </message>
    <message>
        <source>{path} 已存在：它不在本程序的提交包记录中（可能是上次生成时中断留下的）。请先移走或删除它，再重新生成。</source>
        <translation>{path} already exists and is not among the packets made here (perhaps left by an interrupted run). Move or delete it first, then make the packet again.</translation>
    </message>
    <message>
        <source>提交包写入后核验失败，没有保存：{problems}。请换一个U盘或文件夹重试。</source>
        <translation>The packet failed verification after writing and was not saved: {problems}. Try again with another USB drive or folder.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>提交包已生成并核验</source>
        <translation>Packet made and verified</translation>
    </message>
    <message>
        <source>不能放入提交包</source>
        <translation>they cannot go into a packet</translation>
    </message>
    <message>
        <source>再生成提交包</source>
        <translation>make the packet again</translation>
    </message>
    <message>
        <source>“{project}”：{count} 名合格学员尚未发证，提交包中的证书发放登记表没有他们。请在“证书”页点“发放证书”后重新生成提交包。</source>
        <translation>“{project}”: qualified trainees still without a certificate: {count}. The packet&apos;s certificate register leaves them out. Click “Issue certificates” on the Certificates page, then make the packet again.</translation>
    </message>
    <message>
        <source>正在导出数据</source>
        <translation>Exporting the data</translation>
    </message>
    <message>
        <source>已导出 {table}</source>
        <translation>Exported {table}</translation>
    </message>
    <message>
        <source>正在生成汇总表</source>
        <translation>Writing the workbook</translation>
    </message>
    <message>
        <source>正在生成提交报告</source>
        <translation>Writing the report</translation>
    </message>
    <message>
        <source>{project}：证书未能放入提交包（{error}）</source>
        <translation>{project}: the certificates could not go into the packet ({error})</translation>
    </message>
    <message>
        <source>已加入 {project} 的签到表和证书</source>
        <translation>Added the sign-in sheets and certificates of {project}</translation>
    </message>
    <message>
        <source>正在写入U盘并核验</source>
        <translation>Writing to the USB drive and verifying</translation>
    </message>
    <message>
        <source>文件 {path} 不存在</source>
        <translation>The file {path} does not exist</translation>
    </message>
    <message>
        <source>不是有效的 zip 文件（可能没有复制完整）</source>
        <translation>Not a valid zip file (perhaps not copied completely)</translation>
    </message>
    <message>
        <source>zip 文件损坏：{error}</source>
        <translation>The zip file is damaged: {error}</translation>
    </message>
    <message>
        <source>找不到 manifest.json（不是 TrainOffice 提交包，或文件被删除）</source>
        <translation>No manifest.json found (not a TrainOffice packet, or files were deleted)</translation>
    </message>
    <message>
        <source>zip 中的 {file} 已损坏（CRC 校验失败）</source>
        <translation>{file} in the zip is damaged (CRC check failed)</translation>
    </message>
    <message>
        <source>zip 结构与 CRC</source>
        <translation>zip structure and CRC</translation>
    </message>
    <message>
        <source>manifest.json 不是有效的 JSON</source>
        <translation>manifest.json is not valid JSON</translation>
    </message>
    <message>
        <source>提交包格式 {format} v{version} 不受支持</source>
        <translation>Packet format {format} v{version} is not supported</translation>
    </message>
    <message>
        <source>public_key.txt 缺失或无法读取</source>
        <translation>public_key.txt is missing or unreadable</translation>
    </message>
    <message>
        <source>public_key.txt 与 manifest.json 中的公钥不一致</source>
        <translation>public_key.txt and the public key in manifest.json differ</translation>
    </message>
    <message>
        <source>manifest.sig 缺失或无法读取</source>
        <translation>manifest.sig is missing or unreadable</translation>
    </message>
    <message>
        <source>提交包是用另一把密钥签名的，不是被改动过：包内公钥指纹 {own}，指定的公钥指纹 {given}。它不是指定公钥的单位签发的；请确认发出单位，或改用它报备的公钥核验。</source>
        <translation>The packet was signed with another key, not changed: the packet&apos;s key fingerprint is {own}, the given key&apos;s is {given}. It was not issued by the office of the given key; check who sent it, or verify it with the key that office registered.</translation>
    </message>
    <message>
        <source>提交包的公钥（指纹 {own}）与指定的公钥（指纹 {given}）不符：不是该单位签发的</source>
        <translation>The packet&apos;s public key (fingerprint {own}) differs from the given key (fingerprint {given}): it was not issued by that office</translation>
    </message>
    <message>
        <source>签名无效：manifest.json 被改动，或签名不是该单位的</source>
        <translation>Invalid signature: manifest.json was changed, or the signature is not that office&apos;s</translation>
    </message>
    <message>
        <source>Ed25519 签名</source>
        <translation>Ed25519 signature</translation>
    </message>
    <message>
        <source>多出未登记的文件：{file}</source>
        <translation>Unlisted extra file: {file}</translation>
    </message>
    <message>
        <source>缺少文件：{file}</source>
        <translation>Missing file: {file}</translation>
    </message>
    <message>
        <source>文件内容与登记的 SHA-256 不符：{file}</source>
        <translation>File content does not match its listed SHA-256: {file}</translation>
    </message>
    <message>
        <source>已核对 {file}</source>
        <translation>Checked {file}</translation>
    </message>
    <message>
        <source>{count} 个文件的 SHA-256</source>
        <translation>SHA-256 of {count} files</translation>
    </message>
    <message>
        <source>{file} 缺失或不是有效的 JSON</source>
        <translation>{file} is missing or not valid JSON</translation>
    </message>
    <message>
        <source>{file} 的数据格式（schema/version/fields）与说明不符</source>
        <translation>The data format of {file} (schema/version/fields) does not match its description</translation>
    </message>
    <message>
        <source>{file} 中有记录的字段与 fields 不符</source>
        <translation>{file} has records whose fields differ from “fields”</translation>
    </message>
    <message>
        <source>{file} 有 {rows} 条记录，但登记为 {registered} 条</source>
        <translation>{file} has {rows} records, but {registered} are listed</translation>
    </message>
    <message>
        <source>data/ 数据格式与记录数</source>
        <translation>data/ format and record counts</translation>
    </message>
    <message>
        <source>正在核对汇总表</source>
        <translation>Checking the workbook</translation>
    </message>
    <message>
        <source>汇总表 {file} 无法打开</source>
        <translation>The workbook {file} cannot be opened</translation>
    </message>
    <message>
        <source>汇总表缺少工作表“{sheet}”</source>
        <translation>The workbook has no sheet “{sheet}”</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows} 行，但登记为 {registered} 行</source>
        <translation>Sheet “{sheet}” has {rows} rows, but {registered} are listed</translation>
    </message>
    <message>
        <source>工作表“{sheet}”有 {rows} 行，与 data/{table}.json 的 {records} 条不一致</source>
        <translation>Sheet “{sheet}” has {rows} rows, but data/{table}.json has {records} records</translation>
    </message>
    <message>
        <source>汇总表与 data/ 记录数一致</source>
        <translation>workbook and data/ counts agree</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>未找到可嵌入的中文 TrueType 字体，已改用 PDF 阅读器内置的 STSong-Light：字体没有嵌入文件，换一台电脑或打印店打开时字形可能不同。请在“设置”中选择字体文件，例如 C:\Windows\Fonts\simsun.ttc（宋体）。</source>
        <translation>No embeddable Chinese TrueType font was found, so the PDF reader&apos;s built-in STSong-Light is used: the font is not embedded in the file, and the characters may look different on another PC or at a print shop. Choose a font file under Settings, e.g. C:\Windows\Fonts\simsun.ttc (SimSun).</translation>
    </message>
    <message>
        <source>{path} 不是字体文件（文件太短）。</source>
        <translation>{path} is not a font file (the file is too short).</translation>
    </message>
    <message>
        <source>{path} 字体集合已损坏。</source>
        <translation>The font collection {path} is damaged.</translation>
    </message>
    <message>
        <source>{path} 不是 TrueType/OpenType 字体文件。</source>
        <translation>{path} is not a TrueType/OpenType font file.</translation>
    </message>
    <message>
        <source>字体文件 {path} 不存在，请重新选择。</source>
        <translation>The font file {path} does not exist; please choose it again.</translation>
    </message>
    <message>
        <source>无法读取字体文件 {path}：{error}</source>
        <translation>Cannot read the font file {path}: {error}</translation>
    </message>
    <message>
        <source>{file} 是 CFF 轮廓的 OpenType 字体（如思源/Noto CJK），无法嵌入 PDF。请改选 TrueType 字体，例如 simsun.ttc（宋体）、simhei.ttf（黑体）或 msyh.ttc（微软雅黑）。</source>
        <translation>{file} is an OpenType font with CFF outlines (like Source Han/Noto CJK) and cannot be embedded in a PDF. Choose a TrueType font instead, e.g. simsun.ttc (SimSun), simhei.ttf (SimHei) or msyh.ttc (Microsoft YaHei).</translation>
    </message>
    <message>
        <source>{file} 中没有可用的 TrueType 字体。</source>
        <translation>{file} holds no usable TrueType font.</translation>
    </message>
    <message>
        <source>reportlab 无法读取字体 {file}：{error}</source>
        <translation>reportlab cannot read the font {file}: {error}</translation>
    </message>
    <message>
        <source>{file} 不含中文字符（缺少“{missing}”），请选择中文字体。</source>
        <translation>{file} has no Chinese characters (“{missing}” are missing); please choose a Chinese font.</translation>
    </message>
    <message>
        <source>{file} 缺少数字和字母（“{missing}”等），打印的身份证号、日期和学时会是空白。请选择 simsun.ttc（宋体）、simhei.ttf（黑体）或 msyh.ttc（微软雅黑）等中文字体。</source>
        <translation>{file} has no digits or Latin letters (“{missing}” and more): ID numbers, dates and hours would print blank. Choose a Chinese font such as simsun.ttc (SimSun), simhei.ttf (SimHei) or msyh.ttc (Microsoft YaHei).</translation>
    </message>
    <message>
        <source>{family}（{path}）</source>
        <translation>{family} ({path})</translation>
    </message>
    <message>
        <source>设置中的字体不能使用：{error}现改用本机的 {font}。</source>
        <translation>The font chosen in Settings cannot be used. {error} Using {font} on this PC instead.</translation>
    </message>
    <message>
        <source>已生成 {done}/{total} 页</source>
        <translation>{done}/{total} pages written</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>{what}“{value}”不是数字</source>
        <translation>{what} “{value}” is not a number</translation>
    </message>
    <message>
        <source>找不到计划表的表头：需要“序号”和“项目名称”两列。请确认选择了计划表所在的工作表。</source>
        <translation>Cannot find the plan&apos;s header: it needs the columns “序号” (number) and “项目名称” (project name). Make sure the sheet holding the plan is chosen.</translation>
    </message>
    <message>
        <source>这不像年度计划表：没有找到{missing}列（表头中的列：{found}）。年度计划表应有序号、项目名称、培训天数（异地/本地/合计）、培训人数等列，请确认选择了计划表文件和工作表。</source>
        <translation>This does not look like an annual plan: it has no {missing} column (its header has: {found}). An annual plan has columns such as 序号, 项目名称, 培训天数 (异地/本地/合计) and 培训人数; make sure the plan file and its sheet are chosen.</translation>
    </message>
    <message>
        <source>和</source>
        <translation> or </translation>
    </message>
    <message>
        <source>培训总人次</source>
        <translation>The declared total</translation>
    </message>
    <message>
        <source>没有序号，且上面没有可归属的项目（续行应紧跟在项目行下面）</source>
        <translation>No number (序号), and no project above it to belong to (a continuation row must come right under its project&apos;s row)</translation>
    </message>
    <message>
        <source>第 {row} 行没有培训天数，未设阶段学时，请在项目中补充</source>
        <translation>Row {row} has no days, so its stage has no hours: add them in the project</translation>
    </message>
    <message>
        <source>没有项目名称</source>
        <translation>No project name</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>The number (序号)</translation>
    </message>
    <message>
        <source>培训人数</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>没有培训人数</source>
        <translation>No places</translation>
    </message>
    <message>
        <source>培训人数“{places}”应为非负整数</source>
        <translation>Places “{places}” must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>异地天数</source>
        <translation>Off-site days</translation>
    </message>
    <message>
        <source>本地天数</source>
        <translation>Local days</translation>
    </message>
    <message>
        <source>合计天数</source>
        <translation>Total days</translation>
    </message>
    <message>
        <source>异地 {offsite} 天 + 本地 {local} 天 与合计 {total} 天不符</source>
        <translation>{offsite} off-site days + {local} local days do not add up to the total of {total} days</translation>
    </message>
    <message>
        <source>网络研修按学时计：{hours} 学时</source>
        <translation>Online training counted in hours: {hours} hours</translation>
    </message>
    <message>
        <source>计划表的标题是 {title_year} 年的计划，计划年度却是 {year}：请把计划年度改为 {title_year} 后再检查（项目编号按计划年度编排）</source>
        <translation>The plan&apos;s title says it is the plan for {title_year}, but the plan year is {year}: change the plan year to {title_year} and check again (project codes follow the plan year)</translation>
    </message>
    <message>
        <source>序号 {seq} 与第 {row} 行重复，请改为不同的序号</source>
        <translation>Number {seq} repeats row {row}: give it a different number</translation>
    </message>
    <message>
        <source>项目编号 {code} 已存在：“{name}”（该计划可能已导入过）</source>
        <translation>Project code {code} already exists: “{name}” (the plan may have been imported already)</translation>
    </message>
    <message>
        <source>第 {row} 行 {name}：{warning}</source>
        <translation>Row {row} {name}: {warning}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>第 {row} 行：{message}</source>
        <translation>row {row}: {message}</translation>
    </message>
    <message>
        <source>计划表有无法导入的行，按要求未导入任何项目：{rows}</source>
        <translation>The plan has rows that cannot be placed, so as asked no project was imported: {rows}</translation>
    </message>
    <message>
        <source>计划表中没有可以导入的项目，未导入任何内容：{rows}</source>
        <translation>The plan has no project that can be imported; nothing was imported: {rows}</translation>
    </message>
    <message>
        <source>计划表中没有可以导入的项目，未导入任何内容。</source>
        <translation>The plan has no project that can be imported; nothing was imported.</translation>
    </message>
    <message>
        <source>第 {row} 行（{name}）：{error}。没有导入任何项目。</source>
        <translation>Row {row} ({name}): {error}. No project was imported.</translation>
    </message>
    <message>
        <source>项目代码 {code} 与第 {row} 行重复（项目编号都会是 {number}），请更正其中一行的代码</source>
        <translation>Project code {code} repeats row {row} (both would become project {number}): correct the code in one of them</translation>
    </message>
</context>
<context>
    <name>projects</name>
    <message>
        <source>{label}：{error}</source>
        <translation>{label}: {error}</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>培训项目 {id} 不存在（可能已被删除）</source>
        <translation>Project {id} does not exist (it may have been deleted)</translation>
    </message>
    <message>
        <source>请先开班。</source>
        <translation> Open it first.</translation>
    </message>
    <message>
        <source>如需更改，请先重新打开项目（需填写原因）。</source>
        <translation> To change it, reopen the project first (a reason is required).</translation>
    </message>
    <message>
        <source>项目已归档，如需更改请先重新打开（需填写原因）。</source>
        <translation> The project is archived; to change it, reopen it first (a reason is required).</translation>
    </message>
    <message>
        <source>项目“{name}”当前状态为{status}，不能{doing}。</source>
        <translation>Project “{name}” is {status}: cannot {doing}.</translation>
    </message>
    <message>
        <source>请填写项目编号</source>
        <translation>Enter the project code</translation>
    </message>
    <message>
        <source>请填写项目名称</source>
        <translation>Enter the project name</translation>
    </message>
    <message>
        <source>请填写项目年度（例如 2026）</source>
        <translation>Enter the project&apos;s year (for example 2026)</translation>
    </message>
    <message>
        <source>培训层级只能是 {levels}</source>
        <translation>The level must be one of: {levels}</translation>
    </message>
    <message>
        <source>培训方式代码只能是 1 长期脱产、2 短期面授、3 网络研修、4 面授+网络、9 其他</source>
        <translation>The mode code must be 1 Long-term full-time, 2 Short face-to-face, 3 Online, 4 Face-to-face + online or 9 Other</translation>
    </message>
    <message>
        <source>学时认定方式只能是按实际出勤或按项目规定学时</source>
        <translation>Hours credited must be the hours attended or the full hours</translation>
    </message>
    <message>
        <source>出勤率要求应在 0% 到 100% 之间</source>
        <translation>The attendance required must be between 0% and 100%</translation>
    </message>
    <message>
        <source>培训天数不能为负数</source>
        <translation>Days cannot be negative</translation>
    </message>
    <message>
        <source>培训人数不能为负数</source>
        <translation>Places cannot be negative</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>结束日期早于开始日期</source>
        <translation>The end date is before the start date</translation>
    </message>
    <message>
        <source>年度 {year} 与开始日期 {start} 不符：项目在其年度内开始（上年度结转的项目在次年开始）。请把年度改为 {start_year}，或更正开始日期</source>
        <translation>The year {year} does not match the start date {start}: a project starts in its own year (one carried over from last year&apos;s plan starts in the next). Change the year to {start_year}, or correct the start date</translation>
    </message>
    <message>
        <source>项目编号 {code} 以 {prefix} 开头，与年度 {year} 不符。请改用 {year} 年度的编号（下一个是 {next}），或把年度改为 {prefix}</source>
        <translation>Project code {code} starts with {prefix}, which does not match the year {year}. Use a code of {year} (the next free one is {next}), or change the year to {prefix}</translation>
    </message>
    <message>
        <source>培训天数合计 {days} 天，但 {start} 至 {end} 只有 {span} 天。请更正培训天数或日期</source>
        <translation>The days add up to {days}, but {start} to {end} is only {span} days. Correct the days or the dates</translation>
    </message>
    <message>
        <source>项目编号 {code} 已被另一个项目使用</source>
        <translation>Project code {code} is already used by another project</translation>
    </message>
    <message>
        <source>{year} 年度已有同名项目 {codes}。请确认不是重复录入；如是另一期，请在名称中注明（如“二期”）</source>
        <translation>{year} already has a project of this name: {codes}. Make sure it is not entered twice; if it is another round, say so in the name (for example “二期”)</translation>
    </message>
    <message>
        <source>开始日期在 {start_year} 年。{year} 年度计划结转的项目可以这样保存；否则请把年度改为 {start_year}</source>
        <translation>The start date is in {start_year}. A project carried over from the {year} plan can be saved like this; otherwise change the year to {start_year}</translation>
    </message>
    <message>
        <source>项目尚未保存</source>
        <translation>The project has not been saved yet</translation>
    </message>
    <message>
        <source>修改项目信息</source>
        <translation>change its details</translation>
    </message>
    <message>
        <source>项目已结业，结束日期不能晚于今天（{today}）。请填写培训实际结束的日期。</source>
        <translation>The project is closed: its end date cannot be after today ({today}). Enter the day the training actually ended.</translation>
    </message>
    <message>
        <source>项目“{name}”已有学员或记录，不能删除。</source>
        <translation>Project “{name}” has trainees or records and cannot be deleted.</translation>
    </message>
    <message>
        <source>至少需要一个培训阶段</source>
        <translation>At least one stage is needed</translation>
    </message>
    <message>
        <source>每个阶段都要有名称</source>
        <translation>Every stage needs a name</translation>
    </message>
    <message>
        <source>阶段名称重复</source>
        <translation>Two stages have the same name</translation>
    </message>
    <message>
        <source>阶段“{name}”的学时应大于 0</source>
        <translation>The hours of stage “{name}” must be more than 0</translation>
    </message>
    <message>
        <source>各阶段学时合计 {total}，与规定的总学时 {required} 不符</source>
        <translation>The stages add up to {total} hours, not the course&apos;s set total of {required}</translation>
    </message>
    <message>
        <source>修改培训阶段</source>
        <translation>change its stages</translation>
    </message>
    <message>
        <source>阶段“{name}”已有课程安排或考核结果，不能删除。</source>
        <translation>Stage “{name}” has sessions or results and cannot be removed.</translation>
    </message>
    <message>
        <source>阶段“{name}”开始日期</source>
        <translation>Start date of stage “{name}”</translation>
    </message>
    <message>
        <source>阶段“{name}”结束日期</source>
        <translation>End date of stage “{name}”</translation>
    </message>
    <message>
        <source>阶段 {id} 不属于项目“{name}”</source>
        <translation>Stage {id} does not belong to project “{name}”</translation>
    </message>
    <message>
        <source>阶段“{name}”的课程安排合计 {scheduled} 学时，与阶段学时 {hours} 不符</source>
        <translation>The sessions of stage “{name}” add up to {scheduled} hours, not the stage&apos;s {hours}</translation>
    </message>
    <message>
        <source>有 {count} 个课时未指定所属阶段</source>
        <translation>Sessions without a stage: {count}</translation>
    </message>
    <message>
        <source>开班</source>
        <translation>start it</translation>
    </message>
    <message>
        <source>项目“{name}”还没有培训阶段和学时，请先设置。</source>
        <translation>Project “{name}” has no stages and hours yet: set them first.</translation>
    </message>
    <message>
        <source>项目“{name}”的参培名单为空，请先报名学员。</source>
        <translation>The roster of project “{name}” is empty: enrol trainees first.</translation>
    </message>
    <message>
        <source>{problems}。请调整课程安排后再开班。</source>
        <translation>{problems}. Adjust the sessions, then start the project.</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>项目“{name}”到 {end} 才结束（今天是 {today}），不能结业。请在培训结束后再办理结业；如培训确已提前结束，请先在“基本信息”中把结束日期改为实际结束的日期。</source>
        <translation>Project “{name}” does not end until {end} (today is {today}), so it cannot be closed yet. Close it once the training is over; if it really ended early, first change the end date under Details to the day it ended.</translation>
    </message>
    <message>
        <source>项目“{name}”在 {date} 还有课（今天是 {today}），不能结业。请在培训结束后再办理结业；如这些课不再上，请先在“课程安排”中删除。</source>
        <translation>Project “{name}” still has sessions on {date} (today is {today}), so it cannot be closed yet. Close it once the training is over; if those sessions will not be held, first delete them under Sessions.</translation>
    </message>
    <message>
        <source>结业</source>
        <translation>close it</translation>
    </message>
    <message>
        <source> 等 {count} 条</source>
        <translation> and others ({count} in all)</translation>
    </message>
    <message>
        <source>以下考核结果与出勤不符，不能结业：{results}{more} 请在“考核”中更正结果，或填写破格评定的原因。</source>
        <translation>These results do not match the attendance, so the project cannot be closed: {results}{more} Correct them under Results, or give the reason for the exception.</translation>
    </message>
    <message>
        <source> 等 {count} 人</source>
        <translation> and others ({count} in all)</translation>
    </message>
    <message>
        <source>还有 {count} 名学员没有考核结果（{names}），不能结业。请先录入考核结果。</source>
        <translation>Trainees without a result: {count} ({names}), so the project cannot be closed. Enter their results first.</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>archive it</translation>
    </message>
    <message>
        <source>不能归档</source>
        <translation>the project cannot be archived</translation>
    </message>
    <message>
        <source>重新生成提交包，再归档</source>
        <translation>make the packet again and archive</translation>
    </message>
    <message>
        <source>还有 {count} 名合格学员没有结业证书，不能归档。请先生成证书。</source>
        <translation>Passing trainees without a certificate: {count}, so the project cannot be archived. Issue the certificates first.</translation>
    </message>
    <message>
        <source>项目“{name}”还没有生成含它的提交包（本项目的提交包，或 {year} 年度包），不能归档。请先生成提交包。</source>
        <translation>No packet holding project “{name}” has been made (its own packet or the {year} year packet), so it cannot be archived. Make a packet first.</translation>
    </message>
    <message>
        <source>学时登记</source>
        <translation>the ledger changed</translation>
    </message>
    <message>
        <source>证书作废</source>
        <translation>a certificate was revoked</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>the attendance changed</translation>
    </message>
    <message>
        <source>发证</source>
        <translation>certificates were issued</translation>
    </message>
    <message>
        <source>考核结果</source>
        <translation>the results changed</translation>
    </message>
    <message>
        <source>项目“{name}”的提交包生成于 {packet_at}，之后{what}又有变动（{changed_at}），提交包已不反映当前的考勤、学时档案和证书，不能归档。请重新生成提交包后再归档。</source>
        <translation>The packet of project “{name}” was made at {packet_at}, but after that {what} ({changed_at}): the packet no longer reflects the current attendance, ledger and certificates, so the project cannot be archived. Make the packet again, then archive.</translation>
    </message>
    <message>
        <source>重新打开项目必须填写原因</source>
        <translation>Give a reason for reopening the project.</translation>
    </message>
    <message>
        <source>项目当前状态为{status}，无需重新打开。</source>
        <translation>The project is {status}: there is nothing to reopen.</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>无法识别的日期：{date}（请写成 2018-05-03）</source>
        <translation>Unrecognised date: {date} (write it as 2018-05-03)</translation>
    </message>
    <message>
        <source>日期 {date} 不存在</source>
        <translation>Date {date} does not exist</translation>
    </message>
    <message>
        <source>无法识别的日期：{date}（请写成 2018-05-03 或 2018.05）</source>
        <translation>Unrecognised date: {date} (write it as 2018-05-03 or 2018.05)</translation>
    </message>
    <message>
        <source>{year} 只有年份，没有月份（请把该列设为文本后按 {year}.09 填写）</source>
        <translation>{year} is a year without a month (format the column as text, then write {year}.09)</translation>
    </message>
    <message>
        <source>{number} 是 {year} 年 1 月还是 10 月无法确定（Excel 把 {year}.10 存成了 {year}.1），请把该列设为文本后填写 {year}.01 或 {year}.10</source>
        <translation>{number} could be January or October {year} (Excel stores {year}.10 as {year}.1): format the column as text, then write {year}.01 or {year}.10</translation>
    </message>
    <message>
        <source>无法识别的日期：{date}（请把该列设为文本后按 {year}.09 填写）</source>
        <translation>Unrecognised date: {date} (format the column as text, then write {year}.09)</translation>
    </message>
    <message>
        <source>联系电话只能包含数字和 - + ( )</source>
        <translation>A phone number can only contain digits and - + ( )</translation>
    </message>
    <message>
        <source>手机号应为 11 位（现为 {length} 位）：请核对</source>
        <translation>A mobile number has 11 digits (this one has {length}): please check it</translation>
    </message>
    <message>
        <source>手机号第二位应为 3–9（现为 {digit}）：请核对</source>
        <translation>The second digit of a mobile number is 3–9 (here it is {digit}): please check it</translation>
    </message>
    <message>
        <source>不是手机号（1 开头的 11 位）或固定电话（区号-号码，如 0735-5221234）：请核对</source>
        <translation>Neither a mobile number (11 digits starting with 1) nor a landline (area code-number, e.g. 0735-5221234): please check it</translation>
    </message>
    <message>
        <source>学校 {id} 不存在</source>
        <translation>School {id} does not exist</translation>
    </message>
    <message>
        <source>学校名称不能为空</source>
        <translation>The school name cannot be empty</translation>
    </message>
    <message>
        <source>学段“{stage}”不在 {stages} 之中</source>
        <translation>Stage “{stage}” is not one of {stages}</translation>
    </message>
    <message>
        <source>已有同名学校“{name}”</source>
        <translation>There is already a school named “{name}”</translation>
    </message>
    <message>
        <source>已有学校“{other}”：与“{name}”只差县名“{county}”，是同一所学校</source>
        <translation>There is already a school “{other}”: it differs from “{name}” only by the county name “{county}”, so it is the same school</translation>
    </message>
    <message>
        <source>学校代码 {code} 已被另一所学校使用</source>
        <translation>School code {code} is already used by another school</translation>
    </message>
    <message>
        <source>该学校下有教师或培训记录，不能删除；可以停用或与另一所学校合并。</source>
        <translation>This school has teachers or training records and cannot be deleted; you can deactivate it or merge it into another school.</translation>
    </message>
    <message>
        <source>不能把学校与自身合并</source>
        <translation>A school cannot be merged with itself</translation>
    </message>
    <message>
        <source>“{name}”已停用，不能作为保留的学校：先在“学校”中重新启用它，再合并</source>
        <translation>“{name}” is deactivated and cannot be the school kept: reactivate it under “Schools” first, then merge</translation>
    </message>
    <message>
        <source>请填写姓名</source>
        <translation>Please enter the name</translation>
    </message>
    <message>
        <source>与身份证号不符：身份证号显示为{gender}，已按身份证号更正</source>
        <translation>Does not match the ID number, which shows {gender}: corrected from the ID number</translation>
    </message>
    <message>
        <source>与身份证号不符：身份证号显示为 {date}，已按身份证号更正</source>
        <translation>Does not match the ID number, which shows {date}: corrected from the ID number</translation>
    </message>
    <message>
        <source>请选择工作单位</source>
        <translation>Please choose the school</translation>
    </message>
    <message>
        <source>工作单位不存在</source>
        <translation>The school does not exist</translation>
    </message>
    <message>
        <source>“{value}”不是可选值：{choices}</source>
        <translation>“{value}” is not one of the choices: {choices}</translation>
    </message>
    <message>
        <source>只保留了第一个号码 {phone}，未保存：{dropped}</source>
        <translation>Only the first number {phone} is kept; not saved: {dropped}</translation>
    </message>
    <message>
        <source>该身份证号已在教师信息库中</source>
        <translation>This ID number is already in the registry</translation>
    </message>
    <message>
        <source>参加工作时间 {date} 晚于今天：请核对</source>
        <translation>Started work {date} is after today: please check it</translation>
    </message>
    <message>
        <source>参加工作时间 {date} 早于出生日期 {birth}：请核对</source>
        <translation>Started work {date} is before the date of birth {birth}: please check it</translation>
    </message>
    <message>
        <source>参加工作时仅 {age} 岁（出生日期 {birth}）：请核对参加工作时间</source>
        <translation>Only {age} years old on starting work (born {birth}): please check the start date</translation>
    </message>
    <message>
        <source>教师 {id} 不存在</source>
        <translation>Teacher {id} does not exist</translation>
    </message>
    <message>
        <source>{field}：{message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>日期 {date} 晚于今天：调动、离开或恢复在职只能记录已发生的</source>
        <translation>The date {date} is after today: a transfer, leaving or return to service can only be recorded once it has happened</translation>
    </message>
    <message>
        <source>日期 {date} 早于该教师的参加工作时间 {start}：请核对</source>
        <translation>{date} is before this teacher started work ({start}): please check</translation>
    </message>
    <message>
        <source>日期 {date} 早于该教师的出生日期 {born}：请核对</source>
        <translation>{date} is before this teacher&apos;s birth date ({born}): please check</translation>
    </message>
    <message>
        <source>日期 {date} 早于 {earliest}：这一天{note}，该教师的任职记录随之转到新学校，此前的离开或调动已不能补记，请按 {earliest} 或之后的日期记录</source>
        <translation>{date} is before {earliest}: that day {note}, and this teacher&apos;s posting moved to the new school with it, so an earlier leave or move can no longer be recorded; use {earliest} or a later date</translation>
    </message>
    <message>
        <source>日期 {date} 早于当前任职（或离开）的日期 {earliest}：请核对</source>
        <translation>The date {date} is before the current posting (or the leaving) on {earliest}: please check it</translation>
    </message>
    <message>
        <source>调入学校与现在的学校相同</source>
        <translation>The new school is the teacher&apos;s current school</translation>
    </message>
    <message>
        <source>状态只能是 {statuses}</source>
        <translation>The status must be one of: {statuses}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>{name} 在“{stage}”的出勤率为 {rate}，低于要求的 {required}，不能评为{result}；如确需评定，请填写原因。</source>
        <translation>{name} attended {rate} of “{stage}”, below the required {required}, so the result cannot be {result}; to give it anyway, enter the reason.</translation>
    </message>
    <message>
        <source>录入考核结果</source>
        <translation>enter results</translation>
    </message>
    <message>
        <source>阶段 {id} 不属于项目“{name}”</source>
        <translation>Stage {id} does not belong to project “{name}”</translation>
    </message>
    <message>
        <source>学员 {id} 不在项目“{name}”的参培名单上，不能录入考核结果</source>
        <translation>Trainee {id} is not on the roster of project “{name}”: no result can be entered</translation>
    </message>
    <message>
        <source>{name} 已{status}，不在参培名单上，不能录入考核结果</source>
        <translation>{name} is {status} and not on the roster: no result can be entered</translation>
    </message>
    <message>
        <source>{name}：考核结果只能是 {results}</source>
        <translation>{name}: the result must be one of: {results}</translation>
    </message>
    <message>
        <source>{name}：成绩应在 0 到 100 之间</source>
        <translation>{name}: the score must be between 0 and 100</translation>
    </message>
    <message>
        <source>学员 {id} 不在任何项目的参培名单上</source>
        <translation>Trainee {id} is not on any project&apos;s roster</translation>
    </message>
</context>
<context>
    <name>roster</name>
    <message>
        <source>{who}状态为“{status}”，不能参加培训：如信息有误，请先在教师信息中改为在职</source>
        <translation>{who} is {status} and cannot take part in training: if that is wrong, first set the status to Active in the teacher&apos;s details.</translation>
    </message>
    <message>
        <source>该教师</source>
        <translation>This teacher</translation>
    </message>
    <message>
        <source>{school}没有参培指标：已列入名单并标记为超额，请与学校核实</source>
        <translation>{school} has no quota: enrolled and flagged as over quota; please check with the school</translation>
    </message>
    <message>
        <source>超出{label}的参培指标（指标 {places} 人，此为第 {number} 人）：已列入名单并标记为超额，请与学校核实</source>
        <translation>Over the quota of {label} ({places} places; this is number {number}): enrolled and flagged as over quota; please check with the school</translation>
    </message>
    <message>
        <source>每条指标要么对应一所学校，要么对应一个乡镇</source>
        <translation>Each quota is for either one school or one township</translation>
    </message>
    <message>
        <source>指标人数不能为负数</source>
        <translation>The places of a quota cannot be negative</translation>
    </message>
    <message>
        <source>分配指标</source>
        <translation>set quotas</translation>
    </message>
    <message>
        <source>学校 {id} 不存在</source>
        <translation>School {id} does not exist</translation>
    </message>
    <message>
        <source>{school} 已包含在{township}的乡镇指标中，不能再单独分配</source>
        <translation>{school} is already covered by the township quota of {township} and cannot have a quota of its own</translation>
    </message>
    <message>
        <source>{label}已有一条指标，不能重复分配</source>
        <translation>{label} already has a quota; it cannot have a second one</translation>
    </message>
    <message>
        <source>{label}已报名 {enrolled} 人，指标 {places} 人将超出 {over} 人</source>
        <translation>{label} has {enrolled} enrolled: a quota of {places} leaves {over} over</translation>
    </message>
    <message>
        <source>报名学员</source>
        <translation>enrol trainees</translation>
    </message>
    <message>
        <source>教师 {id} 不存在</source>
        <translation>Teacher {id} does not exist</translation>
    </message>
    <message>
        <source>{name} 曾在本项目{status}，如需恢复请使用“恢复在册”</source>
        <translation>{name} was on this project&apos;s roster before ({status}); to bring them back, use “Restore”</translation>
    </message>
    <message>
        <source>报名记录 {id} 不存在</source>
        <translation>Enrolment {id} does not exist</translation>
    </message>
    <message>
        <source>请填写退出原因</source>
        <translation>Please give the reason for withdrawing</translation>
    </message>
    <message>
        <source>办理退出</source>
        <translation>record a withdrawal</translation>
    </message>
    <message>
        <source>{name} 已经{status}</source>
        <translation>{name} has already left the roster ({status})</translation>
    </message>
    <message>
        <source>请填写替换原因</source>
        <translation>Please give the reason for the substitution</translation>
    </message>
    <message>
        <source>办理替换</source>
        <translation>record a substitution</translation>
    </message>
    <message>
        <source>{name} 已经{status}，不能再被替换</source>
        <translation>{name} has already left the roster ({status}) and cannot be substituted</translation>
    </message>
    <message>
        <source>替换人不能是本人</source>
        <translation>A trainee cannot substitute for themselves</translation>
    </message>
    <message>
        <source>替换人已在参培名单上</source>
        <translation>The substitute is already on the roster</translation>
    </message>
    <message>
        <source>恢复学员</source>
        <translation>restore trainees</translation>
    </message>
    <message>
        <source>{name} 当前为{status}，只有已退出的学员可以恢复</source>
        <translation>{name} is {status}: only a trainee who withdrew can be restored</translation>
    </message>
    <message>
        <source>{name} 不在项目“{project}”的参培名单上</source>
        <translation>{name} is not on the roster of “{project}”</translation>
    </message>
    <message>
        <source>{name} 不在项目“{project}”的参培名单上（已{status}）</source>
        <translation>{name} is not on the roster of “{project}” ({status})</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <source>{date} 不在项目“{name}”的培训日期 {start} 至 {end} 之内</source>
        <translation>{date} is outside the training dates of “{name}” ({start} to {end})</translation>
    </message>
    <message>
        <source>课时 {id} 不存在</source>
        <translation>Session {id} does not exist</translation>
    </message>
    <message>
        <source>安排课程</source>
        <translation>schedule sessions</translation>
    </message>
    <message>
        <source>项目有多个阶段，请选择课程所属的阶段</source>
        <translation>The project has several stages: choose the stage these sessions belong to</translation>
    </message>
    <message>
        <source>阶段 {id} 不属于项目“{name}”</source>
        <translation>Stage {id} does not belong to project “{name}”</translation>
    </message>
    <message>
        <source>时段只能是 {slots}</source>
        <translation>The slot must be one of: {slots}</translation>
    </message>
    <message>
        <source>请先填写项目（或阶段）的开始和结束日期，或直接给出培训日期</source>
        <translation>Fill in the start and end dates of the project (or stage) first, or give the training dates</translation>
    </message>
    <message>
        <source>分项学时合计 {total}，与阶段“{stage}”的 {hours} 学时不符</source>
        <translation>The parts add up to {total} hours, not the {hours} hours of stage “{stage}”</translation>
    </message>
    <message>
        <source>将安排 {slots} 个时段共 {hours} 学时，加上已有的 {scheduled} 学时，超过阶段“{stage}”的 {limit} 学时。请减少日期或时段。</source>
        <translation>Scheduling {slots} slots ({hours} hours) on top of the {scheduled} hours already scheduled would exceed the {limit} hours of stage “{stage}”. Choose fewer dates or slots.</translation>
    </message>
    <message>
        <source>修改课程安排</source>
        <translation>change the schedule</translation>
    </message>
    <message>
        <source>学时应大于 0</source>
        <translation>Hours must be more than 0</translation>
    </message>
    <message>
        <source>{date} {slot} 已有课程安排</source>
        <translation>{date} {slot} already has a session</translation>
    </message>
    <message>
        <source>删除课程安排</source>
        <translation>delete sessions</translation>
    </message>
    <message>
        <source>{date} {slot} 已有考勤记录，不能删除</source>
        <translation>{date} {slot} has attendance marks and cannot be deleted</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>公钥格式不对：应为 43 个字符的 base64url 文本（trainoffice key show 显示的“公钥”），或 64 位十六进制。</source>
        <translation>Not a public key: it should be 43 characters of base64url text (the public_key line that trainoffice key show prints), or 64 hexadecimal digits.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
</TS>
