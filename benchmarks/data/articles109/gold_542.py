"""Gold of article 542: rockets fired by the armed groups from the northern countryside on the al-Ziraa
quarter of Latakia city (main event, told first in the lead; three dead per the health directorate, four per a
police source → 3), a resident's account and the opposition pages' version, air strikes on Kabani and Jabal
al-Akrad, the governor's accusation of Turkey and demand to the Security Council, NDF reinforcements on the
Kabani axis, the 1st Coastal Division's conditional threat on Hmeimim, fighters massing near Kabani rumoured,
the Jabal al-Akrad notables absent from the reconciliation meeting in al-Haffah, an arrest in al-Sleibeh, the
burial, Red Crescent aid due on Thursday, civic groups' support for the army, the year's count of shells on
the city, and a rocket on a farm near al-Haffah on 3 July 2016 (Latakia, Syria), a Latakia-based
pro-government news website, 2016-08-14 (Sun). No dateline: the lead names Latakia in its first sentence."""
from actors_places import (
    AKRAD_MEETING,
    AKRAD_MOUNTAIN,
    ARMED_GROUPS,
    COASTAL_DIVISION,
    HAFFAH,
    HAFFAH_FARM,
    HAFFAH_FARMER,
    HMEIMIM,
    KABANI,
    KABANI_AXIS,
    KABANI_REBELS,
    LATAKIA,
    LATAKIA_CIVIC,
    LATAKIA_GOVERNOR,
    LATAKIA_RESIDENTS,
    LATAKIA_SECURITY,
    MASSING_REBELS,
    NDF,
    RECONCILIATION,
    RUSSIAN_FORCES,
    SARC_LATAKIA,
    SLEIBEH,
    SLEIBEH_MAN,
    SYRIAN_AIR,
    SYRIAN_ARMY,
    TURKEY,
    TURKMEN_MOUNTAIN,
    UNSC,
    ZIRAA,
    ZIRAA_FAMILIES,
    ZIRAA_VICTIMS,
)
from common import AIR, ARREST, SHELL, D, E, paras_of

