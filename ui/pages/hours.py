"""学时登记: each teacher's credit ledger (教师学时) and the county's credit compliance (学分达标).

The ledger tab finds a teacher by typing, shows their lines by year or 5-year cycle against the
targets, and adds manual entries, a resource's 80-credit split, corrections and reversals (冲销),
all through the credits service. The compliance tab runs the annual and cycle figures on a worker
(a city database takes ~0.2 s), lists schools with the ≥20% flag, drills down to the teachers under
target and on into a teacher's ledger, and exports the report to Excel.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainoffice.compliance import COUNTY_TARGET, AnnualCompliance, CycleCompliance, reference_day
from trainoffice.credits import LedgerRow, TeacherLedger
from trainoffice.errors import TrainOfficeError
from trainoffice.idnumber import mask
from trainoffice.pdf import PdfResult
from ui.hours_models import (
    FlaggedSchools,
    LedgerModel,
    SchoolComplianceModel,
    SortRole,
    TeacherCreditModel,
    number,
)
from ui.ledger_dialogs import LedgerEntryDialog, ResourceSplitDialog, ReverseDialog
from ui.messages import warn
from ui.operations import Operations
from ui.pages.base import Page
from ui.teacher_picker import TeacherPicker
from ui.widgets import fixed_rows, set_column_widths
from ui.words import plural_n

OK_COLOR = "#1b5e20"
SHORT_COLOR = "#b3261e"
LEDGER_WIDTHS = (92, 48, "CreditCategory", 360, 56, 56, 300)


def read_only_rows(table: QTableView) -> None:
    """A list of records as on the other pages (``fixed_rows``), read-only, one row chosen at a time."""
    fixed_rows(table)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


def colored(text: str, ok: bool) -> str:
    return f"<span style='color:{OK_COLOR if ok else SHORT_COLOR}'>{text}</span>"


class LedgerPanel(QWidget):
    """教师学时: one teacher's ledger by year or cycle, with the actions that add to it."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.teacher_id: int | None = None
        self.ledger: TeacherLedger | None = None
        self.dialog = None
        office = ops.office

        self.picker = TeacherPicker(office.registry)
        self.period = QComboBox()
        self.period.setMinimumContentsLength(14)
        self.new_button = QPushButton(self.tr("新增记录…"))
        self.new_button.setToolTip(self.tr("校本研修、师德、网络研修、资源建设、学历提高、其他（Ctrl+N）"))
        self.resource_button = QPushButton(self.tr("资源建设 80 学分分配…"))
        self.correct_button = QPushButton(self.tr("更正…"))
        self.correct_button.setToolTip(self.tr("冲销所选记录并按更正后的内容重新登记"))
        self.reverse_button = QPushButton(self.tr("冲销…"))
        self.reverse_button.setToolTip(self.tr("登记一条负数记录抵消所选记录（原记录保留）"))
        self.print_button = QPushButton(self.tr("打印学时登记卡…"))
        self.print_button.setToolTip(self.tr("所选周期（或年度所在周期）的教师继续教育学时登记卡，PDF"))
        top = QHBoxLayout()
        caption = QLabel(self.tr("教师"))
        caption.setBuddy(self.picker)
        top.addWidget(caption)
        top.addWidget(self.picker, 2)
        top.addWidget(self.period)
        top.addStretch(1)
        for button in (self.new_button, self.resource_button, self.correct_button, self.reverse_button,
                       self.print_button):
            top.addWidget(button)

        self.teacher_label = QLabel(self.tr("输入姓名、拼音首字母或身份证号后几位，选择一位教师查看学时登记。"))
        self.teacher_label.setTextFormat(Qt.TextFormat.RichText)
        self.years_label = QLabel()
        self.years_label.setTextFormat(Qt.TextFormat.RichText)
        self.years_label.setWordWrap(True)
        self.cycle_label = QLabel()
        self.cycle_label.setTextFormat(Qt.TextFormat.RichText)
        self.cycle_bar = QProgressBar()
        self.cycle_bar.setTextVisible(False)
        self.cycle_bar.setFixedWidth(220)
        self.cycle_bar.setMaximumHeight(12)
        cycle = QHBoxLayout()
        cycle.addWidget(self.cycle_label)
        cycle.addWidget(self.cycle_bar)
        cycle.addStretch(1)

        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table)
        set_column_widths(self.table, LEDGER_WIDTHS)
        self.table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.teacher_label)
        layout.addWidget(self.years_label)
        layout.addLayout(cycle)
        layout.addWidget(self.table, 1)

        self.fill_periods()
        self.picker.sig_chosen.connect(lambda tid: self.show_teacher(tid))
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.new_entry)
        self.resource_button.clicked.connect(self.resource_split)
        self.correct_button.clicked.connect(self.correct_selected)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.print_button.clicked.connect(self.print_card)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    # ----- what is shown -------------------------------------------------------------------
    def fill_periods(self) -> None:
        """本周期, 上一周期, each year of both, 全部 ("cycle:2026", "year:2025", "all:"), from the cycle_start_year setting."""
        credits = self.ops.office.credits
        this_year = dt.date.today().year
        start, end = credits.cycle_bounds(this_year)
        before_start, before_end = credits.cycle_bounds(start - 1)
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("本周期 {start}—{end}").format(start=start, end=end), f"cycle:{start}")
        self.period.addItem(self.tr("上一周期 {start}—{end}").format(start=before_start, end=before_end),
                            f"cycle:{before_start}")
        for year in range(end, before_start - 1, -1):
            self.period.addItem(self.tr("{year} 年").format(year=year), f"year:{year}")
        self.period.addItem(self.tr("全部记录"), "all:")
        self.period.setCurrentIndex(max(self.period.findData(current), 0) if current else 0)
        self.period.blockSignals(False)

    def show_teacher(self, teacher_id: int, *, year: int | None = None) -> None:
        """A teacher's ledger (for ``year`` when given, e.g. from the compliance drill-down)."""
        if self.picker.teacher_id != teacher_id:
            self.picker.set_teacher(teacher_id)
        self.teacher_id = teacher_id
        if year is not None:
            index = self.period.findData(f"year:{year}")
            if index < 0:
                index = self.period.findData(f"cycle:{self.ops.office.credits.cycle_bounds(year)[0]}")
            if index >= 0:
                self.period.blockSignals(True)
                self.period.setCurrentIndex(index)
                self.period.blockSignals(False)
        self.reload()

    def reload(self, *, select: int | None = None) -> None:
        if self.teacher_id is None:
            return
        kind, _, value = (self.period.currentData() or "cycle:").partition(":")
        value = int(value) if value else None
        credits = self.ops.office.credits
        try:
            if kind == "year":
                ledger = credits.teacher_ledger(self.teacher_id, year=value)
            elif kind == "cycle":
                ledger = credits.teacher_ledger(self.teacher_id, cycle_of=value)
            else:
                ledger = credits.teacher_ledger(self.teacher_id)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            return
        self.ledger = ledger
        self.model.set_records(ledger.rows)
        masked = self.ops.office.settings.get("mask_personal_data")
        self.teacher_label.setText(self.tr("<b>{name}</b>　{school}　{township}　身份证号 {id}").format(
            name=ledger.name, school=ledger.school, township=ledger.township,
            id=mask(ledger.id_number) if masked else ledger.id_number))
        years = []
        past = [y for y in ledger.years if y.year <= dt.date.today().year]  # no verdict on years still to come
        for y in past:
            mark = "✓" if y.met else self.tr("未达标")
            years.append(colored(self.tr("{year} 年 {credits} 学分 {mark}", "", plural_n(y.credits)).format(
                year=y.year, credits=number(y.credits), mark=mark), y.met))
        target = float(self.ops.office.settings.get("annual_target"))
        self.years_label.setText(self.tr("年度学分（要求 {target} 学分）：").format(target=number(target))
                                 + "　".join(years) if years else self.tr("没有学时记录"))
        short = ledger.cycle_target - ledger.cycle_hours
        state = self.tr("已完成") if ledger.cycle_met else self.tr("还差 {short} 学时", "", plural_n(short)).format(
            short=number(short))
        self.cycle_label.setText(self.tr("{start}—{end} 周期：{hours} / {target} 学时，{state}", "",
                                         plural_n(ledger.cycle_target)).format(
            start=ledger.cycle_start, end=ledger.cycle_end, hours=number(ledger.cycle_hours),
            target=number(ledger.cycle_target), state=colored(state, ledger.cycle_met)))
        self.cycle_bar.setRange(0, max(int(ledger.cycle_target), 1))
        self.cycle_bar.setValue(int(min(max(ledger.cycle_hours, 0), ledger.cycle_target)))
        if select is not None:
            for row, record in enumerate(self.model.records):
                if record.id == select:
                    self.table.selectRow(row)
                    self.table.scrollTo(self.model.index(row, 0))
        self._enable()

    def selected_row(self) -> LedgerRow | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _enable(self) -> None:
        chosen = self.teacher_id is not None
        self.new_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)
        row = self.selected_row()  # a project's postings follow its attendance and results, never edited here
        editable = row is not None and row.project_id is None and not row.is_reversal and not row.is_reversed
        self.correct_button.setEnabled(editable)
        self.reverse_button.setEnabled(editable)
        why = (self.tr("项目学时由考勤和考核决定：请在该项目的考勤或考核中更正，结业项目会自动冲销并重新登记")
               if row is not None and row.project_id is not None else
               self.tr("这条记录已冲销，或本身是冲销记录") if row is not None and not editable else "")
        self.correct_button.setToolTip(why or self.tr("冲销所选记录并按更正后的内容重新登记"))
        self.reverse_button.setToolTip(why or self.tr("登记一条负数记录抵消所选记录（原记录保留）"))

    # ----- actions -------------------------------------------------------------------------
    def _open(self, dialog, select_from=lambda result: result) -> None:
        dialog.sig_saved.connect(lambda result: self.reload(select=select_from(result)))
        self.dialog = dialog
        dialog.open()

    def new_entry(self) -> None:
        if self.teacher_id is None:
            self.ops.say(self.tr("请先选择一位教师，再新增学时记录。"))
            self.picker.setFocus()
            return
        self._open(LedgerEntryDialog(self.ops, self.teacher_id, self))

    def resource_split(self) -> None:
        self._open(ResourceSplitDialog(self.ops, self, first_author=self.teacher_id),
                   lambda ids: ids[0] if ids else None)

    def correct_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.teacher_id is not None:
            self._open(LedgerEntryDialog(self.ops, self.teacher_id, self, correcting=row))

    def reverse_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(ReverseDialog(self.ops, row, self))

    def print_card(self) -> None:
        """打印学时登记卡: the PDF of the cycle being shown, written on a worker; ID masked per the 设置."""
        if self.teacher_id is None or self.ledger is None:
            return
        teacher_id, name, year = self.teacher_id, self.ledger.name, self.ledger.cycle_start
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / self.tr("学时登记卡-{name}-{start}-{end}.pdf").format(
            name=name, start=self.ledger.cycle_start, end=self.ledger.cycle_end)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("打印学时登记卡"), str(suggested),
                                                    self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        out = Path(path if path.lower().endswith(".pdf") else path + ".pdf")

        def done(result: PdfResult) -> None:
            if result.warnings:
                warn(self, self.tr("学时登记卡已生成，但请注意："), "\n".join(result.warnings))
            self.ops.say(self.tr("已生成{name}的学时登记卡（%n 页）：{path}", "", result.pages).format(
                name=name, path=result.path))

        self.ops.run(lambda office, _progress, _cancel: office.forms.print_ledger_card(
            teacher_id=teacher_id, out=out, year=year), label=self.tr("正在生成学时登记卡…"), on_done=done, parent=self)


