"""Operations: how the GUI calls the core (Anki's CollectionOp + OpChanges, calibre's ThreadedJob).

One ``Operations`` object per open database, shared by the main window and every page:

``ops.office``
    The GUI thread's Office. Quick reads and single-record saves run here, on the GUI thread only.

``ops.run(work, *, label, changes=(), on_done=None, on_error=None, parent=None) -> bool``
    Run ``work(office, progress, cancel)`` on a worker thread. ``office`` is the worker's own
    ``Office(path, lock=False)`` (a sqlite connection never crosses threads); ``progress(fraction,
    message)`` and ``cancel() -> bool`` are the plain callables core functions accept. A progress
    dialog appears only if the work takes longer than half a second; Esc or 取消 makes ``cancel()``
    return True, and the core raises ``Cancelled``. ``on_done(result)`` runs on the GUI thread, then
    ``changes`` are announced. A TrainOfficeError goes to ``on_error(exc)`` (default: a warning box
    with its message); anything else is logged and shown briefly. One worker at a time: ``run``
    returns False (and says so) while another job is still going.

``ops.announce(*tables)`` / ``ops.sig_changed``
    After any change, announce the tables touched (``"teachers"``, ``"schools"``, ``"settings"``...);
    pages connect to ``sig_changed`` and refresh only when a table they show is in the set.

``ops.say(text)`` / ``ops.sig_message``
    A short note for the status bar (已导出…).

Example (an import on a worker, the teachers page refreshing afterwards)::

    ops.run(lambda office, progress, cancel: import_roster(office, path, progress=progress, cancel=cancel),
            label=self.tr("正在导入…"), changes={"teachers", "schools"}, on_done=self.show_report)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from trainoffice.errors import Cancelled, TrainOfficeError
from trainoffice.office import Office
from ui.errors import show_unexpected
from ui.messages import inform, warn

log = logging.getLogger("trainoffice.ui")

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]
Work = Callable[[Office, ProgressFn, CancelFn], Any]

PROGRESS_DELAY_MS = 500  # quick jobs finish without a dialog flashing up (Anki)


class _Worker(QThread):
    """Runs one piece of work with its own database connection and keeps its outcome for the GUI."""

    sig_progress = Signal(float, str)
    """Fraction (0..1, or -1 when unknown) and a message; throttled to about 20 a second."""

    def __init__(self, path: Path, work: Work, cancel_event: threading.Event):
        super().__init__()
        self._path = path
        self._work = work
        self._cancel_event = cancel_event
        self._last_progress = 0.0
        self.result: Any = None
        self.error: BaseException | None = None

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last_progress >= 0.05 or fraction >= 1:
            self._last_progress = now
            self.sig_progress.emit(float(fraction), message)

    def run(self) -> None:
        try:
            with Office(self._path, lock=False) as office:
                self.result = self._work(office, self._progress, self._cancel_event.is_set)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, which decides how to show it
            if not isinstance(exc, TrainOfficeError):
                log.exception("unexpected error in a background job")
            self.error = exc


class Operations(QObject):
    """The open database as the GUI sees it: the GUI-thread Office, background jobs, change announcements."""

    sig_changed = Signal(object)
    """A frozenset of table names that changed; pages refresh what they show from them."""

    sig_message = Signal(str)
    """A short note for the status bar."""

    sig_busy_changed = Signal(bool)
    """True when a background job starts, False when it has finished."""

    def __init__(self, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        if office.path is None:
            raise ValueError("Operations needs a database file, not :memory:")
        self.office = office
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._cancel_event = threading.Event()
        self._latest: tuple[float, str] = (-1.0, "")
        self._show_timer = QTimer(self, singleShot=True)
        self._show_timer.timeout.connect(self._show_dialog)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog while one is up (a job that has run longer than half a second)."""
        return self._dialog

    def announce(self, *tables: str) -> None:
        """Tell every page which tables changed."""
        self.sig_changed.emit(frozenset(tables))

    def say(self, text: str) -> None:
        self.sig_message.emit(text)

    def run(self, work: Work, *, label: str, changes: Iterable[str] = (),
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[TrainOfficeError], None] | None = None,
            parent: QWidget | None = None) -> bool:
        """Start ``work`` on a worker thread; see the module docstring. Returns False if another job runs."""
        parent = parent or QApplication.activeWindow()
        if self._worker is not None:
            inform(parent, self.tr("另一项任务还在进行，请等它完成后再试。"))
            return False
        self._cancel_event.clear()
        self._latest = (-1.0, label)
        self._label, self._parent = label, parent
        self._changes, self._on_done, self._on_error = frozenset(changes), on_done, on_error
        worker = _Worker(Path(self.office.path), work, self._cancel_event)
        worker.sig_progress.connect(self._on_progress)
        worker.finished.connect(lambda: self._on_finished(worker))
        self._worker = worker
        self.sig_busy_changed.emit(True)
        worker.start()
        self._show_timer.start(PROGRESS_DELAY_MS)
        return True

    def cancel(self) -> None:
        """Ask the running job to stop; it stops at its next ``cancel()`` check."""
        self._cancel_event.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running job has finished (closing the window); True if none is left running."""
        worker = self._worker
        if worker is None:
            return True
        done = worker.wait(msecs)
        if done:
            self._on_finished(worker)
        return done

    # ----- progress dialog -----------------------------------------------------------------
    def _show_dialog(self) -> None:
        if self._worker is None:
            return
        dialog = QProgressDialog(self._label, self.tr("取消"), 0, 0, self._parent)
        dialog.setWindowTitle("TrainOffice")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._on_cancel_clicked)  # 取消, or Esc through the dialog's shortcut
        dialog.rejected.connect(self._on_cancel_clicked)  # Esc when the shortcut is not active
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    def _on_cancel_clicked(self) -> None:
        self.cancel()
        if self._dialog is not None:  # keep it up, saying so, until the job has really stopped
            self._dialog.setLabelText(self.tr("正在取消…"))
            self._dialog.show()

    def _on_progress(self, fraction: float, message: str) -> None:
        self._latest = (fraction, message or self._label)
        self._apply_progress()

    def _apply_progress(self) -> None:
        dialog = self._dialog
        if dialog is None or self._cancel_event.is_set():
            return
        fraction, message = self._latest
        if fraction < 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 1000)
            dialog.setValue(int(min(max(fraction, 0.0), 1.0) * 1000))
        dialog.setLabelText(message)

    # ----- the outcome, on the GUI thread --------------------------------------------------
    def _on_finished(self, worker: _Worker) -> None:
        if worker is not self._worker:  # already handled by wait()
            return
        worker.wait()
        self._worker = None
        self._show_timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        worker.deleteLater()
        self.sig_busy_changed.emit(False)
        error, parent = worker.error, self._parent
        if isinstance(error, Cancelled):
            self.say(self.tr("已取消，没有写入任何内容。"))
        elif isinstance(error, TrainOfficeError):
            if self._on_error is not None:
                self._on_error(error)
            else:
                warn(parent, str(error))
        elif error is not None:
            show_unexpected(error, parent)
        else:
            if self._on_done is not None:
                self._on_done(worker.result)
            if self._changes:
                self.sig_changed.emit(self._changes)
