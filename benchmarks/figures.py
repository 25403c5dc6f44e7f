"""The figures: what each one times on our side and on the baseline side, and its target (issue 6).

A side whose feature is not on main yet is reported as "not measurable yet: <feature>", never timed
against a stand-in.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import bare
from benchmarks.data import DataSet
from benchmarks.harness import Bench, Figure

SCREEN_ROWS = 40  # rows the teacher table shows without scrolling
SEARCH_QUERIES = {"name": 25, "initials": 20, "pinyin": 20, "id_tail": 20, "school": 15}
CERTIFICATES = 1000


def _module_missing(module: str, feature: str) -> str | None:
    return None if importlib.util.find_spec(module) is not None else feature


def _temp_dir() -> Path:
    """A scratch folder for one side's copies and outputs, removed when the child process exits."""
    path = Path(tempfile.mkdtemp(prefix="trainoffice-bench-"))
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


# ----- registry search ------------------------------------------------------------------------------
def search_queries(db: Path, seed: int) -> list[tuple[str, str]]:
    """100 mixed (kind, text) queries as clerks type them: names, pinyin initials and full pinyin,
    ID-number tails, school names and fragments of them."""
    rng = random.Random(seed)
    conn = sqlite3.connect(db)
    try:
        teachers = conn.execute("SELECT name, name_pinyin, name_initials, id_number FROM teachers").fetchall()
        schools = [r[0] for r in conn.execute("SELECT name FROM schools")]
    finally:
        conn.close()
    queries: list[tuple[str, str]] = []
    for kind, count in SEARCH_QUERIES.items():
        for i in range(count):
            name, pinyin, initials, number = rng.choice(teachers)
            if kind == "name":
                text = name if i % 5 else name[0]  # now and then only the surname, as typing starts
            elif kind == "initials":
                text = initials
            elif kind == "pinyin":
                text = pinyin if i % 2 else pinyin[: rng.randint(3, max(3, len(pinyin) - 1))]
            elif kind == "id_tail":
                text = number[-4:] if i % 2 else number[-6:]
            else:
                school = rng.choice(schools)
                text = school if i % 3 == 0 else rng.choice(("第一中学", "中心小学", "幼儿园", "中学")) \
                    if i % 3 == 1 else school[3:7]
            queries.append((kind, text))
    return queries


