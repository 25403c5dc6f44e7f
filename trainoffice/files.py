"""Writing files safely: to a temporary name beside the target, flushed to disk, then renamed."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from trainoffice.errors import TrainOfficeError


class WriteError(TrainOfficeError):
    """The file could not be written; nothing was left under its name."""


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str], *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it is fsynced and renamed to ``target``.

    On any failure the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if target.exists() and not overwrite:
        raise WriteError(f"{target} 已存在，请换一个文件名或先移走原文件。")
    if not target.parent.is_dir():
        raise WriteError(f"文件夹 {target.parent} 不存在。")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except PermissionError:
        _discard(tmp)
        raise WriteError(f"没有权限写入 {target.parent}（文件夹只读，或文件正被 Excel/WPS 打开）。") from None
    except OSError as exc:
        _discard(tmp)
        raise WriteError(f"无法写入 {target}：{exc.strerror or exc}（U盘已满或已拔出？）") from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
