"""Where the table is in a sheet schools fill in, and which column holds which teacher field.

Real sheets carry a title, 填报单位/日期 lines, sometimes a two-row header (a merged group label over
the real column names), blank rows, rows hidden by hand or by a filter, and a 合计 row or 填表人/审核人
lines under the data. The header is the row whose cells read most like known column names; everything
around it is recognised and set aside, never counted as bad data.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from trainoffice.imports.reader import CellValue, SheetData, read_sheet, sheet_names
from trainoffice.registry import FIELD_BY_NAME
from trainoffice.text import translate

# Header variants seen on school sheets, per registry field (compared after normalise_header).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "教师姓名", "学员姓名", "参培学员", "参训教师", "名字", "name", "fullname"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "公民身份证号", "身份证",
                  "居民身份证号码", "身份证件号码", "idnumber", "idcard", "idno", "idcardno"),
    "gender": ("性别", "gender", "sex"),
    "birth_date": ("出生日期", "出生年月", "出生年月日", "生日", "birthdate", "dateofbirth", "birthday"),
    "ethnicity": ("民族", "ethnicity", "nation"),
    "id_type": ("证件类型", "身份证件类型"),
    "school_id": ("工作单位", "学校", "单位", "所在学校", "学校名称", "单位名称", "任职学校", "所在单位",
                  "任教学校", "school", "workunit", "unit", "employer"),
    "stage": ("学段", "任教学段", "stage"),
    "subject": ("学科", "任教学科", "所教学科", "任教科目", "subject"),
    "title": ("职称", "专业技术职务", "职称等级", "title"),
    "post": ("职务", "行政职务", "post", "position"),
    "qualification_type": ("教师资格种类", "资格种类", "教师资格类别", "教师资格证种类"),
    "qualification_number": ("教师资格证号", "教师资格证书号码", "资格证号", "教师资格证编号", "教师资格证书编号"),
    "putonghua_level": ("普通话等级", "普通话水平", "普通话水平等级", "普通话"),
    "in_establishment": ("在编", "是否在编", "编制", "编制情况"),
    "work_start_date": ("参加工作时间", "参加工作日期", "参加工作年月", "工作时间"),
    "new_teacher": ("新教师", "是否新教师"),
    "backbone_level": ("骨干级别", "骨干教师级别", "骨干教师"),
    "phone": ("联系电话", "手机", "手机号", "手机号码", "电话", "电话号码", "联系方式", "phone", "mobile",
              "tel", "telephone"),
    "status": ("状态", "在职状态", "任职状态"),
    "notes": ("备注", "notes", "remark", "remarks"),
}
# Headers that are no teacher field but tell a header row from data (序号 is on nearly every sheet).
OTHER_HEADERS = frozenset(("序号", "编号", "no", "乡镇", "乡镇街道", "年龄", "教龄", "学历", "最高学历", "签名",
                           "本人签名", "政治面貌", "毕业院校", "所学专业", "参培项目", "培训项目"))
_ALIAS_FIELD = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
_BY_LENGTH = sorted(_ALIAS_FIELD, key=len, reverse=True)
# A row under the data that is no person: totals and the sign-off lines (recognised, not counted).
FOOTER_WORDS = ("合计", "总计", "小计", "共计", "填表人", "填报人", "制表人", "审核人", "审核", "负责人",
                "单位负责人", "校长签字", "填表日期", "填报日期", "制表日期", "联系人", "注：", "说明：", "备注：")
HEADER_SEARCH_ROWS = 30


def normalise_header(text: object) -> str:
    """身份证号码（必填）* → 身份证号码; ID Number → idnumber. Used for guessing and remembering."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text))
    s = re.sub(r"\(.*?\)|\[.*?\]", "", s)
    s = re.sub(r"[\s*★☆:：_\-./、]+", "", s)
    return s.lower()


def column_letter(index: int) -> str:
    """1 → A, 27 → AA: the column as Excel shows it."""
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def guess_field(label: str) -> str | None:
    """The registry field a header names: exact variant first, then a variant inside a longer header."""
    key = normalise_header(label)
    if not key:
        return None
    if key in _ALIAS_FIELD:
        return _ALIAS_FIELD[key]
    for alias in _BY_LENGTH:
        if len(alias) >= 2 and alias in key and not key.startswith(("填报", "填表")):
            return _ALIAS_FIELD[alias]
    return None


