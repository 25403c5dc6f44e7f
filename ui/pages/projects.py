"""培训项目: the year's projects as a list; Enter opens one (项目详情) in place of the list, Esc goes back.

The list filters by year, status and a search over name, code and host (in SQL). From here the clerk
creates a project (Ctrl+N), imports the city's annual plan, exports the list (Ctrl+E) and deletes a
project the core allows to be deleted. A file dropped on the page is the annual plan while the list is
shown, and the open project's roster while a project is open.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import TrainOfficeError
from trainoffice.projects import FORMS, LEVELS, STATUSES
from ui.attendance_grid import AttendanceGrid
from ui.messages import confirm, inform, warn
from ui.operations import Operations
from ui.pages.base import Page
from ui.project_detail import ProjectDetail
from ui.project_dialogs import NewProjectDialog, PlanImportDialog, save_file_name
from ui.project_models import SORT_ROLE, ProjectTableModel
from ui.project_roster import RosterTab
from ui.widgets import fixed_rows, search_steps_into, set_column_widths
from ui.words import term

SEARCH_DELAY_MS = 250
COLUMN_WIDTHS = (90, 300, LEVELS, FORMS, STATUSES, 64, 50, 50, 170, 140, 160)
LIST_TABLES = frozenset({"projects", "project_stages", "enrollments", "sessions"})


class ProjectsPage(Page):
    """培训项目 list and, in its place while one is open, the project's detail."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.dialog = None
        self.year = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), "")
        for status in STATUSES:
            self.status.addItem(term(status), status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：项目名称、编号或承办单位"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("新建项目(&N)"))
        self.new_button.setToolTip(self.tr("新建培训项目（Ctrl+N）"))
        self.plan_button = QPushButton(self.tr("导入年度计划(&P)…"))
        self.plan_button.setToolTip(self.tr("导入市里下发的年度培训计划表，也可以把计划表文件拖到窗口上"))
        self.open_button = QPushButton(self.tr("打开(&O)"))
        self.open_button.setToolTip(self.tr("打开选中的项目（回车）"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        self.delete_button.setToolTip(self.tr("删除选中的项目（只有尚无学员和记录的计划项目可以删除）"))
        self.export_button = QPushButton(self.tr("导出(&X)…"))
        self.export_button.setToolTip(self.tr("把当前列表导出为 Excel（Ctrl+E）"))
        top = QHBoxLayout()
        for label, widget in ((self.tr("年度(&Y)"), self.year), (self.tr("状态(&A)"), self.status)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            top.addWidget(caption)
            top.addWidget(widget)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        for button in (self.new_button, self.plan_button, self.open_button, self.delete_button, self.export_button):
            top.addWidget(button)

        self.model = ProjectTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        fixed_rows(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        set_column_widths(self.table, COLUMN_WIDTHS)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555555;")
        self.overdue_label = QLabel()  # across all years: a project of last year must not sit forgotten
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.list_view = QWidget()
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.overdue_label)

        self.detail = ProjectDetail(ops)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        search_steps_into(self.search, self.table, self.refresh)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.create_item)
        self.plan_button.clicked.connect(lambda: self.import_plan())
        self.open_button.clicked.connect(lambda: self.open_project())
        self.delete_button.clicked.connect(self.delete_project)
        self.export_button.clicked.connect(self.export_list)
        self.table.activated.connect(lambda index: self.open_project(self._project_at(index.row())))
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_project,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.detail.sig_back.connect(self.show_list)
        ops.sig_changed.connect(self._changed)

        self._fill_years()
        self.refresh()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("ProjectsPage", "培训项目")

    # ----- the list --------------------------------------------------------------------------
    def _fill_years(self, *, select: int | None = None) -> None:
        """Years that have projects, and this year; the newest with projects is chosen at first."""
        known = self.ops.office.projects.years()
        this_year = dt.date.today().year
        years = sorted({*known, this_year}, reverse=True)
        current = select if select is not None else self.year.currentData()
        if current is None and self.year.count() == 0:
            current = this_year if this_year in known or not known else known[0]
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(self.tr("{year} 年").format(year=year), year)
        self.year.addItem(self.tr("全部年度"), 0)
        self.year.setCurrentIndex(max(self.year.findData(current), 0))
        self.year.blockSignals(False)

    def refresh(self) -> None:
        self._search_timer.stop()
        selected = self.selected_project_id()
        rows = self.ops.office.projects.rows(year=self.year.currentData() or None,
                                             status=self.status.currentData() or "", text=self.search.text())
        self.model.set_items(rows)
        self.count_label.setText(self.tr("共 %n 个项目", "", len(rows)))
        if selected is not None:
            self.select_project(selected)
        if not rows and not self.search.text() and not self.status.currentData():
            self.empty_label.setText(self.tr("这一年度还没有培训项目。可以“导入年度计划…”（市里下发的计划表），"
                                             "或“新建项目”（Ctrl+N）。"))
            self.empty_label.show()
        else:
            self.empty_label.hide()
        self._show_overdue()
        self._update_buttons()

    def _show_overdue(self) -> None:
        """Projects of any year past their 归档截止 (one month after the end) and not yet 归档."""
        today = dt.date.today()
        overdue = [r.project for r in self.ops.office.projects.rows() if r.project.archive_overdue(today)]
        self.overdue_label.setVisible(bool(overdue))
        if overdue:
            codes = self.tr("、").join(p.code for p in overdue[:8]) + ("…" if len(overdue) > 8 else "")
            self.overdue_label.setText(self.tr(
                "⚠ %n 个项目已过归档截止（结束后一个月内报送市中心）仍未归档：{codes}。"
                "请生成提交包并归档；“归档截止”列的提示说明要做什么。", "", len(overdue)).format(codes=codes))
            self.overdue_label.setToolTip("\n".join(
                self.tr("{code}  {name}（{status}，归档截止 {due}）").format(
                    code=p.code, name=p.name, status=term(p.status), due=p.archive_due.isoformat())
                for p in overdue))

    def _changed(self, tables: frozenset[str]) -> None:
        if "projects" in tables:
            self._fill_years()
        if tables & LIST_TABLES:
            self.refresh()

    def _project_at(self, proxy_row: int) -> int:
        return self.model.project_id(self.proxy.mapToSource(self.proxy.index(proxy_row, 0)).row())

    def selected_project_id(self) -> int | None:
        index = self.table.currentIndex()
        return self._project_at(index.row()) if index.isValid() else None

    def select_project(self, project_id: int) -> bool:
        row = self.model.row_of(project_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected_project_id() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # ----- the detail ------------------------------------------------------------------------
    def open_project(self, project_id: int | None = None) -> ProjectDetail | None:
        project_id = project_id if project_id is not None else self.selected_project_id()
        if project_id is None:
            return None
        self.detail.set_project(project_id)
        self.stack.setCurrentWidget(self.detail)
        self.detail.focus_tabs()
        return self.detail

    def show_list(self) -> None:
        project_id = self.detail.project_id
        self.stack.setCurrentWidget(self.list_view)
        if project_id is not None:
            self.select_project(project_id)
        self.table.setFocus()

    def is_detail_shown(self) -> bool:
        return self.stack.currentWidget() is self.detail

    # ----- actions ---------------------------------------------------------------------------
    def create_item(self) -> NewProjectDialog | None:
        """新建项目 (Ctrl+N): the dialog; the new project opens once it is created, in place of an open one."""
        if not self.can_leave():
            return None
        dialog = NewProjectDialog(self.ops, self, year=self.year.currentData() or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_created.connect(self._created)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _created(self, project_id: int) -> None:
        year = self.ops.office.projects.project(project_id).year
        self._fill_years(select=year)
        self.status.setCurrentIndex(0)
        self.refresh()
        self.select_project(project_id)
        self.open_project(project_id)

    def import_plan(self, path: str | None = None) -> PlanImportDialog:
        """导入年度计划…: check the table (dry run), show what it holds, then import the rest or nothing."""
        dialog = PlanImportDialog(self.ops, self, path=path, year=self.year.currentData() or None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_imported.connect(self._plan_imported)
        self.dialog = dialog
        dialog.open()
        if path:
            dialog.check()
        return dialog

    def _plan_imported(self, year: int, _count: int) -> None:
        self._fill_years(select=year)
        self.status.setCurrentIndex(0)
        self.search.clear()
        self.refresh()
        self.show_list()

    def delete_project(self) -> bool:
        project_id = self.selected_project_id()
        if project_id is None:
            return False
        project = self.ops.office.projects.project(project_id)
        try:
            self.ops.office.projects.check_deletable(project_id)
        except TrainOfficeError as exc:  # said before asking, not after
            warn(self, self.tr("不能删除"), str(exc))
            return False
        if not confirm(self, self.tr("删除项目“{name}”？").format(name=project.name), ok_text=self.tr("删除"),
                       detail=self.tr("项目编号 {code}。删除后不能恢复。").format(code=project.code)):
            return False
        try:
            self.ops.office.projects.delete(project_id)
        except TrainOfficeError as exc:
            warn(self, self.tr("不能删除"), str(exc))
            return False
        self.ops.announce("projects", "project_stages")
        self.ops.say(self.tr("已删除项目：{name}").format(name=project.name))
        return True

    def export_list(self) -> bool:
        """导出 (Ctrl+E): the list as filtered; with a project open, its roster (参培学员名单汇总表)."""
        if self.is_detail_shown():
            roster = self.detail.tab("指标与名单")
            assert isinstance(roster, RosterTab)
            self.detail.tabs.setCurrentWidget(roster)
            return roster.export_list()
        year = self.year.currentData() or None
        name = self.tr("{year}年度培训项目.xlsx").format(year=year) if year else self.tr("培训项目.xlsx")
        out = save_file_name(self, self.tr("导出培训项目列表"), name)
        if out is None:
            return False
        return self.export_to(out)

    def export_to(self, out: Path) -> bool:
        year, status, text = self.year.currentData() or None, self.status.currentData() or "", self.search.text()
        count = self.proxy.rowCount()
        return self.ops.run(
            lambda office, _progress, _cancel: office.projects.export(out, year=year, status=status, text=text),
            label=self.tr("正在导出培训项目列表…"), parent=self,
            on_done=lambda path: self.ops.say(self.tr("已导出 %n 个项目：{path}", "", count).format(path=path)))

    def focus_search(self) -> None:
        if self.is_detail_shown():
            self.detail.focus_tabs()
            return
        self.search.setFocus()
        self.search.selectAll()

    def import_files(self, files: list[str]) -> None:
        """A dropped file: sign-ins on the 考勤 tab, else the open project's roster; the plan on the list."""
        if len(files) > 1:
            inform(self, self.tr("一次导入一个文件"), self.tr("收到 %n 个文件，先导入第一个：{name}", "", len(files)).format(
                name=os.path.basename(files[0])))
        if self.is_detail_shown() and isinstance(self.detail.tabs.currentWidget(), AttendanceGrid):
            self.detail.tabs.currentWidget().import_sign_in(files[0])
        elif self.is_detail_shown():
            roster = self.detail.show_tab("指标与名单")
            assert isinstance(roster, RosterTab)
            roster.import_roster(files[0])
        else:
            self.import_plan(files[0])

    def page_shown(self) -> None:
        if not self.is_detail_shown():
            self.refresh()

    def can_leave(self) -> bool:
        """An open project's unsaved 基本信息 are settled first (the list saves as it goes)."""
        return not self.is_detail_shown() or self.detail.can_leave()
