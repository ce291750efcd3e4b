"""Gold of article 305: Bani Na'im, Sa'ir, Hebron city (Bab al-Zawiya), Yatta and Beit Ummar (Hebron, the
southern West Bank, Palestine), a pan-Arab daily, 2016-03-07 (Mon)."""
from actors_places import (
    AMBULANCES_STUDENTS,
    BAB_AL_ZAWIYA,
    BANI_NAIM,
    BANI_NAIM_BROTHER,
    BANI_NAIM_ENTRANCE,
    BANI_NAIM_YOUTHS,
    BEIT_UMMAR,
    BEIT_UMMAR_VICTIM,
    GUSH_ETZION,
    HEBRON,
    HEBRON_CITY,
    HEBRON_GOV,
    HEBRON_GOVERNOR,
    HEBRON_PEOPLE,
    HEBRON_YOUTHS,
    ICRC,
    IL_ARMY,
    IL_DEF_MIN,
    IL_GOV,
    ISRAEL_PLO,
    PS_MOFA,
    SAIR,
    SAIR_PRISONER,
    SETTLERS,
    TIPH,
    UNSC,
    YATTA,
    YATTA_OWNERS,
)
from common import AGREEMENT, ARREST, ATTACK, DESTRUCTION, RIOT, D, E, paras_of

