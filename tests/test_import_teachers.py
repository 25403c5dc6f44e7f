"""Importing teachers from the sheets schools really send: rows, messages, counts, batches, undo."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap

import openpyxl
import pytest
from import_files import id_number, write_csv, write_xls, write_xlsx

from trainoffice.cli import main
from trainoffice.errors import Cancelled, DiskFull, InUse, ValidationError
from trainoffice.imports import detect_layout, read_sheet
from trainoffice.office import Office
from trainoffice.registry import School, Teacher

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
CONFLICT_ID = id_number(101)
UPDATED_ID = id_number(100, male=False)
BAD_CHECK = id_number(3)[:-1] + ("1" if id_number(3)[-1] != "1" else "2")
IMPOSSIBLE = "43102819850230012" + "0"
NUMBER_MESSAGE = "身份证号被存成了数字"

HEADER_UPPER = ["序号", "姓名", "基本信息", None, None, "工作单位", "任教情况", None, "手机", "联系电话"]
HEADER_LOWER = [None, None, "性别", "身份证号码", "出生日期", None, "学段", "任教学科", None, None]
DATA = [  # Excel rows 6..: the cases a school secretary produces
    [1, "张\u3000三", "女", "11010519491231002x", "1949.12.31", "安仁县第一中学", "高中", "数学", "作废", "138 0013 8000"],
    [2, "\u00a0李四\u200b", "M", id_number(2).translate(FULLWIDTH), "1985年6月12日", "安仁县第一中学", "初中", "语文",
     "作废", "13800138001"],
    [3, "王五", "1", int(id_number(7)), None, "安仁县第一中学", "初中", "语文", "作废", "13800138002"],
    [4, "赵六", "男", "4.31028198506121E+17", None, "安仁县第一中学", "初中", "语文", "作废", "13800138003"],
    [None] * 10,  # Excel row 10: blank
    [5, "孙七", "男", id_number(2), None, "安仁县第一中学", "初中", "数学", "作废", "13800138004"],
    [6, "周八", "男", "431028850612013", 31210, "安仁县第一中学", "初中", "物理", "作废", "13800138005"],
    [7, "吴九", "男", BAD_CHECK, None, "安仁县第一中学", "初中", "化学", "作废", "13800138006"],
    [8, "郑十", "女", IMPOSSIBLE, None, "安仁县第一中学", "初中", "生物", "作废", "13800138007"],
    [9, "王芳", "女", UPDATED_ID, None, "安仁县第一中学", "高中", "英语", "作废", "13800138008"],
    [10, "李鸣", "男", CONFLICT_ID, None, "安仁县城关小学", "小学", "数学", "作废", "13800138009"],
    [11, "陈一", "女", id_number(4), None, "安仁县第一中学", "初中", "历史", "作废", "13800138010"],
    [12, "褚二", "男", id_number(5), None, "安仁县新星学校", "初中", "地理", "作废", "13800138011"],
]
ROWS = [
    ["安仁县2024年教师基本信息采集表"] + [None] * 9,
    ["填报单位：安仁县第一中学（盖章）", None, None, None, None, None, None, "填报日期：2024年3月1日", None, None],
    [None] * 10,
    HEADER_UPPER,
    HEADER_LOWER,
    *DATA,
    ["合计", "12人"] + [None] * 8,
    ["填表人：刘老师", None, None, "审核人：陈校长"] + [None] * 6,
]
XLSX_MERGES = ("A1:J1", "C4:E4", "G4:H4", "A4:A5", "B4:B5", "F4:F5", "I4:I5", "J4:J5")


@pytest.fixture
def county(office):
    """Two schools and two teachers already in the registry."""
    first = office.registry.save_school(School(name="安仁县第一中学", township="永乐江镇"))
    office.registry.save_school(School(name="安仁县城关小学", township="永乐江镇"))
    office.registry.save_teacher(Teacher(name="王芳", id_number=UPDATED_ID, school_id=first, stage="高中",
                                         subject="语文", phone="13800138008"))
    office.registry.save_teacher(Teacher(name="李明", id_number=CONFLICT_ID, school_id=first, stage="初中",
                                         subject="数学", phone="13800138009"))
    return office


@pytest.fixture
def county_db(county):
    """The county as a closed file, for the command line (which takes the writer lock itself)."""
    county.close()
    return county.path


def messy_xlsx(tmp_path):
    return write_xlsx(tmp_path / "第一中学教师信息.xlsx", ROWS, merges=XLSX_MERGES, hidden=("I",))


def run_cli(capsys, *args) -> tuple[int, dict | str]:
    code = main(list(args))
    out = capsys.readouterr()
    try:
        return code, json.loads(out.out)
    except json.JSONDecodeError:
        return code, out.out + out.err


def by_row(problems):
    found = {}
    for p in problems:
        found.setdefault(p["row"], []).append(p)
    return found


def test_layout_finds_the_two_row_header_under_title_lines_and_sets_footer_lines_aside(tmp_path):
    layout = detect_layout(read_sheet(messy_xlsx(tmp_path)))
    assert layout.header_rows == (4, 5)
    assert [c.title for c in layout.columns] == [
        "A 序号", "B 姓名", "C 性别", "D 身份证号码", "E 出生日期", "F 工作单位", "G 学段", "H 任教学科", "J 联系电话"]
    assert [n for n, _ in layout.data] == [6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18]
    assert layout.skipped == [(19, "合计"), (20, "填表人")]


def test_dry_run_reports_every_case_with_excel_rows_and_writes_nothing(county_db, tmp_path, capsys):
    path = messy_xlsx(tmp_path)
    code, result = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run", "--json")
    assert code == 0
    assert {k: result[k] for k in ("kind", "created", "updated", "unchanged", "rejected")} == {
        "kind": "teachers", "created": 4, "updated": 1, "unchanged": 1, "rejected": 6}
    assert result["file"] == str(path)
    errors = by_row(result["errors"])
    assert sorted(errors) == [8, 9, 11, 13, 14, 18]
    assert NUMBER_MESSAGE in errors[8][0]["message"] and "文本" in errors[8][0]["message"]
    assert errors[8][0]["column"] == "D 身份证号码"
    assert NUMBER_MESSAGE in errors[9][0]["message"]
    assert "与第 7 行的身份证号重复" in errors[11][0]["message"]
    assert "校验位错误" in errors[13][0]["message"]
    assert "1985-02-30 不存在" in errors[14][0]["message"]
    assert "安仁县新星学校" in errors[18][0]["message"] and "--create-schools" in errors[18][0]["message"]
    assert errors[18][0]["column"] == "F 工作单位"
    warnings = by_row(result["warnings"])
    assert sorted(warnings) == [12, 16, 17]
    assert "15位" in warnings[12][0]["message"] and warnings[12][0]["column"] == "D 身份证号码"
    assert "“李明”" in warnings[16][0]["message"] and "“李鸣”" in warnings[16][0]["message"]
    assert "已保留库中信息" in warnings[16][0]["message"]
    assert "身份证号显示为男" in warnings[17][0]["message"] and warnings[17][0]["column"] == "C 性别"
    with Office(county_db) as county:
        assert county.registry.counts()["teachers_all"] == 2
        assert county.imports.history() == []


def test_import_writes_one_batch_with_normalised_values(county_db, tmp_path, capsys):
    code, result = run_cli(capsys, "import", "teachers", str(messy_xlsx(tmp_path)), "--db", str(county_db),
                           "--json")
    assert code == 0 and result["created"] == 4
    county = Office(county_db)
    conn = county.database.conn
    people = {r[0]: r[1:] for r in conn.execute(
        "SELECT t.name, t.id_number, t.gender, t.birth_date, t.phone, s.name, t.subject"
        " FROM teachers t JOIN schools s ON s.id = t.school_id")}
    assert people["张三"][:5] == ("11010519491231002X", "女", "1949-12-31", "13800138000", "安仁县第一中学")
    assert people["李四"][0] == id_number(2)  # full-width digits, no-break and zero-width spaces gone
    assert people["周八"][:3] == ("431028198506120135", "男", "1985-06-12")
    assert people["陈一"][1] == "男"  # the ID's gender kept
    assert people["王芳"][5] == "英语"  # updated
    assert "李鸣" not in people and people["李明"][5] == "数学"  # conflict: kept
    [batch] = county.imports.history()
    assert (batch.kind, batch.file_name, batch.undone_at) == ("teachers", "第一中学教师信息.xlsx", None)
    assert batch.counts == {"created": 4, "updated": 1, "unchanged": 1, "rejected": 6, "warnings": 3}
    assert batch.imported_by
    county.close()


def test_unknown_school_is_created_only_when_confirmed(county_db, tmp_path, capsys):
    code, result = run_cli(capsys, "import", "teachers", str(messy_xlsx(tmp_path)), "--db", str(county_db),
                           "--json", "--create-schools")
    assert (result["created"], result["rejected"]) == (5, 5)
    assert any(p["row"] == 18 and "将新建学校“安仁县新星学校”" in p["message"] for p in result["warnings"])
    with Office(county_db) as county:
        [school] = [s for s in county.registry.schools() if s.name == "安仁县新星学校"]
        assert school.teacher_count == 1


def test_xls_and_gbk_csv_give_the_same_result(county_db, tmp_path, capsys):
    xls = write_xls(tmp_path / "教师.xls", ROWS, hidden=(8,), merges=(
        (0, 0, 0, 9), (3, 3, 2, 4), (3, 3, 6, 7), (3, 4, 0, 0), (3, 4, 1, 1), (3, 4, 5, 5), (3, 4, 8, 8), (3, 4, 9, 9)))
    _, from_xls = run_cli(capsys, "import", "teachers", str(xls), "--db", str(county_db), "--dry-run", "--json")
    _, from_xlsx = run_cli(capsys, "import", "teachers", str(messy_xlsx(tmp_path)), "--db", str(county_db),
                           "--dry-run", "--json")
    assert {k: v for k, v in from_xls.items() if k != "file"} == {k: v for k, v in from_xlsx.items() if k != "file"}
    # CSV has no merges or hidden columns: one header row, as a CSV export gives it.
    header = ["序号", "姓名", "性别", "身份证号码", "出生日期", "工作单位", "学段", "任教学科", "联系电话"]
    rows = [ROWS[0][:1], ROWS[1][:1], header] + [r[:8] + r[9:] for r in DATA] + [["合计"]]
    rows[3 + 2][3] = "4.31028198506120E+17"  # what Excel writes to CSV for a number-typed ID
    rows[3 + 1][1] = " 李四 "  # GBK has no no-break or zero-width space; plain spaces then
    csv_path = write_csv(tmp_path / "教师.csv", rows, encoding="gbk")
    code, from_csv = run_cli(capsys, "import", "teachers", str(csv_path), "--db", str(county_db), "--dry-run",
                             "--json")
    assert code == 0
    assert {k: from_csv[k] for k in ("created", "updated", "unchanged", "rejected")} == {
        "created": 4, "updated": 1, "unchanged": 1, "rejected": 6}
    assert NUMBER_MESSAGE in by_row(from_csv["errors"])[6][0]["message"]  # rows shift: one header row


def test_a_hidden_row_is_left_out_and_said_as_the_hidden_column_is(county_db, tmp_path, capsys):
    """Review g-2: a row the clerk hid (someone who left; a filter hides rows the same way) became a teacher."""
    path = write_xlsx(tmp_path / "教师.xlsx", ROWS, merges=XLSX_MERGES, hidden=("I",), hidden_rows=(12,))
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db))
    assert code == 0 and "新增 3，" in text
    assert "  不导入：第 12 行（隐藏行），第 19 行（合计），第 20 行（填表人）\n" in text
    with Office(county_db) as county:
        names = {name for (name,) in county.database.conn.execute("SELECT name FROM teachers")}
        assert names == {"王芳", "李明", "张三", "李四", "陈一"}  # 周八, on row 12, left out
    code, result = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run", "--json")
    assert result["skipped"] == [{"row": 12, "reason": "隐藏行"}, {"row": 19, "reason": "合计"},
                                 {"row": 20, "reason": "填表人"}]


def test_the_table_is_found_behind_a_sheet_of_instructions_and_an_empty_sheet_names_the_others(
        county_db, tmp_path, capsys):
    """Review g-7: the first sheet (填表说明) was read, "表中只有表头，没有数据行", and the other sheet not named."""
    path = write_xlsx(tmp_path / "教师.xlsx", ROWS, merges=XLSX_MERGES, hidden=("I",), sheet="教师名单",
                      sheets_before=("填表说明",))
    code, result = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run", "--json")
    assert code == 0 and result["created"] == 4
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--sheet", "填表说明")
    assert code == 1 and "表中只有表头，没有数据行" in text
    assert "本文件还有工作表：教师名单（命令行用 --sheet 教师名单）" in text


def test_unreadable_file_exits_non_zero_and_changes_nothing(county_db, tmp_path, capsys):
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    code, text = run_cli(capsys, "import", "teachers", str(bad), "--db", str(county_db), "--json")
    assert code == 1 and "名单.xlsx" in text and "已损坏" in text
    with Office(county_db) as county:
        assert county.imports.history() == []


def test_name_conflict_update_choice_and_remembered_mapping(county, tmp_path):
    path = messy_xlsx(tmp_path)
    data = read_sheet(path)
    layout = detect_layout(data)
    mapping = county.imports.guess_mapping(layout)
    assert mapping == {2: "name", 3: "gender", 4: "id_number", 5: "birth_date", 6: "school_id", 7: "stage",
                       8: "subject", 10: "phone"}
    mapping.pop(8)  # the user decides 任教学科 is not to be imported
    plan = county.imports.check(data, layout, mapping, kind="teachers", file=str(path))
    [conflict] = plan.conflicts
    assert conflict.row == 16 and conflict.conflict.registry_name == "李明"
    assert ("工作单位", "安仁县第一中学", "安仁县城关小学") in conflict.conflict.fields
    plan.decide(16, "update")
    assert conflict.action == "update" and "将按表中信息更新" in conflict.problems[0].message
    county.imports.apply(plan)
    teacher = county.registry.teacher(county.registry.teacher_id_by_number(CONFLICT_ID))
    assert teacher.name == "李鸣"
    assert [p.school_name for p in county.registry.postings(teacher.id)] == ["安仁县第一中学", "安仁县城关小学"]
    again = detect_layout(read_sheet(path))
    assert county.imports.guess_mapping(again) == mapping  # remembered for files with the same headers


def test_undo_takes_the_whole_batch_back(county, tmp_path, capsys):
    before = county.registry.teacher(county.registry.teacher_id_by_number(UPDATED_ID))
    db = county.path
    county.close()
    run_cli(capsys, "import", "teachers", str(messy_xlsx(tmp_path)), "--db", str(db), "--create-schools")
    code, text = run_cli(capsys, "import", "history", "--db", str(db))
    assert "#1 " in text and "新增 5" in text
    code, text = run_cli(capsys, "import", "undo", "1", "--db", str(db))
    assert code == 0 and "#1" in text
    with Office(db) as county:
        assert county.registry.counts()["teachers_all"] == 2
        assert county.registry.school_by_name("安仁县新星学校") is None
        assert county.registry.teacher(before.id) == before
        assert county.imports.history()[0].undone_at
    code, text = run_cli(capsys, "import", "undo", "1", "--db", str(db))
    assert code == 1 and "撤销过" in text
    code, text = run_cli(capsys, "import", "history", "--db", str(db))
    assert "第一中学教师信息.xlsx" in text and "已撤销" in text


def test_undo_is_refused_once_something_is_built_on_the_batch(county, tmp_path):
    plan = county.imports.prepare(messy_xlsx(tmp_path), kind="teachers")
    batch_id = county.imports.apply(plan).batch_id
    conn = county.database.conn
    zhang = county.registry.teacher_id_by_number("11010519491231002X")
    conn.execute("INSERT INTO projects (id, year, code, name) VALUES (1, 2024, 'X1', '新教师培训')")
    conn.execute("INSERT INTO ledger (teacher_id, year, date, category, hours, credits) "
                 "VALUES (?, 2024, '2024-05-01', '校本研修', 3, 3)", (zhang,))
    with pytest.raises(InUse, match="“张三”已有学时记录"):
        county.imports.undo(batch_id)
    conn.execute("DELETE FROM ledger")
    county.registry.save_teacher(_with(county.registry.teacher(zhang), subject="物理"))
    with pytest.raises(InUse, match="又被修改过"):
        county.imports.undo(batch_id)
    assert county.registry.counts()["teachers_all"] == 6


def _with(teacher: Teacher, **changes) -> Teacher:
    for key, value in changes.items():
        setattr(teacher, key, value)
    return teacher


def test_a_later_batch_must_be_undone_first(county, tmp_path):
    first = county.imports.apply(county.imports.prepare(messy_xlsx(tmp_path), kind="teachers")).batch_id
    rows = [["姓名", "身份证号", "工作单位", "任教学科"], ["张三", "11010519491231002X", "安仁县第一中学", "物理"]]
    second = county.imports.apply(county.imports.prepare(write_xlsx(tmp_path / "补充.xlsx", rows),
                                                         kind="teachers")).batch_id
    with pytest.raises(InUse, match=f"请先撤销 #{second}"):
        county.imports.undo(first)
    county.imports.undo(second)
    county.imports.undo(first)
    assert county.registry.counts()["teachers_all"] == 2


def test_undo_is_refused_once_a_school_merge_moved_a_teacher_the_batch_updated(county, tmp_path):
    """Review G-1: the undo reopened the old posting beside the merge's, leaving the teacher 至今 at two schools."""
    reg = county.registry
    first, town = reg.school_by_name("安仁县第一中学").id, reg.school_by_name("安仁县城关小学").id
    fang = reg.teacher_id_by_number(UPDATED_ID)
    path = write_xlsx(tmp_path / "调动.xlsx", [["姓名", "身份证号", "工作单位", "联系电话"],
                                             ["王芳", UPDATED_ID, "安仁县城关小学", "13912345678"]])
    batch_id = county.imports.apply(county.imports.prepare(path, kind="teachers")).batch_id  # recorded as a 调动
    reg.merge_schools(keep_id=first, merge_id=town)
    with pytest.raises(InUse, match="“王芳”在导入之后又随学校合并调动过（安仁县城关小学并入安仁县第一中学）"):
        county.imports.undo(batch_id)
    assert [(p.school_id, p.to_date) for p in reg.postings(fang)][-1] == (first, None)
    assert reg.teacher(fang).phone == "13912345678"


