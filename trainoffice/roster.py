"""Quotas (参培指标) and the roster (参培学员名单): who goes, from which school, and who left or was replaced.

Enrolment picks teachers from the registry with a ``TargetGroup`` that says what the plan's 培训对象
says (学段, 学科, 职称, 职务, 年龄45岁以上, 普通话二甲以上, 骨干教师, 乡镇, 乡村, 民办学校也要兼顾 [CZ]).
Nobody is ever deleted from a roster: a withdrawal (退出) or a substitution (替换) keeps the row with its
reason and date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NewType

from trainoffice import audit
from trainoffice.db import Database, in_chunks
from trainoffice.errors import NotFound, ValidationError
from trainoffice.files import atomic_output
from trainoffice.idnumber import mask as mask_id
from trainoffice.idnumber import mask_phone
from trainoffice.projects import Project, clean_text, iso_date, load_project, require_status
from trainoffice.registry import BACKBONE_LEVELS, POSTS, PUTONGHUA_LEVELS, STAGES, TITLES
from trainoffice.settings import Settings
from trainoffice.text import translate
from trainoffice.xlsx import SheetSpec, write_workbook

EnrollmentId = NewType("EnrollmentId", int)

SENIOR_TITLES = ("正高级教师", "高级教师")  # 高级以上职称
ROSTER_OPEN = ("计划", "开班")
"""The statuses in which a roster may change: a finished project's roster feeds certificates, 学时 and the 提交包."""


def require_roster_open(conn, project_id: int, doing: str) -> Project:
    """The project, when its roster may change; else refused, naming its status and what to do (重新打开)."""
    project = load_project(conn, project_id)
    require_status(project, ROSTER_OPEN, doing)
    return project


def status_refusal(status: str, who: str | None = None) -> str:
    """Why a teacher of this status cannot be enrolled, with the fix; '' for 在职 (only serving teachers train).
    ``who`` is the teacher's name (default: 该教师)."""
    if status == "在职":
        return ""
    return translate("roster", "{who}状态为“{status}”，不能参加培训：如信息有误，请先在教师信息中改为在职").format(
        who=who or translate("roster", "该教师"), status=translate("TeacherStatus", status))


@dataclass
class Quota:
    """参培指标 for one school or one township (exactly one of the two)."""

    places: int
    school_id: int | None = None
    township: str | None = None
    id: int | None = None


@dataclass
class QuotaUse:
    id: int
    school_id: int | None
    township: str | None
    label: str
    places: int
    enrolled: int

    @property
    def over(self) -> bool:
        return self.enrolled > self.places


class QuotaCounter:
    """Places left under each quota, counted down one new trainee at a time: an import's preview says who would
    be over before anything is written; recount_over_quota applies the same rule to the stored roster.

    Once a project has quotas, a school covered by none of them has no places: its trainees are over. A new
    trainee comes after all those enrolled, so who holds which place among them (a substitute in the place
    of the one replaced) changes nothing here: only how many there are.
    """

    def __init__(self, quotas: Sequence[QuotaUse]):
        self.active = bool(quotas)
        self._school = {q.school_id: [q.places, q.enrolled] for q in quotas if q.school_id is not None}
        self._town = {q.township: [q.places, q.enrolled] for q in quotas if q.school_id is None}

    def take(self, *, school_id: int, township: str, school_name: str) -> str:
        """Count one more trainee; returns why it is over quota, or '' when within it."""
        if not self.active:
            return ""
        if school_id in self._school:
            label, count = school_name, self._school[school_id]
        elif township in self._town:
            label, count = township, self._town[township]
        else:
            return translate("roster", "{school}没有参培指标：已列入名单并标记为超额，请与学校核实").format(school=school_name)
        count[1] += 1
        if count[1] <= count[0]:
            return ""
        return translate("roster", "超出{label}的参培指标（指标 {places} 人，此为第 {number} 人）：已列入名单并标记为超额，"
                         "请与学校核实").format(label=label, places=count[0], number=count[1])


class QuotaBelowEnrolled(ValidationError):
    """A new or changed quota has fewer places than the trainees already enrolled under it: ask the user first."""


