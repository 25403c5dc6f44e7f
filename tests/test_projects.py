"""Projects from plan to ledger: the principal course end to end, gates, budget, corrections."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import replace

import openpyxl
import pytest
from training_data import record_packet

from conftest import make_course, make_teacher
from trainoffice.attendance import Mark
from trainoffice.credits import LedgerEntry
from trainoffice.documents import ledger_card_section
from trainoffice.errors import InUse, NotFound, ValidationError
from trainoffice.idnumber import check_character
from trainoffice.projects import PRINCIPAL_COURSE, Project, Stage
from trainoffice.registry import School
from trainoffice.results import Assessment
from trainoffice.roster import Quota, QuotaBelowEnrolled, QuotaCounter, TargetGroup


def id_number(n: int, born: str = "19800101") -> str:
    first17 = f"431028{born}{n:03d}"
    return first17 + check_character(first17)


_SEQ = itertools.count(1)


def add_teachers(office, school_id: int, names: list[str], born: str = "19800101", **fields) -> list[int]:
    return [office.registry.save_teacher(make_teacher(school_id, name=name, id_number=id_number(next(_SEQ), born),
                                                      **fields))
            for name in names]


@pytest.fixture
def principals(office):
    """Two schools with a principal each, a vice principal, and an ordinary teacher."""
    a = office.registry.save_school(School(name="安仁县安平镇中心小学", township="安平镇", stages="小学", rural=True))
    b = office.registry.save_school(School(name="安仁县城关小学", township="永乐江镇", stages="小学"))
    ids = (add_teachers(office, a, ["赵校长", "钱副校长"], stage="小学", post="校长")
           + add_teachers(office, b, ["孙校长"], stage="小学", post="校长")
           + add_teachers(office, b, ["李老师"], stage="小学", post="教师"))
    return {"schools": (a, b), "teachers": ids}


def make_principal_course(office, *, code: str = "2026-E302", hours_basis: str = "attended") -> int:
    pid = office.projects.create(Project(
        code=code, name="小学校长任职资格培训班", year=2026, level="市培", form="异地+本地集中",
        target_group="小学校长、分管副校长", host="湘南学院", start_date="2026-03-02", end_date="2026-03-13",
        days_offsite=6, days_local=6, places=3, hours_basis=hours_basis))
    office.projects.apply_template(pid)
    return pid


def run_course(office, pid: int, teachers: list[int]) -> tuple[list, list[int]]:
    """Enrol, schedule stage 1 over 12 days, open; return (stages, enrollment ids)."""
    stages = office.projects.stages(pid)
    enrolled = office.roster.enroll(pid, teachers, on="2026-02-20").added
    days = [dt.date(2026, 3, 2) + dt.timedelta(days=i) for i in range(12)]
    office.sessions.generate(pid, stage_id=stages[0].id, dates=days,
                             parts=office.projects.template_parts(stages[0].name))
    office.projects.open(pid)
    return stages, enrolled


def test_principal_template_is_72_50_178(office):
    pid = make_principal_course(office)
    stages = office.projects.stages(pid)
    assert [(s.seq, s.hours) for s in stages] == [(1, 72), (2, 50), (3, 178)]
    assert office.projects.total_hours(pid) == PRINCIPAL_COURSE.total_hours == 300
    with pytest.raises(ValidationError, match="合计 310"):
        office.projects.set_stages(pid, [*stages[:2], Stage(id=stages[2].id, name=stages[2].name, hours=188)],
                                   total_hours=300)


def test_principal_course_from_enrolment_to_ledger(office, principals):
    pid = make_principal_course(office)
    stages, enrolled = run_course(office, pid, principals["teachers"][:3])
    sessions = office.sessions.sessions(pid)
    assert len(sessions) == 24 and sum(s.hours for s in sessions) == 72
    assert [s.topic for s in sessions[:10]] == ["理论学习"] * 10 and sessions[10].topic == "影子实践"
    # Everyone present except 孙校长 missing two half-days (66 of 72 学时 = 92%).
    roster = office.roster.roster(pid)
    sun = next(t for t in roster if t.name == "孙校长")
    office.attendance.fill(pid, status="出勤")
    office.attendance.set_marks(pid, [Mark(sun.enrollment_id, sessions[0].id, "缺勤"),
                                      Mark(sun.enrollment_id, sessions[1].id, "请假")])
    with pytest.raises(ValidationError, match="没有考核结果"):
        office.projects.close(pid)
    office.results.set_results(pid, [Assessment(t.enrollment_id, s.id, "合格", 85, True)
                                     for t in roster for s in stages])
    report = office.projects.close(pid)
    assert report.posted == 9
    ledger = office.credits.teacher_ledger(sun.teacher_id, year=2026)
    assert sorted(r.hours for r in ledger.rows) == [50, 66, 178]
    assert ledger.years[0].credits == 294 and ledger.years[0].met
    zhao = next(t for t in roster if t.name == "赵校长")
    assert office.credits.teacher_ledger(zhao.teacher_id, year=2026).total_hours == 300
    # Closing again (after a reopen) posts nothing twice.
    office.projects.reopen(pid, reason="补录作业")
    again = office.projects.close(pid)
    assert (again.posted, again.reversed, again.unchanged) == (0, 0, 9)
    assert [c.to_status for c in office.projects.status_log(pid)] == ["开班", "结业", "开班", "结业"]
    assert office.projects.status_log(pid)[2].reason == "补录作业"


def test_attendance_correction_after_closing_reverses_visibly(office, principals):
    pid = make_principal_course(office)
    stages, _ = run_course(office, pid, principals["teachers"][:1])
    sessions = office.sessions.sessions(pid)
    roster = office.roster.roster(pid)
    office.attendance.fill(pid, status="出勤")
    office.results.set_results(pid, [Assessment(roster[0].enrollment_id, s.id, "合格") for s in stages])
    office.projects.close(pid)
    office.attendance.set_marks(pid, [Mark(roster[0].enrollment_id, sessions[5].id, "缺勤")])
    rows = office.credits.rows(roster[0].teacher_id)
    stage1 = [r for r in rows if r.stage_id == stages[0].id]
    assert [(r.hours, r.is_reversal, r.is_reversed) for r in stage1] == [(72, False, True), (-72, True, False),
                                                                         (69, False, False)]
    assert stage1[1].reverses == stage1[0].id
    assert sum(r.hours for r in rows) == 69 + 50 + 178
    audit = office.database.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'ledger_correct'").fetchall()
    assert [(d["before"], d["after"], d["reason"]) for d in map(lambda r: json.loads(r[0]), audit)] == [
        (72, 69, "考勤更正")]
    # A result changed to 不合格 reverses the stage without a new row.
    office.results.set_result(enrollment_id=roster[0].enrollment_id, stage_id=stages[2].id, result="不合格")
    assert office.credits.teacher_ledger(roster[0].teacher_id).total_hours == 69 + 50


def test_closing_is_refused_while_attendance_cells_are_blank(office, principals):
    """A forgotten cell is 未录入, not 缺勤: 结业 names whom and how many, and posts nothing until it is entered."""
    pid = make_principal_course(office)
    stages, _ = run_course(office, pid, principals["teachers"][:3])
    sessions = office.sessions.sessions(pid)
    roster = {t.name: t for t in office.roster.roster(pid)}
    office.attendance.fill(pid, status="出勤")
    zhao, sun = roster["赵校长"], roster["孙校长"]
    office.attendance.set_marks(pid, [Mark(zhao.enrollment_id, s.id, None) for s in sessions[4:7]]
                               + [Mark(sun.enrollment_id, sessions[14].id, None)])
    office.results.set_results(pid, [Assessment(t.enrollment_id, s.id, "合格") for t in roster.values()
                                     for s in stages])
    message = "还有 4 个考勤格未录入（赵校长 3 节、孙校长 1 节），不能结业。请在考勤表中补录（缺勤请记 ×）。"
    with pytest.raises(ValidationError, match=message) as refused:
        office.projects.close(pid)
    assert refused.value.field == "attendance"
    assert office.projects.project(pid).status == "开班" and office.credits.posted_hours(pid) == {}
    # Entered as absent (×) they cost the hours on purpose; then 结业 goes through.
    office.attendance.set_marks(pid, [Mark(zhao.enrollment_id, s.id, "缺勤") for s in sessions[4:7]]
                               + [Mark(sun.enrollment_id, sessions[14].id, "请假")])
    office.projects.close(pid)
    posted = office.credits.posted_hours(pid)
    assert (posted[zhao.teacher_id], posted[sun.teacher_id], posted[roster["钱副校长"].teacher_id]) == (291, 297, 300)
    # A closed project's cell can be corrected, never cleared back to blank.
    with pytest.raises(ValidationError, match="已结业，考勤格不能清空；如需更正，请改记其他标记（缺勤记 ×）"):
        office.attendance.set_marks(pid, [Mark(sun.enrollment_id, sessions[14].id, None)])
    office.attendance.set_marks(pid, [Mark(sun.enrollment_id, sessions[14].id, "出勤")])
    assert office.credits.posted_hours(pid)[sun.teacher_id] == 300


def test_closing_rechecks_a_pass_given_while_cells_were_blank(office, principals):
    """A 合格 entered while cells were blank is judged on what was recorded; entered later as ×, the cells can
    put the trainee below the threshold, and 结业 says so instead of posting hours the rule would refuse."""
    pid = make_principal_course(office)
    stages, _ = run_course(office, pid, principals["teachers"][:2])
    first_stage = [s for s in office.sessions.sessions(pid) if s.stage_id == stages[0].id]
    roster = {t.name: t for t in office.roster.roster(pid)}
    zhao = roster["赵校长"]
    office.attendance.fill(pid, status="出勤")
    office.attendance.set_marks(pid, [Mark(zhao.enrollment_id, s.id, None) for s in first_stage[:6]])
    office.results.set_results(pid, [Assessment(t.enrollment_id, s.id, "合格") for t in roster.values()
                                     for s in stages])  # accepted: every recorded cell is attended
    office.attendance.set_marks(pid, [Mark(zhao.enrollment_id, s.id, "缺勤") for s in first_stage[:6]])
    with pytest.raises(ValidationError, match=f"赵校长 在“{stages[0].name}”的出勤率为 75%.*不能评为合格") as refused:
        office.projects.close(pid)
    assert refused.value.field == "results" and office.credits.posted_hours(pid) == {}
    office.results.set_results(pid, [Assessment(zhao.enrollment_id, stages[0].id, "合格",
                                                override_reason="补课考核合格，经培训股同意")])
    office.projects.close(pid)
    assert office.projects.project(pid).status == "结业"


def test_closing_names_a_session_nobody_was_marked_in_and_the_missing_results(office, principals, capsys):
    pid = make_principal_course(office)
    run_course(office, pid, principals["teachers"][:2])
    sessions = office.sessions.sessions(pid)
    office.attendance.fill(pid, status="出勤", session_ids=[s.id for s in sessions if s.id != sessions[3].id])
    problems = ["还有 2 个考勤格未录入（1 个课时整节未录入：2026-03-03 下午），不能结业。"
                "请在考勤表中补录（缺勤请记 ×；没有上的课请在课程安排中删除）。",
                "还有 2 名学员没有考核结果（赵校长、钱副校长），不能结业。请先录入考核结果。"]
    with pytest.raises(ValidationError) as refused:
        office.projects.close(pid)
    assert str(refused.value).split("\n") == problems
    # The command line says the same and changes nothing.
    from trainoffice.cli import main

    office.close()
    assert main(["project", "close", "2026-E302", "--db", str(office.path)]) == 1
    assert capsys.readouterr().err.strip().split("\n") == [f"trainoffice: {problems[0]}", problems[1]]
    assert main(["project", "list", "--db", str(office.path)]) == 0
    assert "2026-E302\t开班" in capsys.readouterr().out


def test_a_course_is_closed_only_once_it_is_over(office):
    """Review h: on 11-23 a course running to 11-25 was closed, and its hours went on the ledger dated 11-25.
    结业 waits for the end date; a course that really ended early gets its end date (and schedule) corrected
    first, and its hours are then dated the day it ended."""
    pid = make_course(office)  # 2026-05-06 and 05-07, two half-days each
    stage, trainees = office.projects.stages(pid)[0], office.roster.roster(pid)
    may_6 = dt.date(2026, 5, 6)
    office.attendance.fill(pid, status="出勤", today=may_6)
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "合格", 80) for t in trainees])
    with pytest.raises(ValidationError) as refused:
        office.projects.close(pid, today=may_6)
    assert (str(refused.value), refused.value.field) == (
        "项目“班主任培训班”到 2026-05-07 才结束（今天是 2026-05-06），不能结业。请在培训结束后再办理结业；"
        "如培训确已提前结束，请先在“基本信息”中把结束日期改为实际结束的日期。", "end_date")
    assert office.projects.project(pid).status == "开班" and office.credits.posted_hours(pid) == {}
    # It ended after the first day: the end date is corrected (the stage follows), the second day is still scheduled.
    project = office.projects.project(pid)
    project.end_date, project.days_local = "2026-05-06", 1
    office.projects.update(project)
    assert (office.projects.stages(pid)[0].start_date, office.projects.stages(pid)[0].end_date) == ("2026-05-06",) * 2
    assert office.projects.stages(pid)[0].hours == 6  # one day, not the two days' 12 学时 it was made with
    with pytest.raises(ValidationError) as refused:
        office.projects.close(pid, today=may_6)
    assert (str(refused.value), refused.value.field) == (
        "项目“班主任培训班”在 2026-05-07 还有课（今天是 2026-05-06），不能结业。请在培训结束后再办理结业；"
        "如这些课不再上，请先在“课程安排”中删除。", "sessions")
    for session in office.sessions.sessions(pid)[2:]:
        office.sessions.delete(session.id)
    assert office.projects.close(pid, today=may_6).posted == 3
    assert {(r.date, r.hours) for t in trainees for r in office.credits.rows(t.teacher_id)} == {("2026-05-06", 6)}
    # Closed, it cannot be given an end date still to come (its certificates would say it ends after they were issued).
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match=f"项目已结业，结束日期不能晚于今天（{dt.date.today()}）") as refused:
        office.projects.update(replace(office.projects.project(pid), end_date=tomorrow.isoformat()))
    assert refused.value.field == "end_date" and office.projects.project(pid).end_date == "2026-05-06"


def test_hours_are_entered_once_they_are_earned(office, principals):
    """A manual entry dated after today (a term's 校本研修 entered ahead) is refused, naming the date."""
    teacher = principals["teachers"][0]
    with pytest.raises(ValidationError) as refused:
        office.credits.add_entries([LedgerEntry(teacher, "师德", "2026-05-28", 5),
                                    LedgerEntry(teacher, "校本研修", "2026-06-30", 16)], today=dt.date(2026, 6, 10))
    assert (str(refused.value), refused.value.field) == (
        "第 2 条：日期 2026-06-30 在今天（2026-06-10）之后：学时在完成后才能登记。请填写完成培训或活动的日期", "date")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match=f"日期 {tomorrow} 在今天（{dt.date.today()}）之后"):
        office.credits.add_entry(teacher_id=teacher, category="校本研修", on=tomorrow, hours=16)
    assert office.credits.rows(teacher) == []
    office.credits.add_entry(teacher_id=teacher, category="校本研修", on=dt.date.today(), hours=16)