def test_a_full_disk_is_said_plainly_and_nothing_is_written(county, tmp_path, caplog):
    """Review G-4: SQLITE_FULL came out as “出现意外错误（OperationalError）”."""
    rows = [["姓名", "身份证号", "工作单位", "任教学科"]]
    rows += [[f"教师{n}", id_number(n, born=f"19{70 + n % 20}0612"), "安仁县第一中学", "数学"] for n in range(200)]
    plan = county.imports.prepare(write_xlsx(tmp_path / "全校.xlsx", rows), kind="teachers")
    conn = county.database.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the file cannot grow by one page
    with pytest.raises(DiskFull, match="^磁盘空间不足（数据库在 .*），这次操作未写入任何数据：请清理磁盘"):
        county.imports.apply(plan)
    assert "database or disk is full" in caplog.text  # the system's words only in the log
    assert county.registry.counts()["teachers_all"] == 2
    assert county.imports.history() == []
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed: the same import goes through
    assert county.imports.apply(plan).counts["created"] == 200


def test_an_error_inside_the_write_leaves_the_database_as_before(county, tmp_path):
    plan = county.imports.prepare(messy_xlsx(tmp_path), kind="teachers", create_schools=True)
    calls = []

    def cancel_half_way() -> bool:
        calls.append(1)
        return len(calls) > 3  # after schools and teachers are written, before the batch is complete

    with pytest.raises(Cancelled):
        county.imports.apply(plan, cancel=cancel_half_way)
    assert county.registry.counts()["teachers_all"] == 2
    assert county.registry.school_by_name("安仁县新星学校") is None
    assert county.imports.history() == []


