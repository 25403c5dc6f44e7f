import datetime as dt

import pytest

from conftest import make_teacher
from trainoffice.errors import InUse, ValidationError
from trainoffice.idnumber import check_character
from trainoffice.registry import School, TeacherQuery, parse_date


def test_teacher_is_created_with_fields_derived_from_the_id(office, school_id):
    tid = office.registry.save_teacher(make_teacher(school_id, id_number="11010519491231002x "))
    t = office.registry.teacher(tid)
    assert (t.id_number, t.gender, t.birth_date) == ("11010519491231002X", "女", "1949-12-31")
    assert [p.school_id for p in office.registry.postings(tid)] == [school_id]


def test_check_reports_errors_and_contradictions(office, school_id):
    check = office.registry.check_teacher(make_teacher(school_id, gender="男", birth_date="1950-01-01",
                                                       phone="abc", title="特级"))
    assert "身份证号显示为女" in check.warnings["gender"]
    assert "1949-12-31" in check.warnings["birth_date"]
    assert set(check.errors) == {"phone", "title"}
    bad = office.registry.check_teacher(make_teacher(school_id, id_number="110105199002300011", name=" "))
    assert set(bad.errors) == {"name", "id_number"}


def test_fifteen_digit_id_is_converted_with_a_warning(office, school_id):
    check = office.registry.check_teacher(make_teacher(school_id, id_number="110105491231002"))
    assert check.ok and check.teacher.id_number == "11010519491231002X"
    assert "15位" in check.warnings["id_number"]


def test_duplicate_id_is_refused_and_found(office, school_id):
    tid = office.registry.save_teacher(make_teacher(school_id))
    with pytest.raises(ValidationError, match="已在教师信息库"):
        office.registry.save_teacher(make_teacher(school_id, name="李四"))
    assert office.registry.teacher_id_by_number("110105491231002") == tid
    assert office.registry.teacher(tid).name == "张三"


def test_transfer_keeps_history(office, school_id):
    other = office.registry.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    tid = office.registry.save_teacher(make_teacher(school_id), on=dt.date(2020, 9, 1))
    office.registry.transfer(tid, school_id=other, on=dt.date(2024, 2, 1), note="交流轮岗")
    history = office.registry.postings(tid)
    assert [(p.school_id, p.from_date, p.to_date) for p in history] == [
        (school_id, "2020-09-01", "2024-02-01"), (other, "2024-02-01", None)]
    assert office.registry.teacher(tid).school_id == other


def test_school_with_teachers_cannot_be_deleted_but_merged(office, school_id):
    other = office.registry.save_school(School(name="测试县一中", township="城关镇", stages="高中"))
    tid = office.registry.save_teacher(make_teacher(other))
    with pytest.raises(InUse):
        office.registry.delete_school(other)
    office.registry.merge_schools(keep_id=school_id, merge_id=other)
    assert office.registry.teacher(tid).school_id == school_id
    assert [s.id for s in office.registry.schools()] == [school_id]
    assert [s.id for s in office.registry.schools(include_inactive=True)] == [school_id]  # not offered for a choice
    kept = office.registry.schools(include_inactive=True, include_merged=True)
    assert sorted((s.id, s.name, s.active, s.merged_into) for s in kept) == [
        (school_id, "测试县第一中学", True, None), (other, "测试县一中", False, school_id)]
    empty = office.registry.save_school(School(name="空学校"))
    office.registry.delete_school(empty)


def test_an_inactive_school_cannot_be_the_one_kept(office, school_id):
    """Its teachers would sit at a school the editor's list does not offer."""
    closed = office.registry.save_school(School(name="和平小学", township="城关镇", stages="小学"))
    office.registry.set_school_active(closed, False)
    tid = office.registry.save_teacher(make_teacher(school_id))
    with pytest.raises(ValidationError, match="“和平小学”已停用.*先在“学校”中重新启用"):
        office.registry.merge_schools(keep_id=closed, merge_id=school_id)
    assert office.registry.teacher(tid).school_id == school_id and office.registry.school(school_id).active
    office.registry.merge_schools(keep_id=school_id, merge_id=closed)  # an inactive school can be merged away


