"""The English build reads the core's messages about projects, the plan import, attendance, results, credits and
the compliance export in English, their vocabulary words (开班, 上午, 合格, 退出, 校本研修) too; without a translator
(the CLI, the Chinese build) they are the Chinese the other tests assert, byte for byte.
"""

from __future__ import annotations

import datetime as dt

import chenzhou_plan
import pytest

from conftest import make_corrected_course, make_course, make_teacher
from trainoffice import text
from trainoffice.attendance import Mark, parse_mark
from trainoffice.credits import LedgerEntry
from trainoffice.errors import Cancelled, TrainOfficeError, ValidationError
from trainoffice.plan import PlanYearMismatch, import_plan, parse_plan_rows
from trainoffice.projects import Project
from trainoffice.results import Assessment


def refusal(call) -> str:
    with pytest.raises(TrainOfficeError) as refused:
        call()
    return str(refused.value)


def in_chinese(monkeypatch, call) -> str:
    """What ``call`` refuses with when no translator is installed."""
    monkeypatch.setattr(text, "_translator", None)
    return refusal(call)


def test_the_project_forms_refusals_and_status_gates(office, english, monkeypatch):
    def save(**values):
        return lambda: office.projects.create(Project(**{"code": "2026-01", "name": "班主任培训班", "year": 2026,
                                                         **values}))

    assert refusal(save(start_date="2025-03-02")) == (
        "The year 2026 does not match the start date 2025-03-02: a project starts in its own year (one carried over "
        "from last year's plan starts in the next). Change the year to 2025, or correct the start date")
    assert refusal(save(code="2025-01")) == (
        "Project code 2025-01 starts with 2025, which does not match the year 2026. Use a code of 2026 "
        "(the next free one is 2026-01), or change the year to 2025")
    assert refusal(save(level="乡培")) == (
        "The level must be one of: National, Provincial, City, County, School-based, Self-directed")
    assert refusal(save(start_date="2026-13-45")).startswith("Start date: ")
    running = make_course(office)
    assert refusal(lambda: office.projects.open(running)) == "Project “班主任培训班” is Running: cannot start it."
    assert refusal(lambda: office.projects.check_closable(running, today=dt.date(2026, 5, 6))) == (
        "Project “班主任培训班” does not end until 2026-05-07 (today is 2026-05-06), so it cannot be closed yet. "
        "Close it once the training is over; if it really ended early, first change the end date under Details "
        "to the day it ended.")
    assert refusal(lambda: office.projects.check_closable(running, today=dt.date(2026, 5, 8))) == (
        "Attendance cells not entered: 12 (whole sessions not entered: 4 (2026-05-06 Morning, 2026-05-06 Afternoon, "
        "2026-05-07 Morning, 2026-05-07 Afternoon)), so the project cannot be closed. Enter them in the attendance "
        "grid (absence is ×; delete sessions that were not held under Sessions).\n"
        "Trainees without a result: 3 (张敏, 李强, 王芳), so the project cannot be closed. Enter their results first.")
    assert in_chinese(monkeypatch, lambda: office.projects.check_closable(running, today=dt.date(2026, 5, 8))) == (
        "还有 12 个考勤格未录入（4 个课时整节未录入：2026-05-06 上午、2026-05-06 下午、2026-05-07 上午、2026-05-07 下午），"
        "不能结业。请在考勤表中补录（缺勤请记 ×；没有上的课请在课程安排中删除）。\n"
        "还有 3 名学员没有考核结果（张敏、李强、王芳），不能结业。请先录入考核结果。")
    assert in_chinese(monkeypatch, save(code="2025-01")) == (
        "项目编号 2025-01 以 2025 开头，与年度 2026 不符。请改用 2026 年度的编号（下一个是 2026-08），或把年度改为 2025")


def test_attendance_and_results_refusals(office, english, monkeypatch):
    pid = make_course(office)
    grid = office.attendance.grid(pid)
    li, wang = grid.trainees[0], grid.trainees[1]
    may_7_morning = grid.sessions[2]
    assert refusal(lambda: office.attendance.set_marks(pid, [Mark(li.enrollment_id, may_7_morning.id, "出勤")],
                                                       today=dt.date(2026, 5, 6))) == (
        "The session of 2026-05-07 Morning has not come yet (today is 2026-05-06): attendance can be recorded on "
        "the day. If the session's date is wrong, correct it under Sessions first.")
    with pytest.raises(ValueError) as unknown:
        parse_mark("?")
    assert str(unknown.value) == "“?” is not an attendance mark (use √ present, 迟 late, 早 left early, 假 on leave, × absent)"
    office.attendance.fill(pid, status="缺勤", enrollment_ids=[wang.enrollment_id])
    stage = office.projects.stages(pid)[0]
    pass_wang = [Assessment(wang.enrollment_id, stage.id, "合格", 80)]
    assert refusal(lambda: office.results.set_results(pid, pass_wang)) == (
        "王芳 attended 0% of “集中培训”, below the required 80%, so the result cannot be Pass; to give it anyway, "
        "enter the reason.")
    office.roster.withdraw(li.enrollment_id, reason="调离", on="2026-05-06")
    assert refusal(lambda: office.attendance.set_marks(pid, [Mark(li.enrollment_id, grid.sessions[0].id, "出勤")])) \
        == "李强 is Withdrawn: attendance cannot be recorded"
    plan = office.attendance.plan_sign_in(pid, [(1, ["姓名", "签到时间"]), (2, ["赵六", "2026-05-06 08:10"]),
                                                (3, ["王芳", "2026-05-08 08:00"]), (4, ["王芳", "2026-05-06 19:30"])])
    assert [p.message for p in plan.problems] == [
        "“赵六” is not on the roster", "2026-05-08 Morning is outside the project's training dates",
        "No session on 2026-05-06 Evening"]
    assert in_chinese(monkeypatch, lambda: office.results.set_results(pid, pass_wang)) == (
        "王芳 在“集中培训”的出勤率为 0%，低于要求的 80%，不能评为合格；如确需评定，请填写原因。")


