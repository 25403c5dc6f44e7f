"""Credit compliance (学分达标): who is under the annual target, which schools are flagged, the cycle.

Rules [ML]: the annual target is 72 学分 (setting ``annual_target``); a school where 20% or more of its
teachers miss it is flagged (exactly 20% IS flagged: no advanced-unit rating, principal not 优秀);
the county aims at 90% of teachers meeting it. The national 5-year cycle asks for 360 学时
(``cycle_target``). Population: the teachers in service on the period's reference day (``serving``): the
last day of the year (of the cycle), or today while it runs, each counted at the school they were at that
day. So a year's figures stay as they were when a teacher later retires, is 调出 or moves to another school.

Everything is one SQL aggregate per figure, so a city database (60,000 teachers, five years of
ledger) answers in well under a second. Shares are compared in integers (under x 5 >= teachers),
so the 20% boundary never depends on floating point.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from trainoffice.db import Database
from trainoffice.files import atomic_output
from trainoffice.idnumber import mask as mask_id
from trainoffice.jobs import Cancel, Progress, Steps
from trainoffice.settings import Settings
from trainoffice.text import translate
from trainoffice.xlsx import Percent, SheetSpec, write_workbook

COUNTY_TARGET = 0.9          # 年度学分达标率 target for the county [ML]
SCHOOL_FLAG_SHARE = 0.2      # 20% or more under target flags the school [ML]
CYCLE_SHEET = "五年周期完成情况"
_EPS = 1e-6
# A teacher's total for a period: a correlated sum that reads only the covering index
# ledger_teacher_totals (teacher_id, year, hours, credits); faster than grouping the whole ledger.
_TOTAL = "(SELECT coalesce(sum(l.{measure}), 0) FROM ledger l WHERE l.teacher_id = t.id AND {period})"


def reference_day(last_year: int) -> dt.date:
    """The day whose teachers a period counts: the end of its last year, or today while that year runs."""
    return min(dt.date(last_year, 12, 31), dt.date.today())


def serving(day: dt.date) -> str:
    """SQL of the teachers in service on ``day`` (columns id, name, id_number, name_pinyin, school_id), the one
    rule behind every compliance figure and a year packet's teachers.

    In service: work started on or before ``day`` (参加工作时间, or not known), and a posting covers ``day``:
    it began on or before it, or it is the teacher's first posting, whose from_date is the day the teacher
    was entered into TrainOffice, not the day they came (so it reaches back indefinitely); and it ended
    after it, or has not ended (leaving service, 调出 or 退休, ends the posting on the day left). The school
    is that posting's. Were two postings to cover the day, the one recorded last counts. For today this is
    everyone now 在职 at their current school (a change is never dated after today).
    """
    d = f"'{day.isoformat()}'"
    return ("(SELECT t.id, t.name, t.id_number, t.name_pinyin, p.school_id FROM teachers t"
            " JOIN teacher_postings p ON p.id = (SELECT q.id FROM teacher_postings q WHERE q.teacher_id = t.id"
            f"  AND (q.to_date IS NULL OR q.to_date > {d}) AND (q.from_date <= {d}"
            "   OR q.id = (SELECT min(f.id) FROM teacher_postings f WHERE f.teacher_id = t.id))"
            "  ORDER BY q.id DESC LIMIT 1)"
            f" WHERE t.work_start_date = '' OR t.work_start_date <= {d})")


@dataclass
class SchoolCompliance:
    school_id: int
    school: str
    township: str
    teachers: int
    under: int

    @property
    def met(self) -> int:
        return self.teachers - self.under

    @property
    def share_under(self) -> float:
        return self.under / self.teachers if self.teachers else 0.0

    @property
    def flagged(self) -> bool:
        """20% or more of the school's teachers under the target (exact integer test)."""
        return self.teachers > 0 and self.under * 5 >= self.teachers


