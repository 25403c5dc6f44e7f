"""The teacher registry (教师信息库) and its schools: validation, changes with history, and search."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from trainoffice import audit, idnumber
from trainoffice.db import Database, in_chunks
from trainoffice.errors import InUse, NotFound, ValidationError
from trainoffice.pinyin import is_pinyin_query, name_keys
from trainoffice.settings import Settings
from trainoffice.text import translate, words

STAGES = ("幼儿园", "小学", "初中", "高中", "中职", "特殊教育")
TITLES = ("正高级教师", "高级教师", "一级教师", "二级教师", "三级教师", "未评")
POSTS = ("校长", "副校长", "园长", "副园长", "班主任", "教研员", "教师")
STATUSES = ("在职", "调出", "退休")
IN_SERVICE = "在职"  # the one status counted in service (学分达标); the others have left
GENDERS = ("男", "女")
PUTONGHUA_LEVELS = ("一级甲等", "一级乙等", "二级甲等", "二级乙等", "三级甲等", "三级乙等")
BACKBONE_LEVELS = ("国家级", "省级", "市级", "县级")


@dataclass(frozen=True)
class FieldSpec:
    """A teacher field as the user sees it: its column, its Chinese label, its choices and the vocabulary they
    are translated in (a context of ``ui.words``)."""

    name: str
    label: str
    required: bool = False
    choices: tuple[str, ...] = ()
    flag: bool = False  # a yes/no field stored as 0/1
    vocabulary: str = ""


TEACHER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "姓名", required=True),
    FieldSpec("id_number", "身份证号", required=True),
    FieldSpec("gender", "性别", required=True, choices=GENDERS, vocabulary="Gender"),
    FieldSpec("birth_date", "出生日期", required=True),
    FieldSpec("ethnicity", "民族"),
    FieldSpec("id_type", "证件类型"),
    FieldSpec("school_id", "工作单位", required=True),
    FieldSpec("stage", "学段", choices=STAGES, vocabulary="SchoolStage"),
    FieldSpec("subject", "任教学科"),
    FieldSpec("title", "职称", choices=TITLES, vocabulary="TeacherTitle"),
    FieldSpec("post", "职务", choices=POSTS, vocabulary="TeacherPost"),
    FieldSpec("qualification_type", "教师资格种类"),
    FieldSpec("qualification_number", "教师资格证号"),
    FieldSpec("putonghua_level", "普通话等级", choices=PUTONGHUA_LEVELS, vocabulary="PutonghuaLevel"),
    FieldSpec("in_establishment", "在编", flag=True),
    FieldSpec("work_start_date", "参加工作时间"),
    FieldSpec("new_teacher", "新教师", flag=True),
    FieldSpec("backbone_level", "骨干级别", choices=BACKBONE_LEVELS, vocabulary="BackboneLevel"),
    FieldSpec("phone", "联系电话"),
    FieldSpec("status", "状态", choices=STATUSES, vocabulary="TeacherStatus"),
    FieldSpec("notes", "备注"),
)
FIELD_BY_NAME = {f.name: f for f in TEACHER_FIELDS}


@dataclass
class School:
    id: int | None = None
    name: str = ""
    code: str | None = None
    township: str = ""
    stages: str = ""
    rural: bool = False
    private: bool = False
    active: bool = True
    teacher_count: int = 0
    merged_into: int | None = None  # 已并入: the school it was merged into; kept, inactive, for the record


@dataclass
class Teacher:
    id: int | None = None
    name: str = ""
    id_number: str = ""
    gender: str = ""
    birth_date: str = ""
    ethnicity: str = ""
    id_type: str = "居民身份证"
    school_id: int | None = None
    stage: str = ""
    subject: str = ""
    title: str = ""
    post: str = ""
    qualification_type: str = ""
    qualification_number: str = ""
    putonghua_level: str = ""
    in_establishment: bool = True
    work_start_date: str = ""
    new_teacher: bool = False
    backbone_level: str = ""
    phone: str = ""
    status: str = "在职"
    notes: str = ""

    def to_row(self) -> dict[str, Any]:
        row = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "id"}
        for spec in TEACHER_FIELDS:
            if spec.flag:
                row[spec.name] = int(bool(row[spec.name]))
        return row


@dataclass
class TeacherCheck:
    """What the editor shows while the user types: errors block saving, warnings only inform."""

    teacher: Teacher
    errors: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Posting:
    """One stay at one school (调动历史)."""

    school_id: int
    school_name: str
    from_date: str
    to_date: str | None
    note: str


@dataclass
class TeacherQuery:
    """The registry's search box and filters. Sorting and filtering happen in SQL."""

    text: str = ""
    school_id: int | None = None
    township: str = ""
    stage: str = ""
    subject: str = ""
    title: str = ""
    status: str = "在职"  # '' = every status; retired and transferred-out are hidden by default
    order_by: str = "name"
    descending: bool = False


# Columns the teacher table shows, in order: (key, label, SQL expression).
LIST_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("name", "姓名", "t.name"),
    ("gender", "性别", "t.gender"),
    ("id_number", "身份证号", "t.id_number"),
    ("school", "工作单位", "s.name"),
    ("township", "乡镇", "s.township"),
    ("stage", "学段", "t.stage"),
    ("subject", "学科", "t.subject"),
    ("title", "职称", "t.title"),
    ("post", "职务", "t.post"),
    ("phone", "联系电话", "t.phone"),
    ("status", "状态", "t.status"),
)


