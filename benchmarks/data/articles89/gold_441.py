"""Gold of article 441: the assassination of the head of al-Rastan's city council by a sticky bomb under his
car (main event, told first in the lead; one toll), the Military Security cordon and police reinforcements,
the governor's condolence visit, accusation and threat, the activists' counter-accusation, a raid with five
arrests and no release, the family's reward, a doubted claim on Telegram, a rumoured threat received two
weeks earlier, the council's extraordinary session due on Thursday, the Baath condemnation, the funeral, and
gunmen on a motorbike who killed the mukhtar of Talbiseh on 2 August 2023 (Homs, Syria), a Syrian opposition
news website, 2023-09-12 (Tue). Dateline «الرستن – «عين العاصي»:»."""
from actors_places import (
    AFI_GROUP,
    BAATH_HOMS,
    CORDON,
    COUNCIL_SESSION,
    FIVE_YOUTHS,
    HOMS_GOVERNOR,
    HOMS_POLICE,
    MIL_SECURITY,
    MOTORBIKE_GUNMEN,
    MOURNERS,
    PERPETRATORS,
    RASTAN,
    RASTAN_ENTRANCES,
    RASTAN_FAMILY,
    RASTAN_GATHERING,
    RASTAN_HEAD,
    RASTAN_HOUSES,
    RASTAN_NORTH,
    RASTAN_RESIDENTS,
    RASTAN_WEST,
    TALBISEH,
    TALBISEH_MUKHTAR,
    TELEGRAM_CHANNEL,
    TERROR_CELLS,
)
from common import ARREST, ATTACK, MINE, D, E, paras_of

