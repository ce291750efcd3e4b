"""Gold of article 675: a drone strike on a depot by the shore in al-Zawiya (main event, told first in the
lead; three dead), no halt to the strikes announced (negated), a second strike on a boat at al-Maya, the
defence ministry's warning in a letter to the municipal council, the town's MPs' accusation, the 5+5
ceasefire signed in Geneva in October 2020, a rally in Martyrs' Square, the council's suspension of its part
in the reconciliation committee, migrants held in al-Harsha, a deal over wanted men (rumoured), a Presidential
Council delegation due on Friday (planned), the UN mission's call, Zuwara's endorsement and security vehicles
at the southern gate (al-Zawiya, Libya), a Zuwara-based Libyan Amazigh community news website, 2023-05-30
(Tue). Dateline: the outlet's home town along the coast from the town of the event."""
from actors_places import (
    ALL_PARTIES_675,
    ANTI_MIGRATION,
    COUNCIL_MEMBERS,
    DEAL_675,
    DEPUTY_DEF_MIN,
    GENEVA,
    GNU,
    GNU_DRONE,
    GNU_DRONES,
    GNU_PM,
    HARSHA,
    JMC,
    MARTYRS_SQUARE,
    MAYA,
    MIGRANTS,
    OLD_MARKET_675,
    PC_DELEGATION,
    PRES_COUNCIL,
    RECONCILIATION,
    SSA,
    UNSMIL,
    WANTED_675,
    WEST_MUNICIPALITIES,
    ZAWIYA,
    ZAWIYA_COAST,
    ZAWIYA_COUNCIL,
    ZAWIYA_MPS,
    ZAWIYA_NOTABLES,
    ZAWIYA_PROTESTERS,
    ZAWIYA_SOUTH_GATE,
    ZAWIYA_TRADERS,
    ZAWIYA_VICTIMS,
    ZUWARA,
    ZUWARA_COUNCIL,
)
from common import AGREEMENT, AIR, ARREST, PEACEFUL, D, E, paras_of

