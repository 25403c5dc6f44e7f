"""Sessions (课程安排): one half-day slot (上午/下午/晚上) of a project, with topic, lecturer and place.

Sessions are the columns of the attendance grid and the pages of the sign-in sheets (签到表). Their
hours come from the ``hours_per_slot`` setting (3 学时) and must add up to their stage's hours.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NewType

from trainoffice import audit
from trainoffice.db import Database
from trainoffice.errors import NotFound, ValidationError
from trainoffice.projects import Project, clean_text, iso_date, load_project, load_stages, require_status
from trainoffice.settings import Settings
from trainoffice.text import translate, words

SessionId = NewType("SessionId", int)

SLOTS = ("上午", "下午", "晚上")
ATTENDED = ("出勤", "迟到", "早退")  # marks that earn the session's hours; 请假 and 缺勤 do not


@dataclass
class Session:
    id: SessionId
    project_id: int
    stage_id: int | None
    date: str
    slot: str
    hours: float
    topic: str = ""
    lecturer: str = ""
    place: str = ""


_COLUMNS = "id, project_id, stage_id, date, slot, hours, topic, lecturer, place"
_SLOT_ORDER = "CASE slot WHEN '上午' THEN 0 WHEN '下午' THEN 1 ELSE 2 END"


def slot_of(moment: dt.datetime | dt.time) -> str:
    """The half-day a sign-in time falls in: before 12:00 上午, before 18:00 下午, else 晚上."""
    hour = moment.hour
    return "上午" if hour < 12 else "下午" if hour < 18 else "晚上"


def load_sessions(conn: sqlite3.Connection, project_id: int, *, on: str | None = None,
                  stage_id: int | None = None) -> list[Session]:
    sql = f"SELECT {_COLUMNS} FROM sessions WHERE project_id = ?"
    params: list = [project_id]
    if on:
        sql += " AND date = ?"
        params.append(on)
    if stage_id is not None:
        sql += " AND stage_id = ?"
        params.append(stage_id)
    return [Session(*r) for r in conn.execute(sql + f" ORDER BY date, {_SLOT_ORDER}", params)]


def check_within_dates(project: Project, date: str) -> None:
    """Refuse a date outside the project's 开始/结束 dates (when the project has them)."""
    if (project.start_date and date < project.start_date) or (project.end_date and date > project.end_date):
        raise ValidationError(translate("sessions", "{date} 不在项目“{name}”的培训日期 {start} 至 {end} 之内").format(
            date=date, name=project.name, start=project.start_date or "…", end=project.end_date or "…"), field="date")


