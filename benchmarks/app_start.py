"""Child script for the app-start figure: ``trainoffice``'s own GUI start-up on a database, offscreen.

It runs ``ui.app.run(db)`` exactly as the ``trainoffice`` command does, prints ``shown`` once the
main window has been shown and the event loop has turned once (so it has been laid out and painted),
then quits. The harness times from process start to that line.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

TIMEOUT_MS = 60_000


class _QuitWhenShown(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        from ui.mainwindow import MainWindow

        if event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print("shown", flush=True)
        QApplication.quit()


def main(db: str) -> int:
    from ui import app as ui_app

    application = ui_app.create_application()
    watcher = _QuitWhenShown(application)
    application.installEventFilter(watcher)
    QTimer.singleShot(TIMEOUT_MS, _give_up)  # a dialog instead of the window (first start, an error) must not hang
    return ui_app.run(db=db)


def _give_up() -> None:
    print("timeout: the main window was not shown", flush=True)
    os._exit(3)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
