"""Checking every row of a teachers file or a roster (参培学员名单) before anything is written.

The result is an :class:`ImportPlan`: per row OK / warning / rejected with the reason and the fix,
what would be created or updated, and the choices left to the user (create unknown schools; keep or
update a registry record whose name differs from the file). Nothing here writes to the database.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from trainoffice import idnumber
from trainoffice.errors import Cancelled, NotFound, ValidationError
from trainoffice.imports.layout import Column, Layout, no_data_rows, nothing_to_import
from trainoffice.imports.reader import CellValue
from trainoffice.jobs import Cancel, Progress
from trainoffice.registry import (
    FIELD_BY_NAME,
    IN_SERVICE,
    TEACHER_FIELDS,
    Registry,
    SchoolNames,
    Teacher,
    TeacherCheck,
    normalise_name,
    parse_date,
)
from trainoffice.roster import QuotaCounter, QuotaUse, load_quotas, require_roster_open, status_refusal
from trainoffice.text import translate, words

KINDS = ("teachers", "roster")
KIND_LABELS = {"teachers": "教师信息", "roster": "参培学员名单"}
DATE_FIELDS = ("birth_date", "work_start_date")
NUMBER_FIELDS = ("id_number", "phone")
TEXT_MARKS = "'‘’`"  # before a number typed as text: Excel's apostrophe, a Chinese IME's ‘ ’, the ` beside 1 (＇ is ')
_SCIENTIFIC = re.compile(r"^[+-]?\d+(\.\d*)?[eE][+-]?\d+$")
_GENDERS = {"男": "男", "女": "女", "男性": "男", "女性": "女", "m": "男", "f": "女", "male": "男",
            "female": "女", "1": "男", "2": "女"}
_YES = {"是", "y", "yes", "1", "√", "✓", "true", "在编", "有"}
_NO = {"否", "n", "no", "0", "×", "false", "不在编", "非在编", "无", "编外"}
CONFLICT_FIELDS = ("name", "gender", "birth_date", "school_id", "subject", "phone")
WHO_FIELDS = ("name", "id_number", "school_id")
"""Who a row is: read first, shown in the preview and the error report. A roster row of someone the
registry already has needs nothing more, so its other cells are read only when the record is compared."""
_VOCABULARY = {"gender": "Gender", "stage": "SchoolStage", "title": "TeacherTitle", "post": "TeacherPost",
              "putonghua_level": "PutonghuaLevel", "backbone_level": "BackboneLevel", "status": "TeacherStatus"}
"""The translation context (ui.words) of each field with a fixed vocabulary, for its values inside a message."""


def roster_import() -> str:
    """What require_roster_open names when it refuses a roster import."""
    return translate("imports", "导入参培学员名单")


def import_cancelled() -> Cancelled:
    return Cancelled(translate("imports", "已取消导入，数据库未改动"))


def _field_label(name: str) -> str:
    """A teacher field's name inside a message: 身份证号 (English: ID number)."""
    return translate("TeacherField", FIELD_BY_NAME[name].label)


