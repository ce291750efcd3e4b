"""Gold of article 166: the besieged old quarters of Homs (Bab Hood, al-Hamidiya, al-Warsha, al-Khalidiya), an
activist news network of the besieged quarters, 2014-01-22 (Wed)."""
from actors_places import (
                           ALL_PARTIES,
                           BAB_HOOD,
                           BAB_HOOD_VICTIMS,
                           BAB_TADMUR,
                           GENEVA_DELEGATIONS,
                           HAMIDIYA,
                           HAMIDIYA_PROTESTERS,
                           HOMS_FSA,
                           HOMS_GOVERNOR,
                           HOMS_GUNMEN_SANA,
                           HOMS_MIL_SECURITY,
                           HOMS_NOTABLES,
                           HOMS_REGIME,
                           HOMS_RELIEF,
                           KHALIDIYA,
                           KHALIDIYA_YOUTHS,
                           MONTREUX,
                           NDF,
                           NUZHA,
                           NUZHA_VICTIMS,
                           OCHA,
                           OLD_HOMS,
                           OLD_HOMS_BESIEGED,
                           SARC,
                           UN,
                           UN_SARC,
                           WAER,
                           WAER_YOUTHS,
                           WARSHA,
                           WARSHA_WOMAN,
)
from common import ARREST, ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "homs_old_city_bab_hood_hamidiya_warsha_siege"
ARTICLE = dict(
    id="team34-166", slug=SLUG, published="2014-01-22",
    outlet="Besieged Homs Quarters Network, activist news network (fictional)",
    paras=paras_of(f"166_{SLUG}.txt"),
    events=[
        # the shelling of Bab Hood this morning: headline 0, lead 1 (the network's correspondent), and the nurse's
        # details in 9 (the two dead were gathering firewood; the shells also reached Bab al-Dreib): one event, 2 killed
        E(True, ["ASSAULT"], [0, 1, 9], "قصف مدفعي عنيف", ["asserted", "reported"], mode="heavy-weapons",
          source=HOMS_REGIME, recipient=BAB_HOOD_VICTIMS, location=BAB_HOOD, date=D("2014-01-22"), fatalities=2,
          attribution=["مراسل «شبكة أحياء حمص المحاصرة»", "ممرض في النقطة الطبية الميدانية"], acled=SHELL, tpara=1),
        # the sit-in in al-Hamidiya (headline 0) and its demand to the UN and SARC; the banners' slogans are no events
        E(True, ["PROTEST"], [0, 2], "اعتصاماً", ["asserted"], mode="demo",
          source=HAMIDIYA_PROTESTERS, location=HAMIDIYA, date=D("2014-01-22"), acled=PEACEFUL, tpara=2),
        E(True, ["REQUEST"], [0, 2], "وطالب المعتصمون", ["asserted"],
          source=HAMIDIYA_PROTESTERS, recipient=UN_SARC, location=HAMIDIYA, date=D("2014-01-22"), tpara=2),
        # paragraph 3 (hunger and prices) holds no event
        # rumoured talks between the notables and Military Security, denied by a relief official (rumoured/negated);
        # the evacuation they are said to be about (optional, planned); the phone contacts with UN envoys that the
        # official does confirm (optional, asserted, vague)
        E(True, ["CONSULT"], [4], "مفاوضات غير معلنة", ["rumored", "negated"],
          source=HOMS_NOTABLES, recipient=HOMS_MIL_SECURITY, location=OLD_HOMS,
          date=D("2014-01-20", "week", ("2014-01-15", "2014-01-22")), attribution=["أوساط في حمص القديمة"]),
        E(False, ["RETREAT"], [4], "إخراج النساء", ["planned", "rumored"], mode="withdraw",
          location=OLD_HOMS, date=None),
        E(False, ["CONSULT"], [4], "يتواصلون معنا عبر الهاتف", ["asserted", "reported"], mode="phone",
          source=UN, recipient=HOMS_RELIEF, location=OLD_HOMS,
          date=D("2014-01-18", "week", ("2014-01-13", "2014-01-22"))),
        # the governor's offer on state TV last night (AGREE: a declared readiness to act), the FSA brigades'
        # rejection this morning, and their statement's accusation; the arrests it recalls (optional, historical)
        E(True, ["AGREE"], [5], "مستعدة", ["asserted", "reported"],
          source=HOMS_GOVERNOR, recipient=HOMS_FSA, location=OLD_HOMS, date=D("2014-01-21"),
          attribution=["قناة «الإخبارية السورية»"]),
        E(True, ["REJECT"], [5], "رفضه", ["asserted"],
          source=HOMS_FSA, recipient=HOMS_GOVERNOR, location=OLD_HOMS, date=D("2014-01-22")),
        E(True, ["ACCUSE"], [5], "واتهم البيان", ["asserted"],
          source=HOMS_FSA, recipient=HOMS_REGIME, date=D("2014-01-22")),
        E(False, ["COERCE"], [5], "باعتقال عشرات الشبان", ["historical"], mode="arrest",
          source=HOMS_REGIME, recipient=KHALIDIYA_YOUTHS, location=KHALIDIYA,
          date=D("2013-07-30", "month", ("2013-06-01", "2013-09-30"))),
        # a woman wounded by a sniper in al-Warsha last evening (the sniper in regime-held al-Khalidiya); the summer
        # campaign on al-Khalidiya is background in a relative clause (optional, historical)
        E(True, ["ASSAULT"], [6], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=HOMS_REGIME, recipient=WARSHA_WOMAN, location=WARSHA, date=D("2014-01-21"),
          attribution=["ناشطون"], acled=ATTACK),
        E(False, ["ASSAULT"], [6], "حملة عسكرية", ["historical"], mode="heavy-weapons",
          source=HOMS_REGIME, location=KHALIDIYA, date=D("2013-07-15", "month", ("2013-06-15", "2013-07-31"))),
        # mortars on al-Nuzha told only by SANA («إرهابيين»), 1 killed; the activist's denial of any link (optional)
        E(True, ["ASSAULT"], [7], "أطلقوا", ["reported", "asserted"], mode="heavy-weapons",
          source=HOMS_GUNMEN_SANA, recipient=NUZHA_VICTIMS, location=NUZHA, date=D("2014-01-22"), fatalities=1,
          attribution=["سانا"], acled=SHELL),
        E(False, ["REJECT"], [7], "ونفى ناشط إعلامي", ["asserted"],
          source=HOMS_FSA, date=D("2014-01-22")),
        # background: the siege since June 2012 and last October's convoy turned back (all optional, historical)
        E(False, ["COERCE"], [8], "حصاراً مطبقاً", ["historical", "generic"], mode="restrict",
          source=HOMS_REGIME, recipient=OLD_HOMS_BESIEGED, location=OLD_HOMS,
          date=D("2012-06-15", "month", ("2012-06-01", "2012-06-30"))),
        E(False, ["AID"], [8], "قوافل إغاثية", ["negated", "historical"], mode="humanitarian",
          source=SARC, location=BAB_TADMUR, date=D("2013-10-15", "month", ("2013-10-01", "2013-10-31"))),
        E(False, ["COERCE"], [8], "منعها من الدخول", ["historical"], mode="restrict",
          source=HOMS_REGIME, recipient=SARC, location=BAB_TADMUR,
          date=D("2013-10-15", "month", ("2013-10-01", "2013-10-31"))),
        # three young men arrested at the al-Waer checkpoint by the NDF «فجر الإثنين الماضي»
        E(True, ["COERCE"], [10], "اعتقل عناصر", ["asserted", "reported"], mode="arrest",
          source=NDF, recipient=WAER_YOUTHS, location=WAER, date=D("2014-01-20"),
          attribution=["«تنسيقية حي الوعر»"], acled=ARREST),
        # SARC's declared readiness (AGREE; the convoy itself is conditional: optional, hypothetical) and OCHA's call
        E(True, ["AGREE"], [11], "على أهبة الاستعداد", ["asserted"],
          source=SARC, location=OLD_HOMS, date=D("2014-01-22")),
        E(False, ["AID"], [11], "قافلة مساعدات", ["hypothetical", "planned"], mode="humanitarian",
          source=SARC, location=OLD_HOMS, date=None),
        E(True, ["REQUEST"], [11], "دعا مسؤول", ["asserted"],
          source=OCHA, recipient=ALL_PARTIES, location=OLD_HOMS,
          date=D("2014-01-22", "day", ("2014-01-21", "2014-01-22"))),
        # the opening of the Geneva II conference in Montreux today, with both delegations
        E(True, ["CONSULT"], [12], "انطلاق أعمال مؤتمر", ["asserted"], mode="multilateral",
          source=GENEVA_DELEGATIONS, location=MONTREUX, date=D("2014-01-22")),
        # paragraph 13 (the old quarters' markets and churches) holds no event
    ],
)
