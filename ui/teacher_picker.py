"""Pick a teacher by typing: name, pinyin initials (zs finds 张三), ID tail or phone — the registry's search.

The matches come from ``Registry.search_ids`` (SQL), so a 60,000-teacher city registry costs one
query per pause in typing; the popup lists name, school and the ID's last four characters so two
张伟 can be told apart. Enter takes the highlighted match, or the first one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from trainoffice.registry import Registry, TeacherQuery
from ui.words import term

SEARCH_DELAY_MS = 150
TeacherIdRole = Qt.ItemDataRole.UserRole + 1


def label(row: tuple) -> str:
    """张三　安仁县城关小学　…002X (and the status when not 在职), from a Registry.list_rows row."""
    name, _gender, id_number, school, *_rest, status = row
    text = f"{name}　{school}　…{(id_number or '')[-4:]}"
    return text if status == "在职" else f"{text}（{term(status)}）"


class TeacherPicker(QLineEdit):
    """A search box that ends in one teacher: ``teacher_id`` (None until one is chosen), ``sig_chosen``."""

    sig_chosen = Signal(int)
    """A teacher was chosen from the matches (by Enter, click, or ``set_teacher``)."""

    LIMIT = 30  # matches listed; typing more narrows them

    def __init__(self, registry: Registry, parent: QWidget | None = None, *, include_left: bool = True):
        super().__init__(parent)
        self._registry = registry
        self._include_left = include_left
        self.teacher_id: int | None = None
        self.setPlaceholderText(self.tr("姓名、拼音首字母（zs）或身份证号后几位"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self._completer = QCompleter(self.matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)
        self.returnPressed.connect(self._enter)

    def _edited(self, _text: str) -> None:
        self.teacher_id = None
        self._timer.start()

    def search(self) -> None:
        """Fill the matches for the typed text and show them."""
        self._timer.stop()
        text = self.text().strip()
        self.matches.clear()
        if not text:
            self._completer.popup().hide()
            return
        query = TeacherQuery(text=text, status="" if self._include_left else "在职")
        ids = self._registry.search_ids(query)[:self.LIMIT]
        rows = self._registry.list_rows(ids)
        for teacher_id in ids:
            item = QStandardItem(label(rows[teacher_id]))
            item.setData(teacher_id, TeacherIdRole)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index.data(TeacherIdRole), index.data(Qt.ItemDataRole.DisplayRole))

    def _enter(self) -> None:
        """Enter: search now if a pause has not come yet, then take the first match."""
        if self._timer.isActive():
            self.search()
        if self.teacher_id is None and self.matches.rowCount():
            item = self.matches.item(0)
            self._choose(item.data(TeacherIdRole), item.text())

    def _choose(self, teacher_id: int | None, label: str) -> None:
        if teacher_id is None:
            return
        self._completer.popup().hide()
        self.setText(label)
        self.teacher_id = int(teacher_id)
        self.sig_chosen.emit(self.teacher_id)

    def set_teacher(self, teacher_id: int) -> None:
        """Choose a teacher from elsewhere (a drill-down): shows the same label the popup would."""
        rows = self._registry.list_rows([teacher_id])
        if teacher_id not in rows:
            return
        self._choose(teacher_id, label(rows[teacher_id]))
