"""Table models of the 培训项目 page: the project list, stages, quotas, roster, candidates and sessions.

A county has tens of projects a year and a roster holds up to a few hundred people, so these models
hold their rows; the teacher registry (thousands) is read in blocks by id (``CandidateTableModel``).
Editable models change nothing on their own except through the core: sessions are saved by the core as
each cell is committed and a refusal comes back as ``sig_refused`` with the core's message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from trainoffice.errors import TrainOfficeError
from trainoffice.idnumber import mask_phone
from trainoffice.projects import Project, ProjectRow, Stage
from trainoffice.registry import Registry, School, Teacher
from trainoffice.roster import Quota, QuotaUse, Trainee
from trainoffice.sessions import SLOTS, Session
from ui.models import HeaderedTableModel
from ui.words import term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RED = QColor("#b3261e")
AMBER = QColor("#8a5a00")
GREY = QColor("#777777")
STATUS_COLOURS = {"计划": QColor("#555555"), "开班": QColor("#1d6b2f"), "结业": QColor("#1a4f8b"),
                  "归档": GREY}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

WEEKDAYS = (QT_TRANSLATE_NOOP("Weekday", "周一"), QT_TRANSLATE_NOOP("Weekday", "周二"),
            QT_TRANSLATE_NOOP("Weekday", "周三"), QT_TRANSLATE_NOOP("Weekday", "周四"),
            QT_TRANSLATE_NOOP("Weekday", "周五"), QT_TRANSLATE_NOOP("Weekday", "周六"),
            QT_TRANSLATE_NOOP("Weekday", "周日"))


def number(value: float) -> str:
    """6.0 -> '6', 6.5 -> '6.5': days and hours as people write them."""
    return f"{value:g}"


def date_range(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} — {end}"
    return start or end or ""


class _ListModel(QAbstractTableModel):
    """A table over a list of records; subclasses name the headers and say what each cell shows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._items[row]

    def items(self) -> list[Any]:
        return list(self._items)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1


class RecordsModel(_ListModel):
    """A read-only table of plain rows (budget lines, the status log, rows a plan import could not place)."""

    def __init__(self, headers: Sequence[str], parent=None, *, right_columns: Sequence[int] = ()):
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right_columns)

    def headers(self) -> list[str]:
        return self._headers

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            value = self._items[index.row()][index.column()]
            return number(value) if isinstance(value, float) else "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return RIGHT
        return None


