"""Opening the one SQLite file: integrity checks, the single-writer lock, pragmas and migrations.

Choices stated here once:
- WAL journal, so the GUI keeps reading while a background job writes.
- synchronous=FULL: an office PC is switched off at the wall; a committed record must survive that,
  and our write volume is small enough that the extra fsync costs nothing a user notices.
- Foreign keys on.
- Autocommit connection (isolation_level=None): every multi-statement change goes through
  ``atomic()``, so no implicit transaction can linger and swallow a later one.
- A file is opened for work only where it can be written (file and folder): a read-only file or a
  write-protected USB stick is refused at open with a message that says so, not at the first save.
- Copies (backups) go through SQLite's backup API, never a file copy: while the app is open, recent
  commits are still in the -wal file beside the database, and a copy of the .sqlite3 file misses them.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlite_utils

from trainoffice.errors import (
    Cancelled,
    DatabaseInUse,
    DatabaseNotFound,
    DatabaseReadOnly,
    DiskFull,
    FileTooNew,
    NotADatabase,
)
from trainoffice.files import WriteError, atomic_output, cannot_write, disk_full
from trainoffice.jobs import Cancel, Progress
from trainoffice.schema import MIGRATIONS, SCHEMA_VERSION
from trainoffice.text import translate

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_STEP_PAGES = 1024  # 4 MB a step: progress and Esc for a big file on a slow USB stick


def read_only(path: Path) -> DatabaseReadOnly:
    return DatabaseReadOnly(translate("db", "数据库文件 {path} 是只读的（或所在文件夹不能写入）：请复制到本机可写的文件夹，"
                                      "或去掉文件的只读属性，再打开。").format(path=path))


def folder_missing(path: Path) -> DatabaseNotFound:
    return DatabaseNotFound(translate("db", "找不到文件夹 {folder}：请检查路径（U 盘是否已拔出？）。").format(folder=path.parent))


def check_writable(path: Path) -> None:
    """Refuse, at open, a database that could not be saved to: its folder missing, or the file or its folder
    (where the lock, -wal and -shm files go) not writable. ``os.access`` sees a file's read-only attribute,
    a read-only mount or share and the immutable flag, even for root; WriterLock catches the rest."""
    if not path.parent.is_dir():
        raise folder_missing(path)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise read_only(path)


class WriterLock:
    """An OS lock on ``<db>.lock`` held while a TrainOffice has the file open for writing.

    The OS drops it when the process dies, so a crash never leaves the file locked for good.
    """

    def __init__(self, db_path: Path):
        self.db_path = db_path
        self.path = db_path.with_name(db_path.name + ".lock")
        self._file = None

    def acquire(self) -> None:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        except FileNotFoundError:
            raise folder_missing(self.db_path) from None
        except OSError:  # a read-only folder, share or USB stick (or rights os.access cannot see on Windows)
            raise read_only(self.db_path) from None
        try:
            if os.name == "nt":
                import msvcrt

                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DatabaseInUse(translate("db", "数据库文件正被另一个 TrainOffice 使用：{path}\n"
                                          "请先关闭另一个窗口（或另一台电脑上打开的同一文件），再重试。").format(
                path=self.db_path)) from None
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
            with contextlib.suppress(OSError):
                self.path.unlink()


def in_chunks(ids: Sequence[int]) -> Iterator[tuple[str, list[int]]]:
    """``ids`` in slices of 500, each as ("?,?,…", slice) for an ``IN (…)``: SQLite binds at most 999
    parameters a statement in older builds, and an import or an enrolment can name thousands."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        yield ",".join("?" * len(chunk)), chunk


def check_is_sqlite(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise NotADatabase(translate("db", "{path} 是一个文件夹，不是数据库文件。").format(path=path))
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotADatabase(translate("db", "{path} 不是 TrainOffice 数据库文件（可能已损坏或是别的文件）。文件未被改动。").format(
            path=path))


def check_version(conn: sqlite3.Connection, path: Path | None) -> int:
    """The file's schema version, if this TrainOffice can read it: a newer file or a foreign SQLite file is refused."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise FileTooNew(translate("db", "该数据库由更新版本的 TrainOffice 创建（数据结构版本 {version}，本程序支持到 {supported}）。"
                                   "请升级 TrainOffice 后再打开；文件未被改动。").format(
            version=version, supported=SCHEMA_VERSION))
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise NotADatabase(translate("db", "{path} 是 SQLite 文件，但不是 TrainOffice 数据库。文件未被改动。").format(path=path))
    return version


def dated_copy_name(path: Path, suffix: str) -> Path:
    """``<stem>.<YYYYmmdd-HHMMSS>.<suffix><ext>`` beside ``path``: the copy kept before a migration or a restore."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{stamp}.{suffix}{path.suffix}")


