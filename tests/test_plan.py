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