def test_merge_moves_the_present_and_leaves_finished_projects_and_past_postings_as_they_were(office, school_id):
    reg, conn = office.registry, office.database.conn
    village = reg.save_school(School(name="石门村小", township="城关镇", stages="小学"))
    tid = reg.save_teacher(make_teacher(village), on=dt.date(2020, 9, 1))
    projects = {}
    for code, status in (("2023-001", "结业"), ("2024-001", "归档"), ("2025-001", "开班"), ("2025-002", "计划")):
        pid = conn.execute("INSERT INTO projects (year, code, name, status) VALUES (?, ?, ?, ?)",
                           (int(code[:4]), code, f"{code}培训", status)).lastrowid
        conn.execute("INSERT INTO enrollments (project_id, teacher_id, school_id) VALUES (?, ?, ?)",
                     (pid, tid, village))
        conn.executemany("INSERT INTO quotas (project_id, school_id, places) VALUES (?, ?, ?)",
                         [(pid, village, 2), (pid, school_id, 3)])
        projects[status] = pid
    conn.commit()
    reg.merge_schools(keep_id=school_id, merge_id=village, on=dt.date(2025, 9, 1))

    assert reg.teacher(tid).school_id == school_id
    assert [(p.school_id, p.from_date, p.to_date) for p in reg.postings(tid)] == [
        (village, "2020-09-01", "2025-09-01"), (school_id, "2025-09-01", None)]
    for status, pid in projects.items():
        finished = status in ("结业", "归档")
        assert [t.school for t in office.roster.roster(pid)] == ["石门村小" if finished else "测试县第一中学"]
        assert sorted((q.school_id, q.places) for q in office.roster.quotas(pid)) == (
            [(school_id, 3), (village, 2)] if finished else [(school_id, 5)]), status
    gone = reg.school(village)
    assert (gone.name, gone.active, gone.merged_into) == ("石门村小", False, school_id)
    with pytest.raises(InUse):  # the finished rosters and the postings still need it
        reg.delete_school(village)


def test_leaving_and_coming_back_close_and_open_postings_dated_as_said(office, school_id):
    reg = office.registry
    other = reg.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    tid = reg.save_teacher(make_teacher(school_id), on=dt.date(2020, 9, 1))
    reg.set_status(tid, "调出", on=dt.date(2024, 8, 31))
    reg.set_status(tid, "退休", on=dt.date(2025, 1, 1))  # out of service to out of service: nothing to date
    with pytest.raises(ValidationError, match="早于当前任职（或离开）的日期 2024-08-31"):
        reg.set_status(tid, "在职", on=dt.date(2024, 8, 1))
    with pytest.raises(ValidationError, match="晚于今天"):
        reg.set_status(tid, "在职", on=dt.date.today() + dt.timedelta(days=1))
    teacher = reg.teacher(tid)
    teacher.status, teacher.school_id = "在职", other  # back, at another school, through the editor's save
    reg.save_teacher(teacher, on=dt.date(2025, 2, 17))
    assert [(p.school_id, p.from_date, p.to_date) for p in reg.postings(tid)] == [
        (school_id, "2020-09-01", "2024-08-31"), (other, "2025-02-17", None)]
    teacher.status = "退休"
    with pytest.raises(ValidationError, match="早于"):
        reg.save_teacher(teacher, on=dt.date(2025, 2, 1))
    assert reg.teacher(tid).status == "在职"  # refused: nothing written
    reg.save_teacher(teacher, on=dt.date(2025, 7, 31))
    assert reg.postings(tid)[-1].to_date == "2025-07-31"


def test_the_first_posting_reaches_back_so_a_leaving_may_be_dated_before_the_teacher_was_entered(office, school_id):
    reg = office.registry
    tid = reg.save_teacher(make_teacher(school_id, work_start_date="1998-09"))  # entered today
    with pytest.raises(ValidationError, match="早于该教师的参加工作时间 1998-09"):  # review o: 1980 was taken
        reg.set_status(tid, "退休", on=dt.date(1980, 1, 1))
    reg.set_status(tid, "退休", on=dt.date(2025, 6, 30))  # before the day entered: the history does not read backwards
    assert [(p.from_date, p.to_date) for p in reg.postings(tid)] == [("1998-09-01", "2025-06-30")]
    first17 = "43102819800101777"
    left = reg.save_teacher(make_teacher(school_id, id_number=first17 + check_character(first17), status="调出"),
                            on=dt.date(2025, 3, 1))  # entered already gone: left on the day given
    assert [(p.from_date, p.to_date) for p in reg.postings(left)] == [("2025-03-01", "2025-03-01")]
    gone17 = "43102819800101779"  # review r: a new teacher entered already 退休 had the day left unchecked
    gone = make_teacher(school_id, id_number=gone17 + check_character(gone17), status="退休", work_start_date="2010-09")
    for day, said in ((dt.date.today() + dt.timedelta(days=1), "晚于今天"), (dt.date(1999, 1, 1), "早于该教师的参加工作时间")):
        with pytest.raises(ValidationError, match=said):
            reg.save_teacher(gone, on=day)
    assert reg.teacher_id_by_number(gone.id_number) is None
    born = "43102819850505123"
    unknown_start = reg.save_teacher(make_teacher(school_id, id_number=born + check_character(born), work_start_date=""))
    with pytest.raises(ValidationError, match="早于该教师的出生日期 1985-05-05"):
        reg.set_status(unknown_start, "调出", on=dt.date(1985, 1, 1))


