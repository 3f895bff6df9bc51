"""Realistic demo data for a counter: operators to log in with, and up to millions of visitor-log entries.

`fill(visitors=N)` writes two years of visits the way the counter would have recorded them: names
from common surnames and given names, hosts in the building's companies (office) or units like
3栋2单元1203 (residential), resident IDs with a correct check digit, phones, plates, badges, one shift
a day, a few visitors never checked out and a few on site now (those through the real check-in).

A million visits are meant to load in about a minute, so the history bypasses the per-row service
(PLATFORM_NOTES: peewee is 15-50x slower than raw executemany); core/demo_loader.py writes it. Each history
row still gets its audit record (action "import", reason "demo", hash-chained) and its search index row.
"""

from __future__ import annotations

import random
from bisect import bisect
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from stdnum.cn import ric

from frontdesk_gui.core import auth, badges, clock, directory, flagged, settings
from frontdesk_gui.core.context import Ctx
from frontdesk_gui.core.demo_loader import load_history
from frontdesk_gui.core.errors import ValidationError
from frontdesk_gui.core.logbooks import visitors as visitor_log
from frontdesk_gui.core.models import Operator

# (username, password, role, display name): shown on the login screen of a demo counter.
DEMO_OPERATORS = (
    ("admin", "admin123", auth.ADMIN, "周建华"),
    ("lead", "lead123", auth.SUPERVISOR, "王丽娟"),
    ("desk", "desk123", auth.RECEPTIONIST, "李晓敏"),
    ("desk2", "desk234", auth.RECEPTIONIST, "陈静"),
)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁"
            "任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
            "莫孔向常汤单仇")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_NAMES = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 斌 浩 宇 鹏 辉 婷 雪 琳 波 鑫 "
    "建国 建华 志强 志明 秀英 桂英 秀兰 玉兰 海燕 丽娟 晓东 晓燕 春梅 国华 文博 子涵 欣怡 雨轩 浩然 梓萱 "
    "晨曦 俊杰 思远 嘉怡 宇航 一鸣 家豪 佳琪 诗涵 子轩 博文 明辉 丽华 建军 红梅 小明 小红 立新 卫东 德华 "
    "振宇 凯文 文静 慧敏 雅婷 美玲 志刚 永强 金凤 玉梅 亚楠 天佑 梦琪 若曦 泽宇 锦程 晓峰 海涛 宏伟 少华"
).split()
# Region codes valid for every birth year 1955-2005 in stdnum's table, so every generated ID validates.
REGIONS = ("110101 110102 110105 110106 210122 310101 310104 310105 310106 310107 330122 340121 350121 "
           "360121 360122 422822 430121 430122 430321 510121 510122 610322 610323").split()
MOBILE_PREFIXES = ("130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 177 180 "
                   "181 182 183 185 186 187 188 189 199").split()
COMPANY_STEMS = ("华创 恒信 启航 蓝海 中联 新锐 博远 鼎盛 海川 星辰 凯达 东方 金桥 瑞丰 德润 天成 远景 "
                 "明德 汇智 盛世 云帆 卓越 安泰 宏图").split()
COMPANY_KINDS = ("科技有限公司 律师事务所 会计师事务所 贸易有限公司 投资管理有限公司 广告传媒有限公司 "
                 "教育咨询有限公司 建筑设计院 医疗器械有限公司 保险代理有限公司").split()
COURIERS = ("顺丰速运", "京东物流", "中通快递", "圆通速递", "美团外卖", "饿了么", "闪送")
DEPARTMENTS = ("粤海街道办事处", "南山区消防救援大队", "南山派出所", "区市场监督管理局", "区住房和建设局",
               "社区工作站")
INSPECTORS = ("集团总部安全检查组", "区应急管理局", "市物业管理协会", "集团品质督导部")
GROUPS = ("深圳大学参观团", "兄弟物业公司参观学习团", "市物业管理协会考察组", "职业技术学院实习团")
PASS_FIRMS = {"renovation": "居美装饰工程队", "newspaper": "特区报发行站", "milk": "光明牛奶配送点",
              "other": "绿城园林养护"}