def test_hours_are_not_entered_before_the_teacher_started_work(office, school_id):
    """Review q: an entry dated 1950 was taken for a teacher born in 1970 who started work in 1991 (a typo for 2025)."""
    started, unknown = add_teachers(office, school_id, ["甲"], born="19700301", work_start_date="1991-09") + \
        add_teachers(office, school_id, ["乙"], born="19850505")
    with pytest.raises(ValidationError) as refused:
        office.credits.add_entry(teacher_id=started, category="师德", on="1950-03-01", hours=2)
    assert (str(refused.value), refused.value.field) == ("日期 1950-03-01 早于甲的参加工作时间 1991-09-01：请核对日期", "date")
    office.credits.add_entry(teacher_id=started, category="师德", on="1991-09-01", hours=2)  # the month it began
    with pytest.raises(ValidationError, match="早于乙的出生日期 1985-05-05"):
        office.credits.add_entry(teacher_id=unknown, category="师德", on="1985-01-01", hours=2)
    late, = add_teachers(office, school_id, ["丙"], born="19900101", work_start_date="2015-09")
    with pytest.raises(ValidationError) as refused:  # review r: a resource's authors are not numbered 条
        office.credits.add_resource(title="优质课例", on="2014-10-10", shares=[(started, 40), (late, 40)])
    assert str(refused.value) == "第 2 位作者：日期 2014-10-10 早于丙的参加工作时间 2015-09-01：请核对日期"


