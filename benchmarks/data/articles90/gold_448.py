"""Gold of article 448: Haditha and Barwana, Hit, Anah and Rawa, al-Baghdadi, the desert toward Kubaisa
(Anbar), an Iraqi satellite TV channel's news website, 2016-11-08 (Tue)."""
from actors_places import (
    ANAH,
    ANAH_RAWA,
    ANAH_YOUTHS,
    ANBAR_COUNCIL,
    ANBAR_POLICE_INTEL,
    ARMY_AND_TRIBES,
    BAGHDADI,
    BAGHDADI_CIVILIANS,
    BARWANA,
    COALITION,
    COMMANDER_IN_CHIEF,
    DEFENCE_MINISTRY,
    FEDERAL_GOVERNMENT,
    HADITHA,
    HADITHA_MAYOR,
    HADITHA_TRIBAL_COUNCIL,
    HADITHA_TRIBAL_FIGHTERS,
    HIT,
    HIT_KUBAISA,
    HIT_RETURNEES,
    HIT_SUSPECTS,
    IRAQI_ARMY_7TH,
    ISIS,
    ISIS_FAMILIES,
    ISIS_TRIBAL,
    RIGHTS_GROUPS,
    UNHCR,
)
from common import AIR, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "anbar_2016_haditha_barwana_hit_anah_rawa"
TODAY = D("2016-11-08")
TOLD_TODAY = D("2016-11-08", "day", ("2016-11-07", "2016-11-08"))  # an undated operation told today
ARTICLE = dict(
    id="team90-448", slug=SLUG, published="2016-11-08",
    outlet="al-Difaf TV, an Iraqi satellite TV channel's news website (fictional)",
    paras=paras_of(f"448_{SLUG}.txt"),
    events=[
        # ¶1 (dateline «الأنبار»): coalition air strikes on ISIS in Anah and Rawa (one verb, one event;
        # the headline 0)
        E(True, ["ASSAULT"], [0, 1], "شنّ", ["asserted", "reported"], mode="aerial",
          source=COALITION, recipient=ISIS, location=ANAH_RAWA, date=TODAY,
          attribution=["مصدر في قيادة عمليات الجزيرة والبادية"], acled=AIR, tpara=1),
        # the main event in ¶2, after the strikes of ¶1: an ISIS night attack on tribal fighters' posts west
        # of Barwana and a two-hour fight (both sides are sources); three killed per the police source, four
        # per the hospital director (¶3) → 3; the ISIS claim 4, the wounded visited 5, the funeral 17; the
        # headline 0
        E(True, ["ASSAULT"], [0, 2, 3, 4, 5, 17], "هجوم", ["asserted", "reported"], mode="firearms",
          source=ISIS_TRIBAL, location=BARWANA, date=D("2016-11-07", "day", ("2016-11-07", "2016-11-08")),
          fatalities=3, attribution=["مصدر في قيادة شرطة الأنبار", "مدير مستشفى حديثة العام"], acled=CLASH,
          tpara=2),
        # ¶5 (subject–verb–object with a long parenthetical): the mayor's demand and his accusation
        E(True, ["REQUEST"], [5], "طالب", ["asserted"],
          source=HADITHA_MAYOR, recipient=FEDERAL_GOVERNMENT, location=HADITHA, date=TODAY),
        E(True, ["ACCUSE"], [5], "متهماً", ["asserted"],
          source=HADITHA_MAYOR, recipient=DEFENCE_MINISTRY, date=TODAY),
        # ¶6: arrests in Hit (a phone seized with them optional)
        E(True, ["COERCE"], [6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=ANBAR_POLICE_INTEL, recipient=HIT_SUSPECTS, location=HIT, date=TODAY,
          attribution=["قيادة الشرطة"], acled=ARREST),
        E(False, ["COERCE"], [6], "وضبطت", ["asserted"], mode="seize",
          source=ANBAR_POLICE_INTEL, recipient=HIT_SUSPECTS, location=HIT, date=TODAY),
        # ¶7: UNHCR's distribution next Sunday (planned)
        E(True, ["AID"], [7], "توزيع", ["planned"], mode="humanitarian",
          source=UNHCR, recipient=HIT_RETURNEES, location=HIT, date=D("2016-11-13"),
          attribution=["مجلس القضاء"]),
        # paragraph 8 (Haditha: description) holds no event
        # ¶9: three executions in Anah «مساء السبت الماضي», told by local sources and unconfirmed (rumoured)
        E(True, ["ASSAULT"], [9], "إعدام", ["rumored", "reported"], mode="execute",
          source=ISIS, recipient=ANAH_YOUTHS, location=ANAH, date=D("2016-11-05"), fatalities=3,
          attribution=["مصادر محلية في عنه"]),
        # ¶10: the tribal council's conditional threat (asserted); the expulsion hypothetical and the rights
        # groups' criticism optional
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="deport",
          source=HADITHA_TRIBAL_COUNCIL, recipient=ISIS_FAMILIES, location=HADITHA, date=TODAY),
        E(False, ["COERCE"], [10], "طرد عائلات", ["hypothetical"], mode="deport",
          source=HADITHA_TRIBAL_COUNCIL, recipient=ISIS_FAMILIES, location=HADITHA, date=None),
        E(False, ["ACCUSE"], [10], "انتقدتها", ["asserted"],
          source=RIGHTS_GROUPS, recipient=HADITHA_TRIBAL_COUNCIL, date=TODAY),
        # ¶11: army reinforcements to al-Baghdadi (their purpose is no event)
        E(True, ["MOBILIZE"], [11], "تعزيزات", ["asserted"], mode="troops",
          source=IRAQI_ARMY_7TH, location=BAGHDADI, date=TODAY,
          attribution=["ضابط في قيادة عمليات الجزيرة والبادية"]),
        # ¶12: the weapons announced two months ago have not arrived (core AID, negated; the announcement
        # optional, historical)
        E(True, ["AID"], [12], "شحنة الأسلحة", ["negated"], mode="military",
          source=DEFENCE_MINISTRY, recipient=HADITHA_TRIBAL_FIGHTERS, location=HADITHA, date=TODAY,
          attribution=["قائد فوج في الحشد العشائري"]),
        E(False, ["AGREE"], [12], "عزمها", ["historical"],
          source=DEFENCE_MINISTRY, recipient=HADITHA_TRIBAL_FIGHTERS,
          date=D("2016-09-08", "month", ("2016-08-25", "2016-09-22"))),
        # ¶13: a joint army–tribal search «بين هيت وناحية كبيسة» (told today, undated: the day before as a
        # range); the cache found and blown up optional
        E(True, ["COOPERATE"], [13], "عملية تفتيش مشتركة", ["asserted"],
          source=ARMY_AND_TRIBES, location=HIT_KUBAISA, date=TOLD_TODAY),
        E(False, ["COERCE"], [13], "العثور", ["asserted"], mode="seize",
          source=ARMY_AND_TRIBES, location=HIT_KUBAISA, date=TOLD_TODAY),
        # paragraph 14 (hit-and-run attacks in general: generic) holds no event
        # background at another place, in «وكان … قد»: ISIS mortar shells on al-Baghdadi's market on
        # 16 October
        E(True, ["ASSAULT"], [15], "أطلقها", ["historical", "asserted"], mode="heavy-weapons",
          source=ISIS, recipient=BAGHDADI_CIVILIANS, location=BAGHDADI, date=D("2016-10-16"), fatalities=4,
          acled=SHELL),
        # ¶16: the provincial council's backing of the mayor (its call to the commander-in-chief optional)
        E(True, ["SUPPORT"], [16], "دعمه", ["asserted"],
          source=ANBAR_COUNCIL, recipient=HADITHA_MAYOR, date=TODAY),
        E(False, ["REQUEST"], [16], "داعياً", ["asserted"],
          source=ANBAR_COUNCIL, recipient=COMMANDER_IN_CHIEF, date=TODAY),
        # ¶17, the funeral, is a paragraph of the main event
    ],
)
