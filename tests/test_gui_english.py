"""The English build: a count reads 1 day / 2 days, a stored word (在职, 县培, 上午) reads the same on every screen,
a list is joined with commas, and no column cuts off its title or its words.

The translator is made here from ui/ (lupdate, the English of the strings these tests read, lrelease): what is
under test is that the strings reach Qt's translation as numerus messages and vocabulary words, not the
shipped .qm, which the translation file's maintainer keeps.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from import_files import write_xlsx
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QLabel, QTableView

from conftest import make_course, make_teacher
from trainoffice.credits import CATEGORIES, MANUAL_CATEGORIES
from trainoffice.projects import FORMS, LEVELS, Project
from trainoffice.projects import STATUSES as PROJECT_STATUSES
from trainoffice.registry import (
    BACKBONE_LEVELS,
    GENDERS,
    POSTS,
    PUTONGHUA_LEVELS,
    STAGES,
    STATUSES,
    TEACHER_FIELDS,
    TITLES,
)
from trainoffice.results import Assessment
from trainoffice.sessions import SLOTS
from ui.attendance_grid import AttendanceGrid
from ui.import_wizard import ImportWizard, open_import_wizard
from ui.pages.certificates import CertificatesPage
from ui.pages.hours import HoursPage
from ui.pages.packets import PacketHistoryModel, PacketsPage
from ui.pages.projects import ProjectsPage
from ui.pages.schools import SchoolsPage
from ui.pages.teachers import TeachersPage
from ui.project_dialogs import NewProjectDialog
from ui.project_sessions import GenerateSessionsDialog
from ui.results_view import ResultsView
from ui.school_dialogs import SchoolDialog
from ui.teacher_editor import TeacherEditor
from ui.widgets import CELL_PADDING
from ui.words import VOCABULARIES, plural_n, term

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
EXE = ".exe" if sys.platform == "win32" else ""

# The English of the strings read below: a source (or source and disambiguation, or "context|source" for a word
# that reads otherwise in another vocabulary) -> text, or [singular, plural].
ENGLISH: dict[str | tuple[str, str], str | list[str]] = {
    " 天": [" day", " days"], " 人": [" person", " people"], "合计 {days} 天": ["{days} day in all", "{days} days in all"],
    "{days} × {slots} = {sessions}，共 {hours}": "{days} × {slots} = {sessions}, {hours} in all",
    "%n 天": ["%n day", "%n days"], "%n 个时段": ["%n slot", "%n slots"], "%n 节": ["%n session", "%n sessions"],
    "{hours} 学时": ["{hours} hour", "{hours} hours"],
    "项目 %n 个": ["%n project", "%n projects"], "名单 %n 人次": ["%n enrolment", "%n enrolments"],
    "考勤 %n 条": ["%n attendance mark", "%n attendance marks"], "学时 %n 条": ["%n hour entry", "%n hour entries"],
    "证书 %n 本": ["%n certificate", "%n certificates"],
    "、": ", ", "保存前请完成：{fields}": "Before saving, complete: {fields}", "姓名": "Name", "身份证号": "ID number",
    "工作单位": "School", "性别": "Gender", "出生日期": "Date of birth",
    "{name}（{status}）": "{name} ({status})", "{name}（{status}）· 在册 {count} 人": "{name} ({status}) · {count} on the roster",
    "{project} · {trainees} · {sessions} · 出勤率要求 {threshold:.0%}":
        "{project} · {trainees} · {sessions} · attendance required {threshold:.0%}",
    "学员 %n 人": ["%n trainee", "%n trainees"], "课时 %n 个": ["%n session", "%n sessions"],
    "选择文件": "Choose file", "工作表和表头": "Sheet and header", "列对应": "Columns", "预览": "Preview", "完成": "Finish",
    ("项目", "培训项目"): "Project", "项目": "Item",
    "在职教师": "Active teachers", "学校或乡镇": "School or township", "时段": "Slot", "内容": "Contents",
    "在职": "Active", "调出": "Transferred out", "退休": "Retired", "男": "Male", "女": "Female",
    "幼儿园": "Kindergarten", "小学": "Primary", "初中": "Junior high", "高中": "Senior high", "中职": "Vocational",
    "特殊教育": "Special education", "一级教师": "Grade 1", "县培": "County", "国培": "National", "本地集中": "Local",
    "计划": "Planned", "开班": "Running", "结业": "Closed", "归档": "Archived", "上午": "Morning", "下午": "Afternoon",
    "人·天": "person-days",
    "项目培训": "Project training", "CreditCategory|校本研修": "School-based training", "师德": "Ethics",
    "CreditCategory|网络研修": "Online training", "资源建设": "Resources", "学历提高": "Degree study", "其他": "Other",
    "校本研修": "School-based", "网络研修": "Online", "类别": "Type",
    "任教学科": "Subject taught", "联系电话": "Phone", "（不导入）": "(not imported)", "还没有指定：": "Not mapped yet:",
}


def _fill(ts: Path) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source, comment = message.findtext("source"), message.findtext("comment")
            english = ENGLISH.get(f"{context.findtext('name')}|{source}") or (
                ENGLISH.get((source, comment)) if comment else ENGLISH.get(source))
            if english is None or isinstance(english, list) != (message.get("numerus") == "yes"):
                continue  # a count the code does not pass to tr() stays untranslated
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if isinstance(english, list):
                for form in list(translation):
                    translation.remove(form)
                for text in english:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = english
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="module")
def english_qm(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("english")
    ts, qm = folder / "en.ts", folder / "en.qm"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(BIN / f"pyside6-lupdate{EXE}"), *sources, "-locations", "none", "-source-language", "zh_CN",
                    "-target-language", "en", "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    _fill(ts)
    subprocess.run([str(BIN / f"pyside6-lrelease{EXE}"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def english(qapp, english_qm):
    translator = QTranslator()
    assert translator.load(str(english_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def closed(office) -> int:
    """make_course's 2026-07 (3 trainees, 4 sessions, 本地集中), everyone present and passed, closed."""
    pid = make_course(office)
    office.projects.update(replace(office.projects.project(pid), form="本地集中"))
    stage = office.projects.stages(pid)[0]
    office.attendance.fill(pid, status="出勤")
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "合格", 80)
                                     for t in office.roster.roster(pid)])
    office.projects.close(pid)
    return pid


