"""The 培训项目 list, the new-project dialog and the annual plan import, driven through their real widgets."""

from __future__ import annotations

import chenzhou_plan
import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import Qt

from conftest import type_text
from trainoffice.projects import Project
from trainoffice.registry import School
from ui.pages.projects import ProjectsPage
from ui.project_dialogs import NewProjectDialog, PlanImportDialog
from ui.project_models import ProjectTableModel, RecordsModel

pytestmark = pytest.mark.usefixtures("message_boxes")


@pytest.fixture
def page(ops, qtbot):
    widget = ProjectsPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1150, 700)
    widget.show()
    return widget


def shown(page: ProjectsPage, column: int = 0) -> list[str]:
    return [page.proxy.data(page.proxy.index(row, column)) for row in range(page.proxy.rowCount())]


def wait_idle(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: not ops.busy, timeout=20_000)


def test_create_a_project_through_the_dialog(page, ops, qtbot, office):
    dialog = page.create_item()
    assert isinstance(dialog, NewProjectDialog) and dialog.isVisible()
    form = dialog.form
    qtbot.keyClicks(form.inputs["code"], "2026-07")
    type_text(qtbot, form.inputs["name"], "乡村中小学教师资深关爱培训班")
    form.year.setValue(2026)
    form.level.setCurrentText("县培")
    type_text(qtbot, form.inputs["target_group"], "年龄在45岁以上中小学教师")
    type_text(qtbot, form.inputs["host"], "安仁县教师发展中心")
    qtbot.keyClicks(form.inputs["start_date"], "2026-05-13")
    qtbot.keyClicks(form.inputs["end_date"], "2026-05-11")
    form.days_local.setValue(3)
    form.places.setValue(40)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert form.messages["end_date"].isVisible() and "结束日期早于开始日期" in form.messages["end_date"].text()
    assert office.projects.rows() == []  # refused: nothing written, the dialog stays open with what was typed
    form.inputs["end_date"].clear()
    assert not form.messages["end_date"].isVisible()  # editing the field clears its message
    type_text(qtbot, form.inputs["end_date"], "2026年5月15日")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(form.inputs["end_date"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S creates
    project = office.projects.by_code("2026-07")
    assert (project.name, project.level, project.start_date, project.end_date, project.places) == (
        "乡村中小学教师资深关爱培训班", "县培", "2026-05-13", "2026-05-15", 40)
    assert [(s.name, s.hours) for s in office.projects.stages(project.id)] == [("集中培训", 18)]
    assert page.is_detail_shown() and page.detail.title.text() == "2026-07　乡村中小学教师资深关爱培训班"
    page.show_list()
    assert shown(page) == ["2026-07"] and shown(page, 7) == ["18"]

    again = page.create_item()
    qtbot.keyClicks(again.form.inputs["code"], "2026-07")
    type_text(qtbot, again.form.inputs["name"], "同编号的项目")
    qtbot.mouseClick(again.create_button, Qt.MouseButton.LeftButton)
    assert "已被另一个项目使用" in again.form.messages["code"].text()


def test_the_dialog_refuses_what_cannot_be_right_and_warns_of_what_may_be(page, ops, qtbot, office):
    office.projects.create(Project(code="2026-03", name="2026年卓越教师培养培训班", year=2026, days_local=3))
    ops.announce("projects")
    dialog = page.create_item()
    form = dialog.form
    qtbot.keyClicks(form.inputs["code"], "2026-31")
    type_text(qtbot, form.inputs["name"], "2026年卓越教师培养培训班")
    form.year.setValue(2026)
    name_note = form.messages["name"]
    assert name_note.isVisible() and not name_note.is_error  # amber while typing, before anything is saved
    assert name_note.text().startswith("2026 年度已有同名项目 2026-03。请确认不是重复录入")
    form.year.setValue(2025)
    assert not name_note.isVisible()  # another year: no longer the same
    qtbot.keyClicks(form.inputs["start_date"], "2026-07-01")
    qtbot.keyClicks(form.inputs["end_date"], "2026-07-02")
    assert not form.messages["year"].is_error and form.messages["year"].text() == (
        "开始日期在 2026 年。2025 年度计划结转的项目可以这样保存；否则请把年度改为 2026")
    form.year.setValue(2024)
    form.days_local.setValue(10)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert form.messages["year"].is_error and "请把年度改为 2026" in form.messages["year"].text()
    form.year.setValue(2026)
    assert not form.messages["year"].isVisible() and name_note.isVisible()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert form.messages["days_local"].is_error and form.messages["days_local"].text() == (
        "培训天数合计 10 天，但 2026-07-01 至 2026-07-02 只有 2 天。请更正培训天数或日期")
    assert name_note.isVisible() and [r.project.code for r in office.projects.rows()] == ["2026-03"]
    days_note = form.messages["days_local"]  # two lines at this width: the dialog grows to show both
    qtbot.waitUntil(lambda: days_note.height() >= days_note.heightForWidth(days_note.width()) > 30)
    form.days_local.setValue(2)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)  # the warning does not stop it
    assert office.projects.by_code("2026-31").days_local == 2


def test_the_dialog_proposes_the_years_next_number_and_keeps_one_typed(page, ops, qtbot, office):
    """Review h: 编号 showed the fixed example “2026-01” whatever the 年度, and 2026-12 was saved for 2027."""
    for code in ("2027-01", "2027-06", "2027-D311"):
        office.projects.create(Project(code=code, name=f"项目{code}", year=2027))
    dialog = NewProjectDialog(ops, page, year=2027)
    form, code = dialog.form, dialog.form.inputs["code"]
    assert code.text() == code.selectedText() == "2027-07"  # selected: typing replaces it
    form.year.setValue(2026)                    # untouched, it follows the year
    assert code.text() == "2026-01" and code.placeholderText() == "例如 2026-01 或 2026-D309"
    qtbot.keyClicks(code, "2026-12")
    form.year.setValue(2027)                    # typed, it stays
    assert code.text() == "2026-12" and code.placeholderText() == "例如 2027-07 或 2027-D309"
    type_text(qtbot, form.inputs["name"], "班主任培训班")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert form.messages["code"].is_error and form.messages["code"].text() == (
        "项目编号 2026-12 以 2026 开头，与年度 2027 不符。请改用 2027 年度的编号（下一个是 2027-07），或把年度改为 2026")
    assert [r.project.code for r in office.projects.rows()] == ["2027-01", "2027-06", "2027-D311"]


def test_year_and_status_filters_search_and_enter_opens(page, office, qtbot, ops):
    for code, year in (("2025-01", 2025), ("2026-01", 2026), ("2026-02", 2026)):
        office.projects.create(Project(code=code, name=f"{code} 班主任培训班" if code != "2026-02" else "体育教师培训",
                                       year=year, days_local=2, places=30, host="湘南学院"))
    ops.announce("projects")
    page.year.setCurrentIndex(page.year.findData(2026))
    assert shown(page) == ["2026-01", "2026-02"]
    assert [page.year.itemData(i) for i in range(page.year.count())][-1] == 0  # 全部年度 last
    page.year.setCurrentIndex(page.year.findData(0))
    assert len(shown(page)) == 3
    page.status.setCurrentIndex(page.status.findData("开班"))
    assert shown(page) == [] and "0" in page.count_label.text()
    page.status.setCurrentIndex(0)
    type_text(qtbot, page.search, "班主任")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # search now and step into the list
    assert shown(page) == ["2026-01", "2025-01"] or shown(page) == ["2025-01", "2026-01"]
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.is_detail_shown() and page.detail.project_id == page._project_at(0)
    qtbot.keyClick(page.detail.tabs, Qt.Key.Key_Escape)
    assert not page.is_detail_shown()


def test_delete_only_where_the_core_allows(page, office, ops, school_id, message_boxes):
    from conftest import make_teacher

    kept = office.projects.create(Project(code="2026-01", name="有学员的项目", year=2026, days_local=1, places=5))
    office.roster.enroll(kept, [office.registry.save_teacher(make_teacher(school_id))])
    gone = office.projects.create(Project(code="2026-02", name="空项目", year=2026, days_local=1, places=5))
    ops.announce("projects")
    page.year.setCurrentIndex(page.year.findData(2026))
    page.select_project(kept)
    assert not page.delete_project()
    assert len(message_boxes.shown) == 1 and "已有学员或记录，不能删除" in message_boxes.last  # refused, not asked
    page.select_project(gone)
    assert page.delete_project()
    assert message_boxes.last == "删除项目“空项目”？\n项目编号 2026-02。删除后不能恢复。"
    assert [r.project.code for r in office.projects.rows()] == ["2026-01"] and shown(page) == ["2026-01"]


def test_export_the_list_as_filtered(page, office, ops, qtbot, tmp_path):
    office.projects.create(Project(code="2026-01", name="班主任培训班", year=2026, days_local=2, places=30))
    office.projects.create(Project(code="2025-01", name="往年项目", year=2025, days_local=2, places=30))
    ops.announce("projects")
    page.year.setCurrentIndex(page.year.findData(2026))
    assert page.export_to(tmp_path / "项目.xlsx")
    wait_idle(qtbot, ops)
    ws = openpyxl.load_workbook(tmp_path / "项目.xlsx").active
    assert ws["A1"].value == "2026年度培训项目一览表"
    assert [r[1].value for r in ws.iter_rows(min_row=4)] == ["2026-01"]


def plan_file(tmp_path, *, broken: bool):
    path = chenzhou_plan.write_xlsx(tmp_path / "2018年全市教师培训计划.xlsx")
    if broken:
        wb = openpyxl.load_workbook(path)
        ws = wb.active
        ws["J5"] = "七十"          # row 5: places not a number
        ws["G6"], ws["H6"], ws["I6"] = 6, 6, 13   # row 6: 6 + 6 is not 13 (was only 本地 6)
        wb.save(path)
    return path


def test_plan_import_walk_through_with_rows_it_cannot_place(page, ops, qtbot, office, tmp_path):
    path = plan_file(tmp_path, broken=True)
    dialog = page.import_plan()
    assert isinstance(dialog, PlanImportDialog) and not dialog.check_button.isEnabled()
    dialog.path.setText(str(path))
    dialog.year.setValue(2018)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert dialog.report_box.isVisible() and office.projects.rows() == []  # the check writes nothing
    assert dialog.projects_label.text() == "51 个（52 个阶段）"
    assert dialog.participants_label.text() == "7065 人次"       # side by side with the table's own total
    assert dialog.declared_label.text() == "7205 人次"
    assert "比表中的培训总人次少 140 人次" in dialog.compare_label.text()
    assert dialog.codes_label.text() == "、".join(chenzhou_plan.CODES)
    assert [dialog.problems.data(dialog.problems.index(r, 0)) for r in range(dialog.problems.rowCount())] == ["5", "6"]
    assert "培训人数“七十”不是数字" in dialog.problems.data(dialog.problems.index(0, 1))
    assert "无法导入的行：2 行" == dialog.problems_caption.text()
    assert dialog.import_button.text() == "导入其余 51 个项目" and dialog.skip_button.text() == "全部不导入"

    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)  # 全部不导入
    assert not dialog.isVisible() and office.projects.rows() == []

    dialog = page.import_plan(str(path))  # a dropped file is checked at once, for the year its title names
    wait_idle(qtbot, ops)
    assert dialog.year.value() == 2018 and dialog.import_button.isVisible()
    assert "计划表标题写的是 2018 年，计划年度已改为 2018" in dialog.message.text()
    dialog.year.setValue(2019)  # another year: check again before importing
    assert not dialog.import_button.isVisible()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Return)  # Enter runs the check (its default button)
    wait_idle(qtbot, ops)
    assert dialog.year.value() == 2018  # the title's year again: projects are numbered by it
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert len(office.projects.rows(year=2018)) == 51
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and gone
    assert page.year.currentData() == 2018 and len(shown(page)) == 51