@dataclass
class AnnualCompliance:
    year: int
    target: float
    teachers: int
    under: int
    schools: list[SchoolCompliance] = field(default_factory=list)

    @property
    def met(self) -> int:
        return self.teachers - self.under

    @property
    def rate(self) -> float:
        return self.met / self.teachers if self.teachers else 0.0

    @property
    def county_target(self) -> float:
        return COUNTY_TARGET

    @property
    def county_met(self) -> bool:
        return self.teachers > 0 and self.met * 10 >= self.teachers * 9

    @property
    def flagged_schools(self) -> list[SchoolCompliance]:
        return [s for s in self.schools if s.flagged]

    @property
    def headline(self) -> str:
        """The county's figure against the 90% target, as every printed report states it."""
        return (f"{self.year} 年度（要求 {self.target:g} 学分）：在职教师 {self.teachers} 人，达标 {self.met} 人，"
                f"达标率 {self.rate:.1%}（目标 {COUNTY_TARGET:.0%}，{'已达到' if self.county_met else '未达到'}）")

    def as_dict(self) -> dict:
        return {
            "year": self.year, "annual_target": self.target, "teachers": self.teachers, "met": self.met,
            "under": self.under, "rate": round(self.rate, 4), "county_target": COUNTY_TARGET,
            "county_met": self.county_met, "flagged_schools": len(self.flagged_schools),
            "schools": [{"school": s.school, "township": s.township, "teachers": s.teachers, "under": s.under,
                         "share_under": round(s.share_under, 4), "flagged": s.flagged} for s in self.schools],
        }


@dataclass
class TeacherCredit:
    """A teacher's total for the period (drill-down from a school)."""

    teacher_id: int
    name: str
    id_number: str
    school_id: int
    school: str
    township: str
    hours: float
    credits: float


@dataclass
class SchoolCycle:
    school_id: int
    school: str
    township: str
    teachers: int
    completed: int

    @property
    def rate(self) -> float:
        return self.completed / self.teachers if self.teachers else 0.0


@dataclass
class CycleCompliance:
    start: int
    end: int
    target: float
    teachers: int
    completed: int
    schools: list[SchoolCycle] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.completed / self.teachers if self.teachers else 0.0

    @property
    def headline(self) -> str:
        """The county's 5-year completion rate, as every printed report states it."""
        return (f"{self.start}—{self.end} 年周期（要求 {self.target:g} 学时）：在职教师 {self.teachers} 人，"
                f"已完成 {self.completed} 人，完成率 {self.rate:.1%}")

    def sheet(self, county: str) -> SheetSpec:
        """五年周期完成情况 by school, for the compliance export and the year's submission packet."""
        return SheetSpec(name=CYCLE_SHEET, subtitle=self.headline,
                         title=f"{county}{self.start}—{self.end}年周期学时完成情况（要求 {self.target:g} 学时）", header=["序号", "乡镇", "学校", "在职教师", "已完成", "完成率"],
                         rows=([n, s.township, s.school, s.teachers, s.completed, Percent(s.rate)]
                               for n, s in enumerate(self.schools, start=1)))

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "cycle_target": self.target, "teachers": self.teachers,
                "completed": self.completed, "rate": round(self.rate, 4)}