def shown(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def cut_off(view: QTableView) -> list[str]:
    """The column titles, and the cells' words, wider than their column (with a cell's margins)."""
    header, model, metrics = view.horizontalHeader(), view.model(), view.fontMetrics()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += [str(model.index(row, column).data() or "") for row in range(min(model.rowCount(), 50))]
        cut += [text for text in texts
                if metrics.horizontalAdvance(text) + CELL_PADDING > header.sectionSize(column) + 1]
    return cut


# ----- counts --------------------------------------------------------------------------------------------
def test_a_count_is_singular_for_one(ops, qtbot, english):
    dialog = shown(NewProjectDialog(ops), qtbot)
    form = dialog.form
    form.days_local.setValue(1)
    assert (form.days_local.suffix(), form.days_total.text()) == (" day", "1 day in all")
    form.days_offsite.setValue(0.5)
    assert (form.days_offsite.suffix(), form.days_total.text()) == (" days", "1.5 days in all")
    form.places.setValue(1)
    assert form.places.suffix() == " person"
    form.places.setValue(40)
    assert form.places.suffix() == " people"
    counts = {"projects": 1, "enrollments": 41, "attendance": 1, "ledger": 39, "certificates": 2}
    assert PacketHistoryModel().counts_text(counts) == \
        "1 project · 41 enrolments · 1 attendance mark · 39 hour entries · 2 certificates"


def test_one_sentence_counts_each_of_its_numbers(office, ops, qtbot, english):
    """1 day × 1 slot = 1 session, 1 hour in all: each number has its own singular or plural."""
    office.settings.set("hours_per_slot", 1)
    pid = office.projects.create(Project(code="2026-01", name="测试班", year=2026, days_local=1,
                                         start_date="2026-05-06", end_date="2026-05-06"))
    dialog = shown(GenerateSessionsDialog(ops, pid), qtbot)
    dialog.slot_boxes["下午"].setChecked(False)
    assert dialog.preview.text().startswith("1 day × 1 slot = 1 session, 1 hour in all")
    dialog.slot_boxes["下午"].setChecked(True)
    assert dialog.preview.text().startswith("1 day × 2 slots = 2 sessions, 2 hours in all")


def test_an_amount_with_a_fraction_is_plural():
    assert [plural_n(amount) for amount in (1, 1.0, 0.5, 1.5, 72, 0)] == [1, 1, 2, 2, 72, 0]


# ----- lists ---------------------------------------------------------------------------------------------
def test_a_list_in_an_english_sentence_is_joined_with_commas(ops, qtbot, english):
    editor = shown(TeacherEditor(ops), qtbot)
    editor.validate()
    assert editor.summary.text().startswith("Before saving, complete: Name, ID number")
    assert "、" not in editor.summary.text()


# ----- the domain's words ----------------------------------------------------------------------------------
def test_every_stored_word_of_a_vocabulary_is_shown_through_term():
    """The UI's vocabularies are the core's: a word added to the core without its English would show Chinese."""
    core = {"ProjectStatus": PROJECT_STATUSES, "Slot": SLOTS, "ProjectLevel": LEVELS, "TrainingForm": FORMS,
            "Gender": GENDERS, "SchoolStage": STAGES, "TeacherTitle": TITLES, "TeacherPost": POSTS,
            "TeacherStatus": STATUSES, "PutonghuaLevel": PUTONGHUA_LEVELS, "BackboneLevel": BACKBONE_LEVELS,
            "CreditCategory": CATEGORIES, "TeacherField": tuple(spec.label for spec in TEACHER_FIELDS)}
    for context, words in core.items():
        assert VOCABULARIES[context] == words, context
    every = [word for words in VOCABULARIES.values() for word in words]
    # a word in two vocabularies reads as in the first unless the screen names the other: only these two, whose
    # screens (the 学时类别 on the ledger and in its dialogs) name CreditCategory
    assert {word for word in every if every.count(word) > 1} == {"校本研修", "网络研修"}
    assert list(VOCABULARIES).index("CreditCategory") > max(list(VOCABULARIES).index(name)
                                                            for name in ("ProjectLevel", "TrainingForm"))
    assert term("语文") == "语文"  # a free word (a subject) is shown as stored


def test_a_word_of_two_vocabularies_reads_as_the_one_its_screen_shows(office, ops, qtbot, english, school_id):
    """校本研修 is a 学时类别 on the ledger and in its dialogs, a 层级 on a project; stored as it was, in Chinese."""
    teacher = office.registry.save_teacher(make_teacher(school_id))
    office.credits.add_entry(teacher_id=teacher, category="校本研修", on="2026-06-30", hours=16, evidence="登记表")
    page = shown(HoursPage(ops), qtbot)
    ledger = page.ledger
    ledger.show_teacher(teacher)
    assert ledger.model.headerData(2, Qt.Orientation.Horizontal) == "Type"
    assert ledger.model.index(0, 2).data() == "School-based training"
    assert ledger.table.horizontalHeader().sectionSize(2) >= ledger.table.sizeHintForColumn(2)  # in full
    ledger.table.selectRow(0)
    ledger.correct_selected()
    correct = ledger.dialog
    assert correct.category.currentText() == "School-based training"
    assert "School-based training" in correct.hint.text()
    correct.reject()
    ledger.reverse_selected()
    assert any("2026-06-30 School-based training" in label.text() for label in ledger.dialog.findChildren(QLabel))
    ledger.dialog.reject()
    ledger.new_entry()
    combo = ledger.dialog.category
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "School-based training", "Ethics", "Online training", "Resources", "Degree study", "Other"]
    assert [combo.itemData(i) for i in range(combo.count())] == list(MANUAL_CATEGORIES)
    assert (term("校本研修"), term("网络研修")) == ("School-based", "Online")  # a 层级 and a 培训形式 as before


