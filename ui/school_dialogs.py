"""学校 dialogs: create or edit a school (checked as the user types) and merge two schools."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import ValidationError
from trainoffice.registry import STAGES, School
from ui.messages import confirm
from ui.operations import Operations
from ui.widgets import EnterMovesOn, FieldMessage, SchoolCombo, with_message
from ui.words import term


class SchoolDialog(QDialog):
    """Create (``school_id=None``) or edit a school. Open it with ``open()``; it saves on its own."""

    sig_saved = Signal(int)
    """The school's id after a successful save."""

    def __init__(self, ops: Operations, school_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self._registry = ops.office.registry
        self._school = self._registry.school(school_id) if school_id else School()
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("编辑学校：{name}").format(name=self._school.name) if school_id
                            else self.tr("新建学校"))
        self.setMinimumWidth(480)

        self.name = QLineEdit(self._school.name)
        self.name.setPlaceholderText(self.tr("例如：安仁县城关小学"))
        self.code = QLineEdit(self._school.code or "")
        self.code.setPlaceholderText(self.tr("学校标识码，可不填"))
        self.township = QComboBox()
        self.township.setEditable(True)
        self.township.addItems(["", *self._registry.townships()])
        self.township.setEditText(self._school.township)
        self.stage_boxes = {stage: QCheckBox(term(stage)) for stage in STAGES}
        chosen = set(filter(None, self._school.stages.split("、")))
        stages_row = QWidget()
        row = QHBoxLayout(stages_row)
        row.setContentsMargins(0, 0, 0, 0)
        for stage, box in self.stage_boxes.items():
            box.setChecked(stage in chosen)
            row.addWidget(box)
        row.addStretch(1)
        self.rural = QCheckBox(self.tr("乡村学校"))
        self.rural.setChecked(self._school.rural)
        self.private = QCheckBox(self.tr("民办学校"))
        self.private.setChecked(self._school.private)
        self.messages = {key: FieldMessage() for key in ("name", "code", "township", "stages")}

        form = QFormLayout()
        form.addRow(self.tr("学校名称 *"), with_message(self.name, self.messages["name"]))
        form.addRow(self.tr("学校代码"), with_message(self.code, self.messages["code"]))
        form.addRow(self.tr("乡镇"), with_message(self.township, self.messages["township"]))
        form.addRow(self.tr("学段"), with_message(stages_row, self.messages["stages"]))
        form.addRow(self.tr("类别"), self._pair(self.rural, self.private))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setAutoDefault(False)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        enter = EnterMovesOn(self)
        enter.watch(self.name, self.code, self.township, *self.stage_boxes.values(), self.rural, self.private)
        self.name.textChanged.connect(lambda _t: self._edited("name"))
        self.code.textChanged.connect(lambda _t: self._edited("code"))
        self.township.currentTextChanged.connect(lambda _t: self._edited("township"))
        for box in self.stage_boxes.values():
            box.toggled.connect(lambda _on: self._edited("stages"))
        self.validate()

    @staticmethod
    def _pair(*widgets: QWidget) -> QWidget:
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return cell

    def school_from_form(self) -> School:
        stages = "、".join(stage for stage, box in self.stage_boxes.items() if box.isChecked())
        return School(id=self._school.id, name=self.name.text(), code=self.code.text().strip() or None,
                      township=self.township.currentText(), stages=stages, rural=self.rural.isChecked(),
                      private=self.private.isChecked(), active=self._school.active)

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def validate(self) -> dict[str, str]:
        errors = self._registry.check_school(self.school_from_form())
        for key, message in self.messages.items():
            if key in errors and (key in self._touched or key != "name"):
                message.show_error(errors[key])
            else:
                message.clear_message()
        self.save_button.setEnabled(not errors)
        return errors

    def save(self) -> None:
        if self.validate():
            self._touched.add("name")
            self.validate()
            return
        try:
            school_id = self._registry.save_school(self.school_from_form())
        except ValidationError as exc:
            self.messages.get(exc.field or "name", self.messages["name"]).show_error(str(exc))
            return
        self.ops.announce("schools")
        self.sig_saved.emit(school_id)
        self.accept()


class MergeSchoolsDialog(QDialog):
    """合并学校: one school is folded into another (teachers and open projects' places move, history stays);
    asks first."""

    sig_merged = Signal(int)
    """The id of the school that was kept."""

    def __init__(self, ops: Operations, school_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self._registry = ops.office.registry
        self.setWindowTitle(self.tr("合并学校"))
        self.setMinimumWidth(520)
        schools = self._registry.schools(include_inactive=True)
        self._counts = {s.id: s.teacher_count for s in schools}
        self.keep = SchoolCombo()  # only an active school can be kept: the editor offers no other
        self.keep.set_schools([s for s in schools if s.active], self._registry.county_name, keep=False)
        self.merge = SchoolCombo()
        self.merge.set_schools(schools, self._registry.county_name, keep=False)
        self.merge.set_school_id(school_id)
        self.keep.set_school_id(None)
        self.message = FieldMessage()
        self.intro = QLabel(self.tr("把一所学校并入另一所（例如撤并的村小）：其教师，以及计划、开班中项目的参培名单和指标，"
                                    "转到保留的学校；已结业、归档项目的名单和教师以往的任职记录不变，仍记原学校。"
                                    "被并入的学校停用并注明“已并入”。"))
        self.intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("被并入的学校"), self.merge)
        form.addRow(self.tr("保留的学校"), with_message(self.keep, self.message))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("合并…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.do_merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        EnterMovesOn(self).watch(self.merge, self.keep)
        self.keep.sig_school_changed.connect(self._update)
        self.merge.sig_school_changed.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        keep, merge = self.keep.school_id(), self.merge.school_id()
        if keep is not None and keep == merge:
            self.message.show_error(self.tr("请选择两所不同的学校"))
        else:
            self.message.clear_message()
        self.ok_button.setEnabled(keep is not None and merge is not None and keep != merge)

    def do_merge(self) -> None:
        keep, merge = self.keep.school_id(), self.merge.school_id()
        if keep is None or merge is None or keep == merge:
            return
        text = self.tr("把“{merge}”并入“{keep}”？").format(merge=self.merge.currentText(), keep=self.keep.currentText())
        detail = self.tr("“{merge}”的 %n 名在职教师，以及计划、开班中项目的名单和指标，将转到“{keep}”；"
                         "已结业、归档项目的名单和以往任职记录仍记“{merge}”。“{merge}”将停用。此操作不能撤销。", "",
                         self._counts.get(merge, 0)).format(merge=self.merge.currentText(), keep=self.keep.currentText())
        if not confirm(self, text, ok_text=self.tr("合并"), detail=detail):
            return
        try:
            self._registry.merge_schools(keep_id=keep, merge_id=merge)
        except ValidationError as exc:
            self.message.show_error(str(exc))
            return
        self.ops.announce("schools", "teachers", "teacher_postings", "enrollments", "quotas")
        self.sig_merged.emit(keep)
        self.accept()