@dataclass(frozen=True)
class Column:
    """A visible, labelled column of the table: C 身份证号."""

    index: int  # 1-based, as Excel counts
    label: str

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def title(self) -> str:
        """How problems name the cell's column: the letter and the header, as the user sees them."""
        return f"{self.letter} {self.label}".strip()


@dataclass
class Layout:
    """The table found in a sheet: header row(s), its columns, the data rows and the lines set aside."""

    header_rows: tuple[int, ...]
    columns: list[Column]
    data: list[tuple[int, list[CellValue]]]
    # (row, why): 隐藏行, 重复的表头, or the footer's first word as the file has it (合计, 填表人)
    skipped: list[tuple[int, str]] = field(default_factory=list)

    @property
    def signature(self) -> str:
        """The same headers in the same order → the same remembered mapping."""
        return "|".join(normalise_header(c.label) for c in self.columns)

    def column(self, index: int) -> Column | None:
        return next((c for c in self.columns if c.index == index), None)


def _text(value: CellValue) -> str:
    return "" if value is None else str(value).strip()


def _header_score(values: list[CellValue]) -> int:
    score = 0
    for v in values:
        if isinstance(v, str):
            key = normalise_header(v)
            if key in _ALIAS_FIELD or key in OTHER_HEADERS:
                score += 1
    return score


def _combined(upper: list[CellValue], lower: list[CellValue], sheet: SheetData, upper_row: int) -> list[str]:
    """Two header rows as one: the lower name where there is one, else the (merged) upper label."""
    filled = [_text(v) for v in upper]
    for r1, c1, _r2, c2 in sheet.merged:  # a group label merged across columns stands over each of them
        if r1 == upper_row and c2 > c1 and c1 - 1 < len(filled):
            for c in range(c1, min(c2, len(filled)) + 1):
                filled[c - 1] = filled[c1 - 1]
    labels = []
    for i, top in enumerate(filled):
        low = _text(lower[i]) if i < len(lower) else ""
        labels.append(low if (low and (not top or guess_field(low) or normalise_header(low) in OTHER_HEADERS
                                       or not guess_field(top))) else (top or low))
    return labels


