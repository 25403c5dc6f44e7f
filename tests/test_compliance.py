"""学分达标 against small cases computed by hand, including the exact 20% boundary."""

from __future__ import annotations

import datetime as dt
import itertools

import openpyxl

from conftest import make_teacher
from trainoffice.credits import LedgerEntry
from trainoffice.idnumber import check_character
from trainoffice.office import Office
from trainoffice.registry import School
from trainoffice.schema import CLOSE_POSTINGS_OF_LEAVERS, MIGRATIONS

_SEQ = itertools.count(1)


def teachers(office, school: str, township: str, n: int) -> list[int]:
    sid = office.registry.save_school(School(name=school, township=township))
    out = []
    for i in range(n):
        first17 = f"43102819850101{next(_SEQ):03d}"
        out.append(office.registry.save_teacher(make_teacher(sid, name=f"{school[:2]}{i}", id_number=first17 +
                                                             check_character(first17))))
    return out


def credit(office, ids: list[int], amount: float, year: int = 2025, category: str = "校本研修") -> None:
    office.credits.add_entries([LedgerEntry(t, category, f"{year}-06-01", amount, evidence="登记表") for t in ids])


def test_school_at_exactly_twenty_percent_is_flagged(office):
    five = teachers(office, "甲校", "安平镇", 5)     # 1 of 5 under = 20%: flagged
    six = teachers(office, "乙校", "安平镇", 6)      # 1 of 6 under = 16.7%: not flagged
    ten = teachers(office, "丙校", "龙海镇", 10)     # 3 of 10 under = 30%: flagged
    credit(office, five[:4], 72)
    credit(office, five[4:], 71.5)
    credit(office, six[:5], 40)
    credit(office, six[:5], 32, category="师德")     # 40 + 32 = 72 exactly: met
    credit(office, ten[:7], 80)
    credit(office, ten[7:8], 72, year=2024)          # last year's credits do not count for 2025
    annual = office.compliance.annual(2025)
    got = {s.school: (s.teachers, s.under, s.flagged) for s in annual.schools}
    assert got == {"甲校": (5, 1, True), "乙校": (6, 1, False), "丙校": (10, 3, True)}
    assert (annual.teachers, annual.met, annual.under) == (21, 16, 5)
    assert round(annual.rate, 4) == 0.7619 and not annual.county_met
    jia = next(s for s in annual.schools if s.school == "甲校")
    assert [(t.name, t.credits) for t in office.compliance.teachers_under(2025, school_id=jia.school_id)] == [
        ("甲校4", 71.5)]


def test_county_rate_at_exactly_ninety_percent_meets_the_target(office):
    ids = teachers(office, "丁校", "安平镇", 10)
    credit(office, ids[:9], 72)
    annual = office.compliance.annual(2025)
    assert annual.rate == 0.9 and annual.county_met
    assert annual.schools[0].flagged is False  # 1 of 10 = 10%


def test_teachers_retired_during_the_year_are_not_counted_and_reversals_are(office):
    ids = teachers(office, "戊校", "安平镇", 3)
    credit(office, ids, 72)
    office.registry.set_status(ids[2], "退休", on=dt.date(2025, 9, 1))
    entry = office.database.conn.execute("SELECT id FROM ledger WHERE teacher_id = ?", (ids[1],)).fetchone()[0]
    office.credits.reverse_entry(entry, reason="重复登记")
    annual = office.compliance.annual(2025)
    assert (annual.teachers, annual.under) == (2, 1)
    assert annual.schools[0].flagged


def test_five_year_cycle(office):
    office.settings.set("cycle_start_year", 2021)
    ids = teachers(office, "己校", "安平镇", 4)
    for year in range(2021, 2026):
        credit(office, ids[:2], 72, year=year)       # 360: complete
        credit(office, ids[2:3], 71, year=year)      # 355: not complete
    for _ in range(5):                               # next cycle: 400 within 2026
        credit(office, ids[3:], 80, year=2026)
    cycle = office.compliance.cycle(2023)
    assert (cycle.start, cycle.end, cycle.teachers, cycle.completed) == (2021, 2025, 4, 2)
    assert [t.hours for t in office.compliance.cycle_incomplete(2023)] == [355, 0]
    assert office.compliance.cycle(2026).completed == 1