def test_full_hours_basis_ignores_lateness_but_not_failure(office, principals):
    pid = make_principal_course(office, hours_basis="full")
    stages, enrolled = run_course(office, pid, principals["teachers"][:1])
    sessions = office.sessions.sessions(pid)
    office.attendance.fill(pid, status="出勤")
    office.attendance.set_marks(pid, [Mark(enrolled[0], sessions[0].id, "缺勤")])
    office.results.set_results(pid, [Assessment(enrolled[0], s.id, "合格") for s in stages])
    office.projects.close(pid)
    assert office.credits.posted_hours(pid) == {principals["teachers"][0]: 300}
    project = office.projects.project(pid)
    project.hours_basis = "attended"
    office.projects.update(project)
    assert office.credits.posted_hours(pid) == {principals["teachers"][0]: 297}


def test_low_attendance_needs_an_override_reason(office, principals):
    pid = make_principal_course(office)
    stages, enrolled = run_course(office, pid, principals["teachers"][:1])
    sessions = office.sessions.sessions(pid)
    office.attendance.set_marks(pid, [Mark(enrolled[0], s.id, "出勤" if i < 12 else "缺勤")
                                      for i, s in enumerate(sessions)])
    below = office.attendance.below_threshold(pid)
    assert [(t.name, r.rate) for t, r in below] == [("赵校长", 0.5)]
    with pytest.raises(ValidationError, match="出勤率为 50%，低于要求的 80%"):
        office.results.set_result(enrollment_id=enrolled[0], stage_id=stages[0].id, result="合格")
    office.results.set_result(enrollment_id=enrolled[0], stage_id=stages[0].id, result="合格",
                              override_reason="因公出差，已补课")
    office.results.set_result(enrollment_id=enrolled[0], stage_id=stages[1].id, result="不合格")
    assert office.results.results(pid)[0].overall == "不合格"


def test_overall_excellent_needs_every_stage_excellent(office, principals):
    pid = make_principal_course(office)
    stages, enrolled = run_course(office, pid, principals["teachers"][:2])
    office.attendance.fill(pid, status="出勤")
    office.results.set_results(pid, [Assessment(enrolled[0], s.id, "优秀" if s.seq == 1 else "合格") for s in stages]
                               + [Assessment(enrolled[1], s.id, "优秀") for s in stages])
    assert {r.trainee.name: r.overall for r in office.results.results(pid)} == {"赵校长": "合格", "钱副校长": "优秀"}
    summary = office.results.summary(pid)
    assert (summary.passed, summary.excellent) == (2, 1)


