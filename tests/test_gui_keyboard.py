"""Keyboard-only use of the main window: Tab leaves the lists, Ctrl+Tab switches an open project's tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from conftest import make_course
from ui.mainwindow import MainWindow
from ui.project_detail import ProjectDetail

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def course(office) -> int:
    return make_course(office)


@pytest.fixture
def window(office, course, qtbot):
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
