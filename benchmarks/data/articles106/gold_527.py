"""Gold of article 527: the northern Hama countryside (Morek, Lahaya and al-Zakah, Maarkaba, Qalaat al-Madiq),
an Istanbul-based Syrian opposition satellite TV channel's website, 2019-05-23 (Thu)."""
from actors_places import (
    AID_ORGANISATIONS,
    ASSAD_FORCES,
    DURUB_AL_AMAL,
    HAMA_COUNTER,
    HAMA_FACTIONS,
    HAMA_FRONT,
    HAMA_NORTH,
    HMEIMIM,
    HTS,
    IZZA_COMMANDER,
    LAHAYA_ZAKAH,
    MAARKABA,
    MADIQ_VICTIMS,
    MOREK,
    MOREK_COUNCIL,
    MOREK_DISPLACED,
    MOREK_FAMILIES,
    MOREK_HAMA,
    MOREK_VICTIMS,
    NFL_DELEGATION,
    NFL_SPOKESMAN,
    QALAAT_MADIQ,
    REGIME_AND_RU_AIR,
    REGIME_HELICOPTERS,
    RU_AIR,
    RUSSIA,
    SY_COALITION,
    TALL_SAKHR,
    TURKISH_FORCES,
    TURKISH_OFFICERS,
    UNSC,
    WHITE_HELMETS,
    ZAKAH,
)
from common import AIR, CLASH, D, E, paras_of

