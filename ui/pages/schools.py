"""学校: the county's schools; create, edit, merge, deactivate, delete (only when nothing refers to it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import TrainOfficeError
from trainoffice.registry import School
from ui.messages import confirm, warn
from ui.models import SchoolTableModel
from ui.operations import Operations
from ui.pages.base import Page
from ui.school_dialogs import MergeSchoolsDialog, SchoolDialog
from ui.widgets import record_table

COLUMN_WIDTHS = (240, 110, 100, 130, 70, 50, 60, 70)


class SchoolsPage(Page):
    """学校名单 with its actions; a school with teachers is deactivated or merged, never deleted."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.dialog: SchoolDialog | MergeSchoolsDialog | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按名称、乡镇或代码查找学校"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("显示已停用(&I)"))
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.count_label)

        self.new_button = QPushButton(self.tr("新建学校(&N)"))
        self.new_button.setToolTip(self.tr("新建学校（Ctrl+N）"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.merge_button = QPushButton(self.tr("合并(&M)…"))
        self.active_button = QPushButton(self.tr("停用"))
        self.delete_button = QPushButton(self.tr("删除(&D)"))
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.merge_button, self.active_button,
                       self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.model = SchoolTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SchoolTableModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = record_table(self.proxy, COLUMN_WIDTHS)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the spare width
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_inactive.toggled.connect(lambda _on: self.reload())
        self.new_button.clicked.connect(self.create_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.proxy.modelReset.connect(self._update_buttons)
        ops.sig_changed.connect(self._changed)
        self.reload()

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("SchoolsPage", "学校")

    def reload(self) -> None:
        selected = self.selected_school()
        every = self.show_inactive.isChecked()  # merged schools are kept, inactive, and shown with the rest
        self.model.set_schools(self.ops.office.registry.schools(include_inactive=every, include_merged=every))
        self.count_label.setText(self.tr("共 %n 所", "", self.model.rowCount()))
        if selected is not None:
            self.select_school(selected.id)
        self._update_buttons()

    def _changed(self, tables: frozenset[str]) -> None:
        if tables & {"schools", "teachers"}:
            self.reload()

    def selected_school(self) -> School | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.school(self.proxy.mapToSource(index).row())

    def select_school(self, school_id: int) -> None:
        row = self.model.row_of(school_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _update_buttons(self) -> None:
        school = self.selected_school()
        self.edit_button.setEnabled(school is not None)
        for button in (self.merge_button, self.active_button, self.delete_button):  # a merged school stays as it is
            button.setEnabled(school is not None and not school.merged_into)
        self.active_button.setText(self.tr("重新启用") if school is not None and not school.active else self.tr("停用"))

    # ----- actions -------------------------------------------------------------------------
    def _open(self, dialog: SchoolDialog | MergeSchoolsDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()

    def create_item(self) -> None:
        dialog = SchoolDialog(self.ops, None, self)
        dialog.sig_saved.connect(self.select_school)
        self._open(dialog)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def edit_selected(self) -> None:
        school = self.selected_school()
        if school is not None:
            dialog = SchoolDialog(self.ops, school.id, self)
            dialog.sig_saved.connect(self.select_school)
            self._open(dialog)

    def merge_selected(self) -> None:
        school = self.selected_school()
        dialog = MergeSchoolsDialog(self.ops, school.id if school else None, self)
        dialog.sig_merged.connect(self.select_school)
        self._open(dialog)

    def toggle_active(self) -> None:
        school = self.selected_school()
        if school is None:
            return
        if school.active and not confirm(
                self, self.tr("停用“{name}”？").format(name=school.name), ok_text=self.tr("停用"),
                detail=self.tr("停用的学校不再出现在选择列表中，其教师和记录保持不变，可随时重新启用。")):
            return
        self.ops.office.registry.set_school_active(school.id, not school.active)
        self.ops.announce("schools")

    def delete_selected(self) -> None:
        school = self.selected_school()
        if school is None:
            return
        if not confirm(self, self.tr("删除“{name}”？").format(name=school.name), ok_text=self.tr("删除")):
            return
        try:
            self.ops.office.registry.delete_school(school.id)
        except TrainOfficeError as exc:
            warn(self, self.tr("不能删除“{name}”。").format(name=school.name), str(exc))
            return
        self.ops.announce("schools")
