"""The 学时登记 page: a teacher's ledger (entries, the 80-credit split, 更正 and 冲销) and credit compliance."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pdfcheck import fonts_of, text_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from conftest import make_course, make_teachers, type_text
from trainoffice.credits import LedgerEntry
from trainoffice.errors import TrainOfficeError
from trainoffice.registry import School
from trainoffice.results import Assessment
from ui.hours_models import (
    FLAG_BACKGROUND,
    FlaggedSchools,
    LedgerModel,
    SchoolComplianceModel,
    TeacherCreditModel,
)
from ui.pages.hours import HoursPage

pytestmark = pytest.mark.usefixtures("message_boxes")
THIS_YEAR = dt.date.today().year
LAST_YEAR = THIS_YEAR - 1


@pytest.fixture
def page(ops, qtbot):
    widget = HoursPage(ops)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def choose(qtbot, picker, text: str) -> None:
    """Type into a teacher picker and take the first match with Enter, as a clerk would."""
    picker.clear()
    type_text(qtbot, picker, text)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def shown(model) -> list[list[str]]:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_find_a_teacher_and_add_a_manual_entry(page, qtbot, office, school_id, message_boxes):
    tid, _other = make_teachers(office, school_id, ["张三", "李四"])
    ledger = page.ledger
    page.focus_search()
    choose(qtbot, ledger.picker, "zs")                      # pinyin initials
    assert ledger.teacher_id == tid and "张三" in ledger.teacher_label.text()
    assert "431" in ledger.teacher_label.text() and "*" in ledger.teacher_label.text()  # ID masked
    qtbot.mouseClick(ledger.new_button, Qt.MouseButton.LeftButton)
    dialog = ledger.dialog
    dialog.category.setCurrentIndex(dialog.category.findData("师德"))
    dialog.date.setText(f"{THIS_YEAR}-3-31")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # 0 学时, 0 学分: refused, shown at the field
    assert "学时或学分至少一项大于 0" in dialog.messages["hours"].text() and dialog.isVisible()
    dialog.hours.setValue(1200)  # a slipped 0
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "超过整个五年周期的要求 360" in dialog.messages["hours"].text() and dialog.isVisible()
    dialog.hours.setValue(120)  # more than a year's target: asked first, then only with its 佐证 named
    message_boxes.answer = QMessageBox.ButtonRole.RejectRole
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "超过一年的目标 72" in message_boxes.last and "多输了一个 0" in message_boxes.last
    assert dialog.isVisible() and dialog.messages["evidence"].text() == ""  # 取消: back to the hours
    message_boxes.answer = QMessageBox.ButtonRole.AcceptRole
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "须填写佐证材料" in dialog.messages["evidence"].text() and dialog.isVisible()
    assert office.credits.rows(tid) == []
    dialog.hours.setValue(12)
    type_text(qtbot, dialog.evidence, "师德专题学习记录")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [(r.category, r.hours, r.credits, r.evidence) for r in office.credits.rows(tid)] == [
        ("师德", 12, 12, "师德专题学习记录")]
    assert shown(ledger.model) == [[f"{THIS_YEAR}-03-31", str(THIS_YEAR), "师德", "", "12", "12",
                                    "师德专题学习记录", ""]]
    assert f"{THIS_YEAR} 年 12 学分" in ledger.years_label.text() and "未达标" in ledger.years_label.text()
    assert "12 / 360 学时" in ledger.cycle_label.text()


def test_a_date_after_today_is_refused_in_full_under_the_date(page, qtbot, office, school_id):
    """Review j-7: the refusal wrapped into two lines, clipped by the fields above and below."""
    tid, = make_teachers(office, school_id, ["张三"])
    choose(qtbot, page.ledger.picker, "zs")
    qtbot.mouseClick(page.ledger.new_button, Qt.MouseButton.LeftButton)
    dialog = page.ledger.dialog
    qtbot.waitExposed(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("校本研修"))
    dialog.date.set_date(dt.date.today() + dt.timedelta(days=8))
    dialog.hours.setValue(2)
    type_text(qtbot, dialog.evidence, "校本研修登记表")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    note = dialog.messages["date"]
    assert note.is_error and "学时在完成后才能登记" in note.text() and office.credits.rows(tid) == []
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()) > 30)  # two lines, both shown
    dialog.grab().save("/work/wt/shots/ledger-future-date.png")


def test_a_ledger_entry_saves_with_ctrl_s(page, qtbot, office, school_id):
    """Review r: the teacher editor saves with Ctrl+S; the ledger's dialogs did not."""
    tid, = make_teachers(office, school_id, ["张三"])
    choose(qtbot, page.ledger.picker, "zs")
    qtbot.mouseClick(page.ledger.new_button, Qt.MouseButton.LeftButton)
    dialog = page.ledger.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("师德"))
    dialog.hours.setValue(2)
    qtbot.keyClick(dialog.hours, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and [r.hours for r in office.credits.rows(tid)] == [2]


def test_the_picker_lists_matches_to_choose_from(page, qtbot, office, school_id):
    zhang, _zhao, zhou = make_teachers(office, school_id, ["张三", "赵四", "周五"])
    picker = page.ledger.picker
    type_text(qtbot, picker, "z")
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert [picker.matches.item(r).text().split("　")[0] for r in range(picker.matches.rowCount())] == [
        "张三", "赵四", "周五"]  # by pinyin
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.ledger.teacher_id == zhou and picker.text().startswith("周五　测试县第一中学　…")
    assert not popup.isVisible()
    office.registry.set_status(zhang, "退休")
    picker.clear()
    type_text(qtbot, picker, "张三")
    qtbot.keyClick(picker, Qt.Key.Key_Return)  # retired teachers keep their ledger, and say so
    assert page.ledger.teacher_id == zhang and picker.text().endswith("（退休）")


def test_resource_credits_must_sum_to_eighty(page, qtbot, office, school_id):
    zhang, li, _wang = make_teachers(office, school_id, ["张三", "李四", "王五"])
    ledger = page.ledger
    ledger.show_teacher(zhang)
    qtbot.mouseClick(ledger.resource_button, Qt.MouseButton.LeftButton)
    dialog = ledger.dialog
    type_text(qtbot, dialog.title, "《分数的初步认识》优质课例")
    assert dialog.authors[0][0].teacher_id == zhang and dialog.authors[0][1].value() == 80
    assert "✓" in dialog.sum_label.text()
    dialog.authors[0][1].setValue(50)
    second = dialog.add_author()
    choose(qtbot, second, "李四")
    dialog.authors[1][1].setValue(20)
    assert "合计 70 学分，应为 80 学分（还差 10）" in dialog.sum_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "作者学分合计 70，应等于 80" in dialog.messages["shares"].text()
    assert office.credits.rows(zhang) == [] and office.credits.rows(li) == []  # refused: nothing written
    dialog.authors[1][1].setValue(30)
    assert dialog.sum_label.text() == "合计 80 学分 ✓"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert [(r.category, r.hours, r.credits) for r in office.credits.rows(zhang)] == [("资源建设", 0, 50)]
    assert [(r.category, r.credits) for r in office.credits.rows(li)] == [("资源建设", 30)]
    assert shown(ledger.model)[0][2:6] == ["资源建设", "", "0", "50"]


def test_a_correction_shows_the_reversal_beside_the_original(page, qtbot, office, school_id):
    (tid,) = make_teachers(office, school_id, ["张三"])
    office.credits.add_entry(teacher_id=tid, category="校本研修", on=f"{THIS_YEAR}-06-30", hours=16,
                             evidence="上学期校本研修登记表")
    ledger = page.ledger
    ledger.show_teacher(tid)
    ledger.table.selectRow(0)
    qtbot.mouseClick(ledger.correct_button, Qt.MouseButton.LeftButton)
    dialog = ledger.dialog
    assert dialog.hours.value() == 16 and not dialog.category.isEnabled()
    dialog.hours.setValue(12)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert "冲销必须填写原因" in dialog.messages["reason"].text()
    type_text(qtbot, dialog.reason, "登记表学时抄错")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    rows = shown(ledger.model)
    assert [(r[2], r[4], r[7]) for r in rows] == [("校本研修", "16", "已冲销"), ("校本研修", "-16", "冲销（第 1 条）"),
                                                ("校本研修", "12", "")]
    assert "冲销：登记表学时抄错" in rows[1][6]
    assert ledger.model.data(ledger.model.index(0, 4), Qt.ItemDataRole.FontRole).strikeOut()
    assert ledger.model.data(ledger.model.index(1, 4), Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")
    assert ledger.table.currentIndex().row() == 2  # the new line is selected
    assert f"{THIS_YEAR} 年 12 学分" in ledger.years_label.text()

    # 冲销 the corrected line: it is cancelled, nothing is deleted.
    qtbot.mouseClick(ledger.reverse_button, Qt.MouseButton.LeftButton)
    reverse = ledger.dialog
    type_text(qtbot, reverse.reason, "重复登记")
    qtbot.mouseClick(reverse.save_button, Qt.MouseButton.LeftButton)
    assert [r[7] for r in shown(ledger.model)] == ["已冲销", "冲销（第 1 条）", "已冲销", "冲销（第 3 条）"]
    assert office.credits.teacher_ledger(tid, year=THIS_YEAR).years[0].credits == 0


def test_a_project_posting_is_corrected_through_attendance_not_here(page, qtbot, office):
    pid = make_course(office)
    grid = office.attendance.grid(pid)
    office.attendance.fill(pid, status="出勤")
    stage = office.projects.stages(pid)[0].id
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage, "合格") for t in grid.trainees])
    office.projects.close(pid)
    ledger = page.ledger
    ledger.show_teacher(grid.trainees[0].teacher_id, year=2026)
    assert shown(ledger.model)[0][2:6] == ["项目培训", "班主任培训班·集中培训", "12", "12"]
    ledger.table.selectRow(0)
    assert not ledger.correct_button.isEnabled() and not ledger.reverse_button.isEnabled()
    assert "请在该项目的考勤或考核中更正" in ledger.correct_button.toolTip()
    with pytest.raises(TrainOfficeError, match="请更正考勤或考核结果"):  # the core refuses it too
        office.credits.reverse_entry(ledger.selected_row().id, reason="学时有误")
    assert len(office.credits.rows(grid.trainees[0].teacher_id)) == 1


