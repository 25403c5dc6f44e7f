"""The import wizard (导入向导) and the import history (导入记录) dialogs.

Entry points for the main window (menu 导入…, drag-and-drop of a file, the roster page)::

    open_import_wizard(parent, office_path, kind="teachers" | "roster", project_id=None, path=None)
        -> ImportWizard   (shown window-modal; ``sig_imported(batch_id)`` after a batch is written,
                           ``sig_undone(batch_id)`` after one is undone from its own 导入记录…)
    ImportHistoryDialog(parent, office_path, kind=None, project_id=None)
        (``sig_undone(batch_id)`` after a batch is taken back)

Steps: file → sheet and header row → column mapping → preview (OK / 提醒 / 未导入, filter, keep or
update for a name conflict, create unknown schools) → import → summary (导出错误报告).
Reading, checking, writing and undoing run on a worker thread with its own ``Office(path, lock=False)``;
the dialog stays responsive, shows progress and can cancel. No SQL here: everything goes through
``office.imports`` and ``trainoffice.imports``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import Cancelled, TrainOfficeError
from trainoffice.idnumber import mask, mask_numbers
from trainoffice.imports import ImportPlan, Layout, SheetData, detect_layout, read_table, sheet_names
from trainoffice.imports.batches import BatchRecord, ImportResult
from trainoffice.imports.layout import column_letter, nothing_to_import
from trainoffice.imports.report import export_error_report
from trainoffice.office import Office
from trainoffice.registry import TEACHER_FIELDS
from ui.messages import confirm
from ui.widgets import fit_to_screen
from ui.words import term

log = logging.getLogger("trainoffice.ui")
PREVIEW_ROWS = 40  # rows of the raw sheet shown when choosing the header row


class _Job(QThread):
    """One piece of work on a worker thread, with its own database connection when it needs one."""

    sig_progress = Signal(float, str)
    """Fraction done (0..1) and what is being done."""

    def __init__(self, office_path: Path | None, work: Callable[..., Any]):
        super().__init__()
        self._office_path = office_path
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        progress = self.sig_progress.emit
        try:
            if self._office_path is None:
                self.result = self._work(progress, self._cancel.is_set)
            else:
                with Office(self._office_path, lock=False) as office:
                    self.result = self._work(office, progress, self._cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which shows or logs it
            self.error = exc


class _Runner(QWidget):
    """A progress bar with a cancel button that runs one _Job at a time and reports back on the GUI thread."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1000)
        self.message = QLabel(self)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        self.job: _Job | None = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, office_path: Path | None, work: Callable[..., Any], *, on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None]) -> None:
        job = _Job(office_path, work)
        self.job = job
        job.sig_progress.connect(self._progress)

        def finished() -> None:
            job.wait()  # 'finished' comes just before the thread ends; let it end before it can be dropped
            self.job = None
            self.hide()
            if job.error is not None:
                on_error(job.error)
            else:
                on_done(job.result)

        job.finished.connect(finished)
        self.bar.setValue(0)
        self.message.setText(self.tr("请稍候…"))
        self.show()
        job.start()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        self.message.setText(message)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.message.setText(self.tr("正在取消…"))

    def wait(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()


class PreviewModel(QAbstractTableModel):
    """The checked rows: row number, state, what happens, the person, and the reasons."""

    COLUMNS = (QT_TRANSLATE_NOOP("PreviewModel", "行号"), QT_TRANSLATE_NOOP("PreviewModel", "状态"),
               QT_TRANSLATE_NOOP("PreviewModel", "处理"), QT_TRANSLATE_NOOP("PreviewModel", "姓名"),
               QT_TRANSLATE_NOOP("PreviewModel", "身份证号"), QT_TRANSLATE_NOOP("PreviewModel", "工作单位"),
               QT_TRANSLATE_NOOP("PreviewModel", "原因及修改方法"))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.masked = True  # ID and phone numbers in the notes, as the office's setting says

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def refresh(self) -> None:
        """The user's choices changed states; the rows are the same."""
        if self.plan is not None and self.plan.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.plan.rows) - 1, len(self.COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def state_label(self, state: str) -> str:
        return {"ok": self.tr("可导入"), "warning": self.tr("提醒"), "rejected": self.tr("未导入")}[state]

    def action_label(self, action: str) -> str:
        return {"create": self.tr("新增"), "update": self.tr("更新"), "unchanged": self.tr("不变"),
                "enrol": self.tr("列入名单"), "": "—"}[action]

    def reasons(self, r) -> list[str]:
        """The row's problems, then what it changes or creates (ImportPlan.note)."""
        reasons = [self.tr("{column}：{message}").format(column=p.column, message=p.message) if p.column
                   else p.message for p in r.problems]
        if self.masked:  # a message may quote a number from the file (only the first phone is kept: …)
            reasons = [mask_numbers(reason) for reason in reasons]
        note = self.plan.note(r, masked=self.masked)
        return [*reasons, note] if note else reasons

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        r = self.plan.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return r.row
            if column == 1:
                return self.state_label(r.state)
            if column == 2:
                return self.action_label(r.action) + (self.tr("（超额）") if r.over_quota else "")
            if column in (3, 4, 5):
                text = r.cells.get(("name", "id_number", "school_id")[column - 3], "")
                return mask(text) if column == 4 and self.masked else text
            return self.tr("；").join(self.reasons(r))
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return "\n".join(self.reasons(r))
        if role == Qt.ItemDataRole.BackgroundRole and r.state != "ok":
            return QBrush(QColor("#fde2e1" if r.state == "rejected" else "#fff4cc"))
        if role == Qt.ItemDataRole.UserRole:
            return r.state
        return None


class _StateFilter(QSortFilterProxyModel):
    """Show all rows, or only one state (可导入 / 提醒 / 未导入)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = ""

    def set_state(self, state: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.state = state
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.state = state
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.state:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.sourceModel().data(index, Qt.ItemDataRole.UserRole) == self.state


class ImportWizard(QDialog):
    """导入向导: one file into the teacher registry, or a roster into a project."""

    sig_imported = Signal(int)
    """A batch was written (its id): pages showing teachers, schools or the roster refresh."""
    sig_undone = Signal(int)
    """A batch was undone from the wizard's own 导入记录… (its id): the same pages refresh."""

    STEPS = (QT_TRANSLATE_NOOP("ImportWizard", "选择文件"), QT_TRANSLATE_NOOP("ImportWizard", "工作表和表头"),
             QT_TRANSLATE_NOOP("ImportWizard", "列对应"), QT_TRANSLATE_NOOP("ImportWizard", "预览"),
             QT_TRANSLATE_NOOP("ImportWizard", "完成"))

    def __init__(self, parent: QWidget | None, office_path: str | Path, *, kind: str = "teachers",
                 project_id: int | None = None, path: str | Path | None = None):
        super().__init__(parent)
        if kind not in ("teachers", "roster"):
            raise ValueError(kind)
        self.office_path = Path(office_path)
        self.kind = kind
        self.project_id = project_id
        self.sheet: SheetData | None = None
        self.layout_found: Layout | None = None
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self._conflict_row = None
        self.setWindowTitle(self.tr("导入教师信息") if kind == "teachers" else self.tr("导入参培学员名单"))
        fit_to_screen(self, 1200, 660)  # 原因及修改方法 and what an update changes need the width
        self.step_label = QLabel(self)
        self.stack = QStackedWidget(self)
        self.runner = _Runner(self)
        self.back_button = QPushButton(self.tr("上一步"), self)
        self.next_button = QPushButton(self.tr("下一步"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.runner, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._build_file_page()
        self._build_sheet_page()
        self._build_mapping_page()
        self._build_preview_page()
        self._build_summary_page()
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        self._show_step(0)
        if path is not None:
            self.file_edit.setText(str(path))
            self.next()

    # ----- pages -------------------------------------------------------------------------------
    def _build_file_page(self) -> None:
        page = QWidget()
        self.file_edit = QLineEdit(page)
        self.file_edit.setPlaceholderText(self.tr("学校报来的 Excel、WPS 或 CSV 文件"))
        browse = QPushButton(self.tr("浏览…"), page)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.file_error = QLabel(page)
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #b00020")
        formats = QLabel(self.tr("支持 .xlsx、.xls（Excel 97-2003）、WPS 表格的 .et、.ods 和 .csv/.txt（UTF-8 或 GBK）。"
                                 "标题行、填报单位、合计、填表人等行和隐藏的行列会被自动识别，不导入。"), page)
        formats.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(formats)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        self.stack.addWidget(page)

    def _build_sheet_page(self) -> None:
        page = QWidget()
        self.sheet_combo = QComboBox(page)
        self.header_spin = QSpinBox(page)
        self.header_spin.setRange(1, 1_000_000)
        self.two_rows = QCheckBox(self.tr("表头占两行（上面一行是合并的分组名称）"), page)
        self.header_note = QLabel(page)
        self.header_note.setWordWrap(True)
        self.raw_table = QTableWidget(page)
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        form = QFormLayout()
        form.addRow(self.tr("工作表"), self.sheet_combo)
        form.addRow(self.tr("表头所在行（最后一行）"), self.header_spin)
        form.addRow("", self.two_rows)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.header_note)
        layout.addWidget(self.raw_table, 1)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_changed)
        self.two_rows.toggled.connect(self._header_changed)
        self.stack.addWidget(page)

    def _build_mapping_page(self) -> None:
        page = QWidget()
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(self.mapping_grid)
        # A 教师信息采集表 has 20 to 30 columns: one row each would push the buttons below a 768-pixel screen.
        self.mapping_scroll = QScrollArea(page)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setWidget(holder)
        self.mapping_note = QLabel(page)
        self.mapping_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("每一列对应教师信息中的哪一项？已按表头猜好，可以修改；"
                                        "下次导入表头相同的文件时会记住您的选择。"), page))
        layout.addWidget(self.mapping_scroll, 1)
        layout.addWidget(self.mapping_note)
        self.mapping_combos: dict[int, QComboBox] = {}
        self.stack.addWidget(page)

    def _build_preview_page(self) -> None:
        page = QWidget()
        self.counts_label = QLabel(page)
        self.counts_label.setWordWrap(True)  # a roster's note on who becomes a new teacher is long
        self.filter_combo = QComboBox(page)
        for label, state in ((self.tr("全部"), ""), (self.tr("可导入"), "ok"), (self.tr("提醒"), "warning"),
                             (self.tr("未导入"), "rejected")):
            self.filter_combo.addItem(label, state)
        self.create_schools = QCheckBox(page)
        self.create_schools.hide()
        self.model = PreviewModel(self)
        self.proxy = _StateFilter(self)
        self.proxy.setSourceModel(self.model)
        self.preview = QTableView(page)
        self.preview.setModel(self.proxy)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the list for the keep/update choice and the buttons
        for column, width in enumerate((50, 60, 120, 80, 170, 160)):
            self.preview.setColumnWidth(column, width)
        # Side by side for an ID number the registry holds under another name.
        self.conflict_box = QWidget(page)
        self.conflict_table = QTableWidget(0, 3, self.conflict_box)
        self.conflict_table.setHorizontalHeaderLabels([self.tr("项目"), self.tr("教师信息库中"), self.tr("表中")])
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflict_table.setTabKeyNavigation(False)
        self.conflict_table.setMaximumHeight(190)
        self.keep_choice = QRadioButton(self.tr("保留库中信息"), self.conflict_box)
        self.update_choice = QRadioButton(self.tr("按表中信息更新"), self.conflict_box)
        choices = QButtonGroup(self.conflict_box)
        choices.addButton(self.keep_choice)
        choices.addButton(self.update_choice)
        conflict_layout = QHBoxLayout(self.conflict_box)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        conflict_layout.addWidget(self.conflict_table, 1)
        side = QVBoxLayout()
        self.conflict_title = QLabel(self.conflict_box)
        self.conflict_title.setWordWrap(True)
        side.addWidget(self.conflict_title)
        side.addWidget(self.keep_choice)
        side.addWidget(self.update_choice)
        side.addStretch(1)
        conflict_layout.addLayout(side)
        self.conflict_box.hide()
        # The selected row's reasons in full: the table's last column cuts a long one at the window's edge.
        self.row_detail = QLabel(page)
        self.row_detail.setWordWrap(True)
        self.row_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row_detail.hide()
        top = QHBoxLayout()
        top.addWidget(self.counts_label, 1)
        top.addWidget(QLabel(self.tr("显示"), page))
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.create_schools)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.row_detail)
        layout.addWidget(self.conflict_box)
        self.filter_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_state(self.filter_combo.currentData()))
        self.create_schools.toggled.connect(self._create_schools_toggled)
        self.preview.selectionModel().currentRowChanged.connect(self._row_selected)
        self.keep_choice.toggled.connect(lambda on: on and self._decide("keep"))
        self.update_choice.toggled.connect(lambda on: on and self._decide("update"))
        self.stack.addWidget(page)

    def _build_summary_page(self) -> None:
        page = QWidget()
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("导出错误报告…"), page)
        self.report_button.clicked.connect(self.choose_report)
        self.history_button = QPushButton(self.tr("导入记录…"), page)
        self.history_button.clicked.connect(self.show_history)
        row = QHBoxLayout()
        row.addWidget(self.report_button)
        row.addWidget(self.history_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.stack.addWidget(page)

    # ----- navigation --------------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [self.tr(s) for s in self.STEPS]
        self.step_label.setText("  ›  ".join(f"<b>{n}</b>" if i == step else n for i, n in enumerate(names)))
        self.back_button.setEnabled(0 < step < 4)
        self.next_button.setVisible(step < 4)
        if step == 0:
            self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("导入") if step == 3 else self.tr("下一步"))
        self.close_button.setText(self.tr("完成") if step == 4 else self.tr("取消"))

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def back(self) -> None:
        if not self.runner.busy and 0 < self.step < 4:
            self._show_step(self.step - 1)

    def next(self) -> None:
        """Go on from the current step; reading, checking and importing run on the worker."""
        if self.runner.busy:
            return
        if self.step == 0:
            self._read_file()
        elif self.step == 1:
            self._enter_mapping()
        elif self.step == 2:
            self._check()
        elif self.step == 3:
            self._import()

    def reject(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.runner.wait()
        super().closeEvent(event)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, TrainOfficeError):
            if self.step == 0:
                self.file_error.setText(str(exc))
            else:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        log.error("import wizard failed", exc_info=exc)
        QMessageBox.critical(self, self.windowTitle(), self.tr("出现意外错误：%1").replace("%1", type(exc).__name__))

    # ----- step 1: file ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择要导入的文件"), "", self.tr("表格文件 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt);;所有文件 (*)"))
        if path:
            self.file_edit.setText(path)

    def _read_file(self, sheet: str | None = None) -> None:
        path = self.file_edit.text().strip()
        if not path:
            self.file_error.setText(self.tr("请先选择文件"))
            return
        self.file_error.clear()
        reading = self.tr("正在读取 %1").replace("%1", Path(path).name)

        def work(progress, cancel):
            progress(0.1, reading)
            return sheet_names(path), read_table(path, sheet)

        self.runner.start(None, work, on_done=self._file_read, on_error=self._failed)

    def _file_read(self, result: tuple[list[str], tuple[SheetData, Layout]]) -> None:
        names, (sheet, self.layout_found) = result
        self.sheet = sheet
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentText(sheet.name)
        self.sheet_combo.blockSignals(False)
        self._set_header_controls(self.layout_found)
        self._fill_raw_table(sheet)
        self._show_step(1)

    def _sheet_chosen(self) -> None:
        self._read_file(self.sheet_combo.currentText())

    # ----- step 2: sheet and header ------------------------------------------------------------
    def _set_header_controls(self, layout: Layout) -> None:
        for widget in (self.header_spin, self.two_rows):
            widget.blockSignals(True)
        self.header_spin.setValue(layout.header_rows[-1] if layout.header_rows else 1)
        self.two_rows.setChecked(len(layout.header_rows) == 2)
        for widget in (self.header_spin, self.two_rows):
            widget.blockSignals(False)
        self._describe_layout(layout)

    def _describe_layout(self, layout: Layout) -> None:
        empty = nothing_to_import(layout, self.sheet.name)
        self.next_button.setEnabled(not empty)
        if empty:  # an empty sheet, or a header only: say so, name the other sheets, and go no further
            others = [self.sheet_combo.itemText(i) for i in range(self.sheet_combo.count())
                      if self.sheet_combo.itemText(i) != self.sheet.name]
            if others:
                empty += self.tr("；本文件还有工作表：%1，请在上面的“工作表”中选择").replace("%1", "、".join(others))
            self.header_note.setText(empty)
            return
        rows = self.tr("、").join(str(r) for r in layout.header_rows)
        text = self.tr("表头在第 %1 行，数据 %n 行。", "", len(layout.data)).replace("%1", rows)
        if layout.skipped:
            text = self.tr("{found}不导入：{rows}").format(found=text, rows=self.tr("，").join(
                self.tr("第 %1 行（%2）").replace("%1", str(r)).replace("%2", why) for r, why in layout.skipped))
        self.header_note.setText(text)

    def _header_changed(self) -> None:
        if self.sheet is None:
            return
        self.layout_found = detect_layout(self.sheet, header_row=self.header_spin.value(),
                                          header_rows=2 if self.two_rows.isChecked() else 1)
        self._describe_layout(self.layout_found)
        self._mark_header_rows()

    def _fill_raw_table(self, sheet: SheetData) -> None:
        shown = sheet.rows[:PREVIEW_ROWS]
        width = min(sheet.width, 30)
        self.raw_table.clear()
        self.raw_table.setRowCount(len(shown))
        self.raw_table.setColumnCount(width)
        self.raw_table.setHorizontalHeaderLabels([column_letter(c) for c in range(1, width + 1)])
        self.raw_table.setVerticalHeaderLabels([str(n) for n, _ in shown])
        for r, (_, values) in enumerate(shown):
            for c, value in enumerate(values[:width]):
                if value is not None:
                    self.raw_table.setItem(r, c, QTableWidgetItem(str(value)))
        self._mark_header_rows()

    def _mark_header_rows(self) -> None:
        if self.sheet is None or self.layout_found is None:
            return
        header = set(self.layout_found.header_rows)
        for r, (number, _) in enumerate(self.sheet.rows[:PREVIEW_ROWS]):
            for c in range(self.raw_table.columnCount()):
                item = self.raw_table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush(QColor("#d6e8ff")) if number in header else QBrush())

    # ----- step 3: mapping ---------------------------------------------------------------------
    def _enter_mapping(self) -> None:
        layout = self.layout_found
        if layout is None or nothing_to_import(layout, self.sheet.name):
            return
        if not layout.columns:
            self.header_note.setText(self.tr("这一行没有列名：请选择表头所在的行。"))
            return
        with Office(self.office_path, lock=False) as office:  # a quick read on this thread, its own connection
            self.mapping = office.imports.guess_mapping(layout)
            self.model.masked = office.imports.masked
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.mapping_combos = {}
        samples = {c.index: [] for c in layout.columns}
        for _, values in layout.data[:3]:
            for c in layout.columns:
                if c.index <= len(values) and values[c.index - 1] is not None:
                    text = str(values[c.index - 1])
                    samples[c.index].append(mask_numbers(text) if self.model.masked else text)
        for header, column in enumerate((self.tr("列"), self.tr("示例"), self.tr("对应"))):
            self.mapping_grid.addWidget(QLabel(f"<b>{column}</b>"), 0, header)
        for row, column in enumerate(layout.columns, start=1):
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), "")
            for spec in TEACHER_FIELDS:
                combo.addItem(term(spec.label), spec.name)
            combo.setCurrentIndex(max(combo.findData(self.mapping.get(column.index, "")), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_combos[column.index] = combo
            self.mapping_grid.addWidget(QLabel(column.title), row, 0)
            sample = QLabel("，".join(samples[column.index])[:30])
            sample.setMaximumWidth(360)
            self.mapping_grid.addWidget(sample, row, 1)
            self.mapping_grid.addWidget(combo, row, 2)
        self._mapping_changed()
        self._show_step(2)

    def _mapping_changed(self) -> None:
        self.mapping = {index: combo.currentData() for index, combo in self.mapping_combos.items()
                        if combo.currentData()}
        chosen = list(self.mapping.values())
        twice = sorted({name for name in chosen if chosen.count(name) > 1})
        required = ("name", "id_number") + (("school_id",) if self.kind == "teachers" else ())
        labels = {spec.name: term(spec.label) for spec in TEACHER_FIELDS}
        missing = [labels[n] for n in required if n not in chosen]
        notes = []
        if missing:
            notes.append(self.tr("还没有指定：") + self.tr("、").join(missing))
        if twice:
            notes.append(self.tr("同一项对应了多列：") + self.tr("、").join(labels[n] for n in twice))
        self.mapping_note.setText(self.tr("；").join(notes))
        self.next_button.setEnabled(not twice and "id_number" in chosen and "name" in chosen)

    def set_mapping(self, column: int, field: str) -> None:
        """Choose what a column holds ('' = not imported), as the user does with the combo."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(combo.findData(field))

    # ----- step 4: preview ---------------------------------------------------------------------
    def _check(self) -> None:
        sheet, layout, mapping = self.sheet, self.layout_found, dict(self.mapping)
        file = self.file_edit.text().strip()

        def work(office, progress, cancel):
            return office.imports.check(sheet, layout, mapping, kind=self.kind, file=file,
                                        project_id=self.project_id, progress=progress, cancel=cancel)

        self.runner.start(self.office_path, work, on_done=self._checked, on_error=self._failed)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.model.set_plan(plan)
        schools = plan.new_schools
        self.create_schools.blockSignals(True)
        self.create_schools.setChecked(False)
        self.create_schools.blockSignals(False)
        self.create_schools.setVisible(bool(schools))
        self.create_schools.setText(self.tr("新建表中的 %n 所学校：%1", "", len(schools))
                                    .replace("%1", self.tr("、").join(schools[:8]) + ("…" if len(schools) > 8 else "")))
        self.conflict_box.hide()
        self._show_reasons(None)
        self._update_counts()
        self._show_step(3)

    def _update_counts(self) -> None:
        c = self.plan.counts()
        text = self.tr("新增 %1，更新 %2，不变 %3，%4，%5")
        for key, value in zip(("%1", "%2", "%3", "%4", "%5"),
                              (self._created(c), c["updated"], c["unchanged"], self.tr("未导入 %n 行", "", c["rejected"]),
                               self.tr("提醒 %n 条", "", c["warnings"])), strict=True):
            text = text.replace(key, str(value))
        self.counts_label.setText(text)

    def _created(self, counts: dict[str, int]) -> str:
        """新增 of a roster: the places, and how many of those people the registry gets as new teachers. A person it
        has already is enrolled as the registry has them: the file's phone or post does not change the record."""
        if self.kind != "roster":
            return str(counts["created"])
        return self.tr("%1（其中新建教师 %2 人；已在信息库的教师以信息库为准，表中电话、职务等不更新）").replace(
            "%1", str(counts["created"])).replace("%2", str(counts["new_teachers"]))

    def set_filter(self, state: str) -> None:
        """Show all rows ('') or only 'ok', 'warning' or 'rejected' ones."""
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(state))

    def _create_schools_toggled(self, on: bool) -> None:
        self.plan.set_create_schools(on)
        self.model.refresh()
        self._update_counts()

    def _row_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.plan.rows[self.proxy.mapToSource(current).row()] if current.isValid() and self.plan else None
        self._show_reasons(row)
        if row is None or row.conflict is None or row.state == "rejected":
            self.conflict_box.hide()
            return
        self._conflict_row = row
        conflict = row.conflict
        self.conflict_title.setText(self.tr("第 %1 行：身份证号相同，姓名不同").replace("%1", str(row.row)))
        self.conflict_table.setRowCount(len(conflict.fields))
        for r, values in enumerate(conflict.fields):
            for c, value in enumerate(values):
                self.conflict_table.setItem(r, c, QTableWidgetItem(mask_numbers(value) if self.model.masked else value))
        for button in (self.keep_choice, self.update_choice):
            button.blockSignals(True)
        (self.keep_choice if row.decision == "keep" else self.update_choice).setChecked(True)
        for button in (self.keep_choice, self.update_choice):
            button.blockSignals(False)
        self.conflict_box.show()

    def _show_reasons(self, row) -> None:
        reasons = self.model.reasons(row) if row is not None else []
        self.row_detail.setText(self.tr("第 %1 行：").replace("%1", str(row.row)) + self.tr("；").join(reasons)
                                if reasons else "")
        self.row_detail.setVisible(bool(reasons))

    def select_row(self, excel_row: int) -> None:
        """Select the preview line of an Excel row (shows the side-by-side panel for a conflict)."""
        for proxy_row in range(self.proxy.rowCount()):
            index = self.proxy.index(proxy_row, 0)
            if self.proxy.data(index) == excel_row:
                self.preview.setCurrentIndex(index)
                return

    def _decide(self, decision: str) -> None:
        row = self._conflict_row
        if row is None or self.plan is None:
            return
        self.plan.decide(row.row, decision)
        self.model.refresh()
        self._show_reasons(row)
        self._update_counts()

    # ----- step 5: import and summary ----------------------------------------------------------
    def _import(self) -> None:
        plan = self.plan
        if plan is None:
            return

        def work(office, progress, cancel):
            return office.imports.apply(plan, progress=progress, cancel=cancel)

        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.runner.start(self.office_path, work, on_done=self._imported, on_error=self._import_failed)

    def _import_failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self._failed(exc)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        c = result.counts
        name = Path(result.file).name
        if result.batch_id is None:  # every row refused: nothing written, no batch
            head = self.tr("%1 中没有可导入的行，未写入任何数据").replace("%1", name)
        else:
            head = self.tr("已导入 %1（批次 #%2）").replace("%1", name).replace("%2", str(result.batch_id))
        lines = [head,
                 self.tr("新增：%1").replace("%1", self._created(c)),
                 self.tr("更新：%1").replace("%1", str(c["updated"])),
                 self.tr("不变：%1").replace("%1", str(c["unchanged"])),
                 self.tr("未导入：%n 行", "", c["rejected"]),
                 self.tr("提醒：%n 条", "", c["warnings"])]
        if c["rejected"] or c["warnings"]:
            lines.append(self.tr("可以导出错误报告，发回学校改正后重新报送。"))
        self.summary_label.setText("\n".join(lines))
        self.report_button.setEnabled(bool(c["rejected"] or c["warnings"]))
        self._show_step(4)
        if result.batch_id is not None:
            self.sig_imported.emit(result.batch_id)

    def choose_report(self) -> None:
        default = Path(self.file_edit.text()).with_name(Path(self.file_edit.text()).stem + "_问题清单.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出错误报告"), str(default),
                                              self.tr("Excel 文件 (*.xlsx)"))
        if path:
            self.export_report(path)

    def export_report(self, path: str | Path) -> Path | None:
        """Write the error report the clerk sends back to the school."""
        try:
            out = export_error_report(self.plan, Path(path))
        except TrainOfficeError as exc:
            QMessageBox.warning(self, self.tr("导出错误报告"), str(exc))
            return None
        self.summary_label.setText(self.summary_label.text() + "\n" + self.tr("错误报告已导出：%1").replace("%1", str(out)))
        return out

    def show_history(self) -> ImportHistoryDialog:
        dialog = ImportHistoryDialog(self, self.office_path, kind=self.kind, project_id=self.project_id)
        dialog.sig_undone.connect(self.sig_undone)
        dialog.open()
        return dialog


