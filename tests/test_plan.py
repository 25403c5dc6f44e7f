"""The annual plan import against the Chenzhou 2018 table [CZ]."""

from __future__ import annotations

import chenzhou_plan
import openpyxl
import pytest

from trainoffice.errors import ValidationError
from trainoffice.plan import import_plan, parse_plan_rows


def openpyxl_rows(path) -> list[tuple[int, list]]:
    """An independent reader giving the spreadsheet reader's row shape."""
    ws = openpyxl.load_workbook(path).active
    return [(row[0].row, [c.value for c in row]) for row in ws.iter_rows()]


def test_chenzhou_table_is_read_whole():
    table = parse_plan_rows(chenzhou_plan.sheet_rows())
    assert (len(table.projects), table.stages, table.participants, table.declared_total) == (53, 54, 7205, 7205)
    assert table.codes == chenzhou_plan.CODES
    assert table.problems == []
    by_seq = {p.seq: p for p in table.projects}
    # Wrapped names and units come out whole; the code leaves the name.
    assert by_seq[44].name == "郴州市中小学信息技术骨干融合团队成员培训班" and by_seq[44].code == "D309"
    assert by_seq[44].host == "湘南学院、深圳龙岗教师进修学校" and by_seq[40].proposing_unit == "安稳办"
    # The continuation row is project 44's second stage.
    assert [(s.name, s.days_offsite, s.days_local, s.places) for s in by_seq[44].stages] == [
        ("郴州市中小学信息技术骨干融合团队成员培训班", 6, 5, 70), ("市融合研究团队现场展示培训", 0, 4, 70)]
    # Fractional days, only-合计 days placed by the form, 合计 blank, and online 学时.
    assert (by_seq[31].stages[0].days_offsite, by_seq[38].stages[0].days_local) == (6.5, 2.5)
    assert (by_seq[52].stages[0].days_offsite, by_seq[50].stages[0].days_local) == (10, 15)
    assert (by_seq[21].stages[0].days_local, by_seq[47].stages[0].days_offsite) == (4, 10)
    assert by_seq[4].stages[0].hours == 178 and by_seq[4].stages[0].days == 0


