"""The annual plan (年度培训计划): the city's plan table read into projects and stages [CZ].

The table is messy on purpose-built lines: a two-row merged header (培训天数 over 异地/本地/合计),
fractional days (6.5, 2.5), 合计 blank or the only figure, a continuation row without 序号 that is a
second stage of the row above, a closing 培训总人次 row, codes such as (D309) in names, and names
wrapped inside cells. ``parse_plan_rows`` is a pure function over the rows the spreadsheet reader
gives (``[(excel_row, [values...]), ...]``); ``import_plan`` writes what it found in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainoffice import audit
from trainoffice.errors import ValidationError
from trainoffice.idnumber import normalise_text
from trainoffice.imports.reader import read_sheet
from trainoffice.projects import Project, Stage, clean_text
from trainoffice.text import translate

_COLUMNS = {  # field -> header labels seen in plan tables (after whitespace is removed)
    "seq": ("序号",), "proposing_unit": ("申报单位", "项目提出单位"), "category": ("项目类别", "类别"),
    "name": ("项目名称", "培训项目"), "form": ("培训形式",), "target_group": ("培训对象",),
    "days": ("培训天数", "天数"), "places": ("培训人数", "人数", "计划人数"), "host": ("承办单位", "承办机构"),
}
_DAY_PARTS = {"offsite": "异地", "local": "本地", "total": "合计"}
_CODE = re.compile(r"[（(]\s*([A-Za-z]\d{3})\s*[)）]")
_TITLE_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年")
_TOTAL_ROW = re.compile(r"总人次|总计|合计")
_COUNTY_UNIT = re.compile(r"[县区](?:教育|教师)")  # 嘉禾县教育局, 北湖区教师发展中心; not the placeholder 县市区


@dataclass
class PlanProblem:
    """A row the import could not place (Excel row number and why)."""

    row: int
    message: str


@dataclass
class PlanStage:
    row: int
    name: str
    form: str
    days_offsite: float
    days_local: float
    hours: float | None  # set for online stages whose figure is 学时, not days
    places: int

    @property
    def days(self) -> float:
        return self.days_offsite + self.days_local


@dataclass
class PlanProject:
    row: int
    seq: int
    name: str
    code: str
    proposing_unit: str
    category: str
    form: str
    target_group: str
    host: str
    places: int
    stages: list[PlanStage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class PlanTable:
    """What the table says: projects with their stages, the declared total, and the rows left over."""

    sheet: str
    projects: list[PlanProject] = field(default_factory=list)
    declared_total: int | None = None
    problems: list[PlanProblem] = field(default_factory=list)
    title_year: int | None = None  # the one year the title rows name (2027年全市…培训计划), if they name one

    @property
    def stages(self) -> int:
        return sum(len(p.stages) for p in self.projects)

    @property
    def participants(self) -> int:
        """培训人次: places summed over every stage row, which is how the table's own total counts."""
        return sum(s.places for p in self.projects for s in p.stages)

    @property
    def codes(self) -> list[str]:
        return [p.code for p in self.projects if p.code]


def _label(value: Any) -> str:
    return re.sub(r"\s+", "", normalise_text("" if value is None else str(value)))


def _text(value: Any) -> str:
    return clean_text(normalise_text("" if value is None else str(value)))


def _not_a_number(what: str, value: Any) -> ValueError:
    """``what`` (a column, translated by the caller) holds ``value``, which is not a number."""
    return ValueError(translate("plan", "{what}“{value}”不是数字").format(what=what, value=value))


