"""The import's messages in the English build: file problems, per-row checks naming the field, the notes of an
update, the refusal to undo, the wizard's preview; and the same messages in Chinese without a translator."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from import_files import id_number, write_xlsx

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import Qt  # noqa: E402

from trainoffice import text  # noqa: E402
from trainoffice.errors import InUse, ValidationError  # noqa: E402
from trainoffice.imports import read_sheet  # noqa: E402
from trainoffice.imports.reader import UnreadableFile  # noqa: E402
from trainoffice.registry import School, Teacher  # noqa: E402
from ui.import_wizard import open_import_wizard  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _word_document(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/"
                                        "2006/main'><w:body/></w:document>")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_sheet(path)
    return str(caught.value)


def test_a_file_that_is_no_list_is_named_for_what_it_is_in_english(tmp_path, english, monkeypatch):
    owner = tmp_path / "~$名单.xlsx"
    owner.write_bytes(b"\x06wangli" + b" " * 48)
    assert _refusal(owner) == ("~$名单.xlsx is the temporary file Excel/WPS keeps beside 名单.xlsx while it is open "
                               "(it goes away when the workbook is closed), not the list itself: choose 名单.xlsx.")
    word = _word_document(tmp_path / "名单.xlsx")
    assert _refusal(word).startswith("名单.xlsx is a Word document, not a spreadsheet, and cannot be imported:")
    with pytest.raises(UnreadableFile) as caught:
        read_sheet(write_xlsx(tmp_path / "报送.xlsx", [["姓名"]], sheet="教师"), "学员")
    assert str(caught.value) == "报送.xlsx has no sheet named “学员” (it has: 教师)."
    monkeypatch.setattr(text, "_translator", None)  # the CLI and the Chinese build
    assert _refusal(word).startswith("名单.xlsx 是 Word 文档，不是表格，无法导入：")


@pytest.fixture
def county(office):
    first = office.registry.save_school(School(name="安仁县第一中学", township="永乐江镇"))
    office.registry.save_school(School(name="安仁县城关小学", township="永乐江镇"))
    office.registry.save_teacher(Teacher(name="王芳", id_number=id_number(9, male=False), gender="女",
                                         school_id=first, phone="13800138008"))
    return office


def school_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "一中报送.xlsx", [
        ["序号", "姓名", "身份证号", "工作单位", "在编"],
        [1, "张三", id_number(2), "安仁县育才学校", "是"],                      # a school not in the list
        [2, "李四", 431028198506120000, "安仁县第一中学", "是"],                # the ID typed as a number
        [3, "赵六", id_number(3), "安仁县第一中学", "也许"],                     # neither 是 nor 否
        [4, "王芳", id_number(9, male=False), "安仁县城关小学", "否"],           # moved: an update
        [5, "孙七", id_number(2), "安仁县第一中学", "是"],                       # row 2's ID again
        ["合计", "5人", None, None, None],
        [6, "周八", id_number(4), "安仁县第一中学", "是"],                       # hidden: left out on purpose
        ["序号", "姓名", "身份证号", "工作单位", "在编"],
    ], hidden_rows=(8,))


def test_row_problems_and_notes_read_in_english_with_the_field_named(county, tmp_path, english, monkeypatch):
    plan = county.imports.prepare(school_file(tmp_path), kind="teachers")
    problems = {r.row: [(p.column, p.message) for p in r.problems] for r in plan.rows}
    assert problems[2] == [("D 工作单位", "School “安仁县育才学校” is not in the list of schools: check the name, add the "
                            "school under Schools first, or choose “Create the schools named in the file” when "
                            "importing (on the command line: --create-schools)")]
    assert problems[3][0][1].startswith("The ID number was stored as a number (Excel keeps only 15 significant digits")
    assert problems[4] == [("E 在编", "“也许” should be 是 or 否 (yes or no)")]
    assert problems[6] == [("C 身份证号", "Same ID number as row 2; this row is not imported: delete the duplicate row "
                            "or check the number")]
    moved = next(r for r in plan.rows if r.row == 5)
    assert plan.note(moved, masked=True) == ("School: 安仁县第一中学 → 安仁县城关小学 (recorded as a transfer); "
                                             "On the establishment: yes → no")
    # a footer is named by its own word, as the file has it
    assert plan.layout.skipped == [(7, "合计"), (8, "hidden row"), (9, "repeated header")]
    monkeypatch.setattr(text, "_translator", None)
    chinese = county.imports.prepare(school_file(tmp_path), kind="teachers")
    assert chinese.rows[2].problems[0].message == "“也许”应填 是 或 否"
    assert chinese.note(chinese.rows[3], masked=True) == "工作单位：安仁县第一中学 → 安仁县城关小学（将记为调动）；在编：是 → 否"
    assert chinese.layout.skipped == [(7, "合计"), (8, "隐藏行"), (9, "重复的表头")]


def test_a_conflict_shows_the_fields_and_their_words_in_english(county, tmp_path, english):
    path = write_xlsx(tmp_path / "冲突.xlsx", [["姓名", "身份证号", "性别", "工作单位"],
                                             ["王小芳", id_number(9, male=False), "男", "安仁县第一中学"]])
    plan = county.imports.prepare(path, kind="teachers")
    [row] = plan.conflicts
    assert ("Gender", "Female", "Male") in row.conflict.fields
    assert row.problems[-1].message == ("The registry has this ID number under the name “王芳”, the file has “王小芳”; "
                                        "the registry's record is kept: check whether the person or the number is wrong")


def test_an_undo_is_refused_in_english_saying_what_was_built_on_the_batch(county, tmp_path, english, monkeypatch):
    path = write_xlsx(tmp_path / "新教师.xlsx", [["姓名", "身份证号", "工作单位"],
                                              ["张三", id_number(2), "安仁县第一中学"]])
    batch_id = county.imports.apply(county.imports.prepare(path, kind="teachers")).batch_id
    zhang = county.registry.teacher_id_by_number(id_number(2))
    county.database.conn.execute("INSERT INTO ledger (teacher_id, year, date, category, hours, credits) "
                                 "VALUES (?, 2024, '2024-05-01', '校本研修', 3, 3)", (zhang,))
    with pytest.raises(InUse) as refused:
        county.imports.undo(batch_id)
    assert str(refused.value) == ("This import's teacher “张三” is already in use (ledger entry: 1 or more); undoing "
                                  "the import would leave those without their basis, so it cannot be undone. Correct any mistakes of the import "
                                  "one by one on their pages.")
    county.database.conn.execute("DELETE FROM ledger")
    county.imports.undo(batch_id)
    with pytest.raises(ValidationError, match=rf"^Import #{batch_id} \(新教师.xlsx\) was already undone on "):
        county.imports.undo(batch_id)
    monkeypatch.setattr(text, "_translator", None)
    with pytest.raises(ValidationError, match=rf"^导入 #{batch_id}（新教师.xlsx）已于 .* 撤销过$"):
        county.imports.undo(batch_id)


def test_the_wizard_shows_the_cores_words_in_english(qtbot, county, tmp_path, english):
    db = county.path
    county.close()
    wizard = open_import_wizard(None, db, kind="teachers", path=school_file(tmp_path))
    qtbot.addWidget(wizard)
    qtbot.waitUntil(lambda: wizard.step == 1, timeout=5000)
    assert wizard.header_note.text().startswith("Header on row 1, 5 data rows.")
    assert wizard.header_note.text().endswith("row 7 (合计), row 8 (hidden row), row 9 (repeated header)")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step == 3, timeout=5000)
    wizard.set_filter("rejected")
    reasons = [wizard.proxy.data(wizard.proxy.index(r, 6)) for r in range(wizard.proxy.rowCount())]
    assert reasons[0].startswith("D 工作单位") and "School “安仁县育才学校” is not in the list of schools" in reasons[0]
    wizard.set_filter("")
    wizard.select_row(5)
    assert "School: 安仁县第一中学 → 安仁县城关小学 (recorded as a transfer)" in wizard.proxy.data(
        wizard.proxy.index(3, 6))
    wizard.grab().save(str(tmp_path.parent / "english-imports-preview.png"))