# The 在册 trainees a quota counts: those of its school, or of every school in its township.
ENROLLED_UNDER = ("(SELECT count(*) FROM enrollments e JOIN schools es ON es.id = e.school_id"
                  " WHERE e.project_id = {project} AND e.status = '在册'"
                  " AND (e.school_id = {school} OR ({school} IS NULL AND es.township = {township})))")

# 超出指标 as it stands, by QuotaCounter's rule: in each quota, the 在册 trainees beyond its places in the
# order they took a place; once a project has quotas, a school covered by none has no places. A substitute
# holds the place of the one it replaced under the same quota, and so on back along a chain of substitutions
# (A replaced by D, D by F: F holds A's place) while each step stays under that quota. A chain goes back to
# earlier rows (a substitute is always enrolled after the one it replaces), so its first place is the smallest.
_RECOUNT_OVER_QUOTA = """
WITH RECURSIVE chain(id, quota, places, place) AS (
    SELECT e.id, q.id, coalesce(q.places, 0), e.id
    FROM enrollments e JOIN schools s ON s.id = e.school_id
    LEFT JOIN quotas q ON q.project_id = e.project_id
        AND (e.school_id = q.school_id OR (q.school_id IS NULL AND s.township = q.township))
    WHERE e.project_id = :project AND e.status = '在册'
        AND EXISTS (SELECT 1 FROM quotas WHERE project_id = :project)
    UNION
    SELECT c.id, c.quota, c.places, o.id
    FROM chain c JOIN quotas q ON q.id = c.quota JOIN enrollments o ON o.replaced_by = c.place
    JOIN schools os ON os.id = o.school_id
    WHERE o.school_id = q.school_id OR (q.school_id IS NULL AND os.township = q.township)),
placed AS (SELECT id, quota, places, min(place) AS place FROM chain GROUP BY id),
over AS (SELECT id FROM (SELECT id, places, row_number() OVER (PARTITION BY quota ORDER BY place) AS n FROM placed)
         WHERE n > places)
UPDATE enrollments SET over_quota = id IN (SELECT id FROM over)
WHERE project_id = :project AND over_quota != (id IN (SELECT id FROM over))
"""


def recount_over_quota(conn, project_id: int) -> None:
    """Keep each trainee's 超出指标 flag true to the quotas and the roster now: called by every change to
    either (quotas set, people enrolled, withdrawn, substituted or restored, a roster imported or undone)."""
    conn.execute(_RECOUNT_OVER_QUOTA, {"project": project_id})


def load_quotas(conn, project_id: int) -> list[QuotaUse]:
    """Each quota of the project with how many are enrolled against it (在册 only)."""
    return [QuotaUse(*r) for r in conn.execute(
        "SELECT q.id, q.school_id, q.township, coalesce(s.name, q.township), q.places, "
        + ENROLLED_UNDER.format(project="q.project_id", school="q.school_id", township="q.township") +
        " FROM quotas q LEFT JOIN schools s ON s.id = q.school_id WHERE q.project_id = ?"
        " ORDER BY q.township IS NULL, q.township, s.township, s.name", (project_id,))]


@dataclass
class TargetGroup:
    """培训对象 as filters. Empty tuples mean "any"; ``min_age`` 45 means 年龄45岁以上 on ``age_on``."""

    stages: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    age_on: dt.date | None = None         # default: the project's start date, else 1 January of its year
    rural: bool | None = None             # True: 乡村学校 only; False: town schools only
    include_private: bool = True          # 民办学校 are in unless the user takes them out [CZ]
    school_ids: tuple[int, ...] = ()
    townships: tuple[str, ...] = ()
    putonghua_levels: tuple[str, ...] = ()
    backbone_levels: tuple[str, ...] = ()  # 骨干教师: all of BACKBONE_LEVELS is any 骨干级别 recorded
    new_teachers_only: bool = False
    text: str = ""                        # name or school contains


