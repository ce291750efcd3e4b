"""Gold of article 246: Tal Afar (Nineveh, Iraq) and its surroundings, a Mosul daily, 2006-06-15 (Thu)."""
from actors_places import (
                           AQI,
                           AYADIYA,
                           AYADIYA_FIGHT,
                           AYADIYA_GUNMEN,
                           BADUSH,
                           BADUSH_DRIVERS,
                           GOVERNOR_NOTABLES,
                           IQ_3RD_DIV,
                           IQ_GOV,
                           IQ_MNF_JOINT,
                           ITF,
                           MOSUL,
                           NINEVEH_GOVERNOR,
                           NINEVEH_HEALTH,
                           NINEVEH_SECURITY,
                           RABIA,
                           RABIA_COUNCILLOR,
                           TAL_QASAB,
                           TAL_QASAB_VICTIMS,
                           TALAFAR,
                           TALAFAR_HOSPITAL,
                           TALAFAR_INSURGENTS,
                           TALAFAR_KILLERS,
                           TALAFAR_MARKET_VICTIMS,
                           TALAFAR_NOTABLES,
                           TALAFAR_POLICE,
                           TALAFAR_QADISIYA,
                           TALAFAR_RESIDENTS,
                           TALAFAR_SUSPECTS,
                           UNKNOWN,
                           US_FORCES,
                           US_IQ_2005,
                           VICTIMS_FAMILIES,
)
from common import ABDUCTION, AIR, ARREST, CLASH, MINE, OTHER, PEACEFUL, D, E, paras_of

