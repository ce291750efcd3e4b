"""Gold of article 618: central Ramadi (al-Hoz, the government complex, al-Tamim, al-Mal'ab), the al-Warrar
bridge, al-Sufiya, al-Khalidiya and Habbaniyah (Anbar), a Baghdad-based independent daily's website,
2015-12-29 (Tue)."""
from actors_places import (
    ANBAR,
    ANBAR_POLICE,
    ANBAR_SHEIKHS,
    CENTRAL_RAMADI,
    COALITION_618,
    COALITION_SPOKESMAN,
    CTS_AND_ISIS,
    CTS_UNITS,
    GOV_COMPLEX,
    HABBANIYAH,
    HABBANIYAH_FAMILIES,
    HOZ,
    HOZ_TAMIM,
    IQ_GOV,
    IRAQI_FORCES_618,
    IRAQI_SF_AND_ISIS,
    ISIS_618,
    ISIS_GATHERINGS,
    KHALIDIYA,
    KHALIDIYA_CHECKPOINT,
    MALAB,
    MALAB_YOUTHS,
    MODM,
    PMF_618,
    POLICE_INTEL,
    RAMADI,
    RAMADI_FAMILIES,
    RAMADI_LIBERATED,
    SECURITY_LEADERS,
    SOLDIERS_HOZ,
    SUFIYA,
    SUSPECTS_7,
    TAMIM,
    TRIBAL_MOB,
    WARRAR,
)
from common import AIR, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "anbar_2015_ramadi_hoz_tamim_khalidiya"
YESTERDAY = D("2015-12-28")
LATELY = D("2015-12-29", "day", ("2015-12-28", "2015-12-29"))
ARTICLE = dict(
    id="team124-618", slug=SLUG, published="2015-12-29",
    outlet="al-Diffatayn, a Baghdad-based independent daily's website (fictional)",
    paras=paras_of(f"618_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Ramadi named in the first sentence): a booby-trapped house blows up in al-Hoz and
        # kills three soldiers (core ASSAULT, Remote explosive, ISIS as source); planting the bombs is
        # optional
        E(True, ["ASSAULT"], [1], "بانفجار", ["asserted", "reported"], mode="explosives", source=ISIS_618,
          recipient=SOLDIERS_HOZ, location=HOZ, date=YESTERDAY, fatalities=3,
          attribution=["ضابط في قيادة عمليات الأنبار"], acled=MINE),
        E(False, ["ASSAULT"], [1], "زرعها", ["historical", "asserted"], mode="explosives", source=ISIS_618,
          location=CENTRAL_RAMADI, date=None),
        # ¶2, verb–subject–object: coalition air strikes on al-Sufiya last night (core ASSAULT, Air/drone
        # strike, 15)
        E(True, ["ASSAULT"], [2], "غارات", ["asserted", "reported"], mode="aerial", source=COALITION_618,
          recipient=ISIS_GATHERINGS, location=SUFIYA,
          date=D("2015-12-28", "day", ("2015-12-28", "2015-12-29")), fatalities=15,
          attribution=["قيادة العمليات المشتركة"], acled=AIR),
        # ¶3: some two hundred families escape across the Euphrates by the al-Warrar bridge (core RETREAT, the
        # headline names it); their detention by ISIS before is optional (historical)
        E(True, ["RETREAT"], [0, 3], "الفرار", ["asserted"], source=RAMADI_FAMILIES, location=WARRAR,
          date=D("2015-12-27", "day", ("2015-12-27", "2015-12-28")), tpara=3),
        E(False, ["COERCE"], [3], "احتجزها", ["historical", "asserted"], mode="restrict", source=ISIS_618,
          recipient=RAMADI_FAMILIES, location=RAMADI, date=None),
        # the main event, in ¶4 after the explosion, the strikes and the escape (not first in the lead): the
        # CTS storms the government complex area from Sunday noon to Monday morning, six of its men killed; ¶6
        # the ISIS version, ¶16 the funeral of «منتسبيها الستة»; the headline names it
        E(True, ["ASSAULT"], [0, 4, 6, 16], "اقتحام", ["asserted", "reported"], mode="firearms",
          source=CTS_AND_ISIS, location=GOV_COMPLEX,
          date=D("2015-12-27", "day", ("2015-12-27", "2015-12-28")), fatalities=6,
          attribution=["المتحدث باسم قيادة العمليات المشتركة"], acled=CLASH, tpara=4),
        # paragraph 5 (the government complex: a description) holds no event
        # background at another place, in «وكانت … قد»: al-Tamim retaken on 8 December (core, historical,
        # Armed clash); ISIS taking the city in May and the siege of the quarters are optional (historical)
        E(True, ["ASSAULT"], [7], "معارك", ["historical", "asserted"], mode="firearms",
          source=IRAQI_SF_AND_ISIS, location=TAMIM, date=D("2015-12-08"), acled=CLASH),
        E(False, ["COERCE"], [7], "سيطرته", ["historical"], mode="seize", source=ISIS_618, location=RAMADI,
          date=D("2015-05-15", "month", ("2015-05-01", "2015-05-31"))),
        E(False, ["COERCE"], [7], "حصار", ["historical"], mode="restrict", source=IRAQI_SF_AND_ISIS,
          location=RAMADI, date=None),
        # ¶8: the execution of four young men, told among the displaced and not verified (core ASSAULT,
        # rumored, 4; no ACLED label)
        E(True, ["ASSAULT"], [8], "إعدام", ["rumored", "reported"], mode="execute", source=ISIS_618,
          recipient=MALAB_YOUTHS, location=MALAB, date=None, fatalities=4, attribution=["النازحين"]),
        # ¶9: tribal sheikhs demand the city's security file (core REQUEST) and one threatens to pull fighters
        # from the fronts if the PMF enters (core THREATEN, conditional); their meeting is optional
        E(True, ["REQUEST"], [9], "وطالب", ["asserted"], source=ANBAR_SHEIKHS, recipient=IQ_GOV,
          location=KHALIDIYA, date=YESTERDAY),
        E(True, ["THREATEN"], [9], "هدد", ["asserted"], mode="withdraw", source=ANBAR_SHEIKHS,
          recipient=PMF_618, location=KHALIDIYA, date=YESTERDAY),
        E(False, ["CONSULT"], [9], "اجتماع", ["asserted"], source=ANBAR_SHEIKHS, location=KHALIDIYA,
          date=YESTERDAY),
        # ¶10: food, blankets and heaters in the Habbaniyah camps (core AID)
        E(True, ["AID"], [10], "وزعت", ["asserted"], mode="humanitarian", source=MODM,
          recipient=HABBANIYAH_FAMILIES, location=HABBANIYAH, date=LATELY),
        # paragraph 11 (a displaced man's words) holds no event
        # ¶12: no family allowed back into the liberated quarters (core RETREAT, negated)
        E(True, ["RETREAT"], [12], "بالعودة", ["negated"], mode="return", source=SECURITY_LEADERS,
          location=RAMADI_LIBERATED, date=LATELY, attribution=["مسؤول في مجلس محافظة الأنبار"]),
        # ¶13: Anbar police battalions to deploy in al-Hoz and al-Tamim early next week (core MOBILIZE,
        # planned); the CTS pulling back to the outskirts is optional (planned)
        E(True, ["MOBILIZE"], [13], "تنتشر", ["planned"], mode="police", source=ANBAR_POLICE,
          location=HOZ_TAMIM, date=D("2016-01-03", "week", ("2016-01-02", "2016-01-06")),
          attribution=["قائد شرطة المحافظة"]),
        E(False, ["RETREAT"], [13], "تنسحب", ["planned"], mode="withdraw", source=CTS_UNITS, location=RAMADI,
          date=D("2016-01-03", "week", ("2016-01-02", "2016-01-06"))),
        # ¶14: seven suspects held at a checkpoint in al-Khalidiya (core COERCE, Arrests)
        E(True, ["COERCE"], [14], "واعتقلت", ["asserted"], mode="arrest", source=POLICE_INTEL,
          recipient=SUSPECTS_7, location=KHALIDIYA_CHECKPOINT, date=YESTERDAY, acled=ARREST),
        # ¶15: ISIS mortars on a tribal fighters' base in al-Khalidiya, no casualties (core ASSAULT,
        # Shelling); «تكرر ثلاث مرات خلال الأسبوع» is optional (generic)
        E(True, ["ASSAULT"], [15], "قذائف", ["asserted", "reported"], mode="heavy-weapons", source=ISIS_618,
          recipient=TRIBAL_MOB, location=KHALIDIYA, date=YESTERDAY, attribution=["مصدر محلي"], acled=SHELL),
        E(False, ["ASSAULT"], [15], "تكرر", ["generic"], source=ISIS_618, location=KHALIDIYA, date=None),
        # ¶16, the funeral at Habbaniyah base, is a paragraph of the main event
        # ¶17: the coalition spokesman praises the Iraqi forces (core SUPPORT)
        E(True, ["SUPPORT"], [17], "وأشاد", ["asserted"], source=COALITION_SPOKESMAN,
          recipient=IRAQI_FORCES_618, location=ANBAR, date=LATELY),
    ],
)
