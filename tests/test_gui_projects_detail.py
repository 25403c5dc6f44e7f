"""An open project: stages and the principal template, quotas and the roster, sessions, the status gates."""

from __future__ import annotations

import datetime as dt
import itertools

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from conftest import make_corrected_course, make_teacher, type_text
from trainoffice.attendance import Mark
from trainoffice.idnumber import check_character
from trainoffice.projects import Project
from trainoffice.registry import School
from trainoffice.roster import Quota
from ui.pages.projects import ProjectsPage
from ui.project_detail import BudgetTab, InfoTab
from ui.project_dialogs import PlanImportDialog
from ui.project_models import (
    CandidateTableModel,
    QuotaTableModel,
    RosterTableModel,
    SessionTableModel,
    StageTableModel,
)
from ui.project_roster import RosterTab
from ui.project_sessions import SessionsTab

pytestmark = pytest.mark.usefixtures("message_boxes")
_SEQ = itertools.count(1)


def teacher(office, school_id: int, name: str, born: str, **fields) -> int:
    first17 = f"431028{born}{next(_SEQ):03d}"
    return office.registry.save_teacher(make_teacher(school_id, name=name, id_number=first17 + check_character(first17),
                                                     **fields))


@pytest.fixture
def county(office):
    """A rural middle school with four teachers (three 45 or older), a town primary school with two; 王 has no
    普通话等级 recorded, 周 and 郑 are 骨干教师."""
    middle = office.registry.save_school(School(name="安仁县平背乡中学", township="平背乡", stages="初中", rural=True))
    primary = office.registry.save_school(School(name="安仁县城关小学", township="永乐江镇", stages="小学"))
    ids = {
        "周老师": teacher(office, middle, "周老师", "19700305", stage="初中", subject="数学",
                          putonghua_level="二级甲等", backbone_level="县级"),
        "吴老师": teacher(office, middle, "吴老师", "19780910", stage="初中", subject="语文",
                          putonghua_level="一级乙等"),
        "郑老师": teacher(office, middle, "郑老师", "19800301", stage="初中", subject="英语",  # 46 on 2026-03-02
                          putonghua_level="二级乙等", backbone_level="市级"),
        "王老师": teacher(office, middle, "王老师", "19900101", stage="初中", subject="数学"),
        "冯老师": teacher(office, primary, "冯老师", "19690101", stage="小学", subject="语文",
                          putonghua_level="二级甲等"),
        "陈老师": teacher(office, primary, "陈老师", "19920101", stage="小学", subject="数学",
                          putonghua_level="三级甲等"),
    }
    return {"middle": middle, "primary": primary, "teachers": ids}


@pytest.fixture
def project_id(office):
    return office.projects.create(Project(
        code="2026-07", name="乡村中小学教师资深关爱培训班", year=2026, level="县培", form="本地集中",
        target_group="年龄在45岁以上中小学教师", host="安仁县教师发展中心", start_date="2026-03-02",
        end_date="2026-03-04", days_local=3, places=3))


@pytest.fixture
def page(ops, qtbot):
    widget = ProjectsPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def open_tab(page: ProjectsPage, project_id: int, title: str):
    page.ops.announce("projects")
    page.open_project(project_id)
    return page.detail.show_tab(title)


def roster_names(tab: RosterTab) -> list[str]:
    return [tab.roster.trainee(row).name for row in range(tab.roster.rowCount())]


def test_a_long_project_name_wraps_instead_of_widening_the_window(page, office, qtbot):
    """Plan names run to 50 characters and more; the page must still fit a 1366-pixel screen."""
    long_id = office.projects.create(Project(
        code="2026-08", name="“国培计划（2026）”" + "乡村中小学教师信息技术应用能力提升工程2.0" * 4, year=2026,
        form="本地集中", host="安仁县教师发展中心与湖南第一师范学院继续教育学院联合承办", start_date="2026-03-02",
        end_date="2026-03-04", days_local=3, places=3))
    open_tab(page, long_id, "基本信息")
    assert page.detail.title.text().endswith("提升工程2.0")
    assert page.minimumSizeHint().width() < 1000
    page.resize(1100, 760)
    qtbot.wait(10)
    assert page.width() == 1100 and page.detail.reopen_button.geometry().right() < 1100


def test_principal_template_and_stage_editing(page, office, project_id, qtbot):
    info = open_tab(page, project_id, "基本信息")
    assert isinstance(info, InfoTab) and info.stage_total.text() == "合计 18 学时"
    qtbot.mouseClick(info.template_button, Qt.MouseButton.LeftButton)  # confirmed by the message box
    assert [(s.name, s.hours) for s in office.projects.stages(project_id)] == [
        ("第一阶段·集中培训", 72), ("第二阶段·返岗实践", 50), ("第二阶段·网络研修", 178)]
    assert info.stages.rowCount() == 3 and info.stage_total.text() == "合计 300 学时"
    assert "300 学时" in page.detail.facts.text()

    info.stages.setData(info.stages.index(1, 2), 40.0)  # hours edited in place, saved together
    assert info.save_stages_button.isEnabled() and "尚未保存" in info.stage_message.text()
    qtbot.mouseClick(info.remove_stage_button, Qt.MouseButton.LeftButton)  # nothing selected: nothing removed
    assert info.stages.rowCount() == 3
    info.stages.setData(info.stages.index(2, 0), "第二阶段·返岗实践")
    qtbot.mouseClick(info.save_stages_button, Qt.MouseButton.LeftButton)
    assert info.stage_message.text() == "阶段名称重复"  # the core's refusal, shown under the table
    info.stages.setData(info.stages.index(2, 0), "第二阶段·网络研修")
    info.form.inputs["notes"].setText("含返岗实践")  # saving the fields saves the typed stages first, not loses them
    qtbot.mouseClick(info.save_button, Qt.MouseButton.LeftButton)
    assert office.projects.project(project_id).notes == "含返岗实践"
    assert [s.hours for s in office.projects.stages(project_id)] == [72, 40, 178]
    assert not info.save_stages_button.isEnabled() and not info.save_button.isEnabled()


