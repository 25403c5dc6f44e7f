"""Read-only views of a training project for printing: the project, its stages, roster and outcomes.

Certificates, sign-in sheets and packets all print from the same few questions (who is on the
roster, who passed every stage, how many hours were posted), answered here once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from trainoffice.errors import NotFound

PASSING = ("合格", "优秀")


@dataclass(frozen=True)
class ProjectInfo:
    """培训项目 as printed on certificates, sign-in sheets and packets."""

    id: int
    code: str
    name: str
    year: int
    level: str
    form: str
    host: str
    start_date: str | None
    end_date: str | None
    days_offsite: float
    days_local: float
    places: int
    status: str
    hours: float           # sum of the stages' hours
    hours_basis: str


_PROJECT_SQL = (
    "SELECT p.id, p.code, p.name, p.year, p.level, p.form, p.host,"
    " coalesce(p.start_date, (SELECT min(start_date) FROM project_stages WHERE project_id = p.id)),"
    " coalesce(p.end_date, (SELECT max(end_date) FROM project_stages WHERE project_id = p.id)),"
    " p.days_offsite, p.days_local, p.places, p.status,"
    " coalesce((SELECT sum(hours) FROM project_stages WHERE project_id = p.id), 0), p.hours_basis"
    " FROM projects p")


def project(conn: sqlite3.Connection, project_id: int) -> ProjectInfo:
    row = conn.execute(_PROJECT_SQL + " WHERE p.id = ?", (project_id,)).fetchone()
    if row is None:
        raise NotFound(f"培训项目 {project_id} 不存在。")
    return ProjectInfo(*row)


def project_by_code(conn: sqlite3.Connection, code: str) -> ProjectInfo:
    row = conn.execute(_PROJECT_SQL + " WHERE p.code = ?", (code.strip(),)).fetchone()
    if row is None:
        raise NotFound(f"项目编号“{code}”不存在。请在“培训项目”页查看项目编号（例如 2025-001）。")
    return ProjectInfo(*row)


def projects_of_year(conn: sqlite3.Connection, year: int) -> list[ProjectInfo]:
    return [ProjectInfo(*r) for r in conn.execute(_PROJECT_SQL + " WHERE p.year = ? ORDER BY p.code", (year,))]


@dataclass(frozen=True)
class Stage:
    """阶段 of a project (a one-stage project has one)."""

    id: int
    seq: int
    name: str
    hours: float
    start_date: str | None
    end_date: str | None


def stages(conn: sqlite3.Connection, project_id: int) -> list[Stage]:
    return [Stage(*r) for r in conn.execute(
        "SELECT id, seq, name, hours, start_date, end_date FROM project_stages WHERE project_id = ? ORDER BY seq",
        (project_id,))]


@dataclass(frozen=True)
class Trainee:
    """One line of the roster (参培学员), with the school at enrolment."""

    enrollment_id: int
    teacher_id: int
    name: str
    gender: str
    id_number: str
    phone: str
    school: str
    township: str
    post: str
    stage: str
    subject: str
    title: str
    status: str


def roster(conn: sqlite3.Connection, project_id: int, *, active_only: bool = True) -> list[Trainee]:
    """The roster grouped as printed: by township, school, then name in pinyin order."""
    where = " AND e.status = '在册'" if active_only else ""
    return [Trainee(*r) for r in conn.execute(
        "SELECT e.id, t.id, t.name, t.gender, t.id_number, t.phone, s.name, s.township, t.post, t.stage,"
        " t.subject, t.title, e.status FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
        " JOIN schools s ON s.id = e.school_id WHERE e.project_id = ?" + where +
        " ORDER BY s.township, s.name, t.name_pinyin, t.id", (project_id,))]


def overall_results(conn: sqlite3.Connection, project_id: int) -> dict[int, str | None]:
    """结业考核 per enrolment: 优秀 when every stage is 优秀, 合格 when every stage passed,
    不合格 when a stage failed, None while a stage has no result yet.

    A project without stages is judged on its stage-less assessment.
    """
    stage_ids = [s.id for s in stages(conn, project_id)] or [None]
    results: dict[int, dict[int | None, str | None]] = {}
    for enrollment_id, stage_id, result in conn.execute(
            "SELECT a.enrollment_id, a.stage_id, a.result FROM assessments a"
            " JOIN enrollments e ON e.id = a.enrollment_id WHERE e.project_id = ?", (project_id,)):
        results.setdefault(enrollment_id, {})[stage_id] = result
    overall: dict[int, str | None] = {}
    for (enrollment_id,) in conn.execute("SELECT id FROM enrollments WHERE project_id = ?", (project_id,)):
        per_stage = [results.get(enrollment_id, {}).get(sid) for sid in stage_ids]
        if "不合格" in per_stage:
            overall[enrollment_id] = "不合格"
        elif None in per_stage:
            overall[enrollment_id] = None
        else:
            overall[enrollment_id] = "优秀" if all(r == "优秀" for r in per_stage) else "合格"
    return overall


def posted_hours(conn: sqlite3.Connection, project_id: int) -> dict[int, float]:
    """学时 on each teacher's ledger for this project (reversals included, so corrections net out)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT teacher_id, sum(hours) FROM ledger WHERE project_id = ? GROUP BY teacher_id", (project_id,))}