SLUG = "bani_naim_2016_hebron_sair_beit_ummar_yatta"
TODAY = D("2016-03-07")
YESTERDAY = D("2016-03-06")
SINCE_YESTERDAY = D("2016-03-07", "day", ("2016-03-06", "2016-03-07"))
LAST_NOVEMBER = D("2015-11-15", "month", ("2015-11-01", "2015-11-30"))
ARTICLE = dict(
    id="team61-305", slug=SLUG, published="2016-03-07",
    outlet="Al-Shurfa pan-Arab daily (fictional)",
    paras=paras_of(f"305_{SLUG}.txt"),
    events=[
        # the two young men shot at Bani Na'im's western entrance «مساء أمس الأحد»: headline 0 («شهيدان»),
        # lead 1 (the health ministry: two), the follow-up 6 (the hospital: one body, the other taken by an
        # Israeli ambulance; the army: one attacker «neutralised», the other badly wounded) → 2 vs 1 → 1
        E(True, ["ASSAULT"], [0, 1, 6], "برصاص جنود الاحتلال", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=BANI_NAIM_YOUTHS, location=BANI_NAIM_ENTRANCE, date=YESTERDAY,
          fatalities=1,
          attribution=["وزارة الصحة الفلسطينية", "مدير مستشفى الخليل الحكومي (عالية)",
                       "بيان لجيش الاحتلال", "الإذاعة العسكرية الإسرائيلية"], acled=ATTACK, tpara=1),
        # the stabbing attempt the army alleges, denied by witnesses (optional)
        E(False, ["ASSAULT"], [0, 1, 6], "طعن", ["reported", "negated"],
          source=BANI_NAIM_YOUTHS, recipient=IL_ARMY, location=BANI_NAIM_ENTRANCE, date=YESTERDAY, tpara=1),
        # one sentence, two events: the cordon on Bani Na'im (COERCE restrict, headline «طوق») and the raid on
        # the two families' houses with a brother's arrest (the search and the damage are the same act)
        E(True, ["COERCE"], [0, 2], "طوقاً عسكرياً", ["asserted", "reported"], mode="restrict",
          source=IL_ARMY, location=BANI_NAIM, date=TODAY, attribution=["مراسل «الشرفة»"], tpara=2),
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=IL_ARMY, recipient=BANI_NAIM_BROTHER, location=BANI_NAIM, date=TODAY,
          attribution=["مراسل «الشرفة»"], acled=ARREST),
        # a prisoner's house demolished in Sa'ir (headline «هدم»); the ramming he is accused of (November,
        # near Gush Etzion) optional, historical; the family's eviction optional
        E(True, ["ASSAULT"], [0, 3], "هدمت", ["asserted"], mode="destroy",
          source=IL_ARMY, recipient=SAIR_PRISONER, location=SAIR, date=TODAY, acled=DESTRUCTION, tpara=3),
        E(False, ["ASSAULT"], [3], "عملية دهس", ["historical", "reported"],
          location=GUSH_ETZION, date=LAST_NOVEMBER, acled=ATTACK),
        E(False, ["COERCE"], [3], "إخلاء", ["asserted"], mode="deport",
          source=IL_ARMY, recipient=SAIR_PRISONER, location=SAIR, date=TODAY),
        # paragraph 4 (Hebron, its old city and its settlements) holds no event
        # the Palestinian foreign ministry's blame on Israel's government and its demand to the Security
        # Council
        E(True, ["ACCUSE"], [5], "محمّلةً", ["asserted"],
          source=PS_MOFA, recipient=IL_GOV, date=TODAY),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=PS_MOFA, recipient=UNSC, date=TODAY),
        # settlers burning two cars near Yatta: told by local pages, denied by the council's head
        E(True, ["ASSAULT"], [7], "إحراق", ["rumored", "negated"], mode="destroy",
          source=SETTLERS, recipient=YATTA_OWNERS, location=YATTA, date=TODAY,
          attribution=["صفحات محلية", "رئيس المجلس المحلي"], acled=DESTRUCTION),
        # the Israeli minister's conditional threat (made); the full closure optional, hypothetical
        E(True, ["THREATEN"], [8], "وهدد", ["asserted", "reported"], mode="restrict",
          source=IL_DEF_MIN, recipient=HEBRON_PEOPLE, location=HEBRON_GOV, date=SINCE_YESTERDAY,
          attribution=["القناة العاشرة"]),
        E(False, ["COERCE"], [8], "بفرض «إغلاق شامل»", ["hypothetical"], mode="restrict",
          source=IL_DEF_MIN, location=HEBRON_GOV, date=None),
        # one sentence, two events: the young men's stones at Bab al-Zawiya (PROTEST riot) and the soldiers'
        # gas and rubber-coated bullets (seven hurt)
        E(True, ["PROTEST"], [9], "رشق", ["asserted", "reported"], mode="riot",
          source=HEBRON_YOUTHS, recipient=IL_ARMY, location=BAB_AL_ZAWIYA, date=TODAY,
          attribution=["جمعية الهلال الأحمر الفلسطيني"], acled=RIOT),
        E(True, ["ASSAULT", "COERCE"], [9], "بإطلاق قنابل الغاز", ["asserted", "reported"], mode="firearms",
          source=IL_ARMY, recipient=HEBRON_YOUTHS, location=BAB_AL_ZAWIYA, date=TODAY,
          attribution=["جمعية الهلال الأحمر الفلسطيني"]),
        # the Red Cross visit to Bani Na'im tomorrow (planned)
        E(True, ["CONSULT"], [10], "يزور", ["planned", "reported"], mode="visit",
          source=ICRC, location=BANI_NAIM, date=D("2016-03-08"), attribution=["مصدر في البلدية"]),
        # paragraph 11 (the dead of Hebron since October: an aggregate) holds no event
        # the governor hosts a TIPH delegation (handing it the documentation is no new event)
        E(True, ["CONSULT"], [12], "والتقى", ["asserted"], mode="visit",
          source=HEBRON_GOVERNOR, recipient=TIPH, location=HEBRON_CITY, date=TODAY),
        # background at another place: a young man of Beit Ummar shot dead at Karmei Tzur «مساء الخميس الماضي»
        # (core, historical, 1); the ramming the army alleges and the Hebron Protocol of 1997 optional
        E(True, ["ASSAULT"], [13], "قتلوا", ["historical", "asserted"], mode="firearms",
          source=IL_ARMY, recipient=BEIT_UMMAR_VICTIM, location=BEIT_UMMAR, date=D("2016-03-03"),
          fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [13], "دهس", ["historical", "reported", "negated"],
          source=BEIT_UMMAR_VICTIM, recipient=IL_ARMY, location=BEIT_UMMAR, date=D("2016-03-03")),
        E(False, ["AGREE"], [13], "بروتوكول الخليل", ["historical"],
          source=ISRAEL_PLO, location=HEBRON, date=D("1997-01-17", "year", ("1997-01-01", "1997-12-31")),
          acled=AGREEMENT),
        # ambulances and students let through the northern gate (RETREAT access, carried out)
        E(True, ["RETREAT"], [14], "سمحت", ["asserted"], mode="access",
          source=IL_ARMY, recipient=AMBULANCES_STUDENTS, location=BANI_NAIM, date=TODAY),
        # paragraph 15 (the funeral due tomorrow) holds no event
    ],
)
