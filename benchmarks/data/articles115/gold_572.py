"""Gold of article 572: al-Midan's traders close their shops in a strike, security men and loyalist gunmen in
plain clothes fire on a night demonstration in Nahr Aisha (main event, told in ¶2 after the strike; four
dead), a marcher's account, the state channel's version, the coordination committee's accusation and its
demand to the UN observers, a rebel battalion's conditional threat, raids and arrests in Kafr Sousa, seven
students' release rumoured and unconfirmed, the observers not visiting Nahr Aisha, twelve students
expelled, the burial, a general strike called for Monday, the notables' meeting with the governor, the dead
of the southern quarters since the start of the year, and a young man shot dead at a checkpoint at the
entrance of Barzeh on 2 June 2012 (Damascus, Syria), a Damascus-based activists' news network's Facebook
page, 2012-06-10 (Sun). No dateline: the lead names Damascus in its first sentence."""
from actors_places import (
    AIR_INTEL,
    BARZEH,
    BARZEH_CHECKPOINT,
    BARZEH_YOUTH,
    DAM_GOV_BUILDING,
    DAM_UNIV,
    DAMASCUS,
    DEMO_DEAD,
    EXPELLED_STUDENTS,
    FSA_BATTALION,
    KAFR_SOUSA,
    KAFRSOUSA_YOUTH,
    MIDAN,
    MIDAN_CHECKPOINTS,
    MIDAN_LCC,
    MIDAN_NOTABLES_GOV,
    MIDAN_TRADERS,
    MIDAN_YOUTH,
    NAHR_AISHA,
    NIGHT_PROTESTERS,
    SECURITY_SHABIHA,
    SHOP_OWNERS,
    STUDENTS_SEVEN,
    SY_SECURITY,
    UNIV_ADMIN,
    UNSMIS,
)
from common import ARREST, ATTACK, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "damascus_2012_nahr_aisha_kafr_sousa"
YESTERDAY = D("2012-06-09")
TODAY = D("2012-06-10")
# a statement without a time of day: the day of publication, or the day before
STATED = D("2012-06-10", "day", ("2012-06-09", "2012-06-10"))
ARTICLE = dict(
    id="team115-572", slug=SLUG, published="2012-06-10",
    outlet="Nabd al-Midan, a Damascus-based activists' news network's Facebook page (fictional)",
    paras=paras_of(f"572_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Damascus in the first sentence): the traders' strike (PROTEST strike; the headline
        # names it); the arrests of the two weeks before are an optional historical COERCE
        E(True, ["PROTEST"], [0, 1], "إضراب", ["asserted"], mode="strike",
          source=MIDAN_TRADERS, location=MIDAN, date=YESTERDAY, attribution=["شبكة «نبض الميدان»"],
          acled=PEACEFUL, tpara=1),
        E(False, ["COERCE"], [1], "حملة الاعتقالات", ["historical", "generic"], mode="arrest",
          recipient=MIDAN_YOUTH, location=MIDAN, date=D("2012-06-03", "week", ("2012-05-26", "2012-06-09"))),
        # MAIN EVENT, told in ¶2 after the strike («بعد ساعات من انتهاء الإضراب» is a back-reference; the hour
        # is told after the act in a clause of its own): fire on the night demonstration; a marcher ¶3, the
        # state channel's version ¶4 and the burial ¶13 → 4
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق عناصر", ["asserted"], mode="firearms",
          source=SECURITY_SHABIHA, recipient=NIGHT_PROTESTERS, location=NAHR_AISHA, date=YESTERDAY,
          fatalities=4, attribution=["مراسل الشبكة", "قناة «الإخبارية السورية»"], acled=EXCESSIVE, tpara=2),
        # ¶5 (Nahr Aisha) holds no event. ¶6 (subject, a long parenthesis, verb): the accusation and the
        # demand to the observers, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=MIDAN_LCC, recipient=SY_SECURITY, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=MIDAN_LCC, recipient=UNSMIS, date=STATED),
        # ¶7: the battalion's conditional threat in a video posted at dawn; the strike on the checkpoints is
        # optional and hypothetical
        E(True, ["THREATEN"], [7], "وتوعّدت", ["asserted"], mode="violence",
          source=FSA_BATTALION, recipient=MIDAN_CHECKPOINTS, location=MIDAN, date=TODAY,
          attribution=["تسجيل مصوّر"]),
        E(False, ["ASSAULT"], [7], "بـ«ضرب", ["hypothetical"], mode="firearms",
          source=FSA_BATTALION, recipient=MIDAN_CHECKPOINTS, date=None),
        # ¶8: raids and arrests in Kafr Sousa (one COERCE; «من قبل» with a passive); the closed entrances are
        # an optional COERCE restrict
        E(True, ["COERCE"], [8], "وداهمت قوات", ["asserted"], mode="arrest",
          source=AIR_INTEL, recipient=KAFRSOUSA_YOUTH, location=KAFR_SOUSA, date=TODAY,
          attribution=["سكان"], acled=ARREST),
        E(False, ["COERCE"], [8], "وأُغلقت مداخل", ["asserted"], mode="restrict",
          source=AIR_INTEL, location=KAFR_SOUSA, date=TODAY),
        # ¶9: seven students' release told by opposition pages and left unconfirmed (rumoured, undated); their
        # arrest two weeks before is optional and historical
        E(True, ["RETREAT"], [9], "الإفراج", ["rumored"], mode="release",
          recipient=STUDENTS_SEVEN, location=DAM_UNIV, date=None,
          attribution=["صفحات معارضة على «فيسبوك»"]),
        E(False, ["COERCE"], [9], "اعتُقلوا", ["historical"], mode="arrest",
          recipient=STUDENTS_SEVEN, location=DAM_UNIV,
          date=D("2012-05-27", "week", ("2012-05-24", "2012-05-31"))),
        # ¶10: the observers do not visit Nahr Aisha (CONSULT, negated)
        E(True, ["CONSULT"], [10], "ولم يزر", ["negated"], mode="visit",
          source=UNSMIS, location=NAHR_AISHA, date=TODAY, attribution=["ناشطون"]),
        # ¶11: twelve students expelled (SANCTION); the demonstration on the campus before is optional and
        # historical
        E(True, ["SANCTION"], [11], "وفصلت إدارة", ["asserted"], mode="expel",
          source=UNIV_ADMIN, recipient=EXPELLED_STUDENTS, location=DAM_UNIV, date=STATED,
          attribution=["صفحات طلابية"]),
        E(False, ["PROTEST"], [11], "مظاهرة داخل الحرم", ["historical"], mode="demo",
          source=EXPELLED_STUDENTS, location=DAM_UNIV, date=None),
        # ¶12 (the checkpoints of al-Midan) holds no event. ¶13: the burial belongs to the main event. ¶14: a
        # general strike called for «يوم غدٍ الإثنين» (planned PROTEST); the call and the request to the shop
        # owners are optional
        E(True, ["PROTEST"], [14], "إضراب عام", ["planned"], mode="strike",
          source=MIDAN_LCC, location=DAMASCUS, date=D("2012-06-11")),
        E(False, ["REQUEST"], [14], "ودعت التنسيقية", ["asserted"], source=MIDAN_LCC, date=TODAY),
        E(False, ["REQUEST"], [14], "وطلبت", ["asserted"],
          source=MIDAN_LCC, recipient=SHOP_OWNERS, date=TODAY),
        # ¶15: the notables meet the governor (CONSULT; both parties in either role); their demand and his
        # promise are optional
        E(True, ["CONSULT"], [15], "والتقى وفد", ["asserted"], mode="visit",
          source=MIDAN_NOTABLES_GOV, recipient=MIDAN_NOTABLES_GOV, location=DAM_GOV_BUILDING, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["REQUEST"], [15], "وطلب منه", ["asserted"], source=MIDAN_NOTABLES_GOV, date=TODAY),
        E(False, ["AGREE"], [15], "وعد", ["asserted"], source=MIDAN_NOTABLES_GOV, date=TODAY),
        # ¶16: the dead of the southern quarters since the start of the year, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "مقتل", ["generic"], recipient=DEMO_DEAD, date=None),
        # ¶17, «وكان … قد» at another place: a young man shot dead at a checkpoint at the entrance of Barzeh
        # on 2 June (core, historical)
        E(True, ["ASSAULT"], [17], "أطلقوا النار", ["historical", "asserted"], mode="firearms",
          source=BARZEH_CHECKPOINT, recipient=BARZEH_YOUTH, location=BARZEH, date=D("2012-06-02"),
          fatalities=1, attribution=["أقاربه"], acled=ATTACK),
    ],
)
