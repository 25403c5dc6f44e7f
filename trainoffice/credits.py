"""The credit ledger (学时登记): every teacher's hours and credits, append-only.

Two ways in: closing a project (结业) posts each passing trainee's hours per stage, and the office
enters other training by hand (校本研修, 师德, 网络研修, 资源建设, 学历提高, 其他). Nothing posted is ever
edited or deleted. A correction is a reversal row (``reverses`` = the row it cancels, hours negated)
plus a new row, and an audit entry says why; sums over a year therefore stay right without filtering.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NewType

from trainoffice import audit
from trainoffice.db import Database
from trainoffice.errors import Cancelled, NotFound, ValidationError
from trainoffice.jobs import Cancel, Progress
from trainoffice.projects import clean_text, iso_date, load_project
from trainoffice.sessions import ATTENDED
from trainoffice.settings import Settings
from trainoffice.text import translate, words

LedgerId = NewType("LedgerId", int)

PROJECT_CATEGORY = "项目培训"
MANUAL_CATEGORIES = ("校本研修", "师德", "网络研修", "资源建设", "学历提高", "其他")
CATEGORIES = (PROJECT_CATEGORY, *MANUAL_CATEGORIES)
RESOURCE_CREDITS = 80.0  # a quality lesson resource accepted into the library [ZZ]
_EPS = 1e-6


@dataclass
class LedgerEntry:
    """A manual entry as typed: 类别, 日期, 学时, 学分 (default 学时 x credits_per_hour), 佐证."""

    teacher_id: int
    category: str
    date: dt.date | str
    hours: float
    credits: float | None = None
    evidence: str = ""


@dataclass
class LedgerRow:
    """A ledger line as shown on the teacher's page and the 学时登记卡."""

    id: LedgerId
    teacher_id: int
    year: int
    date: str
    category: str
    project_id: int | None
    project_code: str | None
    project_name: str | None
    stage_id: int | None
    stage_name: str | None
    hours: float
    credits: float
    evidence: str
    reverses: int | None
    reversed_by: int | None
    created_at: str

    @property
    def is_reversal(self) -> bool:
        return self.reverses is not None

    @property
    def is_reversed(self) -> bool:
        return self.reversed_by is not None

    @property
    def title(self) -> str:
        """What the row is for: the project and stage, or the manual category."""
        if self.project_name:
            return f"{self.project_name}·{self.stage_name}" if self.stage_name else self.project_name
        return self.category


@dataclass
class YearTotal:
    year: int
    hours: float
    credits: float
    target: float
    met: bool


@dataclass
class TeacherLedger:
    """A teacher's ledger for a year or a 5-year cycle, with totals against the targets."""

    teacher_id: int
    name: str
    id_number: str
    school: str
    township: str
    rows: list[LedgerRow]
    years: list[YearTotal]
    first_year: int | None
    last_year: int | None
    total_hours: float
    total_credits: float
    cycle_start: int
    cycle_end: int
    cycle_hours: float
    cycle_target: float

    @property
    def cycle_met(self) -> bool:
        return self.cycle_hours + _EPS >= self.cycle_target


@dataclass
class SyncReport:
    """What a posting run did: new rows, reversals, and postings that were already right."""

    posted: int = 0
    reversed: int = 0
    unchanged: int = 0
    corrections: list[str] = field(default_factory=list)


