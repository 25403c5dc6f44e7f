"""首次设置: the office's name and its county, asked once when a database has none; or, on a new PC, the
office's backup to start from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainoffice.backups import inspect_backup
from trainoffice.errors import TrainOfficeError
from trainoffice.office import Office, check_identity
from ui.messages import warn
from ui.widgets import EnterMovesOn, FieldMessage, with_message


class FirstStartDialog(QDialog):
    """Asks 单位名称, 县/区名称 and the 6-digit 县区代码; OK stays disabled until all three are right.
    从备份恢复… instead chooses a checked backup (``backup``), which the launcher puts in place."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.backup: Path | None = None
        self.setWindowTitle(self.tr("欢迎使用 TrainOffice"))
        self.setMinimumWidth(500)
        intro = QLabel(self.tr("首次使用，请填写本单位信息。它们会出现在导出的名单、证书和提交包上，以后可在“设置”中修改。"
                               "换了新电脑、已有备份时，请点“从备份恢复…”。"))
        intro.setWordWrap(True)
        path = QLabel(self.tr("数据库文件：{path}").format(path=office.path))
        path.setWordWrap(True)
        path.setStyleSheet("color: #555555;")
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("例如：安仁县教育局教师培训股"))
        self.county_name = QLineEdit()
        self.county_name.setPlaceholderText(self.tr("例如：安仁县"))
        self.county_code = QLineEdit()
        self.county_code.setPlaceholderText(self.tr("6位行政区划代码，例如 431028"))
        self.county_code.setMaxLength(6)
        self.inputs = {"office_name": self.office_name, "county_name": self.county_name,
                       "county_code": self.county_code}
        self.messages = {key: FieldMessage() for key in self.inputs}
        self._touched: set[str] = set()
        form = QFormLayout()
        form.addRow(self.tr("单位名称"), with_message(self.office_name, self.messages["office_name"]))
        form.addRow(self.tr("县/区名称"), with_message(self.county_name, self.messages["county_name"]))
        form.addRow(self.tr("县区代码"), with_message(self.county_code, self.messages["county_code"]))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("开始使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button = buttons.addButton(self.tr("从备份恢复…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setToolTip(self.tr("换了新电脑：选择以前用“文件 › 备份数据库…”保存的备份，从它继续使用"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.choose_backup)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(path)
        layout.addWidget(buttons)
        EnterMovesOn(self).watch(self.office_name, self.county_name)  # Enter on the code saves
        for key, widget in self.inputs.items():
            widget.textEdited.connect(lambda _t, key=key: self._edited(key))
        self.validate()

    def values(self) -> dict[str, str]:
        return {key: widget.text().strip() for key, widget in self.inputs.items()}

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.validate()

    def validate(self) -> dict[str, str]:
        errors = check_identity(**self.values())
        for key, message in self.messages.items():
            if key in errors and key in self._touched:
                message.show_error(errors[key])
            else:
                message.clear_message()
        self.ok_button.setEnabled(not errors)
        return errors

    def save(self) -> None:
        if self.validate():
            self._touched.update(self.inputs)
            self.validate()
            return
        self.office.set_identity(**self.values())
        self.accept()

    def choose_backup(self) -> bool:
        """A backup to start from, checked and confirmed; the dialog then closes for the launcher to restore it."""
        from ui.mainwindow import confirm_restore  # the main window asks the same question

        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("从备份恢复"), str(Path.home()),
                                                      self.tr("TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if not chosen:
            return False
        try:
            info = inspect_backup(chosen, instead_of=self.office.path)
        except TrainOfficeError as exc:
            warn(self, self.tr("这个文件不能用来恢复。"), str(exc))
            return False
        if not confirm_restore(self, info, first_start=True):
            return False
        self.backup = info.path
        self.accept()
        return True