def test_ledger_entries_and_postings(office, english, monkeypatch, school_id):
    teacher = office.registry.save_teacher(make_teacher(school_id))
    may_1 = dt.date(2026, 5, 1)
    entries = [LedgerEntry(teacher, "师德", "2026-04-01", 10), LedgerEntry(teacher, "项目培训", "2026-04-01", 10)]
    assert refusal(lambda: office.credits.add_entries(entries, today=may_1)) == (
        "Entry 2: The category must be one of: School-based training, Ethics, Online training, Resources, "
        "Degree study, Other (project hours are posted when the project closes)")
    later = [LedgerEntry(teacher, "师德", "2026-05-02", 10)]
    assert refusal(lambda: office.credits.add_entries(later, today=may_1)) == (
        "The date 2026-05-02 is after today (2026-05-01): hours can be entered only once earned. Enter the date the "
        "training or activity was completed.")
    assert refusal(lambda: office.credits.add_resource(title="优质课例", on="2026-04-01", shares=[(teacher, 70)])) \
        == "The authors' credits add up to 70; they must add up to 80"
    pid, _certificates = make_corrected_course(office)
    steps = []
    report = office.projects.close(pid, progress=lambda _fraction, message: steps.append(message))
    assert report.corrections == ["李强: 12 → 6 hours", "张敏: 12 → 0 hours"]
    assert steps[-1] == "Posted 1, reversed 2"
    assert in_chinese(monkeypatch, lambda: office.credits.add_entries(entries, today=may_1)) == (
        "第 2 条：类别只能是 校本研修、师德、网络研修、资源建设、学历提高、其他（项目学时由结业自动登记）")


def test_the_plan_import_lists_its_rows_in_english(office, english, monkeypatch):
    rows = chenzhou_plan.sheet_rows()
    rows[3][1][0] = None                         # row 4: 序号 lost, so a continuation with nothing above
    rows[4][1][9] = "七十"                       # row 5: places not a number
    rows[5][1][6:9] = [6, 6, 13]                 # row 6: 6 + 6 is not 13
    table = parse_plan_rows(rows)
    assert [(p.row, p.message) for p in table.problems] == [
        (4, "No number (序号), and no project above it to belong to (a continuation row must come right under its "
            "project's row)"),
        (5, "Places “七十” is not a number"), (6, "6 off-site days + 6 local days do not add up to the total of 13 days")]
    assert refusal(lambda: import_plan(office, table, year=2018, import_rest=False)).startswith(
        "The plan has rows that cannot be placed, so as asked no project was imported: row 4: No number (序号)")
    with pytest.raises(PlanYearMismatch) as refused:
        import_plan(office, table, year=2019, dry_run=True)
    assert str(refused.value) == ("The plan's title says it is the plan for 2018, but the plan year is 2019: change "
                                  "the plan year to 2018 and check again (project codes follow the plan year)")
    monkeypatch.setattr(text, "_translator", None)
    assert [p.message for p in parse_plan_rows(rows).problems][1:] == ["培训人数“七十”不是数字",
                                                                        "异地 6 天 + 本地 6 天 与合计 13 天不符"]


def test_the_compliance_export_reports_its_progress_in_english(office, english, tmp_path, school_id):
    office.registry.save_teacher(make_teacher(school_id))
    steps = []
    office.compliance.export(2026, tmp_path / "学分达标.xlsx", progress=lambda _fraction, message: steps.append(message))
    assert steps[-1] == "Export finished"
    with pytest.raises(Cancelled, match="^Export cancelled; no file was written.$"):
        office.compliance.export(2026, tmp_path / "again.xlsx", cancel=lambda: True)


def test_a_refusal_with_no_translator_is_the_chinese_source(office):
    """The CLI installs none: its refusals stay Chinese."""
    with pytest.raises(ValidationError, match="^培训层级只能是 国培、省培、市培、县培、校本研修、师本研修$"):
        office.projects.create(Project(code="2026-01", name="班主任培训班", year=2026, level="乡培"))