# How 培训对象 names the registry's 学段 besides the stage names themselves [CZ].
STAGE_WORDS: dict[str, tuple[str, ...]] = {
    **{stage: (stage,) for stage in STAGES}, "中小学": ("小学", "初中", "高中"), "中学": ("初中", "高中"),
    "幼儿": ("幼儿园",), "学前": ("幼儿园",), "职业学校": ("中职",), "职业教育": ("中职",), "职高": ("中职",),
    "特教": ("特殊教育",)}
# 职务 as 培训对象 names them: 教师 is everyone, and 校(园)长 is both heads.
POST_WORDS: dict[str, tuple[str, ...]] = {**{post: (post,) for post in POSTS if post != "教师"},
                                          "校(园)长": ("校长", "园长")}
# 职称 by level as in 高级教师, 高级职称, 高级以上职称, or by the grade the levels replaced (中级 is 一级教师);
# TITLES run from the highest down.
TITLE_LEVELS = {**{title.removesuffix("教师"): (title,) for title in TITLES if title.endswith("教师")},
                "副高级": ("高级教师",), "中级": ("一级教师",), "初级": ("二级教师", "三级教师")}
TITLE_PATTERN = re.compile(f"({'|'.join(TITLE_LEVELS)})(及?以上)?(?:教师|职称)")
# 普通话等级 as 培训对象 writes them after 普通话: 二级甲等, 二甲, or the 级 alone (二级: 甲等 and 乙等);
# PUTONGHUA_LEVELS run from the highest down.
PUTONGHUA_WORDS: dict[str, tuple[str, ...]] = {
    **{level[:2]: tuple(same for same in PUTONGHUA_LEVELS if same[:2] == level[:2]) for level in PUTONGHUA_LEVELS},
    **{level[0] + level[2]: (level,) for level in PUTONGHUA_LEVELS}, **{level: (level,) for level in PUTONGHUA_LEVELS}}
PUTONGHUA_PATTERN = re.compile(
    f"普通话[^，,、。；;]*?({'|'.join(sorted(PUTONGHUA_WORDS, key=len, reverse=True))})(及?以上)?")
# 骨干 with its 骨干级别 before it as in 市级骨干教师, 市县级骨干, 县级以上骨干; 骨干 alone is any level
# (全县骨干教师). BACKBONE_LEVELS run from 国家级 down.
BACKBONE_PATTERN = re.compile(f"(?<!非)(?:((?:{'|'.join(level.removesuffix('级') for level in BACKBONE_LEVELS)})+)级)?"
                              "(及?以上)?(?<!非)骨干")  # 非骨干教师 is the opposite
AGE_PATTERN = re.compile(r"(\d+|[一二两三四五六七八九十]+)周?岁(?:\(含\))?(及?以上|及?以下|以内)")
CHINESE_DIGITS = {digit: n for n, digit in enumerate("零一二三四五六七八九")} | {"两": 2}
RURAL_PATTERN = re.compile("乡村|农村")
TOWN_PATTERN = re.compile("城区|城镇|县城")
NEW_TEACHER_PATTERN = re.compile("新(?:入职|任|进|聘|招聘)?教师|新入职")


