"""Gold of article 234: Kasserine (Jebel Chaambi and Jebel Semmama, Feriana, the governorate seat, Thala, Foussana,
Haidra) and Tunis, a Tunisian regional news site, 2017-05-15 (Mon)."""
from actors_places import (
                           ALGERIA_AMB,
                           CHAAMBI,
                           CHAAMBI_SEMMAMA,
                           FERIANA,
                           FERIANA_SUSPECTS,
                           FOUSSANA,
                           HAIDRA,
                           KASSERINE,
                           KASSERINE_GOVERNOR,
                           NG_PATROL,
                           NG_TERROR_GROUP,
                           OKBA,
                           SITIN_DELEGATION,
                           TERROR_POSITIONS,
                           THALA,
                           THALA_YOUTHS,
                           TN_ARMY,
                           TN_DEF_MIN,
                           TN_INTERIOR,
                           TN_NG,
                           TN_PROTESTERS,
                           TN_SECURITY,
                           TN_SOLDIERS,
                           TUNIS,
                           UGTT,
                           UNEMPLOYED,
                           UNKNOWN,
)
from common import ARREST, CLASH, MINE, PEACEFUL, RIOT, SHELL, D, E, paras_of

SLUG = "kasserine_2017_chaambi_mine_thala_unemployed_sit_in"
ARTICLE = dict(
    id="team47-234", slug=SLUG, published="2017-05-15", outlet="Asdaa al-Wasat al-Gharbi regional news site (fictional)",
    paras=paras_of(f"234_{SLUG}.txt"),
    events=[
        # the mine on Jebel Chaambi: headline 0, lead 1 (the defence ministry: 1 killed), 8 (Okba Ibn Nafaa's claim
        # of 3, a local radio's 2, the ministry's confirmed 1) → 1; the perpetrator is known only from the claim
        E(True, ["ASSAULT"], [0, 1, 8], "انفجار لغم تقليدي الصنع", ["asserted", "reported"], mode="explosives",
          source=OKBA, recipient=TN_SOLDIERS, location=CHAAMBI, date=D("2017-05-14"), fatalities=1,
          attribution=["الناطق الرسمي باسم وزارة الدفاع الوطني", "بيان كتيبة عقبة بن نافع", "إذاعة محلية"],
          acled=MINE, tpara=1),
        # the army's artillery on Chaambi and Semmama after the blast (one event over two mountains)
        E(True, ["ASSAULT"], [2], "قصف مواقع", ["asserted", "reported"], mode="heavy-weapons",
          source=TN_ARMY, recipient=TERROR_POSITIONS, location=CHAAMBI_SEMMAMA, date=D("2017-05-14"),
          attribution=["الناطق الرسمي باسم وزارة الدفاع الوطني"], acled=SHELL),
        # paragraph 3 (the funeral, slogans included) has no event
        # three arrests in Feriana (a support cell)
        E(True, ["COERCE"], [4], "القبض", ["asserted", "reported"], mode="arrest",
          source=TN_NG, recipient=FERIANA_SUSPECTS, location=FERIANA, date=D("2017-05-14"),
          attribution=["بلاغ لوزارة الداخلية"], acled=ARREST),
        # paragraph 5 (a one-line height) has no event
        # the graduates' sit-in, ninth day (core) and the hunger strike of seven from this morning (headline 0;
        # optional); the old promises «since 2011» are no event
        E(True, ["PROTEST"], [6], "اعتصامهم", ["asserted"], mode="demo",
          source=UNEMPLOYED, location=KASSERINE, date=D("2017-05-15", "day", ("2017-05-07", "2017-05-15")),
          acled=PEACEFUL),
        E(False, ["PROTEST"], [0, 6], "إضراب جوع", ["asserted"], mode="strike",
          source=UNEMPLOYED, location=KASSERINE, date=D("2017-05-15"), acled=PEACEFUL, tpara=6),
        # one sentence, two events: the road blocked in Thala and the tear gas that dispersed it
        E(True, ["PROTEST"], [7], "أغلق عشرات الشبان", ["asserted", "reported"], mode="riot",
          source=THALA_YOUTHS, location=THALA, date=D("2017-05-14"), attribution=["شهود عيان"], acled=RIOT),
        E(True, ["COERCE", "ASSAULT"], [7], "وتفرّقهم", ["asserted", "reported"],
          source=TN_SECURITY, recipient=THALA_YOUTHS, location=THALA, date=D("2017-05-14"),
          attribution=["شهود عيان"]),
        # the governor receives the delegation (CONSULT), promises (AGREE), and the strikers turn the promises down
        # (REJECT)
        E(True, ["CONSULT"], [9], "واستقبل", ["asserted"], mode="visit",
          source=KASSERINE_GOVERNOR, recipient=SITIN_DELEGATION, location=KASSERINE, date=D("2017-05-15")),
        E(True, ["AGREE"], [9], "ووعدهم", ["asserted"],
          source=KASSERINE_GOVERNOR, recipient=SITIN_DELEGATION, location=KASSERINE, date=D("2017-05-15")),
        E(True, ["REJECT"], [9], "اعتبروا هذه الوعود", ["asserted"],
          source=UNEMPLOYED, recipient=KASSERINE_GOVERNOR, location=KASSERINE, date=D("2017-05-15")),
        # the rumoured clash in Foussana, denied by a regional security source
        E(True, ["ASSAULT"], [10], "اشتباك مسلح", ["rumored", "negated", "reported"], mode="firearms",
          source=NG_TERROR_GROUP, location=FOUSSANA, date=D("2017-05-14", "day", ("2017-05-14", "2017-05-15")),
          attribution=["صفحات محلية بموقع فيسبوك", "مصدر أمني جهوي"], acled=CLASH),
        # the regional general strike on Thursday 25 May (planned); the administrative board's meeting and the
        # «other actions» it holds up are optional
        E(True, ["PROTEST"], [11], "إضراب عام جهوي", ["planned"], mode="strike",
          source=UGTT, location=KASSERINE, date=D("2017-05-25")),
        E(False, ["CONSULT"], [11], "اجتماع لهيئته الإدارية", ["asserted"], mode="multilateral",
          source=UGTT, location=KASSERINE, date=D("2017-05-15", "day", ("2017-05-14", "2017-05-15"))),
        E(False, ["PROTEST"], [11], "بتحركات أخرى", ["hypothetical"], mode="demo",
          source=UGTT, location=KASSERINE, date=None),
        # the interior ministry's warning (THREATEN, arrest) and its call for peaceful protest (optional)
        E(True, ["THREATEN"], [12], "وحذّر", ["asserted"], mode="arrest",
          source=TN_INTERIOR, recipient=TN_PROTESTERS, date=D("2017-05-15", "day", ("2017-05-14", "2017-05-15"))),
        E(False, ["REQUEST"], [12], "داعياً المحتجين", ["asserted"],
          source=TN_INTERIOR, recipient=TN_PROTESTERS, date=D("2017-05-15", "day", ("2017-05-14", "2017-05-15"))),
        # paragraph 13 is generic (poverty, closed military zones for years): deliberately NO gold event
        # the defence minister and the Algerian ambassador in Tunis
        E(True, ["CONSULT"], [14], "بحث", ["asserted", "reported"], mode="visit",
          source=TN_DEF_MIN, recipient=ALGERIA_AMB, location=TUNIS, date=D("2017-05-14"),
          attribution=["بلاغ للوزارة"]),
        # background: Thursday night before a Monday, shots at a National Guard patrol near Haidra (one lightly
        # wounded, no fatalities); the start of the Chaambi operations at the end of 2012 (optional, historical)
        E(True, ["ASSAULT"], [15], "لإطلاق نار", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=NG_PATROL, location=HAIDRA, date=D("2017-05-11"), acled=CLASH),
        E(False, ["ASSAULT"], [15], "بدء العمليات العسكرية", ["historical"], mode="heavy-weapons",
          source=TN_ARMY, location=CHAAMBI, date=D("2012-12-15", "month", ("2012-10-01", "2012-12-31"))),
    ],
)