def find_header(sheet: SheetData) -> tuple[int, ...]:
    """Excel row number(s) of the header: one row, or two when a group label stands over the names."""
    candidates = sheet.rows[:HEADER_SEARCH_ROWS]
    if not candidates:
        return ()
    scores = [_header_score(values) for _, values in candidates]
    best = max(range(len(candidates)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:  # nothing known: the first row with the most text cells
        best = max(range(min(len(candidates), 10)),
                   key=lambda i: (sum(isinstance(v, str) for v in candidates[i][1]), -i))
        return (candidates[best][0],)
    row, values = candidates[best]
    for upper_i, lower_i in ((best - 1, best), (best, best + 1)):
        if upper_i < 0 or lower_i >= len(candidates):
            continue
        (up_row, up), (low_row, low) = candidates[upper_i], candidates[lower_i]
        if low_row != up_row + 1:
            continue
        named_below = sum(1 for v in low if _text(v))
        merged_group = any(r1 == up_row and r2 == up_row and 1 < c2 - c1 + 1 < named_below  # not a title
                           for r1, c1, r2, c2 in sheet.merged)
        merged_down = any(r1 == up_row and r2 >= low_row for r1, _, r2, _ in sheet.merged)
        both = sum(1 for a, b in zip(up, low, strict=False) if _text(a) and _text(b))
        combined_score = sum(1 for label in _combined(up, low, sheet, up_row)
                             if guess_field(label) or normalise_header(label) in OTHER_HEADERS)
        # Two rows when merges say so, or (CSV) when the pair names more columns than either row alone
        # while the rows do not both fill the same columns the way data does.
        gains = combined_score > max(scores[upper_i], scores[lower_i])
        if (gains and (merged_group or merged_down or both <= 1)) or (
                merged_group and upper_i == best - 1 and combined_score >= scores[best]):
            return (up_row, low_row)
    return (row,)


def _is_footer(values: list[CellValue]) -> str | None:
    first = next((v for v in values if v is not None), None)
    if type(first) is not str:  # data rows start with a 序号 or a name; footers with words
        return None
    key = re.sub(r"\s+", "", unicodedata.normalize("NFKC", first))
    for word in FOOTER_WORDS:
        if key.startswith(unicodedata.normalize("NFKC", word)):
            return word.rstrip("：")
    return None


def detect_layout(sheet: SheetData, *, header_row: int | None = None, header_rows: int | None = None) -> Layout:
    """The table in ``sheet``; ``header_row`` (the last header row, Excel numbering) overrides the guess.

    ``header_rows`` (1 or 2) says how many rows the header has when the user sets ``header_row``.
    """
    if header_row is None:
        rows = find_header(sheet)
    else:
        numbers = [r for r, _ in sheet.rows]
        if header_row not in numbers:
            rows = (header_row,)
        elif header_rows == 2 and numbers.index(header_row) > 0:
            rows = (numbers[numbers.index(header_row) - 1], header_row)
        else:
            rows = (header_row,)
    by_row = dict(sheet.rows)
    if not rows:
        return Layout((), [], [])
    if len(rows) == 2:
        labels = _combined(by_row.get(rows[0], []), by_row.get(rows[1], []), sheet, rows[0])
    else:
        labels = [_text(v) for v in by_row.get(rows[0], [])]
    columns = [Column(i, label) for i, label in enumerate(labels, start=1)
               if label and i not in sheet.hidden_columns]
    header_keys = [normalise_header(label) for label in labels]
    first = next((i for i, key in enumerate(header_keys) if key), 0)
    data, skipped = [], []
    last = rows[-1]
    for number, values in sheet.rows:
        if number <= last:
            continue
        if number in sheet.hidden_rows:  # hidden by hand or by a filter: someone left out on purpose
            skipped.append((number, translate("imports", "隐藏行")))
        elif footer := _is_footer(values):
            skipped.append((number, footer))
        elif (first < len(values) and type(values[first]) is str and normalise_header(values[first]) ==
              header_keys[first] and [normalise_header(v) for v in values[:len(header_keys)]] == header_keys):
            skipped.append((number, translate("imports", "重复的表头")))
        else:
            data.append((number, values))
    return Layout(rows, columns, data, skipped)


def no_data_rows() -> str:
    """What is said of a table with a header and nobody under it."""
    return translate("imports", "表中只有表头，没有数据行：请确认选对了文件、工作表和表头所在行")


def nothing_to_import(layout: Layout, sheet: str) -> str:
    """Why the table has no rows to import ('' when it has some): an empty sheet, or a header and nothing under it."""
    if not layout.header_rows:
        return translate("imports", "工作表“{sheet}”是空的：请选择有数据的工作表，或请学校重新发送").format(sheet=sheet)
    if not layout.data:
        return no_data_rows()
    return ""


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> tuple[SheetData, Layout]:
    """The named sheet, or else the first one with a table: a row of known column names (姓名, 身份证号…)
    with rows under it. Schools often put a 填表说明 sheet first. With no table anywhere, the first sheet.
    Returned with the layout found in it (``detect_layout``), which a 5,000-row sheet need not pay for twice."""
    if sheet is not None:
        data = read_sheet(path, sheet)
        return data, detect_layout(data)
    first = None
    for name in sheet_names(path):
        data = read_sheet(path, name)
        layout = detect_layout(data)
        if layout.data and any(normalise_header(c.label) in _ALIAS_FIELD for c in layout.columns):
            return data, layout
        first = first or (data, layout)
    if first is None:  # a workbook without worksheets: read_sheet says so
        data = read_sheet(path)
        return data, detect_layout(data)
    return first


def other_sheets(path: str | os.PathLike[str], sheet: str) -> list[str]:
    """The file's sheets other than ``sheet``, to name when ``sheet`` has nobody in it."""
    return [name for name in sheet_names(path) if name != sheet]


def guess_mapping(layout: Layout, remembered: Mapping[str, Mapping[str, str]] | None = None) -> dict[int, str]:
    """Column index → registry field. A mapping the user chose for the same headers wins over guessing."""
    chosen = (remembered or {}).get(layout.signature)
    if chosen is not None:
        mapping = {}
        for column in layout.columns:
            name = chosen.get(normalise_header(column.label), "")
            if name in FIELD_BY_NAME:
                mapping[column.index] = name
        return mapping
    mapping, taken = {}, set()
    for exact in (True, False):
        for column in layout.columns:
            if column.index in mapping:
                continue
            key = normalise_header(column.label)
            name = _ALIAS_FIELD.get(key) if exact else guess_field(column.label)
            if name and name not in taken:
                mapping[column.index] = name
                taken.add(name)
    return mapping


def mapping_memory(layout: Layout, mapping: Mapping[int, str]) -> dict[str, str]:
    """What to remember for these headers: every column's header → its field ('' = not imported)."""
    return {normalise_header(c.label): mapping.get(c.index, "") for c in layout.columns}
