"""Gold of article 606: Saraqib and the M4/M5 junction, al-Nayrab, Afis, Dadikh and Tell Mardikh, Khan
al-Subul, Taftanaz, Sarmada (Idlib), an Arabic service of a Turkish state news agency's website, 2020-02-28
(Fri)."""
from actors_places import (
    AFIS,
    DADIKH,
    EAST_IDLIB,
    GUNMEN_606,
    HUMANITARIAN_ORGS_606,
    IDLIB_CITY,
    IDLIB_RESIDENTS,
    IHH,
    KHAN_SUBUL,
    MOSCOW,
    NAYRAB,
    NAYRAB_VICTIMS,
    OPP_AND_REGIME,
    OPPOSITION_606,
    REGIME_606,
    REGIME_AND_BACKERS,
    REGIME_POSITIONS,
    REGIME_REINFORCEMENTS,
    RU_AIR_606,
    RU_MOD,
    RUSSIA_606,
    SARAQIB,
    SARAQIB_COUNTRYSIDE,
    SARAQIB_M5,
    SARAQIB_POST,
    SARMADA,
    SARMADA_FAMILIES,
    TAFTANAZ,
    TAFTANAZ_VICTIMS,
    TR_ARMY_606,
    TR_ARTILLERY_606,
    TR_DEFENCE_MINISTER,
    TR_FORCES_606,
    TR_MFA,
    TR_RU_DELEGATIONS,
)
from common import AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "idlib_2020_saraqib_afis_nayrab_motorway"
TODAY = D("2020-02-28")
YESTERDAY = D("2020-02-27")
LAST_NIGHT = D("2020-02-27", "day", ("2020-02-27", "2020-02-28"))
LATELY = D("2020-02-28", "day", ("2020-02-27", "2020-02-28"))
ARTICLE = dict(
    id="team122-606", slug=SLUG, published="2020-02-28",
    outlet="al-Jisr, the Arabic service of a Turkish state news agency's website (fictional)",
    paras=paras_of(f"606_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Saraqib named in the first sentence): the opposition factions retake Saraqib
        # after a day of battles with the government forces (core ASSAULT, both sides as source, Armed clash,
        # «قتلى وجرحى» without a number); the headline names it; cutting the M5 is optional
        E(True, ["ASSAULT"], [0, 1], "معارك", ["asserted"], mode="firearms", source=OPP_AND_REGIME,
          location=SARAQIB, date=YESTERDAY, attribution=["مراسل «الجسر»"], acled=CLASH, tpara=1),
        E(False, ["COERCE"], [0, 1], "وقطعت", ["asserted"], mode="restrict", source=OPPOSITION_606,
          location=SARAQIB_M5, date=YESTERDAY, tpara=1),
        # the main event, in ¶2 after the battles of ¶1 (not first in the lead): Russian air strikes on a
        # house in al-Nayrab last night kill nine civilians (one number); ¶3 the Russian ministry's version,
        # ¶15 the burial of «ضحايا النيرب التسعة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 3, 15], "غارات", ["asserted", "reported"], mode="aerial",
          source=RU_AIR_606, recipient=NAYRAB_VICTIMS, location=NAYRAB, date=LAST_NIGHT, fatalities=9,
          attribution=["فريق الدفاع المدني في إدلب"], acled=AIR, tpara=2),
        # ¶3: the ministry blames «المسلحين» for breaking the calm (optional ACCUSE)
        E(False, ["ACCUSE"], [3], "متهمةً", ["asserted"], source=RU_MOD, recipient=GUNMEN_606, date=LATELY),
        # paragraph 4 (Saraqib and its villages: a description) holds no event
        # ¶5: Turkish artillery shells government positions around Dadikh and Tell Mardikh (core ASSAULT,
        # Shelling); the «استهداف المدنيين» it is said to stop adds no event
        E(True, ["ASSAULT"], [5], "واستهدفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARTILLERY_606, recipient=REGIME_POSITIONS, location=DADIKH, date=YESTERDAY,
          attribution=["مصادر أمنية تركية"], acled=SHELL),
        # ¶6: reinforcements to Khan al-Subul, rumoured on pro-government pages and neither confirmed nor
        # denied (core MOBILIZE, rumored); the counter-attack they are said to prepare is optional
        E(True, ["MOBILIZE"], [6], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=REGIME_REINFORCEMENTS, location=KHAN_SUBUL, date=None, attribution=["صفحات موالية للنظام"]),
        E(False, ["ASSAULT"], [6], "لهجوم مضاد", ["planned", "hypothetical"], source=REGIME_REINFORCEMENTS,
          location=SARAQIB, date=None),
        # ¶7, verb–subject–object: the Turkish defence minister's conditional threat (core THREATEN); the
        # response he promises is optional (hypothetical)
        E(True, ["THREATEN"], [7], "وتوعّد", ["asserted"], mode="violence", source=TR_DEFENCE_MINISTER,
          recipient=REGIME_606, date=LATELY),
        E(False, ["ASSAULT"], [7], "سترد", ["hypothetical"], source=TR_FORCES_606, date=None),
        # ¶8: Turkish and Russian military delegations to meet in Moscow next Monday (core planned CONSULT)
        E(True, ["CONSULT"], [8], "يلتقي", ["planned"], source=TR_RU_DELEGATIONS, location=MOSCOW,
          date=D("2020-03-02"), attribution=["مسؤول تركي طلب عدم ذكر اسمه"]),
        # ¶9: the Turkish forces have not withdrawn from the post east of Saraqib (core RETREAT, negated); the
        # encirclement by the government forces since the start of the month is optional
        E(True, ["RETREAT"], [9], "تنسحب", ["negated"], mode="withdraw", source=TR_FORCES_606,
          location=SARAQIB_POST, date=LATELY, attribution=["مصدر عسكري تركي"]),
        E(False, ["COERCE"], [9], "تطوقها", ["asserted"], mode="restrict", source=REGIME_606,
          recipient=TR_FORCES_606, location=SARAQIB_POST, date=D("2020-02-01", "month",
                                                                 ("2020-02-01", "2020-02-28"))),
        # background at another place, in «وكانت … قد»: Russian jets strike a camp near Taftanaz on 11
        # February (core, historical, 3; Air/drone strike); the call for an inquiry then is optional
        E(True, ["ASSAULT"], [10], "قصفت", ["historical", "asserted"], mode="aerial", source=RU_AIR_606,
          recipient=TAFTANAZ_VICTIMS, location=TAFTANAZ, date=D("2020-02-11"), fatalities=3, acled=AIR),
        E(False, ["REQUEST"], [10], "طالبت", ["historical"], source=HUMANITARIAN_ORGS_606,
          date=D("2020-02-11", "week", ("2020-02-11", "2020-02-18"))),
        # ¶11: the Turkish foreign ministry accuses the government and its backers (core ACCUSE) and, with «و»
        # and a second verb, calls on Moscow (core REQUEST); the Sochi understanding of 2018 is optional
        E(True, ["ACCUSE"], [11], "اتهمت", ["asserted"], source=TR_MFA, recipient=REGIME_AND_BACKERS,
          date=LATELY),
        E(True, ["REQUEST"], [11], "ودعت", ["asserted"], source=TR_MFA, recipient=RUSSIA_606, date=LATELY),
        E(False, ["AGREE"], [11], "تفاهم", ["historical"], source=RUSSIA_606,
          date=D("2018-01-01", "year", ("2018-01-01", "2018-12-31"))),
        # ¶12: tents, heaters and meals for families near Sarmada (core AID); their flight is optional
        E(True, ["AID"], [12], "ووزعت", ["asserted"], mode="humanitarian", source=IHH,
          recipient=SARMADA_FAMILIES, location=SARMADA, date=LATELY),
        E(False, ["RETREAT"], [12], "هرباً", ["asserted"], source=SARMADA_FAMILIES,
          location=SARAQIB_COUNTRYSIDE, date=D("2020-02-27", "day", ("2020-02-26", "2020-02-28"))),
        # ¶13: some fifty Turkish vehicles sent into eastern Idlib at dawn (core MOBILIZE)
        E(True, ["MOBILIZE"], [13], "وأرسل", ["asserted"], mode="troops", source=TR_ARMY_606,
          location=EAST_IDLIB, date=TODAY),
        # ¶14: a night rally in Idlib city for the retaking of Saraqib (core PROTEST, Peaceful protest)
        E(True, ["PROTEST"], [14], "مظاهرة", ["asserted"], mode="demo", source=IDLIB_RESIDENTS,
          location=IDLIB_CITY, date=LAST_NIGHT, acled=PEACEFUL),
        # ¶15, the burial in Binnish, is a paragraph of the main event
        # paragraph 16 (a returning man's words) holds no event
        # ¶17: government artillery and rocket launchers shell Afis this morning (core ASSAULT, Shelling);
        # «من غير أن ترد أنباء عن إصابات» negates nothing
        E(True, ["ASSAULT"], [17], "قصفت", ["asserted"], mode="heavy-weapons", source=REGIME_606,
          location=AFIS, date=TODAY, attribution=["مراسل «الجسر»"], acled=SHELL),
    ],
)
