<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
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
        <translation>Positions in millimetres from the paper's top-left corner; sizes in points. The preview prints as shown.</translation>
    </message>
    <message>
        <source>未选择：证书上不印公章</source>
        <translation>None: no seal is printed</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
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
        <translation>Mask the ID number on certificates (full by default: the certificate is the holder's own document)</translation>
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
        <source>示例：{number}（{year}年第 01 号项目的第一本）</source>
        <translation>Example: {number} (first certificate of project 01 of {year})</translation>
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
        <translation>Valid</translation>
    </message>
    <message>
        <source>{when} 作废：{reason}</source>
        <translation>Revoked {when}: {reason}</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>发放证书</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>为考核全部合格的学员编号发证（Ctrl+N）；已发过的不会重复发</source>
        <translation>Number and issue certificates to trainees who passed every stage (Ctrl+N); nobody gets a second one</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
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
        <source>导出登记表…</source>
        <translation>Export register…</translation>
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
        <translation>Scan a certificate's QR code and check it offline</translation>
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
    <message>
        <source>结业</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>还没有已结业的项目。项目在“培训项目”页完成考核并办理结业后，即可在这里发放证书。</source>
        <translation>No closed project yet. Once a project is assessed and closed on the Projects page, its certificates are issued here.</translation>
    </message>
    <message>
        <source>在册 {enrolled} 人 · 合格 {passed} 人 · 有效证书 {valid} 本 · 作废 {revoked} 本</source>
        <translation>{enrolled} on roster · {passed} passed · {valid} valid certificates · {revoked} revoked</translation>
    </message>
    <message>
        <source>本项目还没有发放证书：点“发放证书”为考核合格的学员编号发证。</source>
        <translation>No certificates for this project yet: click “Issue certificates” to number and issue them to those who passed.</translation>
    </message>
    <message>
        <source>正在发放证书…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <source>“{project}”：新发证书 {issued} 本，已有证书 {already} 人，未发 {skipped} 人。</source>
        <translation>“{project}”: {issued} certificates issued, {already} already held one, {skipped} not issued.</translation>
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
    <message>
        <source>已生成 {count} 本证书：{where}</source>
        <translation>{count} certificates written: {where}</translation>
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
    <name>ComingPage</name>
    <message>
        <source>这一页尚未完成，将在后续版本中提供。</source>
        <translation>This page is not built yet; it comes in a later version.</translation>
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
        <translation>Contact phone</translation>
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
        <source>首次使用，请填写本单位信息。它们会出现在导出的名单、证书和提交包上，以后可在“设置”中修改。</source>
        <translation>First start: please enter your office's details. They appear on exported lists, certificates and packets, and can be changed later under Settings.</translation>
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
        <source>退出</source>
        <translation>Quit</translation>
    </message>
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
        <translation>The county code must be 6 digits, e.g. 431028</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>学时登记</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>这里将登记签到和学时学分：
• 打印签到表，按半天时段录入或导入签到记录；
• 按设置（每天 6 学时、每时段 3 学时）折算学时和学分；
• 录入考核结果（合格、优秀、不合格），统计参培率、合格率、优秀率；
• 每位教师的年度学分和五年周期学时，列出未达标的教师和学校。</source>
        <translation>This page will record attendance and credit hours:
• print sign-in sheets; enter or import sign-ins per half-day slot;
• convert to hours and credits by the settings (6 hours a day, 3 per slot);
• enter assessment results (pass, excellent, fail) and compute participation, pass and excellence rates;
• each teacher's annual credits and 5-year cycle hours, listing teachers and schools below target.</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>学时与学分</source>
        <translation>Hours and credits</translation>
    </message>
    <message>
        <source> 学时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> 学分</source>
        <translation> credits</translation>
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
        <source>本周期起始年份</source>
        <translation>First year of the current cycle</translation>
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
        <translation>The county code must be 6 digits, e.g. 431028</translation>
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
        <source>支持 .xlsx、.xls（Excel 97-2003、WPS）、.ods 和 .csv/.txt（UTF-8 或 GBK）。标题行、填报单位、合计和填表人等行会被自动识别。</source>
        <translation>Reads .xlsx, .xls (Excel 97-2003, WPS), .ods and .csv/.txt (UTF-8 or GBK). Title rows, reporting-unit lines, totals and signature lines are recognised automatically.</translation>
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
        <translation>Keep the registry's</translation>
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
        <source>完成</source>
        <translation>Finish</translation>
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
        <source>表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>请先选择文件</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <source>表头在第 %1 行，数据 %2 行。</source>
        <translation>Header on row %1, %2 data rows.</translation>
    </message>
    <message>
        <source>不导入：</source>
        <translation>Not imported:</translation>
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
        <translation>Not mapped yet:</translation>
    </message>
    <message>
        <source>同一项对应了多列：</source>
        <translation>Mapped from more than one column:</translation>
    </message>
    <message>
        <source>新建表中的 %1 所学校：%2</source>
        <translation>Create the %1 schools named in the file: %2</translation>
    </message>
    <message>
        <source>新增 %1，更新 %2，不变 %3，未导入 %4 行，提醒 %5 条</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 rows rejected, %5 warnings</translation>
    </message>
    <message>
        <source>第 %1 行：身份证号相同，姓名不同</source>
        <translation>Row %1: same ID number, different name</translation>
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
        <source>未导入：%1 行</source>
        <translation>Rejected: %1 rows</translation>
    </message>
    <message>
        <source>提醒：%1 条</source>
        <translation>Warnings: %1</translation>
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
        <source>选择数据库文件</source>
        <translation>Choose a database file</translation>
    </message>
    <message>
        <source>TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)</source>
        <translation>TrainOffice databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>打开数据库…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <source>导出当前列表…</source>
        <translation>Export current list…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>导入教师信息…</source>
        <translation>Import teachers…</translation>
    </message>
    <message>
        <source>导入记录…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
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
        <source>关于 TrainOffice</source>
        <translation>About TrainOffice</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>学校 {schools} 所 · 在职教师 {teachers} 人</source>
        <translation>{schools} schools · {teachers} active teachers</translation>
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
        <source>一次导入一个文件</source>
        <translation>One file at a time</translation>
    </message>
    <message>
        <source>收到 {count} 个文件，先导入第一个：{name}</source>
        <translation>{count} files received; importing the first: {name}</translation>
    </message>
    <message>
        <source>TrainOffice {version} — 县级教师培训管理</source>
        <translation>TrainOffice {version} — county teacher-training records</translation>
    </message>
    <message>
        <source>数据库：{db}