def test_print_the_ledger_card(page, qtbot, office, school_id, tmp_path, monkeypatch):
    (tid,) = make_teachers(office, school_id, ["张三"])
    office.credits.add_entry(teacher_id=tid, category="网络研修", on=f"{LAST_YEAR}-11-30", hours=40,
                             evidence="湖南省中小学教师发展网 学习证明")
    out = tmp_path / "登记卡.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.ledger.show_teacher(tid, year=LAST_YEAR)
    qtbot.mouseClick(page.ledger.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ops.busy and out.exists(), timeout=10_000)
    text = "\n".join(text_of(out))
    cycle_start, cycle_end = office.credits.cycle_bounds(LAST_YEAR)
    assert "教师继续教育学时登记卡" in text and "张三" in text and "湖南省中小学教师发展网" in text
    assert f"{cycle_start}—{cycle_end}" in text and "431" in text and "*" in text  # ID masked by default
    assert all(fonts_of(out).values())  # the Chinese font is embedded


@pytest.fixture
def county(office):
    """甲校: 5 teachers, 1 under the 72 target (exactly 20%, flagged). 乙校: 10 teachers, 1 under (10%)."""
    a = office.registry.save_school(School(name="测试县甲校", township="城关镇", stages="小学"))
    b = office.registry.save_school(School(name="测试县乙校", township="龙海镇", stages="小学"))
    at = make_teachers(office, a, ["赵一", "钱二", "孙三", "李四", "周五"])
    bt = make_teachers(office, b, ["吴六", "郑七", "王八", "冯九", "陈十", "褚十一", "卫十二", "蒋十三", "沈十四",
                                   "韩十五"])
    short = {at[0], bt[0]}
    office.credits.add_entries([LedgerEntry(t, "校本研修", f"{LAST_YEAR}-06-30", 30 if t in short else 72)
                                for t in at + bt])
    return {"甲": a, "乙": b, "under_a": at[0]}


