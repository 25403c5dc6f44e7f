"""Keyboard-only use of the main window: Tab leaves the lists, Ctrl+Tab switches an open project's tabs, and
the Alt+letter access keys reach what they name without two of them clashing."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTableView, QWidget

from conftest import make_course
from ui import app
from ui.mainwindow import MainWindow
from ui.project_detail import ProjectDetail

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def course(office) -> int:
    return make_course(office)


@pytest.fixture
def language(request, qapp):
    """zh unless a test asks for en (then the shipped English translation is loaded first)."""
    chosen = getattr(request, "param", "zh")
    translator = QTranslator()
    if chosen == "en":
        assert translator.load("trainoffice_en", str(app.TRANSLATIONS))
        qapp.installTranslator(translator)
    yield chosen
    qapp.removeTranslator(translator)


@pytest.fixture
def window(office, course, language, qtbot):
    main = MainWindow(office)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)  # focus and shortcuts work in the active window
    return main


def open_project(window: MainWindow, project_id: int) -> ProjectDetail:
    window.page_actions[2].trigger()
    return window.current_page().open_project(project_id)


def press_tab_until(qtbot, window: MainWindow, target, most: int) -> int:
    """Tab from the focused widget until ``target`` has focus: the number of presses (0 when it never does)."""
    for presses in range(1, most + 1):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        if window.focusWidget() is target:
            return presses
    return 0


def test_tab_leaves_every_list_and_only_the_attendance_and_results_grids_keep_it(window, course):
    window.new_action.trigger()  # the teacher editor, with its postings
    editor = window.current_page().editor
    detail = open_project(window, course)
    grids = {detail.tab("考勤").view, detail.tab("考核").table}
    tables = [table for widget in (*window.pages, editor) for table in widget.findChildren(QTableView)]
    assert len(tables) > 15 and grids <= set(tables) and editor.history in tables
    assert [table for table in tables if table.tabKeyNavigation() != (table in grids)] == []


def test_tab_goes_from_a_list_to_the_buttons_after_it(window, qtbot, course):
    window.page_actions[0].trigger()
    teachers = window.current_page()
    teachers.table.setFocus()
    teachers.table.selectRow(0)
    qtbot.keyClick(teachers.table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not teachers.table
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, SHIFT)
    assert window.focusWidget() is teachers.table

    detail = open_project(window, course)
    sessions = detail.show_tab("课程安排")
    sessions.view.setFocus()
    sessions.view.selectRow(0)
    assert 0 < press_tab_until(qtbot, window, detail.close_button, most=5)  # 结业… of the open project


def test_tab_on_the_attendance_tab_goes_through_the_toolbar_then_into_the_grid(window, qtbot, course):
    """The toolbar sits above the grid, so Tab from the tab bar reaches it first (the grid then keeps Tab)."""
    detail = open_project(window, course)
    grid = detail.show_tab("考勤")
    detail.tabs.tabBar().setFocus()
    reached = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == [grid.advance, grid.fill_button, grid.import_button, grid.view]


def test_ctrl_tab_and_ctrl_page_down_switch_tabs_also_from_the_grids_that_keep_tab(window, qtbot, course):
    detail = open_project(window, course)
    results = detail.show_tab("考核")
    results.table.setFocus()
    results.table.go_to(0, 2)
    qtbot.keyClick(results.table, Qt.Key.Key_Tab)  # in a grid Tab moves to the next cell
    assert window.focusWidget() is results.table and results.table.currentIndex().column() == 3
    tab_bar = detail.tabs.tabBar()
    qtbot.keyClick(results.table, Qt.Key.Key_Tab, CTRL)
    assert detail.tabs.currentWidget() is detail.tab("经费与记录") and window.focusWidget() is tab_bar
    qtbot.keyClick(tab_bar, Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert detail.tabs.currentWidget() is results
    grid = detail.show_tab("考勤")
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_PageDown, CTRL)
    assert detail.tabs.currentWidget() is results
    qtbot.keyClick(tab_bar, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(tab_bar, Qt.Key.Key_PageUp, CTRL)
    assert detail.tabs.currentWidget() is detail.tab("课程安排") and window.focusWidget() is tab_bar
    qtbot.keyClick(tab_bar, Qt.Key.Key_Backtab, SHIFT)  # the status buttons are just before the tab bar
    assert window.focusWidget() is detail.close_button


def access_keys(window: QWidget) -> list[str]:
    """The Alt+letter keys live in ``window`` as it is shown now: menu titles, buttons, field labels, tabs."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
    keys = (QKeySequence.mnemonic(text) for text in texts)
    return [key.toString() for key in keys if not key.isEmpty()]


def clashes(keys: list[str]) -> list[str]:
    return [key for key, count in Counter(keys).items() if count > 1]


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_every_menu_item_has_its_own_access_key_and_none_clashes_on_a_page(window, course, language):
    for title in window.menuBar().actions():
        items = [action.text() for action in title.menu().actions() if not action.isSeparator()]
        keys = [QKeySequence.mnemonic(text).toString() for text in items]
        assert "" not in keys and not clashes(keys), (title.text(), items)
    shown = {}
    for number, action in enumerate(window.page_actions):
        action.trigger()
        shown[number] = access_keys(window)
    detail = open_project(window, course)
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
        shown[detail.tabs.tabText(index)] = access_keys(window)
    assert {where: clashes(keys) for where, keys in shown.items() if clashes(keys)} == {}
    assert len(shown[0]) >= 4 + 10  # the menus, and the 教师 page's filters and buttons


def test_alt_and_a_letter_reaches_each_teacher_filter(window, qtbot):
    page = window.current_page()
    filters = (page.school_filter, page.township_filter, page.stage_filter, page.subject_filter, page.title_filter,
               page.status_filter)
    reached = []
    for letter in (Qt.Key.Key_S, Qt.Key.Key_T, Qt.Key.Key_G, Qt.Key.Key_U, Qt.Key.Key_L, Qt.Key.Key_A):
        qtbot.keyClick(window.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
        reached.append(window.focusWidget())
    assert reached[0] is page.school_filter.lineEdit() or reached[0] is page.school_filter
    assert tuple(reached[1:]) == filters[1:]