def open_import_wizard(parent: QWidget | None, office_path: str | Path, *, kind: str = "teachers",
                       project_id: int | None = None, path: str | Path | None = None) -> ImportWizard:
    """Open the import wizard window-modal; with ``path`` (a dropped file) it starts reading at once."""
    wizard = ImportWizard(parent, office_path, kind=kind, project_id=project_id, path=path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


class ImportHistoryDialog(QDialog):
    """学员/教师导入记录: every batch with file, time, counts and who; Undo takes a whole batch back."""

    sig_undone = Signal(int)
    """A batch was undone (its id): pages showing teachers, schools or the roster refresh."""

    COLUMNS = (QT_TRANSLATE_NOOP("ImportHistoryDialog", "编号"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "文件"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "类型"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "项目"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "导入时间"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "导入人"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "新增"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "更新"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "不变"), QT_TRANSLATE_NOOP("ImportHistoryDialog", "未导入"),
               QT_TRANSLATE_NOOP("ImportHistoryDialog", "状态"))

    def __init__(self, parent: QWidget | None, office_path: str | Path, *, kind: str | None = None,
                 project_id: int | None = None):
        super().__init__(parent)
        self.office_path = Path(office_path)
        self.kind = kind
        self.project_id = project_id
        self.records: list[BatchRecord] = []
        self.setWindowTitle(self.tr("导入记录"))
        fit_to_screen(self, 1180, 460)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, width in enumerate((50, 200, 90, 220, 150, 80, 50, 50, 50, 60)):
            self.table.setColumnWidth(column, width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the file name takes the room left
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.ResizeToContents)  # 已撤销 and when
        # 项目 only where rosters of several projects are listed (not on a project's own tab, not for teachers)
        self.table.setColumnHidden(3, project_id is not None or kind == "teachers")
        self.runner = _Runner(self)
        self.undo_button = QPushButton(self.tr("撤销这次导入"), self)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        self.undo_button.clicked.connect(self.undo_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.runner, 3)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        with Office(self.office_path, lock=False) as office:  # a quick read on this thread, its own connection
            self.records = office.imports.history(kind=self.kind, project_id=self.project_id)
        kinds = {"teachers": self.tr("教师信息"), "roster": self.tr("参培名单")}
        self.table.setRowCount(len(self.records))
        for r, record in enumerate(self.records):
            c = record.counts
            state = self.tr("已撤销 %1").replace("%1", record.undone_at) if record.undone_at else self.tr("有效")
            values = (f"#{record.id}", record.file_name, kinds.get(record.kind, record.kind), record.project,
                      record.imported_at, record.imported_by, c.get("created", 0), c.get("updated", 0),
                      c.get("unchanged", 0), c.get("rejected", 0), state)
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(str(value)))
        if self.records:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BatchRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.undone_at is None and not self.runner.busy)

    def undo_selected(self) -> None:
        record = self.selected()
        if record is None or record.undone_at or self.runner.busy:
            return
        try:
            with Office(self.office_path, lock=False) as office:
                office.imports.check_undoable(record.id)
        except TrainOfficeError as exc:  # said before asking, not after
            self._undo_failed(exc)
            return
        if not confirm(self, self.tr("撤销导入 #%1（%2）？这次导入新增的教师、学校和名单将被删除，更新过的信息恢复原样。")
                       .replace("%1", str(record.id)).replace("%2", record.file_name), ok_text=self.tr("撤销导入")):
            return
        self.undo_button.setEnabled(False)
        undoing = self.tr("正在撤销")

        def work(office, progress, cancel):
            progress(0.1, undoing)
            return office.imports.undo(record.id)

        self.runner.start(self.office_path, work, on_done=self._undone, on_error=self._undo_failed)

    def _undone(self, record: BatchRecord) -> None:
        self.reload()
        self.sig_undone.emit(record.id)

    def _undo_failed(self, exc: BaseException) -> None:
        self._selection_changed()
        if not isinstance(exc, TrainOfficeError):
            log.error("undo failed", exc_info=exc)
        text = str(exc) if isinstance(exc, TrainOfficeError) else self.tr("出现意外错误：%1").replace(
            "%1", type(exc).__name__)
        QMessageBox.warning(self, self.tr("不能撤销"), text)
