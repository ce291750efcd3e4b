"""Gold of article 500: al-Jazirah (Rufaa, Tamboul and its villages, al-Hasaheisa), a Sudanese independent
news website run by journalists in exile, 2025-01-18 (Sat)."""
from actors_places import (
    DETAINEES_47,
    HAC,
    HASAHEISA,
    HOSTILE_PARTIES,
    JAZIRAH_GOVERNOR,
    NINE_MEN,
    OHCHR,
    RESISTANCE_COMMITTEES,
    RSF,
    RUFAA,
    RUFAA_CIVILIANS,
    RUFAA_DISPLACED,
    RUFAA_NOTABLES,
    SAF,
    SAF_SHIELD_RSF,
    SAF_SPOKESMAN,
    SHIELD,
    SHIELD_GUNMEN,
    TAMBOUL,
    TAMBOUL_16,
    TAMBOUL_CIVILIANS,
    TAMBOUL_TOWN,
)
from common import AIR, ATTACK, CLASH, D, E, paras_of

SLUG = "jazirah_2025_rufaa_tamboul_reprisals_aid"
TODAY = D("2025-01-18")
YESTERDAY = D("2025-01-17")
LAST_TWO_DAYS = D("2025-01-17", "day", ("2025-01-16", "2025-01-18"))
ARTICLE = dict(
    id="team100-500", slug=SLUG, published="2025-01-18",
    outlet="Difaf, a Sudanese independent news website run by journalists in exile (fictional)",
    paras=paras_of(f"500_{SLUG}.txt"),
    events=[
        # the main event, first in the lead ¶1 (no dateline: the town in the first sentence): a drone on
        # people queueing at Rufaa's water station yesterday evening, left unattributed in the lead; the
        # army spokesman blames the RSF in ¶2 (source from the blame), the RSF denies it and blames the
        # army in ¶3 (the other side); ¶17 the funeral of «القتلى الثمانية»; one count → 8
        E(True, ["ASSAULT"], [0, 1, 2, 3, 17], "استهدفت", ["asserted", "reported"], mode="aerial",
          source=RSF, recipient=RUFAA_CIVILIANS, location=RUFAA, date=YESTERDAY, fatalities=8,
          attribution=["غرفة طوارئ رفاعة", "الناطق الرسمي باسم القوات المسلحة"], acled=AIR, tpara=1),
        # the army's blame and the RSF's denial retell the main event: optional
        E(False, ["ACCUSE"], [2], "متهماً", ["asserted"],
          source=SAF_SPOKESMAN, recipient=RSF, date=TODAY),
        E(False, ["REJECT", "ACCUSE"], [3], "نفت", ["asserted"],
          source=RSF, recipient=SAF, date=TODAY),
        # ¶4 («وكانت … قد», recent background, asserted): the town retaken on Wednesday after two days
        # of fighting with the RSF (one two-sided ASSAULT, Armed clash; the headline 0 and the lead 1
        # name the retaking); the RSF's withdrawal is optional
        E(True, ["ASSAULT"], [0, 1, 4], "معارك", ["asserted"], mode="firearms",
          source=SAF_SHIELD_RSF, location=RUFAA, date=D("2025-01-14", "day", ("2025-01-13", "2025-01-15")),
          acled=CLASH, tpara=4),
        E(False, ["RETREAT"], [4], "انسحبت", ["asserted"], mode="withdraw",
          source=RSF, location=RUFAA, date=D("2025-01-15")),
        # ¶5: reprisals told by the resistance committees (reported, 11; the headline 0) and their
        # demand to the UN rights office, joined with «و» and a second verb
        E(True, ["ASSAULT"], [0, 5], "قتلوا", ["reported"], mode="execute",
          source=SHIELD_GUNMEN, recipient=TAMBOUL_CIVILIANS, location=TAMBOUL, date=LAST_TWO_DAYS,
          fatalities=11,
          attribution=["لجان المقاومة في تمبول"], acled=ATTACK, tpara=5),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=RESISTANCE_COMMITTEES, recipient=OHCHR, date=TODAY),
        # ¶6: the militia's statement denies the reprisals (core REJECT); its counter-charge is optional
        E(True, ["REJECT"], [6], "ونفت", ["asserted"],
          source=SHIELD, date=TODAY),
        E(False, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=SHIELD, recipient=HOSTILE_PARTIES, date=TODAY),
        # paragraph 7 (Rufaa: a description) holds no event
        # ¶8 (verb–subject): forty-seven detainees freed from a school the RSF used as a prison (core
        # RETREAT release); the detention and torture before it, in a clause without a time, are
        # optional and historical
        E(True, ["RETREAT"], [8], "وأطلقت", ["asserted", "reported"], mode="release",
          source=SAF, recipient=DETAINEES_47, location=RUFAA, date=YESTERDAY,
          attribution=["متطوع في غرفة الطوارئ"]),
        E(False, ["COERCE", "ASSAULT"], [8], "سجن", ["historical"], mode="arrest",
          source=RSF, location=RUFAA, date=None),
        # ¶9: the RSF's conditional threat (asserted); the strikes it threatens are hypothetical (optional)
        E(True, ["THREATEN"], [9], "وتوعّدت", ["asserted"], mode="violence",
          source=RSF, recipient=SAF, location=HASAHEISA, date=TODAY),
        E(False, ["ASSAULT"], [9], "باستهداف", ["hypothetical"], mode="aerial",
          source=RSF, location=HASAHEISA, date=None),
        # ¶10, one sentence, two core events: the first aid convoy reached Rufaa this morning (AID) and
        # a second one is due in Tamboul on Monday (planned AID)
        E(True, ["AID"], [10], "قافلة", ["asserted"], mode="humanitarian",
          source=HAC, location=RUFAA, date=TODAY),
        E(True, ["AID"], [10], "قافلة", ["planned"], mode="humanitarian",
          source=HAC, location=TAMBOUL_TOWN, date=D("2025-01-20"), occ=1),
        # ¶11: an RSF withdrawal from al-Hasaheisa rumoured, unconfirmed
        E(True, ["RETREAT"], [11], "سحب", ["rumored"], mode="withdraw",
          source=RSF, location=HASAHEISA, date=LAST_TWO_DAYS, attribution=["مصادر محلية في الحصاحيصا"]),
        # ¶12: nine men not released by the militia (core RETREAT, negated); their seizure on Thursday,
        # told by their families, is optional (reported)
        E(True, ["RETREAT"], [12], "تُطلق", ["negated"], mode="release",
          source=SHIELD, recipient=NINE_MEN, location=TAMBOUL, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [12], "اقتادوهم", ["reported"], mode="abduct",
          source=SHIELD, recipient=NINE_MEN, location=TAMBOUL, date=D("2025-01-16")),
        # paragraph 13 (al-Jazirah's farmland: generic) holds no event
        # background at another place, in «وكانت … قد»: the RSF attack on Tamboul on 21 October (16)
        E(True, ["ASSAULT"], [14], "هاجمت", ["historical", "asserted"], mode="firearms",
          source=RSF, recipient=TAMBOUL_16, location=TAMBOUL_TOWN, date=D("2024-10-21"), fatalities=16,
          attribution=["منظمات محلية"], acled=ATTACK),
        # ¶15: the acting governor's visit to Rufaa (office holder by title only); the meeting with the
        # notables in the same visit is an optional CONSULT (the seed keeps a tour and a meeting apart),
        # and his pledge and his call to the displaced are optional
        E(True, ["CONSULT"], [15], "وزار", ["asserted"], mode="visit",
          source=JAZIRAH_GOVERNOR, recipient=RUFAA_NOTABLES, location=RUFAA, date=TODAY),
        E(False, ["CONSULT"], [15], "والتقى", ["asserted"],
          source=JAZIRAH_GOVERNOR, recipient=RUFAA_NOTABLES, location=RUFAA, date=TODAY),
        E(False, ["AGREE"], [15], "متعهداً", ["asserted"],
          source=JAZIRAH_GOVERNOR, location=RUFAA, date=TODAY),
        E(False, ["REQUEST"], [15], "وداعياً", ["asserted"],
          source=JAZIRAH_GOVERNOR, recipient=RUFAA_DISPLACED, date=TODAY),
        # paragraph 16 (a woman's words) holds no event; ¶17, the funeral, is a paragraph of the main event
    ],
)
