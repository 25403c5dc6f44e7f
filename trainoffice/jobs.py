"""Long jobs without Qt: the progress and cancel callbacks the UI passes in, and one step counter.

A core function that takes long accepts ``progress(fraction, message)`` and ``cancel() -> bool``; the
UI runs it on a worker thread and shows the progress (calibre's ThreadedJob idea).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from trainoffice.errors import Cancelled

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


class Steps:
    """Counts a job's steps: stops with ``Cancelled(cancelled)`` as soon as the user asks, and reports the
    fraction done every ``every`` steps (and at the last one)."""

    def __init__(self, total: int, *, progress: Progress | None, cancel: Cancel | None, cancelled: str,
                 every: int = 1):
        self.total = max(total, 1)
        self.done = 0
        self._progress, self._cancel, self._cancelled, self._every = progress, cancel, cancelled, every

    def __call__(self, message: str) -> None:
        self.done += 1
        if self._cancel and self._cancel():
            raise Cancelled(self._cancelled)
        if self._progress and (self.done % self._every == 0 or self.done == self.total):
            self._progress(min(self.done / self.total, 1.0), message)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a job that builds many objects which all stay alive.

    Checking a 5,000-row roster makes about 100,000 of them; with the collector running, it walks
    the growing heap again and again for garbage there is none of, which took a third of the
    import's time (benchmarks: roster import). What becomes garbage meanwhile is collected after.
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()
