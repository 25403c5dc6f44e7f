"""The 教师 page and the teacher editor, driven through their real widgets."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog

from conftest import make_teacher, type_text
from trainoffice.registry import School
from ui.models import TeacherTableModel
from ui.pages.teachers import TeachersPage
from ui.teacher_editor import TeacherEditor

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def page(ops, qtbot):
    widget = TeachersPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def names(page: TeachersPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def pick_school(qtbot, combo, text: str) -> None:
    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), text)


def test_new_teacher_typed_into_the_editor_is_saved_and_listed(page, qtbot, office, school_id):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert isinstance(editor, TeacherEditor) and editor.isVisible()
    assert not editor.save_button.isEnabled()  # nothing typed yet
    type_text(qtbot, editor._inputs["name"], "王 芳")
    qtbot.keyClicks(editor._inputs["id_number"], "11010519491231002x")
    assert editor._inputs["gender"].currentText() == "女"  # derived from the ID as it was typed
    assert editor._inputs["birth_date"].text() == "1949-12-31"
    pick_school(qtbot, editor._inputs["school_id"], "测试县第一中学")
    editor._inputs["stage"].setCurrentText("初中")
    qtbot.keyClicks(editor._inputs["phone"], "138 0013 8000")
    assert editor.save_button.isEnabled(), editor.summary.text()
    with qtbot.waitSignal(editor.sig_saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    teacher = office.registry.teacher(saved.args[0])
    assert (teacher.name, teacher.id_number, teacher.gender, teacher.school_id, teacher.stage, teacher.phone) == (
        "王芳", "11010519491231002X", "女", school_id, "初中", "13800138000")
    assert names(page) == ["王芳"]
    assert page.count_label.text() == "共 1 人"


def test_impossible_id_shows_inline_error_and_save_is_disabled(page, qtbot, school_id):
    editor = page.open_teacher(None)
    type_text(qtbot, editor._inputs["name"], "李四")
    pick_school(qtbot, editor._inputs["school_id"], "第一中学")
    qtbot.keyClicks(editor._inputs["id_number"], "110105199002300011")  # 30 February
    message = editor._messages["id_number"]
    assert message.isVisible() and "1990-02-30 不存在" in message.text()
    assert not editor.save_button.isEnabled()
    assert "身份证号" in editor.summary.text()
    editor._inputs["id_number"].clear()
    qtbot.keyClicks(editor._inputs["id_number"], "11010519900228001")
    assert "校验位" not in message.text() and "18位" in message.text()


def test_ctrl_s_with_something_missing_shows_where(page, qtbot, school_id):
    editor = page.open_teacher(None)
    type_text(qtbot, editor._inputs["name"], "李四")
    qtbot.keyClicks(editor._inputs["id_number"], "110105198001010016")
    tabs = editor.tabs.tabBar()
    assert tabs.tabTextColor(1) == QColor("#b3261e") and tabs.tabTextColor(0) != QColor("#b3261e")
    assert not editor._messages["school_id"].isVisible()  # not nagged before trying to save
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)  # shortcuts work in the active window
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == 1 and editor._messages["school_id"].text() == "请选择工作单位"
    assert editor.isVisible()


def test_wrong_check_character_names_the_right_one(page, qtbot, school_id):
    editor = page.open_teacher(None)
    qtbot.keyClicks(editor._inputs["id_number"], "110105194912310021")
    assert "最后一位应为 X" in editor._messages["id_number"].text()


def test_contradicting_gender_is_flagged_and_fifteen_digit_ids_converted(page, qtbot, school_id):
    editor = page.open_teacher(None)
    qtbot.keyClicks(editor._inputs["id_number"], "110105491231002")
    assert editor._messages["id_number"].text() == "15位旧身份证号已转换为18位，请核对"
    assert editor._inputs["gender"].currentText() == "女"
    editor._inputs["gender"].setCurrentText("男")
    assert "身份证号显示为女" in editor._messages["gender"].text()
    assert not editor._messages["gender"].is_error  # a warning: saving stays possible


def test_typing_an_id_already_in_the_registry_offers_that_teacher(page, qtbot, office, school_id):
    existing = office.registry.save_teacher(make_teacher(school_id))
    editor = page.open_teacher(None)
    type_text(qtbot, editor._inputs["name"], "张三丰")
    qtbot.keyClicks(editor._inputs["id_number"], "11010519491231002x")
    assert "已在教师信息库中：张三（测试县第一中学" in editor._messages["id_number"].text()
    assert editor.open_existing_button.isVisible() and not editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.sig_open_teacher) as asked:
        qtbot.mouseClick(editor.open_existing_button, Qt.MouseButton.LeftButton)
    assert asked.args == [existing]
    assert not editor.isVisible()
    assert page.editor is not editor and page.editor.teacher_id == existing
    assert page.editor._inputs["name"].text() == "张三"
    assert office.registry.counts()["teachers_all"] == 1


def test_enter_moves_to_the_next_field(page, qtbot, school_id):
    editor = page.open_teacher(None)
    editor.activateWindow()
    editor._inputs["name"].setFocus()
    type_text(qtbot, editor._inputs["name"], "赵六")
    qtbot.keyClick(editor._inputs["name"], Qt.Key.Key_Return)
    assert editor.focusWidget() is editor._inputs["id_number"]
    assert editor.isVisible()  # Enter did not save or close


def test_search_matches_pinyin_initials_full_pinyin_id_tail_phone_and_school(page, qtbot, office, school_id):
    other = office.registry.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    office.registry.save_teacher(make_teacher(school_id))
    office.registry.save_teacher(make_teacher(other, name="李四", id_number="110105198001010016",
                                              phone="13912345678", stage="小学"))
    page.ops.announce("teachers", "schools")
    assert sorted(names(page)) == ["张三", "李四"]
    for text, expected in (("zs", ["张三"]), ("zhangsan", ["张三"]), ("002x", ["张三"]), ("5678", ["李四"]),
                           ("城关小学", ["李四"]), ("ls", ["李四"]), ("wang", [])):
        page.search.clear()
        type_text(qtbot, page.search, text)
        qtbot.waitUntil(lambda expected=expected: names(page) == expected, timeout=2000)
    assert page.count_label.text() == "共 0 人"


def test_filters_narrow_the_list_and_retired_teachers_are_hidden_by_default(page, qtbot, office, school_id):
    office.registry.save_teacher(make_teacher(school_id))
    office.registry.save_teacher(make_teacher(school_id, name="李四", id_number="110105198001010016",
                                              stage="高中", subject="物理"))
    retired = office.registry.save_teacher(make_teacher(school_id, name="王五", id_number="110105195001010012"))
    office.registry.set_status(retired, "退休")
    page.ops.announce("teachers")
    assert sorted(names(page)) == ["张三", "李四"]
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("高中"))
    assert names(page) == ["李四"]
    page.subject_filter.setCurrentIndex(page.subject_filter.findData("数学"))
    assert names(page) == []
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    page.status_filter.setCurrentIndex(page.status_filter.findData(""))
    assert sorted(names(page)) == ["张三", "李四", "王五"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("退休"))
    assert names(page) == ["王五"]
    pick_school(qtbot, page.school_filter, "测试县第一中学")
    assert names(page) == ["王五"]


def test_header_click_sorts_in_sql(page, qtbot, office, school_id):
    office.registry.save_teacher(make_teacher(school_id, name="张三", phone="13800000002"))
    office.registry.save_teacher(make_teacher(school_id, name="李四", id_number="110105198001010016",
                                              phone="13800000001"))
    page.ops.announce("teachers")
    assert names(page) == ["李四", "张三"]  # 姓名 sorts by pinyin
    header = page.table.horizontalHeader()
    phone_column = page.model._keys.index("phone")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(phone_column) + 5, 5))
    assert page.model.query().order_by == "phone"
    header.setSortIndicator(phone_column, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["张三", "李四"] and page.model.query().descending


def test_the_list_masks_ids_and_phones_as_the_office_sets_it(page, office, school_id):
    office.registry.save_teacher(make_teacher(school_id, phone="13800138000"))
    page.ops.announce("teachers")
    model = page.model
    shown = {key: model.index(0, model._keys.index(key)).data() for key in ("id_number", "phone")}
    assert shown == {"id_number": "110***********002X", "phone": "138****8000"}
    office.settings.set("mask_personal_data", False)
    page.ops.announce("settings")
    assert model.index(0, model._keys.index("id_number")).data() == "11010519491231002X"
    assert model.index(0, model._keys.index("phone")).data() == "13800138000"


def test_export_writes_the_filtered_list_with_masked_ids(page, qtbot, office, school_id, tmp_path, monkeypatch):
    office.registry.save_teacher(make_teacher(school_id))
    office.registry.save_teacher(make_teacher(school_id, name="李四", id_number="110105198001010016",
                                              stage="高中"))
    page.ops.announce("teachers")
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("初中"))
    out = tmp_path / "名单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    messages = []
    page.ops.sig_message.connect(messages.append)
    page.export_list()
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    sheet = openpyxl.load_workbook(tmp_path / "名单.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "测试县教师名单"
    assert rows[2][:4] == ["序号", "姓名", "性别", "身份证号"]
    assert rows[3][:4] == [1, "张三", "女", "110***********002X"]
    assert "13800138000" not in str(rows) and len(rows) == 4  # 李四 (高中) filtered out
    assert messages and "已导出 1 人" in messages[-1] and "遮盖" in messages[-1]


def test_transfer_keeps_the_history(page, qtbot, office, school_id):
    other = office.registry.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    editor = page.open_teacher(teacher_id)
    editor.tabs.setCurrentIndex(2)
    assert editor.history.rowCount() == 1
    qtbot.mouseClick(editor.transfer_button, Qt.MouseButton.LeftButton)
    dialog = editor.transfer_dialog
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.school.lineEdit(), "测试县城关小学")
    type_text(qtbot, dialog.note, "县教育局调令")
    assert dialog.date.text() == dt.date.today().isoformat()
    for typed, said in (("2025-13-01", "不存在"), ("2099-01-01", "晚于今天"),  # refused as typed, never changed
                        ("45678", "无法识别的日期"), ("2025", "无法识别的日期")):  # not a spreadsheet's day number
        dialog.date.setText(typed)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and said in dialog.date_message.text() and len(office.registry.postings(teacher_id)) == 1
    dialog.date_message.show_error("日期 2026-11-01 早于 2026-11-23：这一天安仁县龙海镇中心小学并入安仁县关王镇和平小学，该教师的"
                                   "任职记录随之转到新学校，此前的离开或调动已不能补记，请按 2026-11-23 或之后的日期记录")
    qtbot.waitUntil(lambda: dialog.height() >= dialog.heightForWidth(dialog.width()))  # review r: it was clipped
    dialog.date.setText(dt.date.today().isoformat())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    postings = office.registry.postings(teacher_id)
    assert [(p.school_name, p.to_date is None, p.note) for p in postings] == [
        ("测试县第一中学", False, ""), ("测试县城关小学", True, "县教育局调令")]
    assert editor.history.rowCount() == 2 and editor.history.item(1, 2).text() == "至今"
    assert editor._inputs["school_id"].school_id() == other
    assert page.model.data(page.model.index(0, page.model._keys.index("school"))) == "测试县城关小学"


def test_status_change_in_the_editor_hides_the_teacher(page, qtbot, office, school_id):
    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    page.ops.announce("teachers")
    editor = page.open_teacher(teacher_id)
    editor._inputs["status"].setCurrentText("调出")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert office.registry.teacher(teacher_id).status == "调出"
    assert names(page) == []


def test_teacher_model_passes_the_model_tester(qtmodeltester, office, school_id):
    for n in range(5):
        office.registry.save_teacher(make_teacher(school_id, name=f"张{'一二三四五'[n]}", id_number=_id(n)))
    model = TeacherTableModel(office.registry)
    model.set_query(model.query())
    assert model.rowCount() == 5
    qtmodeltester.check(model)


def _id(n: int) -> str:
    from trainoffice.idnumber import check_character

    first17 = f"11010519800101{n:03d}"
    return first17 + check_character(first17)


def test_enter_on_a_row_opens_that_teacher(page, qtbot, office, school_id):
    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    page.ops.announce("teachers")
    type_text(qtbot, page.search, "zs")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now and step into the list
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor.isVisible() and page.editor.teacher_id == teacher_id


def test_export_unmasked_when_the_setting_is_off(page, qtbot, office, school_id, tmp_path, monkeypatch):
    office.registry.save_teacher(make_teacher(school_id))
    office.settings.set("mask_personal_data", False)
    page.ops.announce("teachers", "settings")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "a.xlsx"), ""))
    page.export_list()
    qtbot.waitUntil(lambda: not page.ops.busy, timeout=10_000)
    row = [c.value for c in openpyxl.load_workbook(tmp_path / "a.xlsx").active[4]]
    assert row[3] == "11010519491231002X" and row[10] == "13800138000"


def type_school(page, qtbot, text: str):
    """A new teacher's 工作单位 typed as a clerk does: the editor, its school field and the list it opens."""
    editor = page.open_teacher(None)
    editor.activateWindow()
    editor.tabs.setCurrentIndex(1)
    combo = editor._inputs["school_id"]
    combo.setFocus()
    type_text(qtbot, combo.lineEdit(), text)
    return editor, combo, combo.completer().popup()