def test_a_typed_stage_and_fewer_days_saved_together_keep_days_and_hours_agreed(page, office, project_id, qtbot):
    """Review j: the one stage renamed (not saved), 3 days made 2, the fields saved, then the stages: 18 学时 for
    2 days. Saving the fields now saves the typed stage first, and the stage follows the days."""
    info = open_tab(page, project_id, "基本信息")
    assert [s.hours for s in office.projects.stages(project_id)] == [18]
    info.stages.setData(info.stages.index(0, 0), "集中研修")
    info.form.days_local.setValue(info.form.days_local.value() - 1)
    info.form.inputs["end_date"].setText("2026-03-03")
    qtbot.mouseClick(info.save_button, Qt.MouseButton.LeftButton)
    assert [(s.name, s.hours) for s in office.projects.stages(project_id)] == [("集中研修", 12)]
    assert [(s.name, s.hours) for s in info.stages.stages()] == [("集中研修", 12)]


def test_basic_information_saved_with_the_field_marked_on_refusal(page, office, project_id, qtbot):
    info = open_tab(page, project_id, "基本信息")
    assert not info.save_button.isEnabled()
    info.form.threshold.setValue(90)
    info.form.hours_basis.setCurrentIndex(info.form.hours_basis.findData("full"))
    type_text(qtbot, info.form.inputs["proposing_unit"], "安仁县教育局")
    info.form.inputs["start_date"].setText("2026-02-30")
    qtbot.mouseClick(info.save_button, Qt.MouseButton.LeftButton)
    assert "日期 2026-02-30 不存在" in info.form.messages["start_date"].text()
    info.form.inputs["start_date"].setText("2026-03-02")
    page.ops.announce("projects")  # a change elsewhere does not throw away what was typed
    assert info.form.threshold.value() == 90 and info.save_button.isEnabled()
    qtbot.mouseClick(info.save_button, Qt.MouseButton.LeftButton)
    saved = office.projects.project(project_id)
    assert (saved.attendance_threshold, saved.hours_basis, saved.proposing_unit) == (0.9, "full", "安仁县教育局")
    assert not info.save_button.isEnabled()
    info.form.inputs["notes"].setText("草稿")
    qtbot.mouseClick(info.revert_button, Qt.MouseButton.LeftButton)  # 撤销修改: back to what is saved
    assert info.form.inputs["notes"].text() == "" and not info.revert_button.isEnabled()


def test_basic_information_warns_of_a_name_already_used_this_year(page, office, project_id, qtbot):
    office.projects.create(Project(code="2026-08", name="乡村中小学教师资深关爱培训班", year=2026, days_local=3))
    info = open_tab(page, project_id, "基本信息")
    note = info.form.messages["name"]
    assert note.isVisible() and not note.is_error and note.text().startswith("2026 年度已有同名项目 2026-08。")
    type_text(qtbot, info.form.inputs["name"], "（二期）")
    assert not note.isVisible()
    info.form.days_local.setValue(4)  # 4 days in 2026-03-02 to 2026-03-04
    qtbot.mouseClick(info.save_button, Qt.MouseButton.LeftButton)
    assert info.form.messages["days_local"].is_error and "只有 3 天" in info.form.messages["days_local"].text()
    assert office.projects.project(project_id).name == "乡村中小学教师资深关爱培训班"


def test_leaving_a_project_with_unsaved_information_asks_save_discard_or_cancel(page, office, project_id, qtbot,
                                                                             message_boxes):
    info = open_tab(page, project_id, "基本信息")
    type_text(qtbot, info.form.inputs["notes"], "备注未保存")
    grid = page.detail.show_tab("考勤")
    grid.view.setFocus()
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole  # 取消: stay, the edits and where they are shown
    qtbot.keyClick(grid.view, Qt.Key.Key_Escape)
    assert message_boxes.last == "项目“乡村中小学教师资深关爱培训班”有未保存的修改。\n改动的部分：项目信息"
    assert page.is_detail_shown() and page.detail.tabs.currentWidget() is info
    assert info.form.inputs["notes"].text() == "备注未保存"
    assert page.create_item() is None  # 新建 (Ctrl+N) would open another project in its place: the same question
    message_boxes.answer = QMessageBox.ButtonRole.DestructiveRole  # 放弃
    qtbot.mouseClick(page.detail.back_button, Qt.MouseButton.LeftButton)
    assert not page.is_detail_shown() and len(message_boxes.shown) == 3
    assert office.projects.project(project_id).notes == ""
    page.open_project(project_id)
    assert info.form.inputs["notes"].text() == "" and not info.save_button.isEnabled()
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)  # nothing edited: no question
    assert not page.is_detail_shown() and len(message_boxes.shown) == 3

    page.open_project(project_id)
    info.stages.setData(info.stages.index(0, 2), 12.0)
    info.form.inputs["start_date"].setText("2026-02-30")
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole  # 保存, refused: the user stays to correct it
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)
    assert message_boxes.last.endswith("改动的部分：项目信息、培训阶段")
    assert page.is_detail_shown() and "日期 2026-02-30 不存在" in info.form.messages["start_date"].text()
    info.form.inputs["start_date"].setText("2026-03-02")
    info.form.inputs["notes"].setText("已保存")
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)
    assert not page.is_detail_shown()
    assert office.projects.project(project_id).notes == "已保存"
    assert [s.hours for s in office.projects.stages(project_id)] == [12]


