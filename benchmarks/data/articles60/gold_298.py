"""Gold of article 298: al-Bab (Aleppo, Syria), Tadef, Arima, al-Sukkariyah and Azaz, a local news network
of al-Bab, 2022-05-15 (Sun)."""
from actors_places import (
    ARIMA,
    ARIMA_TADEF,
    AZAZ,
    AZAZ_VICTIMS,
    BAB,
    BAB_ACTIVISTS,
    BAB_COUNCIL,
    BAB_COUNCIL_HQ,
    BAB_ENTRANCES,
    BAB_MARKET,
    BAB_OLD_MARKET,
    BAB_RESIDENTS,
    BAB_SOUTH,
    BAB_SUSPECTS,
    BAB_UNKNOWN,
    BAB_VICTIMS,
    BAB_WOMAN,
    GAZIANTEP,
    IS_2017,
    PKK_YPG,
    SDF_298,
    SDF_REGIME,
    SNA_ACCUSED,
    SNA_COMMANDER,
    SNA_FACTIONS,
    SNA_MP,
    SNA_TR,
    SNA_TR_SECURITY,
    SUKKARIYAH,
    SUKKARIYAH_COMMANDER,
    TR_ARTILLERY,
)
from common import ARREST, CLASH, MINE, PEACEFUL, SHELL, D, E, paras_of