def _number(value: Any, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise _not_a_number(what, value)
    if isinstance(value, int | float):
        return float(value)
    text = _label(value)
    try:
        return float(text)
    except ValueError:
        raise _not_a_number(what, value) from None


def _find_header(rows: Sequence[tuple[int, Sequence[Any]]]) -> tuple[int, dict[str, int]]:
    for n, (_row, values) in enumerate(rows[:30]):
        labels = [_label(v) for v in values]
        if "序号" not in labels or not any(lbl in _COLUMNS["name"] for lbl in labels):
            continue
        cols: dict[str, int] = {}
        for key, names in _COLUMNS.items():
            for i, lbl in enumerate(labels):
                if lbl in names and key not in cols:
                    cols[key] = i
        # The day columns: 异地/本地/合计 on the next header row, under the merged 培训天数.
        for k, (_sub_row, sub) in enumerate(rows[n + 1:n + 3], start=n + 1):
            sub_labels = [_label(v) for v in sub]
            found = {part: sub_labels.index(text) for part, text in _DAY_PARTS.items() if text in sub_labels}
            if found:
                cols.update({f"days_{part}": i for part, i in found.items()})
                _require_plan_columns(values, cols)
                return k, cols
        if "days" in cols:
            cols["days_total"] = cols.pop("days")
        _require_plan_columns(values, cols)
        return n, cols
    raise ValidationError(translate("plan", "找不到计划表的表头：需要“序号”和“项目名称”两列。请确认选择了计划表所在的工作表。"),
                          field="header")


_PLAN_COLUMNS = {"培训人数": ("places",), "培训天数": ("days", "days_total", "days_offsite", "days_local")}


def _require_plan_columns(header: Sequence[Any], cols: dict[str, int]) -> None:
    """序号 and 项目名称 without 培训人数 or 培训天数 is some other list (a certificate register), not the plan."""
    missing = [label for label, keys in _PLAN_COLUMNS.items() if not any(k in cols for k in keys)]
    if missing:
        found = translate("text", "、").join(label for label in map(_label, header) if label)
        raise ValidationError(translate(
            "plan", "这不像年度计划表：没有找到{missing}列（表头中的列：{found}）。"
            "年度计划表应有序号、项目名称、培训天数（异地/本地/合计）、培训人数等列，请确认选择了计划表文件和工作表。").format(
            missing=translate("plan", "和").join(f"“{m}”" for m in missing), found=found), field="header")


def parse_plan_rows(rows: Sequence[tuple[int, Sequence[Any]]], *, sheet: str = "") -> PlanTable:
    """Read the plan table from the reader's rows. Never raises for a bad data row: it is listed instead."""
    header_end, cols = _find_header(rows)
    table = PlanTable(sheet)
    title = " ".join(_text(v) for _row, values in rows[:header_end] for v in values if isinstance(v, str))
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    table.title_year = years.pop() if len(years) == 1 else None

    def cell(values: Sequence[Any], key: str) -> Any:
        i = cols.get(key)
        return values[i] if i is not None and i < len(values) else None

    for excel_row, values in rows[header_end + 1:]:
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        seq_text = _label(cell(values, "seq"))
        first_text = _label(cell(values, "proposing_unit"))
        name = _text(cell(values, "name"))
        if _TOTAL_ROW.search(seq_text) or (not seq_text and not name and _TOTAL_ROW.search(first_text)):
            try:
                total = _number(cell(values, "places"), translate("plan", "培训总人次"))
                if total is None:
                    total = next((float(v) for v in reversed(values) if isinstance(v, int | float)), None)
            except ValueError as exc:
                table.problems.append(PlanProblem(excel_row, str(exc)))
                continue
            table.declared_total = int(total) if total is not None else None
            continue
        try:
            stage, project = _read_row(excel_row, values, cell, name, seq_text)
        except ValueError as exc:
            table.problems.append(PlanProblem(excel_row, str(exc)))
            continue
        if project is not None:
            table.projects.append(project)
        elif not table.projects:
            table.problems.append(PlanProblem(excel_row, translate(
                "plan", "没有序号，且上面没有可归属的项目（续行应紧跟在项目行下面）")))
            continue
        target = table.projects[-1]
        if stage.days <= 0 and stage.hours is None:
            target.warnings.append(translate("plan", "第 {row} 行没有培训天数，未设阶段学时，请在项目中补充").format(
                row=excel_row))
            if project is None:
                continue
        else:
            target.stages.append(stage)
    return table


def _read_row(excel_row: int, values: Sequence[Any], cell, name: str,
              seq_text: str) -> tuple[PlanStage, PlanProject | None]:
    if not name:
        raise ValueError(translate("plan", "没有项目名称"))
    seq = None
    if seq_text:
        try:
            seq = int(float(seq_text))
        except ValueError:
            raise _not_a_number(translate("plan", "序号"), seq_text) from None
    places = _number(cell(values, "places"), translate("plan", "培训人数"))
    if places is None:
        raise ValueError(translate("plan", "没有培训人数"))
    if places != int(places) or places < 0:
        raise ValueError(translate("plan", "培训人数“{places}”应为非负整数").format(places=f"{places:g}"))
    offsite = _number(cell(values, "days_offsite"), translate("plan", "异地天数"))
    local = _number(cell(values, "days_local"), translate("plan", "本地天数"))
    total = _number(cell(values, "days_total"), translate("plan", "合计天数"))
    form = _text(cell(values, "form"))
    code_match = _CODE.search(name)
    code = code_match[1].upper() if code_match else ""
    name = clean_text(_CODE.sub("", name)) if code_match else name
    hours = None
    if "网络" in form and "集中" not in form:  # an online course states 学时 in the day columns (178)
        hours = total if total is not None else (offsite or 0) + (local or 0)
        offsite = local = 0.0
    elif offsite is None and local is None:
        if total is None:
            offsite = local = 0.0
        elif ("异地" in form or "境外" in form) and "本地" not in form:
            offsite, local = total, 0.0
        else:
            offsite, local = 0.0, total
    else:
        offsite, local = offsite or 0.0, local or 0.0
        if total is not None and abs(offsite + local - total) > 1e-9:
            raise ValueError(translate("plan", "异地 {offsite} 天 + 本地 {local} 天 与合计 {total} 天不符").format(
                offsite=f"{offsite:g}", local=f"{local:g}", total=f"{total:g}"))
    stage = PlanStage(excel_row, name, form, offsite, local, hours, int(places))
    if seq is None:
        return stage, None
    project = PlanProject(
        row=excel_row, seq=seq, name=name, code=code, proposing_unit=_text(cell(values, "proposing_unit")),
        category=_text(cell(values, "category")), form=form, target_group=_text(cell(values, "target_group")),
        host=_text(cell(values, "host")), places=int(places))
    if hours is not None:
        project.warnings.append(translate("plan", "网络研修按学时计：{hours} 学时").format(hours=f"{hours:g}"))
    return stage, project


@dataclass
class PlanImportReport:
    """What ``trainoffice import plan`` prints: found vs declared, codes, and the rows not placed."""

    projects: int
    stages: int
    participants: int
    declared_total: int | None
    codes: list[str]
    errors: list[PlanProblem]
    warnings: list[str] = field(default_factory=list)
    plan_id: int | None = None

    def as_dict(self) -> dict:
        return {"projects": self.projects, "stages": self.stages, "participants": self.participants,
                "declared_total": self.declared_total, "codes": self.codes,
                "errors": [{"row": e.row, "message": e.message} for e in self.errors]}


class PlanYearMismatch(ValidationError):
    """The title names one year (2027年全市…培训计划) and the plan is being checked for another."""

    def __init__(self, title_year: int, year: int):
        super().__init__(translate("plan", "计划表的标题是 {title_year} 年的计划，计划年度却是 {year}：请把计划年度改为 {title_year} "
                                   "后再检查（项目编号按计划年度编排）").format(title_year=title_year, year=year), field="year")
        self.title_year = title_year


def project_code(year: int, project: PlanProject) -> str:
    """Our project number: the national code when the name has one (2018-D309), else year-序号 (2018-07)."""
    return f"{year}-{project.code}" if project.code else f"{year}-{project.seq:02d}"


def import_plan(office, table: PlanTable, *, year: int, source_file: str = "", dry_run: bool = False,
                import_rest: bool = True) -> PlanImportReport:
    """Write the plan and its projects (status 计划) in one transaction.

    Rows the table could not place are reported; with ``import_rest`` False any such row means
    nothing is written. A project number already in the database, or already taken by an earlier row
    (序号 or national code repeated, as after a page break), is a row not placed as well.
    """
    conn = office.database.conn
    if table.title_year is not None and table.title_year != year:
        raise PlanYearMismatch(table.title_year, year)
    errors = list(table.problems)
    first: dict[str, PlanProject] = {}  # project number -> the first row of the table that would take it
    first_seq: dict[int, PlanProject] = {}  # 序号 -> its first row: a repeat is a row lost or retyped
    placed: dict[str, PlanProject] = {}
    for p in table.projects:
        code = project_code(year, p)
        if p.seq in first_seq:
            errors.append(PlanProblem(p.row, translate("plan", "序号 {seq} 与第 {row} 行重复，请改为不同的序号").format(
                seq=p.seq, row=first_seq[p.seq].row)))
        elif code in first:
            errors.append(PlanProblem(p.row, _repeated(p, first[code], code)))
        elif existing := conn.execute("SELECT name FROM projects WHERE code = ?", (code,)).fetchone():
            errors.append(PlanProblem(p.row, translate("plan", "项目编号 {code} 已存在：“{name}”（该计划可能已导入过）").format(
                code=code, name=existing[0])))
        else:
            placed[code] = p
        first.setdefault(code, p)
        first_seq.setdefault(p.seq, p)
    errors.sort(key=lambda e: e.row)
    report = PlanImportReport(
        projects=len(placed), stages=sum(len(p.stages) for p in placed.values()),
        participants=sum(s.places for p in placed.values() for s in p.stages), declared_total=table.declared_total,
        codes=[p.code for p in placed.values() if p.code], errors=errors,
        warnings=[translate("plan", "第 {row} 行 {name}：{warning}").format(row=p.row, name=p.name, warning=w)
                  for p in placed.values()
                  for w in (*p.warnings, *office.projects.warnings(Project(name=p.name, year=year)).values())])
    if dry_run:
        return report
    rows = translate("plan", "；").join(translate("plan", "第 {row} 行：{message}").format(row=e.row, message=e.message)
                                       for e in errors[:10])
    if errors and not import_rest:
        raise ValidationError(translate("plan", "计划表有无法导入的行，按要求未导入任何项目：{rows}").format(rows=rows),
                              field="rows")
    if not placed:
        raise ValidationError(translate("plan", "计划表中没有可以导入的项目，未导入任何内容：{rows}").format(rows=rows) if errors
                              else translate("plan", "计划表中没有可以导入的项目，未导入任何内容。"), field="rows")
    per_day = float(office.settings.get("hours_per_day"))
    county = office.settings.get("county_name") or ""
    with office.atomic():
        cur = conn.execute("INSERT INTO plans (year, title, source_file, declared_total) VALUES (?, ?, ?, ?)",
                           (year, f"{year}年度培训计划", source_file, table.declared_total))
        report.plan_id = cur.lastrowid
        for code, p in placed.items():
            online = all(s.hours is not None for s in p.stages) and bool(p.stages)
            offsite = sum(s.days_offsite for s in p.stages)
            local = sum(s.days_local for s in p.stages)
            mode = "3" if online else "4" if any(s.hours is not None for s in p.stages) else (
                "1" if offsite + local > 30 else "2")
            stages = [Stage(seq=i, name=_stage_name(i, s, len(p.stages)), form=s.form,
                            hours=s.hours if s.hours is not None else s.days * per_day)
                      for i, s in enumerate(p.stages, start=1)]
            project = Project(
                code=code, name=p.name, year=year, level=plan_level(p, county),
                category=p.category, form=p.form, mode_code=mode, target_group=p.target_group,
                proposing_unit=p.proposing_unit, host=p.host, days_offsite=offsite, days_local=local,
                places=p.places, plan_id=report.plan_id)
            try:
                office.projects.create(project, stages=stages)
            except ValidationError as exc:
                raise ValidationError(translate("plan", "第 {row} 行（{name}）：{error}。没有导入任何项目。").format(
                    row=p.row, name=p.name, error=str(exc).rstrip("。.")), field="rows") from None
        audit.record(conn, "import_plan", "plans", report.plan_id, file=source_file, projects=len(placed),
                     errors=len(errors))
    return report


def plan_level(p: PlanProject, county_name: str) -> str:
    """培训层级 of a plan row [ML]: 国培 or 省培 when its 项目类别 says so (“国培计划”, 国培省市联合立项项目,
    “省培计划”); 县培 when a county proposes it, i.e. its 申报单位 is this county's own unit (安仁县教育局, also
    written 安仁教育局) or another county's or district's (嘉禾县教育局); otherwise 市培, the city's own plan."""
    if "国培" in p.category:
        return "国培"
    if "省培" in p.category:
        return "省培"
    county = county_name[:-1] if len(county_name) > 2 and county_name[-1] in "县区市" else county_name
    if (county and county in p.proposing_unit) or _COUNTY_UNIT.search(p.proposing_unit):
        return "县培"
    return "市培"


def _repeated(p: PlanProject, first: PlanProject, code: str) -> str:
    """A later row that would get the same project number as an earlier one (its 序号 differs: the national
    code is repeated): name both rows and the fix."""
    return translate("plan", "项目代码 {code} 与第 {row} 行重复（项目编号都会是 {number}），请更正其中一行的代码").format(
        code=p.code, row=first.row, number=code)


def _stage_name(seq: int, stage: PlanStage, count: int) -> str:
    kind = "网络研修" if stage.hours is not None else "集中培训"
    if count == 1:
        return kind
    return f"第{'一二三四五六七八九'[seq - 1] if seq <= 9 else seq}阶段·{kind if seq == 1 else stage.name}"


def import_plan_file(office, path: str | Path, *, year: int, sheet: str | None = None, dry_run: bool = False,
                     import_rest: bool = True) -> PlanImportReport:
    """Read the city's plan table (any format the import reader takes) and import it."""
    data = read_sheet(path, sheet)
    table = parse_plan_rows(data.rows, sheet=data.name)
    return import_plan(office, table, year=year, source_file=Path(path).name, dry_run=dry_run,
                       import_rest=import_rest)