class RegistrySearch(Bench):
    """Registry.search_ids for each query, then list_rows for the first screen of rows (one per query)."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from trainoffice.office import Office

        self.office = Office(data.city_db(), lock=False)
        self.queries = search_queries(data.city_db(), data.seed)
        self.latencies: list[list[float]] = []  # one list per repetition, one entry per query

    def run(self) -> None:
        import time

        from trainoffice.registry import TeacherQuery

        registry, latencies = self.office.registry, []
        for _, text in self.queries:
            start = time.perf_counter()
            ids = registry.search_ids(TeacherQuery(text=text))
            registry.list_rows(ids[:SCREEN_ROWS])
            latencies.append(time.perf_counter() - start)
        self.latencies.append(latencies)

    def _per_query(self) -> list[float]:
        return [statistics.median(run[i] for run in self.latencies) for i in range(len(self.queries))]

    def value(self, times: list[float]) -> float:
        """p95 of the per-query medians over the timed repetitions (the warm-up is dropped)."""
        self.latencies = self.latencies[-len(times):]
        return _percentile(self._per_query(), 95)

    def detail(self, times: list[float]) -> dict[str, Any]:
        per_query = self._per_query()
        slowest = max(range(len(per_query)), key=per_query.__getitem__)
        by_kind: dict[str, list[float]] = {}
        for (kind, _), seconds in zip(self.queries, per_query, strict=True):
            by_kind.setdefault(kind, []).append(seconds)
        return {"queries": len(per_query), "p50_ms": round(_percentile(per_query, 50) * 1000, 1),
                "p95_ms": round(_percentile(per_query, 95) * 1000, 1), "max_ms": round(max(per_query) * 1000, 1),
                "slowest": f"{self.queries[slowest][0]} {self.queries[slowest][1]!r}",
                "p95_ms_by_kind": {k: round(_percentile(v, 95) * 1000, 1) for k, v in by_kind.items()}}


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


# ----- roster import ----------------------------------------------------------------------------
class CalamineReadXlsx(Bench):
    """Baseline: python-calamine reads every cell value of the roster (.xlsx)."""

    suffix = "xlsx"

    def __init__(self, data: DataSet):
        super().__init__(data)
        self.path = data.roster_xlsx() if self.suffix == "xlsx" else data.roster_xls()

    def run(self) -> None:
        from python_calamine import CalamineWorkbook

        rows = CalamineWorkbook.from_path(str(self.path)).get_sheet_by_index(0).to_python()
        assert len(rows) >= self.data.n(5000, 20)


class CalamineReadXls(CalamineReadXlsx):
    """Baseline: python-calamine reads every cell value of the roster (.xls)."""

    suffix = "xls"


ROSTER_PROJECT = "2026-QY"


class RosterImportXlsx(Bench):
    """Ours: ``trainoffice import roster FILE --project CODE`` in process: read, find the header, map,
    check every row, then write the batch (new teachers, enrollments, undo records) in one transaction."""

    suffix = "xlsx"

    def __init__(self, data: DataSet):
        super().__init__(data)
        self.path = data.roster_xlsx() if self.suffix == "xlsx" else data.roster_xls()
        self.dir = _temp_dir()
        self.db = self.dir / "county.sqlite3"
        self.office = None
        self.phases: list[dict[str, float]] = []

    def reset(self) -> None:
        """A fresh copy of the county with the 全员培训 project the roster is for (places for everyone)."""
        from trainoffice.office import Office
        from trainoffice.projects import Project

        if self.office is not None:
            self.office.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.data.county_db(), self.db)
        self.office = Office(self.db)
        self.office.projects.create(Project(
            code=ROSTER_PROJECT, name="2026年安仁县中小学教师全员培训", year=2026, form="本地集中",
            start_date="2026-07-06", end_date="2026-07-10", days_local=5, places=self.data.n(5000, 20)))

    def run(self) -> None:
        import time

        marks = [("start", time.perf_counter())]

        def progress(fraction: float, message: str) -> None:  # the phases, from the job's own progress messages
            phase = "check" if message.startswith("正在检查") else "write" if message == "正在写入" else None
            if phase and phase not in dict(marks):
                marks.append((phase, time.perf_counter()))

        imports = self.office.imports
        plan = imports.prepare(self.path, kind="roster", project_id=imports.project_id(ROSTER_PROJECT),
                               progress=progress)
        marks.append(("write", time.perf_counter()))  # checking ends where apply starts
        result = imports.apply(plan, progress=progress)
        marks.append(("end", time.perf_counter()))
        self.counts, self.plan = result.counts, plan
        at = dict(marks)
        self.phases.append({"read_ms": at["check"] - at["start"], "check_ms": at["write"] - at["check"],
                            "write_ms": at["end"] - at["write"]})

    def detail(self, times: list[float]) -> dict[str, Any]:
        """The counts; the median of each phase (reading the file and finding the header, checking, writing);
        and the floor under the write: the same rows stored with bare sqlite3, nothing checked (median of 5)."""
        import time

        phases = {k: round(statistics.median(p[k] for p in self.phases) * 1000, 1) for k in self.phases[0]}
        known = [(r.existing_id, r.school_id) for r in self.plan.rows if r.action == "enrol" and r.existing_id]
        new = [r.teacher.to_row() for r in self.plan.rows if r.action == "enrol" and not r.existing_id]
        bare_writes = []
        for _ in range(5):
            self.reset()
            start = time.perf_counter()
            bare.write_roster(self.office.database.conn, project_id=self.office.imports.project_id(ROSTER_PROJECT),
                              known=known, new=new, today="2026-11-23")
            bare_writes.append(time.perf_counter() - start)
        return {**{f"import_{k}": v for k, v in self.counts.items()}, **phases,
                "bare_write_ms": round(statistics.median(bare_writes) * 1000, 1)}


class RosterImportXls(RosterImportXlsx):
    """Ours: the same roster import from the .xls file."""

    suffix = "xls"


# ----- compliance ---------------------------------------------------------------------------------
def _ledger_missing(data: DataSet) -> str | None:
    conn = sqlite3.connect(data.city_db())
    try:
        rows = conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
    finally:
        conn.close()
    return None if rows else "ledger rows in the city data (projects/attendance/ledger generator, branch projects)"


class ComplianceSql(Bench):
    """Baseline: one hand-written SQL aggregate over the ledger (per school: teachers, how many under 72)."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        self.conn = sqlite3.connect(data.city_db())
        self.year = self.conn.execute("SELECT max(year) FROM ledger").fetchone()[0]

    def run(self) -> None:
        bare.compliance_aggregate(self.conn, year=self.year, target=72)