数据文件夹：{folder}</source>
        <translation>Database: {db}
Data folder: {folder}</translation>
    </message>
    <message>
        <source>还有任务在进行。要取消它并关闭吗？</source>
        <translation>A job is still running. Cancel it and close?</translation>
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
        <source>把一所学校并入另一所（例如撤并的村小）：其教师、调动记录、参培名单和指标都转到保留的学校，被并入的学校停用并注明“已并入”。</source>
        <translation>Fold one school into another (e.g. a closed village school): its teachers, transfer history, rosters and quotas move to the school kept; the merged school is deactivated and marked as merged.</translation>
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
    <message>
        <source>“{merge}”的 {count} 名在职教师及全部记录将转到“{keep}”，“{merge}”将停用。此操作不能撤销。</source>
        <translation>The {count} active teachers of “{merge}” and all its records move to “{keep}”; “{merge}” is deactivated. This cannot be undone.</translation>
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
        <source>取消</source>
        <translation>Cancel</translation>
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
    <name>PacketHistoryModel</name>
    <message>
        <source>生成时间</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
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
    <message>
        <source>文件已不在原处（U盘已拔出或文件已移走）</source>
        <translation>The file is no longer there (USB drive removed or file moved)</translation>
    </message>
</context>
<context>
    <name>PacketsPage</name>
    <message>
        <source>项目 {projects} 个 · 名单 {enrollments} 人次 · 考勤 {attendance} 条 · 学时 {ledger} 条 · 证书 {certificates} 本</source>
        <translation>{projects} projects · {enrollments} enrolments · {attendance} attendance marks · {ledger} hour entries · {certificates} certificates</translation>
    </message>
    <message>
        <source>一个项目</source>
        <translation>One project</translation>
    </message>
    <message>
        <source>年度包（该年全部项目，另含学校学分达标情况）</source>
        <translation>Year packet (every project of the year, plus school credit compliance)</translation>
    </message>
    <message>
        <source>选择保存的文件夹，U盘也可以</source>
        <translation>Choose a folder; a USB drive will do</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>生成提交包</source>
        <translation>Make packet</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
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
    <name>PreviewModel</name>
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
        <source>（超额）</source>
        <translation>(over quota)</translation>
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
            <numerusform>The %n selected</numerusform>
            <numerusform>The %n selected</numerusform>
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
        <source>导出和打印的名单中遮盖身份证号和电话（如 431***********123X）</source>
        <translation>Mask ID numbers and phones on exported and printed lists (e.g. 431***********123X)</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>培训项目</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>这里将管理年度培训计划和培训项目：