class CompliancePanel(QWidget):
    """学分达标: the county's rate against 90%, schools with the ≥20% flag, the 5-year cycle, drill-down."""

    sig_open_teacher = Signal(int, int)
    """A teacher (id) to show in the ledger tab, for the year being looked at."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.annual: AnnualCompliance | None = None
        self.cycle: CycleCompliance | None = None
        self.stale = True
        self.school_id: int | None = None

        self.year = QComboBox()
        self.annual_button = QPushButton(self.tr("年度达标"))
        self.cycle_button = QPushButton(self.tr("五年周期"))
        self.mode = QButtonGroup(self)
        for n, button in enumerate((self.annual_button, self.cycle_button)):
            button.setCheckable(True)
            self.mode.addButton(button, n)
        self.annual_button.setChecked(True)
        self.only_flagged = QCheckBox(self.tr("只看未达标≥20%的学校"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("学校达标情况、未达标教师名单和五年周期完成情况（Ctrl+E）"))
        top = QHBoxLayout()
        year_caption = QLabel(self.tr("年度"))
        year_caption.setBuddy(self.year)
        top.addWidget(year_caption)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.annual_button)
        top.addWidget(self.cycle_button)
        top.addSpacing(12)
        top.addWidget(self.only_flagged)
        top.addStretch(1)
        top.addWidget(self.export_button)

        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        self.schools = SchoolComplianceModel(self)
        self.schools_proxy = FlaggedSchools(self)
        self.schools_proxy.setSourceModel(self.schools)
        self.schools_view = QTableView()
        self.schools_view.setModel(self.schools_proxy)
        read_only_rows(self.schools_view)
        self.schools_view.setSortingEnabled(True)
        self.schools_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

        self.detail_label = QLabel(self.tr("双击一所学校，查看其未达标的教师。"))
        self.teachers = TeacherCreditModel(self)
        self.teachers_proxy = QSortFilterProxyModel(self)
        self.teachers_proxy.setSortRole(SortRole)
        self.teachers_proxy.setSourceModel(self.teachers)
        self.teachers_view = QTableView()
        self.teachers_view.setModel(self.teachers_proxy)
        read_only_rows(self.teachers_view)
        self.teachers_view.setSortingEnabled(True)
        self.teachers_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # core order
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail_label)
        lower_layout.addWidget(self.teachers_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.schools_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)

        self._fill_years()
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.mode.idClicked.connect(lambda _id: self._show())
        self.only_flagged.toggled.connect(self.schools_proxy.set_only_flagged)
        self.export_button.clicked.connect(self.export)
        self.schools_view.activated.connect(self.drill_down)
        self.teachers_view.activated.connect(self._open_teacher)
        ops.sig_busy_changed.connect(self._busy_changed)

    def _fill_years(self) -> None:
        """Years of the cycles around today and of the projects; the last complete year first."""
        office = self.ops.office
        this_year = dt.date.today().year
        start, end = office.credits.cycle_bounds(this_year)
        years = sorted({*range(office.credits.cycle_bounds(start - 1)[0], this_year + 1),
                        *office.projects.years()}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(self.tr("{year} 年").format(year=year), year)
        self.year.setCurrentIndex(max(self.year.findData(this_year - 1), 0))
        self.year.blockSignals(False)

    def selected_year(self) -> int:
        return int(self.year.currentData())

    @property
    def showing_cycle(self) -> bool:
        return self.mode.checkedId() == 1

    # ----- loading on a worker -------------------------------------------------------------
    def refresh(self) -> None:
        """Count the year and its cycle on a worker: a city database takes a fraction of a second."""
        year = self.selected_year()
        self.stale = True
        self.headline.setText(self.tr("正在统计 {year} 年学分达标情况…").format(year=year))
        if self.ops.busy:  # counted as soon as the running job is done (_busy_changed)
            return

        def work(office, _progress, _cancel) -> tuple[AnnualCompliance, CycleCompliance]:
            return office.compliance.annual(year), office.compliance.cycle(year)

        if self.ops.run(work, label=self.tr("正在统计学分达标情况…"), on_done=self._loaded, parent=self):
            self.stale = False

    def _busy_changed(self, busy: bool) -> None:
        """A refresh asked for while another job ran happens as soon as that job is done."""
        if not busy and self.stale and self.isVisible():
            self.refresh()

    def _loaded(self, result: tuple[AnnualCompliance, CycleCompliance]) -> None:
        annual, cycle = result
        if annual.year != self.selected_year():
            self.refresh()  # the year changed while counting
            return
        self.annual, self.cycle = annual, cycle
        self._show()

    def _show(self) -> None:
        annual, cycle = self.annual, self.cycle
        if annual is None or cycle is None:
            return
        self.only_flagged.setEnabled(not self.showing_cycle)
        if self.showing_cycle:
            self.headline.setText(self.tr(
                "{start}—{end} 周期（要求 {target}）：{teachers}，已完成 {completed} 人，完成率 <b>{rate:.1%}</b>").format(
                start=cycle.start, end=cycle.end,
                target=self.tr("{hours} 学时", "", plural_n(cycle.target)).format(hours=number(cycle.target)),
                teachers=self.tr("在职教师 %n 人", "", cycle.teachers), completed=cycle.completed, rate=cycle.rate))
            self.schools.set_schools(cycle.schools, "cycle")
        else:
            verdict = colored(self.tr("已达到") if annual.county_met else self.tr("未达到"), annual.county_met)
            flagged = len(annual.flagged_schools)
            self.headline.setText(self.tr(
                "{year} 年度（要求 {target}）：{teachers}，达标 {met} 人，达标率 <b>{rate}</b>"
                "（目标 {goal:.0%}，{verdict}）· 未达标≥20%的学校 {flagged} 所").format(
                year=annual.year,
                target=self.tr("{credits} 学分", "", plural_n(annual.target)).format(credits=number(annual.target)),
                teachers=self.tr("在职教师 %n 人", "", annual.teachers), met=annual.met,
                rate=colored(f"{annual.rate:.1%}", annual.county_met), goal=COUNTY_TARGET, verdict=verdict,
                flagged=colored(str(flagged), not flagged)))
            today = dt.date.today()
            if annual.year >= today.year:  # the year is not over: hours are still being earned
                self.headline.setText(self.headline.text() + self.tr("<br>{year} 年尚未结束：以上为截至 {date} 的学分，"
                                                                     "年底前还会增加。").format(year=annual.year,
                                                                                       date=today.isoformat()))
            self.schools.set_schools(annual.schools, "annual")
        day = reference_day(cycle.end if self.showing_cycle else annual.year)
        if day < dt.date.today():  # a period that is over: who served on its last day, where they were
            self.headline.setText(self.headline.text() + self.tr(
                "<br>按 {date} 在职的教师及其当日所在学校统计：此后的退休、调出和调动不改变这些数字。").format(
                date=day.isoformat()))
        set_column_widths(self.schools_view, (90, 260, 80, 80, 80, 96, 96))
        if self.school_id is not None:
            self._show_teachers(self.school_id)

    # ----- drill-down ----------------------------------------------------------------------
    def drill_down(self, index: QModelIndex) -> None:
        """A school (double-click or Enter): its teachers under the annual target, or short of the cycle."""
        school = self.schools.record(self.schools_proxy.mapToSource(index).row())
        self._show_teachers(school.school_id)

    def _show_teachers(self, school_id: int) -> None:
        self.school_id = school_id
        office = self.ops.office
        year = self.selected_year()
        masked = bool(office.settings.get("mask_personal_data"))
        name = next((s.school for s in self.schools.records if s.school_id == school_id), "")
        if self.showing_cycle:
            teachers = office.compliance.cycle_incomplete(year, school_id=school_id)
            self.teachers.set_teachers(teachers, measure="hours", target=self.cycle.target, masked=masked)
            self.detail_label.setText(self.tr("{school}：{start}—{end} 周期未完成 {target}的教师 %n 人"
                                              "（双击查看学时登记）", "", len(teachers)).format(
                school=name, start=self.cycle.start, end=self.cycle.end,
                target=self.tr("{hours} 学时", "", plural_n(self.cycle.target)).format(hours=number(self.cycle.target))))
        else:
            teachers = office.compliance.teachers_under(year, school_id=school_id)
            self.teachers.set_teachers(teachers, measure="credits", target=self.annual.target, masked=masked)
            self.detail_label.setText(self.tr("{school}：{year} 年度学分未达标的教师 %n 人（双击查看学时登记）", "",
                                              len(teachers)).format(school=name, year=year))
        set_column_widths(self.teachers_view, (80, 170, 260, 80, 80))

    def _open_teacher(self, index: QModelIndex) -> None:
        teacher = self.teachers.record(self.teachers_proxy.mapToSource(index).row())
        self.sig_open_teacher.emit(teacher.teacher_id, self.selected_year())

    # ----- export --------------------------------------------------------------------------
    def export(self) -> None:
        """导出 Excel on a worker; ID numbers masked unless the 设置 say otherwise."""
        year = self.selected_year()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / self.tr("{year}年度学分达标情况.xlsx").format(year=year)
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出学分达标情况"), str(suggested),
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return
        out = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        masked = bool(self.ops.office.settings.get("mask_personal_data"))

        def done(path: Path) -> None:
            note = self.tr("（身份证号已部分遮盖）") if masked else ""
            self.ops.say(self.tr("已导出 {year} 年学分达标情况：{path}{note}").format(year=year, path=path, note=note))

        self.ops.run(lambda office, progress, cancel: office.compliance.export(
            year, out, masked=masked, progress=progress, cancel=cancel),
            label=self.tr("正在导出学分达标情况…"), on_done=done, parent=self)


class HoursPage(Page):
    """学时登记: 教师学时 and 学分达标 as two tabs."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.ledger = LedgerPanel(ops)
        self.compliance = CompliancePanel(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.ledger, self.tr("教师学时"))
        self.tabs.addTab(self.compliance, self.tr("学分达标"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.compliance.sig_open_teacher.connect(self.open_teacher)
        ops.sig_changed.connect(self._changed)

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("HoursPage", "学时登记")

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.compliance and self.compliance.stale:
            self.compliance.refresh()

    def page_shown(self) -> None:
        self._tab_shown()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"ledger", "teachers", "schools", "settings"}:
            self.compliance.stale = True
            if self.isVisible() and self.tabs.currentWidget() is self.compliance:
                self.compliance.refresh()
        if tables & {"ledger", "teachers", "schools", "settings"} and self.ledger.teacher_id is not None:
            self.ledger.reload()
        if "settings" in tables:
            self.ledger.fill_periods()

    def open_teacher(self, teacher_id: int, year: int | None = None) -> None:
        """Show a teacher's ledger (from the compliance drill-down, or from another page)."""
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.show_teacher(teacher_id, year=year)
        self.ledger.table.setFocus()

    # ----- menu actions --------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.picker.setFocus()
        self.ledger.picker.selectAll()

    def create_item(self) -> None:
        """Ctrl+N: a manual entry for the teacher being shown."""
        self.tabs.setCurrentWidget(self.ledger)
        self.ledger.new_entry()

    def export_list(self) -> None:
        """Ctrl+E: the compliance report to Excel."""
        self.tabs.setCurrentWidget(self.compliance)
        self.compliance.export()