def test_clean_plan_matches_its_declared_total(page, ops, qtbot, office, tmp_path):
    path = plan_file(tmp_path, broken=False)
    page.import_files([str(path)])  # dropped on the list: the annual plan
    dialog = page.dialog
    dialog.year.setValue(2018)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert (dialog.participants_label.text(), dialog.declared_label.text()) == ("7205 人次", "7205 人次")
    assert "一致" in dialog.compare_label.text() and not dialog.problems_view.isVisible()
    assert dialog.import_button.text() == "导入 53 个项目"
    dialog.year.setValue(2019)  # another year: the report no longer holds
    assert not dialog.import_button.isVisible() and not dialog.report_box.isVisible()


def test_a_file_that_is_not_a_plan_is_refused_in_the_dialog(page, ops, qtbot, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "学校"])
    wb.save(tmp_path / "名单.xlsx")
    dialog = page.import_plan(str(tmp_path / "名单.xlsx"))
    wait_idle(qtbot, ops)
    assert "找不到计划表的表头" in dialog.message.text() and not dialog.import_button.isVisible()


def test_the_check_names_a_repeated_seq_and_the_rest_is_imported(page, ops, qtbot, office, tmp_path):
    path = plan_file(tmp_path, broken=False)
    wb = openpyxl.load_workbook(path)
    wb.active["A9"] = 5  # 序号 6 typed again as 5, as after a page break
    wb.save(path)
    dialog = page.import_plan(str(path))
    dialog.year.setValue(2018)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    assert [(dialog.problems.data(dialog.problems.index(r, 0)), dialog.problems.data(dialog.problems.index(r, 1)))
            for r in range(dialog.problems.rowCount())] == [("9", "序号 5 与第 8 行重复，请改为不同的序号")]
    assert dialog.problems_caption.text() == "无法导入的行：1 行"
    assert dialog.import_button.text() == "导入其余 52 个项目"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ops)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert len(office.projects.rows(year=2018)) == 52