def test_another_page_or_closing_the_window_asks_about_an_open_projects_unsaved_information(office, project_id, qtbot,
                                                                                          message_boxes):
    from trainoffice.office import Office
    from ui.mainwindow import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.page_actions[2].trigger()
    page = window.current_page()
    info = open_tab(page, project_id, "基本信息")
    type_text(qtbot, info.form.inputs["notes"], "第二次")
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    window.page_actions[0].trigger()  # Ctrl+1
    assert window.current_page() is page and window.nav.currentRow() == 2 and "未保存的修改" in message_boxes.last
    window.close()
    assert window.isVisible() and len(message_boxes.shown) == 2
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole  # 保存
    path = office.path
    window.close()
    assert not window.isVisible()
    with Office(path) as again:
        assert again.projects.project(project_id).notes == "第二次"


def test_enrol_from_the_registry_by_target_group_with_over_quota_flags(page, office, county, project_id, qtbot,
                                                                       message_boxes):
    office.roster.set_quotas(project_id, [Quota(1, school_id=county["middle"])])
    roster = open_tab(page, project_id, "指标与名单")
    assert isinstance(roster, RosterTab) and roster.quotas.rowCount() == 1
    dialog = roster.pick_from_registry()  # 培训对象 年龄在45岁以上中小学教师 sets the filters it names
    assert dialog.preset_label.text() == "已按培训对象预设：学段 小学、初中、高中；45 岁以上。可在下面调整。"
    assert dialog.filters.min_age.value() == 45
    assert [s for s, box in dialog.filters.stage_boxes.items() if box.isChecked()] == ["小学", "初中", "高中"]
    assert dialog.count_label.text() == "符合条件、尚未在名单上的教师：4 人"
    dialog.filters.stage_boxes["小学"].setChecked(False)  # the user narrows it further
    dialog.apply_filters()  # what the short typing pause does
    names = [dialog.candidates.data(dialog.candidates.index(r, 0)) for r in range(dialog.candidates.rowCount())]
    assert names == ["吴老师", "郑老师", "周老师"] and "3 人" in dialog.count_label.text()
    ages = [dialog.candidates.data(dialog.candidates.index(r, 2)) for r in range(3)]
    assert ages == ["47", "46", "55"]  # counted on the project's start date
    qtbot.mouseClick(dialog.select_all_button, Qt.MouseButton.LeftButton)
    assert dialog.enroll_button.text() == "报名选中的 3 人"
    qtbot.mouseClick(dialog.enroll_button, Qt.MouseButton.LeftButton)
    assert "超出学校或乡镇指标" in message_boxes.last and "郑老师、周老师" in message_boxes.last
    assert dialog.candidates.rowCount() == 0  # those enrolled are no longer candidates
    dialog.accept()

    assert roster_names(roster) == ["吴老师", "郑老师", "周老师"]
    flags = [roster.roster.data(roster.roster.index(r, 5)) for r in range(3)]
    assert flags == ["", "超出指标", "超出指标"]
    assert roster.roster.data(roster.roster.index(1, 0), Qt.ItemDataRole.ForegroundRole).name() == "#b3261e"
    assert roster.roster.data(roster.roster.index(0, 10)) == "138****8000"  # phones masked as the office says
    assert "超出指标 2 人" in roster.count_label.text()
    assert roster.quotas.data(roster.quotas.index(0, 4)) == "2"  # 1 place, 3 enrolled


@pytest.mark.parametrize(("target", "line", "names"), [
    ("乡村初中数学教师", "已按培训对象预设：学段 初中；学科 数学；仅乡村学校。可在下面调整。", ["王老师", "周老师"]),
    ("45周岁以下城区小学教师", "已按培训对象预设：学段 小学；45 岁以下；仅城镇学校。可在下面调整。", ["陈老师"]),
    ("三十五周岁以上、四十五周岁以下初中教师", "已按培训对象预设：学段 初中；35 岁以上；45 岁以下。可在下面调整。",
     ["王老师"]),
    ("平背乡四十五周岁以下教师", "已按培训对象预设：45 岁以下；乡镇 平背乡。可在下面调整。", ["王老师"]),
    ("普通话二级甲等以上初中教师", "已按培训对象预设：学段 初中；普通话等级 一级甲等、一级乙等、二级甲等。可在下面调整。",
     ["吴老师", "周老师"]),
    ("初中骨干教师", "已按培训对象预设：学段 初中；骨干级别 国家级、省级、市级、县级。可在下面调整。", ["郑老师", "周老师"]),
    ("市级以上骨干教师", "已按培训对象预设：骨干级别 国家级、省级、市级。可在下面调整。", ["郑老师"]),
    ("全体教师", "培训对象中没有可预设的条件，请在下面选择。", ["王老师", "吴老师", "郑老师", "周老师", "陈老师", "冯老师"]),
])
def test_the_picker_starts_from_the_filters_in_the_target_group(page, office, county, project_id, target, line, names):
    project = office.projects.project(project_id)
    project.target_group = target
    office.projects.update(project)
    dialog = open_tab(page, project_id, "指标与名单").pick_from_registry()
    assert dialog.preset_label.text() == line and dialog.preset_label.isVisible()
    assert [dialog.candidates.data(dialog.candidates.index(r, 0)) for r in range(dialog.candidates.rowCount())] == names
    dialog.reject()


