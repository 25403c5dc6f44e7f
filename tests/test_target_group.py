"""培训对象 read into the picker's filters: the plan's own wording, the registry's own vocabularies."""

from __future__ import annotations

import pytest

from conftest import make_teacher
from trainoffice.idnumber import check_character
from trainoffice.projects import Project
from trainoffice.registry import BACKBONE_LEVELS, POSTS, PUTONGHUA_LEVELS, STAGES, School
from trainoffice.roster import POST_WORDS, PUTONGHUA_WORDS, STAGE_WORDS, TargetGroup, target_group_from_text

SUBJECTS = ("化学", "数学", "物理", "英语", "语文", "音乐", "科学", "道德与法治", "思想政治", "特殊教育")  # 学科 in use


@pytest.mark.parametrize(("text", "group"), [
    ("全县小学语文教师", TargetGroup(stages=("小学",), subjects=("语文",))),
    ("初中数学、物理教师", TargetGroup(stages=("初中",), subjects=("数学", "物理"))),
    ("45周岁以下乡村中小学教师", TargetGroup(stages=("小学", "初中", "高中"), max_age=45, rural=True)),
    ("新入职教师", TargetGroup(new_teachers_only=True)),
    ("幼儿园园长", TargetGroup(stages=("幼儿园",), posts=("园长",))),
    ("高中英语骨干教师", TargetGroup(stages=("高中",), subjects=("英语",), backbone_levels=BACKBONE_LEVELS)),
    # the 2018 city plan's own 培训对象 [CZ]
    ("年龄在 45 岁以上中小学教师", TargetGroup(stages=("小学", "初中", "高中"), min_age=45)),
    ("乡村初中物理、化学教师培训", TargetGroup(stages=("初中",), subjects=("物理", "化学"), rural=True)),
    ("小学校长、分管德育及教研副校长", TargetGroup(stages=("小学",), posts=("校长", "副校长"))),
    ("中小学校长或幼儿园园长", TargetGroup(stages=("小学", "初中", "高中", "幼儿园"), posts=("校长", "园长"))),
    ("中小学校（园）长", TargetGroup(stages=("小学", "初中", "高中"), posts=("校长", "园长"))),
    ("幼儿教师、园长", TargetGroup(stages=("幼儿园",))),  # teachers and heads alike: no 职务
    ("乡村小学教师、班主任", TargetGroup(stages=("小学",), rural=True)),
    ("中小学班主任", TargetGroup(stages=("小学", "初中", "高中"), posts=("班主任",))),
    ("具有高级以上职称的教师", TargetGroup(titles=("正高级教师", "高级教师"))),
    ("中级及以上职称的教师", TargetGroup(titles=("正高级教师", "高级教师", "一级教师"))),  # the grade 一级 replaced
    ("初级职称教师", TargetGroup(titles=("二级教师", "三级教师"))),
    ("全市特殊教育学校教师", TargetGroup(stages=("特殊教育",))),  # the 学段, not also the 学科
    ("职业学校教师", TargetGroup(stages=("中职",))),
    ("中小学科学教师", TargetGroup(stages=("小学", "初中", "高中"), subjects=("科学",))),
    ("郴州市初中新进校长", TargetGroup(stages=("初中",), posts=("校长",))),  # a new head is not a 新教师
    ("市县级教研员", TargetGroup(posts=("教研员",))),
    ("35周岁（含）以下城区小学一级教师", TargetGroup(stages=("小学",), titles=("一级教师",), max_age=35, rural=False)),
    ("普通话在二甲以上中小学教师", TargetGroup(stages=("小学", "初中", "高中"), putonghua_levels=("一级甲等", "一级乙等", "二级甲等"))),
    ("四十五周岁以下乡村中小学教师", TargetGroup(stages=("小学", "初中", "高中"), max_age=45, rural=True)),
    ("年龄在五十岁以上的初中教师", TargetGroup(stages=("初中",), min_age=50)),
    ("全体教师", TargetGroup()),
    ("各学段学科骨干教师", TargetGroup(backbone_levels=BACKBONE_LEVELS)),
    ("", TargetGroup()),
])
def test_target_group_from_text(text, group):
    assert target_group_from_text(text, subjects=SUBJECTS) == group


@pytest.mark.parametrize(("text", "years"), [
    ("45周岁以下", 45), ("４５岁以下", 45), ("四十五周岁以下", 45), ("三十五岁以下", 35), ("三十周岁（含）以下", 30),
    ("五十岁以下", 50), ("十八周岁以下", 18), ("二十五岁以下", 25), ("九岁以下", 9),
])
def test_ages_in_figures_or_in_chinese_numerals(text, years):
    assert target_group_from_text(text, subjects=()) == TargetGroup(max_age=years)


TOWNSHIPS = ("安平镇", "平背乡", "永乐江镇", "龙海镇")  # the 乡镇 of the county's schools


