"""学分达标 against small cases computed by hand, including the exact 20% boundary."""

from __future__ import annotations

import itertools

import openpyxl

from conftest import make_teacher
from trainoffice.credits import LedgerEntry
from trainoffice.idnumber import check_character
from trainoffice.registry import School

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


def test_retired_teachers_are_not_counted_and_reversals_are(office):
    ids = teachers(office, "戊校", "安平镇", 3)
    credit(office, ids, 72)
    office.registry.set_status(ids[2], "退休")
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