SLUG = "latakia_2016_ziraa_kabani"
YESTERDAY = D("2016-08-13")
TODAY = D("2016-08-14")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2016-08-14", "day", ("2016-08-13", "2016-08-14"))
ARTICLE = dict(
    id="team109-542", slug=SLUG, published="2016-08-14",
    outlet="Mawj al-Sahil, a Latakia-based pro-government news website (fictional)",
    paras=paras_of(f"542_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (no dateline; Latakia in the first sentence; verb first):
        # rockets fired by the armed groups on al-Ziraa; a resident ¶2, the opposition pages' version ¶3 (no
        # number; the division named there stays among the sources) and the burial ¶13 retell it. The health
        # directorate's three against the police source's four → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "قذائف صاروخية أطلقتها", ["asserted"], mode="heavy-weapons",
          source=ARMED_GROUPS, recipient=ZIRAA_VICTIMS, location=ZIRAA, date=YESTERDAY, fatalities=3,
          attribution=["مديرية صحة اللاذقية", "مصدر في قيادة شرطة المحافظة", "أحد سكان الحي",
                       "تنسيقيات المسلحين"],
          acled=SHELL, tpara=1),
        # ¶3: the shelling of Jabal al-Akrad that the opposition pages say they answered (optional, reported)
        E(False, ["ASSAULT"], [3], "قصف", ["reported", "generic"], mode="heavy-weapons",
          source=SYRIAN_ARMY, location=AKRAD_MOUNTAIN, date=None),
        # ¶4 (the al-Ziraa quarter) holds no event. ¶5: air strikes on Kabani and Jabal al-Akrad since dawn
        # (the headline names them); the statement is the state agency's military source
        E(True, ["ASSAULT"], [0, 5], "غارات مكثفة", ["asserted", "reported"], mode="aerial",
          source=SYRIAN_AIR, recipient=KABANI_REBELS, location=KABANI, date=TODAY,
          attribution=["«سانا» عن مصدر عسكري"], acled=AIR, tpara=5),
        # ¶6 (subject, a long parenthesis, verb): the governor's accusation and demand, two verbs joined with
        # «و»
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=LATAKIA_GOVERNOR, recipient=TURKEY, date=TODAY_OR_EVE, attribution=["تصريح للصحفيين"]),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=LATAKIA_GOVERNOR, recipient=UNSC, date=TODAY_OR_EVE),
        # ¶7: NDF reinforcements on the Kabani axis (MOBILIZE troops; a possessive actor «مقاتلي «الدفاع
        # الوطني»»), told only by a field source
        E(True, ["MOBILIZE"], [7], "بتعزيزات جديدة", ["reported", "asserted"], mode="troops",
          source=NDF, location=KABANI_AXIS, date=TODAY_OR_EVE, attribution=["مصدر ميداني"]),
        # ¶8 (summer evenings in Latakia) holds no event. ¶9: the division's conditional threat on Hmeimim;
        # the strike on the airbase is optional and hypothetical, and so are the strikes the condition names
        E(True, ["THREATEN"], [9], "وهدّدت", ["asserted"], mode="violence",
          source=COASTAL_DIVISION, recipient=RUSSIAN_FORCES, location=HMEIMIM, date=TODAY_OR_EVE,
          attribution=["بيان تناقلته صفحات المعارضة"]),
        E(False, ["ASSAULT"], [9], "بقصف", ["hypothetical"], mode="heavy-weapons",
          source=COASTAL_DIVISION, recipient=RUSSIAN_FORCES, location=HMEIMIM, date=None),
        E(False, ["ASSAULT"], [9], "الغارات", ["generic", "hypothetical"], mode="aerial",
          location=TURKMEN_MOUNTAIN, date=None),
        # ¶10: fighters massing near Kabani, told by local accounts and left unconfirmed (rumoured MOBILIZE,
        # undated); the new attack they prepare is optional and hypothetical
        E(True, ["MOBILIZE"], [10], "حشود للمسلحين", ["rumored"], mode="troops",
          source=MASSING_REBELS, location=KABANI, date=None, attribution=["حسابات محلية على «فيسبوك»"]),
        E(False, ["ASSAULT"], [10], "لهجوم جديد", ["hypothetical", "rumored"],
          source=MASSING_REBELS, location=KABANI, date=None),
        # ¶11: the notables absent from the reconciliation meeting in al-Haffah (CONSULT, negated; «لبحث …» is
        # the meeting's purpose); the committee's call is optional
        E(True, ["CONSULT"], [11], "ولم يحضر", ["negated"],
          source=AKRAD_MEETING, recipient=AKRAD_MEETING, location=HAFFAH, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [11], "دعت", ["asserted"],
          source=RECONCILIATION, location=HAFFAH, date=None),
        # ¶12: an arrest in al-Sleibeh («من قبل» in the same sentence)
        E(True, ["COERCE"], [12], "القبض", ["asserted"], mode="arrest",
          source=LATAKIA_SECURITY, recipient=SLEIBEH_MAN, location=SLEIBEH, date=TODAY_OR_EVE,
          attribution=["مصدر في قيادة الشرطة"], acled=ARREST),
        # ¶13: the burial belongs to the main event; the mourners' chants are optional
        E(False, ["REQUEST", "PROTEST"], [13], "تطالب", ["asserted"], date=TODAY),
        # ¶14: Red Crescent aid «يوم الخميس المقبل» (planned AID)
        E(True, ["AID"], [14], "سللاً غذائية", ["planned"], mode="humanitarian",
          source=SARC_LATAKIA, recipient=ZIRAA_FAMILIES, location=ZIRAA, date=D("2016-08-18"),
          attribution=["متطوع في الفرع"]),
        # ¶15: civic groups' support for the army (SUPPORT); their call to the residents is optional
        E(True, ["SUPPORT"], [15], "تأييدها", ["asserted"],
          source=LATAKIA_CIVIC, recipient=SYRIAN_ARMY, location=LATAKIA, date=TODAY_OR_EVE,
          attribution=["بيان"]),
        E(False, ["REQUEST"], [15], "داعية", ["asserted"],
          source=LATAKIA_CIVIC, recipient=LATAKIA_RESIDENTS, date=TODAY_OR_EVE),
        # ¶16: the year's count of shells on the city (optional,
        # generic)
        E(False, ["ASSAULT"], [16], "قذيفة", ["generic"], date=None),
        # ¶17, «وكانت … قد» at another place: a rocket on a farm near al-Haffah on 3 July (core, historical;
        # no perpetrator named; 1 killed); «التي استهدفها الطيران اليوم» is a back-reference to ¶5
        E(True, ["ASSAULT"], [17], "قذيفة صاروخية", ["historical", "asserted"], mode="heavy-weapons",
          recipient=HAFFAH_FARMER, location=HAFFAH_FARM, date=D("2016-07-03"), fatalities=1,
          attribution=["قيادة الشرطة"], acled=SHELL),
    ],
)
