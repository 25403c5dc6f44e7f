"""What every page of the main window is, and the honest placeholder for pages still to come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.operations import Operations


class Page(QWidget):
    """One page behind an entry of the navigation list.

    A page is built with the shared ``Operations`` and answers ``nav_title()``. The Edit and File menus
    call these when the page has them (and are greyed out otherwise):
    ``create_item()`` (新建, Ctrl+N), ``focus_search()`` (查找, Ctrl+F), ``export_list()`` (导出, Ctrl+E).
    ``page_shown()`` is called each time the user switches to the page.
    """

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops

    @classmethod
    def nav_title(cls) -> str:
        raise NotImplementedError(cls.__name__)

    def page_shown(self) -> None:
        """Most pages keep themselves current through ops.sig_changed; override to do more."""


class ComingPage(Page):
    """A page whose feature is not built yet: it says so and what it will do, and offers nothing fake."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        heading = QLabel(self.nav_title())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        status = QLabel(QCoreApplication.translate("ComingPage", "这一页尚未完成，将在后续版本中提供。"))
        status.setStyleSheet("color: #8a5a00;")
        plan = QLabel(self.plan())
        plan.setWordWrap(True)
        plan.setTextFormat(Qt.TextFormat.PlainText)
        plan.setObjectName("plan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(status)
        layout.addWidget(plan)
        layout.addStretch(1)

    def plan(self) -> str:
        """What the page will let the user do, in plain words."""
        raise NotImplementedError(type(self).__name__)
