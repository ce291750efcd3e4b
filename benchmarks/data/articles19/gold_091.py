"""Gold of article 091: Darfur (Nyala's al-Mawqif market, al-Jeer, Abu Shouk camp and El Fasher, Zamzam, Port Sudan,
Tawila), a Darfur monitor site, 2025-01-20 (Mon)."""
from actors_places import (
                           ABU_SHOUK,
                           ABU_SHOUK_IDPS,
                           DARFUR_GOV,
                           FASHER,
                           FASHER_MELLIT,
                           IDP_COORD,
                           JEER_YOUTHS,
                           JOINT_FORCE,
                           NYALA,
                           NYALA_JEER,
                           NYALA_MARKET_VICTIMS,
                           NYALA_SALAM,
                           NYALA_VOLUNTEERS,
                           PORT_SUDAN,
                           RIGHTS_ORGS,
                           RSF,
                           RSF_ADVISER,
                           RSF_CMDR,
                           SAF,
                           SAF_JOINT_RSF,
                           TAWILA,
                           TAWILA_IDPS,
                           UNKNOWN,
                           UNSC_AU,
                           WFP,
                           ZAMZAM,
)
from common import AIR, ARREST, ATTACK, CLASH, SHELL, TRANSFER, D, E, paras_of

SLUG = "nyala_mawqif_market_abu_shouk_el_fasher"
ARTICLE = dict(
    id="team19-091", slug=SLUG, published="2025-01-20", outlet="Marsad Darfur news site (fictional)",
    paras=paras_of(f"091_{SLUG}.txt"),
    events=[
        # the army drone strike on the Nyala market «ظهر أمس الأحد»: headline 0, lead 1 (7 killed), the RSF's
        # version 2 (nine), the army's version through SUNA 3 (it denies hitting a market: a denial of the target,
        # not of the strike), the hospital's follow-up 8 (the victims); lowest number 7
        E(True, ["ASSAULT"], [0, 1, 2, 3, 8], "بغارة نفّذتها", ["asserted", "reported"], mode="aerial",
          source=SAF, recipient=NYALA_MARKET_VICTIMS, location=NYALA, date=D("2025-01-19"), fatalities=7,
          attribution=["شهود عيان", "مصدر طبي في مستشفى نيالا التعليمي", "بيان الدعم السريع على منصة إكس",
                       "سونا عن مصدر عسكري"], acled=AIR, tpara=1),
        # the RSF's accusation of the army command (finite verb); its participle call on rights groups optional
        E(True, ["ACCUSE"], [2], "واتّهمت", ["asserted"],
          source=RSF, recipient=SAF, date=D("2025-01-19", "day", ("2025-01-19", "2025-01-20"))),
        E(False, ["REQUEST"], [2], "داعيةً", ["asserted"],
          source=RSF, recipient=RIGHTS_ORGS, date=D("2025-01-19")),
        # one sentence, two events: the RSF shelling of Abu Shouk camp (4 killed) and the renewed clash at the
        # eastern entrance of El Fasher (two-sided: army and Joint Force against the RSF)
        E(True, ["ASSAULT"], [0, 4], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=RSF, recipient=ABU_SHOUK_IDPS, location=ABU_SHOUK, date=D("2025-01-20"), fatalities=4,
          attribution=["تنسيقية لجان مقاومة الفاشر"], acled=SHELL, tpara=4),
        E(True, ["ASSAULT"], [4], "الاشتباكات", ["asserted", "reported"], mode="firearms",
          source=SAF_JOINT_RSF, location=FASHER, date=D("2025-01-20"),
          attribution=["تنسيقية لجان مقاومة الفاشر"], acled=CLASH),
        # one sentence, two events: the raid with six arrests (one COERCE; the charges are no events) and the release
        # of two «بعد ساعات» (RETREAT carried out)
        E(True, ["COERCE"], [5], "واعتقلت", ["asserted", "reported"], mode="arrest",
          source=RSF, recipient=JEER_YOUTHS, location=NYALA_JEER, date=D("2025-01-19"),
          attribution=["ذوو المعتقلين"], acled=ARREST),
        E(True, ["RETREAT"], [5], "أطلقت سراح", ["asserted", "reported"], mode="release",
          source=RSF, recipient=JEER_YOUTHS, location=NYALA_JEER,
          date=D("2025-01-19", "day", ("2025-01-19", "2025-01-20")), attribution=["ذوو المعتقلين"]),
        # the IDP coordination's appeal to the Security Council and the AU (the corridors it asks for and the feared
        # catastrophe «إذا استمر الحصار» are no events)
        E(True, ["REQUEST"], [6], "وناشدت", ["asserted"],
          source=IDP_COORD, recipient=UNSC_AU, location=FASHER, date=D("2025-01-20")),
        # the governor meets WFP in Port Sudan; WFP's convoy announced for next Thursday (planned AID)
        E(True, ["CONSULT"], [7], "التقى", ["asserted"], mode="visit",
          source=DARFUR_GOV, recipient=WFP, location=PORT_SUDAN, date=D("2025-01-20")),
        E(True, ["AID"], [7], "قافلة", ["planned", "reported"], mode="humanitarian",
          source=WFP, recipient=TAWILA_IDPS, location=TAWILA, date=D("2025-01-23"),
          attribution=["برنامج الأغذية العالمي"]),
        # rumoured RSF reinforcements near El Fasher, unconfirmed («لم يصدر أي تعليق» is no event)
        E(True, ["MOBILIZE"], [9], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=RSF, location=FASHER_MELLIT, date=D("2025-01-19", "day", ("2025-01-19", "2025-01-20")),
          attribution=["ناشطون على مواقع التواصل الاجتماعي"]),
        # the field commander's conditional threat (made: asserted); the storming and the departure are hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted", "reported"], mode="violence",
          source=RSF_CMDR, recipient=JOINT_FORCE, location=FASHER, date=D("2025-01-20"),
          attribution=["مقطع مصوّر"]),
        E(False, ["ASSAULT"], [10], "باقتحام", ["hypothetical"], mode="firearms",
          source=RSF_CMDR, location=FASHER, date=None, acled=CLASH),
        E(False, ["RETREAT"], [10], "تغادرها", ["hypothetical"], mode="withdraw",
          source=JOINT_FORCE, location=FASHER, date=None),
        # paragraph 11 is a generic statement (siege, near-daily shelling, UN estimates): deliberately NO gold event
        # the withdrawal from around Zamzam told by pro-army pages and denied by the RSF adviser
        E(True, ["RETREAT"], [12], "انسحاب", ["rumored", "negated", "reported"], mode="withdraw",
          source=RSF_ADVISER, location=ZAMZAM, date=D("2025-01-20", "day", ("2025-01-19", "2025-01-20")),
          attribution=["منصات موالية للجيش", "مستشار لقائد الدعم السريع"], acled=TRANSFER),
        # background: the Tuesday before a Monday, three emergency-room volunteers shot dead in Nyala
        E(True, ["ASSAULT"], [13], "برصاص مسلحين مجهولين", ["historical", "asserted", "reported"], mode="firearms",
          source=UNKNOWN, recipient=NYALA_VOLUNTEERS, location=NYALA_SALAM, date=D("2025-01-14"), fatalities=3,
          attribution=["غرف طوارئ جنوب دارفور"], acled=ATTACK),
    ],
)