class ComplianceReport(Bench):
    """Ours: the 学分达标 report the app shows for a year (Compliance.annual: per school and the county)."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from trainoffice.office import Office

        self.office = Office(data.city_db(), lock=False)
        self.year = self.office.database.conn.execute("SELECT max(year) FROM ledger").fetchone()[0]

    def run(self) -> None:
        self.office.compliance.annual(self.year)


# ----- certificates --------------------------------------------------------------------------------
class BareCertificates(Bench):
    """Baseline: bare reportlab draws 1,000 certificate pages into one PDF (embedded TTF, seal, QR path)."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("BenchCJK", str(bare.cjk_font()), subfontIndex=0))
        self.contents = bare.certificate_contents(data.county_certified_db(), data.n(CERTIFICATES, 5))
        self.seal = data.seal_png()
        self.out = _temp_dir() / "certificates.pdf"

    def run(self) -> None:
        bare.draw_certificates(self.out, self.contents, font_name="BenchCJK", seal=self.seal)


class PrintCertificates(Bench):
    """Ours: Certificates.print_pdf of the same 1,000 certificates into one PDF (layout, font lookup,
    forms for the static layers, written via atomic_output, prints logged)."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from trainoffice.office import Office

        self.dir = _temp_dir()
        db = self.dir / "county.sqlite3"
        shutil.copyfile(data.county_certified_db(), db)
        self.office = Office(db)
        self.ids = [r[0] for r in self.office.database.conn.execute(
            "SELECT id FROM certificates WHERE revoked_at IS NULL ORDER BY project_id, id LIMIT ?",
            (data.n(CERTIFICATES, 5),))]
        self.out = self.dir / "certificates.pdf"

    def run(self) -> None:
        self.pages = self.office.certificates.print_pdf(out=self.out, certificate_ids=self.ids).pages

    def detail(self, times: list[float]) -> dict[str, Any]:
        return {"pages": self.pages, "pdf_mb": round(self.out.stat().st_size / 2**20, 1)}



# ----- submission packet -------------------------------------------------------------------------
PACKET_YEAR = 2025  # the county's last complete year


class ExportPacket(Bench):
    """Ours: Packets.export of the county's year: data/ JSON, the print-ready workbook, the report PDF,
    sign-in sheets and certificates of every project, manifest and signature, zip, re-read and verified."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from trainoffice.office import Office

        self.dir = _temp_dir()
        db = self.dir / "county.sqlite3"
        shutil.copyfile(data.county_certified_db(), db)
        self.office = Office(db)
        self.out = self.dir / "out"

    def reset(self) -> None:
        shutil.rmtree(self.out, ignore_errors=True)
        self.out.mkdir()

    def run(self) -> None:
        import datetime as dt

        self.result = self.office.packets.export(out_dir=self.out, year=PACKET_YEAR, on=dt.date(2026, 1, 5))

    def detail(self, times: list[float]) -> dict[str, Any]:
        counts = self.result.counts
        return {"packet_mb": round(self.result.path.stat().st_size / 2**20, 1),
                **{k: counts.get(k) for k in ("enrollments", "attendance", "ledger", "certificates", "report_pages",
                                              "signin_pages", "certificate_pages")}}


