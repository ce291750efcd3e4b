"""Gold of article 354: an ISIS attack on an army post at al-Mutaybijah east of Samarra and what followed
(Wadi al-Shay and Hamrin, al-Dour, al-Ishaqi, Tikrit; Salahuddin, Iraq), an Iraqi news agency's wire,
2022-11-15 (Tue). The main event is told first, in the lead, but its toll is given ONLY in the headline
and in a late paragraph (¶14, the Security Media Cell's second statement): three soldiers."""
from actors_places import (
    ARMY_AVIATION,
    ARMY_PESHMERGA,
    ARMY_PMF,
    ARMY_VEHICLES,
    CLASH_SIDES,
    DOUR,
    DOUR_SUSPECTS,
    FED_POLICE_INTEL,
    IQ_FEDERAL_GOV,
    IRAQ_ARMY,
    ISHAQI,
    ISIS,
    ISIS_MEN,
    MUTAYBIJAH,
    MUTAYBIJAH_ELDERS,
    PMF,
    PMF_VICTIMS,
    SAMARRA_CMD,
    TIKRIT,
    TIKRIT_MEETING,
    WADI_SHAY_HAMRIN,
)
from common import AIR, ARREST, CLASH, MINE, D, E, paras_of

SLUG = "mutaybijah_2022_samarra_hamrin_dour_ishaqi"
TODAY = D("2022-11-15")
ARTICLE = dict(
    id="team71-354", slug=SLUG, published="2022-11-15",
    outlet="al-Difaf News Agency, Iraqi news wire (fictional)",
    paras=paras_of(f"354_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the ISIS attack on the army post and the hour-long clash «فجر
        # اليوم» (two-sided: both are sources, no recipient). Told in the headline 0 (toll: three), the lead 1
        # (no toll), the Cell's first statement 2, a mukhtar's account 5, the ISIS claim 9 (the other side),
        # and the Cell's second statement 14 (three soldiers) → 3; the toll appears only in ¶0 and ¶14
        E(True, ["ASSAULT"], [0, 1, 2, 5, 9, 14], "لهجوم شنّته", ["asserted", "reported"], mode="firearms",
          source=CLASH_SIDES, location=MUTAYBIJAH, date=TODAY, fatalities=3,
          attribution=["مصدر أمني", "خلية الإعلام الأمني", "مختار إحدى قرى مطيبيجة", "وكالة «أعماق»"],
          acled=CLASH, tpara=1),
        # ¶2: the search operations launched after the attack (optional MOBILIZE)
        E(False, ["MOBILIZE"], [2], "عمليات تفتيش", ["asserted"], mode="troops",
          source=IRAQ_ARMY, location=MUTAYBIJAH, date=TODAY),
        E(False, ["ASSAULT"], [2], "ملاحقة", ["reported"], mode="aerial",
          source=IRAQ_ARMY, recipient=ISIS, location=MUTAYBIJAH, date=TODAY),
        # ¶3: army aviation strikes on Wadi al-Shay and the Hamrin hills (one verb: one event)
        E(True, ["ASSAULT"], [3], "ضربات جوية", ["asserted", "reported"], mode="aerial",
          source=ARMY_AVIATION, recipient=ISIS, location=WADI_SHAY_HAMRIN, date=TODAY,
          attribution=["قيادة العمليات المشتركة"], acled=AIR),
        # ¶4: four suspects arrested in a raid in al-Dour (COERCE); the seizure of their phones is optional
        E(True, ["COERCE"], [4], "اعتقلت", ["asserted"], mode="arrest",
          source=FED_POLICE_INTEL, recipient=DOUR_SUSPECTS, location=DOUR, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [4], "وصادرت", ["asserted"], mode="confiscate",
          source=FED_POLICE_INTEL, recipient=DOUR_SUSPECTS, location=DOUR, date=TODAY),
        E(False, ["ACCUSE"], [4], "قالت", ["asserted"],
          source=FED_POLICE_INTEL, recipient=DOUR_SUSPECTS, date=TODAY),
        # ¶5: the mukhtar's account belongs to the main event; the army's cordon of the village is optional
        E(False, ["COERCE"], [5], "تطوّق", ["reported"], mode="restrict",
          source=ARMY_VEHICLES, location=MUTAYBIJAH, date=TODAY),
        # ¶6 (al-Mutaybijah described) holds no event
        # ¶7: PMF reinforcements to the outskirts of al-Mutaybijah
        E(True, ["MOBILIZE"], [7], "ودفعت", ["asserted", "reported"], mode="troops",
          source=PMF, location=MUTAYBIJAH, date=TODAY, attribution=["وسائل إعلام مقربة من الهيئة"]),
        # ¶8: the Samarra operations commander's threat (THREATEN)
        E(True, ["THREATEN"], [8], "وتوعّد", ["asserted"], mode="violence",
          source=SAMARRA_CMD, recipient=ISIS_MEN, date=TODAY),
        # ¶10: the army's withdrawal from two posts, told by tribal sources and denied by the command
        # (rumoured)
        E(True, ["RETREAT"], [10], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=IRAQ_ARMY, location=MUTAYBIJAH, date=TODAY,
          attribution=["مصادر عشائرية", "قيادة العمليات"]),
        E(False, ["RETREAT"], [10], "انسحاب", ["hypothetical"], mode="withdraw",
          source=IRAQ_ARMY, location=MUTAYBIJAH, date=None, occ=1),
        # ¶11: the tribal notables' demand to the federal government (REQUEST); their meeting is optional
        # CONSULT
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"],
          source=MUTAYBIJAH_ELDERS, recipient=IQ_FEDERAL_GOV, date=TODAY),
        E(False, ["CONSULT"], [11], "اجتماع", ["asserted"],
          source=MUTAYBIJAH_ELDERS, recipient=MUTAYBIJAH_ELDERS, date=TODAY),
        # ¶12: joint operations with the Peshmerga not begun (COOPERATE, negated); the agreement of early 2022
        # is optional, historical; the mutual blame is generic
        E(True, ["COOPERATE"], [12], "العمليات المشتركة", ["negated"],
          source=ARMY_PESHMERGA, date=None),
        E(False, ["AGREE"], [12], "الاتفاق", ["historical"],
          source=ARMY_PESHMERGA, date=D("2022-01-15", "month", ("2022-01-01", "2022-02-28"))),
        E(False, ["ACCUSE"], [12], "الاتهامات", ["generic"],
          source=ARMY_PESHMERGA, date=None),
        # ¶13: the search operation due «صباح غدٍ الأربعاء» (planned)
        E(True, ["MOBILIZE", "ASSAULT"], [13], "عملية عسكرية", ["planned"], mode="troops",
          source=ARMY_PMF, location=MUTAYBIJAH, date=D("2022-11-16"),
          attribution=["مصدر في قيادة العمليات المشتركة"]),
        # background at another place: four PMF members killed by a roadside bomb near al-Ishaqi on 5
        # September
        E(True, ["ASSAULT"], [15], "بانفجار عبوة ناسفة", ["historical", "asserted"], mode="explosives",
          source=ISIS, recipient=PMF_VICTIMS, location=ISHAQI, date=D("2022-09-05"), fatalities=4,
          acled=MINE),
        # ¶16 (the share of ISIS attacks in three provinces: an aggregate) holds no event ¶17: the governor
        # receives the operations commander in Tikrit (CONSULT); their agreement on an operations room is
        # optional AGREE
        E(True, ["CONSULT"], [17], "واستقبل", ["asserted"],
          source=TIKRIT_MEETING, recipient=TIKRIT_MEETING, location=TIKRIT, date=TODAY,
          attribution=["بيان لمكتب المحافظ"]),
        E(False, ["AGREE"], [17], "واتفق", ["asserted"],
          source=TIKRIT_MEETING, recipient=TIKRIT_MEETING, location=TIKRIT, date=TODAY),
    ],
)
