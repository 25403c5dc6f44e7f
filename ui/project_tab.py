"""The base of the open project's tabs (基本信息, 指标与名单, 课程安排, 考勤, 考核, 经费与记录)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from trainoffice.projects import Project
from ui.operations import Operations


class ProjectTab(QWidget):
    """A tab of the open project: refreshes when a table it shows changes (at once if visible, else when shown)."""

    TABLES: frozenset[str] = frozenset()

    def __init__(self, ops: Operations, project_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.project_id = project_id
        self._stale = False
        self._announcing = False
        ops.sig_changed.connect(self._changed)

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError(type(self).__name__)

    def project(self) -> Project:
        return self.ops.office.projects.project(self.project_id)

    def announce(self, *tables: str) -> None:
        """Tell the other views what this tab changed; it already shows the change itself."""
        self._announcing = True
        try:
            self.ops.announce(*tables)
        finally:
            self._announcing = False

    def _changed(self, tables: frozenset[str]) -> None:
        if self._announcing or self.project_id is None or not tables & self.TABLES:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