def test_a_teachers_words_read_the_same_in_the_filter_the_list_and_the_editor(office, ops, qtbot, english, school_id):
    office.registry.save_teacher(make_teacher(school_id))  # 张三, a woman by her ID number
    page = shown(TeachersPage(ops), qtbot)
    row = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    keys = [page.model.column_key(column) for column in range(page.model.columnCount())]
    values = dict(zip(keys, row, strict=True))
    assert page.status_filter.currentText() == values["status"] == "Active"
    assert (values["gender"], values["stage"], values["title"]) == ("Female", "Junior high", "Grade 1")
    assert page.stage_filter.findText("Kindergarten") > 0
    editor = shown(TeacherEditor(ops, page.model.teacher_id(0)), qtbot)
    assert editor._inputs["gender"].currentText() == "Female" and editor._inputs["status"].currentText() == "Active"
    editor._inputs["stage"].setCurrentIndex(editor._inputs["stage"].findText("Senior high"))
    editor.save()
    teacher = office.registry.teacher(page.model.teacher_id(0))
    assert (teacher.stage, teacher.gender, teacher.status) == ("高中", "女", "在职")  # stored as before, in Chinese


def test_a_schools_stages_read_the_same_in_the_list_and_the_dialog(office, ops, qtbot, english, school_id):
    page = shown(SchoolsPage(ops), qtbot)
    assert page.model.index(0, 3).data() == "Junior high, Senior high"
    dialog = shown(SchoolDialog(ops, school_id), qtbot)
    assert [box.text() for box in dialog.stage_boxes.values()] == [
        "Kindergarten", "Primary", "Junior high", "Senior high", "Vocational", "Special education"]
    assert dialog.school_from_form().stages == "初中、高中"


