"""Import batches (导入记录): one file's changes written in one transaction, recorded, and undoable.

Every row a batch inserts or updates is listed in ``import_changes`` (with the row as it was before
an update), so undo is exact. Undo is refused when something has been built on the batch since:
a teacher it created is on a roster or has hours, a later import or an edit changed its rows.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainoffice import audit
from trainoffice.db import Database, in_chunks
from trainoffice.errors import InUse, NotFound, ValidationError
from trainoffice.imports.validate import ImportPlan, Problem, RowResult, import_cancelled, roster_import
from trainoffice.jobs import Cancel, Progress
from trainoffice.pinyin import name_keys
from trainoffice.registry import Registry, Teacher
from trainoffice.roster import recount_over_quota, require_roster_open
from trainoffice.text import translate

_TEACHER_COLUMNS = [*Teacher().to_row(), "name_pinyin", "name_initials", "updated_at"]


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do): the summary and the CLI's --json."""

    file: str
    kind: str
    counts: dict[str, int]
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    batch_id: int | None = None  # None: nothing was written (a dry run, or every row refused)
    notes: list[Problem] = field(default_factory=list)  # ImportPlan.note of each row that has one
    skipped: list[tuple[int, str]] = field(default_factory=list)  # rows set aside (Layout.skipped): 隐藏行, 合计…

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "kind": self.kind,
                **{k: self.counts[k] for k in ("created", "updated", "unchanged", "rejected")},
                "warnings": [p.as_dict() for p in self.warnings], "errors": [p.as_dict() for p in self.errors],
                "notes": [p.as_dict() for p in self.notes],
                "skipped": [{"row": row, "reason": why} for row, why in self.skipped]}


@dataclass
class BatchRecord:
    """One line of the import history: file, time, counts, who; undone_at once undone."""

    id: int
    kind: str
    file_name: str
    project_id: int | None
    imported_at: str
    imported_by: str
    counts: dict[str, int]
    undone_at: str | None
    project: str = ""  # a roster's project: its code and name


def summarise(plan: ImportPlan, batch_id: int | None = None, *, masked: bool = True) -> ImportResult:
    """The counts and every row's problems and notes (ID and phone numbers in notes masked when ``masked``)."""
    warnings = [p for r in plan.rows if r.state == "warning" for p in r.problems]
    errors = [p for r in plan.rows if r.state == "rejected" for p in r.problems]
    notes = [Problem(r.row, "", note) for r in plan.rows if (note := plan.note(r, masked=masked))]
    return ImportResult(plan.file, plan.kind, plan.counts(), warnings, errors, batch_id, notes,
                        list(plan.layout.skipped))


def _table_labels() -> dict[str, str]:
    """The tables a batch writes, or that refer to its rows, as a refusal to undo names them."""
    return {"schools": translate("imports", "学校"), "teachers": translate("imports", "教师"),
            "teacher_postings": translate("imports", "调动记录"), "enrollments": translate("imports", "参培名单"),
            "quotas": translate("imports", "参培指标"), "ledger": translate("imports", "学时记录"),
            "certificates": translate("imports", "结业证书"), "attendance": translate("imports", "考勤记录"),
            "assessments": translate("imports", "考核结果"), "import_batches": translate("imports", "导入记录")}


def _afterwards(action: str) -> str:
    """What happened to a row since the import, by the audit log's action."""
    return {"transfer": translate("imports", "调动过"), "status": translate("imports", "改过状态"),
            "merge": translate("imports", "随学校合并调动过")}.get(action) or translate("imports", "被修改过")


def _step(progress: Progress | None, cancel: Cancel | None, fraction: float, message: str) -> None:
    if cancel is not None and cancel():
        raise import_cancelled()
    if progress is not None:
        progress(fraction, message)