def test_a_certificate_register_is_not_taken_for_a_plan(page, ops, qtbot, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["2026年卓越教师培养培训班证书发放登记表"])
    wb.active.append(["序号", "证书编号", "姓名", "培训项目", "学时", "考核结果"])
    wb.active.append([1, "2026431028-0001", "姜永平", "卓越教师培养培训班", 18, "合格"])
    wb.save(tmp_path / "证书发放登记表.xlsx")
    dialog = page.import_plan(str(tmp_path / "证书发放登记表.xlsx"))
    wait_idle(qtbot, ops)
    assert dialog.message.text().startswith("这不像年度计划表：没有找到“培训人数”和“培训天数”列（表头中的列：序号、证书编号")
    assert not dialog.report_box.isVisible() and not dialog.import_button.isVisible()


def test_project_models_pass_the_model_tester(qtmodeltester, office, school_id):
    office.projects.create(Project(code="2026-01", name="班主任培训班", year=2026, days_local=2, places=1))
    office.registry.save_school(School(name="二中", township="城关镇"))
    model = ProjectTableModel()
    model.set_items(office.projects.rows())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 4)) == "计划" and model.data(model.index(0, 7)) == "12"
    records = RecordsModel(["行号", "原因"], right_columns=(0,))
    records.set_items([(4, "没有项目名称"), (9, "培训人数不是数字")])
    qtmodeltester.check(records)