def test_the_picker_opens_on_its_search_box_and_gives_focus_back_to_the_roster(page, county, project_id, qtbot):
    from PySide6.QtWidgets import QApplication

    roster = open_tab(page, project_id, "指标与名单")
    roster.show_left.setFocus()
    dialog = roster.pick_from_registry()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.focusWidget() is dialog.filters.text  # the name search, not the first of 30 check boxes
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # 搜索(&S)
    assert dialog.focusWidget() is dialog.filters.text
    qtbot.keyClick(dialog.filters.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.focusWidget() is roster.roster_view


def test_the_townships_read_from_the_target_group_are_ticked_and_can_be_widened(page, office, county, project_id):
    project = office.projects.project(project_id)
    project.target_group = "平背乡初中教师"
    office.projects.update(project)
    dialog = open_tab(page, project_id, "指标与名单").pick_from_registry()
    townships = dialog.filters.townships
    items = {townships.item(row).text(): townships.item(row) for row in range(townships.count())}
    assert list(items) == ["平背乡", "永乐江镇"]  # the county's own, from its schools
    assert [name for name, item in items.items() if item.checkState() == Qt.CheckState.Checked] == ["平背乡"]
    assert dialog.count_label.text() == "符合条件、尚未在名单上的教师：4 人"
    items["永乐江镇"].setCheckState(Qt.CheckState.Checked)  # the user adds the town's teachers
    dialog.filters.stage_boxes["初中"].setChecked(False)
    dialog.apply_filters()
    assert dialog.count_label.text() == "符合条件、尚未在名单上的教师：6 人"
    items["平背乡"].setCheckState(Qt.CheckState.Unchecked)
    dialog.apply_filters()
    names = [dialog.candidates.data(dialog.candidates.index(r, 0)) for r in range(dialog.candidates.rowCount())]
    assert names == ["陈老师", "冯老师"]
    dialog.reject()


def quota_rows(office, project_id: int) -> list[tuple[str, int, int]]:
    return [(q.label, q.places, q.enrolled) for q in office.roster.quotas(project_id)]


def test_a_quota_row_is_changed_in_the_dialog_it_was_added_with(page, office, county, project_id, qtbot,
                                                                message_boxes):
    ids = county["teachers"]
    office.roster.enroll(project_id, [ids["周老师"], ids["吴老师"], ids["郑老师"]])  # three from the middle school
    roster = open_tab(page, project_id, "指标与名单")
    assert not roster.edit_quota_button.isEnabled() and not roster.remove_quota_button.isEnabled()
    qtbot.mouseClick(roster.add_quota_button, Qt.MouseButton.LeftButton)
    dialog = roster.quota_dialog
    assert dialog.windowTitle() == "添加参培指标" and dialog.places.value() == 1
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "请先选择学校（输入学校名称的一部分）"
    type_text(qtbot, dialog.school.lineEdit(), "安仁县平背乡中学")
    dialog.places.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and quota_rows(office, project_id) == [("安仁县平背乡中学", 3, 3)]

    row = roster.quota_view.visualRect(roster.quotas.index(0, 0)).center()
    qtbot.mouseClick(roster.quota_view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert roster.edit_quota_button.isEnabled()
    qtbot.mouseDClick(roster.quota_view.viewport(), Qt.MouseButton.LeftButton, pos=row)  # the same dialog, filled in
    dialog = roster.quota_dialog
    assert dialog.windowTitle() == "修改参培指标" and dialog.isVisible()
    assert (dialog.kind.currentData(), dialog.school.school_id(), dialog.places.value()) == ("school", county["middle"], 3)
    dialog.places.setValue(2)
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # below the three enrolled: asked, declined
    assert "安仁县平背乡中学已报名 3 人，指标 2 人将超出 1 人" in message_boxes.last
    assert dialog.isVisible() and quota_rows(office, project_id) == [("安仁县平背乡中学", 3, 3)]
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and quota_rows(office, project_id) == [("安仁县平背乡中学", 2, 3)]
    assert roster.quotas.data(roster.quotas.index(0, 4)) == "1"
    flags = [roster.roster.index(r, 5).data() for r in range(roster.roster.rowCount())]
    assert flags.count("超出指标") == 1 and "超出指标 1 人" in roster.count_label.text()  # the list agrees at once

    roster.quota_view.setFocus()
    qtbot.keyClick(roster.quota_view, Qt.Key.Key_Return)  # Enter on the still selected row: a school → its township
    dialog = roster.quota_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("township"))
    dialog.township.setCurrentText("平背乡")
    dialog.places.setValue(4)
    qtbot.keyClick(dialog.places, Qt.Key.Key_Return)
    assert not dialog.isVisible() and quota_rows(office, project_id) == [("平背乡", 4, 3)]

    dialog = roster.add_quota()
    type_text(qtbot, dialog.school.lineEdit(), "安仁县平背乡中学")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the school is under 平背乡's quota
    assert "已包含在平背乡的乡镇指标中" in dialog.message.text() and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("township"))
    dialog.township.setCurrentText("永乐江镇")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert quota_rows(office, project_id) == [("平背乡", 4, 3), ("永乐江镇", 1, 0)]

    roster.quota_view.selectRow(1)
    roster.quota_view.setFocus()
    qtbot.keyClick(roster.quota_view, Qt.Key.Key_F2)
    dialog = roster.quota_dialog
    assert dialog.township.currentText() == "永乐江镇"
    dialog.township.setCurrentText("平背乡")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "平背乡已有一条指标，不能重复分配" and dialog.isVisible()
    dialog.reject()
    assert quota_rows(office, project_id) == [("平背乡", 4, 3), ("永乐江镇", 1, 0)]
    qtbot.mouseClick(roster.remove_quota_button, Qt.MouseButton.LeftButton)  # 永乐江镇's row is still selected
    assert quota_rows(office, project_id) == [("平背乡", 4, 3)]


