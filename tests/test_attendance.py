"""The attendance grid, paste, undo values, and the sign-in import with rows that cannot be placed."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from conftest import make_course, make_teacher
from trainoffice.attendance import Mark, parse_mark
from trainoffice.cli import main
from trainoffice.errors import ValidationError
from trainoffice.idnumber import check_character
from trainoffice.office import Office
from trainoffice.projects import Project
from trainoffice.registry import School

_SEQ = itertools.count(1)


@pytest.fixture
def course(office):
    """A 2-day project (4 half-days of 3 学时), three trainees, opened."""
    sid = office.registry.save_school(School(name="安仁县城关中学", township="永乐江镇", stages="初中"))
    names = ["王芳", "李强", "张敏"]
    ids = []
    for name in names:
        first17 = f"43102819800101{next(_SEQ):03d}"
        ids.append(office.registry.save_teacher(make_teacher(sid, name=name, id_number=first17 + check_character(first17))))
    pid = office.projects.create(Project(code="2026-07", name="班主任培训班", year=2026, days_local=2, places=3,
                                         start_date="2026-05-06", end_date="2026-05-07"))
    office.roster.enroll(pid, ids)
    office.sessions.generate(pid)
    office.projects.open(pid)
    return pid


def test_grid_loads_everything_and_rates_by_hours(office, course):
    grid = office.attendance.grid(course)
    assert [t.name for t in grid.trainees] == ["李强", "王芳", "张敏"]  # by pinyin
    assert [(s.date, s.slot) for s in grid.sessions] == [("2026-05-06", "上午"), ("2026-05-06", "下午"),
                                                          ("2026-05-07", "上午"), ("2026-05-07", "下午")]
    li, wang, zhang = (t.enrollment_id for t in grid.trainees)
    s = [x.id for x in grid.sessions]
    before = office.attendance.paste(course, enrollment_ids=[li, wang, zhang], session_ids=s[:2],
                                     values=[["√", "迟"], ["假", "√"], ["×", ""]])
    assert before == [Mark(li, s[0], None), Mark(li, s[1], None), Mark(wang, s[0], None), Mark(wang, s[1], None),
                      Mark(zhang, s[0], None), Mark(zhang, s[1], None)]
    grid = office.attendance.grid(course)
    assert grid.marks == [["出勤", "迟到", None, None], ["请假", "出勤", None, None], ["缺勤", None, None, None]]
    # Only the two held sessions count, and only the cells recorded in them: 李强 6/6, 王芳 3/6, 张敏 0/3
    # with his blank in the second session 未录入, not 缺勤.
    assert [(r.attended_hours, r.recorded_hours, r.below, r.unrecorded) for r in grid.rates()] == [
        (6, 6, False, 0), (3, 6, True, 0), (0, 3, True, 1)]
    assert grid.column_rate(0).rate == pytest.approx(1 / 3)
    assert (grid.column_rate(1).rate, grid.column_rate(1).unrecorded) == (1, 1)
    assert grid.unrecorded() == [(2, 1)]
    # Undo: put the previous values back.
    office.attendance.set_marks(course, before)
    assert office.attendance.grid(course).marks == [[None] * 4] * 3


def test_a_blank_cell_is_not_recorded_rather_than_absent(office, course):
    """Marking the first trainee of a session does not make the others absent: they are 未录入."""
    grid = office.attendance.grid(course)
    li, wang, zhang = (t.enrollment_id for t in grid.trainees)
    s = [x.id for x in grid.sessions]
    office.attendance.set_marks(course, [Mark(li, s[0], "出勤"), Mark(wang, s[0], "缺勤")])
    grid = office.attendance.grid(course)
    assert grid.held() == [True, False, False, False]
    rates = grid.rates()
    assert [(r.rate, r.below, r.unrecorded) for r in rates] == [(1, False, 0), (0, True, 0), (None, False, 1)]
    assert office.attendance.below_threshold(course)[0][0].name == "王芳"  # only the one marked ×
    assert (grid.column_rate(0).rate, grid.column_rate(0).unrecorded) == (0.5, 1)
    assert grid.unrecorded() == [(2, 0)]
    assert grid.unrecorded_message() == (
        "还有 10 个考勤格未录入（3 个课时整节未录入：2026-05-06 下午、2026-05-07 上午、2026-05-07 下午；张敏 1 节），"
        "不能结业。请在考勤表中补录（缺勤请记 ×；没有上的课请在课程安排中删除）。")
    office.attendance.fill(course, status="出勤", session_ids=s[1:])
    assert office.attendance.grid(course).unrecorded_message() == (
        "还有 1 个考勤格未录入（张敏 1 节），不能结业。请在考勤表中补录（缺勤请记 ×）。")
    office.attendance.set_marks(course, [Mark(zhang, s[0], "缺勤")])
    assert office.attendance.grid(course).unrecorded_message() == ""


def test_paste_with_an_unknown_sign_changes_nothing(office, course):
    grid = office.attendance.grid(course)
    rows = [t.enrollment_id for t in grid.trainees]
    cols = [s.id for s in grid.sessions]
    with pytest.raises(ValidationError, match="第 2 行第 1 列：“到了”不是考勤标记"):
        office.attendance.paste(course, enrollment_ids=rows, session_ids=cols, values=[["√"], ["到了"]])
    assert office.attendance.grid(course).marks == [[None] * 4] * 3
    assert parse_mark(" 病假 ") == "请假" and parse_mark(None) is None


def test_fill_row_and_column(office, course):
    grid = office.attendance.grid(course)
    office.attendance.fill(course, status="出勤", session_ids=[grid.sessions[0].id])
    office.attendance.fill(course, status="请假", enrollment_ids=[grid.trainees[2].enrollment_id])
    marks = office.attendance.grid(course).marks
    assert [row[0] for row in marks] == ["出勤", "出勤", "请假"] and marks[2] == ["请假"] * 4


def test_sign_in_import_places_rows_and_lists_the_rest(office, course):
    wang = next(t for t in office.roster.roster(course) if t.name == "王芳")
    rows = [
        (1, ["微信签到导出", None, None]),
        (2, ["姓名", "身份证号", "签到时间"]),
        (3, ["王芳", None, dt.datetime(2026, 5, 6, 8, 12)]),
        (4, [None, wang.id_number, "2026-05-06 14:05"]),
        (5, ["李强", None, "2026/5/7 8:30"]),
        (6, ["赵六", None, "2026-05-07 08:31"]),            # not on the roster
        (7, ["张敏", None, "2026-05-08 08:00"]),            # after the project
        (8, ["张敏", None, "昨天上午"]),                     # time cannot be read
        (9, ["张敏", None, "2026-05-06 19:30"]),            # no evening session
        (10, [None, None, None]),
    ]
    plan = office.attendance.plan_sign_in(course, rows, file_name="签到.xlsx")
    assert [(p.row, p.name, p.date, p.slot) for p in plan.placed] == [
        (3, "王芳", "2026-05-06", "上午"), (4, "王芳", "2026-05-06", "下午"), (5, "李强", "2026-05-07", "上午")]
    assert [(p.row, p.message) for p in plan.problems] == [
        (6, "“赵六”不在参培名单上"), (7, "2026-05-08 上午不在项目培训日期内"),
        (8, "签到时间“昨天上午”无法识别（应如 2026-03-02 08:15）"), (9, "2026-05-06 晚上没有课程安排")]
    assert office.attendance.apply_sign_in(plan) == 3
    marks = office.attendance.grid(course).marks
    assert marks[1][:2] == ["出勤", "出勤"] and marks[0][2] == "出勤"


def test_a_session_after_today_cannot_be_marked(office, course):
    """Review h: on 11-23 the grid took marks for the sessions of 11-24 and 11-25. Nobody can have attended a
    session that has not happened: all or nothing, the refusal says when it can be entered."""
    may_6 = dt.date(2026, 5, 6)
    grid = office.attendance.grid(course, today=may_6)
    assert [grid.due(c) for c in range(4)] == [True, True, False, False]  # 05-06 上午, 下午; 05-07 上午, 下午
    li = grid.trainees[0].enrollment_id
    first, later = grid.sessions[0], grid.sessions[2]
    with pytest.raises(ValidationError) as refused:
        office.attendance.set_marks(course, [Mark(li, first.id, "出勤"), Mark(li, later.id, "出勤")], today=may_6)
    assert (str(refused.value), refused.value.field) == (
        "2026-05-07 上午的课还没到（今天是 2026-05-06），不能记录考勤，请到当天再录入。"
        "如课程安排的日期有误，请先在“课程安排”中更正。", "date")
    assert office.attendance.grid(course).marks == [[None] * 4] * 3
    office.attendance.fill(course, status="出勤", enrollment_ids=[li], today=may_6)  # a whole row: the sessions so far
    assert office.attendance.grid(course).marks[0] == ["出勤", "出勤", None, None]
    office.attendance.set_marks(course, [Mark(li, later.id, "迟到")], today=dt.date(2026, 5, 7))  # its day has come
    assert office.attendance.grid(course).marks[0] == ["出勤", "出勤", "迟到", None]
    # A sign-in for a session still to come (a phone with the wrong date?) is listed, not imported.
    plan = office.attendance.plan_sign_in(course, [(1, ["姓名", "签到时间"]), (2, ["王芳", "2026-05-06 08:10"]),
                                                   (3, ["王芳", "2026-05-07 08:10"])], today=may_6)
    assert [p.row for p in plan.placed] == [2]
    assert [(p.row, p.message) for p in plan.problems] == [(3, str(refused.value))]


def test_the_sign_in_import_command_leaves_tomorrows_session_alone(office, tmp_path, capsys):
    """The command works on the real date, as the app does: today's sign-ins become 出勤, tomorrow's are named."""
    today = dt.date.today()
    pid = make_course(office, start=today)
    code, db = office.projects.project(pid).code, str(office.path)
    office.close()
    sheet = tmp_path / "签到.csv"
    sheet.write_text(f"姓名,签到时间\n王芳,{today} 08:05\n王芳,{today + dt.timedelta(days=1)} 08:05\n", encoding="utf-8")
    assert main(["import", "signin", str(sheet), "--project", code, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"无法对应 第3行：{today + dt.timedelta(days=1)} 上午的课还没到（今天是 {today}），不能记录考勤" in out
    assert "考勤更新 1 格" in out
    with Office(db) as reopened:
        assert reopened.attendance.grid(pid).marks[1] == ["出勤", None, None, None]  # 王芳, after 李强


def test_sign_in_without_a_header_is_one_problem(office, course):
    plan = office.attendance.plan_sign_in(course, [(1, ["a", "b"]), (2, ["c", "d"])])
    assert plan.placed == [] and plan.problems[0].row == 1 and "找不到表头" in plan.problems[0].message


def test_marks_for_someone_who_left_are_refused(office, course):
    grid = office.attendance.grid(course)
    office.roster.withdraw(grid.trainees[0].enrollment_id, reason="调离", on="2026-05-06")
    with pytest.raises(ValidationError, match="李强 已退出"):
        office.attendance.set_marks(course, [Mark(grid.trainees[0].enrollment_id, grid.sessions[0].id, "出勤")])
