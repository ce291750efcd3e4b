"""Gold of article 593: the Kirkuk provincial council's first session since the federal forces' deployment,
the Kurdish bloc's rejection, clashes between the PMF and the federal police and the Peshmerga on hills over
Altun Kupri (main event, told in ¶3 after the session and the rejection; four per a security source, one
number), a Turkmen driver's account, the Peshmerga ministry's version, the KDP's accusation and demand, a
PMF commander's threat (reported; the advance optional, hypothetical), the police chief's dismissal rumoured
and denied, the Turkmen Front's praise, the Kurdish families not back home, a UNAMI visit due on Thursday,
an agreement of Daquq's notables, the funeral, the people gone since 16 October, and the Peshmerga's
handover of Dibis and two oil fields on 17 October 2017 (Kirkuk, Iraq), an Ankara-based Iraqi Turkmen news
website, 2017-10-24 (Tue). Dateline «أنقرة – «أرابخا»:» (a foreign capital)."""
from actors_places import (
    ALTUN_KUPRI,
    ALTUN_KUPRI_SIDES,
    COALITION_UN,
    DAQUQ,
    DAQUQ_NOTABLES,
    DIBIS,
    IQ_FEDERAL,
    ITF,
    KDP_KIRKUK,
    KIRKUK_CITY,
    KIRKUK_COUNCIL,
    KIRKUK_POLICE_CHIEF,
    KURD_FAMILIES,
    KURDISH_BLOC,
    PESHMERGA,
    PMF_COMMANDER,
    PMF_FACTIONS,
    UNAMI,
)
from common import CLASH, TRANSFER, D, E, paras_of

