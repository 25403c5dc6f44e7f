"""The demo's training history and the headless commands over it."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import openpyxl
import pytest

from trainoffice.cli import main
from trainoffice.demo import DemoSize, build_demo, build_training_history
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
        assert last == {"结业"}
        assert "开班" in now and "计划" in now and "结业" in now
        posted = office.database.conn.execute(
            "SELECT count(*) FROM ledger WHERE category = '项目培训' AND year = 2025").fetchone()[0]
        assert posted > 100
        annual = office.compliance.annual(2025)
        assert 0.8 < annual.rate < 1 and annual.flagged_schools and len(annual.flagged_schools) < len(annual.schools)


def test_demo_has_last_years_certificates_and_a_verified_packet_beside_the_database(demo_db):
    from trainoffice.packet import verify_packet

    with Office(demo_db) as office:
        finished = [r.project.id for r in office.projects.rows(year=2025)]
        certs = office.certificates.find(project_ids=finished)
        assert certs and {c.project_id for c in certs} <= set(finished)
        assert office.certificates.find(project_ids=[r.project.id for r in office.projects.rows(year=2026)]) == []
        packets = office.packets.history()
        assert len(packets) == 1
        path = Path(packets[0].path)
        assert path.parent == demo_db.parent / "demo-提交包" and office.settings.get("packet_folder") == str(path.parent)
        assert verify_packet(path, public_key=office.signer.public_key).ok
        assert Path(office.settings.get("certificate_seal_path")) == demo_db.parent / "demo-公章.png"


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


def test_demo_refuses_a_today_outside_its_year(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "d.sqlite3"), "--today", "2025-05-01"]) == 2
    assert "演示县是 2026 年的" in capsys.readouterr().err
    assert not (tmp_path / "d.sqlite3").exists()
