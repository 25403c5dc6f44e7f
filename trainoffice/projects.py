"""Training projects (培训项目): the record, its stages (阶段), its status gates and its budget (经费).

A project always has its hours in stages: a plain project has one stage (集中培训, days x hours_per_day);
the two-stage principal course (校长任职资格) has three from a built-in template, 72 + 50 + 178 = 300 学时
[CZ]. Results, attendance and ledger postings all hang off a stage, so "per stage" means the same
thing everywhere.

Status runs 计划 -> 开班 -> 结业 -> 归档. Each step has a gate; going back (重新打开) needs a reason and
is written to ``project_status_log``. Closing (结业) posts the passing trainees' hours to the ledger
through ``Credits.sync_project``, which is idempotent: closing again never posts twice.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NewType

from trainoffice import audit
from trainoffice.db import Database
from trainoffice.errors import InUse, NotFound, ValidationError
from trainoffice.files import atomic_output
from trainoffice.jobs import Cancel, Progress
from trainoffice.settings import Settings
from trainoffice.text import translate, words
from trainoffice.xlsx import SheetSpec, write_workbook

if TYPE_CHECKING:
    from trainoffice.certificates import Certificates
    from trainoffice.credits import Credits, SyncReport

ProjectId = NewType("ProjectId", int)
StageId = NewType("StageId", int)


LEVELS = ("国培", "省培", "市培", "县培", "校本研修", "师本研修")
STATUSES = ("计划", "开班", "结业", "归档")
HOURS_BASES = {"attended": "按实际出勤学时", "full": "按项目规定学时"}
FORMS = ("异地集中", "本地集中", "异地+本地集中", "网络研修", "网络直播", "境外集中", "送培到县(校)",
         "市县联合", "跟岗实践", "影子实践", "返岗实践")
_CODE_YEAR = re.compile(r"(\d{4})-")        # a project number starts with its 年度: 2026-01, 2026-D309
_CODE_NUMBER = re.compile(r"\d{4}-(\d+)")    # ... and most go on with a 序号
CARRIED_OVER = 1  # a project of one year's plan may start in the next year (结转), never later or earlier
MODE_CODES = {"1": "长期脱产", "2": "短期面授", "3": "网络研修", "4": "面授+网络", "9": "其他"}

# Settlement rates [HS]: concentrated training per person-day, online per person-学时, live online.
RATE_OFFSITE_DAY = 500          # 异地（省外）集中, 元/人·天
RATE_LOCAL_DAY = 400            # 本地（省内）集中, 元/人·天
RATE_ONLINE_HOUR = 5            # 网络研修, 元/人·学时
RATE_LIVE_PERSON_HOUR = 40      # 网络直播 under 100 people: at most 元/人·学时
RATE_LIVE_HOUR = 3000           # 网络直播 at 100 people or more: at most 元/学时
LIVE_LARGE_HEADCOUNT = 100


@dataclass
class Project:
    """One training project as stored. Dates are ISO text (2026-03-02) or None."""

    id: ProjectId | None = None
    code: str = ""
    name: str = ""
    year: int = 0
    level: str = "县培"
    category: str = ""
    form: str = ""
    mode_code: str = "2"
    target_group: str = ""
    proposing_unit: str = ""
    host: str = ""
    start_date: str | None = None
    end_date: str | None = None
    days_offsite: float = 0.0
    days_local: float = 0.0
    places: int = 0
    status: str = "计划"
    hours_basis: str = "attended"
    attendance_threshold: float = 0.8
    notes: str = ""
    plan_id: int | None = None

    @property
    def days(self) -> float:
        return self.days_offsite + self.days_local

    @property
    def archive_due(self) -> dt.date | None:
        """归档截止: the archive goes to the city centre within one month of the end [CZ] (01-31 -> 02-28)."""
        if not self.end_date:
            return None
        end = dt.date.fromisoformat(self.end_date)
        year, month = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
        return dt.date(year, month, min(end.day, calendar.monthrange(year, month)[1]))

    def archive_overdue(self, today: dt.date) -> bool:
        """Held (开班 or 结业), past its 归档截止 and not yet 归档 (the 培训项目 list flags it). A project still
        计划 has nothing to archive."""
        due = self.archive_due
        return self.status in ("开班", "结业") and due is not None and today > due


_PROJECT_COLUMNS = [f.name for f in fields(Project)]


@dataclass
class Stage:
    """A stage (阶段) with its own hours; ``seq`` orders them (1 = 第一阶段)."""

    id: StageId | None = None
    project_id: ProjectId | None = None
    seq: int = 1
    name: str = ""
    form: str = ""
    hours: float = 0.0
    start_date: str | None = None
    end_date: str | None = None


@dataclass(frozen=True)
class StageTemplate:
    name: str
    form: str
    hours: float
    parts: tuple[tuple[str, float], ...] = ()  # topics inside the stage, e.g. 理论学习 30 + 影子实践 42


@dataclass(frozen=True)
class CourseTemplate:
    key: str
    name: str
    total_hours: float
    stages: tuple[StageTemplate, ...]


PRINCIPAL_COURSE = CourseTemplate(
    key="principal", name="中小学校（园）长岗位任职资格培训（二段式）", total_hours=300,
    stages=(
        StageTemplate("第一阶段·集中培训", "异地+本地集中", 72, parts=(("理论学习", 30), ("影子实践", 42))),
        StageTemplate("第二阶段·返岗实践", "返岗实践", 50),
        StageTemplate("第二阶段·网络研修", "网络研修", 178),
    ))
TEMPLATES = {PRINCIPAL_COURSE.key: PRINCIPAL_COURSE}


@dataclass
class ProjectRow:
    """A line of the project list: the project plus the counts the list shows."""

    project: Project
    enrolled: int
    sessions: int
    hours: float


@dataclass
class StatusChange:
    from_status: str
    to_status: str
    reason: str
    at: str


@dataclass
class BudgetLine:
    """One line of the cost estimate: 项目, 数量, 单位, 标准 (元), 金额 (元)."""

    item: str
    quantity: float
    unit: str
    rate: float
    amount: float


@dataclass
class Budget:
    """Planned cost from places and planned days; actual from the roster and attended days (据实结算)."""

    planned_headcount: int
    actual_headcount: int
    planned: list[BudgetLine] = field(default_factory=list)
    actual: list[BudgetLine] = field(default_factory=list)
    # A finished course with concentrated days and no attendance recorded (one run by the province, closed with
    # its results): its concentrated days settle 0, which the budget tab and the packet's cost sheet explain.
    no_attendance: bool = False

    @property
    def planned_total(self) -> float:
        return round(sum(line.amount for line in self.planned), 2)

    @property
    def actual_total(self) -> float:
        return round(sum(line.amount for line in self.actual), 2)


def iso_date(value: dt.date | str | None, *, label: str | None = None, field_name: str | None = None) -> str | None:
    """Dates as typed (2026-3-2, 2026年3月2日 ...) or date objects -> ISO text; '' and None -> None.

    ``label`` (translated by the caller) names the date in the refusal; by default it is 日期."""
    from trainoffice.registry import parse_date

    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return parse_date(str(value)).isoformat()
    except ValueError as exc:
        raise ValidationError(translate("projects", "{label}：{error}").format(
            label=label or translate("projects", "日期"), error=exc), field=field_name) from None


# Chinese characters and the punctuation set with them: 、。《》「」【】 (U+3000-303F), full-width forms,
# quotation marks “”‘’, the dash — and the ellipsis …, the middle dot ·.
_CJK = "\u00b7\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u9fff\uff00-\uffef"
_SPACE_IN_CJK = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_WRAP_BY_CJK = re.compile(f"(?<=[{_CJK}])\\s*[\\r\\n]\\s*|\\s*[\\r\\n]\\s*(?=[{_CJK}])")


def clean_text(text: str) -> str:
    """Cell text as people paste it: outer and doubled spaces removed, spaces between Chinese removed.

    A line break is where a cell wrapped, not a word break: beside a Chinese character or punctuation
    mark on either side it joins without a space (乡村小学教师 + “三字一话”培训班); only between two
    Latin or digit words does it become a space.
    """
    text = _WRAP_BY_CJK.sub("", text or "")
    text = _SPACE_IN_CJK.sub("", text)
    return " ".join(text.split())


def load_project(conn: sqlite3.Connection, project_id: int) -> Project:
    row = conn.execute(f"SELECT {', '.join(_PROJECT_COLUMNS)} FROM projects WHERE id = ?", (project_id,)).fetchone()
    if row is None:
        raise NotFound(translate("projects", "培训项目 {id} 不存在（可能已被删除）").format(id=project_id))
    return Project(**dict(zip(_PROJECT_COLUMNS, row, strict=True)))


def load_stages(conn: sqlite3.Connection, project_id: int) -> list[Stage]:
    return [Stage(*r) for r in conn.execute(
        "SELECT id, project_id, seq, name, form, hours, start_date, end_date FROM project_stages"
        " WHERE project_id = ? ORDER BY seq", (project_id,))]


def require_status(project: Project, allowed: Sequence[str], doing: str) -> None:
    """Refuse a change the project's status does not allow, saying what to do instead."""
    if project.status in allowed:
        return
    hint = {"计划": translate("projects", "请先开班。"),
            "结业": translate("projects", "如需更改，请先重新打开项目（需填写原因）。"),
            "归档": translate("projects", "项目已归档，如需更改请先重新打开（需填写原因）。"), "开班": ""}[project.status]
    raise ValidationError(translate("projects", "项目“{name}”当前状态为{status}，不能{doing}。").format(
        name=project.name, status=translate("ProjectStatus", project.status), doing=doing) + hint, field="status")


