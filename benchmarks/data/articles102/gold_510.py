"""Gold of article 510: Aden (Dar Saad, Crater, al-Mualla, Khor Maksar, Sheikh Othman), with talks due in
Jeddah, a Gulf-based pan-Arab satellite news channel's website, 2019-08-11 (Sun)."""
from actors_places import (
    ADEN,
    ADEN_SECURITY,
    BANK_GUNMEN,
    BELT_CHECKPOINT,
    COALITION,
    CRATER,
    CRATER_BANK,
    DAR_SAAD,
    JEDDAH,
    KHOR_MAKSAR,
    MUALLA,
    PRESIDENTIAL_BRIGADES,
    PRESIDENTIAL_SOLDIERS,
    SAUDI_OFFICERS,
    SHEIKH_OTHMAN,
    SOLDIERS_48,
    STC,
    STC_DELEGATION,
    STC_PRESIDENTIAL,
    TERRORIST_GROUPS,
    YE_GOVERNMENT,
    YE_GOVERNMENT_REPS,
)
from common import ARREST, CLASH, MINE, TRANSFER, D, E, paras_of

SLUG = "aden_2019_crater_dar_saad_palace_handover"
TODAY = D("2019-08-11")
YESTERDAY = D("2019-08-10")
STATEMENT = D("2019-08-11", "day", ("2019-08-10", "2019-08-11"))
ARTICLE = dict(
    id="team102-510", slug=SLUG, published="2019-08-11",
    outlet="Al-Ufuq, a Gulf-based pan-Arab satellite news channel's website (fictional)",
    paras=paras_of(f"510_{SLUG}.txt"),
    events=[
        # the main event, first in the lead (no dateline; «مدينة عدن» in the first sentence): the Security
        # Belt storms a Presidential Protection camp in Dar Saad «صباح أمس السبت» after a five-hour fight
        # (two-sided, Armed clash; nine killed, three of them civilians hit by a shell); ¶3 the government's
        # version («اقتحمت المعسكرات بالقوة»), ¶17 the burial of «القتلى التسعة»
        E(True, ["ASSAULT"], [0, 1, 3, 17], "اقتحامه", ["asserted"], mode="firearms",
          source=STC_PRESIDENTIAL, location=DAR_SAAD, date=YESTERDAY, fatalities=9,
          attribution=["مصدر طبي في أحد مستشفيات المدينة"], acled=CLASH, tpara=1),
        # ¶2 (verb–subject–object; the time told after the act in its own clause «، وذلك بعد ساعات…»): the
        # presidential brigades hand over al-Maashiq palace in Crater without a fight (core RETREAT, COERCE
        # also accepted; Non-violent transfer of territory; the headline 0 names it); the siege before is an
        # optional COERCE
        E(True, ["RETREAT", "COERCE"], [0, 2], "وسلّمت", ["asserted"], mode="withdraw",
          source=PRESIDENTIAL_BRIGADES, recipient=STC, location=CRATER, date=YESTERDAY,
          attribution=["مصدر في الحكومة الشرعية"], acled=TRANSFER, tpara=2),
        E(False, ["COERCE"], [2], "محاصرة", ["asserted"], mode="restrict",
          source=STC, location=CRATER, date=YESTERDAY),
        # ¶3 (the other side): the government blames the STC (core ACCUSE); its call on the coalition is an
        # optional REQUEST
        E(True, ["ACCUSE"], [3], "وحمّلت", ["asserted"],
          source=YE_GOVERNMENT, recipient=STC, date=STATEMENT),
        E(False, ["REQUEST"], [3], "داعية", ["asserted"],
          source=YE_GOVERNMENT, recipient=COALITION, date=STATEMENT),
        # ¶4: the coalition calls for a ceasefire (core REQUEST) and threatens force if it is not kept (core
        # THREATEN, conditional); its demand that the STC withdraw and its refusal of any substitute are
        # optional; the force it threatens is hypothetical (optional)
        E(True, ["REQUEST"], [4], "ودعا", ["asserted"],
          source=COALITION, recipient=STC, location=ADEN, date=TODAY),
        E(False, ["REQUEST"], [4], "مطالباً", ["asserted"],
          source=COALITION, recipient=STC, date=TODAY),
        E(True, ["THREATEN"], [4], "ومحذّراً", ["asserted"], mode="violence",
          source=COALITION, recipient=STC, location=ADEN, date=TODAY),
        E(False, ["ASSAULT"], [4], "سيستخدم", ["hypothetical"], mode="aerial",
          source=COALITION, date=None),
        E(False, ["REJECT"], [4], "يقبل", ["asserted"],
          source=COALITION, date=TODAY),
        # ¶5: the STC announces it will keep the ceasefire (core CONCEDE, AGREE also accepted); its readiness
        # for talks is an optional AGREE; the celebratory gunfire is no event
        E(True, ["CONCEDE", "AGREE"], [5], "التزامه", ["asserted"],
          source=STC, recipient=COALITION, date=TODAY),
        E(False, ["AGREE"], [5], "استعداده", ["asserted"],
          source=STC, date=TODAY),
        # paragraph 6 (Crater: a description) holds no event
        # ¶7 (verb–subject–object): dozens of soldiers and officers arrested in al-Mualla over two days and
        # held near the port (core COERCE, Arrests)
        E(True, ["COERCE"], [7], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=STC, recipient=PRESIDENTIAL_SOLDIERS, location=MUALLA,
          date=D("2019-08-10", "day", ("2019-08-09", "2019-08-11")), attribution=["مصادر محلية"],
          acled=ARREST),
        # ¶8: forty-eight of them freed today after a Saudi mediation (core RETREAT release; passive
        # «نُقلوا»); the mediation is an optional CONSULT, the release of the rest «خلال أيام» an optional
        # planned RETREAT
        E(True, ["RETREAT"], [8], "وأفرجت", ["asserted"], mode="release",
          source=STC, recipient=SOLDIERS_48, location=MUALLA, date=TODAY),
        E(False, ["CONSULT"], [8], "وساطة", ["asserted"], mode="third-party",
          source=SAUDI_OFFICERS, date=TODAY),
        E(False, ["RETREAT"], [8], "يُفرج", ["planned"], mode="release",
          source=STC, date=D("2019-08-14", "week", ("2019-08-11", "2019-08-18"))),
        # ¶9, one sentence, two events: presidential units withdraw from around the airport (core RETREAT)
        # while the STC has not withdrawn from any camp (core RETREAT, negated); the talks before the
        # withdrawal and the STC's reinforced positions are optional
        E(True, ["RETREAT"], [9], "وانسحبت", ["asserted"], mode="withdraw",
          source=PRESIDENTIAL_BRIGADES, location=KHOR_MAKSAR, date=TODAY),
        E(False, ["CONSULT"], [9], "مفاوضات", ["asserted"],
          source=PRESIDENTIAL_BRIGADES, recipient=STC, location=KHOR_MAKSAR, date=TODAY),
        E(True, ["RETREAT"], [9], "تنسحب", ["negated"], mode="withdraw",
          source=STC, location=ADEN, date=TODAY),
        E(False, ["MOBILIZE"], [9], "عزّزت", ["asserted"], mode="weapons",
          source=STC, location=CRATER, date=TODAY),
        # ¶10: gunmen storming the central bank rumoured on social media, denied by the STC (the denial
        # optional REJECT); no time is given, so no date
        E(True, ["COERCE", "ASSAULT"], [10], "اقتحام", ["rumored"], mode="seize",
          source=BANK_GUNMEN, location=CRATER_BANK, date=None, attribution=["حسابات على مواقع التواصل"]),
        E(False, ["REJECT"], [10], "نفى", ["asserted"],
          source=STC, date=TODAY),
        # paragraph 11 (two camps sharing the city: generic) holds no event
        # ¶12: an STC delegation due in Jeddah «يوم الثلاثاء المقبل» for indirect talks (core CONSULT,
        # planned); the government's silence negates nothing
        E(True, ["CONSULT"], [12], "محادثات", ["planned"], mode="third-party",
          source=STC_DELEGATION, recipient=YE_GOVERNMENT_REPS, location=JEDDAH, date=D("2019-08-13"),
          attribution=["مصدر دبلوماسي خليجي"]),
        # background at another place, in «وكانت … قد»: a car bomb at a Security Belt checkpoint in Sheikh
        # Othman on 14 July (5); the STC's blame at the time and its later arrests are optional, historical
        E(True, ["ASSAULT"], [13], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=BELT_CHECKPOINT, location=SHEIKH_OTHMAN, date=D("2019-07-14"), fatalities=5, acled=MINE),
        E(False, ["ACCUSE"], [13], "واتهم", ["historical"],
          source=STC, recipient=TERRORIST_GROUPS, date=D("2019-07-14", "week", ("2019-07-14", "2019-07-21"))),
        E(False, ["COERCE"], [13], "حملة اعتقالات", ["historical"], mode="arrest",
          source=STC, location=SHEIKH_OTHMAN, date=D("2019-07-15", "month", ("2019-07-14", "2019-08-06")),
          acled=ARREST),
        # paragraphs 14 (the wounded received since Wednesday: an aggregate, «من قبل أقاربهم») and 15 (a
        # resident's words) hold no event
        # ¶16: a night curfew since yesterday evening (core COERCE curfew, no label); the patrols deployed are
        # an optional MOBILIZE
        E(True, ["COERCE"], [16], "حظراً للتجوال", ["asserted"], mode="curfew",
          source=ADEN_SECURITY, location=ADEN, date=YESTERDAY),
        E(False, ["MOBILIZE"], [16], "وانتشرت", ["asserted"], mode="police",
          source=STC, location=KHOR_MAKSAR, date=TODAY),
        # ¶17, the burial, is a paragraph of the main event
    ],
)
