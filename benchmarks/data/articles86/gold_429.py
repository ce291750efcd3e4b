"""Gold of article 429: Taiz city (al-Rawda, Tabbat al-Salal, Freedom Square, al-Hawban), al-Mokha and
al-Turbah (Taiz), a Yemeni youth-movement news website, 2012-06-10 (Sun)."""
from actors_places import (
    ARMS_BOAT,
    BOAT_CREW,
    CLASH_SIDES,
    COAST_GUARD,
    CONSENSUS_GOV,
    DEFENCE_MINISTER,
    FREEDOM_SQUARE,
    GUARD_SOLDIERS,
    GUARD_SOURCE,
    HAWBAN,
    HAWBAN_GUNMEN,
    HIGH_MIL_COMMITTEE,
    ISLAH_MILITIAS,
    JMP,
    MIL_COMMITTEE,
    MOKHA,
    OLD_REGIME,
    ORG_COMMITTEE,
    PRESIDENT_YE,
    RAWDA,
    RAWDA_CIVILIANS,
    REPUBLICAN_GUARD,
    SALAL,
    TAIZ,
    TAIZ_CITIZENS,
    TAIZ_GOVERNOR,
    TAIZ_LEADERS,
    THAWRA_HOSPITAL_TAIZ,
    TURBAH,
    TURBAH_GUNMEN,
    TURBAH_OFFICER,
    TWO_SIDES,
    YOUTH,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "taiz_2012_rawda_salal_hill_mokha_turbah"
TODAY = D("2012-06-10")
ARTICLE = dict(
    id="team86-429", slug=SLUG, published="2012-06-10",
    outlet="Shabab al-Halima, a Yemeni youth-movement news website (fictional)",
    paras=paras_of(f"429_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (dateline Taiz), with the passive «قُتل»: mortar shells on
        # al-Rawda «ظهر اليوم الأحد» that witnesses say came from the Republican Guard (3 killed); the
        # hospital 2, a resident 3, «عقب سقوط القذائف» 4, «المسؤولين عن القصف» 6, the Guard's denial 9
        E(True, ["ASSAULT"], [0, 1, 2, 3, 4, 6, 9], "بقذائف هاون", ["asserted"], mode="heavy-weapons",
          source=REPUBLICAN_GUARD, recipient=RAWDA_CIVILIANS, location=RAWDA, date=TODAY, fatalities=3,
          attribution=["شهود عيان"], acled=SHELL, tpara=1),
        # ¶2: the hospital's call for blood donors (optional)
        E(False, ["REQUEST"], [2], "ناشدت", ["asserted"],
          source=THAWRA_HOSPITAL_TAIZ, recipient=TAIZ_CITIZENS, location=TAIZ, date=TODAY),
        # ¶4: the three-hour clash around the hill (both sides sources)
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted"], mode="firearms",
          source=CLASH_SIDES, location=SALAL, date=TODAY, attribution=["مراسل «شباب الحالمة»"], acled=CLASH),
        # ¶5: the committee announces a ceasefire (CONCEDE) and both sides agree to pull out within 48 hours
        # (AGREE); the pull-out and the monitors' deployment tonight optional, planned
        E(True, ["CONCEDE", "AGREE"], [0, 5], "وقفاً لإطلاق النار", ["asserted"],
          source=MIL_COMMITTEE, location=SALAL, date=TODAY, tpara=5),
        E(True, ["AGREE"], [5], "وافقا", ["asserted", "reported"],
          source=TWO_SIDES, location=SALAL, date=TODAY, attribution=["عضو في اللجنة العسكرية والأمنية"],
          acled=AGREEMENT),
        E(False, ["RETREAT"], [5], "سحب", ["planned"], mode="withdraw",
          source=TWO_SIDES, location=SALAL, date=D("2012-06-12", "day", ("2012-06-10", "2012-06-12"))),
        E(False, ["MOBILIZE"], [5], "ستنتشر", ["planned"], mode="troops",
          source=MIL_COMMITTEE, location=SALAL, date=TODAY),
        # ¶6: the governor's phone call to the defence minister (CONSULT, phone) and his demand (REQUEST)
        E(True, ["CONSULT"], [6], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=TAIZ_GOVERNOR, recipient=DEFENCE_MINISTER, location=TAIZ, date=TODAY,
          attribution=["المكتب الإعلامي للمحافظة"]),
        E(True, ["REQUEST"], [6], "طالبه", ["asserted"],
          source=TAIZ_GOVERNOR, recipient=DEFENCE_MINISTER, location=TAIZ, date=TODAY),
        # ¶7: the youth's march and their demand to the president, joined with «و» and a second verb; the
        # storming of the square a year ago, recalled at its anniversary, optional, historical
        E(True, ["PROTEST"], [7], "مسيرة", ["asserted"], mode="demo",
          source=YOUTH, location=FREEDOM_SQUARE, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "وطالبوا", ["asserted"],
          source=YOUTH, recipient=PRESIDENT_YE, location=FREEDOM_SQUARE, date=TODAY),
        E(False, ["ASSAULT"], [7], "لاقتحام الساحة", ["historical"], mode="destroy",
          location=FREEDOM_SQUARE, date=D("2011-05-15", "month", ("2011-05-01", "2011-05-31"))),
        # ¶8: the Joint Meeting Parties back the youth (SUPPORT); the praise, the blame and the call optional
        E(True, ["SUPPORT"], [8], "تأييدها", ["asserted"], source=JMP, recipient=YOUTH, location=TAIZ,
          date=TODAY),
        E(False, ["SUPPORT"], [8], "وأشادت", ["asserted"], source=JMP, recipient=YOUTH, date=TODAY),
        E(False, ["ACCUSE"], [8], "محمّلةً", ["asserted"], source=JMP, recipient=OLD_REGIME, date=TODAY),
        E(False, ["REQUEST"], [8], "وداعيةً", ["asserted"], source=JMP, recipient=CONSENSUS_GOV, date=TODAY),
        # ¶9: the Guard's version, by the other side: its denial (optional REJECT) and its accusation of
        # Islah-linked militias (ACCUSE); its units leaving their posts only on orders optional, hypothetical
        E(False, ["REJECT"], [9], "نفى", ["asserted", "reported"], source=GUARD_SOURCE, date=TODAY),
        E(True, ["ACCUSE"], [9], "واتهم", ["asserted", "reported"],
          source=GUARD_SOURCE, recipient=ISLAH_MILITIAS, date=TODAY, attribution=["صحيفة «26 سبتمبر»"]),
        E(False, ["RETREAT"], [9], "تغادر", ["hypothetical", "negated"], mode="withdraw",
          source=REPUBLICAN_GUARD, location=SALAL, date=None),
        # paragraph 10 (the hills and the crowded slopes: description) holds no event
        # ¶11: two Guard soldiers abducted at al-Hawban, a rumour from tribal sources, unconfirmed
        E(True, ["ASSAULT"], [11], "اختطاف", ["rumored", "reported"], mode="abduct",
          source=HAWBAN_GUNMEN, recipient=GUARD_SOLDIERS, location=HAWBAN, date=TODAY,
          attribution=["مصادر قبلية"]),
        # ¶12: the high military committee's delegation due on Tuesday (planned CONSULT)
        E(True, ["CONSULT"], [12], "للقاء", ["planned"], mode="visit",
          source=HIGH_MIL_COMMITTEE, recipient=TAIZ_LEADERS, location=TAIZ, date=D("2012-06-12"),
          attribution=["عضو في اللجنة الأمنية في المحافظة"]),
        # ¶13: the youth committee's conditional threat (the march on the camp optional, hypothetical)
        E(True, ["THREATEN"], [13], "وهدّدت", ["asserted"], mode="obstruct",
          source=ORG_COMMITTEE, location=TAIZ, date=TODAY),
        E(False, ["PROTEST"], [13], "الزحف", ["hypothetical"], mode="demo", source=ORG_COMMITTEE, date=None),
        # ¶14: at al-Mokha, the coast guard seizes an arms boat and arrests four of its crew: two events
        E(True, ["COERCE"], [14], "ضبطت", ["asserted"], mode="confiscate",
          source=COAST_GUARD, recipient=ARMS_BOAT, location=MOKHA, date=TODAY),
        E(True, ["COERCE"], [14], "واعتقلت", ["asserted"], mode="arrest",
          source=COAST_GUARD, recipient=BOAT_CREW, location=MOKHA, date=TODAY, acled=ARREST),
        # ¶15 (short): the Guard has not pulled back from the hill (core RETREAT, negated)
        E(True, ["RETREAT"], [15], "تنسحب", ["negated"], mode="withdraw",
          source=REPUBLICAN_GUARD, location=SALAL, date=TODAY, attribution=["سكان في حي الروضة"]),
        # background at another place, in «وكان … قد»: an officer shot dead in al-Turbah on 24 May (1)
        E(True, ["ASSAULT"], [16], "اغتالوا", ["historical", "asserted"], mode="assassinate",
          source=TURBAH_GUNMEN, recipient=TURBAH_OFFICER, location=TURBAH, date=D("2012-05-24"), fatalities=1,
          acled=ATTACK),
        # paragraph 17 (arms in Taiz: generic, analysis) holds no event
    ],
)
