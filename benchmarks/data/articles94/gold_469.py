"""Gold of article 469: Ganfouda, al-Sabri and Souq al-Hout, al-Majouri (Benghazi), al-Marj, a Libyan
electronic newspaper published from Tunis, 2016-11-21 (Mon)."""
from actors_places import (
    BOTH_SIDES_469,
    BRSC,
    EGYPTIAN_WORKER,
    EIGHT_FAMILIES,
    FOUR_FAMILIES,
    GANFOUDA,
    GANFOUDA_CIVILIANS,
    GANFOUDA_COMMANDER,
    GANFOUDA_GUNMEN,
    LIBYAN_RC,
    LNA_ARTILLERY,
    LNA_BRSC,
    LNA_COMMAND,
    LNA_OFFICIALS,
    LNA_SPOKESMAN,
    MAJOURI,
    MAJOURI_PUPILS,
    MARJ,
    NOTABLES_RC,
    SABRI_GUNMEN,
    SABRI_HOUT,
    TERROR_GROUPS_469,
    UNITED_NATIONS,
    UNSMIL,
)
from common import CLASH, SHELL, D, E, paras_of

SLUG = "benghazi_2016_ganfouda_trapped_families"
TODAY = D("2016-11-21")
YESTERDAY = D("2016-11-20")
ARTICLE = dict(
    id="team94-469", slug=SLUG, published="2016-11-21",
    outlet="Nawafidh Libiya, a Libyan electronic newspaper published from Tunis (fictional)",
    paras=paras_of(f"469_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «تونس», a foreign capital): the army command's «safe corridor» for the trapped
        # families, announced yesterday evening with conditions (an offer: AGREE, CONCEDE also accepted; no
        # ACLED label)
        E(True, ["AGREE", "CONCEDE"], [1], "فتح", ["asserted"],
          source=LNA_COMMAND, recipient=GANFOUDA_CIVILIANS, location=GANFOUDA, date=YESTERDAY),
        # ¶2, one sentence: the Shura Council refuses the offer (named in the headline 0) and demands a sea
        # evacuation from the UN (joined with «و» and a second verb); its charge of starvation is optional
        E(True, ["REJECT"], [0, 2], "ورفض", ["asserted"],
          source=BRSC, recipient=LNA_COMMAND, location=GANFOUDA, date=YESTERDAY, tpara=2),
        E(True, ["REQUEST"], [2], "وطالب", ["asserted"],
          source=BRSC, recipient=UNITED_NATIONS, date=YESTERDAY),
        E(False, ["ACCUSE"], [2], "ومتهماً", ["asserted"],
          source=BRSC, recipient=LNA_COMMAND, date=YESTERDAY),
        # the main event, in ¶3 after the offer and the refusal: a clash on the eastern edge of Ganfouda
        # around midnight (3 soldiers killed per the al-Jala hospital; 6 per the Shura Council's media office,
        # ¶4; the funeral 17; the headline 0) → 3
        E(True, ["ASSAULT"], [0, 3, 4, 17], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=LNA_BRSC, location=GANFOUDA, date=D("2016-11-21", "day", ("2016-11-20", "2016-11-21")),
          fatalities=3, attribution=["مصدر طبي في مستشفى الجلاء", "المكتب الإعلامي للمجلس"], acled=CLASH,
          tpara=3),
        # ¶5: four families brought out over the beach by the Red Crescent yesterday at noon (RETREAT, AID
        # also accepted; no ACLED label)
        E(True, ["RETREAT", "AID"], [5], "إخراج", ["asserted"], mode="access",
          source=LIBYAN_RC, recipient=FOUR_FAMILIES, location=GANFOUDA, date=YESTERDAY),
        # paragraph 6 (the families trapped in Ganfouda: a standing situation) holds no event
        # ¶7: the army spokesman's charge that the families are held as hostages (ACCUSE); the hostage-taking
        # he alleges is optional (reported) and the council's denial an optional REJECT
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=LNA_SPOKESMAN, recipient=TERROR_GROUPS_469, date=TODAY),
        E(False, ["COERCE", "ASSAULT"], [7], "باحتجاز", ["reported"], mode="restrict",
          source=TERROR_GROUPS_469, location=GANFOUDA, date=None),
        E(False, ["REJECT"], [7], "نفاه", ["asserted"],
          source=BRSC, date=TODAY),
        # ¶8: an Egyptian worker executed two days ago, told only by pages and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute",
          source=GANFOUDA_GUNMEN, recipient=EGYPTIAN_WORKER, location=GANFOUDA,
          date=D("2016-11-19", "day", ("2016-11-18", "2016-11-20")),
          attribution=["صفحات ليبية على «فيسبوك»"]),
        # ¶9: talks in al-Marj on Wednesday (planned CONSULT); UNSMIL's readiness, told in a clause, is an
        # optional AGREE
        E(True, ["CONSULT"], [9], "يلتقي", ["planned"],
          source=NOTABLES_RC, recipient=LNA_OFFICIALS, location=MARJ, date=D("2016-11-23")),
        E(False, ["AGREE"], [9], "أبدت", ["asserted"],
          source=UNSMIL, date=None),
        # ¶10: a conditional threat (asserted); the assault it threatens is hypothetical (optional)
        E(True, ["THREATEN"], [10], "ولوّح", ["asserted"], mode="violence",
          source=GANFOUDA_COMMANDER, recipient=GANFOUDA_GUNMEN, location=GANFOUDA, date=TODAY),
        E(False, ["ASSAULT"], [10], "حسم", ["hypothetical"], mode="firearms",
          source=GANFOUDA_COMMANDER, location=GANFOUDA, date=None),
        # ¶11: eight more families could not get out (core RETREAT, negated)
        E(True, ["RETREAT"], [11], "الخروج", ["negated"], mode="access",
          source=EIGHT_FAMILIES, location=GANFOUDA, date=YESTERDAY),
        # ¶12: army shelling in al-Sabri and Souq al-Hout «من دون أن ترد معلومات عن خسائر» (asserted)
        E(True, ["ASSAULT"], [12], "قصفت", ["asserted"], mode="heavy-weapons",
          source=LNA_ARTILLERY, recipient=SABRI_GUNMEN, location=SABRI_HOUT, date=TODAY, acled=SHELL),
        # ¶13: UNSMIL («أونسميل» in quotes) calls on both sides (one REQUEST; «داعية إلى» is the same call)
        E(True, ["REQUEST"], [13], "ودعت", ["asserted"],
          source=UNSMIL, recipient=BOTH_SIDES_469, location=GANFOUDA, date=TODAY),
        # background at another place, in «وكانت … قد»: two shells on a school yard in al-Majouri on 2
        # November (2)
        E(True, ["ASSAULT"], [14], "قذيفتان", ["historical", "asserted"], mode="heavy-weapons",
          recipient=MAJOURI_PUPILS, location=MAJOURI, date=D("2016-11-02"), fatalities=2, acled=SHELL),
        # paragraph 15 (the displaced of central Benghazi: generic) holds no event
        # ¶16 (verb–subject–object): reinforcements to the Ganfouda front since dawn
        E(True, ["MOBILIZE"], [16], "تعزيزات", ["asserted"], mode="troops",
          source=LNA_COMMAND, location=GANFOUDA, date=TODAY, attribution=["مصدر عسكري"]),
        # ¶17, the funeral (shots in the air are no event), is a paragraph of the main event
    ],
)
