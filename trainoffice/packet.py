"""提交包: everything the city centre needs about a finished project or a year's finished projects (结业/归档;
the year's others are named as not included), in one signed .zip.

Inside ``{county}-{year}-{project or 年度}-提交包-{date}/``:
  - ``{…}汇总表.xlsx``  参培学员名单汇总表, 考勤汇总, 考核结果, 学时认定, 证书发放登记, 经费结算, 归档清单
    (+ 学校学分达标情况 with the county's rate and 五年周期完成情况 for a year), print-ready, personal data
    masked as set;
  - ``提交报告.pdf``  cover, summary, signature and seal block, detail tables, the 归档清单 (and for a year
    the school table under the county's annual and 5-year figures);
  - ``签到表/`` and ``证书/``  the sign-in sheets and merged certificates of each project;
  - ``data/``  the same records as JSON (full ID numbers) with ``schema.json`` and ``README.txt``;
  - ``manifest.json`` (ids, period, versions, counts, SHA-256 of every file), ``manifest.sig``
    (Ed25519 over manifest.json) and ``public_key.txt`` (the office's public key and fingerprint).

Writing is safe: the zip is built under a temporary name in the destination folder, flushed,
renamed, then read back and verified before success is reported or the packet recorded. Any
failure leaves nothing under the final name, and the database as it was (one transaction).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import sqlite3
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trainoffice import __version__, audit
from trainoffice.attendance import Attendance
from trainoffice.certificates import CertificateError, Certificates, outdated_message
from trainoffice.compliance import AnnualCompliance, Compliance, reference_day, serving
from trainoffice.db import Database
from trainoffice.documents import Forms
from trainoffice.errors import Cancelled, TrainOfficeError
from trainoffice.files import WriteError, atomic_output
from trainoffice.idnumber import mask as mask_id
from trainoffice.idnumber import mask_phone
from trainoffice.jobs import Cancel, Progress
from trainoffice.pdf import (
    Column,
    TableSection,
    bold_text,
    date_text,
    draw_sections,
    office_font,
    write_pdf,
)
from trainoffice.projects import RATE_LOCAL_DAY, RATE_OFFSITE_DAY, RATE_ONLINE_HOUR, Budget, Project, Projects
from trainoffice.results import ProjectSummary, Results
from trainoffice.schema import SCHEMA_VERSION
from trainoffice.sessions import ATTENDED, Sessions
from trainoffice.settings import Settings
from trainoffice.signing import (
    Signer,
    b64url,
    b64url_decode,
    fingerprint,
    key_file_text,
    parse_public_key,
    verify,
)
from trainoffice.text import translate
from trainoffice.xlsx import Percent, SheetSpec, write_workbook

FORMAT = "trainoffice-packet"
FORMAT_VERSION = 1
DATA_SCHEMA = "trainoffice-packet-data"
DATA_SCHEMA_VERSION = 1

SHEET_ROSTER = "参培学员名单汇总表"
SHEET_ATTENDANCE = "考勤汇总"
SHEET_RESULTS = "考核结果"
SHEET_HOURS = "学时认定"
SHEET_CERTIFICATES = "证书发放登记"
SHEET_COST = "经费结算"
SHEET_ARCHIVE = "归档清单"
SHEET_SCHOOLS = "学校学分达标情况"
# Which data/ file each sheet must agree with, row for row.
SHEET_DATA = {SHEET_ROSTER: "enrollments", SHEET_RESULTS: "results", SHEET_HOURS: "ledger",
              SHEET_CERTIFICATES: "certificates", SHEET_COST: "projects"}


ARCHIVE_RULE = "项目结束后一个月内，归档材料报送市教师发展中心报账、存档。"
# 归档材料 [CZ] the packet cannot hold: the office gathers them and ticks them off on the 归档清单.
ARCHIVE_ATTACHMENTS = ("开班通知", "培训方案", "照片", "视频", "学员心得", "论文", "培训总结", "满意度调查")


class PacketError(TrainOfficeError):
    """A packet cannot be made as asked; the message names the fix."""


# ----- data/ tables -------------------------------------------------------------------------------

@dataclass(frozen=True)
class DataTable:
    """One data/ file: its table, what it holds, and its fields (name, type, meaning)."""

    name: str
    title: str
    fields: tuple[tuple[str, str, str], ...]
    added_later: bool = False  # packets made before it was added lack it (their signed manifest does not count it)


DATA_TABLES: tuple[DataTable, ...] = (
    DataTable("schools", "学校", (
        ("id", "integer", "学校编号（本包内）"), ("name", "string", "学校名称"), ("code", "string|null", "学校标识码"),
        ("township", "string", "乡镇"), ("stages", "string", "学段，顿号分隔"), ("rural", "integer", "乡村学校 1/0"),
        ("private", "integer", "民办 1/0"))),
    DataTable("teachers", "教师（完整身份证号）", (
        ("id", "integer", "教师编号（本包内）"), ("name", "string", "姓名"), ("gender", "string", "性别"),
        ("birth_date", "date", "出生日期"), ("ethnicity", "string", "民族"), ("id_type", "string", "证件类型"),
        ("id_number", "string", "身份证号（18位，完整）"), ("school_id", "integer", "学校编号 → schools.id"),
        ("stage", "string", "学段"), ("subject", "string", "任教学科"), ("title", "string", "职称"),
        ("post", "string", "职务"), ("qualification_type", "string", "教师资格种类"),
        ("qualification_number", "string", "教师资格证号"), ("putonghua_level", "string", "普通话等级"),
        ("in_establishment", "integer", "在编 1/0"), ("work_start_date", "date", "参加工作时间"),
        ("new_teacher", "integer", "新教师 1/0"), ("backbone_level", "string", "骨干级别"),
        ("phone", "string", "联系电话（完整）"), ("status", "string", "在职/调出/退休"))),
    DataTable("postings", "任职经历（教师在哪所学校、从何时到何时）", (
        ("id", "integer", "任职编号"), ("teacher_id", "integer", "→ teachers.id"),
        ("school_id", "integer", "学校 → schools.id"),
        ("from_date", "date", "起始日期；教师的第一条任职为录入 TrainOffice 的日期，此前也在该校"),
        ("to_date", "date|null", "结束日期（调动、调出、退休之日）；空 = 至今")), added_later=True),
    DataTable("projects", "培训项目", (
        ("id", "integer", "项目编号（本包内）"), ("year", "integer", "年度"), ("code", "string", "项目代码"),
        ("name", "string", "项目名称"), ("level", "string", "培训层级"), ("category", "string", "项目类别"),
        ("form", "string", "培训形式"), ("mode_code", "string", "培训方式代码"), ("target_group", "string", "培训对象"),
        ("proposing_unit", "string", "申报单位"), ("host", "string", "承办单位"), ("start_date", "date|null", "开始日期"),
        ("end_date", "date|null", "结束日期"), ("days_offsite", "number", "异地天数"), ("days_local", "number", "本地天数"),
        ("places", "integer", "计划人数"), ("status", "string", "计划/开班/结业/归档"),
        ("hours_basis", "string", "学时认定依据 attended/full"), ("attendance_threshold", "number", "出勤率下限"))),
    DataTable("stages", "项目阶段", (
        ("id", "integer", "阶段编号"), ("project_id", "integer", "→ projects.id"), ("seq", "integer", "顺序"),
        ("name", "string", "阶段名称"), ("form", "string", "形式"), ("hours", "number", "学时"),
        ("start_date", "date|null", "开始"), ("end_date", "date|null", "结束"))),
    DataTable("enrollments", "参培学员（名单）", (
        ("id", "integer", "报名编号"), ("project_id", "integer", "→ projects.id"), ("teacher_id", "integer", "→ teachers.id"),
        ("school_id", "integer", "报名时学校 → schools.id"), ("status", "string", "在册/退出/替换"),
        ("enrolled_at", "date", "报名日期"), ("left_at", "date|null", "退出日期"), ("reason", "string", "退出/替换原因"),
        ("replaced_by", "integer|null", "替换为 → enrollments.id"))),
    DataTable("sessions", "课程安排", (
        ("id", "integer", "课次编号"), ("project_id", "integer", "→ projects.id"), ("stage_id", "integer|null", "→ stages.id"),
        ("date", "date", "日期"), ("slot", "string", "上午/下午/晚上"), ("hours", "number", "学时"),
        ("topic", "string", "内容"), ("lecturer", "string", "主讲"), ("place", "string", "地点"))),
    DataTable("attendance", "考勤", (
        ("enrollment_id", "integer", "→ enrollments.id"), ("session_id", "integer", "→ sessions.id"),
        ("status", "string", "出勤/迟到/早退/请假/缺勤"))),
    DataTable("results", "考核结果（每人每阶段）", (
        ("id", "integer", "考核编号"), ("enrollment_id", "integer", "→ enrollments.id"),
        ("stage_id", "integer|null", "→ stages.id"), ("score", "number|null", "成绩"),
        ("result", "string|null", "合格/优秀/不合格"), ("homework_done", "integer", "作业完成 1/0"),
        ("override_reason", "string", "出勤不足仍认定合格的理由"))),
    DataTable("ledger", "学时登记（含冲销更正）", (
        ("id", "integer", "登记编号"), ("teacher_id", "integer", "→ teachers.id"), ("year", "integer", "年度"),
        ("date", "date", "日期"), ("category", "string", "类别"), ("project_id", "integer|null", "→ projects.id"),
        ("stage_id", "integer|null", "→ stages.id"), ("hours", "number", "学时（冲销为负）"),
        ("credits", "number", "学分"), ("evidence", "string", "凭证"), ("reverses", "integer|null", "冲销的登记编号"))),
    DataTable("certificates", "结业证书", (
        ("id", "integer", "证书记录编号"), ("number", "string", "证书编号"), ("project_id", "integer", "→ projects.id"),
        ("enrollment_id", "integer", "→ enrollments.id"), ("teacher_id", "integer", "→ teachers.id"),
        ("hours", "number", "学时"), ("result", "string", "考核结果"), ("issued_on", "date", "发证日期"),
        ("signed_text", "string", "二维码内容（含 Ed25519 签名）"), ("revoked_at", "datetime|null", "作废时间"),
        ("revoke_reason", "string", "作废原因"))),
)
DATA_BY_NAME = {t.name: t for t in DATA_TABLES}


# A packet reports finished training only: the roster, attendance, results, hours and settlement of these are final.
FINISHED = ("结业", "归档")


@dataclass(frozen=True)
class Scope:
    """What a packet covers: one finished project, or the finished projects of a year (年度); ``left_out`` are
    the year's projects not yet finished, which the packet names so nobody reads it as the whole year."""

    year: int
    project_ids: tuple[int, ...]
    project: Project | None
    left_out: tuple[Project, ...] = ()

    @property
    def label(self) -> str:
        return self.project.name if self.project else "年度"

    def _ends(self, p: Project) -> str:
        """When a running project left out ends (11-25 within the year), or '' (a planned one, no end date)."""
        ends = p.end_date[5:] if p.end_date and p.end_date.startswith(f"{self.year}-") else p.end_date
        return ends if p.status == "开班" and ends else ""

    @property
    def left_out_text(self) -> str:
        """未纳入：2026-09（开班，11-25 结束）、2026-10（计划）, or '' when the year is complete: as the packet's
        sheets and report print it (Chinese in either build)."""
        def named(p: Project) -> str:
            ends = self._ends(p)
            return f"{p.code}（{p.status}，{ends} 结束）" if ends else f"{p.code}（{p.status}）"

        return "未纳入：" + "、".join(named(p) for p in self.left_out) if self.left_out else ""

    def left_out_names(self) -> str:
        """The projects left out as a message on screen names them, in the user's language."""
        def named(p: Project) -> str:
            status, ends = translate("ProjectStatus", p.status), self._ends(p)
            if ends:
                return translate("packet", "{code}（{status}，{ends} 结束）").format(code=p.code, status=status,
                                                                                 ends=ends)
            return translate("packet", "{code}（{status}）").format(code=p.code, status=status)

        return translate("text", "、").join(named(p) for p in self.left_out)

    def ids_sql(self) -> str:
        return ",".join(str(i) for i in self.project_ids) or "NULL"


