"""Attendance (考勤): trainees x sessions, one mark per cell, and the rates that decide who may pass.

A rate is by hours: the hours of sessions marked 出勤/迟到/早退 over the hours of the sessions recorded
for that trainee. A session counts as held once anybody in it has a mark; a blank cell in a held session
is 未录入 (not recorded), never 缺勤: it counts neither way, so a half-entered session does not turn the
rest of the roster red. 结业 needs every cell recorded (``AttendanceGrid.unrecorded_message``), because a
blank would otherwise silently cost the teacher that session's hours. A session dated after today is not
due yet: nobody can have attended it, so it cannot be marked (``not_yet_due``). Marks on a closed project are
still allowed: the ledger postings are corrected at once, with reversal rows and an audit entry; a cell
there can be changed but not cleared.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from trainoffice import audit
from trainoffice.credits import Credits
from trainoffice.db import Database
from trainoffice.errors import NotFound, ValidationError
from trainoffice.idnumber import IdNumberError, normalise_text
from trainoffice.idnumber import parse as parse_id
from trainoffice.projects import load_project, require_status
from trainoffice.registry import normalise_name
from trainoffice.roster import TRAINEE_ORDER, TRAINEE_SELECT, Trainee, trainee_from_row
from trainoffice.sessions import ATTENDED, Session, check_within_dates, load_sessions, slot_of
from trainoffice.settings import Settings
from trainoffice.text import translate, words

MARKS = ("出勤", "迟到", "早退", "请假", "缺勤")
# What clerks type or paste into a cell: the sign, the first character, or the whole word.
_MARK_TEXT = {"出勤": "出勤", "出": "出勤", "到": "出勤", "√": "出勤", "✓": "出勤", "✔": "出勤", "1": "出勤",
              "迟到": "迟到", "迟": "迟到", "早退": "早退", "早": "早退", "请假": "请假", "假": "请假", "事假": "请假",
              "病假": "请假", "缺勤": "缺勤", "缺": "缺勤", "旷": "缺勤", "旷课": "缺勤", "×": "缺勤", "✗": "缺勤",
              "x": "缺勤", "0": "缺勤"}


def parse_mark(text: Any) -> str | None:
    """A pasted or typed cell -> a mark; '' clears. Raises ValueError for anything else."""
    value = normalise_text("" if text is None else str(text)).strip().lower()
    if not value:
        return None
    if value in _MARK_TEXT:
        return _MARK_TEXT[value]
    raise ValueError(translate("attendance", "“{text}”不是考勤标记（可用：√ 出勤、迟 迟到、早 早退、假 请假、× 缺勤）").format(
        text=text))


@dataclass(frozen=True)
class Mark:
    """One cell: a trainee (enrollment) in a session; ``status`` None means blank."""

    enrollment_id: int
    session_id: int
    status: str | None


@dataclass
class Rate:
    """Attended hours over recorded hours, and whether that is under the project's threshold.

    ``unrecorded`` counts the blank cells in held sessions (未录入), which are in neither figure.
    """

    attended_hours: float
    recorded_hours: float
    threshold: float
    unrecorded: int = 0

    @property
    def rate(self) -> float | None:
        return self.attended_hours / self.recorded_hours if self.recorded_hours else None

    @property
    def below(self) -> bool:
        return self.recorded_hours > 0 and self.attended_hours < self.threshold * self.recorded_hours - 1e-9


def not_yet_due(session: Session, today: str) -> str:
    """Why a session dated after today cannot be marked, and what to do."""
    return translate("attendance", "{date} {slot}的课还没到（今天是 {today}），不能记录考勤，请到当天再录入。"
                     "如课程安排的日期有误，请先在“课程安排”中更正。").format(
        date=session.date, slot=translate("Slot", session.slot), today=today)


@dataclass
class AttendanceGrid:
    """Everything the grid shows, loaded at once: rows = trainees, columns = sessions, cells = marks."""

    project_id: int
    threshold: float
    trainees: list[Trainee]
    sessions: list[Session]
    marks: list[list[str | None]]          # [row][column]
    today: str                             # ISO date: sessions after it are not yet due
    row_of: dict[int, int] = field(default_factory=dict)      # enrollment id -> row
    column_of: dict[int, int] = field(default_factory=dict)   # session id -> column

    def due(self, column: int) -> bool:
        """A session dated today or earlier: its cells can be marked."""
        return self.sessions[column].date <= self.today

    def held(self) -> list[bool]:
        """Per session: held once anybody in it has a mark (a later session is not yet due)."""
        return [any(self.marks[r][c] for r in range(len(self.trainees))) for c in range(len(self.sessions))]

    def row_rate(self, row: int, held: list[bool] | None = None, *, stage_id: int | None = None) -> Rate:
        """A trainee's rate over the whole project, or over one stage's sessions; blank cells are not counted."""
        held = held if held is not None else self.held()
        attended = total = 0.0
        unrecorded = 0
        for c, s in enumerate(self.sessions):
            if held[c] and (stage_id is None or s.stage_id == stage_id):
                mark = self.marks[row][c]
                if mark is None:
                    unrecorded += 1
                    continue
                total += s.hours
                if mark in ATTENDED:
                    attended += s.hours
        return Rate(attended, total, self.threshold, unrecorded)

    def column_rate(self, column: int) -> Rate:
        """Share of those recorded in one session who were present (by people; each has the same hours)."""
        marks = [self.marks[r][column] for r in range(len(self.trainees))]
        recorded = sum(1 for m in marks if m)
        present = sum(1 for m in marks if m in ATTENDED)
        return Rate(float(present), float(recorded), self.threshold, len(marks) - recorded if recorded else 0)

    def rates(self) -> list[Rate]:
        held = self.held()
        return [self.row_rate(r, held) for r in range(len(self.trainees))]

    def unrecorded(self) -> list[tuple[int, int]]:
        """The blank cells of held sessions as (row, column), session by session: what is still to enter."""
        held = self.held()
        return [(r, c) for c in range(len(self.sessions)) if held[c]
                for r in range(len(self.trainees)) if self.marks[r][c] is None]

    def unrecorded_message(self) -> str:
        """Why the grid is not complete enough for 结业, naming whom and which sessions; '' when it is.

        Every trainee on the roster needs a mark in every session: a blank in a held session is a
        forgotten cell, and a session nobody is marked in was forgotten whole (or not given, in which
        case it belongs out of the schedule). Either way the hours must not be decided by a blank.
        """
        if not self.trainees:
            return ""
        held = self.held()
        whole = [s for s, h in zip(self.sessions, held, strict=True) if not h]
        per_row: dict[int, int] = {}
        for r, _c in self.unrecorded():
            per_row[r] = per_row.get(r, 0) + 1
        count = len(whole) * len(self.trainees) + sum(per_row.values())
        if not count:
            return ""
        parts = []
        comma = translate("text", "、")
        if whole:
            shown = comma.join(f"{s.date} {translate('Slot', s.slot)}" for s in whole[:5]) + (
                translate("attendance", " 等") if len(whole) > 5 else "")
            parts.append(translate("attendance", "{count} 个课时整节未录入：{sessions}").format(
                count=len(whole), sessions=shown))
        if per_row:
            people = [translate("attendance", "{name} {count} 节").format(name=self.trainees[r].name, count=n)
                      for r, n in sorted(per_row.items())]
            parts.append(comma.join(people[:10]) + (
                translate("attendance", " 等 {count} 人").format(count=len(people)) if len(people) > 10 else ""))
        hint = translate("attendance", "缺勤请记 ×") + (
            translate("attendance", "；没有上的课请在课程安排中删除") if whole else "")
        return translate("attendance", "还有 {count} 个考勤格未录入（{details}），不能结业。请在考勤表中补录（{hint}）。").format(
            count=count, details=translate("attendance", "；").join(parts), hint=hint)


@dataclass
class SignInRow:
    row: int                 # the Excel row number
    who: str                 # name or ID number as written
    at: dt.datetime


@dataclass
class RowProblem:
    row: int
    message: str


@dataclass
class PlacedMark:
    row: int
    enrollment_id: int
    session_id: int
    name: str
    date: str
    slot: str


@dataclass
class SignInPlan:
    """What a sign-in export would do: rows placed on a session, rows that cannot be placed (with row numbers).

    The user decides: ``Attendance.apply_sign_in(plan)`` imports the placed rows, or nothing happens.
    """

    project_id: int
    file_name: str
    placed: list[PlacedMark] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    def marks(self) -> list[Mark]:
        seen = {(p.enrollment_id, p.session_id) for p in self.placed}
        return [Mark(e, s, "出勤") for e, s in sorted(seen)]


_ID_HEADERS = ("身份证号", "身份证号码", "证件号码")
_NAME_HEADERS = ("姓名", "学员姓名")
_TIME_HEADERS = ("签到时间", "打卡时间", "时间", "提交时间")
_DATE_HEADERS = ("日期", "签到日期")


def _parse_moment(value: Any, day: Any = None) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.time) and day is not None:
        base = _parse_moment(day)
        return dt.datetime.combine(base.date(), value) if base else None
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0))
    text = normalise_text("" if value is None else str(value))
    if day is not None and re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", text):
        base = _parse_moment(day)
        return dt.datetime.combine(base.date(), dt.time(*map(int, text.split(":")))) if base else None
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?", text)
    if not m:
        return None
    try:
        return dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0))
    except ValueError:
        return None


def _cell(cells: list[Any], i: int | None) -> Any:
    return cells[i] if i is not None and i < len(cells) else None


def read_sign_in_rows(rows: Sequence[tuple[int, Sequence[Any]]]) -> tuple[list[SignInRow], list[RowProblem]]:
    """Sign-in export rows (as the spreadsheet reader gives them) -> who signed in when.

    Finds the header row by its labels: 姓名 and/or 身份证号, and 签到时间 (or 日期 + 时间). A row's ID
    number is used when it has one, else its name.
    """
    header_at, cols = None, {}
    for n, (_row, values) in enumerate(rows[:20]):
        labels = [normalise_text(str(v or "")).replace(" ", "") for v in values]

        def find(names: tuple[str, ...], labels: list[str] = labels) -> int | None:
            return next((i for h in names for i, v in enumerate(labels) if v == h), None)

        cols = {"id": find(_ID_HEADERS), "name": find(_NAME_HEADERS), "when": find(_TIME_HEADERS),
                "date": find(_DATE_HEADERS)}
        if (cols["id"] is not None or cols["name"] is not None) and cols["when"] is not None:
            header_at = n
            break
    if header_at is None:
        first = rows[0][0] if rows else 1
        return [], [RowProblem(first, translate(
            "attendance", "找不到表头：需要“姓名”或“身份证号”列，以及“签到时间”（或“日期”和“时间”）列"))]
    found, problems = [], []
    for excel_row, values in rows[header_at + 1:]:
        cells = list(values)
        who = (normalise_text(str(_cell(cells, cols["id"]) or ""))
               or normalise_text(str(_cell(cells, cols["name"]) or "")))
        raw = _cell(cells, cols["when"])
        if not who and raw in (None, ""):
            continue
        if not who:
            problems.append(RowProblem(excel_row, translate("attendance", "没有姓名或身份证号")))
            continue
        moment = _parse_moment(raw, _cell(cells, cols["date"]))
        if moment is None:
            problems.append(RowProblem(excel_row, translate("attendance", "签到时间“{time}”无法识别（应如 2026-03-02 08:15）")
                                       .format(time=raw)))
            continue
        found.append(SignInRow(excel_row, who, moment))
    return found, problems


def load_grid(conn: sqlite3.Connection, project_id: int, *, today: dt.date | None = None) -> AttendanceGrid:
    """The grid of a project as it stands ``today`` (default: the real date): the trainees on the roster (在册),
    its sessions, and every mark in one query."""
    project = load_project(conn, project_id)
    trainees = [trainee_from_row(r) for r in conn.execute(
        TRAINEE_SELECT + " WHERE e.project_id = ? AND e.status = '在册'" + TRAINEE_ORDER, (project_id,))]
    sessions = load_sessions(conn, project_id)
    row_of = {t.enrollment_id: i for i, t in enumerate(trainees)}
    column_of = {s.id: j for j, s in enumerate(sessions)}
    marks: list[list[str | None]] = [[None] * len(sessions) for _ in trainees]
    for enrollment_id, session_id, status in conn.execute(
            "SELECT a.enrollment_id, a.session_id, a.status FROM attendance a"
            " JOIN sessions s ON s.id = a.session_id WHERE s.project_id = ?", (project_id,)):
        r = row_of.get(enrollment_id)
        if r is not None:
            marks[r][column_of[session_id]] = status
    return AttendanceGrid(project_id, project.attendance_threshold, trainees, sessions, marks,
                          (today or dt.date.today()).isoformat(), row_of, column_of)


class Attendance:
    """Marks, rates, the grid loader and the sign-in import."""

    def __init__(self, database: Database, settings: Settings, credits: Credits):
        self._database = database
        self._conn = database.conn
        self._settings = settings
        self._credits = credits

    # ----- reading -------------------------------------------------------------------------
    def grid(self, project_id: int, *, today: dt.date | None = None) -> AttendanceGrid:
        """The whole grid for a project: roster, sessions, and every mark in one query."""
        return load_grid(self._conn, project_id, today=today)

    def below_threshold(self, project_id: int) -> list[tuple[Trainee, Rate]]:
        """Trainees under the project's attendance threshold (出勤率要求, default 80% of hours)."""
        grid = self.grid(project_id)
        return [(t, rate) for t, rate in zip(grid.trainees, grid.rates(), strict=True) if rate.below]

    # ----- writing -------------------------------------------------------------------------
    def set_marks(self, project_id: int, marks: Sequence[Mark], *, today: dt.date | None = None) -> list[Mark]:
        """Set one cell or many at once (a filled row or column, a pasted block); all or nothing.

        Returns the cells as they were before, so the caller can undo by setting them back.
        Refused: sessions dated outside the project's dates, a mark in a session after ``today`` (default: the
        real date), people not on the roster, a closed-off project, and clearing a cell of a closed project
        (结业 needed every cell; a blank would silently cost hours).
        """
        if not marks:
            return []
        today_text = (today or dt.date.today()).isoformat()
        with self._database.atomic():
            project = load_project(self._conn, project_id)
            require_status(project, ("开班", "结业"), translate("attendance", "记录考勤"))
            sessions = {s.id: s for s in load_sessions(self._conn, project_id)}
            roster = dict(self._conn.execute(
                "SELECT e.id, e.status FROM enrollments e WHERE e.project_id = ?", (project_id,)).fetchall())
            for m in marks:
                if m.session_id not in sessions:
                    raise ValidationError(translate("attendance", "课时 {id} 不属于项目“{name}”").format(
                        id=m.session_id, name=project.name), field="session_id")
                session = sessions[m.session_id]
                check_within_dates(project, session.date)
                if m.status is not None and session.date > today_text:
                    raise ValidationError(not_yet_due(session, today_text), field="date")
                if m.enrollment_id not in roster:
                    raise ValidationError(translate("attendance", "学员 {id} 不在项目“{name}”的参培名单上").format(
                        id=m.enrollment_id, name=project.name), field="enrollment_id")
                if roster[m.enrollment_id] != "在册":
                    name = self._conn.execute("SELECT t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
                                              " WHERE e.id = ?", (m.enrollment_id,)).fetchone()[0]
                    raise ValidationError(translate("attendance", "{name} 已{status}，不能记录考勤").format(
                        name=name, status=translate("EnrollmentStatus", roster[m.enrollment_id])), field="enrollment_id")
                if m.status is not None and m.status not in MARKS:
                    raise ValidationError(translate("attendance", "考勤只能是 {marks}").format(
                        marks=words("AttendanceMark", MARKS)), field="status")
            before = dict(((e, s), st) for e, s, st in self._conn.execute(
                "SELECT a.enrollment_id, a.session_id, a.status FROM attendance a JOIN sessions s ON s.id = a.session_id"
                " WHERE s.project_id = ?", (project_id,)))
            latest = {(m.enrollment_id, m.session_id): m.status for m in marks}
            previous = [Mark(e, s, before.get((e, s))) for (e, s) in latest]
            changed = {k: v for k, v in latest.items() if before.get(k) != v}
            if project.status == "结业" and None in changed.values():
                raise ValidationError(translate("attendance", "项目“{name}”已结业，考勤格不能清空；如需更正，请改记其他标记"
                                                "（缺勤记 ×）。").format(name=project.name), field="status")
            self._conn.executemany(
                "INSERT INTO attendance (enrollment_id, session_id, status) VALUES (?, ?, ?)"
                " ON CONFLICT (enrollment_id, session_id) DO UPDATE SET status = excluded.status,"
                " recorded_at = datetime('now', 'localtime')",
                [(e, s, v) for (e, s), v in changed.items() if v is not None])
            self._conn.executemany("DELETE FROM attendance WHERE enrollment_id = ? AND session_id = ?",
                                   [(e, s) for (e, s), v in changed.items() if v is None])
            if changed:
                detail: dict[str, Any] = {"project_id": project_id, "count": len(changed)}
                if len(changed) == 1:
                    (e, s), v = next(iter(changed.items()))
                    detail.update(enrollment_id=e, session_id=s, before=before.get((e, s)), after=v)
                audit.record(self._conn, "mark", "attendance", None, **detail)
                if project.status == "结业":
                    self._credits.sync_project(project_id, reason="考勤更正")
        return previous

    def fill(self, project_id: int, *, status: str | None, enrollment_ids: Sequence[int] | None = None,
             session_ids: Sequence[int] | None = None, today: dt.date | None = None) -> list[Mark]:
        """Fill a row (one trainee, every session due by ``today``), a column (one session, everyone), or the
        whole grid so far."""
        grid = self.grid(project_id, today=today)
        rows = enrollment_ids if enrollment_ids is not None else [t.enrollment_id for t in grid.trainees]
        cols = session_ids if session_ids is not None else [s.id for c, s in enumerate(grid.sessions) if grid.due(c)]
        return self.set_marks(project_id, [Mark(e, s, status) for e in rows for s in cols], today=today)

    def paste(self, project_id: int, *, enrollment_ids: Sequence[int], session_ids: Sequence[int],
              values: Sequence[Sequence[Any]]) -> list[Mark]:
        """A block pasted from Excel at a grid position: ``values[i][j]`` goes to row i, column j."""
        marks = []
        for i, line in enumerate(values):
            for j, text in enumerate(line):
                if i >= len(enrollment_ids) or j >= len(session_ids):
                    raise ValidationError(translate("attendance", "粘贴的区域超出表格：第 {row} 行第 {column} 列没有对应的学员或课时")
                                          .format(row=i + 1, column=j + 1), field="paste")
                try:
                    marks.append(Mark(enrollment_ids[i], session_ids[j], parse_mark(text)))
                except ValueError as exc:
                    raise ValidationError(translate("attendance", "粘贴内容第 {row} 行第 {column} 列：{error}").format(
                        row=i + 1, column=j + 1, error=exc), field="paste") from None
        return self.set_marks(project_id, marks)

    # ----- sign-in import ------------------------------------------------------------------
    def plan_sign_in(self, project_id: int, rows: Sequence[tuple[int, Sequence[Any]]], *,
                     file_name: str = "", today: dt.date | None = None) -> SignInPlan:
        """Place each sign-in (name or ID + time) on the session of that date and half-day; list the rest
        (among them a sign-in for a session after ``today``, default the real date)."""
        today_text = (today or dt.date.today()).isoformat()
        found, problems = read_sign_in_rows(rows)
        plan = SignInPlan(project_id, file_name, problems=problems)
        project = load_project(self._conn, project_id)
        sessions = {(s.date, s.slot): s for s in load_sessions(self._conn, project_id)}
        trainees = [trainee_from_row(r) for r in self._conn.execute(
            TRAINEE_SELECT + " WHERE e.project_id = ? AND e.status = '在册'", (project_id,))]
        by_id = {t.id_number: t for t in trainees}
        by_name: dict[str, list[Trainee]] = {}
        for t in trainees:
            by_name.setdefault(t.name, []).append(t)
        for r in found:
            trainee = None
            if re.fullmatch(r"\d{15}|\d{17}[\dXx]", r.who):
                try:
                    trainee = by_id.get(parse_id(r.who).number)
                except IdNumberError as exc:
                    plan.problems.append(RowProblem(r.row, str(exc)))
                    continue
                if trainee is None:
                    plan.problems.append(RowProblem(r.row, translate("attendance", "身份证号 {start}…{end} 不在参培名单上")
                                                    .format(start=r.who[:3], end=r.who[-4:])))
                    continue
            else:
                matches = by_name.get(normalise_name(r.who), [])
                if not matches:
                    plan.problems.append(RowProblem(r.row, translate("attendance", "“{name}”不在参培名单上").format(
                        name=r.who)))
                    continue
                if len(matches) > 1:
                    plan.problems.append(RowProblem(r.row, translate("attendance", "名单上有 {count} 个“{name}”，请改用身份证号")
                                                    .format(count=len(matches), name=r.who)))
                    continue
                trainee = matches[0]
            day, slot = r.at.date().isoformat(), slot_of(r.at)
            session = sessions.get((day, slot))
            if session is None:
                outside = (project.start_date and day < project.start_date) or (project.end_date and day > project.end_date)
                why = (translate("attendance", "{date} {slot}不在项目培训日期内") if outside
                       else translate("attendance", "{date} {slot}没有课程安排"))
                plan.problems.append(RowProblem(r.row, why.format(date=day, slot=translate("Slot", slot))))
                continue
            if day > today_text:
                plan.problems.append(RowProblem(r.row, not_yet_due(session, today_text)))
                continue
            plan.placed.append(PlacedMark(r.row, trainee.enrollment_id, session.id, trainee.name, day, slot))
        plan.problems.sort(key=lambda p: p.row)
        return plan

    def apply_sign_in(self, plan: SignInPlan) -> int:
        """Import the placed rows as 出勤 where the cell is blank or 缺勤; returns how many cells changed."""
        grid = self.grid(plan.project_id)
        todo = []
        for m in plan.marks():
            r, c = grid.row_of.get(m.enrollment_id), grid.column_of.get(m.session_id)
            if r is None or c is None:
                raise NotFound(translate("attendance", "签到记录对应的学员或课时已不存在，请重新读取签到文件"))
            if grid.marks[r][c] in (None, "缺勤"):
                todo.append(m)
        self.set_marks(plan.project_id, todo)
        return len(todo)
