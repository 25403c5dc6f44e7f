"""Short message boxes in one place, so every page asks and informs the same way (Chinese first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
    box = QMessageBox(icon, "TrainOffice", text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    return box


def inform(parent: QWidget | None, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, text, detail)
    box.addButton(QCoreApplication.translate("Messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, text: str, detail: str = "") -> None:
    """A problem the user can fix (a TrainOfficeError's message): what was wrong and what to do."""
    box = _box(parent, QMessageBox.Icon.Warning, text, detail)
    box.addButton(QCoreApplication.translate("Messages", "确定"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def offer_fix(parent: QWidget | None, text: str, detail: str = "", *, fix_text: str) -> bool:
    """A refusal with the one place that fixes it: True when the user takes the button that goes there."""
    box = _box(parent, QMessageBox.Icon.Warning, text, detail)
    fix = box.addButton(fix_text, QMessageBox.ButtonRole.AcceptRole)
    # not 关闭 ("Close"), which in English is also the word for 结业: offered when 结业 is refused, it read as one
    close = box.addButton(QCoreApplication.translate("Messages", "知道了"), QMessageBox.ButtonRole.RejectRole)
    return _answer(box, default=fix, escape=close) is fix


def save_or_discard(parent: QWidget | None, text: str, detail: str = "") -> bool | None:
    """Unsaved changes: True = 保存, False = 放弃, None = 取消 (stay). Cancel is the default so Enter
    neither writes nor throws away."""
    box = _box(parent, QMessageBox.Icon.Question, text, detail)
    save = box.addButton(QCoreApplication.translate("Messages", "保存"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Messages", "放弃"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    clicked = _answer(box, default=cancel, escape=cancel)
    return True if clicked is save else False if clicked is discard else None


def confirm(parent: QWidget | None, text: str, *, ok_text: str, detail: str = "") -> bool:
    """Ask before something that cannot be undone; Cancel is the default so Enter never destroys."""
    box = _box(parent, QMessageBox.Icon.Question, text, detail)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QCoreApplication.translate("Messages", "取消"), QMessageBox.ButtonRole.RejectRole)
    return _answer(box, default=cancel, escape=cancel) is ok


def _answer(box: QMessageBox, *, default: QPushButton, escape: QPushButton) -> QAbstractButton | None:
    """Show a question; the button clicked (Enter takes ``default``, Esc ``escape``)."""
    box.setDefaultButton(default)
    box.setEscapeButton(escape)
    box.exec()
    return box.clickedButton()