def test_killing_the_process_mid_import_leaves_the_database_as_before(county, tmp_path):
    path = messy_xlsx(tmp_path)
    db = county.path
    county.close()
    script = textwrap.dedent(f"""
        import os, signal
        from trainoffice.office import Office
        office = Office({str(db)!r})
        plan = office.imports.prepare({str(path)!r}, kind="teachers", create_schools=True)
        def progress(fraction, message):
            if fraction >= 0.5:  # teachers and schools are written, the transaction is open
                os.kill(os.getpid(), signal.SIGKILL)
        office.imports.apply(plan, progress=progress)
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ)
    assert done.returncode == -signal.SIGKILL, done.stderr
    with Office(db) as reopened:
        assert reopened.registry.counts()["teachers_all"] == 2
        assert reopened.registry.school_by_name("安仁县新星学校") is None
        assert reopened.imports.history() == []


def test_error_report_lists_rejected_and_warned_rows_for_the_school(county, tmp_path):
    plan = county.imports.prepare(messy_xlsx(tmp_path), kind="teachers")
    out = county.imports.export_report(plan, tmp_path / "问题清单.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert ws.title == "导入问题清单"
    assert "第一中学教师信息.xlsx" in ws["A1"].value
    header = [c.value for c in ws[3]]
    assert header == ["行号", "处理结果", "姓名", "身份证号", "工作单位", "问题所在列", "问题及修改方法"]
    lines = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [line[0] for line in lines] == [8, 9, 11, 12, 13, 14, 16, 17, 18]
    row8 = lines[0]
    assert row8[1] == "未导入" and row8[2] == "王五" and row8[5] == "D 身份证号码" and NUMBER_MESSAGE in row8[6]
    assert lines[3][1] == "已导入（请核对）" and "15位" in lines[3][6]


def test_phone_typos_are_refused_and_work_start_typos_left_out(county, tmp_path):
    """The import checks rows with Registry.check_teacher, as the editor does (review A-M5). Review j-4: 参加工作时间
    is optional, so one after today or before the birth date is left out with a 提醒 instead of refusing the
    teacher, as one that cannot be read is; an update keeps the registry's."""
    wang = county.registry.teacher(county.registry.teacher_id_by_number(UPDATED_ID))
    wang.work_start_date = "2008-09-01"
    county.registry.save_teacher(wang)
    header = ["姓名", "身份证号", "工作单位", "联系电话", "参加工作时间"]
    rows = [header,
            ["甲一", id_number(1), "安仁县第一中学", "1391234567", "2010-09-01"],
            ["甲二", id_number(2), "安仁县第一中学", "23912345678", "2010-09-01"],
            ["甲三", id_number(3), "安仁县第一中学", "13912345678", "2999-09-01"],
            ["甲四", id_number(4), "安仁县第一中学", "13912345678", "1980-09-01"],
            ["甲五", id_number(5), "安仁县第一中学", "0735-5221234", "2007-09-01"],
            ["王芳", UPDATED_ID, "安仁县第一中学", "13800138008", "2099.09"]]
    path = write_csv(tmp_path / "教师.csv", rows)
    plan = county.imports.prepare(path, kind="teachers")  # read, find the header, map, check
    messages = {r.row: (r.state, [p.message for p in r.problems]) for r in plan.rows}
    assert messages == {
        2: ("rejected", ["手机号应为 11 位（现为 10 位）：请核对"]),
        3: ("rejected", ["不是手机号（1 开头的 11 位）或固定电话（区号-号码，如 0735-5221234）：请核对"]),
        4: ("warning", ["参加工作时间 2999-09-01 晚于今天：请核对，此项未导入"]),
        5: ("warning", ["参加工作时间 1980-09-01 早于出生日期 1985-06-12：请核对，此项未导入"]),
        6: ("ok", []),
        7: ("warning", ["参加工作时间 2099-09-01 晚于今天：请核对，此项未导入"])}
    assert [(r.action, r.teacher.work_start_date) for r in plan.rows[2:]] == [
        ("create", ""), ("create", ""), ("create", "2007-09-01"), ("unchanged", "2008-09-01")]
    county.imports.apply(plan)
    assert county.registry.teacher(county.registry.teacher_id_by_number(id_number(3))).work_start_date == ""
    assert county.registry.teacher(wang.id).work_start_date == "2008-09-01"


def test_work_start_as_year_and_month_is_imported_and_an_unreadable_one_only_left_out(county, tmp_path):
    """参加工作时间 2015.09 is the 1st of the month; one that cannot be read is a 提醒, not a lost teacher."""
    header = ["姓名", "身份证号", "工作单位", "联系电话", "参加工作时间"]
    rows = [header,
            ["乙一", id_number(1), "安仁县第一中学", "13912345678", "2015.09"],
            ["乙二", id_number(2), "安仁县第一中学", "13912345678", "2015年9月"],
            ["乙三", id_number(3), "安仁县第一中学", "13912345678", "2015-9"],
            ["乙四", id_number(4), "安仁县第一中学", "13912345678", "2015/09"],
            ["乙五", id_number(5), "安仁县第一中学", "13912345678", "九月份"]]
    path = write_csv(tmp_path / "教师.csv", rows)
    plan = county.imports.prepare(path, kind="teachers")  # read, find the header, map, check
    assert {r.row: r.state for r in plan.rows} == {2: "ok", 3: "ok", 4: "ok", 5: "ok", 6: "warning"}
    assert [p.message for p in plan.rows[4].problems] == ["无法识别的日期：九月份（请写成 2018-05-03 或 2018.05），此项未导入"]
    assert [r.teacher.work_start_date for r in plan.rows] == ["2015-09-01"] * 4 + [""]


def test_work_start_typed_as_a_number_is_read_as_year_and_month(county, tmp_path):
    """Review g-3: 2000.09 in a General cell is the number 2000.09; it was read as the date serial 2000
    (1905-06-22), and the row refused as 早于出生日期. A date cell and a real serial stay dates."""
    header = ["姓名", "身份证号", "工作单位", "参加工作时间"]
    typed = [2000.09, 2015.9, 1998.12, 2003.1, 2010, 2010.13, dt.date(2001, 9, 1), 37135, 200009, "200009"]
    rows = [header] + [[f"丁{i}", id_number(i, born="19750202"), "安仁县第一中学", value]
                       for i, value in enumerate(typed, start=1)]
    plan = county.imports.prepare(write_xlsx(tmp_path / "教师.xlsx", rows), kind="teachers")
    assert [r.state for r in plan.rows] == ["ok"] * 3 + ["warning"] * 3 + ["ok"] * 4  # nobody refused
    assert [r.teacher.work_start_date for r in plan.rows] == [
        "2000-09-01", "2015-09-01", "1998-12-01", "", "", "", "2001-09-01", "2001-09-01",
        "2000-09-01", "2000-09-01"]  # review j-4: 200009 (yyyymm) was the serial 2447-08-08 and refused
    assert [p.message for r in plan.rows[3:6] for p in r.problems] == [
        "2003.1 是 2003 年 1 月还是 10 月无法确定（Excel 把 2003.10 存成了 2003.1），"
        "请把该列设为文本后填写 2003.01 或 2003.10，此项未导入",
        "2010 只有年份，没有月份（请把该列设为文本后按 2010.09 填写），此项未导入",
        "无法识别的日期：2010.13（请把该列设为文本后按 2010.09 填写），此项未导入"]


def test_a_leading_apostrophe_before_an_id_or_phone_number_is_dropped(county, tmp_path):
    """Review g-6: '431028… (kept by CSV exports and Text cells) gave "应为18位，现为19位"; review j-7: so did
    the quote a Chinese IME types (‘ ’), the ` beside 1, the full-width ＇ and a doubled ''."""
    rows = [["姓名", "身份证号", "工作单位", "联系电话"],
            ["戊一", "'" + id_number(1), "安仁县第一中学", "'13912345678"],
            ["王芳", "'" + UPDATED_ID, "安仁县第一中学", "'13800138008"],  # in the registry, as the file has her
            ["戊二", "‘" + id_number(2), "安仁县第一中学", "’13912345679"],
            ["戊三", "’" + id_number(3), "安仁县第一中学", "`13912345670"],
            ["戊四", "`" + id_number(4), "安仁县第一中学", "＇13912345671"],
            ["戊五", "＇" + id_number(5), "安仁县第一中学", "''13912345672"],
            ["戊六", "''" + id_number(6), "安仁县第一中学", " ‘13912345673"]]
    plan = county.imports.prepare(write_csv(tmp_path / "教师.csv", rows), kind="teachers")
    assert [(r.state, r.action, r.cells["id_number"]) for r in plan.rows] == [
        ("ok", "create", id_number(1)), ("ok", "unchanged", UPDATED_ID)] + [
        ("ok", "create", id_number(n)) for n in range(2, 7)]
    assert [r.teacher.phone for r in plan.rows if r.action == "create"] == [f"1391234567{n}" for n in (8, 9, 0, 1, 2, 3)]


def test_a_phone_cell_with_two_numbers_or_an_extension_does_not_reject_the_row(county, tmp_path):
    header = ["姓名", "身份证号", "工作单位", "联系电话"]
    rows = [header,
            ["丙一", id_number(1), "安仁县第一中学", "13800138000/13900139000"],
            ["丙二", id_number(2), "安仁县第一中学", "0735-5221234转8001"]]
    path = write_csv(tmp_path / "教师.csv", rows)
    plan = county.imports.prepare(path, kind="teachers")  # read, find the header, map, check
    assert [(r.state, r.teacher.phone) for r in plan.rows] == [("warning", "13800138000"), ("ok", "0735-5221234-8001")]
    assert [p.message for p in plan.rows[0].problems] == ["只保留了第一个号码 13800138000，未保存：13900139000"]


@pytest.mark.parametrize(("rows", "message"), [
    ([], "工作表“Sheet1”是空的"),
    ([["姓名", "身份证号", "工作单位"]], "表中只有表头，没有数据行"),
    ([["序号", "姓名", "身份证号", "工作单位"], [1], [2]], "表中只有表头，没有数据行"),  # 序号 and nobody
])
def test_a_file_with_nobody_in_it_says_so_and_writes_no_batch(county_db, tmp_path, capsys, rows, message):
    """Review A-L1: it printed 新增 0 … and exited 0, and an empty batch joined 导入记录."""
    path = write_xlsx(tmp_path / "名单.xlsx", rows)
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db))
    assert code == 1 and message in text
    with Office(county_db) as county:
        assert county.imports.history() == []