def test_result_for_someone_not_on_the_roster_is_refused(office, principals):
    pid = make_principal_course(office)
    stages, enrolled = run_course(office, pid, principals["teachers"][:2])
    outsider = principals["teachers"][3]
    with pytest.raises(ValidationError, match="李老师 不在项目“小学校长任职资格培训班”的参培名单上"):
        office.results.set_result_for_teacher(pid, teacher_id=outsider, stage_id=stages[0].id, result="合格")
    office.roster.withdraw(enrolled[1], reason="生病住院", on="2026-03-03")
    with pytest.raises(ValidationError, match="已退出"):
        office.results.set_result(enrollment_id=enrolled[1], stage_id=stages[0].id, result="合格")


def test_attendance_outside_the_project_dates_is_refused(office, principals):
    pid = make_principal_course(office)
    _, enrolled = run_course(office, pid, principals["teachers"][:1])
    first = office.sessions.sessions(pid)[0]
    project = office.projects.project(pid)
    project.start_date, project.days_local = "2026-03-03", 5  # 6 + 5 days fit the 11 days left
    office.projects.update(project)
    with pytest.raises(ValidationError, match="2026-03-02 不在项目“小学校长任职资格培训班”的培训日期"):
        office.attendance.set_marks(pid, [Mark(enrolled[0], first.id, "出勤")])
    with pytest.raises(ValidationError, match="不在项目"):
        office.sessions.generate(pid, stage_id=office.projects.stages(pid)[0].id, dates=["2026-04-01"])


def test_sessions_may_not_exceed_the_stage_hours(office):
    pid = make_principal_course(office)
    stage = office.projects.stages(pid)[0]
    days = [dt.date(2026, 3, 2) + dt.timedelta(days=i) for i in range(12)]
    with pytest.raises(ValidationError, match="超过阶段“第一阶段·集中培训”的 72 学时"):
        office.sessions.generate(pid, stage_id=stage.id, dates=days, slots=("上午", "下午", "晚上"))
    with pytest.raises(ValidationError, match="分项学时合计 70"):
        office.sessions.generate(pid, stage_id=stage.id, dates=days, parts=(("理论学习", 30), ("影子实践", 40)))
    office.sessions.generate(pid, stage_id=stage.id, dates=days[:11])
    assert office.projects.check_hours(pid) == ["阶段“第一阶段·集中培训”的课程安排合计 66 学时，与阶段学时 72 不符"]


def test_gates(office, principals):
    pid = make_principal_course(office)
    with pytest.raises(ValidationError, match="参培名单为空"):
        office.projects.open(pid)
    stages, enrolled = run_course(office, pid, principals["teachers"][:1])
    with pytest.raises(ValidationError, match="当前状态为开班，不能归档"):
        office.projects.archive(pid)
    office.attendance.fill(pid, status="出勤")
    office.results.set_results(pid, [Assessment(enrolled[0], s.id, "优秀") for s in stages])
    office.projects.close(pid)
    with pytest.raises(ValidationError, match="1 名合格学员没有结业证书"):
        office.projects.archive(pid)
    conn = office.database.conn
    conn.execute("INSERT INTO certificates (number, project_id, enrollment_id, teacher_id, hours, result, issued_on)"
                 " VALUES ('2026431028E302-0001', ?, ?, ?, 300, '优秀', '2026-03-20')",
                 (pid, enrolled[0], principals["teachers"][0]))
    with pytest.raises(ValidationError, match="还没有生成含它的提交包（本项目的提交包，或 2026 年度包）"):
        office.projects.archive(pid)
    record_packet(office, pid)
    office.projects.archive(pid)
    with pytest.raises(ValidationError, match="已归档"):
        office.attendance.fill(pid, status="缺勤")
    with pytest.raises(ValidationError, match="必须填写原因"):
        office.projects.reopen(pid, reason="  ")
    office.projects.reopen(pid, reason="证书姓名有误")
    assert office.projects.project(pid).status == "结业"
    with pytest.raises(InUse):
        office.projects.delete(pid)


def closed_certified_with_an_old_packet(office):
    """A closed, certified course whose packet was made in 2000, after every record it reports."""
    pid = make_course(office)
    office.attendance.fill(pid, status="出勤")
    stage = office.projects.stages(pid)[0]
    trainees = office.roster.roster(pid)
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "合格", 80) for t in trainees])
    office.projects.close(pid)
    office.certificates.issue(project_id=pid)
    conn = office.database.conn
    record_packet(office, pid, created_at="2000-01-01 00:00:00")
    conn.execute("UPDATE ledger SET created_at = '1999-12-31 00:00:00' WHERE project_id = ?", (pid,))
    conn.execute("UPDATE attendance SET recorded_at = '1999-12-31 00:00:00'")
    conn.execute("UPDATE audit_log SET at = '1999-12-31 00:00:00'")
    return pid, stage, trainees


def test_archive_wants_a_packet_made_after_an_attendance_correction(office):
    """A cell corrected in place on the closed project (出勤 → 迟到: same hours, same certificates) still
    changes what the packet reports, so the packet made before it is not enough to archive."""
    pid, stage, trainees = closed_certified_with_an_old_packet(office)
    office.projects.archive(pid)  # nothing changed since the packet
    office.projects.reopen(pid, reason="更正考勤")  # 归档 -> 结业
    office.attendance.set_marks(pid, [Mark(trainees[0].enrollment_id, office.sessions.sessions(pid)[0].id, "迟到")])
    assert office.certificates.outdated(pid) == []
    with pytest.raises(ValidationError, match="提交包生成于 2000-01-01 00:00:00，之后考勤又有变动"):
        office.projects.archive(pid)


