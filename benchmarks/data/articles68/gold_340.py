"""Gold of article 340: the Ain al-Hilweh camp (the Tawari–Barrakat front, the Hisbeh checkpoint, the Taamir
orchards), Sidon and the Mohammad Zogheib barracks, the Mieh Mieh camp and Ain al-Tineh (Lebanon), the news
site of a Sidon political gathering, 2023-08-24 (Thu). A sit-in of displaced families, a night clash with one
toll, the army's deployment, a truce meeting and a refused attendance, a deadline, demands and statements."""
from actors_places import (
    AIN_HILWEH,
    AIN_TINEH,
    BEIRUT,
    CAMP_ENTRANCES,
    CAMP_FIGHT,
    CAMP_MEETING,
    CAMP_SCHOOLS,
    CAMP_SECURITY,
    CEASEFIRE_PLACE,
    DISPLACED_FAMILIES,
    FATAH,
    FATAH_OFFICIAL,
    GS_DIRECTOR,
    ISLAMISTS,
    ISLAMISTS_GUNMEN,
    JOINT_ACTION,
    JOINT_FORCE,
    LAF,
    LAF_INTEL,
    LEB_STATE,
    MIEH_MIEH,
    NSF_COMMANDER,
    OUTSIDE_GUNMEN,
    SHABAB_LEADER,
    SHOP_OWNER,
    SIDON,
    SIDON_PARTY,
    SPEAKER,
    TAAMIR,
    THREE_YOUTHS,
    UNKNOWN_GUNMAN_LB,
    UNRWA,
    UNRWA_SIDON,
    WANTED_MEN,
    ZOGHEIB,
)
from common import AGREEMENT, ARREST, ATTACK, CLASH, PEACEFUL, D, E, paras_of

