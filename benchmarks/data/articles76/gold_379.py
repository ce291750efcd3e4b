"""Gold of article 379: Hermel, al-Qasr, the Arsal and Ras Baalbek outskirts, al-Qaa and al-Labweh
(Baalbek-Hermel, the Bekaa), a Lebanese daily newspaper's website, 2015-08-03 (Mon); mostly about cross-border
shelling and raids."""
from actors_places import (
    AREA_MPS,
    ARSAL,
    ARSAL_SYRIANS,
    BOTH_MINISTERS,
    HERMEL,
    HERMEL_MAYOR,
    HERMEL_VICTIMS,
    HEZBOLLAH,
    HEZBOLLAH_FIGHTERS,
    JOUSIEH,
    LABWEH,
    LABWEH_WOMAN,
    LAF,
    LAF_COMMANDER,
    LAF_PRAISED,
    LB_DEFENCE_MIN,
    LB_GENERAL_SECURITY,
    LB_GOVERNMENT,
    LB_HDC,
    LB_SOLDIERS,
    NAHLE,
    NUSRA,
    NUSRA_ISIS,
    QALAMOUN_MILITANTS,
    QASR,
    QASR_VICTIMS,
    RAS_BAALBEK_QAA,
    SERAIL,
    SY_ARMY,
    SY_DEFENCE_MIN,
    TRAVELLERS,
    TRUCK_DRIVERS,
    WADI_HMEID,
    WADI_HMEID_TARGETS,
)
from common import ABDUCTION, AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "hermel_2015_qasr_arsal_labweh"
TODAY = D("2015-08-03")
YESTERDAY = D("2015-08-02")
SINCE_YESTERDAY = D("2015-08-03", "day", ("2015-08-02", "2015-08-03"))
SINCE_FRIDAY = D("2015-08-03", "day", ("2015-07-31", "2015-08-03"))
LAST_NIGHT = D("2015-08-02", "day", ("2015-08-02", "2015-08-03"))
ARTICLE = dict(
    id="team76-379", slug=SLUG, published="2015-08-03",
    outlet="Al-Sahl Lebanese daily newspaper website (fictional)",
    paras=paras_of(f"379_{SLUG}.txt"),
    events=[
        # the main event, first told in the lead: rockets from the Qalamoun outskirts on Hermel «مساء أمس
        # الأحد» (headline 0, lead 1, the claim 2, the mayor 3, the burial 14); a hospital's two against local
        # sources' three → 2; the source is the group that claimed it
        E(True, ["ASSAULT"], [0, 1, 2, 3, 14], "سقوط ثلاثة صواريخ", ["asserted"], mode="heavy-weapons",
          source=NUSRA, recipient=HERMEL_VICTIMS, location=HERMEL, date=YESTERDAY, fatalities=2,
          attribution=["مصدر في أحد مستشفيات المدينة", "مصادر أهلية"], acled=SHELL, tpara=1),
        # ¶2: the claim comes with a threat of more strikes (THREATEN; the strikes optional, hypothetical)
        E(True, ["THREATEN"], [2], "ومتوعدة", ["asserted", "reported"], mode="violence",
          source=NUSRA, recipient=HEZBOLLAH, location=HERMEL, date=SINCE_YESTERDAY,
          attribution=["حسابات مقربة منها"]),
        E(False, ["ASSAULT"], [2], "بـ«مزيد من الضربات»", ["hypothetical"], mode="heavy-weapons",
          source=NUSRA, location=HERMEL, date=None),
        # ¶3: the counter-claim: the mayor denies any military post in the quarter (REJECT, no recipient)
        E(True, ["REJECT"], [3], "نفى", ["asserted"],
          source=HERMEL_MAYOR, location=HERMEL, date=SINCE_YESTERDAY),
        # ¶4: the retaliation: the Lebanese army shells the launch sites «ليل أمس» (headline 0), and
        # reinforces its deployment (MOBILIZE)
        E(True, ["ASSAULT"], [0, 4], "بقصف مدفعي", ["asserted"], mode="heavy-weapons",
          source=LAF, recipient=QALAMOUN_MILITANTS, location=RAS_BAALBEK_QAA, date=LAST_NIGHT,
          attribution=["قيادة الجيش"], acled=SHELL, tpara=4),
        E(True, ["MOBILIZE"], [4], "عززت", ["asserted"], mode="troops",
          source=LAF, location=RAS_BAALBEK_QAA, date=SINCE_YESTERDAY),
        # ¶5: two shells from Syria on al-Qasr on Friday (ASSAULT, no source named), in a «وكان … قد» clause
        E(True, ["ASSAULT"], [5], "قذيفتان", ["asserted", "historical"], mode="heavy-weapons",
          recipient=QASR_VICTIMS, location=QASR, date=D("2015-07-31"), acled=SHELL),
        # ¶6: Syrian helicopters drop barrel bombs on Wadi Hmeid on Saturday (ASSAULT aerial); the state
        # media's «terrorists» and the activists' refugee camp are two versions of the same strike
        E(True, ["ASSAULT"], [6], "ألقت", ["asserted"], mode="aerial",
          source=SY_ARMY, recipient=WADI_HMEID_TARGETS, location=WADI_HMEID, date=D("2015-08-01"),
          attribution=["وسائل إعلام سورية رسمية", "ناشطون من البلدة"], acled=AIR),
        # ¶7: General Security closes the Jousieh crossing (COERCE restrict, headline 0) and does not reopen
        # it (core RETREAT access, negated); the drivers' demands optional
        E(True, ["COERCE"], [0, 7], "وأقفلت", ["asserted"], mode="restrict",
          source=LB_GENERAL_SECURITY, recipient=TRAVELLERS, location=JOUSIEH, date=TODAY, tpara=7),
        E(True, ["RETREAT"], [7], "ولم تُعِد فتحه", ["negated"], mode="access",
          source=LB_GENERAL_SECURITY, location=JOUSIEH, date=TODAY),
        E(False, ["REQUEST"], [7], "مطالبات", ["asserted"],
          source=TRUCK_DRIVERS, recipient=LB_GENERAL_SECURITY, location=JOUSIEH, date=TODAY),
        # ¶8: the two defence ministers' phone call (CONSULT phone); their agreement and the Lebanese
        # minister's warning optional
        E(True, ["CONSULT"], [8], "اتصالاً هاتفياً", ["asserted"], mode="phone",
          source=SY_DEFENCE_MIN, recipient=LB_DEFENCE_MIN, date=SINCE_YESTERDAY,
          attribution=["المكتب الإعلامي للوزير اللبناني"]),
        E(False, ["AGREE", "COOPERATE"], [8], "واتفق الوزيران", ["asserted"],
          source=BOTH_MINISTERS, date=SINCE_YESTERDAY),
        E(False, ["THREATEN"], [8], "سيرد", ["asserted"], mode="violence",
          source=LB_DEFENCE_MIN, date=SINCE_YESTERDAY),
        # paragraph 9 (Hermel and its border villages: description) holds no event ¶10: Hezbollah fighters
        # said to mass near Nahle (MOBILIZE, rumoured, neither confirmed nor denied); the offensive optional,
        # hypothetical; the local official's veiled warning optional THREATEN
        E(True, ["MOBILIZE"], [10], "حشود", ["rumored", "reported"], mode="troops",
          source=HEZBOLLAH_FIGHTERS, location=NAHLE, date=SINCE_FRIDAY,
          attribution=["معلومات متداولة في البلدات الحدودية"]),
        E(False, ["ASSAULT"], [10], "لهجوم واسع", ["hypothetical", "rumored"], mode="firearms",
          source=HEZBOLLAH, recipient=NUSRA, date=None),
        E(False, ["THREATEN"], [10], "ترد", ["asserted"], mode="violence",
          source=HEZBOLLAH, date=TODAY),
        # ¶11: five Syrians arrested at an army checkpoint in Wadi Hmeid (COERCE, the passive «اعتُقل»)
        E(True, ["COERCE"], [11], "اعتُقل", ["asserted"], mode="arrest",
          source=LAF, recipient=ARSAL_SYRIANS, location=ARSAL, date=SINCE_YESTERDAY,
          attribution=["مصدر أمني"], acled=ARREST),
        # ¶12: the Higher Defence Council to meet «ظهر غد الثلاثاء» (planned CONSULT); the army commander's
        # expected request optional
        E(True, ["CONSULT"], [12], "اجتماعاً استثنائياً", ["planned"],
          source=LB_HDC, location=SERAIL, date=D("2015-08-04"), attribution=["مصادر وزارية"]),
        E(False, ["REQUEST"], [12], "يطلب", ["hypothetical", "planned"],
          source=LAF_COMMANDER, recipient=LB_HDC, date=None),
        # ¶13: the area's MPs praise the army (SUPPORT); their meeting and their demand optional
        E(True, ["SUPPORT"], [13], "وأشاد", ["asserted"],
          source=AREA_MPS, recipient=LAF_PRAISED, location=HERMEL, date=SINCE_YESTERDAY),
        E(False, ["CONSULT"], [13], "اجتماع عقدوه", ["asserted"],
          source=AREA_MPS, location=HERMEL, date=SINCE_YESTERDAY),
        E(False, ["REQUEST"], [13], "مطالبين", ["asserted"],
          source=AREA_MPS, recipient=LB_GOVERNMENT, date=SINCE_YESTERDAY),
        # ¶14: the burial belongs to the main event
        # ¶15: the anniversary of the battle of Arsal (2 August 2014): the attack and the abductions optional,
        # historical
        E(False, ["ASSAULT"], [15], "هاجم", ["historical"], mode="firearms",
          source=NUSRA_ISIS, recipient=LB_SOLDIERS, location=ARSAL, date=D("2014-08-02"), acled=CLASH),
        E(False, ["ASSAULT"], [15], "وخطفوا", ["historical"], mode="abduct",
          source=NUSRA_ISIS, recipient=LB_SOLDIERS, location=ARSAL, date=D("2014-08-02"), acled=ABDUCTION),
        # paragraph 16 (the outskirts as an open front: analysis) holds no event
        # background at another place: a woman killed by a rocket on al-Labweh on 19 June
        E(True, ["ASSAULT"], [17], "سقوط صاروخ", ["historical", "asserted"], mode="heavy-weapons",
          recipient=LABWEH_WOMAN, location=LABWEH, date=D("2015-06-19"), fatalities=1, acled=SHELL),
    ],
)