DUTY_OFFICERS = ("赵经理", "孙主任", "刘总", "周经理")
NOTES = ("携带笔记本电脑", "自带工具箱", "送花", "携带样品两箱", "需要停车")
VOID_REASONS = ("重复登记", "登记错误,已重新登记", "访客未进入")
PURPOSES = {
    "office": ("商务洽谈", "面试", "拜访", "开会", "送文件", "设备维修", "培训", "签合同", "送样品"),
    "residential": ("探亲访友", "家电维修", "看房", "家政保洁", "送货上门", "拜访", "搬家"),
    "courier": ("送快递", "送外卖", "取件"),
    "unknown_resident": ("回家,未带门卡", "新租户,未办门卡", "帮亲戚看房"),
    "company_staff": ("加班", "取文件", "设备巡检", "值班"),
    "company_leader": ("检查工作", "开会", "视察"),
    "government": ("消防检查", "安全检查", "人口普查", "社区走访", "执法检查"),
    "study_group": ("参观学习", "考察交流"),
    "inspection": ("安全生产检查", "年度考核", "上级检查"),
    "renovation": ("装修施工",), "newspaper": ("送报",), "milk": ("送奶",), "other": ("绿化养护",),
}
# Each category's share of the visits (%) per counter kind (CATALOGUE B3); an office has no self-declared
# residents. A quarter of outside visitors are couriers and delivery riders.
CATEGORY_WEIGHTS = {
    "office": {"outside_visitor": 72, "company_staff": 9, "company_leader": 3, "government": 3,
               "study_group": 1, "pass_holder": 10, "inspection": 2},
    "residential": {"outside_visitor": 58, "unknown_resident": 9, "company_staff": 5, "company_leader": 2,
                    "government": 4, "study_group": 1, "pass_holder": 19, "inspection": 2},
}
# Local opening hours of the counter's busy part of the day, weighted by hour.
HOURS = {"office": {8: 2, 9: 8, 10: 10, 11: 8, 12: 4, 13: 6, 14: 9, 15: 10, 16: 8, 17: 5, 18: 2, 19: 1},
         "residential": {7: 2, 8: 3, 9: 5, 10: 7, 11: 6, 12: 4, 13: 4, 14: 6, 15: 7, 16: 7, 17: 8, 18: 9,
                         19: 8, 20: 6, 21: 3}}
DAYS = 730
ADMITTED = {category: rule["admitted"] for category, rule in visitor_log.RULES.items()}


def create_demo_operators() -> dict[str, Operator]:
    """The DEMO_OPERATORS, added by the system actor (audited) unless their login name exists already."""
    ctx = Ctx(auth.system_actor())
    made = {}
    for username, password, role, display_name in DEMO_OPERATORS:
        made[username] = (Operator.get_or_none(Operator.username == username)
                          or auth.add_operator(ctx, username, display_name, role, password))
    return made


def resident_id(rng: random.Random) -> str:
    """A valid 18-digit resident ID: region, birth date 1955-2005, sequence and the ISO 7064 check digit."""
    birth = datetime(1955, 1, 1) + timedelta(days=rng.randrange(51 * 365))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


@dataclass(frozen=True, slots=True)
class Person:
    """A visitor who may come many times: the same name, phone, ID, company and car each visit."""

    name: str
    category: str
    id_type: str
    id_number: str | None
    phone: str | None
    organisation: str | None
    pass_kind: str | None
    pass_number: str | None
    work_id: str | None
    plate: str | None
    courier: bool
    purposes: tuple[str, ...]
    badge_share: float  # how often this visitor goes upstairs with a badge


VISIT_FIELDS = ("host_name", "host_unit", "purpose", "admitted_how", "approved_by", "people_count", "note")
# Visitors going upstairs exchange a document for a badge; couriers and regulars do not.
BADGE_SHARE = {"outside_visitor": 0.55, "study_group": 0.3, "government": 0.2}


