"""课程安排: generate a project's sessions from its dates and half-day slots, then edit them in place.

The sessions are the columns of the attendance grid and the pages of the sign-in sheets; the core
keeps each stage's sessions within its hours and refuses dates outside the project's.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import NotFound, TrainOfficeError, ValidationError
from trainoffice.pdf import PdfResult
from trainoffice.projects import Stage
from trainoffice.sessions import SLOTS
from ui.messages import confirm, inform
from ui.operations import Operations
from ui.project_dialogs import save_file_name
from ui.project_models import SessionTableModel, number
from ui.project_tab import ProjectTab
from ui.widgets import ERROR_STYLE, WARNING_STYLE, DateField, FieldMessage, fixed_rows, set_column_widths
from ui.words import plural_n, term

SESSION_WIDTHS = (130, SLOTS, 50, 260, 100, 160)


class SlotDelegate(QStyledItemDelegate):
    """时段 is chosen from 上午 / 下午 / 晚上, not typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for slot in SLOTS:
            combo.addItem(term(slot), slot)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SessionsTab(ProjectTab):
    """课程安排 of the open project: the hours per stage, the sessions table, generate and delete."""

    TABLES = frozenset({"sessions", "project_stages", "projects", "settings"})

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None):
        super().__init__(ops, project_id, parent)
        self.generate_dialog: GenerateSessionsDialog | None = None
        self.model = SessionTableModel(ops.office.sessions.update, ops.office.sessions.session, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        fixed_rows(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setItemDelegateForColumn(SessionTableModel.KEYS.index("slot"), SlotDelegate(self.view))
        set_column_widths(self.view, SESSION_WIDTHS)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.stage_filter = QComboBox()
        self.generate_button = QPushButton(self.tr("生成课程…"))
        self.generate_button.setToolTip(self.tr("按日期和时段（上午、下午、晚上）生成课程安排"))
        self.print_button = QPushButton(self.tr("打印签到表…"))
        self.print_button.setToolTip(self.tr("签到表 PDF：名单已填好，留签名栏；每节课一张或每天一张"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("每节课一张…"), lambda: self.print_signin("session"))
        print_menu.addAction(self.tr("每天一张（每个时段一列签名）…"), lambda: self.print_signin("day"))
        self.print_button.setMenu(print_menu)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setToolTip(self.tr("删除选中的课程（Delete）；已有考勤记录的课程不能删除"))
        self.hours_label = QLabel()
        self.hours_label.setWordWrap(True)
        self.hours_label.setTextFormat(Qt.TextFormat.RichText)
        self.message = FieldMessage()
        hint = QLabel(self.tr("双击或直接输入即可修改日期、时段、学时、主题、授课人和地点，回车保存。"))
        hint.setStyleSheet("color: #555555;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("阶段")))
        top.addWidget(self.stage_filter)
        top.addStretch(1)
        top.addWidget(self.generate_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.print_button)
        self.top_row = top
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hours_label)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        self.stage_filter.currentIndexChanged.connect(lambda _i: self._load_sessions())
        self.generate_button.clicked.connect(self.open_generate)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.model.sig_refused.connect(self.message.show_error)
        self.model.sig_saved.connect(self._saved)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        office = self.ops.office
        try:
            project = self.project()
        except NotFound:
            return
        self._project = project
        self._stages = office.projects.stages(self.project_id)
        current = self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("全部阶段"), None)
        for stage in self._stages:
            self.stage_filter.addItem(stage.name, stage.id)
        self.stage_filter.setCurrentIndex(max(self.stage_filter.findData(current), 0) if current else 0)
        self.stage_filter.blockSignals(False)
        editable = project.status in ("计划", "开班")
        self.model.editable = editable
        self.generate_button.setEnabled(editable and bool(self._stages))
        self._load_sessions()

    def _load_sessions(self) -> None:
        sessions = self.ops.office.sessions.sessions(self.project_id, stage_id=self.stage_filter.currentData())
        self.model.set_sessions(sessions, {s.id: s.name for s in self._stages})
        self.message.clear_message()
        self._update_hours()
        self._update_buttons()

    def _update_hours(self) -> None:
        """Each stage's scheduled hours against its hours: green when equal, amber when short, red when over."""
        scheduled: dict[int | None, float] = {}
        for s in self.ops.office.sessions.sessions(self.project_id):
            scheduled[s.stage_id] = scheduled.get(s.stage_id, 0.0) + float(s.hours)
        parts = []
        for stage in self._stages:
            done = scheduled.get(stage.id, 0.0)
            colour = "#1d6b2f" if abs(done - stage.hours) < 1e-9 else "#b3261e" if done > stage.hours else "#8a5a00"
            parts.append(self.tr("{stage}：已安排 <span style='color:{colour}'><b>{done}</b></span> / {hours} 学时", "",
                                 plural_n(stage.hours)).format(
                stage=stage.name, colour=colour, done=number(done), hours=number(float(stage.hours))))
        if not self._stages:
            parts.append(self.tr("项目还没有培训阶段：请先在“基本信息”中设置阶段和学时。"))
        self.hours_label.setText("　　".join(parts))
        self.hours_label.setStyleSheet(WARNING_STYLE if not self._stages else "")

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.model.editable and bool(self.view.selectionModel().selectedRows()))
        self.print_button.setEnabled(self.model.rowCount() > 0)

    def _saved(self) -> None:
        self.message.clear_message()
        self._update_hours()
        QTimer.singleShot(0, lambda: self.ops.announce("sessions"))  # after the view has closed its editor

    def print_signin(self, per: str) -> bool:
        """打印签到表: ask where to save the PDF, then draw it on a worker (a big roster takes a while)."""
        name = self.tr("{name}签到表.pdf").format(name=self._project.name) if per == "session" else self.tr(
            "{name}签到表（按天）.pdf").format(name=self._project.name)
        out = save_file_name(self, self.tr("保存签到表"), name)
        if out is None:
            return False
        return self.print_signin_to(out, per=per)

    def print_signin_to(self, out: Path, *, per: str) -> bool:
        project_id = self.project_id

        def done(result: PdfResult) -> None:
            self.ops.say(self.tr("已生成签到表 %n 页：{path}", "", result.pages).format(path=result.path))
            if result.warnings:
                inform(self, self.tr("签到表已生成，但请注意："), "\n".join(result.warnings))

        return self.ops.run(
            lambda office, progress, cancel: office.forms.print_signin(
                project_id=project_id, out=out, per=per, progress=progress, cancel=cancel),
            label=self.tr("正在生成签到表…"), on_done=done, parent=self)

    def open_generate(self) -> GenerateSessionsDialog | None:
        if not self.generate_button.isEnabled():
            return None
        dialog = GenerateSessionsDialog(self.ops, self.project_id, self, stage_id=self.stage_filter.currentData())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.generate_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        if not rows or not self.model.editable:
            return False
        sessions = [self.model.session(row) for row in rows]
        listed = self.tr("、").join(f"{s.date} {term(s.slot)}" for s in sessions[:6]) + ("…" if len(sessions) > 6 else "")
        office = self.ops.office
        try:
            office.sessions.check_deletable([s.id for s in sessions])
        except TrainOfficeError as exc:  # said before asking, not after
            self.message.show_error(str(exc))
            return False
        if not confirm(self, self.tr("删除 %n 节课程？", "", len(sessions)), ok_text=self.tr("删除"), detail=listed):
            return False
        try:
            with office.atomic():  # all or none: one marked session keeps every selected one
                for s in sessions:
                    office.sessions.delete(s.id)
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return False
        self.ops.announce("sessions")
        self.ops.say(self.tr("已删除 %n 节课程。", "", len(sessions)))
        return True


class GenerateSessionsDialog(QDialog):
    """生成课程: a stage, a date range, the half-day slots, place and lecturer; one session per date and slot."""

    def __init__(self, ops: Operations, project_id: int, parent: QWidget | None = None, *,
                 stage_id: int | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        office = ops.office
        self.project = office.projects.project(project_id)
        self.stages: list[Stage] = office.projects.stages(project_id)
        self.per_slot = float(office.settings.get("hours_per_slot"))
        self.setWindowTitle(self.tr("生成课程安排"))
        self.setMinimumWidth(560)

        self.stage = QComboBox()
        for stage in self.stages:
            self.stage.addItem(self.tr("{name}（{hours} 学时）", "", plural_n(stage.hours)).format(
                name=stage.name, hours=number(stage.hours)), stage.id)
        if stage_id is not None:
            self.stage.setCurrentIndex(max(self.stage.findData(stage_id), 0))
        self.first = DateField()
        self.last = DateField()
        self.skip_weekends = QCheckBox(self.tr("跳过周六、周日"))
        self.slot_boxes = {slot: QCheckBox(term(slot)) for slot in SLOTS}
        self.slot_boxes["上午"].setChecked(True)
        self.slot_boxes["下午"].setChecked(True)
        self.place = QLineEdit()
        self.lecturer = QLineEdit()
        self.use_parts = QCheckBox()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.message = FieldMessage()

        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(self.tr("至")))
        dates.addWidget(self.last)
        dates.addWidget(self.skip_weekends)
        dates.addStretch(1)
        slots = QHBoxLayout()
        for box in self.slot_boxes.values():
            slots.addWidget(box)
        slots.addWidget(QLabel(self.tr("（每个时段 {hours} 学时）", "", plural_n(self.per_slot)).format(
            hours=number(self.per_slot))))
        slots.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("阶段"), self.stage)
        form.addRow(self.tr("日期"), dates)
        form.addRow(self.tr("时段"), slots)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("授课人"), self.lecturer)
        form.addRow("", self.use_parts)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.generate)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.stage.currentIndexChanged.connect(lambda _i: self._stage_changed())
        for edit in (self.first, self.last):
            edit.textChanged.connect(lambda _text: self._update_preview())
        for box in (*self.slot_boxes.values(), self.skip_weekends):
            box.toggled.connect(lambda _on: self._update_preview())
        self._stage_changed()

    def current_stage(self) -> Stage | None:
        return next((s for s in self.stages if s.id == self.stage.currentData()), None)

    def _stage_changed(self) -> None:
        stage = self.current_stage()
        today = dt.date.today()
        start = (stage.start_date if stage else None) or self.project.start_date
        end = (stage.end_date if stage else None) or self.project.end_date or start
        self.first.set_date(dt.date.fromisoformat(start) if start else today)
        self.last.set_date(dt.date.fromisoformat(end) if end else today)
        parts = self.ops.office.projects.template_parts(stage.name) if stage else ()
        self._parts = parts
        self.use_parts.setText(self.tr("主题按模板分项：{parts}").format(parts=self.tr("、").join(
            self.tr("{name} {hours} 学时", "", plural_n(hours)).format(name=topic, hours=number(hours))
            for topic, hours in parts)))
        self.use_parts.setChecked(bool(parts))
        self.use_parts.setVisible(bool(parts))
        self._update_preview()

    def dates(self) -> list[dt.date]:
        """Every day from the first to the last date typed (weekends skipped if asked); ValidationError when
        either is not a date."""
        first, last = self.first.date(), self.last.date()
        if last < first:
            raise ValidationError(self.tr("结束日期 {last} 早于开始日期 {first}").format(last=last, first=first))
        days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        return [d for d in days if not (self.skip_weekends.isChecked() and d.weekday() >= 5)]

    def slots(self) -> list[str]:
        return [slot for slot, box in self.slot_boxes.items() if box.isChecked()]

    def _update_preview(self) -> None:
        try:
            days, slots = self.dates(), self.slots()
        except ValidationError as exc:
            self.preview.setText(str(exc))
            self.preview.setStyleSheet(ERROR_STYLE)
            self.ok_button.setEnabled(False)
            return
        stage = self.current_stage()
        count = len(days) * len(slots)
        hours = count * self.per_slot
        text = self.tr("{days} × {slots} = {sessions}，共 {hours}").format(
            days=self.tr("%n 天", "", len(days)), slots=self.tr("%n 个时段", "", len(slots)),
            sessions=self.tr("%n 节", "", count),
            hours=self.tr("{hours} 学时", "", plural_n(hours)).format(hours=number(hours)))
        if stage is not None:
            text += self.tr("；阶段“{stage}”规定 {total} 学时（已有的日期和时段会跳过）", "", plural_n(stage.hours)).format(
                stage=stage.name, total=number(stage.hours))
        self.preview.setText(text)
        over = stage is not None and count * self.per_slot > stage.hours + 1e-9
        self.preview.setStyleSheet(ERROR_STYLE if over else "")
        self.ok_button.setEnabled(count > 0 and stage is not None)
        self.message.clear_message()

    def generate(self) -> list[int] | None:
        stage = self.current_stage()
        if stage is None:
            return None
        try:
            ids = self.ops.office.sessions.generate(
                self.project_id, stage_id=stage.id, dates=self.dates(), slots=self.slots(),
                parts=self._parts if self.use_parts.isChecked() else (), place=self.place.text().strip(),
                lecturer=self.lecturer.text().strip())
        except (ValidationError, TrainOfficeError) as exc:
            self.message.show_error(str(exc))
            return None
        self.ops.announce("sessions")
        self.ops.say(self.tr("已生成 %n 节课程。", "", len(ids)))
        self.accept()
        return ids