SLUG = "ain_al_hilweh_2023_sidon_mieh_mieh_unrwa_schools"
TODAY = D("2023-08-24")
ARTICLE = dict(
    id="team68-340", slug=SLUG, published="2023-08-24",
    outlet="Minbar Saida news site of a Sidon political gathering (fictional)",
    paras=paras_of(f"340_{SLUG}.txt"),
    events=[
        # the lead is not the fighting: displaced families' sit-in before UNRWA's Sidon office (PROTEST); the
        # demands it carries are an optional REQUEST; «وجاء الاعتصام» in ¶2 is a back-reference
        E(True, ["PROTEST"], [1], "اعتصاماً", ["asserted"], mode="demo",
          source=DISPLACED_FAMILIES, recipient=UNRWA, location=UNRWA_SIDON, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [1], "مطالبةً", ["asserted"],
          source=DISPLACED_FAMILIES, recipient=UNRWA, location=UNRWA_SIDON, date=TODAY),
        # the night clash between Fatah's National Security forces and Islamist militants on the Tawari–
        # Barrakat front (two-sided: both are sources), from about 11 p.m. to dawn: headline 0 («قتيلان»), ¶2
        # (two dead), the follow-up 6 (al-Hamshari hospital: the two bodies) and the Islamist leader's version
        # 11 → 2, one toll throughout. The two shells outside the camp are part of it; the funeral's shots in
        # the air are no event
        E(True, ["ASSAULT"], [0, 2, 6, 11], "اشتباكات بالأسلحة الرشاشة", ["asserted", "reported"],
          mode="firearms", source=CAMP_FIGHT, location=AIN_HILWEH,
          date=D("2023-08-23", "day", ("2023-08-23", "2023-08-24")), fatalities=2,
          attribution=["مصدر طبي في مستشفى الهمشري", "صفحات قريبة من تجمع «الشباب المسلم»"], acled=CLASH,
          tpara=2),
        # ¶3: the Lebanese army reinforces its deployment at the camp's entrances (MOBILIZE, headline 0) and
        # closes the northern entrance to cars (COERCE restrict)
        E(True, ["MOBILIZE"], [0, 3], "وعزّز", ["asserted"], mode="troops",
          source=LAF, location=CAMP_ENTRANCES, date=TODAY, tpara=3),
        E(True, ["COERCE"], [3], "أغلق المدخل الشمالي", ["asserted"], mode="restrict",
          source=LAF, location=CAMP_ENTRANCES, date=TODAY),
        # ¶4 (the camp, its size and the old understandings) holds no event
        # ¶5: the Joint Palestinian Action Committee meets army intelligence at the Zogheib barracks (CONSULT)
        # and the meeting agrees to hold the ceasefire (AGREE; CONCEDE accepted); the joint force's deployment
        # «ابتداءً من مساء اليوم» is optional, planned
        E(True, ["CONSULT"], [5], "اجتماعاً طارئاً", ["asserted"],
          source=CAMP_MEETING, recipient=CAMP_MEETING, location=ZOGHEIB, date=TODAY),
        E(True, ["AGREE", "CONCEDE"], [5], "واتفق المجتمعون", ["asserted"],
          source=CAMP_MEETING, location=CEASEFIRE_PLACE, date=TODAY, acled=AGREEMENT),
        E(False, ["MOBILIZE"], [5], "ونشر القوة الأمنية المشتركة", ["planned"], mode="troops",
          source=JOINT_FORCE, location=CEASEFIRE_PLACE, date=TODAY),
        # ¶7: the National Security commander's deadline to the Islamist groups (THREATEN, headline 0); the
        # act threatened is hypothetical (optional), and so are two background events told in passing: the
        # assassination of late July and the list of names handed over two weeks ago (optional, historical)
        E(True, ["THREATEN"], [0, 7], "وأمهل", ["asserted"], mode="violence",
          source=NSF_COMMANDER, recipient=ISLAMISTS, location=AIN_HILWEH, date=TODAY, tpara=7),
        E(False, ["ASSAULT"], [7], "ستتصرف", ["hypothetical"], mode="firearms",
          source=NSF_COMMANDER, recipient=ISLAMISTS, date=None),
        E(False, ["ASSAULT"], [7], "اغتيال قائد الأمن الوطني", ["historical"], mode="assassinate",
          recipient=FATAH_OFFICIAL, location=SIDON,
          date=D("2023-07-28", "week", ("2023-07-21", "2023-07-31"))),
        E(False, ["ACCUSE"], [7], "يتهم", ["historical", "asserted"],
          source=FATAH, recipient=WANTED_MEN, date=D("2023-08-10", "week", ("2023-08-07", "2023-08-13"))),
        # ¶8: UNRWA demands that the gunmen leave its schools (REQUEST); the damage it saw is no new event
        E(True, ["REQUEST"], [8], "وطالبت", ["asserted"],
          source=UNRWA, recipient=ISLAMISTS_GUNMEN, location=BEIRUT,
          date=D("2023-08-24", "day", ("2023-08-23", "2023-08-24"))),
        # ¶9: gunmen from outside reaching the Islamist groups through the Taamir orchards, a leaked report
        # denied by a Lebanese security source (rumoured, MOBILIZE)
        E(True, ["MOBILIZE"], [9], "وصول مسلحين", ["rumored", "negated"], mode="troops",
          source=OUTSIDE_GUNMEN, location=TAAMIR, date=TODAY, attribution=["مصدر أمني لبناني"]),
        # ¶10: the Islamist groups did not attend the barracks meeting (CONSULT, negated); their condition is
        # an optional REQUEST
        E(True, ["CONSULT"], [10], "ولم يحضر", ["negated"],
          source=ISLAMISTS, location=ZOGHEIB, date=TODAY),
        E(False, ["REQUEST"], [10], "اشترطوا", ["asserted"],
          source=ISLAMISTS, recipient=CAMP_MEETING, date=TODAY),
        # ¶11: the Islamist leader's version belongs to the clash; his blame of Fatah is an ACCUSE; his denial
        # that his group occupied the schools is an optional, negated COERCE
        E(True, ["ACCUSE"], [11], "متهماً", ["reported", "asserted"],
          source=SHABAB_LEADER, recipient=FATAH, date=TODAY,
          attribution=["صفحات قريبة من تجمع «الشباب المسلم»"]),
        E(False, ["COERCE"], [11], "احتلت", ["negated"], mode="seize",
          source=ISLAMISTS, location=CAMP_SCHOOLS, date=None),
        # background at another place: a shop owner shot at the entrance of the Mieh Mieh camp «مساء الأحد
        # الماضي», dead the next day (core, historical, 1); two suspects held and let go (optional,
        # historical)
        E(True, ["ASSAULT"], [12], "أطلق النار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN_GUNMAN_LB, recipient=SHOP_OWNER, location=MIEH_MIEH, date=D("2023-08-20"),
          fatalities=1, acled=ATTACK),
        E(False, ["COERCE"], [12], "وأوقفت", ["historical"], mode="arrest",
          source=CAMP_SECURITY, location=MIEH_MIEH, date=None),
        E(False, ["RETREAT"], [12], "تطلق سراحهما", ["historical"], mode="release",
          source=CAMP_SECURITY, location=MIEH_MIEH, date=None),
        # ¶13: the committee's visit to the Speaker «يوم السبت المقبل» (planned CONSULT); the meeting with the
        # head of General Security the same day is optional
        E(True, ["CONSULT"], [13], "يزور", ["planned"], mode="visit",
          source=JOINT_ACTION, recipient=SPEAKER, location=AIN_TINEH, date=D("2023-08-26")),
        E(False, ["CONSULT"], [13], "يلتقي", ["planned"], mode="visit",
          source=JOINT_ACTION, recipient=GS_DIRECTOR, date=D("2023-08-26")),
        # ¶14: the Sidon gathering's statement: a condemnation naming no one (optional ACCUSE), a call on the
        # Lebanese state (REQUEST) and support for the army (SUPPORT); its warning of «فتنة» is no threat
        E(False, ["ACCUSE"], [14], "ودان", ["asserted"],
          source=SIDON_PARTY, date=TODAY),
        E(True, ["REQUEST"], [14], "داعياً", ["asserted"],
          source=SIDON_PARTY, recipient=LEB_STATE, location=SIDON, date=TODAY),
        E(True, ["SUPPORT"], [14], "دعمه الكامل", ["asserted"],
          source=SIDON_PARTY, recipient=LAF, location=SIDON, date=TODAY),
        # ¶15 (the markets' losses in the rounds since early summer: an aggregate) holds no event
        # ¶16: army intelligence releases three young men (RETREAT); their detention that morning, told in a
        # relative clause, is optional
        E(True, ["RETREAT"], [16], "وأفرجت", ["asserted", "reported"], mode="release",
          source=LAF_INTEL, recipient=THREE_YOUTHS, location=CAMP_ENTRANCES, date=TODAY,
          attribution=["أحد ذويهم"]),
        E(False, ["COERCE"], [16], "أوقفتهم", ["asserted"], mode="arrest",
          source=LAF_INTEL, recipient=THREE_YOUTHS, location=CAMP_ENTRANCES, date=TODAY, acled=ARREST),
    ],
)