class Building:
    """The hosts a visitor comes to see and everything drawn at random, from one seeded generator."""

    days = DAYS
    void_share = 0.002
    never_checked_out_days = (2, 5, 9)  # days ago when someone left without being checked out

    def __init__(self, kind: str, rng: random.Random, people: int):
        self.kind, self.rng = kind, rng
        self.hours = HOURS[kind]
        self._surnames = list(SURNAMES) + list(COMPOUND_SURNAMES)
        # Common surnames are much more common (roughly Zipf), the compound ones rare.
        self._surname_cum = _cumulative([1 / (rank + 4) for rank in range(len(SURNAMES))] + [0.01] * 4)
        self.companies = [f"{stem}{rng.choice(COMPANY_KINDS)}" for stem in COMPANY_STEMS]
        if kind == "office":
            rooms = [f"{floor}{room:02d}" for floor in range(3, 33) for room in range(1, 13)]
            self.hosts = [(self.name(), unit) for unit in rng.sample(rooms, 180) for _ in range(3)]
        else:
            units = [f"{b}栋{u}单元{f}{r:02d}" for b in range(1, 19) for u in range(1, 4)
                     for f in range(2, 34) for r in range(1, 5)]
            self.hosts = [(self.name(), unit) for unit in rng.sample(units, 2500)]
        shares = CATEGORY_WEIGHTS[kind]
        self._category_cum = _cumulative(shares.values())
        # Per category: where its people start in `people`, and how often each of them comes
        # (couriers and pass holders are regulars, most others come once or a few times).
        self.people: list[Person] = []
        self._groups = []
        for category, share in shares.items():
            start = len(self.people)
            self.people += [self.person(category) for _ in range(max(20, people * share // 100))]
            group = self.people[start:]
            self._groups.append((start, _cumulative(4 if p.courier or p.pass_kind else 0.5 + rng.random() * 2
                                                    for p in group)))

    def name(self) -> str:
        rng = self.rng
        surname = self._surnames[bisect(self._surname_cum, rng.random() * self._surname_cum[-1])]
        return surname + rng.choice(GIVEN_NAMES)

    def phone(self) -> str | None:
        roll = self.rng.random()
        if roll < 0.86:
            return f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(10**8):08d}"
        return f"0755{self.rng.randrange(2 * 10**7, 9 * 10**7)}" if roll < 0.92 else None

    def plate(self) -> str | None:
        rng = self.rng
        if rng.random() > 0.18:
            return None
        province = "粤" if rng.random() < 0.85 else rng.choice("湘赣桂闽川鄂京沪")
        letter = rng.choice("ABCDEFGHJKLMNPQRS")
        if rng.random() < 0.2:  # new-energy plates have six characters after the letter
            return f"{province}{letter}D{rng.randrange(10**5):05d}"
        tail = list(f"{rng.randrange(10**5):05d}")
        if rng.random() < 0.4:
            tail[rng.randrange(5)] = rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return province + letter + "".join(tail)

    def person(self, category: str) -> Person:
        rng = self.rng
        courier = category == "outside_visitor" and rng.random() < 0.25
        roll = rng.random()
        id_type, id_number = "resident_id", None
        if courier or category == "company_leader" or roll < 0.1:
            pass  # couriers and recognised leaders leave no document
        elif roll < 0.14:
            id_type, id_number = "passport", f"E{rng.randrange(10**8):08d}"
        elif roll < 0.17:
            id_type, id_number = "hk_macau_permit", f"C{rng.randrange(10**8):08d}"
        else:
            id_number = resident_id(rng)
        organisation = pass_kind = pass_number = work_id = None
        purposes = PURPOSES.get(self.kind if category == "outside_visitor" else category, ())
        if courier:
            organisation, purposes = rng.choice(COURIERS), PURPOSES["courier"]
        elif category in ("company_staff", "company_leader"):
            organisation = rng.choice(self.companies) if self.kind == "office" else "锦绣物业服务中心"
            work_id = f"GH-{rng.randrange(1, 3000):04d}" if category == "company_staff" else None
        elif category == "government":
            organisation = rng.choice(DEPARTMENTS)
        elif category == "inspection":
            organisation = rng.choice(INSPECTORS)
        elif category == "study_group":
            organisation = rng.choice(GROUPS)
        elif category == "pass_holder":
            pass_kind = rng.choices(list(PASS_FIRMS), (6, 2, 2, 1))[0]
            organisation, purposes = PASS_FIRMS[pass_kind], PURPOSES[pass_kind]
            pass_number = f"CR{rng.randrange(2023, 2027)}-{rng.randrange(10**4):04d}"
        elif rng.random() < 0.55:
            organisation = rng.choice(self.companies)
        return Person(self.name(), category, id_type, id_number, self.phone(), organisation, pass_kind,
                      pass_number, work_id, None if courier else self.plate(), courier, purposes,
                      0.0 if courier else BADGE_SHARE.get(category, 0.0))

    def visitor_index(self) -> int:
        """Which of `people` comes next: a category by its share of visits, then one of its people
        (bulk loaders keep per-person caches by this index)."""
        random = self.rng.random
        start, cumulative = self._groups[bisect(self._category_cum, random() * self._category_cum[-1])]
        return start + bisect(cumulative, random() * cumulative[-1])

    def visitor(self) -> Person:
        return self.people[self.visitor_index()]

    def visit_fields(self, person: Person) -> tuple:
        """What changes from visit to visit (VISIT_FIELDS), with what the category's entry rule needs (B3)."""
        random = self.rng.random
        category = person.category
        host_name = host_unit = approved_by = note = None
        people_count, admitted_how = 1, ADMITTED[category]
        if category == "outside_visitor":
            host_name, host_unit = self.hosts[int(random() * len(self.hosts))]
            if random() < 0.15:
                people_count = 2 + int(random() * 3)
            if random() < 0.1:
                admitted_how = "gate_confirmed"
        elif category == "unknown_resident":
            host_unit = self.hosts[int(random() * len(self.hosts))][1]
            if random() < 0.3:
                admitted_how = "records_checked"  # nobody home: checked against the owner records
        elif category in ("government", "study_group", "inspection"):
            approved_by = DUTY_OFFICERS[int(random() * len(DUTY_OFFICERS))]
            people_count = 8 + int(random() * 23) if category == "study_group" else 1 + int(random() * 4)
        if random() < 0.02:
            note = NOTES[int(random() * len(NOTES))]
        purposes = person.purposes
        return (host_name, host_unit, purposes[int(random() * len(purposes))], admitted_how, approved_by,
                people_count, note)

    def visit(self, person: Person) -> dict:
        """One visit's check-in form values."""
        values = {name: getattr(person, name) for name in ("id_type", "id_number", "phone", "organisation",
                                                           "pass_kind", "pass_number", "work_id", "plate")}
        values.update(visitor_name=person.name, category=person.category)
        values.update(zip(VISIT_FIELDS, self.visit_fields(person), strict=True))
        return values

    def wants_badge(self, person: Person) -> bool:
        return self.rng.random() < person.badge_share

    def day_weight(self, day: date, growth: float) -> float:
        """Offices are quiet at weekends, homes busier; traffic grows a little over the two years."""
        weekend = day.weekday() >= 5
        if self.kind == "office":
            share = (0.3 if day.weekday() == 5 else 0.2) if weekend else 1.0
        else:
            share = 1.2 if weekend else 0.9
        return share * (0.8 + 0.3 * growth)

    def void_reason(self) -> str:
        return self.rng.choice(VOID_REASONS)

    def stay_minutes(self, person: Person) -> float:
        if person.courier:
            return 2 + self.rng.random() * 10
        return min(5 + self.rng.lognormvariate(3.5, 0.7), 300)


def _cumulative(weights) -> list[float]:
    out, total = [], 0.0
    for w in weights:
        total += w
        out.append(total)
    return out


def fill(visitors: int = 10_000, seed: int = 0, progress=None, kind: str | None = None) -> int:
    """Add `visitors` visits over the past two years (the last few on site now); returns how many.

    `progress(done, total)` is called as the work advances. `kind` is "office" or "residential"
    (default: the counter's setting).
    """
    kind = kind or settings.get("counter.kind")
    if kind not in CATEGORY_WEIGHTS:
        raise ValueError(f"unknown counter kind {kind!r}")
    operators = create_demo_operators()
    badges.ensure_pool()
    rng = random.Random(seed)
    # Returning visitors: a million visits come from some 40,000 people, couriers and pass holders most often.
    building = Building(kind, rng, people=min(max(visitors // 25, 300), 40_000))
    live = min(12, visitors // 50)
    shifts = load_history(building, operators, visitors - live, progress=progress, total=visitors)
    _check_in_live(building, operators, shifts, live)
    _fill_directory(building)
    from frontdesk_gui.core.demo_money import fill_money

    # A month of business-centre orders for a full demo; a small one (tests) gets a few days.
    fill_money(operators, shifts, building.rng, [building.name() for _ in range(60)],
               days=min(30, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_held_items

    demo_held_items.fill(operators, shifts, building.rng, [building.name() for _ in range(40)],
                         days=min(14, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_messages

    demo_messages.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                       days=min(demo_messages.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_parcels

    demo_parcels.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                      days=min(demo_parcels.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_faxes

    demo_faxes.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                    days=min(demo_faxes.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_keys

    demo_keys.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                   days=min(demo_keys.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_goods

    demo_goods.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                    days=min(demo_goods.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_passes

    demo_passes.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                     days=min(demo_passes.DAYS, max(2, visitors // 600)))
    from frontdesk_gui.core import demo_shift

    demo_shift.fill(lambda at: Ctx(operators["desk"], shifts.at(at)), building.rng,
                    days=min(demo_shift.DAYS, max(2, visitors // 600)))
    if progress:
        progress(visitors, visitors)
    return visitors


def _fill_directory(building: Building) -> None:
    """The roster the hosts are picked from: the tenant companies of an office building, or the residents
    of an estate (a second fill adds only who is not there yet)."""
    ctx = Ctx(auth.system_actor())
    if building.kind == "office":
        rooms = sorted({unit for _, unit in building.hosts})
        entries = [("company", {"name": company, "floor": f"{room[:-2]}层", "room": room,
                                "phone": building.phone() or ""})
                   for company, room in zip(building.companies, rooms, strict=False)]
    else:
        entries = [("resident", {"name": name, "unit": unit, "role": "owner" if n % 4 else "tenant",
                                 "phone": building.phone() or ""})
                   for n, (name, unit) in enumerate(building.hosts[:800])]
    for kind, values in entries:
        try:
            directory.add(ctx, kind, **values)
        except ValidationError:
            continue  # already in the roster (a namesake in the same unit, or an earlier fill)


def _check_in_live(building: Building, operators: dict, shifts, count: int) -> None:
    """The visitors on site now go through the real check-in (badge issued, audited, indexed)."""
    previous = clock.get_clock()
    now = previous.now()
    minutes_ago = (310, 185, 135, 100, 65, 50, 32, 20, 12, 6, 4, 2)[:count]
    free = [b.number for b in badges.Badge.select().where(badges.Badge.state == badges.AVAILABLE)]
    try:
        for index, minutes in enumerate(minutes_ago):
            at = now - timedelta(minutes=minutes)
            clock.set_clock(clock.FrozenClock(at))
            person = building.visitor()
            values = building.visit(person)
            if free and (building.wants_badge(person) or index < 3):
                values["badge_no"] = free.pop(building.rng.randrange(len(free)))
            try:
                visitor_log.check_in(Ctx(operators["desk"], shifts.at(at)), **values)
            except flagged.FlaggedVisitor:
                continue  # this counter flags that person: the desk would not let them in either
    finally:
        clock.set_clock(previous)
