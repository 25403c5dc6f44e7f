"""Starting TrainOffice: the application, its font and language, the error hook, and opening the database.

``run(db)`` is what ``trainoffice`` and ``trainoffice gui --db PATH`` call.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from trainoffice import __version__, paths, text
from trainoffice.backups import restore_backup
from trainoffice.errors import (
    DatabaseError,
    DatabaseInUse,
    DatabaseNotFound,
    DatabaseReadOnly,
    FileTooNew,
    TrainOfficeError,
)
from trainoffice.office import Office
from ui.errors import install_excepthook
from ui.first_start import FirstStartDialog
from ui.mainwindow import MainWindow
from ui.messages import inform, warn

# Fonts with Chinese glyphs, preferred first: Windows, macOS, Linux (fonts-wqy-zenhei is what bootstrap installs).
CJK_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimSun")
TRANSLATIONS = Path(__file__).resolve().parent  # trainoffice_en.qm ships inside the ui package



def create_application() -> QApplication:
    """The one QApplication (reused when one exists, as under pytest-qt), with names and a CJK font."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("TrainOffice")
    app.setApplicationName("TrainOffice")
    app.setApplicationVersion(__version__)
    families = set(QFontDatabase.families())
    chosen = [family for family in CJK_FONTS if family in families]
    if chosen:
        font = QFont(app.font())
        font.setFamilies([*chosen, *font.families()])
        app.setFont(font)
    return app


def wants_english() -> bool:
    """English when TRAINOFFICE_LANG=en, or (with no such setting) when the system speaks English."""
    choice = os.environ.get("TRAINOFFICE_LANG", "").strip().lower()
    if choice:
        return choice.startswith("en")
    return QLocale.system().language() == QLocale.Language.English


def install_translators(app: QApplication) -> list[QTranslator]:
    """Chinese is the source language; English loads trainoffice_en.qm. Qt's own dialogs follow suit."""
    translators = []
    if wants_english():
        ours = QTranslator(app)
        if ours.load("trainoffice_en", str(TRANSLATIONS)):
            translators.append(ours)
    else:
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    text.install(QCoreApplication.translate)  # the core's messages follow the same language
    return translators


def database_problem(parent: QWidget | None, exc: DatabaseError, *, starting: bool) -> bool:
    """Say why the file cannot be used; True if the user wants to choose another file.

    The other choice is 退出 at start-up, or 取消 (keep the database already open) later on.
    """
    if isinstance(exc, DatabaseInUse):
        headline = QCoreApplication.translate("Launcher", "这个数据库正在被另一个 TrainOffice 使用。")
    elif isinstance(exc, FileTooNew):
        headline = QCoreApplication.translate("Launcher", "这个数据库来自更新版本的 TrainOffice。")
    elif isinstance(exc, DatabaseReadOnly):
        headline = QCoreApplication.translate("Launcher", "这个数据库文件不能写入。")
    elif isinstance(exc, DatabaseNotFound):
        headline = QCoreApplication.translate("Launcher", "找不到这个数据库文件所在的文件夹。")
    else:
        headline = QCoreApplication.translate("Launcher", "这个文件不能作为 TrainOffice 数据库打开。")
    box = QMessageBox(QMessageBox.Icon.Warning, "TrainOffice", headline, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setInformativeText(str(exc))
    choose = box.addButton(QCoreApplication.translate("Launcher", "选择其他文件…"), QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(QCoreApplication.translate("Launcher", "退出") if starting else QCoreApplication.translate("Launcher", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setEscapeButton(leave)
    box.exec()
    return box.clickedButton() is choose


class Launcher(QObject):
    """Opens a database (asking again when a file cannot be used) and keeps one main window on it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.window: MainWindow | None = None

    def open(self, path: str | os.PathLike[str]) -> bool:
        """Open ``path`` in a new main window (replacing the current one); False if the user gave up."""
        target = Path(path).expanduser().resolve()
        if self.window is not None and self.window.office.path == target:
            self.window.raise_()
            return True
        if self.window is not None and self.window.ops.busy:
            inform(self.window, QCoreApplication.translate("Launcher", "还有任务在进行，请等它完成后再打开其他数据库。"))
            return False
        return self._open_window(target)

    def _open_window(self, target: Path) -> bool:
        new = not target.exists()
        office = self._open_office(target, starting=self.window is None)
        if office is None:
            return False
        if not office.is_set_up:
            first = FirstStartDialog(office, self.window)
            accepted = first.exec() == QDialog.DialogCode.Accepted
            if not accepted or first.backup is not None:
                office.close()
                if new and office.path == target:  # a mistyped --db, a first start left, or a backup put in
                    for leftover in (target, *(Path(f"{target}{end}") for end in ("-wal", "-shm", ".lock"))):
                        leftover.unlink(missing_ok=True)  # its place: the empty file made just now goes
            if not accepted:
                return False
            if first.backup is not None:  # a new PC, set up from the office's backup
                try:
                    restore_backup(target, first.backup)
                except TrainOfficeError as exc:
                    warn(self.window, QCoreApplication.translate("Launcher", "没有恢复，当前数据库未被改动。"), str(exc))
                return self._open_window(target)
        if self.window is not None:
            self.window.remember_geometry()  # the new window opens where the old one is
        window = MainWindow(office)
        window.sig_open_database.connect(self.open)
        window.sig_restore_backup.connect(self.restore)
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
        return True

    def restore(self, backup: str) -> bool:
        """从备份恢复, once the window has checked the backup and the user has confirmed: let go of the database
        (today's automatic backup is kept as on closing), replace it (the current file is kept beside it),
        and open it again, restored or, if the restore was refused, as it was."""
        old = self.window
        assert old is not None
        if old.ops.busy:
            inform(old, QCoreApplication.translate("Launcher", "还有任务在进行，请等它完成后再恢复。"))
            return False
        target = old.office.path
        old.release_database(daily_backup_kept=False)
        restored = refused = None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = restore_backup(target, backup)
        except TrainOfficeError as exc:
            refused = exc
        finally:
            QApplication.restoreOverrideCursor()
        if refused is not None:
            warn(old, QCoreApplication.translate("Launcher", "没有恢复，当前数据库未被改动。"), str(refused))
        if not self._open_window(target):
            old.close()
            return False
        if restored is not None and restored.kept is not None:
            inform(self.window, QCoreApplication.translate("Launcher", "已从备份恢复。"),
                   QCoreApplication.translate("Launcher", "恢复前的数据库已另存为：{path}").format(path=restored.kept))
        return restored is not None

    def _open_office(self, target: Path, *, starting: bool) -> Office | None:
        while True:
            try:
                return Office(target)
            except DatabaseError as exc:
                if not database_problem(self.window, exc, starting=starting):
                    return None
            name, _filter = QFileDialog.getOpenFileName(
                self.window, QCoreApplication.translate("Launcher", "选择数据库文件"), str(target.parent),
                QCoreApplication.translate("Launcher", "TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
            if name:
                target = Path(name).resolve()


def run(db: str | None = None) -> int:
    """The GUI entry point: returns the process exit code (1 when no database could be opened)."""
    app = create_application()
    paths.setup_logging()
    install_excepthook()
    install_translators(app)
    launcher = Launcher(app)
    if not launcher.open(db or paths.default_database()):
        return 1
    return app.exec()