def loaded(page, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.ops.busy and page.compliance.annual is not None, timeout=5000)


def test_compliance_flags_a_school_at_exactly_twenty_percent_and_drills_down(page, qtbot, county):
    c = page.compliance
    page.tabs.setCurrentWidget(c)
    loaded(page, qtbot)
    assert c.selected_year() == LAST_YEAR
    headline = c.headline.text()
    assert "在职教师 15 人，达标 13 人" in headline and "86.7%" in headline and "未达到" in headline
    assert "尚未结束" not in headline
    c.year.setCurrentIndex(c.year.findData(THIS_YEAR))  # review m: a year not over said 未达到 like a closed one
    qtbot.waitUntil(lambda: not page.ops.busy and c.annual is not None and c.annual.year == THIS_YEAR, timeout=5000)
    assert f"{THIS_YEAR} 年尚未结束：以上为截至 {dt.date.today().isoformat()} 的学分" in c.headline.text()
    c.year.setCurrentIndex(c.year.findData(LAST_YEAR))
    loaded(page, qtbot)
    qtbot.waitUntil(lambda: c.annual.year == LAST_YEAR, timeout=5000)
    rows = {r[1]: r for r in shown(c.schools)}
    assert rows["测试县甲校"][2:] == ["5", "4", "1", "20.0%", "是"]
    assert rows["测试县乙校"][2:] == ["10", "9", "1", "10.0%", ""]
    a_row = next(r for r in range(c.schools.rowCount()) if c.schools.record(r).school == "测试县甲校")
    assert c.schools.data(c.schools.index(a_row, 1), Qt.ItemDataRole.BackgroundRole) == QColor(FLAG_BACKGROUND)
    c.schools_view.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # by share under target
    assert c.schools_proxy.data(c.schools_proxy.index(0, 1)) == "测试县乙校"
    c.only_flagged.setChecked(True)
    assert c.schools_proxy.rowCount() == 1

    c.schools_view.setFocus()
    c.schools_view.setCurrentIndex(c.schools_proxy.index(0, 1))
    qtbot.keyClick(c.schools_view, Qt.Key.Key_Return)       # drill down into 甲校
    assert [r[0] for r in shown(c.teachers)] == ["赵一"] and shown(c.teachers)[0][3:] == ["30", "42"]
    assert "测试县甲校" in c.detail_label.text() and "1 人" in c.detail_label.text()
    c.teachers_view.setFocus()
    c.teachers_view.setCurrentIndex(c.teachers_proxy.index(0, 0))
    qtbot.keyClick(c.teachers_view, Qt.Key.Key_Return)      # and on into the teacher's ledger
    assert page.tabs.currentWidget() is page.ledger
    assert page.ledger.teacher_id == county["under_a"]
    assert page.ledger.period.currentData() == f"year:{LAST_YEAR}"
    assert shown(page.ledger.model)[0][4] == "30"

    page.tabs.setCurrentWidget(c)
    qtbot.mouseClick(c.cycle_button, Qt.MouseButton.LeftButton)  # the 5-year cycle view
    assert "周期（要求 360 学时）" in c.headline.text() and "已完成 0 人" in c.headline.text()
    assert c.schools.mode == "cycle" and not c.only_flagged.isEnabled()
    assert "周期未完成 360 学时的教师 5 人" in c.detail_label.text()


