"""Project dialogs: the project form (新建 and 基本信息 share it), a reason-and-date dialog, the plan import.

Checks live in the core: a refused save comes back as a ValidationError whose ``field`` says which
input to mark, and the form shows the core's message under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import TrainOfficeError, ValidationError
from trainoffice.plan import PlanImportReport, PlanYearMismatch, import_plan_file
from trainoffice.projects import FORMS, HOURS_BASES, LEVELS, MODE_CODES, Project
from ui.operations import Operations
from ui.project_models import RecordsModel
from ui.widgets import (
    ERROR_STYLE,
    WARNING_STYLE,
    EnterMovesOn,
    FieldMessage,
    GrowsForMessages,
    fixed_rows,
    unit_suffix,
    with_message,
)
from ui.words import plural_n, term

HOURS_BASIS_NAMES = {"attended": QT_TRANSLATE_NOOP("ProjectForm", "按实际出勤学时"),
                     "full": QT_TRANSLATE_NOOP("ProjectForm", "按满学时（项目规定学时）")}
MODE_NAMES = {"1": QT_TRANSLATE_NOOP("ProjectForm", "1 长期脱产"), "2": QT_TRANSLATE_NOOP("ProjectForm", "2 短期面授"),
              "3": QT_TRANSLATE_NOOP("ProjectForm", "3 网络研修"), "4": QT_TRANSLATE_NOOP("ProjectForm", "4 面授+网络"),
              "9": QT_TRANSLATE_NOOP("ProjectForm", "9 其他")}
assert set(HOURS_BASIS_NAMES) == set(HOURS_BASES) and set(MODE_NAMES) == set(MODE_CODES)

# The error field the core names -> the input that shows it (two day counts share one message line).
FIELD_ALIASES = {"days_offsite": "days_local"}

TEXT_FIELDS = ("code", "name", "category", "target_group", "proposing_unit", "host", "start_date", "end_date", "notes")


class DaysSpin(QDoubleSpinBox):
    """Days as the plan writes them: 6, 6.5 (not 6.0)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:g}"


