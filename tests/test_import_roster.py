"""Rosters (参培学员名单) into a project: matched by ID, new people added, quotas flagged not dropped."""

from __future__ import annotations

import json

import pytest
from import_files import id_number, write_xlsx

from trainoffice.cli import main
from trainoffice.errors import InUse, ValidationError
from trainoffice.office import Office
from trainoffice.registry import School, Teacher

HEADER = ["序号", "姓名", "身份证号", "单位", "职务", "联系电话"]


@pytest.fixture
def project(office):
    """A project (projects are another service's; inserted plainly here) with 参培指标 per school and township."""
    reg = office.registry
    first = reg.save_school(School(name="安仁县第一中学", township="永乐江镇"))
    town = reg.save_school(School(name="安平镇中学", township="安平镇"))
    reg.save_school(School(name="安平镇中心小学", township="安平镇"))
    for n in range(4):
        reg.save_teacher(Teacher(name=f"一中{n}", id_number=id_number(n), school_id=first, phone="13800138000"))
    reg.save_teacher(Teacher(name="安平甲", id_number=id_number(10), school_id=town))
    with office.atomic():
        conn = office.database.conn
        conn.execute("INSERT INTO projects (id, year, code, name) VALUES (7, 2024, 'XP2024-03', '新教师岗前培训')")
        conn.execute("INSERT INTO quotas (project_id, school_id, places) VALUES (7, ?, 2)", (first,))
        conn.execute("INSERT INTO quotas (project_id, township, places) VALUES (7, '安平镇', 1)")
        teacher = reg.teacher_id_by_number(id_number(0))
        conn.execute("INSERT INTO enrollments (project_id, teacher_id, school_id) VALUES (7, ?, ?)", (teacher, first))
    return office


def roster_file(tmp_path):
    rows = [["新教师岗前培训参培学员名单"], ["填报单位：安仁县教育局"], HEADER,
            [1, "一中0", id_number(0), "安仁县第一中学", "教师", "13800138000"],     # 4: already on the roster
            [2, "一中1", id_number(1), "安仁县第一中学", "教师", "13800138000"],     # 5: 2nd of 2 places
            [3, "一中2", id_number(2), "安仁县第一中学", "班主任", "13800138000"],   # 6: over the school's quota
            [4, "安平甲", id_number(10), "安平镇中学", "教师", ""],                  # 7: 1st of 1 township place
            [5, "新人", id_number(20), "安平镇中心小学", "教师", "13900000000"],     # 8: new person, over township
            [6, "外校", id_number(21), "郴州市某学校", "教师", ""],                  # 9: unknown school
            [7, "一中三", id_number(3), "安仁县第一中学", "教师", ""],               # 10: name differs from 一中3
            ["合计", "7人"]]
    return write_xlsx(tmp_path / "参培名单.xlsx", rows, merges=("A1:F1",))