def target_group_from_text(text: str, *, subjects: Iterable[str], townships: Iterable[str] = ()) -> TargetGroup:
    """The filters that 培训对象 spells out, e.g. 45周岁以下乡村中小学教师 or 具有高级以上职称的教师.

    Reads only the registry's vocabularies: STAGES (and 中小学, 幼儿 ...), ``subjects`` (the registry's
    学科 in use; a word that names a 学段, such as 特殊教育, is read as the 学段), TITLES, POSTS; ages with
    以上/以下, in figures or in Chinese numerals (四十五周岁以下); 乡村 or 城区; 新教师; ``townships`` (the
    乡镇 of the county's schools, named in full: 平背乡); PUTONGHUA_LEVELS after 普通话 (普通话二甲以上 is
    一级甲等 to 二级甲等); BACKBONE_LEVELS before 骨干 (骨干教师 alone: any of them). A 职务 narrows the group
    only when the text names no 教师 besides (幼儿教师、园长 is everyone at the kindergarten). Anything else
    (a school's name; 名师, 学科带头人, which the registry does not record) is left to the user: 全体教师
    gives TargetGroup().
    """
    text = re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")")
    titles = [title for level, and_above in TITLE_PATTERN.findall(text)
              for title in _at_or_above(TITLES, TITLE_LEVELS[level], and_above)]
    putonghua = [level for word, and_above in PUTONGHUA_PATTERN.findall(text)
                 for level in _at_or_above(PUTONGHUA_LEVELS, PUTONGHUA_WORDS[word], and_above)]
    backbone: list[str] = []
    for places, and_above in BACKBONE_PATTERN.findall(text):
        named = tuple(level for level in BACKBONE_LEVELS if level.removesuffix("级") in places) or BACKBONE_LEVELS
        backbone += _at_or_above(BACKBONE_LEVELS, named, and_above)
    ages = {"以上" if "以上" in limit else "以下": _years(years) for years, limit in AGE_PATTERN.findall(text)}
    rural, town = bool(RURAL_PATTERN.search(text)), bool(TOWN_PATTERN.search(text))
    subject_words = {subject: (subject,) for subject in subjects if subject not in STAGE_WORDS}
    return TargetGroup(
        stages=_named(text, STAGE_WORDS), subjects=_named(text, subject_words), titles=tuple(dict.fromkeys(titles)),
        posts=_named(text, POST_WORDS) if "教师" not in text else (), putonghua_levels=tuple(dict.fromkeys(putonghua)),
        backbone_levels=tuple(dict.fromkeys(backbone)),
        townships=_named(text, {township: (township,) for township in townships}),
        min_age=ages.get("以上"), max_age=ages.get("以下"), rural=rural if rural != town else None,
        new_teachers_only=bool(NEW_TEACHER_PATTERN.search(text)))


def _at_or_above(levels: Sequence[str], named: Sequence[str], and_above: str) -> Sequence[str]:
    """The levels named; with 以上 (及以上), every level from the highest down to the lowest of them."""
    return levels[:levels.index(named[-1]) + 1] if and_above else named


def _years(number: str) -> int:
    """An age as 培训对象 writes it: 45, or in Chinese numerals 四十五, 三十, 十八."""
    if number.isdigit():
        return int(number)
    tens, ten, units = number.rpartition("十")
    return (CHINESE_DIGITS[tens] if tens else 1 if ten else 0) * 10 + (CHINESE_DIGITS[units] if units else 0)