def test_a_file_with_every_row_refused_says_so_and_writes_no_batch(county_db, tmp_path, capsys):
    """Review g-8: "已导入，批次 #1 … 未导入 2 行" and an empty batch in 导入记录. Review j-7: the dry run
    exited 0, where the import exits 1."""
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "身份证号", "工作单位"], ["甲", BAD_CHECK, "安仁县第一中学"],
                                             ["乙", int(id_number(7)), "安仁县第一中学"]])
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run")
    assert code == 1 and text.startswith("试导入（未写入）：名单.xlsx  新增 0，更新 0，未变 0，未导入 2 行")
    code, result = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run", "--json")
    assert code == 1 and result["rejected"] == 2
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db))
    assert code == 1
    assert text.startswith("没有可导入的行，未写入任何数据：名单.xlsx  新增 0，更新 0，未变 0，未导入 2 行")
    assert "  未导入 第3行 B 身份证号：" + NUMBER_MESSAGE in text  # and why, row by row
    code, result = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--json")
    assert code == 1 and result["rejected"] == 2
    with Office(county_db) as county:
        assert county.imports.history() == [] and county.registry.counts()["teachers_all"] == 2
        assert county.database.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone() == (0,)


def test_a_report_that_cannot_be_written_stops_the_import_before_anything_is_written(county_db, tmp_path, capsys):
    """Review A-M3: the batch was written, yet the command printed only the report's error and exited 1."""
    path = messy_xlsx(tmp_path)
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db),
                         "--report", str(tmp_path / "没有这个文件夹" / "问题清单.xlsx"))
    assert code == 1 and "不存在" in text and "没有导入任何数据" in text
    with Office(county_db) as county:
        assert county.imports.history() == [] and county.registry.counts()["teachers_all"] == 2
    report = tmp_path / "问题清单.xlsx"
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--report", str(report))
    assert code == 0 and "已导入，批次 #1" in text and f"问题清单：{report}" in text and report.exists()