def _missing_column(name: str) -> str:
    return translate("imports", "表中没有找到“{field}”列：请在列对应中指定哪一列是{field}").format(field=_field_label(name))


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a row: the Excel row, the column (letter and header) and the fix."""

    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class NameConflict:
    """The ID number is in the registry under another name: the two records side by side."""

    teacher_id: int
    registry_name: str
    file_name: str
    fields: list[tuple[str, str, str]]  # (label, in the registry, in the file)


@dataclass
class RowResult:
    """One data row of the file and what importing it would do."""

    row: int
    cells: dict[str, str]  # name, id_number, school_id → as the file shows them (the preview and the error report)
    teacher: Teacher | None = None  # the checked record to write when created or updated
    existing_id: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field → (in the registry, after the update)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    new_school: str = ""  # a 工作单位 not in the school list
    conflict: NameConflict | None = None
    decision: str = "keep"  # for a conflict: keep the registry's record or update it from the file
    enrolled: bool = False  # roster: already on the project's roster
    school_id: int | None = None  # roster: the school the person is enrolled at (the registry's, when known)
    # Set by ImportPlan.evaluate() from the above and the user's choices:
    state: str = "ok"  # ok / warning / rejected
    action: str = ""  # create / update / unchanged / enrol / '' (rejected)
    over_quota: bool = False
    updates_teacher: bool = False  # the registry record is updated from the file
    problems: list[Problem] = field(default_factory=list)


@dataclass
class ImportPlan:
    """Everything a file would change, checked; the preview shows it and ``Imports.apply`` writes it."""

    kind: str
    file: str
    sheet: str
    layout: Layout
    mapping: dict[int, str]
    rows: list[RowResult]
    project_id: int | None = None
    create_schools: bool = False
    missing: list[str] = field(default_factory=list)  # required columns the mapping lacks (labels)
    school_names: dict[int, str] = field(default_factory=dict)
    _quotas: list[QuotaUse] = field(default_factory=list, repr=False)
    _townships: dict[int, str] = field(default_factory=dict, repr=False)

    def column_of(self, name: str) -> Column | None:
        index = next((i for i, f in self.mapping.items() if f == name), None)
        return self.layout.column(index) if index is not None else None

    def title_of(self, name: str) -> str:
        column = self.column_of(name)
        return column.title if column else ""

    @property
    def accepted(self) -> list[RowResult]:
        """The rows an import writes; a plan with none writes nothing and makes no batch."""
        return [r for r in self.rows if r.state != "rejected"]

    @property
    def new_schools(self) -> list[str]:
        """Schools the file names that are not in the list (created only when the user confirms)."""
        return sorted({r.new_school for r in self.rows if r.new_school and not r.errors})

    @property
    def conflicts(self) -> list[RowResult]:
        return [r for r in self.rows if r.conflict is not None and not r.errors]

    def decide(self, row: int, decision: str) -> None:
        """Keep the registry's record or update it from the file, for a row with a name conflict."""
        if decision not in ("keep", "update"):
            raise ValueError(decision)
        for r in self.rows:
            if r.row == row and r.conflict is not None:
                r.decision = decision
        self.evaluate()

    def set_create_schools(self, create: bool) -> None:
        self.create_schools = create
        self.evaluate()

    def evaluate(self) -> None:
        """Derive each row's state, action and problems from the checks and the user's choices."""
        school_title = self.title_of("school_id")
        quota = QuotaCounter(self._quotas)
        for r in self.rows:
            errors, warnings = list(r.errors), list(r.warnings)
            if r.new_school and not self.create_schools:
                errors.append(Problem(r.row, school_title, translate(
                    "imports", "{field}“{school}”不在学校名单中：请核对名称，或先在“学校”中添加，"
                    "或导入时选择“新建表中的学校”（命令行加 --create-schools）").format(
                    field=_field_label("school_id"), school=r.new_school)))
            elif r.new_school:
                warnings.append(Problem(r.row, school_title,
                                        translate("imports", "将新建学校“{school}”").format(school=r.new_school)))
            if r.conflict is not None and not errors:
                c = r.conflict
                if r.decision == "keep":
                    said = translate("imports", "该身份证号在教师信息库中的姓名是“{registry}”，表中是“{file}”，"
                                                "已保留库中信息：请核对是否填错了人或号码")
                else:
                    said = translate("imports", "该身份证号在教师信息库中的姓名是“{registry}”，表中是“{file}”，"
                                                "将按表中信息更新：请核对是否填错了人或号码")
                warnings.append(Problem(r.row, self.title_of("name"),
                                        said.format(registry=c.registry_name, file=c.file_name)))
            r.over_quota = r.updates_teacher = False
            if errors:
                r.state, r.action = "rejected", ""
                r.problems = errors
                continue
            if self.kind == "teachers":
                if r.existing_id is None:
                    r.action = "create"
                elif r.changes and not (r.conflict and r.decision == "keep"):
                    r.action = "update"
                else:
                    r.action = "unchanged"
            elif r.enrolled:
                r.action = "unchanged"
            else:
                r.action = "enrol"
                if r.school_id:
                    over = quota.take(school_id=r.school_id, township=self._townships.get(r.school_id, ""),
                                      school_name=self.school_names.get(r.school_id, ""))
                    if over:
                        r.over_quota = True
                        warnings.append(Problem(r.row, school_title, over))
            r.updates_teacher = r.action == "update" or (
                self.kind == "roster" and r.conflict is not None and r.decision == "update" and bool(r.changes))
            r.state = "warning" if warnings else "ok"
            r.problems = warnings

    @staticmethod
    def _change_template(name: str, old: Any, new: Any) -> str:
        """How a change to one field reads: a new 工作单位 is a 调动; leaving service or coming back is dated the
        day of the import (the registry's postings), which the clerk should know before importing."""
        if name == "school_id":
            return translate("imports", "{field}：{old} → {new}（将记为调动）")
        if name == "status" and (old == IN_SERVICE) != (new == IN_SERVICE):
            return (translate("imports", "{field}：{old} → {new}（离开日期记为今天 {today}；如不是今天，请不要用导入改状态，在“教师”中逐人修改并填写离开日期）")
                    if old == IN_SERVICE else translate("imports", "{field}：{old} → {new}（恢复在职日期记为今天 {today}）"))
        return translate("imports", "{field}：{old} → {new}")

    def note(self, r: RowResult, *, masked: bool) -> str:
        """What an accepted row does that its action does not say: each field an update changes, in the
        registry's words (a new 工作单位 is a 调动), or the teacher record a roster creates for someone the
        registry lacks. ID and phone numbers are masked when ``masked`` (the office's setting)."""
        if r.state == "rejected":
            return ""
        if r.updates_teacher:
            return translate("imports", "；").join(
                self._change_template(n, old, new).format(
                    field=_field_label(n), old=self._shown(r, n, old, masked), new=self._shown(r, n, new, masked),
                    today=dt.date.today().isoformat())
                for n, (old, new) in r.changes.items())
        if self.kind == "roster" and r.action == "enrol" and r.existing_id is None and r.teacher is not None:
            mapped = set(self.mapping.values())
            filled = [spec.label for spec in TEACHER_FIELDS if spec.name in mapped and (
                getattr(r.teacher, spec.name) not in ("", None) or (spec.name == "school_id" and r.new_school))]
            return translate("imports", "教师信息库中没有此人，将新建教师信息（{fields}），其他信息请之后在教师信息中补全").format(
                fields=words("TeacherField", filled))
        return ""

    def _shown(self, r: RowResult, name: str, value: Any, masked: bool) -> str:
        if name == "school_id":
            return self.school_names.get(value, "") if value is not None else r.new_school
        if FIELD_BY_NAME[name].flag:
            return translate("imports", "是") if value else translate("imports", "否")
        if value in ("", None):
            return translate("imports", "（空）")
        if masked and name == "id_number":
            return idnumber.mask(value)
        if masked and name == "phone":
            return idnumber.mask_phone(value)
        return _word(name, value)

    def counts(self) -> dict[str, int]:
        """created (teachers, or roster places), updated, unchanged, rejected, warnings (problems), and for a roster
        new_teachers (people the registry lacks, whom it creates), as the summary and history show."""
        created = sum(r.action in ("create", "enrol") for r in self.rows)
        updated = sum(r.updates_teacher for r in self.rows)
        roster = {"new_teachers": sum(r.action == "enrol" and r.existing_id is None for r in self.rows)}
        return {"created": created, "updated": updated, **(roster if self.kind == "roster" else {}),
                "unchanged": sum(r.action == "unchanged" for r in self.rows),
                "rejected": sum(r.state == "rejected" for r in self.rows),
                "warnings": sum(len(r.problems) for r in self.rows if r.state == "warning")}


