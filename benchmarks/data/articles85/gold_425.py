"""Gold of article 425: a truce signed between two clans in El Geneina, then the attack on Umm Sidra two days
earlier (main event), the stabbing at the market that started the feud, the revenge arson of shops and
arrests, reinforcements and a curfew, the elders' mediation, the blood money due within sixty days, young
men's refusal and demand, the first violation at Wadi Kaja, the wali's threat, a rumoured abduction of three
women, no government aid and UNAMID's water and medicine, a tribal clash in Kereinik on 4 July 2017, a
reconciliation conference due next week (West Darfur, Sudan), a Sudanese Khartoum daily newspaper's website,
2017-12-09 (Sat). Dateline «الجنينة – «الضحى»:»; the main event comes first in ¶2, after the truce; its toll
conflicts (the state police's five, the clan umda's eight → 5). Mostly about a feud between two clans."""
from actors_places import (
    AJAWEED,
    BEREAVED,
    BOTH_CLANS,
    CLAN_LEADERS,
    CONFERENCE_PARTIES,
    DISPLACED,
    DIYA_PAYERS,
    EAST_GENEINA,
    GENEINA,
    GENEINA_MARKET,
    GENEINA_OUTSKIRTS,
    HERDER,
    JABIR_YOUTH_GROUP,
    JABIR_YOUTHS,
    KEREINIK,
    MARKET_KILLER,
    MARKET_VICTIM,
    SD_AUTHORITIES,
    SD_GOV_AID,
    SD_GOV_FORCES,
    SEC_COMMITTEE,
    SEC_COMMITTEE_FORCES,
    SIX_YOUTHS,
    SULTANATE,
    THREE_WOMEN,
    UMM_SIDRA,
    UMM_SIDRA_VICTIMS,
    UNAMID,
    UNKNOWN_GUNMEN,
    VIOLATORS,
    WADI_KAJA,
    WD_POLICE,
    WD_WALI,
    ZAYED_GUNMEN,
    ZAYED_TRADERS,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, DESTRUCTION, D, E, paras_of

SLUG = "geneina_2017_kereinik_darfur"
TODAY = D("2017-12-09")
TODAY_OPEN = D("2017-12-09", "day", ("2017-12-08", "2017-12-09"))
ARTICLE = dict(
    id="team85-425", slug=SLUG, published="2017-12-09",
    outlet="al-Duha, a Sudanese Khartoum daily newspaper's website (fictional)",
    paras=paras_of(f"425_{SLUG}.txt"),
    events=[
        # ¶1: the clans' leaders sign a truce «مساء أمس الجمعة» in El Geneina (the headline names it; its
        # terms ¶9 retell it); a truce between two armed communal groups: ACLED Agreement
        E(True, ["AGREE"], [0, 1, 9], "وقّع", ["asserted"],
          source=CLAN_LEADERS, recipient=CLAN_LEADERS, location=SULTANATE, date=D("2017-12-08"),
          attribution=["أحد الموقّعين"], acled=AGREEMENT, tpara=1),
        # MAIN EVENT, first told in ¶2 (passive «وقُتل»): gunmen of Awlad Zayed attack Umm Sidra «فجر
        # الأربعاء», five killed per the state police; the Awlad Jabir umda's eight ¶3 → 5, ACLED's lowest
        # count; the headline names it. Houses burned in the same attack: optional ASSAULT destroy
        E(True, ["ASSAULT"], [0, 2, 3], "هجوم شنّه", ["asserted", "reported"], mode="firearms",
          source=ZAYED_GUNMEN, recipient=UMM_SIDRA_VICTIMS, location=UMM_SIDRA, date=D("2017-12-06"),
          fatalities=5, attribution=["شرطة الولاية", "عمدة أولاد جابر"], acled=ATTACK, tpara=2),
        E(False, ["ASSAULT"], [2], "أُحرق", ["asserted", "reported"], mode="destroy",
          source=ZAYED_GUNMEN, location=UMM_SIDRA, date=D("2017-12-06"), acled=DESTRUCTION),
        # ¶4: the spark, last Saturday at the market: a young man stabbed to death in a quarrel (a dated act
        # in a «حين» clause of the narrative: asserted, historical accepted)
        E(True, ["ASSAULT"], [4], "قُتل", ["asserted", "historical"],
          source=MARKET_KILLER, recipient=MARKET_VICTIM, location=GENEINA_MARKET, date=D("2017-12-02"),
          fatalities=1, acled=ATTACK),
        # ¶5: the revenge: Awlad Jabir youths set fire to Awlad Zayed traders' shops, police disperse them and
        # arrest six
        E(True, ["ASSAULT"], [5], "أضرم", ["asserted", "reported"], mode="destroy",
          source=JABIR_YOUTHS, recipient=ZAYED_TRADERS, location=GENEINA_MARKET, date=D("2017-12-07"),
          attribution=["بيان لشرطة الولاية"], acled=DESTRUCTION),
        E(True, ["COERCE"], [5], "وتعتقل", ["asserted", "reported"], mode="arrest",
          source=WD_POLICE, recipient=SIX_YOUTHS, location=GENEINA_MARKET, date=D("2017-12-07"),
          attribution=["بيان لشرطة الولاية"], acled=ARREST),
        # ¶6: two events joined by «و» and a second verb: reinforcements (RSF and Central Reserve) and a
        # curfew
        E(True, ["MOBILIZE"], [6], "بتعزيزات", ["asserted"], mode="troops",
          source=SEC_COMMITTEE_FORCES, location=EAST_GENEINA,
          date=D("2017-12-07", "day", ("2017-12-06", "2017-12-08"))),
        E(True, ["COERCE"], [6], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=SEC_COMMITTEE, location=GENEINA, date=D("2017-12-07", "day", ("2017-12-06", "2017-12-08"))),
        # ¶7 (El Geneina and the season described) holds no event. ¶8 («وكانت … قد», a recent act: asserted; a
        # long parenthesis between the subject and its verb): the ajaweed's shuttle mediation since Wednesday
        E(True, ["CONSULT"], [8], "تنقّلت", ["asserted"], mode="third-party",
          source=AJAWEED, recipient=BOTH_CLANS, location=GENEINA,
          date=D("2017-12-07", "day", ("2017-12-06", "2017-12-08"))),
        # ¶9: each clan to pay the blood money within sixty days (planned AID economic, like a promised
        # compensation); the terms are the agreement retold
        E(True, ["AID"], [9], "تُسدِّد", ["planned"], mode="economic",
          source=DIYA_PAYERS, recipient=BEREAVED,
          date=D("2018-01-07", "month", ("2017-12-09", "2018-02-06"))),
        # ¶10 (subject-verb-object «لكن مجموعة … أعلنت … رفضها»): young men reject the truce and demand the
        # accused be handed to the courts («مقتل شاب السوق», «الهجوم على أم سدرة» are back-references)
        E(True, ["REJECT"], [10], "رفضها", ["asserted"],
          source=JABIR_YOUTH_GROUP, date=TODAY_OPEN, attribution=["بيان تداوله ناشطون على «فيسبوك»"]),
        E(True, ["REQUEST"], [10], "وطالبت", ["asserted"],
          source=JABIR_YOUTH_GROUP, recipient=SD_AUTHORITIES, date=TODAY_OPEN,
          attribution=["بيان تداوله ناشطون على «فيسبوك»"]),
        # ¶11: the first violation, told by local sources (reported): a herder shot and wounded near Wadi Kaja
        # «صباح اليوم السبت»; the headline names it
        E(True, ["ASSAULT"], [0, 11], "أطلقوا النار", ["reported"], mode="firearms",
          source=UNKNOWN_GUNMEN, recipient=HERDER, location=WADI_KAJA, date=TODAY,
          attribution=["مصادر محلية"], acled=ATTACK, tpara=11),
        # ¶12 (an acronym in quotes «سونا»): the wali's threat; the state of emergency he waves at is
        # conditional (optional, hypothetical); the ongoing arms collection campaign optional
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted", "reported"],
          source=WD_WALI, recipient=VIOLATORS, date=TODAY_OPEN, attribution=["وكالة السودان للأنباء «سونا»"]),
        E(False, ["COERCE"], [12], "بإعلان حالة الطوارئ", ["hypothetical"], mode="restrict",
          source=WD_WALI, date=None),
        E(False, ["COERCE"], [12], "حملة جمع السلاح", ["asserted", "generic"], mode="confiscate",
          source=WD_WALI, date=None),
        # ¶13: three women abducted near Umm Sidra «مساء الخميس», told only by the town's talk; the police
        # have no report (rumoured)
        E(True, ["ASSAULT"], [13], "اختطاف", ["rumored"], mode="abduct",
          recipient=THREE_WOMEN, location=UMM_SIDRA, date=D("2017-12-07"), attribution=["مجالس المدينة"]),
        # ¶14 (an acronym in quotes «يوناميد»): no government aid has reached the displaced (negated) while
        # UNAMID supplied water and medicine
        E(True, ["AID"], [14], "مساعدات حكومية", ["negated"], mode="humanitarian",
          source=SD_GOV_AID, recipient=DISPLACED, location=GENEINA_OUTSKIRTS,
          date=D("2017-12-09", "day", ("2017-12-06", "2017-12-09")),
          attribution=["أحد مشايخ المعسكر المؤقت"]),
        E(True, ["AID"], [14], "زوّدت", ["asserted", "reported"], mode="humanitarian",
          source=UNAMID, recipient=DISPLACED, location=GENEINA_OUTSKIRTS,
          date=D("2017-12-09", "day", ("2017-12-06", "2017-12-09"))),
        # ¶15 (analysis of blood money and fragile truces) holds no event. ¶16, «وكانت … قد» at another place:
        # a tribal clash in Kereinik on 4 July, six killed (two sides, unnamed); the government forces'
        # intervention optional, historical
        E(True, ["ASSAULT"], [16], "اشتباكات قبلية", ["historical", "asserted"], mode="firearms",
          location=KEREINIK, date=D("2017-07-04"), fatalities=6, acled=CLASH),
        E(False, ["MOBILIZE"], [16], "تتدخل", ["historical"], mode="troops",
          source=SD_GOV_FORCES, location=KEREINIK, date=D("2017-07-04")),
        # ¶17: a reconciliation conference «منتصف الأسبوع المقبل» (planned CONSULT)
        E(True, ["CONSULT"], [17], "مؤتمر صلح", ["planned"], mode="multilateral",
          source=CONFERENCE_PARTIES, recipient=CONFERENCE_PARTIES, location=GENEINA,
          date=D("2017-12-13", "week", ("2017-12-12", "2017-12-14"))),
    ],
)
