"""A lived-in demo county, deterministic by seed; the benchmarks use the same generator at city scale.

The county is 安仁县 (郴州市, code 431028) with its real townships; schools, people and numbers are
made up. Every ID number is valid (GB 11643 check character) and unique.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from trainoffice.attendance import Mark
from trainoffice.certificates import Seal
from trainoffice.credits import LedgerEntry
from trainoffice.idnumber import check_character
from trainoffice.jobs import Cancel, Progress, Steps
from trainoffice.office import Office
from trainoffice.pdf import find_cjk_font
from trainoffice.plan import PlanProject, PlanStage, PlanTable, import_plan
from trainoffice.registry import School, Teacher
from trainoffice.results import Assessment
from trainoffice.roster import SENIOR_TITLES, Quota, TargetGroup

COUNTY = ("安仁县教育局教师培训股", "安仁县", "431028")
TOWNSHIPS = ("永乐江镇", "安平镇", "龙海镇", "金紫仙镇", "关王镇", "承坪乡", "灵官镇", "平背乡",
             "牌楼乡", "豪山乡", "竹山乡", "洋际乡", "华王乡")
VILLAGES = ("石门", "新民", "大坪", "樟木", "高田", "长岭", "湘源", "富源", "枫林", "渡口", "团结", "东岭",
            "合群", "沙湖", "黄泥", "太平", "青山", "龙溪", "永兴", "和平")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
            "覃武戴莫孔向汤")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红梅萍燕辉鹏斌宇浩凯建文春兰海波志新亮晶"
         "婷雪琳慧颖佳欣怡嘉俊峰翔琴莉丹蓉云飞凤霖晨阳晓东永庆国荣德福振兴学思诗雨")
SUBJECTS = {
    "幼儿园": ("学前教育",),
    "小学": ("语文", "数学", "英语", "科学", "道德与法治", "音乐", "体育", "美术", "信息技术"),
    "初中": ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治", "体育", "音乐", "美术"),
    "高中": ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "思想政治", "体育", "信息技术"),
    "中职": ("语文", "数学", "英语", "计算机", "机电", "电子商务", "烹饪"),
    "特殊教育": ("特殊教育",),
}
ETHNICITIES = ("汉族",) * 40 + ("瑶族", "土家族", "苗族", "回族", "壮族")
QUALIFICATION = {"幼儿园": "幼儿园教师资格", "小学": "小学教师资格", "初中": "初级中学教师资格",
                 "高中": "高级中学教师资格", "中职": "中等职业学校教师资格", "特殊教育": "小学教师资格"}


DEMO_AS_OF = dt.date(2026, 6, 10)  # the demo's "today" unless told otherwise: tests and benchmarks build the same data


@dataclass(frozen=True)
class DemoSize:
    schools: int = 60
    teachers: int = 3000
    projects_per_year: int = 10      # last year's completed, this year's under way
    ledger_years: tuple[int, ...] | None = None  # None: the five years before the demo's and its own


def make_id_number(rng: random.Random, area: str, born: dt.date, gender: str) -> str:
    seq = rng.randrange(0, 50) * 2 + (1 if gender == "男" else 0)
    first17 = f"{area}{born:%Y%m%d}{rng.randrange(0, 10)}{seq:02d}"
    return first17 + check_character(first17)


def make_schools(rng: random.Random, count: int, *, county: str = COUNTY[1], county_code: str = COUNTY[2],
                 townships: tuple[str, ...] = TOWNSHIPS) -> list[School]:
    """County schools first, then each township's 中学, 中心小学, 中心幼儿园, then village schools.

    ``county``/``county_code``/``townships`` let the benchmarks build a city of several counties
    whose school names and codes stay unique across the city.
    """
    seat = townships[0]  # the county seat (城关)
    schools = [
        School(name=f"{county}第一中学", township=seat, stages="高中"),
        School(name=f"{county}第二中学", township=seat, stages="初中、高中"),
        School(name=f"{county}职业中专", township=seat, stages="中职"),
        School(name=f"{county}特殊教育学校", township=seat, stages="特殊教育"),
        School(name=f"{county}思源实验学校", township=seat, stages="小学、初中", private=True),
        School(name=f"{county}城关小学", township=seat, stages="小学"),
        School(name=f"{county}城关幼儿园", township=seat, stages="幼儿园"),
    ]
    for township in townships:
        schools += [School(name=f"{county}{township}中学", township=township, stages="初中", rural=True),
                    School(name=f"{county}{township}中心小学", township=township, stages="小学", rural=True),
                    School(name=f"{county}{township}中心幼儿园", township=township, stages="幼儿园", rural=True)]
    villages = iter(rng.sample(VILLAGES, len(VILLAGES)) * (count // len(VILLAGES) + 2))
    n = 0
    while len(schools) < count:
        township = townships[n % len(townships)]
        schools.append(School(name=f"{county}{township}{next(villages)}{'村' * (n % 2)}小学{'' if n < 40 else n}",
                              township=township, stages="小学", rural=True))
        n += 1
    for i, school in enumerate(schools[:count]):
        school.code = f"2{county_code}{i + 1:03d}"
    return schools[:count]


def make_teachers(rng: random.Random, schools: list[tuple[int, School]], count: int, *, area: str = "431028",
                  used: set[str] | None = None, year: int = DEMO_AS_OF.year) -> list[Teacher]:
    """Teachers spread over schools by size (county schools and 中心 schools are larger), as of ``year``:
    aged 25 to 60, the youngest started work last September."""
    used = used if used is not None else set()
    weights = [4 if not s.rural else 2 if "中心" in s.name or "中学" in s.name else 1 for _, s in schools]
    picks = rng.choices(range(len(schools)), weights=weights, k=count)
    heads: set[int] = set()
    teachers = []
    for pick in picks:
        school_id, school = schools[pick]
        stage = rng.choice(school.stages.split("、"))
        gender = "女" if rng.random() < (0.9 if stage == "幼儿园" else 0.65) else "男"
        born = dt.date(rng.randint(year - 60, year - 25), rng.randint(1, 12), rng.randint(1, 28))
        number = make_id_number(rng, area, born, gender)
        while number in used:
            number = make_id_number(rng, area, born, gender)
        used.add(number)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        age = year - born.year
        title = ("正高级教师" if age > 50 and rng.random() < 0.03 else
                 "高级教师" if age > 42 and rng.random() < 0.5 else
                 "一级教师" if age > 32 and rng.random() < 0.7 else
                 "二级教师" if age > 24 else "未评")
        if pick not in heads and age >= 35:  # the school's head: not a beginner
            post = "园长" if stage == "幼儿园" else "校长"
            heads.add(pick)
        else:
            post = rng.choices(("教师", "班主任", "副校长", "教研员"), weights=(60, 30, 4, 1))[0]
        start = min(dt.date(born.year + rng.randint(20, 24), 9, 1), dt.date(year - 1, 9, 1))
        status = rng.choices(("在职", "退休", "调出"), weights=(96, 3, 1))[0] if age > 55 else "在职"
        teachers.append(Teacher(
            name=name, id_number=number, gender=gender, birth_date=born.isoformat(),
            ethnicity=rng.choice(ETHNICITIES), school_id=school_id, stage=stage,
            subject=rng.choice(SUBJECTS[stage]), title=title, post=post,
            qualification_type=QUALIFICATION[stage],
            qualification_number=f"{born.year + 22}43{rng.randrange(10**10):010d}",
            putonghua_level=rng.choices(("一级乙等", "二级甲等", "二级乙等"), weights=(2, 6, 3))[0],
            in_establishment=rng.random() < (0.6 if school.private else 0.95),
            work_start_date=start.isoformat(), new_teacher=start.year >= year - 2,
            backbone_level=rng.choices(("", "县级", "市级", "省级"), weights=(85, 9, 5, 1))[0],
            phone=f"1{rng.choice('35789')}{rng.randrange(10**9):09d}", status=status))
    return teachers


def build_demo(office: Office, *, seed: int = 2026, size: DemoSize = DemoSize(), today: dt.date = DEMO_AS_OF) -> None:
    """Fill an empty database with the demo county as it stands on ``today``: the plans of its year and the
    year before imported, last year's projects completed, this year's done up to ``today``, one running (and
    the principal course in its second stage when ``today`` falls in it) and the rest planned. The default
    day keeps tests and benchmarks the same on every build; ``trainoffice demo`` passes the real date, so
    the demo is always of the current year."""
    year = today.year
    ledger_years = size.ledger_years if size.ledger_years is not None else tuple(range(year - 5, year + 1))
    rng = random.Random(seed)
    with office.atomic():
        office.set_identity(office_name=COUNTY[0], county_name=COUNTY[1], county_code=COUNTY[2])
        schools = []
        for school in make_schools(rng, size.schools):
            schools.append((office.registry.save_school(school), school))
        teachers = make_teachers(rng, schools, size.teachers, year=year)
        office.registry.insert_teachers(teachers, on=dt.date(year - 6, 9, 1))
        office.settings.update({"contact_person": "王老师", "contact_phone": "0735-5221234"})
        if size.projects_per_year or ledger_years:
            build_training_history(office, rng, years=(year - 1, year),
                                   projects_per_year=size.projects_per_year, ledger_years=ledger_years,
                                   as_of=today)
            build_certificates_and_packet(office, as_of=today)
        move_some_teachers(office, rng, as_of=today)


def move_some_teachers(office: Office, rng: random.Random, *, as_of: dt.date, transfers: int = 6,
                       retirements: int = 5, transfers_out: int = 3) -> list[int]:
    """This year so far: a few teachers moved to another school (调动) and a few retired or left the county
    (调出), each on a day of its own, so last year's 学分达标 still counts them where they were then. Only
    teachers on no roster of this year, so no course loses a trainee. Returns the teachers moved."""
    year = as_of.year
    span = (as_of - dt.date(year, 1, 1)).days
    if span < 2:
        return []
    conn = office.database.conn
    free = conn.execute(
        "SELECT id, birth_date FROM teachers WHERE status = '在职' AND work_start_date < ? AND id NOT IN"
        " (SELECT e.teacher_id FROM enrollments e JOIN projects p ON p.id = e.project_id WHERE p.year = ?)"
        " ORDER BY id", (f"{year}-01-01", year)).fetchall()
    aged = [tid for tid, born in free if born <= f"{year - 55}-12-31"]
    retiring = rng.sample(aged, min(retirements, len(aged)))
    free = [tid for tid, _ in free]
    rest = [t for t in free if t not in retiring]
    leaving = rng.sample(rest, min(transfers_out, len(rest)))
    schools = office.registry.schools()
    to = {}  # for each teacher who may move: another school of their 学段
    for teacher in office.registry.teachers(t for t in rest if t not in leaving).values():
        if others := [s.id for s in schools if s.id != teacher.school_id and teacher.stage in s.stages.split("、")]:
            to[teacher.id] = others
    moving = rng.sample(sorted(to), min(transfers, len(to)))

    def day() -> dt.date:
        return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(1, span))

    for tid in moving:
        office.registry.transfer(tid, school_id=rng.choice(to[tid]), on=day(), note="交流轮岗", today=as_of)
    for tid, status in [(t, "调出") for t in leaving] + [(t, "退休") for t in retiring]:
        office.registry.set_status(tid, status, on=day(), today=as_of)
    return moving + leaving + retiring


def build_certificates_and_packet(office: Office, *, as_of: dt.date) -> None:
    """The office seal (stored in the database); 结业证书 for every finished project a week after it ended,
    except the last one to finish, left for the newcomer to issue; for last year's first project one
    certificate revoked and issued again; and, as an office keeps up with its archive, a 提交包 (in a folder
    beside the database) for every certified project past its 归档截止, which is then 归档. The rest show
    what is still to do: the uncertified one, once past its deadline, is flagged on the 培训项目 list.

    A packet is stamped with the time it is made (生成时间) and named by that day, so the packets are dated
    the day the demo is built: ``trainoffice demo`` builds it as of today. Project packets, not the year's:
    about 0.3 s each, where the year packet of the demo takes about 5 s."""
    # the office's seal, scanned to a PNG with a transparent background
    office.certificates.set_seal(Seal(seal_png(office.settings.get("office_name")), "公章.png"))
    finished = sorted((row.project for row in office.projects.rows() if row.project.status == "结业"), key=_ended)
    if not finished:
        return

    def after(project, days: int) -> dt.date:
        return min(_ended(project) + dt.timedelta(days=days), as_of)

    certified = finished[:-1]
    for project in certified:
        office.certificates.issue(project_id=project.id, issued_on=after(project, 7))
    first = min(finished, key=lambda p: p.code)  # last year's first
    issued = office.certificates.find(project_ids=[first.id])
    if issued:  # a name misspelt on one certificate: revoked (its number kept) and issued again
        office.certificates.revoke(issued[0].id, reason="姓名有误，重新发证",
                                   at=dt.datetime.combine(after(first, 10), dt.time(10, 30)))
        office.certificates.issue(project_id=first.id, issued_on=after(first, 14))
    if office.path is None:
        return
    folder = Path(office.path).parent / f"{Path(office.path).stem}-提交包"
    folder.mkdir(exist_ok=True)
    office.settings.set("packet_folder", str(folder))
    for project in certified:
        if not project.archive_overdue(as_of):
            continue
        scope = office.packets.scope(project_id=project.id)
        (folder / office.packets.file_name(scope, dt.date.today())).unlink(missing_ok=True)  # a demo built again
        office.packets.export(out_dir=folder, project_id=project.id)
        office.projects.archive(project.id)


def _ended(project) -> dt.date:
    return dt.date.fromisoformat(project.end_date) if project.end_date else dt.date(project.year, 12, 31)


def seal_png(text: str = "测试县教育局教师培训股") -> bytes:
    """A red round office seal as a PNG with transparency, like the one an office scans for printing
    (the demo's seal, and the tests')."""
    import io
    import math

    from PIL import Image, ImageDraw, ImageFont

    size = 480
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (200, 20, 20, 215)
    draw.ellipse((8, 8, size - 8, size - 8), outline=red, width=18)
    cx = cy = size / 2
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = 72 if i % 2 == 0 else 28
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=red)
    font, _ = find_cjk_font()
    face = ImageFont.truetype(font.path, 52, index=font.subfont) if font.path else None
    for i, ch in enumerate(text):  # the office's name along the rim, each character turned outwards
        angle = math.radians(-205 + 230 * i / max(len(text) - 1, 1))
        x, y = cx + 168 * math.cos(angle), cy + 168 * math.sin(angle)
        glyph = Image.new("RGBA", (70, 70), (0, 0, 0, 0))
        if face:
            ImageDraw.Draw(glyph).text((35, 35), ch, font=face, fill=red, anchor="mm")
        else:
            ImageDraw.Draw(glyph).rectangle((20, 20, 50, 50), outline=red, width=5)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        image.alpha_composite(glyph, (int(x - 35), int(y - 35)))
    if face:
        draw.text((cx, cy + 120), "业务专用章", font=ImageFont.truetype(font.path, 36, index=font.subfont),
                  fill=red, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# ----- training history: projects, rosters, sessions, attendance, results, ledger -------------------

# County-relevant projects in the shape of the city plan [CZ]: name, form, 培训对象, who qualifies, days
# (0 = the two-stage principal course from its template).
CATALOGUE: tuple[tuple[str, str, str, TargetGroup, int], ...] = (
    ("小学校长任职资格培训班", "异地+本地集中", "小学校长、分管副校长", TargetGroup(stages=("小学",), posts=("校长", "副校长")), 0),
    ("乡村小学教师“三字一话”培训班", "本地集中", "乡村小学教师", TargetGroup(stages=("小学",), rural=True), 4),
    ("乡村中小学教师资深关爱培训班", "本地集中", "年龄在45岁以上中小学教师",
     TargetGroup(stages=("小学", "初中"), min_age=45), 3),
    ("乡村初中物理、化学教师培训班", "送培到县(校)", "乡村初中物理、化学教师",
     TargetGroup(stages=("初中",), subjects=("物理", "化学")), 3),
    ("小学语文、数学教师培训班", "送培到县(校)", "小学语文、数学教师", TargetGroup(stages=("小学",), subjects=("语文", "数学")), 3),
    ("乡村幼儿教师培训班", "本地集中", "幼儿教师、园长", TargetGroup(stages=("幼儿园",)), 3),
    ("信息技术与教育教学融合培训班", "本地集中", "各学段学科骨干教师", TargetGroup(), 3),
    ("中小学班主任培训班", "本地集中", "中小学班主任", TargetGroup(posts=("班主任",)), 5),
    ("中小学心理健康教师培训班", "异地集中", "全县初中、高中专兼职心理健康教师", TargetGroup(stages=("初中", "高中")), 5),
    ("新教师适应性培训班", "本地集中", "新教师", TargetGroup(new_teachers_only=True), 5),
    ("卓越教师培养培训班", "本地集中", "具有高级以上职称的教师", TargetGroup(titles=SENIOR_TITLES), 3),
    ("高中新课标新教材培训班", "本地集中", "全县高中教师", TargetGroup(stages=("高中",)), 2),
    ("体育教师校园足球专业培训班", "本地集中", "中小学体育教师", TargetGroup(subjects=("体育",)), 4),
    ("普通话测试辅导员培训班", "本地集中", "普通话在二甲以上中小学教师",
     TargetGroup(putonghua_levels=("一级乙等", "二级甲等")), 4),
)
HOSTS = ("安仁县教师发展中心", "湘南学院", "郴州市中小学教师发展中心", "湘南幼儿师范高等专科学校")
LEVEL_CYCLE = ("县培", "市培", "县培", "省培", "县培", "国培")
# A plan row's 申报单位 and 项目类别 for each level, as the city's table writes them [CZ]; the plan import
# reads the level back from them. The principal course is the city's, every county sending its heads.
PLAN_ROWS = {"县培": ("{county}教育局", "教育精准扶贫乡村教师培训计划"), "市培": ("市教师培训中心", "名师培养培训工程"),
             "省培": ("市教师培训中心", "“省培计划”项目"), "国培": ("市教师培训中心", "国培省市联合立项项目")}
PRINCIPAL_PLAN_ROW = ("县市区", "教育精准扶贫乡村教师培训计划")
PRACTICE_DAYS = 50  # the principal course's 返岗实践, with its 网络研修 alongside [CZ]


@dataclass
class HistoryStats:
    projects: int = 0
    enrollments: int = 0
    marks: int = 0
    ledger_rows: int = 0


@dataclass
class _Course:
    """One project of a year as the demo plans it: its catalogue course, days, places and host."""

    seq: int
    course: int  # index into CATALOGUE
    dates: list[dt.date]  # the concentrated days (stage 1 of the principal course)
    places: int
    host: str

    @property
    def principal(self) -> bool:
        return CATALOGUE[self.course][4] == 0

    @property
    def practice(self) -> list[dt.date]:
        """The principal course's 返岗实践 (and 网络研修) days after its concentrated stage; none for others."""
        return _weekdays(self.dates[-1] + dt.timedelta(days=1), PRACTICE_DAYS) if self.principal else []

    @property
    def end(self) -> dt.date:
        return (self.practice or self.dates)[-1]


