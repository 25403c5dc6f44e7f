"""设置: the office identity, the hours and credit rules, privacy; one Save writes them all.

Sections are small classes listed in ``SettingsPage.SECTIONS``: to add one, subclass
``SettingsSection`` (ui/settings_section.py), implement ``load``/``values`` (and ``check`` if something
can be wrong, ``attach(ops)`` if it reads the database), and append the class to the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainoffice.credits import cycle_bounds
from trainoffice.errors import ValidationError
from trainoffice.office import Office, check_identity
from ui.certificate_settings import CertificateSection, ContactSection
from ui.messages import save_or_discard
from ui.operations import Operations
from ui.pages.base import Page
from ui.settings_section import SettingsSection
from ui.widgets import FieldMessage, unit_suffix, with_message


class IdentitySection(SettingsSection):
    """单位信息: the names printed on lists, certificates and packets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("IdentitySection", "本单位"), parent)
        self.inputs = {"office_name": QLineEdit(), "county_name": QLineEdit(), "county_code": QLineEdit()}
        self.inputs["county_code"].setMaxLength(6)
        self.messages = {key: FieldMessage() for key in self.inputs}
        labels = {"office_name": self.tr("单位名称"), "county_name": self.tr("县/区名称"),
                  "county_code": self.tr("县区代码")}
        for key, widget in self.inputs.items():
            self.form.addRow(labels[key], with_message(widget, self.messages[key]))
            widget.textEdited.connect(lambda _t: self.check())

    def load(self, settings: dict[str, Any]) -> None:
        for key, widget in self.inputs.items():
            widget.setText(str(settings.get(key) or ""))
        self.check()

    def values(self) -> dict[str, Any]:
        return {key: widget.text().strip() for key, widget in self.inputs.items()}

    def check(self) -> bool:
        errors = check_identity(**self.values())
        for key, message in self.messages.items():
            if key in errors:
                message.show_error(errors[key])
            else:
                message.clear_message()
        return not errors

    def save(self, office: Office) -> None:
        office.set_identity(**self.values())


class HoursSection(SettingsSection):
    """学时与学分: how days and slots become hours, hours become credits, and the targets."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("HoursSection", "学时与学分"), parent)
        self.hours_per_day = self._spin(1, 12, lambda n: self.tr(" 学时", "", n))
        self.hours_per_slot = self._spin(1, 8, lambda n: self.tr(" 学时", "", n))
        self.credits_per_hour = QDoubleSpinBox()
        self.credits_per_hour.setRange(0.1, 10)
        self.credits_per_hour.setDecimals(2)
        self.credits_per_hour.setSingleStep(0.1)
        unit_suffix(self.credits_per_hour, lambda n: self.tr(" 学分", "", n))
        self.credits_per_hour.setMinimumWidth(140)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.annual_target = self._spin(0, 1000, lambda n: self.tr(" 学分", "", n))
        self.cycle_target = self._spin(0, 5000, lambda n: self.tr(" 学时", "", n))
        self.cycle_start_year = self._spin(2000, 2100)
        self.cycle_now = QLabel()  # the cycle this year falls in, counted from the year above
        self.cycle_now.setStyleSheet("color: #555555;")
        self.cycle_start_year.valueChanged.connect(self._show_cycle)
        self.form.addRow(self.tr("集中培训每天"), self.hours_per_day)
        self.form.addRow(self.tr("每个半天时段"), self.hours_per_slot)
        self.form.addRow(self.tr("每学时折合"), self.credits_per_hour)
        self.form.addRow(self.tr("年度学分目标"), self.annual_target)
        self.form.addRow(self.tr("五年周期学时目标"), self.cycle_target)
        cycle = QHBoxLayout()
        cycle.addWidget(self.cycle_start_year)
        cycle.addWidget(self.cycle_now, 1)
        self.form.addRow(self.tr("学时周期起算年份"), cycle)
        note = QLabel(self.tr("依据：集中培训一天折合 6 学时，半天 3 学时；每年不少于 72 学分，五年不少于 360 学时。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        self.form.addRow(note)

    @staticmethod
    def _spin(low: int, high: int, suffix: Callable[[int], str] | None = None) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        if suffix is not None:
            unit_suffix(spin, suffix)
        spin.setMinimumWidth(140)
        return spin

    def _show_cycle(self, first_year: int) -> None:
        start, end = cycle_bounds(dt.date.today().year, first_year)
        self.cycle_now.setText(self.tr("五年一周期，从这一年起算：本周期为 {start}—{end} 年").format(start=start, end=end))

    def load(self, settings: dict[str, Any]) -> None:
        for key in ("hours_per_day", "hours_per_slot", "annual_target", "cycle_target", "cycle_start_year"):
            getattr(self, key).setValue(int(settings[key]))
        self.credits_per_hour.setValue(float(settings["credits_per_hour"]))
        self._show_cycle(self.cycle_start_year.value())

    def values(self) -> dict[str, Any]:
        return {"hours_per_day": self.hours_per_day.value(), "hours_per_slot": self.hours_per_slot.value(),
                "credits_per_hour": round(self.credits_per_hour.value(), 2),
                "annual_target": self.annual_target.value(), "cycle_target": self.cycle_target.value(),
                "cycle_start_year": self.cycle_start_year.value()}


class PrivacySection(SettingsSection):
    """个人信息保护: printed and exported lists mask ID numbers and phones unless this is switched off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PrivacySection", "个人信息保护"), parent)
        self.mask = QCheckBox(self.tr("名单中遮盖身份证号和电话：屏幕上、导出和打印的都遮盖（如 431***********123X）"))
        self.form.addRow(self.mask)

    def load(self, settings: dict[str, Any]) -> None:
        self.mask.setChecked(bool(settings["mask_personal_data"]))

    def values(self) -> dict[str, Any]:
        return {"mask_personal_data": self.mask.isChecked()}