def test_enter_takes_the_only_school_whose_name_contains_what_was_typed(page, qtbot, office, school_id):
    office.registry.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    editor, combo, popup = type_school(page, qtbot, "第一中")
    assert popup.isVisible() and popup.model().rowCount() == 1 and not popup.currentIndex().isValid()
    assert editor._messages["school_id"].text() == "按 Enter 选择“测试县第一中学”"
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the list is open, so it gets the key
    assert combo.school_id() == school_id and combo.currentText() == "测试县第一中学"
    assert not popup.isVisible() and not editor._messages["school_id"].isVisible()
    assert editor.focusWidget() is combo  # the choice is shown; the next Enter moves on
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.focusWidget() is editor._inputs["stage"]
    combo.setFocus()
    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), "城关")
    popup.hide()  # the list closed (Esc): Enter in the field picks and moves on
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentText() == "测试县城关小学" and editor.focusWidget() is editor._inputs["stage"]


def test_enter_with_several_matches_takes_the_highlighted_one_and_none_says_so(page, qtbot, office, school_id):
    other = office.registry.save_school(School(name="测试县第一中心小学", township="城关镇", stages="小学"))
    editor, combo, popup = type_school(page, qtbot, "第一中")
    assert popup.model().rowCount() == 2
    assert editor._messages["school_id"].text() == "名称含“第一中”的学校有 2 所：请从列表中选择"
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # nothing highlighted: stay, with the list open
    assert combo.school_id() is None and popup.isVisible() and editor.focusWidget() is combo
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    highlighted = popup.currentIndex().data()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == highlighted and combo.school_id() in (school_id, other)
    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), "第九中")
    assert not popup.isVisible()
    assert editor._messages["school_id"].text() == "没有名称含“第九中”的学校：请从列表中选择，或先在“学校”中新建"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert editor.focusWidget() is combo and combo.school_id() is None  # stays till it is right