def test_the_window_menus_reach_the_page(office, qtbot, tmp_path):
    from ui.mainwindow import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.page_actions[2].trigger()
    page = window.current_page()
    assert isinstance(page, ProjectsPage) and window.focusWidget() is page.search  # Ctrl+3, then type
    assert window.new_action.isEnabled() and window.export_action.isEnabled() and window.find_action.isEnabled()
    window.new_action.trigger()
    assert isinstance(page.dialog, NewProjectDialog) and page.dialog.isVisible()
    page.dialog.reject()
    window.files_dropped([str(plan_file(tmp_path, broken=False))])
    assert isinstance(page.dialog, PlanImportDialog)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=20_000)
    assert page.dialog.import_button.isVisible()
    page.dialog.reject()


def test_projects_past_their_archive_deadline_are_flagged_whatever_year_is_shown(page, ops, office):
    from training_data import build_project, record_packet

    from ui.project_models import RED

    built = build_project(office, trainees=3, fail=0, incomplete=0, withdrawn=0)  # ended 2025-03-11, still 结业
    office.projects.create(Project(code="2026-01", name="班主任培训班", year=2026, days_local=2, places=1))
    ops.announce("projects")
    page.year.setCurrentIndex(page.year.findData(2026))
    assert shown(page) == ["2026-01"] and shown(page, 9) == [""]  # no end date, no deadline
    assert page.overdue_label.isVisible()
    assert "1 个项目已过归档截止（结束后一个月内报送市中心）仍未归档：2025-001" in page.overdue_label.text()
    assert "2025-001  2025年测试县初中数学骨干教师能力提升培训（结业，归档截止 2025-04-11）" == page.overdue_label.toolTip()

    page.year.setCurrentIndex(page.year.findData(2025))
    cell = page.proxy.index(0, 9)
    assert page.proxy.headerData(9, Qt.Orientation.Horizontal) == "归档截止"
    assert cell.data() == "2025-04-11 已逾期" and cell.data(Qt.ItemDataRole.ForegroundRole) == RED
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("归档截止 2025-04-11 已过")

    office.certificates.issue(project_id=built.project_id)
    record_packet(office, built.project_id, year=2025)
    office.projects.archive(built.project_id)
    ops.announce("projects")
    assert page.proxy.index(0, 9).data() == "" and page.overdue_label.isHidden()
