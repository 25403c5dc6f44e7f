"""The demo's training history and the headless commands over it."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import pytest

from trainoffice.certificates import seal_warning
from trainoffice.cli import main
from trainoffice.demo import DEMO_AS_OF, DemoSize, build_demo, build_training_history
from trainoffice.office import Office


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with Office(path) as office:
        build_demo(office, seed=7, size=DemoSize(schools=30, teachers=900, projects_per_year=8,
                                                 ledger_years=(2024, 2025, 2026)))
    return path


def test_demo_has_a_completed_year_and_one_under_way(demo_db):
    with Office(demo_db) as office:
        last = {r.project.status for r in office.projects.rows(year=2025)}
        now = [r.project.status for r in office.projects.rows(year=2026)]
        assert last == {"归档"}  # completed, sent to the city and filed
        assert "开班" in now and "计划" in now and "结业" in now and "归档" in now
        posted = office.database.conn.execute(
            "SELECT count(*) FROM ledger WHERE category = '项目培训' AND year = 2025").fetchone()[0]
        assert posted > 100
        annual = office.compliance.annual(2025)
        assert 0.8 < annual.rate < 1 and annual.flagged_schools and len(annual.flagged_schools) < len(annual.schools)


def test_demo_has_certificates_a_revoked_one_and_a_verified_packet_beside_the_database(demo_db):
    from trainoffice.packet import verify_packet

    with Office(demo_db) as office:
        finished = sorted((r.project for r in office.projects.rows() if r.project.status in ("结业", "归档")),
                          key=lambda p: p.end_date)
        certified = {c.project_id for c in office.certificates.find(project_ids=[p.id for p in finished])}
        # every finished project has its certificates but the last one to finish, left for the newcomer to issue
        assert certified == {p.id for p in finished[:-1]} and any(p.year == 2026 for p in finished[:-1])
        first = min(finished, key=lambda p: p.code)
        revoked = [c for c in office.certificates.find(project_ids=[first.id]) if c.revoked]
        assert len(revoked) == 1 and revoked[0].issued_on < revoked[0].revoked_at < "2026"  # back in its year
        # each certified project past its 归档截止 has its packet and is archived; the uncertified one is not
        today = DEMO_AS_OF
        rows = [r.project for r in office.projects.rows()]
        overdue = {p.id for p in rows if p.archive_due and p.archive_due < today and p.id in certified}
        packets = office.packets.history()
        assert overdue and {p.project_id for p in packets} == overdue
        assert {p.id for p in rows if p.status == "归档"} == overdue
        assert [p.id for p in rows if p.archive_overdue(today)] == [finished[-1].id]
        path = Path(next(p.path for p in packets if p.project_id == first.id))
        assert path.parent == demo_db.parent / "demo-提交包" and office.settings.get("packet_folder") == str(path.parent)
        assert path.stem.endswith(packets[0].created_at[:10].replace("-", ""))  # named by the day it was made
        assert verify_packet(path, public_key=office.signer.public_key).ok
        seal = office.certificates.seal()  # in the database: the demo copied elsewhere keeps it
        assert seal is not None and seal.image.startswith(b"\x89PNG") and not seal_warning(seal)
        assert not list(demo_db.parent.glob("*.png"))


def test_demo_projects_come_from_each_years_imported_plan(demo_db):
    with Office(demo_db) as office:
        conn = office.database.conn
        plans = conn.execute("SELECT id, year, declared_total FROM plans ORDER BY year").fetchall()
        assert [year for _, year, _ in plans] == [2025, 2026]
        for plan_id, year, declared in plans:
            projects = [r.project for r in office.projects.rows(year=year)]
            assert {p.plan_id for p in projects} == {plan_id} and declared == sum(p.places for p in projects)
            levels = {p.proposing_unit: p.level for p in projects}
            assert levels["安仁县教育局"] == "县培" and levels["县市区"] == "市培"  # the plan import's own rule


def test_nobody_repeats_a_course_or_trains_or_is_posted_before_starting_work(demo_db):
    with Office(demo_db) as office:
        conn = office.database.conn
        repeated = conn.execute(
            "SELECT count(*) FROM enrollments a JOIN projects p ON p.id = a.project_id JOIN enrollments b"
            " ON b.teacher_id = a.teacher_id AND b.id != a.id JOIN projects q ON q.id = b.project_id"
            " WHERE substr(p.name, 6) = substr(q.name, 6)").fetchone()[0]  # 2025年… and 2026年… of one course
        assert repeated == 0
        early = conn.execute("SELECT count(*) FROM enrollments e JOIN projects p ON p.id = e.project_id"
                             " JOIN teachers t ON t.id = e.teacher_id WHERE t.work_start_date > p.start_date")
        assert early.fetchone()[0] == 0
        before = conn.execute("SELECT count(*) FROM ledger l JOIN teachers t ON t.id = l.teacher_id"
                              " WHERE l.date < t.work_start_date").fetchone()[0]
        assert before == 0
        posted_early = conn.execute("SELECT count(*) FROM teacher_postings p JOIN teachers t ON t.id = p.teacher_id"
                                    " WHERE p.from_date < t.work_start_date").fetchone()[0]
        assert posted_early == 0  # nobody is at a school before starting work
        assert conn.execute("SELECT count(*) FROM teachers WHERE post IN ('校长', '园长') AND new_teacher = 1"
                            ).fetchone()[0] == 0
        recent = conn.execute("SELECT count(*) FROM teachers WHERE status = '在职' AND work_start_date >= '2025-01-01'"
                              " AND EXISTS (SELECT 1 FROM ledger l WHERE l.teacher_id = teachers.id)").fetchone()[0]
        assert recent > 0  # those who started lately have the hours since


def test_report_compliance_json_and_xlsx(demo_db, tmp_path, capsys):
    assert main(["report", "compliance", "--year", "2025", "--db", str(demo_db), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["teachers"] == data["met"] + data["under"]
    assert data["flagged_schools"] == sum(s["flagged"] for s in data["schools"])
    assert data["cycle"]["start"] == 2021
    out = tmp_path / "达标.xlsx"
    assert main(["report", "compliance", "--year", "2025", "--db", str(demo_db), "--xlsx", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["学校达标情况", "未达标教师名单", "五年周期完成情况"]


def test_project_commands(demo_db, tmp_path, capsys):
    assert main(["project", "list", "--year", "2026", "--db", str(demo_db), "--json"]) == 0
    running = next(p for p in json.loads(capsys.readouterr().out) if p["status"] == "开班")
    assert main(["project", "close", running["code"], "--db", str(demo_db)]) == 1
    assert "没有考核结果" in capsys.readouterr().err
    out = tmp_path / "名单.xlsx"
    assert main(["report", "roster", "--project", running["code"], "--xlsx", str(out), "--db", str(demo_db)]) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=4, values_only=True))
    assert len(rows) == running["enrolled"]


def test_history_at_county_shape_is_sized_by_its_arguments(office):
    from trainoffice.demo import make_schools, make_teachers

    rng = random.Random(3)
    schools = [(office.registry.save_school(s), s) for s in make_schools(rng, 20)]
    office.registry.insert_teachers(make_teachers(rng, schools, 400))
    stats = build_training_history(office, rng, years=(2024,), projects_per_year=5, trainees_per_project=(20, 20),
                                   ledger_years=(2024,))
    assert stats.projects == 5
    assert stats.enrollments == office.database.conn.execute("SELECT count(*) FROM enrollments").fetchone()[0]
    assert stats.marks == office.database.conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
    assert stats.ledger_rows == office.database.conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    assert {r.project.status for r in office.projects.rows()} == {"结业"}


@pytest.mark.parametrize("as_of", [dt.date(2026, 3, 1), dt.date(2026, 11, 23), dt.date(2026, 12, 31)])
def test_the_as_of_year_always_has_a_course_running_and_one_to_come(office, as_of):
    from trainoffice.demo import make_schools, make_teachers

    rng = random.Random(5)
    schools = [(office.registry.save_school(s), s) for s in make_schools(rng, 20)]
    office.registry.insert_teachers(make_teachers(rng, schools, 400))
    build_training_history(office, rng, years=(2026,), projects_per_year=4, trainees_per_project=(10, 10),
                           as_of=as_of)
    statuses = [r.project.status for r in office.projects.rows(year=2026)]
    assert statuses.count("开班") == 1 and statuses.count("计划") >= 1


@pytest.mark.parametrize(("as_of", "status", "assessed"), [(dt.date(2026, 8, 15), "开班", 1),
                                                          (dt.date(2026, 10, 15), "结业", 3)])
def test_the_principal_course_runs_over_its_stages_dates(office, as_of, status, assessed):
    from trainoffice.demo import PRACTICE_DAYS, make_schools, make_teachers

    rng = random.Random(5)
    schools = [(office.registry.save_school(s), s) for s in make_schools(rng, 20)]
    office.registry.insert_teachers(make_teachers(rng, schools, 400))
    build_training_history(office, rng, years=(2026,), projects_per_year=8, trainees_per_project=(10, 10),
                           as_of=as_of)
    course = office.projects.by_code("2026-05")
    first, practice, online = office.projects.stages(course.id)
    assert (first.hours, practice.hours, online.hours) == (72, 50, 178)
    assert first.start_date == course.start_date < first.end_date < practice.start_date
    assert (practice.start_date, practice.end_date) == (online.start_date, online.end_date)
    assert practice.end_date == course.end_date  # the course ends with its second stage
    weekdays = sum(1 for n in range((dt.date.fromisoformat(practice.end_date)
                                     - dt.date.fromisoformat(practice.start_date)).days + 1)
                   if (dt.date.fromisoformat(practice.start_date) + dt.timedelta(days=n)).weekday() < 5)
    assert weekdays == PRACTICE_DAYS
    # in its 返岗实践 (Aug 15) it is open with stage 1 assessed; once over (Oct 15) closed and posted by stage
    assert course.status == status
    conn = office.database.conn
    stages = conn.execute("SELECT DISTINCT a.stage_id FROM assessments a JOIN enrollments e ON e.id = a.enrollment_id"
                          " WHERE e.project_id = ?", (course.id,)).fetchall()
    assert len(stages) == assessed
    posted = dict(conn.execute("SELECT stage_id, min(date) FROM ledger WHERE project_id = ? GROUP BY stage_id",
                               (course.id,)).fetchall())
    assert posted == ({} if status == "开班" else {s.id: s.end_date for s in (first, practice, online)})


def test_demo_refuses_a_today_that_is_no_date(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "d.sqlite3"), "--today", "2027-02-30"]) == 2
    assert "不是日期" in capsys.readouterr().err
    assert not (tmp_path / "d.sqlite3").exists()


def test_the_demo_is_of_the_year_it_is_built_in(tmp_path):
    """Built in 2027, the demo has 2027 under way and 2026 completed, as a newcomer that year expects."""
    db = tmp_path / "d.sqlite3"
    assert main(["demo", "--db", str(db), "--today", "2027-09-20", "--schools", "12", "--teachers", "400"]) == 0
    with Office(db) as office:
        now = {r.project.status for r in office.projects.rows(year=2027)}
        assert {"结业", "开班", "计划"} <= now
        assert {r.project.status for r in office.projects.rows(year=2026)} <= {"结业", "归档"}
        assert office.projects.rows(year=2025) == []
        conn = office.database.conn
        assert conn.execute("SELECT min(year), max(year) FROM ledger").fetchone() == (2022, 2027)
        assert conn.execute("SELECT max(date) FROM ledger").fetchone()[0] <= "2027-09-20"
        youngest = conn.execute("SELECT max(work_start_date) FROM teachers").fetchone()[0]
        assert youngest == "2026-09-01"


def test_last_years_figures_count_this_years_movers_where_they_were(demo_db):
    """Six teachers moved school and eight left service in the demo's year: 2025 counts them as they were."""
    with Office(demo_db) as office:
        conn = office.database.conn
        moved = conn.execute("SELECT teacher_id, school_id, to_date FROM teacher_postings WHERE to_date >= '2026-01-01'"
                             " ORDER BY teacher_id").fetchall()
        left = {tid for (tid,) in conn.execute("SELECT id FROM teachers WHERE status != '在职'")}
        assert len(moved) == 14 and sum(tid in left for tid, _, _ in moved) == 8
        assert all(to_date < DEMO_AS_OF.isoformat() for _, _, to_date in moved)
        now = dict(conn.execute("SELECT school_id, count(*) FROM teachers WHERE status = '在职' GROUP BY school_id"))
        expected = dict(now)
        for tid, then, _ in moved:
            expected[then] = expected.get(then, 0) + 1
            if tid not in left:
                school = office.registry.teacher(tid).school_id
                expected[school] -= 1
        assert {s.school_id: s.teachers for s in office.compliance.annual(2025).schools} == {
            k: v for k, v in expected.items() if v}
        assert {s.school_id: s.teachers for s in office.compliance.annual(2026).schools} == now
