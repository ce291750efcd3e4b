"""Gold of article 093: Anbar (Wadi Houran west of Rutba, al-Karmah in Fallujah, Ramadi, Baghdad, Trebil, Hit and
al-Tharthar, al-Jolan), an Iraqi news agency, 2025-02-05 (Wed)."""
from actors_places import (
                           ALBU_NIMR,
                           AMNESTY_DETAINEES,
                           ANBAR_GOV,
                           ANBAR_MP,
                           ANBAR_OPS,
                           BAGHDAD,
                           DETAINEES_FAMILIES,
                           FALLUJAH_JOLAN,
                           FALLUJAH_MUKHTAR,
                           HIT,
                           IQ_ARMY_AIR,
                           IQ_AUTHORITIES,
                           IQ_FED_GOV,
                           ISIS_ANBAR,
                           KARMAH,
                           KARMAH_SHOOTER,
                           KARMAH_SUSPECTS,
                           NSS,
                           NSS_FORCE,
                           POLITICAL_PARTIES,
                           RAMADI,
                           RAMADI_NASIRIYAH,
                           RUTBA_SHEPHERDS,
                           SJC,
                           THARTHAR,
                           TREBIL,
                           TRIBAL_PMF_POST,
                           UNKNOWN,
                           WADI_HOURAN,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "anbar_wadi_houran_karmah_amnesty_albu_nimr"
ARTICLE = dict(
    id="team19-093", slug=SLUG, published="2025-02-05", outlet="al-Anbar al-Yawm news agency (fictional)",
    paras=paras_of(f"093_{SLUG}.txt"),
    events=[
        # the attack on the Tribal Mobilisation post «ليلة أمس الثلاثاء»: headline 0, lead 1 (unknown gunmen), the
        # Security Media Cell 2, the follow-up 8 that adds the perpetrator (an ISIS claim through «أعماق») and the
        # hospital's two bodies; 2 killed; the night may run past midnight
        E(True, ["ASSAULT"], [0, 1, 2, 8], "بهجوم نفّذه", ["asserted", "reported"], mode="firearms",
          source=ISIS_ANBAR, recipient=TRIBAL_PMF_POST, location=WADI_HOURAN,
          date=D("2025-02-04", "day", ("2025-02-04", "2025-02-05")), fatalities=2,
          attribution=["مصدر أمني في قيادة عمليات غرب الأنبار", "خلية الإعلام الأمني", "وكالة أعماق",
                       "مصدر في مستشفى الرطبة العام"], acled=CLASH, tpara=1),
        # the Cell's «أجبرتهم على الانسحاب» ends the fight (optional RETREAT); the aviation's sweep that «باشر» is
        # vague (optional)
        E(False, ["RETREAT"], [2], "الانسحاب", ["asserted", "reported"], mode="withdraw",
          source=ISIS_ANBAR, date=D("2025-02-04", "day", ("2025-02-04", "2025-02-05"))),
        E(False, ["MOBILIZE", "ASSAULT", "COERCE"], [2], "بتمشيط", ["asserted", "reported"], mode="troops",
          source=IQ_ARMY_AIR, date=D("2025-02-05")),
        # one sentence, two events: the NSS raid with two arrests (COERCE) and the brother's fire on the force
        # (one-sided ASSAULT, one member lightly wounded; his escape is no event)
        E(True, ["COERCE"], [3], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=NSS, recipient=KARMAH_SUSPECTS, location=KARMAH, date=D("2025-02-05"),
          attribution=["بيان جهاز الأمن الوطني"], acled=ARREST),
        E(True, ["ASSAULT"], [3], "فتح شقيق لأحدهما النار", ["asserted", "reported"], mode="firearms",
          source=KARMAH_SHOOTER, recipient=NSS_FORCE, location=KARMAH, date=D("2025-02-05"),
          attribution=["بيان جهاز الأمن الوطني"], acled=CLASH),
        # the release of 86 detainees under the amnesty, carried out (RETREAT) and told through their arrival
        # «مساء أمس» (headline 0); the celebratory fire is no event
        E(True, ["RETREAT"], [0, 4], "أطلقت السلطات سراحهم", ["asserted"], mode="release",
          source=IQ_AUTHORITIES, recipient=AMNESTY_DETAINEES, location=RAMADI_NASIRIYAH,
          date=D("2025-02-04", "day", ("2025-02-03", "2025-02-04")), tpara=4),
        # the families' vigil at the governorate building and their demand to the judicial council (finite); the
        # torture they allege is an undated earlier act (optional, historical)
        E(True, ["PROTEST"], [5], "وقفة", ["asserted"], mode="demo",
          source=DETAINEES_FAMILIES, location=RAMADI, date=D("2025-02-05"), acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=DETAINEES_FAMILIES, recipient=SJC, location=RAMADI, date=D("2025-02-05")),
        E(False, ["ASSAULT"], [5], "التعذيب", ["historical", "reported"], mode="torture",
          date=None),
        # the MP's accusation at a press conference in Baghdad («ما أُفرج عنه حتى الآن» is a tally)
        E(True, ["ACCUSE"], [6], "اتّهم", ["asserted"],
          source=ANBAR_MP, recipient=POLITICAL_PARTIES, location=BAGHDAD, date=D("2025-02-05")),
        # the governor hosts the operations commander (CONSULT); reinforcements sent to Wadi Houran (MOBILIZE); the
        # search operation «على أن تبدأ» is planned and vague (optional)
        E(True, ["CONSULT"], [7], "استقبل", ["asserted"], mode="visit",
          source=ANBAR_GOV, recipient=ANBAR_OPS, location=RAMADI, date=D("2025-02-05")),
        E(True, ["MOBILIZE"], [7], "بتعزيزات", ["asserted", "reported"], mode="troops",
          source=ANBAR_OPS, location=WADI_HOURAN, date=D("2025-02-05"), attribution=["قيادة عمليات الأنبار"]),
        E(False, ["COERCE", "MOBILIZE"], [7], "عملية تفتيش", ["planned", "reported"], mode="troops",
          source=ANBAR_OPS, location=WADI_HOURAN, date=D("2025-02-05", "day", ("2025-02-05", "2025-02-06"))),
        # the rumoured abduction of three shepherds near Trebil, denied by the Rutba district commissioner
        E(True, ["ASSAULT"], [9], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          recipient=RUTBA_SHEPHERDS, location=TREBIL, date=D("2025-02-04", "day", ("2025-02-04", "2025-02-05")),
          attribution=["صفحات محلية على مواقع التواصل الاجتماعي", "قائممقام قضاء الرطبة"], acled=ABDUCTION),
        # the families' conditional threat to block the highway (the threat is made; the road block hypothetical)
        E(True, ["THREATEN"], [10], "ولوّح", ["asserted"], mode="obstruct",
          source=DETAINEES_FAMILIES, location=RAMADI, date=D("2025-02-05")),
        E(False, ["PROTEST"], [10], "وقطعه", ["hypothetical"], mode="obstruct",
          source=DETAINEES_FAMILIES, location=RAMADI, date=None),
        # paragraph 11 is a generic statement (sporadic attacks, sweeps, «عشرات الأوكار»): deliberately NO gold event
        # Hit: the 2014 execution in a «كان … قد» relative clause (optional, historical; the funeral is no event), the
        # tribe's rejection of amnesty for those involved (REJECT) and its demand to the federal government
        E(False, ["ASSAULT"], [12], "أعدموهم", ["historical"], mode="execute",
          source=ISIS_ANBAR, recipient=ALBU_NIMR, location=THARTHAR,
          date=D("2014-10-15", "month", ("2014-09-01", "2014-12-31")), acled=ATTACK),
        E(True, ["REJECT"], [12], "رفضهم", ["asserted"],
          source=ALBU_NIMR, location=HIT, date=D("2025-02-05")),
        E(True, ["REQUEST"], [12], "وطالبوا", ["asserted"],
          source=ALBU_NIMR, recipient=IQ_FED_GOV, location=HIT, date=D("2025-02-05")),
        # background: the Sunday before a Wednesday, a mukhtar killed by a sticky bomb in Fallujah
        E(True, ["ASSAULT"], [13], "بانفجار عبوة لاصقة", ["historical", "asserted", "reported"], mode="explosives",
          source=UNKNOWN, recipient=FALLUJAH_MUKHTAR, location=FALLUJAH_JOLAN, date=D("2025-02-02"), fatalities=1,
          attribution=["قيادة شرطة الأنبار"], acled=MINE),
    ],
)