def _word(name: str, value: Any) -> str:
    """A field's value as the user reads it: a word of a fixed vocabulary (男, 在职) in the user's language."""
    text = str(value or "")
    return translate(_VOCABULARY[name], text) if text and name in _VOCABULARY else text


# ----- reading cells as field values ---------------------------------------------------------------
def cell_text(value: CellValue) -> str:
    """A cell as text: full-width and invisible characters normalised, dates as 2018-05-03."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if value.isascii():  # no full-width or invisible characters to fold: the common case, kept fast
        return value.strip()
    return idnumber.normalise_text(value)


def id_number_text(value: CellValue, text: str) -> str:
    """The ID as typed (``text``: the cell as text); a number cell (or its scientific text) raises, since
    its digits are lost."""
    if (isinstance(value, int | float) and not isinstance(value, bool)) or _SCIENTIFIC.match(text.replace(" ", "")):
        raise ValueError(translate("imports", "身份证号被存成了数字（Excel 只保留 15 位有效数字，后几位已经丢失），不能使用。"
                                              "请把该列设为“文本”格式，再照身份证重新输入完整号码"))
    return text


def gender_text(value: CellValue) -> str:
    text = cell_text(value).lower()
    return _GENDERS.get(text, text)


def flag_value(value: CellValue) -> bool | None:
    """是/否 and its variants; None when the cell says neither."""
    text = cell_text(value).lower()
    return True if text in _YES else False if text in _NO or text == "" else None


def choice_text(name: str, text: str) -> str:
    """高级 → 高级教师 when only the suffix is missing; other values are left for the registry to judge."""
    choices = FIELD_BY_NAME[name].choices
    if text and text not in choices and text + "教师" in choices:
        return text + "教师"
    return text


# ----- checking a file ----------------------------------------------------------------------------
_Known = tuple[RowResult, dict[str, Any], dict[str, CellValue]]
"""A row of someone the registry has: the result, its fields read so far, its cells not yet read."""

@dataclass
class _Lookups:
    """Loaded once per file so that no row costs a query."""

    school_by_name: SchoolNames
    new_schools: dict[str, str]  # school_key → the file's first spelling of a school not in the list
    school_names: dict[int, str]
    school_ids: set[int]
    townships: dict[int, str]
    id_holders: dict[str, int]


def _load_lookups(registry: Registry) -> _Lookups:
    conn = registry._conn
    schools = conn.execute("SELECT id, name, township, merged_into FROM schools").fetchall()
    merged_into = {sid: merged for sid, _, _, merged in schools if merged is not None}

    def current(sid: int) -> int:  # a merged school's name still names a school: the one it is part of now
        seen = {sid}
        while sid in merged_into and merged_into[sid] not in seen:
            sid = merged_into[sid]
            seen.add(sid)
        return sid

    return _Lookups(
        school_by_name=SchoolNames(((current(sid), name) for sid, name, _, _ in schools), registry.county_name),
        new_schools={},
        school_names={sid: name for sid, name, _, _ in schools},
        school_ids={sid for sid, _, _, _ in schools},
        townships={sid: township for sid, _, township, _ in schools},
        id_holders=dict(conn.execute("SELECT id_number, id FROM teachers")),
    )


def check_rows(registry: Registry, *, kind: str, file: str, sheet: str, layout: Layout, mapping: Mapping[int, str],
               project_id: int | None = None, create_schools: bool = False,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ImportPlan:
    """Check every data row of ``layout`` under ``mapping`` (column index → teacher field)."""
    if kind not in KINDS:
        raise ValueError(kind)
    empty = nothing_to_import(layout, sheet)
    if empty:  # no batch for a file that has nobody in it
        raise ValidationError(empty)
    conn = registry._conn
    if kind == "roster":
        if project_id is None or not conn.execute("SELECT 1 FROM projects WHERE id = ?", (project_id,)).fetchone():
            raise NotFound(translate("imports", "没有选择培训项目，或该项目已被删除：请先选择要导入名单的项目"))
        require_roster_open(conn, project_id, roster_import())
    look = _load_lookups(registry)
    mapping = {i: f for i, f in mapping.items() if f in FIELD_BY_NAME}
    plan = ImportPlan(kind=kind, file=file, sheet=sheet, layout=layout, mapping=dict(mapping), rows=[],
                      project_id=project_id, create_schools=create_schools, school_names=look.school_names)
    titles = {name: (layout.column(i).title if layout.column(i) else "") for i, name in mapping.items()}
    required = ("name", "id_number") if kind == "roster" else ("name", "id_number", "school_id")
    plan.missing = [FIELD_BY_NAME[n].label for n in required if n not in titles]
    enrolled: set[int] = set()
    if kind == "roster":
        enrolled = {tid for (tid,) in conn.execute(
            "SELECT teacher_id FROM enrollments WHERE project_id = ?", (project_id,))}
        plan._quotas, plan._townships = load_quotas(conn, plan.project_id), look.townships
    columns = list(mapping.items())
    seen: dict[str, int] = {}
    pending_existing: list[_Known] = []
    total = max(len(layout.data), 1)
    for n, (row_number, values) in enumerate(layout.data):
        if n % 500 == 0:
            if cancel is not None and cancel():
                raise import_cancelled()
            if progress is not None:
                progress(0.8 * n / total, translate("imports", "正在检查第 {row} 行").format(row=row_number))
        result, found, others = _read_row(row_number, values, columns, titles, look)
        if result is None:
            continue  # every mapped cell empty: a spacer or a heading inside the table, not a person
        plan.rows.append(result)
        number = found.pop("_number", "")
        if result.errors:
            continue
        if number in seen:
            result.errors.append(Problem(row_number, titles.get("id_number", ""), translate(
                "imports", "与第 {row} 行的身份证号重复，本行未导入：请删除重复的一行或核对号码").format(row=seen[number])))
            continue
        seen[number] = row_number
        existing = look.id_holders.get(number)
        if existing is not None and kind == "roster":
            result.existing_id = existing
            result.enrolled = existing in enrolled
            pending_existing.append((result, found, others))
            continue
        _read_fields(result, others, titles, look, found)
        if result.errors:
            continue
        if existing is None:
            _check_new(registry, result, found, titles, look)
            if kind == "roster":
                _refuse_status(result, result.teacher.status, titles)
        else:
            result.existing_id = existing
            pending_existing.append((result, found, {}))
    if not plan.rows:  # data rows whose mapped cells are all empty (a 序号 and nothing else)
        raise ValidationError(no_data_rows())
    if cancel is not None and cancel():
        raise import_cancelled()
    if progress is not None:
        progress(0.85, translate("imports", "正在与教师信息库比对"))
    if kind == "roster":  # most of a roster is people the registry has as the file does: name and school suffice
        pending_existing = _match_registered(registry, pending_existing, titles, look)
    known = registry.teachers(r.existing_id for r, _, _ in pending_existing)
    for result, found, others in pending_existing:
        _check_existing(registry, plan, result, known[result.existing_id], found, others, titles, look)
    plan.evaluate()
    if progress is not None:
        progress(1.0, translate("imports", "检查完毕"))
    return plan


def _read_row(row_number: int, values: list[CellValue], columns: list[tuple[int, str]], titles: dict[str, str],
              look: _Lookups) -> tuple[RowResult | None, dict[str, Any], dict[str, CellValue]]:
    """Who the row is (WHO_FIELDS) as field values, and its other non-empty mapped cells, unread.

    A row whose mapped cells are all empty gives None. Problems with single cells go on the result."""
    cells: dict[str, CellValue] = {}
    width = len(values)
    for index, name in columns:
        value = values[index - 1] if index <= width else None
        if value is not None and not (type(value) is str and not value.strip()):
            cells[name] = value
    if not cells:
        return None, {}, {}
    result = RowResult(row_number, {})
    found: dict[str, Any] = {}
    _read_fields(result, {n: cells.pop(n) for n in WHO_FIELDS if n in cells}, titles, look, found)
    if "id_number" in found and not result.errors:
        try:  # a number as the registry holds it was checked when it was stored
            number = found["id_number"]
            if number in look.id_holders:
                found["_number"] = number
            else:
                parsed = idnumber.parse(number)
                found["_number"] = parsed.number
                if parsed.warning:  # a 15-digit number, converted: said here for every row, known or new
                    found["id_number"] = parsed.number
                    result.warnings.append(Problem(row_number, titles["id_number"], parsed.warning))
        except idnumber.IdNumberError as exc:
            result.errors.append(Problem(row_number, titles.get("id_number", ""), _with_fix(str(exc))))
    elif "id_number" not in found and not result.errors:
        result.errors.append(Problem(row_number, titles.get("id_number", ""), translate("imports", "请填写{field}").format(
            field=_field_label("id_number")) if "id_number" in titles else _missing_column("id_number")))
    return result, found, cells


def _read_fields(result: RowResult, cells: dict[str, CellValue], titles: dict[str, str], look: _Lookups,
                 found: dict[str, Any]) -> None:
    """Cells as field values into ``found``; a cell that cannot be read is an error or warning on the result.
    The WHO_FIELDS cells are kept as the file shows them, for the preview and the error report."""
    row_number = result.row
    for name, value in cells.items():
        text = cell_text(value)
        if name in NUMBER_FIELDS:  # '431028…: the apostrophe that keeps a number as text, or what an IME types for it
            text = text.lstrip(TEXT_MARKS)
        if name in WHO_FIELDS:
            result.cells[name] = text
        if name == "id_number":
            try:
                found["id_number"] = id_number_text(value, text)
            except ValueError as exc:
                result.cells[name] = f"{float(value):.5E}" if isinstance(value, int | float) else text  # 4.31028E+17
                result.errors.append(Problem(row_number, titles[name], str(exc)))
        elif name == "school_id":
            school_id = look.school_by_name.find(text)
            if school_id is not None:
                found["school_id"] = school_id
            else:  # one new school however many ways the file writes it
                school = normalise_name(text)
                found["_new_school"] = look.new_schools.setdefault(look.school_by_name.key(school), school)
        elif name in DATE_FIELDS:
            try:  # 参加工作时间 may be a year and month (2015.09); 出生日期 is exact, from the ID number
                found[name] = parse_date(value if not isinstance(value, str) else text,
                                         month=name == "work_start_date").isoformat()
            except ValueError as exc:
                if name == "birth_date":  # the ID number carries the birth date; say so and go on
                    result.warnings.append(Problem(row_number, titles[name], translate(
                        "imports", "{problem}，已按身份证号填写出生日期").format(problem=exc)))
                else:  # an optional date that cannot be read: the rest of the row still goes in, without it
                    result.warnings.append(Problem(row_number, titles[name], _left_out(exc)))
        elif name == "gender":
            found[name] = gender_text(value)
        elif FIELD_BY_NAME[name].flag:
            flag = flag_value(value)
            if flag is None:
                result.errors.append(Problem(row_number, titles[name],
                                             translate("imports", "“{value}”应填 是 或 否").format(value=text)))
            else:
                found[name] = flag
        elif FIELD_BY_NAME[name].choices:
            found[name] = choice_text(name, text)
        else:
            found[name] = text


def _with_fix(message: str) -> str:
    """An ID number that does not pass, with what to do about it in a file."""
    return translate("imports", "{problem}：请照身份证核对号码后重新填写").format(problem=message)


def _left_out(problem: object) -> str:
    """An optional value that cannot be read or would not pass: the row goes in without it."""
    return translate("imports", "{problem}，此项未导入").format(problem=problem)


def _not_updated(problem: str) -> str:
    """A roster row's value that cannot be read or would not pass: it only blocks the optional update."""
    return translate("imports", "{problem}（选择“按表更新”时不会更新此项）").format(problem=problem)


