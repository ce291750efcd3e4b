"""Gold of article 614: the Rapid Support Forces shell the market of the Abu Shouk camp north of El Fasher
(main event, told first in the lead; seven dead, one count), a tea-seller's account, the RSF's
version, lorries
of grain seized at Mellit, no food delivered to the Zamzam camp for a seventh week, four young men abducted on
the road to Tawila on 29 May 2024, the resistance committees' blame and appeal, an RSF commander's
threat in his
own video, a commander's death by drone rumoured, US sanctions on three commanders, the burial, the Joint
Force's vehicles deployed, a UN convoy due at the Adre crossing on Monday, the toll since 10 May, and the
governor's meeting with the camp's leaders (North Darfur, Sudan), a Cairo-based Sudanese exile news website,
2024-06-15 (Sat). Dateline «القاهرة» (a foreign capital)."""
from actors_places import (
    ABU_SHOUK_MARKET,
    ABU_SHOUK_OMDAS,
    ABU_SHOUK_ROAD,
    ABU_SHOUK_SHELLERS,
    ABU_SHOUK_VICTIMS,
    ADRE,
    CAMP_MEETING,
    EL_FASHER,
    FASHER_RC,
    JOINT_FORCE,
    KUMA,
    MELLIT,
    MOTORBIKE_GUNMEN,
    NDARFUR_GOVERNOR,
    RSF,
    RSF_COMMANDER,
    RSF_COMMANDERS,
    RSF_FIELD_COMMANDER,
    RSF_LEADERSHIP,
    RSF_MEN,
    SAF,
    SAF_JOINT,
    TAWILA_ABDUCTEES,
    TAWILA_ROAD,
    UN_CONVOY,
    UNSC_SD,
    US_TREASURY,
    WFP,
    ZAMZAM,
)
from common import ABDUCTION, AIR, SHELL, D, E, paras_of

SLUG = "fasher_2024_abu_shouk_zamzam"
YESTERDAY = D("2024-06-14")
TODAY = D("2024-06-15")
STATED = D("2024-06-15", "day", ("2024-06-14", "2024-06-15"))
ARTICLE = dict(
    id="team123-614", slug=SLUG, published="2024-06-15",
    outlet="Minbar al-Wadi, a Cairo-based Sudanese exile news website (fictional)",
    paras=paras_of(f"614_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline «القاهرة», a foreign capital): the shells on the camp's
        # market; the tea-seller ¶2, the RSF's version ¶3 (the army and the Joint Force it blames kept among
        # the sources), the burial ¶13 → 7; the RSF's counter-accusation in ¶3 optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "قصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=ABU_SHOUK_SHELLERS, recipient=ABU_SHOUK_VICTIMS, location=ABU_SHOUK_MARKET, date=YESTERDAY,
          fatalities=7, attribution=["«غرفة طوارئ معسكر أبو شوك»"], acled=SHELL, tpara=1),
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"], source=RSF, recipient=SAF_JOINT, date=STATED),
        # ¶4 (the city, its camps, its roads) holds no event. ¶5 (verb first): lorries seized at Mellit; the
        # drivers' release optional
        E(True, ["COERCE"], [5], "واحتجزت", ["asserted"], mode="seize",
          source=RSF_MEN, location=MELLIT, date=YESTERDAY, attribution=["أحد التجار أصحاب البضاعة"]),
        E(False, ["RETREAT"], [5], "أُطلق سراحهم", ["asserted"], mode="release", source=RSF_MEN,
          date=YESTERDAY),
        # ¶6: no food delivered to Zamzam («أخفق … في إيصال»: AID, negated; the headline names it)
        E(True, ["AID"], [0, 6], "إيصال", ["negated"], mode="humanitarian",
          source=WFP, location=ZAMZAM, date=STATED, attribution=["متحدثة باسم البرنامج"], tpara=6),
        # ¶7, «وكان … قد» at another place: four young men abducted on the road to Tawila on 29 May (core,
        # historical); the ransom call a week later optional
        E(True, ["ASSAULT"], [7], "اعترضوا", ["historical", "asserted"], mode="abduct",
          source=MOTORBIKE_GUNMEN, recipient=TAWILA_ABDUCTEES, location=TAWILA_ROAD, date=D("2024-05-29"),
          acled=ABDUCTION),
        E(False, ["REQUEST"], [7], "يطلب", ["historical", "reported"], date=None),
        # ¶8 (verb first, a parenthesis after the subject): the blame and the appeal, joined with «و»; the
        # storming of the southern hospital optional, historical; «لإجلاء الجرحى» is a purpose clause
        E(True, ["ACCUSE"], [8], "وحمّلت", ["asserted"],
          source=FASHER_RC, recipient=RSF_LEADERSHIP, date=YESTERDAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [8], "وناشدت", ["asserted"], source=FASHER_RC, recipient=UNSC_SD,
          date=YESTERDAY),
        E(False, ["ASSAULT"], [8], "اقتحامه", ["historical", "asserted"], date=None),
        # ¶9: a commander's threat in his own video (asserted); the storming and the way out he offers
        # optional, hypothetical
        E(True, ["THREATEN"], [9], "توعّد", ["asserted"], mode="violence",
          source=RSF_COMMANDER, recipient=JOINT_FORCE, location=EL_FASHER, date=STATED),
        E(False, ["ASSAULT"], [9], "بدخول الفاشر", ["hypothetical"], source=RSF, date=None),
        E(False, ["RETREAT"], [9], "الخروج بسلاحها", ["hypothetical"], source=JOINT_FORCE, date=None),
        # ¶10 (the price of grain, the shortest) holds no event. ¶11: a commander killed by a drone, told by
        # Facebook pages, neither confirmed nor denied (rumoured, undated)
        E(True, ["ASSAULT"], [11], "بضربة مسيّرة", ["rumored"], mode="aerial",
          source=SAF, recipient=RSF_FIELD_COMMANDER, location=KUMA, date=None,
          attribution=["صفحات سودانية على «فيسبوك»"], acled=AIR),
        # ¶12: US sanctions (SANCTION)
        E(True, ["SANCTION"], [12], "عقوبات", ["asserted"],
          source=US_TREASURY, recipient=RSF_COMMANDERS, date=YESTERDAY),
        # ¶13 is the burial of the main event. ¶14 (verb first): the Joint Force's vehicles on the road
        # («لحماية النازحين» is a purpose clause)
        E(True, ["MOBILIZE"], [14], "ونشرت", ["asserted"], mode="troops",
          source=JOINT_FORCE, location=ABU_SHOUK_ROAD, date=TODAY),
        # ¶15: a UN convoy «يوم الإثنين المقبل» (planned AID)
        E(True, ["AID"], [15], "تعبر", ["planned"], mode="humanitarian",
          source=UN_CONVOY, location=ADRE, date=D("2024-06-17")),
        # ¶16: the toll since 10 May (optional, generic)
        E(False, ["ASSAULT"], [16], "القصف والاشتباكات", ["generic"], date=None),
        # ¶17: the governor meets the camp's leaders (CONSULT); their agreement on a committee optional
        E(True, ["CONSULT"], [17], "والتقى", ["asserted"],
          source=NDARFUR_GOVERNOR, recipient=ABU_SHOUK_OMDAS, date=TODAY),
        E(False, ["AGREE"], [17], "واتفق", ["asserted"], source=CAMP_MEETING, recipient=CAMP_MEETING,
          date=TODAY),
    ],
)