# ----- the project list ------------------------------------------------------------------------------
class ProjectTableModel(_ListModel):
    """培训项目列表: one ProjectRow per line; sorted through a proxy on ``SORT_ROLE``."""

    KEYS = ("code", "name", "level", "form", "status", "places", "enrolled", "hours", "dates", "archive_due", "host")

    def headers(self) -> list[str]:
        return [self.tr("编号"), self.tr("项目名称"), self.tr("层级"), self.tr("培训形式"), self.tr("状态"),
                self.tr("培训人数"), self.tr("在册"), self.tr("学时"), self.tr("培训日期"), self.tr("归档截止"),
                self.tr("承办单位")]

    def project_id(self, row: int) -> int:
        return self._items[row].project.id

    def row_of(self, project_id: int) -> int | None:
        return next((n for n, r in enumerate(self._items) if r.project.id == project_id), None)

    def _value(self, r: ProjectRow, key: str) -> Any:
        p = r.project
        due = p.archive_due if p.status != "归档" else None  # once archived, its deadline no longer matters
        return {"code": p.code, "name": p.name, "level": p.level, "form": p.form, "status": p.status,
                "places": p.places, "enrolled": r.enrolled, "hours": r.hours,
                "dates": date_range(p.start_date, p.end_date), "archive_due": due.isoformat() if due else "",
                "host": p.host}[key]

    def _archive_tip(self, p: Project, overdue: bool) -> str:
        if overdue:
            return self.tr("归档截止 {due} 已过 %n 天，项目仍未归档。结束后一个月内应把归档材料报送市教师发展中心："
                           "请生成提交包，按其中的归档清单备齐材料，再归档。", "",
                           (dt.date.today() - p.archive_due).days).format(due=p.archive_due.isoformat())
        return self.tr("项目结束后一个月内，归档材料报送市教师发展中心报账、存档")

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r: ProjectRow = self._items[index.row()]
        key = self.KEYS[index.column()]
        overdue = key == "archive_due" and r.project.archive_overdue(dt.date.today())
        if role == Qt.ItemDataRole.ToolTipRole and key == "archive_due":
            return self._archive_tip(r.project, overdue) if self._value(r, key) else None
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            value = self._value(r, key)
            if key in ("level", "form", "status"):
                return term(value)
            if overdue:
                return self.tr("{due} 已逾期").format(due=value)
            return number(value) if isinstance(value, float) else str(value)
        if role == SORT_ROLE:
            value = self._value(r, key)
            return (r.project.start_date or "") if key == "dates" else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("places", "enrolled", "hours"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "enrolled" and r.project.places and r.enrolled > r.project.places:
                return RED
            if key == "status":
                return STATUS_COLOURS.get(r.project.status)
            if overdue:
                return RED
        if role == Qt.ItemDataRole.FontRole and (key == "status" or overdue):
            font = QFont()
            font.setBold(True)
            return font
        return None


# ----- stages (editable, saved together) --------------------------------------------------------------
class StageTableModel(_ListModel):
    """培训阶段: name, form and hours edited in place and saved together through Projects.set_stages."""

    sig_edited = Signal()
    """A cell, a new row or a removed row changed the stages from what was loaded."""

    def headers(self) -> list[str]:
        return [self.tr("阶段名称"), self.tr("培训形式"), self.tr("学时")]

    def stages(self) -> list[Stage]:
        return [replace(s, seq=n) for n, s in enumerate(self._items, start=1)]

    def total_hours(self) -> float:
        return sum(float(s.hours) for s in self._items)

    def add_stage(self, stage: Stage) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(stage)
        self.endInsertRows()
        self.sig_edited.emit()
        return row

    def remove_stage(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        self.sig_edited.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        s: Stage = self._items[index.row()]
        column = index.column()
        if role in (DISPLAY, EDIT):
            if column == 2:
                return float(s.hours) if role == EDIT else number(float(s.hours))
            return s.name if column == 0 else s.form if role == EDIT else term(s.form)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != EDIT:
            return False
        s: Stage = self._items[index.row()]
        column = index.column()
        if column == 2:
            try:
                hours = float(value)
            except (TypeError, ValueError):
                return False
            self._items[index.row()] = replace(s, hours=hours)
        else:
            text = str(value).strip()
            self._items[index.row()] = replace(s, name=text) if column == 0 else replace(s, form=text)
        self.dataChanged.emit(index, index)
        self.sig_edited.emit()
        return True


# ----- quotas (added and changed in QuotaDialog) ------------------------------------------------------
class QuotaTableModel(_ListModel):
    """参培指标 per school or township with how many are enrolled against it; over-quota rows in red."""

    def headers(self) -> list[str]:
        return [self.tr("学校或乡镇"), self.tr("类型"), self.tr("指标"), self.tr("已报名"), self.tr("超出")]

    def quotas(self) -> list[Quota]:
        return [Quota(places=q.places, school_id=q.school_id, township=q.township if q.school_id is None else None)
                for q in self._items]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        q: QuotaUse = self._items[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            over = q.enrolled - q.places
            return (q.label, self.tr("学校") if q.school_id is not None else self.tr("乡镇"), str(q.places),
                    str(q.enrolled), str(over) if over > 0 else "")[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and q.over:
            return RED
        return None


# ----- the roster -------------------------------------------------------------------------------------
class RosterTableModel(_ListModel):
    """参培名单: one Trainee per line; phones masked when the office masks personal data; left trainees grey."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.masked = True

    def headers(self) -> list[str]:
        return [self.tr("姓名"), self.tr("性别"), self.tr("学校"), self.tr("乡镇"), self.tr("状态"), self.tr("超出指标"),
                self.tr("学段"), self.tr("学科"), self.tr("职称"), self.tr("职务"), self.tr("联系电话"),
                self.tr("退出/替换")]

    def trainee(self, row: int) -> Trainee:
        return self._items[row]

    def row_of(self, enrollment_id: int) -> int | None:
        return next((n for n, t in enumerate(self._items) if t.enrollment_id == enrollment_id), None)

    def _left(self, t: Trainee) -> str:
        """When and why they left, and for a 替换 who took the place (the chain is readable on the list)."""
        if t.status == "在册":
            return ""
        by = next((x.name for x in self._items if x.enrollment_id == t.replaced_by), "") if t.replaced_by else ""
        return "　".join(filter(None, (self.tr("由 {name} 替换").format(name=by) if by else "", t.left_at or "",
                                       t.reason)))

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        t: Trainee = self._items[index.row()]
        column = index.column()
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            phone = mask_phone(t.phone) if self.masked else (t.phone or "")
            return (t.name, term(t.gender), t.school, t.township, term(t.status),
                    self.tr("超出指标") if t.over_quota else "", term(t.stage), t.subject, term(t.title),
                    term(t.post), phone, self._left(t))[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if t.status != "在册":
                return GREY
            if t.over_quota and column in (0, 5):
                return RED
        return None


# ----- teachers to choose from ------------------------------------------------------------------------
class CandidateTableModel(HeaderedTableModel):
    """Teachers matching a target group (ids from Roster.candidates), their details fetched in blocks."""

    BLOCK = 200

    def __init__(self, registry: Registry, parent=None, *, age_on: dt.date | None = None):
        super().__init__(parent)
        self._registry = registry
        self._ids: list[int] = []
        self._rows: dict[int, Teacher] = {}
        self._schools: dict[int, School] = {}
        self.age_on = age_on or dt.date.today()
        self._headers = [self.tr("姓名"), self.tr("性别"), self.tr("年龄"), self.tr("学校"), self.tr("乡镇"),
                         self.tr("学段"), self.tr("学科"), self.tr("职称"), self.tr("职务")]

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self._schools = {s.id: s for s in self._registry.schools(include_inactive=True)}
        self.endResetModel()

    def teacher_id(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return list(self._ids)

    def _teacher(self, row: int) -> Teacher:
        teacher_id = self._ids[row]
        found = self._rows.get(teacher_id)
        if found is None:
            start = row - row % self.BLOCK
            self._rows.update(self._registry.teachers(self._ids[start:start + self.BLOCK]))
            found = self._rows.get(teacher_id, Teacher())
        return found

    def _age(self, birth: str) -> str:
        try:
            born = dt.date.fromisoformat(birth)
        except (TypeError, ValueError):
            return ""
        on = self.age_on
        return str(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))

    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return RIGHT
        if role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        t = self._teacher(index.row())
        school = self._schools.get(t.school_id)
        return (t.name, term(t.gender), self._age(t.birth_date), school.name if school else "",
                school.township if school else "", term(t.stage), t.subject, term(t.title), term(t.post))[index.column()]



# ----- sessions (each edit saved through Sessions.update) --------------------------------------------
class SessionTableModel(_ListModel):
    """课程安排: date, slot, hours, topic, lecturer and place edited in place; each commit is one core update."""

    KEYS = ("date", "slot", "hours", "topic", "lecturer", "place", "stage")

    sig_refused = Signal(str)
    """The core refused an edit: its message, to show above the table."""

    sig_saved = Signal()
    """An edit was saved (the page announces the change)."""

    def __init__(self, update: Callable[..., None], reload: Callable[[int], Session], parent=None):
        super().__init__(parent)
        self._update = update
        self._reload = reload
        self._stage_names: dict[int, str] = {}
        self.editable = True

    def headers(self) -> list[str]:
        return [self.tr("日期"), self.tr("时段"), self.tr("学时"), self.tr("主题"), self.tr("授课人"), self.tr("地点"),
                self.tr("阶段")]

    def set_sessions(self, sessions: Sequence[Session], stage_names: dict[int, str]) -> None:
        self._stage_names = dict(stage_names)
        self.set_items(sessions)

    def session(self, row: int) -> Session:
        return self._items[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if self.editable and self.KEYS[index.column()] != "stage":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        s: Session = self._items[index.row()]
        key = self.KEYS[index.column()]
        if role in (DISPLAY, EDIT, Qt.ItemDataRole.ToolTipRole):
            if key == "hours":
                return float(s.hours) if role == EDIT else number(float(s.hours))
            if key == "slot" and role != EDIT:
                return term(s.slot)
            if key == "stage":
                return self._stage_names.get(s.stage_id, "")
            if key == "date" and role == DISPLAY:
                return f"{s.date} {weekday(s.date)}"
            return getattr(s, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "hours":
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802 - Qt override
        if not index.isValid() or role != EDIT:
            return False
        s: Session = self._items[index.row()]
        key = self.KEYS[index.column()]
        if key == "stage":
            return False
        if key == "slot" and value not in SLOTS:
            value = next((slot for slot in SLOTS if term(slot) == value), value)
        if value == getattr(s, key):
            return False
        try:
            self._update(s.id, **{key: value})
        except TrainOfficeError as exc:
            self.sig_refused.emit(str(exc))
            return False
        self._items[index.row()] = self._reload(s.id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.sig_saved.emit()
        return True


def weekday(iso: str) -> str:
    """周一 … 周日, as a sign-in sheet and a clerk name the day."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return ""
    return QCoreApplication.translate("Weekday", WEEKDAYS[day.weekday()])
