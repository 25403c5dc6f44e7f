"""学时登记 dialogs: a manual entry (新增 or 更正), a resource's 80 credits split among its authors, a 冲销.

Each dialog saves through the credits service on its own and shows the core's refusal under the field
it names; nothing on the ledger is ever edited: 更正 and 冲销 add reversal rows with the reason.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trainoffice.credits import MANUAL_CATEGORIES, RESOURCE_CREDITS, LedgerRow
from trainoffice.errors import TrainOfficeError, ValidationError
from ui.hours_models import number
from ui.messages import confirm
from ui.operations import Operations
from ui.teacher_picker import TeacherPicker
from ui.widgets import ERROR_STYLE, DateField, EnterMovesOn, FieldMessage, GrowsForMessages, with_message
from ui.words import plural_n, term

WARNING_OK_STYLE = "color: #1b5e20;"


class _Form(GrowsForMessages, QDialog):
    """Save / Cancel buttons and one message line per field, filled from the core's ValidationError.field."""

    def __init__(self, parent: QWidget | None, fields: tuple[str, ...]):
        super().__init__(parent)
        self.messages = {name: FieldMessage() for name in fields}
        self.general = FieldMessage()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QCoreApplication.translate("LedgerDialogs", "保存"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QCoreApplication.translate("LedgerDialogs", "取消"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setAutoDefault(False)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)  # as the teacher editor saves
        self._enter = EnterMovesOn(self)

    def clear_messages(self) -> None:
        for message in (*self.messages.values(), self.general):
            message.clear_message()

    def show_error(self, exc: TrainOfficeError) -> None:
        field = getattr(exc, "field", None)
        (self.messages.get(field) or self.general).show_error(str(exc))

    def save(self) -> None:
        raise NotImplementedError


class LedgerEntryDialog(_Form):
    """新增 a manual entry for a teacher, or 更正 one (``correcting``): category, date, hours, credits, evidence."""

    sig_saved = Signal(int)
    """The new ledger row's id."""

    def __init__(self, ops: Operations, teacher_id: int, parent: QWidget | None = None, *,
                 correcting: LedgerRow | None = None):
        super().__init__(parent, ("category", "date", "hours", "credits", "evidence", "reason"))
        self.ops = ops
        self.teacher_id = teacher_id
        self.correcting = correcting
        teacher = ops.office.registry.teacher(teacher_id)
        per_hour = float(ops.office.settings.get("credits_per_hour"))
        self.setWindowTitle(self.tr("更正学时记录：{name}").format(name=teacher.name) if correcting
                            else self.tr("新增学时记录：{name}").format(name=teacher.name))
        self.setMinimumWidth(520)

        self.category = QComboBox()
        for category in MANUAL_CATEGORIES:
            self.category.addItem(term(category, "CreditCategory"), category)
        self.date = DateField(dt.date.fromisoformat(correcting.date) if correcting else dt.date.today())
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.credits = QLineEdit()
        self.credits.setPlaceholderText(self.tr("不填则按学时折算（1 学时 = {rate:g} 学分）", "", plural_n(per_hour)).format(
            rate=per_hour))
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("例如：2026年上学期校本研修登记表"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：登记表学时抄错"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")

        form = QFormLayout()
        form.addRow(self.tr("类别"), with_message(self.category, self.messages["category"]))
        form.addRow(self.tr("日期"), with_message(self.date, self.messages["date"]))
        form.addRow(self.tr("学时"), with_message(self.hours, self.messages["hours"]))
        form.addRow(self.tr("学分"), with_message(self.credits, self.messages["credits"]))
        form.addRow(self.tr("佐证材料"), with_message(self.evidence, self.messages["evidence"]))
        if correcting:
            if self.category.findData(correcting.category) < 0:  # 项目培训: the core explains on saving
                self.category.addItem(term(correcting.category, "CreditCategory"), correcting.category)
            self.category.setCurrentIndex(self.category.findData(correcting.category))
            self.category.setEnabled(False)  # a correction keeps the category; reverse and add to change it
            self.hours.setValue(correcting.hours)
            if abs(correcting.credits - correcting.hours * per_hour) > 1e-9:
                self.credits.setText(number(correcting.credits))
            self.evidence.setText(correcting.evidence)
            form.addRow(self.tr("更正原因 *"), with_message(self.reason, self.messages["reason"]))
            self.hint.setText(self.tr("原记录：{date} {category} {hours} {credits}。保存后原记录被冲销，"
                                      "并按更正后的内容新登记一条。").format(
                date=correcting.date, category=term(correcting.category, "CreditCategory"),
                hours=self.tr("{hours} 学时", "", plural_n(correcting.hours)).format(hours=number(correcting.hours)),
                credits=self.tr("{credits} 学分", "", plural_n(correcting.credits)).format(
                    credits=number(correcting.credits))))
        else:
            self.reason.hide()
            self.category.currentIndexChanged.connect(self._category_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self._enter.watch(self.category, self.date, self.hours, self.credits, self.evidence, self.reason)
        (self.hours if correcting else self.category).setFocus()

    def _category_hint(self) -> None:
        self.hint.setText(self.tr("一项资源由几位作者共享 80 学分时，请用“资源建设 80 学分分配…”。")
                          if self.category.currentData() == "资源建设" else "")

    def _credits(self) -> float | None:
        text = self.credits.text().strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValidationError(self.tr("学分“{text}”不是数字").format(text=text), field="credits") from None

    def save(self) -> None:
        self.clear_messages()
        credits = self.ops.office.credits
        try:
            value = self._credits()
            amount, annual = max(self.hours.value(), value or 0), float(self.ops.office.settings.get("annual_target"))
            if amount > annual and not confirm(
                    self, self.tr("一条记录 {amount} 学时（学分），超过一年的目标 {annual}。", "", plural_n(amount)).format(
                        amount=number(amount), annual=number(annual)),
                    ok_text=self.tr("核对无误，保存"), detail=self.tr("请对照佐证材料核对：是不是多输了一个 0？")):
                self.hours.setFocus()
                return
            if self.correcting:
                new_id = credits.correct_entry(self.correcting.id, reason=self.reason.text(),
                                               hours=self.hours.value(), credits=value, on=self.date.date().isoformat(),
                                               evidence=self.evidence.text())
            else:
                new_id = credits.add_entry(teacher_id=self.teacher_id, category=self.category.currentData(),
                                           on=self.date.date().isoformat(), hours=self.hours.value(), credits=value,
                                           evidence=self.evidence.text())
        except TrainOfficeError as exc:
            self.show_error(exc)
            return
        self.ops.announce("ledger")
        self.sig_saved.emit(new_id)
        self.accept()


class ReverseDialog(_Form):
    """冲销 a ledger line: the reason is required; the line stays visible, struck out, beside its reversal."""

    sig_saved = Signal(int)
    """The reversal row's id."""

    def __init__(self, ops: Operations, row: LedgerRow, parent: QWidget | None = None):
        super().__init__(parent, ("reason",))
        self.ops = ops
        self.row = row
        self.setWindowTitle(self.tr("冲销学时记录"))
        self.setMinimumWidth(480)
        self.save_button.setText(self.tr("冲销"))
        what = QLabel(self.tr("冲销 {date} {title}：{hours}，{credits}。原记录保留，另登记一条负数记录抵消它。").format(
            date=row.date, title=row.title if row.project_name else term(row.category, "CreditCategory"),
            hours=self.tr("{hours} 学时", "", plural_n(row.hours)).format(hours=number(row.hours)),
            credits=self.tr("{credits} 学分", "", plural_n(row.credits)).format(credits=number(row.credits))))
        what.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：重复登记"))
        form = QFormLayout()
        form.addRow(self.tr("冲销原因 *"), with_message(self.reason, self.messages["reason"]))
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.clear_messages()
        try:
            reversal = self.ops.office.credits.reverse_entry(self.row.id, reason=self.reason.text())
        except TrainOfficeError as exc:
            self.show_error(exc)
            return
        self.ops.announce("ledger")
        self.sig_saved.emit(reversal)
        self.accept()


class ResourceSplitDialog(_Form):
    """资源建设: an accepted resource's 80 credits split among its authors; the live sum must come to 80."""

    sig_saved = Signal(list)
    """The new ledger rows' ids (one per author)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, first_author: int | None = None):
        super().__init__(parent, ("title", "date", "shares"))
        self.ops = ops
        self.setWindowTitle(self.tr("资源建设 {total:g} 学分分配").format(total=RESOURCE_CREDITS))
        self.setMinimumWidth(640)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("例如：《分数的初步认识》优质课例"))
        self.date = DateField(dt.date.today())
        self.authors: list[tuple[TeacherPicker, QDoubleSpinBox, QToolButton]] = []
        self._grid = QGridLayout()
        self._grid.addWidget(QLabel(self.tr("作者")), 0, 0)
        self._grid.addWidget(QLabel(self.tr("学分")), 0, 1)
        authors = QWidget()
        authors.setLayout(self._grid)
        self.add_button = QPushButton(self.tr("添加作者"))
        self.sum_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("资源名称 *"), with_message(self.title, self.messages["title"]))
        form.addRow(self.tr("入库日期"), with_message(self.date, self.messages["date"]))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("作者及其学分（由项目负责人按贡献分配，合计应为 {total:g} 学分）：").format(
            total=RESOURCE_CREDITS)))
        layout.addWidget(authors)
        layout.addWidget(self.add_button)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.messages["shares"])
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(lambda: self.add_author())
        self.add_author(first_author, RESOURCE_CREDITS if first_author else 0.0)
        self._update_sum()
        self.title.setFocus()

    def add_author(self, teacher_id: int | None = None, share: float = 0.0) -> TeacherPicker:
        picker = TeacherPicker(self.ops.office.registry, include_left=False)
        spin = QDoubleSpinBox()
        spin.setRange(0, RESOURCE_CREDITS)
        spin.setDecimals(1)
        spin.setValue(share)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("去掉这位作者"))
        row = len(self.authors) + 1
        self._grid.addWidget(picker, row, 0)
        self._grid.addWidget(spin, row, 1)
        self._grid.addWidget(remove, row, 2)
        entry = (picker, spin, remove)
        self.authors.append(entry)
        spin.valueChanged.connect(lambda _v: self._update_sum())
        remove.clicked.connect(lambda: self._remove(entry))
        if teacher_id is not None:
            picker.set_teacher(teacher_id)
        return picker

    def _remove(self, entry: tuple[TeacherPicker, QDoubleSpinBox, QToolButton]) -> None:
        self.authors.remove(entry)
        for widget in entry:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._update_sum()

    def total(self) -> float:
        return round(sum(spin.value() for _, spin, _ in self.authors), 4)

    def _update_sum(self) -> None:
        total = self.total()
        if abs(total - RESOURCE_CREDITS) < 1e-6:
            self.sum_label.setText(self.tr("合计 {total} 学分 ✓", "", plural_n(total)).format(total=number(total)))
            self.sum_label.setStyleSheet(WARNING_OK_STYLE)
        else:
            self.sum_label.setText(self.tr("合计 {total}，应为 {target:g} 学分（还差 {left}）").format(
                total=self.tr("{credits} 学分", "", plural_n(total)).format(credits=number(total)),
                target=RESOURCE_CREDITS, left=number(RESOURCE_CREDITS - total)))
            self.sum_label.setStyleSheet(ERROR_STYLE)

    def save(self) -> None:
        self.clear_messages()
        shares = []
        for n, (picker, spin, _) in enumerate(self.authors, start=1):
            if picker.teacher_id is None:
                self.messages["shares"].show_error(
                    self.tr("第 {n} 位作者：请输入姓名并从列表中选择教师").format(n=n))
                picker.setFocus()
                return
            shares.append((picker.teacher_id, spin.value()))
        try:
            ids = self.ops.office.credits.add_resource(title=self.title.text(), on=self.date.date().isoformat(), shares=shares)
        except TrainOfficeError as exc:
            self.show_error(exc)
            return
        self.ops.announce("ledger")
        self.sig_saved.emit(list(ids))
        self.accept()