def test_a_leave_before_a_school_merge_is_refused_with_the_reason(office, school_id):
    """Review o: after a merge the earliest day is the merge day; the refusal says why, not only 请核对."""
    reg = office.registry
    kept = reg.save_school(School(name="测试县城关小学", township="城关镇", stages="小学"))
    tid = reg.save_teacher(make_teacher(school_id))
    reg.merge_schools(keep_id=kept, merge_id=school_id, on=dt.date(2026, 3, 1))
    with pytest.raises(ValidationError, match=r"早于 2026-03-01：这一天.*并入测试县城关小学，.*请按 2026-03-01 或之后的日期记录"):
        reg.set_status(tid, "退休", on=dt.date(2026, 2, 1))


def test_a_merge_moves_no_posting_of_a_teacher_who_has_left(office, school_id):
    reg = office.registry
    village = reg.save_school(School(name="石门村小", township="城关镇", stages="小学"))
    tid = reg.save_teacher(make_teacher(village), on=dt.date(2020, 9, 1))
    reg.set_status(tid, "退休", on=dt.date(2024, 7, 1))
    reg.merge_schools(keep_id=school_id, merge_id=village, on=dt.date(2025, 9, 1))
    assert reg.teacher(tid).school_id == school_id
    assert [(p.school_id, p.to_date) for p in reg.postings(tid)] == [(village, "2024-07-01")]


def test_school_validation(office, school_id):
    with pytest.raises(ValidationError, match="同名"):
        office.registry.save_school(School(name=" 测试县第一中学 "))
    with pytest.raises(ValidationError, match="学段"):
        office.registry.save_school(School(name="某校", stages="大学"))


def test_retired_teachers_are_hidden_by_default(office, school_id):
    tid = office.registry.save_teacher(make_teacher(school_id))
    office.registry.set_status(tid, "退休")
    assert office.registry.search_ids(TeacherQuery()) == []
    assert office.registry.search_ids(TeacherQuery(status="")) == [tid]


def test_search_by_pinyin_id_tail_phone_and_school(office, school_id):
    reg = office.registry
    zhang = reg.save_teacher(make_teacher(school_id))
    li = reg.save_teacher(make_teacher(school_id, name="李四", id_number="110105199003071239",
                                       phone="13912345678"))
    assert li  # id number check: see test_idnumber

    def find(text, **kw):
        return reg.search_ids(TeacherQuery(text=text, **kw))

    assert find("zs") == [zhang]
    assert find("zhangsan") == [zhang]
    assert find("ZhangS") == [zhang]
    assert find("002x") == [zhang]
    assert find("5678") == [li]
    assert find("第一中学") == [li, zhang]  # pinyin order: li before zhang
    assert find("张") == [zhang]
    assert find("ls 李") == [li]
    assert find("", subject="数学", stage="初中") == [li, zhang]
    assert find("nobody") == []
    assert find("071239") == [li]  # a longer ID tail
    assert find("3912345") == [li]  # digits from the middle of a phone number
    assert find("一中") == [li, zhang]  # any part of the school name
    assert find("李_") == [] and find("%") == []  # typed text is literal, not a LIKE pattern


def test_school_check_names_the_field_to_fix(office, school_id):
    assert office.registry.check_school(School(name="测试县第二中学")) == {}
    assert "同名" in office.registry.check_school(School(name=" 测试县第一中学 "))["name"]
    assert "学段" in office.registry.check_school(School(name="新校", stages="大学"))["stages"]
    assert office.registry.check_school(School(id=school_id, name="测试县第一中学")) == {}


@pytest.mark.parametrize(("phone", "message"), [
    ("1391234567", "手机号应为 11 位（现为 10 位）：请核对"),  # a mobile missing a digit
    ("139123456789", "手机号应为 11 位（现为 12 位）：请核对"),
    ("12912345678", "手机号第二位应为 3–9（现为 2）：请核对"),
    ("23912345678", "不是手机号（1 开头的 11 位）或固定电话（区号-号码，如 0735-5221234）：请核对"),
    ("0735-522123", "不是手机号（1 开头的 11 位）或固定电话（区号-号码，如 0735-5221234）：请核对"),
    ("abc", "联系电话只能包含数字和 - + ( )"),
])
def test_phone_typos_are_errors_that_say_what_to_check(office, school_id, phone, message):
    check = office.registry.check_teacher(make_teacher(school_id, phone=phone))
    assert check.errors == {"phone": message}