def test_compliance_export_reads_back_masked(page, qtbot, county, tmp_path, monkeypatch):
    out = tmp_path / "学分达标.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.tabs.setCurrentWidget(page.compliance)
    loaded(page, qtbot)
    page.export_list()                                       # Ctrl+E on this page
    qtbot.waitUntil(lambda: not page.ops.busy and out.exists(), timeout=10_000)
    book = openpyxl.load_workbook(out, read_only=True)
    schools = [row for row in book["学校达标情况"].iter_rows(values_only=True) if len(row) > 7 and row[2] == "测试县甲校"]
    assert schools and schools[0][3:8] == (5, 4, 1, 0.2, "是")
    under = [row for row in book["未达标教师名单"].iter_rows(values_only=True) if len(row) > 4 and row[3] in ("赵一", "吴六")]
    assert len(under) == 2 and all("*" in row[4] for row in under)  # ID numbers masked by default


def test_hours_models(qtmodeltester, office, county):
    ledger = LedgerModel()
    tid = county["under_a"]
    office.credits.reverse_entry(office.credits.rows(tid)[0].id, reason="测试")
    ledger.set_records(office.credits.rows(tid))
    qtmodeltester.check(ledger)
    schools = SchoolComplianceModel()
    schools.set_schools(office.compliance.annual(LAST_YEAR).schools, "annual")
    qtmodeltester.check(schools)
    flagged = FlaggedSchools()
    flagged.setSourceModel(schools)
    flagged.set_only_flagged(True)
    qtmodeltester.check(flagged)
    schools.set_schools(office.compliance.cycle(LAST_YEAR).schools, "cycle")
    qtmodeltester.check(schools)
    teachers = TeacherCreditModel()
    teachers.set_teachers(office.compliance.teachers_under(LAST_YEAR), measure="credits", target=72, masked=True)
    qtmodeltester.check(teachers)
