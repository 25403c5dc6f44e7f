"""The teacher editor (教师信息): every registry field, checked as the user types.

Errors block saving and are shown under their field; warnings (a 15-digit ID converted, a gender that
contradicts the ID) only inform. Gender and birth date come from the ID number. Typing an ID that is
already in the registry offers to open that teacher instead of creating a duplicate.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import ValidationError
from trainoffice.registry import FIELD_BY_NAME, IN_SERVICE, TEACHER_FIELDS, Teacher, TeacherCheck
from ui.messages import confirm
from ui.operations import Operations
from ui.widgets import (
    DateField,
    EnterMovesOn,
    FieldMessage,
    GrowsForMessages,
    SchoolCombo,
    fixed_rows,
    with_message,
)
from ui.words import term

BASIC_FIELDS = ("name", "id_number", "gender", "birth_date", "ethnicity", "id_type", "phone", "notes")
STATUS_FIELDS = ("status",)
DERIVED_FROM_ID = ("gender", "birth_date")
DATE_FIELDS = ("birth_date", "work_start_date")


class TeacherEditor(QDialog):
    """Create (``teacher_id=None``) or edit one teacher. Open it with ``open()``; it saves on its own."""

    sig_saved = Signal(int)
    """The teacher's id after a successful save."""

    sig_open_teacher = Signal(int)
    """The user asked to open the teacher who already holds the typed ID number (this editor then closes)."""

    def __init__(self, ops: Operations, teacher_id: int | None = None, parent: QWidget | None = None,
                 *, school_id: int | None = None):
        super().__init__(parent)
        self.ops = ops
        self._registry = ops.office.registry
        self._teacher = self._registry.teacher(teacher_id) if teacher_id else Teacher(school_id=school_id)
        self._inputs: dict[str, QWidget] = {}
        self._messages: dict[str, FieldMessage] = {}
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._loading = False
        # Values last filled in from the ID: replaced freely when the ID changes, kept once the user types.
        self._derived = {name: getattr(self._teacher, name) for name in DERIVED_FROM_ID} if teacher_id else {}
        self._duplicate_id: int | None = None
        self.check: TeacherCheck | None = None
        self.transfer_dialog: TransferDialog | None = None

        self.setWindowTitle(self.tr("编辑教师：{name}").format(name=self._teacher.name) if teacher_id
                            else self.tr("新建教师"))
        self.setMinimumWidth(620)
        self._enter = EnterMovesOn(self)
        self.tabs = QTabWidget()
        names = [spec.name for spec in TEACHER_FIELDS]
        work = [n for n in names if n not in BASIC_FIELDS + STATUS_FIELDS]
        self._tab_fields = [[n for n in names if n in BASIC_FIELDS], work, list(STATUS_FIELDS)]
        self.tabs.addTab(self._form_tab(self._tab_fields[0]), self.tr("基本信息"))
        self.tabs.addTab(self._form_tab(work), self.tr("工作信息"))
        self.tabs.addTab(self._status_tab(), self.tr("调动与状态"))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.save_button.setAutoDefault(False)
        self.cancel_button = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._load(self._teacher)
        self._refresh_history()
        self.validate()
        self._as_opened = self._shown_values()
        self._inputs["name"].setFocus()

    # ----- building ------------------------------------------------------------------------
    def label(self, name: str) -> str:
        return term(FIELD_BY_NAME[name].label)

    def _form_tab(self, names: list[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            form.addRow(self._form_label(name), self._field_cell(name))
        return page

    def _form_label(self, name: str) -> str:
        spec = FIELD_BY_NAME[name]
        return self.label(name) + (" *" if spec.required and name not in DERIVED_FROM_ID else "")

    def _field_cell(self, name: str) -> QWidget:
        spec = FIELD_BY_NAME[name]
        if name == "school_id":
            widget: QWidget = SchoolCombo()
            schools = self._registry.schools()
            if self._teacher.school_id and all(s.id != self._teacher.school_id for s in schools):
                schools.append(self._registry.school(self._teacher.school_id))  # its school was deactivated
            widget.set_schools(schools, self._registry.county_name, keep=False)
            widget.lineEdit().setPlaceholderText(self.tr("输入学校名称的一部分"))
            widget.sig_school_changed.connect(lambda _id: self._edited(name))
            widget.lineEdit().textEdited.connect(lambda _t: self._edited(name))  # says when nothing matches
        elif spec.flag:
            widget = QCheckBox()
            widget.toggled.connect(lambda _on: self._edited(name))
        elif spec.choices:
            widget = QComboBox()
            if name != "status":
                widget.addItem("", "")
            for choice in spec.choices:
                widget.addItem(term(choice), choice)
            widget.currentIndexChanged.connect(lambda _i: self._edited(name))
        else:
            widget = QLineEdit()
            widget.textChanged.connect(lambda _t: self._edited(name))
            if name in DATE_FIELDS:
                widget.setPlaceholderText(self.tr("由身份证号自动填写") if name == "birth_date"
                                         else self.tr("例如 2018-05-03"))
            if name == "id_number":
                widget.setPlaceholderText(self.tr("18位身份证号，15位旧号会自动转换"))
                widget.setMaxLength(24)
            if name == "subject":
                completer = QCompleter(self._registry.distinct("subject"), widget)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                widget.setCompleter(completer)
        widget.setObjectName(name)
        self._inputs[name] = widget
        self._enter.watch(widget)
        message = FieldMessage()
        self._messages[name] = message
        if name == "status":
            return with_message(widget, message, *self._status_date_widgets())
        if name == "id_number":
            self.open_existing_button = QPushButton(self.tr("打开该教师"))
            self.open_existing_button.setAutoDefault(False)
            self.open_existing_button.hide()
            self.open_existing_button.clicked.connect(self._open_existing)
            return with_message(widget, message, self.open_existing_button)
        return with_message(widget, message)

    def _status_date_widgets(self) -> tuple[QWidget, QWidget]:
        """The day a change of 状态 happened, beside 状态: shown only when the teacher leaves service (离开日期)
        or comes back (恢复在职日期); today unless changed. The registry refuses a day after today or before the
        current posting, and saving says so under 状态."""
        self.status_date_label = QLabel()
        self.status_date = DateField(dt.date.today())
        self.status_date.setObjectName("status_date")
        self.status_date_label.setBuddy(self.status_date)
        self.status_date_label.hide()
        self.status_date.hide()
        self._enter.watch(self.status_date)
        return self.status_date_label, self.status_date

    def status_changes_service(self) -> bool:
        """Whether the 状态 as chosen leaves service or comes back to it (a new teacher starts in service)."""
        was = self._teacher.status == IN_SERVICE if self._teacher.id is not None else True
        return was != (self._value("status") == IN_SERVICE)

    def status_date_value(self) -> dt.date | None:
        """The 离开日期 or 恢复在职日期 the user gave, or None when the 状态 asks for none (ValidationError on 状态
        when what was typed is not a date)."""
        return self.status_date.date(field="status") if self.status_changes_service() else None

    def _show_status_date(self) -> None:
        asked = self.status_changes_service()
        self.status_date_label.setText(self.tr("离开日期") if self._value("status") != IN_SERVICE
                                       else self.tr("恢复在职日期"))
        self.status_date_label.setVisible(asked)
        self.status_date.setVisible(asked)

    def _status_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        for name in STATUS_FIELDS:
            form.addRow(self._form_label(name), self._field_cell(name))
        note = QLabel(self.tr("退休、调出的教师仍保留在信息库中，默认不在名单中显示。从离开日期当天起不再计入学分达标；"
                              "此前的年度仍按其当时所在学校统计。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        form.addRow("", note)

        box = QGroupBox(self.tr("任职经历（调动记录）"))
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("学校"), self.tr("自"), self.tr("至"), self.tr("备注")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fixed_rows(self.history)
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.transfer_button = QPushButton(self.tr("调动…"))
        self.transfer_button.setAutoDefault(False)
        self.transfer_button.clicked.connect(self.start_transfer)
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.history_note, 1)
        actions.addWidget(self.transfer_button)
        inner = QVBoxLayout(box)
        inner.addWidget(self.history)
        inner.addLayout(actions)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(box, 1)
        return page

    # ----- values --------------------------------------------------------------------------
    def _value(self, name: str):
        widget = self._inputs[name]
        if isinstance(widget, SchoolCombo):
            return widget.school_id()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def _set_value(self, name: str, value) -> None:
        widget = self._inputs[name]
        was_loading, self._loading = self._loading, True
        try:
            if isinstance(widget, SchoolCombo):
                widget.set_school_id(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value or "")
                if index < 0 and value:
                    widget.addItem(term(value), value)  # an old value not in today's list stays visible (and is flagged)
                    index = widget.count() - 1
                widget.setCurrentIndex(max(index, 0))
            else:
                assert isinstance(widget, QLineEdit)
                widget.setText("" if value is None else str(value))
        finally:
            self._loading = was_loading

    def _load(self, teacher: Teacher) -> None:
        self._loading = True
        try:
            for spec in TEACHER_FIELDS:
                self._set_value(spec.name, getattr(teacher, spec.name))
        finally:
            self._loading = False

    def _shown_values(self) -> dict[str, object]:
        """What each field shows (the school as typed), to tell whether the user changed anything."""
        return {name: widget.currentText() if isinstance(widget, SchoolCombo) else self._value(name)
                for name, widget in self._inputs.items()}

    def changed_fields(self) -> list[str]:
        """The fields changed since the editor opened (or since the last 调动), in form order."""
        now = self._shown_values()
        return [name for name, value in self._as_opened.items() if now[name] != value]

    def teacher_from_form(self) -> Teacher:
        """The teacher as currently typed (not yet checked)."""
        return Teacher(id=self._teacher.id, **{spec.name: self._value(spec.name) for spec in TEACHER_FIELDS})

    @property
    def teacher_id(self) -> int | None:
        return self._teacher.id

    # ----- checking as the user types ------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        if name == "status":
            self._show_status_date()
        self.validate()

    def validate(self) -> TeacherCheck:
        """Check the form through Registry.check_teacher and show the outcome field by field."""
        check = self._registry.check_teacher(self.teacher_from_form())
        if "id_number" not in check.errors or self._duplicate_of(check) is not None:
            self._fill_from_id(check)
            check = self._registry.check_teacher(self.teacher_from_form())
        if "school_id" in check.errors and (typed := self._inputs["school_id"].typed_problem()):
            check.errors["school_id"] = typed  # 第一中 typed: how many schools match, or that none does
        self.check = check
        self._duplicate_id = self._duplicate_of(check)
        for name, message in self._messages.items():
            if name in check.errors and (name in self._touched or self._show_all_errors):
                message.show_error(check.errors[name])
            elif name in check.warnings:
                message.show_warning(check.warnings[name])
            else:
                message.clear_message()
        if self._duplicate_id is not None:
            other = self._registry.teacher(self._duplicate_id)
            school = self._registry.school(other.school_id).name if other.school_id else ""
            self._messages["id_number"].show_error(
                self.tr("该身份证号已在教师信息库中：{name}（{school}，{status}）").format(
                    name=other.name, school=school, status=term(other.status)))
        self.open_existing_button.setVisible(self._duplicate_id is not None)
        for tab, fields in enumerate(self._tab_fields):  # a tab with something left to fix is marked red
            wrong = any(name in check.errors for name in fields)
            self.tabs.tabBar().setTabTextColor(tab, QColor("#b3261e") if wrong else QColor())
        self.save_button.setEnabled(check.ok)
        if check.ok:
            self.summary.clear()
        else:
            self.summary.setText(self.tr("保存前请完成：{fields}").format(
                fields=self.tr("、").join(self.label(name) for name in check.errors)))
        return check

    def _duplicate_of(self, check: TeacherCheck) -> int | None:
        other = self._registry.teacher_id_by_number(self._value("id_number"))
        return other if other is not None and other != self._teacher.id else None

    def _fill_from_id(self, check: TeacherCheck) -> None:
        """Gender and birth date follow the ID unless the user typed something else (then a warning shows)."""
        for name in DERIVED_FROM_ID:
            derived = getattr(check.teacher, name)
            current = self._value(name)
            if derived and (not current or current == self._derived.get(name)):
                self._set_value(name, derived)
                self._derived[name] = derived

    # ----- actions -------------------------------------------------------------------------
    def _open_existing(self) -> None:
        if self._duplicate_id is not None:
            other = self._duplicate_id
            self.done(QDialog.DialogCode.Rejected)  # asked for: what was typed here was someone already listed
            self.sig_open_teacher.emit(other)

    def reject(self) -> None:
        """Esc, 取消 or closing the window: typing is not thrown away without asking (取消 keeps editing)."""
        changed = self.changed_fields()
        if changed and not confirm(
                self, self.tr("放弃未保存的修改？"), ok_text=self.tr("放弃修改"),
                detail=self.tr("改动的项目：{fields}").format(fields=self.tr("、").join(self.label(n) for n in changed))):
            return
        super().reject()

    def save(self) -> None:
        check = self.validate()
        if not check.ok:
            self._show_all_errors = True
            self.validate()
            self._go_to_field(next(iter(check.errors)))
            return
        try:
            teacher_id = self._registry.save_teacher(self.teacher_from_form(), on=self.status_date_value())
        except ValidationError as exc:
            field = exc.field if exc.field in self._messages else "name"
            self._messages[field].show_error(str(exc))
            return
        self._teacher.id = teacher_id
        self.ops.announce("teachers", "teacher_postings")
        self.sig_saved.emit(teacher_id)
        self.accept()

    def _go_to_field(self, name: str) -> None:
        """Show the tab holding ``name`` and put the cursor in it."""
        for tab, fields in enumerate(self._tab_fields):
            if name in fields:
                self.tabs.setCurrentIndex(tab)
                self._inputs[name].setFocus()
                return

    def _refresh_history(self) -> None:
        existing = self._teacher.id is not None
        postings = self._registry.postings(self._teacher.id) if existing else []
        self.history.setRowCount(len(postings))
        for row, posting in enumerate(postings):
            values = (posting.school_name, posting.from_date, posting.to_date or self.tr("至今"), posting.note)
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.transfer_button.setEnabled(existing)
        self.history_note.setText(
            self.tr("调动会结束当前任职并从调入日期起记入新学校，历史保留。") if existing
            else self.tr("保存后记录首个任职学校；调动请在保存后进行。"))

    def start_transfer(self) -> None:
        """调动: choose the new school, the date and a note; the history keeps the old posting."""
        if self._teacher.id is None:
            return
        dialog = TransferDialog(self.ops, self._teacher.id, parent=self)
        dialog.sig_transferred.connect(self._transferred)
        self.transfer_dialog = dialog
        dialog.open()

    def _transferred(self, school_id: int) -> None:
        self._set_value("school_id", school_id)
        self._as_opened["school_id"] = self._shown_values()["school_id"]  # the transfer is saved already
        self._refresh_history()
        self.validate()


class TransferDialog(GrowsForMessages, QDialog):
    """调动: a teacher moves to another school from a given date; the old posting is closed, not lost."""

    sig_transferred = Signal(int)
    """The new school's id, after the transfer was written."""

    def __init__(self, ops: Operations, teacher_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self._registry = ops.office.registry
        self._teacher = self._registry.teacher(teacher_id)
        self.setWindowTitle(self.tr("调动：{name}").format(name=self._teacher.name))
        self.setMinimumWidth(520)  # a long school name and the 备注 example stay readable
        current = self._registry.school(self._teacher.school_id) if self._teacher.school_id else None
        self.school = SchoolCombo()
        self.school.set_schools([s for s in self._registry.schools() if s.id != self._teacher.school_id],
                                self._registry.county_name, keep=False)
        self.school.lineEdit().setPlaceholderText(self.tr("输入调入学校名称的一部分"))
        self.date = DateField(dt.date.today())
        self.date_message = FieldMessage()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("例如：县教育局调令〔2025〕12号"))
        self.message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("现在学校"), QLabel(current.name if current else ""))
        form.addRow(self.tr("调入学校 *"), with_message(self.school, self.message))
        form.addRow(self.tr("调入日期"), with_message(self.date, self.date_message))
        form.addRow(self.tr("备注"), self.note)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("调动"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.transfer)
        buttons.rejected.connect(self.reject)
        self.school.sig_school_changed.connect(lambda school_id: self.ok_button.setEnabled(school_id is not None))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        enter = EnterMovesOn(self)
        enter.watch(self.school, self.date, self.note)

    def transfer(self) -> None:
        school_id = self.school.school_id()
        if school_id is None:
            self.message.show_error(self.tr("请选择调入学校"))
            return
        self.message.clear_message()
        self.date_message.clear_message()
        try:
            on = self.date.date()
            self._registry.transfer(self._teacher.id, school_id=school_id, on=on, note=self.note.text().strip())
        except ValidationError as exc:
            (self.message if exc.field == "school_id" else self.date_message).show_error(str(exc))
            return
        self.ops.announce("teachers", "teacher_postings")
        self.sig_transferred.emit(school_id)
        self.accept()
