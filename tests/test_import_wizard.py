"""The import wizard walked like a clerk does: file → header → mapping → preview → import → summary → undo."""

from __future__ import annotations

import openpyxl
import pytest
from import_files import id_number, write_xls, write_xlsx

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox  # noqa: E402

from trainoffice.idnumber import mask  # noqa: E402
from trainoffice.office import Office  # noqa: E402
from trainoffice.registry import School, Teacher, TeacherQuery  # noqa: E402
from ui.import_wizard import ImportHistoryDialog, open_import_wizard  # noqa: E402


@pytest.fixture
def county_db(office):
    first = office.registry.save_school(School(name="安仁县第一中学", township="永乐江镇"))
    office.registry.save_teacher(Teacher(name="李明", id_number=id_number(1), school_id=first))
    office.close()
    return office.path


def school_file(tmp_path):
    rows = [["安仁县第一中学教师信息表", None, None, None, None],
            ["填报单位：安仁县第一中学", None, None, None, "日期：2024年3月1日"],
            ["序号", "姓名", "身份证号", "所在学校", "学科"],
            [1, "张三", id_number(2), "安仁县第一中学", "语文"],
            [2, "李鸣", id_number(1), "安仁县第一中学", "数学"],       # the registry has 李明
            [3, "王五", 431028198506120000, "安仁县第一中学", "英语"],  # number cell
            [4, "赵六", id_number(3), "安仁县育才学校", "物理"],       # unknown school
            ["合计", "4人"]]
    return write_xlsx(tmp_path / "一中报送.xlsx", rows, merges=("A1:E1",))


def teachers_in(db) -> dict[str, str]:
    with Office(db, lock=False) as office:
        ids = office.registry.search_ids(TeacherQuery(status=""))
        return {t.name: office.registry.school(t.school_id).name for t in office.registry.teachers(ids).values()}


def test_wizard_from_file_to_summary_then_undo_from_history(qtbot, county_db, tmp_path, monkeypatch):
    wizard = open_import_wizard(None, county_db, kind="teachers", path=school_file(tmp_path))
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    assert wizard.header_spin.value() == 3 and not wizard.two_rows.isChecked()
    assert "第 8 行（合计）" in wizard.header_note.text()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.step == 2
    assert {i: c.currentData() for i, c in wizard.mapping_combos.items()} == {
        1: "", 2: "name", 3: "id_number", 4: "school_id", 5: "subject"}
    wizard.set_mapping(5, "")  # the clerk does not want 学科 from this school
    assert 5 not in wizard.mapping

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)
    assert wizard.counts_label.text() == "新增 1，更新 0，不变 1，未导入 2 行，提醒 1 条"
    wizard.set_filter("rejected")
    shown = [wizard.proxy.data(wizard.proxy.index(r, 0)) for r in range(wizard.proxy.rowCount())]
    assert shown == [6, 7]
    reason = wizard.proxy.data(wizard.proxy.index(0, 6))
    assert "C 身份证号" in reason and "存成了数字" in reason
    wizard.set_filter("")
    assert wizard.create_schools.isVisible() and "安仁县育才学校" in wizard.create_schools.text()
    wizard.create_schools.setChecked(True)  # the clerk confirms the new school
    wizard.select_row(5)
    assert wizard.conflict_box.isVisible()
    assert wizard.conflict_table.item(0, 1).text() == "李明" and wizard.conflict_table.item(0, 2).text() == "李鸣"
    wizard.update_choice.click()
    assert wizard.counts_label.text() == "新增 2，更新 1，不变 0，未导入 1 行，提醒 2 条"

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 4, timeout=5000)
    assert "新增：2" in wizard.summary_label.text() and "未导入：1 行" in wizard.summary_label.text()
    assert teachers_in(county_db) == {"张三": "安仁县第一中学", "李鸣": "安仁县第一中学", "赵六": "安仁县育才学校"}

    report = tmp_path / "问题清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    qtbot.mouseClick(wizard.report_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(report).active
    lines = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert [(line[0], line[1], line[2]) for line in lines] == [
        (5, "已导入（请核对）", "李鸣"), (6, "未导入", "王五"), (7, "已导入（请核对）", "赵六")]

    history = wizard.show_history()
    qtbot.addWidget(history)
    assert isinstance(history, ImportHistoryDialog)
    assert history.table.rowCount() == 1 and history.table.item(0, 1).text() == "一中报送.xlsx"
    assert history.table.item(0, 6).text() == "2"
    asked = []

    def answer(box):  # the clerk reads the question, then clicks 撤销导入
        asked.append((box.text(), box.defaultButton().text()))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignals([history.sig_undone, wizard.sig_undone], timeout=5000):  # the window refreshes too
        qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    [(question, default)] = asked
    assert question.startswith("撤销导入 #1（一中报送.xlsx）？")
    assert default == "取消"  # Enter never deletes a batch (review A-M2)
    assert history.table.item(0, 10).text().startswith("已撤销")
    assert not history.undo_button.isEnabled()
    assert teachers_in(county_db) == {"李明": "安仁县第一中学"}


