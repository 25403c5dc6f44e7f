"""Spreadsheets as schools send them, written by the tests (xlsx via openpyxl, xls via xlwt, ods by hand)."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import xlwt

from trainoffice.idnumber import check_character


def id_number(seq: int, *, born: str = "19850612", male: bool = True, area: str = "431028") -> str:
    """A valid 18-digit ID number; ``seq`` makes it unique."""
    order = (seq % 500) * 2 + (1 if male else 0)
    first17 = f"{area}{born}{order:03d}"
    return first17 + check_character(first17)


def write_xlsx(path: Path, rows: list[list], *, merges: tuple[str, ...] = (), hidden: tuple[str, ...] = (),
               hidden_rows: tuple[int, ...] = (), sheet: str = "Sheet1", extra_sheets: tuple[str, ...] = (),
               sheets_before: tuple[str, ...] = ()) -> Path:
    """Hidden columns by letter, hidden rows by Excel number; ``sheets_before`` are 填表说明-like sheets
    in front of the table's sheet, ``extra_sheets`` behind it."""
    wb = openpyxl.Workbook()
    for name in sheets_before:
        wb.active.title = name
        wb.active.append([f"{name}：请在下一张工作表中填写"])
        wb.active = wb.create_sheet()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for cell_range in merges:
        ws.merge_cells(cell_range)
    for letter in hidden:
        ws.column_dimensions[letter].hidden = True
    for number in hidden_rows:
        ws.row_dimensions[number].hidden = True
    for name in extra_sheets:
        wb.create_sheet(name).append(["说明"])
    wb.save(path)
    return path


def write_xls(path: Path, rows: list[list], *, merges: tuple[tuple[int, int, int, int], ...] = (),
              hidden: tuple[int, ...] = (), hidden_rows: tuple[int, ...] = (), sheet: str = "Sheet1") -> Path:
    """Excel 97-2003; merges as 0-based (r1, r2, c1, c2) like xlwt, hidden as 0-based columns and rows."""
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet(sheet)
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    covered = {(r, c) for r1, r2, c1, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
    for r1, r2, c1, c2 in merges:
        ws.write_merge(r1, r2, c1, c2, rows[r1][c1] if c1 < len(rows[r1]) else None)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or (r, c) in covered:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            else:
                ws.write(r, c, value)
    for c in hidden:
        ws.col(c).hidden = True
    for r in hidden_rows:
        ws.row(r).hidden = True
    wb.save(str(path))
    return path


def write_ods(path: Path, rows: list[list], *, hidden: tuple[int, ...] = (), hidden_rows: dict[int, str] | None = None,
              spans: dict[tuple[int, int], int] | None = None, sheet: str = "Sheet1") -> Path:
    """A minimal OpenDocument spreadsheet; ``spans`` (0-based row, col) → columns spanned; hidden 0-based;
    ``hidden_rows`` 0-based row → its visibility (collapse: hidden, filter: filtered out)."""
    spans = spans or {}
    width = max(len(r) for r in rows)
    collapse = ' table:visibility="collapse"'
    cols = "".join(f"<table:table-column{collapse if c in hidden else ''}/>" for c in range(width))
    body = []
    for r, row in enumerate(rows):
        cells, skip = [], 0
        for c in range(width):
            if skip:
                skip -= 1
                cells.append("<table:covered-table-cell/>")
                continue
            value = row[c] if c < len(row) else None
            span = spans.get((r, c), 1)
            attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
            skip = span - 1
            if value is None:
                cells.append(f"<table:table-cell{attr}/>")
            elif isinstance(value, int | float):
                cells.append(f'<table:table-cell{attr} office:value-type="float" office:value="{value}">'
                             f"<text:p>{value}</text:p></table:table-cell>")
            else:
                cells.append(f'<table:table-cell{attr} office:value-type="string"><text:p>{escape(str(value))}'
                             "</text:p></table:table-cell>")
        visibility = f' table:visibility="{hidden_rows[r]}"' if r in (hidden_rows or {}) else ""
        body.append(f"<table:table-row{visibility}>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">{cols}{"".join(body)}'
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows([["" if v is None else v for v in row] for row in rows])
    return path