def test_the_school_is_found_with_or_without_the_county_name_in_front(page, qtbot, office, school_id):
    shimen = office.registry.save_school(School(name="石门乡中心学校", township="石门乡", stages="小学"))
    editor, combo, popup = type_school(page, qtbot, "测试县石门乡中心学校")  # as school lists write it
    assert combo.school_id() == shimen and not editor._messages["school_id"].isVisible()
    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), "第一中学")  # the registry has 测试县第一中学
    assert combo.school_id() == school_id
    combo.lineEdit().clear()
    type_text(qtbot, combo.lineEdit(), "测试县石门")
    assert editor._messages["school_id"].text() == "按 Enter 选择“石门乡中心学校”"


def test_enter_walks_on_from_the_first_tab_to_the_school_on_the_second(page, qtbot, school_id):
    editor = page.open_teacher(None)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor._inputs["name"].setFocus()
    walked = []
    while editor.tabs.currentIndex() == 0 and len(walked) < 12:
        walked.append(editor.focusWidget().objectName())
        qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Return)
    assert walked == ["name", "id_number", "gender", "birth_date", "ethnicity", "id_type", "phone", "notes"]
    assert editor.tabs.currentIndex() == 1 and editor.focusWidget() is editor._inputs["school_id"]
    editor._inputs["backbone_level"].setFocus()
    qtbot.keyClick(editor._inputs["backbone_level"], Qt.Key.Key_Return)  # the last of 工作信息: on to 状态
    assert editor.tabs.currentIndex() == 2 and editor.focusWidget() is editor._inputs["status"]


