"""考核: each trainee's score, result (合格/优秀/不合格) and homework per stage, with the project's rates.

Results are typed from the keyboard (1/2/3 or 合/优/不 in a result cell, then the cursor moves down to the
next trainee as in the attendance grid; digits and Enter in a score cell; Space for homework; Enter moves
down). The attendance rate of each stage is shown beside its result: the
core refuses 合格 under the threshold without a reason, and the view then asks for that reason
(破格评定) and stores it with the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from trainoffice.errors import TrainOfficeError, ValidationError
from trainoffice.projects import Stage
from trainoffice.results import PASSING, RESULTS, Assessment, ProjectSummary, TraineeResults
from ui.attendance_grid import BELOW_BACKGROUND, BELOW_TEXT, rate_text
from ui.messages import warn
from ui.models import HeaderedTableModel
from ui.operations import Operations
from ui.project_tab import ProjectTab
from ui.widgets import KeyedTableView, fit_column
from ui.words import plural_n, term

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

RESULT_COLORS = {"合格": "#1b5e20", "优秀": "#0b57d0", "不合格": "#b3261e"}
# What a clerk types into a result cell: a number in the order of the legend, or the first character.
RESULT_KEYS = {"1": "合格", "2": "优秀", "3": "不合格", "合": "合格", "优": "优秀", "不": "不合格",
               "合格": "合格", "优秀": "优秀", "不合格": "不合格"}
_KEEP = object()


@dataclass(frozen=True)
class Column:
    """One column of the results table: what it shows (kind) and for which stage."""

    kind: str                 # name, school, rate, score, result, homework, overall
    stage_id: int | None = None


class ResultsModel(HeaderedTableModel):
    """One row per trainee on the roster; per stage: 出勤率, 成绩, 考核结果, 作业; then 总评."""

    sig_edit = Signal(int, int, object)
    """A cell edited in the table: row, stage id and {'result' | 'score' | 'homework_done': value}."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[TraineeResults] = []
        self.columns: list[Column] = []
        self._headers: list[str] = []

    def set_results(self, rows: list[TraineeResults], stages: list[Stage],
                    with_sessions: set[int] | frozenset[int] = frozenset()) -> None:
        """The rows and, per stage, its columns; 出勤率 only for stages that have sessions (返岗实践 has none)."""
        self.beginResetModel()
        self.rows = rows
        self.columns = [Column("name"), Column("school")]
        self._headers = [self.tr("姓名"), self.tr("学校")]
        labels = {"rate": self.tr("出勤率"), "score": self.tr("成绩"), "result": self.tr("考核结果"),
                  "homework": self.tr("作业")}
        for stage in stages:
            short = stage.name.split("·")[-1]  # 第一阶段·集中培训 -> 集中培训
            for kind in ("rate", "score", "result", "homework"):
                if kind == "rate" and stage.id not in with_sessions:
                    continue
                self.columns.append(Column(kind, stage.id))
                self._headers.append(f"{short}\n{labels[kind]}" if len(stages) > 1 else labels[kind])
        self.columns.append(Column("overall"))
        self._headers.append(self.tr("总评"))
        self.endResetModel()

    def update_rows(self, rows: list[TraineeResults]) -> bool:
        """The same roster, fresh results: repaint without losing the cursor. False if the roster changed."""
        if [r.trainee.enrollment_id for r in rows] != [r.trainee.enrollment_id for r in self.rows]:
            return False
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
        return True

    def column(self, index: int) -> Column:
        return self.columns[index]

    def assessment(self, row: int, stage_id: int) -> Assessment | None:
        return self.rows[row].stages.get(stage_id)

    # ----- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.columns[index.column()].kind
        if kind in ("score", "result"):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif kind == "homework":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        kind = column.kind
        a = row.stages.get(column.stage_id) if column.stage_id is not None else None
        if kind == "name":
            return row.trainee.name if role == Qt.ItemDataRole.DisplayRole else None
        if kind == "school":
            return row.trainee.school if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        if kind == "rate":
            rate = row.rates[column.stage_id]
            if role == Qt.ItemDataRole.DisplayRole:
                return rate_text(rate)
            if role == Qt.ItemDataRole.ForegroundRole and rate.below:
                return QColor(BELOW_TEXT)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.ToolTipRole:
                if not rate.recorded_hours:
                    text = self.tr("本阶段没有已记录考勤的课时")
                else:
                    text = self.tr("出勤 {attended:g} / {held:g} 学时", "", plural_n(rate.recorded_hours)).format(
                        attended=rate.attended_hours, held=rate.recorded_hours)
                if rate.below:
                    text += "\n" + self.tr("低于出勤率要求 {threshold:.0%}，评为合格需填写原因").format(
                        threshold=rate.threshold)
                if rate.unrecorded:
                    text += "\n" + self.tr("未录入 %n 节（不计入出勤率，结业前须在考勤表中补录）", "", rate.unrecorded)
                return text
            return None
        if kind == "score":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return "" if a is None or a.score is None else f"{a.score:g}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if kind == "result":
            result = a.result if a else None
            if role == Qt.ItemDataRole.DisplayRole:
                if not result:
                    return ""
                return term(result) + ("*" if a.override_reason else "")
            if role == Qt.ItemDataRole.EditRole:
                return result or ""
            if role == Qt.ItemDataRole.ForegroundRole and result:
                return QColor(RESULT_COLORS[result])
            unsupported = result in PASSING and not a.override_reason and row.rates[column.stage_id].below
            if role == Qt.ItemDataRole.BackgroundRole and unsupported:
                return QColor(BELOW_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole and unsupported:
                return self.tr("出勤率低于要求，却评为{result}且没有破格原因：结业时会被拒绝。请改评，或重新录入并填写原因").format(
                    result=term(result))
            if role == Qt.ItemDataRole.ToolTipRole and a and a.override_reason:
                return self.tr("出勤率未达要求，破格评定原因：{reason}").format(reason=a.override_reason)
            return None
        if kind == "homework":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if a and a.homework_done else Qt.CheckState.Unchecked
            return None
        if kind == "overall":
            overall = row.overall
            if role == Qt.ItemDataRole.DisplayRole:
                return term(overall) if overall else self.tr("待评")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(RESULT_COLORS[overall] if overall else "#888888")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Edits go to the view (sig_edit), which stores them through the core and refreshes the rows."""
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind == "score" and role == Qt.ItemDataRole.EditRole:
            self.sig_edit.emit(index.row(), column.stage_id, {"score": value})
            return True
        if column.kind == "result" and role == Qt.ItemDataRole.EditRole:
            self.sig_edit.emit(index.row(), column.stage_id, {"result": value or None})
            return True
        if column.kind == "homework" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
            self.sig_edit.emit(index.row(), column.stage_id, {"homework_done": checked})
            return True
        return False



class ResultDelegate(QStyledItemDelegate):
    """A combo box for a result cell (F2 or double-click): blank, 合格, 优秀, 不合格; a line edit elsewhere."""

    @staticmethod
    def _is_result(index: Index) -> bool:
        return index.model().column(index.column()).kind == "result"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if not self._is_result(index):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", "")
        for result in RESULTS:
            combo.addItem(term(result), result)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt override
        if not self._is_result(index):
            super().setEditorData(editor, index)
            return
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or ""), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if not self._is_result(index):
            if editor.text() != (index.data(Qt.ItemDataRole.EditRole) or ""):
                super().setModelData(editor, model, index)
            return
        if editor.currentData() != (index.data(Qt.ItemDataRole.EditRole) or ""):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ResultsTable(KeyedTableView):
    """Result keys, 合 / 优 / 不 and Enter go to the ResultsView first; scores are typed into the cell."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        """Enter in a score cell stores it and moves down, as on a paper list."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.move_on()


class OverrideReasonDialog(QDialog):
    """The core refused 合格/优秀 under the attendance threshold: its message, and a reason to record."""

    def __init__(self, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("出勤率未达要求"))
        self.setMinimumWidth(480)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：因公请假已补学，经项目负责人同意"))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("确认评定"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("破格评定原因（将记入考核记录和操作日志）：")))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)


class ResultsView(ProjectTab):
    """考核 for one project: ``ResultsView(ops)``, then ``set_project(project_id)`` (None clears it)."""

    TABLES = frozenset({"assessments", "attendance", "enrollments", "projects", "project_stages",
                              "sessions", "teachers"})

    def __init__(self, ops: Operations, project_id: int | None = None, parent: QWidget | None = None):
        super().__init__(ops, None, parent)
        self.reason_dialog: OverrideReasonDialog | None = None

        self.info = QLabel()
        self.info.setWordWrap(True)  # it names the project, whose name may be long
        self.rates = {key: QLabel() for key in ("participation", "pass", "excellent", "pending")}
        strip = QHBoxLayout()
        strip.addWidget(self.info, 1)
        for label in self.rates.values():
            label.setTextFormat(Qt.TextFormat.RichText)
            strip.addSpacing(18)
            strip.addWidget(label)

        self.model = ResultsModel(self)
        self.table = ResultsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegate(ResultDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)

        legend = QLabel(self.tr("考核结果列：1 合格 · 2 优秀 · 3 不合格（也可输入 合/优/不），录入后移到下一名学员 · "
                                "Delete 清除 · F2 或双击选择 · 成绩列直接输入分数 · 作业列按空格勾选 · Enter 下移 · "
                                "* 表示出勤率未达要求而破格评定（鼠标停留可见原因） · "
                                "总评：各阶段都优秀才为优秀，任一阶段不合格即为不合格"))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

        self.model.sig_edit.connect(self.save)
        ops.sig_changed.connect(self._changed)
        self.set_project(project_id)

    # ----- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        office = self.ops.office
        current = self.table.currentIndex()
        if self.project_id is None:
            self.model.set_results([], [])
            self.info.setText(self.tr("请选择一个培训项目。"))
            self._show_summary(None)
            return
        try:
            project = office.projects.project(self.project_id)
            stages = office.projects.stages(self.project_id)
            with_sessions = {s.stage_id for s in office.sessions.sessions(self.project_id)}
            rows = office.results.results(self.project_id)
            summary = office.results.summary(self.project_id)
        except TrainOfficeError as exc:
            self.model.set_results([], [])
            self.info.setText(str(exc))
            self._show_summary(None)
            return
        self.model.set_results(rows, stages, with_sessions)
        widths = {"name": 80, "school": 180, "rate": 64, "score": 64, "result": 76, "homework": 64, "overall": 70}
        for n, column in enumerate(self.model.columns):
            fit_column(self.table, n, widths[column.kind])
        self.info.setText(self.tr("{name}（{status}）· 在册 {count} 人").format(
            name=project.name, status=term(project.status), count=len(rows)))
        self._show_summary(summary)
        if rows:
            r = min(max(current.row(), 0), len(rows) - 1)
            c = current.column() if current.isValid() and current.column() < self.model.columnCount() else \
                next(n for n, col in enumerate(self.model.columns) if col.kind == "result")
            self.table.setCurrentIndex(self.model.index(r, c))

    def _refresh_rows(self) -> None:
        """After a save: fresh rows and rates, cursor where it was."""
        office = self.ops.office
        if self.model.update_rows(office.results.results(self.project_id)):
            self._show_summary(office.results.summary(self.project_id))
        else:  # someone left the roster meanwhile
            self.refresh()

    def _show_summary(self, summary: ProjectSummary | None) -> None:
        def pct(value: float | None) -> str:
            return "—" if value is None else f"<b>{value:.1%}</b>"

        if summary is None:
            for label in self.rates.values():
                label.setText("")
            return
        self.rates["participation"].setText(self.tr("参培率 {rate}（{enrolled}/{places}）").format(
            rate=pct(summary.participation_rate), enrolled=summary.enrolled, places=summary.places))
        self.rates["pass"].setText(self.tr("合格率 {rate}（{passed}/{enrolled}）").format(
            rate=pct(summary.pass_rate), passed=summary.passed, enrolled=summary.enrolled))
        self.rates["excellent"].setText(self.tr("优秀率 {rate}（{excellent}/{enrolled}）").format(
            rate=pct(summary.excellent_rate), excellent=summary.excellent, enrolled=summary.enrolled))
        self.rates["pending"].setText(self.tr("待评 {pending} 人 · 不合格 {failed} 人").format(
            pending=summary.pending, failed=summary.failed))

    # ----- keyboard ------------------------------------------------------------------------
    def key_typed(self, event: QKeyEvent) -> bool:
        """Enter moves down everywhere; in a result column 1/2/3, 合/优/不 and Delete set the result."""
        current = self.table.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not current.isValid() or modifiers:
            return False
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.table.state() != QAbstractItemView.State.EditingState:  # else closing the editor moves down
                self.table.move_on()
            return True
        if self.model.column(current.column()).kind != "result":
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_result_here(None)
            return True
        return self.text_typed(event.text())

    def text_typed(self, text: str) -> bool:
        current = self.table.currentIndex()
        result = RESULT_KEYS.get(text.strip())
        if result is None or not current.isValid() or self.model.column(current.column()).kind != "result":
            return False
        self.set_result_here(result)
        return True

    def set_result_here(self, result: str | None) -> None:
        """A result key on the cursor's cell: stored, then the cursor moves on to the next trainee (same stage),
        as the attendance grid does after a mark; a refusal (or a reason still to give) keeps it there."""
        current = self.table.currentIndex()
        self.save(current.row(), self.model.column(current.column()).stage_id, {"result": result}, move_on=True)

    # ----- saving --------------------------------------------------------------------------
    def save(self, row: int, stage_id: int, changes: dict, reason: str | None = None, *,
             move_on: bool = False) -> bool:
        """Store one trainee's result in one stage with the changed field(s); the rest stays as it was.

        ``move_on``: once stored, the cursor goes from that trainee to the next (also after the reason dialog).
        """
        if self.project_id is None:
            return False
        trainee = self.model.rows[row].trainee
        a = self.model.assessment(row, stage_id) or Assessment(trainee.enrollment_id, stage_id, None)
        result = changes.get("result", a.result)
        score = changes.get("score", _KEEP)
        if score is _KEEP:
            score = a.score
        elif isinstance(score, str):
            text = score.strip()
            try:
                score = float(text) if text else None
            except ValueError:
                warn(self, self.tr("成绩“{text}”不是数字，请输入 0 到 100 之间的分数。").format(text=text))
                return False
        if reason is None:
            reason = a.override_reason if result in PASSING else ""
        try:
            self.ops.office.results.set_result(
                enrollment_id=trainee.enrollment_id, stage_id=stage_id, result=result, score=score,
                homework_done=changes.get("homework_done", a.homework_done), override_reason=reason)
        except ValidationError as exc:
            if exc.field == "override_reason":
                self._ask_reason(str(exc), row, stage_id, changes, move_on)
            else:
                warn(self, str(exc))
            return False
        except TrainOfficeError as exc:
            warn(self, str(exc))
            self.refresh()
            return False
        self._refresh_rows()
        self.announce("assessments", "ledger")
        if move_on and self.table.currentIndex().row() == row:
            self.table.move_on()
        return True

    def _ask_reason(self, message: str, row: int, stage_id: int, changes: dict, move_on: bool) -> None:
        dialog = OverrideReasonDialog(message, self)
        dialog.accepted.connect(lambda: self.save(row, stage_id, changes, reason=dialog.reason.text(),
                                                  move_on=move_on))
        self.reason_dialog = dialog
        dialog.open()
