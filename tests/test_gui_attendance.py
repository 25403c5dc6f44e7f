"""The 考勤 grid driven from the keyboard: marks, moves, fills, paste from Excel, undo, the sign-in import."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from conftest import make_course, type_text
from trainoffice.projects import Project
from ui.attendance_grid import NOT_DUE_COLOR, UNRECORDED_BACKGROUND, AttendanceGrid, AttendanceModel

pytestmark = pytest.mark.usefixtures("message_boxes")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def course(office):
    return make_course(office)


def open_grid(ops, qtbot, project_id: int) -> AttendanceGrid:
    widget = AttendanceGrid(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    widget.set_project(project_id)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # shortcuts work in the active window
    widget.view.setFocus()
    return widget


@pytest.fixture
def grid(ops, qtbot, course):
    return open_grid(ops, qtbot, course)


def stored(office, pid) -> list[list[str | None]]:
    return office.attendance.grid(pid).marks


def cursor(grid: AttendanceGrid) -> tuple[int, int]:
    index = grid.view.currentIndex()
    return index.row(), index.column()


def select(grid: AttendanceGrid, top: int, left: int, bottom: int, right: int) -> None:
    model = grid.model
    grid.go_to(top, left)
    grid.view.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_one_key_per_mark_and_the_cursor_moves_on(grid, qtbot, office, course):
    view, model = grid.view, grid.model
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == ["李强", "王芳", "张敏"]
    assert model.headerData(0, Qt.Orientation.Horizontal).split("\n")[:2] == ["05-06", "上午"]
    assert cursor(grid) == (0, 0)
    qtbot.keyClick(view, Qt.Key.Key_1)          # 李强 出勤, down to 王芳
    qtbot.keyClick(view, Qt.Key.Key_2)          # 王芳 迟到
    qtbot.keyClick(view, Qt.Key.Key_Space)      # 张敏 出勤, then to the top of the next session
    assert cursor(grid) == (0, 1)
    type_text(qtbot, view, "假")                # 李强 请假 through a Chinese input method
    qtbot.keyClick(view, Qt.Key.Key_X)          # 王芳 缺勤: parse_mark's x
    qtbot.keyClick(view, Qt.Key.Key_5)          # 张敏 缺勤
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, Qt.Key.Key_Delete)     # 张敏's mark cleared again
    assert stored(office, course) == [["出勤", "请假", None, None], ["迟到", "缺勤", None, None],
                                      ["出勤", None, None, None]]
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["√", "迟", "√"]
    assert model.data(model.index(1, 1), AttendanceModel.StatusRole) == "缺勤"
    # Rates by hours over the sessions held: 王芳 3 of 6 学时, under 80%, shown in red on the left.
    assert model.headerData(1, Qt.Orientation.Vertical, AttendanceModel.RateRole) == "50%"
    assert model.headerData(1, Qt.Orientation.Vertical, AttendanceModel.BelowRole) is True
    assert model.headerData(0, Qt.Orientation.Horizontal).endswith("100%")  # 迟到 counts as present
    assert model.headerData(1, Qt.Orientation.Horizontal).endswith("0%")
    # 张敏's cleared cell is 未录入, not 缺勤: 3 of 3 recorded 学时, not under the threshold.
    assert model.headerData(2, Qt.Orientation.Vertical, AttendanceModel.BelowRole) is False
    assert "低于要求 2 人" in grid.info.text() and "未录入 1 格" in grid.info.text()
    # Tab moves right, Enter moves down, a key parse_mark does not know only says so.
    grid.go_to(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert cursor(grid) == (0, 1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert cursor(grid) == (1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Q)
    assert "不是考勤标记" in grid.message.text() and grid.message.isVisible()
    assert stored(office, course)[1][1] == "缺勤"


def test_blank_cells_of_a_session_begun_are_grey_not_red_and_ctrl_g_finds_them(grid, qtbot, office, course,
                                                                             message_boxes):
    view, model = grid.view, grid.model

    def background(row: int, column: int):
        colour = model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole)
        return colour.name() if colour is not None else None

    qtbot.keyClick(view, Qt.Key.Key_1)          # 李强 出勤 in the first session; 王芳 and 张敏 not yet entered
    assert [background(r, 0) for r in range(3)] == [None, UNRECORDED_BACKGROUND, UNRECORDED_BACKGROUND]
    assert background(1, 1) is None             # a session nobody is marked in yet is not flagged
    assert [model.headerData(r, Qt.Orientation.Vertical, AttendanceModel.BelowRole) for r in range(3)] == [False] * 3
    assert "低于要求" not in grid.info.text() and "未录入 2 格" in grid.info.text()
    assert "未录入 2 人" in model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "未录入 1 节" in model.headerData(1, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "未录入（结业前须补录" in model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
    grid.go_to(0, 3)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # from anywhere to the next blank of a session begun
    assert cursor(grid) == (1, 0)
    qtbot.keyClick(view, Qt.Key.Key_5)          # 王芳 缺勤: now red, and the cursor moves on to 张敏
    assert model.headerData(1, Qt.Orientation.Vertical, AttendanceModel.BelowRole) is True
    assert background(1, 0) == "#f9dcd9" and "未录入 1 格" in grid.info.text()
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Delete)     # 王芳's × cleared again: grey, counted neither way
    assert background(1, 0) == UNRECORDED_BACKGROUND and "未录入 2 格" in grid.info.text()
    assert model.headerData(1, Qt.Orientation.Vertical, AttendanceModel.BelowRole) is False
    grid.undo_action.trigger()
    grid.undo_action.trigger()
    grid.undo_action.trigger()                  # back to an empty grid: nothing grey
    assert [background(r, 0) for r in range(3)] == [None] * 3 and "未录入" not in grid.info.text()
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # nothing begun: the first session nobody is marked in
    assert cursor(grid) == (0, 0)
    said = []
    grid.ops.sig_message.connect(said.append)
    office.attendance.fill(course, status="出勤")
    grid.refresh()
    grid.go_to(1, 2)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # every cell has a mark: the cursor stays, and it says so
    assert cursor(grid) == (1, 2) and said == ["考勤表每一格都已录入"]


def test_entering_along_a_trainee_moves_right(grid, qtbot, office, course):
    grid.advance.setCurrentIndex(grid.advance.findData("right"))
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_4, Qt.Key.Key_1, Qt.Key.Key_3):
        qtbot.keyClick(grid.view, key)
    assert stored(office, course)[0] == ["出勤", "出勤", "请假", "出勤"]
    assert stored(office, course)[1][0] == "早退" and cursor(grid) == (1, 1)


def test_fill_a_column_a_block_down_and_right_then_undo(grid, qtbot, office, course):
    view = grid.view
    view.selectColumn(0)                        # a whole session: one key fills it
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert [row[0] for row in stored(office, course)] == ["请假"] * 3
    grid.go_to(0, 1)
    qtbot.keyClick(view, Qt.Key.Key_2)
    select(grid, 0, 1, 2, 1)
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)    # 向下填充 from the top of the selection
    assert [row[1] for row in stored(office, course)] == ["迟到"] * 3
    select(grid, 0, 1, 0, 3)
    qtbot.keyClick(view, Qt.Key.Key_R, CTRL)    # 向右填充 from its left
    assert stored(office, course)[0] == ["请假", "迟到", "迟到", "迟到"]
    grid.go_to(2, 3)
    grid.view.clearSelection()
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)    # one cell: copies the cell above
    assert stored(office, course)[2][3] is None  # the cell above (王芳) is blank
    grid.row_present_action.trigger()           # 本学员全部课时设为出勤 (the core's fill)
    assert stored(office, course)[2] == ["出勤"] * 4

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored(office, course)[2] == ["请假", "迟到", None, None]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)    # the single-cell Ctrl+D
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)    # the fill right
    assert stored(office, course)[0] == ["请假", "迟到", None, None]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)    # the fill down
    assert [row[1] for row in stored(office, course)] == ["迟到", None, None]
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)    # redo
    assert [row[1] for row in stored(office, course)] == ["迟到"] * 3
    assert grid.model.status(2, 1) == "迟到"     # the grid shows what is stored
    assert grid.undo_action.isEnabled() and grid.redo_action.isEnabled()  # three more to redo


def test_paste_a_block_from_excel_copy_it_back_and_undo(grid, qtbot, office, course):
    view = grid.view
    grid.go_to(1, 1)
    QGuiApplication.clipboard().setText("√\t迟到\r\n病假\t×\r\n")  # as Excel puts it on the clipboard
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert stored(office, course) == [[None] * 4, [None, "出勤", "迟到", None], [None, "请假", "缺勤", None]]
    select(grid, 1, 1, 2, 2)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "√\t迟\n假\t×\n"
    # One value pasted onto a selection fills all of it.
    QGuiApplication.clipboard().setText("早退")
    select(grid, 0, 3, 2, 3)
    qtbot.keyClick(view, Qt.Key.Key_V, CTRL)
    assert [row[3] for row in stored(office, course)] == ["早退"] * 3
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert stored(office, course) == [[None] * 4] * 3


def test_an_unknown_pasted_sign_changes_nothing_and_names_the_cell(grid, qtbot, office, course):
    grid.go_to(0, 0)
    QGuiApplication.clipboard().setText("√\t√\n√\t到了\n")
    qtbot.keyClick(grid.view, Qt.Key.Key_V, CTRL)
    assert stored(office, course) == [[None] * 4] * 3
    text = grid.message.text()
    assert "没有粘贴任何内容" in text and "第 2 行第 2 列" in text and "“到了”不是考勤标记" in text
    assert "王芳 · 05-06 下午" in text and cursor(grid) == (1, 1)
    # A block that runs off the grid is refused the same way.
    grid.go_to(2, 0)
    QGuiApplication.clipboard().setText("√\n√\n")
    qtbot.keyClick(grid.view, Qt.Key.Key_V, CTRL)
    assert "超出表格" in grid.message.text() and stored(office, course) == [[None] * 4] * 3


def test_a_trainee_who_left_is_refused_plainly(grid, qtbot, office, course, message_boxes):
    wang = grid.model.grid.trainees[1]
    office.roster.withdraw(wang.enrollment_id, reason="调离本县", on="2026-05-06")  # on another computer, say
    grid.go_to(1, 0)
    qtbot.keyClick(grid.view, Qt.Key.Key_1)
    assert "王芳 已退出，不能记录考勤" in message_boxes.last
    assert [t.name for t in grid.model.grid.trainees] == ["李强", "张敏"]  # the grid was reloaded


def write_sign_in(path, rows) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["微信签到导出"])
    sheet.append(["姓名", "签到时间"])
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_sign_in_import_shows_the_rows_it_cannot_place_then_imports_the_rest(grid, qtbot, office, course,
                                                                               tmp_path):
    path = tmp_path / "签到记录.xlsx"
    write_sign_in(path, [["王芳", dt.datetime(2026, 5, 6, 8, 10)], ["李强", "2026-05-06 14:05"],
                         ["赵六", "2026-05-06 08:00"], ["张敏", "2026-05-09 08:00"]])
    grid.import_sign_in(str(path))
    qtbot.waitUntil(lambda: grid.sign_in_dialog is not None and grid.sign_in_dialog.isVisible(), timeout=5000)
    dialog = grid.sign_in_dialog
    assert "可对应 2 行签到记录" in dialog.summary.text()
    problems = [(dialog.problems.item(r, 0).text(), dialog.problems.item(r, 1).text())
                for r in range(dialog.problems.rowCount())]
    assert problems == [("5", "“赵六”不在参培名单上"), ("6", "2026-05-09 上午不在项目培训日期内")]
    assert dialog.import_button.text() == "导入可对应的行"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(office, course) == [[None, "出勤", None, None], ["出勤", None, None, None], [None] * 4]
    assert grid.model.status(1, 0) == "出勤"
    grid.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is grid)
    qtbot.keyClick(grid.view, Qt.Key.Key_Z, CTRL)  # the import is one undo step
    assert stored(office, course) == [[None] * 4] * 3


def test_sign_in_import_declined_changes_nothing(grid, qtbot, office, course, tmp_path):
    path = tmp_path / "签到.xlsx"
    write_sign_in(path, [["王芳", "2026-05-07 15:00"], ["某某", "2026-05-07 15:00"]])
    grid.import_sign_in(str(path))
    qtbot.waitUntil(lambda: grid.sign_in_dialog is not None and grid.sign_in_dialog.isVisible(), timeout=5000)
    qtbot.mouseClick(grid.sign_in_dialog.skip_button, Qt.MouseButton.LeftButton)
    assert stored(office, course) == [[None] * 4] * 3


def test_sessions_after_today_are_not_open_yet_and_a_key_there_says_why(ops, qtbot, office, message_boxes):
    """Review h: on 11-23 the grid took marks for 11-24 and 11-25. A course running today and tomorrow: tomorrow's
    cells are hatched, their header greyed, and a mark key there says why instead of entering anything."""
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    pid = make_course(office, start=today)
    widget = open_grid(ops, qtbot, pid)
    view, model = widget.view, widget.model
    brush = model.data(model.index(0, 2), Qt.ItemDataRole.BackgroundRole)
    assert brush.style() == Qt.BrushStyle.BDiagPattern and brush.color().name() == NOT_DUE_COLOR
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None  # today's: open, blank
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole).name() == NOT_DUE_COLOR
    assert f"还没到上课日期（今天是 {today}），到当天才能录入考勤" in model.headerData(
        2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole).endswith("还没到上课日期，到当天才能录入")
    widget.go_to(0, 2)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert widget.message.isVisible() and widget.message.text() == (
        f"{tomorrow} 上午的课还没到（今天是 {today}），不能记录考勤，请到当天再录入。如课程安排的日期有误，请先在“课程安排”中更正。")
    assert stored(office, pid) == [[None] * 4] * 3 and cursor(widget) == (0, 2) and message_boxes.shown == []
    widget.row_present_action.trigger()         # 本学员全部课时设为出勤: the sessions held so far
    assert stored(office, pid)[0] == ["出勤", "出勤", None, None]
    office.attendance.fill(pid, status="出勤")
    widget.refresh()
    said = []
    ops.sig_message.connect(said.append)
    qtbot.keyClick(view, Qt.Key.Key_G, CTRL)    # nothing left to enter today; tomorrow's sessions are not offered
    assert cursor(widget) == (0, 2) and said == ["已到上课日期的考勤都已录入"]


def test_a_project_not_yet_open_is_refused_by_the_core(ops, qtbot, office, message_boxes):
    pid = office.projects.create(Project(code="2026-09", name="计划中的班", year=2026, days_local=1, places=2,
                                         start_date="2026-09-01", end_date="2026-09-01"))
    widget = AttendanceGrid(ops)
    qtbot.addWidget(widget)
    widget.set_project(pid)
    assert "还没有在册学员" in widget.info.text() and not widget.fill_button.isEnabled()
    widget.set_project(None)
    assert widget.model.rowCount() == 0 and "请选择" in widget.info.text()


def test_attendance_model(qtmodeltester, office, course):
    office.attendance.paste(course, enrollment_ids=[t.enrollment_id for t in office.attendance.grid(course).trainees],
                            session_ids=[s.id for s in office.attendance.grid(course).sessions],
                            values=[["√", "迟"], ["假", "×"]])
    model = AttendanceModel()
    model.set_grid(office.attendance.grid(course), {})
    qtmodeltester.check(model)
