"""Gold of article 529: Tripoli in north Lebanon (Bab al-Tabbaneh, Jabal Mohsen, al-Qubbah, the old markets,
al-Mina, Abu Samra, al-Zahiriyah), a Beirut-based Lebanese daily newspaper's website, 2014-03-25 (Tue)."""
from actors_places import (
    ABU_SAMRA,
    ABU_SAMRA_VICTIM,
    ADP_OFFICIAL,
    CLASH_RESIDENTS,
    DAR_AL_FATWA,
    DEFENCE_COUNCIL,
    DEPLOYMENT_LINE,
    FAYHAA_GROUP,
    HIGHER_RELIEF,
    LAF,
    LAF_ISF,
    LB_SECURITY_SERVICES,
    LB_STATE,
    LB_UNKNOWN_GUNMEN,
    MINA,
    MOHSEN_WORKERS,
    QUBBAH,
    QUBBAH_VICTIMS,
    SNIPER,
    STREET_GUNMEN,
    SYRIA_STREET_FAMILIES,
    TABBANEH,
    TABBANEH_GROUPS,
    TABBANEH_MOHSEN,
    TRIPOLI_LB,
    TRIPOLI_MARKETS,
    TRIPOLI_MPS,
    TRIPOLI_TRADERS,
    WANTED_MEN,
    ZAHIRIYAH,
)
from common import ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "tripoli_2014_tabbaneh_jabal_mohsen_qubbah_sniping"
TODAY = D("2014-03-25")
YESTERDAY = D("2014-03-24")
LAST_NIGHT = D("2014-03-24", "day", ("2014-03-24", "2014-03-25"))
SINCE_YESTERDAY = D("2014-03-25", "day", ("2014-03-24", "2014-03-25"))
ARTICLE = dict(
    id="team106-529", slug=SLUG, published="2014-03-25",
    outlet="Awraq Beirut, a Beirut-based Lebanese daily newspaper's website (fictional)",
    paras=paras_of(f"529_{SLUG}.txt"),
    events=[
        # ¶1 (dateline from the town of the event, «طرابلس»; «بين مسلحين من باب التبانة وآخرين …»): a
        # night of clashes on the Syria Street axes (core ASSAULT, Armed clash, both sides as source,
        # dated with a range to publication); the shells on rooftops are part of it; the headline 0 names
        # it
        E(True, ["ASSAULT"], [0, 1], "اشتباكات", ["asserted"], mode="firearms",
          source=STREET_GUNMEN, location=TABBANEH_MOHSEN, date=LAST_NIGHT, acled=CLASH, tpara=1),
        # the main event, in ¶2 after the clashes (not first in the lead): a man and his son shot dead by
        # a sniper on the al-Qubbah road this morning (a passive «قُتل»); ¶3 the Arab Democratic Party's
        # denial (the other side), ¶7 «بعد ساعات من مقتل الرجل وابنه», ¶17 the funeral of «القتيلان» → 2
        E(True, ["ASSAULT"], [0, 2, 3, 7, 17], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=SNIPER, recipient=QUBBAH_VICTIMS, location=QUBBAH, date=TODAY, fatalities=2,
          attribution=["مصادر طبية في المستشفى الحكومي في القبة"], acled=ATTACK, tpara=2),
        # ¶3: the denial (optional REJECT), the accusation of armed groups in al-Tabbaneh (core ACCUSE;
        # «لتوريط الجبل» is its content) and the call on the army (optional REQUEST)
        E(False, ["REJECT"], [3], "نفى", ["asserted"],
          source=ADP_OFFICIAL, date=TODAY),
        E(True, ["ACCUSE"], [3], "واتهم", ["asserted"],
          source=ADP_OFFICIAL, recipient=TABBANEH_GROUPS, date=TODAY),
        E(False, ["REQUEST"], [3], "مطالباً", ["asserted"],
          source=ADP_OFFICIAL, recipient=LAF, date=TODAY),
        # ¶4 (verb–subject–object): a raid with five arrests and weapons seized in Bab al-Tabbaneh (one
        # core COERCE arrest, Arrests)
        E(True, ["COERCE"], [4], "ودهمت", ["asserted", "reported"], mode="arrest",
          source=LAF, recipient=WANTED_MEN, location=TABBANEH, date=TODAY,
          attribution=["بيان لقيادة الجيش – مديرية التوجيه"], acled=ARREST),
        # ¶5: shops closed in answer to the traders' strike call (core PROTEST strike, Peaceful protest);
        # the call itself is an optional REQUEST; schools suspending lessons is no event
        E(True, ["PROTEST"], [5], "وأقفلت", ["asserted"], mode="strike",
          source=TRIPOLI_TRADERS, location=TRIPOLI_MARKETS, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "لدعوة", ["asserted"],
          source=TRIPOLI_TRADERS, date=SINCE_YESTERDAY),
        # paragraph 6 (Syria Street: a description and a generic statement) holds no event
        # ¶7: an extra regiment deployed on the line (core MOBILIZE); the time is told after the act in
        # its own clause («، وذلك بعد ساعات من مقتل الرجل وابنه», a back-reference to the main event)
        E(True, ["MOBILIZE"], [7], "ونشرت", ["asserted"], mode="troops",
          source=LAF, location=DEPLOYMENT_LINE, date=TODAY),
        # ¶8: the security plan to start «فجر الثلاثاء المقبل» (core MOBILIZE, planned; the headline 0
        # names it); its terms are no events; the Higher Defence Council's meeting that adopted it is an
        # optional CONSULT
        E(True, ["MOBILIZE"], [0, 8], "تنفيذ", ["planned", "reported"], mode="troops",
          source=LAF_ISF, location=TRIPOLI_LB, date=D("2014-04-01"), attribution=["مصدر وزاري"], tpara=8),
        E(False, ["CONSULT"], [8], "اجتماعه", ["asserted"], mode="multilateral",
          source=DEFENCE_COUNCIL, date=YESTERDAY),
        # ¶9: a group that names itself in its statement threatens (core THREATEN; the attack it threatens
        # optional, hypothetical; its charge against the security services optional ACCUSE)
        E(True, ["THREATEN"], [9], "وهدّدت", ["asserted"], mode="violence",
          source=FAYHAA_GROUP, recipient=LB_SECURITY_SERVICES, location=TRIPOLI_LB, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [9], "استهداف", ["hypothetical"], mode="firearms",
          source=FAYHAA_GROUP, date=None),
        E(False, ["ACCUSE"], [9], "متهمةً", ["asserted"],
          source=FAYHAA_GROUP, recipient=LB_SECURITY_SERVICES, date=SINCE_YESTERDAY),
        # ¶10: two workers' abduction rumoured, neither confirmed nor denied (core ASSAULT abduct,
        # rumored, no source, no date)
        E(True, ["ASSAULT"], [10], "خطف", ["rumored"], mode="abduct",
          recipient=MOHSEN_WORKERS, location=MINA, date=None, attribution=["حسابات على مواقع التواصل"]),
        # ¶11, one sentence, two events joined with «و» and a second verb: the city's MPs and notables
        # meet «مساء أمس» (core CONSULT) and demand (core REQUEST); «داعين» is an optional second REQUEST
        E(True, ["CONSULT"], [11], "والتقى", ["asserted"], mode="multilateral",
          source=TRIPOLI_MPS, location=DAR_AL_FATWA, date=YESTERDAY),
        E(True, ["REQUEST"], [11], "وطالبوا", ["asserted"],
          source=TRIPOLI_MPS, recipient=LB_STATE, location=TRIPOLI_LB, date=YESTERDAY),
        E(False, ["REQUEST"], [11], "داعين", ["asserted"],
          source=TRIPOLI_MPS, recipient=LB_STATE, date=YESTERDAY),
        # ¶12: no curfew imposed (core COERCE curfew, negated); the call to stay indoors is an optional
        # REQUEST
        E(True, ["COERCE"], [12], "يفرض", ["negated"], mode="curfew",
          source=LAF, location=TABBANEH_MOHSEN, date=TODAY),
        E(False, ["REQUEST"], [12], "بدعوة", ["asserted"],
          source=LAF, recipient=CLASH_RESIDENTS, date=TODAY),
        # paragraph 13 (the toll of the rounds since 2008 and poverty: aggregates) holds no event
        # background at another place, in «وكان … قد»: a greengrocer shot dead in Abu Samra on 7 February
        # (core, historical, 1; «من دون أن تتمكن» negates nothing)
        E(True, ["ASSAULT"], [14], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=LB_UNKNOWN_GUNMEN, recipient=ABU_SAMRA_VICTIM, location=ABU_SAMRA, date=D("2014-02-07"),
          fatalities=1, acled=ATTACK),
        # ¶15: food parcels for families displaced from Syria Street (core AID); their flight is an
        # optional RETREAT
        E(True, ["AID"], [15], "ووزّعت", ["asserted"], mode="humanitarian",
          source=HIGHER_RELIEF, recipient=SYRIA_STREET_FAMILIES, location=ZAHIRIYAH, date=TODAY),
        E(False, ["RETREAT"], [15], "نزحت", ["asserted"], mode="withdraw",
          source=SYRIA_STREET_FAMILIES, date=None),
        # paragraph 16 (a shopkeeper's words) holds no event; ¶17, the funeral, is a paragraph of the main
        # event
    ],
)
