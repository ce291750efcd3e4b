"""Gold of article 110: al-Bab (the Arima axis, the Abu al-Zendeen crossing, Tadef), the western Manbij countryside,
Jarablus and Afrin (Shaykh al-Hadid), a Syrian northern news site, 2024-08-21 (Wed)."""
from actors_places import (
                           ABU_ZENDEEN,
                           AFRIN_DETAINEES,
                           AL_BAB,
                           AL_BAB_COUNCIL,
                           ARIMA,
                           BAB_NOTABLES,
                           BAB_TANSIQIYA,
                           EUPHRATES_SHIELD,
                           HAMZA_SHAMIYA,
                           JARABLUS,
                           JARABLUS_MARKET,
                           JARABLUS_VICTIMS,
                           MANBIJ_CIVILIANS,
                           MANBIJ_WEST,
                           MIL_POLICE,
                           SHAYKH_HADID,
                           SIG,
                           SNA,
                           SNA_BAB_MC,
                           SY_GOV_FORCES,
                           TADEF,
                           TURKISH_ARMY,
                           UNKNOWN,
                           ZENDEEN_PROTESTERS,
)
from common import AGREEMENT, ARREST, CLASH, MINE, RIOT, SHELL, D, E, paras_of

SLUG = "al_bab_arima_abu_al_zendeen_jarablus_afrin_shaykh_al_hadid"
YESTERDAY = D("2024-08-20")
TODAY = D("2024-08-21")
ARTICLE = dict(
    id="team22-110", slug=SLUG, published="2024-08-21", outlet="Ain al-Shamal news site (fictional)",
    paras=paras_of(f"110_{SLUG}.txt"),
    events=[
        # the al-Bab Military Council's infiltration on the Arima axis «فجر أمس الثلاثاء» and the clash it set off
        # with the Third Legion (two sides; 4 SNA killed): headline 0, lead 1, the follow-up 7 (the weapons, the
        # group commander among the dead, and the Council's claim: the perpetrator; «انتهاكات الاحتلال» is generic)
        E(True, ["ASSAULT"], [0, 1, 7], "اشتباكات", ["asserted", "reported"], mode="firearms",
          source=SNA_BAB_MC, location=ARIMA, date=YESTERDAY, fatalities=4,
          attribution=["مصادر عسكرية", "قيادي في «الفيلق الثالث»", "«مجلس الباب العسكري»"], acled=CLASH, tpara=1),
        # the Turkish army's return fire on three villages west of Manbij under one verb (one event, two civilians
        # wounded; the ministry's «ردّت بالمثل» retells it; «اعتداء إرهابي» points back at the infiltration)
        E(True, ["ASSAULT"], [2], "بقصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=TURKISH_ARMY, recipient=MANBIJ_CIVILIANS, location=MANBIJ_WEST, date=YESTERDAY,
          attribution=["ناشطون من المنطقة", "وزارة الدفاع التركية"], acled=SHELL),
        # Abu al-Zendeen, one sentence, two events: protesters storm the crossing and burn its office and a truck
        # (PROTEST, a riot) and the military police fire to disperse them, wounding a young man (COERCE; ASSAULT
        # accepted)
        E(True, ["PROTEST"], [0, 3], "اقتحم", ["asserted", "reported"], mode="riot",
          source=ZENDEEN_PROTESTERS, location=ABU_ZENDEEN, date=YESTERDAY,
          attribution=["مراسل «عين الشمال»"], acled=RIOT, tpara=3),
        E(True, ["COERCE", "ASSAULT"], [3], "يطلق عناصر من الشرطة العسكرية الرصاص", ["asserted", "reported"],
          mode="restrict", source=MIL_POLICE, recipient=ZENDEEN_PROTESTERS, location=ABU_ZENDEEN, date=YESTERDAY,
          attribution=["مراسل «عين الشمال»"]),
        # Jarablus, one sentence, two events: the Hamza Division–Levant Front clash (4 wounded) and the ceasefire
        # the two reached late at night through the interim defence ministry (AGREE)
        E(True, ["ASSAULT"], [4], "اشتباكات", ["asserted"], mode="firearms",
          source=HAMZA_SHAMIYA, location=JARABLUS, date=YESTERDAY, acled=CLASH),
        E(True, ["AGREE"], [4], "اتفاق لوقف إطلاق النار", ["asserted"],
          source=HAMZA_SHAMIYA, location=JARABLUS, date=D("2024-08-20", "day", ("2024-08-20", "2024-08-21")),
          acled=AGREEMENT),
        # Afrin: the military police raid houses in a Shaykh al-Hadid village and arrest five Kurdish civilians (one
        # COERCE: raid, arrests, taking them away)
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=MIL_POLICE, recipient=AFRIN_DETAINEES, location=SHAYKH_HADID, date=TODAY,
          attribution=["منظمة حقوقية كردية"], acled=ARREST),
        # the interim government's head meets al-Bab notables (CONSULT) and calls on them to control the street
        # (REQUEST); the delegation in turn demands that the government disclose who decided the opening (REQUEST)
        E(True, ["CONSULT"], [6], "التقى", ["asserted"], mode="visit",
          source=SIG, recipient=BAB_NOTABLES, location=AL_BAB_COUNCIL, date=TODAY),
        E(True, ["REQUEST"], [6], "وطالبهم", ["asserted"],
          source=SIG, recipient=BAB_NOTABLES, location=AL_BAB_COUNCIL, date=TODAY),
        E(True, ["REQUEST"], [6], "طالب الوفد", ["asserted"],
          source=BAB_NOTABLES, recipient=SIG, location=AL_BAB_COUNCIL, date=TODAY),
        # activists' talk of government reinforcements near Tadef «خلال الأيام الماضية» (rumoured MOBILIZE)
        E(True, ["MOBILIZE"], [8], "استقدمت", ["rumored"], mode="troops",
          source=SY_GOV_FORCES, location=TADEF, date=D("2024-08-18", "week", ("2024-08-14", "2024-08-21")),
          attribution=["أوساط ناشطين"]),
        # the denial: an SNA withdrawal from the Arima contact points told by social-media accounts and denied
        # (negated RETREAT), and inside the same quote a real event: reinforcements reached the points this morning
        # (MOBILIZE, reported)
        E(True, ["RETREAT"], [9], "انسحاب", ["negated", "rumored", "reported"], mode="withdraw",
          source=SNA, location=ARIMA, date=D("2024-08-20", "day", ("2024-08-20", "2024-08-21")),
          attribution=["مصدر في «وزارة الدفاع» بالحكومة المؤقتة", "حسابات على مواقع التواصل"]),
        E(True, ["MOBILIZE"], [9], "تعزيزات إضافية", ["reported", "asserted"], mode="troops",
          source=SNA, location=ARIMA, date=TODAY, attribution=["مصدر في «وزارة الدفاع» بالحكومة المؤقتة"]),
        # paragraph 10 is generic (near-daily infiltrations and shelling, recurring infighting, levies): NO gold event
        # an open sit-in near the crossing from «يوم الجمعة المقبل» (planned PROTEST; the call itself optional
        # REQUEST) and the Third Legion's threat (THREATEN asserted; the threatened strike is no event)
        E(True, ["PROTEST"], [11], "اعتصام مفتوح", ["planned"], mode="demo",
          source=BAB_TANSIQIYA, location=ABU_ZENDEEN, date=D("2024-08-23")),
        E(False, ["REQUEST"], [11], "ودعت", ["asserted"],
          source=BAB_TANSIQIYA, location=ABU_ZENDEEN, date=TODAY),
        E(True, ["THREATEN"], [11], "هدّد", ["asserted"],
          source=SNA, location=AL_BAB, date=TODAY),
        # the anniversary: Operation Euphrates Shield launched on 24 August 2016 and Jarablus taken on its first day
        # (historical, day); its extension to al-Bab early the next year is optional background
        E(True, ["ASSAULT"], [12], "أطلقها", ["historical"], mode="heavy-weapons",
          source=EUPHRATES_SHIELD, location=JARABLUS, date=D("2016-08-24"), acled=CLASH),
        E(False, ["ASSAULT"], [12], "تتوسع", ["historical"], mode="heavy-weapons",
          source=EUPHRATES_SHIELD, location=AL_BAB, date=D("2017-02-15", "month", ("2017-01-01", "2017-03-31"))),
        # background «وكان … قد»: a car bomb near Jarablus's wholesale market «مساء السبت الماضي» (1 killed, 4 hurt)
        E(True, ["ASSAULT"], [13], "فجّروا", ["historical", "asserted"], mode="explosives",
          source=UNKNOWN, recipient=JARABLUS_VICTIMS, location=JARABLUS_MARKET, date=D("2024-08-17"), fatalities=1,
          acled=MINE),
    ],
)