def test_an_update_says_what_it_changes_a_move_to_another_school_included(county_db, tmp_path, capsys):
    """Review A-M6: an 更新 row had an empty reason, and its move to another school became an unseen 调动."""
    path = write_xlsx(tmp_path / "调动.xlsx", [["姓名", "身份证号", "工作单位", "联系电话"],
                                             ["王芳", UPDATED_ID, "安仁县城关小学", "13912345678"]])
    code, text = run_cli(capsys, "import", "teachers", str(path), "--db", str(county_db), "--dry-run")
    assert code == 0 and "更新 1" in text
    assert ("  说明 第2行：工作单位：安仁县第一中学 → 安仁县城关小学（将记为调动）；联系电话：138****8008 → 139****5678"
            in text)  # masked, as the office's setting says
    with Office(county_db) as county:
        plan = county.imports.prepare(path, kind="teachers")
        [row] = plan.rows
        assert row.changes == {"school_id": (1, 2), "phone": ("13800138008", "13912345678")}
        assert plan.note(row, masked=False).endswith("联系电话：13800138008 → 13912345678")


def test_a_merged_schools_name_in_a_file_means_the_school_it_was_merged_into(county, tmp_path):
    first = county.registry.school_by_name("安仁县第一中学").id
    star = county.registry.save_school(School(name="安仁县新星学校"))
    county.registry.merge_schools(keep_id=first, merge_id=star)  # it keeps its name, for the old records
    path = messy_xlsx(tmp_path)
    plan = county.imports.prepare(path, kind="teachers")  # read, find the header, map, check
    [row] = [r for r in plan.rows if r.row == 18]
    assert (row.new_school, row.teacher.school_id) == ("", first)  # not a new school clashing with the old name