SLUG = "tal_afar_2006_sarai_market_car_bomb_ayadiya_rabia"
ARTICLE = dict(
    id="team50-246", slug=SLUG, published="2006-06-15", outlet="Sabah Ninawa daily (fictional)",
    paras=paras_of(f"246_{SLUG}.txt"),
    events=[
        # the car bomb at the vegetable market of al-Sarai «صباح أمس الأربعاء»: headline 0, lead 1 (a police
        # source: 9), the follow-up 7 (the hospital director: 14; the claim posted online). The Turkmen
        # Front's 17 in ¶6 is a retelling inside its accusation. 9 vs 14 vs 17 → 9
        E(True, ["ASSAULT"], [0, 1, 7], "بانفجار سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          source=AQI, recipient=TALAFAR_MARKET_VICTIMS, location=TALAFAR, date=D("2006-06-14"), fatalities=9,
          attribution=["مصدر في شرطة القضاء", "مدير مستشفى تلعفر العام", "بيان نُشر على موقع إلكتروني"],
          acled=MINE, tpara=1),
        # one sentence, two events: the curfew (headline) and the joint raid with 23 arrests (headline)
        E(True, ["COERCE"], [0, 2], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=TALAFAR_POLICE, location=TALAFAR, date=D("2006-06-14"), acled=OTHER, tpara=2),
        E(True, ["COERCE"], [0, 2], "واعتقلت", ["asserted"], mode="arrest",
          source=IQ_MNF_JOINT, recipient=TALAFAR_SUSPECTS, location=TALAFAR_QADISIYA, date=D("2006-06-14"),
          acled=ARREST, tpara=2),
        # the attack on the Ayadiya checkpoint and the hour-long exchange: one two-sided fight (2 attackers
        # killed); the flight of the rest is optional
        E(True, ["ASSAULT"], [3], "هاجم مسلحون", ["asserted", "reported"], mode="firearms",
          source=AYADIYA_FIGHT, location=AYADIYA, date=D("2006-06-14"), fatalities=2,
          attribution=["مدير شرطة الناحية"], acled=CLASH),
        E(False, ["RETREAT"], [3], "لاذوا بالفرار", ["reported", "asserted"], mode="withdraw",
          source=AYADIYA_GUNMEN, location=AYADIYA, date=D("2006-06-14")),
        # paragraph 4 (the town's make-up) holds no event
        # the helicopter strike at Tal Qasab: residents count 4, the MNF statement 3 → 3
        E(True, ["ASSAULT"], [5], "قصفت", ["reported", "asserted"], mode="aerial",
          source=US_FORCES, recipient=TAL_QASAB_VICTIMS, location=TAL_QASAB, date=D("2006-06-15"),
          fatalities=3,
          attribution=["سكان في قرية تل قصب", "بيان للقوات متعددة الجنسيات"], acled=AIR),
        # the Turkmen Front's statement: blame of the security services and a demand to Baghdad (the statement
        # may be of yesterday)
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=ITF, recipient=NINEVEH_SECURITY, date=D("2006-06-15", "day", ("2006-06-14", "2006-06-15")),
          attribution=["بيان الجبهة التركمانية العراقية"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=ITF, recipient=IQ_GOV, date=D("2006-06-15", "day", ("2006-06-14", "2006-06-15")),
          attribution=["بيان الجبهة التركمانية العراقية"]),
        # the 3rd Division's reinforcements arrived (asserted); their deployment in the coming days (a second
        # event, planned)
        E(True, ["MOBILIZE"], [8], "تعزيزات عسكرية", ["asserted", "reported"], mode="troops",
          source=IQ_3RD_DIV, location=TALAFAR, date=D("2006-06-14"), attribution=["ضابط في الفرقة"]),
        E(True, ["MOBILIZE"], [8], "تنتشر", ["planned"], mode="troops",
          source=IQ_3RD_DIV, location=TALAFAR, date=D("2006-06-17", "week", ("2006-06-15", "2006-06-22"))),
        # the governor's emergency meeting in Mosul and the agreement on a joint committee; his call for
        # restraint is optional
        E(True, ["CONSULT"], [9], "اجتماعاً طارئاً", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=TALAFAR_NOTABLES, location=MOSUL, date=D("2006-06-15")),
        E(True, ["AGREE"], [9], "اتفق المجتمعون", ["asserted"],
          source=GOVERNOR_NOTABLES, location=MOSUL, date=D("2006-06-15")),
        E(False, ["REQUEST"], [9], "دعا المحافظ", ["asserted"],
          source=NINEVEH_GOVERNOR, recipient=TALAFAR_RESIDENTS, date=D("2006-06-15")),
        # paragraph 10 (the final toll not yet known) holds no event
        # the rumoured abduction of three tanker drivers near Badush, denied by the Nineveh police
        E(True, ["ASSAULT"], [11], "خطف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=BADUSH_DRIVERS, location=BADUSH, date=D("2006-06-14"),
          attribution=["أوساط محلية في القضاء", "المتحدث باسم شرطة نينوى"], acled=ABDUCTION),
        # the police chief's vow (made) and the conditional extension of the curfew (hypothetical, optional)
        E(True, ["THREATEN"], [12], "توعّد", ["asserted"], mode="arrest",
          source=TALAFAR_POLICE, recipient=TALAFAR_KILLERS, location=TALAFAR, date=D("2006-06-15")),
        E(False, ["COERCE"], [12], "بتمديد حظر التجوال", ["hypothetical"], mode="curfew",
          source=TALAFAR_POLICE, recipient=TALAFAR_RESIDENTS, location=TALAFAR, date=None),
        # the relatives' demonstration before the district building; the banners' demand optional
        E(True, ["PROTEST"], [13], "تظاهرة", ["asserted"], mode="demo",
          source=VICTIMS_FAMILIES, location=TALAFAR, date=D("2006-06-15"), acled=PEACEFUL),
        E(False, ["REQUEST"], [13], "تطالب", ["asserted"],
          source=VICTIMS_FAMILIES, location=TALAFAR, date=D("2006-06-15")),
        # background at another place: an IED kills a councillor near Rabia «مساء الأحد الماضي» (1); the
        # September 2005 operation in Tal Afar optional, historical
        E(True, ["ASSAULT"], [14], "عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=RABIA_COUNCILLOR, location=RABIA, date=D("2006-06-11"), fatalities=1,
          attribution=["الشرطة"], acled=MINE),
        E(False, ["ASSAULT"], [14], "عملية عسكرية واسعة", ["historical"], mode="firearms",
          source=US_IQ_2005, recipient=TALAFAR_INSURGENTS, location=TALAFAR,
          date=D("2005-09-15", "month", ("2005-09-01", "2005-09-30")), acled=CLASH),
        # the health directorate's shipment to the hospital
        E(True, ["AID"], [15], "أرسلت", ["asserted"], mode="humanitarian",
          source=NINEVEH_HEALTH, recipient=TALAFAR_HOSPITAL, location=TALAFAR, date=D("2006-06-15")),
    ],
)
