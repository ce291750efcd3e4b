"""Gold of article 491: a Military Police sweep for men wanted for military service in Baniyas, a young man
shot dead at a checkpoint as he ran from it (main event, told in ¶2 after the sweep; one toll), a passenger's
account and a loyalist page's version, mobile checkpoints and two drivers held, the detainees' families'
accusation and demand, the mothers' gathering, students to be freed, a threat of seizing the property of draft
evaders, a rumoured raid on a school denied, no member of the checkpoint arrested, the burial, an MP's praise
and a meeting due on Saturday, the year's sweeps, and students arrested in Tartus on 11 March 2019 (Tartus
governorate, Syria), a Syrian community radio station's website, 2019-04-17 (Wed). No dateline: the lead names
Baniyas in its first sentence."""
from actors_places import (
    BANIYAS,
    BANIYAS_CONSCRIPTION,
    BANIYAS_MARKETS,
    BANIYAS_POLICE,
    BANIYAS_QADMUS_ROAD,
    BANIYAS_SOUTH,
    BANIYAS_VICTIM,
    BANIYAS_WANTED,
    BUS_DRIVERS,
    CHECKPOINT_MEN,
    CONSCRIPTION,
    DETAINEES_LEAGUE,
    DETAINEES_MOTHERS,
    DRAFT_EVADERS,
    FREED_STUDENTS,
    GOVERNOR_NOTABLES,
    ICRC,
    MARQAB,
    MIL_PROSECUTION,
    MP_CHECKPOINT,
    MP_PATROL,
    MP_SOURCE,
    QADMUS,
    QADMUS_TEACHERS,
    STUDENT_DETAINEES,
    SY_MP,
    TARTUS_CITY,
    TARTUS_GOV,
    TARTUS_MP,
    TARTUS_PATROL,
    TARTUS_STUDENTS,
    VICTIM_RELATIVES,
)
from common import ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "baniyas_2019_qadmus_tartus"
YESTERDAY = D("2019-04-16")
TODAY = D("2019-04-17")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2019-04-17", "day", ("2019-04-16", "2019-04-17"))
ARTICLE = dict(
    id="team99-491", slug=SLUG, published="2019-04-17",
    outlet="Amwaj al-Sahil, a Syrian community radio station's website (fictional)",
    paras=paras_of(f"491_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Baniyas in the first sentence): the sweep and the arrests of some thirty-five men
        # wanted for military service (one COERCE event; the headline names the campaign)
        E(True, ["COERCE"], [0, 1], "حملة مداهمات", ["asserted"], mode="arrest",
          source=SY_MP, recipient=BANIYAS_WANTED, location=BANIYAS_MARKETS, date=YESTERDAY,
          attribution=["مراسل «أمواج الساحل»"], acled=ARREST, tpara=1),
        # MAIN EVENT, told in ¶2 after the sweep (a purpose clause opens it; the hour comes after the act in a
        # clause of its own): the checkpoint's men shoot a young man who ran from a minibus; a passenger ¶3,
        # the loyalist page's version ¶4 and the burial ¶13 retell it; the headline names it. One toll: 1
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "أطلق", ["asserted"], mode="firearms",
          source=MP_CHECKPOINT, recipient=BANIYAS_VICTIM, location=BANIYAS_SOUTH, date=YESTERDAY,
          fatalities=1, attribution=["أحد أقاربه", "راكب كان في الحافلة ذاتها", "صفحة «نبض الشاطئ»"],
          acled=ATTACK, tpara=2),
        # ¶3: the checkpoint's men keeping the passengers away from the wounded man (optional COERCE)
        E(False, ["COERCE"], [3], "منعوا", ["asserted", "reported"], mode="restrict",
          source=MP_CHECKPOINT, location=BANIYAS_SOUTH, date=YESTERDAY),
        # ¶5, one sentence, two events joined with «و»: mobile checkpoints set up on the road between Baniyas
        # and al-Qadmus (MOBILIZE) and two bus drivers held at al-Marqab (COERCE)
        E(True, ["MOBILIZE"], [5], "ونصبت", ["asserted"], mode="police",
          source=SY_MP, location=BANIYAS_QADMUS_ROAD, date=TODAY_OR_EVE),
        E(True, ["COERCE"], [5], "واحتجزت", ["asserted", "reported"], mode="arrest",
          source=SY_MP, recipient=BUS_DRIVERS, location=MARQAB, date=TODAY_OR_EVE,
          attribution=["سائقون يعملون على الخط"], acled=ARREST),
        # ¶6: the families' league accuses the Military Police («عن مقتل الشاب» is a back-reference) and asks
        # the ICRC to visit the detainees
        E(True, ["ACCUSE"], [6], "واتهمت", ["asserted"],
          source=DETAINEES_LEAGUE, recipient=SY_MP, date=YESTERDAY, attribution=["بيان نشرته مساء أمس"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=DETAINEES_LEAGUE, recipient=ICRC, date=YESTERDAY),
        # ¶7: the mothers' gathering (PROTEST); its dispersal is optional
        E(True, ["PROTEST"], [7], "وتجمّعت", ["asserted"], mode="demo",
          source=DETAINEES_MOTHERS, location=BANIYAS_CONSCRIPTION, date=TODAY, acled=PEACEFUL),
        E(False, ["COERCE"], [7], "يفرّقهن", ["asserted"], mode="restrict",
          source=BANIYAS_POLICE, recipient=DETAINEES_MOTHERS, location=BANIYAS_CONSCRIPTION, date=TODAY),
        # ¶8: the conscription directorate announces that it will free the students among the detainees (an
        # announced release: CONCEDE)
        E(True, ["CONCEDE"], [8], "ستُخلي سبيل", ["asserted", "planned"], mode="release",
          source=CONSCRIPTION, recipient=STUDENT_DETAINEES, date=TODAY_OR_EVE,
          attribution=["تعميم نقلته إذاعة محلية موالية"]),
        # ¶9 (Baniyas described) holds no event. ¶10: the threat to draft evaders; the seizure of their
        # property is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="arrest",
          source=MP_SOURCE, recipient=DRAFT_EVADERS, date=TODAY_OR_EVE, attribution=["تصريح للإذاعة ذاتها"]),
        E(False, ["COERCE"], [10], "بالحجز", ["hypothetical"], mode="confiscate",
          source=MP_SOURCE, recipient=DRAFT_EVADERS, date=None),
        # ¶11: a raid on a school in al-Qadmus told on WhatsApp groups and denied (rumoured)
        E(True, ["COERCE"], [11], "مداهمة", ["rumored", "negated"], mode="arrest",
          source=MP_PATROL, recipient=QADMUS_TEACHERS, location=QADMUS, date=None,
          attribution=["مجموعات محلية على «واتساب»"]),
        # ¶12: no member of the checkpoint arrested (negated COERCE); the relatives' complaint is optional
        # («لفتح تحقيق في الحادثة» is a purpose clause that refers back to the main event)
        E(True, ["COERCE"], [12], "توقف", ["negated"], mode="arrest",
          source=SY_MP, recipient=CHECKPOINT_MEN, location=BANIYAS, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "شكوى", ["asserted", "reported"],
          source=VICTIM_RELATIVES, recipient=MIL_PROSECUTION, date=None),
        # ¶13: the burial belongs to the main event. ¶14 (analysis) holds no event. ¶15: an MP's praise of the
        # Military Police (SUPPORT) and the governor's meeting with notables due on Saturday (planned CONSULT)
        E(True, ["SUPPORT"], [15], "وأشاد", ["asserted"],
          source=TARTUS_MP, recipient=SY_MP, date=TODAY_OR_EVE),
        E(True, ["CONSULT"], [15], "يلتقي", ["planned"],
          source=GOVERNOR_NOTABLES, recipient=GOVERNOR_NOTABLES, location=BANIYAS, date=D("2019-04-20"),
          attribution=["مصدر في مجلس مدينة بانياس"]),
        # ¶16: the year's sweeps in the governorate, an aggregate (optional, generic)
        E(False, ["COERCE"], [16], "حملات السوق", ["generic"], mode="arrest", location=TARTUS_GOV, date=None),
        E(False, ["RETREAT"], [16], "أُخلي سبيل", ["generic"], mode="release", location=TARTUS_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: students arrested in an exam hall in Tartus on 11 March (core,
        # historical); the release of three of them days later is optional
        E(True, ["COERCE"], [17], "اعتقلت", ["historical", "asserted"], mode="arrest",
          source=TARTUS_PATROL, recipient=TARTUS_STUDENTS, location=TARTUS_CITY, date=D("2019-03-11"),
          acled=ARREST),
        E(False, ["RETREAT"], [17], "يُفرَج", ["historical"], mode="release",
          recipient=FREED_STUDENTS, location=TARTUS_CITY, date=None),
    ],
)
