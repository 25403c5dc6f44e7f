"""The error report (导入问题清单) a clerk sends back to the school: each problem row, where, and the fix.

ID numbers are printed in full here, unlike on printed lists: the school needs them to find and
correct the row, and the report goes back to the people who sent the data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainoffice.files import atomic_output
from trainoffice.imports.validate import ImportPlan
from trainoffice.xlsx import SheetSpec, write_workbook

REPORT_HEADER = ("行号", "处理结果", "姓名", "身份证号", "工作单位", "问题所在列", "问题及修改方法")


def report_rows(plan: ImportPlan) -> list[list[object]]:
    """One line per problem, in file order: rejected rows say 未导入, warned rows 已导入（请核对）."""
    lines: list[list[object]] = []
    for r in plan.rows:
        if r.state == "ok":
            continue
        outcome = "未导入" if r.state == "rejected" else "已导入（请核对）"
        for p in r.problems:
            lines.append([r.row, outcome, r.cells.get("name", ""), r.cells.get("id_number", ""),
                          r.cells.get("school_id", ""), p.column, p.message])
    return lines


def export_error_report(plan: ImportPlan, out: str | Path) -> Path:
    """Write the problems of ``plan`` to a print-ready .xlsx at ``out`` (atomically)."""
    out = Path(out)
    counts = plan.counts()
    sheet = SheetSpec(
        name="导入问题清单", title=f"{Path(plan.file).name} 导入问题清单",
        subtitle=(f"工作表：{plan.sheet}    未导入 {counts['rejected']} 行，提醒 {counts['warnings']} 条    "
                  f"导出日期：{dt.date.today():%Y年%m月%d日}    请按“问题及修改方法”改正后重新报送"),
        header=REPORT_HEADER, rows=report_rows(plan))
    with atomic_output(out) as tmp:
        write_workbook(tmp, [sheet])
    return out