def test_archive_wants_a_packet_made_after_a_score_changed_or_certificates_issued(office):
    """Results and certificates keep no time of their own; the audit log, written with them, has it."""
    pid, stage, trainees = closed_certified_with_an_old_packet(office)
    conn = office.database.conn
    office.results.set_results(pid, [Assessment(trainees[0].enrollment_id, stage.id, "合格", 85)])  # score only
    with pytest.raises(ValidationError, match="提交包生成于 2000-01-01 00:00:00，之后考核结果又有变动"):
        office.projects.archive(pid)
    conn.execute("UPDATE audit_log SET at = '1999-12-31 00:00:00'")
    conn.execute("UPDATE audit_log SET at = '2000-01-02 00:00:00' WHERE action = 'issue'")  # issued after it
    with pytest.raises(ValidationError, match="之后发证又有变动"):
        office.projects.archive(pid)


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"end_date": "2026-07-02", "days_local": 10}, "days_local",
     "培训天数合计 10 天，但 2026-07-01 至 2026-07-02 只有 2 天。请更正培训天数或日期"),
    ({"days_offsite": 6, "days_local": 6}, "days_local", "培训天数合计 12 天，但 2026-07-01 至 2026-07-10 只有 10 天"),
    ({"year": 2024}, "year", "年度 2024 与开始日期 2026-07-01 不符：项目在其年度内开始（上年度结转的项目在次年开始）。"
                             "请把年度改为 2026，或更正开始日期"),
    ({"year": 2027}, "year", "请把年度改为 2026"),
    ({"code": "2025-31"}, "code", "项目编号 2025-31 以 2025 开头，与年度 2026 不符。请改用 2026 年度的编号"),
])
def test_project_input_that_cannot_be_right_is_refused_at_its_field(office, changes, field, message):
    good = Project(code="2026-31", name="班主任能力提升培训班", year=2026, start_date="2026-07-01",
                   end_date="2026-07-10", days_local=3, places=40)
    with pytest.raises(ValidationError, match=message) as refused:
        office.projects.create(replace(good, **changes))
    assert refused.value.field == field and office.projects.rows() == []
    pid = office.projects.create(good)
    with pytest.raises(ValidationError, match=message):  # editing is held to the same
        office.projects.update(replace(office.projects.project(pid), **changes))


def test_what_may_be_right_is_saved_with_a_warning_at_its_field(office):
    first = office.projects.create(Project(code="2026-01", name="班主任能力提升培训班", year=2026, days_local=3))
    again = Project(code="2026-02", name="班主任能力提升培训班", year=2026, days_local=3)
    assert office.projects.warnings(again) == {"name": "2026 年度已有同名项目 2026-01。请确认不是重复录入；"
                                                       "如是另一期，请在名称中注明（如“二期”）"}
    office.projects.create(again)  # a warning never blocks
    assert office.projects.warnings(replace(again, year=2027)) == {}  # another year's class of the same name
    assert "2026-02" in office.projects.warnings(office.projects.project(first))["name"]  # not itself
    # A 2026 project starting in January 2027: carried over from the 2026 plan, or the 年度 left at this year?
    late = Project(code="2026-03", name="年末项目", year=2026, start_date="2027-01-07", end_date="2027-01-08",
                   days_local=2)
    assert office.projects.warnings(late) == {"year": "开始日期在 2027 年。2026 年度计划结转的项目可以这样保存；"
                                                      "否则请把年度改为 2027"}
    saved = office.projects.project(office.projects.create(late))
    assert saved.year == 2026
    assert office.projects.warnings(replace(saved, start_date="2027-13-")) == {}  # half-typed: no warning, no error
    # 0 places means not set yet (no 超出 flag, no 参培率), so it is no error.
    assert office.projects.project(office.projects.create(Project(code="2026-04", name="待定项目", year=2026))).places == 0


def test_a_project_number_starts_with_its_year_and_the_next_one_is_proposed(office):
    """Review h: 年度 2027 with 编号 2026-12 was saved, and sorted among 2026's projects."""
    assert office.projects.next_code(2027) == "2027-01"
    for code, year in (("2027-01", 2027), ("2027-06", 2027), ("2027-D311", 2027), ("2026-12", 2026),
                       ("县培-3", 2027), ("2025-009", 2025)):
        office.projects.create(Project(code=code, name=f"项目{code}", year=year))
    assert office.projects.next_code(2027) == "2027-07"  # past the highest 序号; 2027-D311 is a national code
    assert office.projects.next_code(2025) == "2025-010"  # as wide as the office writes them
    with pytest.raises(ValidationError) as refused:
        office.projects.create(Project(code="2026-13", name="班主任培训班", year=2027))
    assert (str(refused.value), refused.value.field) == (
        "项目编号 2026-13 以 2026 开头，与年度 2027 不符。请改用 2027 年度的编号（下一个是 2027-07），或把年度改为 2026",
        "code")
    office.projects.create(Project(code="2027-D312", name="国培项目", year=2027))


def test_budget_from_standard_rates(office, principals):
    pid = make_principal_course(office)
    budget = office.projects.budget(pid)
    # Planned: 3 places x (6 x 500 + 6 x 400) + 3 x 178 学时 x 5 元.
    assert [(b.item, b.quantity, b.amount) for b in budget.planned] == [
        ("异地集中培训", 18, 9000), ("本地集中培训", 18, 7200), ("第二阶段·网络研修（网络研修）", 534, 2670)]
    assert budget.planned_total == 18870
    _, enrolled = run_course(office, pid, principals["teachers"][:2])
    sessions = office.sessions.sessions(pid)
    office.attendance.fill(pid, status="出勤")
    office.attendance.fill(pid, status="缺勤", enrollment_ids=[enrolled[1]], session_ids=[s.id for s in sessions[:12]])
    actual = office.projects.budget(pid)
    # Attended 72 + 36 学时 = 18 person-days, split 9 + 9 between 异地 and 本地; 2 people online.
    assert actual.actual_headcount == 2
    assert [(b.quantity, b.amount) for b in actual.actual] == [(9, 4500), (9, 3600), (356, 1780)]
    assert actual.actual_total == 9880


def test_nothing_is_settled_before_training_is_held(office, school_id):
    """Review j: a 计划 course with 14 enrolled and no sessions showed 16,800 元 actual (14 x 3 days): 据实结算
    pays attendance held, and online study only once the course has opened."""
    pid = office.projects.create(Project(code="2026-10", name="乡村幼儿教师培训班", year=2026, days_local=3, places=3),
                                 stages=[Stage(name="集中培训", hours=18), Stage(name="网络研修", form="网络研修", hours=10)])
    office.roster.enroll(pid, add_teachers(office, school_id, ["甲", "乙", "丙"]))
    budget = office.projects.budget(pid)
    assert budget.planned_total == 3 * 3 * 400 + 3 * 10 * 5 and budget.actual_headcount == 3
    assert [(b.item, b.quantity, b.amount) for b in budget.actual] == [
        ("本地集中培训", 0, 0), ("网络研修（网络研修）", 0, 0)]
    office.projects.open(pid)  # a stage without sessions may open: nothing concentrated is held yet
    assert [(b.quantity, b.amount) for b in office.projects.budget(pid).actual] == [(0, 0), (30, 150)]