@pytest.mark.parametrize("phone", ["13912345678", "139 1234 5678", "139-1234-5678", "+86 139 1234 5678",
                                   "0735-5221234", "(0735)5221234", "07355221234", "5221234", "010-62345678",
                                   "0735-5221234-801"])
def test_mobiles_and_landlines_as_people_write_them_pass(office, school_id, phone):
    assert office.registry.check_teacher(make_teacher(school_id, phone=phone)).ok


@pytest.mark.parametrize("typed", ["2015.09", "2015年9月", "2015-9", "2015/09", "2015年09", "201509"])
def test_work_start_as_year_and_month_is_the_first_of_the_month(office, school_id, typed):
    """Staff forms give 参加工作时间 as 2015.09; the 出生日期 stays exact (the ID number has it)."""
    check = office.registry.check_teacher(make_teacher(school_id, work_start_date=typed))
    assert check.ok and check.teacher.work_start_date == "2015-09-01"
    assert parse_date(typed, month=True) == dt.date(2015, 9, 1)
    with pytest.raises(ValueError, match="无法识别的日期"):
        parse_date(typed)


def test_a_year_and_month_that_does_not_exist_is_refused(office, school_id):
    check = office.registry.check_teacher(make_teacher(school_id, work_start_date="2015.13"))
    assert check.errors == {"work_start_date": "日期 2015.13 不存在"}
    check = office.registry.check_teacher(make_teacher(school_id, work_start_date="201513"))
    assert check.errors == {"work_start_date": "日期 201513 不存在"}
    check = office.registry.check_teacher(make_teacher(school_id, work_start_date="九月"))
    assert check.errors == {"work_start_date": "无法识别的日期：九月（请写成 2018-05-03 或 2018.05）"}


@pytest.mark.parametrize(("typed", "stored", "dropped"), [
    ("13800138000/13900139000", "13800138000", "13900139000"),
    ("13800138000、0735-5221234", "13800138000", "0735-5221234"),
    ("13800138000；13900139000，13700137000", "13800138000", "13900139000、13700137000"),
    ("13800138000或13900139000", "13800138000", "13900139000"),
    ("0735-5221234转8001", "0735-5221234-8001", ""),
    ("0735-5221234 分机 8001", "0735-5221234-8001", ""),
    ("(0735)5221234 ext.8001", "(0735)5221234-8001", ""),
])
def test_a_phone_cell_with_two_numbers_keeps_the_first_and_an_extension_is_kept(office, school_id, typed, stored,
                                                                                 dropped):
    """School sheets write 13800138000/13900139000 and 0735-5221234转8001: not a reason to refuse the teacher."""
    check = office.registry.check_teacher(make_teacher(school_id, phone=typed))
    assert check.ok and check.teacher.phone == stored
    assert check.warnings.get("phone") == (f"只保留了第一个号码 {stored}，未保存：{dropped}" if dropped else None)


def test_work_start_in_the_future_or_before_birth_is_an_error_and_before_16_a_warning(office, school_id):
    def check(start, **kw):  # 张三 was born on 1949-12-31
        return office.registry.check_teacher(make_teacher(school_id, work_start_date=start, **kw))

    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert check(tomorrow.isoformat()).errors == {"work_start_date": f"参加工作时间 {tomorrow} 晚于今天：请核对"}
    assert check("1940-09-01").errors == {"work_start_date": "参加工作时间 1940-09-01 早于出生日期 1949-12-31：请核对"}
    young = check("1965-09-01")
    assert young.ok and young.warnings == {"work_start_date": "参加工作时仅 15 岁（出生日期 1949-12-31）：请核对参加工作时间"}
    grown = check("1966-12-31")  # 16 that day
    assert grown.ok and not grown.warnings and grown.teacher.work_start_date == "1966-12-31"
    assert check("1970.9.1").teacher.work_start_date == "1970-09-01"
    unknown_birth = check("1940-09-01", id_number="123")  # no birth date to compare with: only the ID is wrong
    assert set(unknown_birth.errors) == {"id_number"}


def test_title_sorts_by_rank_not_as_text(office, school_id):
    reg = office.registry
    ids = {title: reg.save_teacher(make_teacher(school_id, name=f"教师{n}", id_number=_id(n), title=title))
           for n, title in enumerate(("高级教师", "二级教师", "正高级教师", "", "一级教师"))}
    ranked = [ids["正高级教师"], ids["高级教师"], ids["一级教师"], ids["二级教师"], ids[""]]
    assert reg.search_ids(TeacherQuery(order_by="title")) == ranked
    assert reg.search_ids(TeacherQuery(order_by="title", descending=True)) == ranked[::-1]


def _id(n: int) -> str:
    from trainoffice.idnumber import check_character

    first17 = f"11010519800101{n:03d}"
    return first17 + check_character(first17)
