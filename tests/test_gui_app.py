"""Starting the app: opening files (and refusing bad ones), first start, the main window, the error hook."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from conftest import make_teacher, type_text
from trainoffice import paths
from trainoffice.office import Office
from ui import app
from ui.errors import install_excepthook
from ui.first_start import FirstStartDialog
from ui.mainwindow import MainWindow
from ui.pages.settings import SettingsPage

pytestmark = pytest.mark.usefixtures("message_boxes")
UI = Path(app.__file__).parent


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The user's data folder inside the test; Chinese UI whatever the machine's locale."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("TRAINOFFICE_LANG", "zh")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; put ours back after
    return tmp_path


@pytest.fixture
def window(office, qtbot):
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.show()
    return main


def set_up_database(path: Path) -> Path:
    with Office(path) as office:
        office.set_identity(office_name="安仁县教育局教师培训股", county_name="安仁县", county_code="431028")
    return path


def visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# ----- opening a database ------------------------------------------------------------------------
def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(home, message_boxes):
    (home / "files").mkdir()
    path = home / "files" / "教师名单.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database")
    before = sorted(p.name for p in path.parent.iterdir())
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole  # 退出
    assert app.run(str(path)) == 1
    assert "这个文件不能作为 TrainOffice 数据库打开" in message_boxes.last
    assert "文件未被改动" in message_boxes.last
    assert path.read_bytes() == b"PK\x03\x04 this is a spreadsheet, not a database"
    assert sorted(p.name for p in path.parent.iterdir()) == before  # no -wal, -shm or .lock left beside it


def test_choosing_another_file_after_a_refusal_opens_it(home, message_boxes, monkeypatch, qtbot):
    bad = home / "bad.sqlite3"
    bad.write_text("garbage")
    good = set_up_database(home / "good.sqlite3")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(good), ""))
    launcher = app.Launcher()
    assert launcher.open(bad)
    qtbot.addWidget(launcher.window)
    assert len(message_boxes.shown) == 1 and "不能作为 TrainOffice 数据库打开" in message_boxes.last
    assert bad.read_text() == "garbage"
    assert launcher.window.office.path == good.resolve()
    assert launcher.window.windowTitle() == f"安仁县教育局教师培训股 — {good.resolve()}"
    launcher.window.close()


def test_open_database_from_the_menu_replaces_the_window(home, monkeypatch, qtbot):
    first, second = set_up_database(home / "first.sqlite3"), set_up_database(home / "second.sqlite3")
    launcher = app.Launcher()
    assert launcher.open(first)
    old = launcher.window
    qtbot.addWidget(old)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(second), ""))
    old.open_action.trigger()
    qtbot.addWidget(launcher.window)
    assert launcher.window is not old and launcher.window.office.path == second.resolve()
    assert not old.isVisible()
    with Office(first):  # the old window let go of its file
        pass
    launcher.window.close()


def test_a_database_open_in_another_trainoffice_is_refused(home, message_boxes):
    path = set_up_database(home / "shared.sqlite3")
    with Office(path):
        message_boxes.answer = QMessageBox.ButtonRole.RejectRole
        assert not app.Launcher().open(path)
    assert "正在被另一个 TrainOffice 使用" in message_boxes.last


def test_first_start_asks_for_the_office_and_county(home, qtbot):
    path = home / "new.sqlite3"

    def fill_in():
        dialog = visible(FirstStartDialog)[0]
        assert not dialog.ok_button.isEnabled()
        type_text(qtbot, dialog.office_name, "安仁县教育局教师培训股")
        type_text(qtbot, dialog.county_name, "安仁县")
        qtbot.keyClicks(dialog.county_code, "43102")
        assert "6位数字" in dialog.messages["county_code"].text() and not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.county_code, "8")
        assert not dialog.messages["county_code"].isVisible() and dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    launcher = app.Launcher()
    assert launcher.open(path)
    qtbot.addWidget(launcher.window)
    assert launcher.window.windowTitle() == f"安仁县教育局教师培训股 — {path.resolve()}"
    identity = launcher.window.office.identity
    assert (identity.county_name, identity.county_code) == ("安仁县", "431028")
    launcher.window.close()


def test_first_start_dialog_shows_what_is_missing(office, qtbot, tmp_path):
    with Office(tmp_path / "fresh.sqlite3") as fresh:
        dialog = FirstStartDialog(fresh)
        qtbot.addWidget(dialog)
        type_text(qtbot, dialog.office_name, "某局")
        dialog.office_name.clear()
        type_text(qtbot, dialog.county_code, "abc")
        assert dialog.messages["office_name"].text() == "请填写单位名称"
        assert "6位数字" in dialog.messages["county_code"].text()
        assert not dialog.ok_button.isEnabled() and not fresh.is_set_up


# ----- the main window ---------------------------------------------------------------------------
def test_navigation_menus_and_shortcuts(window, qtbot):
    titles = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert titles == ["教师", "学校", "培训项目", "学时登记", "证书", "提交包", "设置"]
    assert [a.shortcut().toString() for a in window.page_actions] == [f"Ctrl+{n}" for n in range(1, 8)]
    shortcuts = {a.text(): a.shortcut().toString() for a in (window.open_action, window.export_action,
                                                             window.quit_action, window.new_action,
                                                             window.find_action)}
    assert shortcuts == {"打开数据库(&O)…": "Ctrl+O", "导出当前列表(&E)…": "Ctrl+E", "退出(&X)": "Ctrl+Q",
                         "新建(&N)": "Ctrl+N", "查找(&F)": "Ctrl+F"}
    window.page_actions[6].trigger()
    assert isinstance(window.current_page(), SettingsPage) and window.nav.currentRow() == 6
    window.page_actions[0].trigger()
    window.new_action.trigger()
    assert window.current_page().editor.isVisible()  # Ctrl+N on 教师 opens a new teacher
    window.current_page().editor.reject()


def test_status_bar_shows_the_database_and_counts(window, office, school_id):
    assert window.path_label.text() == str(office.path)
    window.ops.announce("schools")
    assert window.counts_label.text() == "学校 1 所 · 在职教师 0 人"
    office.registry.save_teacher(make_teacher(school_id))
    window.ops.announce("teachers")
    assert window.counts_label.text() == "学校 1 所 · 在职教师 1 人"


def test_undo_from_the_wizards_own_history_refreshes_the_window(window, school_id, qtbot, tmp_path):
    """Review A-M1: the status bar and the teacher list kept the undone teachers."""
    from openpyxl import Workbook

    from ui.import_wizard import ImportWizard

    path = tmp_path / "名单.xlsx"
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "工作单位"])
    wb.active.append(["张三", "11010519491231002X", "测试县第一中学"])
    wb.save(path)
    window.import_teachers(str(path))
    wizard = window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step == 4, timeout=5000)
    assert window.counts_label.text() == "学校 1 所 · 在职教师 1 人"
    history = wizard.show_history()
    with qtbot.waitSignal(history.sig_undone, timeout=5000):
        history.undo_selected()
    assert window.counts_label.text() == "学校 1 所 · 在职教师 0 人"
    history.accept()
    wizard.accept()


def _drop(window, files: list[Path]) -> None:
    """What Qt's drag manager does when files from Explorer are dropped: drag enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(200, 200), *args)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(200, 200), *args)
    window.dropEvent(drop)
    assert drop.isAccepted()


