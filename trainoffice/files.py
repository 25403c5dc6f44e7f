"""Writing files safely: to a temporary name beside the target, flushed to disk, then renamed.

The temporary name is ``.<target name>.<pid>.part``. A writer killed half-way (the PC switched off, the
process ended) leaves it behind, with SQLite's ``-journal`` beside it for a backup; the next write of the
same target removes those of writers that are gone. On Windows, where a leading dot does not hide a file,
they would otherwise pile up on the USB stick.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from trainoffice.errors import TrainOfficeError
from trainoffice.text import translate

log = logging.getLogger(__name__)

SIDE_FILES = ("", "-journal", "-wal", "-shm")  # a temporary database's own files (a backup being written)


class WriteError(TrainOfficeError):
    """The file could not be written; nothing was left under its name."""


def disk_full(exc: BaseException) -> bool:
    """The OS's ENOSPC or SQLite's SQLITE_FULL: the disk or USB stick being written has no room left."""
    return getattr(exc, "errno", None) == errno.ENOSPC or getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def cannot_write(target: Path, exc: OSError | sqlite3.Error) -> WriteError:
    """Why ``target`` could not be written, in the user's language; the system's own (English) words go to the log only."""
    log.warning("cannot write %s: %s", target, exc)
    if disk_full(exc):
        return WriteError(translate("files", "无法写入 {path}：U盘或磁盘已满。请清理出空间（或换一个有空间的 U 盘）后重试。").format(
            path=target))
    return WriteError(translate("files", "无法写入 {path}：{reason}（U盘已满或已拔出？）").format(
        path=target, reason=getattr(exc, "strerror", None) or exc))


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str], *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it is fsynced and renamed to ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise WriteError(translate("files", "{path} 已存在，请换一个文件名或先移走原文件。").format(path=target))
    if not target.parent.is_dir():
        raise WriteError(translate("files", "文件夹 {folder} 不存在。").format(folder=target.parent))
    _remove_left_over(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except PermissionError:
        _discard(tmp)
        raise WriteError(translate("files", "没有权限写入 {folder}（文件夹只读，或文件正被 Excel/WPS 打开）。").format(
            folder=target.parent)) from None
    except OSError as exc:
        _discard(tmp)
        raise cannot_write(target, exc) from None
    except BaseException:
        _discard(tmp)
        raise


_STAMP = re.compile(r"\.\d{8}-\d{6}\.")  # a dated copy's time (db.dated_copy_name): each attempt has its own


def _remove_left_over(target: Path) -> None:
    """Remove the temporary files of earlier writes of ``target`` whose writer process is gone; for a dated copy
    (the one kept before an upgrade), those of its earlier attempts too, whose names had another time."""
    name = re.escape(_STAMP.sub(".STAMP.", target.name, count=1)).replace("STAMP", r"\d{8}-\d{6}")
    pattern = re.compile(rf"\.{name}\.(\d+)\.part(?:{'|'.join(SIDE_FILES)})")
    with contextlib.suppress(OSError):  # an unreadable folder: the write itself will say what is wrong
        for path in target.parent.iterdir():
            if (match := pattern.fullmatch(path.name)) and not _running(int(match[1])):
                with contextlib.suppress(OSError):
                    path.unlink()


def _running(pid: int) -> bool:
    """Whether the writer ``pid`` may still be writing. Windows refuses to delete a file that is open, so
    unlink() itself keeps a file being written there; elsewhere, ask whether the process exists (a pid
    reused since only keeps a stale file, which is untidy, never harmful)."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, as another user
        return True
    return True


def _discard(path: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()