SLUG = "hama_2019_morek_maarkaba_zakah_hospital_raids"
TODAY = D("2019-05-23")
LAST_NIGHT = D("2019-05-22", "day", ("2019-05-22", "2019-05-23"))
SINCE_YESTERDAY = D("2019-05-23", "day", ("2019-05-22", "2019-05-23"))
ARTICLE = dict(
    id="team106-527", slug=SLUG, published="2019-05-23",
    outlet="al-Asi, an Istanbul-based Syrian opposition satellite TV channel's website (fictional)",
    paras=paras_of(f"527_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline: «في بلدة مورك» in the first sentence): a Russian
        # jet's strike on the surgical hospital of Morek «ليل أمس الأربعاء», four killed (a passive
        # «قُتل»);
        # ¶3 the Russian base's denial (the side accused), ¶15 the Coalition's condemnation of the strike
        # on «مستشفى مورك», ¶17 the funeral of «القتلى الأربعة» → 4
        E(True, ["ASSAULT"], [0, 1, 3, 15, 17], "غارة", ["asserted", "reported"], mode="aerial",
          source=RU_AIR, recipient=MOREK_VICTIMS, location=MOREK_HAMA, date=LAST_NIGHT, fatalities=4,
          attribution=["مديرية صحة حماة الحرة"], acled=AIR, tpara=1),
        # ¶2: government forces enter Lahaya and al-Zakah after clashes with the factions (one fight: core
        # ASSAULT, Armed clash, both sides as source; COERCE also accepted); the headline 0 names it; the
        # silence on the attackers' dead negates nothing
        E(True, ["ASSAULT", "COERCE"], [0, 2], "دخلت", ["asserted"], mode="firearms",
          source=HAMA_FRONT, location=LAHAYA_ZAKAH, date=LAST_NIGHT, acled=CLASH, tpara=2),
        # ¶3 («في المقابل»): the Hmeimim base denies the strike (optional REJECT) and accuses the White
        # Helmets of staging scenes (core ACCUSE, reported); «بهدف تأليب …» is its content, and «من دون
        # أن» negates nothing
        E(False, ["REJECT"], [3], "نفت", ["reported", "asserted"],
          source=HMEIMIM, date=SINCE_YESTERDAY),
        E(True, ["ACCUSE"], [3], "واتهمت", ["reported", "asserted"],
          source=HMEIMIM, recipient=WHITE_HELMETS, date=SINCE_YESTERDAY,
          attribution=["بيان نقلته وسائل إعلام النظام"]),
        # ¶4: the second raid of the same night, barrel bombs on Maarkaba (core ASSAULT, Air/drone strike;
        # no one hurt: «من دون أن تُسجَّل إصابات» negates nothing); the three raids of the week are an
        # aggregate
        E(True, ["ASSAULT"], [4], "غارة ثانية", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELICOPTERS, location=MAARKABA, date=LAST_NIGHT, attribution=["مراسل «العاصي»"],
          acled=AIR),
        # ¶5: families fleeing north (optional RETREAT: no actor's concession) and the local council's
        # appeal (core REQUEST); the time is told after the act in its own clause («، وذلك بعد أن امتلأت
        # …»)
        E(False, ["RETREAT"], [5], "النزوح", ["asserted"], mode="withdraw",
          source=MOREK_FAMILIES, location=MOREK, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [5], "ناشد", ["asserted"],
          source=MOREK_COUNCIL, recipient=AID_ORGANISATIONS, location=MOREK, date=TODAY),
        # ¶6 (verb–subject–object), one sentence, two events joined with «و» and a second verb: the
        # factions' delegation meets Turkish officers at the observation post (core CONSULT) and asks for
        # a firm stand (core REQUEST)
        E(True, ["CONSULT"], [6], "وبحث", ["asserted", "reported"], mode="visit",
          source=NFL_DELEGATION, recipient=TURKISH_OFFICERS, location=MOREK, date=TODAY,
          attribution=["مصدر عسكري في الجبهة"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted", "reported"],
          source=NFL_DELEGATION, recipient=TURKISH_OFFICERS, location=MOREK, date=TODAY,
          attribution=["مصدر عسكري في الجبهة"]),
        # paragraph 7 (Morek: a description) holds no event
        # ¶8: the capture of Tall al-Sakhr rumoured by loyalist pages and denied (core COERCE seize,
        # rumored, no date; ASSAULT also accepted); the spokesman's denial is an optional REJECT («مقاتلي
        # الجبهة»)
        E(True, ["COERCE", "ASSAULT"], [8], "سيطرة", ["rumored"], mode="seize",
          source=ASSAD_FORCES, location=TALL_SAKHR, date=None, attribution=["صفحات موالية"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=NFL_SPOKESMAN, date=TODAY),
        # ¶9 (verb–subject–object), one sentence, two events: the factions' counter-attack on al-Zakah
        # before dawn (core ASSAULT, Armed clash, both sides as source) and HTS reinforcements arriving
        # (core MOBILIZE, the possessive «مقاتلي «هيئة تحرير الشام»»)
        E(True, ["ASSAULT"], [9], "هجوماً معاكساً", ["asserted"], mode="firearms",
          source=HAMA_COUNTER, location=ZAKAH, date=TODAY, acled=CLASH),
        E(True, ["MOBILIZE"], [9], "وصول تعزيزات", ["asserted"], mode="troops",
          source=HTS, location=HAMA_NORTH, date=TODAY),
        # ¶10: a Jaysh al-Izza commander's conditional threat (core THREATEN; the battle carried into
        # government areas optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=IZZA_COMMANDER, recipient=REGIME_AND_RU_AIR, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [10], "نقل المعركة", ["hypothetical"], mode="firearms",
          source=HAMA_FACTIONS, date=None),
        # ¶11: food baskets and tents due «يوم السبت المقبل» (core AID, planned)
        E(True, ["AID"], [11], "يوزّع", ["planned", "reported"], mode="humanitarian",
          source=DURUB_AL_AMAL, recipient=MOREK_DISPLACED, date=D("2019-05-25")),
        # ¶12: the Turkish forces have not withdrawn from their post in Morek (core RETREAT, negated)
        E(True, ["RETREAT"], [12], "تنسحب", ["negated"], mode="withdraw",
          source=TURKISH_FORCES, location=MOREK, date=TODAY),
        # paragraph 13 (raids, medical sites and the displaced counted since the start of the month:
        # aggregates) holds no event
        # background at another place, in «وكانت … قد»: a Russian strike on a market in Qalaat al-Madiq on
        # 28 April (core, historical, 5)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=RU_AIR, recipient=MADIQ_VICTIMS, location=QALAAT_MADIQ, date=D("2019-04-28"), fatalities=5,
          acled=AIR),
        # ¶15: the Coalition condemns the strike on the hospital (core ACCUSE, a paragraph of the main
        # event) and asks the Security Council to refer the file (optional REQUEST)
        E(True, ["ACCUSE"], [15], "ودان", ["asserted"],
          source=SY_COALITION, recipient=RUSSIA, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=SY_COALITION, recipient=UNSC, date=SINCE_YESTERDAY),
        # paragraph 16 (a farmer's words) holds no event; ¶17, the funeral, is a paragraph of the main
        # event
    ],
)
