"""证书: issue certificates for a finished project, the register (登记册), printing, revoking, verifying.

Only projects at 结业 or 归档 are listed. 发放证书 gives a number to every trainee who passed every
stage and reports who was skipped and why. 打印… writes a merged PDF or one file per person on a
worker; 直接打印… goes through the system print dialog with a preview painted from the same page
model as the PDF. Every print is logged by the core (a second print counts as a reprint).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainoffice.certificates import Certificate, IssueResult, Outdated, PrintBatch, PrintResult
from trainoffice.errors import TrainOfficeError
from trainoffice.idnumber import mask
from trainoffice.projects import Project
from ui.certificate_dialogs import (
    PrintCertificatesDialog,
    ReissueDialog,
    RevokeDialog,
    VerifyCertificateDialog,
)
from ui.certificate_render import prepare_printer, print_pages
from ui.messages import inform, warn
from ui.models import HeaderedTableModel
from ui.operations import Operations
from ui.pages.base import Page
from ui.widgets import WARNING_STYLE, fit_to_screen, record_table
from ui.words import term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
CERTIFIED_STATUSES = ("结业", "归档")
COLUMN_WIDTHS = (190, 80, 170, 200, 60, 70, 100, 96, 70)
SHOWN_TABLES = frozenset({"certificates", "certificate_prints", "projects", "settings", "teachers", "enrollments",
                          "assessments", "ledger"})  # ledger: a correction can make a certificate 不符


class CertificateTableModel(HeaderedTableModel):
    """证书登记册 of one project: a project has tens to a few hundred, so the list is held; a proxy sorts and filters."""

    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._certs: list[Certificate] = []
        self._masked = True
        self._outdated: dict[int, Outdated] = {}
        self._headers = [self.tr("证书编号"), self.tr("姓名"), self.tr("身份证号"), self.tr("工作单位"), self.tr("学时"),
                         self.tr("考核结果"), self.tr("发证日期"), self.tr("状态"), self.tr("打印次数")]

    def set_certificates(self, certs: list[Certificate], *, masked: bool,
                         outdated: dict[int, Outdated] | None = None) -> None:
        """``outdated``: certificate id -> what no longer matches (shown 不符，待重发, never as 有效)."""
        self.beginResetModel()
        self._certs, self._masked, self._outdated = list(certs), masked, dict(outdated or {})
        self.endResetModel()

    def certificate(self, row: int) -> Certificate:
        return self._certs[row]

    def row_of(self, certificate_id: int) -> int | None:
        return next((n for n, c in enumerate(self._certs) if c.id == certificate_id), None)

    def is_outdated(self, cert: Certificate) -> bool:
        return cert.id in self._outdated

    def status_text(self, cert: Certificate) -> str:
        if cert.revoked:
            return self.tr("已作废")
        return self.tr("不符，待重发") if cert.id in self._outdated else self.tr("有效")

    def _values(self, cert: Certificate) -> tuple[Any, ...]:
        return (cert.number, cert.name, mask(cert.id_number) if self._masked else cert.id_number, cert.school,
                f"{cert.hours:g}", term(cert.result), cert.issued_on, self.status_text(cert), cert.prints)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._certs)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cert = self._certs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._values(cert)[column])
        if role == self.SortRole:
            return (cert.number, cert.name, cert.id_number, cert.school, cert.hours, cert.result, cert.issued_on,
                    cert.revoked, cert.prints)[column]
        if role == Qt.ItemDataRole.ForegroundRole and cert.revoked:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.ForegroundRole and cert.id in self._outdated:
            return QColor("#8a5a00")
        if role == Qt.ItemDataRole.ToolTipRole and cert.revoked:
            return self.tr("{when} 作废：{reason}").format(when=cert.revoked_at, reason=cert.revoke_reason)
        if role == Qt.ItemDataRole.ToolTipRole and cert.id in self._outdated:
            return self.tr("与学时档案不符（{change}）：不能打印；请点“作废并重发…”").format(
                change=self._outdated[cert.id].change)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None



class CertificatesPage(Page):
    """结业证书 of the finished projects: issue, print, revoke, export the register, verify a QR code."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.dialog: QDialog | None = None
        self.outdated: list[Outdated] = []  # the project's certificates that no longer match (不符)
        self.year_filter = QComboBox()
        self.project_combo = QComboBox()
        self.project_combo.setMinimumContentsLength(36)
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_filter)
        top.addWidget(QLabel(self.tr("项目", "培训项目")))
        top.addWidget(self.project_combo, 1)
        top.addWidget(self.summary)

        self.issue_button = QPushButton(self.tr("发放证书(&I)"))
        self.issue_button.setToolTip(self.tr("为考核全部合格的学员编号发证（Ctrl+N）；已发过的不会重复发"))
        self.print_button = QPushButton(self.tr("打印(&P)…"))
        self.print_button.setToolTip(self.tr("生成证书 PDF：合并为一个文件，或每人一个文件"))
        self.direct_button = QPushButton(self.tr("直接打印…"))
        self.direct_button.setToolTip(self.tr("预览后通过系统打印对话框送打印机"))
        self.revoke_button = QPushButton(self.tr("作废…"))
        self.reissue_button = QPushButton(self.tr("作废并重发…"))
        self.reissue_button.setToolTip(self.tr("作废与考核结果或学时档案不符的证书（编号保留），为仍合格的学员重发新证"))
        self.export_button = QPushButton(self.tr("导出登记表(&X)…"))
        self.export_button.setToolTip(self.tr("证书发放登记表（Excel，Ctrl+E）"))
        self.verify_button = QPushButton(self.tr("核验证书…"))
        self.verify_button.setToolTip(self.tr("扫描证书二维码，离线核验真伪"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找：姓名、证书编号、单位"))
        self.search.setClearButtonEnabled(True)
        actions = QHBoxLayout()
        for button in (self.issue_button, self.print_button, self.direct_button, self.revoke_button,
                       self.export_button, self.verify_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.search, 1)

        self.print_warning = QLabel()  # the font cannot be used here, no seal: said before printing
        self.print_warning.setWordWrap(True)
        self.print_warning.setStyleSheet(WARNING_STYLE)
        self.print_warning.hide()
        self.outdated_warning = QLabel()
        self.outdated_warning.setWordWrap(True)
        self.outdated_warning.setStyleSheet(WARNING_STYLE)
        self.outdated_box = QWidget()  # shown only while certificates of the project no longer match (不符)
        outdated_row = QHBoxLayout(self.outdated_box)
        outdated_row.setContentsMargins(0, 0, 0, 0)
        outdated_row.addWidget(self.outdated_warning, 1)
        outdated_row.addWidget(self.reissue_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outdated_box.hide()

        self.model = CertificateTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CertificateTableModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = record_table(self.proxy, COLUMN_WIDTHS, several=True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555;")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.print_warning)
        layout.addWidget(self.outdated_box)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        self.year_filter.currentIndexChanged.connect(lambda _i: self.reload_projects())
        self.project_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_certificates)
        self.direct_button.clicked.connect(self.print_directly)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.reissue_button.clicked.connect(self.reissue_outdated)
        self.export_button.clicked.connect(self.export_list)
        self.verify_button.clicked.connect(self.open_verify)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.proxy.modelReset.connect(self._update_buttons)
        ops.sig_changed.connect(self._changed)
        self.reload_years()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("CertificatesPage", "证书")

    # ----- what is shown -------------------------------------------------------------------
    def reload_years(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("全部年度"), None)
        for year in self.ops.office.projects.years():
            self.year_filter.addItem(self.tr("{year}年").format(year=year), year)
        index = self.year_filter.findData(current)
        self.year_filter.setCurrentIndex(max(index, 0))
        self.year_filter.blockSignals(False)
        self.reload_projects()

    def reload_projects(self) -> None:
        """Projects at 结业 or 归档 of the year chosen, newest year first; the choice is kept when it can be."""
        current = self.project_combo.currentData()
        rows = self.ops.office.projects.rows(year=self.year_filter.currentData())
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for row in rows:
            p = row.project
            if p.status in CERTIFIED_STATUSES:
                self.project_combo.addItem(self.tr("{code}  {name}（{status}）").format(
                    code=p.code, name=p.name, status=term(p.status)), p.id)
        index = self.project_combo.findData(current)
        self.project_combo.setCurrentIndex(index if index >= 0 else (0 if self.project_combo.count() else -1))
        self.project_combo.blockSignals(False)
        self.reload()

    def project(self) -> Project | None:
        project_id = self.project_combo.currentData()
        return None if project_id is None else self.ops.office.projects.project(project_id)

    def select_project(self, project_id: int) -> None:
        if self.project_combo.findData(project_id) < 0:
            self.year_filter.setCurrentIndex(0)
        self.project_combo.setCurrentIndex(self.project_combo.findData(project_id))

    def reload(self) -> None:
        office = self.ops.office
        project = self.project()
        selected = set(self.selected_ids())
        certs = office.certificates.find(project_ids=[project.id]) if project else []
        self.outdated = office.certificates.outdated(project.id) if certs else []
        self.model.set_certificates(certs, masked=bool(office.settings.get("mask_personal_data")),
                                    outdated={o.certificate.id: o for o in self.outdated})
        if project is None:
            self.summary.clear()
            self.empty.setText(self.tr("还没有已结业的项目。项目在“培训项目”页完成考核并办理结业后，即可在这里发放证书。"))
        else:
            s = office.results.summary(project.id)
            revoked = sum(1 for c in certs if c.revoked)
            text = self.tr("在册 {enrolled} 人 · 合格 {passed} 人 · 有效证书 %n 本 · 作废 {revoked} 本", "",
                           len(certs) - revoked - len(self.outdated)).format(
                enrolled=s.enrolled, passed=s.passed, revoked=revoked)
            if self.outdated:
                text += self.tr(" · 不符待重发 {count} 本").format(count=len(self.outdated))
            self.summary.setText(text)
            self.empty.setText("" if certs else self.tr("本项目还没有发放证书：点“发放证书”为考核合格的学员编号发证。"))
        self.empty.setVisible(bool(self.empty.text()))
        self._show_outdated(project)
        for cert_id in selected:
            row = self.model.row_of(cert_id)
            if row is not None:
                self.table.selectionModel().select(
                    self.proxy.mapFromSource(self.model.index(row, 0)),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def _show_outdated(self, project: Project | None) -> None:
        """Name the certificates the results or the ledger no longer support, and the fix."""
        if project is None or not self.outdated:
            self.outdated_box.hide()
            return
        shown = self.tr("；").join(self.tr("{name}（{change}）").format(name=o.certificate.name, change=o.change)
                                  for o in self.outdated[:8])
        if len(self.outdated) > 8:
            shown += self.tr(" 等 {count} 人").format(count=len(self.outdated))
        fix = (self.tr("请点“作废并重发…”。") if project.status == "结业"
               else self.tr("项目已归档：请先在“培训项目”页重新打开（回到结业），再点“作废并重发…”。"))
        self.outdated_warning.setText(
            self.tr("%n 本证书与考核结果或学时档案不符，不能打印，也不能放入提交包：{people}。{fix}", "",
                    len(self.outdated)).format(people=shown, fix=fix))
        self.outdated_box.show()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The font and the seal are looked at when the page is shown, not while the window is built: registering
        the TrueType CJK font takes ~0.2 s, and both can only change on the 设置 page."""
        super().showEvent(event)
        self._show_print_warning()

    def _show_print_warning(self) -> None:
        _font, notes = self.ops.office.certificates.print_notes()
        text = "\n".join(n for n in notes if n)
        self.print_warning.setText(text)
        self.print_warning.setVisible(bool(text))

    def _changed(self, tables: frozenset[str]) -> None:
        if "projects" in tables:
            self.reload_years()
        elif tables & SHOWN_TABLES:
            self.reload()

    def page_shown(self) -> None:
        self.reload_years()

    def selected_ids(self) -> list[int]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.certificate(r).id for r in rows]

    def selected_certificates(self) -> list[Certificate]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.certificate(r) for r in rows]

    def _update_buttons(self) -> None:
        project = self.project()
        has_certs = self.model.rowCount() > 0
        selected = self.selected_certificates()
        self.issue_button.setEnabled(project is not None and project.status == "结业")
        for button in (self.print_button, self.direct_button, self.export_button):
            button.setEnabled(has_certs)
        self.revoke_button.setEnabled(len(selected) == 1 and not selected[0].revoked)
        self.reissue_button.setEnabled(bool(self.outdated) and project is not None and project.status == "结业")

    # ----- issuing -------------------------------------------------------------------------
    def create_item(self) -> None:
        self.issue()

    def issue(self) -> None:
        """发放证书 on a worker; afterwards who got one, who already had one, and who was skipped and why."""
        project = self.project()
        if project is None:
            return
        self.ops.run(lambda office, progress, cancel: office.certificates.issue(project_id=project.id),
                     label=self.tr("正在发放证书…"), changes={"certificates", "signing_keys"},
                     on_done=lambda result: self._issued(project, result), parent=self)

    def _issued(self, project: Project, result: IssueResult) -> None:
        text = self.tr("“{project}”：新发证书 %n 本，已有证书 {already} 人，未发 {skipped} 人。", "", len(result.issued)).format(
            project=project.name, already=result.already, skipped=len(result.skipped))
        lines = [self.tr("{name}：{reason}").format(name=s.name, reason=s.reason) for s in result.skipped[:30]]
        if len(result.skipped) > 30:
            lines.append(self.tr("……共 {count} 人").format(count=len(result.skipped)))
        self.ops.say(text)
        inform(self, text, (self.tr("未发证书的学员（只为各阶段均考核合格的学员发证）：") + "\n" + "\n".join(lines))
               if lines else "")

    # ----- printing ------------------------------------------------------------------------
    def _folder(self) -> Path:
        documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        return documents if documents.is_dir() else Path.home()

    def print_certificates(self) -> PrintCertificatesDialog | None:
        """打印…: choose the selection or the whole project, merged or one file per person, then write on a worker."""
        project = self.project()
        if project is None:
            return None
        valid = sum(1 for row in range(self.model.rowCount()) if not self.model.certificate(row).revoked
                    and not self.model.is_outdated(self.model.certificate(row)))
        dialog = PrintCertificatesDialog(self, project_name=project.name, selected=len(self.selected_ids()),
                                         total=valid, folder=self._folder())
        dialog.accepted.connect(lambda: self._print_chosen(project, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _print_chosen(self, project: Project, dialog: PrintCertificatesDialog) -> None:
        merged, folder = dialog.output()
        self.print_to_files(project_id=project.id, certificate_ids=self.selected_ids() if dialog.selection_only else None,
                            out=merged, folder=folder)

    def print_to_files(self, *, project_id: int, certificate_ids: list[int] | None, out: Path | None,
                       folder: Path | None) -> bool:
        def work(office, progress, cancel) -> PrintResult:
            return office.certificates.print_pdf(
                out=out, project_id=None if certificate_ids else project_id, certificate_ids=certificate_ids or None,
                per_person_dir=folder, progress=progress, cancel=cancel)

        return self.ops.run(work, label=self.tr("正在生成证书 PDF…"), changes={"certificate_prints"},
                            on_done=self._printed, parent=self)

    def _printed(self, result: PrintResult) -> None:
        where = str(result.path) if result.path else str(result.files[0].parent) if result.files else ""
        text = self.tr("已生成 %n 本证书：{where}", "", result.certificates).format(where=where)
        self.ops.say(text)
        if result.warnings:  # certificates left out (不符), or the font was not embedded
            warn(self, text, "\n".join(result.warnings))
        else:
            inform(self, text)

    def print_batch(self) -> PrintBatch | None:
        """The selection, or the whole project's valid certificates, laid out for printing."""
        project = self.project()
        if project is None:
            return None
        ids = self.selected_ids()
        try:
            return self.ops.office.certificates.print_batch(project_id=None if ids else project.id,
                                                            certificate_ids=ids or None)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            return None

    def print_directly(self) -> QPrintPreviewDialog | None:
        """直接打印…: a print preview painted from the certificates' page model; its 打印 button opens the
        system print dialog. The prints are logged once the preview reports they were sent."""
        batch = self.print_batch()
        if batch is None:
            return None
        if batch.left_out:  # certificates the ledger no longer supports are never sent to the printer
            warn(self, self.tr("将打印 %n 本证书；与学时档案不符的证书没有打印。", "", len(batch.certificates)),
                 "\n".join(batch.left_out))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, batch.page(batch.certificates[0]))
        dialog = QPrintPreviewDialog(printer, self)
        self.printer = printer  # the preview does not own it, and paints on it until closed
        dialog.setWindowTitle(self.tr("打印预览：%n 本证书", "", len(batch.certificates)))
        fit_to_screen(dialog, 1100, 800)
        dialog.paintRequested.connect(lambda target: print_pages(target, map(batch.page, batch.certificates),
                                                                 batch.font))
        dialog.finished.connect(lambda result: self._directly_printed(result, batch))
        if batch.warnings:
            self.print_warning.setText("\n".join(batch.warnings))
            self.print_warning.show()
        self.dialog = dialog
        dialog.open()
        return dialog

    def _directly_printed(self, result: int, batch: PrintBatch) -> None:
        if result != QDialog.DialogCode.Accepted:
            return
        self.ops.office.certificates.log_prints(batch.certificates)
        self.ops.announce("certificate_prints")
        self.ops.say(self.tr("已送打印机：%n 本证书", "", len(batch.certificates)))

    # ----- revoking, register, verifying ---------------------------------------------------
    def revoke_selected(self) -> RevokeDialog | None:
        selected = self.selected_certificates()
        if len(selected) != 1 or selected[0].revoked:
            return None
        dialog = RevokeDialog(self, selected[0])
        dialog.accepted.connect(lambda: self._revoke(dialog.cert, dialog.reason_text()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _revoke(self, cert: Certificate, reason: str) -> None:
        try:
            self.ops.office.certificates.revoke(cert.id, reason=reason)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            return
        self.ops.announce("certificates")
        self.ops.say(self.tr("证书 {number} 已作废。").format(number=cert.number))

    def reissue_outdated(self) -> ReissueDialog | None:
        """作废并重发…: the certificates that no longer match, with their reasons filled in; one click settles them."""
        project = self.project()
        if project is None or not self.outdated:
            return None
        dialog = ReissueDialog(self.ops, self, project_id=project.id, project_name=project.name,
                               outdated=self.outdated)
        self.dialog = dialog
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self) -> None:
        """导出登记表: the project's 证书发放登记表 as a print-ready .xlsx (IDs masked as set)."""
        project = self.project()
        if project is None or self.model.rowCount() == 0:
            return
        suggested = self._folder() / self.tr("{project}-证书发放登记表-{date}.xlsx").format(
            project=project.name, date=f"{dt.date.today():%Y%m%d}")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出证书发放登记表"), str(suggested),
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return
        out = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        self.ops.run(lambda office, progress, cancel: office.certificates.export_register(project_id=project.id, out=out),
                     label=self.tr("正在导出证书发放登记表…"), parent=self,
                     on_done=lambda path: self.ops.say(self.tr("已导出：{path}").format(path=path)))

    def open_verify(self) -> VerifyCertificateDialog:
        dialog = VerifyCertificateDialog(self.ops, self)
        self.dialog = dialog
        dialog.open()
        return dialog