SLUG = "rastan_2023_homs_talbiseh"
TODAY = D("2023-09-12")
ARTICLE = dict(
    id="team89-441", slug=SLUG, published="2023-09-12",
    outlet="Ayn al-Asi, a Syrian opposition news website (fictional)",
    paras=paras_of(f"441_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead: the sticky bomb under the council head's car this morning; the
        # neighbour's account with the time in its own clause ¶2, the state agency's retelling ¶3, the
        # doubted Telegram claim ¶9 (no perpetrator is kept: the claim is doubted and the state's
        # «terrorists» name nobody), the funeral ¶14; the headline names it. One toll (the head killed, his
        # companion hurt)
        E(True, ["ASSAULT"], [0, 1, 2, 3, 9, 14], "بانفجار عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=RASTAN_HEAD, location=RASTAN_WEST, date=TODAY, fatalities=1,
          attribution=["مراسل «عين العاصي»", "جار للراحل", "وكالة «سانا»", "قناة «سرايا العاصي»"],
          acled=MINE, tpara=1),
        # ¶4: the cordon (optional COERCE restrict) and the police reinforcements at the entrances
        # (MOBILIZE)
        E(False, ["COERCE"], [4], "وطوّقت", ["asserted"], mode="restrict",
          source=CORDON, location=RASTAN_WEST, date=TODAY),
        E(True, ["MOBILIZE"], [4], "استقدمت", ["asserted", "reported"], mode="police",
          source=HOMS_POLICE, location=RASTAN_ENTRANCES, date=TODAY,
          attribution=["صفحات إخبارية موالية للحكومة"]),
        # ¶5: subject, long parenthesis, verb: the governor's condolence visit (CONSULT visit), his
        # accusation of «terrorist cells» and his threat to the perpetrators
        E(True, ["CONSULT"], [5], "وصل", ["asserted"], mode="visit",
          source=HOMS_GOVERNOR, recipient=RASTAN_FAMILY, location=RASTAN_WEST, date=TODAY),
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=HOMS_GOVERNOR, recipient=TERROR_CELLS, date=TODAY),
        E(True, ["THREATEN"], [5], "متوعداً", ["asserted"], mode="arrest",
          source=HOMS_GOVERNOR, recipient=PERPETRATORS, date=TODAY),
        # ¶6: the accusations traded: the activists blame a group linked to Air Force Intelligence; the
        # victim's past refusal is optional (historical, undated)
        E(True, ["ACCUSE"], [6], "حمّل", ["asserted", "reported"],
          source=RASTAN_GATHERING, recipient=AFI_GROUP, date=TODAY,
          attribution=["بيان نشره على صفحته"]),
        E(False, ["REJECT"], [6], "ورفض", ["historical"],
          source=RASTAN_HEAD, recipient=AFI_GROUP, date=None),
        # ¶7: verb-subject-object, two events joined with «و» and a second verb: the raid (optional) and the
        # arrest of five; none released (RETREAT, negated)
        E(False, ["COERCE"], [7], "وداهمت", ["asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=RASTAN_HOUSES, location=RASTAN_NORTH, date=TODAY),
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted"], mode="arrest",
          source=MIL_SECURITY, recipient=FIVE_YOUTHS, location=RASTAN_NORTH, date=TODAY, acled=ARREST),
        E(True, ["RETREAT"], [7], "تُفرج", ["negated"], mode="release",
          source=MIL_SECURITY, recipient=FIVE_YOUTHS, location=RASTAN, date=TODAY),
        # ¶8: the family's reward for information (an appeal with a promise: REQUEST, AGREE accepted); its
        # call to the townspeople optional
        E(True, ["REQUEST", "AGREE"], [8], "مكافأة", ["asserted"],
          source=RASTAN_FAMILY, recipient=RASTAN_RESIDENTS, location=RASTAN, date=TODAY,
          attribution=["بيان تلاه أحد وجهائها"]),
        E(False, ["REQUEST"], [8], "داعيةً", ["asserted"],
          source=RASTAN_FAMILY, recipient=RASTAN_RESIDENTS, date=TODAY),
        # ¶9: the Telegram channel's threat of more attacks (optional: a doubted claim)
        E(False, ["THREATEN"], [9], "متوعدةً", ["rumored", "reported"], mode="violence",
          source=TELEGRAM_CHANNEL, date=TODAY),
        # ¶10: a threat the victim reportedly received about two weeks earlier (rumoured, unverified); its
        # demand to resign optional
        E(True, ["THREATEN"], [10], "رسالة تهديد", ["rumored", "reported"], mode="violence",
          recipient=RASTAN_HEAD, location=RASTAN,
          date=D("2023-08-29", "week", ("2023-08-22", "2023-09-05")), attribution=["مصادر أهلية"]),
        E(False, ["REQUEST"], [10], "تطالبه", ["rumored"], recipient=RASTAN_HEAD, date=None),
        # ¶11 (al-Rastan described) holds no event. ¶12: the council's extraordinary session on Thursday
        E(True, ["CONSULT"], [12], "جلسة استثنائية", ["planned"],
          source=COUNCIL_SESSION, recipient=COUNCIL_SESSION, location=RASTAN, date=D("2023-09-14"),
          attribution=["أمين سر المجلس"]),
        # ¶13: the Baath condemnation (nobody named) and its praise of the victim, both optional
        E(False, ["ACCUSE"], [13], "ودان", ["asserted"], source=BAATH_HOMS, date=TODAY),
        E(False, ["SUPPORT"], [13], "واصفاً", ["asserted"], source=BAATH_HOMS, recipient=RASTAN_HEAD,
          date=TODAY),
        # ¶14: the funeral belongs to the main event; the mourners' chants and the deployment on the roofs
        # are optional
        E(False, ["REQUEST", "PROTEST"], [14], "هتافات", ["asserted"], source=MOURNERS, location=RASTAN,
          date=TODAY),
        E(False, ["MOBILIZE"], [14], "انتشر", ["asserted"], mode="police", source=MIL_SECURITY,
          location=RASTAN,
          date=TODAY),
        # ¶15 (analysis) holds no event. ¶16, «وكان … قد» at another place: two gunmen on a motorbike shot
        # the mukhtar of Talbiseh on 2 August (the fortieth-day mourning yesterday is a retelling, no event)
        E(True, ["ASSAULT"], [16], "أطلقا النار", ["historical", "asserted"], mode="firearms",
          source=MOTORBIKE_GUNMEN, recipient=TALBISEH_MUKHTAR, location=TALBISEH, date=D("2023-08-02"),
          fatalities=1, acled=ATTACK),
    ],
)
