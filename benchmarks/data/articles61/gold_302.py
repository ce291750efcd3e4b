"""Gold of article 302: Latakia city (al-Ziraa), Kinsabba, Salma and Jabal al-Akrad, al-Bahluliyah and
al-Haffah (Latakia, Syria), a state-run daily of Latakia, 2015-11-19 (Thu)."""
from actors_places import (
    BAHLULIYAH,
    HAFFAH,
    HAFFAH_VICTIM,
    INTL_ORGS,
    KINSABBA,
    KINSABBA_FIGHT,
    LATAKIA,
    LATAKIA_DISPLACED,
    LATAKIA_GOVERNOR,
    LATAKIA_GUNMEN,
    LATAKIA_HOSPITAL,
    LATAKIA_MILITANTS,
    LATAKIA_PORT,
    LATAKIA_SHELTERS,
    LATAKIA_VICTIMS,
    LATAKIA_WOUNDED,
    LATAKIA_ZIRAA,
    RU_AIR,
    SALMA,
    SALMA_MILITANTS,
    SARC_WFP,
    SY_GEN_COMMAND,
    SY_GOV,
    SY_RU_AIR,
    SYRIA,
    TISHREEN_STUDENTS,
    TISHREEN_UNI,
)
from common import AIR, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "latakia_2015_ziraa_kinsabba_salma_haffah"
TODAY = D("2015-11-19")
YESTERDAY = D("2015-11-18")
SINCE_YESTERDAY = D("2015-11-19", "day", ("2015-11-18", "2015-11-19"))
ARTICLE = dict(
    id="team61-302", slug=SLUG, published="2015-11-19",
    outlet="Al-Shatie state-run daily of Latakia (fictional)",
    paras=paras_of(f"302_{SLUG}.txt"),
    events=[
        # the rockets on al-Ziraa and the Azhari roundabout «عصر أمس الأربعاء»: headline 0 («أربعة»), lead 1
        # (a police source: four), the follow-up 6 (the health director: three bodies, the school) and the
        # armed groups' retelling 9 («مقرات أمنية», no number) → 4 vs 3 → 3
        E(True, ["ASSAULT"], [0, 1, 6, 9], "اعتداء", ["asserted", "reported"], mode="heavy-weapons",
          source=LATAKIA_MILITANTS, recipient=LATAKIA_VICTIMS, location=LATAKIA_ZIRAA, date=YESTERDAY,
          fatalities=3, attribution=["مصدر في قيادة شرطة المحافظة", "مدير صحة اللاذقية",
                                     "صفحات تابعة للمجموعات المسلحة"], acled=SHELL, tpara=1),
        # the army and the NDF take three hills over Kinsabba after a fight with al-Nusra (headline 0; the
        # takeover is the fight's outcome, one event; «عشرات القتلى» → 12)
        E(True, ["ASSAULT"], [0, 2], "معارك", ["asserted", "reported"], mode="firearms",
          source=KINSABBA_FIGHT, location=KINSABBA, date=TODAY, fatalities=12,
          attribution=["مصدر عسكري"], acled=CLASH, tpara=2),
        # Syrian and Russian air strikes round Salma and Jabal al-Akrad (one event; the depot and vehicles
        # destroyed are its outcome)
        E(True, ["ASSAULT"], [3], "استهدف", ["asserted", "reported"], mode="aerial",
          source=SY_RU_AIR, recipient=SALMA_MILITANTS, location=SALMA, date=SINCE_YESTERDAY,
          attribution=["المصدر العسكري ذاته"], acled=AIR),
        # paragraph 4 (Latakia crowded with families from other governorates) holds no event
        # the governor's visit to the wounded; the aid he orders optional, planned
        E(True, ["CONSULT"], [5], "وتفقّد", ["asserted"], mode="visit",
          source=LATAKIA_GOVERNOR, recipient=LATAKIA_WOUNDED, location=LATAKIA_HOSPITAL, date=TODAY),
        E(False, ["AID"], [5], "بصرف معونة", ["planned"], mode="economic",
          source=LATAKIA_GOVERNOR, recipient=LATAKIA_WOUNDED, location=LATAKIA, date=None),
        # a car bomb at the port: told by «صفحات مغرضة», denied by the police
        E(True, ["ASSAULT"], [7], "انفجار سيارة مفخخة", ["rumored", "negated"], mode="explosives",
          location=LATAKIA_PORT, date=SINCE_YESTERDAY,
          attribution=["صفحات مغرضة على مواقع التواصل الاجتماعي", "مصدر في قيادة الشرطة"], acled=MINE),
        # the General Command's warning (a threat made) and its call on the gunmen to surrender (the amnesty
        # is the call's purpose)
        E(True, ["THREATEN"], [8], "وحذّرت", ["asserted"], mode="violence",
          source=SY_GEN_COMMAND, recipient=LATAKIA_GUNMEN, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [8], "ودعت", ["asserted"],
          source=SY_GEN_COMMAND, recipient=LATAKIA_GUNMEN, date=SINCE_YESTERDAY),
        # the Red Crescent and WFP to hand out food baskets on Saturday (planned)
        E(True, ["AID"], [10], "توزّع", ["planned", "reported"], mode="humanitarian",
          source=SARC_WFP, recipient=LATAKIA_DISPLACED, location=LATAKIA_SHELTERS, date=D("2015-11-21"),
          attribution=["فرع المنظمة في المحافظة"]),
        # paragraph 11 (shells on the city since 2012: a habit and an aggregate) holds no event
        # the students' vigil at Tishreen University; its demand to the international organisations optional
        E(True, ["PROTEST"], [12], "وقفة تضامنية", ["asserted"], mode="demo",
          source=TISHREEN_STUDENTS, location=TISHREEN_UNI, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [12], "وطالبوا", ["asserted"],
          source=TISHREEN_STUDENTS, recipient=INTL_ORGS, location=TISHREEN_UNI, date=TODAY),
        # two mortar shells in an olive grove at al-Bahluliyah (no one hurt: the shelling stands)
        E(True, ["ASSAULT"], [13], "وسقطت قذيفتا هاون", ["asserted"], mode="heavy-weapons",
          location=BAHLULIYAH, date=TODAY, acled=SHELL),
        # background at another place: a rocket on al-Haffah's main street «مساء الأحد الماضي» (core,
        # historical, 1); the Russian air campaign since 30 September and the government's request optional,
        # historical
        E(True, ["ASSAULT"], [14], "قذيفة صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          source=LATAKIA_MILITANTS, recipient=HAFFAH_VICTIM, location=HAFFAH, date=D("2015-11-15"),
          fatalities=1, acled=SHELL),
        E(False, ["ASSAULT"], [14], "تنفيذ ضربات", ["historical", "generic"], mode="aerial",
          source=RU_AIR, location=SYRIA, date=D("2015-09-30"), acled=AIR),
        E(False, ["REQUEST"], [14], "طلب", ["historical"],
          source=SY_GOV, recipient=RU_AIR, date=D("2015-09-30", "month", ("2015-09-01", "2015-09-30"))),
        # paragraph 15 (the daily's count of damage and the names to come) holds no event
    ],
)
