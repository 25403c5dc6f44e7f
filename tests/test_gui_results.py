"""The 考核 view: results typed from the keyboard, the override reason under the threshold, the rates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import make_course, type_text
from trainoffice.attendance import Mark
from trainoffice.results import Assessment
from ui.results_view import ResultsModel, ResultsView

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def course(office):
    """李强 and 张敏 came to every session; 王芳 to one of four (25%, under the 80% threshold)."""
    pid = make_course(office)
    grid = office.attendance.grid(pid)
    li, wang, zhang = (t.enrollment_id for t in grid.trainees)
    marks = [Mark(e, s.id, "出勤") for e in (li, zhang) for s in grid.sessions]
    marks += [Mark(wang, s.id, "出勤" if n == 0 else "缺勤") for n, s in enumerate(grid.sessions)]
    office.attendance.set_marks(pid, marks)
    return pid


@pytest.fixture
def view(ops, qtbot, course):
    widget = ResultsView(ops)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.set_project(course)
    widget.table.setFocus()
    return widget


def column(view: ResultsView, kind: str) -> int:
    return next(n for n, c in enumerate(view.model.columns) if c.kind == kind)


def stored(office, pid) -> dict[str, tuple]:
    out = {}
    for row in office.results.results(pid):
        (a,) = row.stages.values()
        out[row.trainee.name] = (a.result, a.score, a.homework_done, a.override_reason) if a else None
    return out


def test_results_by_keyboard_and_the_override_reason(view, qtbot, office, course):
    table, model = view.table, view.model
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["李强", "王芳", "张敏"]
    assert model.data(model.index(1, column(view, "rate"))) == "25%"
    assert table.currentIndex().column() == column(view, "result")  # the cursor starts where results go
    qtbot.keyClick(table, Qt.Key.Key_1)                    # 李强 合格, and on to the next trainee
    assert table.currentIndex().row() == 1 and table.currentIndex().column() == column(view, "result")
    qtbot.keyClick(table, Qt.Key.Key_1)                    # 王芳 合格: refused without a reason
    dialog = view.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert "出勤率为 25%" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert stored(office, course)["王芳"] is None           # nothing stored yet
    assert table.currentIndex().row() == 1                 # the cursor waits for the reason
    type_text(qtbot, dialog.reason, "因公出差，已补学全部课程")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert stored(office, course)["王芳"] == ("合格", None, False, "因公出差，已补学全部课程")
    assert model.data(model.index(1, column(view, "result"))) == "合格*"
    assert "因公出差" in model.data(model.index(1, column(view, "result")), Qt.ItemDataRole.ToolTipRole)
    assert table.currentIndex().row() == 2                 # stored with its reason: on to 张敏
    type_text(qtbot, table, "优")                           # 张敏 优秀 through a Chinese input method
    assert stored(office, course)["张敏"][0] == "优秀"
    assert table.currentIndex().row() == 2                 # the last trainee: the cursor stays
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Return)               # Enter only moves down
    assert table.currentIndex().row() == 2 and stored(office, course)["张敏"][0] == "优秀"

    # Scores are typed into their cell; Enter stores and moves down. Space ticks homework.
    view.table.setCurrentIndex(model.index(0, column(view, "score")))
    qtbot.keyClick(table, Qt.Key.Key_8)                    # the first digit opens the cell for typing
    qtbot.keyClicks(table.focusWidget(), "8.5")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(office, course)["李强"][:2] == ("合格", 88.5))  # the editor closes queued
    assert table.currentIndex().row() == 1
    view.table.setCurrentIndex(model.index(2, column(view, "homework")))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert stored(office, course)["张敏"] == ("优秀", None, True, "")
    assert model.data(model.index(2, column(view, "homework")), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # The summary strip: 参培率 over the places, 合格率 and 优秀率 over the roster.
    assert "参培率 <b>100.0%</b>（3/3）" in view.rates["participation"].text()
    assert "合格率 <b>100.0%</b>（3/3）" in view.rates["pass"].text()
    assert "优秀率 <b>33.3%</b>（1/3）" in view.rates["excellent"].text()
    assert model.data(model.index(2, column(view, "overall"))) == "优秀"
    # 3 = 不合格, and Delete clears a result; each moves on like any result key.
    view.table.setCurrentIndex(model.index(0, column(view, "result")))
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert stored(office, course)["李强"][0] == "不合格" and table.currentIndex().row() == 1
    assert "合格率 <b>66.7%</b>（2/3）" in view.rates["pass"].text()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert stored(office, course)["李强"][0] is None and table.currentIndex().row() == 1
    assert "待评 1 人" in view.rates["pending"].text()


def test_cancelling_the_reason_stores_nothing(view, qtbot, office, course):
    view.table.setCurrentIndex(view.model.index(1, column(view, "result")))
    qtbot.keyClick(view.table, Qt.Key.Key_2)               # 王芳 优秀
    view.reason_dialog.reject()
    assert stored(office, course)["王芳"] is None
    assert view.table.currentIndex().row() == 1             # nothing stored: the cursor stays on 王芳
    assert view.model.data(view.model.index(1, column(view, "result"))) == ""


def test_a_score_out_of_range_is_refused(view, qtbot, office, course, message_boxes):
    view.table.setCurrentIndex(view.model.index(0, column(view, "score")))
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    qtbot.keyClicks(view.table.focusWidget(), "20")
    qtbot.keyClick(view.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "成绩应在 0 到 100 之间" in message_boxes.last)
    assert stored(office, course)["李强"] is None


def test_a_blank_attendance_cell_is_left_out_of_the_rate_and_said(view, office, course):
    grid = office.attendance.grid(course)
    office.attendance.set_marks(course, [Mark(grid.trainees[1].enrollment_id, grid.sessions[1].id, None)])
    view.refresh()
    rate = view.model.index(1, column(view, "rate"))
    assert view.model.data(rate) == "33%"                   # 王芳: 1 of the 3 sessions recorded, not 1 of 4
    assert "未录入 1 节（不计入出勤率" in view.model.data(rate, Qt.ItemDataRole.ToolTipRole)
    assert "未录入" not in view.model.data(view.model.index(0, column(view, "rate")), Qt.ItemDataRole.ToolTipRole)


def test_a_pass_the_attendance_no_longer_supports_is_marked(view, office, course):
    """A 合格 given to 李强, who was then marked absent from three of four sessions: 结业 would refuse it."""
    grid = office.attendance.grid(course)
    li = grid.trainees[0].enrollment_id
    stage = office.projects.stages(course)[0].id
    office.results.set_results(course, [Assessment(li, stage, "合格")])
    office.attendance.set_marks(course, [Mark(li, s.id, "缺勤") for s in grid.sessions[1:]])
    view.refresh()
    result = view.model.index(0, column(view, "result"))
    assert view.model.data(result, Qt.ItemDataRole.BackgroundRole) is not None
    assert "结业时会被拒绝" in view.model.data(result, Qt.ItemDataRole.ToolTipRole)
    assert view.model.data(view.model.index(2, column(view, "result")), Qt.ItemDataRole.BackgroundRole) is None


def test_results_model(qtmodeltester, office, course):
    office.results.set_result(enrollment_id=office.attendance.grid(course).trainees[0].enrollment_id,
                              stage_id=office.projects.stages(course)[0].id, result="合格", score=90)
    model = ResultsModel()
    model.set_results(office.results.results(course), office.projects.stages(course))
    qtmodeltester.check(model)