def _next_id(conn: sqlite3.Connection, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def write_plan(database: Database, registry: Registry, plan: ImportPlan, *, today: str, masked: bool = True,
               progress: Progress | None = None, cancel: Cancel | None = None) -> ImportResult:
    """Write everything the plan accepts in ONE transaction; a failure or cancel leaves the file as it was.
    When every row is refused nothing is written and no batch made: the result's batch_id is None."""
    conn = database.conn
    counts = plan.counts()
    changes: list[tuple[str, int, str, str | None]] = []
    accepted = plan.accepted
    if not accepted:
        return summarise(plan, masked=masked)
    with database.atomic():
        if plan.kind == "roster":  # the project may have been closed since the preview
            require_roster_open(conn, plan.project_id, roster_import())
        _step(progress, cancel, 0.0, translate("imports", "正在写入"))
        batch_id = conn.execute(
            "INSERT INTO import_batches (kind, file_name, project_id, imported_by, counts) VALUES (?, ?, ?, ?, ?)",
            (plan.kind, Path(plan.file).name, plan.project_id, audit.current_user(),
             json.dumps(counts, ensure_ascii=False))).lastrowid
        school_ids = _create_schools(conn, plan, accepted, changes)
        _step(progress, cancel, 0.1, translate("imports", "正在新增教师"))
        created = _create_teachers(conn, registry, accepted, school_ids, changes, today)
        _step(progress, cancel, 0.5, translate("imports", "正在更新教师信息"))
        _update_teachers(conn, registry, plan, accepted, school_ids, changes, today)
        if plan.kind == "roster":
            _step(progress, cancel, 0.7, translate("imports", "正在写入参培名单"))
            _enrol(conn, plan, accepted, created, school_ids, changes)
        _step(progress, cancel, 0.9, translate("imports", "正在保存导入记录"))
        conn.executemany(
            "INSERT INTO import_changes (batch_id, table_name, row_id, action, before) VALUES (?, ?, ?, ?, ?)",
            ((batch_id, *change) for change in changes))
        audit.record(conn, "import", "import_batches", batch_id, kind=plan.kind, file=Path(plan.file).name,
                     **counts)
        _step(progress, cancel, 1.0, translate("imports", "导入完成"))
    return summarise(plan, batch_id, masked=masked)


def _create_schools(conn: sqlite3.Connection, plan: ImportPlan, accepted: list[RowResult],
                    changes: list) -> dict[str, int]:
    names = sorted({r.new_school for r in accepted if r.new_school})
    if not names:
        return {}
    first = _next_id(conn, "schools")
    ids = {name: first + i for i, name in enumerate(names)}
    conn.executemany("INSERT INTO schools (id, name) VALUES (?, ?)", ((i, n) for n, i in ids.items()))
    changes.extend(("schools", i, "insert", None) for i in ids.values())
    return ids


def _create_teachers(conn: sqlite3.Connection, registry: Registry, accepted: list[RowResult],
                     school_ids: dict[str, int], changes: list, today: str) -> dict[int, int]:
    """New people; returns file row → new teacher id."""
    rows = [r for r in accepted if r.existing_id is None and r.teacher is not None]
    teachers = []
    for r in rows:
        teacher = r.teacher
        if r.new_school:
            teacher = Teacher(**{**vars(teacher), "school_id": school_ids[r.new_school]})
        teachers.append(teacher)
    ids = registry.insert_teachers(teachers, on=dt.date.fromisoformat(today))
    if ids:
        changes.extend(("teachers", i, "insert", None) for i in ids)
        changes.extend(("teacher_postings", pid, "insert", None) for (pid,) in conn.execute(
            "SELECT id FROM teacher_postings WHERE teacher_id BETWEEN ? AND ? ORDER BY id", (ids[0], ids[-1])))
    return {r.row: tid for r, tid in zip(rows, ids, strict=True)}


def _update_teachers(conn: sqlite3.Connection, registry: Registry, plan: ImportPlan, accepted: list[RowResult],
                     school_ids: dict[str, int], changes: list, today: str) -> None:
    rows = [r for r in accepted if r.updates_teacher]
    if not rows:
        return
    ids = [r.existing_id for r in rows]
    before = _rows(conn, "teachers", _TEACHER_COLUMNS, ids)
    was = registry.teachers(ids)
    values, changed = [], []
    for r in rows:
        row = r.teacher.to_row()
        if r.new_school:
            row["school_id"] = school_ids[r.new_school]
        row["name_pinyin"], row["name_initials"] = name_keys(row["name"])
        values.append((*(row[c] for c in _TEACHER_COLUMNS[:-1]), r.existing_id))
        changed.append((was[r.existing_id], Teacher(**{**vars(r.teacher), "id": r.existing_id,
                                                       "school_id": row["school_id"]})))
        changes.append(("teachers", r.existing_id, "update", json.dumps(before[r.existing_id], ensure_ascii=False)))
    sets = ", ".join(f"{c} = ?" for c in _TEACHER_COLUMNS[:-1])
    conn.executemany(f"UPDATE teachers SET {sets}, updated_at = datetime('now','localtime') WHERE id = ?", values)
    # 调动, 离开 (调出/退休) and 恢复在职 as of the import's day: the postings follow, kept for undo
    closed, opened = registry.follow_postings(changed, dt.date.fromisoformat(today), note="导入")
    changes.extend(("teacher_postings", pid, "update", json.dumps({"to_date": None})) for pid in closed)
    changes.extend(("teacher_postings", pid, "insert", None) for pid in opened)


def _enrol(conn: sqlite3.Connection, plan: ImportPlan, accepted: list[RowResult], created: dict[int, int],
           school_ids: dict[str, int], changes: list) -> None:
    rows = [r for r in accepted if r.action == "enrol"]
    if not rows:
        return
    first = _next_id(conn, "enrollments")
    conn.executemany(
        "INSERT INTO enrollments (id, project_id, teacher_id, school_id) VALUES (?, ?, ?, ?)",
        ((first + i, plan.project_id, r.existing_id or created[r.row], r.school_id or school_ids[r.new_school])
         for i, r in enumerate(rows)))
    changes.extend(("enrollments", first + i, "insert", None) for i in range(len(rows)))
    recount_over_quota(conn, plan.project_id)  # flags the rows the preview warned of


def _rows(conn: sqlite3.Connection, table: str, columns: list[str], ids: list[int]) -> dict[int, dict[str, Any]]:
    found = {}
    for marks, chunk in in_chunks(ids):
        for row in conn.execute(f"SELECT id, {', '.join(columns)} FROM {table} WHERE id IN ({marks})", chunk):
            found[row[0]] = dict(zip(columns, row[1:], strict=True))
    return found


# ----- history and undo ---------------------------------------------------------------------------
def history(conn: sqlite3.Connection, *, kind: str | None = None, project_id: int | None = None) -> list[BatchRecord]:
    """学员/教师导入记录, newest first."""
    sql = ("SELECT b.id, b.kind, b.file_name, b.project_id, b.imported_at, b.imported_by, b.counts, b.undone_at,"
           " coalesce(p.code || ' ' || p.name, '') FROM import_batches b LEFT JOIN projects p ON p.id = b.project_id"
           " WHERE 1 = 1")
    params: list[Any] = []
    if kind:
        sql += " AND b.kind = ?"
        params.append(kind)
    if project_id is not None:
        sql += " AND b.project_id = ?"
        params.append(project_id)
    return [BatchRecord(*r[:6], json.loads(r[6]), *r[7:]) for r in conn.execute(sql + " ORDER BY b.id DESC", params)]


def batch(conn: sqlite3.Connection, batch_id: int) -> BatchRecord:
    for record in history(conn):
        if record.id == batch_id:
            return record
    raise NotFound(translate("imports", "没有编号为 {id} 的导入记录").format(id=batch_id))


def _refuse_if_built_on(conn: sqlite3.Connection, record: BatchRecord,
                        changes: list[tuple[int, str, int, str, str | None]]) -> None:
    labels = _table_labels()
    touched: dict[str, list[int]] = {}
    inserted: dict[str, set[int]] = {}
    for _, table, row_id, action, _ in changes:
        touched.setdefault(table, []).append(row_id)
        if action == "insert":
            inserted.setdefault(table, set()).add(row_id)
    # 1. a later import changed the same rows
    for table, ids in touched.items():
        for marks, chunk in in_chunks(ids):
            later = conn.execute(
                f"SELECT b.id, b.file_name FROM import_changes c JOIN import_batches b ON b.id = c.batch_id"
                f" WHERE c.batch_id > ? AND b.undone_at IS NULL AND c.table_name = ? AND c.row_id IN ({marks})"
                " ORDER BY b.id DESC LIMIT 1", (record.id, table, *chunk)).fetchone()
            if later:
                raise InUse(translate("imports", "之后的导入 #{id}（{file}）又改动了本批导入的{table}：请先撤销 #{id}，再撤销本批。")
                            .format(id=later[0], file=later[1], table=labels.get(table, table)))
    # 2. an edit made after the import (the audit log names the row)
    marker = conn.execute("SELECT max(id) FROM audit_log WHERE action = 'import' AND table_name = 'import_batches'"
                          " AND row_id = ?", (record.id,)).fetchone()[0] or 0
    for table, ids in touched.items():
        for marks, chunk in in_chunks(ids):
            edited = conn.execute(
                "SELECT row_id, action, detail FROM audit_log"
                f" WHERE id > ? AND table_name = ? AND row_id IN ({marks}) ORDER BY id LIMIT 1",
                (marker, table, *chunk)).fetchone()
            if edited:
                row_id, action, detail = edited
                note = json.loads(detail).get("note") if action == "merge" else None
                raise InUse(translate("imports", "本批导入的{table}{who}在导入之后又{change}{note}，撤销会丢掉这些改动，因此不能撤销。"
                                          "导入的内容如有错误，请在相应页面逐条更正。")
                            .format(table=labels.get(table, table), who=_describe(conn, table, row_id),
                                    change=_afterwards(action),
                                    note=translate("imports", "（{note}）").format(note=note) if note else ""))
    # 3. records that refer to a row this batch created (roster entries, hours, certificates ...)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'")]
    for referrer in tables:
        for fk in conn.execute(f"PRAGMA foreign_key_list({referrer})").fetchall():
            target, column = fk[2], fk[3]
            if target not in inserted or referrer == "import_batches":
                continue
            own = inserted.get(referrer, set())
            has_id = referrer != "attendance"
            for marks, chunk in in_chunks(sorted(inserted[target])):
                rows = conn.execute(
                    f"SELECT {'id' if has_id else 'NULL'}, {column} FROM {referrer} WHERE {column} IN ({marks})",
                    chunk).fetchall()
                rows = [r for r in rows if r[0] is None or r[0] not in own]
                if rows:
                    raise InUse(translate("imports", "本批导入的{table}{who}已有{records}（共 {count} 条以上），"
                                                     "撤销会使这些记录失去依据，因此不能撤销。导入的内容如有错误，请在相应页面逐条更正。").format(
                        table=labels.get(target, target), who=_describe(conn, target, rows[0][1]),
                        records=labels.get(referrer, referrer), count=len(rows)))


def _describe(conn: sqlite3.Connection, table: str, row_id: int) -> str:
    if table in ("teachers", "schools"):
        row = conn.execute(f"SELECT name FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row:
            return translate("imports", "“{name}”").format(name=row[0])
    if table == "enrollments":
        row = conn.execute("SELECT t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
                           " WHERE e.id = ?", (row_id,)).fetchone()
        if row:
            return translate("imports", "（{name}）").format(name=row[0])
    return ""


def check_undoable(conn: sqlite3.Connection, batch_id: int) -> tuple[BatchRecord, list[tuple]]:
    """Raise what undoing the batch would (undone already, something built on it since), so that the user is
    told before being asked to confirm; else the batch and the changes an undo takes back."""
    record = batch(conn, batch_id)
    if record.undone_at:
        raise ValidationError(translate("imports", "导入 #{id}（{file}）已于 {undone_at} 撤销过").format(
            id=batch_id, file=record.file_name, undone_at=record.undone_at))
    changes = conn.execute("SELECT id, table_name, row_id, action, before FROM import_changes"
                           " WHERE batch_id = ? ORDER BY id", (batch_id,)).fetchall()
    _refuse_if_built_on(conn, record, changes)
    return record, changes


def undo_batch(database: Database, batch_id: int) -> BatchRecord:
    """Take back everything one import did, as one transaction; refused when something was built on it."""
    conn = database.conn
    with database.atomic():
        record, changes = check_undoable(conn, batch_id)
        group: list[tuple] = []
        for change in reversed(changes):  # last written, first taken back: rosters, postings, teachers, schools
            if group and (group[-1][1], group[-1][3]) != (change[1], change[3]):
                _revert(conn, group)
                group = []
            group.append(change)
        if group:
            _revert(conn, group)
        if record.kind == "roster" and record.project_id is not None:
            recount_over_quota(conn, record.project_id)
        conn.execute("UPDATE import_batches SET undone_at = datetime('now','localtime') WHERE id = ?", (batch_id,))
        audit.record(conn, "undo", "import_batches", batch_id, file=record.file_name)
        return batch(conn, batch_id)


def _revert(conn: sqlite3.Connection, group: list[tuple]) -> None:
    table, action = group[0][1], group[0][3]
    if table not in _table_labels():
        raise ValueError(table)
    if action == "insert":
        conn.executemany(f"DELETE FROM {table} WHERE id = ?", ((c[2],) for c in group))
        return
    by_columns: dict[tuple[str, ...], list[tuple]] = {}
    for c in group:
        before = json.loads(c[4])
        by_columns.setdefault(tuple(before), []).append((*before.values(), c[2]))
    for columns, values in by_columns.items():
        conn.executemany(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in columns)} WHERE id = ?", values)
