"""The registry's, the roster's and the database's messages in the English build: what the teacher editor shows
under each field, the refusals of schools and rosters, and a backup or file that cannot be used."""

from __future__ import annotations

import pytest

from conftest import make_course, make_teacher, make_teachers
from trainoffice.backups import inspect_backup
from trainoffice.errors import DatabaseNotFound, InUse, ValidationError
from trainoffice.files import WriteError, atomic_output
from trainoffice.idnumber import IdNumberError, parse
from trainoffice.registry import School
from trainoffice.roster import Quota
from trainoffice.signing import PublicKeyError, parse_public_key


def test_the_teacher_editors_field_messages_read_in_english(office, school_id, english):
    check = office.registry.check_teacher(make_teacher(school_id, name=" ", stage="大学", phone="1391234567",
                                                       gender="男", work_start_date="2015.13"))
    assert check.errors == {
        "name": "Please enter the name",
        "stage": "“大学” is not one of the choices: Kindergarten, Primary, Junior high, Senior high, Vocational, "
                 "Special education",
        "phone": "A mobile number has 11 digits (this one has 10): please check it",
        "work_start_date": "Date 2015.13 does not exist",
    }
    assert check.warnings == {"gender": "Does not match the ID number, which shows Female: corrected from the ID number"}
    with pytest.raises(ValidationError) as refused:
        office.registry.save_teacher(make_teacher(school_id, name=""))
    assert str(refused.value) == "Name: Please enter the name"
    wrong_id = office.registry.check_teacher(make_teacher(school_id, id_number="110105194912310021"))
    assert wrong_id.errors == {"id_number": "Wrong check character: the last one should be X"}
    assert parse("110105491231002").warning == "Old 15-digit ID number converted to 18 characters: please check it"


def test_without_a_translator_the_messages_stay_chinese(office, school_id):
    check = office.registry.check_teacher(make_teacher(school_id, stage="大学", gender="男"))
    assert check.errors == {"stage": "“大学”不是可选值：幼儿园、小学、初中、高中、中职、特殊教育"}
    assert check.warnings == {"gender": "与身份证号不符：身份证号显示为女，已按身份证号更正"}
    with pytest.raises(ValidationError, match="^姓名：请填写姓名$"):
        office.registry.save_teacher(make_teacher(school_id, name=""))
    with pytest.raises(IdNumberError, match="^身份证号应为18位，现为3位$"):
        parse("123")


def test_school_refusals_read_in_english(office, school_id, english):
    assert office.registry.check_school(School(name="新校", stages="大学")) == {
        "stages": "Stage “大学” is not one of Kindergarten, Primary, Junior high, Senior high, Vocational, "
                  "Special education"}
    assert office.registry.check_school(School(name="第一中学")) == {
        "name": "There is already a school “测试县第一中学”: it differs from “第一中学” only by the county name “测试县”, "
                "so it is the same school"}
    make_teachers(office, school_id, ["李明"])
    with pytest.raises(InUse) as in_use:
        office.registry.delete_school(school_id)
    assert str(in_use.value) == ("This school has teachers or training records and cannot be deleted; you can "
                                 "deactivate it or merge it into another school.")


def test_roster_refusals_read_in_english(office, english):
    pid = make_course(office)
    trainees = {t.name: t for t in office.roster.roster(pid)}
    office.roster.withdraw(trainees["王芳"].enrollment_id, reason="生病")
    with pytest.raises(ValidationError) as again:
        office.roster.withdraw(trainees["王芳"].enrollment_id, reason="生病")
    assert str(again.value) == "王芳 has already left the roster (Withdrawn)"
    with pytest.raises(ValidationError) as restore:
        office.roster.restore(trainees["李强"].enrollment_id)
    assert str(restore.value) == "李强 is Enrolled: only a trainee who withdrew can be restored"
    school = office.registry.school_by_name("安仁县城关中学")
    with pytest.raises(ValidationError) as below:
        office.roster.set_quotas(pid, [Quota(places=1, school_id=school.id)])
    assert str(below.value) == "安仁县城关中学 has 2 enrolled: a quota of 1 leaves 1 over"
    (retired,) = make_teachers(office, school.id, ["赵六"])
    office.registry.set_status(retired, "退休")
    with pytest.raises(ValidationError) as refused:
        office.roster.enroll(pid, [retired])
    assert str(refused.value) == ("赵六 is Retired and cannot take part in training: if that is wrong, first set "
                                  "the status to Active in the teacher's details.")


def test_a_file_or_backup_that_cannot_be_used_is_said_in_english(tmp_path, english):
    missing = tmp_path / "stick" / "backup.sqlite3"
    with pytest.raises(DatabaseNotFound) as not_found:
        inspect_backup(missing)
    assert str(not_found.value) == f"Backup file {missing} not found."
    with pytest.raises(WriteError) as no_folder, atomic_output(missing):
        pass
    assert str(no_folder.value) == f"Folder {missing.parent} does not exist."
    with pytest.raises(PublicKeyError) as bad_key:
        parse_public_key("abc")
    assert str(bad_key.value).startswith("Not a public key: it should be 43 characters of base64url text")
