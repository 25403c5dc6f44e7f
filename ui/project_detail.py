"""One project open (项目详情): a header with its status and the status buttons, and a tab per part of the work.

The tabs come from ``PROJECT_TABS``: ``(title, factory)`` where ``factory(ops, project_id) -> QWidget``.
When another project is opened, a tab with ``set_project(project_id)`` is told so; any other tab is
built again. A tab keeps itself current through ``ops.sig_changed``. Adding a tab is one line here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainoffice.certificates import AFTER_REOPEN, Outdated
from trainoffice.credits import SyncReport
from trainoffice.errors import NotFound, TrainOfficeError, ValidationError
from trainoffice.projects import FORMS, PRINCIPAL_COURSE, STATUSES, Project, Stage
from ui.attendance_grid import AttendanceGrid
from ui.certificate_dialogs import ReissueDialog
from ui.messages import confirm, inform, offer_fix, save_or_discard, warn
from ui.operations import Operations
from ui.project_dialogs import ProjectForm, ReasonDialog
from ui.project_models import STATUS_COLOURS, RecordsModel, StageTableModel, number
from ui.project_roster import RosterTab
from ui.project_sessions import SessionsTab
from ui.project_tab import ProjectTab
from ui.results_view import ResultsView
from ui.widgets import FieldMessage, fit_column, fixed_rows
from ui.words import VOCABULARIES, plural_n, term

TabFactory = Callable[[Operations, int], QWidget]


class InfoTab(ProjectTab):
    """基本信息: every field of the project, its stages (阶段) with their hours, the principal-course template."""

    TABLES = frozenset({"projects", "project_stages"})

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None):
        super().__init__(ops, project_id, parent)
        self.form = ProjectForm(advise=ops.office.projects.warnings)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.setToolTip(self.tr("保存项目信息（Ctrl+S）"))
        self.revert_button = QPushButton(self.tr("撤销修改"))
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        self.stages = StageTableModel(self)
        self._stages_dirty = False
        self.stage_view = QTableView()
        self.stage_view.setModel(self.stages)
        fixed_rows(self.stage_view)
        header = self.stage_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fit_column(self.stage_view, 1, FORMS)
        fit_column(self.stage_view, 2, 70)
        self.stage_view.setMinimumHeight(120)
        self._edit_triggers = self.stage_view.editTriggers()
        self.add_stage_button = QPushButton(self.tr("添加阶段"))
        self.remove_stage_button = QPushButton(self.tr("删除阶段"))
        self.save_stages_button = QPushButton(self.tr("保存阶段"))
        self.template_button = QPushButton(self.tr("应用“校长任职资格二段式”模板"))
        self.template_button.setToolTip(self.tr("第一阶段集中培训 72 学时（理论学习 30 + 影子实践 42），"
                                                "第二阶段返岗实践 50 学时、网络研修 178 学时，共 300 学时"))
        self.stage_total = QLabel()
        self.stage_message = FieldMessage()
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage_button, self.remove_stage_button, self.template_button):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        stage_buttons.addWidget(self.stage_total)
        stage_buttons.addWidget(self.save_stages_button)
        stage_box = QGroupBox(self.tr("培训阶段与学时"))
        stage_layout = QVBoxLayout(stage_box)
        stage_layout.addWidget(self.stage_view, 1)
        stage_layout.addWidget(self.stage_message)
        stage_layout.addLayout(stage_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(stage_box, 1)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.refresh(keep_edits=False))
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.form.sig_edited.connect(self._form_edited)
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_stage_button.clicked.connect(self.remove_stage)
        self.save_stages_button.clicked.connect(self.save_stages)
        self.template_button.clicked.connect(self.apply_template)
        self.stages.sig_edited.connect(self._stages_edited)
        self.refresh()

    def set_project(self, project_id: int) -> None:
        self.project_id = project_id
        self.refresh(keep_edits=False)

    def refresh(self, *, keep_edits: bool = True) -> None:
        """Reload; typed but unsaved edits of this project survive a change elsewhere (a status button)."""
        try:
            project = self.project()
        except NotFound:
            return
        if not (keep_edits and self.form.is_dirty() and self.form.project().id == project.id):
            self.form.load(project)
        self.form.set_read_only(project.status == "归档")
        keep_stages = keep_edits and self._stages_dirty  # saving the fields reloads the tab: typed stages stay
        if not keep_stages:
            self.stages.set_items(self.ops.office.projects.stages(self.project_id))
        stages_open = project.status in ("计划", "开班")
        for button in (self.add_stage_button, self.remove_stage_button, self.template_button):
            button.setEnabled(stages_open)
        self.stage_view.setEditTriggers(self._edit_triggers if stages_open else QTableView.EditTrigger.NoEditTriggers)
        self.stage_message.clear_message()
        self._form_edited()
        self._stages_edited(dirty=keep_stages)

    def unsaved_parts(self) -> list[str]:
        """What was edited here and not saved: the project's fields, its stages."""
        return [part for part, edited in ((self.tr("项目信息"), self.form.is_dirty()),
                                          (self.tr("培训阶段"), self._stages_dirty)) if edited]

    def can_leave(self) -> bool:
        """Leaving the project with edits not saved (Esc, another page, closing the window): 保存 / 放弃 / 取消."""
        parts = self.unsaved_parts()
        if not parts:
            return True
        answer = save_or_discard(self, self.tr("项目“{name}”有未保存的修改。").format(name=self.project().name),
                                 self.tr("改动的部分：{parts}").format(parts=self.tr("、").join(parts)))
        if answer is None:
            return False
        if answer:  # a refusal keeps the user here, shown
            return self.save() if self.form.is_dirty() else self.save_stages()
        self.refresh(keep_edits=False)
        return True

    # ----- the form --------------------------------------------------------------------------
    def _form_edited(self) -> None:
        dirty = self.form.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.message.clear_message()

    def save(self) -> bool:
        """Save the fields; stages typed but not saved go first, so a change of days meets them as stored (a plain
        project's one stage follows its days) and is not undone by saving them afterwards."""
        if not self.form.is_dirty():
            return True
        if self._stages_dirty and not self.save_stages():
            return False
        try:
            self.ops.office.projects.update(self.form.project())
        except ValidationError as exc:
            if not self.form.show_error(exc):
                self.message.show_error(str(exc))
            return False
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return False
        self.form.load(self.project())  # what was saved (cleaned by the core) is now the form's baseline
        self.ops.announce("projects", "ledger")
        self.ops.say(self.tr("项目信息已保存。"))
        return True

    # ----- stages ----------------------------------------------------------------------------
    def _stages_edited(self, dirty: bool = True) -> None:
        self._stages_dirty = dirty
        self.save_stages_button.setEnabled(dirty)
        total = self.stages.total_hours()
        self.stage_total.setText(self.tr("合计 {hours} 学时", "", plural_n(total)).format(hours=number(total)))
        if dirty:
            self.stage_message.show_warning(self.tr("阶段已修改，尚未保存。"))

    def add_stage(self) -> None:
        form = self.form.project().form
        row = self.stages.add_stage(Stage(project_id=self.project_id, name=self.tr("第{n}阶段").format(
            n=self.stages.rowCount() + 1), form=form, hours=self.ops.office.settings.get("hours_per_day")))
        self.stage_view.setCurrentIndex(self.stages.index(row, 0))
        self.stage_view.edit(self.stages.index(row, 0))

    def remove_stage(self) -> None:
        index = self.stage_view.currentIndex()
        if index.isValid():
            self.stages.remove_stage(index.row())

    def save_stages(self) -> bool:
        try:
            self.ops.office.projects.set_stages(self.project_id, self.stages.stages())
        except TrainOfficeError as exc:
            self.stage_message.show_error(str(exc))
            return False
        self._stages_dirty = False  # saved: the reload that follows shows them as stored
        self.ops.announce("project_stages", "projects")
        self.ops.say(self.tr("培训阶段已保存。"))
        return True

    def apply_template(self) -> bool:
        course = PRINCIPAL_COURSE
        parts = self.tr("；").join(self.tr("{name} {hours} 学时", "", plural_n(s.hours)).format(
            name=s.name, hours=number(s.hours)) for s in course.stages)
        if not confirm(self, self.tr("把本项目的阶段设置为“校长任职资格二段式”？"), ok_text=self.tr("应用模板"),
                       detail=self.tr("{parts}；合计 {total} 学时。现有阶段将被替换（已有课程安排或考核结果的阶段不能删除）。",
                                      "", plural_n(course.total_hours))
                       .format(parts=parts, total=number(course.total_hours))):
            return False
        try:
            self.ops.office.projects.apply_template(self.project_id, course.key)
        except TrainOfficeError as exc:
            self.stage_message.show_error(str(exc))
            return False
        self._stages_dirty = False  # the template replaced them, typed ones too (the question said so)
        self.ops.announce("project_stages", "projects")
        self.ops.say(self.tr("已应用校长任职资格二段式模板：共 {total} 学时。", "", plural_n(course.total_hours)).format(
            total=number(course.total_hours)))
        return True