def test_an_undo_that_would_be_refused_says_so_before_asking(qtbot, county_db, tmp_path, monkeypatch):
    """Review j-5: 撤销 first asked "撤销导入 #1…？", and only once the clerk said yes, said it could not be undone."""
    with Office(county_db) as office:
        registry = office.registry
        first = registry.school_by_name("安仁县第一中学").id
        town = registry.save_school(School(name="安仁县城关小学", township="永乐江镇"))
        path = write_xlsx(tmp_path / "调动.xlsx", [["姓名", "身份证号", "工作单位"], ["李明", id_number(1), "安仁县城关小学"]])
        office.imports.apply(office.imports.prepare(path, kind="teachers"))  # 李明 moves to 城关小学
        registry.merge_schools(keep_id=first, merge_id=town)  # and with it back to 第一中学
    history = ImportHistoryDialog(None, county_db)
    qtbot.addWidget(history)
    asked, warned = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append((title, text)))
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert asked == []  # nothing to confirm
    [(title, text)] = warned
    assert title == "不能撤销" and text.startswith("本批导入的教师“李明”在导入之后又随学校合并调动过")
    assert history.table.item(0, 10).text() == "有效" and history.undo_button.isEnabled()


def test_browse_offers_wps_et_files_and_reads_them(qtbot, county_db, tmp_path, monkeypatch):
    """Review g-10: a WPS .et reads fine, but the 浏览… filter hid it and the page did not mention it."""
    et = write_xls(tmp_path / "一中名单.et", [["姓名", "身份证号", "工作单位"], ["张三", id_number(2), "安仁县第一中学"]])
    offered = []

    def choose(_parent, _title, _folder, filters):
        offered.append(filters)
        return str(et), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    wizard = open_import_wizard(None, county_db, kind="teachers")
    qtbot.addWidget(wizard)
    page = " ".join(label.text() for label in wizard.stack.widget(0).findChildren(QLabel))
    assert "WPS 表格的 .et" in page
    wizard.choose_file()
    assert "*.et" in offered[0].split(";;")[0]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    assert wizard.header_note.text().startswith("表头在第 1 行，数据 1 行")


def test_an_unreadable_file_is_explained_on_the_first_page(qtbot, county_db, tmp_path):
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"not a workbook")
    wizard = open_import_wizard(None, county_db, kind="teachers", path=bad)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: bool(wizard.file_error.text()), timeout=5000)
    assert wizard.step == 0 and "名单.xlsx" in wizard.file_error.text()


@pytest.mark.parametrize(("rows", "message"), [
    ([], "工作表“Sheet1”是空的"), ([["姓名", "身份证号", "工作单位"]], "表中只有表头，没有数据行")])
def test_an_empty_sheet_or_a_header_only_is_said_and_goes_no_further(qtbot, county_db, tmp_path, rows, message):
    """Review A-L1: "表头在第  行，数据 0 行", then "这一行没有列名", or an empty batch imported."""
    wizard = open_import_wizard(None, county_db, kind="teachers", path=write_xlsx(tmp_path / "名单.xlsx", rows))
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    assert wizard.header_note.text().startswith(message)
    assert not wizard.next_button.isEnabled()
    wizard.back()
    assert wizard.step == 0 and wizard.next_button.isEnabled()


