"""Gold of article 498: Dhi Qar (al-Nasiriyah and its Nasr bridge and Haboubi square, al-Shatra, al-Rifai, Suq
al-Shuyukh), a Baghdad-based independent Iraqi daily newspaper's website, 2019-11-22 (Fri)."""
from actors_places import (
    COORDINATION,
    CRISIS_CELL,
    DHI_QAR_SHEIKHS,
    GOV_DELEGATION,
    HABOUBI,
    IHCHR,
    INFILTRATORS,
    IQ_SECURITY,
    IRAQ_GOV,
    JUDICIARY,
    MOURNERS,
    NASIRIYAH,
    NASIRIYAH_PROTESTERS,
    NASR_BRIDGE,
    POLICE_CHIEF,
    PROTESTERS_THOUSANDS,
    RAPID_RESPONSE,
    RIFAI,
    RIFAI_PROTESTERS,
    RIFAI_QAIMMAQAMIYA,
    RIFAI_RIOTERS,
    RIOT_POLICE,
    SECURITY_UNIT,
    SHATRA,
    SHATRA_17,
    SHATRA_PROTESTERS,
    SHEIKHS_POLICE,
    SHEIKHS_SITIN,
    SITIN_HUNDREDS,
    SUQ_AL_SHUYUKH,
    SUQ_STUDENTS,
    TWO_ACTIVISTS,
    UNKNOWN_GUNMEN,
)
from common import ARREST, EXCESSIVE, PEACEFUL, RIOT, D, E, paras_of

