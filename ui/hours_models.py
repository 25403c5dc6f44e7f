"""Table models for 学时登记: a teacher's ledger lines, schools' credit compliance, teachers under a target.

Each holds the dataclasses a core call returned (a teacher has tens of lines, a county tens of schools,
a school at most a few hundred teachers), so sorting happens in a QSortFilterProxyModel on ``SortRole``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from trainoffice.compliance import SchoolCompliance, SchoolCycle, TeacherCredit
from trainoffice.credits import LedgerRow
from trainoffice.idnumber import mask
from trainoffice.pinyin import name_keys
from ui.models import HeaderedTableModel
from ui.words import term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
SortRole = Qt.ItemDataRole.UserRole + 1
FLAG_BACKGROUND = "#f9dcd9"
FLAG_TEXT = "#b3261e"
REVERSAL_TEXT = "#b3261e"
REVERSED_TEXT = "#888888"


def number(value: float) -> str:
    """Hours and credits as a clerk writes them: 72, 1.5, -24."""
    return f"{round(value, 2):g}"


class _Table(HeaderedTableModel):
    """A list of records and its headers; subclasses say what each cell shows and sorts by."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.records: list[Any] = []
        self._headers: list[str] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)


    def _numeric(self, column: int) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.cell(self.records[index.row()], index.column(), role)

    def cell(self, record: Any, column: int, role: int) -> Any:
        raise NotImplementedError


class LedgerModel(_Table):
    """学时登记 lines in date order; a reversal (冲销) in red beside the line it cancels, which is struck out."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._headers = [self.tr("日期"), self.tr("年度"), self.tr("类别"), self.tr("培训项目"), self.tr("学时"),
                         self.tr("学分"), self.tr("佐证材料"), self.tr("状态")]

    def _numeric(self, column: int) -> bool:
        return column in (1, 4, 5)

    def state(self, row: LedgerRow) -> str:
        if row.is_reversal:
            return self.tr("冲销（第 {id} 条）").format(id=row.reverses)
        if row.is_reversed:
            return self.tr("已冲销")
        return ""

    def cell(self, row: LedgerRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (row.date, str(row.year), term(row.category, "CreditCategory"),
                      row.title if row.project_name else "", number(row.hours), number(row.credits), row.evidence, self.state(row))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("第 {id} 条 · 登记于 {at}").format(id=row.id, at=row.created_at) + (
                    f"\n{row.evidence}" if row.evidence else "")
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_reversal:
                return QColor(REVERSAL_TEXT)
            if row.is_reversed:
                return QColor(REVERSED_TEXT)
        if role == Qt.ItemDataRole.FontRole and (row.is_reversed or row.is_reversal) and column != 7:
            font = QFont()
            font.setStrikeOut(row.is_reversed)
            font.setItalic(row.is_reversal)
            return font
        return None


class SchoolComplianceModel(_Table):
    """学分达标 by school: annual (未达标 share, the ≥20% flag) or the 5-year cycle (完成率)."""

    FlagRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.mode = "annual"
        self._set_headers()

    def _set_headers(self) -> None:
        if self.mode == "annual":
            self._headers = [self.tr("乡镇"), self.tr("学校"), self.tr("在职教师"), self.tr("达标"), self.tr("未达标"),
                             self.tr("未达标比例"), self.tr("未达标≥20%")]
        else:
            self._headers = [self.tr("乡镇"), self.tr("学校"), self.tr("在职教师"), self.tr("已完成"),
                             self.tr("未完成"), self.tr("完成率")]

    def set_schools(self, schools: list[SchoolCompliance] | list[SchoolCycle], mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self._set_headers()
        self.records = list(schools)
        self.endResetModel()

    def _numeric(self, column: int) -> bool:
        return column >= 2

    def cell(self, s: SchoolCompliance | SchoolCycle, column: int, role: int) -> Any:
        annual = self.mode == "annual"
        flagged = annual and s.flagged
        if role == self.FlagRole:
            return flagged
        if role == SortRole:
            if column < 2:  # names sort as printed lists do, by pinyin
                return name_keys((s.township, s.school)[column])[0]
            if annual:
                return (s.teachers, s.met, s.under, s.share_under, s.flagged)[column - 2]
            return (s.teachers, s.completed, s.teachers - s.completed, s.rate)[column - 2]
        if role == Qt.ItemDataRole.DisplayRole:
            if annual:
                return (s.township, s.school, str(s.teachers), str(s.met), str(s.under), f"{s.share_under:.1%}",
                        self.tr("是") if s.flagged else "")[column]
            return (s.township, s.school, str(s.teachers), str(s.completed), str(s.teachers - s.completed),
                    f"{s.rate:.1%}")[column]
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QColor(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and flagged and column >= 4:
            return QColor(FLAG_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            return self.tr("未达标教师占 {share:.1%}，达到或超过 20%：学校不能评为先进单位，校长不能评为优秀").format(
                share=s.share_under)
        return None


class FlaggedSchools(QSortFilterProxyModel):
    """Sorting by raw values; optionally only the schools with the ≥20% flag."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.only_flagged = False

    def set_only_flagged(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_flagged = only
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        if not self.only_flagged:
            return True
        model = self.sourceModel()
        return bool(model.data(model.index(source_row, 0, source_parent), SchoolComplianceModel.FlagRole))


class TeacherCreditModel(_Table):
    """Drill-down: a school's teachers under the annual target (学分) or short of the cycle (学时)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.measure = "credits"
        self.target = 0.0
        self.masked = True
        self._set_headers()

    def _set_headers(self) -> None:
        label = self.tr("年度学分") if self.measure == "credits" else self.tr("周期学时")
        self._headers = [self.tr("姓名"), self.tr("身份证号"), self.tr("学校"), label, self.tr("还差")]

    def set_teachers(self, teachers: list[TeacherCredit], *, measure: str, target: float, masked: bool) -> None:
        self.beginResetModel()
        self.measure, self.target, self.masked = measure, target, masked
        self._set_headers()
        self.records = list(teachers)
        self.endResetModel()

    def _numeric(self, column: int) -> bool:
        return column >= 3

    def cell(self, t: TeacherCredit, column: int, role: int) -> Any:
        got = t.credits if self.measure == "credits" else t.hours
        if role == SortRole:
            return (name_keys(t.name)[0], t.id_number, name_keys(t.school)[0], got, self.target - got)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (t.name, mask(t.id_number) if self.masked else t.id_number, t.school, number(got),
                    number(self.target - got))[column]
        return None
