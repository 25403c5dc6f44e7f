"""A lived-in demo county, deterministic by seed; the benchmarks use the same generator at city scale.

The county is 安仁县 (郴州市, code 431028) with its real townships; schools, people and numbers are
made up. Every ID number is valid (GB 11643 check character) and unique.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from trainoffice.idnumber import check_character
from trainoffice.office import Office
from trainoffice.registry import School, Teacher

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


@dataclass(frozen=True)
class DemoSize:
    schools: int = 60
    teachers: int = 3000


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


def make_teachers(rng: random.Random, schools: list[tuple[int, School]], count: int,
                  *, area: str = "431028", used: set[str] | None = None) -> list[Teacher]:
    """Teachers spread over schools by size (county schools and 中心 schools are larger)."""
    used = used if used is not None else set()
    weights = [4 if not s.rural else 2 if "中心" in s.name or "中学" in s.name else 1 for _, s in schools]
    picks = rng.choices(range(len(schools)), weights=weights, k=count)
    heads: set[int] = set()
    teachers = []
    for pick in picks:
        school_id, school = schools[pick]
        stage = rng.choice(school.stages.split("、"))
        gender = "女" if rng.random() < (0.9 if stage == "幼儿园" else 0.65) else "男"
        born = dt.date(rng.randint(1966, 2001), rng.randint(1, 12), rng.randint(1, 28))
        number = make_id_number(rng, area, born, gender)
        while number in used:
            number = make_id_number(rng, area, born, gender)
        used.add(number)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        age = 2026 - born.year
        title = ("正高级教师" if age > 50 and rng.random() < 0.03 else
                 "高级教师" if age > 42 and rng.random() < 0.5 else
                 "一级教师" if age > 32 and rng.random() < 0.7 else
                 "二级教师" if age > 24 else "未评")
        if pick not in heads:
            post = "园长" if stage == "幼儿园" else "校长"
            heads.add(pick)
        else:
            post = rng.choices(("教师", "班主任", "副校长", "教研员"), weights=(60, 30, 4, 1))[0]
        start = min(dt.date(born.year + rng.randint(20, 24), 9, 1), dt.date(2025, 9, 1))
        status = rng.choices(("在职", "退休", "调出"), weights=(96, 3, 1))[0] if age > 55 else "在职"
        teachers.append(Teacher(
            name=name, id_number=number, gender=gender, birth_date=born.isoformat(),
            ethnicity=rng.choice(ETHNICITIES), school_id=school_id, stage=stage,
            subject=rng.choice(SUBJECTS[stage]), title=title, post=post,
            qualification_type=QUALIFICATION[stage],
            qualification_number=f"{born.year + 22}43{rng.randrange(10**10):010d}",
            putonghua_level=rng.choices(("一级乙等", "二级甲等", "二级乙等"), weights=(2, 6, 3))[0],
            in_establishment=rng.random() < (0.6 if school.private else 0.95),
            work_start_date=start.isoformat(), new_teacher=start.year >= 2024,
            backbone_level=rng.choices(("", "县级", "市级", "省级"), weights=(85, 9, 5, 1))[0],
            phone=f"1{rng.choice('35789')}{rng.randrange(10**9):09d}", status=status))
    return teachers


def build_demo(office: Office, *, seed: int = 2026, size: DemoSize = DemoSize()) -> None:
    """Fill an empty database with the demo county. Later capabilities add their own parts here."""
    rng = random.Random(seed)
    with office.atomic():
        office.set_identity(office_name=COUNTY[0], county_name=COUNTY[1], county_code=COUNTY[2])
        schools = []
        for school in make_schools(rng, size.schools):
            schools.append((office.registry.save_school(school), school))
        teachers = make_teachers(rng, schools, size.teachers)
        office.registry.insert_teachers(teachers, on=dt.date(2020, 9, 1))