def test_a_school_is_the_same_with_or_without_the_county_name_in_front(office, tmp_path):
    """测试县石门乡中心学校 in a file is the registry's 石门乡中心学校 (and 第一中学 its 测试县第一中学); a school the
    file writes both ways is created once; and no school differing only by the county's name can be added."""
    shimen = office.registry.save_school(School(name="石门乡中心学校"))
    first = office.registry.save_school(School(name="测试县第一中学"))
    rows = [["姓名", "性别", "身份证号", "工作单位"],
            ["张三", "男", id_number(11), "测试县石门乡中心学校"],
            ["李四", "男", id_number(12), "第一中学"],
            ["王五", "男", id_number(13), "测试县新星学校"],
            ["赵六", "男", id_number(14), "新星学校"]]
    plan = office.imports.prepare(write_xlsx(tmp_path / "教师.xlsx", rows), kind="teachers")
    assert plan.new_schools == ["测试县新星学校"]
    plan.set_create_schools(True)
    office.imports.apply(plan)
    reg = office.registry
    assert [reg.teacher(reg.teacher_id_by_number(id_number(n))).school_id for n in (11, 12)] == [shimen, first]
    assert reg.school_by_name("新星学校").name == "测试县新星学校"
    assert [s.teacher_count for s in reg.schools() if "新星" in s.name] == [2]
    assert reg.school_by_name("测试县石门乡中心学校").id == shimen
    with pytest.raises(ValidationError, match="已有学校“石门乡中心学校”：与“测试县石门乡中心学校”只差县名"):
        reg.save_school(School(name="测试县石门乡中心学校"))
    assert reg.check_school(School(name="第一中学")) == {
        "name": "已有学校“测试县第一中学”：与“第一中学”只差县名“测试县”，是同一所学校"}


def test_an_imported_retirement_ends_the_posting_on_the_import_day_and_undo_reopens_it(county, tmp_path):
    path = write_xlsx(tmp_path / "退休.xlsx", [["姓名", "身份证号", "工作单位", "联系电话", "状态"],
                                             ["王芳", UPDATED_ID, "安仁县第一中学", "13800138008", "退休"]])
    tid = county.registry.teacher_id_by_number(UPDATED_ID)
    plan = county.imports.prepare(path, kind="teachers")
    assert plan.note(plan.rows[0], masked=True) == (  # review o: the preview says which day the leave is dated
        f"状态：在职 → 退休（离开日期记为今天 {dt.date.today()}；如不是今天，请不要用导入改状态，在“教师”中逐人修改并填写离开日期）")
    result = county.imports.apply(plan, on=dt.date(2026, 7, 1))
    assert county.registry.teacher(tid).status == "退休"
    assert [p.to_date for p in county.registry.postings(tid)] == ["2026-07-01"]
    county.imports.undo(result.batch_id)
    assert county.registry.teacher(tid).status == "在职"
    assert [p.to_date for p in county.registry.postings(tid)] == [None]
