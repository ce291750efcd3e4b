"""Gold of article 330: Beledweyne, the Beledweyne–Bulo Burte road, Bulo Burte, Mataban, Mahas and Jalalaqsi
(Hiiraan, Somalia), a Somali news site writing in Arabic, 2015-03-11 (Wed)."""
from actors_places import (
    BASE_FIGHT,
    BELEDWEYNE,
    BELEDWEYNE_EAST,
    BELEDWEYNE_ROAD,
    BELEDWEYNE_SUSPECTS,
    BULO_BURTE,
    BUS_VICTIMS,
    CLAN_ELDERS,
    DROUGHT_IDPS,
    ETH_SO_FORCES,
    ETHIOPIAN_FORCES,
    GOVERNORATE_HQ,
    HIIRAAN_DRIVERS,
    HIIRAAN_GOVERNOR,
    HIIRAAN_MPS,
    JALALAQSI,
    JALALAQSI_DC,
    JALALAQSI_KILLERS,
    MAHAS,
    MAHAS_CLANS,
    MATABAN,
    SHABAAB,
    SO_GOV_FORCES,
    SO_GOVERNMENT,
    WFP,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, MINE, D, E, paras_of

SLUG = "beledweyne_2015_bulo_burte_mataban_mahas_jalalaqsi"
TODAY = D("2015-03-11")
YESTERDAY = D("2015-03-10")
LAST_NIGHT = D("2015-03-10", "day", ("2015-03-10", "2015-03-11"))
LAST_WEEK = D("2015-03-05", "week", ("2015-03-02", "2015-03-08"))
END_2011 = D("2011-12-31", "week", ("2011-12-20", "2011-12-31"))
ARTICLE = dict(
    id="team66-330", slug=SLUG, published="2015-03-11",
    outlet="Manarat al-Qarn Somali news site in Arabic (fictional)",
    paras=paras_of(f"330_{SLUG}.txt"),
    events=[
        # the landmine under a minibus on the Beledweyne–Bulo Burte road «صباح اليوم الأربعاء» (passive
        # «زُرع», no actor named in the lead): headline 0 («قتلى», no number), lead 1 (the deputy governor:
        # seven), the follow-up 6 (the general hospital: six bodies; a survivor's account), ¶7 (al-Shabaab's
        # version: the mine «كان معداً لرتل عسكري», a retelling that owns the mine), ¶8 (the cell «التي زرعت
        # اللغم», a back-reference) and the evening count 15 (nine) → 7 vs 6 vs 9 → 6
        E(True, ["ASSAULT"], [0, 1, 6, 7, 8, 15], "انفجار لغم أرضي", ["asserted", "reported"],
          mode="explosives", source=SHABAAB, recipient=BUS_VICTIMS, location=BELEDWEYNE_ROAD, date=TODAY,
          fatalities=6,
          attribution=["نائب محافظ الإقليم للشؤون الأمنية", "الطبيب المناوب في مستشفى بلدوين العام",
                       "أحد الناجين", "حركة الشباب", "زعماء محليون"],
          acled=MINE, tpara=1),
        # the al-Shabaab attack on the joint army–AMISOM base at Bulo Burte «ليل أمس» (headline 0): an
        # exchange of fire, two-sided (both are sources); the attackers' pull-back is part of it (optional
        # RETREAT); the group's «heavy losses» and the officer's «no soldier killed» give no number
        E(True, ["ASSAULT"], [0, 2], "هجوم", ["asserted", "reported"], mode="firearms",
          source=BASE_FIGHT, location=BULO_BURTE, date=LAST_NIGHT,
          attribution=["إذاعة موالية للحركة", "ضابط في القاعدة"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [2], "ينسحب", ["asserted"], mode="withdraw",
          source=SHABAAB, location=BULO_BURTE, date=LAST_NIGHT),
        # paragraph 3 (Beledweyne, the river and the dirt road: a standing situation) holds no event
        # the governor's accusation of al-Shabaab (the «death sown on the roads» is its content)
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=HIIRAAN_GOVERNOR, recipient=SHABAAB, date=TODAY),
        # the Ethiopian forces' withdrawal from Mataban: rumoured among residents, denied by a local official
        # (a routine rotation is no event)
        E(True, ["RETREAT"], [5], "انسحاب القوات الإثيوبية", ["rumored", "negated"], mode="withdraw",
          source=ETHIOPIAN_FORCES, location=MATABAN, date=YESTERDAY,
          attribution=["سكان في إقليم هيران", "مسؤول محلي في البلدة"]),
        # al-Shabaab's statement: its denial of targeting civilians (optional REJECT; the convoy story belongs
        # to the mine) and its accusation of the government forces (core): a disputed claim
        E(False, ["REJECT"], [7], "نفت", ["asserted"],
          source=SHABAAB, recipient=HIIRAAN_GOVERNOR, date=TODAY),
        E(True, ["ACCUSE"], [7], "واتهمت", ["asserted"],
          source=SHABAAB, recipient=SO_GOV_FORCES, date=TODAY),
        # the raids in the east-bank quarters and twelve arrests (one COERCE)
        E(True, ["COERCE"], [8], "اعتقلت", ["asserted"], mode="arrest",
          source=SO_GOV_FORCES, recipient=BELEDWEYNE_SUSPECTS, location=BELEDWEYNE_EAST, date=TODAY,
          acled=ARREST),
        # the same statement's warning to drivers (THREATEN, made)
        E(True, ["THREATEN"], [9], "وحذّرت", ["asserted"], mode="violence",
          source=SHABAAB, recipient=HIIRAAN_DRIVERS, date=TODAY),
        # WFP's convoy due in Beledweyne «يوم السبت المقبل» (planned; its distribution is a condition)
        E(True, ["AID"], [10], "قافلة", ["planned"], mode="humanitarian",
          source=WFP, recipient=DROUGHT_IDPS, location=BELEDWEYNE, date=D("2015-03-14")),
        # one sentence, two acts and a past one: two clans' elders met at the governorate «مساء أمس» (CONSULT)
        # and reached an agreement (AGREE; the blood money is content); last week's fight near Mahas, in a
        # relative clause (optional, historical)
        E(True, ["CONSULT"], [11], "التقى", ["asserted"], mode="third-party",
          source=CLAN_ELDERS, location=GOVERNORATE_HQ, date=YESTERDAY),
        E(True, ["AGREE"], [11], "اتفاق", ["asserted"],
          source=CLAN_ELDERS, location=GOVERNORATE_HQ, date=YESTERDAY, acled=AGREEMENT),
        E(False, ["ASSAULT"], [11], "القتال", ["historical"], mode="firearms",
          source=MAHAS_CLANS, location=MAHAS, date=LAST_WEEK, acled=CLASH),
        # background at another place: Jalalaqsi's district commissioner shot dead outside a mosque «مساء
        # الخميس الماضي» (core, historical, 1; al-Shabaab's claim the next day is folded into it); the
        # Ethiopian and government forces' capture of Beledweyne at the end of 2011 (optional, historical)
        E(True, ["ASSAULT"], [12], "اغتيل", ["historical", "asserted"], mode="assassinate",
          source=JALALAQSI_KILLERS, recipient=JALALAQSI_DC, location=JALALAQSI, date=D("2015-03-05"),
          fatalities=1, acled=ATTACK),
        E(False, ["ASSAULT", "COERCE"], [12], "انتزعت", ["historical"], mode="seize",
          source=ETH_SO_FORCES, recipient=SHABAAB, location=BELEDWEYNE, date=END_2011, acled=CLASH),
        # paragraph 13 (the year's dead from mines and IEDs on the region's roads: an aggregate) holds no
        # event
        # the MPs' demand to the federal government (securing the roads is its content)
        E(True, ["REQUEST"], [14], "وطالب", ["asserted"],
          source=HIIRAAN_MPS, recipient=SO_GOVERNMENT, date=TODAY),
        # ¶15: the evening count (nine) belongs to the mine
    ],
)
