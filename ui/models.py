"""Table models over the registry (Anki's browser DataModel): ids in display order, rows fetched on demand.

Searching, filtering and sorting happen in SQL through Registry.search_ids; the model keeps only the
id list and a cache of the rows the view has asked for, filled in blocks. A 60,000-teacher city
registry therefore costs one id query per search, not 60,000 row objects.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from trainoffice.idnumber import mask, mask_phone
from trainoffice.registry import FIELD_BY_NAME, LIST_COLUMNS, Registry, School, TeacherQuery
from ui.words import term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class HeaderedTableModel(QAbstractTableModel):
    """A table model whose column titles are ``self._headers`` and whose rows are numbered from 1."""

    _headers: list[str]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1


class TeacherTableModel(HeaderedTableModel):
    """教师名单: the rows matching a TeacherQuery, in its order; header clicks re-query with a new order.

    ID numbers and phones are shown masked while ``masked`` (the setting mask_personal_data), as on the
    printed lists: a list is seen over a shoulder; the whole number is in the teacher's own record."""

    BLOCK = 200  # rows fetched per query when the view scrolls into rows not yet cached

    def __init__(self, registry: Registry, parent=None):
        super().__init__(parent)
        self._registry = registry
        self._query = TeacherQuery()
        self._ids: list[int] = []
        self._rows: dict[int, tuple] = {}
        self._keys = [key for key, _, _ in LIST_COLUMNS]
        self._headers = self._translated_headers()
        self.masked = True

    def _translated_headers(self) -> list[str]:
        labels = {
            "name": self.tr("姓名"), "gender": self.tr("性别"), "id_number": self.tr("身份证号"),
            "school": self.tr("工作单位"), "township": self.tr("乡镇"), "stage": self.tr("学段"),
            "subject": self.tr("学科"), "title": self.tr("职称"), "post": self.tr("职务"),
            "phone": self.tr("联系电话"), "status": self.tr("状态"),
        }
        return [labels.get(key, label) for key, label, _ in LIST_COLUMNS]

    # ----- what it shows -------------------------------------------------------------------
    def query(self) -> TeacherQuery:
        """A copy of the current search, filters and order (what an export of 'the current list' uses)."""
        return replace(self._query)

    def set_query(self, query: TeacherQuery) -> None:
        self.beginResetModel()
        self._query = replace(query)
        self._ids = self._registry.search_ids(self._query)
        self._rows.clear()
        self.endResetModel()

    def column_key(self, column: int) -> str:
        return self._keys[column]

    def teacher_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, teacher_id: int) -> int | None:
        try:
            return self._ids.index(teacher_id)
        except ValueError:
            return None

    def _row(self, row: int) -> tuple:
        teacher_id = self._ids[row]
        cached = self._rows.get(teacher_id)
        if cached is None:
            start = row - row % self.BLOCK
            self._rows.update(self._registry.list_rows(self._ids[start:start + self.BLOCK]))
            cached = self._rows.get(teacher_id, ("",) * len(self._keys))
        return cached

    # ----- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        value = self._row(index.row())[index.column()]
        if value is None:
            return ""
        key = self._keys[index.column()]
        if self.masked and key == "id_number":
            return mask(value)
        if self.masked and key == "phone":
            return mask_phone(value)
        return term(value) if key in FIELD_BY_NAME and FIELD_BY_NAME[key].choices else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is an SQL ORDER BY (姓名 sorts by pinyin, as printed lists do)."""
        if not 0 <= column < len(self._keys):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self._query.order_by, self._query.descending) == (self._keys[column], descending):
            return
        self.layoutAboutToBeChanged.emit()
        self._query = replace(self._query, order_by=self._keys[column], descending=descending)
        self._ids = self._registry.search_ids(self._query)
        self.layoutChanged.emit()


class SchoolTableModel(HeaderedTableModel):
    """学校: every school (a county has tens, a city about 1,500), so the whole list is held; sorting by a proxy."""

    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._schools: list[School] = []
        self._headers = [self.tr("学校名称"), self.tr("学校代码"), self.tr("乡镇"), self.tr("学段"),
                         self.tr("乡村学校"), self.tr("民办"), self.tr("状态"), self.tr("在职教师")]

    def set_schools(self, schools: list[School]) -> None:
        self.beginResetModel()
        self._schools = list(schools)
        self.endResetModel()

    def school(self, row: int) -> School:
        return self._schools[row]

    def row_of(self, school_id: int) -> int | None:
        return next((n for n, s in enumerate(self._schools) if s.id == school_id), None)

    def _values(self, school: School) -> tuple[Any, ...]:
        yes = self.tr("是")
        stages = self.tr("、").join(term(stage) for stage in school.stages.split("、") if stage)
        return (school.name, school.code or "", school.township, stages,
                yes if school.rural else "", yes if school.private else "",
                self.tr("已并入") if school.merged_into else self.tr("在用") if school.active else self.tr("已停用"),
                school.teacher_count)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._schools)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        school = self._schools[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._values(school)[column]
            return str(value)
        if role == self.SortRole:
            raw = (school.name, school.code or "", school.township, school.stages, school.rural,
                   school.private, school.active, school.teacher_count)
            return raw[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == len(self._headers) - 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not school.active:
            return QColor("#888888")
        return None

