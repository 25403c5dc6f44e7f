"""Printed forms: 签到表 (sign-in sheets, roster pre-filled) and 学时登记卡 (a teacher's credit-hour card).

Both are ruled tables (trainoffice.pdf.TableSection) with the header repeated on every page and
第x页 共y页 per sheet. Phones and ID numbers are masked unless the caller asks otherwise.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trainoffice.credits import Credits, TeacherLedger
from trainoffice.errors import ValidationError
from trainoffice.idnumber import mask as mask_id
from trainoffice.idnumber import mask_phone
from trainoffice.jobs import Cancel, Progress
from trainoffice.pdf import (
    Column,
    PdfResult,
    TableSection,
    date_text,
    draw_sections,
    office_font,
    write_pdf,
)
from trainoffice.projects import Projects
from trainoffice.registry import Registry
from trainoffice.roster import Roster
from trainoffice.sessions import Session, Sessions
from trainoffice.settings import Settings
from trainoffice.text import translate

WEEKDAYS = "一二三四五六日"


def _day(iso: str) -> str:
    return f"{date_text(iso)}（星期{WEEKDAYS[dt.date.fromisoformat(iso).weekday()]}）"


def _status(value: float, target: float, *, first: int, last: int, this_year: int, started: int = 0) -> str:
    """Against the target of the years ``first``–``last``, as it stands in ``this_year``: a period not yet
    begun is 未到, one still running is 进行中, and a year before the teacher ``started`` work is 未参加工作,
    not 未达标."""
    if value + 1e-6 >= target:
        return "达标"
    if first > this_year:
        return "未到"
    if last < started:
        return "未参加工作"
    return f"{'进行中（尚差' if last >= this_year else '未达标（差'} {target - value:g}）"


def ledger_card_section(ledger: TeacherLedger, *, gender: str, stage: str, subject: str, title: str,
                        masked: bool, office: str, this_year: int, work_start: str = "") -> TableSection:
    """学时登记卡 as a table: each year's lines and its total against the annual target, then the cycle,
    each judged as it stands in ``this_year`` and against the year the teacher started work (``work_start``)."""
    started = int(work_start[:4]) if work_start else 0
    rows: list[list[str]] = []
    for year in ledger.years:
        for line in (r for r in ledger.rows if r.year == year.year):
            rows.append([str(line.year), line.date, line.category,
                         line.title if line.project_name else (line.evidence or line.category),
                         f"{line.hours:g}", f"{line.credits:g}",
                         "冲销更正" if line.is_reversal else "已冲销" if line.is_reversed else ""])
        rows.append([str(year.year), "", "", f"{year.year}年合计（年度目标 {year.target:g} 学分）",
                     f"{year.hours:g}", f"{year.credits:g}",
                     _status(year.credits, year.target, first=year.year, last=year.year, this_year=this_year,
                             started=started)])
    shown = mask_id(ledger.id_number) if masked else ledger.id_number
    total_credits = sum(y.credits for y in ledger.years)
    cycle_status = _status(ledger.cycle_hours, ledger.cycle_target, first=ledger.cycle_start, last=ledger.cycle_end,
                           this_year=this_year)
    return TableSection(
        title="教师继续教育学时登记卡",
        columns=[Column("年度", 0.8), Column("日期", 1.2), Column("类别", 1.1), Column("项目 / 内容", 4.2, "left"),
                 Column("学时", 0.7, "right"), Column("学分", 0.7, "right"), Column("备注", 1.5)],
        rows=rows,
        info=[f"姓名：{ledger.name}    性别：{gender}    身份证号：{shown}",
              f"工作单位：{ledger.school}    学段：{stage or '—'}    学科：{subject or '—'}    职称：{title or '—'}",
              f"培训周期：{ledger.cycle_start}—{ledger.cycle_end} 年（五年一周期，目标 {ledger.cycle_target:g} 学时）"],
        note=[f"本周期累计 {ledger.cycle_hours:g} 学时，{total_credits:g} 学分；"
              f"周期目标 {ledger.cycle_target:g} 学时：{cycle_status}。",
              f"登记单位（盖章）：{office}        经办人：____________        日期：____年___月___日"],
        row_height=7.5 * mm, font_size=9.5, footer=office)


class Forms:
    """Printed forms of the office: ``office.forms`` (签到表, 学时登记卡)."""

    def __init__(self, database, settings: Settings, *, projects: Projects, sessions: Sessions, roster: Roster,
                 credits: Credits, registry: Registry):
        self._conn = database.conn
        self._settings = settings
        self._projects = projects
        self._sessions = sessions
        self._roster = roster
        self._credits = credits
        self._registry = registry

    def signin_sections(self, *, project_id: int, per: str = "session",
                        masked: bool | None = None) -> list[TableSection]:
        """签到表 as table sections: one per session (签名 column) or one per day (a column per slot)."""
        if per not in ("session", "day"):
            raise ValueError(per)
        project = self._projects.project(project_id)
        sessions = self._sessions.sessions(project_id)
        if not sessions:
            raise ValidationError(translate("documents", "项目“{name}”还没有课程安排：请先在“课程安排”中生成课程，再打印签到表。")
                                  .format(name=project.name))
        stage_names = {s.id: s.name for s in self._projects.stages(project_id)}
        trainees = self._roster.roster(project_id)
        if masked is None:
            masked = bool(self._settings.get("mask_personal_data"))
        phone = mask_phone if masked else (lambda p: p or "")
        people = [(str(n), t.name, t.school, t.post, phone(t.phone)) for n, t in enumerate(trainees, start=1)]
        base = [Column("序号", 0.6), Column("姓名", 1.2), Column("单位", 3.2, "left"), Column("职务", 1.0),
                Column("联系电话", 1.7)]
        office = self._settings.get("office_name")
        note = [f"应到 {len(trainees)} 人，实到 ______ 人。",
                "考勤员签字：______________        负责人签字：______________"]

        def about(s: Session) -> str:
            parts = [f"内容：{s.topic}" if s.topic else "", f"主讲：{s.lecturer}" if s.lecturer else "",
                     f"地点：{s.place}" if s.place else ""]
            return "    ".join(filter(None, parts)) or f"阶段：{stage_names.get(s.stage_id, '')}"

        sections: list[TableSection] = []
        if per == "session":
            for s in sessions:
                info = [f"培训名称：{project.name}", f"日期：{_day(s.date)}    时段：{s.slot}    学时：{s.hours:g}",
                        about(s)]
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
                    "    ".join(f"{s.slot}：{s.topic or stage_names.get(s.stage_id, '')}" for s in slots)]
            sections.append(TableSection(
                title="培训签到表", columns=[*base, *(Column(f"{s.slot}签名", 2.2) for s in slots)], rows=people,
                info=info, note=note, row_height=9 * mm, font_size=10.5, blank_rows=3, footer=office,
                landscape=len(slots) > 2))
        return sections

    def print_signin(self, *, project_id: int, out: Path | None, per: str = "session", masked: bool | None = None,
                     progress: Progress | None = None, cancel: Cancel | None = None) -> PdfResult:
        """签到表 PDF of a project, one sheet per session or per day (``out`` None: in memory, for packets)."""
        sections = self.signin_sections(project_id=project_id, per=per, masked=masked)
        font, warnings = office_font(self._settings)

        def draw(canvas: Canvas) -> int:
            return draw_sections(canvas, font, sections, progress=progress, cancel=cancel)

        return write_pdf(out, draw, title="培训签到表", font=font, warnings=warnings)

    def print_ledger_card(self, *, teacher_id: int, out: Path, year: int | None = None,
                          masked: bool | None = None, on: dt.date | None = None) -> PdfResult:
        """学时登记卡 PDF for one teacher over the 5-year cycle holding ``year`` (default: this year), as it
        stands ``on`` (default: today)."""
        this_year = (on or dt.date.today()).year
        ledger = self._credits.teacher_ledger(teacher_id, cycle_of=year or this_year)
        teacher = self._registry.teacher(teacher_id)
        if masked is None:
            masked = bool(self._settings.get("mask_personal_data"))
        section = ledger_card_section(ledger, gender=teacher.gender, stage=teacher.stage, subject=teacher.subject,
                                      title=teacher.title, masked=masked, office=self._settings.get("office_name"),
                                      this_year=this_year, work_start=teacher.work_start_date)
        font, warnings = office_font(self._settings)

        def draw(canvas: Canvas) -> int:
            return draw_sections(canvas, font, [section])

        return write_pdf(out, draw, title=f"学时登记卡 {ledger.name}", font=font, warnings=warnings)