def test_a_finished_course_without_attendance_says_why_it_settles_nothing(office, school_id):
    """A course run by the province is closed with its results only: its concentrated days settle 0, and the
    budget says why instead of showing a bare 0."""
    pid = office.projects.create(Project(code="2026-11", name="省级骨干教师培训班", year=2026, level="省培", days_local=5,
                                         places=2, start_date="2026-04-01", end_date="2026-04-05"),
                                 stages=[Stage(name="集中培训", hours=30)])
    enrolled = office.roster.enroll(pid, add_teachers(office, school_id, ["甲", "乙"])).added
    assert not office.projects.budget(pid).no_attendance
    office.projects.open(pid)
    stage = office.projects.stages(pid)[0]
    for eid in enrolled:
        office.results.set_result(enrollment_id=eid, stage_id=stage.id, result="合格")
    office.projects.close(pid, today=dt.date(2026, 4, 6))
    budget = office.projects.budget(pid)
    assert budget.actual_total == 0 and budget.no_attendance


def test_live_online_rates_switch_at_100_people(office):
    pid = office.projects.create(Project(code="2026-ZB", name="网络直播讲座", year=2026, places=99),
                                 stages=[Stage(name="直播", form="网络直播", hours=4)])
    assert [(b.unit, b.amount) for b in office.projects.budget(pid).planned] == [("人·学时", 99 * 4 * 40)]
    project = office.projects.project(pid)
    project.places = 100
    office.projects.update(project)
    assert [(b.unit, b.amount) for b in office.projects.budget(pid).planned] == [("学时", 4 * 3000)]


def test_enrolment_by_target_group_quota_and_substitution(office):
    town = office.registry.save_school(School(name="城关中学", township="永乐江镇", stages="初中"))
    rural = office.registry.save_school(School(name="龙海中学", township="龙海镇", stages="初中", rural=True))
    private = office.registry.save_school(School(name="思源学校", township="永乐江镇", stages="初中", private=True))
    old = add_teachers(office, rural, ["老甲", "老乙"], born="19750301")
    young = add_teachers(office, rural, ["少丙"], born="19900301")
    priv = add_teachers(office, private, ["民丁"], born="19700301")
    townie = add_teachers(office, town, ["城戊"], born="19700301")
    pid = office.projects.create(Project(code="2026-08", name="乡村教师资深关爱培训班", year=2026, days_local=6,
                                         places=2, start_date="2026-05-01", end_date="2026-05-06"))
    # 年龄在45岁以上 on 2026-05-01: born on or before 1981-05-01.
    assert office.roster.candidates(pid, TargetGroup(min_age=45, rural=True)) == old
    assert set(office.roster.candidates(pid, TargetGroup(min_age=45))) == {*old, *priv, *townie}
    assert priv[0] not in office.roster.candidates(pid, TargetGroup(min_age=45, include_private=False))
    office.roster.set_quotas(pid, [Quota(1, school_id=rural)])
    report = office.roster.enroll(pid, old)
    assert report.over_quota == ["老乙"] and len(report.added) == 2
    assert [(q.label, q.places, q.enrolled, q.over) for q in office.roster.quotas(pid)] == [("龙海中学", 1, 2, True)]
    new = office.roster.substitute(report.added[1], teacher_id=young[0], reason="工作调整", on="2026-04-28")
    everyone = office.roster.roster(pid, include_left=True)
    replaced = next(t for t in everyone if t.name == "老乙")
    assert (replaced.status, replaced.reason, replaced.left_at, replaced.replaced_by) == (
        "替换", "工作调整", "2026-04-28", new)
    assert [t.name for t in office.roster.roster(pid)] == ["老甲", "少丙"]
    with pytest.raises(ValidationError, match="请填写退出原因"):
        office.roster.withdraw(new, reason="")


def test_a_quota_is_replaced_in_place_and_never_silently_below_those_enrolled(office, principals):
    a, b = principals["schools"]  # 安平镇 and 永乐江镇
    pid = make_principal_course(office)
    office.roster.set_quotas(pid, [Quota(1, school_id=a), Quota(2, township="永乐江镇")])
    office.roster.enroll(pid, principals["teachers"])  # two at each school: 安平镇's quota is already over
    office.roster.set_quotas(pid, [Quota(1, school_id=a), Quota(3, township="永乐江镇")])  # untouched: no question
    with pytest.raises(QuotaBelowEnrolled, match="安仁县城关小学已报名 2 人，指标 1 人将超出 1 人"):
        office.roster.set_quotas(pid, [Quota(1, school_id=a), Quota(1, school_id=b)])  # 永乐江镇 → its school
    assert [(q.label, q.places) for q in office.roster.quotas(pid)] == [("永乐江镇", 3), ("安仁县安平镇中心小学", 1)]
    office.roster.set_quotas(pid, [Quota(1, school_id=a), Quota(1, school_id=b)], below_enrolled=True)
    assert [(q.label, q.places, q.enrolled, q.over) for q in office.roster.quotas(pid)] == [
        ("安仁县安平镇中心小学", 1, 2, True), ("安仁县城关小学", 1, 2, True)]

    with pytest.raises(ValidationError, match="安仁县城关小学已有一条指标，不能重复分配"):
        office.roster.set_quotas(pid, [Quota(5, school_id=b), Quota(5, school_id=b)])
    with pytest.raises(ValidationError, match="永乐江镇已有一条指标"):
        office.roster.set_quotas(pid, [Quota(5, township="永乐江镇"), Quota(5, township=" 永乐江镇 ")])
    with pytest.raises(ValidationError, match="已包含在永乐江镇的乡镇指标中"):
        office.roster.set_quotas(pid, [Quota(5, township="永乐江镇"), Quota(5, school_id=b)])
    with pytest.raises(ValidationError, match="指标人数不能为负数"):
        office.roster.set_quotas(pid, [Quota(-1, school_id=b)])
    assert [q.places for q in office.roster.quotas(pid)] == [1, 1]  # every refusal left the quotas as they were