def _in_list_order(sql: str, choices: tuple[str, ...]) -> str:
    """An ORDER BY term that sorts a field by its list of values (正高级教师 before 高级教师), blanks last."""
    ranks = " ".join(f"WHEN '{value}' THEN {rank}" for rank, value in enumerate(choices))
    return f"CASE {sql} {ranks} ELSE {len(choices)} END"


# 张 after 李, as in print; a field with a fixed list of values (职称, 学段, 职务) sorts by that list, not as text.
_SORT_SQL = ({key: sql for key, _, sql in LIST_COLUMNS} | {"name": "t.name_pinyin"}
             | {key: _in_list_order(sql, FIELD_BY_NAME[key].choices) for key, _, sql in LIST_COLUMNS
                if key in FIELD_BY_NAME and FIELD_BY_NAME[key].choices})
_ASCII_LETTER = re.compile(r"[a-z]")  # search terms with letters keep LIKE for its ASCII case folding
_DATE_FORMATS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_FORMATS = (re.compile(r"^(\d{4})[-./](\d{1,2})$"), re.compile(r"^(\d{4})年(\d{1,2})月?$"),
                  re.compile(r"^(\d{4})(\d{2})$"))
_PHONE = re.compile(r"^[0-9+\-()]+$")
_COUNTRY_CODE = re.compile(r"^(?:\+|00)86-?")
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_PHONE_SEPARATORS = re.compile(r"[/、;,]|或")  # after normalise_text: ／，； are already / , ;
_EXTENSION = re.compile(r"-?(?:转|分机|ext\.?)-?(?=\d+$)", re.IGNORECASE)
# 固定电话: 7–8 digits, not starting 0 or 1, after an optional area code (0 and 2–3 digits: 010, 0735),
# written 0735-5221234, (0735)5221234 or 07355221234; an extension may follow a dash.
_LANDLINE = re.compile(r"^(?:0\d{2,3}-?|\(0\d{2,3}\))?[2-9]\d{6,7}(?:-\d{1,6})?$")
ADULT_WORK_AGE = 16  # 参加工作 younger than this is almost always a typo in a date
_HAN = re.compile(r"[\u4e00-\u9fff]")
_NAME_SPACES = re.compile(r"[\s\u3000]+")


EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 in Excel's (and WPS's) 1900 date system


def parse_date(text: str | int | float | dt.date, *, month: bool = False) -> dt.date:
    """Dates as people type them: 2018-05-03, 2018.5.3, 2018/05/03, 2018年5月3日, 20180503.

    Spreadsheet cells also bring date objects and Excel serial numbers (43223 = 2018-05-03), when a
    date was typed into a cell formatted as a number. With ``month``, a year and month alone (2015.09,
    2015年9月, 2015-9, 2015/09, 201509: how staff forms give 参加工作时间) is the 1st of that month; so is
    the number 2015.09 or 2015.9 (what a General cell keeps of it), never the serial 2015 (a day in 1905),
    and so is the number 201509, never the serial 201509 (a day in 2451).
    """
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if isinstance(text, int | float) and not isinstance(text, bool):
        if month and 1900 <= text < 2101:
            return _year_month_number(text)
        if month and 190001 <= text <= 210012 and text == int(text):  # 201509, yyyymm in a General cell
            return parse_date(str(int(text)), month=True)
        if 1 <= text < 2958466:  # up to 9999-12-31
            return EXCEL_EPOCH + dt.timedelta(days=int(text))
        raise ValueError(translate("registry", "无法识别的日期：{date}（请写成 2018-05-03）").format(date=text))
    text = idnumber.normalise_text(text)
    if re.fullmatch(r"\d{5}", text):  # a serial number that arrived as text (CSV saved from Excel)
        return parse_date(int(text))
    for pattern in _DATE_FORMATS + (_MONTH_FORMATS if month else ()):
        m = pattern.match(text)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]) if pattern.groups == 3 else 1)
            except ValueError:
                raise ValueError(translate("registry", "日期 {date} 不存在").format(date=text)) from None
    if month:
        raise ValueError(translate("registry", "无法识别的日期：{date}（请写成 2018-05-03 或 2018.05）").format(date=text))
    raise ValueError(translate("registry", "无法识别的日期：{date}（请写成 2018-05-03）").format(date=text))


def _year_month_number(number: int | float) -> dt.date:
    """2015.09 or 2015.9 typed into a General cell, which keeps a number: the digits after the point are the
    month (.9 is September: .90 is no month). 2015.10 is kept as 2015.1, so .1 could be January or October."""
    year, _, digits = repr(float(number)).partition(".")
    if digits == "0":
        raise ValueError(translate("registry", "{year} 只有年份，没有月份（请把该列设为文本后按 {year}.09 填写）").format(
            year=year))
    if digits == "1":
        raise ValueError(translate("registry", "{number} 是 {year} 年 1 月还是 10 月无法确定（Excel 把 {year}.10 存成了 "
                                   "{year}.1），请把该列设为文本后填写 {year}.01 或 {year}.10").format(
            number=number, year=year))
    if len(digits) > 2 or not 1 <= int(digits) <= 12:
        raise ValueError(translate("registry", "无法识别的日期：{date}（请把该列设为文本后按 {year}.09 填写）").format(
            date=number, year=year))
    return dt.date(int(year), int(digits), 1)


