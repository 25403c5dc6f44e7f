"""The base of every group on the 设置 page (its own module, so sections can live beside what they configure)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from trainoffice.office import Office
from ui.operations import Operations


class SettingsSection(QGroupBox):
    """A group on the settings page: shows some setting keys and hands back their edited values."""

    MAX_WIDTH = 820
    """A form, not a spreadsheet: fields stay a readable width (a section with a preview may be wider)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.form = QFormLayout(self)

    def attach(self, ops: Operations) -> None:
        """Called once by the page before ``load``; a section that reads the database (a live
        preview) keeps ``ops``, the others need nothing."""

    def load(self, settings: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self) -> bool:
        """Show problems inline; False keeps the page from saving."""
        return True

    def save(self, office: Office) -> None:
        """Write this section (inside the page's one transaction)."""
        office.settings.update(self.values())
