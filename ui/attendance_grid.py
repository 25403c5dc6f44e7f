"""考勤: a project's attendance grid — trainees down, sessions across — filled from the keyboard.

The whole grid comes from one core call (``office.attendance.grid``) and sits in a table model over
its arrays, so a 300-trainee, 40-session project opens at once. The frozen left panel (the vertical
header) shows each trainee's name, school and attendance rate; the column headers show each
session's date, half-day, stage and the share of those recorded who were present. A blank cell in a
session already held is 未录入 (grey), not absent: it counts neither way, and 结业 waits until it is
entered; Ctrl+G goes to the next one. A session after today is not due yet: its cells are hatched and
a mark key there says why nothing was entered. One key per mark, the cursor moves on; Ctrl+D / Ctrl+R fill
down / right; Ctrl+V pastes a block copied from Excel; every change goes through ``set_marks`` and can
be undone with the marks it returns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainoffice.attendance import AttendanceGrid as GridData
from trainoffice.attendance import Mark, Rate, SignInPlan, not_yet_due, parse_mark
from trainoffice.errors import TrainOfficeError
from trainoffice.imports.reader import read_sheet
from trainoffice.sessions import SLOTS
from ui.messages import warn
from ui.operations import Operations
from ui.project_tab import ProjectTab
from ui.widgets import KeyedTableView, words_width
from ui.words import plural_n, term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

# What a cell shows: one sign per mark, each one parse_mark reads back (so Ctrl+C, Ctrl+V round-trips).
SIGNS = {"出勤": "√", "迟到": "迟", "早退": "早", "请假": "假", "缺勤": "×"}
# Text colour and background per mark: the exceptions stand out, 出勤 stays quiet.
MARK_COLORS = {"出勤": ("#1b5e20", None), "迟到": ("#8a5a00", "#fff1c7"), "早退": ("#8a5a00", "#fff1c7"),
               "请假": ("#1a4f8a", "#dfeaf8"), "缺勤": ("#b3261e", "#f9dcd9")}
BELOW_BACKGROUND = "#f9dcd9"
BELOW_TEXT = "#b3261e"
# A blank cell in a session already held: still to be entered (未录入), neither present nor absent.
UNRECORDED_BACKGROUND = "#e4e4e4"
# A session after today: not due yet, its cells cannot be marked (hatched, the header greyed).
NOT_DUE_COLOR = "#9e9e9e"
# The keys a clerk presses: one per mark (the keypad works too); parse_mark's signs and words also work.
KEY_MARKS = {Qt.Key.Key_1: "出勤", Qt.Key.Key_Space: "出勤", Qt.Key.Key_2: "迟到", Qt.Key.Key_3: "早退",
             Qt.Key.Key_4: "请假", Qt.Key.Key_5: "缺勤", Qt.Key.Key_0: "缺勤"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SESSION_COLUMN_WIDTH = 50


def rate_text(rate: Rate) -> str:
    return "—" if rate.rate is None else f"{rate.rate:.0%}"


class AttendanceModel(QAbstractTableModel):
    """The grid's cells (marks) and headers (sessions across, trainees down) over one AttendanceGrid."""

    StatusRole = Qt.ItemDataRole.UserRole + 1   # the mark as the core names it (出勤 ...), None when blank
    SchoolRole = Qt.ItemDataRole.UserRole + 2   # vertical header: the trainee's school
    RateRole = Qt.ItemDataRole.UserRole + 3     # vertical header: the attendance rate as shown
    BelowRole = Qt.ItemDataRole.UserRole + 4    # vertical header: under the project's threshold

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.grid: GridData | None = None
        self._stage_names: dict[int | None, str] = {}
        self._row_rates: list[Rate] = []
        self._column_rates: list[Rate] = []

    # ----- loading and changing ------------------------------------------------------------
    def set_grid(self, grid: GridData | None, stage_names: dict[int | None, str] | None = None) -> None:
        self.beginResetModel()
        self.grid = grid
        used = {s.stage_id for s in grid.sessions} if grid else set()
        # The stage line is shown only when the sessions belong to more than one stage.
        self._stage_names = {k: v.split("·")[0] for k, v in (stage_names or {}).items()} if len(used) > 1 else {}
        self._recount()
        self.endResetModel()

    def _recount(self) -> None:
        grid = self.grid
        if grid is None:
            self._row_rates, self._column_rates = [], []
            return
        held = grid.held()
        self._row_rates = [grid.row_rate(r, held) for r in range(len(grid.trainees))]
        self._column_rates = [grid.column_rate(c) for c in range(len(grid.sessions))]

    def apply(self, marks: Sequence[Mark]) -> list[tuple[int, int]]:
        """Show marks the core has stored; returns the (row, column) cells they landed on."""
        grid = self.grid
        if grid is None:
            return []
        cells = []
        for m in marks:
            r, c = grid.row_of.get(m.enrollment_id), grid.column_of.get(m.session_id)
            if r is not None and c is not None:
                grid.marks[r][c] = m.status
                cells.append((r, c))
        if cells:
            held = [rate.recorded_hours > 0 for rate in self._column_rates]
            self._recount()
            rows, columns = [r for r, _ in cells], [c for _, c in cells]
            # Whole columns: the first mark in a session greys its other blanks (未录入), the last one cleared not.
            self.dataChanged.emit(self.index(0, min(columns)), self.index(self.rowCount() - 1, max(columns)))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, min(columns), max(columns))
            if held == [rate.recorded_hours > 0 for rate in self._column_rates]:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, min(rows), max(rows))
            else:  # a session now counts as held (or no longer): every trainee's 未录入 count changes
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        return cells

    # ----- reading -------------------------------------------------------------------------
    def enrollment_id(self, row: int) -> int:
        return self.grid.trainees[row].enrollment_id

    def session_id(self, column: int) -> int:
        return self.grid.sessions[column].id

    def status(self, row: int, column: int) -> str | None:
        return self.grid.marks[row][column]

    def row_rate(self, row: int) -> Rate:
        return self._row_rates[row]

    def column_rate(self, column: int) -> Rate:
        return self._column_rates[column]

    def below_count(self) -> int:
        return sum(1 for rate in self._row_rates if rate.below)

    def unrecorded_count(self) -> int:
        """Blank cells in sessions already held: what 结业 still waits for."""
        return sum(rate.unrecorded for rate in self._row_rates)

    def due(self, column: int) -> bool:
        """The session is dated today or earlier: its cells can be marked."""
        return self.grid.due(column)

    def unrecorded(self, row: int, column: int) -> bool:
        """A blank cell in a session somebody has been marked in."""
        return self.grid.marks[row][column] is None and self._column_rates[column].recorded_hours > 0

    def cell_name(self, row: int, column: int) -> str:
        """张三 · 06-08 上午: how a message names a cell."""
        s = self.grid.sessions[column]
        return self.tr("{name} · {date} {slot}").format(name=self.grid.trainees[row].name, date=s.date[5:],
                                                       slot=term(s.slot))

    # ----- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.grid is None else len(self.grid.trainees)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() or self.grid is None else len(self.grid.sessions)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        status = self.grid.marks[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return SIGNS.get(status, "") if status else ""
        if role == self.StatusRole:
            return status
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and status:
            return QColor(MARK_COLORS[status][0])
        if role == Qt.ItemDataRole.BackgroundRole:
            if status:
                return QColor(MARK_COLORS[status][1]) if MARK_COLORS[status][1] else None
            if not self.due(index.column()):
                return QBrush(QColor(NOT_DUE_COLOR), Qt.BrushStyle.BDiagPattern)
            return QColor(UNRECORDED_BACKGROUND) if self.unrecorded(index.row(), index.column()) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if status:
                shown = term(status)
            elif not self.due(index.column()):
                shown = self.tr("还没到上课日期，到当天才能录入")
            elif self.unrecorded(index.row(), index.column()):
                shown = self.tr("未录入（结业前须补录，缺勤请记 ×）")
            else:
                shown = self.tr("未录入")
            return self.tr("{cell}：{state}").format(cell=self.cell_name(index.row(), index.column()), state=shown)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self.grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(grid.sessions):
                return None
            return self._session_header(section, role)
        if not 0 <= section < len(grid.trainees):
            return None
        return self._trainee_header(section, role)

    def _session_header(self, column: int, role: int) -> Any:
        s = self.grid.sessions[column]
        rate = self._column_rates[column]
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [s.date[5:], term(s.slot)]
            if self._stage_names:
                lines.append(self._stage_names.get(s.stage_id, ""))
            lines.append(rate_text(rate))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and (rate.below or not self.due(column)):
            return QColor(BELOW_TEXT if rate.below else NOT_DUE_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.tr("{date} {slot} · {hours:g} 学时", "", plural_n(s.hours)).format(
                date=s.date, slot=term(s.slot), hours=s.hours)]
            if not self.due(column):
                lines.append(self.tr("还没到上课日期（今天是 {today}），到当天才能录入考勤").format(today=self.grid.today))
            if s.topic:
                lines.append(self.tr("主题：{topic}").format(topic=s.topic))
            if s.lecturer:
                lines.append(self.tr("授课：{lecturer}").format(lecturer=s.lecturer))
            if s.place:
                lines.append(self.tr("地点：{place}").format(place=s.place))
            if rate.recorded_hours:
                lines.append(self.tr("到课 {present:g} / {total:g} 人").format(present=rate.attended_hours,
                                                                               total=rate.recorded_hours))
                if rate.unrecorded:
                    lines.append(self.tr("未录入 {count} 人").format(count=rate.unrecorded))
            else:
                lines.append(self.tr("尚未记录考勤"))
            return "\n".join(lines)
        return None

    def _trainee_header(self, row: int, role: int) -> Any:
        t = self.grid.trainees[row]
        rate = self._row_rates[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return t.name
        if role == self.SchoolRole:
            return t.school
        if role == self.RateRole:
            return rate_text(rate)
        if role == self.BelowRole:
            return rate.below
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.tr("{name} · {school}\n出勤 {attended:g} / {held:g} 学时（{rate}）", "",
                           plural_n(rate.recorded_hours)).format(
                name=t.name, school=t.school, attended=rate.attended_hours, held=rate.recorded_hours,
                rate=rate_text(rate))
            if rate.below:
                text += "\n" + self.tr("低于出勤率要求 {threshold:.0%}").format(threshold=rate.threshold)
            if rate.unrecorded:
                text += "\n" + self.tr("未录入 %n 节（不计入出勤率，结业前须补录）", "", rate.unrecorded)
            return text
        return None


class TraineeHeader(QHeaderView):
    """The frozen left panel: name, school and attendance rate per trainee; under the threshold in red."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Vertical, parent)
        metrics = self.fontMetrics()
        self.name_width = metrics.horizontalAdvance("欧阳晓明") + 16
        self.rate_width = metrics.horizontalAdvance("100%") + 14
        self.school_width = metrics.horizontalAdvance("安仁县永乐江镇中心小学") + 12
        self.setFixedWidth(self.name_width + self.school_width + self.rate_width)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed height: no per-row measuring
        self.setDefaultSectionSize(metrics.height() + 8)
        self.setHighlightSections(True)
        self.setSectionsClickable(True)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802 - Qt override
        model = self.model()
        if model is None or not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = ""
        current = self.selectionModel() is not None and self.selectionModel().currentIndex().row() == logical
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        below = bool(model.headerData(logical, Qt.Orientation.Vertical, AttendanceModel.BelowRole))
        if below:
            painter.fillRect(rect.adjusted(0, 0, -1, -1), QColor(BELOW_BACKGROUND))
        font = QFont(painter.font())
        font.setBold(current)
        painter.setFont(font)
        name = str(model.headerData(logical, Qt.Orientation.Vertical) or "")
        school = str(model.headerData(logical, Qt.Orientation.Vertical, AttendanceModel.SchoolRole) or "")
        rate = str(model.headerData(logical, Qt.Orientation.Vertical, AttendanceModel.RateRole) or "")
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        x, h = rect.x() + 6, rect.height()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(QRect(x, rect.y(), self.name_width - 8, h), left,
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, self.name_width - 8))
        x += self.name_width
        painter.drawText(QRect(x, rect.y(), self.school_width - 8, h), left,
                         painter.fontMetrics().elidedText(school, Qt.TextElideMode.ElideRight, self.school_width - 8))
        if below:
            painter.setPen(QColor(BELOW_TEXT))
            font.setBold(True)
            painter.setFont(font)
        painter.drawText(QRect(rect.right() - self.rate_width, rect.y(), self.rate_width - 6, h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, rate)
        painter.restore()


class _CornerCaption(QObject):
    """Paints the column captions of the left panel (姓名, 学校, 出勤率) into the table's corner button."""

    def __init__(self, header: TraineeHeader, corner: QAbstractButton):
        super().__init__(corner)
        self._header = header
        self._corner = corner
        corner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Paint:
            return False
        corner, header = self._corner, self._header
        painter = QPainter(corner)
        option = QStyleOptionHeader()
        option.initFrom(corner)
        option.rect = corner.rect()
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        corner.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, corner)
        bottom = QRect(0, corner.height() - header.fontMetrics().height() - 6, corner.width(),
                       header.fontMetrics().height() + 4)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(bottom.adjusted(6, 0, 0, 0), left, QCoreApplication.translate("AttendanceGrid", "姓名"))
        painter.drawText(bottom.adjusted(6 + header.name_width, 0, 0, 0), left,
                         QCoreApplication.translate("AttendanceGrid", "学校"))
        painter.drawText(bottom.adjusted(0, 0, -6, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         QCoreApplication.translate("AttendanceGrid", "出勤率"))
        painter.end()
        return True


class MarksCommand(QUndoCommand):
    """One change to the grid (a key, a fill, a paste, an import): undo sets the previous marks back."""

    def __init__(self, grid: AttendanceGrid, before: list[Mark], after: list[Mark], text: str):
        super().__init__(text)
        self._grid = grid
        self._before = before
        self._after = after
        self._written = True  # the change is already stored when the command is pushed

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._grid.rewrite(self._after)

    def undo(self) -> None:
        self._grid.rewrite(self._before)


class SignInDialog(QDialog):
    """What a sign-in export would do: rows placed, rows that cannot be placed; the user decides."""

    def __init__(self, plan: SignInPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入签到记录：{file}").format(file=plan.file_name))
        self.setMinimumWidth(560)
        cells = len(plan.marks())
        self.summary = QLabel(self.tr("可对应 {rows}（{cells}），将记为“出勤”；已记为迟到、早退、请假的不改。").format(
            rows=self.tr("%n 行签到记录", "", len(plan.placed)), cells=self.tr("%n 个考勤单元格", "", cells)))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(len(plan.problems), 2)
        self.problems.setHorizontalHeaderLabels([self.tr("行号"), self.tr("不能对应的原因")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setColumnWidth(0, 60)
        for n, problem in enumerate(plan.problems):
            self.problems.setItem(n, 0, QTableWidgetItem(str(problem.row)))
            self.problems.setItem(n, 1, QTableWidgetItem(problem.message))
        if plan.problems:
            caption = QLabel(self.tr("有 %n 行不能对应（行号是 Excel 中的行号）：", "", len(plan.problems)))
            caption.setStyleSheet("color: #8a5a00;")
            layout.addWidget(caption)
            layout.addWidget(self.problems)
        else:
            self.problems.hide()
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入可对应的行") if plan.problems else self.tr("导入"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("不导入"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(bool(plan.placed))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AttendanceGrid(ProjectTab):
    """考勤 for one project: ``AttendanceGrid(ops)``, then ``set_project(project_id)`` (None clears it)."""

    TABLES = frozenset({"attendance", "enrollments", "sessions", "projects", "project_stages", "teachers"})

    def __init__(self, ops: Operations, project_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ops, None, parent)
        self.sign_in_dialog: SignInDialog | None = None
        self.undo_stack = QUndoStack(self)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)  # it names the project, whose name may be long
        self.import_button = QPushButton(self.tr("导入签到记录…"))
        self.import_button.setToolTip(self.tr("读取签到导出文件（姓名或身份证号 + 签到时间），按日期和时段记为出勤"))
        self.advance = QComboBox()
        self.advance.addItem(self.tr("录入后向下"), "down")
        self.advance.addItem(self.tr("录入后向右"), "right")
        self.advance.setToolTip(self.tr("按一个考勤键后光标移到哪里：向下＝按课时逐人录入，向右＝按学员逐课录入"))
        # a push button with a menu keeps room for its arrow (a tool button's drew over the last character)
        self.fill_button = QPushButton(self.tr("填充与编辑"))
        self.fill_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.advance)
        top.addWidget(self.fill_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)  # the toolbar is the grid's before the view is made: Tab goes in that order, as seen

        self.legend = QLabel(self._legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()

        self.model = AttendanceModel(self)
        self.view = KeyedTableView(self)  # mark keys and 出/迟/早/假/缺 from an input method come here first
        self.view.setModel(self.model)
        self.header = TraineeHeader(self.view)
        self.view.setVerticalHeader(self.header)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns = self.view.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setDefaultSectionSize(max(SESSION_COLUMN_WIDTH, words_width(self.view, SLOTS)))
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        columns.setHighlightSections(True)
        corner = self.view.findChild(QAbstractButton)
        if corner is not None:
            _CornerCaption(self.header, corner)

        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.legend)

        self._build_actions()
        self.import_button.clicked.connect(lambda: self.import_sign_in())
        self.view.customContextMenuRequested.connect(lambda pos: self.menu.exec(self.view.viewport().mapToGlobal(pos)))
        self.view.selectionModel().currentChanged.connect(lambda *_: self.header.viewport().update())
        ops.sig_changed.connect(self._changed)
        self.set_project(project_id)

    # ----- actions -------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        labels = {"出勤": self.tr("设为 √ 出勤"), "迟到": self.tr("设为 迟到"), "早退": self.tr("设为 早退"),
                  "请假": self.tr("设为 请假"), "缺勤": self.tr("设为 × 缺勤")}
        keys = {"出勤": "1", "迟到": "2", "早退": "3", "请假": "4", "缺勤": "5"}
        self.menu = QMenu(self)
        marks_menu = self.menu.addMenu(self.tr("所选单元格"))
        for status, label in labels.items():
            action = QAction(label, self)
            action.setShortcut(QKeySequence(keys[status]))  # shown only: the grid reads the key itself
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=status: self.mark_selection(s))
            marks_menu.addAction(action)
        clear = QAction(self.tr("清除"), self)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(lambda _checked=False: self.mark_selection(None))
        marks_menu.addAction(clear)
        self.column_present_action = self._action(self.tr("本课时全体设为出勤"), None,
                                                  lambda: self.fill_current(column=True))
        self.row_present_action = self._action(self.tr("本学员全部课时设为出勤"), None,
                                               lambda: self.fill_current(column=False))
        self.fill_down_action = self._action(self.tr("向下填充"), "Ctrl+D", lambda: self.fill_from_edge(down=True))
        self.fill_right_action = self._action(self.tr("向右填充"), "Ctrl+R", lambda: self.fill_from_edge(down=False))
        self.unrecorded_action = self._action(self.tr("转到下一个未录入格"), "Ctrl+G", self.go_to_unrecorded)
        self.copy_action = self._action(self.tr("复制"), QKeySequence.StandardKey.Copy, self.copy)
        self.paste_action = self._action(self.tr("粘贴（可从 Excel 复制）"), QKeySequence.StandardKey.Paste, self.paste)
        self.undo_action = self._action(self.tr("撤销"), QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        self.redo_action = self._action(self.tr("重做"), QKeySequence.StandardKey.Redo, self.undo_stack.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.menu.addActions([self.column_present_action, self.row_present_action])
        self.menu.addSeparator()
        self.menu.addActions([self.fill_down_action, self.fill_right_action, self.unrecorded_action])
        self.menu.addSeparator()
        self.menu.addActions([self.copy_action, self.paste_action])
        self.menu.addSeparator()
        self.menu.addActions([self.undo_action, self.redo_action])
        self.fill_button.setMenu(self.menu)

    def _legend_html(self) -> str:
        def chip(status: str, key: str, label: str) -> str:
            fg, bg = MARK_COLORS[status]
            return (f"<span style='color:{fg}; background:{bg or 'transparent'}'>&nbsp;<b>{SIGNS[status]}</b>&nbsp;</span>"
                    f" {label} <span style='color:#666'>{key}</span>")

        parts = [chip("出勤", self.tr("1 或 空格"), self.tr("出勤")), chip("迟到", "2", self.tr("迟到")),
                 chip("早退", "3", self.tr("早退")), chip("请假", "4", self.tr("请假")),
                 chip("缺勤", self.tr("5 或 0"), self.tr("缺勤")),
                 f"<span style='background:{UNRECORDED_BACKGROUND}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                 + self.tr("未录入（不算缺勤，结业前须补录）") + " <span style='color:#666'>Ctrl+G</span>",
                 f"<span style='color:{NOT_DUE_COLOR}'>╱╱</span> " + self.tr("未到上课日期（到当天才能录入）")]
        keys = self.tr("Delete 清除 · 也可输入 出/迟/早/假/缺 · 方向键、Tab 移动 · 选中整行/整列/区域后按键一次填满 · "
                       "Ctrl+D 向下填充 · Ctrl+R 向右填充 · Ctrl+C 复制 · Ctrl+V 粘贴 Excel 区域 · Ctrl+Z 撤销")
        return "&nbsp;&nbsp;".join(parts) + f"<br><span style='color:#555'>{keys}</span>"

    # ----- loading -------------------------------------------------------------------------
    def set_project(self, project_id: int | None) -> None:
        """Show a project's grid (None: nothing). Undo history belongs to one project: another one starts afresh."""
        if project_id != self.project_id:
            self.undo_stack.clear()
            self._say("")
        super().set_project(project_id)

    def refresh(self) -> None:
        """Fetch the grid again (one query), keeping the cursor on the same trainee and session."""
        office = self.ops.office
        current = self.view.currentIndex()
        keep = None
        if current.isValid() and self.model.grid is not None:
            keep = (self.model.enrollment_id(current.row()), self.model.session_id(current.column()))
        if self.project_id is None:
            self.model.set_grid(None)
            self.info.setText(self.tr("请选择一个培训项目。"))
            self._enable(False)
            return
        try:
            grid = office.attendance.grid(self.project_id)
            project = office.projects.project(self.project_id)
        except TrainOfficeError as exc:
            self.model.set_grid(None)
            self.info.setText(str(exc))
            self._enable(False)
            return
        stages = {s.id: s.name for s in office.projects.stages(self.project_id)}
        self.model.set_grid(grid, stages)
        self._update_info(project.name, project.status)
        self._enable(bool(grid.trainees and grid.sessions))
        if keep is not None and keep[0] in grid.row_of and keep[1] in grid.column_of:
            self.go_to(grid.row_of[keep[0]], grid.column_of[keep[1]])
        elif grid.trainees and grid.sessions:
            self.go_to(0, 0)

    def _update_info(self, name: str | None = None, status: str | None = None) -> None:
        grid = self.model.grid
        if grid is None:
            return
        if name is not None:
            self._project_label = self.tr("{name}（{status}）").format(name=name, status=term(status))
        if not grid.trainees or not grid.sessions:
            missing = self.tr("还没有在册学员") if not grid.trainees else self.tr("还没有课程安排")
            self.info.setText(f"{self._project_label} · {missing}")
            return
        below = self.model.below_count()
        text = self.tr("{project} · {trainees} · {sessions} · 出勤率要求 {threshold:.0%}").format(
            project=self._project_label, trainees=self.tr("学员 %n 人", "", len(grid.trainees)),
            sessions=self.tr("课时 %n 个", "", len(grid.sessions)), threshold=grid.threshold)
        if below:
            text += self.tr(" · 低于要求 {count} 人（红色）").format(count=below)
        unrecorded = self.model.unrecorded_count()
        if unrecorded:
            text += self.tr(" · 未录入 %n 格（灰色，Ctrl+G 转到）", "", unrecorded)
        self.info.setText(text)

    def _enable(self, enabled: bool) -> None:
        for action in (self.column_present_action, self.row_present_action, self.fill_down_action,
                       self.fill_right_action, self.unrecorded_action, self.copy_action, self.paste_action):
            action.setEnabled(enabled)
        self.import_button.setEnabled(self.project_id is not None and self.model.grid is not None
                                      and bool(self.model.grid.sessions))
        self.fill_button.setEnabled(enabled)

    # ----- writing -------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _store(self, write, text: str) -> bool:
        """Run a core write that returns the previous marks; show it, make it undoable. False when refused."""
        try:
            before, after = write()
        except TrainOfficeError as exc:
            warn(self, str(exc))
            self.refresh()
            return False
        self._say("")
        self.model.apply(after)
        self._update_info()
        self.undo_stack.push(MarksCommand(self, before, after, text))
        self.announce("attendance", "ledger")
        return True

    def write_marks(self, marks: list[Mark], text: str) -> bool:
        """Store marks through the core; returns False (and says why) when the core refuses them."""
        if not marks or self.project_id is None:
            return False
        return self._store(lambda: (self.ops.office.attendance.set_marks(self.project_id, marks), marks), text)

    def rewrite(self, marks: list[Mark]) -> None:
        """Undo / redo: set marks back; if the core refuses now (the project was closed), say so."""
        try:
            self.ops.office.attendance.set_marks(self.project_id, marks)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            self.refresh()
            return
        cells = self.model.apply(marks)
        self._update_info()
        if cells:
            self.go_to(*cells[0])
        self.announce("attendance", "ledger")

    def _selected_cells(self) -> list[tuple[int, int]]:
        """The selection when the cursor is in it, else the cursor's cell alone."""
        current = self.view.currentIndex()
        if not current.isValid():
            return []
        cells = sorted((i.row(), i.column()) for i in self.view.selectionModel().selectedIndexes())
        return cells if (current.row(), current.column()) in cells else [(current.row(), current.column())]

    def mark_selection(self, status: str | None) -> None:
        """A mark key: one cell (then the cursor moves on) or every selected cell at once."""
        if self.model.grid is None:
            return
        cells = self._selected_cells()
        if not cells:
            return
        ahead = next((c for _, c in cells if not self.model.due(c)), None)
        if status is not None and ahead is not None:  # the core would refuse it: say why here, nothing entered
            self._say(not_yet_due(self.model.grid.sessions[ahead], self.model.grid.today))
            return
        marks = [Mark(self.model.enrollment_id(r), self.model.session_id(c), status) for r, c in cells]
        name = term(status) if status else self.tr("清除")
        if self.write_marks(marks, name) and len(cells) == 1:
            self._advance()

    def go_to(self, row: int, column: int) -> None:
        """Put the cursor on one cell (and select only it), whatever modifier keys are held."""
        self.view.go_to(row, column)

    def go_to_unrecorded(self) -> bool:
        """Ctrl+G: the next 未录入 cell after the cursor, session by session (else the first session due that
        nobody is marked in yet). False, and says so, when every cell due has a mark."""
        grid = self.model.grid
        if grid is None:
            return False
        current = self.view.currentIndex()
        here = (current.column(), current.row()) if current.isValid() else (-1, -1)
        cells = grid.unrecorded()
        if cells:
            self.go_to(*next(((r, c) for r, c in cells if (c, r) > here), cells[0]))
            return True
        unheld = [c for c, held in enumerate(grid.held()) if not held and grid.due(c)]
        if unheld and grid.trainees:
            self.go_to(0, unheld[0])
            return True
        if all(grid.due(c) for c in range(len(grid.sessions))):
            self.ops.say(self.tr("考勤表每一格都已录入"))
        else:
            self.ops.say(self.tr("已到上课日期的考勤都已录入"))
        return False

    def _advance(self) -> None:
        """After a mark: down the session or along the trainee, as chosen, on into the next at the edge."""
        self.view.move_on(down=self.advance.currentData() == "down", wrap=True)

    def key_typed(self, event: QKeyEvent) -> bool:
        """The grid's own keys; False lets the table handle the rest (arrows, Tab, Shift+arrows, Home...)."""
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if modifiers or self.model.grid is None:
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._advance()
            return True
        if key in KEY_MARKS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.mark_selection(KEY_MARKS[key])
            return True
        if key in CLEAR_KEYS:
            self.mark_selection(None)
            return True
        text = event.text()
        if text and text.isprintable() and not text.isspace():
            self.text_typed(text)
            return True
        return False

    def text_typed(self, text: str) -> bool:
        """A sign or word typed (√, 迟, 假, 缺勤, x ...): read by the core's parse_mark."""
        try:
            status = parse_mark(text)
        except ValueError as exc:
            self._say(str(exc))
            return True
        self.mark_selection(status)
        return True

    def fill_current(self, *, column: bool) -> None:
        """本课时全体 / 本学员全部 as 出勤, through the core's fill."""
        current = self.view.currentIndex()
        if not current.isValid() or self.project_id is None:
            return
        attendance = self.ops.office.attendance
        if column:
            sid = self.model.session_id(current.column())
            after = [Mark(t.enrollment_id, sid, "出勤") for t in self.model.grid.trainees]
            self._store(lambda: (attendance.fill(self.project_id, status="出勤", session_ids=[sid]), after),
                        self.tr("本课时全体出勤"))
        else:
            eid = self.model.enrollment_id(current.row())
            after = [Mark(eid, s.id, "出勤") for c, s in enumerate(self.model.grid.sessions) if self.model.due(c)]
            self._store(lambda: (attendance.fill(self.project_id, status="出勤", enrollment_ids=[eid]), after),
                        self.tr("本学员全部出勤"))

    def fill_from_edge(self, *, down: bool) -> None:
        """Ctrl+D / Ctrl+R as in Excel: the selection's top row (left column) fills the rest; a single
        cell copies the cell above (to its left)."""
        if self.model.grid is None:
            return
        current = self.view.currentIndex()
        if not current.isValid():
            return
        selection = self.view.selectionModel().selection()
        if selection.contains(current):
            spans = [(r.top(), r.bottom(), r.left(), r.right()) for r in selection]
        else:
            spans = [(current.row(), current.row(), current.column(), current.column())]
        marks = []
        for top, bottom, left, right in spans:
            if down:
                source, rows = (top - 1, [top]) if top == bottom else (top, range(top + 1, bottom + 1))
                if source < 0:
                    continue
                marks += [Mark(self.model.enrollment_id(r), self.model.session_id(c), self.model.status(source, c))
                          for r in rows for c in range(left, right + 1)]
            else:
                source, cols = (left - 1, [left]) if left == right else (left, range(left + 1, right + 1))
                if source < 0:
                    continue
                marks += [Mark(self.model.enrollment_id(r), self.model.session_id(c), self.model.status(r, source))
                          for r in range(top, bottom + 1) for c in cols]
        self.write_marks(marks, self.tr("向下填充") if down else self.tr("向右填充"))

    # ----- clipboard -----------------------------------------------------------------------
    def copy(self) -> None:
        """The selected block as tab-separated signs (√ 迟 早 假 ×), which Excel and this grid both read."""
        cells = self._selected_cells()
        if not cells:
            return
        top, bottom = min(r for r, _ in cells), max(r for r, _ in cells)
        left, right = min(c for _, c in cells), max(c for _, c in cells)
        chosen = set(cells)
        lines = []
        for r in range(top, bottom + 1):
            values = []
            for c in range(left, right + 1):
                status = self.model.status(r, c) if (r, c) in chosen else None
                values.append(SIGNS[status] if status else "")
            lines.append("\t".join(values))
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.ops.say(self.tr("已复制 %n 个单元格", "", len(cells)))

    def paste(self) -> None:
        """A block copied from Excel lands at the cursor; one value pasted on a selection fills it all.

        Nothing changes when any cell cannot be read: the message names that cell and the cursor goes there.
        """
        if self.model.grid is None or self.project_id is None:
            return
        text = QGuiApplication.clipboard().text().replace("\r\n", "\n").replace("\r", "\n")
        values = [line.split("\t") for line in text.split("\n")]
        while values and values[-1] == [""]:
            values.pop()
        if not values:
            return
        cells = self._selected_cells()
        if len(values) == 1 and len(values[0]) == 1 and len(cells) > 1:
            self.text_typed(values[0][0])
            return
        top, left = min(r for r, _ in cells), min(c for _, c in cells)
        enrollment_ids = [t.enrollment_id for t in self.model.grid.trainees[top:]]
        session_ids = [s.id for s in self.model.grid.sessions[left:]]
        attendance = self.ops.office.attendance
        try:
            before = attendance.paste(self.project_id, enrollment_ids=enrollment_ids, session_ids=session_ids,
                                      values=values)
        except TrainOfficeError as exc:
            self._refuse_paste(str(exc), values, top, left)
            return
        after = [Mark(enrollment_ids[i], session_ids[j], parse_mark(v))
                 for i, line in enumerate(values) for j, v in enumerate(line)]
        self._store(lambda: (before, after), self.tr("粘贴"))
        self.view.selectionModel().select(
            self._block(top, left, top + len(values) - 1, left + max(len(line) for line in values) - 1),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _block(self, top: int, left: int, bottom: int, right: int) -> QItemSelection:
        bottom, right = min(bottom, self.model.rowCount() - 1), min(right, self.model.columnCount() - 1)
        return QItemSelection(self.model.index(top, left), self.model.index(bottom, right))

    def _refuse_paste(self, message: str, values: list[list[str]], top: int, left: int) -> None:
        """The core refused the paste: point at the first cell it could not read, if it is on the grid."""
        for i, line in enumerate(values):
            for j, value in enumerate(line):
                try:
                    parse_mark(value)
                except ValueError:
                    r, c = top + i, left + j
                    if r < self.model.rowCount() and c < self.model.columnCount():
                        self.go_to(r, c)
                        message += self.tr("（表格中的 {cell}）").format(cell=self.model.cell_name(r, c))
                    self._say(self.tr("没有粘贴任何内容：{message}").format(message=message))
                    return
        self._say(self.tr("没有粘贴任何内容：{message}").format(message=message))

    # ----- sign-in import ------------------------------------------------------------------
    def import_sign_in(self, path: str | None = None) -> None:
        """导入签到记录: read the export on a worker, show what can be placed, then the user decides."""
        if self.project_id is None:
            return
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("选择签到记录文件"), folder,
                self.tr("表格文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)"))
            if not path:
                return
        project_id, name = self.project_id, os.path.basename(path)

        def work(office, _progress, _cancel) -> SignInPlan:
            return office.attendance.plan_sign_in(project_id, read_sheet(path).rows, file_name=name)

        self.ops.run(work, label=self.tr("正在读取签到记录…"), on_done=self._show_sign_in_plan, parent=self)

    def _show_sign_in_plan(self, plan: SignInPlan) -> None:
        if plan.project_id != self.project_id:
            return
        dialog = SignInDialog(plan, self)
        dialog.accepted.connect(lambda: self._apply_sign_in(plan))
        self.sign_in_dialog = dialog
        dialog.open()

    def _apply_sign_in(self, plan: SignInPlan) -> None:
        old = self.model.grid
        try:
            count = self.ops.office.attendance.apply_sign_in(plan)
        except TrainOfficeError as exc:
            warn(self, str(exc))
            self.refresh()
            return
        self.refresh()
        new = self.model.grid
        before, after = [], []
        for t in old.trainees:
            for s in old.sessions:
                r, c = new.row_of.get(t.enrollment_id), new.column_of.get(s.id)
                was = old.marks[old.row_of[t.enrollment_id]][old.column_of[s.id]]
                if r is not None and c is not None and new.marks[r][c] != was:
                    before.append(Mark(t.enrollment_id, s.id, was))
                    after.append(Mark(t.enrollment_id, s.id, new.marks[r][c]))
        if after:
            self.undo_stack.push(MarksCommand(self, before, after, self.tr("导入签到记录")))
        self.announce("attendance", "ledger")
        self.ops.say(self.tr("已从“{file}”导入 %n 个出勤标记", "", count).format(file=plan.file_name))