class BudgetTab(ProjectTab):
    """经费与记录: planned against actual cost at the standard rates (据实结算), and the status log."""

    TABLES = frozenset({"projects", "project_stages", "enrollments", "attendance", "sessions", "settings"})

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None):
        super().__init__(ops, project_id, parent)
        headers = [self.tr("项目"), self.tr("数量"), self.tr("单位"), self.tr("标准（元）"), self.tr("金额（元）")]
        self.planned = RecordsModel(headers, self, right_columns=(1, 3, 4))
        self.actual = RecordsModel(headers, self, right_columns=(1, 3, 4))
        self.planned_total = QLabel()
        self.actual_total = QLabel()
        self.actual_total.setWordWrap(True)
        columns = QHBoxLayout()
        for title, model, total in ((self.tr("计划经费（按培训人数和计划天数）"), self.planned, self.planned_total),
                                    (self.tr("实际经费（按在册人数和实际出勤，据实结算）"), self.actual, self.actual_total)):
            box = QGroupBox(title)
            view = QTableView()
            view.setModel(model)
            fixed_rows(view)
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column, width in ((1, 70), (2, VOCABULARIES["BudgetUnit"]), (3, 76), (4, 100)):
                fit_column(view, column, width)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view, 1)
            box_layout.addWidget(total)
            columns.addWidget(box, 1)
        rates = QLabel(self.tr("标准：异地集中 500 元/人·天，本地集中 400 元/人·天，网络研修 5 元/人·学时；"
                               "网络直播不足 100 人时不超过 40 元/人·学时，100 人及以上不超过 3000 元/学时。"))
        rates.setWordWrap(True)
        rates.setStyleSheet("color: #555555;")
        self.log = RecordsModel([self.tr("时间"), self.tr("原状态"), self.tr("新状态"), self.tr("原因")], self)
        self.log_view = QTableView()
        self.log_view.setModel(self.log)
        fixed_rows(self.log_view)
        self.log_view.horizontalHeader().setStretchLastSection(True)
        fit_column(self.log_view, 0, 160)
        log_box = QGroupBox(self.tr("状态记录"))
        QVBoxLayout(log_box).addWidget(self.log_view)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 3)
        layout.addWidget(rates)
        layout.addWidget(log_box, 2)
        self.refresh()

    def refresh(self) -> None:
        try:
            budget = self.ops.office.projects.budget(self.project_id)
        except NotFound:
            return
        for model, lines in ((self.planned, budget.planned), (self.actual, budget.actual)):
            model.set_items([(term(line.item), float(line.quantity), term(line.unit), float(line.rate),
                              f"{line.amount:,.2f}")
                             for line in lines])
        self.planned_total.setText(self.tr("计划合计 {amount} 元（%n 人）", "", budget.planned_headcount).format(
            amount=f"{budget.planned_total:,.2f}"))
        self.actual_total.setText(self.tr("实际合计 {amount} 元（%n 人）", "", budget.actual_headcount).format(
            amount=f"{budget.actual_total:,.2f}") + ("\n" + self.tr(
                "本项目没有录入考勤，集中培训的实际费用按 0 元计。由本县承办的，请在“课程安排”和“考勤”中补录"
                "（需先重新打开项目）；由上级承办、不在本县结算的，无需补录。") if budget.no_attendance else ""))
        self.log.set_items([(c.at, term(c.from_status), term(c.to_status), c.reason)
                            for c in self.ops.office.projects.status_log(self.project_id)])