def normalise_phone(text: str) -> tuple[str, str]:
    """A phone cell as stored, and what was left out of it: spaces removed, an extension (转8001, 分机8001,
    ext 8001) written -8001, and of two or more numbers (13800138000/13900139000, … 或 …) the first."""
    phone = re.sub(r"\s+", "", idnumber.normalise_text(text))
    first, *others = [p for p in _PHONE_SEPARATORS.split(phone) if p] or [""]
    return _EXTENSION.sub("-", first), translate("text", "、").join(others)


def phone_problem(phone: str) -> str | None:
    """What is wrong with a phone number (spaces already removed), or None: a mobile is 1 and 11 digits,
    a landline 7–8 digits with an optional area code (区号-号码)."""
    if not _PHONE.match(phone):
        return translate("registry", "联系电话只能包含数字和 - + ( )")
    number = _COUNTRY_CODE.sub("", phone)
    digits = re.sub(r"\D", "", number)
    if digits.startswith("1"):
        if len(digits) != 11:
            return translate("registry", "手机号应为 11 位（现为 {length} 位）：请核对").format(length=len(digits))
        if not _MOBILE.match(digits):
            return translate("registry", "手机号第二位应为 3–9（现为 {digit}）：请核对").format(digit=digits[1])
        return None
    if _LANDLINE.match(number):
        return None
    return translate("registry", "不是手机号（1 开头的 11 位）或固定电话（区号-号码，如 0735-5221234）：请核对")


def _age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def normalise_name(name: str) -> str:
    """Names keep their characters; spaces of every width inside and around are removed."""
    text = idnumber.normalise_text(name)
    return _NAME_SPACES.sub("", text) if _HAN.search(text) else " ".join(text.split())


def school_key(name: str, county_name: str) -> str:
    """The one rule for a school's name as typed: with or without the county's name in front it is the same
    school (测试县石门乡中心学校 is 石门乡中心学校), as school lists write it either way."""
    return _without_county(normalise_name(name), normalise_name(county_name))


def _without_county(name: str, county: str) -> str:
    """``school_key`` of names already normalised."""
    return name[len(county):] if county and name.startswith(county) and name != county else name


class SchoolNames:
    """Finds a school by a name as typed: its exact name first, else the same name by ``school_key``.
    An import asks once a row, so the county's name is normalised once and an exact name costs one lookup."""

    def __init__(self, schools: Iterable[tuple[int, str]], county_name: str):
        self._county = normalise_name(county_name)
        self._exact: dict[str, int] = {}
        self._keyed: dict[str, int] = {}
        for school_id, name in schools:
            self._exact[name] = school_id
            self._keyed.setdefault(_without_county(normalise_name(name), self._county), school_id)

    def key(self, name: str) -> str:
        return _without_county(normalise_name(name), self._county)

    def find(self, name: str) -> int | None:
        name = normalise_name(name)
        found = self._exact.get(name)
        return found if found is not None else self._keyed.get(_without_county(name, self._county))


def check_day_in_career(teacher: Teacher | None, on: dt.date, *, today: dt.date | None = None) -> None:
    """Refuse a day of leaving, return or move after today, or (given the teacher) before they started work, or
    were born when their start of work is not known: what a first posting, which reaches back, allows."""
    if on > (today or dt.date.today()):
        raise ValidationError(translate("registry", "日期 {date} 晚于今天：调动、离开或恢复在职只能记录已发生的").format(
            date=on), field="status")
    if teacher is None:
        return
    if teacher.work_start_date:  # 'YYYY-MM' or a full date: as text, a day of that month is not before it
        if on.isoformat() < teacher.work_start_date:
            raise ValidationError(translate("registry", "日期 {date} 早于该教师的参加工作时间 {start}：请核对").format(
                date=on, start=teacher.work_start_date), field="status")
    elif on.isoformat() < teacher.birth_date:
        raise ValidationError(translate("registry", "日期 {date} 早于该教师的出生日期 {born}：请核对").format(
            date=on, born=teacher.birth_date), field="status")


