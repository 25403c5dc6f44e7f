"""Backups (备份数据库) and restoring one (从备份恢复), in the app and on the command line.

- A backup is a consistent copy through SQLite's backup API (``Database.backup_to``), never a copy of the
  .sqlite3 file: while the app is open, recent commits are still in the -wal file beside it.
- Automatic backups, as Anki keeps them: when the app closes, a copy ``<stem>-YYYY-MM-DD.sqlite3`` goes to
  the data folder's ``backups/``. One a day: a later close on the same day replaces it, so the newest backup
  always holds the day's last work. The newest ``KEEP`` are kept: the last ten days the app was used, about
  two working weeks, time enough to notice a mistake; the long-term copies are the clerk's own on a USB
  stick. Made on close, not at start: start-up stays fast, and closing is when the day's work is in.
- Restoring checks the chosen file first (it opens read-only, is a TrainOffice database this version can
  read, quick_check passes), then keeps the current file beside itself under a dated name, then puts the
  backup's data in its place. It takes the writer lock, so it is refused while the app has the file open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from trainoffice.db import (
    Database,
    WriterLock,
    check_is_sqlite,
    check_version,
    check_writable,
    copy_database,
    dated_copy_name,
)
from trainoffice.errors import DatabaseError, DatabaseNotFound, NotADatabase
from trainoffice.paths import backup_dir
from trainoffice.text import translate

KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds: shown before it replaces the current database."""

    path: Path
    office_name: str
    county_name: str
    saved_at: dt.datetime  # when the file was written
    schools: int
    teachers: int


@dataclass(frozen=True)
class Restored:
    info: BackupInfo
    kept: Path | None
    """Where the replaced database was kept (None when there was none yet)."""


def backup_file_name(county_name: str, day: dt.date) -> str:
    """The name offered for a backup made by hand: 安仁县师训-2026-11-23.sqlite3."""
    county = re.sub(r'[\\/:*?"<>|\s]+', "", county_name)
    return f"{county}师训-{day.isoformat()}.sqlite3" if county else f"TrainOffice-{day.isoformat()}.sqlite3"


def database_file(path: Path) -> Path:
    """A backup's name ends in .sqlite3 (or .db): the restore dialog shows only those, so one is added."""
    return path if path.suffix.lower() in (".sqlite3", ".db") else path.with_name(path.name + ".sqlite3")


def daily_backups(folder: Path, stem: str) -> list[Path]:
    """The automatic backups of the databases named ``<stem>.sqlite3`` in ``folder``, newest first."""
    pattern = re.compile(re.escape(stem) + r"-(\d{4}-\d{2}-\d{2})\.sqlite3")
    found = [(match[1], path) for path in folder.iterdir() if (match := pattern.fullmatch(path.name))]
    return [path for _day, path in sorted(found, reverse=True)]


def daily_backup(database: Database, *, folder: Path | None = None, today: dt.date | None = None) -> Path:
    """Today's automatic backup (replacing one made earlier today); only the newest ``KEEP`` are kept."""
    assert database.path is not None
    folder = folder or backup_dir()
    stem = database.path.stem
    target = database.backup_to(folder / f"{stem}-{(today or dt.date.today()).isoformat()}.sqlite3")
    for old in daily_backups(folder, stem)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


@contextlib.contextmanager
def _opened(path: Path, target: Path | None) -> Iterator[tuple[sqlite3.Connection, BackupInfo]]:
    """The backup opened read-only and checked; nothing is written to it or beside it."""
    if path == target:
        raise DatabaseError(translate("backups", "{path} 就是当前的数据库文件，不是备份：请选择一个备份文件。").format(path=path))
    if not path.is_file():
        raise DatabaseNotFound(translate("backups", "找不到备份文件 {path}。").format(path=path))
    check_is_sqlite(path)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise NotADatabase(translate("backups", "{path} 不能用来恢复：无法打开（{error}）。").format(path=path, error=exc)) from None
    try:
        problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            raise NotADatabase(translate("backups", "{path} 不能用来恢复：文件已损坏（{problem}）。请选择另一个备份。").format(
                path=path, problem=" ".join(problem.split())))
        if check_version(conn, path) == 0:
            raise NotADatabase(translate("backups", "{path} 不能用来恢复：它不是 TrainOffice 数据库（是空文件，或别的程序的数据库）。")
                               .format(path=path))
        settings = {key: json.loads(value) for key, value in conn.execute(
            "SELECT key, value FROM settings WHERE key IN ('office_name', 'county_name')")}
        schools, teachers = conn.execute(
            "SELECT (SELECT count(*) FROM schools), (SELECT count(*) FROM teachers)").fetchone()
        info = BackupInfo(path=path, office_name=settings.get("office_name", ""),
                          county_name=settings.get("county_name", ""),
                          saved_at=dt.datetime.fromtimestamp(path.stat().st_mtime), schools=schools,
                          teachers=teachers)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise NotADatabase(translate("backups", "{path} 不能用来恢复：它不是完好的 TrainOffice 数据库（{error}）。").format(
            path=path, error=exc)) from None
    except BaseException:
        conn.close()
        raise
    try:
        yield conn, info
    finally:
        conn.close()


def inspect_backup(path: str | os.PathLike[str], *, instead_of: str | os.PathLike[str] | None = None) -> BackupInfo:
    """Check a backup file before it replaces the database ``instead_of`` (raises a DatabaseError saying why not)."""
    target = Path(instead_of).expanduser().resolve() if instead_of else None
    with _opened(Path(path).expanduser().resolve(), target) as (_conn, info):
        return info


def restore_backup(database_path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Restored:
    """Replace the database at ``database_path`` by the backup's data; the current file is kept beside it."""
    target = Path(database_path).expanduser().resolve()
    source = Path(backup).expanduser().resolve()
    check_writable(target)
    lock = WriterLock(target)
    lock.acquire()  # refused while the app (or another TrainOffice) has the database open
    try:
        staged = target.with_name(f"{target.name}.restoring")
        with _opened(source, target) as (conn, info):
            copy_database(conn, staged)
        kept = None
        if target.exists():
            kept = dated_copy_name(target, "before-restore")
            os.replace(target, kept)
            if Path(f"{target}-wal").exists():  # commits not yet checkpointed (after a crash) stay with it
                os.replace(f"{target}-wal", f"{kept}-wal")
        Path(f"{target}-shm").unlink(missing_ok=True)
        os.replace(staged, target)
    finally:
        lock.release()
    return Restored(info=info, kept=kept)
