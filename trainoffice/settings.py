"""Office settings (设置), stored as JSON values in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from trainoffice.db import Database

DEFAULTS: dict[str, Any] = {
    "office_name": "",            # 单位名称, e.g. 某某县教育局教师培训股
    "county_name": "",            # 县/区
    "county_code": "",            # 6-digit 行政区划代码
    "hours_per_day": 6,           # 1 day of concentrated training = 6 学时 [CZ]
    "hours_per_slot": 3,          # a half-day slot = 3 学时
    "credits_per_hour": 1.0,      # 1 学时 = 1 学分 unless configured [ML]
    "annual_target": 72,          # 学分 per teacher per year [ML]
    "cycle_target": 360,          # 学时 per 5-year cycle (national)
    "cycle_start_year": 2021,     # first year of a 5-year cycle: cycles run 2021-2025, 2026-2030 ...
    "mask_personal_data": True,   # mask ID numbers and phones on lists: on screen, exported and printed
    # 证书编号: 431028-2026-01-0001. A project's code starts with its year, so {year} is not repeated;
    # schema migration 5 keeps the old default for offices that had issued numbers under it.
    "certificate_number_pattern": "{county}-{project}-{seq:04}",  # {year} {county} {project} {seq}
    # A TrueType Chinese font chosen by the user; '' = find one on this PC. A path on this PC (a font is
    # 10-20 MB): where it is gone (the database moved), one found here is used and the user is told.
    "pdf_font_path": "",
    "certificate_layout": {},     # positions (mm) and font sizes; '{}' = certificates.default_layout()
    # The seal (单位公章) is not a setting: the picture itself is in the table certificate_seal.
    "certificate_issuer": "",     # 发证单位 as printed; '' = office_name
    # The certificate is the holder's own document, shown for appraisal and title review: full ID by
    # default, as 结业证书 carry it [CZ]; lists (the register included) follow mask_personal_data.
    "certificate_mask_id": False,
    "contact_person": "",         # 联系人 on the packet cover
    "contact_phone": "",          # 联系电话 on the packet cover
    "packet_folder": "",          # where the last 提交包 was written (a USB drive is just a folder)
    "import_mappings": {},        # header layout → {header: teacher field} the user chose when importing
}


class Settings:
    """Read and write settings; unknown keys are refused so a typo cannot go unnoticed."""

    def __init__(self, database: Database):
        self._database = database
        self._conn = database.conn

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else DEFAULTS[key]

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self._database.atomic():
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def update(self, values: dict[str, Any]) -> None:
        with self._database.atomic():
            for key, value in values.items():
                self.set(key, value)

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in DEFAULTS}