SLUG = "dhi_qar_2019_nasiriyah_bridge_sit_in_curfew"
TODAY = D("2019-11-22")
YESTERDAY = D("2019-11-21")
LAST_NIGHT = D("2019-11-21", "day", ("2019-11-21", "2019-11-22"))
ARTICLE = dict(
    id="team100-498", slug=SLUG, published="2019-11-22",
    outlet="Awraq al-Rafidain, a Baghdad-based independent Iraqi daily newspaper's website (fictional)",
    paras=paras_of(f"498_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (dateline: the town of the event): riot police fire live
        # rounds and tear gas on protesters blocking the Nasr bridge at dawn «في محاولة لفتح الجسر» (a
        # purpose clause); six killed per the health directorate, nine per the protest coordination (¶2)
        # → 6; ¶3 the police's version («مندسين»), ¶17 the funeral of «الضحايا الستة» (Excessive force
        # against protesters)
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "أطلقت", ["asserted", "reported"], mode="firearms",
          source=RIOT_POLICE, recipient=NASIRIYAH_PROTESTERS, location=NASR_BRIDGE, date=TODAY, fatalities=6,
          attribution=["مصدر في دائرة صحة ذي قار", "تنسيقية تظاهرات ذي قار"], acled=EXCESSIVE, tpara=1),
        # the bridge blocked for three days, in a clause of the lead: optional PROTEST
        E(False, ["PROTEST"], [1], "يقطعون", ["asserted"], mode="obstruct",
          source=NASIRIYAH_PROTESTERS, location=NASR_BRIDGE,
          date=D("2019-11-21", "day", ("2019-11-19", "2019-11-22"))),
        # ¶3: the «infiltrators» who fired on the forces, in the police's statement: optional (reported)
        E(False, ["ASSAULT"], [3], "أطلقوا", ["reported"], mode="firearms",
          source=INFILTRATORS, recipient=IQ_SECURITY, location=NASR_BRIDGE, date=TODAY),
        # ¶4, one sentence, two core events: the crisis cell's curfew (COERCE curfew, no label; the
        # headline 0) and thousands defying it to reach al-Haboubi square (PROTEST, Peaceful protest);
        # the standing sit-in optional
        E(True, ["COERCE"], [0, 4], "وفرضت", ["asserted"], mode="curfew",
          source=CRISIS_CELL, location=NASIRIYAH, date=TODAY, tpara=4),
        E(True, ["PROTEST"], [4], "وتوافدوا", ["asserted"], mode="demo",
          source=PROTESTERS_THOUSANDS, location=HABOUBI, date=TODAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [4], "يعتصم", ["asserted"], mode="demo",
          source=SITIN_HUNDREDS, location=HABOUBI,
          date=D("2019-11-08", "month", ("2019-10-25", "2019-11-22"))),
        # ¶5, one sentence, three acts: the bridge and road blocked in al-Shatra (core PROTEST
        # obstruct), a party office set on fire in al-Rifai (core PROTEST riot, Violent demonstration),
        # schools and offices closed by students in Suq al-Shuyukh (optional PROTEST strike)
        E(True, ["PROTEST"], [5], "قطع", ["asserted"], mode="obstruct",
          source=SHATRA_PROTESTERS, location=SHATRA, date=TODAY, acled=PEACEFUL),
        E(True, ["PROTEST", "ASSAULT"], [5], "وأحرق", ["asserted"], mode="riot",
          source=RIFAI_RIOTERS, location=RIFAI, date=TODAY, acled=RIOT),
        E(False, ["PROTEST"], [5], "أغلق", ["asserted"], mode="strike",
          source=SUQ_STUDENTS, location=SUQ_AL_SHUYUKH, date=TODAY),
        # paragraph 6 (al-Haboubi square: a description) holds no event
        # ¶7: tribal sheikhs meet the police chief (CONSULT; the headline 0 names the mediation) and reach an
        # agreement to withdraw the riot police from the bridge (AGREE, no label)
        E(True, ["CONSULT"], [0, 7], "اجتماعاً", ["asserted"], mode="third-party",
          source=DHI_QAR_SHEIKHS, recipient=POLICE_CHIEF, location=NASIRIYAH, date=TODAY, tpara=7),
        E(True, ["AGREE"], [7], "اتفاق", ["asserted"],
          source=SHEIKHS_POLICE, location=NASR_BRIDGE, date=TODAY),
        # ¶8: the riot police have not withdrawn (core RETREAT, negated)
        E(True, ["RETREAT"], [8], "تنسحب", ["negated"], mode="withdraw",
          source=RIOT_POLICE, location=NASR_BRIDGE, date=TODAY),
        # ¶9: two activists said to have been abducted, neither confirmed nor denied by the police (rumoured)
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored"], mode="abduct",
          source=UNKNOWN_GUNMEN, recipient=TWO_ACTIVISTS, location=SUQ_AL_SHUYUKH,
          date=D("2019-11-21", "day", ("2019-11-21", "2019-11-22")),
          attribution=["حسابات ناشطين على مواقع التواصل"]),
        # ¶10: the coordination's conditional threat (asserted); the civil disobedience it threatens is
        # hypothetical (optional)
        E(True, ["THREATEN"], [10], "وهدّدت", ["asserted"],
          source=COORDINATION, location=NASIRIYAH, date=TODAY),
        E(False, ["PROTEST"], [10], "العصيان", ["hypothetical"], mode="strike",
          source=COORDINATION, location=NASIRIYAH, date=None),
        # ¶11 (subject, long parenthetical, verb), one sentence, two events joined with «و» and a second verb
        E(True, ["ACCUSE"], [11], "حمّلت", ["asserted"],
          source=IHCHR, recipient=IRAQ_GOV, date=TODAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"],
          source=IHCHR, recipient=JUDICIARY, date=TODAY),
        # ¶12: seventeen protesters arrested in al-Shatra last night after a raid on the sit-in tent
        # (one COERCE, Arrests); their release hours later an optional RETREAT («من دون أن توجّه إليهم
        # أي تهمة» negates nothing)
        E(True, ["COERCE"], [12], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=SECURITY_UNIT, recipient=SHATRA_17, location=SHATRA, date=YESTERDAY,
          attribution=["أحد المفرج عنهم"], acled=ARREST),
        E(False, ["RETREAT"], [12], "أطلقت", ["asserted"], mode="release",
          source=SECURITY_UNIT, recipient=SHATRA_17, location=SHATRA, date=LAST_NIGHT),
        # paragraph 13 (the toll since October: an aggregate) holds no event
        # ¶14: reinforcements from Baghdad last night, «بهدف حمايتها من الحرق» (a purpose clause, no event)
        E(True, ["MOBILIZE"], [14], "تعزيزات", ["asserted"], mode="troops",
          source=RAPID_RESPONSE, location=NASIRIYAH, date=LAST_NIGHT),
        # ¶15: a government delegation due tomorrow to meet the sheikhs and the sit-in (planned CONSULT;
        # «واع»)
        E(True, ["CONSULT"], [15], "للقاء", ["planned"], mode="visit",
          source=GOV_DELEGATION, recipient=SHEIKHS_SITIN, location=NASIRIYAH, date=D("2019-11-23"),
          attribution=["وكالة الأنباء العراقية «واع»"]),
        # background at another place, in «وكانت … قد»: fire on protesters in al-Rifai on 2 October (3)
        E(True, ["ASSAULT"], [16], "فتحت", ["historical", "asserted"], mode="firearms",
          source=IQ_SECURITY, recipient=RIFAI_PROTESTERS, location=RIFAI_QAIMMAQAMIYA, date=D("2019-10-02"),
          fatalities=3, acled=EXCESSIVE),
        # ¶17: the funeral (a paragraph of the main event) turned into a protest march (core PROTEST)
        E(True, ["PROTEST"], [17], "مسيرة", ["asserted"], mode="demo",
          source=MOURNERS, location=HABOUBI, date=TODAY, acled=PEACEFUL),
    ],
)