def test_roster_import_enrols_adds_and_flags_over_quota(project, tmp_path, capsys):
    db = project.path
    project.close()
    code = main(["import", "roster", str(roster_file(tmp_path)), "--project", "XP2024-03", "--db", str(db), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {k: result[k] for k in ("kind", "created", "updated", "unchanged", "rejected")} == {
        "kind": "roster", "created": 5, "updated": 0, "unchanged": 1, "rejected": 1}
    [error] = result["errors"]
    assert error["row"] == 9 and "郴州市某学校" in error["message"] and error["column"] == "D 单位"
    warnings = {}
    for w in result["warnings"]:
        warnings.setdefault(w["row"], []).append(w["message"])
    assert any("超出安仁县第一中学的参培指标（指标 2 人，此为第 3 人）" in m for m in warnings[6])
    assert any("超出安平镇的参培指标（指标 1 人，此为第 2 人）" in m for m in warnings[8])
    assert any("“一中3”" in m and "“一中三”" in m for m in warnings[10])
    assert any("超出" in m for m in warnings[10])  # the 4th from 一中 is over quota too
    assert 5 not in warnings and 7 not in warnings
    with Office(db) as office:
        conn = office.database.conn
        enrolled = dict(conn.execute(
            "SELECT t.name, e.over_quota FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
            " WHERE e.project_id = 7"))
        assert enrolled == {"一中0": 0, "一中1": 0, "一中2": 1, "安平甲": 0, "新人": 1, "一中3": 1}
        new = office.registry.teacher(office.registry.teacher_id_by_number(id_number(20)))
        assert office.registry.school(new.school_id).name == "安平镇中心小学"
        assert conn.execute("SELECT school_id FROM enrollments WHERE teacher_id = ?", (new.id,)).fetchone()[0] == \
            new.school_id
        [batch] = office.imports.history(project_id=7)
        assert batch.kind == "roster" and batch.counts["created"] == 5


def test_roster_undo_and_its_refusal_once_attendance_exists(project, tmp_path):
    plan = project.imports.prepare(roster_file(tmp_path), kind="roster", project_id=7)
    batch_id = project.imports.apply(plan).batch_id
    conn = project.database.conn
    enrolment = conn.execute("SELECT max(id) FROM enrollments").fetchone()[0]
    conn.execute("INSERT INTO sessions (id, project_id, date, slot) VALUES (1, 7, '2024-06-01', '上午')")
    conn.execute("INSERT INTO attendance (enrollment_id, session_id, status) VALUES (?, 1, '出勤')", (enrolment,))
    with pytest.raises(InUse, match="考勤记录"):
        project.imports.undo(batch_id)
    conn.execute("DELETE FROM attendance")
    project.imports.undo(batch_id)
    assert conn.execute("SELECT count(*) FROM enrollments").fetchone()[0] == 1
    assert project.registry.teacher_id_by_number(id_number(20)) is None


def test_roster_name_conflict_can_update_the_registry(project, tmp_path):
    plan = project.imports.prepare(roster_file(tmp_path), kind="roster", project_id=7)
    plan.decide(10, "update")
    result = project.imports.apply(plan)
    assert result.counts["updated"] == 1
    assert project.registry.teacher(project.registry.teacher_id_by_number(id_number(3))).name == "一中三"


def test_unknown_project_code_is_named(project, tmp_path, capsys):
    db = project.path
    project.close()
    code = main(["import", "roster", str(roster_file(tmp_path)), "--project", "NOPE", "--db", str(db)])
    assert code == 1 and "NOPE" in capsys.readouterr().err


def test_a_roster_reads_only_who_a_known_person_is(project, tmp_path):
    """A roster enrols people as the registry has them: a cell it would not use never rejects a known person,
    blocks only the optional update when the name differs, and still rejects a new person."""
    path = write_xlsx(tmp_path / "名单.xlsx", [
        ["姓名", "身份证号", "单位", "是否在编"],
        ["一中1", id_number(1), "安仁县第一中学", "也许"],     # 2: known, same name: enrolled
        ["一中二", id_number(2), "安仁县第一中学", "也许"],    # 3: known, name differs: enrolled, warned
        ["新人", id_number(20), "安平镇中心小学", "也许"],     # 4: new: rejected, the cell named
    ])
    plan = project.imports.prepare(path, kind="roster", project_id=7)
    rows = {r.row: r for r in plan.rows}
    assert rows[2].state == "ok" and rows[2].action == "enrol"
    assert rows[3].action == "enrol" and rows[3].conflict is not None
    assert any("“也许”应填 是 或 否（选择“按表更新”时不会更新此项）" == p.message for p in rows[3].problems)
    assert rows[4].state == "rejected"
    assert [(p.column, p.message) for p in rows[4].problems] == [("D 是否在编", "“也许”应填 是 或 否")]
    assert rows[3].cells == {"name": "一中二", "id_number": id_number(2), "school_id": "安仁县第一中学"}
    plan.decide(3, "update")
    project.imports.apply(plan)
    updated = project.registry.teacher(project.registry.teacher_id_by_number(id_number(2)))
    assert updated.name == "一中二" and updated.in_establishment is True


def test_a_new_person_at_a_new_school_is_enrolled_there_when_schools_are_created(project, tmp_path):
    plan = project.imports.prepare(roster_file(tmp_path), kind="roster", project_id=7, create_schools=True)
    project.imports.apply(plan)
    conn = project.database.conn
    school = conn.execute("SELECT e.school_id, t.school_id, s.name FROM enrollments e JOIN teachers t"
                          " ON t.id = e.teacher_id JOIN schools s ON s.id = e.school_id WHERE t.name = '外校'").fetchone()
    assert school[0] == school[1] and school[2] == "郴州市某学校"


@pytest.mark.parametrize("status", ["结业", "归档"])
def test_a_finished_or_archived_project_refuses_the_roster_naming_its_status_and_the_fix(project, tmp_path, capsys,
                                                                                          status):
    """As Roster.enroll does: its roster feeds certificates, 学时 and the 提交包 (review A-H1, B-M5)."""
    project.database.conn.execute("UPDATE projects SET status = ? WHERE id = 7", (status,))
    db = project.path
    project.close()
    code = main(["import", "roster", str(roster_file(tmp_path)), "--project", "XP2024-03", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and f"当前状态为{status}" in err and "重新打开" in err
    with Office(db) as office:
        assert office.database.conn.execute("SELECT count(*) FROM enrollments").fetchone()[0] == 1
        assert office.imports.history() == []


def test_a_plan_checked_while_the_project_was_open_is_refused_once_it_is_closed(project, tmp_path):
    plan = project.imports.prepare(roster_file(tmp_path), kind="roster", project_id=7)
    project.database.conn.execute("UPDATE projects SET status = '结业' WHERE id = 7")
    with pytest.raises(ValidationError, match="当前状态为结业"):
        project.imports.apply(plan)
    assert project.imports.history() == []


def test_a_teacher_not_in_service_is_not_enrolled_and_the_row_says_why(project, tmp_path):
    """Known and retired, or new with 退休 in the file: rejected as Roster.enroll refuses them."""
    retired = project.registry.teacher(project.registry.teacher_id_by_number(id_number(1)))
    retired.status = "退休"
    project.registry.save_teacher(retired)
    path = write_xlsx(tmp_path / "名单.xlsx", [
        ["姓名", "身份证号", "单位", "状态"],
        ["一中1", id_number(1), "安仁县第一中学", ""],         # 2: retired in the registry
        ["新人", id_number(20), "安平镇中心小学", "退休"],     # 3: new, retired in the file
        ["一中2", id_number(2), "安仁县第一中学", ""],         # 4: in service
    ])
    plan = project.imports.prepare(path, kind="roster", project_id=7)
    rows = {r.row: r for r in plan.rows}
    assert rows[2].state == "rejected" and [p.message for p in rows[2].problems] == [
        "该教师状态为“退休”，不能参加培训：如信息有误，请先在教师信息中改为在职"]
    assert rows[2].problems[0].column == "A 姓名"
    assert rows[3].state == "rejected" and "状态为“退休”，不能参加培训" in rows[3].problems[0].message
    assert rows[4].action == "enrol"
    project.imports.apply(plan)
    enrolled = {t.name for t in project.roster.roster(7)}
    assert enrolled == {"一中0", "一中2"}


def test_a_15_digit_id_of_someone_the_registry_has_is_converted_with_a_warning(project, tmp_path):
    """DOMAIN: old 15-digit numbers are converted, with a warning (review B-L7)."""
    eighteen = id_number(1)
    fifteen = eighteen[:6] + eighteen[8:17]
    path = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "身份证号", "单位"], ["一中1", fifteen, "安仁县第一中学"]])
    [row] = project.imports.prepare(path, kind="roster", project_id=7).rows
    assert row.action == "enrol" and row.state == "warning"
    assert [(p.column, p.message) for p in row.problems] == [("B 身份证号", "15位旧身份证号已转换为18位，请核对")]


def test_a_new_person_on_a_roster_says_a_teacher_record_is_created(project, tmp_path):
    """Review A-L9: 新增 / 列入名单 without a word that a bare teacher record joins 教师."""
    plan = project.imports.prepare(roster_file(tmp_path), kind="roster", project_id=7)
    rows = {r.row: r for r in plan.rows}
    assert plan.note(rows[8], masked=True) == (
        "教师信息库中没有此人，将新建教师信息（姓名、身份证号、工作单位、职务、联系电话），其他信息请之后在教师信息中补全")
    assert plan.note(rows[5], masked=True) == ""  # someone the registry has: enrolled as they are
    plan.set_create_schools(True)
    assert "（姓名、身份证号、工作单位、职务）" in plan.note(rows[9], masked=True)  # at a school the import creates


def test_the_history_names_the_kind_in_chinese_and_a_rosters_project(project, tmp_path, capsys):
    """Review A-L2: `import history` printed roster/teachers, and no project."""
    db = project.path
    project.close()
    main(["import", "roster", str(roster_file(tmp_path)), "--project", "XP2024-03", "--db", str(db)])
    capsys.readouterr()
    assert main(["import", "history", "--db", str(db)]) == 0
    line = capsys.readouterr().out
    assert "参培学员名单（XP2024-03 新教师岗前培训）  参培名单.xlsx" in line and "roster" not in line
