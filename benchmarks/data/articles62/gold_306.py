"""Gold of article 306: al-Waer (Homs city), the Engineers' Roundabout crossing and Talbiseh (Homs, Syria),
a Homs opposition news site, 2016-05-18 (Wed). Mostly about a truce, its deals, withdrawals, releases and an
exchange, and its violations."""
from actors_places import (
    ENGINEERS_RB,
    GOVERNOR_NOTABLES,
    HOMS_GOVERNOR,
    HOMS_PRISON,
    MS_OFFICER,
    OCHA,
    SANA,
    SY_AUTHORITIES,
    SY_GOV_SIDE,
    SY_REGIME,
    SY_SOLDIER,
    TALBISEH,
    TALBISEH_VICTIMS,
    UN_DAMASCUS,
    WAER,
    WAER_ARMED,
    WAER_BATCH3,
    WAER_COMMITTEE,
    WAER_COMMUTERS,
    WAER_DEAL_SIDES,
    WAER_DETAINEES,
    WAER_EVACUEES,
    WAER_FACTIONS,
    WAER_FIGHTERS_2015,
    WAER_HOLDOUTS,
    WAER_JAZIRA,
    WAER_PEOPLE,
    WAER_SWAP,
    WAER_TO_IDLIB,
    WAER_VICTIMS,
    WAER_WOMEN,
    ZAHRAA,
    ZAHRAA_RESIDENTS,
)
from common import AGREEMENT, AIR, CLASH, SHELL, D, E, paras_of

