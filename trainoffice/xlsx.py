"""Print-ready Excel sheets, one way for every list the app exports.

Each sheet gets a title row, a frozen bold header, column widths from the content, A4 landscape
fitted to the page width, the header repeated on every printed page, and 第x页 共y页 in the footer.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass
class SheetSpec:
    """One sheet: Chinese name, title line, optional subtitle (单位, 日期), header and rows."""

    name: str
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Any]]
    subtitle: str = ""
    portrait: bool = False


class Percent(float):
    """A share (0.929) the sheet shows as 92.9%: a number the city can sort and sum, not text."""


def _width(value: Any) -> int:
    if type(value) is Percent:
        return 6
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


_CELL_STYLE = "trainoffice_cell"
_HEADER_STYLE = "trainoffice_header"
_TITLE_STYLE = "trainoffice_title"
_PERCENT_STYLE = "trainoffice_percent"
_SAMPLE_ROWS = 2000  # widths from a sample: fast on long lists, right in practice


def _styles(wb: Workbook) -> None:
    """Named styles, registered once per workbook: one style record instead of one per cell."""
    present = set(wb.named_styles)
    for style in (NamedStyle(_CELL_STYLE, border=_BORDER), NamedStyle(_PERCENT_STYLE, border=_BORDER, number_format="0.0%"),
                  NamedStyle(_HEADER_STYLE, font=Font(bold=True), border=_BORDER,
                             alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
                  NamedStyle(_TITLE_STYLE, font=Font(size=16, bold=True), alignment=Alignment(horizontal="center"))):
        if style.name not in present:
            wb.add_named_style(style)


def _styled(ws: Worksheet | WriteOnlyWorksheet, value: Any, style: str) -> Cell:
    cell = WriteOnlyCell(ws, value)
    cell.style = style
    return cell


def write_sheet(ws: Worksheet | WriteOnlyWorksheet, spec: SheetSpec) -> int:
    """Fill ``ws`` from ``spec``; returns the number of data rows written.

    Works on an ordinary worksheet and on a write-only one (what ``write_workbook`` uses: rows
    stream to disk, so 100,000-row sheets stay small in memory). Settings that a write-only sheet
    needs before its first row (widths, frozen header) are made from the first rows, read ahead.
    """
    _styles(ws.parent)
    ncols = len(spec.header)
    ws.title = spec.name[:31]
    rows = iter(spec.rows)
    sample = list(itertools.islice(rows, _SAMPLE_ROWS))
    widths = [_width(h) for h in spec.header]
    for values in sample:
        for col, value in enumerate(values[:ncols]):
            widths[col] = max(widths[col], _width(value))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 6), 40)
    header_row = 3
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait" if spec.portrait else "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.append([_styled(ws, spec.title, _TITLE_STYLE)])
    ws.append([spec.subtitle])
    ws.append([_styled(ws, label, _HEADER_STYLE) for label in spec.header])
    title_range = f"A1:{get_column_letter(max(ncols, 1))}1"
    if isinstance(ws, WriteOnlyWorksheet):
        ws.merged_cells.add(title_range)
    else:
        ws.merge_cells(title_range)
    count = 0
    for values in itertools.chain(sample, rows):
        ws.append([_styled(ws, value, _PERCENT_STYLE if type(value) is Percent else _CELL_STYLE) for value in values])
        count += 1
    if count:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{header_row + count}"
    return count


def write_workbook(path, sheets: Sequence[SheetSpec]) -> dict[str, int]:
    """Write the sheets to ``path`` (the caller supplies a temporary path); returns rows per sheet.

    Write-only mode: constant memory whatever the number of rows (county-year packets).
    """
    wb = Workbook(write_only=True)
    counts = {}
    for spec in sheets:
        counts[spec.name] = write_sheet(wb.create_sheet(), spec)
    wb.save(path)
    return counts
