"""Gold of article 578: al-Fallujah (its General Hospital, al-Jolan, the southern quarters), the screening
centre and the camps of Amiriyat al-Fallujah, al-Saqlawiyah, al-Ramadi and Habbaniyah (al-Anbar), a
Baghdad-based private satellite channel's website, 2016-06-22 (Wed)."""
from actors_places import (
    AMIRIYAH,
    ANBAR_COUNCIL,
    CAMP_RESIDENTS,
    CTS,
    FALLUJAH_HOSPITAL,
    FED_GOV,
    HABBANIYAH,
    HABBANIYAH_VICTIMS,
    HOSPITAL_CROWD,
    INQUIRY,
    INTERIOR,
    IQ_PM,
    IQ_SECURITY,
    ISIS_IQ,
    ISIS_JOLAN,
    JOC,
    JOLAN,
    MODM,
    PARL_COMMITTEE,
    PMF,
    RAMADI,
    RELEASED_MEN,
    ROGUE,
    SAQLAWIYAH,
    SCREENED_MEN,
    SCREENING,
    SOUTH_FALLUJAH,
    WOMEN_CHILDREN,
)
from common import ARREST, PEACEFUL, SHELL, D, E, paras_of

SLUG = "anbar_2016_fallujah_amiriyah_camps_jolan"
TODAY = D("2016-06-22")
YESTERDAY = D("2016-06-21")
SINCE_YESTERDAY = D("2016-06-22", "day", ("2016-06-21", "2016-06-22"))
LAST_NIGHT = D("2016-06-21", "day", ("2016-06-21", "2016-06-22"))
ARTICLE = dict(
    id="team116-578", slug=SLUG, published="2016-06-22",
    outlet="Al-Diffatayn, a Baghdad-based private satellite channel's website (fictional)",
    paras=paras_of(f"578_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الأنبار», a province; the events happen in al-Fallujah and Amiriyat al-Fallujah): the
        # security forces hold some six hundred men at a screening centre since dawn yesterday (core COERCE
        # arrest, Arrests); the women and children taken to the camps are optional (RETREAT or AID)
        E(True, ["COERCE"], [1], "احتجزت", ["asserted"], mode="arrest",
          source=IQ_SECURITY, recipient=SCREENED_MEN, location=SCREENING, date=LAST_NIGHT,
          attribution=["مراسل «الضفتين»"], acled=ARREST),
        E(False, ["RETREAT", "AID"], [1], "نُقلت", ["asserted"],
          recipient=WOMEN_CHILDREN, location=AMIRIYAH, date=YESTERDAY),
        # ¶2, a passive: 230 of them released after screening (core RETREAT release, no source named)
        E(True, ["RETREAT"], [2], "وأُطلق", ["asserted"], mode="release",
          recipient=RELEASED_MEN, location=AMIRIYAH, date=YESTERDAY,
          attribution=["مسؤول في إدارة المخيمات"]),
        # the main event, in ¶3 after the screening and the releases of ¶1–¶2 (not first in the lead): ISIS
        # mortar shells fired from the pockets in al-Jolan hit a square near Fallujah General Hospital
        # yesterday afternoon, five killed (one number); ¶4 the ISIS claim through «أعماق» (no number), ¶17
        # the funeral of «القتلى الخمسة»; the headline names it
        E(True, ["ASSAULT"], [0, 3, 4, 17], "وسقطت", ["asserted", "reported"], mode="heavy-weapons",
          source=ISIS_IQ, recipient=HOSPITAL_CROWD, location=FALLUJAH_HOSPITAL, date=YESTERDAY,
          fatalities=5, attribution=["مصدر طبي في المستشفى"], acled=SHELL, tpara=3),
        # paragraph 5 (al-Jolan: a description) holds no event
        # ¶6, subject–verb–object with a long parenthetical: the Anbar council accuses «عناصر منفلتة» of
        # torturing detainees (core ACCUSE) and, with «و» and a second verb, asks the federal government to
        # hand the files to the courts (core REQUEST); the torture is only alleged (optional ASSAULT,
        # reported) and the council's session in al-Ramadi is in the relative clause (optional CONSULT)
        E(True, ["ACCUSE"], [6], "اتهم", ["asserted"],
          source=ANBAR_COUNCIL, recipient=ROGUE, location=SAQLAWIYAH, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=ANBAR_COUNCIL, recipient=FED_GOV, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [6], "بتعذيب", ["reported"], mode="torture",
          source=ROGUE, location=SAQLAWIYAH, date=None),
        E(False, ["CONSULT"], [6], "جلسة", ["asserted"], mode="multilateral",
          source=ANBAR_COUNCIL, location=RAMADI, date=SINCE_YESTERDAY),
        # ¶7: the Popular Mobilization Commission denies (core REJECT)
        E(True, ["REJECT"], [7], "ونفت", ["asserted"],
          source=PMF, date=SINCE_YESTERDAY),
        # ¶8: the prime minister orders an inquiry (optional ACCUSE or AGREE: an investigation ordered); the
        # committee to begin visiting the detention centres on Saturday (planned CONSULT)
        E(False, ["ACCUSE", "AGREE"], [8], "بتشكيل", ["asserted"],
          source=IQ_PM, date=SINCE_YESTERDAY),
        E(True, ["CONSULT"], [8], "زيارة", ["planned"], mode="visit",
          source=INQUIRY, location=AMIRIYAH, date=D("2016-06-25"), attribution=["مكتبه"]),
        # ¶9: a hundred detainees moved at night to an unknown place, rumoured and denied (core COERCE,
        # rumored; the denial optional REJECT)
        E(True, ["COERCE"], [9], "نقل", ["rumored", "reported"],
          location=SCREENING, date=LAST_NIGHT, attribution=["ناشطون من الفلوجة"]),
        E(False, ["REJECT"], [9], "نفت", ["asserted"],
          source=JOC, location=SCREENING, date=SINCE_YESTERDAY),
        # paragraph 10 (a displaced man's words) holds no event
        # ¶11: the Joint Operations Command's conditional threat (core THREATEN); the storming optional
        # (hypothetical); the Counter-Terrorism Service encircling the quarter optional (COERCE)
        E(True, ["THREATEN"], [11], "وتوعّدت", ["asserted"], mode="violence",
          source=JOC, recipient=ISIS_JOLAN, location=JOLAN, date=SINCE_YESTERDAY),
        E(False, ["ASSAULT"], [11], "اقتحام", ["hypothetical"],
          source=JOC, location=JOLAN, date=None),
        E(False, ["COERCE"], [11], "تطوّق", ["asserted"], mode="restrict",
          source=CTS, location=JOLAN, date=SINCE_YESTERDAY),
        # ¶12: the promised water tankers have not reached the camps (core AID, negated); the promise optional
        # (historical AGREE)
        E(True, ["AID"], [12], "تصل", ["negated"], mode="humanitarian",
          source=MODM, location=AMIRIYAH, date=D("2016-06-21", "day", ("2016-06-20", "2016-06-22")),
          attribution=["مسؤول في إدارة المخيمات"]),
        E(False, ["AGREE"], [12], "وعدت", ["historical", "asserted"],
          source=MODM, location=AMIRIYAH, date=None),
        # ¶13, verb–subject–object: a parliamentary delegation visits the camps (core CONSULT visit); the
        # camp dwellers' protest hours earlier, told after it with «، وذلك بعد», is optional (PROTEST)
        E(True, ["CONSULT"], [13], "وزار", ["asserted"], mode="visit",
          source=PARL_COMMITTEE, location=AMIRIYAH, date=YESTERDAY),
        E(False, ["PROTEST"], [13], "احتجاج", ["asserted"], mode="demo",
          source=CAMP_RESIDENTS, location=AMIRIYAH, date=YESTERDAY, acled=PEACEFUL),
        # background at another place, in «وكان … قد»: ISIS mortar shells on a camp in Habbaniyah Tourist City
        # on 9 June (core, historical, 3; Shelling)
        E(True, ["ASSAULT"], [14], "قصفوا", ["historical", "asserted", "reported"], mode="heavy-weapons",
          source=ISIS_IQ, recipient=HABBANIYAH_VICTIMS, location=HABBANIYAH, date=D("2016-06-09"),
          fatalities=3, attribution=["خلية الإعلام الحربي"], acled=SHELL),
        # paragraph 15 (those who left al-Fallujah since late May: aggregates) holds no event
        # ¶16, with a purpose clause: the interior ministry deploys three federal police regiments in the
        # southern quarters (core MOBILIZE police)
        E(True, ["MOBILIZE"], [16], "ونشرت", ["asserted"], mode="police",
          source=INTERIOR, location=SOUTH_FALLUJAH, date=YESTERDAY, attribution=["ضابط في الشرطة"]),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