class ProjectForm(QWidget):
    """Every field of a project in two columns, with the core's refusal shown under the field it names.

    ``advise`` (``Projects.warnings``) gives what may be right but deserves a second look, such as a
    name already used this year; it shows in amber under its field as the user types and never blocks.
    """

    sig_edited = Signal()
    """The user changed a field."""

    def __init__(self, parent: QWidget | None = None, *, advise: Callable[[Project], dict[str, str]] | None = None):
        super().__init__(parent)
        self._project = Project(year=dt.date.today().year)
        self._advise = advise
        self._loading = False
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._enter = EnterMovesOn(self)

        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.textChanged.connect(lambda _t, n=name: self._edited(n))
            self.inputs[name] = edit
        for name in ("start_date", "end_date"):
            self.inputs[name].setPlaceholderText(self.tr("例如 2026-03-02"))
        self.inputs["target_group"].setPlaceholderText(self.tr("例如 年龄在45岁以上的乡村初中教师"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem(term(level), level)
        self.form_combo = QComboBox()
        self.form_combo.setEditable(True)  # a plan may name a form of its own
        for form in ("", *FORMS):
            self.form_combo.addItem(term(form), form)
        self.mode_code = QComboBox()
        for code, label in MODE_NAMES.items():
            self.mode_code.addItem(QCoreApplication.translate("ProjectForm", label), code)
        self.days_offsite = DaysSpin()
        self.days_local = DaysSpin()
        for spin in (self.days_offsite, self.days_local):
            spin.setRange(0, 400)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            unit_suffix(spin, lambda n: self.tr(" 天", "", n))
        self.places = QSpinBox()
        self.places.setRange(0, 100_000)
        unit_suffix(self.places, lambda n: self.tr(" 人", "", n))
        self.hours_basis = QComboBox()
        for key, label in HOURS_BASIS_NAMES.items():
            self.hours_basis.addItem(QCoreApplication.translate("ProjectForm", label), key)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.inputs.update({"year": self.year, "level": self.level, "form": self.form_combo,
                            "mode_code": self.mode_code, "days_offsite": self.days_offsite,
                            "days_local": self.days_local, "places": self.places, "hours_basis": self.hours_basis,
                            "attendance_threshold": self.threshold})
        self.year.valueChanged.connect(lambda _v: self._edited("year"))
        self.places.valueChanged.connect(lambda _v: self._edited("places"))
        self.threshold.valueChanged.connect(lambda _v: self._edited("attendance_threshold"))
        for name in ("days_offsite", "days_local"):
            self.inputs[name].valueChanged.connect(lambda _v: self._edited("days_local"))
        for name in ("level", "mode_code", "hours_basis"):
            self.inputs[name].currentIndexChanged.connect(lambda _i, n=name: self._edited(n))
        self.form_combo.currentTextChanged.connect(lambda _t: self._edited("form"))
        for name, widget in self.inputs.items():
            widget.setObjectName(name)
            self._enter.watch(widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget)

        days = QWidget()
        days_row = QHBoxLayout(days)
        days_row.setContentsMargins(0, 0, 0, 0)
        days_row.addWidget(QLabel(self.tr("异地")))
        days_row.addWidget(self.days_offsite)
        days_row.addWidget(QLabel(self.tr("本地")))
        days_row.addWidget(self.days_local)
        self.days_total = QLabel()
        days_row.addWidget(self.days_total, 1)
        left = QFormLayout()
        right = QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [
            (left, "code", self.tr("项目编号 *"), None), (left, "name", self.tr("项目名称 *"), None),
            (left, "year", self.tr("年度 *"), None), (left, "level", self.tr("培训层级"), None),
            (left, "category", self.tr("项目类别"), None), (left, "form", self.tr("培训形式"), None),
            (left, "mode_code", self.tr("培训方式"), None), (left, "target_group", self.tr("培训对象"), None),
            (right, "proposing_unit", self.tr("申报单位"), None), (right, "host", self.tr("承办单位"), None),
            (right, "start_date", self.tr("开始日期"), None), (right, "end_date", self.tr("结束日期"), None),
            (right, "days_local", self.tr("培训天数"), days), (right, "places", self.tr("培训人数"), None),
            (right, "hours_basis", self.tr("学时认定"), None),
            (right, "attendance_threshold", self.tr("出勤率要求"), None), (right, "notes", self.tr("备注"), None),
        ]
        for form, name, label, cell in rows:
            message = FieldMessage()
            self.messages[name] = message
            caption = QLabel(label)
            caption.setBuddy(self.inputs[name] if cell is None else self.days_offsite)
            form.addRow(caption, with_message(cell if cell is not None else self.inputs[name], message))
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(18)
        columns.addLayout(right, 1)
        self.load(self._project)

    # ----- values ----------------------------------------------------------------------------
    def load(self, project: Project) -> None:
        self._loading = True
        self._project = replace(project)
        for name in TEXT_FIELDS:
            value = getattr(project, name)
            self.inputs[name].setText("" if value is None else str(value))
        self.year.setValue(int(project.year or dt.date.today().year))
        self.level.setCurrentIndex(max(self.level.findData(project.level), 0))
        self.form_combo.setCurrentText(term(project.form))
        self.mode_code.setCurrentIndex(max(self.mode_code.findData(project.mode_code), 0))
        self.days_offsite.setValue(float(project.days_offsite))
        self.days_local.setValue(float(project.days_local))
        self.places.setValue(int(project.places))
        self.hours_basis.setCurrentIndex(max(self.hours_basis.findData(project.hours_basis), 0))
        self.threshold.setValue(round(float(project.attendance_threshold) * 100))
        self._loading = False
        self.clear_errors()
        self._update_days()
        self.show_warnings()

    def project(self) -> Project:
        """The loaded project with the form's values (id, status and plan stay as loaded)."""
        values = {name: self.inputs[name].text().strip() for name in TEXT_FIELDS}
        values["start_date"] = values["start_date"] or None
        values["end_date"] = values["end_date"] or None
        return replace(self._project, **values, year=self.year.value(), level=self.level.currentData(),
                       form=self._form(), mode_code=self.mode_code.currentData(),
                       days_offsite=self.days_offsite.value(), days_local=self.days_local.value(),
                       places=self.places.value(), hours_basis=self.hours_basis.currentData(),
                       attendance_threshold=self.threshold.value() / 100)

    def _form(self) -> str:
        """The 培训形式 chosen (as stored, though shown in the user's language) or typed."""
        text = self.form_combo.currentText().strip()
        index = self.form_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.form_combo.itemData(index) if index >= 0 else text

    def is_dirty(self) -> bool:
        return self.project() != self._project

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    # ----- messages --------------------------------------------------------------------------
    def show_error(self, exc: ValidationError) -> bool:
        """Put the core's message under the field it names; False when it names none of them."""
        name = FIELD_ALIASES.get(exc.field or "", exc.field or "")
        if name not in self.messages:
            return False
        self.messages[name].show_error(str(exc))
        widget = self.inputs[name] if name != "days_local" else self.days_offsite
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def clear_errors(self) -> None:
        for message in self.messages.values():
            message.clear_message()

    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.messages[name].clear_message()
        if name == "days_local":
            self._update_days()
        self.show_warnings()
        self.sig_edited.emit()

    def show_warnings(self) -> None:
        """The core's second-look notes in amber under their fields; a field showing an error keeps it."""
        warnings = self._advise(self.project()) if self._advise else {}
        for name, message in self.messages.items():
            if name in warnings and not message.is_error:
                message.show_warning(warnings[name])
            elif not message.is_error:
                message.clear_message()

    def _update_days(self) -> None:
        total = self.days_offsite.value() + self.days_local.value()
        self.days_total.setText(self.tr("合计 {days} 天", "", plural_n(total)).format(days=f"{total:g}"))


class NewProjectDialog(GrowsForMessages, QDialog):
    """新建培训项目 (Ctrl+N): the form; 创建 asks the core, which names the field it refuses."""

    sig_created = Signal(int)
    """The new project's id."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("新建培训项目"))
        self.setMinimumWidth(860)
        self.form = ProjectForm(advise=ops.office.projects.warnings)
        self.form.load(Project(year=year or dt.date.today().year))
        self._proposed = ""
        self.propose_code()
        self.form.year.valueChanged.connect(self.propose_code)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.hide()
        hours_per_day = ops.office.settings.get("hours_per_day")
        note = QLabel(self.tr("只填了天数的项目会自动建立一个“集中培训”阶段（每天 {hours} 学时）；"
                              "校长任职资格培训可在项目的“基本信息”中应用二段式模板。", "", plural_n(hours_per_day)).format(
            hours=hours_per_day))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("创建"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setToolTip(self.tr("创建（Ctrl+S）"))
        self.create_button.setAutoDefault(False)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        self.create_button.clicked.connect(self.create)
        cancel.clicked.connect(self.reject)
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(keys, self, activated=self.create)
        self.form.sig_edited.connect(self.summary.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.form.inputs["code"].setFocus()

    def propose_code(self) -> None:
        """The chosen year's next free number in 项目编号, selected so typing replaces it; when the year
        changes, a number the user typed is kept."""
        year = self.form.year.value()
        proposed = self.ops.office.projects.next_code(year)
        code = self.form.inputs["code"]
        code.setPlaceholderText(self.tr("例如 {code} 或 {year}-D309").format(code=proposed, year=year))
        if code.text().strip() in ("", self._proposed):
            code.setText(proposed)
            code.selectAll()
        self._proposed = proposed

    def create(self) -> int | None:
        try:
            project_id = self.ops.office.projects.create(self.form.project())
        except ValidationError as exc:
            if not self.form.show_error(exc):
                self.summary.setText(str(exc))
                self.summary.show()
            return None
        except TrainOfficeError as exc:
            self.summary.setText(str(exc))
            self.summary.show()
            return None
        self.ops.announce("projects", "project_stages")
        self.ops.say(self.tr("已创建项目：{name}").format(name=self.form.project().name))
        self.sig_created.emit(project_id)
        self.accept()
        return project_id


class ReasonDialog(QDialog):
    """A reason and a date for a change the records must explain (退出, 重新打开); ``submit`` does the change.

    The core's refusal stays in the dialog under the field it names, so nothing typed is lost.
    """

    def __init__(self, parent: QWidget | None, *, title: str, prompt: str, ok_text: str,
                 submit: Callable[[str, str], None], with_date: bool = True):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._submit = submit
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("必填"))
        self.reason_message = FieldMessage()
        self.date = QLineEdit(dt.date.today().isoformat())
        self.date_message = FieldMessage()
        form = QFormLayout()
        form.addRow(self.tr("原因"), with_message(self.reason, self.reason_message))
        if with_date:
            form.addRow(self.tr("日期"), with_message(self.date, self.date_message))
        else:
            self.date.hide()
        self.message = FieldMessage()
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        self.reason.returnPressed.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._changed()

    def _changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason.text().strip()))
        self.reason_message.clear_message()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self._submit(self.reason.text().strip(), self.date.text().strip())
        except ValidationError as exc:
            target = {"reason": self.reason_message, "date": self.date_message}.get(exc.field or "", self.message)
            target.show_error(str(exc))
            return
        except TrainOfficeError as exc:
            self.message.show_error(str(exc))
            return
        self.accept()


class PlanImportDialog(QDialog):
    """导入年度计划: choose the city's plan table and the year, check it (dry run), then import or not.

    The check shows what the table holds beside what it declares (培训总人次), the project codes, and
    every row it could not place with its row number; the user then chooses 导入其余 or 全部不导入.
    """

    sig_imported = Signal(int, int)
    """(year, projects imported) after an import."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, path: str | None = None,
                 year: int | None = None):
        super().__init__(parent)
        self.ops = ops
        self.report: PlanImportReport | None = None
        self.setWindowTitle(self.tr("导入年度培训计划"))
        self.resize(820, 600)

        self.path = QLineEdit(path or "")
        self.path.setPlaceholderText(self.tr("市里下发的年度培训计划表（.xlsx、.xls、.ods、.csv）"))
        self.browse_button = QPushButton(self.tr("选择文件…"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        self.check_button = QPushButton(self.tr("检查计划表"))
        self.check_button.setDefault(True)
        top = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        top.addRow(self.tr("计划表文件"), file_row)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        year_row.addWidget(self.check_button)
        top.addRow(self.tr("计划年度"), year_row)
        self.message = FieldMessage()

        self.report_box = QGroupBox(self.tr("检查结果（尚未导入）"))
        grid = QGridLayout()
        self.projects_label = QLabel()
        self.participants_label = QLabel()
        self.declared_label = QLabel()
        self.compare_label = QLabel()
        self.codes_label = QLabel()
        self.codes_label.setWordWrap(True)
        self.codes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.projects_label, self.participants_label, self.declared_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)
            font.setBold(True)
            label.setFont(font)
        grid.addWidget(QLabel(self.tr("可导入的项目")), 0, 0)
        grid.addWidget(QLabel(self.tr("各项目培训人数合计")), 0, 1)
        grid.addWidget(QLabel(self.tr("表中的培训总人次")), 0, 2)
        grid.addWidget(self.projects_label, 1, 0)
        grid.addWidget(self.participants_label, 1, 1)
        grid.addWidget(self.declared_label, 1, 2)
        grid.addWidget(self.compare_label, 2, 1, 1, 2)
        grid.addWidget(QLabel(self.tr("项目代码")), 3, 0)
        grid.addWidget(self.codes_label, 3, 1, 1, 2)
        self.problems_caption = QLabel()
        self.problems = RecordsModel([self.tr("行号"), self.tr("无法导入的原因")], self, right_columns=(0,))
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems)
        fixed_rows(self.problems_view)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.horizontalHeader().resizeSection(0, 60)
        self.warnings = QPlainTextEdit()
        self.warnings.setReadOnly(True)
        self.warnings.setMaximumHeight(80)
        self.warnings_caption = QLabel(self.tr("提示"))
        box = QVBoxLayout(self.report_box)
        box.addLayout(grid)
        box.addWidget(self.problems_caption)
        box.addWidget(self.problems_view, 1)
        box.addWidget(self.warnings_caption)
        box.addWidget(self.warnings)
        self.report_box.hide()

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAutoDefault(False)
        self.skip_button = buttons.addButton(self.tr("全部不导入"), QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setAutoDefault(False)
        self.import_button.hide()
        self.import_button.clicked.connect(self.run_import)
        self.skip_button.clicked.connect(self.skip)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.report_box, 1)
        layout.addStretch(0)
        layout.addWidget(buttons)

        self.browse_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.path.textChanged.connect(lambda _t: self._invalidate())
        self.year.valueChanged.connect(lambda _v: self._invalidate())
        self._invalidate()

    def choose_file(self) -> None:
        start = self.path.text() or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择年度培训计划表"), start,
            self.tr("表格文件 (*.xlsx *.xls *.xlsm *.ods *.csv *.txt);;所有文件 (*)"))
        if name:
            self.path.setText(name)
            self.check()

    def _invalidate(self) -> None:
        """A new file or year: the old report no longer holds."""
        self.report = None
        self.report_box.hide()
        self.import_button.hide()
        self.message.clear_message()
        self.skip_button.setText(self.tr("关闭"))
        self.check_button.setEnabled(bool(self.path.text().strip()))

    # ----- the check (dry run) ---------------------------------------------------------------
    def check(self) -> None:
        path, year = self.path.text().strip(), self.year.value()
        if not path:
            return
        self._invalidate()
        checked = (path, year)
        self.ops.run(lambda office, _progress, _cancel: import_plan_file(office, path, year=year, dry_run=True),
                     label=self.tr("正在检查计划表…"), parent=self,
                     on_done=lambda report: self._checked(checked, report=report),
                     on_error=lambda exc: self._checked(checked, refused=exc))

    def _checked(self, checked: tuple[str, int], *, report: PlanImportReport | None = None,
                 refused: TrainOfficeError | None = None) -> None:
        """A check's outcome, if it is still about the file and year shown; else they are checked again."""
        if checked != (self.path.text().strip(), self.year.value()):
            self.check()
        elif isinstance(refused, PlanYearMismatch):
            self.year.setValue(refused.title_year)  # the year the plan names: checked again for it, and said
            self.check()
            self.message.show_warning(self.tr("计划表标题写的是 {year} 年，计划年度已改为 {year}。").format(
                year=refused.title_year))
        elif refused is not None:
            self._refused(refused)
        else:
            self.show_report(report)

    def _refused(self, exc: TrainOfficeError) -> None:
        self.message.show_error(str(exc))

    def show_report(self, report: PlanImportReport) -> None:
        self.report = report
        self.projects_label.setText(self.tr("{projects} 个（%n 个阶段）", "", report.stages).format(projects=report.projects))
        self.participants_label.setText(self.tr("%n 人次", "", report.participants))
        if report.declared_total is None:
            self.declared_label.setText(self.tr("表中未写"))
            self.compare_label.setText("")
        else:
            self.declared_label.setText(self.tr("%n 人次", "", report.declared_total))
            difference = report.participants - report.declared_total
            if difference == 0:
                self.compare_label.setText(self.tr("✓ 与表中的培训总人次一致"))
                self.compare_label.setStyleSheet("color: #1d6b2f;")
            else:
                text = (self.tr("比表中的培训总人次少 {n} 人次，请核对下面无法导入的行") if difference < 0
                        else self.tr("比表中的培训总人次多 {n} 人次，请核对计划表"))
                self.compare_label.setText(text.format(n=abs(difference)))
                self.compare_label.setStyleSheet(WARNING_STYLE)
        self.codes_label.setText(self.tr("、").join(report.codes) or self.tr("（无）"))
        self.problems.set_items([(e.row, e.message) for e in report.errors])
        self.problems_caption.setText(
            self.tr("无法导入的行：%n 行", "", len(report.errors)) if report.errors else self.tr("没有无法导入的行。"))
        self.problems_caption.setStyleSheet(ERROR_STYLE if report.errors else "")
        self.problems_view.setVisible(bool(report.errors))
        self.warnings.setPlainText("\n".join(report.warnings))
        self.warnings.setVisible(bool(report.warnings))
        self.warnings_caption.setVisible(bool(report.warnings))
        self.report_box.show()
        if report.projects:
            self.import_button.setText(self.tr("导入其余 %n 个项目", "", report.projects) if report.errors
                                       else self.tr("导入 %n 个项目", "", report.projects))
            self.import_button.show()
            self.import_button.setFocus()
        self.skip_button.setText(self.tr("全部不导入"))

    # ----- the import ------------------------------------------------------------------------
    def run_import(self) -> None:
        if self.report is None or not self.report.projects:
            return
        path, year = self.path.text().strip(), self.year.value()
        self.ops.run(lambda office, _progress, _cancel: import_plan_file(office, path, year=year, import_rest=True),
                     label=self.tr("正在导入年度计划…"), changes={"projects", "project_stages", "plans"},
                     on_done=self._imported, on_error=self._refused, parent=self)

    def _imported(self, report: PlanImportReport) -> None:
        year = self.year.value()
        self.ops.say(self.tr("已导入 {year} 年度计划：{projects}，{places}").format(
            year=year, projects=self.tr("%n 个项目", "", report.projects), places=self.tr("%n 人次", "", report.participants)))
        self.sig_imported.emit(year, report.projects)
        self.accept()

    def skip(self) -> None:
        if self.report is not None:
            self.ops.say(self.tr("年度计划未导入。"))
        self.reject()


def suggested_path(name: str) -> str:
    """A file name in the user's Documents folder, for save dialogs."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name)


FILE_FILTERS = {".xlsx": QT_TRANSLATE_NOOP("ProjectDialogs", "Excel 工作簿 (*.xlsx)"),
                ".pdf": QT_TRANSLATE_NOOP("ProjectDialogs", "PDF 文件 (*.pdf)")}


def save_file_name(parent: QWidget, title: str, name: str) -> Path | None:
    """Ask where to save an .xlsx or .pdf (from ``name``'s suffix); None when the user cancels."""
    suffix = Path(name).suffix
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested_path(name), QCoreApplication.translate("ProjectDialogs", FILE_FILTERS[suffix]))
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