@pytest.mark.parametrize(("text", "group"), [
    ("平背乡、龙海镇初中教师", TargetGroup(stages=("初中",), townships=("平背乡", "龙海镇"))),
    ("永乐江镇四十五周岁以下数学教师", TargetGroup(subjects=("数学",), townships=("永乐江镇",), max_age=45)),
    ("安平镇中心小学教师", TargetGroup(stages=("小学",), townships=("安平镇",))),  # the school's 乡镇, not the school
    ("大石乡小学教师", TargetGroup(stages=("小学",))),  # a 乡镇 with no school in the registry: not read
    ("乡村小学教师", TargetGroup(stages=("小学",), rural=True)),
])
def test_townships_named_by_the_county_schools(text, group):
    assert target_group_from_text(text, subjects=SUBJECTS, townships=TOWNSHIPS) == group


@pytest.mark.parametrize(("text", "levels"), [
    ("普通话二级甲等以上", ("一级甲等", "一级乙等", "二级甲等")),
    ("普通话水平达到二级乙等及以上", ("一级甲等", "一级乙等", "二级甲等", "二级乙等")),
    ("普通话一级乙等", ("一级乙等",)),
    ("普通话二乙", ("二级乙等",)),
    ("普通话二级", ("二级甲等", "二级乙等")),  # the 级 alone: both of its 等
    ("普通话二级以上", ("一级甲等", "一级乙等", "二级甲等", "二级乙等")),
    ("中小学理科教师普通话培训", ()),  # 普通话 without a level
    ("二级甲等", ()),  # a level only after 普通话
    ("普通话培训班学员、一级教师", ()),  # the 一级 of a 职称 after the sentence moved on
])
def test_putonghua_levels_at_or_above(text, levels):
    assert target_group_from_text(text, subjects=()).putonghua_levels == levels


@pytest.mark.parametrize(("text", "levels"), [
    ("中小学音乐骨干教师", ("国家级", "省级", "市级", "县级")),  # 骨干 alone: any 骨干级别 [CZ]
    ("全县骨干教师", ("国家级", "省级", "市级", "县级")),  # the county's, not 县级
    ("市级骨干教师", ("市级",)),
    ("市县级骨干教师", ("市级", "县级")),
    ("县级以上骨干教师", ("国家级", "省级", "市级", "县级")),
    ("省级及以上骨干教师", ("国家级", "省级")),
    ("郴州市正职初中骨干校长", ("国家级", "省级", "市级", "县级")),  # [CZ]
    ("市县级教研员", ()),
    ("非骨干教师", ()),  # the opposite of 骨干
])
def test_backbone_levels(text, levels):
    assert target_group_from_text(text, subjects=()).backbone_levels == levels


def test_the_registry_answers_what_the_text_reads(office):
    """普通话 and 骨干 as read from the text pick the teachers whose records say so."""
    school = office.registry.save_school(School(name="安仁县城关中学", township="永乐江镇", stages="初中"))
    recorded = {"甲": ("一级乙等", "省级"), "乙": ("二级甲等", "市级"), "丙": ("二级乙等", "县级"), "丁": ("", "")}
    ids = {}
    for n, (name, (putonghua, backbone)) in enumerate(recorded.items(), start=1):
        first17 = f"43102819800101{n:03d}"
        ids[office.registry.save_teacher(make_teacher(school, name=name, id_number=first17 + check_character(first17),
                                                      putonghua_level=putonghua, backbone_level=backbone))] = name
    pid = office.projects.create(Project(code="2026-01", name="骨干教师培训班", year=2026))

    def picked(text: str) -> set[str]:
        group = target_group_from_text(text, subjects=(), townships=office.registry.townships())
        return {ids[teacher_id] for teacher_id in office.roster.candidates(pid, group)}

    assert picked("普通话在二甲以上教师") == {"甲", "乙"}
    assert picked("市级以上骨干教师") == {"甲", "乙"}
    assert picked("骨干教师") == {"甲", "乙", "丙"}
    assert picked("永乐江镇县级骨干教师") == {"丙"}
    assert picked("全体教师") == {"甲", "乙", "丙", "丁"}


def test_subjects_come_from_the_registry_in_use():
    assert target_group_from_text("初中数学、物理教师", subjects=()) == TargetGroup(stages=("初中",))
    assert target_group_from_text("平背乡初中教师", subjects=()) == TargetGroup(stages=("初中",))  # no 乡镇 given


def test_the_words_name_only_the_registry_vocabularies():
    assert {stage for stages in STAGE_WORDS.values() for stage in stages} == set(STAGES)
    assert {post for posts in POST_WORDS.values() for post in posts} == set(POSTS) - {"教师"}
    assert {level for levels in PUTONGHUA_WORDS.values() for level in levels} == set(PUTONGHUA_LEVELS)