class BarePacket(Bench):
    """Baseline: bare openpyxl write-only of the packet workbook's rows, plus the PDF baseline: bare
    reportlab certificates (as certificates_1000) and sign-in sheets for the same year. Not in it: the
    report PDF, data/ JSON, zip, manifest signing and the re-read verification."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        import datetime as dt

        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from trainoffice.office import Office

        pdfmetrics.registerFont(TTFont("BenchCJK", str(bare.cjk_font()), subfontIndex=0))
        self.dir = _temp_dir()
        db = self.dir / "county.sqlite3"
        shutil.copyfile(data.county_certified_db(), db)
        office = Office(db)
        packets = office.packets
        scope = packets.scope(year=PACKET_YEAR)
        # The same rows the packet's workbook holds (the packet's own queries: data work, not timed).
        self.sheets = [(spec.name, list(spec.header), [list(r) for r in spec.rows])
                       for spec in packets._sheets(scope, True, dt.date.today())]
        self.signin = [section for pid in scope.project_ids if office.sessions.sessions(pid)
                       for section in office.forms.signin_sections(project_id=pid, per="day", masked=True)]
        conn = office.database.conn
        year_certs = conn.execute("SELECT count(*) FROM certificates c JOIN projects p ON p.id = c.project_id"
                                  " WHERE p.year = ? AND c.revoked_at IS NULL", (PACKET_YEAR,)).fetchone()[0]
        office.close()
        self.certificates = bare.certificate_contents(db, year_certs)
        self.seal = data.seal_png()

    def run(self) -> None:
        import time

        start = time.perf_counter()
        bare.write_rows_xlsx(self.dir / "rows.xlsx", self.sheets)
        self.xlsx_s = time.perf_counter() - start
        bare.draw_certificates(self.dir / "certificates.pdf", self.certificates, font_name="BenchCJK", seal=self.seal)
        self.signin_pages = bare.draw_tables(self.dir / "signin.pdf", self.signin, font_name="BenchCJK")

    def detail(self, times: list[float]) -> dict[str, Any]:
        return {"xlsx_s": round(self.xlsx_s, 2), "rows": sum(len(rows) for _, _, rows in self.sheets),
                "certificates": len(self.certificates), "signin_pages": self.signin_pages}


# ----- attendance grid ---------------------------------------------------------------------------
GRID_TRAINEES, GRID_DAYS = 300, 20  # 20 days x 上午/下午 = 40 sessions


def grid_project(office: Any, data: DataSet, seed: int) -> int:
    """A 300-trainee, 40-session project (开班) with every mark filled, built through the services."""
    import datetime as dt

    from trainoffice.attendance import Mark
    from trainoffice.projects import Project

    days, day = [], dt.date(2026, 3, 2)
    while len(days) < GRID_DAYS:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    trainees = data.n(GRID_TRAINEES, 10)
    project_id = office.projects.create(Project(
        code="2026-GRID", name="2026年安仁县中小学骨干教师高级研修班", year=2026, form="本地集中",
        start_date=days[0].isoformat(), end_date=days[-1].isoformat(), days_local=len(days), places=trainees))
    teachers = [r[0] for r in office.database.conn.execute(
        "SELECT id FROM teachers WHERE status = '在职' ORDER BY id LIMIT ?", (trainees,))]
    added = office.roster.enroll(project_id, teachers, on=days[0] - dt.timedelta(days=7)).added
    office.sessions.generate(project_id, dates=days)
    office.projects.open(project_id)
    rng = random.Random(seed)
    statuses = ("出勤",) * 90 + ("迟到", "早退", "请假", "缺勤") * 2 + ("出勤",) * 2
    marks = [Mark(e, s.id, rng.choice(statuses)) for e in added for s in office.sessions.sessions(project_id)]
    office.attendance.set_marks(project_id, marks)
    return project_id


class AttendanceGridData(Bench):
    """The core half of opening the grid: Attendance.grid (roster, sessions and every mark) for 300 x 40."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        from trainoffice.office import Office

        self.dir = _temp_dir()
        db = self.dir / "county.sqlite3"
        shutil.copyfile(data.county_db(), db)
        self.office = Office(db)
        self.project_id = grid_project(self.office, data, data.seed)

    def run(self) -> None:
        grid = self.office.attendance.grid(self.project_id)
        self.shape = (len(grid.trainees), len(grid.sessions))

    def detail(self, times: list[float]) -> dict[str, Any]:
        return {"trainees": self.shape[0], "sessions": self.shape[1]}