def test_the_table_behind_a_sheet_of_instructions_with_its_hidden_row_left_out(qtbot, county_db, tmp_path):
    """Review g-7: the wizard opened on 填表说明 with 下一步 disabled; g-2: a hidden row was imported unsaid."""
    rows = [["姓名", "身份证号", "工作单位"], ["张三", id_number(2), "安仁县第一中学"],
            ["王五（已调走）", id_number(3), "安仁县第一中学"], ["赵六", id_number(4), "安仁县第一中学"]]
    path = write_xlsx(tmp_path / "名单.xlsx", rows, hidden_rows=(3,), sheet="教师名单", sheets_before=("填表说明",))
    wizard = open_import_wizard(None, county_db, kind="teachers", path=path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    assert wizard.sheet_combo.currentText() == "教师名单"
    assert wizard.header_note.text() == "表头在第 1 行，数据 2 行。不导入：第 3 行（隐藏行）"
    wizard.sheet_combo.setCurrentText("填表说明")
    wizard.sheet_combo.activated.emit(wizard.sheet_combo.currentIndex())  # as the clerk's pick does
    qtbot.waitUntil(lambda: wizard.sheet.name == "填表说明", timeout=5000)
    assert wizard.header_note.text().endswith("；本文件还有工作表：教师名单，请在上面的“工作表”中选择")
    assert not wizard.next_button.isEnabled()


def walk_to_preview(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)


def test_a_file_with_every_row_refused_writes_no_batch_and_keeps_the_error_report(qtbot, county_db, tmp_path):
    """Review g-8: "已导入 …（批次 #3）" for a file of which nothing was imported, and an empty batch."""
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "身份证号", "工作单位"],
                                             ["王五", 431028198506120000, "安仁县第一中学"]])
    wizard = open_import_wizard(None, county_db, kind="teachers", path=path)
    qtbot.addWidget(wizard)
    walk_to_preview(qtbot, wizard)
    imported = []
    wizard.sig_imported.connect(imported.append)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 4, timeout=5000)
    assert wizard.summary_label.text().startswith("名单.xlsx 中没有可导入的行，未写入任何数据\n")
    assert "未导入：1 行" in wizard.summary_label.text() and wizard.report_button.isEnabled()
    assert imported == []
    with Office(county_db, lock=False) as office:
        assert office.imports.history() == []


def test_the_preview_says_what_an_update_changes_with_numbers_masked(qtbot, county_db, tmp_path):
    """Review A-M6: the reason of an 更新 row was empty, even for a move to another school (a 调动)."""
    with Office(county_db) as office:
        office.registry.save_school(School(name="安仁县城关小学", township="永乐江镇"))
    path = write_xlsx(tmp_path / "调动.xlsx", [["姓名", "身份证号", "工作单位", "联系电话"],
                                             ["李明", id_number(1), "安仁县城关小学", "13912345678"]])
    wizard = open_import_wizard(None, county_db, kind="teachers", path=path)
    qtbot.addWidget(wizard)
    walk_to_preview(qtbot, wizard)
    assert wizard.proxy.data(wizard.proxy.index(0, 2)) == "更新"
    assert wizard.proxy.data(wizard.proxy.index(0, 6)) == (
        "工作单位：安仁县第一中学 → 安仁县城关小学（将记为调动）；联系电话：（空） → 139****5678")
    assert wizard.row_detail.isHidden()
    wizard.preview.setCurrentIndex(wizard.proxy.index(0, 0))  # the table cuts a long note; the line below does not
    assert wizard.row_detail.isVisible() and wizard.row_detail.wordWrap()
    assert wizard.row_detail.text() == (
        "第 2 行：工作单位：安仁县第一中学 → 安仁县城关小学（将记为调动）；联系电话：（空） → 139****5678")


def test_numbers_on_screen_are_masked_as_the_office_says(qtbot, county_db, tmp_path):
    """Review A-L7: the samples, the preview and the side-by-side panel showed full ID and phone numbers."""
    path = school_file(tmp_path)
    wizard = open_import_wizard(None, county_db, kind="teachers", path=path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    samples = " ".join(wizard.mapping_grid.itemAt(i).widget().text() for i in range(wizard.mapping_grid.count())
                       if isinstance(wizard.mapping_grid.itemAt(i).widget(), QLabel))
    assert id_number(2) not in samples and mask(id_number(2)) in samples
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)
    shown = [wizard.proxy.data(wizard.proxy.index(r, 4)) for r in range(wizard.proxy.rowCount())]
    assert mask(id_number(2)) in shown and id_number(2) not in shown


