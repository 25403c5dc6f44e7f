"""提交包: make the signed packet of a project or a year for the city centre, list those made, verify one.

The packet is written on a worker into the chosen folder (a USB drive is just a folder); the core
builds it under a temporary name, renames, reads it back and verifies it, and only then is success
shown. A full, read-only or removed drive, or a name that exists, is reported with the core's
message, and nothing is left behind. The office's public key (and its fingerprint, to read out on
the phone) is shown here so the city centre can check packets and certificate QR codes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import TrainOfficeError
from trainoffice.files import atomic_output
from trainoffice.packet import FINISHED, PacketRecord, PacketResult, VerifyReport, verify_packet
from trainoffice.signing import key_file_text
from ui.messages import inform, warn
from ui.models import HeaderedTableModel
from ui.operations import Operations
from ui.pages.base import Page
from ui.widgets import FieldMessage, record_table, with_message
from ui.words import term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
COLUMN_WIDTHS = (125, 170, 250, 140, 90, 300)
FILE_COLUMN, CONTENTS_COLUMN = 2, 5


def file_size_text(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size / 1024, 0.1):.0f} KB"


class PacketHistoryModel(HeaderedTableModel):
    """提交包记录: every packet made from this database, newest first (a handful a year)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[PacketRecord] = []
        self._scopes: dict[int, str] = {}
        self._headers = [self.tr("生成时间"), self.tr("范围"), self.tr("文件"), self.tr("位置"),
                         self.tr("文件 SHA-256"), self.tr("内容")]

    def set_records(self, records: list[PacketRecord], scopes: dict[int, str]) -> None:
        """``scopes``: record id -> what it covers (the project's name, or 2025年度)."""
        self.beginResetModel()
        self._records, self._scopes = list(records), dict(scopes)
        self.endResetModel()

    def record(self, row: int) -> PacketRecord:
        return self._records[row]

    def counts_text(self, counts: dict[str, Any]) -> str:
        """The counts a packet declares, in the words of the workbook's sheets."""
        return " · ".join((self.tr("项目 %n 个", "", counts.get("projects", 0)),
                           self.tr("名单 %n 人次", "", counts.get("enrollments", 0)),
                           self.tr("考勤 %n 条", "", counts.get("attendance", 0)),
                           self.tr("学时 %n 条", "", counts.get("ledger", 0)),
                           self.tr("证书 %n 本", "", counts.get("certificates", 0))))

    def _values(self, r: PacketRecord) -> tuple[str, ...]:
        path = Path(r.path)
        return (r.created_at[:16], self._scopes.get(r.id, ""), path.name, str(path.parent),
                r.sha256[:8] + "…", self.counts_text(r.counts))

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._values(record)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 4:
                return record.sha256
            if not Path(record.path).is_file():
                return self.tr("文件已不在原处（U盘已拔出或文件已移走）")
            return record.path
        if role == Qt.ItemDataRole.ForegroundRole and not Path(record.path).is_file():
            return QColor("#888888")
        return None