def _named(text: str, words: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The values the text names, in its order; the longest word wins where words overlap (中小学, not 小学)."""
    if not words:
        return ()
    pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return tuple(dict.fromkeys(value for match in re.finditer(pattern, text) for value in words[match.group()]))


@dataclass
class Trainee:
    """A roster line: what the sign-in sheet, the roster export and the certificate need."""

    enrollment_id: EnrollmentId
    teacher_id: int
    name: str
    gender: str
    id_number: str
    phone: str
    school_id: int
    school: str
    township: str
    stage: str
    subject: str
    title: str
    post: str
    status: str = "在册"
    enrolled_at: str = ""
    left_at: str | None = None
    reason: str = ""
    replaced_by: int | None = None
    over_quota: bool = False


@dataclass
class EnrollReport:
    added: list[EnrollmentId] = field(default_factory=list)
    already: list[int] = field(default_factory=list)         # teacher ids already on the roster
    over_quota: list[str] = field(default_factory=list)      # names enrolled beyond their school's quota
    over_places: int = 0                                     # how far the roster now exceeds 培训人数


TRAINEE_SELECT = (
    "SELECT e.id, t.id, t.name, t.gender, t.id_number, t.phone, s.id, s.name, s.township, t.stage, t.subject,"
    " t.title, t.post, e.status, e.enrolled_at, e.left_at, e.reason, e.replaced_by, e.over_quota"
    " FROM enrollments e JOIN teachers t ON t.id = e.teacher_id JOIN schools s ON s.id = e.school_id")
TRAINEE_ORDER = " ORDER BY s.township, s.name, t.name_pinyin, e.id"


def trainee_from_row(row) -> Trainee:
    return Trainee(EnrollmentId(row[0]), *row[1:18], over_quota=bool(row[18]))


class Roster:
    """Quotas, enrolment, withdrawals and substitutions, and the roster export."""

    def __init__(self, database: Database, settings: Settings):
        self._database = database
        self._conn = database.conn
        self._settings = settings

    # ----- quotas --------------------------------------------------------------------------
    def quotas(self, project_id: int) -> list[QuotaUse]:
        """Each quota with how many are enrolled against it (在册 only)."""
        return load_quotas(self._conn, project_id)

    def set_quotas(self, project_id: int, quotas: Sequence[Quota], *, below_enrolled: bool = False) -> None:
        """Replace the project's quotas: one per school or township, and no school also under its township's.

        A new or changed quota with fewer places than the trainees already enrolled under it is refused
        with QuotaBelowEnrolled, unless ``below_enrolled`` says the user agreed that they will be over.
        """
        for q in quotas:
            if (q.school_id is None) == (not q.township):
                raise ValidationError(translate("roster", "每条指标要么对应一所学校，要么对应一个乡镇"), field="quotas")
            if int(q.places) < 0:
                raise ValidationError(translate("roster", "指标人数不能为负数"), field="places")
        rows = [(q.school_id, clean_text(q.township) if q.school_id is None else None, int(q.places)) for q in quotas]
        towns = {township for school_id, township, _ in rows if school_id is None}
        with self._database.atomic():
            require_roster_open(self._conn, project_id, translate("roster", "分配指标"))
            stored = set(self._conn.execute(
                "SELECT school_id, township, places FROM quotas WHERE project_id = ?", (project_id,)))
            seen = set()
            for school_id, township, places in rows:
                label = township
                if school_id is not None:
                    school = self._conn.execute("SELECT name, township FROM schools WHERE id = ?",
                                                (school_id,)).fetchone()
                    if school is None:
                        raise NotFound(translate("roster", "学校 {id} 不存在").format(id=school_id))
                    label = school[0]
                    if school[1] in towns:
                        raise ValidationError(translate("roster", "{school} 已包含在{township}的乡镇指标中，不能再单独分配").format(
                            school=label, township=school[1]), field="quotas")
                if (school_id, township) in seen:
                    raise ValidationError(translate("roster", "{label}已有一条指标，不能重复分配").format(label=label),
                                          field="quotas")
                seen.add((school_id, township))
                if below_enrolled or (school_id, township, places) in stored:
                    continue
                enrolled = self._conn.execute(
                    "SELECT " + ENROLLED_UNDER.format(project=":project", school=":school", township=":township"),
                    {"project": project_id, "school": school_id, "township": township}).fetchone()[0]
                if enrolled > places:
                    raise QuotaBelowEnrolled(translate("roster", "{label}已报名 {enrolled} 人，指标 {places} 人将超出 {over} 人")
                                             .format(label=label, enrolled=enrolled, places=places,
                                                     over=enrolled - places), field="places")
            self._conn.execute("DELETE FROM quotas WHERE project_id = ?", (project_id,))
            self._conn.executemany(
                "INSERT INTO quotas (project_id, school_id, township, places) VALUES (?, ?, ?, ?)",
                [(project_id, *row) for row in rows])
            recount_over_quota(self._conn, project_id)
            audit.record(self._conn, "set_quotas", "projects", project_id, count=len(rows),
                         total=sum(places for _, _, places in rows))

    # ----- choosing and enrolling ----------------------------------------------------------
    def candidates(self, project_id: int, group: TargetGroup) -> list[int]:
        """Ids of 在职 teachers matching the target group and not yet on this roster (by township, school, name)."""
        p = load_project(self._conn, project_id)
        clauses = ["t.status = '在职'",
                   "NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.project_id = ? AND e.teacher_id = t.id)"]
        params: list = [project_id]
        for column, values in (("t.stage", group.stages), ("t.subject", group.subjects), ("t.title", group.titles),
                               ("t.post", group.posts), ("t.school_id", group.school_ids),
                               ("s.township", group.townships), ("t.putonghua_level", group.putonghua_levels),
                               ("t.backbone_level", group.backbone_levels)):
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params += list(values)
        on = group.age_on or (dt.date.fromisoformat(p.start_date) if p.start_date else dt.date(p.year, 1, 1))
        if group.min_age is not None:
            clauses.append("t.birth_date <= ?")
            params.append(_years_before(on, group.min_age).isoformat())
        if group.max_age is not None:
            clauses.append("t.birth_date > ?")
            params.append(_years_before(on, group.max_age + 1).isoformat())
        if group.rural is not None:
            clauses.append("s.rural = ?")
            params.append(int(group.rural))
        if not group.include_private:
            clauses.append("s.private = 0")
        if group.new_teachers_only:
            clauses.append("t.new_teacher = 1")
        for term in group.text.split():
            clauses.append("(t.name LIKE ? OR s.name LIKE ?)")
            params += [f"%{term}%", f"%{term}%"]
        return [r[0] for r in self._conn.execute(
            "SELECT t.id FROM teachers t JOIN schools s ON s.id = t.school_id WHERE " + " AND ".join(clauses) +
            " ORDER BY s.township, s.name, t.name_pinyin, t.id", params)]

    def enroll(self, project_id: int, teacher_ids: Sequence[int], *, on: dt.date | str | None = None) -> EnrollReport:
        """Put teachers on the roster at their current school. Beyond a quota they are enrolled but flagged."""
        report = EnrollReport()
        enrolled_at = iso_date(on) or dt.date.today().isoformat()
        with self._database.atomic():
            p = require_roster_open(self._conn, project_id, translate("roster", "报名学员"))
            existing = {r[0]: (r[1], r[2]) for r in self._conn.execute(
                "SELECT teacher_id, id, status FROM enrollments WHERE project_id = ?", (project_id,))}
            rows = []
            wanted = list(dict.fromkeys(teacher_ids))
            info = {}
            for marks, chunk in in_chunks(wanted):
                info.update({r[0]: r[1:] for r in self._conn.execute(
                    f"SELECT id, name, school_id, status FROM teachers WHERE id IN ({marks})", chunk)})
            for tid in wanted:
                if tid not in info:
                    raise NotFound(translate("roster", "教师 {id} 不存在").format(id=tid))
                name, school_id, status = info[tid]
                refusal = status_refusal(status, name)
                if refusal:
                    raise ValidationError(refusal, field="teacher_id")
                if tid in existing:
                    enrollment_id, estatus = existing[tid]
                    if estatus == "在册":
                        report.already.append(tid)
                        continue
                    raise ValidationError(translate("roster", "{name} 曾在本项目{status}，如需恢复请使用“恢复在册”").format(
                        name=name, status=translate("EnrollmentStatus", estatus)), field="teacher_id")
                rows.append((project_id, tid, school_id, enrolled_at))
            first = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM enrollments").fetchone()[0]
            self._conn.executemany(
                "INSERT INTO enrollments (id, project_id, teacher_id, school_id, enrolled_at) VALUES (?, ?, ?, ?, ?)",
                [(first + i, *r) for i, r in enumerate(rows)])
            report.added = [EnrollmentId(first + i) for i in range(len(rows))]
            recount_over_quota(self._conn, project_id)
            report.over_quota = [name for (name,) in self._conn.execute(
                "SELECT t.name FROM enrollments e JOIN teachers t ON t.id = e.teacher_id"
                " WHERE e.id >= ? AND e.project_id = ? AND e.over_quota = 1 ORDER BY e.id", (first, project_id))]
            if rows:
                audit.record(self._conn, "enroll", "enrollments", None, project_id=project_id, count=len(rows),
                             over_quota=len(report.over_quota))
            total = self._conn.execute("SELECT count(*) FROM enrollments WHERE project_id = ? AND status = '在册'",
                                       (project_id,)).fetchone()[0]
            report.over_places = max(0, total - p.places) if p.places else 0
        return report

    def _enrollment(self, enrollment_id: int) -> tuple[int, int, str, str]:
        row = self._conn.execute(
            "SELECT e.project_id, e.teacher_id, e.status, t.name FROM enrollments e"
            " JOIN teachers t ON t.id = e.teacher_id WHERE e.id = ?", (enrollment_id,)).fetchone()
        if row is None:
            raise NotFound(translate("roster", "报名记录 {id} 不存在").format(id=enrollment_id))
        return row

    def withdraw(self, enrollment_id: int, *, reason: str, on: dt.date | str | None = None) -> None:
        """退出: the trainee leaves the roster; the row stays with the reason and the date."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError(translate("roster", "请填写退出原因"), field="reason")
        left_at = iso_date(on) or dt.date.today().isoformat()
        with self._database.atomic():
            project_id, _, status, name = self._enrollment(enrollment_id)
            require_roster_open(self._conn, project_id, translate("roster", "办理退出"))
            if status != "在册":
                raise ValidationError(translate("roster", "{name} 已经{status}").format(
                    name=name, status=translate("EnrollmentStatus", status)), field="status")
            self._conn.execute("UPDATE enrollments SET status = '退出', left_at = ?, reason = ? WHERE id = ?",
                               (left_at, reason, enrollment_id))
            recount_over_quota(self._conn, project_id)
            audit.record(self._conn, "withdraw", "enrollments", enrollment_id, reason=reason, on=left_at)

    def substitute(self, enrollment_id: int, *, teacher_id: int, reason: str,
                   on: dt.date | str | None = None) -> EnrollmentId:
        """替换: another teacher takes the place; the old row points at the new one."""
        reason = clean_text(reason)
        if not reason:
            raise ValidationError(translate("roster", "请填写替换原因"), field="reason")
        left_at = iso_date(on) or dt.date.today().isoformat()
        with self._database.atomic():
            project_id, old_teacher, status, name = self._enrollment(enrollment_id)
            require_roster_open(self._conn, project_id, translate("roster", "办理替换"))
            if status != "在册":
                raise ValidationError(translate("roster", "{name} 已经{status}，不能再被替换").format(
                    name=name, status=translate("EnrollmentStatus", status)), field="status")
            if teacher_id == old_teacher:
                raise ValidationError(translate("roster", "替换人不能是本人"), field="teacher_id")
            report = self.enroll(project_id, [teacher_id], on=left_at)
            if not report.added:
                raise ValidationError(translate("roster", "替换人已在参培名单上"), field="teacher_id")
            new_id = report.added[0]
            self._conn.execute(
                "UPDATE enrollments SET status = '替换', left_at = ?, reason = ?, replaced_by = ? WHERE id = ?",
                (left_at, reason, new_id, enrollment_id))
            recount_over_quota(self._conn, project_id)  # the substitute holds the place it took over
            audit.record(self._conn, "substitute", "enrollments", enrollment_id, replaced_by=new_id, reason=reason)
            return new_id

    def restore(self, enrollment_id: int) -> None:
        """恢复在册: undo a withdrawal (not a substitution, whose substitute now holds the place)."""
        with self._database.atomic():
            project_id, _, status, name = self._enrollment(enrollment_id)
            require_roster_open(self._conn, project_id, translate("roster", "恢复学员"))
            if status != "退出":
                raise ValidationError(translate("roster", "{name} 当前为{status}，只有已退出的学员可以恢复").format(
                    name=name, status=translate("EnrollmentStatus", status)), field="status")
            self._conn.execute("UPDATE enrollments SET status = '在册', left_at = NULL, reason = '' WHERE id = ?",
                               (enrollment_id,))
            recount_over_quota(self._conn, project_id)
            audit.record(self._conn, "restore", "enrollments", enrollment_id)

    # ----- reading -------------------------------------------------------------------------
    def roster(self, project_id: int, *, include_left: bool = False) -> list[Trainee]:
        """The roster by township, school and name (拼音): for the grid, sign-in sheets and certificates."""
        where = " WHERE e.project_id = ?" + ("" if include_left else " AND e.status = '在册'")
        return [trainee_from_row(r) for r in self._conn.execute(TRAINEE_SELECT + where + TRAINEE_ORDER, (project_id,))]

    def trainee(self, enrollment_id: int) -> Trainee:
        row = self._conn.execute(TRAINEE_SELECT + " WHERE e.id = ?", (enrollment_id,)).fetchone()
        if row is None:
            raise NotFound(translate("roster", "报名记录 {id} 不存在").format(id=enrollment_id))
        return trainee_from_row(row)

    def enrollment_for(self, project_id: int, teacher_id: int) -> EnrollmentId:
        """The teacher's place on the roster; refused when the teacher is not (or no longer) on it."""
        row = self._conn.execute("SELECT id, status FROM enrollments WHERE project_id = ? AND teacher_id = ?",
                                 (project_id, teacher_id)).fetchone()
        if row is None or row[1] != "在册":
            name = self._conn.execute("SELECT name FROM teachers WHERE id = ?", (teacher_id,)).fetchone()
            project = load_project(self._conn, project_id)
            who = name[0] if name else teacher_id
            if row is None:
                raise ValidationError(translate("roster", "{name} 不在项目“{project}”的参培名单上").format(
                    name=who, project=project.name), field="teacher_id")
            raise ValidationError(translate("roster", "{name} 不在项目“{project}”的参培名单上（已{status}）").format(
                name=who, project=project.name, status=translate("EnrollmentStatus", row[1])), field="teacher_id")
        return EnrollmentId(row[0])

    def projects_of(self, teacher_id: int) -> list[tuple[int, str, str, int, str]]:
        """(project id, code, name, year, enrolment status) for a teacher's page."""
        return self._conn.execute(
            "SELECT p.id, p.code, p.name, p.year, e.status FROM enrollments e JOIN projects p ON p.id = e.project_id"
            " WHERE e.teacher_id = ? ORDER BY p.year DESC, p.code", (teacher_id,)).fetchall()

    # ----- export --------------------------------------------------------------------------
    def export(self, project_id: int, out: str | Path, *, masked: bool | None = None) -> Path:
        """参培学员名单汇总表: print-ready .xlsx grouped by township and school, with a per-school count sheet.

        ID numbers and phones are masked unless ``masked`` is False (default: the office setting).
        """
        if masked is None:
            masked = bool(self._settings.get("mask_personal_data"))
        p = load_project(self._conn, project_id)
        trainees = self.roster(project_id)
        office = self._settings.get("office_name")
        rows, counts = [], {}
        for n, t in enumerate(trainees, start=1):
            rows.append([n, t.township, t.school, t.name, t.gender,
                         mask_id(t.id_number) if masked else t.id_number, t.stage, t.subject, t.title, t.post,
                         mask_phone(t.phone) if masked else t.phone, "超出指标" if t.over_quota else ""])
            counts[(t.township, t.school)] = counts.get((t.township, t.school), 0) + 1
        quotas = self.quotas(project_id)
        school_quota = {q.label: q.places for q in quotas if q.school_id is not None}
        town_quota = {q.township: q.places for q in quotas if q.school_id is None}
        summary = [[n, town, school, school_quota[school] if school in school_quota else
                    f"{town}共{town_quota[town]}" if town in town_quota else "", count]
                   for n, ((town, school), count) in enumerate(counts.items(), start=1)]
        summary.append(["", "合计", "", sum(q.places for q in quotas) or "", len(trainees)])
        subtitle = (f"项目：{p.name}（{p.code}）    承办单位：{p.host}    填报单位：{office}    "
                    f"导出日期：{dt.date.today():%Y年%m月%d日}    共 {len(trainees)} 人")
        sheets = [
            SheetSpec(name="参培学员名单汇总表", title=f"{p.name}参培学员名单汇总表", subtitle=subtitle,
                      header=["序号", "乡镇", "学校", "姓名", "性别", "身份证号", "学段", "任教学科", "职称", "职务",
                              "联系电话", "备注"], rows=rows),
            SheetSpec(name="按学校汇总", title=f"{p.name}参培人数（按学校）", subtitle=subtitle,
                      header=["序号", "乡镇", "学校", "指标", "报名人数"], rows=summary, portrait=True),
        ]
        out = Path(out)
        with atomic_output(out) as tmp:
            write_workbook(tmp, sheets)
        return out


def _years_before(on: dt.date, years: int) -> dt.date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)
