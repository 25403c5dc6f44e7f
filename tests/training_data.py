"""A finished training project in a test database: schools, teachers, roster, sessions, attendance,
results per stage and ledger postings, inserted with plain SQL (the printing code only reads them)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from trainoffice.demo import make_schools, make_teachers, seal_png
from trainoffice.office import Office


def make_seal(path: str | Path, text: str = "测试县教育局教师培训股") -> Path:
    """The office seal as a PNG file with transparency, as an office scans it, for a test to choose."""
    Path(path).write_bytes(seal_png(text))
    return Path(path)


@dataclass
class BuiltProject:
    project_id: int
    code: str
    name: str
    enrollment_ids: list[int]
    teacher_ids: list[int]
    passed: list[int]        # enrollment ids that passed every stage
    failed: list[int]
    incomplete: list[int]
    withdrawn: list[int]


def ensure_teachers(office: Office, count: int, seed: int = 7) -> list[int]:
    """At least ``count`` teachers in the registry (demo generators); returns their ids."""
    have = [r[0] for r in office.database.conn.execute("SELECT id FROM teachers ORDER BY id")]
    if len(have) >= count:
        return have[:count]
    rng = random.Random(seed)
    for school in make_schools(rng, 12):
        if office.registry.school_by_name(school.name) is None:
            office.registry.save_school(school)
    schools = [(s.id, s) for s in office.registry.schools() if s.name.startswith("安仁县")]
    used = {r[0] for r in office.database.conn.execute("SELECT id_number FROM teachers")}
    office.registry.insert_teachers(make_teachers(rng, schools, count - len(have), used=used))
    return [r[0] for r in office.database.conn.execute("SELECT id FROM teachers ORDER BY id")][:count]


def build_project(office: Office, *, code: str = "2025-001", name: str = "2025年测试县初中数学骨干教师能力提升培训",
                  year: int = 2025, stages: tuple[tuple[str, float], ...] = (("集中培训", 12),),
                  trainees: int = 8, fail: int = 1, incomplete: int = 1, withdrawn: int = 1,
                  excellent: int = 2, status: str = "结业", start: dt.date = dt.date(2025, 3, 10),
                  days: int = 2, teacher_offset: int = 0, places: int | None = None) -> BuiltProject:
    """A project whose roster has ``trainees`` people: the first ``withdrawn`` left (退出), then
    ``fail`` failed the last stage, ``incomplete`` have no result for it, the rest passed
    (the first ``excellent`` of them 优秀 in every stage)."""
    conn = office.database.conn
    teacher_ids = ensure_teachers(office, teacher_offset + trainees)[teacher_offset:]
    end = start + dt.timedelta(days=days - 1)
    with office.atomic():
        pid = conn.execute(
            "INSERT INTO projects (year, code, name, level, form, host, start_date, end_date, days_local, places,"
            " status) VALUES (?, ?, ?, '县培', '本地集中', '测试县教师发展中心', ?, ?, ?, ?, ?)",
            (year, code, name, start.isoformat(), end.isoformat(), days, places or trainees, status)).lastrowid
        stage_ids = []
        for seq, (stage_name, hours) in enumerate(stages, start=1):
            stage_ids.append(conn.execute(
                "INSERT INTO project_stages (project_id, seq, name, hours, start_date, end_date)"
                " VALUES (?, ?, ?, ?, ?, ?)", (pid, seq, stage_name, hours, start.isoformat(),
                                               end.isoformat())).lastrowid)
        enrollment_ids = []
        for tid in teacher_ids:
            school = conn.execute("SELECT school_id FROM teachers WHERE id = ?", (tid,)).fetchone()[0]
            enrollment_ids.append(conn.execute(
                "INSERT INTO enrollments (project_id, teacher_id, school_id) VALUES (?, ?, ?)",
                (pid, tid, school)).lastrowid)
        gone = enrollment_ids[:withdrawn]
        conn.executemany("UPDATE enrollments SET status = '退出', reason = '病假' WHERE id = ?", [(e,) for e in gone])
        active = enrollment_ids[withdrawn:]
        failed, missing = active[:fail], active[fail:fail + incomplete]
        passed = active[fail + incomplete:]
        best = set(passed[:excellent])
        sessions = []
        for d in range(days):
            for slot in ("上午", "下午"):
                sessions.append(conn.execute(
                    "INSERT INTO sessions (project_id, stage_id, date, slot, hours, topic, lecturer, place)"
                    " VALUES (?, ?, ?, ?, 3, ?, '李老师', '县教师发展中心302')",
                    (pid, stage_ids[0], (start + dt.timedelta(days=d)).isoformat(), slot,
                     f"专题讲座{len(sessions) + 1}")).lastrowid)
        marks = [(e, s, "缺勤" if e in failed and i % 2 else "出勤") for e in active for i, s in enumerate(sessions)]
        conn.executemany("INSERT INTO attendance (enrollment_id, session_id, status) VALUES (?, ?, ?)", marks)
        for e in active:
            for k, sid in enumerate(stage_ids):
                last = k == len(stage_ids) - 1
                if e in missing and last:
                    continue
                result = "不合格" if e in failed and last else "优秀" if e in best else "合格"
                conn.execute("INSERT INTO assessments (enrollment_id, stage_id, score, result, homework_done)"
                             " VALUES (?, ?, ?, ?, 1)", (e, sid, 55 if result == "不合格" else 90 if
                                                         result == "优秀" else 75, result))
        for e in passed:
            tid = teacher_ids[enrollment_ids.index(e)]
            for sid, (_, hours) in zip(stage_ids, stages, strict=True):
                conn.execute("INSERT INTO ledger (teacher_id, year, date, category, project_id, stage_id, hours,"
                             " credits, evidence) VALUES (?, ?, ?, '项目培训', ?, ?, ?, ?, ?)",
                             (tid, year, end.isoformat(), pid, sid, hours, hours, f"{code} 结业"))
    return BuiltProject(pid, code, name, enrollment_ids, teacher_ids, passed, failed, missing, gone)



def record_packet(office: Office, project_id: int | None, *, holds: list[int] | None = None, year: int = 2026,
                  created_at: str | None = None, uuid: str = "u1") -> None:
    """A 提交包 on record as Packets.export records one, without writing the zip: of ``project_id``, or with
    None a year packet holding ``holds``; made ``created_at`` (default: now)."""
    conn = office.database.conn
    packet_id = conn.execute(
        "INSERT INTO packets (packet_uuid, project_id, year, path, sha256, created_at)"
        " VALUES (?, ?, ?, 'p.zip', 'x', coalesce(?, datetime('now', 'localtime')))",
        (uuid, project_id, year, created_at)).lastrowid
    conn.executemany("INSERT INTO packet_projects (packet_id, project_id) VALUES (?, ?)",
                     [(packet_id, pid) for pid in (holds if holds is not None else [project_id])])