class PacketsPage(Page):
    """提交包: choose what and where, make it (verified before success), the list of packets, the office key."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        # --- make a packet
        self.project_scope = QRadioButton(self.tr("一个项目(&J)"))
        self.year_scope = QRadioButton(self.tr("年度包(&Y)（该年已结业的项目，另含学校学分达标和五年周期完成情况）"))
        self.project_scope.setChecked(True)
        scope_group = QButtonGroup(self)
        scope_group.addButton(self.project_scope)
        scope_group.addButton(self.year_scope)
        self.project_combo = QComboBox()
        self.project_combo.setMinimumContentsLength(40)
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_combo = QComboBox()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("选择保存的文件夹，U盘也可以"))
        self.browse_button = QPushButton(self.tr("浏览(&B)…"))
        self.folder_message = FieldMessage()
        self.full_numbers = QCheckBox(self.tr("汇总表和提交报告中完整显示身份证号、电话（市中心要求核对时勾选；签到表仍遮盖）"))
        self.generate_button = QPushButton(self.tr("生成提交包(&G)"))
        self.generate_button.setDefault(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        scope_grid = QFormLayout()
        project_row = QHBoxLayout()
        project_row.addWidget(self.project_scope)
        project_row.addWidget(self.project_combo, 1)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_scope)
        year_row.addWidget(self.year_combo)
        year_row.addStretch(1)
        scope_grid.addRow(self.tr("范围"), project_row)
        scope_grid.addRow("", year_row)
        scope_grid.addRow(self.tr("保存到(&S)"), with_message(self.folder, self.folder_message, self.browse_button))
        scope_grid.addRow(self.tr("个人信息"), self.full_numbers)
        make_box = QGroupBox(self.tr("生成提交包"))
        make_layout = QVBoxLayout(make_box)
        make_layout.addLayout(scope_grid)
        go_row = QHBoxLayout()
        note = QLabel(self.tr("提交包写入后会重新读取并逐项核验，核验通过才算成功。"))
        note.setStyleSheet("color: #555555;")
        go_row.addWidget(note, 1)
        go_row.addWidget(self.generate_button)
        make_layout.addLayout(go_row)
        make_layout.addWidget(self.result_label)

        # --- the office key
        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        self.copy_key_button = QPushButton(self.tr("复制公钥"))
        self.copy_key_button.setToolTip(self.tr("复制公钥和指纹的文字，发给市中心备案"))
        self.export_key_button = QPushButton(self.tr("导出公钥文件…"))
        key_box = QGroupBox(self.tr("本单位签名公钥（市中心用它核验提交包和证书二维码）"))
        key_row = QHBoxLayout(key_box)
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.copy_key_button)
        key_row.addWidget(self.export_key_button)

        # --- history
        self.model = PacketHistoryModel(self)
        self.table = record_table(self.model, COLUMN_WIDTHS)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a packet's name ends in its date
        header = self.table.horizontalHeader()  # the counts in full, in either language; the file name gives way
        header.setSectionResizeMode(CONTENTS_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.open_folder_button = QPushButton(self.tr("打开所在文件夹"))
        self.verify_button = QPushButton(self.tr("核验…"))
        self.verify_button.setToolTip(self.tr("核验一个提交包（本单位生成的，或U盘上的副本）：文件完整、签名、数据一致"))
        history_box = QGroupBox(self.tr("已生成的提交包"))
        history_layout = QVBoxLayout(history_box)
        history_actions = QHBoxLayout()
        history_actions.addWidget(self.open_folder_button)
        history_actions.addWidget(self.verify_button)
        history_actions.addStretch(1)
        history_layout.addLayout(history_actions)
        history_layout.addWidget(self.table, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(make_box)
        layout.addWidget(key_box)
        layout.addWidget(history_box, 1)

        self.project_combo.currentIndexChanged.connect(lambda _i: self.project_scope.setChecked(True))
        self.year_combo.activated.connect(lambda _i: self.year_scope.setChecked(True))
        self.browse_button.clicked.connect(self.choose_folder)
        self.generate_button.clicked.connect(self.generate)
        self.copy_key_button.clicked.connect(self.copy_public_key)
        self.export_key_button.clicked.connect(self.export_public_key)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.verify_button.clicked.connect(self.verify_chosen)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        ops.sig_changed.connect(self._changed)
        self.folder.setText(ops.office.settings.get("packet_folder") or "")
        self.reload()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("PacketsPage", "提交包")

    # ----- what is shown -------------------------------------------------------------------
    def reload(self) -> None:
        office = self.ops.office
        rows = office.projects.rows()
        names = {row.project.id: row.project.name for row in rows}
        current_project, current_year = self.project_combo.currentData(), self.year_combo.currentData()
        for combo in (self.project_combo, self.year_combo):
            combo.blockSignals(True)
            combo.clear()
        for row in rows:
            p = row.project
            self.project_combo.addItem(self.tr("{code}  {name}（{status}）").format(
                code=p.code, name=p.name, status=term(p.status)), p.id)
        for year in office.projects.years():
            self.year_combo.addItem(self.tr("{year}年").format(year=year), year)
        # at first a finished project (结业 before 归档) and the newest year with one (rows are newest year
        # first): a packet holds finished training only
        if self.project_combo.findData(current_project) < 0:
            current_project = next((row.project.id for status in FINISHED for row in rows
                                    if row.project.status == status), None)
        if self.year_combo.findData(current_year) < 0:
            current_year = next((row.project.year for row in rows if row.project.status in FINISHED), None)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(current_project), 0))
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current_year), 0))
        for combo in (self.project_combo, self.year_combo):
            combo.blockSignals(False)
        records = office.packets.history()
        scopes = {r.id: names.get(r.project_id, "") if r.project_id is not None
                  else self.tr("{year}年度").format(year=r.year) for r in records}
        self.model.set_records(records, scopes)
        masking = bool(office.settings.get("mask_personal_data"))  # without it, the numbers are full anyway
        self.full_numbers.setEnabled(masking)
        self.full_numbers.setChecked(not masking)  # each packet starts from the office's default
        self._show_key()
        self._update_buttons()

    def _show_key(self) -> None:
        signer = self.ops.office.signer
        if signer.exists():
            self.key_label.setText(self.tr("指纹：{fingerprint}").format(fingerprint=signer.fingerprint))
        else:
            self.key_label.setText(self.tr("尚未生成：发放第一批证书或生成第一个提交包时自动生成（也可以现在复制或导出）。"))

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"packets", "projects", "signing_keys", "certificates", "settings"}:
            self.reload()

    def page_shown(self) -> None:
        self.reload()  # a USB drive may have been pulled out: the list greys missing files

    def selected_record(self) -> PacketRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.open_folder_button.setEnabled(self.selected_record() is not None)
        self.generate_button.setEnabled(self.project_combo.count() > 0)

    # ----- making a packet -----------------------------------------------------------------
    def choose_folder(self) -> None:
        start = self.folder.text() or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QFileDialog.getExistingDirectory(self, self.tr("选择保存提交包的文件夹（可选U盘）"), start)
        if name:
            self.folder.setText(name)
            self.folder_message.clear_message()

    def scope(self) -> dict[str, int]:
        """The core's scope arguments: project_id=… or year=…."""
        if self.year_scope.isChecked() and self.year_combo.currentData() is not None:
            return {"year": self.year_combo.currentData()}
        return {"project_id": self.project_combo.currentData()}

    def generate(self) -> bool:
        """生成提交包 on a worker (progress, Esc cancels); success is shown only after the core's verification."""
        text = self.folder.text().strip()
        if not text:
            self.folder_message.show_error(self.tr("请选择保存的文件夹。"))
            return False
        self.folder_message.clear_message()
        folder, scope = Path(text), self.scope()
        if None in scope.values():
            return False
        masked = False if self.full_numbers.isChecked() else None

        def work(office, progress, cancel) -> PacketResult:
            return office.packets.export(out_dir=folder, masked=masked, progress=progress, cancel=cancel, **scope)

        return self.ops.run(work, label=self.tr("正在生成提交包…"), changes={"packets", "signing_keys"},
                            on_done=lambda result: self._generated(folder, result), on_error=self._failed,
                            parent=self)

    def _generated(self, folder: Path, result: PacketResult) -> None:
        self.ops.office.settings.set("packet_folder", str(folder))  # remembered for next time
        size = file_size_text(result.path.stat().st_size)
        text = self.tr("✔ 已生成并核验通过：{name}（{size}）").format(name=result.path.name, size=size)
        details = [self.tr("位置：{folder}").format(folder=result.path.parent),
                   self.tr("文件 SHA-256：{sha}").format(sha=result.sha256),
                   self.tr("签名公钥指纹：{fingerprint}").format(fingerprint=result.fingerprint),
                   self.model.counts_text(result.counts)]
        self.result_label.setText(text + "\n" + "\n".join(details + result.warnings))
        self.result_label.setStyleSheet("color: #1b6e20;" if not result.warnings else "color: #8a5a00;")
        self.result_label.show()
        self.ops.say(text)
        if result.warnings:
            warn(self, text, "\n".join(result.warnings))

    def _failed(self, exc: TrainOfficeError) -> None:
        self.result_label.setText(self.tr("✘ 提交包没有生成：") + str(exc))
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.show()
        warn(self, self.tr("提交包没有生成。"), str(exc) + "\n" + self.tr("没有留下任何文件，数据库也没有改动。"))

    # ----- history -------------------------------------------------------------------------
    def open_folder(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        folder = Path(record.path).parent
        if not folder.is_dir():
            warn(self, self.tr("文件夹 {folder} 不存在（U盘已拔出？）。").format(folder=folder))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def verify_chosen(self) -> None:
        record = self.selected_record()
        start = record.path if record is not None else self.folder.text()
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("选择要核验的提交包"), start,
                                                    self.tr("提交包 (*.zip)"))
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> bool:
        """核验 a packet on a worker against this office's key (when it has one); every problem is listed."""
        def work(office, progress, cancel) -> VerifyReport:
            key = office.signer.public_key if office.signer.exists() else None
            return verify_packet(path, public_key=key, progress=progress)

        return self.ops.run(work, label=self.tr("正在核验提交包…"), on_done=self._verified, parent=self)

    def _verified(self, report: VerifyReport) -> None:
        name = Path(report.path).name
        if report.ok:
            text = self.tr("全部通过：{name}").format(name=name)
            inform(self, text, self.tr("已核验：") + self.tr("、").join(report.checked) + "\n"
                   + self.tr("签名公钥指纹：{fingerprint}").format(fingerprint=report.fingerprint))
        else:
            text = self.tr("核验未通过：{name}（%n 个问题）", "", len(report.problems)).format(name=name)
            warn(self, text, "\n".join(f"• {p}" for p in report.problems))
        self.ops.say(text)

    # ----- the office key ------------------------------------------------------------------
    def _key_text(self) -> str:
        signer = self.ops.office.signer
        created = not signer.exists()
        text = key_file_text(signer.public_key, self.ops.office.settings)  # created once if this database has none yet
        if created:
            self.ops.announce("signing_keys")
        return text

    def copy_public_key(self) -> None:
        QGuiApplication.clipboard().setText(self._key_text())
        self.ops.say(self.tr("公钥和指纹已复制，可粘贴到微信或邮件发给市中心。"))

    def export_public_key(self) -> None:
        county = self.ops.office.settings.get("county_name") or ""
        start = Path(self.folder.text() or Path.home()) / self.tr("{county}-单位公钥-{date}.txt").format(
            county=county, date=f"{dt.date.today():%Y%m%d}")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出公钥文件"), str(start),
                                                    self.tr("文本文件 (*.txt)"))
        if name:
            self.save_public_key(Path(name))

    def save_public_key(self, out: Path) -> None:
        try:
            with atomic_output(out) as tmp:
                tmp.write_text(self._key_text(), encoding="utf-8")
        except TrainOfficeError as exc:
            warn(self, str(exc))
            return
        self.ops.say(self.tr("已导出公钥：{path}").format(path=out))