class SettingsPage(Page):
    """设置: every section, one 保存 and one 还原."""

    SECTIONS: tuple[type[SettingsSection], ...] = (IdentitySection, HoursSection, PrivacySection, CertificateSection,
                                                   ContactSection)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.sections = [section() for section in self.SECTIONS]
        for section in self.sections:
            section.attach(ops)
        body = QWidget()
        column = QVBoxLayout(body)
        for section in self.sections:
            section.setMaximumWidth(section.MAX_WIDTH)
            row = QHBoxLayout()
            row.addWidget(section, 1)
            row.addStretch(0)  # takes what is left once the section has reached its width
            column.addLayout(row)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field; the area follows the focus

        self.status = QLabel()
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setToolTip(self.tr("保存全部设置（Ctrl+S）"))
        self.revert_button = QPushButton(self.tr("还原"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.revert_button.clicked.connect(self.load)
        ops.sig_changed.connect(lambda tables: self.load() if "settings" in tables else None)
        self.load()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "设置")

    def load(self) -> None:
        values = self.ops.office.settings.all()
        for section in self.sections:
            section.load(values)
        self._as_loaded = [section.values() for section in self.sections]
        self.status.clear()

    def changed_sections(self) -> list[SettingsSection]:
        """The sections edited since the settings were loaded (or saved)."""
        return [section for section, loaded in zip(self.sections, self._as_loaded, strict=True)
                if section.values() != loaded]

    def page_shown(self) -> None:
        """Keyboard first: the first field (单位名称) takes focus, as a list page's search box does."""
        identity = self.sections[0]
        assert isinstance(identity, IdentitySection)
        identity.inputs["office_name"].setFocus()

    def can_leave(self) -> bool:
        """Leaving with edits not saved (another page, closing the window): 保存 / 放弃 / 取消."""
        changed = self.changed_sections()
        if not changed:
            return True
        answer = save_or_discard(self, self.tr("设置有未保存的修改。"), self.tr("改动的部分：{sections}").format(
            sections=self.tr("、").join(section.title() for section in changed)))
        if answer is None:
            return False
        if answer:
            return self.save()  # a value to correct keeps the user here, with the reason shown
        self.load()
        return True

    def save(self) -> bool:
        if not all([section.check() for section in self.sections]):
            self.status.setText(self.tr("有设置需要更正，未保存。"))
            self.status.setStyleSheet("color: #b3261e;")
            return False
        office = self.ops.office
        try:
            with office.atomic():
                for section in self.sections:
                    section.save(office)
        except ValidationError as exc:
            self.status.setText(str(exc))
            self.status.setStyleSheet("color: #b3261e;")
            return False
        self.ops.announce("settings")
        self.status.setText(self.tr("设置已保存。"))
        self.status.setStyleSheet("")
        self.ops.say(self.tr("设置已保存。"))
        return True
