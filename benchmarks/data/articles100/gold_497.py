"""Gold of article 497: the northern Homs countryside (al-Rastan, Talbiseh, the al-Dar al-Kabira crossing,
Teir Maalla, al-Houla, al-Zahraa in Homs city), a Homs-based pro-government Syrian news website, 2018-05-06
(Sun)."""
from actors_places import (
    COMMITTEE,
    COMMITTEE_MEMBER,
    DAR_KABIRA,
    DETAINEES_36,
    DETAINEES_200,
    GOV_SIDE,
    HOULA,
    HTS,
    MASKED_GUNMEN,
    NEGOTIATION_COMMITTEE,
    NORTH_HOMS_GUNMEN,
    NORTH_HOMS_ROUTE,
    OPPOSITION_PAGES,
    PRO_GOV_PAGES,
    RASTAN,
    RASTAN_FIGHTERS,
    REFUSERS,
    REMAINING_FIGHTERS,
    RUSSIAN_OFFICERS,
    SARC,
    SETTLERS_700,
    SY_ARMY,
    SY_AUTHORITIES,
    TALBISEH,
    TALBISEH_CLASH,
    TALBISEH_NOTABLES,
    TEIR_MAALLA,
    ZAHRAA,
    ZAHRAA_VICTIMS,
)
from common import AGREEMENT, CLASH, SHELL, D, E, paras_of