def _add_check(result: RowResult, check_errors: Mapping[str, str], check_warnings: Mapping[str, str],
               titles: dict[str, str]) -> None:
    for name, message in check_errors.items():
        if name not in titles and FIELD_BY_NAME[name].required and name not in ("gender", "birth_date"):
            message = _missing_column(name)
        elif name == "school_id":
            message = translate("imports", "请填写{field}（学校全称）").format(field=_field_label("school_id"))
        result.errors.append(Problem(result.row, titles.get(name, ""), _with_fix(message)
                                     if name == "id_number" else message))
    for name, message in check_warnings.items():
        result.warnings.append(Problem(result.row, titles.get(name, titles.get("id_number", "")), message))


def _leave_out_work_start(result: RowResult, check: TeacherCheck, errors: dict[str, str], titles: dict[str, str],
                          *, kept: str) -> None:
    """参加工作时间 is optional: one that reads but does not pass (after today, before the birth date) is left out
    with a warning, as one that cannot be read is, instead of refusing the teacher (the editor refuses it)."""
    message = errors.pop("work_start_date", None)
    if message:
        result.warnings.append(Problem(result.row, titles.get("work_start_date", ""), _left_out(message)))
        check.teacher.work_start_date = kept


def _check_new(registry: Registry, result: RowResult, found: dict[str, Any], titles: dict[str, str],
               look: _Lookups) -> None:
    """A person not yet in the registry: the full check, as the editor does it."""
    new_school = found.pop("_new_school", "")
    teacher = Teacher(**found)
    check = registry.check_teacher(teacher, school_ids=look.school_ids, id_holders=look.id_holders)
    errors = dict(check.errors)
    _leave_out_work_start(result, check, errors, titles, kept="")
    if new_school:
        errors.pop("school_id", None)
        result.new_school = new_school
    _add_check(result, errors, check.warnings, titles)
    result.teacher = check.teacher
    result.school_id = check.teacher.school_id


