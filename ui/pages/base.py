"""What every page of the main window is."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.operations import Operations


class Page(QWidget):
    """One page behind an entry of the navigation list.

    A page is built with the shared ``Operations`` and answers ``nav_title()``. The Edit and File menus
    call these when the page has them (and are greyed out otherwise):
    ``create_item()`` (新建, Ctrl+N), ``focus_search()`` (查找, Ctrl+F), ``export_list()`` (导出, Ctrl+E).
    ``page_shown()`` is called each time the user switches to the page; ``can_leave()`` before the user
    switches away or closes the window (a page with unsaved edits asks what to do with them).
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops

    @classmethod
    def nav_title(cls) -> str:
        raise NotImplementedError(cls.__name__)

    def page_shown(self) -> None:
        """Most pages keep themselves current through ops.sig_changed; override to do more."""

    def can_leave(self) -> bool:
        """False keeps the user on this page (and the window open). Most pages save as they go."""
        return True