# The tabs of an open project, in order: (title, factory(ops, project_id) -> QWidget).
PROJECT_TABS: list[tuple[str, TabFactory]] = [
    (QT_TRANSLATE_NOOP("ProjectDetail", "基本信息"), InfoTab),
    (QT_TRANSLATE_NOOP("ProjectDetail", "指标与名单"), RosterTab),
    (QT_TRANSLATE_NOOP("ProjectDetail", "课程安排"), SessionsTab),
    (QT_TRANSLATE_NOOP("ProjectDetail", "考勤"), AttendanceGrid),
    (QT_TRANSLATE_NOOP("ProjectDetail", "考核"), ResultsView),
    (QT_TRANSLATE_NOOP("ProjectDetail", "经费与记录"), BudgetTab),
]


class ProjectDetail(QWidget):
    """The open project: title, status flow with 开班 / 结业 / 归档 / 重新打开, and the tabs of PROJECT_TABS."""

    sig_back = Signal()
    """The user goes back to the project list (Esc, Alt+Left or the button), with nothing left unsaved."""

    TABLES = frozenset({"projects", "project_stages", "enrollments", "sessions", "project_status_log"})

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id: int | None = None
        self.reissue_dialog: ReissueDialog | None = None  # 作废并重发, offered at 结业 after a reopen
        self.back_button = QPushButton(self.tr("← 项目列表"))
        self.back_button.setToolTip(self.tr("返回项目列表（Esc）"))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setStyleSheet("color: #444444;")
        for label in (self.title, self.facts):  # a plan's full names run to 50 characters and more
            label.setWordWrap(True)
        self.flow = QLabel()
        self.flow.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self.tr("开班…"))
        self.open_button.setToolTip(self.tr("计划 → 开班：需要培训阶段、参培名单，课程安排与阶段学时一致"))
        self.close_button = QPushButton(self.tr("结业…"))
        self.close_button.setToolTip(self.tr("开班 → 结业：考勤表每一格都已录入，每名学员每个阶段都有考核结果；"
                                             "合格学员的学时登记到学时档案"))
        self.archive_button = QPushButton(self.tr("归档"))
        self.archive_button.setToolTip(self.tr("结业 → 归档：合格学员都有结业证书，并已生成提交包"))
        self.reopen_button = QPushButton(self.tr("重新打开…"))
        self.reopen_button.setToolTip(self.tr("结业 → 开班，或归档 → 结业；需要填写原因"))

        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title)
        heading.addWidget(self.facts)
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addLayout(heading, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(QLabel(self.tr("状态：")))
        status_row.addWidget(self.flow)
        status_row.addStretch(1)
        for button in (self.open_button, self.close_button, self.archive_button, self.reopen_button):
            button.setAutoDefault(False)
            status_row.addWidget(button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.tabs, 1)

        self.back_button.clicked.connect(self.go_back)
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            QShortcut(keys, self, activated=self.go_back, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for keys, step in (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgUp", -1)):
            QShortcut(QKeySequence(keys), self, activated=lambda step=step: self.step_tab(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.open_button.clicked.connect(self.open_project)
        self.close_button.clicked.connect(self.close_project)
        self.archive_button.clicked.connect(self.archive_project)
        self.reopen_button.clicked.connect(self.reopen_project)
        ops.sig_changed.connect(self._changed)

    # ----- which project ---------------------------------------------------------------------
    def set_project(self, project_id: int) -> None:
        """Show another project: tabs that can be told are, the others are built again."""
        self.project_id = project_id
        current = self.tabs.currentIndex()
        if self.tabs.count() == 0:
            for title, factory in PROJECT_TABS:
                self.tabs.addTab(factory(self.ops, project_id), QCoreApplication.translate("ProjectDetail", title))
        else:
            for index, (title, factory) in enumerate(PROJECT_TABS):
                widget = self.tabs.widget(index)
                if hasattr(widget, "set_project"):
                    widget.set_project(project_id)
                else:
                    self.tabs.removeTab(index)
                    widget.deleteLater()
                    self.tabs.insertTab(index, factory(self.ops, project_id),
                                        QCoreApplication.translate("ProjectDetail", title))
            self.tabs.setCurrentIndex(max(current, 0))
        self.refresh()

    def can_leave(self) -> bool:
        """Before the project is left: 基本信息 asks about its unsaved edits, brought up to show what they are."""
        info = self.tab("基本信息")
        assert isinstance(info, InfoTab)
        if info.unsaved_parts():
            self.tabs.setCurrentWidget(info)
        return info.can_leave()

    def go_back(self) -> None:
        if self.can_leave():
            self.sig_back.emit()

    def tab(self, title: str) -> QWidget:
        """The tab whose (untranslated) title is ``title``."""
        for index, (name, _factory) in enumerate(PROJECT_TABS):
            if name == title:
                return self.tabs.widget(index)
        raise KeyError(title)

    def show_tab(self, title: str) -> QWidget:
        widget = self.tab(title)
        self.tabs.setCurrentWidget(widget)
        return widget

    def project(self) -> Project:
        return self.ops.office.projects.project(self.project_id)

    def _changed(self, tables: frozenset[str]) -> None:
        if self.project_id is not None and tables & self.TABLES:
            self.refresh()

    def refresh(self) -> None:
        try:
            p = self.project()
        except NotFound:
            return
        office = self.ops.office
        enrolled = len(office.roster.roster(p.id))
        hours = office.projects.total_hours(p.id)
        self.title.setText(f"{p.code}　{p.name}")
        dates = "—".join(d for d in (p.start_date, p.end_date) if d)
        facts = [term(p.level), term(p.form), dates, p.host,
                 self.tr("在册 {enrolled} / {places} 人").format(enrolled=enrolled, places=p.places),
                 self.tr("{hours} 学时", "", plural_n(hours)).format(hours=number(hours))]
        self.facts.setText("　·　".join(f for f in facts if f))
        steps = []
        for status in STATUSES:
            name = term(status)
            if status == p.status:
                colour = STATUS_COLOURS[status].name()
                current = self.tr("【{status}】").format(status=name)
                steps.append(f"<b><span style='color:{colour}'>{current}</span></b>")
            else:
                steps.append(f"<span style='color:#888888'>{name}</span>")
        self.flow.setText(" → ".join(steps))
        self.open_button.setEnabled(p.status == "计划")
        self.close_button.setEnabled(p.status == "开班")
        self.archive_button.setEnabled(p.status == "结业")
        self.reopen_button.setEnabled(p.status in ("结业", "归档"))

    # ----- status ----------------------------------------------------------------------------
    def open_project(self) -> bool:
        """开班 after a confirmation, which says so when the start date is still ahead: enrolment does not
        need it, and attendance can only be entered on the day anyway."""
        p = self.project()
        detail = self.tr("开班后即可登记考勤和考核结果；开班的项目不能回到计划状态。")
        today = dt.date.today()
        if p.start_date and p.start_date > today.isoformat():
            ahead = self.tr("项目 {start} 才开始，还有 %n 天。报名不必等开班，计划状态下就能报名；考勤要到上课当天才能录入。", "",
                            (dt.date.fromisoformat(p.start_date) - today).days).format(start=p.start_date)
            detail = ahead + "\n" + detail
        if not confirm(self, self.tr("项目“{name}”开班？").format(name=p.name), ok_text=self.tr("开班"), detail=detail):
            return False
        try:
            self.ops.office.projects.open(p.id)
        except TrainOfficeError as exc:
            warn(self, self.tr("不能开班"), str(exc))
            return False
        self.ops.announce("projects", "project_status_log")
        self.ops.say(self.tr("已开班：{name}").format(name=p.name))
        return True

    def close_project(self) -> bool:
        """结业 on a worker: the gate first (the training over, every attendance cell recorded, every trainee with
        results), checked before the user is asked, then the hours posted to the ledger. Refused for blank
        attendance cells, it offers to go to the first of them."""
        p = self.project()
        try:
            self.ops.office.projects.check_closable(p.id)
        except TrainOfficeError as exc:  # said before asking, not after
            self._close_refused(exc)
            return False
        if not confirm(self, self.tr("项目“{name}”结业？").format(name=p.name), ok_text=self.tr("结业并登记学时"),
                       detail=self.tr("结业后，合格学员的学时将登记到各人的学时档案。如需更改，可重新打开项目（需填写原因）。")):
            return False

        def work(office, progress, cancel) -> tuple[SyncReport, list[Outdated]]:
            report = office.projects.close(p.id, progress=progress, cancel=cancel)
            return report, office.certificates.outdated(p.id)  # after a reopen: certificates the ledger no longer supports

        def done(result: tuple[SyncReport, list[Outdated]]) -> None:
            report, outdated = result
            note = self.tr("登记学时 %n 条", "", report.posted)
            if report.reversed:
                note += self.tr("，冲销 {reversed} 条").format(reversed=report.reversed)
            text = self.tr("项目“{name}”已结业。").format(name=p.name)
            detail = note + self.tr("。")
            if report.corrections:
                shown = report.corrections[:20]
                detail += "\n" + self.tr("学时更正：") + self.tr("；").join(shown)
                if len(report.corrections) > len(shown):
                    detail += self.tr(" 等 {count} 人").format(count=len(report.corrections))
            self.ops.say(self.tr("已结业：{name}，{note}").format(name=p.name, note=note))
            if outdated:
                self.reissue_dialog = ReissueDialog(self.ops, self, project_id=p.id, project_name=p.name,
                                                    outdated=outdated, occasion=AFTER_REOPEN,
                                                    intro=text + detail)
                self.reissue_dialog.open()
            else:
                inform(self, text, detail)

        return self.ops.run(
            work, label=self.tr("正在结业并登记学时…"), changes={"projects", "project_status_log", "ledger"},
            on_done=done, on_error=self._close_refused, parent=self)

    def _close_refused(self, exc: TrainOfficeError) -> None:
        """The refusal, with a button to the tab that fixes it: the attendance grid on its first blank cell,
        the results, the end date or the sessions still to come."""
        field = getattr(exc, "field", None)
        if field == "attendance":
            if offer_fix(self, self.tr("不能结业"), str(exc), fix_text=self.tr("转到考勤表")):
                grid = self.show_tab("考勤")
                grid.go_to_unrecorded()
                grid.view.setFocus()
        elif field == "results":
            if offer_fix(self, self.tr("不能结业"), str(exc), fix_text=self.tr("转到考核")):
                self.show_tab("考核").table.setFocus()
        elif field == "end_date":  # the training is not over yet, or its end date is wrong
            if offer_fix(self, self.tr("不能结业"), str(exc), fix_text=self.tr("转到基本信息")):
                self.show_tab("基本信息").form.inputs["end_date"].setFocus()
        elif field == "sessions":  # sessions still to come
            if offer_fix(self, self.tr("不能结业"), str(exc), fix_text=self.tr("转到课程安排")):
                self.show_tab("课程安排").view.setFocus()
        else:
            warn(self, self.tr("不能结业"), str(exc))

    def archive_project(self) -> bool:
        p = self.project()
        try:
            self.ops.office.projects.archive(p.id)
        except TrainOfficeError as exc:
            warn(self, self.tr("不能归档"), str(exc))
            return False
        self.ops.announce("projects", "project_status_log")
        self.ops.say(self.tr("已归档：{name}").format(name=p.name))
        return True

    def reopen_project(self) -> ReasonDialog:
        p = self.project()
        back = {"结业": "开班", "归档": "结业"}.get(p.status, p.status)

        def submit(reason: str, _date: str) -> None:
            self.ops.office.projects.reopen(p.id, reason=reason)
            self.ops.announce("projects", "project_status_log")
            self.ops.say(self.tr("已重新打开：{name}（{reason}）").format(name=p.name, reason=reason))

        dialog = ReasonDialog(
            self, title=self.tr("重新打开项目"), ok_text=self.tr("重新打开"), submit=submit, with_date=False,
            prompt=self.tr("项目“{name}”将从{now}回到{back}。请写明原因，它会记入状态记录。").format(
                name=p.name, now=term(p.status), back=term(back)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def step_tab(self, step: int) -> None:
        """Ctrl+Tab, Ctrl+PgDown (``step`` 1) and back (-1) from anywhere in the project, also from the grids
        where Tab moves between cells: the next tab, with focus on the tab bar (Tab steps into the tab from
        there, Shift+Tab goes back to the status buttons)."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_tabs()

    def focus_tabs(self) -> None:
        """Keyboard first: the tab bar takes focus (arrows switch tabs, Tab steps into the tab)."""
        self.tabs.tabBar().setFocus()

