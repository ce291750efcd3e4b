"""Gold of article 378: Samarra prison, Tikrit, al-Dhuluiya and Baiji (Salahuddin), an Iraqi local news
agency, 2024-07-11 (Thu); mostly about detainees and a prison."""
from actors_places import (
    BAGHDAD_MOSUL_ROAD,
    BAIJI,
    BAIJI_DETAINEE,
    BAIJI_POLICE,
    CORRECTIONS,
    DEAD_INMATES_KIN,
    DETAINEE_FAMILIES,
    EMERGENCY_POLICE,
    FORENSICS,
    HELD_INMATES,
    HR_COMMITTEE,
    IHCHR,
    IQ_JUSTICE,
    KILLED_INMATES,
    PRISON_GUARDS,
    RELEASED_INMATES,
    SALAHUDDIN,
    SAMARRA,
    SAMARRA_INMATES,
    SAMARRA_PRISON,
    SD_COURT,
    SD_DEFENDANTS,
    SD_GOVERNOR,
    SD_POLICE,
    SITIN_DELEGATION,
    TIKRIT_COUNCIL,
)
from common import ARREST, ATTACK, PEACEFUL, RIOT, D, E, paras_of

SLUG = "samarra_2024_tikrit_dhuluiya_baiji"
TODAY = D("2024-07-11")
YESTERDAY = D("2024-07-10")
SINCE_YESTERDAY = D("2024-07-11", "day", ("2024-07-10", "2024-07-11"))
SINCE_SATURDAY = D("2024-07-06", "week", ("2024-07-06", "2024-07-11"))
ARTICLE = dict(
    id="team76-378", slug=SLUG, published="2024-07-11",
    outlet="Nabd al-Malwiya Iraqi local news agency (fictional)",
    paras=paras_of(f"378_{SLUG}.txt"),
    events=[
        # ¶1: the Salahuddin criminal court sentences ten defendants «أمس الأربعاء» (SANCTION convict); the
        # attacks of 2014–2016 they were convicted of are an aggregate (optional, historical)
        E(True, ["SANCTION"], [1], "أحكاماً بالإعدام", ["asserted"], mode="convict",
          source=SD_COURT, recipient=SD_DEFENDANTS, location=SALAHUDDIN, date=YESTERDAY,
          attribution=["مجلس القضاء الأعلى"]),
        E(False, ["ASSAULT"], [1], "هجمات", ["historical", "generic"], mode="firearms",
          location=SALAHUDDIN, date=D("2015-06-30", "year", ("2014-01-01", "2016-12-31"))),
        # ¶2: the inmates' hunger strike, in its sixth day (PROTEST strike, from Saturday)
        E(True, ["PROTEST"], [2], "إضراباً عن الطعام", ["asserted", "reported"], mode="strike",
          source=SAMARRA_INMATES, location=SAMARRA_PRISON, date=SINCE_SATURDAY,
          attribution=["ذوو عدد منهم"], acled=PEACEFUL),
        # the main event, first told in ¶3 after the verdicts and the strike: an Emergency Police force storms
        # two halls «فجر اليوم» to put down the riot, two inmates killed (headline 0, ¶3, a brother 4, the
        # Corrections Service's version 5, the sit-in's demand 7, the bodies 13) → 2; the riot itself a core
        # PROTEST (riot); both carry ACLED's «Violent demonstration»
        E(True, ["ASSAULT"], [0, 3, 4, 5, 7, 13], "اقتحمت", ["asserted"], mode="firearms",
          source=EMERGENCY_POLICE, recipient=KILLED_INMATES, location=SAMARRA_PRISON, date=TODAY,
          fatalities=2, attribution=["مصدر طبي في مستشفى سامراء العام", "دائرة الإصلاح العراقية"],
          acled=RIOT, tpara=3),
        E(True, ["PROTEST"], [0, 3], "أعمال شغب", ["asserted", "reported"], mode="riot",
          source=SAMARRA_INMATES, location=SAMARRA_PRISON, date=SINCE_YESTERDAY,
          attribution=["إدارة السجن"], acled=RIOT, tpara=3),
        # ¶5: the guards held by inmates and let go, in the Corrections Service's words (optional, reported)
        E(False, ["ASSAULT"], [5], "احتجز", ["reported"], mode="abduct",
          source=SAMARRA_INMATES, recipient=PRISON_GUARDS, location=SAMARRA_PRISON, date=TODAY),
        E(False, ["RETREAT"], [5], "أُطلق سراحهما", ["reported"], mode="release",
          source=SAMARRA_INMATES, recipient=PRISON_GUARDS, location=SAMARRA_PRISON, date=TODAY),
        # ¶6: 38 inmates released «مساء أمس» under the amnesty (RETREAT release), about sixty others not
        # (core RETREAT, negated)
        E(True, ["RETREAT"], [6], "أفرجت", ["asserted"], mode="release",
          source=CORRECTIONS, recipient=RELEASED_INMATES, location=SAMARRA_PRISON, date=YESTERDAY,
          attribution=["محامٍ يتابع قضاياهم"]),
        E(True, ["RETREAT"], [6], "ولم تُفرج", ["negated"], mode="release",
          source=CORRECTIONS, recipient=HELD_INMATES, location=SAMARRA_PRISON, date=TODAY,
          attribution=["محامٍ يتابع قضاياهم"]),
        # ¶7: the families' sit-in in Tikrit (PROTEST), its demands (REQUEST) and its threat to block the
        # Baghdad–Mosul road (THREATEN; the road block optional, hypothetical)
        E(True, ["PROTEST"], [7], "واعتصم", ["asserted"], mode="demo",
          source=DETAINEE_FAMILIES, location=TIKRIT_COUNCIL, date=TODAY, acled=PEACEFUL),
        E(True, ["REQUEST"], [7], "مطالبين", ["asserted"],
          source=DETAINEE_FAMILIES, location=TIKRIT_COUNCIL, date=TODAY),
        E(True, ["THREATEN"], [7], "ومهددين", ["asserted"], mode="obstruct",
          source=DETAINEE_FAMILIES, location=TIKRIT_COUNCIL, date=TODAY),
        E(False, ["PROTEST"], [7], "بقطع الطريق الدولي", ["hypothetical"], mode="obstruct",
          source=DETAINEE_FAMILIES, location=BAGHDAD_MOSUL_ROAD, date=None),
        # ¶8: the human rights commission's demand to the justice ministry (REQUEST)
        E(True, ["REQUEST"], [8], "وطالب", ["asserted"],
          source=IHCHR, recipient=IQ_JUSTICE, location=SALAHUDDIN, date=TODAY),
        # ¶9: the strikers' demands, from a leaked paper (REQUEST, reported)
        E(True, ["REQUEST"], [9], "مطالب المضربين", ["reported", "asserted"],
          source=SAMARRA_INMATES, location=SAMARRA_PRISON, date=SINCE_SATURDAY,
          attribution=["ورقة قال ذوو أحدهم إنها سُرّبت من داخل السجن"]),
        # paragraph 10 (the prison and its overcrowding: description) holds no event
        # ¶11: strikers said to have been moved to Baghdad at night, rumoured, neither confirmed nor denied
        E(True, ["COERCE"], [11], "نقل عدد من المضربين", ["rumored", "reported"], mode="restrict",
          source=CORRECTIONS, recipient=SAMARRA_INMATES, location=SAMARRA_PRISON, date=SINCE_YESTERDAY,
          attribution=["حسابات على مواقع التواصل الاجتماعي"]),
        # ¶12: the parliamentary human rights committee to visit «يوم الأحد المقبل» (planned CONSULT); the
        # minister's welcome optional SUPPORT
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit",
          source=HR_COMMITTEE, recipient=SAMARRA_INMATES, location=SAMARRA_PRISON, date=D("2024-07-14"),
          attribution=["عضو في اللجنة"]),
        E(False, ["SUPPORT"], [12], "ترحيبه", ["reported"],
          source=IQ_JUSTICE, recipient=HR_COMMITTEE, date=TODAY),
        # ¶13: the bodies handed over and buried (a paragraph of the main event; the handover optional
        # RETREAT)
        E(False, ["RETREAT"], [13], "وتسلّم", ["asserted"], mode="return",
          source=FORENSICS, recipient=DEAD_INMATES_KIN, location=SAMARRA, date=TODAY),
        # ¶14: police reinforcements around the prison (MOBILIZE) and visits banned (COERCE ban)
        E(True, ["MOBILIZE"], [14], "ونشرت", ["asserted"], mode="police",
          source=SD_POLICE, location=SAMARRA_PRISON, date=TODAY),
        E(True, ["COERCE"], [14], "منع الزيارات", ["asserted"], mode="ban",
          source=CORRECTIONS, location=SAMARRA_PRISON, date=TODAY),
        # ¶15: the governor receives the protesters' delegation (CONSULT); his promise and his request
        # optional
        E(True, ["CONSULT"], [15], "واستقبل", ["asserted"], mode="visit",
          source=SD_GOVERNOR, recipient=SITIN_DELEGATION, location=TIKRIT_COUNCIL, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["AGREE"], [15], "ووعد", ["asserted"],
          source=SD_GOVERNOR, recipient=SITIN_DELEGATION, date=TODAY),
        E(False, ["REQUEST"], [15], "طلب منهم", ["asserted"],
          source=SD_GOVERNOR, recipient=SITIN_DELEGATION, date=TODAY),
        # paragraph 16 (the amnesty law: analysis, a standing demand) holds no event background at another
        # place: a detainee of Baiji dead in custody on 17 February, with marks of torture by his family's
        # account (historical, 1); his arrest eleven days before optional
        E(True, ["ASSAULT"], [17], "آثار تعذيب", ["historical", "reported"], mode="torture",
          source=BAIJI_POLICE, recipient=BAIJI_DETAINEE, location=BAIJI, date=D("2024-02-17"), fatalities=1,
          attribution=["عائلته"], acled=ATTACK),
        E(False, ["COERCE"], [17], "توقيفه", ["historical"], mode="arrest",
          source=BAIJI_POLICE, recipient=BAIJI_DETAINEE, location=BAIJI, date=D("2024-02-06"), acled=ARREST),
    ],
)
