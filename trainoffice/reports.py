"""Lists exported to Excel for printing. Personal data is masked unless the user asks otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from trainoffice.files import atomic_output
from trainoffice.idnumber import mask as mask_id
from trainoffice.idnumber import mask_phone
from trainoffice.office import Office
from trainoffice.registry import LIST_COLUMNS, TeacherQuery
from trainoffice.xlsx import SheetSpec, write_workbook

_ID = [key for key, _, _ in LIST_COLUMNS].index("id_number")
_PHONE = [key for key, _, _ in LIST_COLUMNS].index("phone")


def export_teachers(office: Office, query: TeacherQuery, out: Path, *, masked: bool = True) -> Path:
    """教师名单 as shown in the registry (same search, filters and order) to a print-ready .xlsx."""
    ids = office.registry.search_ids(query)
    identity = office.identity

    def rows():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            found = office.registry.list_rows(chunk)
            for n, tid in enumerate(chunk, start=start + 1):
                values = list(found[tid])
                if masked:
                    values[_ID], values[_PHONE] = mask_id(values[_ID]), mask_phone(values[_PHONE])
                yield [n, *values]

    sheet = SheetSpec(
        name="教师名单", title=f"{identity.county_name}教师名单",
        subtitle=f"填报单位：{identity.office_name}    导出日期：{dt.date.today():%Y年%m月%d日}    共 {len(ids)} 人",
        header=["序号", *[label for _, label, _ in LIST_COLUMNS]], rows=rows())
    with atomic_output(out) as tmp:
        write_workbook(tmp, [sheet])
    return out