SLUG = "zawiya_2023_maya_zuwara"
YESTERDAY = D("2023-05-29")
TODAY = D("2023-05-30")
TODAY_OR_EVE = D("2023-05-30", "day", ("2023-05-29", "2023-05-30"))
ARTICLE = dict(
    id="team135-675", slug=SLUG, published="2023-05-30",
    outlet="Asif Press, a Zuwara-based Libyan Amazigh community news website (fictional)",
    paras=paras_of(f"675_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead (dateline, verb first): the drone strike on a depot by the shore;
        # the headline and a neighbour's account ¶2 (3, one count; the ministry's version in the same lines)
        E(True, ["ASSAULT"], [0, 1, 2], "استهدفت", ["asserted"], mode="aerial", source=GNU_DRONE,
          recipient=ZAWIYA_VICTIMS, location=ZAWIYA_COAST, date=YESTERDAY, fatalities=3,
          attribution=["أقاربه", "وزارة الدفاع في الحكومة"], acled=AIR, tpara=1),
        # ¶3: no halt to the strikes announced (negated); the council's written request optional
        E(True, ["CONCEDE"], [3], "وقف", ["negated"], source=GNU, location=ZAWIYA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [3], "طلب", ["asserted"], source=ZAWIYA_COUNCIL, recipient=GNU, date=YESTERDAY),
        # ¶4 (verb first): a second strike on a speedboat in the fishing port of al-Maya, nobody hurt
        E(True, ["ASSAULT"], [4], "ضربة", ["asserted"], mode="aerial", source=GNU_DRONES, location=MAYA,
          date=YESTERDAY, attribution=["صيادون"], acled=AIR),
        # ¶5 (adverbial first): the warning in a letter to the municipal council; the strikes it says will go
        # on optional (hypothetical: a condition follows)
        E(True, ["THREATEN"], [5], "حذّر", ["asserted"], mode="violence", source=DEPUTY_DEF_MIN,
          recipient=ZAWIYA_COUNCIL, location=ZAWIYA, date=TODAY_OR_EVE, attribution=["عضو في المجلس"]),
        E(False, ["ASSAULT"], [5], "ستتواصل", ["hypothetical", "planned"], mode="aerial", source=GNU,
          recipient=WANTED_675, location=ZAWIYA, date=None),
        # ¶6: the town's MPs accuse the prime minister
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"], source=ZAWIYA_MPS, recipient=GNU_PM, location=ZAWIYA,
          date=TODAY_OR_EVE),
        # ¶7, «وكان … قد» at another place: the 5+5 ceasefire signed in Geneva on 23 October 2020 (core,
        # historical)
        E(True, ["AGREE"], [7], "وقّعت", ["historical", "asserted"], source=JMC, recipient=JMC,
          location=GENEVA, date=D("2020-10-23"), acled=AGREEMENT),
        # ¶8: the rally in Martyrs' Square; its demand and the traders' two-hour strike optional
        E(True, ["PROTEST"], [8], "واحتشد", ["asserted"], mode="demo", source=ZAWIYA_PROTESTERS,
          location=MARTYRS_SQUARE, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [8], "وطالبوا", ["asserted"], source=ZAWIYA_PROTESTERS, recipient=PRES_COUNCIL,
          location=MARTYRS_SQUARE, date=YESTERDAY),
        E(False, ["PROTEST"], [8], "أغلق", ["asserted"], mode="strike", source=ZAWIYA_TRADERS,
          location=OLD_MARKET_675, date=YESTERDAY, acled=PEACEFUL),
        # ¶9 (verb first): the councillors suspend their part in the reconciliation committee; their call
        # optional
        E(True, ["SANCTION", "REJECT"], [9], "وعلّق", ["asserted"], mode="withdraw", source=COUNCIL_MEMBERS,
          recipient=RECONCILIATION, location=ZAWIYA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [9], "ودعوا", ["asserted"], source=COUNCIL_MEMBERS,
          recipient=WEST_MUNICIPALITIES, date=TODAY_OR_EVE),
        # ¶10 (the refinery town) holds no event. ¶11 (verb first): eighty-seven migrants held in al-Harsha;
        # their deportation optional (planned)
        E(True, ["COERCE"], [11], "واعتقل", ["asserted"], mode="arrest", source=ANTI_MIGRATION,
          recipient=MIGRANTS, location=HARSHA, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [11], "سيُرحّلون", ["planned"], mode="deport", source=ANTI_MIGRATION,
          recipient=MIGRANTS, date=None),
        # ¶12: a deal over wanted men, told in whispers by notables (rumoured; a silence closes it); the
        # messages carried by mediators optional
        E(True, ["AGREE"], [12], "بصفقة", ["rumored", "reported"], source=DEAL_675, recipient=DEAL_675,
          location=ZAWIYA, date=None, attribution=["وجهاء في الزاوية"], acled=AGREEMENT),
        E(False, ["CONSULT"], [12], "نقلوا", ["rumored", "reported"], mode="third-party", source=DEAL_675,
          recipient=DEAL_675, location=ZAWIYA, date=None),
        # ¶13: a Presidential Council delegation «يوم الجمعة المقبل» (planned; a present tense)
        E(True, ["CONSULT"], [13], "ويزور", ["planned"], mode="visit", source=PC_DELEGATION,
          recipient=ZAWIYA_NOTABLES, location=ZAWIYA, date=D("2023-06-02")),
        # ¶14 (a fisherman's words, a quotation first) holds no event. ¶15: the UN mission's call (a relative
        # clause between the verb and its object); its demand for an inquiry optional
        E(True, ["REQUEST"], [15], "ودعت", ["asserted"], source=UNSMIL, recipient=ALL_PARTIES_675,
          location=ZAWIYA, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [15], "مطالبة", ["asserted"], source=UNSMIL, location=ZAWIYA,
          date=TODAY_OR_EVE),
        # ¶16: Zuwara's council endorses the campaign
        E(True, ["SUPPORT"], [16], "تأييده", ["asserted"], source=ZUWARA_COUNCIL, location=ZUWARA,
          date=TODAY_OR_EVE),
        # ¶17 (the shortest): security vehicles at the southern gate last night
        E(True, ["MOBILIZE"], [17], "وانتشرت", ["asserted"], mode="troops", source=SSA,
          location=ZAWIYA_SOUTH_GATE, date=YESTERDAY),
    ],
)