def test_the_xlsx_fixture_reads_the_same(tmp_path):
    path = chenzhou_plan.write_xlsx(tmp_path / "2018年全市教师培训计划.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert {str(r) for r in ws.merged_cells.ranges} >= {"A1:K1", "G2:I2", "D2:D3", "J2:J3"}
    assert ws["D47"].alignment.wrap_text and "\n" in ws["D47"].value
    from_file = parse_plan_rows(openpyxl_rows(path))
    from_rows = parse_plan_rows(chenzhou_plan.sheet_rows())
    assert from_file == from_rows


def test_import_creates_projects_and_stages(office):
    table = parse_plan_rows(chenzhou_plan.sheet_rows())
    dry = import_plan(office, table, year=2018, dry_run=True)
    assert dry.as_dict() == {"projects": 53, "stages": 54, "participants": 7205, "declared_total": 7205,
                             "codes": chenzhou_plan.CODES, "errors": []}
    assert office.projects.rows() == []
    report = import_plan(office, table, year=2018, source_file="附件.xlsx")
    assert report.plan_id and len(office.projects.rows(year=2018)) == 53
    d309 = office.projects.by_code("2018-D309")
    assert (d309.level, d309.days_offsite, d309.days_local, d309.places) == ("国培", 6, 9, 70)
    assert [(s.name, s.hours) for s in office.projects.stages(d309.id)] == [
        ("第一阶段·集中培训", 66), ("第二阶段·市融合研究团队现场展示培训", 24)]
    online = office.projects.by_code("2018-04")
    assert (online.mode_code, [s.hours for s in office.projects.stages(online.id)]) == ("3", [178])
    assert [s.hours for s in office.projects.stages(office.projects.by_code("2018-31").id)] == [39]
    again = import_plan(office, table, year=2018, dry_run=True)
    assert again.projects == 0 and len(again.errors) == 53 and "已存在" in again.errors[0].message
    plans = office.database.conn.execute("SELECT count(*) FROM plans").fetchone()[0]
    with pytest.raises(ValidationError, match="没有可以导入的项目.*已存在"):  # no empty plan is recorded
        import_plan(office, table, year=2018)
    assert office.database.conn.execute("SELECT count(*) FROM plans").fetchone()[0] == plans


def test_the_level_follows_the_category_and_who_proposes_the_row(office):
    office.set_identity(office_name="安仁县教育局教师培训股", county_name="安仁县", county_code="431028")
    rows = chenzhou_plan.sheet_rows()
    rows[5 + 2][1][2] = "“省培计划”项目"      # 序号 5
    rows[6 + 2][1][1] = "安仁教育局"          # 序号 6: the county's bureau without 县
    import_plan(office, parse_plan_rows(rows), year=2018)
    levels = {p.project.code: p.project.level for p in office.projects.rows(year=2018)}
    assert levels["2018-20"] == "县培"        # 申报单位 安仁县教育局: the county's own project
    assert levels["2018-06"] == "县培"
    assert levels["2018-16"] == levels["2018-14"] == "县培"   # 汝城县教育局, 嘉禾县教育局
    assert levels["2018-02"] == "市培"        # 县市区: every county sends people to the city's course
    assert levels["2018-25"] == levels["2018-04"] == "市培"   # 市教师培训中心, 市教培培训中心
    assert levels["2018-05"] == "省培"
    assert levels["2018-D309"] == levels["2018-E304"] == "国培"  # 国培省市联合立项项目


def test_rows_that_cannot_be_placed_are_listed(office):
    rows = chenzhou_plan.sheet_rows()
    rows[3][1][0] = None                         # row 4: 序号 lost, so a continuation with nothing above
    rows[4][1][9] = "七十"                       # row 5: places not a number
    rows[5][1][6:9] = [6, 6, 13]                 # row 6: 6 + 6 is not 13
    rows[6][1][3] = None                         # row 7: no name
    table = parse_plan_rows(rows)
    assert [(p.row, p.message) for p in table.problems] == [
        (4, "没有序号，且上面没有可归属的项目（续行应紧跟在项目行下面）"), (5, "培训人数“七十”不是数字"),
        (6, "异地 6 天 + 本地 6 天 与合计 13 天不符"), (7, "没有项目名称")]
    assert len(table.projects) == 49 and table.declared_total == 7205
    with pytest.raises(ValidationError, match="第 5 行：培训人数“七十”不是数字"):
        import_plan(office, table, year=2018, import_rest=False)
    assert office.projects.rows() == []
    report = import_plan(office, table, year=2018)
    assert report.projects == 49 and [e.row for e in report.errors] == [4, 5, 6, 7]


def test_a_sheet_without_the_header_is_refused():
    with pytest.raises(ValidationError, match="找不到计划表的表头"):
        parse_plan_rows([(1, ["姓名", "学校"]), (2, ["张三", "一中"])])


@pytest.mark.parametrize("suffix", [".xlsx", ".xls"])
def test_cli_imports_the_plan_file_and_prints_the_json(tmp_path, capsys, suffix):
    import json

    from trainoffice.cli import main
    from trainoffice.office import Office

    xlsx = chenzhou_plan.write_xlsx(tmp_path / "2018年全市教师培训计划.xlsx")
    path = xlsx if suffix == ".xlsx" else _as_xls(xlsx, tmp_path / "2018年全市教师培训计划.xls")
    db = str(tmp_path / "plan.sqlite3")
    Office(db).close()  # the CLI refuses a database that does not exist yet
    assert main(["import", "plan", str(path), "--year", "2018", "--db", db, "--dry-run", "--json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["projects"], dry["stages"], dry["participants"], dry["declared_total"]) == (53, 54, 7205, 7205)
    assert dry["codes"] == chenzhou_plan.CODES and dry["errors"] == []
    assert main(["import", "plan", str(path), "--year", "2018", "--db", db]) == 0
    assert "项目 53 个" in capsys.readouterr().out
    assert main(["project", "list", "--year", "2018", "--db", db, "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 53


def _as_xls(xlsx, out):
    """The same cells through xlwt: the plan often arrives as Excel 97-2003 (.xls)."""
    import xlwt

    book, ws = xlwt.Workbook(encoding="utf-8"), None
    ws = book.add_sheet("计划")
    for row in openpyxl.load_workbook(xlsx).active.iter_rows():
        for cell in row:
            if cell.value is not None:
                ws.write(cell.row - 1, cell.column - 1, cell.value)
    book.save(str(out))
    return out


# A 2027 table as the city sends it after a page break: 序号 3 starts again on the new page, and a second
# class of the national project D311 carries the same code. Names wrap before a quotation mark.
PLAN_2027 = [
    (1, "安仁县教育局", "教育精准扶贫乡村教师培训", "乡村小学教师\n“三字一话”培训班", "本地集中", "乡村小学教师",
     None, 6, 6, 100, "安仁县教师发展中心"),
    (2, "市教培中心", "国培省市联合立项项目", "乡村小学教师班主任培训班\n（D311）", "本地集中", "乡村小学教师",
     None, 2.5, None, 70, "湘南学院"),
    (3, "市教培中心", "名师培养培训工程", "卓越教师培养培训班", "异地+本地集中", "具有高级以上职称的教师",
     6, 6, 12, 40, "北京师范大学"),
    (3, "市教培中心", "部门中心工作", "心理健康教师培训班", "本地集中", "心理健康教师", None, 3, 3, 60, "湘南学院"),
    (4, "市教培中心", "国培省市联合立项项目", "乡村小学教师班主任培训班二期(D311)", "本地集中", "班主任",
     None, 3, 3, 70, "湘南学院"),
    (5, "县市区", "部门中心工作", "普通话测试辅导员培训班", "本地集中", "普通话在二甲以上中小学教师",
     None, None, 4, 50, "安仁县教师发展中心"),
]


def plan_2027_rows() -> list[tuple[int, list]]:
    rows = [(1, ["2027年全市中小学教师继续教育培训计划"] + [None] * 10), (2, list(chenzhou_plan.HEADER)),
            (3, list(chenzhou_plan.SUBHEADER))]
    rows += [(n, list(values)) for n, values in enumerate(PLAN_2027, start=4)]
    return [*rows, (10, ["培训总人次"] + [None] * 8 + [390, None])]


def test_codes_repeated_inside_the_table_are_caught_by_the_check(office):
    table = parse_plan_rows(plan_2027_rows())
    dry = import_plan(office, table, year=2027, dry_run=True)
    assert [(e.row, e.message) for e in dry.errors] == [
        (7, "序号 3 与第 6 行重复，请改为不同的序号"),
        (8, "项目代码 D311 与第 5 行重复（项目编号都会是 2027-D311），请更正其中一行的代码")]
    assert (dry.projects, dry.participants, dry.codes) == (4, 260, ["D311"])
    with pytest.raises(ValidationError, match="第 7 行：序号 3 与第 6 行重复"):
        import_plan(office, table, year=2027, import_rest=False)
    assert office.projects.rows() == []
    report = import_plan(office, table, year=2027)  # 导入其余: the first of each pair goes in
    assert report.projects == 4 and [e.row for e in report.errors] == [7, 8]
    assert [(r.project.code, r.project.name) for r in office.projects.rows(year=2027)] == [
        ("2027-01", "乡村小学教师“三字一话”培训班"), ("2027-03", "卓越教师培养培训班"),
        ("2027-05", "普通话测试辅导员培训班"), ("2027-D311", "乡村小学教师班主任培训班")]


def test_a_plan_checked_for_another_year_than_its_title_is_refused_naming_both(office):
    """The dialog starts on this year; a 2027 plan checked as 2026 numbered its projects 2026-xx (review E)."""
    from trainoffice.plan import PlanYearMismatch

    with pytest.raises(PlanYearMismatch, match="计划表的标题是 2027 年的计划，计划年度却是 2026") as refused:
        import_plan(office, parse_plan_rows(plan_2027_rows()), year=2026, dry_run=True)
    assert refused.value.title_year == 2027 and refused.value.field == "year"
    untitled = [row for row in plan_2027_rows() if row[0] != 1]  # no title: the year chosen stands
    assert import_plan(office, parse_plan_rows(untitled), year=2026, dry_run=True).projects == 4


def test_a_repeated_seq_is_caught_whatever_the_codes_and_a_code_in_lower_case_is_read(office):
    rows = plan_2027_rows()
    rows[5][1][0] = 2  # row 6: 序号 2 again, after row 5, whose name carries the national code D311
    rows[6][1][3] = "心理健康教师培训班（d309）"
    dry = import_plan(office, parse_plan_rows(rows), year=2027, dry_run=True)
    assert (6, "序号 2 与第 5 行重复，请改为不同的序号") in [(e.row, e.message) for e in dry.errors]
    assert "D309" in dry.codes


def test_a_code_already_in_the_database_is_caught_by_the_check_with_its_row(office):
    from trainoffice.projects import Project

    office.projects.create(Project(code="2027-05", name="手工录入的普通话培训", year=2027))
    office.projects.create(Project(code="2027-90", name="卓越教师培养培训班", year=2027))
    dry = import_plan(office, parse_plan_rows(plan_2027_rows()), year=2027, dry_run=True)
    assert (9, "项目编号 2027-05 已存在：“手工录入的普通话培训”（该计划可能已导入过）") in [
        (e.row, e.message) for e in dry.errors]
    # A name entered by hand in the same year is imported, with a note to look twice.
    assert "第 6 行 卓越教师培养培训班：2027 年度已有同名项目 2027-90。请确认不是重复录入；如是另一期，请在名称中注明（如“二期”）" \
        in dry.warnings


@pytest.mark.parametrize(("cell", "name"), [
    ("乡村小学教师\n“三字一话”培训班", "乡村小学教师“三字一话”培训班"),   # before a quotation mark
    ("学习\n《义务教育课程标准》培训", "学习《义务教育课程标准》培训"),
    ("班主任培训班\n（二期）", "班主任培训班(二期)"),                     # full-width brackets fold to ( )
    ("信息技术2.0\n能力提升工程", "信息技术2.0能力提升工程"),             # a digit then Chinese: joined
    ("“三字一话”\n培训班", "“三字一话”培训班"),
    ("PPT\nDesign 培训", "PPT Design 培训"),                              # two Latin words keep their space
    ("全市幼儿教师综合素质提升培\n训班", "全市幼儿教师综合素质提升培训班"),
])
def test_a_wrapped_name_joins_without_a_space_beside_chinese(cell, name):
    rows = plan_2027_rows()[:4]
    rows[3][1][3] = cell
    assert parse_plan_rows(rows).projects[0].name == name


def test_a_workbook_without_the_plans_columns_is_not_taken_for_a_plan():
    register = [(1, ["2026年卓越教师培养培训班证书发放登记表"] + [None] * 8),
                (3, ["序号", "证书编号", "姓名", "身份证号", "培训项目", "学时", "考核结果", "发证日期", "状态"]),
                (4, [1, "2026431028-0001", "姜永平", "431028197003051829", "卓越教师培养培训班", 18, "合格", None, "有效"])]
    with pytest.raises(ValidationError) as refused:
        parse_plan_rows(register)
    assert str(refused.value).startswith(
        "这不像年度计划表：没有找到“培训人数”和“培训天数”列（表头中的列：序号、证书编号、姓名、身份证号、培训项目、学时、")
    assert "年度计划表应有序号、项目名称、培训天数（异地/本地/合计）、培训人数等列" in str(refused.value)
    no_places = plan_2027_rows()
    for _row, values in no_places[1:]:
        values[9] = None
    with pytest.raises(ValidationError, match="没有找到“培训人数”列"):
        parse_plan_rows(no_places)


def test_cli_imports_the_rest_of_a_plan_with_a_repeated_seq(tmp_path, capsys):
    from trainoffice.cli import main
    from trainoffice.office import Office

    wb = openpyxl.Workbook()
    for _row, values in plan_2027_rows():
        wb.active.append(values)
    wb.save(tmp_path / "2027计划.xlsx")
    db = str(tmp_path / "plan.sqlite3")
    Office(db).close()  # the CLI refuses a database that does not exist yet
    assert main(["import", "plan", str(tmp_path / "2027计划.xlsx"), "--year", "2027", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "已导入：2027计划.xlsx  项目 4 个" in out
    assert "未导入 第7行：序号 3 与第 6 行重复，请改为不同的序号" in out