class Projects:
    """Create and edit projects and their stages; move them through their status; estimate the budget."""

    def __init__(self, database: Database, settings: Settings, credits: Credits):
        self._database = database
        self._conn = database.conn
        self._settings = settings
        self._credits = credits
        # 归档 asks them which certificates no longer match (不符). They are built on projects, so the
        # Office sets this once both exist.
        self.certificates: Certificates | None = None

    # ----- reading -------------------------------------------------------------------------
    def project(self, project_id: int) -> Project:
        return load_project(self._conn, project_id)

    def by_code(self, code: str) -> Project:
        row = self._conn.execute("SELECT id FROM projects WHERE code = ?", (code.strip(),)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为 {code} 的培训项目")
        return self.project(row[0])

    def rows(self, *, year: int | None = None, status: str = "", text: str = "") -> list[ProjectRow]:
        """The project list, newest year first, then by code. Filtering happens in SQL."""
        clauses, params = [], []
        if year is not None:
            clauses.append("p.year = ?")
            params.append(year)
        if status:
            clauses.append("p.status = ?")
            params.append(status)
        for term in text.split():
            clauses.append("(p.name LIKE ? OR p.code LIKE ? OR p.host LIKE ?)")
            params += [f"%{term}%"] * 3
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        cols = ", ".join(f"p.{c}" for c in _PROJECT_COLUMNS)
        rows = self._conn.execute(
            f"SELECT {cols},"
            " (SELECT count(*) FROM enrollments e WHERE e.project_id = p.id AND e.status = '在册'),"
            " (SELECT count(*) FROM sessions s WHERE s.project_id = p.id),"
            " (SELECT coalesce(sum(hours), 0) FROM project_stages g WHERE g.project_id = p.id)"
            f" FROM projects p{where} ORDER BY p.year DESC, p.code", params).fetchall()
        n = len(_PROJECT_COLUMNS)
        return [ProjectRow(Project(**dict(zip(_PROJECT_COLUMNS, r[:n], strict=True))), r[n], r[n + 1], r[n + 2])
                for r in rows]

    def export(self, out: str | Path, *, year: int | None = None, status: str = "", text: str = "") -> Path:
        """培训项目一览表: the list as the page shows it (same year, status and search) to a print-ready .xlsx."""
        rows = self.rows(year=year, status=status, text=text)
        lines = []
        for n, r in enumerate(rows, start=1):
            p = r.project
            dates = "—".join(d for d in (p.start_date, p.end_date) if d)
            lines.append([n, p.code, p.name, p.level, p.category, p.form, p.status, p.places, r.enrolled,
                          round(r.hours, 2), p.days_offsite, p.days_local, dates, p.proposing_unit, p.host])
        scope = "、".join(filter(None, (f"{year}年度" if year else "全部年度", status, f"含“{text.strip()}”" if text.strip()
                                        else "")))
        sheet = SheetSpec(
            name="培训项目", title=f"{year}年度培训项目一览表" if year else "培训项目一览表",
            subtitle=f"填报单位：{self._settings.get('office_name')}    范围：{scope}    "
                     f"导出日期：{dt.date.today():%Y年%m月%d日}    共 {len(rows)} 个项目",
            header=["序号", "项目编号", "项目名称", "培训层级", "项目类别", "培训形式", "状态", "培训人数", "在册人数",
                    "学时", "异地天数", "本地天数", "培训日期", "申报单位", "承办单位"],
            rows=lines)
        out = Path(out)
        with atomic_output(out) as tmp:
            write_workbook(tmp, [sheet])
        return out

    def next_code(self, year: int) -> str:
        """The year's next free number, one past its highest 年度-序号 code (2027-06 → 2027-07; 2027-01 first)."""
        numbers = [m[1] for (code,) in self._conn.execute("SELECT code FROM projects WHERE code LIKE ?", (f"{year}-%",))
                   if (m := _CODE_NUMBER.fullmatch(code))]
        last = max(numbers, key=int, default="0")
        return f"{year}-{int(last) + 1:0{max(2, len(last))}d}"

    def years(self) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT DISTINCT year FROM projects ORDER BY year DESC")]

    def stages(self, project_id: int) -> list[Stage]:
        return load_stages(self._conn, project_id)

    def total_hours(self, project_id: int) -> float:
        return self._conn.execute("SELECT coalesce(sum(hours), 0) FROM project_stages WHERE project_id = ?",
                                  (project_id,)).fetchone()[0]

    def status_log(self, project_id: int) -> list[StatusChange]:
        return [StatusChange(*r) for r in self._conn.execute(
            "SELECT from_status, to_status, reason, at FROM project_status_log WHERE project_id = ? ORDER BY id",
            (project_id,))]

    # ----- writing -------------------------------------------------------------------------
    def _check(self, p: Project) -> dict[str, Any]:
        p = replace(p)
        p.code, p.name = clean_text(p.code), clean_text(p.name)
        if not p.code:
            raise ValidationError(translate("projects", "请填写项目编号"), field="code")
        if not p.name:
            raise ValidationError(translate("projects", "请填写项目名称"), field="name")
        if not 2000 <= int(p.year or 0) <= 2100:
            raise ValidationError(translate("projects", "请填写项目年度（例如 2026）"), field="year")
        if p.level not in LEVELS:
            raise ValidationError(translate("projects", "培训层级只能是 {levels}").format(
                levels=words("ProjectLevel", LEVELS)), field="level")
        if p.mode_code not in MODE_CODES:
            raise ValidationError(translate("projects", "培训方式代码只能是 1 长期脱产、2 短期面授、3 网络研修、4 面授+网络、9 其他"),
                                  field="mode_code")
        if p.hours_basis not in HOURS_BASES:
            raise ValidationError(translate("projects", "学时认定方式只能是按实际出勤或按项目规定学时"), field="hours_basis")
        if not 0 <= float(p.attendance_threshold) <= 1:
            raise ValidationError(translate("projects", "出勤率要求应在 0% 到 100% 之间"), field="attendance_threshold")
        if float(p.days_offsite) < 0 or float(p.days_local) < 0:
            raise ValidationError(translate("projects", "培训天数不能为负数"), field="days_local")
        if int(p.places) < 0:
            raise ValidationError(translate("projects", "培训人数不能为负数"), field="places")
        p.start_date = iso_date(p.start_date, label=translate("projects", "开始日期"), field_name="start_date")
        p.end_date = iso_date(p.end_date, label=translate("projects", "结束日期"), field_name="end_date")
        if p.start_date and p.end_date and p.end_date < p.start_date:
            raise ValidationError(translate("projects", "结束日期早于开始日期"), field="end_date")
        if p.start_date and int(p.start_date[:4]) - int(p.year) not in (0, CARRIED_OVER):
            raise ValidationError(translate("projects", "年度 {year} 与开始日期 {start} 不符：项目在其年度内开始（上年度结转的项目"
                                            "在次年开始）。请把年度改为 {start_year}，或更正开始日期").format(
                year=p.year, start=p.start_date, start_year=p.start_date[:4]), field="year")
        leading = _CODE_YEAR.match(p.code)
        if leading and int(leading[1]) != int(p.year):
            raise ValidationError(translate("projects", "项目编号 {code} 以 {prefix} 开头，与年度 {year} 不符。请改用 {year} 年度的编号"
                                            "（下一个是 {next}），或把年度改为 {prefix}").format(
                code=p.code, prefix=leading[1], year=p.year, next=self.next_code(int(p.year))), field="code")
        days = float(p.days_offsite) + float(p.days_local)
        if p.start_date and p.end_date:
            span = (dt.date.fromisoformat(p.end_date) - dt.date.fromisoformat(p.start_date)).days + 1
            if days > span:
                raise ValidationError(translate("projects", "培训天数合计 {days} 天，但 {start} 至 {end} 只有 {span} 天。"
                                                "请更正培训天数或日期").format(
                    days=f"{days:g}", start=p.start_date, end=p.end_date, span=span), field="days_local")
        if self._conn.execute("SELECT 1 FROM projects WHERE code = ? AND id IS NOT ?", (p.code, p.id)).fetchone():
            raise ValidationError(translate("projects", "项目编号 {code} 已被另一个项目使用").format(code=p.code), field="code")
        row = {c: getattr(p, c) for c in _PROJECT_COLUMNS if c not in ("id", "status")}
        for key in ("category", "form", "target_group", "proposing_unit", "host"):
            row[key] = clean_text(row[key])
        row["year"], row["places"] = int(p.year), int(p.places)
        row["days_offsite"], row["days_local"] = float(p.days_offsite), float(p.days_local)
        row["attendance_threshold"] = float(p.attendance_threshold)
        return row

    def warnings(self, project: Project) -> dict[str, str]:
        """What may be right but deserves a second look (field -> message); saving is not refused for it.

        A name another project of the same year already has (entered twice?), and a start in the year
        after the project's 年度 (carried over from last year's plan, or a 年度 left at this year?).
        """
        found = {}
        name, year = clean_text(project.name), int(project.year or 0)
        same = [code for (code,) in self._conn.execute(
            "SELECT code FROM projects WHERE name = ? AND year = ? AND id IS NOT ? ORDER BY code",
            (name, year, project.id))] if name else []
        if same:
            found["name"] = translate("projects", "{year} 年度已有同名项目 {codes}。请确认不是重复录入；"
                                      "如是另一期，请在名称中注明（如“二期”）").format(
                year=year, codes=translate("text", "、").join(same))
        try:
            start = iso_date(project.start_date)
        except ValidationError:  # half-typed: the save will say what is wrong with it
            start = None
        if start and int(start[:4]) == year + CARRIED_OVER:
            found["year"] = translate("projects", "开始日期在 {start_year} 年。{year} 年度计划结转的项目可以这样保存；"
                                      "否则请把年度改为 {start_year}").format(start_year=start[:4], year=year)
        return found

    def create(self, project: Project, *, stages: Sequence[Stage] | None = None) -> ProjectId:
        """New project in status 计划. Without ``stages`` it gets one 集中培训 stage of days x 学时/天."""
        row = self._check(project)
        with self._database.atomic():
            cur = self._conn.execute(
                f"INSERT INTO projects ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
            project_id = ProjectId(cur.lastrowid)
            audit.record(self._conn, "create", "projects", project_id, code=row["code"], name=row["name"])
            if stages is None:
                days = row["days_offsite"] + row["days_local"]
                stages = [Stage(seq=1, name="集中培训", form=row["form"],
                                hours=days * self._settings.get("hours_per_day"),
                                start_date=row["start_date"], end_date=row["end_date"])] if days else []
            if stages:
                self.set_stages(project_id, stages)
        return project_id

    def update(self, project: Project) -> None:
        """Save edits (status is changed only through open/close/archive/reopen)."""
        if project.id is None:
            raise ValidationError(translate("projects", "项目尚未保存"))
        with self._database.atomic():
            before = self.project(project.id)
            require_status(before, ("计划", "开班", "结业"), translate("projects", "修改项目信息"))
            row = self._check(project)
            today = dt.date.today().isoformat()
            if before.status == "结业" and row["end_date"] != before.end_date and (row["end_date"] or "") > today:
                raise ValidationError(translate("projects", "项目已结业，结束日期不能晚于今天（{today}）。请填写培训实际结束的日期。")
                                      .format(today=today), field="end_date")
            self._conn.execute(f"UPDATE projects SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
                               (*row.values(), project.id))
            for key in ("start_date", "end_date"):  # stages that took the project's dates keep following them
                self._conn.execute(f"UPDATE project_stages SET {key} = ? WHERE project_id = ? AND {key} = ?",
                                   (row[key], project.id, getattr(before, key)))
            if before.status in ("计划", "开班"):  # while stages can change, a plain project's one stage keeps
                per_day = self._settings.get("hours_per_day")  # days x 学时/天; a closed one's credits stay put
                days_before, days = (before.days_offsite + before.days_local, row["days_offsite"] + row["days_local"])
                self._conn.execute("UPDATE project_stages SET hours = ? WHERE project_id = ? AND hours = ?"
                                   " AND (SELECT count(*) FROM project_stages WHERE project_id = ?) = 1",
                                   (days * per_day, project.id, days_before * per_day, project.id))
            changed = sorted(c for c in row if getattr(before, c) != row[c])
            audit.record(self._conn, "update", "projects", project.id, fields=changed)
            if before.status == "结业" and "hours_basis" in changed:
                self._credits.sync_project(project.id, reason="学时认定方式更改")

    def check_deletable(self, project_id: int) -> None:
        """Raise what deleting the project would (past 计划, or trainees or records already), so that the user
        is told before being asked to confirm."""
        p = self.project(project_id)
        used = self._conn.execute(
            "SELECT (SELECT count(*) FROM enrollments WHERE project_id = :id)"
            " + (SELECT count(*) FROM ledger WHERE project_id = :id)"
            " + (SELECT count(*) FROM certificates WHERE project_id = :id)", {"id": project_id}).fetchone()[0]
        if p.status != "计划" or used:
            raise InUse(translate("projects", "项目“{name}”已有学员或记录，不能删除。").format(name=p.name))

    def delete(self, project_id: int) -> None:
        """Only a project still in 计划 with nobody enrolled can be deleted."""
        with self._database.atomic():
            p = self.project(project_id)
            self.check_deletable(project_id)
            self._conn.execute("DELETE FROM projects WHERE id = ?", (project_id,))
            audit.record(self._conn, "delete", "projects", project_id, code=p.code, name=p.name)

    def set_stages(self, project_id: int, stages: Sequence[Stage], *, total_hours: float | None = None) -> list[StageId]:
        """Replace the stages: ids kept are updated, new ones inserted, missing ones removed if unused.

        ``total_hours`` (the course's declared total, 300 for the principal course) must equal the sum.
        """
        if not stages:
            raise ValidationError(translate("projects", "至少需要一个培训阶段"), field="stages")
        names = [clean_text(s.name) for s in stages]
        if any(not n for n in names):
            raise ValidationError(translate("projects", "每个阶段都要有名称"), field="stages")
        if len(set(names)) != len(names):
            raise ValidationError(translate("projects", "阶段名称重复"), field="stages")
        for s, name in zip(stages, names, strict=True):
            if float(s.hours) <= 0:
                raise ValidationError(translate("projects", "阶段“{name}”的学时应大于 0").format(name=name), field="hours")
        total = sum(float(s.hours) for s in stages)
        if total_hours is not None and abs(total - total_hours) > 1e-9:
            raise ValidationError(translate("projects", "各阶段学时合计 {total}，与规定的总学时 {required} 不符").format(
                total=f"{total:g}", required=f"{total_hours:g}"), field="hours")
        with self._database.atomic():
            p = self.project(project_id)
            require_status(p, ("计划", "开班"), translate("projects", "修改培训阶段"))
            keep = {s.id for s in stages if s.id is not None}
            existing = {s.id: s for s in self.stages(project_id)}
            for stage_id in set(existing) - keep:
                used = self._conn.execute(
                    "SELECT (SELECT count(*) FROM sessions WHERE stage_id = :s)"
                    " + (SELECT count(*) FROM assessments WHERE stage_id = :s)"
                    " + (SELECT count(*) FROM ledger WHERE stage_id = :s)", {"s": stage_id}).fetchone()[0]
                if used:
                    raise InUse(translate("projects", "阶段“{name}”已有课程安排或考核结果，不能删除。").format(
                        name=existing[stage_id].name))
                self._conn.execute("DELETE FROM project_stages WHERE id = ?", (stage_id,))
            # Move kept seqs out of the way first so renumbering cannot hit UNIQUE(project_id, seq).
            self._conn.execute("UPDATE project_stages SET seq = -seq - 1000 WHERE project_id = ?", (project_id,))
            ids = []
            for seq, (s, name) in enumerate(zip(stages, names, strict=True), start=1):
                values = (seq, name, clean_text(s.form), float(s.hours),
                          iso_date(s.start_date, label=translate("projects", "阶段“{name}”开始日期").format(name=name)),
                          iso_date(s.end_date, label=translate("projects", "阶段“{name}”结束日期").format(name=name)))
                if s.id is not None:
                    if s.id not in existing:
                        raise NotFound(translate("projects", "阶段 {id} 不属于项目“{name}”").format(id=s.id, name=p.name))
                    self._conn.execute("UPDATE project_stages SET seq=?, name=?, form=?, hours=?, start_date=?,"
                                       " end_date=? WHERE id = ?", (*values, s.id))
                    ids.append(StageId(s.id))
                else:
                    cur = self._conn.execute(
                        "INSERT INTO project_stages (project_id, seq, name, form, hours, start_date, end_date)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)", (project_id, *values))
                    ids.append(StageId(cur.lastrowid))
            audit.record(self._conn, "set_stages", "projects", project_id,
                         stages=[(n, float(s.hours)) for s, n in zip(stages, names, strict=True)])
        return ids

    def apply_template(self, project_id: int, template: str = PRINCIPAL_COURSE.key) -> list[StageId]:
        """Set up the stages from a built-in course (the two-stage principal course: 72 + 50 + 178 = 300)."""
        course = TEMPLATES[template]
        p = self.project(project_id)
        existing = self.stages(project_id)
        stages = [Stage(id=existing[i].id if i < len(existing) else None, seq=i + 1, name=t.name, form=t.form,
                        hours=t.hours, start_date=p.start_date if i == 0 else None,
                        end_date=p.end_date if i == 0 else None)
                  for i, t in enumerate(course.stages)]
        return self.set_stages(project_id, stages, total_hours=course.total_hours)

    @staticmethod
    def template_parts(stage_name: str) -> tuple[tuple[str, float], ...]:
        """Topics inside a template stage (理论学习 30 + 影子实践 42), for generating its sessions."""
        for course in TEMPLATES.values():
            for t in course.stages:
                if t.name == stage_name:
                    return t.parts
        return ()

    # ----- status --------------------------------------------------------------------------
    def _move(self, p: Project, to: str, reason: str = "") -> None:
        self._conn.execute("UPDATE projects SET status = ? WHERE id = ?", (to, p.id))
        self._conn.execute("INSERT INTO project_status_log (project_id, from_status, to_status, reason)"
                           " VALUES (?, ?, ?, ?)", (p.id, p.status, to, reason))
        audit.record(self._conn, "status", "projects", p.id, from_status=p.status, to_status=to, reason=reason)

    def check_hours(self, project_id: int) -> list[str]:
        """Stages whose sessions do not add up to the stage's hours (a stage without sessions is fine)."""
        problems = []
        for name, hours, scheduled in self._conn.execute(
                "SELECT g.name, g.hours, sum(s.hours) FROM project_stages g JOIN sessions s ON s.stage_id = g.id"
                " WHERE g.project_id = ? GROUP BY g.id ORDER BY g.seq", (project_id,)):
            if abs(scheduled - hours) > 1e-9:
                problems.append(translate("projects", "阶段“{name}”的课程安排合计 {scheduled} 学时，与阶段学时 {hours} 不符").format(
                    name=name, scheduled=f"{scheduled:g}", hours=f"{hours:g}"))
        unassigned = self._conn.execute("SELECT count(*) FROM sessions WHERE project_id = ? AND stage_id IS NULL",
                                        (project_id,)).fetchone()[0]
        if unassigned:
            problems.append(translate("projects", "有 {count} 个课时未指定所属阶段").format(count=unassigned))
        return problems

    def open(self, project_id: int) -> None:
        """开班: needs stages, a roster, and sessions that add up to each stage's hours."""
        with self._database.atomic():
            p = self.project(project_id)
            require_status(p, ("计划",), translate("projects", "开班"))
            if not self.stages(project_id):
                raise ValidationError(translate("projects", "项目“{name}”还没有培训阶段和学时，请先设置。").format(name=p.name),
                                      field="stages")
            enrolled = self._conn.execute("SELECT count(*) FROM enrollments WHERE project_id = ? AND status = '在册'",
                                          (project_id,)).fetchone()[0]
            if not enrolled:
                raise ValidationError(translate("projects", "项目“{name}”的参培名单为空，请先报名学员。").format(name=p.name),
                                      field="roster")
            problems = self.check_hours(project_id)
            if problems:
                raise ValidationError(translate("projects", "{problems}。请调整课程安排后再开班。").format(
                    problems=translate("projects", "；").join(problems)), field="sessions")
            self._move(p, "开班")

    def missing_results(self, project_id: int) -> list[tuple[str, str]]:
        """(trainee, stage) pairs on the roster without a result yet: what blocks 结业."""
        return self._conn.execute(
            "SELECT t.name, g.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
            " JOIN project_stages g ON g.project_id = e.project_id"
            " LEFT JOIN assessments a ON a.enrollment_id = e.id AND a.stage_id = g.id"
            " WHERE e.project_id = ? AND e.status = '在册' AND a.result IS NULL"
            " ORDER BY t.name_pinyin, g.seq", (project_id,)).fetchall()

    def _require_ended(self, p: Project, today: str) -> None:
        """Refuse 结业 of a training not over by ``today`` (ISO): its end date (or a stage's) or a session still
        ahead. Postings are dated by those end dates and certificates by the day they are issued, so neither
        can then lie in the future or before the training ended."""
        ends = max(filter(None, [p.end_date, *(s.end_date for s in self.stages(p.id))]), default=None)
        if ends and ends > today:
            raise ValidationError(translate("projects", "项目“{name}”到 {end} 才结束（今天是 {today}），不能结业。请在培训结束后再办理结业；"
                                            "如培训确已提前结束，请先在“基本信息”中把结束日期改为实际结束的日期。").format(
                name=p.name, end=ends, today=today), field="end_date")
        last = self._conn.execute("SELECT max(date) FROM sessions WHERE project_id = ?", (p.id,)).fetchone()[0]
        if last and last > today:
            raise ValidationError(translate("projects", "项目“{name}”在 {date} 还有课（今天是 {today}），不能结业。请在培训结束后再办理结业；"
                                            "如这些课不再上，请先在“课程安排”中删除。").format(
                name=p.name, date=last, today=today), field="sessions")

    def check_closable(self, project_id: int, *, today: dt.date | None = None) -> None:
        """Raise what 结业 would (past 开班, the training not over by ``today`` (default: the real date), an
        attendance cell not recorded, a trainee without a result for a stage or with a 合格 the attendance does not
        bear out), so that the user is told before being asked to confirm.

        A blank attendance cell refuses 结业 rather than counting as 缺勤: the hours belong to the teacher,
        and a forgotten cell would silently cost them a session's hours. Absence is recorded as ×.
        """
        # attendance and results build on projects, so they are imported here
        from trainoffice.attendance import load_grid
        from trainoffice.results import unsupported_passes

        p = self.project(project_id)
        require_status(p, ("开班",), translate("projects", "结业"))
        self._require_ended(p, (today or dt.date.today()).isoformat())
        problems = []  # (field, message), all of them at once
        grid = load_grid(self._conn, project_id)
        unrecorded = grid.unrecorded_message()
        if unrecorded:
            problems.append(("attendance", unrecorded))
        else:  # a 合格 given while cells were blank may not hold once they are entered
            unsupported = unsupported_passes(self._conn, grid, p.attendance_threshold)
            if unsupported:
                more = translate("projects", " 等 {count} 条").format(count=len(unsupported)) if len(unsupported) > 10 else ""
                problems.append(("results", translate(
                    "projects", "以下考核结果与出勤不符，不能结业：{results}{more} 请在“考核”中更正结果，或填写破格评定的原因。").format(
                    results=translate("projects", "；").join(unsupported[:10]), more=more)))
        missing = self.missing_results(project_id)
        if missing:
            people = sorted({name for name, _ in missing})
            shown = translate("text", "、").join(people[:10]) + (
                translate("projects", " 等 {count} 人").format(count=len(people)) if len(people) > 10 else "")
            problems.append(("results", translate("projects", "还有 {count} 名学员没有考核结果（{names}），不能结业。请先录入考核结果。")
                             .format(count=len(people), names=shown)))
        if problems:
            raise ValidationError("\n".join(text for _, text in problems), field=problems[0][0])

    def close(self, project_id: int, *, today: dt.date | None = None, progress: Progress | None = None,
              cancel: Cancel | None = None) -> SyncReport:
        """结业 once ``check_closable`` finds nothing in the way: then passing hours go to the ledger, once."""
        with self._database.atomic():
            self.check_closable(project_id, today=today)
            p = self.project(project_id)
            self._move(p, "结业")
            return self._credits.sync_project(project_id, reason="结业登记学时", progress=progress, cancel=cancel)

    def uncertified(self, project_id: int) -> int:
        """Trainees on the roster who passed every stage but hold no valid certificate (尚未发证)."""
        return self._conn.execute(
            "SELECT count(*) FROM enrollments e WHERE e.project_id = :p AND e.status = '在册'"
            " AND NOT EXISTS (SELECT 1 FROM project_stages g LEFT JOIN assessments a"
            "   ON a.stage_id = g.id AND a.enrollment_id = e.id"
            "   WHERE g.project_id = :p AND coalesce(a.result, '不合格') = '不合格')"
            " AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.enrollment_id = e.id AND c.revoked_at IS NULL)",
            {"p": project_id}).fetchone()[0]

    def archive(self, project_id: int) -> None:
        """归档: only once each fully passing trainee has a valid certificate that still matches the results
        and the ledger (none 不符), and a submission packet holding the project (its own or the year's) was
        made after the last change it reports."""
        from trainoffice.certificates import outdated_message

        if self.certificates is None:
            raise RuntimeError("Projects.certificates is not set: open the database with Office")
        with self._database.atomic():
            p = self.project(project_id)
            require_status(p, ("结业",), translate("projects", "归档"))
            outdated = self.certificates.outdated(project_id)
            if outdated:
                raise ValidationError(outdated_message(p, outdated, doing=translate("projects", "不能归档"),
                                                       then=translate("projects", "重新生成提交包，再归档")),
                                      field="certificates")
            uncertified = self.uncertified(project_id)
            if uncertified:
                raise ValidationError(translate("projects", "还有 {count} 名合格学员没有结业证书，不能归档。请先生成证书。").format(
                    count=uncertified), field="certificates")
            packet_at = self._conn.execute(  # its own packet or a year packet (年度包) holding it
                "SELECT max(k.created_at) FROM packets k JOIN packet_projects pp ON pp.packet_id = k.id"
                " WHERE pp.project_id = ?", (project_id,)).fetchone()[0]
            if packet_at is None:
                raise ValidationError(translate("projects", "项目“{name}”还没有生成含它的提交包（本项目的提交包，或 {year} 年度包），"
                                                "不能归档。请先生成提交包。").format(name=p.name, year=p.year),
                                      field="packets")
            changed = self.last_change(project_id)
            # times are to the second: a packet made in the same second as the change counts as after it
            if changed and changed[0] > packet_at:
                what = {"学时登记": translate("projects", "学时登记"), "证书作废": translate("projects", "证书作废"),
                        "考勤": translate("projects", "考勤"), "发证": translate("projects", "发证"),
                        "考核结果": translate("projects", "考核结果")}[changed[1]]
                raise ValidationError(translate(
                    "projects", "项目“{name}”的提交包生成于 {packet_at}，之后{what}又有变动（{changed_at}），"
                    "提交包已不反映当前的考勤、学时档案和证书，不能归档。请重新生成提交包后再归档。").format(
                    name=p.name, packet_at=packet_at, what=what, changed_at=changed[0]), field="packets")
            self._move(p, "归档")

    def last_change(self, project_id: int) -> tuple[str, str] | None:
        """When the project's records a packet reports last changed, and what: (time, 学时登记/证书作废/考勤/
        发证/考核结果).

        The ledger is append-only (a correction is a reversal plus a new row) and every changed
        attendance cell is re-stamped, so a correction on the closed project always leaves a newer time
        here, as does 作废. Certificates issued and results entered keep only a day or no time of their
        own; the audit log, written in the same transaction, has theirs."""
        return self._conn.execute(
            "SELECT at, what FROM ("
            " SELECT max(created_at) AS at, '学时登记' AS what FROM ledger WHERE project_id = :p"
            " UNION ALL SELECT max(revoked_at), '证书作废' FROM certificates WHERE project_id = :p"
            " UNION ALL SELECT max(a.recorded_at), '考勤' FROM attendance a JOIN sessions s ON s.id = a.session_id"
            "  WHERE s.project_id = :p"
            " UNION ALL SELECT max(at), CASE action WHEN 'issue' THEN '发证' ELSE '考核结果' END FROM audit_log"
            "  WHERE action IN ('issue', 'assess') AND json_extract(detail, '$.project_id') = :p GROUP BY action)"
            " WHERE at IS NOT NULL ORDER BY at DESC LIMIT 1", {"p": project_id}).fetchone()

    def reopen(self, project_id: int, *, reason: str) -> None:
        """重新打开: 结业 -> 开班 or 归档 -> 结业, with the reason kept in the status log."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError(translate("projects", "重新打开项目必须填写原因"), field="reason")
        with self._database.atomic():
            p = self.project(project_id)
            back = {"结业": "开班", "归档": "结业"}.get(p.status)
            if back is None:
                raise ValidationError(translate("projects", "项目当前状态为{status}，无需重新打开。").format(
                    status=translate("ProjectStatus", p.status)), field="status")
            self._move(p, back, reason)

    # ----- budget --------------------------------------------------------------------------
    def budget(self, project_id: int) -> Budget:
        """经费测算: planned from places and planned days; actual from the roster and attended days [HS][CZ].

        Concentrated days cost 500 (异地) / 400 (本地) 元 per person-day. Actual person-days are each trainee's
        attended 学时 / hours_per_day, split between 异地 and 本地 in the project's planned proportion: only
        training held and attended is settled, nothing before attendance is marked. Online stages (网络研修)
        cost 5 元 per person-学时 of the roster once the project has opened (开班); live online (网络直播) at most
        40 元 per person-学时 under 100 people, else 3000 元 per 学时.
        """
        p = self.project(project_id)
        stages = self.stages(project_id)
        headcount = self._conn.execute("SELECT count(*) FROM enrollments WHERE project_id = ? AND status = '在册'",
                                       (project_id,)).fetchone()[0]
        budget = Budget(planned_headcount=p.places, actual_headcount=headcount)
        days = p.days
        person_days = self._attended(project_id) / self._settings.get("hours_per_day")
        opened = p.status != "计划"
        for label, planned_days, rate in (("异地集中培训", p.days_offsite, RATE_OFFSITE_DAY),
                                          ("本地集中培训", p.days_local, RATE_LOCAL_DAY)):
            if not planned_days:
                continue
            qty = p.places * planned_days
            budget.planned.append(BudgetLine(label, qty, "人·天", rate, round(qty * rate, 2)))
            actual_qty = round(person_days * planned_days / days, 2)
            budget.actual.append(BudgetLine(label, actual_qty, "人·天", rate, round(actual_qty * rate, 2)))
        if days and p.status in ("结业", "归档") and not self._conn.execute(
                "SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.project_id = ? LIMIT 1",
                (project_id,)).fetchone():
            budget.no_attendance = True
        for s in stages:
            if "直播" in s.form:
                for target, people in ((budget.planned, p.places), (budget.actual, headcount if opened else 0)):
                    if people < LIVE_LARGE_HEADCOUNT:
                        target.append(BudgetLine(f"{s.name}（网络直播）", people * s.hours, "人·学时",
                                                 RATE_LIVE_PERSON_HOUR, people * s.hours * RATE_LIVE_PERSON_HOUR))
                    else:
                        target.append(BudgetLine(f"{s.name}（网络直播）", s.hours, "学时", RATE_LIVE_HOUR,
                                                 s.hours * RATE_LIVE_HOUR))
            elif "网络" in s.form:
                for target, people in ((budget.planned, p.places), (budget.actual, headcount if opened else 0)):
                    target.append(BudgetLine(f"{s.name}（网络研修）", people * s.hours, "人·学时",
                                             RATE_ONLINE_HOUR, people * s.hours * RATE_ONLINE_HOUR))
        return budget

    def _attended(self, project_id: int) -> float:
        """学时 attended by the trainees on the roster (the marks that earn hours), summed."""
        from trainoffice.sessions import ATTENDED

        marks = ",".join(f"'{m}'" for m in ATTENDED)
        return self._conn.execute(
            "SELECT coalesce(sum(s.hours), 0)"
            " FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN enrollments e ON e.id = a.enrollment_id"
            f" WHERE s.project_id = :p AND e.status = '在册' AND a.status IN ({marks})", {"p": project_id}).fetchone()[0]