def _weekdays(start: dt.date, count: int) -> list[dt.date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _newcomers(candidates: list[int], before: set[int], started: dict[int, str], on: str) -> list[int]:
    """The candidates who have not been on the course before and had started work by ``on``."""
    return [t for t in candidates if t not in before and (started.get(t) or "") <= on]


def _import_year_plan(office: Office, year: int, courses: Sequence[_Course]) -> None:
    """The year's plan as the city sends it, imported the way the office imports it: one row per project
    (the principal course's 12 concentrated days; its second stage follows the course template)."""
    county = office.settings.get("county_name") or COUNTY[1]
    projects = []
    for c in courses:
        name, form, target, _group, _days = CATALOGUE[c.course]
        unit, category = PRINCIPAL_PLAN_ROW if c.principal else PLAN_ROWS[LEVEL_CYCLE[(c.seq + year) % len(LEVEL_CYCLE)]]
        offsite = len(c.dates) // 2 if "异地" in form else 0
        row = c.seq + 3  # under the title and the two-row header
        projects.append(PlanProject(
            row=row, seq=c.seq, name=f"{year}年{name}", code="", proposing_unit=unit.format(county=county),
            category=category, form=form, target_group=target, host=c.host, places=c.places,
            stages=[PlanStage(row, f"{year}年{name}", form, offsite, len(c.dates) - offsite, None, c.places)]))
    table = PlanTable(f"{year}年计划", projects, declared_total=sum(c.places for c in courses), title_year=year)
    import_plan(office, table, year=year, source_file=f"{year}年全市中小学教师培训计划.xlsx")


def _set_dates(office: Office, project_id: int, c: _Course) -> None:
    """The project's dates once they are known; the principal course gets its three stages from the
    template, stage 1 on the concentrated days and the second stage's 返岗实践 and 网络研修 after them."""
    project = office.projects.project(project_id)
    office.projects.update(replace(project, start_date=c.dates[0].isoformat(), end_date=c.end.isoformat(),
                                   mode_code="4" if c.principal else project.mode_code))
    if c.principal:
        office.projects.apply_template(project_id)
        spans = [(c.dates[0], c.dates[-1]), (c.practice[0], c.practice[-1]), (c.practice[0], c.practice[-1])]
        office.projects.set_stages(project_id, [
            replace(stage, start_date=first.isoformat(), end_date=last.isoformat())
            for stage, (first, last) in zip(office.projects.stages(project_id), spans, strict=True)])


def build_training_history(office: Office, rng: random.Random, *, years: Sequence[int], projects_per_year: int,
                           trainees_per_project: tuple[int, int] = (30, 60), ledger_years: Sequence[int] = (),
                           min_days: int = 0, as_of: dt.date | None = None, progress: Progress | None = None,
                           cancel: Cancel | None = None) -> HistoryStats:
    """Each year's plan imported, its projects with rosters, sessions, attendance, results and ledger postings,
    plus manual ledger entries.

    Sized by the caller: the demo (two years, ten projects each), the county benchmark (60 projects,
    ~4,000 enrollments, ~100,000 marks) or the city benchmark (five ``ledger_years`` for 60,000
    teachers). ``min_days`` lengthens the short catalogue courses (the county benchmark's ~100,000 marks
    need about two weeks a course). Projects ending before ``as_of`` are closed (结业) and posted; running ones
    are 开班 with marks up to ``as_of`` and results for the stages already over (the principal course in its
    返岗实践); later ones are 计划 with quotas and part of a roster. In the as-of year one course is running and
    at least one is still to come, however late in the year. Nobody takes a course twice, and nobody trains
    or earns hours before their 参加工作时间. Goes through the services, so everything it writes passes the
    same checks as the user's own work.
    """
    stats = HistoryStats()
    as_of = as_of or dt.date(max([*years, *ledger_years]) + 1, 1, 1)
    tick = Steps(len(years) * projects_per_year + len(ledger_years), progress=progress, cancel=cancel,
                 cancelled="已取消生成演示数据。")

    townships = office.registry.townships()
    started = dict(office.database.conn.execute("SELECT id, work_start_date FROM teachers").fetchall())
    taken: dict[int, set[int]] = {}  # catalogue course -> the teachers who have been on it
    for year in years:
        starts = sorted(dt.date(year, 3, 2) + dt.timedelta(days=rng.randrange(0, 250)) for _ in range(projects_per_year))
        if year == as_of.year and len(starts) >= 2:  # on the as-of day one course runs and one is still to come
            later = [i for i, start in enumerate(starts) if start > as_of]
            if not later:
                starts[-1] = as_of + dt.timedelta(days=7)
            running = later[0] if len(later) >= 2 else len(starts) - 2
            starts[running] = as_of - dt.timedelta(days=2)
        courses = []
        for n, start in enumerate(starts, start=1):
            course = (n - 1 + year) % len(CATALOGUE)
            days = CATALOGUE[course][4]
            courses.append(_Course(n, course, _weekdays(start, 12 if days == 0 else max(days, min_days)),
                                   rng.randint(*trainees_per_project), rng.choice(HOSTS)))
        _import_year_plan(office, year, courses)
        for c in courses:
            project_id = office.projects.by_code(f"{year}-{c.seq:02d}").id
            _set_dates(office, project_id, c)
            stats.projects += 1
            group = CATALOGUE[c.course][3]
            before = taken.setdefault(c.course, set())
            first_day = c.dates[0].isoformat()
            pool = _newcomers(office.roster.candidates(project_id, group), before, started, first_day)
            if len(pool) < c.places // 2:
                pool = _newcomers(office.roster.candidates(project_id, TargetGroup(stages=group.stages)), before,
                                  started, first_day)
            chosen = rng.sample(pool, min(c.places, len(pool)))
            if c.dates[0] > as_of:  # planned: quotas by township, the first schools' names in
                per_town = max(1, c.places // max(len(townships), 1))
                office.roster.set_quotas(project_id, [Quota(per_town, township=t) for t in townships])
                before.update(chosen[:len(chosen) // 3])
                stats.enrollments += len(office.roster.enroll(project_id, chosen[:len(chosen) // 3],
                                                              on=as_of).added)
                tick(f"{year} 年项目 {c.seq}")
                continue
            added = office.roster.enroll(project_id, chosen, on=c.dates[0] - dt.timedelta(days=10)).added
            before.update(chosen)
            stats.enrollments += len(added)
            if not added:
                tick(f"{year} 年项目 {c.seq}")
                continue
            stages = office.projects.stages(project_id)
            parts = office.projects.template_parts(stages[0].name)
            office.sessions.generate(project_id, stage_id=stages[0].id, dates=c.dates, parts=parts)
            office.projects.open(project_id)
            sessions = [s for s in office.sessions.sessions(project_id) if s.date <= as_of.isoformat()]
            marks = []
            for enrollment_id in added:
                reliable = rng.choices((0.99, 0.85, 0.55), weights=(90, 7, 3))[0]
                for s in sessions:
                    if rng.random() < reliable:
                        status = rng.choices(("出勤", "迟到", "早退"), weights=(95, 3, 2))[0]
                    else:
                        status = rng.choices(("请假", "缺勤"), weights=(6, 4))[0]
                    marks.append(Mark(enrollment_id, s.id, status))
            office.attendance.set_marks(project_id, marks, today=as_of)
            stats.marks += len(marks)
            over = [s for s in stages if (s.end_date or c.end.isoformat()) < as_of.isoformat()]  # results as stages end
            if over:
                grid = office.attendance.grid(project_id)
                held = grid.held()
                assessments = []
                for row, trainee in enumerate(grid.trainees):
                    ability = rng.uniform(72, 98)  # a trainee does about as well in every stage
                    for stage in over:
                        below = grid.row_rate(row, held, stage_id=stage.id).below
                        score = round(rng.uniform(55, 75) if below else min(ability + rng.uniform(-3, 3), 99), 1)
                        result = "不合格" if below else "优秀" if score >= 93 else "合格"
                        assessments.append(Assessment(trainee.enrollment_id, stage.id, result, score,
                                                      homework_done=not below or rng.random() < 0.5))
                office.results.set_results(project_id, assessments)
            if c.end < as_of:
                stats.ledger_rows += office.projects.close(project_id, today=as_of).posted
            tick(f"{year} 年项目 {c.seq}")
    for year in ledger_years:
        stats.ledger_rows += len(office.credits.add_entries(_manual_entries(office, rng, year, as_of), today=as_of))
        tick(f"{year} 年校本研修等学时")
    return stats


def _manual_entries(office: Office, rng: random.Random, year: int, as_of: dt.date) -> list[LedgerEntry]:
    """校本研修, 师德, 网络研修 (and a little 学历提高, 资源建设) for every 在职 teacher in a year.

    Most schools keep almost everyone at the 72-学分 target; about one school in five is lax, so the
    compliance report flags some schools. Within the as-of year only the months so far are entered, and
    for a teacher who started work in the year only the months since (nothing before 参加工作时间).
    """
    conn = office.database.conn
    teachers = conn.execute("SELECT id, school_id, work_start_date FROM teachers WHERE status = '在职'"
                            " AND coalesce(work_start_date, '') <= ? ORDER BY id", (f"{year}-12-31",)).fetchall()
    school_rate = {}
    months = 12 if year < as_of.year else max(as_of.month - 1, 0)
    entries = []
    for tid, school_id, started in teachers:
        if school_id not in school_rate:
            school_rate[school_id] = rng.choices((0.97, 0.72), weights=(80, 20))[0]
        meets = rng.random() < school_rate[school_id]
        mine = []
        served = months - (int(started[5:7]) - 1 if started and started[:4] == str(year) else 0)  # months at work
        if served > 0:  # 师德 at least 1 学时 a month [ML], entered once for the months so far
            done = served if meets else rng.randint(max(served // 2, 1), served)
            mine.append(LedgerEntry(tid, "师德", f"{year}-{months:02d}-28", done, evidence=f"师德专题学习 {done} 次"))
        if months >= 6:
            mine.append(LedgerEntry(tid, "校本研修", f"{year}-06-30", rng.choice((16, 20, 24)) if meets
                                    else rng.choice((8, 12, 16)), evidence="上学期校本研修登记表"))
        if months == 12:
            mine.append(LedgerEntry(tid, "校本研修", f"{year}-12-31", rng.choice((12, 16, 20)) if meets
                                    else rng.choice((4, 8)), evidence="下学期校本研修登记表"))
            if meets or rng.random() < 0.3:
                mine.append(LedgerEntry(tid, "网络研修", f"{year}-11-30", rng.choice((30, 36, 40, 50)),
                                        evidence="湖南省中小学教师发展网 学习证明"))
            if rng.random() < 0.01:
                mine.append(LedgerEntry(tid, "学历提高", f"{year}-07-15", 0, 20, evidence="在职研究生课程成绩单"))
        entries += [e for e in mine if str(e.date) >= (started or "")]  # nothing before they started work
    if months == 12 and len(teachers) >= 4:
        for r in range(max(1, len(teachers) // 1000)):
            authors = rng.sample([t for t, _, started in teachers if (started or "") < f"{year}-10-10"], rng.randint(2, 4))
            shares = [40.0] + [40.0 / (len(authors) - 1)] * (len(authors) - 1)
            shares[-1] = 80.0 - sum(shares[:-1])
            entries += [LedgerEntry(t, "资源建设", f"{year}-10-{10 + r % 18:02d}", 0, s,
                                    evidence=f"优质课资源入库（共80学分，本人{s:g}学分）")
                        for t, s in zip(authors, shares, strict=True)]
    return entries