• 导入市里下发的年度计划表（国培、省培、市培、县培、校本研修）；
• 每个项目的层级、形式、天数、学时和分阶段安排；
• 向各学校分配参培指标，汇总《参培学员名单汇总表》；
• 项目状态从计划、报名、实施到结业、归档。</source>
        <translation>This page will manage the annual training plan and its projects:
• import the annual plan table from the city (national, provincial, city, county and school-based training);
• each project's level, form, days, hours and stages;
• allocate places to schools and collect the trainee roster;
• project status from planned, enrolling and running to finished and archived.</translation>
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
        <translation>Withdrawn at the trainee's request</translation>
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
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>按名称、乡镇或代码查找学校</source>
        <translation>Find a school by name, township or code</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <source>新建学校</source>
        <translation>New school</translation>
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
        <source>合并…</source>
        <translation>Merge…</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>保存设置</source>
        <translation>Save settings</translation>
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
        <source>有设置需要更正，未保存。</source>
        <translation>Some settings need correcting; nothing was saved.</translation>
    </message>
    <message>
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
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
    <message>
        <source>输入学校名称的一部分</source>
        <translation>Type part of the school's name</translation>
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
        <source>退休、调出的教师仍保留在信息库中，默认不在名单中显示。</source>
        <translation>Retired and transferred-out teachers stay in the registry; the list hides them by default.</translation>
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
    <name>TeachersPage</name>
    <message>
        <source>搜索：姓名、拼音或首字母（zs）、身份证号后几位、电话、学校</source>
        <translation>Search: name, pinyin or initials (zs), last digits of the ID, phone, school</translation>
    </message>
    <message>
        <source>新建教师</source>
        <translation>New teacher</translation>
    </message>
    <message>
        <source>新建教师（Ctrl+N）</source>
        <translation>New teacher (Ctrl+N)</translation>
    </message>
    <message>
        <source>导出名单…</source>
        <translation>Export list…</translation>
    </message>
    <message>
        <source>把当前名单（含筛选条件）导出为 Excel（Ctrl+E）</source>
        <translation>Export the list as shown (with its filters) to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
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
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>退休</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
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
        <source>状态</source>
        <translation>Status</translation>
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
    <message>
        <source>已导出 {count} 人：{path}{note}</source>
        <translation>Exported {count} teachers: {path}{note}</translation>
    </message>
    <message>
        <source>正在导出教师名单…</source>
        <translation>Exporting the teacher list…</translation>
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
        <translation>Type part of the new school's name</translation>
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
        <translation>Scan the certificate's QR code with a scanner, or paste the scanned text here</translation>
    </message>
    <message>
        <source>本单位公钥（指纹 {fingerprint}…）</source>
        <translation>This office's key (fingerprint {fingerprint}…)</translation>
    </message>
    <message>
        <source>本单位公钥（尚未签发过证书，还没有密钥）</source>
        <translation>This office's key (no certificate signed yet, so no key)</translation>
    </message>
    <message>
        <source>其他单位的公钥：</source>
        <translation>Another office's public key:</translation>
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
        <translation>Project</translation>
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
        <translation>This office's register</translation>
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
        <translation>Valid</translation>
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
</TS>