def _refuse_status(result: RowResult, status: str, titles: dict[str, str]) -> None:
    """A roster enrols only 在职 teachers, as Roster.enroll does."""
    refusal = status_refusal(status)
    if refusal:
        result.errors.append(Problem(result.row, titles.get("name", ""), refusal))


def _match_registered(registry: Registry, pending: list[_Known], titles: dict[str, str],
                      look: _Lookups) -> list[_Known]:
    """Roster rows of people in the registry: enrolled at the registry's school, a different school in
    the file is a warning. Returns the rows whose name differs, which need the whole record compared."""
    registered = registry.names_schools_statuses(r.existing_id for r, _, _ in pending)
    differ = []
    for result, found, others in pending:
        name, school_id, status = registered[result.existing_id]
        result.school_id = school_id
        if not result.enrolled:  # already on the roster: nothing to enrol, so nothing to refuse
            _refuse_status(result, status, titles)
            if result.errors:
                continue
        school, new_school = found.get("school_id"), found.get("_new_school", "")
        if (school is not None and school != school_id) or new_school:
            result.warnings.append(Problem(result.row, titles.get("school_id", ""), translate(
                "imports", "表中单位“{file}”与教师信息库中的“{registry}”不同，按库中单位登记；如已调动，请在教师信息中办理调动")
                .format(file=new_school or look.school_names.get(school, ""),
                        registry=look.school_names.get(school_id, ""))))
        file_name = normalise_name(found.get("name", ""))
        if file_name and file_name != name:
            differ.append((result, found, others))
    return differ


