"""Gold of article 546: Kobani and its countryside (the eastern quarters of Kobani, a checkpoint on the road
to the Mursitpinar crossing, Mishtanour hill, Sarrin, and Suruç across the Turkish border), a Qamishli-based
Kurdish news agency's Arabic service, 2014-10-23 (Thu)."""
from actors_places import (
    AID_GROUPS_546,
    CHECKPOINT_VICTIMS,
    COALITION,
    CROSSING,
    FSA,
    ISIS_546,
    KOBANI,
    KOBANI_CHECKPOINT,
    KOBANI_DEFENDERS,
    KOBANI_EAST,
    KOBANI_FAMILIES,
    KOBANI_OFFICIAL,
    KURDISH_MUNICIPALITIES,
    MISHTANOUR,
    SARRIN,
    SURUC,
    SURUC_PROTESTERS,
    SURUC_ROUTE,
    TR_AUTHORITIES,
    TR_GENDARMERIE,
    UN_546,
    US_AIRLIFT,
    YPG_ISIS,
    YPG_SPOKESMAN,
)
from common import AIR, CLASH, MINE, RIOT, D, E, paras_of

SLUG = "aleppo_2014_kobani_mishtanour_crossing_suruc_siege"
TODAY = D("2014-10-23")
YESTERDAY = D("2014-10-22")
LAST_NIGHT = D("2014-10-22", "day", ("2014-10-22", "2014-10-23"))
SINCE_YESTERDAY = D("2014-10-23", "day", ("2014-10-22", "2014-10-23"))
ARTICLE = dict(
    id="team110-546", slug=SLUG, published="2014-10-23",
    outlet="Kaniya, a Qamishli-based Kurdish news agency's Arabic service (fictional)",
    paras=paras_of(f"546_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «كوباني», the town of the event): YPG and ISIS fighters clash street by street all
        # night in the eastern quarters of Kobani and the YPG win back buildings near the vegetable market
        # (core ASSAULT, Armed clash, both sides as source); the buildings lost early in the month are an
        # earlier act in the clause «، وذلك بعد أن» (optional, historical)
        E(True, ["ASSAULT"], [1], "اشتبك", ["asserted"], mode="firearms",
          source=YPG_ISIS, location=KOBANI_EAST, date=LAST_NIGHT, attribution=["مراسل «كانيا»"], acled=CLASH),
        E(False, ["ASSAULT", "COERCE"], [1], "خسرت", ["historical", "asserted"], mode="firearms",
          source=YPG_ISIS, location=KOBANI_EAST, date=D("2014-10-05", "week", ("2014-10-01", "2014-10-10"))),
        # the main event, in ¶2 after the clash of ¶1 (not first in the lead): a car bomb parked by ISIS men
        # and set off at a YPG checkpoint on the road to the Mursitpinar crossing; four killed per the
        # outlet's correspondent, seven per «شبكة كوباني للتوثيق» → 4 (the lowest); ¶3 the ISIS accounts'
        # version (no number), ¶17 the burial of «القتلى الأربعة»; the headline 0 names it
        E(True, ["ASSAULT"], [0, 2, 3, 17], "سيارة مفخخة", ["asserted", "reported"], mode="explosives",
          source=ISIS_546, recipient=CHECKPOINT_VICTIMS, location=KOBANI_CHECKPOINT, date=TODAY, fatalities=4,
          attribution=["مراسل «كانيا»", "«شبكة كوباني للتوثيق»"], acled=MINE, tpara=2),
        # ¶4: six coalition strikes on ISIS positions on Mishtanour hill and near the Sarrin road (one verb:
        # one event, Air/drone strike); the attackers' retreat told by a YPG commander is optional; the
        # coalition's silence negates nothing
        E(True, ["ASSAULT"], [4], "ست غارات", ["asserted"], mode="aerial",
          source=COALITION, recipient=ISIS_546, location=MISHTANOUR, date=LAST_NIGHT, acled=AIR),
        E(False, ["RETREAT"], [4], "التراجع", ["reported"], mode="withdraw",
          source=ISIS_546, location=MISHTANOUR, date=LAST_NIGHT),
        # ¶5 (and the headline): US transport aircraft drop ammunition, light arms and medicine over the
        # YPG-held quarters (core AID, military); «بهدف» gives its purpose, no event
        E(True, ["AID"], [0, 5], "وألقت", ["asserted"], mode="military",
          source=US_AIRLIFT, recipient=KOBANI_DEFENDERS, location=KOBANI, date=TODAY,
          attribution=["مسؤول في الإدارة الذاتية"], tpara=5),
        # ¶6, one sentence, two events: some fifty FSA fighters cross from Turkey through the Mursitpinar
        # crossing to join the defenders (core MOBILIZE) and some thirty families cross the other way to Suruç
        # (optional RETREAT: no actor's concession)
        E(True, ["MOBILIZE"], [6], "عبر نحو خمسين مقاتلاً", ["asserted"], mode="troops",
          source=FSA, location=CROSSING, date=LAST_NIGHT),
        E(False, ["RETREAT"], [6], "عبرت", ["asserted"], mode="withdraw",
          source=KOBANI_FAMILIES, location=SURUC_ROUTE, date=LAST_NIGHT),
        # paragraph 7 (the town and its border: a description) holds no event
        # ¶8: ISIS taking the crossing building, rumoured on pro-ISIS accounts and denied by a YPG spokesman
        # (core ASSAULT, rumored; the denial optional REJECT)
        E(True, ["ASSAULT", "COERCE"], [8], "سيطرة", ["rumored", "reported"], mode="firearms",
          source=ISIS_546, location=CROSSING, date=LAST_NIGHT, attribution=["حسابات مؤيدة للتنظيم"]),
        E(False, ["REJECT"], [8], "نفى", ["asserted"],
          source=YPG_SPOKESMAN, location=CROSSING, date=SINCE_YESTERDAY),
        # ¶9: ISIS's conditional threat in an audio recording (core THREATEN); the targeting of convoys is
        # only threatened (optional, hypothetical)
        E(True, ["THREATEN"], [9], "توعّد", ["asserted", "reported"], mode="violence",
          source=ISIS_546, location=KOBANI, date=SINCE_YESTERDAY, attribution=["مواقع مقربة منه"]),
        E(False, ["ASSAULT"], [9], "استهداف كل رتل", ["hypothetical"], mode="explosives",
          source=ISIS_546, location=KOBANI, date=None),
        # ¶10: a relief convoy of Kurdish municipalities in Turkey due «يوم السبت المقبل», if Turkey lets it
        # pass (core AID, planned)
        E(True, ["AID"], [10], "قافلة", ["planned", "hypothetical"], mode="humanitarian",
          source=KURDISH_MUNICIPALITIES, location=KOBANI, date=D("2014-10-25"),
          attribution=["عضو في لجنة الإغاثة في سروج"]),
        # ¶11, one sentence, several events: the Turkish gendarmerie disperse with tear gas a crowd of Kurds
        # near Suruç (core COERCE) after some tried to cross the fence and others threw stones (core PROTEST,
        # Riots/Violent demonstration); the eight held for hours and freed are optional
        E(True, ["COERCE", "ASSAULT"], [11], "فرّقت", ["asserted"], mode="restrict",
          source=TR_GENDARMERIE, recipient=SURUC_PROTESTERS, location=SURUC, date=YESTERDAY),
        E(True, ["PROTEST"], [11], "تجمعوا", ["asserted"], mode="riot",
          source=SURUC_PROTESTERS, location=SURUC, date=YESTERDAY, acled=RIOT),
        E(False, ["COERCE"], [11], "واحتجاز", ["asserted"], mode="arrest",
          source=TR_GENDARMERIE, recipient=SURUC_PROTESTERS, location=SURUC, date=YESTERDAY),
        E(False, ["RETREAT"], [11], "الإفراج", ["asserted"], mode="release",
          source=TR_GENDARMERIE, recipient=SURUC_PROTESTERS, location=SURUC, date=YESTERDAY),
        # ¶12: Turkey has not opened the crossing to food and fuel lorries (core RETREAT access, negated);
        # who may cross is a standing rule, no event
        E(True, ["RETREAT"], [12], "تفتح", ["negated"], mode="access",
          source=TR_AUTHORITIES, location=CROSSING, date=TODAY),
        # paragraph 13 (a displaced woman's words) holds no event
        # background at another place, in «وكان … قد»: a coalition strike on an ISIS headquarters in Sarrin
        # on 28 September (core, historical, 5; Air/drone strike)
        E(True, ["ASSAULT"], [14], "استهدفت", ["historical", "asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS_546, location=SARRIN, date=D("2014-09-28"), fatalities=5,
          attribution=["مصادر محلية"], acled=AIR),
        # ¶15, subject–verb–object with a long parenthetical: the Kobani canton official accuses Turkey
        # (core ACCUSE) and, with «و» and a second verb, asks the UN for a corridor (core REQUEST); his
        # meetings with relief organisations in Suruç are in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [15], "اتهم", ["asserted"],
          source=KOBANI_OFFICIAL, recipient=TR_AUTHORITIES, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [15], "وطالب", ["asserted"],
          source=KOBANI_OFFICIAL, recipient=UN_546, location=CROSSING, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [15], "للقاء", ["planned", "asserted"], mode="visit",
          source=KOBANI_OFFICIAL, recipient=AID_GROUPS_546, location=SURUC, date=None),
        # paragraph 16 (flight and deaths since mid-September: aggregates) holds no event; ¶17, the burial,
        # is a paragraph of the main event
    ],
)
