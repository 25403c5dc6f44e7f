"""Printed forms: 签到表 (sign-in sheets, roster pre-filled) and 学时登记卡 (a teacher's credit-hour card).

Both are ruled tables (trainoffice.pdf.TableSection) with the header repeated on every page and
第x页 共y页 per sheet. Phones and ID numbers are masked unless the caller asks otherwise.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trainoffice import projectdata
from trainoffice.errors import NotFound, ValidationError
from trainoffice.idnumber import mask as mask_id
from trainoffice.idnumber import mask_phone
from trainoffice.pdf import (
    Cancel,
    Column,
    PdfResult,
    Progress,
    TableSection,
    date_text,
    draw_sections,
    office_font,
    write_pdf,
)
from trainoffice.settings import Settings

SLOT_ORDER = {"上午": 0, "下午": 1, "晚上": 2}
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Session:
    """课程安排: one half-day slot of a project."""

    id: int
    date: str
    slot: str
    hours: float
    topic: str
    lecturer: str
    place: str
    stage_name: str


def project_sessions(conn: sqlite3.Connection, project_id: int) -> list[Session]:
    rows = conn.execute(
        "SELECT s.id, s.date, s.slot, s.hours, s.topic, s.lecturer, s.place, coalesce(st.name, '')"
        " FROM sessions s LEFT JOIN project_stages st ON st.id = s.stage_id WHERE s.project_id = ?",
        (project_id,)).fetchall()
    return sorted((Session(*r) for r in rows), key=lambda s: (s.date, SLOT_ORDER.get(s.slot, 9)))


def _day(iso: str) -> str:
    return f"{date_text(iso)}（星期{WEEKDAYS[dt.date.fromisoformat(iso).weekday()]}）"


def signin_sections(conn: sqlite3.Connection, settings: Settings, *, project_id: int, per: str = "session",
                    masked: bool | None = None) -> list[TableSection]:
    """签到表 as table sections: one per session (签名 column) or one per day (a column per slot)."""
    if per not in ("session", "day"):
        raise ValueError(per)
    project = projectdata.project(conn, project_id)
    sessions = project_sessions(conn, project_id)
    if not sessions:
        raise ValidationError(f"项目“{project.name}”还没有课程安排：请先在“课程安排”中生成课程，再打印签到表。")
    trainees = projectdata.roster(conn, project_id)
    if masked is None:
        masked = bool(settings.get("mask_personal_data"))
    phone = mask_phone if masked else (lambda p: p or "")
    people = [(str(n), t.name, t.school, t.post, phone(t.phone)) for n, t in enumerate(trainees, start=1)]
    base = [Column("序号", 0.6), Column("姓名", 1.2), Column("单位", 3.2, "left"), Column("职务", 1.0),
            Column("联系电话", 1.7)]
    office = settings.get("office_name")
    note = [f"应到 {len(trainees)} 人，实到 ______ 人。", "考勤员签字：______________        负责人签字：______________"]
    sections: list[TableSection] = []
    if per == "session":
        for s in sessions:
            info = [f"培训名称：{project.name}",
                    f"日期：{_day(s.date)}    时段：{s.slot}    学时：{s.hours:g}",
                    "    ".join(filter(None, [f"内容：{s.topic}" if s.topic else "",
                                             f"主讲：{s.lecturer}" if s.lecturer else "",
                                             f"地点：{s.place}" if s.place else ""])) or f"阶段：{s.stage_name}"]
            sections.append(TableSection(
                title="培训签到表", columns=[*base, Column("签名", 2.4), Column("备注", 1.0)], rows=people,
                info=info, note=note, row_height=9 * mm, font_size=10.5, blank_rows=3, footer=office))
        return sections
    days: dict[str, list[Session]] = {}
    for s in sessions:
        days.setdefault(s.date, []).append(s)
    for date, slots in days.items():
        info = [f"培训名称：{project.name}",
                f"日期：{_day(date)}    时段：{'、'.join(s.slot for s in slots)}    "
                f"学时：{sum(s.hours for s in slots):g}",
                "    ".join(f"{s.slot}：{s.topic or s.stage_name}" for s in slots)]
        columns = [*base, *(Column(f"{s.slot}签名", 2.2) for s in slots)]
        sections.append(TableSection(
            title="培训签到表", columns=columns, rows=people, info=info, note=note, row_height=9 * mm,
            font_size=10.5, blank_rows=3, footer=office, landscape=len(slots) > 2))
    return sections


def print_signin(conn: sqlite3.Connection, settings: Settings, *, project_id: int, out: Path | None,
                 per: str = "session", masked: bool | None = None,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> PdfResult:
    """签到表 PDF of a project (``out`` None: returned in memory, for packets)."""
    sections = signin_sections(conn, settings, project_id=project_id, per=per, masked=masked)
    font, warnings = office_font(settings)

    def draw(canvas: Canvas) -> int:
        return draw_sections(canvas, font, sections, progress=progress, cancel=cancel)

    return write_pdf(out, draw, title="培训签到表", font=font, warnings=warnings)


# ----- 学时登记卡 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LedgerLine:
    """One posting on a teacher's ledger (学时登记), as printed on the card."""

    id: int
    year: int
    date: str
    category: str
    content: str
    hours: float
    credits: float
    reverses: int | None