class Registry:
    """Schools and teachers. Every change runs in one transaction and leaves an audit entry."""

    def __init__(self, database: Database, settings: Settings):
        self._database = database
        self._conn = database.conn
        self._settings = settings

    @property
    def county_name(self) -> str:
        """The county's name, which a school's name may carry in front (see ``school_key``)."""
        return self._settings.get("county_name")

    # ----- schools -------------------------------------------------------------------------
    def schools(self, *, include_inactive: bool = False, include_merged: bool = False) -> list[School]:
        """Active schools; with ``include_inactive`` the deactivated ones too, and with ``include_merged``
        the schools merged into another (what 学校 lists with 显示已停用; never offered for a choice)."""
        where = [] if include_merged else ["s.merged_into IS NULL"]
        if not include_inactive:
            where.append("s.active = 1")
        rows = self._conn.execute(
            "SELECT s.id, s.name, s.code, s.township, s.stages, s.rural, s.private, s.active,"
            " (SELECT count(*) FROM teachers t WHERE t.school_id = s.id AND t.status = '在职'), s.merged_into"
            " FROM schools s" + (" WHERE " + " AND ".join(where) if where else "") +
            " ORDER BY s.township, s.name"
        ).fetchall()
        return [School(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), bool(r[7]), r[8], r[9]) for r in rows]

    def school(self, school_id: int) -> School:
        for school in self._conn.execute(
            "SELECT id, name, code, township, stages, rural, private, active, merged_into FROM schools WHERE id = ?",
            (school_id,),
        ):
            return School(*school[:5], bool(school[5]), bool(school[6]), bool(school[7]), merged_into=school[8])
        raise NotFound(translate("registry", "学校 {id} 不存在").format(id=school_id))

    def school_by_name(self, name: str) -> School | None:
        """The school of that name, with or without the county's name in front."""
        school_id = SchoolNames(self._conn.execute("SELECT id, name FROM schools"), self.county_name).find(name)
        return self.school(school_id) if school_id is not None else None

    def townships(self) -> list[str]:
        return [r[0] for r in self._conn.execute(
            "SELECT DISTINCT township FROM schools WHERE township != '' ORDER BY township")]

    def _check_school(self, school: School) -> dict[str, Any]:
        name = normalise_name(school.name)
        if not name:
            raise ValidationError(translate("registry", "学校名称不能为空"), field="name")
        code = idnumber.normalise_text(school.code or "") or None
        stages = "、".join(s for s in re.split(r"[、,，/ ]+", school.stages or "") if s)
        for stage in filter(None, stages.split("、")):
            if stage not in STAGES:
                raise ValidationError(translate("registry", "学段“{stage}”不在 {stages} 之中").format(
                    stage=stage, stages=words("SchoolStage", STAGES)), field="stages")
        county, key = self.county_name, school_key(name, self.county_name)
        clash = next((other for (other,) in self._conn.execute("SELECT name FROM schools WHERE id IS NOT ?", (school.id,))
                      if school_key(other, county) == key), None)
        if clash == name:
            raise ValidationError(translate("registry", "已有同名学校“{name}”").format(name=name), field="name")
        if clash:
            raise ValidationError(translate("registry", "已有学校“{other}”：与“{name}”只差县名“{county}”，是同一所学校").format(
                other=clash, name=name, county=county), field="name")
        if code and self._conn.execute(
                "SELECT id FROM schools WHERE code = ? AND id IS NOT ?", (code, school.id)).fetchone():
            raise ValidationError(translate("registry", "学校代码 {code} 已被另一所学校使用").format(code=code), field="code")
        return {"name": name, "code": code, "township": normalise_name(school.township),
                "stages": stages, "rural": int(school.rural), "private": int(school.private)}

    def check_school(self, school: School) -> dict[str, str]:
        """The school editor's as-you-type check: field -> message, empty when the school can be saved."""
        try:
            self._check_school(school)
        except ValidationError as exc:
            return {exc.field or "name": str(exc)}
        return {}

    def save_school(self, school: School) -> int:
        """Create (id None) or update a school; returns its id."""
        row = self._check_school(school)
        with self._database.atomic():
            if school.id is None:
                cur = self._conn.execute(
                    "INSERT INTO schools (name, code, township, stages, rural, private) VALUES (?,?,?,?,?,?)",
                    tuple(row.values()))
                audit.record(self._conn, "create", "schools", cur.lastrowid, name=row["name"])
                return cur.lastrowid
            self.school(school.id)
            self._conn.execute(
                "UPDATE schools SET name=?, code=?, township=?, stages=?, rural=?, private=?,"
                " updated_at=datetime('now','localtime') WHERE id=?", (*row.values(), school.id))
            audit.record(self._conn, "update", "schools", school.id, **row)
            return school.id

    def set_school_active(self, school_id: int, active: bool) -> None:
        with self._database.atomic():
            self.school(school_id)
            self._conn.execute("UPDATE schools SET active = ? WHERE id = ?", (int(active), school_id))
            audit.record(self._conn, "activate" if active else "deactivate", "schools", school_id)

    def delete_school(self, school_id: int) -> None:
        """Only a school nothing refers to can go; otherwise deactivate it."""
        with self._database.atomic():
            self.school(school_id)
            used = self._conn.execute(
                "SELECT (SELECT count(*) FROM teachers WHERE school_id = :id)"
                " + (SELECT count(*) FROM teacher_postings WHERE school_id = :id)"
                " + (SELECT count(*) FROM enrollments WHERE school_id = :id)", {"id": school_id}).fetchone()[0]
            if used:
                raise InUse(translate("registry", "该学校下有教师或培训记录，不能删除；可以停用或与另一所学校合并。"))
            self._conn.execute("DELETE FROM quotas WHERE school_id = ?", (school_id,))
            self._conn.execute("DELETE FROM schools WHERE id = ?", (school_id,))
            audit.record(self._conn, "delete", "schools", school_id)

    def merge_schools(self, *, keep_id: int, merge_id: int, on: dt.date | None = None) -> None:
        """Fold ``merge_id`` into ``keep_id`` from ``on`` (default today): what is current moves, history stays.

        The teachers move (each one's posting at the merged school is closed and one at the kept school opens,
        as a transfer would), and so do the roster places and quotas of projects still open (计划/开班). The
        rosters of finished projects (结业/归档) and past postings keep the school the teacher was at then;
        the merged school keeps its name, inactive and marked 已并入, so old documents still print true.
        """
        from trainoffice.roster import ROSTER_OPEN, recount_over_quota

        if keep_id == merge_id:
            raise ValidationError(translate("registry", "不能把学校与自身合并"))
        day = on or dt.date.today()
        today = day.isoformat()
        with self._database.atomic():
            keep, gone = self.school(keep_id), self.school(merge_id)
            if not keep.active:  # its teachers would sit at a school the editor and the pickers do not offer
                raise ValidationError(translate("registry", "“{name}”已停用，不能作为保留的学校：先在“学校”中重新启用它，再合并")
                                      .format(name=keep.name))
            ids = {"keep": keep_id, "gone": merge_id}
            open_projects = [pid for (pid,) in self._conn.execute(
                f"SELECT id FROM projects WHERE status IN ({', '.join('?' * len(ROSTER_OPEN))})", ROSTER_OPEN)]
            moved = self.teachers(tid for (tid,) in self._conn.execute(
                "SELECT id FROM teachers WHERE school_id = ?", (merge_id,))).values()
            self._conn.execute("UPDATE teachers SET school_id = :keep, updated_at = datetime('now','localtime')"
                               " WHERE school_id = :gone", ids)
            note = f"{gone.name}并入{keep.name}"
            self.follow_postings([(t, Teacher(**{**vars(t), "school_id": keep_id})) for t in moved], day, note)
            for t in moved:  # each move in the audit log, as a transfer's: an import's undo must see it
                audit.record(self._conn, "merge", "teachers", t.id, to_school=keep_id, on=today, note=note)
            for pid in open_projects:
                # Both schools had a quota: the kept school's takes the merged one's places too.
                self._conn.execute(
                    "UPDATE quotas SET places = places + (SELECT sum(places) FROM quotas"
                    "  WHERE project_id = :project AND school_id = :gone)"
                    " WHERE project_id = :project AND school_id = :keep"
                    " AND EXISTS (SELECT 1 FROM quotas WHERE project_id = :project AND school_id = :gone)",
                    {**ids, "project": pid})
                self._conn.execute(
                    "DELETE FROM quotas WHERE project_id = :project AND school_id = :gone"
                    " AND EXISTS (SELECT 1 FROM quotas WHERE project_id = :project AND school_id = :keep)",
                    {**ids, "project": pid})
                for table in ("quotas", "enrollments"):
                    self._conn.execute(f"UPDATE {table} SET school_id = :keep"
                                       " WHERE project_id = :project AND school_id = :gone", {**ids, "project": pid})
                recount_over_quota(self._conn, pid)
            self._conn.execute("UPDATE schools SET active = 0, merged_into = ?, code = NULL,"
                               " updated_at = datetime('now','localtime') WHERE id = ?", (keep_id, merge_id))
            audit.record(self._conn, "merge", "schools", keep_id, merged=merge_id, merged_name=gone.name,
                         teachers=len(moved), on=today)

    # ----- teachers ------------------------------------------------------------------------
    def check_teacher(self, teacher: Teacher, *, school_ids: Container[int] | None = None,
                      id_holders: Mapping[str, int] | None = None) -> TeacherCheck:
        """Validate and normalise a teacher as typed. Used by the editor on every keystroke and by imports.

        An import checks thousands of rows: it passes the school ids and the ID number → teacher id
        map it loaded once, so no row costs a query.
        """
        t = Teacher(**{f.name: getattr(teacher, f.name) for f in fields(teacher)})
        check = TeacherCheck(t)
        t.name = normalise_name(t.name or "")
        if not t.name:
            check.errors["name"] = translate("registry", "请填写姓名")
        try:
            parsed = idnumber.parse(t.id_number or "")
        except idnumber.IdNumberError as exc:
            check.errors["id_number"] = str(exc)
        else:
            t.id_number = parsed.number
            if parsed.warning:
                check.warnings["id_number"] = parsed.warning
            derived_birth = parsed.birth_date.isoformat()
            if t.gender and t.gender != parsed.gender:
                check.warnings["gender"] = translate("registry", "与身份证号不符：身份证号显示为{gender}，已按身份证号更正").format(
                    gender=translate("Gender", parsed.gender))
            if t.birth_date:
                try:
                    typed = parse_date(t.birth_date).isoformat()
                except ValueError:
                    typed = None
                if typed != derived_birth:
                    check.warnings["birth_date"] = translate(
                        "registry", "与身份证号不符：身份证号显示为 {date}，已按身份证号更正").format(date=derived_birth)
            t.gender, t.birth_date = parsed.gender, derived_birth
        if t.school_id is None:
            check.errors["school_id"] = translate("registry", "请选择工作单位")
        elif (t.school_id not in school_ids if school_ids is not None else
              not self._conn.execute("SELECT 1 FROM schools WHERE id = ?", (t.school_id,)).fetchone()):
            check.errors["school_id"] = translate("registry", "工作单位不存在")
        for spec in TEACHER_FIELDS:
            value = getattr(t, spec.name)
            if spec.choices and isinstance(value, str):
                value = idnumber.normalise_text(value)
                setattr(t, spec.name, value)
                if value and value not in spec.choices:
                    check.errors[spec.name] = translate("registry", "“{value}”不是可选值：{choices}").format(
                        value=value, choices=words(spec.vocabulary, spec.choices))
        t.phone, dropped = normalise_phone(t.phone or "")
        if t.phone and (problem := phone_problem(t.phone)):
            check.errors["phone"] = problem
        elif dropped:
            check.warnings["phone"] = translate("registry", "只保留了第一个号码 {phone}，未保存：{dropped}").format(
                phone=t.phone, dropped=dropped)
        if t.work_start_date:
            self._check_work_start(check, birth=None if "id_number" in check.errors else t.birth_date)
        if "id_number" not in check.errors:
            other = (id_holders.get(t.id_number) if id_holders is not None
                     else self.teacher_id_by_number(t.id_number))
            if other is not None and other != t.id:
                check.errors["id_number"] = translate("registry", "该身份证号已在教师信息库中")
        return check

    @staticmethod
    def _check_work_start(check: TeacherCheck, *, birth: str | None) -> None:
        """参加工作时间: a date (a year and month alone is its 1st), not after today, not before the birth date (from the ID), and a warning
        when the teacher would have been younger than 16."""
        t = check.teacher
        try:
            start = parse_date(t.work_start_date, month=True)
        except ValueError as exc:
            check.errors["work_start_date"] = str(exc)
            return
        t.work_start_date = start.isoformat()
        if start > dt.date.today():
            check.errors["work_start_date"] = translate("registry", "参加工作时间 {date} 晚于今天：请核对").format(date=start)
            return
        if not birth:
            return
        born = dt.date.fromisoformat(birth)
        if start < born:
            check.errors["work_start_date"] = translate("registry", "参加工作时间 {date} 早于出生日期 {birth}：请核对").format(
                date=start, birth=born)
        elif _age_on(born, start) < ADULT_WORK_AGE:
            check.warnings["work_start_date"] = translate(
                "registry", "参加工作时仅 {age} 岁（出生日期 {birth}）：请核对参加工作时间").format(
                age=_age_on(born, start), birth=born)

    def teacher_id_by_number(self, number: str) -> int | None:
        """The teacher holding this ID number (typed any way), or None."""
        try:
            number = idnumber.parse(number).number
        except idnumber.IdNumberError:
            return None
        row = self._conn.execute("SELECT id FROM teachers WHERE id_number = ?", (number,)).fetchone()
        return row[0] if row else None

    def teacher(self, teacher_id: int) -> Teacher:
        found = self.teachers([teacher_id])
        if teacher_id not in found:
            raise NotFound(translate("registry", "教师 {id} 不存在").format(id=teacher_id))
        return found[teacher_id]

    def teachers(self, ids: Iterable[int]) -> dict[int, Teacher]:
        """Many teachers by id in a few queries (an import compares thousands with its file)."""
        found: dict[int, Teacher] = {}
        for row in self._rows_by_id([f.name for f in fields(Teacher)], ids):
            teacher = Teacher(*row)
            teacher.in_establishment, teacher.new_teacher = bool(teacher.in_establishment), bool(teacher.new_teacher)
            found[teacher.id] = teacher
        return found

    def names_schools_statuses(self, ids: Iterable[int]) -> dict[int, tuple[str, int, str]]:
        """id → (name, school_id, status) for many teachers: all a roster needs of someone the registry has."""
        return {tid: tuple(row) for tid, *row in self._rows_by_id(["id", "name", "school_id", "status"], ids)}

    def _rows_by_id(self, columns: list[str], ids: Iterable[int]) -> Iterator[tuple]:
        for marks, chunk in in_chunks(list(ids)):
            yield from self._conn.execute(f"SELECT {', '.join(columns)} FROM teachers WHERE id IN ({marks})", chunk)

    def save_teacher(self, teacher: Teacher, *, on: dt.date | None = None) -> int:
        """Create or update a teacher. A change of school is a transfer, and leaving service (状态 from 在职 to
        调出 or 退休) or coming back closes or opens a posting: dated ``on`` (default today), kept in the history.
        A teacher created already 调出 or 退休 is recorded as having left on ``on``."""
        check = self.check_teacher(teacher)
        if not check.ok:
            name, message = next(iter(check.errors.items()))
            raise ValidationError(translate("registry", "{field}：{message}").format(
                field=translate("TeacherField", FIELD_BY_NAME[name].label), message=message), field=name)
        t = check.teacher
        row = t.to_row()
        row["name_pinyin"], row["name_initials"] = name_keys(t.name)
        on = on or dt.date.today()
        with self._database.atomic():
            if t.id is None:
                if t.status != IN_SERVICE:  # entered already gone: the day they left, as a leaving is checked
                    check_day_in_career(t, on)
                cols = ", ".join(row)
                cur = self._conn.execute(
                    f"INSERT INTO teachers ({cols}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
                teacher_id = cur.lastrowid
                self._first_postings([(teacher_id, t)], on)
                audit.record(self._conn, "create", "teachers", teacher_id)
                return teacher_id
            before = self.teacher(t.id)
            moved = self._posting_changes(before, t)
            if moved:
                self.check_change_date(t.id, on)
            sets = ", ".join(f"{c} = ?" for c in row)
            self._conn.execute(f"UPDATE teachers SET {sets}, updated_at = datetime('now','localtime') WHERE id = ?",
                               (*row.values(), t.id))
            if moved:
                self.follow_postings([(before, t)], on, note="")
            changed = sorted(k for k, v in before.to_row().items() if row.get(k) != v)
            audit.record(self._conn, "update", "teachers", t.id, fields=changed,
                         **({"on": on.isoformat()} if moved else {}))
            return t.id

    def insert_teachers(self, teachers: list[Teacher], *, on: dt.date | None = None) -> list[int]:
        """Bulk-create teachers that already passed ``check_teacher`` (imports, the demo); one transaction.

        Returns the new ids in order. The caller runs this inside its own ``atomic()`` when the
        insert is part of a larger change (an import batch), so everything commits together.
        """
        rows = []
        for t in teachers:
            row = t.to_row()
            row["name_pinyin"], row["name_initials"] = name_keys(t.name)
            rows.append(row)
        if not rows:
            return []
        cols = list(rows[0])
        with self._database.atomic():
            first = (self._conn.execute("SELECT coalesce(max(id), 0) FROM teachers").fetchone()[0]) + 1
            self._conn.executemany(
                f"INSERT INTO teachers (id, {', '.join(cols)}) VALUES ({', '.join('?' * (len(cols) + 1))})",
                ((first + i, *(r[c] for c in cols)) for i, r in enumerate(rows)))
            ids = list(range(first, first + len(rows)))
            self._first_postings(list(zip(ids, teachers, strict=True)), on or dt.date.today())
            audit.record(self._conn, "bulk_create", "teachers", None, count=len(ids), first_id=first)
        return ids

    def _first_postings(self, created: list[tuple[int, Teacher]], on: dt.date) -> None:
        """The first posting of each new teacher, at their school from ``on`` (or from 参加工作时间 when later).
        It reaches back indefinitely (see ``trainoffice.compliance.serving``): ``on`` is the day the teacher was
        entered, not the day they joined the school. A teacher entered already 调出 or 退休 left on ``on``."""
        day = on.isoformat()
        self._conn.executemany(
            "INSERT INTO teacher_postings (teacher_id, school_id, from_date, to_date) VALUES (?, ?, ?, ?)",
            ((tid, t.school_id, max(day, t.work_start_date), None if t.status == IN_SERVICE else day)
             for tid, t in created))

    @staticmethod
    def _posting_changes(before: Teacher, after: Teacher) -> bool:
        """Whether the change ends a posting or opens one: a change of school while in service, leaving service
        (在职 to 调出 or 退休) or coming back to it."""
        serving = before.status == IN_SERVICE, after.status == IN_SERVICE
        return serving[0] != serving[1] or serving[0] and before.school_id != after.school_id

    def follow_postings(self, changes: Iterable[tuple[Teacher, Teacher]], on: dt.date,
                        note: str) -> tuple[list[int], list[int]]:
        """The one place postings (任职经历) follow a teacher's school and status; ``changes`` are (before, after).

        A teacher in service who changes school, or leaves (调出, 退休), has the open posting closed on ``on``;
        one in service afterwards, at a new school or back in service, gets a posting from ``on``. A teacher
        not in service before or after has no open posting, so a change of school records nothing. Returns the
        ids of the postings closed and of those opened (an import keeps them to be able to undo).
        """
        day = on.isoformat()
        moves = [(b.id, a) for b, a in changes if self._posting_changes(b, a)]
        closed: list[int] = []
        for marks, chunk in in_chunks([tid for tid, _ in moves]):
            closed += [pid for (pid,) in self._conn.execute(
                f"SELECT id FROM teacher_postings WHERE to_date IS NULL AND teacher_id IN ({marks})", chunk)]
        # A first posting reaches back before the day it was entered (its from_date): one that ends before then
        # began when the teacher started work, as far as the record knows, so the history never reads backwards.
        self._conn.executemany(
            "UPDATE teacher_postings SET to_date = :day, from_date = CASE WHEN from_date <= :day THEN from_date"
            " ELSE min(:day, coalesce((SELECT nullif(work_start_date, '') FROM teachers WHERE id = teacher_id), :day))"
            " END WHERE id = :id", ({"day": day, "id": pid} for pid in closed))
        opening = [(tid, a.school_id) for tid, a in moves if a.status == IN_SERVICE]
        first = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM teacher_postings").fetchone()[0]
        self._conn.executemany(
            "INSERT INTO teacher_postings (id, teacher_id, school_id, from_date, note) VALUES (?, ?, ?, ?, ?)",
            ((first + i, tid, sid, day, note) for i, (tid, sid) in enumerate(opening)))
        return closed, list(range(first, first + len(opening)))

    def check_change_date(self, teacher_id: int, on: dt.date, *, today: dt.date | None = None) -> None:
        """Refuse a 调动, a leaving or a return dated after today, or before what the record already holds: the day
        the current posting began (or, out of service, the day the teacher left). The first posting began before
        the teacher was entered (its from_date is the day of entry), so there the limit is the teacher's start of
        work, or birth when that is not known (``check_day_in_career``)."""
        row = self._conn.execute(
            "SELECT from_date, to_date, id = (SELECT min(id) FROM teacher_postings WHERE teacher_id = :t), note"
            " FROM teacher_postings WHERE teacher_id = :t ORDER BY id DESC LIMIT 1", {"t": teacher_id}).fetchone()
        if row is None or row[2] and row[1] is None:
            check_day_in_career(self.teacher(teacher_id), on, today=today)
            return
        check_day_in_career(None, on, today=today)
        began, left, _first, note = row
        day = (left or began)[:10]
        if on.isoformat() < day:
            if left is None and "并入" in note:  # a school merge moved the teacher that day (merge_schools' note)
                raise ValidationError(translate("registry", "日期 {date} 早于 {earliest}：这一天{note}，该教师的任职记录随之转到"
                                                            "新学校，此前的离开或调动已不能补记，请按 {earliest} 或之后的日期记录")
                                      .format(date=on, earliest=day, note=note), field="status")
            raise ValidationError(translate("registry", "日期 {date} 早于当前任职（或离开）的日期 {earliest}：请核对").format(
                date=on, earliest=day), field="status")

    def transfer(self, teacher_id: int, *, school_id: int, on: dt.date, note: str = "",
                 today: dt.date | None = None) -> None:
        """调动: the teacher moves to another school from ``on``; the old posting is closed, not lost."""
        with self._database.atomic():
            teacher = self.teacher(teacher_id)
            self.school(school_id)
            if teacher.school_id == school_id:
                raise ValidationError(translate("registry", "调入学校与现在的学校相同"), field="school_id")
            self.check_change_date(teacher_id, on, today=today)
            self._conn.execute("UPDATE teachers SET school_id = ?, updated_at = datetime('now','localtime')"
                               " WHERE id = ?", (school_id, teacher_id))
            self.follow_postings([(teacher, Teacher(**{**vars(teacher), "school_id": school_id}))], on, note)
            audit.record(self._conn, "transfer", "teachers", teacher_id, to_school=school_id, on=on.isoformat())

    def postings(self, teacher_id: int) -> list[Posting]:
        return [Posting(*r) for r in self._conn.execute(
            "SELECT p.school_id, s.name, p.from_date, p.to_date, p.note FROM teacher_postings p"
            " JOIN schools s ON s.id = p.school_id WHERE p.teacher_id = ? ORDER BY p.id",
            (teacher_id,))]

    def set_status(self, teacher_id: int, status: str, *, on: dt.date | None = None,
                   today: dt.date | None = None) -> None:
        """在职, 调出 or 退休 from ``on`` (default today): leaving service closes the posting, coming back opens one."""
        if status not in STATUSES:
            raise ValidationError(translate("registry", "状态只能是 {statuses}").format(
                statuses=words("TeacherStatus", STATUSES)), field="status")
        on = on or today or dt.date.today()
        with self._database.atomic():
            teacher = self.teacher(teacher_id)
            after = Teacher(**{**vars(teacher), "status": status})
            if self._posting_changes(teacher, after):
                self.check_change_date(teacher_id, on, today=today)
            self._conn.execute("UPDATE teachers SET status = ?, updated_at = datetime('now','localtime') WHERE id = ?",
                               (status, teacher_id))
            self.follow_postings([(teacher, after)], on, note="")
            audit.record(self._conn, "status", "teachers", teacher_id, status=status, on=on.isoformat())

    # ----- search --------------------------------------------------------------------------
    def _where(self, query: TeacherQuery) -> tuple[str, list[Any]]:
        clauses, params = [], []
        text = idnumber.normalise_text(query.text).lower()
        for term in text.split():
            if is_pinyin_query(term):
                clauses.append("(t.name_initials LIKE ? OR t.name_pinyin LIKE ?)")
                params += [term + "%", term + "%"]
            elif term.isdigit() or term[:-1].isdigit() and term[-1:] == "x":
                clauses.append("(substr(t.id_number, ?) = ? OR instr(t.phone, ?) > 0)")
                params += [-len(term), term.upper(), term]
            else:
                # instr() is a plain substring test, several times cheaper per row than LIKE (whose case
                # folding only matters for ASCII letters, which reach here only in mixed terms); matching
                # schools are found once, not once per teacher (p95 of registry_search in benchmarks/).
                match = "t.name LIKE ?" if _ASCII_LETTER.search(term) else "instr(t.name, ?) > 0"
                school = "name LIKE ?" if _ASCII_LETTER.search(term) else "instr(name, ?) > 0"
                clauses.append(f"({match} OR t.school_id IN (SELECT id FROM schools WHERE {school}))")
                pattern = "%" + term + "%" if _ASCII_LETTER.search(term) else term
                params += [pattern, pattern]
        for column, value in (("t.school_id", query.school_id), ("s.township", query.township),
                              ("t.stage", query.stage), ("t.subject", query.subject),
                              ("t.title", query.title), ("t.status", query.status)):
            if value not in (None, ""):
                clauses.append(f"{column} = ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def search_ids(self, query: TeacherQuery) -> list[int]:
        """Ids of matching teachers in display order; the table model fetches rows on demand."""
        where, params = self._where(query)
        order = _SORT_SQL.get(query.order_by, "t.name_pinyin")
        direction = "DESC" if query.descending else "ASC"
        sql = (f"SELECT t.id FROM teachers t JOIN schools s ON s.id = t.school_id{where}"
               f" ORDER BY {order} {direction}, t.id")
        return [r[0] for r in self._conn.execute(sql, params)]

    def list_rows(self, ids: Iterable[int]) -> dict[int, tuple]:
        """Display rows (LIST_COLUMNS order) for the given ids."""
        ids = list(ids)
        if not ids:
            return {}
        cols = ", ".join(sql for _, _, sql in LIST_COLUMNS)
        placeholders = ",".join("?" * len(ids))
        return {r[0]: r[1:] for r in self._conn.execute(
            f"SELECT t.id, {cols} FROM teachers t JOIN schools s ON s.id = t.school_id"
            f" WHERE t.id IN ({placeholders})", ids)}

    def distinct(self, column: str) -> list[str]:
        """Values in use for a filter box (学科, 职称 ...)."""
        if column not in ("subject", "title", "stage"):
            raise ValueError(column)
        return [r[0] for r in self._conn.execute(
            f"SELECT DISTINCT {column} FROM teachers WHERE {column} != '' ORDER BY {column}")]

    def counts(self) -> Mapping[str, int]:
        row = self._conn.execute(
            "SELECT (SELECT count(*) FROM schools WHERE active = 1),"
            " (SELECT count(*) FROM teachers WHERE status = '在职'), (SELECT count(*) FROM teachers)").fetchone()
        return {"schools": row[0], "teachers": row[1], "teachers_all": row[2]}
