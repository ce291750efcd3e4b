"""Gold of article 204: Jarabulus (al-Amarneh, the Sajur, the Karkamış gate), a Turkish-based Syrian opposition site,
2016-09-07 (Wed). Dateline «جرابلس – «بوابة الساجور»:»."""
from actors_places import (
    AFAD_TRC,
    AMARNEH,
    ES_SECURITY,
    FSA_JMC,
    ISIS,
    JARABULUS,
    JB_CHILDREN,
    JB_COUNCIL,
    JB_FACTION_MEN,
    JB_PROTESTERS,
    JB_SUSPECTS,
    JMC_YPG,
    SAJUR,
    SIG,
    SULTAN_MURAD,
    TR_ARTILLERY,
    US_OFFICIALS,
    YPG_US,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "jarabulus_2016_landmine_sajur_clashes_afad_convoy"
ARTICLE = dict(
    id="team41-204", slug=SLUG, published="2016-09-07", outlet="Bawwabat al-Sajur news site (fictional)",
    paras=paras_of(f"204_{SLUG}.txt"),
    events=[
        # the landmine left by ISIS near al-Amarneh «صباح اليوم الأربعاء»: headline 0, lead 1, the civil defence's
        # details 8 → 2 killed (the four similar blasts are an aggregate; the warning to farmers is no threat)
        E(True, ["ASSAULT"], [0, 1, 8], "بانفجار لغم أرضي", ["asserted", "reported"], mode="explosives",
          source=ISIS, recipient=JB_CHILDREN, location=AMARNEH, date=D("2016-09-07"), fatalities=2,
          attribution=["مراسلنا", "مسؤول في الدفاع المدني بجرابلس"], acled=MINE, tpara=1),
        # the AFAD / Turkish Red Crescent convoy «ظهر أمس الثلاثاء» (headline 0); ISIS driven out late last month
        # (optional, historical; recalled again in 8 «منذ خروج التنظيم من المدينة»)
        E(True, ["AID"], [0, 2], "قافلة مساعدات إنسانية", ["asserted", "reported"], mode="humanitarian",
          source=AFAD_TRC, location=JARABULUS, date=D("2016-09-06"), attribution=["وكالة «الأناضول»"], tpara=2),
        E(False, ["ASSAULT", "RETREAT"], [2, 8], "طرد التنظيم", ["historical"],
          recipient=ISIS, location=JARABULUS, date=D("2016-08-24", "week", ("2016-08-22", "2016-08-31"))),
        # paragraph 3 is the town's daily life: deliberately NO gold event
        # the FSA–Jarabulus Military Council fighting «مساء أمس» by al-Amarneh and the Sajur (3 FSA dead) and the
        # Turkish artillery on the council's positions
        E(True, ["ASSAULT"], [4], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=FSA_JMC, location=SAJUR, date=D("2016-09-06"), fatalities=3,
          attribution=["مصادر عسكرية في غرفة عمليات «درع الفرات»"], acled=CLASH),
        E(True, ["ASSAULT"], [4], "قصفت المدفعية التركية", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARTILLERY, recipient=JMC_YPG, location=SAJUR, date=D("2016-09-06"),
          attribution=["مصادر عسكرية في غرفة عمليات «درع الفرات»"], acled=SHELL),
        # the Sultan Murad commander «اليوم»: no ceasefire reached (optional, negated), the US «loose understanding»
        # (optional, reported), the factions' rejection of any truce and the vow to fight on
        E(False, ["AGREE"], [5], "التوصل إلى أي اتفاق", ["negated"],
          source=FSA_JMC, date=None),
        E(False, ["AGREE"], [5], "«تفاهم فضفاض»", ["reported", "historical"],
          source=FSA_JMC, recipient=US_OFFICIALS, date=D("2016-08-31", "week", ("2016-08-29", "2016-09-04"))),
        E(True, ["REJECT"], [5], "ترفض أي هدنة", ["asserted", "reported"],
          source=SULTAN_MURAD, recipient=YPG_US, date=D("2016-09-07"), attribution=["قيادي في فرقة «السلطان مراد»"]),
        E(True, ["THREATEN"], [5], "متوعداً", ["asserted", "reported"], mode="violence",
          source=SULTAN_MURAD, recipient=JMC_YPG, date=D("2016-09-07"),
          attribution=["قيادي في فرقة «السلطان مراد»"]),
        # the night raid and three arrests «ليل الإثنين – الثلاثاء» (one act)
        E(True, ["COERCE"], [6], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=ES_SECURITY, recipient=JB_SUSPECTS, location=JARABULUS,
          date=D("2016-09-06", "day", ("2016-09-05", "2016-09-06")),
          attribution=["المكتب الإعلامي لأحد الفصائل"], acled=ARREST),
        # the protest before the local council «بعد ظهر أمس», its demand and the council head's promise; the seizure
        # of houses is the protesters' allegation (optional)
        E(True, ["PROTEST"], [7], "وتظاهر", ["asserted"], mode="demo",
          source=JB_PROTESTERS, location=JARABULUS, date=D("2016-09-06"), acled=PEACEFUL),
        E(False, ["COERCE"], [7], "استيلاء", ["reported", "rumored"], mode="seize",
          source=JB_FACTION_MEN, location=JARABULUS, date=None),
        E(True, ["REQUEST"], [7], "وطالب المحتجون", ["asserted"],
          source=JB_PROTESTERS, recipient=JB_COUNCIL, location=JARABULUS, date=D("2016-09-06")),
        E(True, ["AGREE"], [7], "وعد رئيس المجلس", ["asserted"],
          source=JB_COUNCIL, recipient=JB_PROTESTERS, location=JARABULUS, date=D("2016-09-06")),
        # the interim government's visit «يوم السبت المقبل» (planned)
        E(True, ["CONSULT"], [8], "أن يزور وفد", ["planned", "reported"], mode="visit",
          source=SIG, location=JARABULUS, date=D("2016-09-10"), attribution=["عضو في المجلس المحلي"]),
    ],
)