def test_withdraw_substitute_and_restore(page, office, county, project_id, qtbot):
    ids = county["teachers"]
    office.roster.enroll(project_id, [ids["周老师"], ids["吴老师"]], on="2026-02-20")
    roster = open_tab(page, project_id, "指标与名单")
    zhou = office.roster.enrollment_for(project_id, ids["周老师"])
    roster.select_trainee(zhou)
    dialog = roster.withdraw()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    type_text(qtbot, dialog.reason, "生病住院")
    dialog.date.setText("2026-02-25")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert roster_names(roster) == ["吴老师"]
    roster.show_left.setChecked(True)
    left = roster.roster.trainee(roster.roster.row_of(zhou))
    assert (left.name, left.status, left.reason, left.left_at) == ("周老师", "退出", "生病住院", "2026-02-25")
    roster.select_trainee(left.enrollment_id)
    assert roster.restore_button.isEnabled() and not roster.withdraw_button.isEnabled()
    qtbot.mouseClick(roster.restore_button, Qt.MouseButton.LeftButton)
    assert {t.name for t in office.roster.roster(project_id)} == {"周老师", "吴老师"}

    roster.select_trainee(office.roster.enrollment_for(project_id, ids["吴老师"]))
    dialog = roster.substitute()
    shown = [dialog.candidates.data(dialog.candidates.index(r, 0)) for r in range(dialog.candidates.rowCount())]
    assert shown == ["王老师", "郑老师"]  # same school and stage, not yet on the roster
    dialog.same_school.setChecked(False)
    assert dialog.candidates.rowCount() == 2  # still 初中 only: the primary teachers stay out
    type_text(qtbot, dialog.search, "郑")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # from the search box into the list, on its first row
    assert dialog.focusWidget() is dialog.view and dialog.view.currentIndex().row() == 0
    assert dialog.candidates.rowCount() == 1
    assert not dialog.ok_button.isEnabled()
    type_text(qtbot, dialog.reason, "工作调动")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert {t.name for t in office.roster.roster(project_id)} == {"周老师", "郑老师"}
    replaced = [t for t in office.roster.roster(project_id, include_left=True) if t.name == "吴老师"][0]
    assert (replaced.status, replaced.reason) == ("替换", "工作调动")
    row = roster.roster.row_of(replaced.enrollment_id)
    assert roster.roster.data(roster.roster.index(row, 4)) == "替换"
    assert "由 郑老师 替换" in roster.roster.data(roster.roster.index(row, 11))  # who took the place, when and why
    assert "工作调动" in roster.roster.data(roster.roster.index(row, 11))