def _check_existing(registry: Registry, plan: ImportPlan, result: RowResult, current: Teacher, found: dict[str, Any],
                    others: dict[str, CellValue], titles: dict[str, str], look: _Lookups) -> None:
    """A person already in the registry: what the file would change, and a name that does not match.

    ``others`` are a roster row's cells not read yet: a cell that cannot be read only blocks the
    optional update, as a value that would not pass does."""
    if others:
        unreadable = len(result.errors)
        _read_fields(result, others, titles, look, found)
        result.warnings.extend(Problem(p.row, p.column, _not_updated(p.message)) for p in result.errors[unreadable:])
        del result.errors[unreadable:]
    new_school = found.pop("_new_school", "")
    file_name = normalise_name(found.get("name", ""))
    if file_name and file_name != current.name:
        result.conflict = NameConflict(current.id, current.name, file_name, [
            (_field_label(n),
             look.school_names.get(current.school_id, "") if n == "school_id" else _word(n, getattr(current, n)),
             (new_school or look.school_names.get(found["school_id"], "")) if n == "school_id" and
             ("school_id" in found or new_school) else _word(n, found.get(n)))
            for n in CONFLICT_FIELDS])
    if plan.kind == "roster":  # a roster enrols people as the registry has them; it does not move them
        new_school = ""
        found.pop("school_id", None)
    merged = dataclasses.replace(current, **{k: v for k, v in found.items() if v not in ("", None)})
    check = registry.check_teacher(merged, school_ids=look.school_ids, id_holders=look.id_holders)
    errors = dict(check.errors)
    if new_school:
        errors.pop("school_id", None)
        result.new_school = new_school
    if plan.kind == "roster":
        # The roster row itself is fine; a file value that would not pass only blocks the optional update.
        result.warnings.extend(Problem(result.row, titles.get(n, ""), _not_updated(m)) for n, m in errors.items())
        errors = {}
        for n in list(check.errors):
            setattr(check.teacher, n, getattr(current, n))
    else:
        _leave_out_work_start(result, check, errors, titles, kept=current.work_start_date)
    _add_check(result, errors, {k: v for k, v in check.warnings.items() if k in found}, titles)
    before, after = current.to_row(), check.teacher.to_row()
    result.changes = {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}
    if new_school:  # the new school's id is known once it is created
        result.changes["school_id"] = (before["school_id"], None)
    result.teacher = check.teacher