SLUG = "waer_2016_homs_engineers_roundabout_talbiseh"
TODAY = D("2016-05-18")
YESTERDAY = D("2016-05-17")
SINCE_YESTERDAY = D("2016-05-18", "day", ("2016-05-17", "2016-05-18"))
LAST_NIGHT = D("2016-05-17", "day", ("2016-05-17", "2016-05-18"))
DECEMBER_2015 = D("2015-12-05", "month", ("2015-12-01", "2015-12-31"))
ARTICLE = dict(
    id="team62-306", slug=SLUG, published="2016-05-18",
    outlet="Barid Homs opposition news site (fictional)",
    paras=paras_of(f"306_{SLUG}.txt"),
    events=[
        # the mortar shells on the Seventh Island of al-Waer «صباح اليوم الأربعاء»: headline 0 («قذائف
        # تقتل مدنيين»), lead 1 (our correspondent: three civilians), the follow-up 8 (the medical point: two
        # bodies; the Homs Media Centre: four) and SANA's retelling 12 (the army «ردّت على مصادر النيران»)
        # → 3 vs 2 vs 4 → 2
        E(True, ["ASSAULT"], [0, 1, 8, 12], "سقوط قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=SY_REGIME, recipient=WAER_VICTIMS, location=WAER_JAZIRA, date=TODAY, fatalities=2,
          attribution=["مراسل «بريد حمص»", "مسؤول في النقطة الطبية بالحي", "«مركز حمص الإعلامي»", "«سانا»"],
          acled=SHELL, tpara=1),
        # one sentence, two events, told in a «وكانت … قد» clause although they happened yesterday (asserted,
        # not historical): the second batch's buses leave for the Idlib countryside (RETREAT, headline «خروج
        # دفعة») and the authorities release twenty-two detainees; «تنفيذاً للمرحلة الثانية» is a purpose
        E(True, ["RETREAT"], [0, 2], "غادرت", ["asserted", "reported"], mode="withdraw",
          source=WAER_EVACUEES, location=WAER_TO_IDLIB, date=YESTERDAY,
          attribution=["عضو في لجنة التفاوض عن الأهالي"], tpara=2),
        E(True, ["RETREAT", "CONCEDE"], [2], "أطلقت السلطات", ["asserted", "reported"], mode="release",
          source=SY_AUTHORITIES, recipient=WAER_DETAINEES, location=HOMS_PRISON, date=YESTERDAY,
          attribution=["عضو في لجنة التفاوض عن الأهالي"]),
        # the governor's statement (before the committee's «في المقابل»): the governorate «committed to the
        # ceasefire» (CONCEDE, announced) and the truce extended a month with «al-Waer's notables» (AGREE)
        E(True, ["CONCEDE"], [3], "ملتزمة بوقف إطلاق النار", ["asserted", "reported"],
          source=HOMS_GOVERNOR, location=WAER, date=SINCE_YESTERDAY, attribution=["إذاعة محلية موالية"]),
        E(True, ["AGREE"], [3], "التوصل", ["asserted", "reported"],
          source=GOVERNOR_NOTABLES, location=WAER, date=SINCE_YESTERDAY, attribution=["إذاعة محلية موالية"],
          acled=AGREEMENT),
        # the committee's statement: it refuses to go on with the deal (REJECT; its condition is content) and
        # asks the UN for monitors (REQUEST)
        E(True, ["REJECT"], [4], "رفضت لجنة التفاوض", ["asserted"],
          source=WAER_COMMITTEE, recipient=SY_GOV_SIDE, date=TODAY),
        E(True, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=WAER_COMMITTEE, recipient=UN_DAMASCUS, date=TODAY),
        # heavy weapons handed over at the Engineers' Roundabout: rumoured by loyalist pages, denied by a
        # field commander
        E(True, ["RETREAT"], [5], "تسليم", ["rumored", "negated"], mode="disarm",
          source=WAER_FACTIONS, recipient=SY_REGIME, location=ENGINEERS_RB, date=LAST_NIGHT,
          attribution=["صفحات موالية على «فيسبوك»", "قائد ميداني في إحدى الفصائل"]),
        # paragraph 6 (the last rebel-held district of Homs, its people and prices) holds no event
        # the crossing reopened this morning (RETREAT, access; passive «أُعيد … فتح»); the four-day closure in
        # the same sentence is an earlier act (optional, historical)
        E(True, ["RETREAT"], [7], "فتح معبر", ["asserted"], mode="access",
          source=SY_REGIME, recipient=WAER_COMMUTERS, location=ENGINEERS_RB, date=TODAY),
        E(False, ["COERCE"], [7], "إغلاق دام", ["historical", "asserted"], mode="restrict",
          source=SY_REGIME, recipient=WAER_PEOPLE, location=WAER,
          date=D("2016-05-15", "week", ("2016-05-14", "2016-05-17"))),
        # background at another place: five civilians killed by air strikes on a market in Talbiseh «يوم
        # الجمعة الماضي» (core, historical, 5); the December agreement and the first batch's departure
        # optional, historical
        E(True, ["ASSAULT"], [9], "بغارات جوية", ["historical", "asserted"], mode="aerial",
          recipient=TALBISEH_VICTIMS, location=TALBISEH, date=D("2016-05-13"), fatalities=5, acled=AIR),
        E(False, ["AGREE"], [9], "وُقّع", ["historical"],
          source=WAER_DEAL_SIDES, location=WAER, date=DECEMBER_2015, acled=AGREEMENT),
        E(False, ["RETREAT"], [9], "وغادر", ["historical"], mode="withdraw",
          source=WAER_FIGHTERS_2015, location=WAER, date=DECEMBER_2015),
        # a Military Security officer's deadline to the fighters who refuse the settlement (a threat made:
        # asserted, told by the committee member); the «wide military action» and the crossing closed for good
        # are only hypothetical (optional); the phone call that carries the threat optional
        E(True, ["THREATEN"], [10], "وأمهل", ["asserted", "reported"], mode="violence",
          source=MS_OFFICER, recipient=WAER_HOLDOUTS, location=WAER, date=SINCE_YESTERDAY,
          attribution=["أحد أعضاء لجنة التفاوض"]),
        E(False, ["ASSAULT"], [10], "عمل عسكري واسع", ["hypothetical"], mode="heavy-weapons",
          source=MS_OFFICER, location=WAER, date=None),
        E(False, ["COERCE"], [10], "وبإغلاق المعبر", ["hypothetical"], mode="restrict",
          source=MS_OFFICER, location=WAER, date=None),
        E(False, ["CONSULT"], [10], "اتصال هاتفي", ["asserted", "reported"], mode="phone",
          source=MS_OFFICER, recipient=WAER_COMMITTEE, date=SINCE_YESTERDAY),
        # the exchange at the crossing on the margin of yesterday's departure: a soldier's body for three
        # women held by Military Security (COOPERATE, both sides sources); the clash two months ago in the
        # relative clause optional, historical; the women's release is the exchange's other half (optional)
        E(True, ["COOPERATE"], [11], "عملية تبادل", ["asserted", "reported"],
          source=WAER_SWAP, location=ENGINEERS_RB, date=YESTERDAY, attribution=["ناشطين"]),
        E(False, ["ASSAULT"], [11], "اشتباك", ["historical"], mode="firearms",
          recipient=SY_SOLDIER, location=WAER, date=D("2016-03-18", "month", ("2016-03-01", "2016-03-31")),
          acled=CLASH),
        E(False, ["RETREAT"], [11], "أُفرج", ["asserted", "reported"], mode="release",
          source=MS_OFFICER, recipient=WAER_WOMEN, location=ENGINEERS_RB, date=YESTERDAY),
        # SANA's accusation of «the terrorist groups» (ACCUSE); the shelling of al-Zahraa it alleges is its
        # content (optional, reported); its «response» is the shelling of the lead, told again
        E(True, ["ACCUSE"], [12], "فاتهمت", ["asserted"],
          source=SANA, recipient=WAER_ARMED, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [12], "واستهداف حي الزهراء", ["reported"], mode="heavy-weapons",
          source=WAER_ARMED, recipient=ZAHRAA_RESIDENTS, location=ZAHRAA, date=None),
        # paragraph 13 (the buses' changing dates, bags kept packed: a habit) holds no event
        # the UN convoy due on Saturday (planned AID) and the third batch's departure in the week after it
        # (planned RETREAT; the ultimatum of ¶10 points at it)
        E(True, ["AID"], [14], "تدخل قافلة مساعدات", ["planned", "reported"], mode="humanitarian",
          source=OCHA, recipient=WAER_PEOPLE, location=WAER, date=D("2016-05-21"),
          attribution=["مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة"]),
        E(True, ["RETREAT"], [10, 14], "تغادر الدفعة الثالثة", ["planned", "reported"], mode="withdraw",
          source=WAER_BATCH3, location=WAER, date=D("2016-05-25", "week", ("2016-05-22", "2016-05-28")),
          attribution=["مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة"], tpara=14),
        # paragraph 15 (no UN comment yet: a silence) holds no event
    ],
)