SLUG = "al_bab_2022_tadef_arima_azaz_aleppo"
TODAY = D("2022-05-15")
ARTICLE = dict(
    id="team60-298", slug=SLUG, published="2022-05-15",
    outlet="Nabd al-Bab local news network (fictional)",
    paras=paras_of(f"298_{SLUG}.txt"),
    events=[
        # the car bomb at the wholesale market by al-Bab's northern entrance «ظهر اليوم»: headline 0, lead 1
        # (the network's correspondent: six), the Gaziantep governorate's statement 4 («أربعة شهداء»), the
        # follow-up 6 (the Civil Defence: five bodies; a witness on the van) and the evening update 15 (the
        # local council: eight, two of the wounded having died) → 6 vs 4 vs 5 vs 8 → 4; «عقب الانفجار» (2)
        # and «بعد ساعات من التفجير» (7) only point back at it
        E(True, ["ASSAULT"], [0, 1, 4, 6, 15], "بانفجار سيارة مفخخة", ["asserted", "reported"],
          mode="explosives", source=BAB_UNKNOWN, recipient=BAB_VICTIMS, location=BAB_MARKET, date=TODAY,
          fatalities=4,
          attribution=["مراسل «نبض الباب»", "ولاية غازي عنتاب التركية", "مسؤول في الدفاع المدني السوري",
                       "شاهد عيان", "المجلس المحلي في الباب"], acled=MINE, tpara=1),
        # the military police cordon (optional) and arrest three suspects (COERCE), and the factions set up
        # more checkpoints (MOBILIZE): one sentence, two core events
        E(False, ["COERCE"], [2], "طوّقت", ["asserted"], mode="restrict",
          source=SNA_MP, location=BAB_MARKET, date=TODAY),
        E(True, ["COERCE"], [2], "واعتقلت", ["asserted"], mode="arrest",
          source=SNA_MP, recipient=BAB_SUSPECTS, location=BAB_MARKET, date=TODAY, acled=ARREST),
        E(True, ["MOBILIZE"], [2], "نشرت الفصائل", ["asserted"], mode="troops",
          source=SNA_FACTIONS, location=BAB_ENTRANCES, date=TODAY),
        # paragraph 3 (al-Bab, the displaced it hosts, its roads near the front lines) holds no event
        # one sentence: the Gaziantep governorate blames «PKK/YPG» (ACCUSE; its toll is a retelling), the
        # SDF denies (optional REJECT) and blames the factions in turn (ACCUSE)
        E(True, ["ACCUSE"], [4], "وحمّلت", ["asserted"],
          source=GAZIANTEP, recipient=PKK_YPG, date=TODAY,
          attribution=["بيان نشرته باللغتين التركية والعربية"]),
        E(False, ["REJECT"], [4], "نفى", ["asserted"],
          source=SDF_298, date=TODAY),
        E(True, ["ACCUSE"], [4], "واتهم", ["asserted"],
          source=SDF_298, recipient=SNA_ACCUSED, date=TODAY),
        # an SNA commander's vow in a video (made: asserted); the price «paid in Arima and Tadef» optional,
        # hypothetical
        E(True, ["THREATEN"], [5], "وتوعّد", ["asserted"], mode="violence",
          source=SNA_COMMANDER, recipient=SDF_REGIME, date=TODAY, attribution=["تسجيل مصوّر"]),
        E(False, ["ASSAULT"], [5], "سيُدفع في عريمة وتادف", ["hypothetical"], mode="heavy-weapons",
          source=SNA_COMMANDER, recipient=SDF_REGIME, location=ARIMA_TADEF, date=None),
        # one sentence, two events (headline «قصف متبادل»): rockets from the SDF and regime areas near Tadef
        # on al-Bab's southern edge (one woman lightly hurt) and the Turkish artillery's shelling of
        # villages round Arima
        E(True, ["ASSAULT"], [0, 7], "سقطت قذائف صاروخية", ["asserted"], mode="heavy-weapons",
          source=SDF_REGIME, recipient=BAB_WOMAN, location=BAB_SOUTH, date=TODAY, acled=SHELL, tpara=7),
        E(True, ["ASSAULT"], [0, 7], "بقصف قرى", ["asserted"], mode="heavy-weapons",
          source=TR_ARTILLERY, location=ARIMA, date=TODAY, acled=SHELL, tpara=7),
        # the al-Sukkariyah checkpoint commander's arrest: rumoured on WhatsApp groups, denied by his
        # faction's spokesman
        E(True, ["COERCE"], [8], "اعتقال", ["rumored", "negated"], mode="arrest",
          recipient=SUKKARIYAH_COMMANDER, location=SUKKARIYAH, date=TODAY,
          attribution=["مجموعات محلية على «واتساب»", "المتحدث باسم الفصيل"], acled=ARREST),
        # the afternoon demonstration to the local council (PROTEST); what it demanded optional
        E(True, ["PROTEST"], [9], "مظاهرة", ["asserted"], mode="demo",
          source=BAB_RESIDENTS, location=BAB, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [9], "طالبوا", ["asserted"],
          source=BAB_RESIDENTS, location=BAB, date=TODAY),
        # the council head's emergency meeting with the faction commanders and Turkish security officials
        # (its purpose, «إعادة ضبط» the checkpoints, is no event)
        E(True, ["CONSULT"], [10], "والتقى", ["asserted", "reported"], mode="multilateral",
          source=BAB_COUNCIL, recipient=SNA_TR_SECURITY, location=BAB_COUNCIL_HQ, date=TODAY,
          attribution=["عضو في المجلس"]),
        # the central demonstration called for next Friday (planned; the call optional)
        E(True, ["PROTEST"], [11], "مظاهرة مركزية", ["planned"], mode="demo",
          source=BAB_ACTIVISTS, location=BAB_OLD_MARKET, date=D("2022-05-20")),
        E(False, ["REQUEST"], [11], "ودعا", ["asserted"],
          source=BAB_ACTIVISTS, location=BAB_OLD_MARKET, date=TODAY),
        # paragraph 12 (the year's bombings in northern and eastern Aleppo: an aggregate) holds no event
        # background at another place: a motorbike bomb by a mosque in Azaz «مساء الأربعاء الماضي» (core,
        # historical, 2); the capture of al-Bab from IS in February 2017 optional, historical
        E(True, ["ASSAULT"], [13], "دراجة نارية مفخخة", ["historical", "asserted", "reported"],
          mode="explosives", recipient=AZAZ_VICTIMS, location=AZAZ, date=D("2022-05-11"), fatalities=2,
          attribution=["الشرطة المدنية هناك"], acled=MINE),
        E(False, ["ASSAULT", "COERCE"], [13], "انتزعت السيطرة", ["historical"],
          source=SNA_TR, recipient=IS_2017, location=BAB,
          date=D("2017-02-15", "month", ("2017-02-01", "2017-02-28")), acled=CLASH),
        # paragraph 14 (smoke still rising from the shops) holds no event
    ],
)