def test_export_reads_back(office, tmp_path):
    ids = teachers(office, "庚校", "安平镇", 5)
    credit(office, ids[:4], 72)
    out = office.compliance.export(2025, tmp_path / "达标.xlsx")
    wb = openpyxl.load_workbook(out)
    schools = [[c.value for c in r] for r in wb["学校达标情况"].iter_rows(min_row=4)]
    assert schools == [[1, "安平镇", "庚校", 5, 4, 1, 0.2, "是"]]  # a number the city can sort, shown as 20.0%
    assert wb["学校达标情况"]["G4"].number_format == "0.0%"
    cycles = [[c.value for c in r] for r in wb["五年周期完成情况"].iter_rows(min_row=4)]
    assert cycles[0][5] == 0 and wb["五年周期完成情况"]["F4"].number_format == "0.0%"
    under = [[c.value for c in r] for r in wb["未达标教师名单"].iter_rows(min_row=4)]
    assert under[0][3] == "庚校4" and "*" in under[0][4] and under[0][5:] == [0, 72]
    assert "达标率 80.0%" in wb["学校达标情况"]["A2"].value


def figures(office, year: int) -> dict[str, tuple[int, int, bool]]:
    return {s.school: (s.teachers, s.under, s.flagged) for s in office.compliance.annual(year).schools}


def test_a_retirement_and_a_transfer_after_the_year_leave_its_school_figures_as_they_were(office):
    """Review: a school lost its 20% flag for 2025 when a teacher retired in 2026 (teachers entered in 2026)."""
    east, west = teachers(office, "东校", "安平镇", 5), teachers(office, "西校", "安平镇", 5)
    credit(office, east[:4], 72)                      # 东校 2025: 1 of 5 under = 20%: flagged
    credit(office, west, 72)
    before = figures(office, 2025)
    assert before == {"东校": (5, 1, True), "西校": (5, 0, False)}
    west_id = office.compliance.annual(2025).schools[1].school_id
    office.registry.set_status(east[0], "退休", on=dt.date(2026, 3, 1))
    office.registry.transfer(east[1], school_id=west_id, on=dt.date(2026, 4, 1), note="交流轮岗")
    assert figures(office, 2025) == before
    assert office.compliance.cycle(2025).teachers == 10
    jia = office.compliance.annual(2025).schools[0].school_id
    assert [t.name for t in office.compliance.teachers_under(2025, school_id=jia)] == ["东校4"]
    # this year: everyone now 在职, at the school they are at now
    now = figures(office, dt.date.today().year)
    assert {k: v[0] for k, v in now.items()} == {"东校": 3, "西校": 6}
    assert sorted(now.items()) == sorted(
        (name, (n, n, True)) for name, n in office.database.conn.execute(
            "SELECT s.name, count(*) FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.status = '在职'"
            " GROUP BY s.id"))


def test_a_teacher_who_started_work_after_the_year_is_not_counted_in_it(office):
    sid = office.registry.save_school(School(name="南校", township="安平镇"))
    first17 = f"43102819990101{next(_SEQ):03d}"
    new = office.registry.save_teacher(make_teacher(sid, name="新教师", id_number=first17 + check_character(first17),
                                                    work_start_date="2026-02"))
    veteran = teachers(office, "北校", "安平镇", 1)
    assert figures(office, 2025) == {"北校": (1, 1, True)}
    assert office.compliance.teachers_under(2025) == [t for t in office.compliance.teachers_under(2025)
                                                     if t.teacher_id == veteran[0]]
    assert office.compliance.cycle(2025).teachers == 1
    assert figures(office, 2026)["南校"] == (1, 1, True)
    assert [t.teacher_id for t in office.compliance.teachers_under(2026, school_id=sid)] == [new]


def test_the_migration_dates_earlier_departures_from_the_audit_log(office, tmp_path):
    ids = teachers(office, "中校", "安平镇", 4)
    credit(office, ids, 72)
    conn = office.database.conn
    # A database from before: 退休/调出 recorded without closing the posting.
    conn.execute("UPDATE teachers SET status = '退休', updated_at = '2026-01-05 09:00:00' WHERE id IN (?, ?, ?)",
                 tuple(ids[:3]))
    conn.executemany("INSERT INTO audit_log (at, actor, action, table_name, row_id, detail) VALUES (?, 'x', ?, "
                     "'teachers', ?, ?)", [
                         ("2024-07-15 10:00:00", "status", ids[0], '{"status": "退休"}'),
                         ("2025-03-02 08:00:00", "update", ids[1], '{"fields": ["phone", "status"]}'),
                         ("2025-11-30 08:00:00", "update", ids[1], '{"fields": ["phone"]}'),  # not a status change
                     ])
    version = MIGRATIONS.index(CLOSE_POSTINGS_OF_LEAVERS)
    conn.execute(f"PRAGMA user_version = {version}")
    path = office.path
    office.close()
    with Office(path) as reopened:
        ends = [reopened.registry.postings(t)[-1].to_date for t in ids]
        assert ends == ["2024-07-15", "2025-03-02", "2026-01-05", None]
        assert (reopened.compliance.annual(2025).teachers, reopened.compliance.annual(2024).teachers) == (2, 3)
