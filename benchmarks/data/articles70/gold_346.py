"""Gold of article 346: Tafas, al-Muzayrib, al-Yadudah, Tal Shihab and Jasim (Daraa, Syria), a
citizen-journalism network of Horan, 2022-05-10 (Tue)."""
from actors_places import (
    CENTRAL_COMMITTEE,
    COMMITTEE_MEMBERS,
    DARAA_CITY,
    DETAINEE_FAMILIES,
    FOURTH_DIV,
    FOURTH_DIV_CMDR,
    FOURTH_DIV_MS,
    FOURTH_DIV_OFFICERS,
    JASIM,
    JASIM_VICTIM,
    MS_PROXIES,
    MUZAYRIB_NOTABLES,
    SECURITY_COMMITTEE,
    TAFAS,
    TAFAS_DETAINEES,
    TAFAS_MOSQUE,
    TAFAS_NOTABLES,
    TAFAS_PROTESTERS,
    TAFAS_ROAD,
    TAL_SHIHAB,
    TAL_SHIHAB_YOUTH,
    UNKNOWN_GUNMEN,
)
from common import ABDUCTION, ARREST, ATTACK, MINE, PEACEFUL, D, E, paras_of

SLUG = "tafas_2022_muzayrib_yadudah_tal_shihab_jasim"
TODAY = D("2022-05-10")
ARTICLE = dict(
    id="team70-346", slug=SLUG, published="2022-05-10",
    outlet="Nabd Horan citizen-journalism network (fictional)",
    paras=paras_of(f"346_{SLUG}.txt"),
    events=[
        # the roadside bomb on the Fourth Division's car between al-Muzayrib and Tafas «صباح اليوم»: headline
        # 0, lead 1 (the network: three killed), the state agency's version 3 (two), the Observatory 4 (four),
        # the witness 9 and the loyalist pages 14 (the three dead) → 2, the lowest. Nobody claimed it: no
        # source
        E(True, ["ASSAULT"], [0, 1, 3, 4, 9, 14], "بانفجار عبوة ناسفة", ["asserted", "reported"],
          mode="explosives", recipient=FOURTH_DIV, location=TAFAS_ROAD, date=TODAY, fatalities=2,
          attribution=["مراسل الشبكة", "وكالة «سانا» عن مصدر عسكري", "المرصد السوري لحقوق الإنسان",
                       "صفحات موالية للنظام"],
          acled=MINE, tpara=1),
        # reinforcements from al-Yadudah deployed at Tafas (MOBILIZE); the road closure is optional
        E(True, ["MOBILIZE"], [2], "استقدمت", ["asserted"], mode="troops",
          source=FOURTH_DIV, location=TAFAS, date=TODAY),
        E(False, ["COERCE"], [2], "أغلقت", ["asserted"], mode="restrict",
          source=FOURTH_DIV, location=TAFAS_ROAD, date=TODAY),
        # the raid on Tafas's northern quarter with five arrests (one COERCE; headline 0: «حملة دهم
        # واعتقالات»)
        E(True, ["COERCE"], [0, 4], "حملة دهم", ["asserted"], mode="arrest",
          source=FOURTH_DIV_MS, recipient=TAFAS_DETAINEES, location=TAFAS, date=TODAY, acled=ARREST, tpara=4),
        # paragraph 5 (assassinations as a habit, a monthly tally, wanted lists: generic) holds no event
        # a Fourth Division commander's threat in a voice message (THREATEN); the storming is only conditional
        E(True, ["THREATEN"], [6], "وتوعّد", ["asserted", "reported"], mode="violence",
          source=FOURTH_DIV_CMDR, recipient=TAFAS_NOTABLES, location=TAFAS, date=TODAY,
          attribution=["تسجيل صوتي تناقلته مجموعات محلية على «واتساب»"]),
        E(False, ["ASSAULT"], [6], "باقتحام", ["hypothetical"], mode="firearms",
          source=FOURTH_DIV_CMDR, location=TAFAS, date=None),
        # the Central Committee rejects the threat and demands an inquiry (REJECT + REQUEST, one statement)
        E(True, ["REJECT"], [7], "ورفضت", ["asserted"],
          source=CENTRAL_COMMITTEE, location=TAFAS, date=TODAY, attribution=["بيان «اللجنة المركزية»"]),
        E(True, ["REQUEST"], [7], "مطالبةً", ["asserted"],
          source=CENTRAL_COMMITTEE, location=TAFAS, date=TODAY, attribution=["بيان «اللجنة المركزية»"]),
        # the meeting with the Security Committee «يوم الخميس المقبل» (planned)
        E(True, ["CONSULT"], [8], "يلتقي", ["planned"],
          source=COMMITTEE_MEMBERS, recipient=SECURITY_COMMITTEE, location=DARAA_CITY, date=D("2022-05-12")),
        # the abduction of a young man of Tal Shihab «مساء أمس الإثنين», told by local sources, unconfirmed
        E(True, ["ASSAULT"], [10], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=MS_PROXIES, recipient=TAL_SHIHAB_YOUTH, location=TAL_SHIHAB, date=D("2022-05-09"),
          attribution=["مصادر أهلية"], acled=ABDUCTION),
        # the mediation failed to free the five (core RETREAT, negated); the mediation itself, the officers'
        # condition and the families' offer of guarantees are optional
        E(True, ["RETREAT"], [11], "الإفراج", ["negated"], mode="release",
          source=FOURTH_DIV_OFFICERS, recipient=TAFAS_DETAINEES, location=TAFAS, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["CONSULT"], [11], "وساطة", ["asserted"],
          source=MUZAYRIB_NOTABLES, recipient=FOURTH_DIV_OFFICERS, date=TODAY),
        E(False, ["REQUEST"], [11], "اشترط", ["asserted"],
          source=FOURTH_DIV_OFFICERS, recipient=MUZAYRIB_NOTABLES, date=TODAY),
        E(False, ["AGREE"], [11], "استعداد", ["asserted", "reported"],
          source=DETAINEE_FAMILIES, recipient=FOURTH_DIV_OFFICERS, date=TODAY),
        # paragraph 12 (observers' analysis) holds no event
        # background at another place: a former reconciliation-committee member assassinated in Jasim «مساء
        # الجمعة الماضي» (core, historical)
        E(True, ["ASSAULT"], [13], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=UNKNOWN_GUNMEN, recipient=JASIM_VICTIM, location=JASIM, date=D("2022-05-06"), fatalities=1,
          acled=ATTACK),
        # the evening vigil in Tafas (PROTEST); its banners' and chants' demands are optional
        E(True, ["PROTEST"], [15], "وقفة", ["asserted"], mode="demo",
          source=TAFAS_PROTESTERS, location=TAFAS_MOSQUE, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [15], "تطالب", ["asserted"],
          source=TAFAS_PROTESTERS, location=TAFAS_MOSQUE, date=TODAY),
    ],
)
