"""教师: the registry as a searchable, filterable list; the editor opens on Enter or double-click."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.registry import GENDERS, POSTS, STAGES, STATUSES, TITLES, TeacherQuery
from trainoffice.reports import export_teachers
from ui.models import TeacherTableModel
from ui.operations import Operations
from ui.pages.base import Page
from ui.teacher_editor import TeacherEditor
from ui.widgets import WARNING_STYLE, SchoolCombo, fit_column, fixed_rows, search_steps_into
from ui.words import term

SEARCH_DELAY_MS = 250  # type-to-search waits for a short pause in typing
COLUMN_WIDTHS = {"name": 90, "gender": GENDERS, "id_number": 170, "school": 200, "township": 90, "stage": STAGES,
                 "subject": 80, "title": TITLES, "post": POSTS, "phone": 110, "status": STATUSES}


class TeachersPage(Page):
    """教师信息库: one search box over name, pinyin, ID tail, phone and school, plus filters."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.editor: TeacherEditor | None = None
        registry = ops.office.registry

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：姓名、拼音或首字母（zs）、身份证号后几位、电话、学校"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("新建教师(&N)"))
        self.new_button.setToolTip(self.tr("新建教师（Ctrl+N）"))
        self.export_button = QPushButton(self.tr("导出名单(&X)…"))
        self.export_button.setToolTip(self.tr("把当前名单（含筛选条件）导出为 Excel（Ctrl+E）"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("导入(&I)…"))
        self.import_button.setToolTip(self.tr("导入学校报来的教师名单：Excel、WPS 或 CSV（Ctrl+I），也可以把文件拖到窗口上"))
        top.addWidget(self.import_button)

        self.school_filter = SchoolCombo(blank_text=self.tr("全部学校"))
        self.township_filter = QComboBox()
        self.stage_filter = QComboBox()
        self.subject_filter = QComboBox()
        self.title_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(term("在职"), "在职")
        self.status_filter.addItem(self.tr("全部"), "")
        self.status_filter.addItem(term("退休"), "退休")
        self.status_filter.addItem(term("调出"), "调出")
        self.clear_button = QPushButton(self.tr("清除筛选(&C)"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("学校(&S)"), self.school_filter), (self.tr("乡镇(&T)"), self.township_filter),
                              (self.tr("学段(&G)"), self.stage_filter), (self.tr("学科(&U)"), self.subject_filter),
                              (self.tr("职称(&L)"), self.title_filter), (self.tr("状态(&A)"), self.status_filter)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)

        self.model = TeacherTableModel(registry, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        fixed_rows(self.table)  # fixed height: no per-row measuring
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            fit_column(self.table, column, COLUMN_WIDTHS.get(self.model.column_key(column), 90))
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # first: enabling sorting sorts by the indicator
        self.table.setSortingEnabled(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.first_steps = QLabel(self.tr(
            "还没有教师信息。第一步：在“学校”页（Ctrl+2）添加本县的学校；然后点“导入…”导入学校报来的教师名单"
            "（Excel、WPS 或 CSV），或点“新建教师”逐个录入。"))
        self.first_steps.setWordWrap(True)
        self.first_steps.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        search_steps_into(self.search, self.table, self.apply_query)
        self.school_filter.sig_school_changed.connect(lambda _id: self.apply_query())
        for combo in (self.township_filter, self.stage_filter, self.subject_filter, self.title_filter,
                      self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self.create_item)
        self.export_button.clicked.connect(self.export_list)
        self.import_button.clicked.connect(lambda: self.window().import_teachers())
        self.table.activated.connect(lambda index: self.open_teacher(self.model.teacher_id(index.row())))
        ops.sig_changed.connect(self._changed)

        self._fill_filters()
        self.apply_query()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("TeachersPage", "教师")

    # ----- search and filters --------------------------------------------------------------
    def _fill_filters(self, *, schools: bool = True) -> None:
        """The filter lists; the subjects in use change with the teachers, schools and townships with schools."""
        registry = self.ops.office.registry
        if schools:
            self.school_filter.set_schools(registry.schools(include_inactive=True), registry.county_name)
            self._fill_combo(self.township_filter, self.tr("全部乡镇"), registry.townships())
        self._fill_combo(self.stage_filter, self.tr("全部学段"), STAGES)
        self._fill_combo(self.subject_filter, self.tr("全部学科"), registry.distinct("subject"))
        self._fill_combo(self.title_filter, self.tr("全部职称"), TITLES)

    @staticmethod
    def _fill_combo(combo: QComboBox, all_text: str, values) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, "")
        for value in values:
            combo.addItem(term(value), value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def current_query(self) -> TeacherQuery:
        """The search box and filters as a TeacherQuery, in the table's current order."""
        shown = self.model.query()
        return TeacherQuery(
            text=self.search.text(), school_id=self.school_filter.school_id(),
            township=self.township_filter.currentData() or "", stage=self.stage_filter.currentData() or "",
            subject=self.subject_filter.currentData() or "", title=self.title_filter.currentData() or "",
            status=self.status_filter.currentData() or "", order_by=shown.order_by, descending=shown.descending)

    def apply_query(self) -> None:
        self._search_timer.stop()
        self.model.masked = bool(self.ops.office.settings.get("mask_personal_data"))
        self.model.set_query(self.current_query())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 %n 人", "", self.model.rowCount()))
        self.first_steps.setVisible(not self.ops.office.registry.counts()["teachers_all"])  # a new office

    def clear_filters(self) -> None:
        for combo in (self.township_filter, self.stage_filter, self.subject_filter, self.title_filter,
                      self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.school_filter.blockSignals(True)
        self.school_filter.set_school_id(None)
        self.school_filter.blockSignals(False)
        self.apply_query()

    def _changed(self, tables: frozenset[str]) -> None:
        if {"schools", "teachers", "settings"} & tables:
            self._fill_filters(schools="schools" in tables)
            selected = self.selected_teacher_id()
            self.apply_query()  # from the widgets, which may have lost a value that no longer exists
            if selected is not None:
                self.select_teacher(selected)

    # ----- the list ------------------------------------------------------------------------
    def selected_teacher_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.teacher_id(index.row()) if index.isValid() else None

    def select_teacher(self, teacher_id: int) -> None:
        row = self.model.row_of(teacher_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_teacher(self, teacher_id: int | None = None) -> TeacherEditor:
        """Open the editor for a teacher (None: a new one, at the filtered school if there is one)."""
        editor = TeacherEditor(self.ops, teacher_id, self, school_id=self.school_filter.school_id())
        editor.sig_saved.connect(self.select_teacher)
        editor.sig_open_teacher.connect(self.open_teacher)
        editor.finished.connect(lambda _r: self.table.setFocus())
        self.editor = editor
        editor.open()
        return editor

    # ----- menu actions --------------------------------------------------------------------
    def create_item(self) -> None:
        self.open_teacher(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_list(self) -> None:
        """导出: the list as shown (search, filters, order) to a print-ready .xlsx on a worker thread."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / self.tr("教师名单-{date}.xlsx").format(date=f"{dt.date.today():%Y%m%d}")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("导出教师名单"), str(suggested),
                                                    self.tr("Excel 工作簿 (*.xlsx)"))
        if not name:
            return
        out = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        query = self.current_query()
        masked = bool(self.ops.office.settings.get("mask_personal_data"))
        count = self.model.rowCount()

        def done(path: Path) -> None:
            note = self.tr("（身份证号、电话已部分遮盖）") if masked else ""
            self.ops.say(self.tr("已导出 %n 人：{path}{note}", "", count).format(path=path, note=note))

        self.ops.run(lambda office, progress, cancel: export_teachers(office, query, out, masked=masked),
                     label=self.tr("正在导出教师名单…"), on_done=done, parent=self)