class AttendanceGridOpen(AttendanceGridData):
    """Ours: opening 考勤 for the 300 x 40 project: a new AttendanceGrid widget, set_project, shown and
    painted once (offscreen Qt, in this process)."""

    def __init__(self, data: DataSet):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from ui.operations import Operations

        self.app = QApplication.instance() or QApplication([])
        super().__init__(data)
        self.ops = Operations(self.office)
        self.widget = None

    def reset(self) -> None:
        if self.widget is not None:
            self.widget.close()
            self.widget.deleteLater()
            self.widget = None
        self.app.processEvents()

    def run(self) -> None:
        from ui.attendance_grid import AttendanceGrid

        self.widget = AttendanceGrid(self.ops)
        self.widget.resize(1280, 800)
        self.widget.set_project(self.project_id)
        self.widget.show()
        self.widget.repaint()  # lay out and paint now, not on a later turn of the event loop
        self.app.processEvents()
        self.shape = (self.widget.model.rowCount(), self.widget.model.columnCount())


# ----- app start ---------------------------------------------------------------------------------
class ImportQtWidgets(Bench):
    """Baseline: a Python process that only imports PySide6.QtWidgets."""

    def run(self) -> None:
        subprocess.run([sys.executable, "-c", "import PySide6.QtWidgets"], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


class AppStart(Bench):
    """Ours: ``trainoffice`` start-up offscreen on (a copy of) the city database, until the main window shows."""

    def __init__(self, data: DataSet):
        super().__init__(data)
        self.dir = _temp_dir()
        self.db = self.dir / "city.sqlite3"
        self.shown_times: list[float] = []  # process start -> window shown, per run
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(self.dir / "home"),
                        XDG_DATA_HOME=str(self.dir / "home" / "data"), XDG_CONFIG_HOME=str(self.dir / "home" / "config"))

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.data.city_db(), self.db)

    def run(self) -> None:
        import time

        start = time.perf_counter()
        log = self.dir / "app_start.log"
        with open(log, "w") as stderr:
            child = subprocess.Popen([sys.executable, "-m", "benchmarks.app_start", str(self.db)], env=self.env,
                                     stdout=subprocess.PIPE, stderr=stderr, text=True)
            assert child.stdout is not None
            line = child.stdout.readline()  # app_start gives up by itself after a minute
            shown = time.perf_counter() - start
            child.wait(timeout=120)
        if line.strip() != "shown":
            raise RuntimeError(f"the app did not show its main window (exit {child.returncode}): {line.strip()}\n"
                               + log.read_text()[-2000:])
        self.shown_times.append(shown)

    def value(self, times: list[float]) -> float:
        """Median time from process start to the window shown (the process's exit is not counted)."""
        return statistics.median(self.shown_times[-len(times):])


def _prepare_search(data: DataSet) -> None:
    data.city_db()


def _prepare_certificates(data: DataSet) -> None:
    data.county_certified_db()