def test_over_quota_flags_follow_the_quotas_and_the_roster(office, principals):
    """超出指标 is the trainees beyond their quota in the order they took a place, whatever changes since."""
    a, _ = principals["schools"]
    zhao, qian = principals["teachers"][:2]  # both at 安平镇中心小学
    sun = principals["teachers"][2]
    pid = make_principal_course(office)

    def flagged() -> list[str]:
        return [t.name for t in office.roster.roster(pid) if t.over_quota]

    office.roster.set_quotas(pid, [Quota(1, school_id=a)])
    added = office.roster.enroll(pid, [zhao, qian]).added
    assert flagged() == ["钱副校长"]
    office.roster.set_quotas(pid, [Quota(2, school_id=a)])  # the city gave the school a second place
    assert flagged() == []
    office.roster.set_quotas(pid, [Quota(1, school_id=a)], below_enrolled=True)
    assert flagged() == ["钱副校长"]
    office.roster.withdraw(added[0], reason="生病")  # 赵 leaves: 钱 now holds the place
    assert flagged() == []
    office.roster.restore(added[0])
    assert flagged() == ["钱副校长"]
    new = office.roster.substitute(added[0], teacher_id=add_teachers(office, a, ["周校长"], stage="小学")[0],
                                   reason="工作调整")
    assert flagged() == ["钱副校长"]  # 周 takes 赵's place, not a new one
    office.roster.enroll(pid, [sun])  # a school the quotas leave out has no places
    assert flagged() == ["钱副校长", "孙校长"] and new
    office.roster.set_quotas(pid, [])  # no quotas at all: nobody is over
    assert flagged() == []


def test_a_chain_of_substitutes_holds_the_first_place(office, principals):
    """赵 replaced by 周, 周 later by 吴, 吴 by 郑: each holds 赵's place, taken before 钱's."""
    a, _ = principals["schools"]
    zhao, qian = principals["teachers"][:2]  # both at 安平镇中心小学
    zhou, wu, zheng, wang = add_teachers(office, a, ["周校长", "吴校长", "郑校长", "王校长"], stage="小学")
    pid = make_principal_course(office)

    def flagged() -> list[str]:
        return [t.name for t in office.roster.roster(pid) if t.over_quota]

    office.roster.set_quotas(pid, [Quota(1, school_id=a)])
    first, _ = office.roster.enroll(pid, [zhao, qian]).added
    assert flagged() == ["钱副校长"]
    second = office.roster.substitute(first, teacher_id=zhou, reason="工作调整")
    assert flagged() == ["钱副校长"]  # one step: 周 holds 赵's place
    third = office.roster.substitute(second, teacher_id=wu, reason="生病")
    assert flagged() == ["钱副校长"]  # two steps: 吴 holds 赵's place too, not 周's own
    office.roster.substitute(third, teacher_id=zheng, reason="工作调整")
    assert flagged() == ["钱副校长"]
    office.roster.set_quotas(pid, [Quota(2, school_id=a)])
    assert flagged() == []

    # The import's preview counts the same: 郑 and 钱 hold the two places, a newcomer is the third.
    office.roster.set_quotas(pid, [Quota(1, school_id=a)], below_enrolled=True)
    counter = QuotaCounter(office.roster.quotas(pid))
    assert "此为第 3 人" in counter.take(school_id=a, township="安平镇", school_name="安仁县安平镇中心小学")
    office.roster.enroll(pid, [wang])
    assert flagged() == ["钱副校长", "王校长"]


def test_a_chain_of_substitutes_holds_a_place_only_under_one_quota(office, principals):
    """赵 (安平镇) replaced by 孙 (城关小学), 孙 by 周 (安平镇 again): 周 comes after 钱, not in 赵's place."""
    a, b = principals["schools"]
    zhao, qian, sun = principals["teachers"][:3]
    [zhou] = add_teachers(office, a, ["周校长"], stage="小学")
    pid = make_principal_course(office)
    office.roster.set_quotas(pid, [Quota(1, school_id=a), Quota(1, school_id=b)])
    first, _ = office.roster.enroll(pid, [zhao, qian]).added
    second = office.roster.substitute(first, teacher_id=sun, reason="工作调整")  # a place of 城关小学's own
    office.roster.substitute(second, teacher_id=zhou, reason="工作调整")
    assert [t.name for t in office.roster.roster(pid) if t.over_quota] == ["周校长"]