class Sessions:
    """Generate and edit a project's sessions."""

    def __init__(self, database: Database, settings: Settings):
        self._database = database
        self._conn = database.conn
        self._settings = settings

    def sessions(self, project_id: int, *, on: dt.date | str | None = None,
                 stage_id: int | None = None) -> list[Session]:
        """A project's sessions in time order; ``on`` gives one day's (for the day's sign-in sheets)."""
        return load_sessions(self._conn, project_id, on=iso_date(on), stage_id=stage_id)

    def session(self, session_id: int) -> Session:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise NotFound(translate("sessions", "课时 {id} 不存在").format(id=session_id))
        return Session(*row)

    def days(self, project_id: int) -> list[str]:
        """The dates that have sessions, for a per-day sign-in sheet picker."""
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT date FROM sessions WHERE project_id = ? ORDER BY date", (project_id,))]

    def generate(self, project_id: int, *, stage_id: int | None = None,
                 dates: Iterable[dt.date | str] | None = None, slots: Sequence[str] = ("上午", "下午"),
                 parts: Sequence[tuple[str, float]] = (), place: str = "", lecturer: str = "") -> list[SessionId]:
        """Make one session per date and slot (dates default to every day from start to end date).

        ``parts`` names the topics in order with their hours (理论学习 30 + 影子实践 42); they must add up
        to the stage's hours. The stage's sessions may not exceed its hours. Existing slots are kept.
        """
        project = load_project(self._conn, project_id)
        require_status(project, ("计划", "开班"), translate("sessions", "安排课程"))
        stages = load_stages(self._conn, project_id)
        if stage_id is None:
            if len(stages) != 1:
                raise ValidationError(translate("sessions", "项目有多个阶段，请选择课程所属的阶段"), field="stage_id")
            stage = stages[0]
        else:
            stage = next((s for s in stages if s.id == stage_id), None)
            if stage is None:
                raise NotFound(translate("sessions", "阶段 {id} 不属于项目“{name}”").format(id=stage_id, name=project.name))
        for slot in slots:
            if slot not in SLOTS:
                raise ValidationError(translate("sessions", "时段只能是 {slots}").format(slots=words("Slot", SLOTS)),
                                      field="slots")
        if dates is None:
            start, end = stage.start_date or project.start_date, stage.end_date or project.end_date
            if not (start and end):
                raise ValidationError(translate("sessions", "请先填写项目（或阶段）的开始和结束日期，或直接给出培训日期"),
                                      field="dates")
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
            dates = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        days = sorted({iso_date(d) for d in dates})
        for day in days:
            check_within_dates(project, day)
        per_slot = float(self._settings.get("hours_per_slot"))
        if parts and abs(sum(h for _, h in parts) - stage.hours) > 1e-9:
            raise ValidationError(translate("sessions", "分项学时合计 {total}，与阶段“{stage}”的 {hours} 学时不符").format(
                total=f"{sum(h for _, h in parts):g}", stage=stage.name, hours=f"{stage.hours:g}"), field="parts")
        taken = {(s.date, s.slot) for s in load_sessions(self._conn, project_id)}
        wanted = [(d, s) for d in days for s in SLOTS if s in slots and (d, s) not in taken]
        scheduled = self._conn.execute("SELECT coalesce(sum(hours), 0) FROM sessions WHERE stage_id = ?",
                                       (stage.id,)).fetchone()[0]
        if scheduled + per_slot * len(wanted) > stage.hours + 1e-9:
            raise ValidationError(translate("sessions", "将安排 {slots} 个时段共 {hours} 学时，加上已有的 {scheduled} 学时，"
                                            "超过阶段“{stage}”的 {limit} 学时。请减少日期或时段。").format(
                slots=len(wanted), hours=f"{per_slot * len(wanted):g}", scheduled=f"{scheduled:g}", stage=stage.name,
                limit=f"{stage.hours:g}"), field="dates")
        topics: list[str] = []
        for topic, hours in parts:
            topics += [topic] * max(1, round(hours / per_slot))
        with self._database.atomic():
            ids = []
            for n, (day, slot) in enumerate(wanted):
                topic = topics[n] if n < len(topics) else ""
                cur = self._conn.execute(
                    "INSERT INTO sessions (project_id, stage_id, date, slot, hours, topic, lecturer, place)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (project_id, stage.id, day, slot, per_slot, topic, clean_text(lecturer), clean_text(place)))
                ids.append(SessionId(cur.lastrowid))
            audit.record(self._conn, "generate", "sessions", None, project_id=project_id, count=len(ids))
        return ids

    def update(self, session_id: int, *, topic: str | None = None, lecturer: str | None = None,
               place: str | None = None, hours: float | None = None, date: dt.date | str | None = None,
               slot: str | None = None) -> None:
        """Edit a session's 主题, 授课人, 地点 (and, before anything is marked, its date, slot or hours)."""
        with self._database.atomic():
            s = self.session(session_id)
            project = load_project(self._conn, s.project_id)
            require_status(project, ("计划", "开班"), translate("sessions", "修改课程安排"))
            new_date = iso_date(date) or s.date
            new_slot = slot or s.slot
            if new_slot not in SLOTS:
                raise ValidationError(translate("sessions", "时段只能是 {slots}").format(slots=words("Slot", SLOTS)),
                                      field="slot")
            if (new_date, new_slot, hours) != (s.date, s.slot, None):
                check_within_dates(project, new_date)
                if (hours is not None and float(hours) <= 0):
                    raise ValidationError(translate("sessions", "学时应大于 0"), field="hours")
                if self._conn.execute("SELECT 1 FROM sessions WHERE project_id = ? AND date = ? AND slot = ?"
                                      " AND id != ?", (s.project_id, new_date, new_slot, s.id)).fetchone():
                    raise ValidationError(translate("sessions", "{date} {slot} 已有课程安排").format(
                        date=new_date, slot=translate("Slot", new_slot)), field="slot")
            self._conn.execute(
                "UPDATE sessions SET topic = ?, lecturer = ?, place = ?, hours = ?, date = ?, slot = ? WHERE id = ?",
                (clean_text(topic) if topic is not None else s.topic,
                 clean_text(lecturer) if lecturer is not None else s.lecturer,
                 clean_text(place) if place is not None else s.place,
                 float(hours) if hours is not None else s.hours, new_date, new_slot, s.id))
            audit.record(self._conn, "update", "sessions", s.id)

    def check_deletable(self, session_ids: Sequence[int]) -> None:
        """Raise what deleting these sessions would (a project past 开班, attendance already marked), so that
        the user is told before being asked to confirm."""
        for session_id in session_ids:
            s = self.session(session_id)
            require_status(load_project(self._conn, s.project_id), ("计划", "开班"), translate("sessions", "删除课程安排"))
            if self._conn.execute("SELECT 1 FROM attendance WHERE session_id = ?", (session_id,)).fetchone():
                raise ValidationError(translate("sessions", "{date} {slot} 已有考勤记录，不能删除").format(
                    date=s.date, slot=translate("Slot", s.slot)), field="session")

    def delete(self, session_id: int) -> None:
        """Remove a session that has no attendance marks."""
        with self._database.atomic():
            s = self.session(session_id)
            self.check_deletable([session_id])
            self._conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            audit.record(self._conn, "delete", "sessions", session_id, date=s.date, slot=s.slot)
