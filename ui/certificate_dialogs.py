"""The 证书 page's dialogs: print options (打印…), revoking with a reason (作废…), checking a scanned QR (核验证书…),
and 作废并重发… for certificates the results or the ledger no longer support (also offered at 结业)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.certificates import Certificate, Outdated, ReissueResult, verify_text
from trainoffice.errors import TrainOfficeError
from trainoffice.signing import parse_public_key
from ui.messages import inform
from ui.models import HeaderedTableModel
from ui.operations import Operations
from ui.widgets import ERROR_STYLE, WARNING_STYLE, FieldMessage, record_table, with_message
from ui.words import plural_n, term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

OK_STYLE = "color: #1b6e20; font-weight: bold;"
BAD_STYLE = ERROR_STYLE + " font-weight: bold;"


class PrintCertificatesDialog(QDialog):
    """打印…: which certificates (the selection or the whole project) and how (one merged PDF to print
    the batch, or one file per person in a folder), and where."""

    def __init__(self, parent: QWidget | None, *, project_name: str, selected: int, total: int, folder: Path):
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印证书"))
        self._project_name = project_name
        self._folder = folder
        self._suggested = ""
        self.selection = QRadioButton(self.tr("所选的 %n 本", "", selected))
        self.whole = QRadioButton(self.tr("本项目全部有效证书（%n 本）", "", total))
        self.selection.setEnabled(selected > 0)
        (self.selection if selected else self.whole).setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.selection)
        scope.addButton(self.whole)
        self.merged = QRadioButton(self.tr("合并为一个 PDF 文件（整批送打印机）"))
        self.per_person = QRadioButton(self.tr("每人一个 PDF 文件，存入一个文件夹"))
        self.merged.setChecked(True)
        output = QButtonGroup(self)
        output.addButton(self.merged)
        output.addButton(self.per_person)
        self.target = QLineEdit()
        self.browse = QPushButton(self.tr("浏览…"))
        self.message = FieldMessage()
        note = QLabel(self.tr("已作废的证书只在选中时才打印，并印有“已作废”字样。每次打印都会记入打印次数。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("生成 PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

        form = QFormLayout()
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.selection)
        scope_box.addWidget(self.whole)
        output_box = QVBoxLayout()
        output_box.addWidget(self.merged)
        output_box.addWidget(self.per_person)
        form.addRow(self.tr("打印哪些"), scope_box)
        form.addRow(self.tr("输出方式"), output_box)
        form.addRow(self.tr("保存到"), with_message(self.target, self.message, self.browse))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(620, self.sizeHint().height())

        self.merged.toggled.connect(lambda _on: self._suggest())
        self.browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._suggest()

    def _suggest(self) -> None:
        """A name under the folder used last; replaced when the output kind changes, unless typed over."""
        if self.target.text() and self.target.text() != self._suggested:
            return
        name = self._project_name + (self.tr("-结业证书.pdf") if self.merged.isChecked() else self.tr("-结业证书"))
        self._suggested = str(self._folder / name)
        self.target.setText(self._suggested)

    def _browse(self) -> None:
        if self.merged.isChecked():
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("保存证书 PDF"), self.target.text(),
                                                        self.tr("PDF 文件 (*.pdf)"))
        else:
            name = QFileDialog.getExistingDirectory(self, self.tr("选择存放证书的文件夹"), str(self._folder))
        if name:
            self.target.setText(name)

    @property
    def selection_only(self) -> bool:
        return self.selection.isChecked()

    def output(self) -> tuple[Path | None, Path | None]:
        """(merged PDF, per-person folder): one of them is set."""
        text = self.target.text().strip()
        path = Path(text)
        if self.merged.isChecked():
            return (path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")), None
        return None, path

    def _accept(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.message.show_error(self.tr("请选择保存位置。"))
            return
        merged, folder = self.output()
        parent = merged.parent if merged is not None else (folder.parent if folder else None)
        if parent is None or not parent.is_dir():
            self.message.show_error(self.tr("文件夹 {folder} 不存在（U盘已拔出？），请重新选择。").format(folder=parent))
            return
        self.accept()


class RevokeDialog(QDialog):
    """作废…: a reason is required; the number stays with this certificate and is never given again."""

    def __init__(self, parent: QWidget | None, cert: Certificate):
        super().__init__(parent)
        self.cert = cert
        self.setWindowTitle(self.tr("作废证书"))
        text = QLabel(self.tr("作废 {name} 的证书 {number}？").format(name=cert.name, number=cert.number))
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        note = QLabel(self.tr("编号保留，不会再分配给他人；登记表中显示为“已作废”。"
                              "如该学员仍然合格，作废后再点“发放证书”即可补发新编号的证书。"))
        note.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("姓名有误，重新发证"), self.tr("身份证号有误，重新发证"),
                              self.tr("考核结果更正"), self.tr("重复发证"), self.tr("学员申请撤销")])
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("必填：作废原因"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.ok_button = buttons.addButton(self.tr("作废"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(note)
        form = QFormLayout()
        form.addRow(self.tr("作废原因"), self.reason)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())
        self.reason.currentTextChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def reason_text(self) -> str:
        return self.reason.currentText().strip()


class VerifyCertificateDialog(QDialog):
    """核验证书…: a scanned QR text checked offline, with this office's key or a key pasted from another office."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("核验证书二维码"))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("用扫码枪扫描证书上的二维码，或把扫描得到的文字粘贴到这里"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(80)
        signer = ops.office.signer
        self.own_key = QRadioButton()
        if signer.exists():
            self.own_key.setText(self.tr("本单位公钥（指纹 {fingerprint}…）").format(
                fingerprint=" ".join(signer.fingerprint.split()[:4])))
        else:
            self.own_key.setText(self.tr("本单位公钥（尚未签发过证书，还没有密钥）"))
            self.own_key.setEnabled(False)
        self.other_key = QRadioButton(self.tr("其他单位的公钥："))
        self.key_text = QLineEdit()
        self.key_text.setPlaceholderText(self.tr("粘贴公钥（43 个字符），或公钥文件的路径"))
        (self.own_key if signer.exists() else self.other_key).setChecked(True)
        keys = QButtonGroup(self)
        keys.addButton(self.own_key)
        keys.addButton(self.other_key)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_key)
        other_row.addWidget(self.key_text, 1)

        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = {key: QLabel() for key in ("number", "name", "project", "hours", "issued_on", "register")}
        for label in self.fields.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        details = QFormLayout()
        details.addRow(self.tr("证书编号"), self.fields["number"])
        details.addRow(self.tr("姓名"), self.fields["name"])
        details.addRow(self.tr("培训项目"), self.fields["project"])
        details.addRow(self.tr("学时"), self.fields["hours"])
        details.addRow(self.tr("发证日期"), self.fields["issued_on"])
        details.addRow(self.tr("本单位登记"), self.fields["register"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.own_key)
        layout.addLayout(other_row)
        layout.addWidget(self.verdict)
        layout.addLayout(details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.text.textChanged.connect(self.check)
        self.key_text.textChanged.connect(lambda _t: self.other_key.setChecked(True) or self.check())
        self.own_key.toggled.connect(lambda _on: self.check())
        self.check()

    @property
    def valid(self) -> bool:
        return self.verdict.property("valid") is True

    def check(self) -> None:
        """Check as the text and key are given: the signature first, then this office's register."""
        for label in self.fields.values():
            label.clear()
            label.setStyleSheet("")
        text = self.text.toPlainText().strip()
        if not text:
            self._verdict(None, self.tr("等待扫描或粘贴二维码内容。"))
            return
        own = self.own_key.isChecked()
        try:  # with the office's own key, its register too: a revoked certificate is not valid
            checked = (self.ops.office.certificates.verify(text) if own
                       else verify_text(text, parse_public_key(self.key_text.text())))
        except TrainOfficeError as exc:
            self._verdict(False, str(exc))
            return
        payload = checked.payload
        cert = checked.registered
        if payload is not None:
            self.fields["number"].setText(payload.number)
            self.fields["name"].setText(payload.name)
            self.fields["project"].setText(payload.project)
            self.fields["hours"].setText(f"{payload.hours:g}")
            self.fields["issued_on"].setText(payload.issued_on)
        if cert is not None and cert.revoked:
            self.fields["register"].setText(self.tr("已作废（{when}，{reason}）").format(
                when=cert.revoked_at, reason=cert.revoke_reason))
            self.fields["register"].setStyleSheet(BAD_STYLE)
        elif own and checked.valid:
            self.fields["register"].setText(self.tr("有效") if cert else
                                            self.tr("未找到此编号（可能来自另一个数据库）"))
        if not checked.valid:
            self._verdict(False, self.tr("✘ 无效：") + checked.problem)
            return
        self._verdict(True, self.tr("✔ 签名有效：证书内容未被改动，由该公钥的单位签发。"))

    def _verdict(self, valid: bool | None, text: str) -> None:
        self.verdict.setText(text)
        self.verdict.setProperty("valid", valid)
        self.verdict.setStyleSheet(OK_STYLE if valid else BAD_STYLE if valid is False else "color: #555555;")


class OutdatedModel(HeaderedTableModel):
    """The certificates to revoke and reissue: what each states, what the results and ledger say now, and
    the 作废原因 (filled in from the change, editable)."""

    REASON = 4

    def __init__(self, outdated: Sequence[Outdated], occasion: str, parent=None):
        super().__init__(parent)
        self.outdated = list(outdated)
        self.reasons = [o.reason(occasion) for o in self.outdated]
        self._headers = [self.tr("证书编号"), self.tr("姓名"), self.tr("证书上"), self.tr("现在"), self.tr("作废原因")]

    def _now(self, o: Outdated) -> str:
        if not o.on_roster:
            return self.tr("已不在参培名单，不再发证")
        if not o.qualifies:
            return self.tr("{result}，不再发证").format(result=term(o.result) or self.tr("考核结果未录入齐全"))
        return self.tr("{hours} 学时，{result}，重发新证", "", plural_n(o.hours)).format(hours=f"{o.hours:g}",
                                                                                   result=term(o.result))

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.outdated)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        o = self.outdated[index.row()]
        cert = o.certificate
        return (cert.number, cert.name, self.tr("{hours} 学时，{result}", "", plural_n(cert.hours)).format(
                    hours=f"{cert.hours:g}", result=term(cert.result)),
                self._now(o), self.reasons[index.row()])[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.REASON else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.REASON or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if not text:
            return False  # a revocation always has a reason: an emptied cell keeps the one filled in
        self.reasons[index.row()] = text
        self.dataChanged.emit(index, index)
        return True

    def reason_by_certificate(self) -> dict[int, str]:
        return {o.certificate.id: reason for o, reason in zip(self.outdated, self.reasons, strict=True)}


class ReissueDialog(QDialog):
    """作废并重发…: the certificates the results or the ledger no longer support, named, with their reasons;
    one click revokes them all (numbers kept) and, on a worker, issues new ones to those who still qualify,
    then says what was done, by name. Opened at 结业 (``ui/project_detail.py``) and from the 证书 page."""

    def __init__(self, ops: Operations, parent: QWidget | None, *, project_id: int, project_name: str,
                 outdated: Sequence[Outdated], occasion: str = "更正后", intro: str = ""):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        self.occasion = occasion
        self.setWindowTitle(self.tr("作废并重发证书"))
        heading = QLabel(self.tr("“{project}”有 %n 本证书与考核结果或学时档案不符", "", len(outdated))
                         .format(project=project_name))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        note = QLabel(self.tr("证书上的学时和考核结果必须与学时档案一致。作废后原编号保留，登记表中显示“已作废”；"
                              "仍然合格的学员按现在登记的学时重发新编号的证书，不再合格的不再发证。"
                              "作废原因已按更改填写，可双击修改。"))
        note.setWordWrap(True)
        later = QLabel(self.tr("选“稍后处理”：这些证书暂不能打印，也不能放入提交包，"
                               "之后可在“证书”页点“作废并重发…”。"))
        later.setWordWrap(True)
        later.setStyleSheet(WARNING_STYLE)
        self.model = OutdatedModel(outdated, occasion, self)
        self.table: QTableView = record_table(self.model, (170, 70, 110, 170, 260))
        self.table.setEditTriggers(QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed
                                   | QTableView.EditTrigger.AnyKeyPressed)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(self.tr("稍后处理"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button = buttons.addButton(self.tr("作废并重发 %n 本", "", len(outdated)),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button.setDefault(True)  # revoking cannot be undone: Enter never does it
        layout = QVBoxLayout(self)
        if intro:
            self.intro = QLabel(intro)
            self.intro.setWordWrap(True)
            layout.addWidget(self.intro)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.resize(860, min(560, 300 + 30 * len(outdated)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def reasons(self) -> dict[int, str]:
        """Certificate id -> 作废原因 as shown (edited or filled in)."""
        return self.model.reason_by_certificate()

    def accept(self) -> None:
        reasons, project_id, occasion = self.reasons(), self.project_id, self.occasion
        super().accept()
        self.ops.run(lambda office, progress, cancel: office.certificates.reissue(project_id, reasons=reasons,
                                                                                  occasion=occasion),
                     label=self.tr("正在作废并重发证书…"), changes={"certificates", "signing_keys"},
                     on_done=self._done, parent=self.parentWidget())

    def _done(self, result: ReissueResult) -> None:
        text = self.tr("已作废 %n 本证书，重发 {reissued} 本。", "", len(result.revoked)).format(reissued=result.reissued)
        others = len(result.issue.issued) - result.reissued
        lines = result.lines()
        if others > 0:
            lines.append(self.tr("另为 %n 名合格学员新发证书。", "", others))
        if result.issue.issued:
            lines.append(self.tr("新证书请在“证书”页打印。"))
        self.ops.say(text)
        inform(self.parentWidget(), text, "\n".join(lines))