@dataclass(frozen=True)
class LedgerCard:
    """A teacher's ledger over one 5-year cycle, with totals against the annual and cycle targets."""

    teacher_id: int
    name: str
    gender: str
    id_number: str
    school: str
    stage: str
    subject: str
    title: str
    cycle_start: int
    cycle_end: int
    lines: list[LedgerLine]
    by_year: dict[int, float]        # credits per year of the cycle
    annual_target: float
    cycle_target: float

    @property
    def cycle_hours(self) -> float:
        return sum(line.hours for line in self.lines)


def cycle_of(year: int, cycle_start_year: int) -> tuple[int, int]:
    """The 5-year cycle (first, last year) that holds ``year``."""
    start = cycle_start_year + 5 * ((year - cycle_start_year) // 5)
    return start, start + 4


def ledger_card(conn: sqlite3.Connection, settings: Settings, *, teacher_id: int, year: int | None = None) -> LedgerCard:
    teacher = conn.execute(
        "SELECT t.name, t.gender, t.id_number, s.name, t.stage, t.subject, t.title FROM teachers t"
        " JOIN schools s ON s.id = t.school_id WHERE t.id = ?", (teacher_id,)).fetchone()
    if teacher is None:
        raise NotFound(f"教师 {teacher_id} 不存在。")
    first, last = cycle_of(year or dt.date.today().year, int(settings.get("cycle_start_year")))
    lines = [LedgerLine(*r) for r in conn.execute(
        "SELECT l.id, l.year, l.date, l.category,"
        " trim(coalesce(p.name, '') || CASE WHEN st.name IS NOT NULL AND"
        "  (SELECT count(*) FROM project_stages WHERE project_id = p.id) > 1 THEN '（' || st.name || '）' ELSE '' END"
        "  || CASE WHEN l.evidence != '' AND p.id IS NULL THEN l.evidence ELSE '' END),"
        " l.hours, l.credits, l.reverses FROM ledger l LEFT JOIN projects p ON p.id = l.project_id"
        " LEFT JOIN project_stages st ON st.id = l.stage_id"
        " WHERE l.teacher_id = ? AND l.year BETWEEN ? AND ? ORDER BY l.year, l.date, l.id",
        (teacher_id, first, last))]
    by_year = {y: 0.0 for y in range(first, last + 1)}
    for line in lines:
        by_year[line.year] += line.credits
    return LedgerCard(teacher_id, *teacher, cycle_start=first, cycle_end=last, lines=lines, by_year=by_year,
                      annual_target=float(settings.get("annual_target")),
                      cycle_target=float(settings.get("cycle_target")))


def _status(value: float, target: float) -> str:
    return "达标" if value >= target else f"未达标（差 {target - value:g}）"


def ledger_card_section(card: LedgerCard, *, masked: bool, office: str) -> TableSection:
    rows: list[list[str]] = []
    for year in range(card.cycle_start, card.cycle_end + 1):
        lines = [line for line in card.lines if line.year == year]
        for line in lines:
            rows.append([str(year), line.date, line.category, line.content or "—", f"{line.hours:g}",
                         f"{line.credits:g}", "冲销更正" if line.reverses else ""])
        rows.append([str(year), "", "", f"{year}年合计（年度目标 {card.annual_target:g} 学分）",
                     f"{sum(x.hours for x in lines):g}", f"{card.by_year[year]:g}",
                     _status(card.by_year[year], card.annual_target)])
    shown = mask_id(card.id_number) if masked else card.id_number
    return TableSection(
        title="教师继续教育学时登记卡",
        columns=[Column("年度", 0.8), Column("日期", 1.2), Column("类别", 1.1), Column("项目 / 内容", 4.2, "left"),
                 Column("学时", 0.7, "right"), Column("学分", 0.7, "right"), Column("备注", 1.5)],
        rows=rows,
        info=[f"姓名：{card.name}    性别：{card.gender}    身份证号：{shown}",
              f"工作单位：{card.school}    学段：{card.stage or '—'}    学科：{card.subject or '—'}    "
              f"职称：{card.title or '—'}",
              f"培训周期：{card.cycle_start}—{card.cycle_end} 年（五年一周期，目标 {card.cycle_target:g} 学时）"],
        note=[f"本周期累计 {card.cycle_hours:g} 学时，{sum(card.by_year.values()):g} 学分；"
              f"周期目标 {card.cycle_target:g} 学时：{_status(card.cycle_hours, card.cycle_target)}。",
              f"登记单位（盖章）：{office}        经办人：____________        日期：____年___月___日"],
        row_height=7.5 * mm, font_size=9.5, footer=office)


def print_ledger_card(conn: sqlite3.Connection, settings: Settings, *, teacher_id: int, out: Path,
                      year: int | None = None, masked: bool | None = None) -> PdfResult:
    """学时登记卡 PDF for one teacher over the cycle that holds ``year`` (default: this year)."""
    card = ledger_card(conn, settings, teacher_id=teacher_id, year=year)
    if masked is None:
        masked = bool(settings.get("mask_personal_data"))
    section = ledger_card_section(card, masked=masked, office=settings.get("office_name"))
    font, warnings = office_font(settings)

    def draw(canvas: Canvas) -> int:
        return draw_sections(canvas, font, [section])

    return write_pdf(out, draw, title=f"学时登记卡 {card.name}", font=font, warnings=warnings)


class Forms:
    """Printed forms of the office: ``office.forms`` (签到表, 学时登记卡)."""

    def __init__(self, database, settings: Settings):
        self._conn = database.conn
        self._settings = settings

    def sessions(self, project_id: int) -> list[Session]:
        return project_sessions(self._conn, project_id)

    def print_signin(self, *, project_id: int, out: Path | None, per: str = "session", masked: bool | None = None,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> PdfResult:
        return print_signin(self._conn, self._settings, project_id=project_id, out=out, per=per, masked=masked,
                            progress=progress, cancel=cancel)

    def ledger_card(self, *, teacher_id: int, year: int | None = None) -> LedgerCard:
        return ledger_card(self._conn, self._settings, teacher_id=teacher_id, year=year)

    def print_ledger_card(self, *, teacher_id: int, out: Path, year: int | None = None,
                          masked: bool | None = None) -> PdfResult:
        return print_ledger_card(self._conn, self._settings, teacher_id=teacher_id, out=out, year=year,
                                 masked=masked)
