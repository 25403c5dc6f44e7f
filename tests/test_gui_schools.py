"""The 学校 page and its dialogs, driven through their real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from conftest import make_teacher, type_text
from trainoffice.registry import School
from ui.models import SchoolTableModel
from ui.pages.schools import SchoolsPage
from ui.pages.teachers import TeachersPage

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def page(ops, qtbot):
    widget = SchoolsPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def shown(page: SchoolsPage) -> list[str]:
    return [page.proxy.data(page.proxy.index(row, 0)) for row in range(page.proxy.rowCount())]


def select(page: SchoolsPage, name: str) -> None:
    page.select_school(page.ops.office.registry.school_by_name(name).id)


def test_school_and_teacher_created_through_the_dialogs(page, ops, qtbot, office):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.isVisible() and not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.name, "安仁县城关小学")
    type_text(qtbot, dialog.township.lineEdit(), "永乐江镇")
    qtbot.mouseClick(dialog.stage_boxes["小学"], Qt.MouseButton.LeftButton,
                     pos=dialog.stage_boxes["小学"].rect().center())
    dialog.rural.setChecked(True)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    school = office.registry.school_by_name("安仁县城关小学")
    assert (school.township, school.stages, school.rural, school.private) == ("永乐江镇", "小学", True, False)
    assert shown(page) == ["安仁县城关小学"] and page.selected_school().id == school.id

    teachers = TeachersPage(ops)
    qtbot.addWidget(teachers)
    teachers.show()
    editor = teachers.open_teacher(None)
    type_text(qtbot, editor._inputs["name"], "张三")
    qtbot.keyClicks(editor._inputs["id_number"], "11010519491231002X")
    type_text(qtbot, editor._inputs["school_id"].lineEdit(), "城关小学")
    popup = editor._inputs["school_id"].completer().popup()  # type-to-search: the matches pop up
    assert popup.isVisible() and popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor._inputs["school_id"].school_id() == school.id
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert teachers.model.rowCount() == 1
    assert page.model.school(0).teacher_count == 1  # the schools page heard about the new teacher


def test_duplicate_school_name_is_shown_inline(page, qtbot, office, school_id):
    page.create_item()
    type_text(qtbot, page.dialog.name, "测试县第一中学")
    assert "已有同名学校" in page.dialog.messages["name"].text()
    assert not page.dialog.save_button.isEnabled()


def test_edit_school(school_id, page, qtbot, office):
    select(page, "测试县第一中学")
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.name.text() == "测试县第一中学" and dialog.stage_boxes["高中"].isChecked()
    dialog.private.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert office.registry.school(school_id).private
    assert page.model.data(page.model.index(0, 5)) == "是"


def test_merge_moves_the_teachers_after_confirmation(page, qtbot, office, school_id, message_boxes):
    village = office.registry.save_school(School(name="石门村小", township="城关镇", stages="小学"))
    teacher_id = office.registry.save_teacher(make_teacher(village))
    page.ops.announce("schools")
    select(page, "石门村小")
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.merge.school_id() == village and not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.keep.lineEdit(), "石门村小")
    assert "两所不同" in dialog.message.text()
    dialog.keep.lineEdit().clear()
    type_text(qtbot, dialog.keep.lineEdit(), "测试县第一中学")
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "把“石门村小”并入“测试县第一中学”" in message_boxes.last and "1 名在职教师" in message_boxes.last
    # It says what moves and what stays: finished projects and past postings keep the merged school.
    assert "计划、开班中项目的名单和指标，将转到“测试县第一中学”" in message_boxes.last
    assert "已结业、归档项目的名单和以往任职记录仍记“石门村小”" in message_boxes.last
    assert "全部记录" not in message_boxes.last
    intro = dialog.intro.text()
    assert "已结业、归档项目的名单和教师以往的任职记录不变" in intro and "调动记录" not in intro
    assert office.registry.teacher(teacher_id).school_id == village  # declined: nothing changed
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert office.registry.teacher(teacher_id).school_id == school_id
    assert shown(page) == ["测试县第一中学"]
    assert page.model.school(0).teacher_count == 1


def test_merge_offers_only_active_schools_to_keep(page, office, school_id):
    closed = office.registry.save_school(School(name="和平小学", township="城关镇", stages="小学"))
    office.registry.set_school_active(closed, False)
    page.ops.announce("schools")
    page.show_inactive.setChecked(True)
    page.select_school(closed)
    page.merge_button.click()
    dialog = page.dialog
    offered = {dialog.keep.itemText(i) for i in range(dialog.keep.count())}
    assert offered == {"测试县第一中学"}
    assert dialog.merge.findData(closed) >= 0  # a 停用 school can still be merged into an active one
    assert dialog.merge.school_id() == closed


def test_a_merged_school_is_kept_and_shown_with_the_inactive_ones(page, qtbot, office, school_id):
    village = office.registry.save_school(School(name="石门村小", township="城关镇", stages="小学"))
    office.registry.merge_schools(keep_id=school_id, merge_id=village)
    page.ops.announce("schools")
    assert shown(page) == ["测试县第一中学"]
    page.show_inactive.setChecked(True)
    assert sorted(shown(page)) == ["测试县第一中学", "石门村小"]  # its own name: old rosters print it
    page.select_school(village)
    row = page.table.currentIndex().row()
    assert page.proxy.index(row, 6).data() == "已并入"
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#888888")  # greyed
    assert page.edit_button.isEnabled()
    assert not any(b.isEnabled() for b in (page.merge_button, page.active_button, page.delete_button))


def test_deactivate_and_reactivate(school_id, page, qtbot, office):
    select(page, "测试县第一中学")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not office.registry.school(school_id).active
    assert shown(page) == []
    page.show_inactive.setChecked(True)
    assert page.model.data(page.model.index(0, 6)) == "已停用"
    select(page, "测试县第一中学")
    assert page.active_button.text() == "重新启用"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert office.registry.school(school_id).active


def test_a_school_with_teachers_cannot_be_deleted_and_says_why(page, qtbot, office, school_id, message_boxes):
    office.registry.save_teacher(make_teacher(school_id))
    empty = office.registry.save_school(School(name="空学校"))
    page.ops.announce("schools")
    select(page, "测试县第一中学")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "不能删除“测试县第一中学”" in message_boxes.last and "可以停用或与另一所学校合并" in message_boxes.last
    assert office.registry.school(school_id).active
    select(page, "空学校")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert office.registry.school_by_name("空学校") is None and empty not in [s.id for s in page.model._schools]


def test_search_filters_the_school_list(page, qtbot, office, school_id):
    office.registry.save_school(School(name="测试县城关小学", township="城关镇"))
    office.registry.save_school(School(name="石门村小", township="石门乡"))
    page.ops.announce("schools")
    assert page.count_label.text() == "共 3 所"
    type_text(qtbot, page.search, "小学")
    assert shown(page) == ["测试县城关小学"]
    page.search.clear()
    type_text(qtbot, page.search, "城关镇")  # the township matches too
    assert sorted(shown(page)) == ["测试县城关小学", "测试县第一中学"]


def test_school_model_passes_the_model_tester(qtmodeltester, office, school_id):
    office.registry.save_school(School(name="石门村小", township="城关镇", stages="小学", rural=True))
    model = SchoolTableModel()
    model.set_schools(office.registry.schools(include_inactive=True))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
