"""``office.imports``: the import service the wizard and the CLI call (read → check → write → undo)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from trainoffice.db import Database
from trainoffice.errors import NotFound, ValidationError
from trainoffice.imports import batches
from trainoffice.imports.batches import BatchRecord, ImportResult
from trainoffice.imports.layout import (
    Layout,
    detect_layout,
    guess_mapping,
    mapping_memory,
    nothing_to_import,
    other_sheets,
    read_table,
)
from trainoffice.imports.reader import SheetData
from trainoffice.imports.report import export_error_report
from trainoffice.imports.validate import ImportPlan, check_rows, roster_import
from trainoffice.jobs import Cancel, Progress, collector_paused
from trainoffice.registry import Registry
from trainoffice.roster import require_roster_open
from trainoffice.settings import Settings

REMEMBERED_MAPPINGS = 100  # header layouts remembered; the oldest is forgotten first


class Imports:
    """Teachers and rosters from the spreadsheets schools send; one undoable batch per file."""

    def __init__(self, database: Database, settings: Settings, registry: Registry):
        self._database = database
        self._settings = settings
        self._registry = registry

    # ----- column mapping ----------------------------------------------------------------------
    def guess_mapping(self, layout: Layout) -> dict[int, str]:
        """Column index → teacher field: the user's earlier choice for the same headers, else a guess."""
        return guess_mapping(layout, self._settings.get("import_mappings"))

    def remember_mapping(self, layout: Layout, mapping: dict[int, str]) -> None:
        """Keep the user's mapping for files with the same headers (settings ``import_mappings``)."""
        remembered = dict(self._settings.get("import_mappings"))
        remembered.pop(layout.signature, None)
        remembered[layout.signature] = mapping_memory(layout, mapping)
        while len(remembered) > REMEMBERED_MAPPINGS:
            remembered.pop(next(iter(remembered)))
        self._settings.set("import_mappings", remembered)

    # ----- checking ----------------------------------------------------------------------------
    def check(self, sheet: SheetData, layout: Layout, mapping: dict[int, str], *, kind: str, file: str,
              project_id: int | None = None, create_schools: bool = False,
              progress: Progress | None = None, cancel: Cancel | None = None) -> ImportPlan:
        """Check every row; nothing is written. The plan is what the preview shows."""
        with collector_paused():
            return check_rows(self._registry, kind=kind, file=file, sheet=sheet.name, layout=layout,
                              mapping=mapping, project_id=project_id, create_schools=create_schools,
                              progress=progress, cancel=cancel)

    def prepare(self, path: str | os.PathLike[str], *, kind: str, sheet: str | None = None,
                header_row: int | None = None, project_id: int | None = None, create_schools: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None) -> ImportPlan:
        """Read, find the header, map the columns and check: the whole headless path (CLI, scripts).
        Without ``sheet``, the first sheet with a table; a sheet without one is refused naming the others."""
        if progress is not None:
            progress(0.0, f"正在读取 {Path(path).name}")
        with collector_paused():
            data, layout = read_table(path, sheet)
            if header_row is not None:
                layout = detect_layout(data, header_row=header_row)
            empty = nothing_to_import(layout, data.name)
            others = other_sheets(path, data.name) if empty else []
            if others:
                raise ValidationError(f"{empty}；本文件还有工作表：{'、'.join(others)}（命令行用 --sheet {others[0]}）")
            return self.check(data, layout, self.guess_mapping(layout), kind=kind, file=str(path),
                              project_id=project_id, create_schools=create_schools, progress=progress,
                              cancel=cancel)

    @property
    def masked(self) -> bool:
        """Whether ID and phone numbers in a plan's notes are masked (the office's setting)."""
        return bool(self._settings.get("mask_personal_data"))

    def summarise(self, plan: ImportPlan) -> ImportResult:
        """What ``apply`` would do, written nowhere: the dry run's result."""
        return batches.summarise(plan, masked=self.masked)

    # ----- writing and undoing -----------------------------------------------------------------
    def apply(self, plan: ImportPlan, *, progress: Progress | None = None, cancel: Cancel | None = None,
              on: dt.date | None = None) -> ImportResult:
        """Write the accepted rows as ONE batch (all or nothing) and remember the column mapping.
        A plan whose every row is refused writes no batch (the result's batch_id is None)."""
        with collector_paused():
            result = batches.write_plan(self._database, self._registry, plan, today=(on or dt.date.today()).isoformat(),
                                        masked=self.masked, progress=progress, cancel=cancel)
        self.remember_mapping(plan.layout, plan.mapping)
        return result

    def history(self, *, kind: str | None = None, project_id: int | None = None) -> list[BatchRecord]:
        return batches.history(self._database.conn, kind=kind, project_id=project_id)

    def check_undoable(self, batch_id: int) -> None:
        """Raise what ``undo`` would (InUse saying why), so that the user is told before being asked to confirm."""
        batches.check_undoable(self._database.conn, batch_id)

    def undo(self, batch_id: int) -> BatchRecord:
        """Take back a whole batch; raises InUse saying why when something was built on it since."""
        return batches.undo_batch(self._database, batch_id)

    def export_report(self, plan: ImportPlan, out: str | os.PathLike[str]) -> Path:
        return export_error_report(plan, out)

    def require_open_project(self, project_id: int) -> None:
        """Refuse a roster import into a project that is not 计划/开班, naming its status and what to do."""
        require_roster_open(self._database.conn, project_id, roster_import())

    def project_id(self, code: str) -> int:
        """The project a roster goes into, by its code (项目编号)."""
        row = self._database.conn.execute("SELECT id FROM projects WHERE code = ?", (code.strip(),)).fetchone()
        if row is None:
            raise NotFound(f"没有编号为“{code}”的培训项目：请核对项目编号")
        return row[0]
