"""The domain's words as the user reads them, the same on every screen and in either language.

Fixed vocabularies (学段, 职称, 培训层级, 培训形式, 项目状态, 时段, 学时类别 …) are stored in Chinese, and the core
names a teacher's fields in Chinese (姓名, 身份证号 …); ``term`` shows such a word in the user's language, and a word
outside them (a form typed in by hand, a subject) as it is. Each vocabulary is its own translation context, so
one Chinese word can read differently in two of them: 校本研修 is a 层级 and a 学时类别, 网络研修 a 培训形式 and a
学时类别. Such a word reads as in its first vocabulary unless the screen names the one it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VOCABULARIES: dict[str, tuple[str, ...]] = {
    "ProjectStatus": (QT_TRANSLATE_NOOP("ProjectStatus", "计划"), QT_TRANSLATE_NOOP("ProjectStatus", "开班"),
                      QT_TRANSLATE_NOOP("ProjectStatus", "结业"), QT_TRANSLATE_NOOP("ProjectStatus", "归档")),
    "EnrollmentStatus": (QT_TRANSLATE_NOOP("EnrollmentStatus", "在册"), QT_TRANSLATE_NOOP("EnrollmentStatus", "退出"),
                         QT_TRANSLATE_NOOP("EnrollmentStatus", "替换")),
    "Slot": (QT_TRANSLATE_NOOP("Slot", "上午"), QT_TRANSLATE_NOOP("Slot", "下午"), QT_TRANSLATE_NOOP("Slot", "晚上")),
    "AttendanceMark": (QT_TRANSLATE_NOOP("AttendanceMark", "出勤"), QT_TRANSLATE_NOOP("AttendanceMark", "迟到"),
                       QT_TRANSLATE_NOOP("AttendanceMark", "早退"), QT_TRANSLATE_NOOP("AttendanceMark", "请假"),
                       QT_TRANSLATE_NOOP("AttendanceMark", "缺勤")),
    "Result": (QT_TRANSLATE_NOOP("Result", "合格"), QT_TRANSLATE_NOOP("Result", "优秀"),
               QT_TRANSLATE_NOOP("Result", "不合格")),
    "ProjectLevel": (QT_TRANSLATE_NOOP("ProjectLevel", "国培"), QT_TRANSLATE_NOOP("ProjectLevel", "省培"),
                     QT_TRANSLATE_NOOP("ProjectLevel", "市培"), QT_TRANSLATE_NOOP("ProjectLevel", "县培"),
                     QT_TRANSLATE_NOOP("ProjectLevel", "校本研修"), QT_TRANSLATE_NOOP("ProjectLevel", "师本研修")),
    "TrainingForm": (QT_TRANSLATE_NOOP("TrainingForm", "异地集中"), QT_TRANSLATE_NOOP("TrainingForm", "本地集中"),
                     QT_TRANSLATE_NOOP("TrainingForm", "异地+本地集中"), QT_TRANSLATE_NOOP("TrainingForm", "网络研修"),
                     QT_TRANSLATE_NOOP("TrainingForm", "网络直播"), QT_TRANSLATE_NOOP("TrainingForm", "境外集中"),
                     QT_TRANSLATE_NOOP("TrainingForm", "送培到县(校)"), QT_TRANSLATE_NOOP("TrainingForm", "市县联合"),
                     QT_TRANSLATE_NOOP("TrainingForm", "跟岗实践"), QT_TRANSLATE_NOOP("TrainingForm", "影子实践"),
                     QT_TRANSLATE_NOOP("TrainingForm", "返岗实践")),
    "BudgetItem": (QT_TRANSLATE_NOOP("BudgetItem", "异地集中培训"), QT_TRANSLATE_NOOP("BudgetItem", "本地集中培训")),
    "BudgetUnit": (QT_TRANSLATE_NOOP("BudgetUnit", "人·天"), QT_TRANSLATE_NOOP("BudgetUnit", "人·学时"),
                   QT_TRANSLATE_NOOP("BudgetUnit", "学时")),
    "Gender": (QT_TRANSLATE_NOOP("Gender", "男"), QT_TRANSLATE_NOOP("Gender", "女")),
    "SchoolStage": (QT_TRANSLATE_NOOP("SchoolStage", "幼儿园"), QT_TRANSLATE_NOOP("SchoolStage", "小学"),
                    QT_TRANSLATE_NOOP("SchoolStage", "初中"), QT_TRANSLATE_NOOP("SchoolStage", "高中"),
                    QT_TRANSLATE_NOOP("SchoolStage", "中职"), QT_TRANSLATE_NOOP("SchoolStage", "特殊教育")),
    "TeacherTitle": (QT_TRANSLATE_NOOP("TeacherTitle", "正高级教师"), QT_TRANSLATE_NOOP("TeacherTitle", "高级教师"),
                     QT_TRANSLATE_NOOP("TeacherTitle", "一级教师"), QT_TRANSLATE_NOOP("TeacherTitle", "二级教师"),
                     QT_TRANSLATE_NOOP("TeacherTitle", "三级教师"), QT_TRANSLATE_NOOP("TeacherTitle", "未评")),
    "TeacherPost": (QT_TRANSLATE_NOOP("TeacherPost", "校长"), QT_TRANSLATE_NOOP("TeacherPost", "副校长"),
                    QT_TRANSLATE_NOOP("TeacherPost", "园长"), QT_TRANSLATE_NOOP("TeacherPost", "副园长"),
                    QT_TRANSLATE_NOOP("TeacherPost", "班主任"), QT_TRANSLATE_NOOP("TeacherPost", "教研员"),
                    QT_TRANSLATE_NOOP("TeacherPost", "教师")),
    "TeacherStatus": (QT_TRANSLATE_NOOP("TeacherStatus", "在职"), QT_TRANSLATE_NOOP("TeacherStatus", "调出"),
                      QT_TRANSLATE_NOOP("TeacherStatus", "退休")),
    "PutonghuaLevel": (QT_TRANSLATE_NOOP("PutonghuaLevel", "一级甲等"), QT_TRANSLATE_NOOP("PutonghuaLevel", "一级乙等"),
                       QT_TRANSLATE_NOOP("PutonghuaLevel", "二级甲等"), QT_TRANSLATE_NOOP("PutonghuaLevel", "二级乙等"),
                       QT_TRANSLATE_NOOP("PutonghuaLevel", "三级甲等"), QT_TRANSLATE_NOOP("PutonghuaLevel", "三级乙等")),
    "BackboneLevel": (QT_TRANSLATE_NOOP("BackboneLevel", "国家级"), QT_TRANSLATE_NOOP("BackboneLevel", "省级"),
                      QT_TRANSLATE_NOOP("BackboneLevel", "市级"), QT_TRANSLATE_NOOP("BackboneLevel", "县级")),
    "CreditCategory": (QT_TRANSLATE_NOOP("CreditCategory", "项目培训"), QT_TRANSLATE_NOOP("CreditCategory", "校本研修"),
                       QT_TRANSLATE_NOOP("CreditCategory", "师德"), QT_TRANSLATE_NOOP("CreditCategory", "网络研修"),
                       QT_TRANSLATE_NOOP("CreditCategory", "资源建设"), QT_TRANSLATE_NOOP("CreditCategory", "学历提高"),
                       QT_TRANSLATE_NOOP("CreditCategory", "其他")),
    "TeacherField": (QT_TRANSLATE_NOOP("TeacherField", "姓名"), QT_TRANSLATE_NOOP("TeacherField", "身份证号"),
                     QT_TRANSLATE_NOOP("TeacherField", "性别"), QT_TRANSLATE_NOOP("TeacherField", "出生日期"),
                     QT_TRANSLATE_NOOP("TeacherField", "民族"), QT_TRANSLATE_NOOP("TeacherField", "证件类型"),
                     QT_TRANSLATE_NOOP("TeacherField", "工作单位"), QT_TRANSLATE_NOOP("TeacherField", "学段"),
                     QT_TRANSLATE_NOOP("TeacherField", "任教学科"), QT_TRANSLATE_NOOP("TeacherField", "职称"),
                     QT_TRANSLATE_NOOP("TeacherField", "职务"), QT_TRANSLATE_NOOP("TeacherField", "教师资格种类"),
                     QT_TRANSLATE_NOOP("TeacherField", "教师资格证号"), QT_TRANSLATE_NOOP("TeacherField", "普通话等级"),
                     QT_TRANSLATE_NOOP("TeacherField", "在编"), QT_TRANSLATE_NOOP("TeacherField", "参加工作时间"),
                     QT_TRANSLATE_NOOP("TeacherField", "新教师"), QT_TRANSLATE_NOOP("TeacherField", "骨干级别"),
                     QT_TRANSLATE_NOOP("TeacherField", "联系电话"), QT_TRANSLATE_NOOP("TeacherField", "状态"),
                     QT_TRANSLATE_NOOP("TeacherField", "备注")),
}
# a word of two vocabularies reads as in the first (reversed: the first one written in wins)
_CONTEXT = {word: context for context, words in reversed(VOCABULARIES.items()) for word in words}


def term(word: str, vocabulary: str | None = None) -> str:
    """A stored word as the user reads it: 在职 is “Active” in English; a word of no vocabulary is shown as stored.

    ``vocabulary`` names the one a screen shows, for a word of two: term("校本研修", "CreditCategory")."""
    context = vocabulary or _CONTEXT.get(word)
    return QCoreApplication.translate(context, word) if context else word


def plural_n(amount: float) -> int:
    """The n with which tr() picks the singular or plural of an amount that may have a fraction (1.5 学时), for
    a message that puts the amount in itself: %n shows whole numbers only. A fraction reads as a plural."""
    return int(amount) if amount == int(amount) else 2