def test_roster_export_read_back_masked(page, office, county, project_id, qtbot, ops, tmp_path):
    ids = county["teachers"]
    office.roster.enroll(project_id, [ids["周老师"], ids["冯老师"]])
    roster = open_tab(page, project_id, "指标与名单")
    assert roster.export_to(tmp_path / "名单.xlsx")
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    ws = openpyxl.load_workbook(tmp_path / "名单.xlsx")["参培学员名单汇总表"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert [r[3] for r in rows] == ["周老师", "冯老师"]
    numbers = {t.name: t.id_number for t in office.roster.roster(project_id)}
    assert all("*" in r[5] and r[5] != numbers[r[3]] for r in rows)
    assert not any(number in str(v) for r in rows for v in r for number in numbers.values())
    roster.full_numbers.setChecked(True)  # for the host, who registers the trainees by their ID numbers
    assert roster.export_to(tmp_path / "报送.xlsx")
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    ws = openpyxl.load_workbook(tmp_path / "报送.xlsx")["参培学员名单汇总表"]
    assert {r[3].value: r[5].value for r in ws.iter_rows(min_row=4)} == numbers
    office.settings.set("mask_personal_data", False)
    ops.announce("settings")
    roster.refresh()
    assert roster.full_numbers.isChecked() and not roster.full_numbers.isEnabled()


def test_a_session_with_marks_is_refused_before_the_user_is_asked(page, office, county, project_id, qtbot,
                                                                 message_boxes):
    office.sessions.generate(project_id, stage_id=office.projects.stages(project_id)[0].id)
    office.roster.enroll(project_id, [county["teachers"]["周老师"]])
    first = office.sessions.sessions(project_id)[0]
    enrollment = office.roster.enrollment_for(project_id, county["teachers"]["周老师"])
    office.projects.open(project_id)
    office.attendance.set_marks(project_id, [Mark(enrollment, first.id, "出勤")])
    sessions = open_tab(page, project_id, "课程安排")
    sessions.view.selectRow(0)
    qtbot.mouseClick(sessions.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes.shown == [] and "已有考勤记录，不能删除" in sessions.message.text()
    assert len(office.sessions.sessions(project_id)) == 6


def test_generate_sessions_and_edit_them_in_place(page, office, project_id, qtbot):
    sessions = open_tab(page, project_id, "课程安排")
    assert isinstance(sessions, SessionsTab) and sessions.model.rowCount() == 0
    dialog = sessions.open_generate()
    assert (dialog.first.text(), dialog.last.text()) == ("2026-03-02", "2026-03-04")
    dialog.last.setText("2026-03-32")  # a date typed wrong: said at once, nothing to generate
    assert dialog.preview.text() == "日期 2026-03-32 不存在" and not dialog.ok_button.isEnabled()
    dialog.last.setText("2026-03-01")  # before the first: said, not an empty preview
    assert dialog.preview.text() == "结束日期 2026-03-01 早于开始日期 2026-03-02" and not dialog.ok_button.isEnabled()
    dialog.last.setText("2026.3.4")
    dialog.slot_boxes["晚上"].setChecked(True)
    assert "3 天 × 3 个时段 = 9 节，共 27 学时" in dialog.preview.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "超过阶段“集中培训”的 18 学时" in dialog.message.text()  # the core refuses; the dialog stays
    dialog.slot_boxes["晚上"].setChecked(False)
    type_text(qtbot, dialog.place, "县教师发展中心报告厅")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(office.sessions.sessions(project_id)) == 6
    assert sessions.model.rowCount() == 6 and sessions.model.data(sessions.model.index(0, 0)) == "2026-03-02 周一"
    assert "已安排 <span style='color:#1d6b2f'><b>18</b></span> / 18 学时" in sessions.hours_label.text()

    topic = sessions.model.index(0, SessionTableModel.KEYS.index("topic"))
    sessions.view.setCurrentIndex(topic)
    sessions.view.edit(topic)
    editor = sessions.view.findChild(QLineEdit)
    type_text(qtbot, editor, "师德师风专题讲座")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: office.sessions.sessions(project_id)[0].topic == "师德师风专题讲座")
    assert office.sessions.sessions(project_id)[0].place == "县教师发展中心报告厅"
    assert sessions.model.data(topic) == "师德师风专题讲座"

    date = sessions.model.index(1, 0)
    assert not sessions.model.setData(date, "2026-03-09")  # outside the project's dates
    assert "不在项目" in sessions.message.text() and sessions.message.isVisible()

    sessions.view.selectRow(5)
    qtbot.mouseClick(sessions.delete_button, Qt.MouseButton.LeftButton)
    assert len(office.sessions.sessions(project_id)) == 5
    assert "已安排 <span style='color:#8a5a00'><b>15</b></span> / 18 学时" in sessions.hours_label.text()


def test_status_gates_show_the_core_message(page, office, county, project_id, qtbot, ops, message_boxes):
    ids = county["teachers"]
    page.open_project(project_id)
    detail = page.detail
    assert detail.open_button.isEnabled() and not detail.close_button.isEnabled()
    qtbot.mouseClick(detail.open_button, Qt.MouseButton.LeftButton)
    assert "参培名单为空" in message_boxes.last
    office.roster.enroll(project_id, [ids["周老师"], ids["冯老师"]])
    office.sessions.generate(project_id, dates=["2026-03-02", "2026-03-03", "2026-03-04"])
    ops.announce("enrollments", "sessions")
    qtbot.mouseClick(detail.open_button, Qt.MouseButton.LeftButton)
    assert office.projects.project(project_id).status == "开班"
    assert "【开班】" in detail.flow.text() and detail.close_button.isEnabled()

    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert "不能结业" in message_boxes.last and "还有 2 名学员没有考核结果（冯老师、周老师）" in message_boxes.last
    assert "还有 12 个考勤格未录入（6 个课时整节未录入" in message_boxes.last
    assert office.projects.project(project_id).status == "开班"
    # The refusal's button (转到考勤表, taken here) opens the grid on the first cell to enter.
    grid = detail.tabs.currentWidget()
    assert grid is detail.tab("考勤") and grid.view.currentIndex().row() == grid.view.currentIndex().column() == 0

    office.attendance.fill(project_id, status="出勤")
    first = office.attendance.grid(project_id).trainees[0]
    office.attendance.set_marks(project_id, [Mark(first.enrollment_id, office.sessions.sessions(project_id)[4].id,
                                                  None)])
    ops.announce("attendance")
    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert f"还有 1 个考勤格未录入（{first.name} 1 节）" in message_boxes.last
    assert (grid.view.currentIndex().row(), grid.view.currentIndex().column()) == (0, 4)  # 03-04 上午
    qtbot.keyClick(grid.view, Qt.Key.Key_5)    # 缺勤, recorded on purpose
    detail.show_tab("基本信息")
    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert "还有 2 名学员没有考核结果" in message_boxes.last and "考勤格" not in message_boxes.last
    assert detail.tabs.currentWidget() is detail.tab("考核")  # a results refusal's button opens the results

    stage = office.projects.stages(project_id)[0]
    for enrollment in office.roster.roster(project_id):
        office.results.set_result(enrollment_id=enrollment.enrollment_id, stage_id=stage.id, result="合格", score=85)
    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert office.projects.project(project_id).status == "结业" and "已结业" in message_boxes.last
    assert detail.reopen_button.isEnabled() and not detail.close_button.isEnabled()

    qtbot.mouseClick(detail.archive_button, Qt.MouseButton.LeftButton)
    assert "没有结业证书" in message_boxes.last

    dialog = detail.reopen_project()
    assert "将从结业回到开班" in dialog.prompt.text()
    type_text(qtbot, dialog.reason, "补录考勤")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert office.projects.project(project_id).status == "开班"
    budget = detail.show_tab("经费与记录")
    assert isinstance(budget, BudgetTab)
    log = [[budget.log.data(budget.log.index(r, c)) for c in range(1, 4)] for r in range(budget.log.rowCount())]
    assert log == [["计划", "开班", ""], ["开班", "结业", ""], ["结业", "开班", "补录考勤"]]
    assert budget.planned_total.text() == "计划合计 3,600.00 元（3 人）"  # 3 people x 3 days x 400


def test_a_course_closed_without_attendance_says_why_its_actual_cost_is_nil(page, office, county, project_id, tmp_path):
    office.roster.enroll(project_id, list(county["teachers"].values())[:2])
    office.projects.open(project_id)
    stage = office.projects.stages(project_id)[0]
    for enrollment in office.roster.roster(project_id):
        office.results.set_result(enrollment_id=enrollment.enrollment_id, stage_id=stage.id, result="合格")
    office.projects.close(project_id, today=dt.date(2026, 3, 5))
    budget = open_tab(page, project_id, "经费与记录")
    assert budget.actual_total.text().startswith("实际合计 0.00 元（2 人）\n本项目没有录入考勤")
    budget.grab().save(str(tmp_path / "budget.png"))


def test_opening_early_says_when_it_starts_and_closing_early_leads_to_the_end_date(page, office, county, qtbot, ops,
                                                                                    message_boxes):
    """Review h: a course a week away was opened, marked and closed on the same day. 开班 may happen early (after
    a word that enrolment does not need it); 结业 waits for the end date, and its refusal leads to that date."""
    today = dt.date.today()
    start = today + dt.timedelta(days=7)
    pid = office.projects.create(Project(code=f"{start.year}-08", name="班主任培训班", year=start.year, days_local=1,
                                         places=2, start_date=start.isoformat(), end_date=start.isoformat()))
    office.roster.enroll(pid, [county["teachers"]["周老师"]])
    office.sessions.generate(pid)
    page.ops.announce("projects")
    page.open_project(pid)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    detail = page.detail
    qtbot.mouseClick(detail.open_button, Qt.MouseButton.LeftButton)
    assert message_boxes.last == (f"项目“班主任培训班”开班？\n项目 {start} 才开始，还有 7 天。报名不必等开班，计划状态下就能报名；"
                                  "考勤要到上课当天才能录入。\n开班后即可登记考勤和考核结果；开班的项目不能回到计划状态。")
    assert office.projects.project(pid).status == "开班"
    asked = len(message_boxes.shown)
    qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert len(message_boxes.shown) == asked + 1  # refused straight away, not asked to confirm first
    assert (f"项目“班主任培训班”到 {start} 才结束（今天是 {today}），不能结业。" in message_boxes.last
            and "请先在“基本信息”中把结束日期改为实际结束的日期" in message_boxes.last)
    assert office.projects.project(pid).status == "开班"
    info = detail.tabs.currentWidget()  # the refusal's button (转到基本信息, taken here) goes to the end date
    assert info is detail.tab("基本信息") and info.form.inputs["end_date"].hasFocus()


def test_dropped_file_goes_to_the_open_projects_roster(page, office, county, project_id, tmp_path, qtbot, ops):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "学校"])
    wb.save(tmp_path / "名单.xlsx")
    page.import_files([str(tmp_path / "名单.xlsx")])  # on the list: taken for the annual plan
    assert isinstance(page.dialog, PlanImportDialog)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert "找不到计划表的表头" in page.dialog.message.text()
    page.dialog.reject()
    page.open_project(project_id)
    page.import_files([str(tmp_path / "名单.xlsx")])
    roster = page.detail.tab("指标与名单")
    assert page.detail.tabs.currentWidget() is roster
    wizard = roster.import_wizard
    assert (wizard.kind, wizard.project_id) == ("roster", project_id)
    with qtbot.waitSignal(ops.sig_message) as said:  # review s: the status bar kept the last enrolment's count
        wizard.sig_imported.emit(3)
    assert said.args == ["名单已导入（批次 #3）"]
    wizard.reject()