def test_roster_export_grouped_and_masked(office, principals, tmp_path):
    pid = make_principal_course(office)
    office.roster.set_quotas(pid, [Quota(2, township="安平镇"), Quota(2, school_id=principals["schools"][1])])
    office.roster.enroll(pid, principals["teachers"])
    out = office.roster.export(pid, tmp_path / "名单.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb["参培学员名单汇总表"]
    assert ws["A1"].value == "小学校长任职资格培训班参培学员名单汇总表"
    header = [c.value for c in ws[3]]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert header[:6] == ["序号", "乡镇", "学校", "姓名", "性别", "身份证号"]
    assert [(r[1], r[2]) for r in rows] == [("安平镇", "安仁县安平镇中心小学")] * 2 + [("永乐江镇", "安仁县城关小学")] * 2
    assert all("*" in r[5] and "*" in r[10] for r in rows)
    first = office.registry.teacher(principals["teachers"][1]).id_number  # 钱 sorts before 赵
    assert not any(first in str(v) for r in rows for v in r)
    summary = [[c.value for c in r] for r in wb["按学校汇总"].iter_rows(min_row=4)]
    assert summary == [[1, "安平镇", "安仁县安平镇中心小学", "安平镇共2", 2], [2, "永乐江镇", "安仁县城关小学", 2, 2],
                       [None, "合计", None, 4, 4]]
    plain = office.roster.export(pid, tmp_path / "原始.xlsx", masked=False)
    values = [c.value for c in openpyxl.load_workbook(plain).active[4]]
    assert values[5] == first


def test_manual_entries_resources_and_corrections(office, principals):
    a, b, c, _ = principals["teachers"]
    office.credits.add_entry(teacher_id=a, category="校本研修", on="2025-06-30", hours=16, evidence="校本研修记录")
    with pytest.raises(ValidationError, match="合计 70，应等于 80"):
        office.credits.add_resource(title="《分数的意义》优质课", on="2025-11-01", shares=[(a, 40), (b, 30)])
    office.credits.add_resource(title="《分数的意义》优质课", on="2025-11-01", shares=[(a, 40), (b, 30), (c, 10)])
    ethics = office.credits.add_entry(teacher_id=a, category="师德", on="2025-12-01", hours=12)
    with pytest.raises(ValidationError, match="类别只能是"):
        office.credits.add_entries([LedgerEntry(a, "项目培训", "2025-01-01", 6)])
    new = office.credits.correct_entry(ethics, hours=10, reason="按签到表核减")
    ledger = office.credits.teacher_ledger(a, year=2025)
    assert ledger.years[0].credits == 16 + 40 + 10 and ledger.years[0].hours == 26
    assert [(r.category, r.hours, r.is_reversal) for r in ledger.rows][-3:] == [
        ("师德", 12, False), ("师德", -12, True), ("师德", 10, False)]
    with pytest.raises(ValidationError, match="已经冲销过"):
        office.credits.reverse_entry(ethics, reason="再次")
    assert new == ledger.rows[-1].id
    with pytest.raises(NotFound):
        office.credits.add_entry(teacher_id=9999, category="其他", on="2025-01-01", hours=1)


def test_ledger_lines_are_in_date_order_with_each_reversal_after_what_it_cancels(office, principals):
    a = principals["teachers"][0]
    first, middle, last = office.credits.add_entries([LedgerEntry(a, "网络研修", "2026-10-28", 20, evidence="学习证明"),
                                                     LedgerEntry(a, "校本研修", "2026-06-30", 16),
                                                     LedgerEntry(a, "其他", "2026-11-20", 6)])
    office.credits.correct_entry(middle, hours=12, reason="登记表学时抄错")
    ledger = office.credits.teacher_ledger(a, year=2026)
    assert [(r.date, r.hours) for r in ledger.rows if not r.is_reversal] == [
        ("2026-06-30", 16), ("2026-06-30", 12), ("2026-10-28", 20), ("2026-11-20", 6)]
    assert (ledger.rows[0].id, ledger.rows[1].reverses) == (middle, middle)
    assert [r.id for r in ledger.rows][-2:] == [first, last]
    card = ledger_card_section(ledger, gender="男", stage="小学", subject="", title="", masked=True, office="",
                               this_year=2026)  # the 学时登记卡 prints them in the same order
    assert [row[1] for row in card.rows if row[1]] == [r.date for r in ledger.rows]


def test_cycle_of_a_teacher(office, principals):
    a = principals["teachers"][0]
    office.settings.set("cycle_start_year", 2021)
    office.credits.add_entries([LedgerEntry(a, "校本研修", f"{y}-06-30", 72) for y in range(2021, 2027)])
    ledger = office.credits.teacher_ledger(a, cycle_of=2023)
    assert (ledger.cycle_start, ledger.cycle_end, ledger.cycle_hours, ledger.cycle_met) == (2021, 2025, 360, True)
    assert [y.year for y in ledger.years] == [2021, 2022, 2023, 2024, 2025]
    assert office.credits.teacher_ledger(a, year=2026).cycle_hours == 72


def test_project_list_export_follows_the_filters(office, principals, tmp_path):
    pid = make_principal_course(office)
    office.projects.create(Project(code="2026-07", name="乡村教师资深关爱培训班", year=2026, days_local=3, places=40,
                                   host="安仁县教师发展中心", start_date="2026-05-11", end_date="2026-05-13"))
    office.projects.create(Project(code="2025-01", name="班主任培训班", year=2025, days_local=2, places=30))
    office.roster.enroll(pid, principals["teachers"][:3])
    out = office.projects.export(tmp_path / "项目.xlsx", year=2026)
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "2026年度培训项目一览表" and "共 2 个项目" in ws["A2"].value
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=4)]
    assert [(r[1], r[2], r[6], r[7], r[8], r[9]) for r in rows] == [
        ("2026-07", "乡村教师资深关爱培训班", "计划", 40, 0, 18), ("2026-E302", "小学校长任职资格培训班", "计划", 3, 3, 300)]
    assert rows[0][12] == "2026-05-11—2026-05-13" and rows[0][14] == "安仁县教师发展中心"
    searched = office.projects.export(tmp_path / "搜索.xlsx", text="班主任")
    rows = [[c.value for c in r] for r in openpyxl.load_workbook(searched).active.iter_rows(min_row=4)]
    assert [r[1] for r in rows] == ["2025-01"]
    from trainoffice.cli import main

    office.close()
    assert main(["project", "list", "--year", "2025", "--db", str(office.path), "--xlsx", str(tmp_path / "c.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").active["B4"].value == "2025-01"


@pytest.mark.parametrize(("end", "due"), [("2026-03-12", "2026-04-12"), ("2026-01-31", "2026-02-28"),
                                          ("2028-01-31", "2028-02-29"), ("2026-12-02", "2027-01-02")])
def test_the_archive_is_due_a_month_after_the_end(end, due):
    assert Project(end_date=end, status="结业").archive_due == dt.date.fromisoformat(due)


def test_a_project_past_its_archive_deadline_is_overdue_until_archived():
    project = Project(end_date="2026-03-12", status="结业")
    assert not project.archive_overdue(dt.date(2026, 4, 12)) and project.archive_overdue(dt.date(2026, 4, 13))
    assert not replace(project, status="归档").archive_overdue(dt.date(2026, 11, 23))
    assert replace(project, status="开班").archive_overdue(dt.date(2026, 11, 23))  # never closed: still owed
    assert not replace(project, status="计划").archive_overdue(dt.date(2026, 11, 23))  # never held: nothing to send
    assert Project(end_date=None).archive_due is None and not Project(end_date=None).archive_overdue(dt.date.today())


def test_a_plain_projects_stage_follows_its_days_and_a_set_one_is_left_alone(office):
    pid = office.projects.create(Project(code="2026-31", name="心理健康教育培训班", year=2026, days_local=3, places=30,
                                         start_date="2026-05-11", end_date="2026-05-13"))
    assert [s.hours for s in office.projects.stages(pid)] == [18]
    office.projects.update(replace(office.projects.project(pid), days_local=2, end_date="2026-05-12"))
    assert [s.hours for s in office.projects.stages(pid)] == [12]  # 2 days x 6 学时
    stage = office.projects.stages(pid)[0]
    office.projects.set_stages(pid, [replace(stage, hours=10)])  # hours set by hand: the user's, not the days'
    office.projects.update(replace(office.projects.project(pid), days_local=1, end_date="2026-05-11"))
    assert [s.hours for s in office.projects.stages(pid)] == [10]


def test_a_closed_projects_days_change_no_ones_hours(office):
    """Review j: 2026-08 closed at 3 days, set to 2: all 36 trainees dropped to 12 学时, with no word."""
    pid = make_course(office)
    stage = office.projects.stages(pid)[0]
    office.attendance.fill(pid, status="出勤", today=dt.date(2026, 5, 7))
    office.results.set_results(pid, [Assessment(t.enrollment_id, stage.id, "合格", 80)
                                     for t in office.roster.roster(pid)])
    office.projects.close(pid, today=dt.date(2026, 5, 7))
    posted = office.credits.posted_hours(pid)
    office.projects.update(replace(office.projects.project(pid), days_local=1))
    assert office.projects.stages(pid)[0].hours == 12 and office.credits.posted_hours(pid) == posted
