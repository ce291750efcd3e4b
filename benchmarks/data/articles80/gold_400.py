"""Gold of article 400: al-Dhahr al-Hamar and al-Fatayeh (Derna), Martuba, al-Bayda, Benghazi and Ajdabiya
(eastern Libya), a Libyan news portal close to the army, 2016-08-09 (Tue)."""
from actors_places import (
    AJDABIYA,
    AJDABIYA_VICTIMS,
    AL_BAYDA,
    ALL_PARTIES,
    BENGHAZI,
    DERNA,
    DERNA_CIVILIANS,
    DERNA_CLASH,
    DERNA_COAST,
    DERNA_DETAINEES,
    DETAINEE_FAMILIES,
    DHAHR_HAMAR,
    DMSC,
    DMSC_PAGES,
    FATAYEH,
    INTERIM_GOV,
    INTERIM_PM,
    LNA_AIR,
    LNA_MP,
    LNA_SPOKESMAN,
    LRC_DERNA,
    MARTUBA,
    MARTUBA_CMDR,
    MARTUBA_GATE,
    MIL_GOVERNOR,
    TERROR_GROUPS,
    TRIBAL_NOTABLES,
    WHO,
)
from common import AIR, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "derna_2016_al_bayda_martuba_ajdabiya"
TODAY = D("2016-08-09")
ARTICLE = dict(
    id="team80-400", slug=SLUG, published="2016-08-09",
    outlet="Bawabat al-Jabal al-Akhdar Libyan news portal close to the army (fictional)",
    paras=paras_of(f"400_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: the Shura Council's attack on an army position at al-Dhahr
        # al-Hamar «فجر اليوم» and the three-hour fight (headline 0, lead 1, the spokesman 2, a wounded
        # soldier 3, the Council's version 5, the funeral 6, «هجوم الظهر الحمر» in the threat 12) → 3; both
        # sides are sources; the attackers' withdrawal optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 5, 6, 12], "هجوم شنّته", ["asserted"], mode="firearms",
          source=DERNA_CLASH, location=DHAHR_HAMAR, date=TODAY, fatalities=3,
          attribution=["المكتب الإعلامي لغرفة عمليات عمر المختار"], acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [2], "بانسحاب المهاجمين", ["asserted", "reported"], mode="withdraw",
          source=DMSC, location=DHAHR_HAMAR, date=TODAY),
        # the siege «مطلع الصيف» recalled in the lead and the reinforcements that came at daybreak (¶3):
        # optional
        E(False, ["COERCE"], [1], "إحكام الطوق", ["historical"], mode="restrict",
          location=DERNA, date=D("2016-06-15", "month", ("2016-06-01", "2016-07-15"))),
        E(False, ["MOBILIZE"], [3], "التعزيزات", ["asserted"], mode="troops",
          location=DHAHR_HAMAR, date=TODAY),
        # ¶4: the air force's strikes on al-Fatayeh, told by the air operations room (headline 0; the
        # Council's pages say they hit homes, ¶5)
        E(True, ["ASSAULT"], [0, 4, 5], "غارات", ["reported", "asserted"], mode="aerial",
          source=LNA_AIR, recipient=DMSC, location=FATAYEH, date=TODAY,
          attribution=["آمر غرفة العمليات الجوية في قاعدة الأبرق"], acled=AIR, tpara=4),
        # ¶5: the other side's version of the attack, and its accusation of the air force (ACCUSE)
        E(True, ["ACCUSE"], [5], "واتهمت", ["reported", "asserted"],
          source=DMSC_PAGES, recipient=LNA_AIR, date=TODAY, attribution=["صفحات مقربة من «مجلس الشورى»"]),
        # ¶7: the Martuba gate turns back trucks bound for Derna (COERCE `restrict`)
        E(True, ["COERCE"], [7], "ومنعت", ["asserted"], mode="restrict",
          source=MARTUBA_GATE, location=MARTUBA, date=TODAY, attribution=["أحد السائقين"]),
        # ¶8: the Red Crescent's demand (REQUEST) and the WHO convoy that has not entered (core AID, negated)
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"], source=LRC_DERNA, recipient=ALL_PARTIES, date=TODAY),
        E(True, ["AID"], [8], "القافلة الطبية", ["negated"], mode="humanitarian",
          source=WHO, location=DERNA, date=D("2016-08-09", "week", ("2016-08-01", "2016-08-09"))),
        # paragraph 9 (Derna, its wadi and its libraries: description) holds no event
        # ¶10: the interim prime minister receives tribal notables (CONSULT); his pledge optional
        E(True, ["CONSULT"], [10], "واستقبل", ["asserted"], mode="visit",
          source=INTERIM_PM, recipient=TRIBAL_NOTABLES, location=AL_BAYDA, date=TODAY),
        E(False, ["AGREE"], [10], "وتعهد", ["asserted"], source=INTERIM_PM, date=TODAY),
        # ¶11: the detainees' families' vigil this morning, told in «وكانت … قد» (PROTEST), and its demand
        E(True, ["PROTEST"], [11], "وقفة", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, location=AL_BAYDA, date=TODAY, acled=PEACEFUL),
        # the sons held for months and the memo handed to the government's envoy: optional
        E(False, ["COERCE"], [11], "المحتجزين", ["historical"], mode="arrest", location=BENGHAZI,
          date=D("2016-05-01", "month", ("2016-02-01", "2016-07-31"))),
        E(False, ["CONSULT"], [11], "تسلّم مندوب", ["asserted"], recipient=DETAINEE_FAMILIES, date=TODAY),
        E(True, ["REQUEST"], [11], "وطالبت", ["asserted"], source=DETAINEE_FAMILIES, recipient=INTERIM_GOV,
          date=TODAY),
        # ¶12: the army spokesman's threat (THREATEN); his call on civilians optional
        E(True, ["THREATEN"], [12], "وتوعّد", ["asserted"], mode="violence",
          source=LNA_SPOKESMAN, recipient=TERROR_GROUPS, date=TODAY),
        E(False, ["REQUEST"], [12], "ومطالباً", ["asserted"], source=LNA_SPOKESMAN, recipient=DERNA_CIVILIANS,
          date=TODAY),
        # ¶13: fighters and ammunition landed by boat on Sunday night, rumoured on local pages
        E(True, ["MOBILIZE"], [13], "وصول قارب", ["rumored", "reported"], mode="troops",
          source=DMSC, location=DERNA_COAST, date=D("2016-08-07", "day", ("2016-08-07", "2016-08-08")),
          attribution=["صفحات محلية"]),
        # ¶14: the military governor suspends the Martuba gate commander and refers him for investigation
        # (SANCTION, COERCE accepted); the beating in the video optional
        E(True, ["SANCTION", "COERCE"], [14], "بإيقاف", ["asserted"],
          source=MIL_GOVERNOR, recipient=MARTUBA_CMDR, date=TODAY),
        E(False, ["ASSAULT"], [14], "يعتدون بالضرب", ["reported", "historical"], mode="beat",
          source=MARTUBA_GATE, location=MARTUBA, date=D("2016-08-08", "week", ("2016-08-01", "2016-08-09"))),
        # ¶15: twelve detainees from Derna to be released on Thursday (planned RETREAT)
        E(True, ["RETREAT"], [15], "تفرج", ["planned"], mode="release",
          source=LNA_MP, recipient=DERNA_DETAINEES, location=BENGHAZI, date=D("2016-08-11"),
          attribution=["مصدر في مكتب المدعي العام العسكري"]),
        # paragraph 16 (the siege of Derna: analysis) holds no event
        # background at another place: a car bomb at Ajdabiya's western gate on 26 June, five killed
        E(True, ["ASSAULT"], [17], "سيارة مفخخة", ["historical", "asserted"], mode="explosives",
          recipient=AJDABIYA_VICTIMS, location=AJDABIYA, date=D("2016-06-26"), fatalities=5, acled=MINE),
        E(False, ["COERCE"], [17], "وبقيت البوابة مغلقة", ["historical"], mode="restrict",
          location=AJDABIYA, date=D("2016-06-27", "day", ("2016-06-26", "2016-06-28"))),
    ],
)