@pytest.fixture
def default_buttons(message_boxes, monkeypatch):
    """The default button of each message box shown (what Enter would press)."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def record(box):
        seen.append(box.defaultButton().text() if box.defaultButton() else "")
        return message_boxes.exec(box)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return seen


def test_esc_asks_before_throwing_away_typing_and_cancel_keeps_editing(page, qtbot, office, school_id,
                                                                       message_boxes, default_buttons):
    from PySide6.QtWidgets import QMessageBox

    editor = page.open_teacher(None)
    qtbot.keyClick(editor._inputs["name"], Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not editor.isVisible() and message_boxes.shown == []

    editor = page.open_teacher(None)
    type_text(qtbot, editor._inputs["name"], "王芳")
    qtbot.keyClicks(editor._inputs["phone"], "13912345678")
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole  # 取消: go on editing
    qtbot.keyClick(editor._inputs["phone"], Qt.Key.Key_Escape)
    assert message_boxes.last == "放弃未保存的修改？\n改动的项目：姓名、联系电话"
    assert default_buttons == ["取消"]  # Enter keeps the typing
    assert editor.isVisible() and editor._inputs["name"].text() == "王芳"
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole  # 放弃修改
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible() and office.registry.counts()["teachers_all"] == 0


def test_esc_on_an_edited_teacher_asks_and_an_untouched_one_closes(page, qtbot, office, school_id, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    editor = page.open_teacher(teacher_id)
    editor.close()  # opened and looked at: no question
    assert not editor.isVisible() and message_boxes.shown == []
    editor = page.open_teacher(teacher_id)
    editor._inputs["phone"].clear()
    qtbot.keyClicks(editor._inputs["phone"], "13000000000")
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    qtbot.keyClick(editor._inputs["phone"], Qt.Key.Key_Escape)
    assert "放弃未保存的修改？" in message_boxes.last and editor.isVisible()
    editor._inputs["phone"].setText("13800138000")  # typed back as it was: nothing to lose
    qtbot.keyClick(editor._inputs["phone"], Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(message_boxes.shown) == 1
    assert office.registry.teacher(teacher_id).phone == "13800138000"


def test_a_new_office_is_told_its_first_steps_until_it_has_teachers(page, office, qtbot):
    """Review l: a new office opened on an empty 教师 list with no hint to add its schools first."""
    assert page.first_steps.isVisible() and "第一步：在“学校”页" in page.first_steps.text()
    school = office.registry.save_school(School(name="测试县第一中学", township="城关镇", stages="初中"))
    office.registry.save_teacher(make_teacher(school))
    page.ops.announce("teachers")
    assert not page.first_steps.isVisible()


def test_leaving_service_in_the_editor_asks_for_the_day_left(page, qtbot, office, school_id):
    other = office.registry.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    office.registry.transfer(teacher_id, school_id=other, on=dt.date(2025, 3, 1))
    editor = page.open_teacher(teacher_id)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.tabs.setCurrentIndex(2)
    assert not editor.status_date.isVisible()
    status = editor._inputs["status"]
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)  # 在职 → 调出
    assert status.currentData() == "调出"
    assert editor.status_date.isVisible() and editor.status_date_label.text() == "离开日期"
    assert editor.status_date.text() == dt.date.today().isoformat()  # today unless told otherwise
    qtbot.keyClick(status, Qt.Key.Key_Return)  # Enter goes on to the date, the day selected to be typed over
    assert editor.focusWidget() is editor.status_date
    qtbot.keyClicks(editor.status_date, "2025-02-30")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.isVisible() and editor._messages["status"].text() == "日期 2025-02-30 不存在"
    editor.status_date.setText("2025-2-28")  # before the current posting began: refused, not moved to another day
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "早于" in editor._messages["status"].text() and office.registry.teacher(teacher_id).status == "在职"
    editor.status_date.selectAll()
    qtbot.keyClicks(editor.status_date, "2025-09-10")  # as the field shows dates: taken as typed (a QDateEdit made it 11-06)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert office.registry.teacher(teacher_id).status == "调出"
    assert [(p.school_id, p.to_date) for p in office.registry.postings(teacher_id)] == [
        (school_id, "2025-03-01"), (other, "2025-09-10")]


def test_coming_back_asks_for_the_day_and_an_unchanged_status_asks_nothing(page, qtbot, office, school_id):
    teacher_id = office.registry.save_teacher(make_teacher(school_id))
    office.registry.set_status(teacher_id, "退休", on=dt.date(2025, 6, 30))
    editor = page.open_teacher(teacher_id)
    editor.tabs.setCurrentIndex(2)
    editor._inputs["status"].setCurrentIndex(editor._inputs["status"].findData("调出"))
    assert not editor.status_date.isVisible()  # 退休 → 调出: still out of service, no day to record
    editor._inputs["status"].setCurrentIndex(editor._inputs["status"].findData("在职"))
    assert editor.status_date.isVisible() and editor.status_date_label.text() == "恢复在职日期"
    editor.status_date.setText("2025-05-01")  # before the day she left
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "早于" in editor._messages["status"].text() and office.registry.teacher(teacher_id).status == "退休"
    editor.status_date.setText("2026-02-01")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [(p.from_date, p.to_date) for p in office.registry.postings(teacher_id)][-1] == ("2026-02-01", None)