def _data_queries(scope: Scope) -> dict[str, str]:
    """SELECTs of every data/ table for the scope (field order = DATA_TABLES)."""
    ids = scope.ids_sql()
    if scope.project is None:  # a year: every teacher its compliance counts (in service at the year's end)
        teacher_ids = (f"SELECT id FROM {serving(reference_day(scope.year))} UNION SELECT teacher_id FROM enrollments"
                       f" WHERE project_id IN ({ids}) UNION SELECT teacher_id FROM ledger WHERE year = {scope.year}")
        ledger_where = f"year = {scope.year}"
    else:
        teacher_ids = f"SELECT teacher_id FROM enrollments WHERE project_id IN ({ids})"
        ledger_where = f"project_id IN ({ids})"

    def cols(name: str) -> str:
        return ", ".join(f[0] for f in DATA_BY_NAME[name].fields)

    return {
        "schools": f"SELECT {cols('schools')} FROM schools WHERE id IN (SELECT school_id FROM teacher_postings WHERE"
                   f" teacher_id IN ({teacher_ids}) UNION SELECT school_id FROM teachers WHERE id IN ({teacher_ids})"
                   f" UNION SELECT school_id FROM enrollments WHERE project_id IN ({ids})) ORDER BY id",
        "teachers": f"SELECT {cols('teachers')} FROM teachers WHERE id IN ({teacher_ids}) ORDER BY id",
        "postings": f"SELECT {cols('postings')} FROM teacher_postings WHERE teacher_id IN ({teacher_ids})"
                    " ORDER BY teacher_id, id",
        "projects": f"SELECT {cols('projects')} FROM projects WHERE id IN ({ids}) ORDER BY code",
        "stages": f"SELECT {cols('stages')} FROM project_stages WHERE project_id IN ({ids}) ORDER BY project_id, seq",
        "enrollments": f"SELECT {cols('enrollments')} FROM enrollments WHERE project_id IN ({ids}) ORDER BY id",
        "sessions": f"SELECT {cols('sessions')} FROM sessions WHERE project_id IN ({ids}) ORDER BY project_id, date, id",
        "attendance": f"SELECT {cols('attendance')} FROM attendance WHERE enrollment_id IN (SELECT id FROM enrollments"
                      f" WHERE project_id IN ({ids})) ORDER BY enrollment_id, session_id",
        "results": f"SELECT {cols('results')} FROM assessments WHERE enrollment_id IN (SELECT id FROM enrollments"
                   f" WHERE project_id IN ({ids})) ORDER BY id",
        "ledger": f"SELECT {cols('ledger')} FROM ledger WHERE {ledger_where} ORDER BY id",
        "certificates": f"SELECT {cols('certificates')} FROM certificates WHERE project_id IN ({ids}) ORDER BY id",
    }