def test_a_dropped_spreadsheet_opens_the_import_wizard_on_it(window, qtbot, tmp_path):
    from openpyxl import Workbook

    from ui.import_wizard import ImportWizard

    roster = tmp_path / "城关小学教师名单.xlsx"
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "工作单位"])
    wb.active.append(["张三", "11010519491231002X", "测试县第一中学"])
    wb.save(roster)
    _drop(window, [roster])
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.kind == "teachers"
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)  # the file is read at once
    assert wizard.header_spin.value() == 1
    wizard.reject()


def test_closing_the_window_releases_the_database(window, office):
    path = office.path
    window.close()
    with Office(path) as again:  # not refused as "in use"
        assert again.is_set_up


# ----- errors ------------------------------------------------------------------------------------
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_goes_on(home, qtbot, message_boxes, monkeypatch):
    monkeypatch.setattr(logging.getLogger(), "handlers", [])  # a log file in this test's data folder
    install_excepthook()
    clicks = []

    def broken():
        clicks.append(1)
        raise RuntimeError("teacher 110105194912310021 phone 13912345678")

    button = QPushButton("保存")
    qtbot.addWidget(button)
    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "出现意外错误（RuntimeError）" in message_boxes.last and "日志" in message_boxes.last
    assert "110105194912310021" not in message_boxes.last
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(clicks) == 2 and len(message_boxes.shown) == 2  # still running, still answering
    log = paths.log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in log and "broken" in log  # the traceback is in the log
    assert "110105194912310021" not in log and "13912345678" not in log


def test_the_ui_never_runs_sql():
    for source in UI.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "import sqlite3" not in text, source
        assert not re.search(r"\.execute(many)?\(|\b(SELECT|INSERT INTO|DELETE FROM)\b", text), source