SLUG = "kirkuk_2017_altun_kupri_dibis"
YESTERDAY = D("2017-10-23")
TODAY = D("2017-10-24")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2017-10-24", "day", ("2017-10-23", "2017-10-24"))
# «قبل أسبوع», «منذ دخول …»: the federal forces' entry into the province, the week before
LAST_WEEK = D("2017-10-16", "week", ("2017-10-14", "2017-10-18"))
ARTICLE = dict(
    id="team119-593", slug=SLUG, published="2017-10-24",
    outlet="Arrapha, an Ankara-based Iraqi Turkmen news website (fictional)",
    paras=paras_of(f"593_{SLUG}.txt"),
    events=[
        # ¶1 (dateline of a foreign capital): the council's first session (CONSULT); its vote is optional;
        # the federal forces' deployment it recalls is optional and historical; the committee to review the
        # appointments is a purpose clause, no event
        E(True, ["CONSULT"], [1], "عقد مجلس", ["asserted"], mode="multilateral",
          source=KIRKUK_COUNCIL, location=KIRKUK_CITY, date=YESTERDAY, attribution=["مراسل «أرابخا»"]),
        E(False, ["AGREE"], [1], "وصوّت", ["asserted"], source=KIRKUK_COUNCIL, date=YESTERDAY),
        E(False, ["MOBILIZE", "COERCE"], [1], "انتشار", ["historical"], date=LAST_WEEK),
        # ¶2: the Kurdish bloc rejects the session (REJECT); its members' refusal to come back adds nothing
        E(True, ["REJECT"], [2], "ورفضت", ["asserted"],
          source=KURDISH_BLOC, date=STATED, attribution=["بيان"]),
        # MAIN EVENT, told in ¶3 after the session and the rejection («بين … و…», «مقاتلي «البيشمركة»»): a
        # two-sided clash, both sides as source and no recipient; the driver ¶4, the Peshmerga ministry's
        # version ¶5, the funeral ¶15 → 4
        E(True, ["ASSAULT"], [0, 3, 4, 5, 15], "اشتباكات", ["asserted"], mode="firearms",
          source=ALTUN_KUPRI_SIDES, location=ALTUN_KUPRI, date=TODAY, fatalities=4,
          attribution=["مصدر أمني في قيادة عمليات كركوك", "وزارة شؤون البيشمركة"], acled=CLASH, tpara=3),
        # ¶5: the ministry's accusation of the PMF and the understandings it names are optional
        E(False, ["ACCUSE"], [5], "اتهمت", ["asserted"], source=PESHMERGA, date=STATED),
        E(False, ["AGREE"], [5], "التفاهمات", ["historical"], date=None),
        # ¶6 (verb first): the accusation and the demand, two verbs joined with «و»; the looting and burning
        # of houses it reports are optional
        E(True, ["ACCUSE"], [6], "واتهم", ["asserted"],
          source=KDP_KIRKUK, recipient=PMF_FACTIONS, date=STATED),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=KDP_KIRKUK, recipient=COALITION_UN, date=STATED),
        E(False, ["ASSAULT", "COERCE"], [6], "وإحراق", ["reported", "historical"], mode="destroy",
          source=PMF_FACTIONS, date=None),
        # ¶7 (the city, its oil and its status, a standing situation) holds no event. ¶8: the commander's
        # threat passed on by a local channel (reported first); the advance it threatens and the withdrawal
        # it asks for are optional and hypothetical
        E(True, ["THREATEN"], [8], "وتوعّد", ["reported", "asserted"], mode="territory",
          source=PMF_COMMANDER, recipient=PESHMERGA, location=ALTUN_KUPRI, date=STATED,
          attribution=["قناة محلية في كركوك"]),
        E(False, ["MOBILIZE", "ASSAULT"], [8], "بـ«التقدم", ["hypothetical"], source=PMF_COMMANDER,
          date=None),
        E(False, ["RETREAT"], [8], "تنسحب", ["hypothetical"], source=PESHMERGA, date=None),
        # ¶9: the police chief's dismissal, told by Kurdish pages and denied (rumoured, undated); the photo
        # inside the denial adds nothing
        E(True, ["SANCTION", "COERCE"], [9], "إقالة", ["rumored", "negated"],
          recipient=KIRKUK_POLICE_CHIEF, location=KIRKUK_CITY, date=None,
          attribution=["صفحات كردية على «فيسبوك»"]),
        # ¶10: the Turkmen Front's praise (SUPPORT); its call to the federal government is optional
        E(True, ["SUPPORT"], [10], "وأشادت", ["asserted"],
          source=ITF, recipient=IQ_FEDERAL, date=STATED, attribution=["بيان"]),
        E(False, ["REQUEST"], [10], "ودعت", ["asserted"], source=ITF, recipient=IQ_FEDERAL, date=STATED),
        # ¶11: the Kurdish families not back home (RETREAT return, negated); their flight and the command's
        # call of last week are optional and historical
        E(True, ["RETREAT"], [11], "ولم تعد", ["negated"], mode="return",
          source=KURD_FAMILIES, location=KIRKUK_CITY, date=TODAY, attribution=["مختار أحد الحيين"]),
        E(False, ["RETREAT"], [11], "نزحت", ["historical"], source=KURD_FAMILIES, date=None),
        E(False, ["REQUEST"], [11], "دعوة", ["historical"],
          date=D("2017-10-18", "week", ("2017-10-15", "2017-10-21"))),
        # ¶12 (the distances and the river) holds no event. ¶13: a UNAMI visit «يوم الخميس المقبل» (planned
        # CONSULT, quoted acronym); the meeting of its purpose clause is optional
        E(True, ["CONSULT"], [13], "يزور", ["planned"], mode="visit",
          source=UNAMI, location=KIRKUK_CITY, date=D("2017-10-26")),
        E(False, ["CONSULT"], [13], "للقاء", ["planned"], source=UNAMI, date=D("2017-10-26")),
        # ¶14: Daquq's sheikhs and notables agree on a joint committee (AGREE, both parties in either role);
        # the meeting, the livestock stolen and the federal forces' entry it recalls are optional
        E(True, ["AGREE"], [14], "واتفق", ["asserted"],
          source=DAQUQ_NOTABLES, recipient=DAQUQ_NOTABLES, location=DAQUQ, date=TODAY,
          attribution=["أحد الحاضرين"]),
        E(False, ["CONSULT"], [14], "اجتماع", ["asserted"], source=DAQUQ_NOTABLES, date=TODAY),
        E(False, ["ASSAULT", "COERCE"], [14], "سُرقت", ["historical"], date=None),
        E(False, ["MOBILIZE", "COERCE"], [14], "دخول", ["historical"], date=LAST_WEEK),
        # ¶15: the funeral belongs to the main event; the shots in the air and the flags are no events.
        # ¶16: the people gone since 16 October, an aggregate (optional, generic)
        E(False, ["RETREAT"], [16], "غادروا", ["generic"], date=None),
        # ¶17, «وكانت … قد» at another place: the Peshmerga hand Dibis and two oil fields over to the
        # federal forces on 17 October (core, historical); the field commanders' deal before it is optional
        E(True, ["RETREAT"], [17], "سلّمت", ["historical", "asserted"], mode="withdraw",
          source=PESHMERGA, recipient=IQ_FEDERAL, location=DIBIS, date=D("2017-10-17"), acled=TRANSFER),
        E(False, ["AGREE"], [17], "اتفاق", ["historical"],
          date=D("2017-10-17", "day", ("2017-10-16", "2017-10-17"))),
    ],
)
