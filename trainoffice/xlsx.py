"""Print-ready Excel sheets, one way for every list the app exports.

Each sheet gets a title row, a frozen bold header, column widths from the content, A4 landscape
fitted to the page width, the header repeated on every printed page, and 第x页 共y页 in the footer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
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


def _width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def write_sheet(ws: Worksheet, spec: SheetSpec) -> int:
    """Fill ``ws`` from ``spec``; returns the number of data rows written."""
    ncols = len(spec.header)
    ws.title = spec.name[:31]
    ws.cell(row=1, column=1, value=spec.title).font = Font(size=16, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(ncols, 1))
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.cell(row=2, column=1, value=spec.subtitle)
    widths = [_width(h) for h in spec.header]
    header_row = 3
    for col, label in enumerate(spec.header, start=1):
        cell = ws.cell(row=header_row, column=col, value=label)
        cell.font = Font(bold=True)
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    count = 0
    for count, values in enumerate(spec.rows, start=1):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=header_row + count, column=col, value=value)
            cell.border = _BORDER
            if count <= 2000:  # widths from a sample: fast on long lists, right in practice
                widths[col - 1] = max(widths[col - 1], _width(value))
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 6), 40)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait" if spec.portrait else "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    if count:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{header_row + count}"
    return count


def write_workbook(path, sheets: Sequence[SheetSpec]) -> dict[str, int]:
    """Write the sheets to ``path`` (the caller supplies a temporary path); returns rows per sheet."""
    wb = Workbook()
    counts = {}
    for i, spec in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        counts[spec.name] = write_sheet(ws, spec)
    wb.save(path)
    return counts
