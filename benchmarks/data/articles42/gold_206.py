"""Gold of article 206: Sheikh Miskin and Izraa (Ibta', Da'el, the al-Jisr checkpoint), an opposition Horan news
agency, 2016-11-22 (Tue). No dateline; 16 paragraphs; ¶5 and ¶15 hold no event."""
from actors_places import (
                           ASSAD_FORCES,
                           ASSAD_VS_REBELS,
                           DAEL,
                           DAEL_PROTESTERS,
                           IBTA,
                           IBTA_COUNCIL,
                           IBTA_VICTIMS,
                           IZRAA,
                           IZRAA_WOMAN,
                           JISR_DETAINEES,
                           MAHAJJA_YOUTHS,
                           MIL_SECURITY,
                           NEGOTIATORS_206,
                           NOTABLES_206,
                           RECON_COMMITTEE,
                           REGIME_REINFORCEMENTS,
                           RUSSIA_AIR,
                           SETTLED_26,
                           SETTLED_TWO,
                           SHEIKH_MISKIN,
                           SM_DISPLACED,
                           SM_RESIDENTS,
                           SNIPER_VICTIM,
                           SOUTHERN_FRONT,
                           TERROR_GROUPS,
                           WILLING_YOUTHS,
)
from common import AIR, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "sheikh_miskin_izraa_2016_ibta_shelling_jisr_checkpoint_reconciliation"
ARTICLE = dict(
    id="team42-206", slug=SLUG, published="2016-11-22", outlet="Sahl Horan news agency (fictional)",
    paras=paras_of(f"206_{SLUG}.txt"),
    events=[
        # the shelling of Ibta' from the regime's positions in Sheikh Miskin: headline 0, lead 1, retold in 10 with
        # the documentation office's details (2 killed) and a page's toll of 3 → 2. The location is where the shells
        # land (Ibta'), not where they are fired from
        E(True, ["ASSAULT"], [0, 1, 10], "قصف مدفعي وصاروخي", ["asserted", "reported"], mode="heavy-weapons",
          source=ASSAD_FORCES, recipient=IBTA_VICTIMS, location=IBTA, date=D("2016-11-21"), fatalities=2,
          attribution=["مراسل سهل حوران", "مكتب توثيق محلي", "صفحة ابطع الحدث"], acled=SHELL, tpara=1),
        # the arrest of four young men at the al-Jisr checkpoint of Military Security (headline 0, ¶2), retold in 13
        # (their transfer to the branch in Daraa: the same detention, no new event)
        E(True, ["COERCE"], [0, 2, 13], "اعتقل عناصر حاجز", ["asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=JISR_DETAINEES, location=IZRAA, date=D("2016-11-22"),
          attribution=["صفحة الشيخ مسكين الحدث على فيسبوك", "أحد ركاب الحافلة", "مصدر مقرّب من العائلات"],
          acled=ARREST, tpara=2),
        # two of them had settled their status about three months earlier (a recalled act in a «كانا قد» clause:
        # optional, historical)
        E(False, ["AGREE"], [2], "سوّيا أوضاعهما", ["historical"],
          source=SETTLED_TWO, recipient=RECON_COMMITTEE, location=IZRAA,
          date=D("2016-08-22", "month", ("2016-08-01", "2016-09-15"))),
        # the reconciliation committee's meeting with notables of Da'el, Ibta' and Khirbet Ghazaleh (host as source),
        # its offer (AGREE: an offer to act) and the two-week deadline (no consequence stated: optional THREATEN)
        E(True, ["CONSULT"], [3], "اجتماعاً", ["asserted", "reported"], mode="visit",
          source=RECON_COMMITTEE, recipient=NOTABLES_206, location=IZRAA, date=D("2016-11-21"),
          attribution=["صفحة إزرع الآن الموالية"]),
        E(True, ["AGREE"], [3], "عرضت", ["asserted", "reported"],
          source=RECON_COMMITTEE, recipient=NOTABLES_206, location=IZRAA, date=D("2016-11-21"),
          attribution=["صفحة إزرع الآن الموالية"]),
        E(False, ["THREATEN"], [3], "وأمهلتهم", ["asserted", "reported"],
          source=RECON_COMMITTEE, recipient=NOTABLES_206, location=IZRAA, date=D("2016-11-21")),
        # the Southern Front factions' joint statement, issued within a day of the meeting: rejection of any separate
        # settlement, threat to whoever negotiates without a mandate, and the call on the notables (REQUEST)
        E(True, ["REJECT"], [4], "رفضت", ["asserted"],
          source=SOUTHERN_FRONT, recipient=ASSAD_FORCES, date=D("2016-11-22", "day", ("2016-11-21", "2016-11-22")),
          attribution=["بيان مشترك لفصائل الجبهة الجنوبية"]),
        E(True, ["THREATEN"], [4], "وتوعّد", ["asserted"], mode="violence",
          source=SOUTHERN_FRONT, recipient=NEGOTIATORS_206,
          date=D("2016-11-22", "day", ("2016-11-21", "2016-11-22")),
          attribution=["بيان مشترك لفصائل الجبهة الجنوبية"]),
        E(True, ["REQUEST"], [4], "ودعا الوجهاء", ["asserted"],
          source=SOUTHERN_FRONT, recipient=NOTABLES_206, date=D("2016-11-22", "day", ("2016-11-21", "2016-11-22")),
          attribution=["بيان مشترك لفصائل الجبهة الجنوبية"]),
        # paragraph 5 is a generic statement (checkpoint fees, conscription fears): deliberately NO gold event
        # rumoured regime reinforcements around Sheikh Miskin, denied by an opposition commander; the operation they
        # would prepare is only feared (optional, hypothetical)
        E(True, ["MOBILIZE"], [6], "استقدام", ["rumored", "negated", "reported"], mode="troops",
          source=REGIME_REINFORCEMENTS, location=SHEIKH_MISKIN,
          date=D("2016-11-20", "week", ("2016-11-15", "2016-11-22")),
          attribution=["صفحات موالية على فيسبوك", "قيادي في فصائل المعارضة"]),
        E(False, ["ASSAULT"], [6], "لعملية تستهدف", ["hypothetical"], mode="heavy-weapons",
          source=ASSAD_FORCES, location=IBTA, date=None),
        # background: the regime's capture of Sheikh Miskin in late January 2016 with Russian air strikes, and the
        # displacement of its people (all optional, historical)
        E(False, ["ASSAULT"], [7], "سيطرت", ["historical"], mode="firearms",
          source=ASSAD_VS_REBELS, location=SHEIKH_MISKIN, date=D("2016-01-25", "week", ("2016-01-20", "2016-01-31")),
          acled=CLASH),
        E(False, ["ASSAULT"], [7], "الغارات الروسية", ["historical"], mode="aerial",
          source=RUSSIA_AIR, location=SHEIKH_MISKIN, date=D("2016-01-15", "month", ("2015-12-01", "2016-01-31")),
          acled=AIR),
        E(False, ["RETREAT"], [7], "وهُجّر", ["historical"],
          recipient=SM_RESIDENTS, location=SHEIKH_MISKIN,
          date=D("2016-01-25", "month", ("2016-01-01", "2016-02-29"))),
        # the demonstration in Da'el yesterday evening; the banners' demand (optional) and the demand on the notables
        # who attended the Izraa meeting (core)
        E(True, ["PROTEST"], [8], "تظاهر", ["asserted", "reported"], mode="demo",
          source=DAEL_PROTESTERS, location=DAEL, date=D("2016-11-21"), attribution=["تنسيقية داعل"],
          acled=PEACEFUL),
        E(False, ["REQUEST"], [8], "تطالب", ["asserted"],
          source=DAEL_PROTESTERS, recipient=ASSAD_FORCES, location=DAEL, date=D("2016-11-21")),
        E(True, ["REQUEST"], [8], "طالبوا", ["asserted", "reported"],
          source=DAEL_PROTESTERS, recipient=NOTABLES_206, location=DAEL, date=D("2016-11-21"),
          attribution=["تنسيقية داعل"]),
        # a regime sniper wounds a farmer west of Sheikh Miskin (nobody killed: no fatalities recorded)
        E(True, ["ASSAULT"], [9], "برصاص قناص", ["asserted", "reported"], mode="firearms",
          source=ASSAD_FORCES, recipient=SNIPER_VICTIM, location=SHEIKH_MISKIN, date=D("2016-11-22"),
          attribution=["مصادر طبية"], acled=ATTACK),
        # the factions' mortar fire on the regime's positions in Sheikh Miskin last night, told only by the factions
        E(True, ["ASSAULT"], [10], "استهدفت بقذائف الهاون", ["reported", "asserted"], mode="heavy-weapons",
          source=SOUTHERN_FRONT, recipient=ASSAD_FORCES, location=SHEIKH_MISKIN,
          date=D("2016-11-21", "day", ("2016-11-21", "2016-11-22")), attribution=["فصائل معارضة"], acled=SHELL),
        # food baskets distributed by Ibta's local council to the displaced of Sheikh Miskin («الدفعة الثالثة» is
        # a count, not another event)
        E(True, ["AID"], [11], "وزّع", ["asserted"], mode="humanitarian",
          source=IBTA_COUNCIL, recipient=SM_DISPLACED, location=IBTA, date=D("2016-11-22"),
          attribution=["منشور المجلس المحلي لبلدة ابطع"]),
        # SANA's version: «terrorist groups» shell al-Mahatta quarter of Izraa last night (one woman wounded), and 26
        # men settle their status (AGREE; their «return to normal life» is a purpose)
        E(True, ["ASSAULT"], [12], "استهدفت بثلاث قذائف هاون", ["reported", "asserted"], mode="heavy-weapons",
          source=TERROR_GROUPS, recipient=IZRAA_WOMAN, location=IZRAA,
          date=D("2016-11-21", "day", ("2016-11-21", "2016-11-22")),
          attribution=["سانا عن مصدر في قيادة شرطة درعا"], acled=SHELL),
        E(True, ["AGREE", "RETREAT"], [12], "سوّوا أوضاعهم", ["reported", "asserted"],
          source=SETTLED_26, recipient=RECON_COMMITTEE, location=IZRAA, date=D("2016-11-21"),
          attribution=["سانا"]),
        # background in 13: the same checkpoint arrested three young men of Mahajja last September (core, historical);
        # their earlier settlement is recalled in a «كانوا قد» clause (optional)
        E(True, ["COERCE"], [13], "اعتقل في أيلول الماضي", ["historical", "asserted", "reported"], mode="arrest",
          source=MIL_SECURITY, recipient=MAHAJJA_YOUTHS, location=IZRAA,
          date=D("2016-09-15", "month", ("2016-09-01", "2016-09-30")), attribution=["مصدر مقرّب من العائلات"],
          acled=ARREST),
        E(False, ["AGREE"], [13], "سوّوا أوضاعهم", ["historical"],
          source=MAHAJJA_YOUTHS, recipient=RECON_COMMITTEE, location=IZRAA, date=None),
        # the committee's second meeting on Thursday (planned); the young men's «wish» to settle (optional AGREE)
        E(True, ["CONSULT"], [14], "اجتماعاً ثانياً", ["planned"], mode="visit",
          source=RECON_COMMITTEE, recipient=NOTABLES_206, location=IZRAA, date=D("2016-11-24"),
          attribution=["صفحة إزرع الآن الموالية"]),
        E(False, ["AGREE"], [14], "أبدوا رغبتهم", ["reported", "asserted"],
          source=WILLING_YOUTHS, recipient=RECON_COMMITTEE, location=IZRAA, date=None),
        # paragraph 15 is an aggregate (detainees since 2011, conditions of earlier settlements): NO gold event
    ],
)