FIGURES: tuple[Figure, ...] = (
    Figure("roster_import_xlsx", "参培名单导入 5,000 行 .xlsx，端到端 / roster import end to end", "ratio ≤ 1.5",
           meets=lambda ours, base, rss: ours / base <= 1.5,
           ours="benchmarks.figures:RosterImportXlsx", baseline="benchmarks.figures:CalamineReadXlsx",
           ours_missing=lambda data: _module_missing("trainoffice.imports", "roster import (trainoffice.imports)"),
           prepare=lambda data: (data.county_db(), data.roster_xlsx())),
    Figure("roster_import_xls", "参培名单导入 5,000 行 .xls，端到端 / roster import end to end", "ratio ≤ 1.5",
           meets=lambda ours, base, rss: ours / base <= 1.5,
           ours="benchmarks.figures:RosterImportXls", baseline="benchmarks.figures:CalamineReadXls",
           ours_missing=lambda data: _module_missing("trainoffice.imports", "roster import (trainoffice.imports)"),
           prepare=lambda data: (data.county_db(), data.roster_xls())),
    Figure("registry_search", "教师检索 60,000 人，100 个混合查询 / registry search (p95 per query)",
           "p95 ≤ 30 ms", meets=lambda ours, base, rss: ours <= 0.030,
           ours="benchmarks.figures:RegistrySearch", baseline=None, prepare=_prepare_search),
    Figure("compliance_year_city", "学分达标报表，一年，全市 / compliance report for a year, city",
           "ratio ≤ 2 and ≤ 1 s", meets=lambda ours, base, rss: ours / base <= 2 and ours <= 1,
           ours="benchmarks.figures:ComplianceReport", baseline="benchmarks.figures:ComplianceSql",
           ours_missing=lambda data: _module_missing("trainoffice.compliance", "compliance report (trainoffice.compliance)"),
           baseline_missing=_ledger_missing, prepare=_prepare_search),
    Figure("certificates_1000", "结业证书 1,000 张合并 PDF / 1,000 certificates, one PDF", "ratio ≤ 1.3 and < 10 s",
           meets=lambda ours, base, rss: ours / base <= 1.3 and ours < 10,
           ours="benchmarks.figures:PrintCertificates", baseline="benchmarks.figures:BareCertificates",
           ours_missing=lambda data: _module_missing("trainoffice.certificates", "certificates (trainoffice.certificates)"),
           prepare=_prepare_certificates),
    Figure("packet_county_year", "县年度提交包 / county-year packet export", "ratio ≤ 1.5, peak RSS ≤ 300 MB",
           meets=lambda ours, base, rss: ours / base <= 1.5 and (rss or 0) <= 300,
           ours="benchmarks.figures:ExportPacket", baseline="benchmarks.figures:BarePacket",
           ours_missing=lambda data: _module_missing("trainoffice.packet", "packet export (trainoffice.packet)"),
           prepare=_prepare_certificates, warmup=False),
    Figure("app_start_city", "启动到主窗口显示（offscreen），全市数据库 / app start to main window",
           "≤ 1.5 s", meets=lambda ours, base, rss: ours <= 1.5,
           ours="benchmarks.figures:AppStart", baseline="benchmarks.figures:ImportQtWidgets",
           ours_missing=lambda data: _module_missing("ui.mainwindow", "main window (ui.mainwindow)"),
           prepare=_prepare_search),
    Figure("attendance_grid_data_300x40", "考勤表数据 300 人 × 40 次课（核心部分）/ Attendance.grid, core half",
           "≤ 100 ms", meets=lambda ours, base, rss: ours <= 0.100,
           ours="benchmarks.figures:AttendanceGridData", baseline=None, prepare=lambda data: data.county_db()),
    Figure("attendance_grid_300x40", "考勤表打开 300 人 × 40 次课 / attendance grid open", "≤ 100 ms",
           meets=lambda ours, base, rss: ours <= 0.100, ours="benchmarks.figures:AttendanceGridOpen", baseline=None,
           ours_missing=lambda data: _module_missing("ui.attendance_grid", "the attendance grid (ui.attendance_grid)"),
           prepare=lambda data: data.county_db()),
)
