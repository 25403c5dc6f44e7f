"""The main window: navigation on the left, one page at a time, menus with shortcuts, a status bar."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from trainoffice import __version__, paths
from trainoffice.backups import (
    KEEP,
    BackupInfo,
    backup_file_name,
    daily_backup,
    database_file,
    inspect_backup,
)
from trainoffice.errors import TrainOfficeError
from trainoffice.office import Office
from ui.import_wizard import ImportHistoryDialog, open_import_wizard
from ui.messages import confirm, inform, warn
from ui.operations import Operations
from ui.pages.base import Page
from ui.pages.certificates import CertificatesPage
from ui.pages.hours import HoursPage
from ui.pages.packets import PacketsPage
from ui.pages.projects import ProjectsPage
from ui.pages.schools import SchoolsPage
from ui.pages.settings import SettingsPage
from ui.pages.teachers import TeachersPage
from ui.widgets import fit_to_screen

# The navigation, in order (Ctrl+1 .. Ctrl+7). Replacing a placeholder page is a one-line change here.
PAGES: tuple[type[Page], ...] = (
    TeachersPage,
    SchoolsPage,
    ProjectsPage,
    HoursPage,
    CertificatesPage,
    PacketsPage,
    SettingsPage,
)


def machine_settings() -> QSettings:
    """This PC's own choices (where the window was, the last backup folder), kept in the data folder:
    not in the database, which travels to other PCs on a USB stick."""
    return QSettings(str(paths.data_dir() / "window.ini"), QSettings.Format.IniFormat)


def confirm_restore(parent: QWidget, info: BackupInfo, *, first_start: bool = False) -> bool:
    """What the checked backup holds, and whether to put it in place of the current database (on a new PC's
    first start, whether to start from it: there is no database yet to keep)."""
    if first_start:
        question = QCoreApplication.translate("MainWindow", "用这个备份建立本机的数据库吗？")
        then = QCoreApplication.translate("MainWindow", "本机将从这个备份开始使用，其中的全部数据都会带过来。")
    else:
        question = QCoreApplication.translate("MainWindow", "用这个备份替换当前数据库吗？")
        then = QCoreApplication.translate("MainWindow", "当前数据库将被替换。替换前，它会原样另存在同一文件夹中，需要时可以再恢复。")
    detail = QCoreApplication.translate(
        "MainWindow", "备份文件：{file}\n单位：{office}，保存于 {saved}\n{schools}，{teachers}").format(
        file=info.path, office=info.office_name or QCoreApplication.translate("MainWindow", "（未设置）"),
        saved=info.saved_at.strftime("%Y-%m-%d %H:%M"), schools=MainWindow.tr("学校 %n 所", "", info.schools),
        teachers=MainWindow.tr("教师 %n 人", "", info.teachers))
    return confirm(parent, question, ok_text=QCoreApplication.translate("MainWindow", "恢复"),
                   detail=detail + "\n\n" + then)


class MainWindow(QMainWindow):
    """One window over one open database; it owns the GUI thread's Office and closes it on exit."""

    sig_open_database = Signal(str)
    """The user chose another database file to open (the launcher decides whether it can be)."""

    sig_restore_backup = Signal(str)
    """The user chose a backup (checked) and confirmed replacing this database with it (the launcher does it)."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ops = Operations(office, self)
        self.setAcceptDrops(True)
        saved = machine_settings().value("main_window/geometry")
        if not (isinstance(saved, QByteArray) and self.restoreGeometry(saved)):
            fit_to_screen(self, 1280, 800)  # first start: 1280 × 800, or less where the screen is smaller

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(132)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               " QListWidget#navigation::item { padding: 9px 14px; }")
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for page_class in PAGES:
            page = page_class(self.ops)
            self.pages.append(page)
            self.stack.addWidget(page)
            QListWidgetItem(page_class.nav_title(), self.nav)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel(str(office.path))
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_page)
        self.ops.sig_changed.connect(self._changed)
        self.ops.sig_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.nav.setCurrentRow(0)
        self._update_title()
        self._update_counts()

    # ----- menus ---------------------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        self.open_action = self._action(self.tr("打开数据库(&O)…"), QKeySequence.StandardKey.Open, self.choose_database)
        self.export_action = self._action(self.tr("导出当前列表(&E)…"), "Ctrl+E", lambda: self._page_call("export_list"))
        self.quit_action = self._action(self.tr("退出(&X)"), "Ctrl+Q", self.close)
        self.import_action = self._action(self.tr("导入教师信息(&I)…"), "Ctrl+I", self.import_teachers)
        self.history_action = self._action(self.tr("导入记录(&R)…"), None, self.show_import_history)
        self.backup_action = self._action(self.tr("备份数据库(&B)…"), None, self.backup_database)
        self.restore_action = self._action(self.tr("从备份恢复(&T)…"), None, self.restore_backup)
        file_menu.addActions([self.open_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.history_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        self.new_action = self._action(self.tr("新建(&N)"), "Ctrl+N", lambda: self._page_call("create_item"))
        self.find_action = self._action(self.tr("查找(&F)"), "Ctrl+F", lambda: self._page_call("focus_search"))
        edit_menu.addActions([self.new_action, self.find_action])

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        self.page_actions = []
        for number, page_class in enumerate(PAGES):
            text = self.tr("{page}(&{number})").format(page=page_class.nav_title(), number=number + 1)
            action = self._action(text, f"Ctrl+{number + 1}", lambda n=number: self.nav.setCurrentRow(n))
            self.page_actions.append(action)
            view_menu.addAction(action)

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于 TrainOffice(&A)"), None, self.show_about))
        help_menu.addAction(self._action(self.tr("打开日志文件夹(&L)"), None, self.open_log_folder))

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _page_call(self, method: str) -> None:
        handler = getattr(self.current_page(), method, None)
        if handler is not None:
            handler()

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        if row != self.stack.currentIndex() and not self.current_page().can_leave():
            self.nav.blockSignals(True)  # stay: the page has unsaved edits the user wants to keep
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        self.new_action.setEnabled(hasattr(page, "create_item"))
        self.find_action.setEnabled(hasattr(page, "focus_search"))
        self.export_action.setEnabled(hasattr(page, "export_list"))
        if hasattr(page, "focus_search"):
            page.focus_search()  # keyboard first: Ctrl+1, then type a name
        page.page_shown()

    # ----- title and status bar ------------------------------------------------------------
    def _update_title(self) -> None:
        name = self.office.settings.get("office_name") or "TrainOffice"
        self.setWindowTitle(f"{name} — {self.office.path}")

    def _update_counts(self) -> None:
        counts = self.office.registry.counts()
        self.counts_label.setText(" · ".join((self.tr("学校 %n 所", "", counts["schools"]),
                                              self.tr("在职教师 %n 人", "", counts["teachers"]))))

    def _changed(self, tables: frozenset[str]) -> None:
        if "settings" in tables:
            self._update_title()
        if tables & {"schools", "teachers"}:
            self._update_counts()

    # ----- files ---------------------------------------------------------------------------
    def choose_database(self) -> None:
        if not self.current_page().can_leave():
            return
        start = str(self.office.path.parent) if self.office.path else ""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("打开数据库"), start, self.tr("TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if name:
            self.sig_open_database.emit(name)

    def backup_database(self) -> None:
        """备份数据库…: a consistent copy (SQLite's backup API) to a file the user picks, e.g. on a USB stick."""
        folder = machine_settings().value("backup/folder") or str(Path.home())
        name = backup_file_name(self.office.settings.get("county_name"), dt.date.today())
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("备份数据库"), str(Path(folder) / name),
                                                      self.tr("TrainOffice 数据库 (*.sqlite3)"))
        if not chosen:
            return
        target = database_file(Path(chosen))
        self.ops.run(lambda office, progress, cancel: office.database.backup_to(target, progress=progress,
                                                                                cancel=cancel),
                     label=self.tr("正在备份数据库…"), on_done=self._backed_up, parent=self)

    def _backed_up(self, path: Path) -> None:
        machine_settings().setValue("backup/folder", str(path.parent))
        self.ops.say(self.tr("已备份：{path}").format(path=path))
        inform(self, self.tr("数据库已备份。"),
               self.tr("备份文件：{path}\n备份在 U 盘上时，请先“安全弹出”再拔出 U 盘。").format(path=path))

    def restore_backup(self) -> None:
        """从备份恢复…: choose a backup and check it (off the GUI thread); after a confirmation the launcher
        closes this database, keeps it beside itself, puts the backup in its place and opens it again."""
        if not self.current_page().can_leave():  # unsaved 设置 are settled before the database goes
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("从备份恢复"), str(paths.backup_dir()),
            self.tr("TrainOffice 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if not chosen:
            return
        self.ops.run(lambda _office, _progress, _cancel: inspect_backup(chosen, instead_of=self.office.path),
                     label=self.tr("正在检查备份…"), on_done=self._confirm_restore, parent=self,
                     on_error=lambda exc: warn(self, self.tr("这个文件不能用来恢复。"), str(exc)))

    def _confirm_restore(self, info: BackupInfo) -> None:
        if confirm_restore(self, info):
            self.sig_restore_backup.emit(str(info.path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.files_dropped(files)

    def files_dropped(self, files: list[str]) -> None:
        """A page that takes dropped files (a project's roster) gets them; otherwise they are teacher lists."""
        handler = getattr(self.current_page(), "import_files", None)
        if handler is not None:
            handler(files)
            return
        if len(files) > 1:
            inform(self, self.tr("一次导入一个文件"),
                   self.tr("收到 %n 个文件，先导入第一个：{name}", "", len(files)).format(
                       name=os.path.basename(files[0])))
        self.import_teachers(files[0])

    def import_teachers(self, path: str | None = None) -> None:
        """导入教师信息: the wizard, starting at once when a file was dropped."""
        wizard = open_import_wizard(self, self.office.path, kind="teachers", path=path)
        wizard.sig_imported.connect(lambda _batch: self.ops.announce("teachers", "schools", "teacher_postings"))
        wizard.sig_undone.connect(self._import_undone)

    def show_import_history(self) -> None:
        dialog = ImportHistoryDialog(self, self.office.path)
        dialog.sig_undone.connect(self._import_undone)
        dialog.open()

    def _import_undone(self, _batch: int) -> None:
        self.ops.announce("teachers", "schools", "teacher_postings", "enrollments")

    # ----- help ----------------------------------------------------------------------------
    def show_about(self) -> None:
        inform(self, self.tr("TrainOffice {version} — 县级教师培训管理").format(version=__version__),
               self.tr("数据库：{db}\n数据文件夹：{folder}\n\n"
                       "备份：用“文件 › 备份数据库…”复制到 U 盘等处。程序关闭时，还会在数据文件夹的 backups "
                       "中自动保存当天的一份备份，保留最近 {keep} 份。\n"
                       "请不要在程序打开时直接复制 .sqlite3 文件：最近的修改可能还不在这个文件里。").format(
                   db=self.office.path, folder=paths.data_dir(), keep=KEEP))

    def open_log_folder(self) -> None:
        paths.setup_logging()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    # ----- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.current_page().can_leave():
            event.ignore()
            return
        if self.ops.busy:
            if not confirm(self, self.tr("还有任务在进行。要取消它并关闭吗？"), ok_text=self.tr("取消任务并关闭")):
                event.ignore()
                return
            self.ops.cancel()
            self.ops.wait()
        self.release_database()
        event.accept()

    def remember_geometry(self) -> None:
        """Size, place and maximised state, for the next start on this PC."""
        machine_settings().setValue("main_window/geometry", self.saveGeometry())

    def release_database(self, *, daily_backup_kept: bool = True) -> None:
        """What closing does: remember the window, keep today's automatic backup, let go of the file.

        A restore passes ``daily_backup_kept=False``: the file it replaces is kept beside itself anyway, and
        writing today's copy could overwrite, or prune, the very backup being restored."""
        if self.office.closed:
            return
        self.remember_geometry()
        try:
            if daily_backup_kept:
                daily_backup(self.office.database)
        except TrainOfficeError as exc:
            warn(self, self.tr("今天的自动备份没有完成。数据库本身不受影响。"), str(exc))
        finally:
            self.office.close()