def copy_database(source: sqlite3.Connection, target: Path, *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Path:
    """A consistent copy of an open database at ``target``, through SQLite's backup API.

    It is written to a temporary name, checked (quick_check), switched to a rollback journal so that it is
    one self-contained file (it opens even from a write-protected USB stick), flushed, then renamed: a
    failed or cancelled backup leaves nothing under the target's name.
    """
    def step(_status: int, remaining: int, total: int) -> None:
        if cancel is not None and cancel():
            raise Cancelled(translate("db", "备份已取消，没有留下不完整的文件。"))
        if progress is not None:
            progress((total - remaining) / total if total else 1.0, translate("db", "正在备份数据库…"))

    with atomic_output(target) as tmp:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest, pages=BACKUP_STEP_PAGES, progress=step)
            dest.execute("PRAGMA journal_mode = DELETE")
            problem = dest.execute("PRAGMA quick_check(1)").fetchone()[0]
        except sqlite3.Error as exc:
            raise cannot_write(target, exc) from None
        finally:
            dest.close()
        if problem != "ok":
            raise WriteError(translate("db", "备份 {path} 写入后检查未通过（{problem}），请换一个位置或换一个 U 盘再备份。").format(
                path=target, problem=problem))
    return target


_open_here: collections.Counter[Path] = collections.Counter()  # files this process has SQLite connections to
_open_here_lock = threading.Lock()


class Database:
    """One open TrainOffice database file (or ``:memory:`` for tests)."""

    def __init__(self, path: str | os.PathLike[str], *, lock: bool = True):
        self.path = Path(path) if str(path) != ":memory:" else None
        self._lock: WriterLock | None = None
        self.closed = False
        if self.path is not None:
            self.path = self.path.expanduser().resolve()
            with _open_here_lock:
                connected = _open_here[self.path] > 0
            # Closing any handle on a file drops every POSIX lock this process holds on it, SQLite's too: a
            # header read beside the app's own connection (a worker's second one) would let another process
            # (a CLI report) take the file as unused and delete the -wal the app is still writing to.
            if not connected:
                check_is_sqlite(self.path)
            if lock:
                check_writable(self.path)
                self._lock = WriterLock(self.path)
                self._lock.acquire()
        try:
            self.conn = self._connect()
        except BaseException:
            if self._lock:
                self._lock.release()
            raise
        self._count(+1)
        try:
            self.db = sqlite_utils.Database(self.conn)
            self._migrate()
        except BaseException:
            self.close()
            raise

    def _count(self, step: int) -> None:
        if self.path is not None:
            with _open_here_lock:
                _open_here[self.path] += step

    def _connect(self) -> sqlite3.Connection:
        target = str(self.path) if self.path else ":memory:"
        conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("PRAGMA quick_check(1)").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            if self.path is not None and not (os.access(self.path.parent, os.W_OK) and os.access(self.path, os.W_OK)):
                raise read_only(self.path) from None  # even reading needs the -shm file beside a WAL database
            raise NotADatabase(translate("db", "{path} 无法作为数据库打开（{error}）。文件未被改动。").format(
                path=target, error=exc)) from None
        return conn

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = check_version(self.conn, self.path)
        if version == SCHEMA_VERSION:
            return
        upgrading = None
        if self.path is not None and self._lock is None:  # opened to read: an upgrade needs the file to itself,
            upgrading = WriterLock(self.path)              # not an older TrainOffice still working in it
            upgrading.acquire()
        try:
            if version > 0 and self.path is not None:
                self.backup(suffix=f"before-v{SCHEMA_VERSION}")
            # All the steps in one transaction (not executescript(), which would COMMIT half-way): a power cut
            # leaves the file as it was, never between two versions (review u).
            with self.atomic():
                for number in range(version, SCHEMA_VERSION):
                    migration = MIGRATIONS[number]
                    if callable(migration):
                        migration(self.conn)
                    else:
                        for statement in _statements(migration):
                            self.conn.execute(statement)
                    self.conn.execute(f"PRAGMA user_version = {number + 1}")
        finally:
            if upgrading is not None:
                upgrading.release()

    def backup(self, *, suffix: str) -> Path:
        """Copy the file beside itself with a timestamp (before a migration)."""
        assert self.path is not None
        return self.backup_to(dated_copy_name(self.path, suffix))

    def backup_to(self, target: str | os.PathLike[str], *, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> Path:
        """A consistent copy of this database at ``target`` (a USB stick, the backups folder); see copy_database."""
        target = Path(target).expanduser().resolve()
        if target == self.path:
            raise WriteError(translate("db", "{path} 就是正在使用的数据库文件：请把备份保存为另一个文件（例如在 U 盘上）。").format(
                path=target))
        return copy_database(self.conn, target, progress=progress, cancel=cancel)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One transaction; nested calls become savepoints. Every write goes through here, so this is where
        a full disk (SQLITE_FULL) is told plainly: the transaction is rolled back, nothing is written."""
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.Error as exc:
            if not disk_full(exc):
                raise
            log.warning("disk full writing %s: %s", self.path, exc)
            if self.path is None:
                raise DiskFull(translate("db", "磁盘空间不足，这次操作未写入任何数据：请清理磁盘（或把数据库换到一个有空间的位置）"
                                         "后重试。")) from None
            raise DiskFull(translate("db", "磁盘空间不足（数据库在 {folder}），这次操作未写入任何数据：请清理磁盘（或把数据库换到"
                                     "一个有空间的位置）后重试。").format(folder=self.path.parent)) from None

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.conn.close()
        self._count(-1)
        if self._lock:
            self._lock.release()


def _statements(script: str) -> list[str]:
    """Split a migration into statements with sqlite3.complete_statement, keeping triggers whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements

