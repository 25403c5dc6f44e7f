"""Benchmark data at county and city scale, deterministic by seed and cached in benchmarks/data/.

Built on trainoffice.demo (the same generator ``trainoffice demo`` uses), so the benchmarks measure
the data the app shows. A cached file is named after the size, seed, scale and a digest of the
generator's source, so changing the generator rebuilds the data instead of measuring stale files.
Files are built under a temporary name and renamed, so an interrupted build leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trainoffice import demo, schema
from trainoffice.certificates import read_seal
from trainoffice.demo import (
    DemoSize,
    build_demo,
    build_training_history,
    make_schools,
    make_teachers,
)
from trainoffice.office import Office

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED = 2026

# The city: 衡阳市 and its 12 county-level divisions (real names and 行政区划代码; people are made up).
CITY = ("衡阳市中小学教师发展中心", "衡阳市", "430400")
CITY_COUNTIES = (("珠晖区", "430405"), ("雁峰区", "430406"), ("石鼓区", "430407"), ("蒸湘区", "430408"),
                 ("南岳区", "430412"), ("衡阳县", "430421"), ("衡南县", "430422"), ("衡山县", "430423"),
                 ("衡东县", "430424"), ("祁东县", "430426"), ("耒阳市", "430481"), ("常宁市", "430482"))
# Township names for the city's counties: a seat plus places drawn from common Hunan place-name roots.
_TOWN_ROOTS = ("城关", "新市", "白沙", "长乐", "洪市", "金溪", "大安", "杉桥", "界牌", "集兵", "岘山", "西渡",
               "石市", "井头", "演陂", "台源", "曲兰", "渣江", "库宗", "樟树", "栏垅", "三湖", "关市", "黄土",
               "岣嵝", "杨林", "鸡笼", "泉峰", "茶市", "车江", "云集", "花桥", "宝盖", "江口", "廖田", "松柏")

COUNTY_SCHOOLS, COUNTY_TEACHERS = 150, 5000
# The county's training year as issue 6 sizes it (projects generator of trainoffice.demo): 2025 complete,
# 60 projects of 60-90 trainees, courses of at least 12 days (two sessions a day), so ~4,000 enrollments
# and ~100,000 attendance marks; manual ledger entries for the year.
COUNTY_YEARS, COUNTY_PROJECTS_PER_YEAR, COUNTY_TRAINEES, COUNTY_MIN_DAYS = (2025,), 60, (60, 90), 12
COUNTY_LEDGER_YEARS = (2025,)
COUNTY_AS_OF = dt.date(2026, 1, 1)
# The city: five full years of ledger entries for every teacher, and a year of city projects.
CITY_LEDGER_YEARS = (2021, 2022, 2023, 2024, 2025)
CITY_YEARS, CITY_PROJECTS_PER_YEAR = (2025,), 24
ROSTER_ROWS = 5000
ROSTER_HEADER = ("序号", "姓名", "性别", "身份证号", "工作单位", "学段", "学科", "职称", "职务", "联系电话")


def generator_digest() -> str:
    """Digest of the code that shapes the data: this module, trainoffice/demo.py and the schema."""
    h = hashlib.sha256()
    for source in (Path(__file__), Path(demo.__file__), Path(schema.__file__)):
        h.update(source.read_bytes())
    return h.hexdigest()[:10]


@dataclass(frozen=True)
class DataSet:
    """Where a run's data lives and how big it is. ``scale`` < 1 shrinks every count (--quick, tests)."""

    data_dir: Path = DATA_DIR
    scale: float = 1.0
    seed: int = SEED

    def n(self, full: int, minimum: int = 1) -> int:
        return max(minimum, round(full * self.scale))

    def path(self, stem: str, suffix: str) -> Path:
        scale = "" if self.scale == 1 else f"-x{self.scale:g}"
        return self.data_dir / f"{stem}-s{self.seed}{scale}-{generator_digest()}{suffix}"

    def _cached(self, target: Path, build: Callable[[Path], None]) -> Path:
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".building-{os.getpid()}-{target.name}")
        try:
            build(temp)
            os.replace(temp, target)
            prefix = target.name[: -len(generator_digest() + target.suffix)]
            for stale in target.parent.glob(f"{prefix}*{target.suffix}"):  # built by an older generator
                if stale != target and len(stale.name) == len(target.name):
                    stale.unlink()
        finally:
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm"), Path(f"{temp}.lock")):
                leftover.unlink(missing_ok=True)
        return target

    # ----- databases -----------------------------------------------------------------------
    def county_db(self) -> Path:
        """安仁县 at about 5,000 teachers in 150 schools (the demo county, grown), with a year of 60 projects,
        their rosters, sessions, attendance, results and ledger postings, and the year's manual ledger."""
        def build(path: Path) -> None:
            with Office(path) as office:
                build_demo(office, seed=self.seed, size=DemoSize(
                    schools=self.n(COUNTY_SCHOOLS, 10), teachers=self.n(COUNTY_TEACHERS, 50),
                    projects_per_year=0, ledger_years=()))
                with office.atomic():
                    build_training_history(
                        office, random.Random(self.seed + 2), years=COUNTY_YEARS,
                        projects_per_year=self.n(COUNTY_PROJECTS_PER_YEAR, 2),
                        trainees_per_project=tuple(self.n(n, 5) for n in COUNTY_TRAINEES),
                        min_days=COUNTY_MIN_DAYS, ledger_years=COUNTY_LEDGER_YEARS, as_of=COUNTY_AS_OF)
                office.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self._cached(self.path("county", ".sqlite3"), build)

    def county_certified_db(self) -> Path:
        """The county with certificates issued for every closed (结业) project, the seal set, the office's
        signing key made: what the certificate and packet figures print from."""
        def build(path: Path) -> None:
            import shutil

            shutil.copyfile(self.county_db(), path)
            with Office(path) as office:
                office.certificates.set_seal(read_seal(self.seal_png()))
                office.settings.update({"contact_person": "李老师", "contact_phone": "0735-5221234"})
                office.signer.ensure()
                closed = [r[0] for r in office.database.conn.execute(
                    "SELECT id FROM projects WHERE status = '结业' ORDER BY id")]
                for project_id in closed:
                    office.certificates.issue(project_id=project_id, issued_on=dt.date(2025, 12, 20))
                office.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self._cached(self.path("county-certified", ".sqlite3"), build)

    def city_db(self) -> Path:
        """衡阳市: 12 counties of 150 schools and 5,000 teachers each (60,000 teachers), five years of
        ledger entries for everyone (2021-2025) and a year of projects."""
        def build(path: Path) -> None:
            rng = random.Random(self.seed)
            used: set[str] = set()
            with Office(path) as office, office.atomic():
                office.set_identity(office_name=CITY[0], county_name=CITY[1], county_code=CITY[2])
                for county, code in CITY_COUNTIES:
                    townships = tuple(f"{root}{'镇' if i % 3 else '乡'}" if i else f"{root}镇" for i, root in
                                      enumerate(rng.sample(_TOWN_ROOTS, 13)))
                    schools = [(office.registry.save_school(s), s) for s in make_schools(
                        rng, self.n(COUNTY_SCHOOLS, 10), county=county, county_code=code, townships=townships)]
                    teachers = make_teachers(rng, schools, self.n(COUNTY_TEACHERS, 50), area=code, used=used)
                    office.registry.insert_teachers(teachers, on=dt.date(2020, 9, 1))
                build_training_history(office, rng, years=CITY_YEARS,
                                       projects_per_year=self.n(CITY_PROJECTS_PER_YEAR, 2),
                                       ledger_years=CITY_LEDGER_YEARS, as_of=dt.date(2026, 1, 1))
            with Office(path) as office:
                office.database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self._cached(self.path("city", ".sqlite3"), build)

    # ----- spreadsheets for the import figures ----------------------------------------------
    def roster_rows(self) -> list[tuple]:
        """A county roster (参培学员名单): mostly registry teachers, one in ten new to the registry."""
        with Office(self.county_db(), lock=False) as office:
            conn = office.database.conn
            known = conn.execute(
                "SELECT t.name, t.gender, t.id_number, s.name, t.stage, t.subject, t.title, t.post, t.phone"
                " FROM teachers t JOIN schools s ON s.id = t.school_id WHERE t.status = '在职' ORDER BY t.id"
            ).fetchall()
            schools = [(r[0], office.registry.school(r[0])) for r in conn.execute("SELECT id FROM schools")]
            used = {r[2] for r in known}
        rng = random.Random(self.seed + 1)
        total = self.n(ROSTER_ROWS, 20)
        new_count = total // 10
        picked = rng.sample(known, min(len(known), total - new_count))
        new = make_teachers(rng, schools, total - len(picked), used=used)
        names = {sid: s.name for sid, s in schools}
        picked += [(t.name, t.gender, t.id_number, names[t.school_id], t.stage, t.subject, t.title, t.post, t.phone)
                   for t in new]
        rng.shuffle(picked)
        return [(i, *r) for i, r in enumerate(picked, start=1)]

    def roster_title(self) -> str:
        return f"{dt.date(2026, 3, 1).year}年安仁县中小学教师全员培训参培学员名单汇总表"

    def roster_xlsx(self) -> Path:
        """The roster as a school secretary's .xlsx: a merged title row above the header, IDs as text."""
        def build(path: Path) -> None:
            from openpyxl import Workbook
            from openpyxl.styles import Alignment, Font

            wb = Workbook()
            ws = wb.active
            ws.title = "参培学员名单"
            ws.append([self.roster_title()])
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ROSTER_HEADER))
            ws["A1"].font, ws["A1"].alignment = Font(bold=True, size=16), Alignment(horizontal="center")
            ws.append(ROSTER_HEADER)
            for row in self.roster_rows():
                ws.append(row)
            for letter, width in zip("ABCDEFGHIJ", (6, 10, 6, 22, 30, 8, 10, 12, 8, 14), strict=True):
                ws.column_dimensions[letter].width = width
            wb.save(path)
        return self._cached(self.path("roster", ".xlsx"), build)

    def roster_xls(self) -> Path:
        """The same roster as Excel 97-2003 .xls (xlwt: BIFF8, at most 65,536 rows and 256 columns)."""
        def build(path: Path) -> None:
            import xlwt

            wb = xlwt.Workbook(encoding="utf-8")
            ws = wb.add_sheet("参培学员名单")
            ws.write_merge(0, 0, 0, len(ROSTER_HEADER) - 1, self.roster_title(),
                           xlwt.easyxf("font: bold on, height 320; align: horiz center"))
            for col, label in enumerate(ROSTER_HEADER):
                ws.write(1, col, label)
            for r, row in enumerate(self.roster_rows(), start=2):
                for col, value in enumerate(row):
                    ws.write(r, col, value)
            wb.save(str(path))
        return self._cached(self.path("roster", ".xls"), build)

    # ----- images ----------------------------------------------------------------------------
    def seal_png(self) -> Path:
        """The office seal (公章 PNG with transparency) certificates are stamped with."""
        from benchmarks.bare import make_seal_png

        return self._cached(self.path("seal", ".png"), make_seal_png)


def main() -> None:
    """Build every data set at full size (``python -m benchmarks.data``); prints the files."""
    data = DataSet()
    for make in (data.county_db, data.city_db, data.roster_xlsx, data.roster_xls, data.seal_png):
        print(make())


if __name__ == "__main__":
    main()