def test_a_file_dropped_on_a_finished_projects_roster_is_refused_as_the_greyed_button_is(
        page, office, county, project_id, tmp_path, message_boxes):
    """Review A-H1: the drop used to open the wizard and enrol into a 结业 project."""
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "学校"])
    wb.save(tmp_path / "名单.xlsx")
    office.database.conn.execute("UPDATE projects SET status = '结业' WHERE id = ?", (project_id,))
    roster = open_tab(page, project_id, "指标与名单")
    assert not roster.import_button.isEnabled()
    page.import_files([str(tmp_path / "名单.xlsx")])
    assert "当前状态为结业，不能导入参培学员名单" in message_boxes.last and "重新打开" in message_boxes.last
    assert not hasattr(roster, "import_wizard")


def test_every_model_passes_the_model_tester(qtmodeltester, office, county, project_id):
    ids = county["teachers"]
    office.projects.apply_template(project_id)
    stages = StageTableModel()
    stages.set_items(office.projects.stages(project_id))
    qtmodeltester.check(stages)
    office.roster.set_quotas(project_id, [Quota(1, school_id=county["middle"]), Quota(2, township="永乐江镇")])
    office.roster.enroll(project_id, [ids["周老师"], ids["吴老师"]])
    quotas = QuotaTableModel()
    quotas.set_items(office.roster.quotas(project_id))
    qtmodeltester.check(quotas)
    roster = RosterTableModel()
    roster.set_items(office.roster.roster(project_id))
    qtmodeltester.check(roster)
    candidates = CandidateTableModel(office.registry, age_on=dt.date(2026, 3, 2))
    candidates.set_ids(list(ids.values()))
    qtmodeltester.check(candidates)
    first = office.projects.stages(project_id)[0]
    office.sessions.generate(project_id, stage_id=first.id, dates=["2026-03-02", "2026-03-03"])
    sessions = SessionTableModel(office.sessions.update, office.sessions.session)
    sessions.set_sessions(office.sessions.sessions(project_id), {first.id: first.name})
    qtmodeltester.check(sessions)


