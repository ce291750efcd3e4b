"""Gold of article 126: the southern and south-eastern Aleppo countryside (the Ithriya–Khanasir road, Khanasir,
as-Safira, al-Hader, al-Hajib, Tall Aran), a Syrian opposition frontlines site, 2023-11-23 (Thu)."""
from actors_places import (
                           ALEPPO,
                           BAQIR,
                           CHECKPOINT_MEN,
                           DRAFT_FAMILIES,
                           HADER,
                           HADER_HAJIB_ARAN,
                           HAJIB_DESERT,
                           ISIS,
                           ISIS_POSITIONS,
                           ITHRIYA,
                           ITHRIYA_KHANASIR_ROAD,
                           KHANASIR,
                           KHANASIR_DESERT,
                           MIL_SEC,
                           NDF,
                           REGIME_FORCES,
                           RU_AIR,
                           SAFIRA,
                           SAFIRA_AREA_HEAD,
                           SAFIRA_DETAINEES,
                           SAFIRA_FAMILIES,
                           SAFIRA_FLEEING,
                           SAFIRA_HADER,
                           SAFIRA_NOTABLES,
                           SAFIRA_SHEPHERDS,
                           SAFIRA_WOMEN,
                           SAFIRA_YOUTHS,
                           SARC,
                           SYRIAN_POLICE,
                           TANKER_DRIVER,
)
from common import AIR, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "south_aleppo_ithriya_khanasir_road_safira_hader"
ARTICLE = dict(
    id="team26-126", slug=SLUG, published="2023-11-23", outlet="Khutut al-Tamas news site (fictional)",
    paras=paras_of(f"126_{SLUG}.txt"),
    events=[
        # the ambush on the military bus: headline 0, lead 1 (no attacker named, «من دون أن تتضح هوية المهاجمين»),
        # the follow-up 8 where ISIS-linked accounts claim it (their «more than twenty killed and wounded» is no toll)
        # and loyalist pages mourn the five → one event, 5 killed; an ambush on soldiers who fight back: a clash
        E(True, ["ASSAULT"], [0, 1, 8], "كمين استهدف", ["asserted", "reported"], mode="firearms",
          source=ISIS, recipient=REGIME_FORCES, location=ITHRIYA_KHANASIR_ROAD, date=D("2023-11-22"), fatalities=5,
          attribution=["مراسل خطوط التماس عن مصادر أهلية في خناصر", "معرّفات مرتبطة بتنظيم داعش على تلغرام",
                       "صفحات موالية للنظام على فيسبوك"], acled=CLASH, tpara=1),
        # one sentence, two events: Russian strikes on ISIS positions in the desert (told by flight spotters) and the
        # regime's reinforcements to Khanasir (MOBILIZE)
        E(True, ["ASSAULT"], [2], "غارة على مواقع", ["reported", "asserted"], mode="aerial",
          source=RU_AIR, recipient=ISIS_POSITIONS, location=KHANASIR_DESERT, date=D("2023-11-23"),
          attribution=["مراصد الطيران المحلية"], acled=AIR),
        E(True, ["MOBILIZE"], [2], "استقدمت", ["asserted", "reported"], mode="troops",
          source=REGIME_FORCES, location=KHANASIR, date=D("2023-11-23")),
        # one sentence, two events in as-Safira: the cordon, house raids and arrests (one COERCE; headline 0) and the
        # checkpoint's fire on a young man who fled (1 killed)
        E(True, ["COERCE"], [0, 3], "واقتادت", ["asserted", "reported"], mode="arrest",
          source=MIL_SEC, recipient=SAFIRA_YOUTHS, location=SAFIRA, date=D("2023-11-23"),
          attribution=["أحد وجهاء السفيرة"], acled=ARREST, tpara=3),
        E(True, ["ASSAULT"], [3], "فتح عناصر أحد الحواجز النار", ["asserted", "reported"], mode="firearms",
          source=CHECKPOINT_MEN, recipient=SAFIRA_FLEEING, location=SAFIRA, date=D("2023-11-23"), fatalities=1,
          attribution=["أحد وجهاء السفيرة"], acled=ATTACK),
        # Liwa al-Baqir's deployment to three towns under one verb (one MOBILIZE; the checkpoints are part of it, the
        # purpose the activists give is no event); «خلال اليومين الماضيين»
        E(True, ["MOBILIZE"], [4], "دفعت", ["reported", "asserted"], mode="troops",
          source=BAQIR, location=HADER_HAJIB_ARAN, date=D("2023-11-22", "day", ("2023-11-21", "2023-11-23")),
          attribution=["ناشطون من أبناء المنطقة عن سكان محليين"]),
        # the mothers' gathering, their demand to the area chief (the demanded disclosure is no event), and the police
        # dispersal with shots in the air (optional: part of the same scene)
        E(True, ["PROTEST"], [5], "تجمّعت", ["asserted"], mode="demo",
          source=SAFIRA_WOMEN, location=SAFIRA, date=D("2023-11-23"), attribution=["مقطع مصوّر"], acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "مطالباتٍ", ["asserted"],
          source=SAFIRA_WOMEN, recipient=SAFIRA_AREA_HEAD, location=SAFIRA, date=D("2023-11-23")),
        E(False, ["COERCE", "ASSAULT"], [5], "يفرّقهن", ["asserted"], mode="restrict",
          source=SYRIAN_POLICE, recipient=SAFIRA_WOMEN, location=SAFIRA, date=D("2023-11-23")),
        # the branch head's meeting with the clan notables (host as source) and his stated readiness to free those
        # whose status is settled (an offer: AGREE); the release itself is future (optional, planned)
        E(True, ["CONSULT"], [6], "اجتماعاً", ["asserted"], mode="visit",
          source=MIL_SEC, recipient=SAFIRA_NOTABLES, location=ALEPPO, date=D("2023-11-23")),
        E(True, ["AGREE"], [6], "استعداده", ["asserted", "reported"],
          source=MIL_SEC, recipient=SAFIRA_NOTABLES, location=ALEPPO, date=D("2023-11-23"),
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["RETREAT", "CONCEDE"], [6], "لإخلاء سبيل", ["planned"], mode="release",
          source=MIL_SEC, recipient=SAFIRA_YOUTHS, location=ALEPPO, date=None),
        # the Red Crescent's heating-fuel distribution due early next week (planned); the shortfall is no event
        E(True, ["AID"], [7], "توزيع", ["planned"], mode="humanitarian",
          source=SARC, recipient=SAFIRA_FAMILIES, location=SAFIRA_HADER,
          date=D("2023-11-26", "week", ("2023-11-25", "2023-11-30")),
          attribution=["إعلان فرع الهلال الأحمر العربي السوري في حلب"]),
        # rumoured deaths under torture in the Aleppo branch last week, neither confirmed nor denied
        E(True, ["ASSAULT"], [9], "تحت التعذيب", ["rumored", "reported"], mode="torture",
          source=MIL_SEC, recipient=SAFIRA_DETAINEES, location=ALEPPO,
          date=D("2023-11-18", "week", ("2023-11-13", "2023-11-22")),
          attribution=["ناشطون من أبناء السفيرة"], acled=ATTACK),
        # the circular's warning to draft evaders' families (a threat made: asserted; its day is not given); the
        # confiscation it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [10], "أنذر", ["asserted"], mode="seize",
          source=MIL_SEC, recipient=DRAFT_FAMILIES, location=SAFIRA,
          date=D("2023-11-23", "day", ("2023-11-20", "2023-11-23"))),
        E(False, ["COERCE"], [10], "الحجز", ["hypothetical"], mode="confiscate",
          source=MIL_SEC, recipient=DRAFT_FAMILIES, location=SAFIRA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # «هذا الهجوم» refers back to the ambush; September's attack on a fuel tanker (optional, historical); the
        # landmine that wounded two shepherds today (asserted; ISIS's leftover)
        E(False, ["ASSAULT"], [12], "الهجوم الذي طال", ["historical"], mode="firearms",
          recipient=TANKER_DRIVER, location=ITHRIYA, date=D("2023-09-15", "month", ("2023-09-01", "2023-09-30")),
          acled=ATTACK),
        E(True, ["ASSAULT"], [12], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=SAFIRA_SHEPHERDS, location=HAJIB_DESERT, date=D("2023-11-23"),
          attribution=["مصدر طبي في مشفى السفيرة الوطني"], acled=MINE),
        # background: Sunday before a Thursday, an IED on an NDF car near al-Hader killed two (no perpetrator named)
        E(True, ["ASSAULT"], [13], "عبوة ناسفة", ["historical", "asserted", "reported"], mode="explosives",
          recipient=NDF, location=HADER, date=D("2023-11-19"), fatalities=2,
          attribution=["مصادر خطوط التماس"], acled=MINE),
    ],
)
