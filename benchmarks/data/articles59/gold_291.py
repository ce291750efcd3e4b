"""Gold of article 291: Banias and al-Bayda (Tartus, Syria), Tartus and Jableh, an opposition news site of
the Syrian coast, 2011-08-13 (Sat). Mostly about protests, arrests and detainees."""
from actors_places import (
    BANIAS,
    BANIAS_BAYDA,
    BANIAS_CC,
    BANIAS_COURT,
    BANIAS_NOTABLES,
    BANIAS_PROTESTERS,
    BANIAS_RELEASED,
    BANIAS_RESIDENTS,
    BANIAS_SEC_CHIEF,
    BAYDA,
    BAYDA_DETAINEES,
    BAYDA_PREACHER,
    BAYDA_SHOPS,
    BAYDA_TROOPS,
    BAYDA_WOMEN,
    INTL_ORGS,
    JABLEH,
    JABLEH_SNIPER,
    JABLEH_VICTIM,
    RAS_AL_NABEH,
    SY_ARMY_2011,
    SY_POL_SEC,
    SY_POLICE_2011,
    SY_SECURITY_2011,
    TARTUS_BRANCH,
)
from common import ARREST, ATTACK, DESTRUCTION, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "banias_2011_bayda_ras_al_nabeh_tartus_jableh"
TODAY = D("2011-08-13")
YESTERDAY = D("2011-08-12")
ARTICLE = dict(
    id="team59-291", slug=SLUG, published="2011-08-13",
    outlet="Mirat al-Sahel opposition news site of the Syrian coast (fictional)",
    paras=paras_of(f"291_{SLUG}.txt"),
    events=[
        # the security men's fire on the night demonstration in Ras al-Nabeh «ليل أمس الجمعة»: headline 0 (no
        # number), lead 1 (the coordination committee: five), the state agency's version 5 («مسلحين» on the
        # roofs, one policeman wounded, no dead: a retelling, not another attack) and the follow-up 7 (a
        # demonstrator; a nurse: four bodies; the Observatory: three by name) → 5 vs 4 vs 3 → 3
        E(True, ["ASSAULT"], [0, 1, 5, 7], "فتحت", ["asserted", "reported"], mode="firearms",
          source=SY_SECURITY_2011, recipient=BANIAS_PROTESTERS, location=RAS_AL_NABEH, date=YESTERDAY,
          fatalities=3,
          attribution=["تنسيقية مدينة بانياس", "الوكالة العربية السورية للأنباء «سانا»",
                       "أحد المشاركين في المظاهرة", "ممرضة تعمل في مستوصف ميداني",
                       "المرصد السوري لحقوق الإنسان"], acled=EXCESSIVE, tpara=1),
        # the demonstration itself (ACLED codes it at the highest type, the excessive force above); what the
        # marchers chanted for (the detainees' release) is optional
        E(True, ["PROTEST"], [0, 1], "مظاهرة", ["asserted", "reported"], mode="demo",
          source=BANIAS_PROTESTERS, location=RAS_AL_NABEH, date=YESTERDAY,
          attribution=["تنسيقية مدينة بانياس"], tpara=1),
        E(False, ["REQUEST"], [1], "ويطالبون", ["asserted"],
          source=BANIAS_PROTESTERS, location=RAS_AL_NABEH, date=YESTERDAY),
        # the dawn raid on al-Bayda and the arrest of at least sixty (one event: the raid and its arrests;
        # the buses to an unknown place are part of it)
        E(True, ["COERCE"], [0, 2], "اعتُقل", ["asserted", "reported"], mode="arrest",
          source=BAYDA_TROOPS, recipient=BAYDA_DETAINEES, location=BAYDA, date=TODAY,
          attribution=["أحد سكانها"], acled=ARREST, tpara=2),
        # the same troops: the detainees trampled (optional, within the arrests), the shops and motorbikes set
        # on fire (core), power and telephones cut (optional)
        E(False, ["ASSAULT", "COERCE"], [3], "وداسوا", ["reported", "asserted"], mode="beat",
          source=BAYDA_TROOPS, recipient=BAYDA_DETAINEES, location=BAYDA, date=TODAY),
        E(True, ["ASSAULT"], [3], "أضرمت النار", ["reported", "asserted"], mode="destroy",
          source=BAYDA_TROOPS, recipient=BAYDA_SHOPS, location=BAYDA, date=TODAY, attribution=["ناشطون"],
          acled=DESTRUCTION),
        E(False, ["COERCE"], [3], "وقطعت", ["reported", "asserted"], mode="restrict",
          source=BAYDA_TROOPS, location=BAYDA, date=TODAY),
        # paragraph 4 (Banias on the coast road, its refinery and quarters) holds no event
        # the committee's statement: blame (ACCUSE), demand to the international organisations (REQUEST), and
        # the general strike it calls for tomorrow (planned; the call itself optional); «لمعرفة أماكن
        # احتجازهم» is the demand's content
        E(True, ["ACCUSE"], [6], "وحمّلت", ["asserted"],
          source=BANIAS_CC, recipient=SY_SECURITY_2011, location=BANIAS, date=TODAY,
          attribution=["بيان نشرته على صفحتها في «فيسبوك»"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=BANIAS_CC, recipient=INTL_ORGS, date=TODAY,
          attribution=["بيان نشرته على صفحتها في «فيسبوك»"]),
        E(True, ["PROTEST"], [6], "إضراب عام", ["planned"], mode="strike",
          source=BANIAS_RESIDENTS, location=BANIAS, date=D("2011-08-14")),
        E(False, ["REQUEST"], [6], "داعيةً", ["asserted"],
          source=BANIAS_CC, recipient=BANIAS_RESIDENTS, location=BANIAS, date=TODAY),
        # the preacher of al-Bayda's mosque arrested: rumoured on opposition pages, denied by his son
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          recipient=BAYDA_PREACHER, location=BAYDA, date=TODAY,
          attribution=["صفحات معارضة على «فيسبوك»", "أحد أبنائه"], acled=ARREST),
        # one sentence: the security chief's meeting with the notables (CONSULT), his demand for lists of
        # «instigators» (REQUEST) and his conditional threat (made: asserted); the storming house by house
        # optional, hypothetical
        E(True, ["CONSULT"], [9], "والتقى", ["asserted", "reported"], mode="visit",
          source=BANIAS_SEC_CHIEF, recipient=BANIAS_NOTABLES, location=BANIAS, date=TODAY,
          attribution=["اثنان من الحاضرين"]),
        E(True, ["REQUEST"], [9], "وطالبهم", ["asserted", "reported"],
          source=BANIAS_SEC_CHIEF, recipient=BANIAS_NOTABLES, location=BANIAS, date=TODAY,
          attribution=["اثنان من الحاضرين"]),
        E(True, ["THREATEN"], [9], "ملوّحاً", ["asserted", "reported"], mode="violence",
          source=BANIAS_SEC_CHIEF, recipient=BANIAS_NOTABLES, location=BANIAS, date=TODAY,
          attribution=["اثنان من الحاضرين"]),
        E(False, ["COERCE", "ASSAULT"], [9], "سيدخل الأحياء", ["hypothetical"], mode="arrest",
          source=SY_ARMY_2011, location=BANIAS, date=None),
        # fourteen young men of Banias released «مساء أمس» (passive «أُفرج», carried out: RETREAT); their weeks
        # in the cell and the interrogation are no new event
        E(True, ["RETREAT"], [10], "أُفرج", ["asserted"], mode="release",
          source=SY_POL_SEC, recipient=BANIAS_RELEASED, location=TARTUS_BRANCH, date=YESTERDAY),
        # paragraph 11 (nightly demonstrations and raids since Ramadan began; a tally of detainees since
        # March) and paragraph 12 (the governor's silence) hold no event
        # background at another place: a young man of Jableh killed by a sniper «مساء الثلاثاء الماضي» (core,
        # historical, 1); the army's storming of Banias and al-Bayda in May optional, historical
        E(True, ["ASSAULT"], [13], "برصاص قناص", ["historical", "asserted", "reported"], mode="firearms",
          source=JABLEH_SNIPER, recipient=JABLEH_VICTIM, location=JABLEH, date=D("2011-08-09"), fatalities=1,
          attribution=["ناشطون هناك"], acled=ATTACK),
        E(False, ["COERCE", "ASSAULT"], [13], "اقتحم", ["historical"], mode="arrest",
          source=SY_ARMY_2011, location=BANIAS_BAYDA,
          date=D("2011-05-07", "month", ("2011-05-01", "2011-05-31")), acled=ARREST),
        # the funeral of three of the dead turned into a demonstration (the funeral, «ضحايا ليلة أمس» and the
        # security men who did not intervene add no event)
        E(True, ["PROTEST"], [14], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=BANIAS_RESIDENTS, location=RAS_AL_NABEH, date=TODAY, acled=PEACEFUL),
        # the detainees' women's sit-in before the courthouse, and the police who dispersed it (optional)
        E(True, ["PROTEST"], [15], "واعتصمت", ["asserted", "reported"], mode="demo",
          source=BAYDA_WOMEN, location=BANIAS_COURT, date=TODAY, attribution=["صور بثّها ناشطون"],
          acled=PEACEFUL),
        E(False, ["COERCE"], [15], "يفرّقهن", ["asserted", "reported"], mode="restrict",
          source=SY_POLICE_2011, recipient=BAYDA_WOMEN, location=BANIAS_COURT, date=TODAY),
        # paragraph 16 (the site's note on names) holds no event
    ],
)
