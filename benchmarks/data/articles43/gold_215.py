"""Gold of article 215: Tell Rifaat, Sheikh Issa, Mare', Fafin and Azaz (northern Aleppo countryside), a Syrian
opposition news agency, 2018-04-24 (Tue). Dateline «ريف حلب – «بوابة الشمال»:»."""
from actors_places import (
                           AANES_SHAHBA,
                           AFRIN_IDPS,
                           AFRIN_YOUTHS,
                           AZAZ,
                           FAFIN,
                           FSA_MARE,
                           LEVANT_CMDR,
                           MARE,
                           RU_MP,
                           SARC,
                           TELL_RIFAAT,
                           TR_ARMY_TR,
                           TR_ART,
                           TR_DISPLACED,
                           TR_GOV_FSA,
                           TR_MFA,
                           TR_RU,
                           TR_SHISSA,
                           YPG,
                           YPG_CIV,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "tell_rifaat_sheikh_issa_mare_azaz_displaced"
ARTICLE = dict(
    id="team43-215", slug=SLUG, published="2018-04-24", outlet="Bawwabat al-Shamal news agency (fictional)",
    paras=paras_of(f"215_{SLUG}.txt"),
    events=[
        # Turkish artillery on YPG positions around Tell Rifaat and Sheikh Issa «مساء أمس الإثنين»: headline 0, lead 1,
        # the Levant Front source 2, the details 10 (the Observatory: one YPG fighter killed, three IDPs wounded) → 1
        E(True, ["ASSAULT"], [0, 1, 2, 10], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ART, recipient=YPG_CIV, location=TR_SHISSA, date=D("2018-04-23"), fatalities=1,
          attribution=["مراسل الوكالة", "مصدر عسكري في «الجبهة الشامية»", "المرصد السوري لحقوق الإنسان"],
          acled=SHELL, tpara=1),
        # the YPG mortars on FSA positions in Mare' that the shelling answered (two wounded, per the Levant Front)
        E(True, ["ASSAULT"], [1, 2], "قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=YPG, recipient=FSA_MARE, location=MARE, date=D("2018-04-23"),
          attribution=["مصدر عسكري في «الجبهة الشامية»"], acled=SHELL),
        # the displaced people's demonstration in Azaz today (headline 0) and their demand
        E(True, ["PROTEST"], [0, 3], "وتظاهر", ["asserted"], mode="demo",
          source=TR_DISPLACED, location=AZAZ, date=D("2018-04-24"), acled=PEACEFUL, tpara=3),
        E(True, ["REQUEST"], [3], "وطالب", ["asserted"],
          source=TR_DISPLACED, recipient=TR_GOV_FSA, location=AZAZ, date=D("2018-04-24")),
        # a Russian military police patrol deploying in Tell Rifaat «صباح الأحد», told by activists
        E(True, ["MOBILIZE"], [4], "دخلت", ["reported", "asserted"], mode="police",
          source=RU_MP, location=TELL_RIFAAT, date=D("2018-04-22"), attribution=["ناشطون"]),
        # rumoured Turkish-Russian talks on the town (neither confirmed nor denied); the YPG withdrawal they would bring
        # optional
        E(True, ["CONSULT"], [5], "مفاوضات", ["rumored", "reported"],
          source=TR_RU, location=TELL_RIFAAT, date=None, attribution=["مصادر في المعارضة"]),
        E(False, ["RETREAT"], [5], "بانسحاب", ["rumored", "planned"], mode="withdraw",
          source=YPG, location=TELL_RIFAAT),
        # seven Afrin IDPs arrested at the YPG checkpoint at Fafin «يوم الأحد»
        E(True, ["COERCE"], [6], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=YPG, recipient=AFRIN_YOUTHS, location=FAFIN, date=D("2018-04-22"),
          attribution=["أحد أقارب المعتقلين"], acled=ARREST),
        # paragraph 7 describes the town: deliberately NO gold event
        # the YPG takeover of February 2016 (optional, historical)
        E(False, ["ASSAULT"], [8], "معارك", ["historical"], mode="firearms", source=YPG, location=TELL_RIFAAT,
          date=D("2016-02-15", "month", ("2016-02-01", "2016-02-29")), acled=CLASH),
        # the Turkish foreign-ministry source's conditional threat «الأسبوع الماضي»
        E(True, ["THREATEN"], [9], "ملوّحاً", ["asserted", "reported", "historical"], mode="violence",
          source=TR_MFA, recipient=YPG, location=TELL_RIFAAT,
          date=D("2018-04-18", "week", ("2018-04-15", "2018-04-21")),
          attribution=["مصدر في وزارة الخارجية التركية", "وكالة الأناضول"]),
        # the YPG's accusation of the Turkish army
        E(True, ["ACCUSE"], [10], "اتهمت", ["asserted"],
          source=YPG, recipient=TR_ARMY_TR, date=D("2018-04-24", "day", ("2018-04-23", "2018-04-24"))),
        # SARC aid to the Afrin IDPs «أمس»
        E(True, ["AID"], [11], "ووزّع", ["asserted", "reported"], mode="humanitarian",
          source=SARC, recipient=AFRIN_IDPS, location=TELL_RIFAAT, date=D("2018-04-23"),
          attribution=["معرّفات الهلال الأحمر العربي السوري"]),
        # the IED that killed a Levant Front commander in Azaz «فجر اليوم» (unclaimed); the activists' finger-pointing
        # optional
        E(True, ["ASSAULT"], [12], "انفجار عبوة ناسفة", ["asserted"], mode="explosives",
          recipient=LEVANT_CMDR, location=AZAZ, date=D("2018-04-24"), fatalities=1, acled=MINE),
        E(False, ["ACCUSE"], [12], "أصابع الاتهام", ["asserted"], recipient=YPG, location=AZAZ),
        # the Autonomous Administration's rejection of any handover (its charge against Turkey optional)
        E(True, ["REJECT"], [13], "رفضت", ["asserted"],
          source=AANES_SHAHBA, location=TELL_RIFAAT, date=D("2018-04-24", "week", ("2018-04-22", "2018-04-24"))),
        E(False, ["ACCUSE"], [13], "محاولة تركية", ["asserted"], source=AANES_SHAHBA),
    ],
)