# ----- results --------------------------------------------------------------------------------------

@dataclass
class PacketResult:
    """A packet written and verified."""

    path: Path
    packet_id: str
    sha256: str
    fingerprint: str
    counts: dict[str, Any]
    files: list[str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class PacketRecord:
    """A packet made earlier, as listed on the 提交包 page."""

    id: int
    packet_id: str
    project_id: int | None
    year: int
    path: str
    sha256: str
    counts: dict[str, Any]
    created_at: str


@dataclass
class VerifyReport:
    """What ``verify_packet`` found. ``ok`` only when every check held."""

    path: str
    ok: bool = False
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    packet_id: str = ""
    fingerprint: str = ""        # of the key the packet carries (public_key.txt)
    given_fingerprint: str = ""  # of the key it was checked against, when one was given
    manifest: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {"file": self.path, "ok": self.ok, "packet_id": self.packet_id, "fingerprint": self.fingerprint,
                "given_fingerprint": self.given_fingerprint, "problems": self.problems, "checked": self.checked,
                "counts": (self.manifest or {}).get("counts", {})}


# ----- project figures --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ProjectFigures:
    """A project's summary line: places vs enrolled vs completed (the three rates), hours and cost."""

    project: Project
    summary: ProjectSummary
    budget: Budget
    hours: float

    def person_days(self, which: str) -> float:
        lines = self.budget.planned if which == "planned" else self.budget.actual
        return round(sum(line.quantity for line in lines if line.unit == "人·天"), 2)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _school_rows(annual: AnnualCompliance) -> list[list[Any]]:
    """学分达标 per school: share of serving teachers under the annual target; 20% or more bars 评先 [ML]."""
    return [[s.township, s.school, s.teachers, s.met, s.under, _pct(s.share_under),
             "不得评为先进（未达标≥20%）" if s.flagged else "符合"] for s in annual.schools]


# ----- the service ------------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\\/:*?"<>|\r\n\t]+')


def _safe(name: str) -> str:
    return _UNSAFE.sub("_", name).strip(" .")[:80]


class Packets:
    """提交包 of the office: ``office.packets``."""

    def __init__(self, database: Database, settings: Settings, signer: Signer, *, certificates: Certificates,
                 forms: Forms, projects: Projects, sessions: Sessions, results: Results, attendance: Attendance,
                 compliance: Compliance):
        self._database = database
        self._conn = database.conn
        self._settings = settings
        self._signer = signer
        self._certificates = certificates
        self._forms = forms
        self._projects = projects
        self._sessions = sessions
        self._results = results
        self._attendance = attendance
        self._compliance = compliance

    def figures(self, project_id: int) -> ProjectFigures:
        """The numbers the report's summary and the 经费结算 sheet print for a project."""
        return ProjectFigures(self._projects.project(project_id), self._results.summary(project_id),
                              self._projects.budget(project_id), self._projects.total_hours(project_id))

    def scope(self, *, project_id: int | None = None, year: int | None = None) -> Scope:
        if (project_id is None) == (year is None):
            raise ValueError("exactly one of project_id and year")
        if project_id is not None:
            project = self._projects.project(project_id)
            if project.status == "计划":
                raise PacketError(translate("packet", "项目“{name}”还在计划中（未开班），没有名单、考勤和学时可以提交。"
                                            "请选择已结业的项目；本项目结业后再生成它的提交包。").format(name=project.name))
            if project.status not in FINISHED:
                ends = (translate("packet", "（{date} 结束）").format(date=project.end_date) if project.end_date
                        else "")
                raise PacketError(translate("packet", "项目“{name}”尚未结业{ends}，考勤、考核结果和学时还没有定下来，"
                                            "不能生成提交包。请选择已结业的项目；本项目结业后再生成它的提交包。").format(
                    name=project.name, ends=ends))
            return Scope(project.year, (project.id,), project)
        projects = sorted((row.project for row in self._projects.rows(year=year)), key=lambda p: p.code)
        if not projects:
            raise PacketError(translate("packet", "{year} 年没有培训项目，无法生成年度提交包。"
                                        "请检查年度，或先导入年度培训计划。").format(year=year))
        finished = [p for p in projects if p.status in FINISHED]
        if not finished:
            statuses = translate("text", "、").join(
                translate("packet", "{status} {count} 个").format(status=translate("ProjectStatus", status), count=n)
                for status in ("开班", "计划") if (n := sum(p.status == status for p in projects)))
            raise PacketError(translate("packet", "{year} 年的 {count} 个培训项目都还没有结业（{statuses}），没有可以提交的培训。"
                                        "年度包只含已结业的项目：请在项目结业后再生成，或选择其他年度。").format(
                year=year, count=len(projects), statuses=statuses))
        return Scope(year, tuple(p.id for p in finished), None,
                     tuple(p for p in projects if p.status not in FINISHED))

    def file_name(self, scope: Scope, on: dt.date) -> str:
        county = self._settings.get("county_name") or "本县"
        year = "" if scope.label.startswith(f"{scope.year}年") else f"{scope.year}-"  # 2026年… names its year
        return _safe(f"{county}-{year}{scope.label}-提交包-{on:%Y%m%d}") + ".zip"

    def history(self) -> list[PacketRecord]:
        """Packets made, newest first (the 提交包 page's list)."""
        return [PacketRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7]) for r in self._conn.execute(
            "SELECT id, packet_uuid, project_id, year, path, sha256, counts, created_at FROM packets"
            " ORDER BY id DESC")]

    def export(self, *, out_dir: Path, project_id: int | None = None, year: int | None = None,
               on: dt.date | None = None, masked: bool | None = None, progress: Progress | None = None,
               cancel: Cancel | None = None) -> PacketResult:
        """Write, verify and record the packet of a project or a year into ``out_dir``.

        ``masked``: ID numbers and phones partly hidden in the workbook and the report (default: the
        office setting). The city may ask for them in full to confirm hours per teacher; the sign-in
        sheets, made to be signed in public, follow the office setting either way."""
        out_dir = Path(out_dir).resolve()  # recorded where the 提交包 page can find it, whatever the cwd
        if not out_dir.is_dir():
            raise WriteError(translate("packet", "文件夹 {folder} 不存在（U盘已拔出？），请重新选择保存位置。").format(
                folder=out_dir))
        if not self._settings.get("office_name"):
            raise PacketError(translate("packet", "请先在“设置”中填写单位名称和县（区）代码，再生成提交包。"))
        scope = self.scope(project_id=project_id, year=year)
        notes = self._certificate_notes(scope)
        if scope.left_out:
            notes.insert(0, translate("packet", "年度包只含 {year} 年已结业的 {count} 个项目。未纳入：{projects}，"
                                      "尚未结业，不计入本包的名单、合计和结算；它们结业后请重新生成年度包。").format(
                year=scope.year, count=len(scope.project_ids), projects=scope.left_out_names()))
        on = on or dt.date.today()
        target = out_dir / self.file_name(scope, on)
        if target.exists():
            recorded = self._conn.execute("SELECT 1 FROM packets WHERE path = ?", (str(target),)).fetchone()
            if recorded:
                raise WriteError(translate("packet", "{path} 已存在：同一天的提交包已经生成过。"
                                           "请换一个文件夹，或先移走原文件。").format(path=target))
            raise WriteError(translate("packet", "{path} 已存在：它不在本程序的提交包记录中（可能是上次生成时中断留下的）。"
                                       "请先移走或删除它，再重新生成。").format(path=target))
        # The office key is made and kept first, on its own: a packet cut off after its rename and before its record
        # is committed is still signed with the key every later packet has (review u found it lost with the record).
        self._signer.ensure()
        step = _Steps(progress, cancel)
        # verified and recorded while still under its temporary name: a file under the final name is both
        with self._database.atomic(), atomic_output(target, overwrite=False) as tmp:
            result = self._write(scope, tmp, target, on, step, masked)
            result.warnings[:0] = notes
            verified = verify_packet(tmp, public_key=self._signer.public_key)
            if not verified.ok:
                raise WriteError(translate("packet", "提交包写入后核验失败，没有保存：{problems}。"
                                           "请换一个U盘或文件夹重试。").format(
                    problems=translate("packet", "；").join(verified.problems[:3])))
            result.sha256 = _file_sha256(tmp)
            cur = self._conn.execute(
                "INSERT INTO packets (packet_uuid, project_id, year, path, sha256, counts) VALUES (?, ?, ?, ?, ?, ?)",
                (result.packet_id, scope.project.id if scope.project else None, scope.year, str(target),
                 result.sha256, json.dumps(result.counts, ensure_ascii=False)))
            self._conn.executemany("INSERT INTO packet_projects (packet_id, project_id) VALUES (?, ?)",
                                   [(cur.lastrowid, pid) for pid in scope.project_ids])
            audit.record(self._conn, "export", "packets", cur.lastrowid, path=str(target),
                         fingerprint=result.fingerprint)
        step.done(translate("packet", "提交包已生成并核验"))
        return result

    def _certificate_notes(self, scope: Scope) -> list[str]:
        """The certificate register must be honest: refuse while a valid certificate no longer matches the
        results or the ledger (作废并重发 first); warn when qualified trainees of a closed project have none."""
        notes = []
        for project_id in scope.project_ids:
            project = self._projects.project(project_id)
            outdated = self._certificates.outdated(project_id)
            if outdated:
                raise PacketError(outdated_message(project, outdated, doing=translate("packet", "不能放入提交包"),
                                                   then=translate("packet", "再生成提交包")))
            uncertified = self._projects.uncertified(project_id)
            if uncertified:
                notes.append(translate("packet", "“{project}”：{count} 名合格学员尚未发证，提交包中的证书发放登记表没有他们。"
                                       "请在“证书”页点“发放证书”后重新生成提交包。").format(project=project.name,
                                                                                  count=uncertified))
        return notes

    # -- building -----------------------------------------------------------------------------------
    def _write(self, scope: Scope, tmp: Path, target: Path, on: dt.date, step: _Steps,
               masked: bool | None) -> PacketResult:
        """The packet into ``tmp``, to be renamed to ``target`` (whose name is the folder inside the zip)."""
        stem = target.stem
        packet_id = str(uuid.uuid4())
        masked_in_public = bool(self._settings.get("mask_personal_data"))
        masked = masked_in_public if masked is None else masked
        files: dict[str, dict[str, Any]] = {}
        counts: dict[str, Any] = {}
        warnings: list[str] = []
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:

            def put(name: str, data: bytes, *, compress: bool = True) -> None:
                zf.writestr(zipfile.ZipInfo(f"{stem}/{name}", _zip_time()), data,
                            compress_type=zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED)
                files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

            step(0.02, translate("packet", "正在导出数据"))
            queries = _data_queries(scope)
            for n, table in enumerate(DATA_TABLES):
                name = f"data/{table.name}.json"
                digest, size, rows = _write_json(zf, f"{stem}/{name}", table, self._conn.execute(queries[table.name]))
                files[name] = {"sha256": digest, "size": size}
                counts[table.name] = rows
                step(0.02 + 0.2 * (n + 1) / len(DATA_TABLES), translate("packet", "已导出 {table}").format(table=table.title))
            put("data/schema.json", _schema_json())
            put("data/README.txt", _README.encode("utf-8"))

            step(0.25, translate("packet", "正在生成汇总表"))
            sheets = self._sheets(scope, masked, on)
            book = io.BytesIO()
            counts["sheets"] = write_workbook(book, sheets)
            workbook_name = f"{_safe(scope.label)}汇总表.xlsx"
            put(workbook_name, book.getvalue(), compress=False)

            step(0.35, translate("packet", "正在生成提交报告"))
            report = self._report(scope, masked, on, packet_id)
            warnings += report.warnings
            put("提交报告.pdf", report.data or b"", compress=False)
            counts["report_pages"] = report.pages

            projects = [self._projects.project(pid) for pid in scope.project_ids]
            signin_pages = certificate_pages = 0
            for n, project in enumerate(projects):
                label = _safe(f"{project.code}-{project.name}")
                if self._sessions.sessions(project.id):
                    sheet = self._forms.print_signin(project_id=project.id, out=None, per="day", masked=masked_in_public,
                                                     cancel=step.cancel)
                    put(f"签到表/{label}-签到表.pdf", sheet.data or b"", compress=False)
                    signin_pages += sheet.pages
                if any(not c.revoked for c in self._certificates.find(project_ids=[project.id])):
                    try:
                        printed = self._certificates.print_pdf(out=None, project_id=project.id, log_prints=False,
                                                               cancel=step.cancel)
                    except CertificateError as exc:
                        warnings.append(translate("packet", "{project}：证书未能放入提交包（{error}）").format(
                            project=project.name, error=exc))
                    else:
                        put(f"证书/{label}-结业证书.pdf", printed.data or b"", compress=False)
                        certificate_pages += printed.pages
                step(0.4 + 0.5 * (n + 1) / len(projects),
                     translate("packet", "已加入 {project} 的签到表和证书").format(project=project.name))
            counts["signin_pages"] = signin_pages
            counts["certificate_pages"] = certificate_pages

            public = self._signer.public_key
            manifest = {
                "format": FORMAT, "format_version": FORMAT_VERSION, "packet_id": packet_id,
                "county": {"name": self._settings.get("county_name"), "code": self._settings.get("county_code")},
                "office": self._settings.get("office_name"),
                "period": {"kind": "project" if scope.project else "year", "year": scope.year,
                           "project": ({"code": scope.project.code, "name": scope.project.name}
                                       if scope.project else None),
                           "not_included": [{"code": p.code, "name": p.name, "status": p.status}
                                            for p in scope.left_out]},
                "created_at": dt.datetime.now().isoformat(timespec="seconds"),
                "app_version": __version__, "db_schema_version": SCHEMA_VERSION,
                "data_schema": DATA_SCHEMA, "data_schema_version": DATA_SCHEMA_VERSION,
                "workbook": workbook_name, "counts": counts, "files": files,
                "public_key": b64url(public), "fingerprint": fingerprint(public),
            }
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            zf.writestr(zipfile.ZipInfo(f"{stem}/manifest.json", _zip_time()), manifest_bytes,
                        compress_type=zipfile.ZIP_DEFLATED)
            zf.writestr(zipfile.ZipInfo(f"{stem}/manifest.sig", _zip_time()),
                        b64url(self._signer.sign(manifest_bytes)) + "\n")
            zf.writestr(zipfile.ZipInfo(f"{stem}/public_key.txt", _zip_time()), key_file_text(public, self._settings))
            step(0.95, translate("packet", "正在写入U盘并核验"))
        return PacketResult(target, packet_id, "", fingerprint(public), counts, sorted(files), warnings)

    def _sheets(self, scope: Scope, masked: bool, on: dt.date) -> list[SheetSpec]:
        conn, ids = self._conn, scope.ids_sql()
        county, office = self._settings.get("county_name"), self._settings.get("office_name")
        period = scope.project.name if scope.project else f"{scope.year}年度"
        sub = f"填报单位：{office}    {period}    导出日期：{dt.date.today():%Y年%m月%d日}"
        # the project sheets name the year's projects they leave out
        held = sub + (f"    {scope.left_out_text}，尚未结业，不计入本表" if scope.left_out else "")
        idm = mask_id if masked else (lambda v: v)
        phone = mask_phone if masked else (lambda v: v)

        def numbered(rows: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
            for n, row in enumerate(rows, start=1):
                yield [n, *row]

        roster = ((r[0], r[1], r[2], r[3], r[4], r[5], idm(r[6]), r[7], r[8], r[9], r[10], phone(r[11]), r[12])
                  for r in conn.execute(
                      "SELECT p.code, p.name, s.township, s.name, t.name, t.gender, t.id_number, t.stage, t.subject,"
                      " t.title, t.post, t.phone, e.status FROM enrollments e JOIN projects p ON p.id = e.project_id"
                      " JOIN teachers t ON t.id = e.teacher_id JOIN schools s ON s.id = e.school_id"
                      f" WHERE e.project_id IN ({ids}) ORDER BY p.code, s.township, s.name, t.name_pinyin, e.id"))
        attendance = (
            (r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
             Percent(r[9] / r[10]) if r[10] else None)
            for r in conn.execute(
                "SELECT p.code, t.name, s.name, count(ss.id),"
                " sum(a.status = '出勤'), sum(a.status = '迟到'), sum(a.status = '早退'), sum(a.status = '请假'),"
                " sum(a.status = '缺勤'),"
                f" coalesce(sum(CASE WHEN a.status IN {ATTENDED!r} THEN ss.hours END), 0), coalesce(sum(ss.hours), 0)"
                " FROM enrollments e JOIN projects p ON p.id = e.project_id JOIN teachers t ON t.id = e.teacher_id"
                " JOIN schools s ON s.id = e.school_id LEFT JOIN sessions ss ON ss.project_id = e.project_id"
                " LEFT JOIN attendance a ON a.enrollment_id = e.id AND a.session_id = ss.id"
                f" WHERE e.project_id IN ({ids}) AND e.status = '在册' GROUP BY e.id"
                " ORDER BY p.code, s.township, s.name, t.name_pinyin, e.id"))
        results = conn.execute(
            "SELECT p.code, p.name, coalesce(st.name, ''), t.name, s.name, a.score, coalesce(a.result, '未录入'),"
            # 作业 only where the stage has homework (someone's is ticked): a course without any is not 未完成
            " CASE WHEN a.homework_done = 1 THEN '已完成' WHEN max(a.homework_done) OVER"
            " (PARTITION BY e.project_id, a.stage_id) = 1 THEN '未完成' ELSE '' END, a.override_reason"
            " FROM assessments a JOIN enrollments e ON e.id = a.enrollment_id JOIN projects p ON p.id = e.project_id"
            " JOIN teachers t ON t.id = e.teacher_id JOIN schools s ON s.id = e.school_id"
            " LEFT JOIN project_stages st ON st.id = a.stage_id"
            f" WHERE e.project_id IN ({ids}) ORDER BY a.id")
        ledger_where = f"l.year = {scope.year}" if scope.project is None else f"l.project_id IN ({ids})"
        hours = ((r[0], idm(r[1]), *r[2:]) for r in conn.execute(
            "SELECT t.name, t.id_number, s.name, l.year, l.date, l.category, coalesce(p.name, ''),"
            " coalesce(st.name, ''), l.hours, l.credits, l.evidence, CASE WHEN l.reverses IS NULL THEN '' ELSE"
            " '冲销第' || l.reverses || '条' END FROM ledger l JOIN teachers t ON t.id = l.teacher_id"
            " JOIN schools s ON s.id = t.school_id LEFT JOIN projects p ON p.id = l.project_id"
            f" LEFT JOIN project_stages st ON st.id = l.stage_id WHERE {ledger_where} ORDER BY l.id"))
        figures = [self.figures(pid) for pid in scope.project_ids]
        cost_rows = [[f.project.code, f.project.name, f.project.form, f.budget.planned_headcount,
                      f.budget.actual_headcount, f.project.days_offsite, f.project.days_local,
                      f.person_days("planned"), f.person_days("actual"), f.budget.planned_total, f.budget.actual_total,
                      "；".join([*(f"{line.item} {line.quantity:g}{line.unit}×{line.rate:g}元" for line in f.budget.actual),
                                *(["没有录入考勤，集中培训按 0 元计"] if f.budget.no_attendance else [])])]
                     for f in figures]
        sheets = [
            SheetSpec(SHEET_ROSTER, f"{county}{period}参培学员名单汇总表", subtitle=held, rows=numbered(roster),
                      header=["序号", "项目代码", "项目名称", "乡镇", "学校", "姓名", "性别", "身份证号", "学段", "学科",
                              "职称", "职务", "联系电话", "状态"]),
            SheetSpec(SHEET_ATTENDANCE, f"{county}{period}考勤汇总", subtitle=held, rows=numbered(attendance),
                      header=["序号", "项目代码", "姓名", "学校", "应到课次", "出勤", "迟到", "早退", "请假", "缺勤",
                              "出勤学时", "应到学时", "出勤率"]),
            SheetSpec(SHEET_RESULTS, f"{county}{period}考核结果", subtitle=held, rows=numbered(results),
                      header=["序号", "项目代码", "项目名称", "阶段", "姓名", "学校", "成绩", "结果", "作业", "备注"]),
            SheetSpec(SHEET_HOURS, f"{county}{period}学时认定", subtitle=held, rows=numbered(hours),
                      header=["序号", "姓名", "身份证号", "学校", "年度", "日期", "类别", "项目", "阶段", "学时", "学分",
                              "凭证", "备注"]),
            self._certificates.register_sheet(list(scope.project_ids), masked=masked,
                                              title=f"{county}{period}证书发放登记表"),
            SheetSpec(SHEET_COST, f"{county}{period}经费结算", rows=numbered(cost_rows),
                      subtitle=held + f"    标准：异地集中 {RATE_OFFSITE_DAY} 元/人天，本地集中 {RATE_LOCAL_DAY} 元/人天，"
                                     f"网络研修 {RATE_ONLINE_HOUR} 元/人学时",
                      header=["序号", "项目代码", "项目名称", "培训形式", "计划人数", "实际人数", "异地天数", "本地天数",
                              "计划人天", "实际人天", "计划金额（元）", "结算金额（元）", "结算明细"]),
            SheetSpec(SHEET_ARCHIVE, f"{county}{period}归档清单", rows=numbered(self._archive_rows(scope, on)),
                      subtitle=held + f"    {ARCHIVE_RULE}",
                      header=["序号", "项目代码", "项目名称", "状态", "结束日期", "归档截止", "提示", "本包已含",
                              "另附材料（逐项打勾）"]),
        ]
        if scope.project is None:
            annual = self._compliance.annual(scope.year)
            sheets.append(SheetSpec(SHEET_SCHOOLS, f"{county}{scope.year}年度学校学分达标情况",
                                    subtitle=f"{sub}    全县 {annual.headline}", rows=numbered(_school_rows(annual)),
                                    header=["序号", "乡镇", "学校", "在职教师", "达标人数", "未达标人数", "未达标比例",
                                            "评先资格"]))
            sheets.append(self._compliance.cycle(scope.year).sheet(county))
        return sheets

    def _archive_rows(self, scope: Scope, on: dt.date) -> list[list[Any]]:
        """归档清单: each project's 归档截止 (one month after its end [CZ]), what this packet holds of the
        archive, and the materials the office adds to it, to tick off."""
        rows = []
        for project in (self._projects.project(pid) for pid in scope.project_ids):
            due = project.archive_due
            held = ["学员名单", *(["签到表"] if self._sessions.sessions(project.id) else []), "考勤汇总", "考核结果",
                    "学时认定", "证书登记", "经费结算"]
            rows.append([project.code, project.name, project.status, project.end_date or "—",
                         due.isoformat() if due else "—",
                         f"已逾期 {(on - due).days} 天" if project.archive_overdue(on) else "", "、".join(held),
                         "  ".join(f"□{item}" for item in ARCHIVE_ATTACHMENTS)])
        return rows

    def _report(self, scope: Scope, masked: bool, on: dt.date, packet_id: str):
        """提交报告.pdf: cover, summary with the signature and seal block, then the detail tables."""
        s = self._settings
        font, warnings = office_font(s)
        figures = [self.figures(pid) for pid in scope.project_ids]
        period = scope.project.name if scope.project else f"{scope.year}年度教师培训"
        summary_rows = [[f.project.code, f.project.name, f.project.status, f.summary.places, f.summary.enrolled,
                         f.summary.passed, _pct(f.summary.participation_rate), _pct(f.summary.pass_rate),
                         _pct(f.summary.excellent_rate), f"{f.hours:g}", f"{f.budget.actual_total:,.0f}"]
                        for f in figures]
        places, enrolled = sum(f.summary.places for f in figures), sum(f.summary.enrolled for f in figures)
        passed, excellent = sum(f.summary.passed for f in figures), sum(f.summary.excellent for f in figures)
        cost = sum(f.budget.actual_total for f in figures)
        summary_rows.append(["合计", f"{len(figures)} 个项目", "", places, enrolled, passed,
                             _pct(enrolled / places if places else None), _pct(passed / enrolled if enrolled else None),
                             _pct(excellent / enrolled if enrolled else None), "", f"{cost:,.0f}"])
        summary = TableSection(
            title="培训情况汇总", rows=summary_rows, landscape=True, row_height=8 * mm,
            columns=[Column("项目代码", 1.1), Column("项目名称", 4.2, "left"), Column("状态", 0.7),
                     Column("计划人数", 0.9, "right"), Column("参培人数", 0.9, "right"),
                     Column("结业人数", 0.9, "right"), Column("参培率", 0.9, "right"), Column("合格率", 0.9, "right"),
                     Column("优秀率", 0.9, "right"), Column("学时", 0.7, "right"), Column("结算金额（元）", 1.3, "right")],
            info=[f"{s.get('county_name')}    {s.get('office_name')}    {period}",
                  *([f"本表只含已结业的项目；{scope.left_out_text}，尚未结业，不计入本表和合计。"]
                    if scope.left_out else []),
                  "参培率 = 参培人数 ÷ 计划人数；合格率、优秀率以参培人数为基数；结算按实际参训人数和天数。"],
            note=["经办人（签字）：________________      审核人（签字）：________________      "
                  "单位（盖章）：", "", f"日期：{on.year} 年 {on.month} 月 {on.day} 日"],
            footer=s.get("office_name"))
        detail: list[TableSection] = []
        idm = mask_id if masked else (lambda v: v)
        for f in figures:
            certs = {c.enrollment_id: c.number for c in self._certificates.find(project_ids=[f.project.id])
                     if not c.revoked}
            grid = self._attendance.grid(f.project.id)
            rates = dict(zip((t.enrollment_id for t in grid.trainees), grid.rates(), strict=True))
            rows = [[n, r.trainee.name, r.trainee.school, idm(r.trainee.id_number),
                     _pct(rates[r.trainee.enrollment_id].rate), r.overall or "未录入",
                     certs.get(r.trainee.enrollment_id, "")]
                    for n, r in enumerate(self._results.results(f.project.id), start=1)]
            detail.append(TableSection(
                title=f"{f.project.name}", rows=rows, landscape=True, font_size=9.5,
                columns=[Column("序号", 0.5), Column("姓名", 1.0), Column("学校", 3.0, "left"), Column("身份证号", 1.8),
                         Column("出勤率", 0.8), Column("考核结果", 0.9), Column("证书编号", 2.4)],
                info=[f"项目代码：{f.project.code}    承办单位：{f.project.host or '—'}    培训时间："
                      f"{date_text(f.project.start_date)}—{date_text(f.project.end_date)}    学时：{f.hours:g}",
                      f"计划 {f.summary.places} 人，参培 {f.summary.enrolled} 人，结业 {f.summary.passed} 人，"
                      f"合格率 {_pct(f.summary.pass_rate)}，优秀率 {_pct(f.summary.excellent_rate)}"],
                footer=s.get("office_name")))
        detail.append(TableSection(
            title=f"{period}归档清单", rows=self._archive_rows(scope, on), landscape=True, row_height=10 * mm,
            font_size=9.5,
            columns=[Column("项目代码", 1.1), Column("项目名称", 3.2, "left"), Column("状态", 0.6),
                     Column("结束日期", 1.1), Column("归档截止", 1.1), Column("提示", 1.1), Column("本包已含", 2.6, "left"),
                     Column("另附材料（逐项打勾）", 3.6, "left")],
            info=[ARCHIVE_RULE + "本包已含的材料之外，请备齐其余材料并逐项打勾。"], footer=s.get("office_name")))
        if scope.project is None:
            annual, cycle = self._compliance.annual(scope.year), self._compliance.cycle(scope.year)
            detail.append(TableSection(
                title=f"{scope.year}年度学校学分达标情况", rows=_school_rows(annual), landscape=True,
                columns=[Column("乡镇", 1.2), Column("学校", 3.2, "left"), Column("在职教师", 1, "right"),
                         Column("达标人数", 1, "right"), Column("未达标人数", 1, "right"), Column("未达标比例", 1, "right"),
                         Column("评先资格", 2.4)],
                info=[f"全县 {annual.headline}", f"全县 {cycle.headline}",
                      "学校未达标教师达 20% 及以上的，不得评为先进。"],
                footer=s.get("office_name")))

        def draw(canvas: Canvas) -> int:
            _cover(canvas, font.name, s, period, on, packet_id)
            return 1 + draw_sections(canvas, font, [summary, *detail])

        return write_pdf(None, draw, title=f"{period}提交报告", font=font, warnings=warnings)


def _cover(canvas: Canvas, font: str, s: Settings, period: str, on: dt.date, packet_id: str) -> None:
    width, height = canvas._pagesize
    bold_text(canvas, width / 2, height - 95 * mm, f"{s.get('county_name')}教师培训", font=font, size=26,
              align="center")
    bold_text(canvas, width / 2, height - 112 * mm, "提 交 材 料", font=font, size=30, align="center",
              char_space=4)
    lines = [("县（区）", f"{s.get('county_name')}（{s.get('county_code')}）"), ("报送单位", s.get("office_name")),
             ("项目 / 年度", period), ("报送日期", date_text(on.isoformat())),
             ("联系人", s.get("contact_person") or "________________"),
             ("联系电话", s.get("contact_phone") or "________________"), ("提交包编号", packet_id)]
    y = height - 150 * mm
    for label, value in lines:
        canvas.setFont(font, 14 if label != "提交包编号" else 10)
        canvas.drawRightString(width / 2 - 22 * mm, y, label + "：")
        canvas.drawString(width / 2 - 20 * mm, y, value)
        y -= 11 * mm
    canvas.setFont(font, 9)
    canvas.drawCentredString(width / 2, 20 * mm, "本包内 manifest.json 记录每个文件的 SHA-256，manifest.sig 为单位电子签名，"
                             "可用 trainoffice packet verify 核验。")
    canvas.showPage()


class _Steps:
    """Progress and cancel for the packet's steps."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None):
        self.progress = progress
        self.cancel = cancel

    def __call__(self, fraction: float, message: str) -> None:
        if self.cancel and self.cancel():
            raise Cancelled("已取消，没有写入任何文件。")
        if self.progress:
            self.progress(fraction, message)

    def done(self, message: str) -> None:
        if self.progress:
            self.progress(1.0, message)


def _zip_time() -> tuple[int, int, int, int, int, int]:
    now = dt.datetime.now()
    return (now.year, now.month, now.day, now.hour, now.minute, now.second)


def _write_json(zf: zipfile.ZipFile, name: str, table: DataTable, cursor: sqlite3.Cursor) -> tuple[str, int, int]:
    """Stream one data/ table into the zip as JSON; returns (sha256, size, rows)."""
    keys = [f[0] for f in table.fields]
    digest = hashlib.sha256()
    size = rows = 0
    info = zipfile.ZipInfo(name, _zip_time())
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w") as out:

        def emit(text: str) -> None:
            nonlocal size
            data = text.encode("utf-8")
            digest.update(data)
            out.write(data)
            size += len(data)

        head = {"schema": DATA_SCHEMA, "version": DATA_SCHEMA_VERSION, "table": table.name, "title": table.title,
                "fields": keys}
        emit(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"rows": [\n')
        batch: list[str] = []
        for row in cursor:
            batch.append(("" if rows == 0 and not batch else ",\n") + json.dumps(
                dict(zip(keys, row, strict=True)), ensure_ascii=False))
            if len(batch) >= 1000:
                rows += len(batch)
                emit("".join(batch))
                batch = []
        rows += len(batch)
        emit("".join(batch))
        emit(f'\n],\n"count": {rows}}}\n')
    return digest.hexdigest(), size, rows


def _schema_json() -> bytes:
    schema = {"schema": DATA_SCHEMA, "version": DATA_SCHEMA_VERSION,
              "description": "TrainOffice 提交包数据：每个文件为一个表，rows 为记录数组，count 为记录数；编号仅在本包内有效，"
                             "用 *_id 字段相互关联；身份证号与电话为完整值。",
              "tables": {t.name: {"file": f"data/{t.name}.json", "title": t.title,
                                  "fields": [{"name": n, "type": ty, "title": ti} for n, ty, ti in t.fields]}
                         for t in DATA_TABLES}}
    return json.dumps(schema, ensure_ascii=False, indent=2).encode("utf-8")


_README = """TrainOffice 提交包 · 数据说明

data/ 中的文件是本包内全部记录的机器可读副本，市中心可直接导入，无需重新录入：
  schools.json 学校    teachers.json 教师（完整身份证号）    postings.json 任职经历    projects.json 培训项目
  stages.json 项目阶段    enrollments.json 参培学员    sessions.json 课程安排    attendance.json 考勤
  results.json 考核结果    ledger.json 学时登记    certificates.json 结业证书

每个文件：{"schema": "trainoffice-packet-data", "version": 1, "table": 表名, "fields": [字段], "rows": [记录], "count": 记录数}
字段的类型与含义见 schema.json。编号（id）只在本包内有效，表之间用 *_id 字段关联。
学时登记为只追加记录：更正 = 一条冲销记录（reverses 指向被冲销的记录，学时为负）+ 一条新记录。
teachers.json 的学校和状态是生成本包之日的；某一年的学分达标按该年 12 月 31 日在职的教师及其当日所在学校统计，
见 postings.json（一条任职覆盖该日：起始不晚于该日或为该教师的第一条，结束晚于该日或为空；并且参加工作时间不晚于该日）。

核验：manifest.json 记录每个文件的 SHA-256；manifest.sig 是单位 Ed25519 签名（base64url），公钥与指纹见 public_key.txt。
请与县里报备的公钥指纹核对；命令：trainoffice packet verify 文件.zip
本文件夹中的身份证号和电话为完整值，请妥善保管。
"""


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ----- verification --------------------------------------------------------------------------------------

def verify_packet(path: str | Path, *, public_key: bytes | None = None,
                  progress: Callable[[float, str], None] | None = None) -> VerifyReport:
    """Check a packet as the city centre receives it: the zip, every hash, the signature, the data
    schema, and that the workbook and data/ agree in their counts. ``public_key`` pins the key
    expected (otherwise the packet's own key is used and its fingerprint reported to compare)."""
    path = Path(path)
    report = VerifyReport(str(path))
    problems = report.problems
    if not path.is_file():
        problems.append(translate("packet", "文件 {path} 不存在").format(path=path))
        return report
    if not zipfile.is_zipfile(path):
        problems.append(translate("packet", "不是有效的 zip 文件（可能没有复制完整）"))
        return report
    try:
        with zipfile.ZipFile(path) as zf:
            _verify_zip(zf, report, public_key, progress)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        problems.append(translate("packet", "zip 文件损坏：{error}").format(error=exc))
    report.ok = not problems
    return report


def _verify_zip(zf: zipfile.ZipFile, report: VerifyReport, public_key: bytes | None,
                progress: Callable[[float, str], None] | None) -> None:
    problems, checked = report.problems, report.checked
    names = [n for n in zf.namelist() if not n.endswith("/")]
    manifests = [n for n in names if n.endswith("manifest.json") and n.count("/") <= 1]
    if len(manifests) != 1:
        problems.append(translate("packet", "找不到 manifest.json（不是 TrainOffice 提交包，或文件被删除）"))
        return
    prefix = manifests[0][: -len("manifest.json")]
    bad = zf.testzip()
    if bad:
        problems.append(translate("packet", "zip 中的 {file} 已损坏（CRC 校验失败）").format(file=bad[len(prefix):]))
    checked.append(translate("packet", "zip 结构与 CRC"))
    manifest_bytes = zf.read(manifests[0])
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        problems.append(translate("packet", "manifest.json 不是有效的 JSON"))
        return
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        problems.append(translate("packet", "提交包格式 {format} v{version} 不受支持").format(
            format=manifest.get("format"), version=manifest.get("format_version")))
        return
    report.manifest = manifest
    report.packet_id = str(manifest.get("packet_id", ""))

    # signature
    try:
        key_lines = zf.read(prefix + "public_key.txt").decode("utf-8")
        own_key = parse_public_key(next(line.split(":", 1)[1] for line in key_lines.splitlines()
                                        if line.startswith("public_key:")))
    except (KeyError, StopIteration, TrainOfficeError, UnicodeDecodeError):
        problems.append(translate("packet", "public_key.txt 缺失或无法读取"))
        own_key = b""
    if own_key and manifest.get("public_key") != b64url(own_key):
        problems.append(translate("packet", "public_key.txt 与 manifest.json 中的公钥不一致"))
    key = public_key or own_key
    report.fingerprint = fingerprint(own_key) if own_key else ""
    report.given_fingerprint = fingerprint(public_key) if public_key else ""
    try:
        signature = b64url_decode(zf.read(prefix + "manifest.sig").decode("ascii"))
    except (KeyError, ValueError, UnicodeDecodeError):
        problems.append(translate("packet", "manifest.sig 缺失或无法读取"))
        signature = b""
    another_key = public_key is not None and own_key and own_key != public_key
    if another_key and signature and verify(own_key, manifest_bytes, signature):
        # intact, and signed with the key it carries: only not the key given
        problems.append(translate("packet", "提交包是用另一把密钥签名的，不是被改动过：包内公钥指纹 {own}，指定的公钥指纹 "
                                  "{given}。它不是指定公钥的单位签发的；请确认发出单位，或改用它报备的公钥核验。").format(
            own=report.fingerprint, given=report.given_fingerprint))
    else:
        if another_key:
            problems.append(translate("packet", "提交包的公钥（指纹 {own}）与指定的公钥（指纹 {given}）"
                                      "不符：不是该单位签发的").format(own=report.fingerprint,
                                                               given=report.given_fingerprint))
        if key and signature and not verify(key, manifest_bytes, signature):
            problems.append(translate("packet", "签名无效：manifest.json 被改动，或签名不是该单位的"))
    checked.append(translate("packet", "Ed25519 签名"))

    # every file's hash, nothing missing, nothing added
    files: dict[str, dict[str, Any]] = manifest.get("files", {})
    present = {n[len(prefix):] for n in names if n.startswith(prefix)}
    for extra in sorted(present - set(files) - {"manifest.json", "manifest.sig", "public_key.txt"}):
        problems.append(translate("packet", "多出未登记的文件：{file}").format(file=extra))
    for n, (name, info) in enumerate(sorted(files.items())):
        if name not in present:
            problems.append(translate("packet", "缺少文件：{file}").format(file=name))
            continue
        digest = hashlib.sha256()
        with zf.open(prefix + name) as f:
            for block in iter(lambda f=f: f.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != info.get("sha256"):
            problems.append(translate("packet", "文件内容与登记的 SHA-256 不符：{file}").format(file=name))
        if progress:
            progress((n + 1) / len(files) * 0.6, translate("packet", "已核对 {file}").format(file=name))
    checked.append(translate("packet", "{count} 个文件的 SHA-256").format(count=len(files)))
    if problems:
        return  # contents cannot be trusted; counting them would only add noise

    # data/ schema and counts
    counts = manifest.get("counts", {})
    data_rows: dict[str, int] = {}
    for table in DATA_TABLES:
        name = f"data/{table.name}.json"
        if table.added_later and table.name not in counts:
            continue
        try:
            doc = json.loads(zf.read(prefix + name))
        except (KeyError, ValueError):
            problems.append(translate("packet", "{file} 缺失或不是有效的 JSON").format(file=name))
            continue
        keys = [f[0] for f in table.fields]
        if doc.get("schema") != DATA_SCHEMA or doc.get("version") != DATA_SCHEMA_VERSION or doc.get("fields") != keys:
            problems.append(translate("packet", "{file} 的数据格式（schema/version/fields）与说明不符").format(file=name))
            continue
        rows = doc.get("rows", [])
        if any(set(row) != set(keys) for row in rows):
            problems.append(translate("packet", "{file} 中有记录的字段与 fields 不符").format(file=name))
        data_rows[table.name] = len(rows)
        if len(rows) != doc.get("count") or len(rows) != counts.get(table.name):
            problems.append(translate("packet", "{file} 有 {rows} 条记录，但登记为 {registered} 条").format(
                file=name, rows=len(rows), registered=counts.get(table.name)))
    checked.append(translate("packet", "data/ 数据格式与记录数"))
    if progress:
        progress(0.8, translate("packet", "正在核对汇总表"))

    # the workbook agrees with data/
    workbook = manifest.get("workbook", "")
    try:
        wb = load_workbook(io.BytesIO(zf.read(prefix + workbook)), read_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged workbook
        problems.append(translate("packet", "汇总表 {file} 无法打开").format(file=workbook))
        return
    try:
        sheet_counts = counts.get("sheets", {})
        expected = [*SHEET_DATA, SHEET_ATTENDANCE] + ([SHEET_SCHOOLS] if manifest["period"]["kind"] == "year" else [])
        for sheet in expected:
            if sheet not in wb.sheetnames:
                problems.append(translate("packet", "汇总表缺少工作表“{sheet}”").format(sheet=sheet))
                continue
            rows = sum(1 for row in wb[sheet].iter_rows(min_row=4, values_only=True) if any(v is not None for v in row))
            if rows != sheet_counts.get(sheet):
                problems.append(translate("packet", "工作表“{sheet}”有 {rows} 行，但登记为 {registered} 行").format(
                    sheet=sheet, rows=rows, registered=sheet_counts.get(sheet)))
            table = SHEET_DATA.get(sheet)
            if table and table in data_rows and rows != data_rows[table]:
                problems.append(translate("packet", "工作表“{sheet}”有 {rows} 行，与 data/{table}.json 的 {records} 条不一致").format(
                    sheet=sheet, rows=rows, table=table, records=data_rows[table]))
    finally:
        wb.close()
    checked.append(translate("packet", "汇总表与 data/ 记录数一致"))

