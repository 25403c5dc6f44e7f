"""One reader for every spreadsheet a school sends: .xlsx/.xlsm (Excel, WPS), .xls and WPS .et, .ods, .csv/.txt.

Every import (teachers, rosters, the annual plan table) reads through here, so they all see a file
the same way. The API is small and stable:

    sheet_names(path) -> list[str]
    read_sheet(path, sheet=None) -> SheetData

``SheetData.rows`` holds only the non-blank rows, each as ``(excel_row, values)`` where ``excel_row``
is the row number the user sees in Excel (1-based) and ``values`` has one entry per column
(index 0 = column A), ``SheetData.width`` entries long. Cell values are ``str``, ``int`` (whole
numbers, including 序号 and number-typed ID cells), ``float``, ``datetime.date``, ``datetime.datetime``
or ``None`` (empty). Strings are returned as stored (no trimming), so a caller can still tell what was typed.
``merged`` lists merged ranges as 1-based ``(r1, c1, r2, c2)``; the value sits in the top-left cell.
``hidden_columns`` holds 1-based column numbers the author hid (a hidden helper column is not data),
``hidden_rows`` the Excel row numbers hidden by hand or by an autofilter (someone who left, filtered out).
Both come from .xlsx/.xlsm, .xls and .ods files; a CSV has none.

The format is decided by the file's content, not its name: WPS and school secretaries often save an
.xls under an .xlsx name. Files that cannot be read raise :class:`UnreadableFile` (a TrainOfficeError)
with a Chinese message naming the file and what to do; nothing else escapes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import re
import struct
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from trainoffice.errors import TrainOfficeError
from trainoffice.text import translate

log = logging.getLogger(__name__)
MAX_FILE_BYTES = 200 * 1024 * 1024
"""Larger files are refused before reading: a roster or plan is a few MB at most; 200 MB is a mistake."""

CellValue = str | int | float | dt.date | dt.datetime | None
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_ZIP_MAGIC = b"PK\x03\x04"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")  # the stream an encrypted .xlsx carries


class UnreadableFile(TrainOfficeError):
    """The file itself cannot be read (corrupt, encrypted, not a spreadsheet, empty, too large)."""

    def __init__(self, message: str, *, path: str | os.PathLike[str]):
        super().__init__(message)
        self.path = Path(path)


@dataclass
class SheetData:
    """One sheet's cells as the user sees them in Excel (see the module docstring)."""

    name: str
    rows: list[tuple[int, list[CellValue]]]
    width: int
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_columns: set[int] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheets a user can pick from, in workbook order; a text file has one, named after the file."""
    path = Path(path)
    kind = _kind(path)
    if kind == "text":
        return [path.stem]
    with _calamine_errors(path):
        workbook = _open_workbook(path)
        return [m.name for m in workbook.sheets_metadata
                if m.typ == python_calamine.SheetTypeEnum.WorkSheet]


def read_sheet(path: str | os.PathLike[str], sheet: str | None = None) -> SheetData:
    """The named sheet (default: the first worksheet); UnreadableFile also for a sheet that is not there."""
    path = Path(path)
    kind = _kind(path)
    if kind == "text":
        return _read_text(path)
    with _calamine_errors(path):
        workbook = _open_workbook(path)
        names = [m.name for m in workbook.sheets_metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        if not names:
            raise UnreadableFile(translate("imports", "{file} 中没有工作表。").format(file=path.name), path=path)
        name = sheet if sheet is not None else names[0]
        if name not in names:
            raise UnreadableFile(translate("imports", "{file} 中没有名为“{sheet}”的工作表（有：{sheets}）。").format(
                file=path.name, sheet=name, sheets=translate("text", "、").join(names)), path=path)
        cal = workbook.get_sheet_by_name(name)
        grid = cal.to_python(skip_empty_area=False)
        merged = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in (cal.merged_cell_ranges or [])]
    rows = _clean_rows(grid)
    width = max((len(v) for _, v in rows), default=0)
    hidden_columns: set[int] = set()
    hidden_rows: set[int] = set()
    if kind == "zip":
        with zipfile.ZipFile(path) as archive:
            if "content.xml" in archive.namelist():  # OpenDocument: calamine gives no merges; read them here
                hidden_columns, hidden_rows, merged = _ods_layout(archive, name, len(grid))
            else:
                hidden_columns, hidden_rows = _xlsx_hidden(archive, name)
    elif kind == "cfb":
        hidden_columns, hidden_rows = _xls_hidden(path, name)
    return SheetData(name=name, rows=rows, width=width, merged=merged, hidden_columns=hidden_columns,
                     hidden_rows=hidden_rows)


# ----- format detection ------------------------------------------------------------------------
def _kind(path: Path) -> str:
    """'zip' (xlsx/ods), 'cfb' (xls) or 'text'; refuses what is not a readable spreadsheet."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile(translate("imports", "找不到文件 {path}。").format(path=path), path=path) from None
    except OSError as exc:
        raise UnreadableFile(translate("imports", "无法打开 {path}：{reason}").format(
            path=path, reason=exc.strerror or exc), path=path) from None
    if path.is_dir():
        raise UnreadableFile(translate("imports", "{path} 是文件夹，请选择一个表格文件。").format(path=path), path=path)
    if size == 0:
        raise UnreadableFile(translate("imports", "{file} 是空文件（0 字节），请让学校重新发送。").format(file=path.name),
                             path=path)
    if size > MAX_FILE_BYTES:
        raise UnreadableFile(translate("imports", "{file} 有 {size} MB，超过 {limit} MB 的上限，不像是一份名单。"
                                                  "请确认选对了文件，或把需要的工作表另存为新文件再导入。").format(
            file=path.name, size=f"{size / 1024 / 1024:.0f}", limit=MAX_FILE_BYTES // 1024 // 1024), path=path)
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise UnreadableFile(translate("imports", "无法读取 {file}：{reason}（文件是否正被其他程序占用？）").format(
            file=path.name, reason=exc.strerror or exc), path=path) from None
    if head.startswith(_ZIP_MAGIC):
        return "zip"
    if head == _CFB_MAGIC:
        if _ENCRYPTED_MARK in path.read_bytes():
            raise UnreadableFile(translate("imports", "{file} 设置了打开密码（已加密），无法读取。请在 Excel/WPS 中打开它，"
                                           "在“文件—信息—保护工作簿”（WPS：“文件—文档加密”）中去掉密码后另存，再导入。")
                                 .format(file=path.name), path=path)
        return "cfb"
    if path.name.startswith("~$"):  # Excel's owner file: a few bytes beside a workbook while it is open
        raise UnreadableFile(translate("imports", "{file} 是 Excel/WPS 打开 {workbook} 时在旁边生成的临时文件"
                                       "（关闭表格后会自动消失），不是名单本身：请选择 {workbook}。").format(
            file=path.name, workbook=path.name[2:]), path=path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "text"
    raise UnreadableFile(translate("imports", "{file} 不是可以读取的表格文件（支持 .xlsx、.xls、.et、.ods、.csv、.txt）。"
                                   "请在 Excel/WPS 中打开它并另存为 .xlsx 后再导入。").format(file=path.name), path=path)


def _open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    # From the bytes, not the name: calamine then decides xlsx/xls/ods by content.
    with open(path, "rb") as f:
        return python_calamine.CalamineWorkbook.from_filelike(f)


class _calamine_errors:
    """Turn the reader library's errors into one clear message naming the file."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or isinstance(exc, UnreadableFile):
            return False
        name = self.path.name
        if isinstance(exc, python_calamine.PasswordError):
            raise UnreadableFile(translate("imports", "{file} 设置了密码保护，无法读取。请在 Excel/WPS 中去掉密码后另存，再导入。")
                                 .format(file=name), path=self.path) from None
        if isinstance(exc, python_calamine.CalamineError | ValueError | OSError | zipfile.BadZipFile | ET.ParseError):
            if _word_document(self.path):
                raise UnreadableFile(translate("imports", "{file} 是 Word 文档，不是表格，无法导入：请让学校发送 Excel/WPS 表格；"
                                               "名单若是 Word 中的表格，可以把它复制到 Excel/WPS 表格中，另存为 .xlsx 后再导入。")
                                     .format(file=name), path=self.path) from None
            # The library's words are English and mean nothing to a clerk: the log keeps them, without the
            # file's name or path (they may name a person); the log redacts ID and phone numbers.
            detail = exc.strerror if isinstance(exc, OSError) else str(exc)
            log.warning("unreadable spreadsheet: %s: %s", type(exc).__name__, (detail or "")[:200])
            raise UnreadableFile(translate("imports", "{file} 已损坏或不是完整的表格文件，无法读取。"
                                           "请在 Excel/WPS 中打开并另存为 .xlsx 后再导入，或请学校重新发送。")
                                 .format(file=name), path=self.path) from None
        return False


def _word_document(path: Path) -> bool:
    """A .docx, whatever its name says: a zip holding word/document.xml."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def _clean_rows(grid: list[list[object]]) -> list[tuple[int, list[CellValue]]]:
    """Empty strings become None, whole floats become int, blank rows are left out (numbers kept)."""
    rows: list[tuple[int, list[CellValue]]] = []
    for number, values in enumerate(grid, start=1):
        cleaned = [None if v == "" else (int(v) if type(v) is float and v.is_integer() else v) for v in values]
        for v in cleaned:
            if v is not None and not (type(v) is str and not v.strip()):
                rows.append((number, cleaned))
                break
    return rows


# ----- text files ------------------------------------------------------------------------------
def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030 (a superset of GBK)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValueError("既不是 UTF-8 也不是 GBK/GB18030 编码") from None


def _read_text(path: Path) -> SheetData:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnreadableFile(translate("imports", "{file} 不是文本表格（可能是 UTF-16 或二进制文件）。"
                                       "请在 Excel/WPS 中另存为 .xlsx 或 “CSV（逗号分隔）”后再导入。").format(file=path.name),
                             path=path)
    try:
        text = decode_text(data)
    except ValueError:
        raise UnreadableFile(translate("imports", "{file} 的文字编码无法识别（既不是 UTF-8 也不是 GBK/GB18030 编码），"
                                       "请另存为 .xlsx 后再导入。").format(file=path.name), path=path) from None
    sample = text[:16384]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;|，")
    except csv.Error:
        counts = {d: sample.count(d) for d in ",\t;|"}
        delimiter = max(counts, key=counts.get) if any(counts.values()) else ","

        class dialect(csv.excel):  # noqa: N801 - a csv dialect is a class by the library's design
            pass

        dialect.delimiter = delimiter
    rows: list[tuple[int, list[CellValue]]] = []
    width = 0
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for number, record in enumerate(reader, start=1):
            if any(v.strip() for v in record):
                rows.append((number, [v if v != "" else None for v in record]))
                width = max(width, len(record))
    except csv.Error as exc:
        raise UnreadableFile(translate("imports", "{file} 第 {row} 行格式有误（{problem}），请检查引号是否成对。").format(
            file=path.name, row=reader.line_num, problem=exc), path=path) from None
    for _, values in rows:
        values.extend([None] * (width - len(values)))
    return SheetData(name=path.stem, rows=rows, width=width)


# ----- layout the reader library does not give -------------------------------------------------
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _xlsx_hidden(archive: zipfile.ZipFile, sheet: str) -> tuple[set[int], set[int]]:
    """Hidden columns and rows of one sheet: the columns from its <cols>, which comes before <sheetData>
    (parsed, stopping there), the rows from the <row> tags (scanned, not parsed: a roster has 100,000 cells)."""
    try:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return set(), set()
    rid = next((s.get(f"{{{_REL_NS}}}id") for s in workbook.iter(f"{{{_MAIN_NS}}}sheet") if s.get("name") == sheet),
               None)
    target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
    if not target:
        return set(), set()
    member = target.lstrip("/") if target.startswith("/") else "xl/" + target
    columns: set[int] = set()
    with archive.open(member) as f:
        for _, element in ET.iterparse(f, events=("start",)):
            tag = element.tag.rpartition("}")[2]
            if tag == "col" and element.get("hidden") in ("1", "true"):
                columns.update(range(int(element.get("min", "1")), int(element.get("max", "1")) + 1))
            elif tag == "sheetData":
                break
    return columns, _xlsx_hidden_rows(archive, member)


_XML_CHUNK = 1 << 20
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_ROW_NUMBER = re.compile(rb'(?:^|\s)r="(\d+)"')
_ROW_HIDDEN = re.compile(rb'(?:^|\s)hidden="(?:1|true)"')


def _xlsx_hidden_rows(archive: zipfile.ZipFile, member: str) -> set[int]:
    """Rows marked hidden="1" (Excel marks the rows an autofilter hides the same way); a <row> without r=
    is the one after the previous. Most sheets hide nothing: a plain byte search says so before any row
    is looked at (a hidden column also matches it, and then the rows are read)."""
    if not _mentions_hidden(archive, member):
        return set()
    hidden: set[int] = set()
    number = 0
    rest = b""
    with archive.open(member) as f:
        while True:
            chunk = f.read(_XML_CHUNK)
            data = rest + chunk
            cut = data.rfind(b"<") if chunk else len(data)  # a tag cut in two waits for the next chunk
            data, rest = data[:cut], data[cut:]
            for tag in _ROW_TAG.finditer(data):
                attributes = tag[1]
                given = _ROW_NUMBER.search(attributes)
                number = int(given[1]) if given else number + 1
                if _ROW_HIDDEN.search(attributes):
                    hidden.add(number)
            if not chunk:
                return hidden


def _mentions_hidden(archive: zipfile.ZipFile, member: str) -> bool:
    tail = b""
    with archive.open(member) as f:
        while chunk := f.read(_XML_CHUNK):
            data = tail + chunk
            if b'hidden="1"' in data or b'hidden="true"' in data:
                return True
            tail = data[-len(b'hidden="true"'):]  # an attribute cut in two is found with the next chunk
    return False


_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _ods_layout(archive: zipfile.ZipFile, sheet: str,
                height: int) -> tuple[set[int], set[int], list[tuple[int, int, int, int]]]:
    """Hidden columns, hidden rows (up to ``height``, the rows calamine read) and merged ranges of one
    OpenDocument table (calamine reports none of them)."""
    t = f"{{{_ODS_TABLE}}}"
    hidden: set[int] = set()
    hidden_rows: set[int] = set()
    merged: list[tuple[int, int, int, int]] = []
    in_table = False
    column = row = 0
    cells = (f"{t}table-cell", f"{t}covered-table-cell")
    with archive.open("content.xml") as f:
        for event, element in ET.iterparse(f, events=("start", "end")):
            tag = element.tag
            if tag == f"{t}table":
                if event == "start":
                    in_table = element.get(f"{t}name") == sheet
                elif in_table:
                    break
            elif not in_table:
                if event == "end":
                    element.clear()
            elif event == "end":
                if tag == f"{t}table-row":  # a repeated row stands for several rows
                    row += int(element.get(f"{t}number-rows-repeated", "1")) - 1
                    element.clear()
            elif tag == f"{t}table-column":
                repeat = int(element.get(f"{t}number-columns-repeated", "1"))
                if element.get(f"{t}visibility") in ("collapse", "filter"):
                    hidden.update(range(column + 1, column + repeat + 1))
                column += repeat
            elif tag == f"{t}table-row":
                row, column = row + 1, 0
                if element.get(f"{t}visibility") in ("collapse", "filter"):  # hidden, or filtered out
                    repeat = int(element.get(f"{t}number-rows-repeated", "1"))
                    hidden_rows.update(range(row, min(row + repeat, height + 1)))
            elif tag in cells:
                span_cols = int(element.get(f"{t}number-columns-spanned", "1"))
                span_rows = int(element.get(f"{t}number-rows-spanned", "1"))
                if span_cols > 1 or span_rows > 1:
                    merged.append((row, column + 1, row + span_rows - 1, column + span_cols))
                column += int(element.get(f"{t}number-columns-repeated", "1"))
    return hidden, hidden_rows, merged


# A ROW record (type 0x0208, 16 bytes) whose options have bit 5 (hidden) set. Matching it anywhere after the
# sheet's start is a quick test: a match inside other data (or another sheet) only costs the exact walk.
_XLS_HIDDEN_ROW = re.compile(rb"\x08\x02\x10\x00.{12}[\x20-\x3f\x60-\x7f\xa0-\xbf\xe0-\xff]", re.S)


def _xls_hidden(path: Path, sheet: str) -> tuple[set[int], set[int]]:
    """Hidden columns and rows of an Excel 97-2003 sheet, from its COLINFO and ROW records (BIFF8)."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream_name = next((n for n in ("Workbook", "Book") if ole.exists(n)), None)
            if stream_name is None:
                return set(), set()
            data = ole.openstream(stream_name).read()
    except OSError:
        return set(), set()
    offsets: dict[str, int] = {}
    pos = 0
    while pos + 4 <= len(data):  # the globals substream: BOUNDSHEET records name each sheet's offset
        rec, length = struct.unpack_from("<HH", data, pos)
        body = data[pos + 4:pos + 4 + length]
        if rec == 0x0085 and len(body) >= 8:
            start, _, _, nchars, wide = struct.unpack_from("<IBBBB", body)
            raw = body[8:8 + nchars * (2 if wide & 1 else 1)]
            offsets[raw.decode("utf-16-le" if wide & 1 else "latin-1")] = start
        elif rec == 0x000A:  # EOF of the globals
            break
        pos += 4 + length
    if sheet not in offsets:
        return set(), set()
    columns: set[int] = set()
    rows: set[int] = set()
    hides_rows = _XLS_HIDDEN_ROW.search(data, offsets[sheet]) is not None  # most sheets hide none: walk no further
    pos = offsets[sheet]
    while pos + 4 <= len(data):
        rec, length = struct.unpack_from("<HH", data, pos)
        if rec == 0x0208 and length >= 16:  # ROW: row (0-based), …, options at 12 (bit 5 = hidden)
            if not hides_rows:
                break  # the COLINFO records come before the first ROW
            if data[pos + 16] & 0x20:
                rows.add(struct.unpack_from("<H", data, pos + 4)[0] + 1)
        elif rec == 0x007D and length >= 10:  # COLINFO: first, last, width, xf, options (bit 0 = hidden)
            first, last, _, _, options = struct.unpack_from("<HHHHH", data, pos + 4)
            if options & 1:
                columns.update(range(first + 1, last + 2))
        elif rec == 0x000A:  # EOF of the sheet
            break
        pos += 4 + length
    return columns, rows