SLUG = "homs_2018_rastan_talbiseh_surrender_deal"
TODAY = D("2018-05-06")
YESTERDAY = D("2018-05-05")
LAST_NIGHT = D("2018-05-05", "day", ("2018-05-05", "2018-05-06"))
ARTICLE = dict(
    id="team100-497", slug=SLUG, published="2018-05-06",
    outlet="Bawwabat al-Asi, a Homs-based pro-government Syrian news website (fictional)",
    paras=paras_of(f"497_{SLUG}.txt"),
    events=[
        # ¶1 (dateline: a province; the events happen in its northern countryside): the armed men of
        # al-Rastan hand over a new batch of heavy weapons to the army this morning (core RETREAT
        # disarm, no label; the headline 0). The settlement deal announced at the start of the month, in
        # a relative clause, is optional
        E(True, ["RETREAT"], [0, 1], "سلّم", ["asserted"], mode="disarm",
          source=RASTAN_FIGHTERS, recipient=SY_ARMY, location=RASTAN, date=TODAY, tpara=1),
        E(False, ["AGREE"], [1], "اتفاق", ["asserted", "historical"],
          location=RASTAN, date=D("2018-05-02", "day", ("2018-05-01", "2018-05-03")), acled=AGREEMENT),
        # the main event, in ¶2 after the handover (not first in the lead): a clash last night at an
        # ammunition depot in Talbiseh «بين مجموعة رافضة للتسوية وعناصر من فصيل محلي ملتزم بها», both
        # sides as sources (Battles); four killed (one count); ¶3 the opposition pages' version (an
        # «ambush»), ¶17 the burial of «المسلحون الأربعة». The notables' intervention that ended it is
        # an optional CONSULT
        E(True, ["ASSAULT"], [0, 2, 3, 17], "اشتباك", ["asserted", "reported"], mode="firearms",
          source=TALBISEH_CLASH, location=TALBISEH, date=LAST_NIGHT, fatalities=4,
          attribution=["مصدر في لجنة المصالحة"], acled=CLASH, tpara=2),
        E(False, ["CONSULT"], [2], "تدخل", ["asserted"], mode="third-party",
          source=TALBISEH_NOTABLES, recipient=TALBISEH_CLASH, location=TALBISEH, date=LAST_NIGHT),
        # ¶3: the pages' call not to hand over weapons (a demand in a clause): optional REQUEST
        E(False, ["REQUEST"], [3], "ودعت", ["asserted"],
          source=OPPOSITION_PAGES, recipient=REMAINING_FIGHTERS, date=TODAY),
        # ¶4: the deal's first stage delayed: the first batch of refusers did not leave yesterday (core
        # RETREAT, negated; the headline 0 names the delay)
        E(True, ["RETREAT"], [0, 4], "تخرج", ["negated"], mode="withdraw",
          source=REFUSERS, location=DAR_KABIRA, date=YESTERDAY, tpara=4),
        # ¶5, one sentence, two core events: the meeting of Russian officers with the negotiation committee in
        # Teir Maalla and the government side's pledge to release two hundred detainees (AGREE, no label); the
        # release within two weeks itself is an optional planned RETREAT
        E(True, ["CONSULT"], [5], "اجتماع", ["asserted", "reported"],
          source=RUSSIAN_OFFICERS, recipient=NEGOTIATION_COMMITTEE, location=TEIR_MAALLA, date=YESTERDAY,
          attribution=["أحد أعضاء اللجنة"]),
        E(True, ["AGREE"], [5], "وتعهّد", ["asserted", "reported"],
          source=GOV_SIDE, recipient=NEGOTIATION_COMMITTEE, location=TEIR_MAALLA, date=YESTERDAY,
          attribution=["أحد أعضاء اللجنة"]),
        E(False, ["RETREAT"], [5], "بالإفراج", ["planned"], mode="release",
          source=GOV_SIDE, recipient=DETAINEES_200,
          date=D("2018-05-13", "week", ("2018-05-06", "2018-05-20"))),
        # ¶6: some seven hundred men settle their status and hand over their light weapons since Friday (core
        # RETREAT disarm; the state agency «سانا» in quotes)
        E(True, ["RETREAT"], [6], "وتقدّم", ["asserted", "reported"], mode="disarm",
          source=SETTLERS_700, location=HOULA, date=D("2018-05-05", "day", ("2018-05-04", "2018-05-06")),
          attribution=["«سانا»"]),
        # paragraph 7 (the northern countryside: a description) holds no event
        # ¶8: a committee member's abduction rumoured by loyalist pages «من قبل مسلحين ملثمين», denied by the
        # committee (the denial an optional REJECT)
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored"], mode="abduct",
          source=MASKED_GUNMEN, recipient=COMMITTEE_MEMBER, location=HOULA,
          date=D("2018-05-05", "day", ("2018-05-04", "2018-05-05")), attribution=["صفحات موالية"]),
        E(False, ["REJECT"], [8], "نفت", ["asserted"],
          source=COMMITTEE, recipient=PRO_GOV_PAGES, date=YESTERDAY),
        # ¶9: the army's deadline with a conditional threat (asserted); the resumed fighting is hypothetical
        E(True, ["THREATEN"], [9], "وأمهل", ["asserted", "reported"], mode="violence",
          source=SY_ARMY, recipient=RASTAN_FIGHTERS, location=RASTAN, date=TODAY,
          attribution=["ضابط ميداني"]),
        E(False, ["ASSAULT"], [9], "استئناف", ["hypothetical"], mode="firearms",
          source=SY_ARMY, location=RASTAN, date=None),
        # ¶10 (subject, long parenthetical, verb): HTS rejects the deal
        E(True, ["REJECT"], [10], "رفضت", ["asserted"],
          source=HTS, location=HOULA, date=TODAY),
        # ¶11 (verb–subject): thirty-six detainees released under the deal today (core RETREAT release)
        E(True, ["RETREAT"], [11], "وأفرجت", ["asserted"], mode="release",
          source=SY_AUTHORITIES, recipient=DETAINEES_36, location=DAR_KABIRA, date=TODAY),
        # paragraph 12 (how settlement deals run: generic) holds no event
        # ¶13: the refusers' departure north due on Tuesday (planned RETREAT), the lists checked «من قبل» the
        # Russian side
        E(True, ["RETREAT"], [13], "تنطلق", ["planned"], mode="withdraw",
          source=REFUSERS, location=NORTH_HOMS_ROUTE, date=D("2018-05-08")),
        # ¶14 (verb–subject): an aid convoy into Talbiseh yesterday afternoon
        E(True, ["AID"], [14], "وأدخل", ["asserted"], mode="humanitarian",
          source=SARC, location=TALBISEH, date=YESTERDAY),
        # background at another place, in «وكان … قد»: rockets on al-Zahraa in Homs city on 9 February
        # (3); the claim is part of it
        E(True, ["ASSAULT"], [15], "استهدفوا", ["historical", "asserted"], mode="heavy-weapons",
          source=NORTH_HOMS_GUNMEN, recipient=ZAHRAA_VICTIMS, location=ZAHRAA, date=D("2018-02-09"),
          fatalities=3,
          acled=SHELL),
        # paragraph 16 (a farmer's words) holds no event; ¶17, the burial, is a paragraph of the main event
    ],
)