@pytest.fixture
def screen_1366(monkeypatch):
    """An office PC's 1366 × 768 screen with a 40-pixel taskbar (offscreen Qt has 800 × 800)."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))


def test_the_history_shows_a_rosters_project_and_the_whole_state_column(qtbot, county_db, tmp_path, screen_1366):
    """Review A-L2: 已撤销 … was cut off behind a scrollbar, and a roster batch did not say its project."""
    with Office(county_db) as office:
        office.database.conn.execute("INSERT INTO projects (id, year, code, name) VALUES (7, 2026, '2026-07', '班主任培训班')")
        path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "身份证号", "单位"], ["李明", id_number(1), "安仁县第一中学"]])
        office.imports.undo(office.imports.apply(office.imports.prepare(path, kind="roster", project_id=7)).batch_id)
    history = ImportHistoryDialog(None, county_db)
    qtbot.addWidget(history)
    history.show()
    qtbot.waitExposed(history)
    table = history.table
    assert [table.item(0, c).text() for c in (2, 3)] == ["参培名单", "2026-07 班主任培训班"]
    state = table.item(0, 10).text()
    assert state.startswith("已撤销 ")
    assert table.columnWidth(10) >= table.fontMetrics().horizontalAdvance(state)
    assert table.horizontalScrollBar().maximum() == 0


WIDE_HEADER = ["序号", "姓名", "性别", "民族", "出生日期", "身份证号", "证件类型", "工作单位", "乡镇", "学段", "任教学科",
               "职称", "职务", "教师资格种类", "教师资格证号", "普通话等级", "是否在编", "参加工作时间", "是否新教师",
               "骨干级别", "联系电话", "状态", "备注", "政治面貌", "最高学历", "毕业院校", "所学专业", "籍贯"]


def test_every_step_fits_a_1366_by_768_screen_with_a_28_column_file(qtbot, county_db, tmp_path, screen_1366):
    """Review A-H3: the 列对应 page of a 教师信息采集表 made the dialog 1010 px high, its buttons off the screen."""
    row = [1, "宽表", "男", "汉族", "1985-06-12", id_number(9), "居民身份证", "安仁县第一中学", "永乐江镇", "高中", "数学",
           "一级教师", "教师", "高级中学教师资格", "2010431000000001", "二级甲等", "是", "2010-09-01", "否", None,
           "13900000001", "在职", None, "群众", "本科", "湖南师范大学", "数学与应用数学", "湖南安仁"]
    wizard = open_import_wizard(None, county_db, kind="teachers",
                                path=write_xlsx(tmp_path / "教师信息采集表.xlsx", [WIDE_HEADER, row]))
    qtbot.addWidget(wizard)
    room = 728 - 40  # the screen above the taskbar, less the title bar

    def fits() -> bool:
        qtbot.wait(20)  # new rows of the mapping grid show, and the dialog takes their size, on the event loop
        return (wizard.minimumSizeHint().height() <= room and wizard.height() <= room
                and wizard.next_button.geometry().bottom() < wizard.height())

    assert fits()
    for step in (1, 2, 3, 4):
        qtbot.waitUntil(lambda step=step: wizard.step == step, timeout=5000)
        assert fits(), step
        assert step != 2 or len(wizard.mapping_combos) == 28
        wizard.next()


def test_tab_leaves_the_preview_for_the_keep_or_update_choice(qtbot, county_db, tmp_path):
    """Review A-L8: Tab moved from cell to cell, so 保留库中信息 / 按表中信息更新 needed the mouse."""
    wizard = open_import_wizard(None, county_db, kind="teachers", path=school_file(tmp_path))
    qtbot.addWidget(wizard)
    walk_to_preview(qtbot, wizard)
    wizard.activateWindow()
    wizard.select_row(5)  # 李鸣, whom the registry has as 李明
    assert wizard.conflict_box.isVisible()
    wizard.preview.setFocus()
    for _ in range(3):  # the list, the side-by-side table, the choice
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is wizard.keep_choice:
            break
    assert QApplication.focusWidget() is wizard.keep_choice
    qtbot.keyClick(wizard.keep_choice, Qt.Key.Key_Down)  # the arrow moves the choice, as in any radio group
    assert wizard.update_choice.isChecked() and "将按表中信息更新" in wizard.proxy.data(wizard.proxy.index(1, 6))


def test_a_roster_preview_says_who_becomes_a_new_teacher_and_that_the_registry_is_not_updated(qtbot, county_db,
                                                                                             tmp_path):
    """Review s: a roster of five with one person the registry lacked said 新增 5, and the file's other phone for a
    known teacher was neither taken nor mentioned."""
    with Office(county_db) as office:
        office.database.conn.execute("INSERT INTO projects (id, year, code, name) VALUES (7, 2026, '2026-07', '班主任培训班')")
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "身份证号", "单位", "联系电话"],
                                             ["李明", id_number(1), "安仁县第一中学", "13900000000"],
                                             ["张三", id_number(2), "安仁县第一中学", "13800000000"]])
    wizard = open_import_wizard(None, county_db, kind="roster", project_id=7, path=path)
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)
    assert wizard.counts_label.text().startswith(
        "新增 2（其中新建教师 1 人；已在信息库的教师以信息库为准，表中电话、职务等不更新），")