def cycle_bounds(year: int, cycle_start_year: int) -> tuple[int, int]:
    """The 5-year cycle (周期) holding ``year``, counted from the configured first year of a cycle."""
    start = cycle_start_year + 5 * ((year - cycle_start_year) // 5)
    return start, start + 4


class Credits:
    """Posting, manual entries, corrections, and a teacher's ledger."""

    def __init__(self, database: Database, settings: Settings):
        self._database = database
        self._conn = database.conn
        self._settings = settings

    # ----- project postings ----------------------------------------------------------------
    def desired_postings(self, project_id: int) -> dict[tuple[int, int], tuple[float, str]]:
        """(teacher, stage) -> (hours, date) that a closed project should have on the ledger.

        A trainee on the roster (在册) with 合格/优秀 in a stage earns that stage's hours: all of them when
        the project's hours_basis is 'full' or the stage has no sessions (返岗实践, 网络研修), else the hours
        of sessions marked 出勤/迟到/早退, never more than the stage's hours. A blank cell earns nothing, which
        is why 结业 is refused while any cell is blank and a closed project's cells cannot be cleared:
        every session's hours are decided by a recorded mark.
        """
        project = load_project(self._conn, project_id)
        marks = ",".join(f"'{m}'" for m in ATTENDED)
        rows = self._conn.execute(
            "WITH att AS (SELECT a.enrollment_id, s.stage_id, sum(s.hours) AS h FROM attendance a"
            f"   JOIN sessions s ON s.id = a.session_id WHERE s.project_id = :p AND a.status IN ({marks})"
            "   GROUP BY a.enrollment_id, s.stage_id),"
            " sched AS (SELECT stage_id, count(*) AS n FROM sessions WHERE project_id = :p GROUP BY stage_id)"
            " SELECT e.teacher_id, g.id, g.hours, coalesce(att.h, 0), coalesce(sched.n, 0),"
            "  coalesce(g.end_date, :end, date('now', 'localtime'))"
            " FROM enrollments e JOIN project_stages g ON g.project_id = e.project_id"
            " JOIN assessments a ON a.enrollment_id = e.id AND a.stage_id = g.id AND a.result IN ('合格', '优秀')"
            " LEFT JOIN att ON att.enrollment_id = e.id AND att.stage_id = g.id"
            " LEFT JOIN sched ON sched.stage_id = g.id"
            " WHERE e.project_id = :p AND e.status = '在册'", {"p": project_id, "end": project.end_date}).fetchall()
        desired = {}
        for teacher_id, stage_id, stage_hours, attended, n_sessions, on in rows:
            hours = stage_hours if project.hours_basis == "full" or not n_sessions else min(attended, stage_hours)
            if hours > _EPS:
                desired[(teacher_id, stage_id)] = (float(hours), on)
        return desired

    def sync_project(self, project_id: int, *, reason: str, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> SyncReport:
        """Make the ledger match the project's results and attendance; run at 结业 and after any correction.

        Idempotent: a posting that is already right is left alone, so closing twice never posts twice.
        A posting that is wrong is reversed (a row with ``reverses``) and, if hours remain, posted anew;
        each correction leaves an audit entry with the before and after hours and the reason.
        """
        report = SyncReport()
        with self._database.atomic():
            project = load_project(self._conn, project_id)
            if project.status not in ("结业", "归档"):
                return report
            desired = self.desired_postings(project_id)
            live = {(r[1], r[2]): r for r in self._conn.execute(
                "SELECT id, teacher_id, stage_id, hours, credits, year, date FROM ledger"
                " WHERE project_id = :p AND reverses IS NULL"
                " AND id NOT IN (SELECT reverses FROM ledger WHERE project_id = :p AND reverses IS NOT NULL)",
                {"p": project_id})}
            per_hour = float(self._settings.get("credits_per_hour"))
            names = dict(self._conn.execute(
                "SELECT t.id, t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id WHERE e.project_id = ?",
                (project_id,)).fetchall())
            new_rows, reversals = [], []
            keys = sorted(set(desired) | set(live))
            posting = translate("credits", "正在登记学时…")
            for n, key in enumerate(keys):
                if cancel and cancel():
                    raise Cancelled(translate("credits", "已取消登记学时，没有写入任何记录。"))
                want = desired.get(key)
                have = live.get(key)
                if have and want and abs(have[3] - want[0]) < _EPS:
                    report.unchanged += 1
                    continue
                if have:
                    reversals.append((have[1], have[5], dt.date.today().isoformat(), PROJECT_CATEGORY, project_id,
                                      have[2], -have[3], -have[4], f"冲销：{reason}", have[0]))
                    after = want[0] if want else 0
                    report.corrections.append(translate("credits", "{name}：{before} → {after} 学时").format(
                        name=names.get(key[0], key[0]), before=f"{have[3]:g}", after=f"{after:g}"))
                    audit.record(self._conn, "ledger_correct", "ledger", have[0], project_id=project_id,
                                 teacher_id=key[0], stage_id=key[1], before=have[3], after=after, reason=reason)
                if want:
                    hours, on = want
                    new_rows.append((key[0], int(on[:4]), on, PROJECT_CATEGORY, project_id, key[1], hours,
                                     round(hours * per_hour, 4), f"{project.code} {project.name}", None))
                if progress and n % 500 == 0:
                    progress(n / max(len(keys), 1), posting)
            sql = ("INSERT INTO ledger (teacher_id, year, date, category, project_id, stage_id, hours, credits,"
                   " evidence, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            self._conn.executemany(sql, reversals)
            self._conn.executemany(sql, new_rows)
            report.reversed, report.posted = len(reversals), len(new_rows)
            if new_rows or reversals:
                audit.record(self._conn, "ledger_post", "projects", project_id, reason=reason,
                             posted=len(new_rows), reversed=len(reversals))
        if progress:
            progress(1.0, translate("credits", "已登记 {posted} 条，冲销 {reversed} 条").format(
                posted=report.posted, reversed=report.reversed))
        return report

    def resync_if_closed(self, project_id: int, *, reason: str) -> SyncReport | None:
        """After a change to attendance, results or stages: correct the postings of a closed project."""
        status = self._conn.execute("SELECT status FROM projects WHERE id = ?", (project_id,)).fetchone()
        if status and status[0] in ("结业", "归档"):
            return self.sync_project(project_id, reason=reason)
        return None

    def posted_hours(self, project_id: int) -> dict[int, float]:
        """Net hours on the ledger per teacher for a project (the 学时 a certificate states)."""
        return dict(self._conn.execute(
            "SELECT teacher_id, sum(hours) FROM ledger WHERE project_id = ? GROUP BY teacher_id HAVING sum(hours) > 0",
            (project_id,)).fetchall())

    # ----- manual entries ------------------------------------------------------------------
    def _check_entry(self, e: LedgerEntry, per_hour: float, today: str, start: list[str], where: str = "") -> tuple:
        """One manual entry checked; a date after ``today`` (hours not earned yet) or before the teacher's
        ``start`` (name, 'work' or 'birth', the day: 参加工作时间, else the birth date) is refused, so is an amount
        no single activity earns (a slipped 0: 150 → 1500), and one above a year's target needs its 佐证 named."""
        if e.category not in MANUAL_CATEGORIES:
            raise ValidationError(translate("credits", "{where}类别只能是 {categories}（项目学时由结业自动登记）").format(
                where=where, categories=words("CreditCategory", MANUAL_CATEGORIES)), field="category")
        on = iso_date(e.date, label=translate("credits", "{where}日期").format(where=where), field_name="date")
        if on is None:
            raise ValidationError(translate("credits", "{where}请填写日期").format(where=where), field="date")
        if on > today:
            raise ValidationError(translate("credits", "{where}日期 {date} 在今天（{today}）之后：学时在完成后才能登记。"
                                                       "请填写完成培训或活动的日期").format(where=where, date=on, today=today),
                                  field="date")
        name, what, day = start
        if on < day:
            raise ValidationError((translate("credits", "{where}日期 {date} 早于{name}的参加工作时间 {start}：请核对日期")
                                   if what == "work" else
                                   translate("credits", "{where}日期 {date} 早于{name}的出生日期 {start}：请核对日期")).format(
                where=where, date=on, name=name, start=day), field="date")
        hours = float(e.hours)
        credits = round(hours * per_hour, 4) if e.credits is None else float(e.credits)
        if hours < 0 or credits < 0:
            raise ValidationError(translate("credits", "{where}学时和学分不能为负数；更正请用“冲销”").format(where=where),
                                  field="hours")
        if hours <= 0 and credits <= 0:
            raise ValidationError(translate("credits", "{where}学时或学分至少一项大于 0").format(where=where), field="hours")
        amount, cycle = max(hours, credits), float(self._settings.get("cycle_target"))
        if amount > cycle:
            raise ValidationError(translate("credits", "{where}一条记录 {amount} 学时（学分），超过整个五年周期的要求 {cycle}："
                                                       "请核对是否多输了一个 0").format(
                where=where, amount=f"{amount:g}", cycle=f"{cycle:g}"), field="hours" if hours >= credits else "credits")
        annual = float(self._settings.get("annual_target"))
        if amount > annual and not clean_text(e.evidence):
            raise ValidationError(translate("credits", "{where}超过年度目标 {annual} 学分的记录须填写佐证材料"
                                                       "（证书、证明或登记表的名称和编号）").format(
                where=where, annual=f"{annual:g}"), field="evidence")
        return (e.teacher_id, int(on[:4]), on, e.category, None, None, hours, credits, clean_text(e.evidence), None)

    def add_entries(self, entries: Sequence[LedgerEntry], *, today: dt.date | None = None,
                    progress: Progress | None = None, cancel: Cancel | None = None,
                    numbered: str | None = None) -> list[LedgerId]:
        """Manual entries in bulk (a school's 校本研修 list, the demo): all or nothing, one transaction; none dated
        after ``today`` (default: the real date). A refusal names the entry as ``numbered`` does (default 第 n 条)."""
        per_hour = float(self._settings.get("credits_per_hour"))
        today_text = (today or dt.date.today()).isoformat()
        # 参加工作时间 is 'YYYY-MM' or a full date: compared as text, a day of that month is not before it
        starts_sql = ("SELECT id, name, CASE WHEN work_start_date = '' THEN 'birth' ELSE 'work' END,"
                      " CASE WHEN work_start_date = '' THEN birth_date ELSE work_start_date END FROM teachers")
        starts = ({tid: start for tid, *start in self._conn.execute(starts_sql)} if len(entries) > 50 else
                  {tid: start for e in entries
                   for tid, *start in self._conn.execute(starts_sql + " WHERE id = ?", (e.teacher_id,))})
        rows = []
        entry = numbered or translate("credits", "第 {n} 条：")
        for n, e in enumerate(entries, start=1):
            where = entry.format(n=n) if len(entries) > 1 else ""
            if e.teacher_id not in starts:
                raise NotFound(translate("credits", "{where}教师 {id} 不存在").format(where=where, id=e.teacher_id))
            rows.append(self._check_entry(e, per_hour, today_text, starts[e.teacher_id], where))
            if n % 20000 == 0:
                if cancel and cancel():
                    raise Cancelled(translate("credits", "已取消，没有写入任何学时记录。"))
                if progress:
                    progress(n / len(entries) * 0.5, translate("credits", "正在检查…"))
        with self._database.atomic():
            first = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ledger").fetchone()[0]
            self._conn.executemany(
                "INSERT INTO ledger (id, teacher_id, year, date, category, project_id, stage_id, hours, credits,"
                " evidence, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((first + i, *r) for i, r in enumerate(rows)))
            ids = [LedgerId(first + i) for i in range(len(rows))]
            if len(rows) == 1:
                audit.record(self._conn, "create", "ledger", ids[0], category=rows[0][3], hours=rows[0][6],
                             credits=rows[0][7])
            elif rows:
                audit.record(self._conn, "bulk_create", "ledger", None, count=len(rows), first_id=first)
        if progress:
            progress(1.0, translate("credits", "已登记 {count} 条").format(count=len(ids)))
        return ids

    def add_entry(self, *, teacher_id: int, category: str, on: dt.date | str, hours: float,
                  credits: float | None = None, evidence: str = "") -> LedgerId:
        """One manual entry (校本研修, 师德, 网络研修, 学历提高, 其他 ...)."""
        return self.add_entries([LedgerEntry(teacher_id, category, on, hours, credits, evidence)])[0]

    def add_resource(self, *, title: str, on: dt.date | str, shares: Sequence[tuple[int, float]],
                     total: float = RESOURCE_CREDITS) -> list[LedgerId]:
        """资源建设: an accepted resource's 80 credits split among its authors; the shares must sum to 80 [ZZ]."""
        title = clean_text(title)
        if not title:
            raise ValidationError(translate("credits", "请填写资源名称"), field="title")
        if not shares:
            raise ValidationError(translate("credits", "请填写作者及其学分"), field="shares")
        if len({t for t, _ in shares}) != len(shares):
            raise ValidationError(translate("credits", "同一作者出现了两次"), field="shares")
        if any(float(s) <= 0 for _, s in shares):
            raise ValidationError(translate("credits", "每位作者的学分应大于 0"), field="shares")
        got = sum(float(s) for _, s in shares)
        if abs(got - total) > _EPS:
            raise ValidationError(translate("credits", "作者学分合计 {got}，应等于 {total}").format(
                got=f"{got:g}", total=f"{total:g}"), field="shares")
        return self.add_entries([
            LedgerEntry(tid, "资源建设", on, 0, float(share), f"{title}（共{total:g}学分，本人{float(share):g}学分）")
            for tid, share in shares], numbered=translate("credits", "第 {n} 位作者："))

    def _row(self, ledger_id: int) -> tuple:
        row = self._conn.execute(
            "SELECT id, teacher_id, year, date, category, project_id, stage_id, hours, credits, evidence, reverses,"
            " (SELECT id FROM ledger r WHERE r.teacher_id = l.teacher_id AND r.reverses = l.id)"
            " FROM ledger l WHERE id = ?", (ledger_id,)).fetchone()
        if row is None:
            raise NotFound(translate("credits", "学时记录 {id} 不存在").format(id=ledger_id))
        return row

    def reverse_entry(self, ledger_id: int, *, reason: str) -> LedgerId:
        """冲销 a manual entry: a reversal row cancels it; the original stays visible."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError(translate("credits", "冲销必须填写原因"), field="reason")
        with self._database.atomic():
            row = self._row(ledger_id)
            if row[5] is not None:
                raise ValidationError(translate("credits", "项目学时由考勤和考核决定，请更正考勤或考核结果，系统会自动冲销并重新登记"),
                                      field="ledger")
            if row[10] is not None:
                raise ValidationError(translate("credits", "这是一条冲销记录，不能再冲销"), field="ledger")
            if row[11] is not None:
                raise ValidationError(translate("credits", "这条记录已经冲销过"), field="ledger")
            cur = self._conn.execute(
                "INSERT INTO ledger (teacher_id, year, date, category, hours, credits, evidence, reverses)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row[1], row[2], dt.date.today().isoformat(), row[4], -row[7], -row[8], f"冲销：{reason}", row[0]))
            audit.record(self._conn, "reverse", "ledger", row[0], reversal=cur.lastrowid, reason=reason,
                         hours=row[7], credits=row[8])
            return LedgerId(cur.lastrowid)

    def correct_entry(self, ledger_id: int, *, reason: str, hours: float | None = None,
                      credits: float | None = None, on: dt.date | str | None = None,
                      evidence: str | None = None) -> LedgerId:
        """更正 a manual entry: reverse it and enter the corrected values; returns the new row's id."""
        with self._database.atomic():
            row = self._row(ledger_id)
            self.reverse_entry(ledger_id, reason=reason)
            new = hours if hours is not None else row[7]
            entry = LedgerEntry(row[1], row[4], on or row[3], new,
                                credits if credits is not None else (row[8] if hours is None else None),
                                evidence if evidence is not None else row[9])
            return self.add_entries([entry])[0]

    # ----- reading -------------------------------------------------------------------------
    def cycle_bounds(self, year: int) -> tuple[int, int]:
        return cycle_bounds(year, int(self._settings.get("cycle_start_year")))

    def rows(self, teacher_id: int, *, first_year: int | None = None, last_year: int | None = None) -> list[LedgerRow]:
        """A teacher's ledger lines in date order, each reversal right after what it cancels (a reversal is
        dated the day it was made, so it sorts by the date of the line it cancels)."""
        clauses, params = ["l.teacher_id = ?"], [teacher_id]
        if first_year is not None:
            clauses.append("l.year >= ?")
            params.append(first_year)
        if last_year is not None:
            clauses.append("l.year <= ?")
            params.append(last_year)
        return [LedgerRow(*r) for r in self._conn.execute(
            "SELECT l.id, l.teacher_id, l.year, l.date, l.category, l.project_id, p.code, p.name, l.stage_id, g.name,"
            " l.hours, l.credits, l.evidence, l.reverses, (SELECT r.id FROM ledger r WHERE r.reverses = l.id"
            "   AND r.teacher_id = l.teacher_id), l.created_at"
            " FROM ledger l LEFT JOIN projects p ON p.id = l.project_id LEFT JOIN project_stages g ON g.id = l.stage_id"
            f" WHERE {' AND '.join(clauses)} ORDER BY l.year,"
            " coalesce((SELECT o.date FROM ledger o WHERE o.id = l.reverses), l.date), coalesce(l.reverses, l.id), l.id",
            params)]

    def teacher_ledger(self, teacher_id: int, *, year: int | None = None,
                       cycle_of: int | None = None) -> TeacherLedger:
        """学时登记卡 data: one year (``year``), one 5-year cycle (``cycle_of`` = any year in it), or everything.

        The cycle figures always describe the cycle holding ``year`` / ``cycle_of`` (default this year).
        """
        teacher = self._conn.execute(
            "SELECT t.name, t.id_number, s.name, s.township FROM teachers t JOIN schools s ON s.id = t.school_id"
            " WHERE t.id = ?", (teacher_id,)).fetchone()
        if teacher is None:
            raise NotFound(translate("credits", "教师 {id} 不存在").format(id=teacher_id))
        cycle_start, cycle_end = self.cycle_bounds(cycle_of or year or dt.date.today().year)
        if year is not None:
            first, last = year, year
        elif cycle_of is not None:
            first, last = cycle_start, cycle_end
        else:
            first = last = None
        rows = self.rows(teacher_id, first_year=first, last_year=last)
        target = float(self._settings.get("annual_target"))
        totals: dict[int, list[float]] = {}
        for r in rows:
            t = totals.setdefault(r.year, [0.0, 0.0])
            t[0] += r.hours
            t[1] += r.credits
        if first is not None:
            for y in range(first, last + 1):
                totals.setdefault(y, [0.0, 0.0])
        years = [YearTotal(y, round(h, 4), round(c, 4), target, c + _EPS >= target)
                 for y, (h, c) in sorted(totals.items())]
        cycle_hours = self._conn.execute(
            "SELECT coalesce(sum(hours), 0) FROM ledger WHERE teacher_id = ? AND year BETWEEN ? AND ?",
            (teacher_id, cycle_start, cycle_end)).fetchone()[0]
        return TeacherLedger(
            teacher_id, *teacher, rows=rows, years=years, first_year=first, last_year=last,
            total_hours=round(sum(r.hours for r in rows), 4), total_credits=round(sum(r.credits for r in rows), 4),
            cycle_start=cycle_start, cycle_end=cycle_end, cycle_hours=round(cycle_hours, 4),
            cycle_target=float(self._settings.get("cycle_target")))
