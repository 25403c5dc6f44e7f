"""The Office: one open database and the services over it (Anki's Collection, calibre's Cache)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from trainoffice.attendance import Attendance
from trainoffice.certificates import Certificates
from trainoffice.compliance import Compliance
from trainoffice.credits import Credits
from trainoffice.db import Database
from trainoffice.documents import Forms
from trainoffice.errors import ValidationError
from trainoffice.imports import Imports
from trainoffice.packet import Packets
from trainoffice.projects import Projects
from trainoffice.registry import Registry
from trainoffice.results import Results
from trainoffice.roster import Roster
from trainoffice.sessions import Sessions
from trainoffice.settings import Settings
from trainoffice.signing import Signer
from trainoffice.text import translate


def check_identity(*, office_name: str, county_name: str, county_code: str) -> dict[str, str]:
    """首次设置 as typed: field -> message for each problem (empty when all is well)."""
    errors = {}
    if not office_name.strip():
        errors["office_name"] = translate("office", "请填写单位名称")
    if not county_name.strip():
        errors["county_name"] = translate("office", "请填写县（区）名称")
    if not re.fullmatch(r"\d{6}", county_code.strip()):
        errors["county_code"] = translate("office", "县（区）代码应为6位数字，例如 431028")
    return errors


@dataclass(frozen=True)
class OfficeIdentity:
    office_name: str
    county_name: str
    county_code: str


class Office:
    """Open with ``Office(path)``; use ``office.registry``, ``office.settings`` ...; ``close()`` at the end."""

    def __init__(self, path: str | os.PathLike[str], *, lock: bool = True):
        self.database = Database(path, lock=lock)
        self.settings = Settings(self.database)
        self.registry = Registry(self.database, self.settings)
        self.imports = Imports(self.database, self.settings, self.registry)
        self.credits = Credits(self.database, self.settings)           # 学时登记
        self.projects = Projects(self.database, self.settings, self.credits)
        self.roster = Roster(self.database, self.settings)              # 指标, 参培名单
        self.sessions = Sessions(self.database, self.settings)          # 课程安排
        self.attendance = Attendance(self.database, self.settings, self.credits)
        self.results = Results(self.database, self.settings, self.credits, self.attendance, self.roster)
        self.compliance = Compliance(self.database, self.settings)      # 学分达标
        self.signer = Signer(self.database)                             # 单位签名密钥
        self.certificates = Certificates(self.database, self.settings, self.signer, self.projects, self.results,
                                         self.credits)                  # 结业证书
        self.projects.certificates = self.certificates                  # 归档 refuses 不符 certificates
        self.forms = Forms(self.database, self.settings, projects=self.projects, sessions=self.sessions,
                           roster=self.roster, credits=self.credits, registry=self.registry)  # 签到表, 学时登记卡
        self.packets = Packets(self.database, self.settings, self.signer, certificates=self.certificates,
                               forms=self.forms, projects=self.projects, sessions=self.sessions, results=self.results,
                               attendance=self.attendance, compliance=self.compliance)  # 提交包

    @property
    def path(self):
        return self.database.path

    @property
    def closed(self) -> bool:
        return self.database.closed

    def atomic(self):
        return self.database.atomic()

    # ----- first start ---------------------------------------------------------------------
    @property
    def is_set_up(self) -> bool:
        return bool(self.settings.get("office_name"))

    @property
    def identity(self) -> OfficeIdentity:
        s = self.settings
        return OfficeIdentity(s.get("office_name"), s.get("county_name"), s.get("county_code"))

    def set_identity(self, *, office_name: str, county_name: str, county_code: str) -> None:
        """首次设置: the office and its county (6-digit 行政区划代码)."""
        office_name, county_name, county_code = office_name.strip(), county_name.strip(), county_code.strip()
        errors = check_identity(office_name=office_name, county_name=county_name, county_code=county_code)
        if errors:
            field, message = next(iter(errors.items()))
            raise ValidationError(message, field=field)
        self.settings.update(
            {"office_name": office_name, "county_name": county_name, "county_code": county_code})

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
