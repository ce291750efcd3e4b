"""Gold of article 224: the Rukban camp, the Sab' Biyar road, the 55-km zone around al-Tanf and the Homs shelters,
an independent Syrian news site, 2019-05-15 (Wed)."""
from actors_places import (
    COALITION,
    HOMS,
    ISIS_BADIA,
    JO_BORDER,
    JO_BORDER_GUARD,
    JORDAN,
    MAGHAWIR,
    OCHA,
    RETURNEES,
    RU_CENTER,
    RUKBAN,
    RUKBAN_BERM,
    RUKBAN_DRIVER,
    RUKBAN_RESIDENTS,
    RUKBAN_SMUGGLER,
    SAB_BIYAR,
    SARC_RUKBAN,
    SY_REGIME_CP,
    SY_SECURITY,
    TANF_ZONE,
    UNKNOWN,
    USA,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "rukban_2019_sab_biyar_checkpoint_homs_shelters_tanf_zone"
ARTICLE = dict(
    id="team45-224", slug=SLUG, published="2019-05-15", outlet="Border Platform news site (fictional)",
    paras=paras_of(f"224_{SLUG}.txt"),
    events=[
        # the goods carrier shot dead at a regime checkpoint near Sab' Biyar on Monday night: headline 0, lead 1 (a
        # relative: 1), the wounded man's account and a Facebook page's «two dead» in 11 → 1
        E(True, ["ASSAULT"], [0, 1, 11], "برصاص عناصر حاجز", ["asserted", "reported"], mode="firearms",
          source=SY_REGIME_CP, recipient=RUKBAN_SMUGGLER, location=SAB_BIYAR,
          date=D("2019-05-13", "day", ("2019-05-13", "2019-05-14")), fatalities=1,
          attribution=["أحد أقارب القتيل", "أحد الجريحين", "صفحة أخبار الركبان على فيسبوك"], acled=ATTACK, tpara=1),
        # the arrest of eleven returnees in Homs over three days (headline 0), told by activists and denied by a
        # governorate source in 3 (one event)
        E(True, ["COERCE"], [0, 2, 3], "اعتقلت", ["reported", "negated"], mode="arrest",
          source=SY_SECURITY, recipient=RETURNEES, location=HOMS,
          date=D("2019-05-13", "week", ("2019-05-12", "2019-05-15")),
          attribution=["ناشطون من المخيم", "مصدر في محافظة حمص لصحيفة الوطن"], acled=ARREST, tpara=2),
        # one sentence, two events: the ISIS attack on a Maghawir post (a clash, 1 killed) and the coalition
        # helicopters' strike on the attackers' cars
        E(True, ["ASSAULT"], [4], "هاجم", ["asserted", "reported"], mode="firearms",
          source=ISIS_BADIA, recipient=MAGHAWIR, location=TANF_ZONE, date=D("2019-05-15"), fatalities=1,
          attribution=["متحدث باسم جيش مغاوير الثورة"], acled=CLASH),
        E(True, ["ASSAULT"], [4], "وتقصف", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS_BADIA, location=TANF_ZONE, date=D("2019-05-15"),
          attribution=["متحدث باسم جيش مغاوير الثورة"], acled=AIR),
        # the attackers' withdrawal into the desert (optional: part of the fight)
        E(False, ["RETREAT"], [4], "انسحابهم", ["asserted", "reported"], mode="withdraw",
          source=ISIS_BADIA, location=TANF_ZONE, date=D("2019-05-15")),
        # OCHA's third convoy, undated (planned); the last convoy in February (optional, historical)
        E(True, ["AID"], [5], "قافلة مساعدات ثالثة", ["planned"], mode="humanitarian",
          source=OCHA, location=RUKBAN, date=None, attribution=["متحدثة باسم أوتشا في دمشق"]),
        E(False, ["AID"], [5], "آخر قافلة", ["historical"], mode="humanitarian",
          source=OCHA, location=RUKBAN, date=D("2019-02-10", "month", ("2019-02-01", "2019-02-28"))),
        # the gathering at the berm this morning, the banners' demand (optional) and the appeal to Jordan
        E(True, ["PROTEST"], [6], "وتجمّع", ["asserted"], mode="demo",
          source=RUKBAN_RESIDENTS, location=RUKBAN_BERM, date=D("2019-05-15"), acled=PEACEFUL),
        E(False, ["REQUEST"], [6], "تطالب", ["asserted"],
          source=RUKBAN_RESIDENTS, location=RUKBAN_BERM, date=D("2019-05-15")),
        E(True, ["REQUEST"], [6], "وناشدوا", ["asserted"],
          source=RUKBAN_RESIDENTS, recipient=JORDAN, location=RUKBAN_BERM, date=D("2019-05-15")),
        # Jordan's refusal, through Petra
        E(True, ["REJECT"], [7], "رفض المملكة", ["asserted", "reported"],
          source=JORDAN, recipient=RUKBAN_RESIDENTS, location=RUKBAN,
          date=D("2019-05-15", "day", ("2019-05-14", "2019-05-15")), attribution=["مصدر حكومي أردني عبر بترا"]),
        # the Russian centre accuses the US; its call on Washington to leave al-Tanf (optional)
        E(True, ["ACCUSE"], [8], "واتهم", ["asserted"],
          source=RU_CENTER, recipient=USA, date=D("2019-05-15", "day", ("2019-05-14", "2019-05-15"))),
        E(False, ["REQUEST"], [8], "داعياً", ["asserted"],
          source=RU_CENTER, recipient=USA, location=TANF_ZONE,
          date=D("2019-05-15", "day", ("2019-05-14", "2019-05-15"))),
        # paragraphs 9 (the camp's population) and 10 (two children dead of dehydration, a nurse's account):
        # deliberately NO gold event
        # the checkpoint's men seized the truck's load: part of the same act, kept optional
        E(False, ["COERCE"], [11], "صادروا", ["asserted", "reported"], mode="confiscate",
          source=SY_REGIME_CP, location=SAB_BIYAR, date=D("2019-05-13", "day", ("2019-05-13", "2019-05-14"))),
        # more checkpoints intended by the government forces, told by camp sources (planned, hearsay)
        E(True, ["MOBILIZE"], [12], "نشر حواجز إضافية", ["planned", "rumored", "reported"], mode="troops",
          source=SY_REGIME_CP, location=RUKBAN, date=None, attribution=["مصادر في المخيم"]),
        # about three hundred people left yesterday on SARC buses (optional: RETREAT or AID)
        E(False, ["RETREAT", "AID"], [13], "وغادر المخيم", ["asserted"],
          source=SARC_RUKBAN, location=RUKBAN, date=D("2019-05-14")),
        # «يُذكر أن»: the border closed since June 2016 after a car bomb (both optional, historical)
        E(False, ["COERCE", "SANCTION"], [14], "أغلق حدوده", ["historical"], mode="restrict",
          source=JORDAN, location=JO_BORDER, date=D("2016-06-15", "month", ("2016-06-01", "2016-06-30"))),
        E(False, ["ASSAULT"], [14], "بسيارة مفخخة", ["historical"], mode="explosives",
          source=ISIS_BADIA, recipient=JO_BORDER_GUARD, date=D("2016-06-15", "month", ("2016-06-01", "2016-06-30"))),
        # background: Saturday before a Wednesday, a water-tanker driver abducted; his release on Monday (optional)
        E(True, ["ASSAULT"], [15], "اختطفوا", ["historical", "asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=RUKBAN_DRIVER, location=RUKBAN, date=D("2019-05-11"),
          attribution=["أحد أقارب المخطوف"], acled=ABDUCTION),
        E(False, ["RETREAT"], [15], "أطلقوا سراحه", ["historical", "asserted"], mode="release",
          source=UNKNOWN, recipient=RUKBAN_DRIVER, location=RUKBAN, date=D("2019-05-13")),
    ],
)
