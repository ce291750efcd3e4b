"""Gold of article 086: South and East Darfur (Nyala, Kalma camp, Ed Daein), a Sudanese news site,
2024-10-22 (Tue)."""
from actors_places import (
                           EAST_DARFUR,
                           KALMA,
                           KALMA_SHEIKHS,
                           KALMA_WOMEN,
                           KALMA_WOMEN_PROTEST,
                           KALMA_YOUTHS,
                           MANAWASHI,
                           NYALA,
                           NYALA_HQ,
                           NYALA_IDPS,
                           NYALA_KALMA_OTASH,
                           NYALA_KAS_ROAD,
                           NYALA_MARKET_VICTIMS,
                           NYALA_TRADERS,
                           RSF,
                           RSF_CIVIL_ADMIN,
                           RSF_COMMANDER,
                           RSF_POSITIONS,
                           SD_ARMY,
                           UK,
                           UNKNOWN,
                           UNSC,
                           WFP,
)
from common import AIR, ARREST, ATTACK, PEACEFUL, D, E, paras_of

SLUG = "south_darfur_nyala_market_kalma_camp_ed_daein"
ARTICLE = dict(
    id="team18-086", slug=SLUG, published="2024-10-22", outlet="Nyala Today news site (fictional)",
    paras=paras_of(f"086_{SLUG}.txt"),
    events=[
        # the air strike on the livestock market: headline 0, lead 1 (no perpetrator named), the follow-up 8 where
        # the state agency's military source claims the strike for the air force (one event, not two); 7 killed per
        # the emergency room, 11 per the RSF → 7. The RSF statement of 2 retells it (part of the ACCUSE, no new act)
        E(True, ["ASSAULT"], [0, 1, 8], "غارة جوية", ["asserted", "reported"], mode="aerial",
          source=SD_ARMY, recipient=NYALA_MARKET_VICTIMS, location=NYALA, date=D("2024-10-21"), fatalities=7,
          attribution=["غرفة طوارئ نيالا", "سونا عن مصدر عسكري", "تاجر ماشية نجا من الغارة"], acled=AIR, tpara=1),
        # the RSF statement: blame of the army and a threat of retaliation (the statement may be of last night)
        E(True, ["ACCUSE"], [2], "وحمّلت", ["asserted", "reported"],
          source=RSF, recipient=SD_ARMY, date=D("2024-10-22", "day", ("2024-10-21", "2024-10-22")),
          attribution=["المتحدث الرسمي باسم الدعم السريع على تلغرام"]),
        E(True, ["THREATEN"], [2], "وتوعّدت", ["asserted", "reported"], mode="violence",
          source=RSF, recipient=SD_ARMY, date=D("2024-10-22", "day", ("2024-10-21", "2024-10-22")),
          attribution=["المتحدث الرسمي باسم الدعم السريع على تلغرام"]),
        # one sentence, two events: the raid on Kalma camp with its arrests (one COERCE; headline 0) and the live
        # fire on the women who tried to stop the vehicles (three wounded, nobody killed)
        E(True, ["COERCE"], [0, 3], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=RSF, recipient=KALMA_YOUTHS, location=KALMA, date=D("2024-10-22"),
          attribution=["المتحدث باسم المنسقية العامة للنازحين واللاجئين"], acled=ARREST, tpara=3),
        E(True, ["ASSAULT"], [3], "أطلق عناصرها الرصاص الحي", ["asserted", "reported"], mode="firearms",
          source=RSF, recipient=KALMA_WOMEN, location=KALMA, date=D("2024-10-22"),
          attribution=["المتحدث باسم المنسقية العامة للنازحين واللاجئين"], acled=ATTACK),
        # drone strikes on RSF positions in Ed Daein, Abu Karinka and Adila under one verb: one event; «لم تتوفر
        # معلومات عن حجم الخسائر» negates nothing
        E(True, ["ASSAULT"], [4], "شنّت", ["reported", "asserted"], mode="aerial",
          source=SD_ARMY, recipient=RSF_POSITIONS, location=EAST_DARFUR, date=D("2024-10-22"),
          attribution=["شهود عيان"], acled=AIR),
        # the women's vigil in Kalma camp; the banners' slogan (optional) and the demand to the RSF's civil
        # administration (core; the demanded disclosure and visits are no events)
        E(True, ["PROTEST"], [5], "وقفة", ["asserted"], mode="demo",
          source=KALMA_WOMEN_PROTEST, location=KALMA, date=D("2024-10-22"), acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=KALMA_WOMEN_PROTEST, location=KALMA, date=D("2024-10-22")),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=KALMA_WOMEN_PROTEST, recipient=RSF_CIVIL_ADMIN, location=KALMA, date=D("2024-10-22")),
        # the civil administration's head receives the camp's sheikhs (host as source) and pledges releases
        # (AGREE: a commitment to act); the promised release itself is future (optional, planned); «الحملة» is a
        # back-reference to the raid
        E(True, ["CONSULT"], [6], "استقبل", ["asserted"], mode="visit",
          source=RSF_CIVIL_ADMIN, recipient=KALMA_SHEIKHS, location=NYALA, date=D("2024-10-22")),
        E(True, ["AGREE"], [6], "وتعهّد", ["asserted", "reported"],
          source=RSF_CIVIL_ADMIN, recipient=KALMA_SHEIKHS, location=NYALA, date=D("2024-10-22"),
          attribution=["بيان مكتب رئيس الإدارة المدنية"]),
        E(False, ["RETREAT", "CONCEDE"], [6], "بـ«إطلاق سراح", ["planned"], mode="release",
          source=RSF_CIVIL_ADMIN, recipient=KALMA_YOUTHS, location=NYALA, date=None),
        # WFP's convoy, due on Thursday (planned); the famine warning is no event
        E(True, ["AID"], [7], "قافلة", ["planned"], mode="humanitarian",
          source=WFP, recipient=NYALA_IDPS, location=NYALA_KALMA_OTASH, date=D("2024-10-24"),
          attribution=["برنامج الأغذية العالمي"]),
        # the rumoured drone strike near Manawashi, denied by an RSF adviser; the strike's day is
        # unknown and no perpetrator is named
        E(True, ["ASSAULT"], [9], "بغارة مسيّرة", ["rumored", "negated", "reported"], mode="aerial",
          recipient=RSF_COMMANDER, location=MANAWASHI,
          date=D("2024-10-21", "day", ("2024-10-20", "2024-10-22")),
          attribution=["ناشطون على مواقع التواصل الاجتماعي", "مستشار في الدعم السريع"], acled=AIR),
        # the Security Council's closed consultations on Thursday (planned), the British request behind them
        # (optional), and MSF's warning about repeated strikes (hypothetical: optional)
        E(True, ["CONSULT"], [10], "جلسة مشاورات", ["planned"], mode="multilateral",
          source=UNSC, date=D("2024-10-24")),
        E(False, ["REQUEST"], [10], "بطلب", ["asserted"],
          source=UK, recipient=UNSC, date=None),
        E(False, ["ASSAULT"], [10], "تكررت الغارات", ["hypothetical"], mode="aerial",
          location=NYALA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the army's silence is no event; the RSF takeover of the 16th Division HQ a year ago, in a relative clause
        # (optional, historical)
        E(False, ["ASSAULT", "COERCE"], [12], "سيطرت", ["historical"], mode="seize",
          source=RSF, recipient=SD_ARMY, location=NYALA_HQ,
          date=D("2023-10-15", "month", ("2023-10-01", "2023-10-31"))),
        # background: Thursday before a Tuesday, three traders killed on the Nyala–Kas road
        E(True, ["ASSAULT"], [13], "برصاص مسلحين مجهولين", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=NYALA_TRADERS, location=NYALA_KAS_ROAD, date=D("2024-10-17"), fatalities=3,
          attribution=["غرفة طوارئ نيالا"], acled=ATTACK),
    ],
)