def test_print_sign_in_sheets_from_the_sessions_tab(page, office, county, project_id, qtbot, ops, tmp_path):
    from pdfcheck import fonts_of, text_of

    ids = county["teachers"]
    office.roster.enroll(project_id, [ids["周老师"], ids["冯老师"]])
    sessions = open_tab(page, project_id, "课程安排")
    assert not sessions.print_button.isEnabled()  # nothing to sign for yet
    office.sessions.generate(project_id, dates=["2026-03-02", "2026-03-03", "2026-03-04"])
    ops.announce("sessions")
    assert sessions.print_button.isEnabled()
    assert sessions.print_signin_to(tmp_path / "签到表.pdf", per="session")
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
    pages = text_of(tmp_path / "签到表.pdf")
    assert len(pages) == 6 and "乡村中小学教师资深关爱培训班" in pages[0] and "周老师" in pages[0]
    assert "138****8000" in pages[0] and "13800138000" not in pages[0]  # phones masked as the office says
    assert fonts_of(tmp_path / "签到表.pdf") and all(fonts_of(tmp_path / "签到表.pdf").values())
    assert sessions.print_signin_to(tmp_path / "按天.pdf", per="day")
    qtbot.waitUntil(lambda: not ops.busy, timeout=30_000)
    days = text_of(tmp_path / "按天.pdf")
    assert len(days) == 3 and "上午签名" in days[0] and "下午签名" in days[0]


def test_attendance_and_results_are_tabs_of_the_open_project(page, office, county, project_id, qtbot):
    from ui.attendance_grid import AttendanceGrid
    from ui.results_view import ResultsView

    grid = open_tab(page, project_id, "考勤")
    results = page.detail.show_tab("考核")
    assert isinstance(grid, AttendanceGrid) and isinstance(results, ResultsView)
    assert grid.project_id == project_id and results.project_id == project_id
    other = office.projects.create(Project(code="2026-08", name="另一个项目", year=2026, days_local=1))
    page.show_list()
    page.open_project(other)
    assert page.detail.tab("考勤") is grid and grid.project_id == other  # told, not rebuilt


def test_closing_again_names_the_certificates_to_reissue_and_settles_them_in_one_step(page, office, qtbot, ops,
                                                                                    message_boxes):
    pid, before = make_corrected_course(office)
    ops.announce("projects")
    page.open_project(pid)
    qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    dialog = page.detail.reissue_dialog
    assert dialog.isVisible() and office.projects.project(pid).status == "结业"
    assert "已结业" in dialog.intro.text() and "李强：12 → 6 学时" in dialog.intro.text()
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [[before["李强"].number, "李强", "12 学时，合格", "6 学时，合格，重发新证", "重新结业后学时由 12 改为 6"],
                    [before["张敏"].number, "张敏", "12 学时，合格", "不合格，不再发证", "重新结业后考核结果由合格改为不合格"]]
    assert model.setData(model.index(1, 4), "考核不合格，收回证书") and not model.setData(model.index(0, 4), " ")
    assert dialog.later_button.isDefault()  # Enter never revokes
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert "已作废 2 本证书，重发 1 本" in message_boxes.last
    assert "张敏：证书" in message_boxes.last and "考核不合格，收回证书" in message_boxes.last
    assert office.certificates.outdated(pid) == []
    assert office.certificates.get(before["李强"].id).revoke_reason == "重新结业后学时由 12 改为 6"


def test_closing_without_certificates_to_settle_just_says_so(page, office, qtbot, ops, message_boxes):
    pid, _before = make_corrected_course(office)
    for cert in office.certificates.find(project_ids=[pid]):
        office.certificates.revoke(cert.id, reason="测试：全部收回")
    ops.announce("projects")
    page.open_project(pid)
    qtbot.mouseClick(page.detail.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)
    assert page.detail.reissue_dialog is None
    assert "已结业" in message_boxes.last and "学时更正：" in message_boxes.last and "李强：12 → 6 学时" in message_boxes.last