class Compliance:
    def __init__(self, database: Database, settings: Settings):
        self._database = database
        self._conn = database.conn
        self._settings = settings

    def annual(self, year: int) -> AnnualCompliance:
        """年度学分达标: per school (by township and name) and for the county."""
        target = float(self._settings.get("annual_target"))
        schools = [SchoolCompliance(*r) for r in self._conn.execute(
            "SELECT s.id, s.name, s.township, count(*), sum(x.credits + ? < ?) FROM"
            f" (SELECT t.school_id, {_TOTAL.format(measure='credits', period='l.year = ?')} AS credits"
            f"   FROM {serving(reference_day(year))} t) x"
            " JOIN schools s ON s.id = x.school_id GROUP BY s.id ORDER BY s.township, s.name", (_EPS, target, year))]
        return AnnualCompliance(year, target, sum(s.teachers for s in schools), sum(s.under for s in schools), schools)

    def teachers_under(self, year: int, *, school_id: int | None = None) -> list[TeacherCredit]:
        """Teachers under the annual target (未达标教师名单), by township, school and name."""
        return self._teacher_totals("l.year = ?", (year,), reference_day(year), school_id,
                                    float(self._settings.get("annual_target")), "credits")

    def cycle(self, year: int | None = None) -> CycleCompliance:
        """5-year cycle (五年周期) holding ``year`` (default this year): who has reached cycle_target 学时."""
        from trainoffice.credits import cycle_bounds

        start, end = cycle_bounds(year or dt.date.today().year, int(self._settings.get("cycle_start_year")))
        target = float(self._settings.get("cycle_target"))
        schools = [SchoolCycle(*r) for r in self._conn.execute(
            "SELECT s.id, s.name, s.township, count(*), sum(x.hours + ? >= ?) FROM"
            f" (SELECT t.school_id, {_TOTAL.format(measure='hours', period='l.year BETWEEN ? AND ?')} AS hours"
            f"   FROM {serving(reference_day(end))} t) x"
            " JOIN schools s ON s.id = x.school_id GROUP BY s.id ORDER BY s.township, s.name",
            (_EPS, target, start, end))]
        return CycleCompliance(start, end, target, sum(s.teachers for s in schools),
                               sum(s.completed for s in schools), schools)

    def cycle_incomplete(self, year: int | None = None, *, school_id: int | None = None) -> list[TeacherCredit]:
        from trainoffice.credits import cycle_bounds

        start, end = cycle_bounds(year or dt.date.today().year, int(self._settings.get("cycle_start_year")))
        return self._teacher_totals("l.year BETWEEN ? AND ?", (start, end), reference_day(end), school_id,
                                    float(self._settings.get("cycle_target")), "hours")

    def _teacher_totals(self, period: str, params: tuple, day: dt.date, school_id: int | None, target: float,
                        measure: str) -> list[TeacherCredit]:
        where = " WHERE t.school_id = ?" if school_id is not None else ""
        return [TeacherCredit(*r[:8]) for r in self._conn.execute(
            "SELECT * FROM (SELECT t.id, t.name, t.id_number, s.id, s.name, s.township,"
            f" {_TOTAL.format(measure='hours', period=period)} AS hours,"
            f" {_TOTAL.format(measure='credits', period=period)} AS credits, t.name_pinyin"
            f" FROM {serving(day)} t JOIN schools s ON s.id = t.school_id{where})"
            f" WHERE {measure} + ? < ? ORDER BY 6, 5, 9",
            (*params, *params, *(() if school_id is None else (school_id,)), _EPS, target))]

    def export(self, year: int, out: str | Path, *, masked: bool | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> Path:
        """学分达标情况 to a print-ready .xlsx: schools, teachers under target, and the 5-year cycle."""
        if masked is None:
            masked = bool(self._settings.get("mask_personal_data"))
        annual = self.annual(year)
        under = self.teachers_under(year)
        cycle = self.cycle(year)
        office, county = self._settings.get("office_name"), self._settings.get("county_name")
        subtitle = f"填报单位：{office}    {annual.headline}    导出日期：{dt.date.today():%Y年%m月%d日}"
        steps = Steps(len(annual.schools) + len(under) + len(cycle.schools), progress=progress, cancel=cancel,
                      cancelled=translate("compliance", "已取消导出，没有生成文件。"), every=2000)
        exporting = translate("compliance", "正在导出…")

        def tick(rows: Iterator[list]) -> Iterator[list]:
            for row in rows:
                steps(exporting)
                yield row

        schools = ([n, s.township, s.school, s.teachers, s.met, s.under, Percent(s.share_under),
                    "是" if s.flagged else ""] for n, s in enumerate(annual.schools, start=1))
        teachers = ([n, t.township, t.school, t.name, mask_id(t.id_number) if masked else t.id_number,
                     round(t.credits, 2), round(annual.target - t.credits, 2)] for n, t in enumerate(under, start=1))
        cycles = cycle.sheet(county)
        cycles.rows = tick(cycles.rows)
        sheets = [
            SheetSpec(name="学校达标情况", title=f"{county}{year}年度教师学分达标情况（按学校）", subtitle=subtitle,
                      header=["序号", "乡镇", "学校", "在职教师", "达标人数", "未达标人数", "未达标比例",
                              "未达标≥20%"], rows=tick(schools)),
            SheetSpec(name="未达标教师名单", title=f"{county}{year}年度学分未达标教师名单", subtitle=subtitle,
                      header=["序号", "乡镇", "学校", "姓名", "身份证号", "年度学分", "差额"], rows=tick(teachers)),
            cycles,
        ]
        out = Path(out)
        with atomic_output(out) as tmp:
            write_workbook(tmp, sheets)
        if progress:
            progress(1.0, translate("compliance", "导出完成"))
        return out