def test_a_projects_level_form_and_status_read_the_same_everywhere(office, ops, qtbot, english, closed):
    page = shown(ProjectsPage(ops), qtbot)
    row = [page.model.index(0, column).data() for column in range(5)]
    assert row[2:] == ["County", "Local", "Closed"]
    page.open_project(closed)
    assert page.detail.facts.text().startswith("County　·　Local　·　")
    info = page.detail.show_tab("基本信息")
    assert (info.form.level.currentText(), info.form.form_combo.currentText()) == ("County", "Local")
    info.form.level.setCurrentIndex(info.form.level.findText("National"))
    assert (info.form.project().level, info.form.project().form) == ("国培", "本地集中")
    info.form.form_combo.setEditText("送教下乡")  # a plan's own form is kept as typed
    assert info.form.project().form == "送教下乡"
    budget = page.detail.show_tab("经费与记录")
    assert budget.planned.index(0, 2).data() == "person-days"
    packets = shown(PacketsPage(ops), qtbot)
    certificates = shown(CertificatesPage(ops), qtbot)
    assert packets.project_combo.currentText() == certificates.project_combo.currentText() == "2026-07  班主任培训班（Closed）"


def test_the_attendance_and_results_say_the_status_and_the_slot_in_english(office, ops, qtbot, english):
    pid = make_course(office)
    grid = shown(AttendanceGrid(ops), qtbot)
    grid.set_project(pid)
    assert grid.info.text().startswith("班主任培训班 (Running) · 3 trainees · 4 sessions")
    header = grid.model.headerData(1, Qt.Orientation.Horizontal)
    assert header.split("\n")[1] == "Afternoon"
    assert grid.view.horizontalHeader().sectionSize(1) >= grid.view.fontMetrics().horizontalAdvance("Afternoon")
    results = shown(ResultsView(ops), qtbot)
    results.set_project(pid)
    assert results.info.text().startswith("班主任培训班 (Running) · ")


def test_the_import_wizards_steps_are_translated(office, qtbot, english):
    wizard = shown(ImportWizard(None, office.path), qtbot)
    assert wizard.step_label.text() == "<b>Choose file</b>  ›  Sheet and header  ›  Columns  ›  Preview  ›  Finish"


def test_the_import_wizard_offers_the_teachers_fields_in_english(office, qtbot, english, tmp_path):
    rows = [["姓名", "身份证号", "工作单位", "任教学科", "联系电话"], ["张三", "430000", "安仁县第一中学", "语文", "138"]]
    path = write_xlsx(tmp_path / "教师.xlsx", rows)
    wizard = open_import_wizard(None, office.path, kind="teachers", path=path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 2
    assert [combo.currentText() for combo in wizard.mapping_combos.values()] == [
        "Name", "ID number", "School", "Subject taught", "Phone"]
    combo = wizard.mapping_combos[2]
    assert [combo.itemText(i) for i in range(4)] == ["(not imported)", "Name", "ID number", "Gender"]
    wizard.set_mapping(2, "")
    note = wizard.mapping_note.text()
    assert note.startswith("Not mapped yet:") and note.endswith("ID number")


def test_the_certificates_project_is_not_an_item(ops, qtbot, english):
    """项目 is a project on the 证书 page and a budget line's item elsewhere: two messages, two translations."""
    page = shown(CertificatesPage(ops), qtbot)
    assert "Project" in [label.text() for label in page.findChildren(QLabel)]
    assert "Item" not in [label.text() for label in page.findChildren(QLabel)]


# ----- widths --------------------------------------------------------------------------------------------
def test_titles_and_words_fit_their_columns_in_english(office, ops, qtbot, english, closed):
    schools = shown(SchoolsPage(ops), qtbot)
    projects = shown(ProjectsPage(ops), qtbot)
    projects.open_project(closed)
    roster = projects.detail.show_tab("指标与名单")
    sessions = projects.detail.show_tab("课程安排")
    office.packets.export(out_dir=office.path.parent, project_id=closed)
    packets = shown(PacketsPage(ops), qtbot)
    for view in (schools.table, projects.table, roster.quota_view, roster.roster_view, sessions.view):
        assert cut_off(view) == [], view.model().headerData(0, Qt.Orientation.Horizontal)
    assert packets.model.index(0, 5).data().startswith("1 project · 3 enrolments")
    assert packets.table.horizontalHeader().sectionSize(5) >= packets.table.sizeHintForColumn(5)  # the counts in full
    stretched = roster.quota_view.horizontalHeader()  # 学校或乡镇 takes the spare width, never less than its title
    assert stretched.sectionSize(0) >= stretched.fontMetrics().horizontalAdvance("School or township")


def test_titles_and_words_fit_their_columns_in_chinese(office, ops, qtbot, closed):
    teachers = shown(TeachersPage(ops), qtbot)  # 性别 over 男 and 女: the title is the wider
    projects = shown(ProjectsPage(ops), qtbot)
    projects.open_project(closed)
    roster = projects.detail.show_tab("指标与名单")
    sessions = projects.detail.show_tab("课程安排")
    for view in (teachers.table, projects.table, roster.roster_view, sessions.view):
        assert cut_off(view) == []
