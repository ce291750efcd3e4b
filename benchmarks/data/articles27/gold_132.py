"""Gold of article 132: Sennar State (Sennar, Jebel Moya, Sinja, Abu Hujar/al-Dali/al-Mazmum, Dinder, al-Suki), a
Sudanese radio station's news site, 2024-07-14 (Sun)."""
from actors_places import (
                           ABU_HUJAR_DALI_MAZMUM,
                           DINDER,
                           INTL_ORGS,
                           IOM,
                           JEBEL_MOYA,
                           OCHA,
                           POP_RESISTANCE,
                           RSF,
                           RSF_COMMANDER,
                           RSF_SINJA_TARGETS,
                           SAF,
                           SAF_CAMP,
                           SAF_RSF,
                           SD_FMOH,
                           SENNAR,
                           SENNAR_CIVILIANS,
                           SENNAR_DAM,
                           SENNAR_GOV,
                           SENNAR_SEC_COMMITTEE,
                           SINJA,
                           SINJA_IDPS,
                           SINJA_YOUTHS,
                           SUKI,
                           SUKI_FARMERS,
                           WARRING_PARTIES,
)
from common import ABDUCTION, AIR, ATTACK, CLASH, OTHER, PEACEFUL, SHELL, D, E, paras_of

SLUG = "sennar_jebel_moya_sinja_abu_hujar_dinder_suki"
ARTICLE = dict(
    id="team27-132", slug=SLUG, published="2024-07-14", outlet="Idha'at al-Khazzan radio news site (fictional)",
    paras=paras_of(f"132_{SLUG}.txt"),
    events=[
        # the RSF shelling of Sennar's eastern neighbourhoods «مساء أمس السبت 13 يوليو»: headline 0, lead 1 («قتلى
        # وجرحى» without a number), the follow-up 8 that gives the toll (9 per the hospital director, 13 per the
        # resistance committees → 9): one event
        E(True, ["ASSAULT"], [0, 1, 8], "قصف مدفعي", ["asserted", "reported"], mode="heavy-weapons",
          source=RSF, recipient=SENNAR_CIVILIANS, location=SENNAR, date=D("2024-07-13"), fatalities=9,
          attribution=["شهود عيان", "مدير مستشفى سنار التعليمي", "تنسيقية لجان مقاومة سنار"], acled=SHELL, tpara=1),
        # one sentence, two events in the army's statement: the RSF attack on Jebel Moya repelled (one two-sided
        # fight; «خسائر كبيرة» gives no number) and the drone strikes on RSF gatherings in Sinja
        E(True, ["ASSAULT"], [2], "هجوماً واسعاً", ["asserted", "reported"], mode="firearms",
          source=SAF_RSF, location=JEBEL_MOYA, date=D("2024-07-14"),
          attribution=["بيان الناطق الرسمي باسم القوات المسلحة"], acled=CLASH),
        E(True, ["ASSAULT"], [2], "استهدف", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=RSF_SINJA_TARGETS, location=SINJA, date=D("2024-07-14"),
          attribution=["بيان الناطق الرسمي باسم القوات المسلحة"], acled=AIR),
        # the RSF sweep through three towns under one verb, told by the Sinja resistance committees: one event (the
        # abduction of young men is the gravest act in it); the looting and the abduction as separate events are
        # optional; «رفضوا تسليم سياراتهم» tells no new event
        E(True, ["ASSAULT", "COERCE"], [3], "اجتاحوا", ["reported", "asserted"], mode="abduct",
          source=RSF, recipient=SINJA_YOUTHS, location=ABU_HUJAR_DALI_MAZMUM,
          date=D("2024-07-13", "day", ("2024-07-12", "2024-07-14")),
          attribution=["تنسيقية لجان مقاومة سنجة على فيسبوك"], acled=ABDUCTION),
        E(False, ["COERCE", "ASSAULT"], [3], "ونهبوا", ["reported", "asserted"], mode="confiscate",
          source=RSF, location=ABU_HUJAR_DALI_MAZMUM, date=D("2024-07-13", "day", ("2024-07-12", "2024-07-14"))),
        E(False, ["ASSAULT"], [3], "واقتادوا", ["reported", "asserted"], mode="abduct",
          source=RSF, recipient=SINJA_YOUTHS, location=ABU_HUJAR_DALI_MAZMUM,
          date=D("2024-07-13", "day", ("2024-07-12", "2024-07-14")), acled=ABDUCTION),
        # the Popular Resistance rally in Sennar's big market, its declared support for the army (optional: the purpose
        # of the rally) and its demand to the army's command in the state
        E(True, ["PROTEST"], [4], "وقفة", ["asserted"], mode="demo",
          source=POP_RESISTANCE, location=SENNAR, date=D("2024-07-14"), acled=PEACEFUL),
        E(False, ["SUPPORT"], [4], "تأييدهم", ["asserted"],
          source=POP_RESISTANCE, recipient=SAF, location=SENNAR, date=D("2024-07-14")),
        E(True, ["REQUEST"], [4], "وطالبوا", ["asserted"],
          source=POP_RESISTANCE, recipient=SAF, location=SENNAR, date=D("2024-07-14")),
        # the state security committee's emergency meeting last night and the curfew it imposed (headline 0); the
        # motorcycle and rickshaw ban in the same decision is optional as a separate event
        E(True, ["CONSULT"], [5], "اجتماعاً طارئاً", ["asserted", "reported"], mode="multilateral",
          source=SENNAR_SEC_COMMITTEE, location=SENNAR, date=D("2024-07-13"), attribution=["سونا"]),
        E(True, ["COERCE"], [0, 5], "حظر تجوال", ["asserted", "reported"], mode="curfew",
          source=SENNAR_SEC_COMMITTEE, location=SENNAR, date=D("2024-07-13", "day", ("2024-07-13", "2024-07-14")),
          attribution=["سونا"], acled=OTHER, tpara=5),
        E(False, ["COERCE"], [5], "ومنع", ["asserted", "reported"], mode="ban",
          source=SENNAR_SEC_COMMITTEE, location=SENNAR, date=D("2024-07-13", "day", ("2024-07-13", "2024-07-14"))),
        # IOM's distribution yesterday and OCHA's call to both warring parties (no place, no day given)
        E(True, ["AID"], [6], "وزّعت", ["asserted"], mode="humanitarian",
          source=IOM, recipient=SINJA_IDPS, location=SENNAR, date=D("2024-07-13")),
        E(True, ["REQUEST"], [6], "دعا", ["asserted"],
          source=OCHA, recipient=WARRING_PARTIES, date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14"))),
        # army reinforcements from al-Qadarif arrived last evening; the health ministry delegation's visit tomorrow
        # (planned)
        E(True, ["MOBILIZE"], [7], "تعزيزات كبيرة", ["asserted", "reported"], mode="troops",
          source=SAF, location=SENNAR, date=D("2024-07-13"), attribution=["مصدر عسكري"]),
        E(True, ["CONSULT"], [7], "يزور", ["planned"], mode="visit",
          source=SD_FMOH, location=SENNAR, date=D("2024-07-15")),
        # the rumoured RSF takeover of an army camp near Dinder (a video on pro-RSF platforms), denied by a military
        # source
        E(True, ["ASSAULT", "COERCE"], [9], "سيطرة", ["rumored", "negated", "reported"], mode="seize",
          source=RSF, recipient=SAF_CAMP, location=DINDER, date=D("2024-07-13", "day", ("2024-07-12", "2024-07-14")),
          attribution=["منصات موالية للدعم السريع", "مصدر عسكري"], acled=CLASH),
        # the RSF commander's conditional threat (made: asserted); the feared strike on the dam is hypothetical
        # (optional)
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=RSF_COMMANDER, recipient=SAF, location=SENNAR,
          date=D("2024-07-14", "day", ("2024-07-13", "2024-07-14")), attribution=["مقطع مصوّر"]),
        E(False, ["ASSAULT"], [10], "للاستهداف", ["hypothetical"],
          source=RSF, location=SENNAR_DAM, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the state government's blame of the RSF; the takeover of Sinja late last month in a subordinate clause
        # (optional, historical) and the call to the international organisations (optional)
        E(True, ["ACCUSE"], [12], "حمّلت", ["asserted"],
          source=SENNAR_GOV, recipient=RSF, date=D("2024-07-14")),
        E(False, ["ASSAULT", "COERCE"], [12], "اجتياحها", ["historical"], mode="seize",
          source=RSF, location=SINJA, date=D("2024-06-29", "week", ("2024-06-20", "2024-06-30")), acled=CLASH),
        E(False, ["REQUEST"], [12], "داعيةً", ["asserted"],
          source=SENNAR_GOV, recipient=INTL_ORGS, date=D("2024-07-14")),
        # background: Wednesday before a Sunday, four farmers killed near al-Suki
        E(True, ["ASSAULT"], [13], "قُتلوا", ["historical", "asserted", "reported"], mode="firearms",
          source=RSF, recipient=SUKI_FARMERS, location=SUKI, date=D("2024-07-10"), fatalities=4,
          attribution=["أحد ذوي الضحايا"], acled=ATTACK),
    ],
)
