"""Gold of article 595: the gendarmerie fires on protesters trying to storm the Ramtha security centre
over the fuel price rise (main event, told first in the lead; one dead per the hospital, one number), a
protester's account, the Public Security Directorate's version, a march in Irbid, eighteen arrests, the
Islamic Action Front's blame and demand, the interior ministry's warning (the force optional,
hypothetical), reinforcements rumoured and denied, the government not backing down, the teachers' union's
support and strike call, the burial, a march due tomorrow Friday, the arrests since Tuesday, and the
Desert Highway blocked at Ma'an on 2 September 2012 (Irbid, Jordan), an Amman-based private daily
newspaper's website, 2012-11-15 (Thu). Dateline «الرمثا – «القنطرة»:» (the town of the event)."""
from actors_places import (
    BADIA_FORCES,
    HIRAK,
    IAF,
    IRBID_CENTRE,
    IRBID_DETAINEES,
    IRBID_MOSQUE,
    IRBID_PROTESTERS,
    IRBID_TOWNS,
    JO_GOV,
    JO_MOI,
    JO_SECURITY,
    MAAN,
    MAAN_PROTESTERS,
    PROTESTS,
    RAMTHA,
    RAMTHA_CENTRE,
    RAMTHA_PROTESTERS,
    RAMTHA_SHOOTERS,
    RIOTERS,
    TEACHERS,
)
from common import ARREST, EXCESSIVE, PEACEFUL, D, E, paras_of

SLUG = "irbid_2012_ramtha_maan"
YESTERDAY = D("2012-11-14")
TODAY = D("2012-11-15")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2012-11-15", "day", ("2012-11-14", "2012-11-15"))
# an act of last night («ليل أمس», «خلال الليل», «منذ مساء أمس»)
NIGHT = D("2012-11-14", "day", ("2012-11-14", "2012-11-15"))
ARTICLE = dict(
    id="team119-595", slug=SLUG, published="2012-11-15",
    outlet="Al-Qantara, an Amman-based private daily newspaper's website (fictional)",
    paras=paras_of(f"595_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline of the town of the event; verb first): the
        # gendarmerie's fire on the protesters; the protester ¶2, the security directorate's version ¶4 (the
        # gunmen it blames kept among the sources), the burial ¶13 → 1; the attempt to storm the centre
        # and the stones are optional
        E(True, ["ASSAULT"], [0, 1, 2, 4, 13], "أطلقت قوات الدرك", ["asserted"], mode="firearms",
          source=RAMTHA_SHOOTERS, recipient=RAMTHA_PROTESTERS, location=RAMTHA_CENTRE, date=NIGHT,
          fatalities=1, attribution=["مصدر طبي في مستشفى الرمثا الحكومي", "مديرية الأمن العام"],
          acled=EXCESSIVE, tpara=1),
        E(False, ["PROTEST"], [1, 2], "اقتحام", ["asserted"], mode="riot",
          source=RAMTHA_PROTESTERS, date=NIGHT),
        # ¶3 (the border town's livelihood) holds no event. ¶4: the cars set on fire, in the directorate's
        # version, are optional; the inquiry opened adds nothing
        E(False, ["ASSAULT", "PROTEST"], [4], "وأضرموا", ["reported"], mode="destroy", date=NIGHT),
        # ¶5: a march in the centre of Irbid («ضد»)
        E(True, ["PROTEST"], [5], "وتظاهر", ["asserted"], mode="demo",
          source=IRBID_PROTESTERS, location=IRBID_CENTRE, date=TODAY, acled=PEACEFUL),
        # ¶6 (passive, «من قبل»): eighteen arrests since last night; the minors released are optional
        E(True, ["COERCE"], [6], "واعتُقل", ["asserted"], mode="arrest",
          source=JO_SECURITY, recipient=IRBID_DETAINEES, location=IRBID_TOWNS,
          date=D("2012-11-15", "day", ("2012-11-14", "2012-11-15")),
          attribution=["مصدر في محافظة إربد"], acled=ARREST),
        E(False, ["RETREAT"], [6], "أُفرج", ["asserted"], mode="release", source=JO_SECURITY, date=TODAY),
        # ¶7 (verb first): the blame and the demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [7], "وحمّل", ["asserted"],
          source=IAF, recipient=JO_GOV, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=IAF, recipient=JO_GOV, date=STATED),
        # ¶8: the interior ministry's warning in a statement of its own (asserted THREATEN); the force it
        # threatens is optional and hypothetical
        E(True, ["THREATEN"], [8], "وتوعّدت", ["asserted"], mode="arrest",
          source=JO_MOI, recipient=RIOTERS, date=STATED, attribution=["بيان ثانٍ"]),
        E(False, ["COERCE", "ASSAULT"], [8], "بـ«التعامل", ["hypothetical"], source=JO_MOI, date=None),
        # ¶9: reinforcements told by local news sites and denied (rumoured; the night they name)
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["rumored", "negated"], mode="police",
          source=BADIA_FORCES, location=RAMTHA, date=NIGHT, attribution=["مواقع إخبارية محلية"]),
        # ¶10 (what the decision raises) holds no event. ¶11: the government not backing down (CONCEDE,
        # negated); the cash support it announced is optional
        E(True, ["CONCEDE"], [11], "ولم تتراجع", ["negated"],
          source=JO_GOV, date=TODAY, attribution=["مصدر حكومي"]),
        E(False, ["AID", "CONCEDE"], [11], "صرف", ["historical", "asserted"], source=JO_GOV, date=None),
        # ¶12: the teachers' union backs the protests (SUPPORT); its call and the strike due on Sunday are
        # optional
        E(True, ["SUPPORT"], [12], "تأييدها", ["asserted"],
          source=TEACHERS, recipient=PROTESTS, date=STATED),
        E(False, ["REQUEST"], [12], "ودعت", ["asserted"], source=TEACHERS, date=STATED),
        E(False, ["PROTEST"], [12], "الإضراب", ["planned"], mode="strike", source=TEACHERS,
          date=D("2012-11-18")),
        # ¶13: the burial belongs to the main event; the shops shut in mourning are optional
        E(False, ["PROTEST"], [13], "أغلقت المحلات", ["asserted"], mode="strike", date=TODAY),
        # ¶14 (the town and its clans) holds no event. ¶15: a march «يوم غد الجمعة» (planned PROTEST); the
        # call is optional
        E(True, ["PROTEST"], [15], "مسيرة كبرى", ["planned"], mode="demo",
          source=HIRAK, location=IRBID_MOSQUE, date=D("2012-11-16")),
        E(False, ["REQUEST"], [15], "ودعت", ["asserted"], source=HIRAK, date=STATED),
        # ¶16: the arrests since Tuesday, an aggregate (optional, generic)
        E(False, ["COERCE"], [16], "اعتُقل", ["generic"], date=None),
        # ¶17, «وكان … قد» at another place: the Desert Highway blocked at Ma'an on 2 September (core,
        # historical); the government's climb-down after it is optional
        E(True, ["PROTEST"], [17], "قطعوا", ["historical", "asserted"], mode="obstruct",
          source=MAAN_PROTESTERS, location=MAAN, date=D("2012-09-02"), acled=PEACEFUL),
        E(False, ["CONCEDE"], [17], "تتراجع", ["historical"], source=JO_GOV, date=D("2012-09-05")),
    ],
)
