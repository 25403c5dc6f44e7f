"""The last line of defence: an unexpected exception is logged (redacted) and shown briefly; the app goes on.

PySide6 passes exceptions raised in slots and overridden Qt methods to ``sys.excepthook``, so one hook
covers every button and menu. Errors that are the user's to fix (TrainOfficeError) show their own
message; anything else is a bug: the traceback goes to the log in the data folder, never to the user.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from trainoffice import paths
from trainoffice.errors import TrainOfficeError
from ui.messages import warn

log = logging.getLogger("trainoffice.ui")
_showing = False  # one box at a time: an error while the box is open is only logged



def show_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """Tell the user briefly that something went wrong; the details are already in the log."""
    global _showing
    if _showing:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, "TrainOffice",
                          QCoreApplication.translate("ErrorReport", "出现意外错误（{name}），这一步操作没有完成。").format(name=type(exc).__name__),
                          QMessageBox.StandardButton.NoButton, parent or QApplication.activeWindow())
        box.setInformativeText(QCoreApplication.translate("ErrorReport", "已保存的数据不受影响，程序可以继续使用。详情已记入日志：{path}")
                               .format(path=paths.log_file()))
        box.addButton(QCoreApplication.translate("ErrorReport", "确定"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
    finally:
        _showing = False


def report_unexpected(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log the exception with its traceback (ID and phone numbers redacted by the log formatter), then show it."""
    paths.setup_logging()
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_unexpected(exc, parent)


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    if isinstance(exc, TrainOfficeError):
        warn(QApplication.activeWindow(), str(exc))
        return
    report_unexpected(exc)


def install_excepthook() -> None:
    """Route uncaught exceptions (in slots too) to the log and a short message instead of a crash."""
    sys.excepthook = _excepthook
