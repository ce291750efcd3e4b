"""Gold of article 389: Hays, the coastal road from al-Khawkha, Zabid, the Hays–al-Jarrahi road and
al-Durayhimi (al-Hudaydah), a Yemeni pro-government news website, 2019-09-19 (Thu); mostly about a siege and
humanitarian access."""
from actors_places import (
    AID_CONVOYS,
    ALL_PARTIES,
    COALITION,
    CONVOY_DRIVERS,
    CONVOYS,
    DONORS,
    DURAYHIMI,
    DURAYHIMI_CIVILIANS,
    HAYS,
    HAYS_JARRAHI,
    HAYS_ROAD,
    HAYS_WOUNDED,
    HODEIDAH_GOVERNOR,
    HOUTHIS,
    ICRC,
    JOINT_AND_HOUTHIS,
    SANAA,
    SCMCHA,
    UN_HC,
    UNMHA,
    UNMHA_PARTIES,
    WFP_CONVOY,
    WFP_DRIVERS,
    ZABID,
)
from common import AGREEMENT, ARREST, CLASH, SHELL, D, E, paras_of

SLUG = "hays_2019_khawkha_zabid_durayhimi"
TODAY = D("2019-09-19")
ARTICLE = dict(
    id="team78-389", slug=SLUG, published="2019-09-19",
    outlet="al-Sahil Net Yemeni pro-government news website (fictional)",
    paras=paras_of(f"389_{SLUG}.txt"),
    events=[
        # ¶1: the WFP convoy let into Hays «ظهر اليوم» (RETREAT access) after being held four days at a Houthi
        # checkpoint (COERCE restrict, from the 15th)
        E(True, ["RETREAT"], [1], "سمحت", ["asserted"], mode="access",
          source=HOUTHIS, recipient=WFP_CONVOY, location=HAYS, date=TODAY,
          attribution=["مصدر في السلطة المحلية بالمديرية"]),
        E(True, ["COERCE"], [1], "احتجزتها", ["asserted"], mode="restrict",
          source=HOUTHIS, recipient=WFP_CONVOY, location=HAYS, date=D("2019-09-15", "day", ("2019-09-15",
                                                                                        "2019-09-19")),
          attribution=["مصدر في السلطة المحلية بالمديرية"]),
        # paragraph 2 (Hays cut off: description, habits) holds no event
        # the main event, in ¶3 after the convoy let in: Houthi mortar fire on a charity's flour convoy on the
        # coastal road «مساء أمس الأربعاء» (headline 0, ¶3, the tolls and the Houthi channel's retelling 4, a
        # driver 5, the burial 6, the governor's «قتل السائقين» 16); OCHA's two against the local authority's
        # three → 2
        E(True, ["ASSAULT"], [0, 3, 4, 5, 6, 16], "قذائف هاون", ["asserted", "reported"],
          mode="heavy-weapons",
          source=HOUTHIS, recipient=CONVOY_DRIVERS, location=HAYS_ROAD, date=D("2019-09-18"), fatalities=2,
          attribution=["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "السلطة المحلية في حيس"], acled=SHELL,
          tpara=3),
        # ¶7: UNMHA brokers a six-hour humanitarian pause (AGREE, headline 0) for an evacuation of the wounded
        # by the ICRC tomorrow morning (planned AID, RETREAT accepted)
        E(True, ["AGREE"], [0, 7], "وتوصلت", ["asserted"],
          source=UNMHA_PARTIES, location=HAYS, date=TODAY, acled=AGREEMENT, tpara=7),
        E(True, ["AID", "RETREAT"], [0, 7], "يُجلى", ["planned"], mode="humanitarian",
          source=ICRC, recipient=HAYS_WOUNDED, location=HAYS, date=D("2019-09-20"), tpara=7),
        # ¶8: the UN humanitarian coordinator's call to lift the restrictions (REQUEST); the appeal to donors
        # optional
        E(True, ["REQUEST"], [8], "ودعا", ["asserted"],
          source=UN_HC, recipient=ALL_PARTIES, location=HAYS, date=TODAY),
        E(False, ["REQUEST"], [8], "داعياً المانحين", ["asserted"],
          source=UN_HC, recipient=DONORS, date=TODAY),
        # ¶9: the coalition's airdrop over southern Hays (AID), told by its spokesman
        E(True, ["AID"], [9], "عملية إسقاط جوي", ["asserted", "reported"], mode="humanitarian",
          source=COALITION, location=HAYS, date=TODAY, attribution=["المتحدث باسم التحالف"]),
        # ¶10: an infiltration repelled east of Hays after an hour's clash (both sides are sources), told by
        # the Joint Forces only
        E(True, ["ASSAULT"], [10], "اشتباكات", ["reported", "asserted"], mode="firearms",
          source=JOINT_AND_HOUTHIS, location=HAYS, date=TODAY,
          attribution=["القوات المشتركة في الساحل الغربي"], acled=CLASH),
        # paragraph 11 (the last bakery closed for lack of flour, prices: description) holds no event
        # ¶12: the Houthi threat against convoys (THREATEN); the anniversary of the 2014 takeover of Sanaa
        # optional, historical
        E(True, ["THREATEN"], [12], "وهدّد", ["asserted"], mode="violence",
          source=HOUTHIS, recipient=CONVOYS, date=TODAY, attribution=["«المسيرة»"]),
        E(False, ["ASSAULT", "COERCE"], [12], "لاجتياح", ["historical"],
          source=HOUTHIS, location=SANAA, date=D("2014-09-21")),
        # ¶13: two WFP drivers held in Zabid, rumoured by activists
        E(True, ["COERCE"], [13], "احتجاز", ["rumored", "reported"], mode="arrest",
          source=HOUTHIS, recipient=WFP_DRIVERS, location=ZABID,
          date=D("2019-09-19", "day", ("2019-09-15", "2019-09-19")), attribution=["ناشطون"], acled=ARREST),
        # ¶14: the Houthi humanitarian council announces two convoys a week under conditions (CONCEDE)
        E(True, ["CONCEDE"], [14], "السماح", ["asserted"],
          source=SCMCHA, recipient=AID_CONVOYS, location=HAYS, date=TODAY),
        # ¶15: the Hays–al-Jarrahi road still closed (core RETREAT access, negated)
        E(True, ["RETREAT"], [15], "ولم تفتح", ["negated"], mode="access",
          source=HOUTHIS, location=HAYS_JARRAHI, date=TODAY),
        # ¶16: the governor's phone call with UNMHA's head (CONSULT), his blame (ACCUSE) and demand (REQUEST);
        # the head's promise optional
        E(True, ["CONSULT"], [16], "اتصال هاتفي", ["asserted"], mode="phone",
          source=HODEIDAH_GOVERNOR, recipient=UNMHA, date=TODAY, attribution=["مكتبه الإعلامي"]),
        E(True, ["ACCUSE"], [16], "حمّل", ["asserted"],
          source=HODEIDAH_GOVERNOR, recipient=HOUTHIS, date=TODAY),
        E(True, ["REQUEST"], [16], "وطالب", ["asserted"],
          source=HODEIDAH_GOVERNOR, recipient=UNMHA, date=TODAY),
        E(False, ["AGREE"], [16], "وعد", ["asserted"], source=UNMHA, date=TODAY),
        # background at another place: a shell on al-Durayhimi's market on 12 July, three killed
        E(True, ["ASSAULT"], [17], "قذيفة", ["historical", "asserted"], mode="heavy-weapons",
          recipient=DURAYHIMI_CIVILIANS, location=DURAYHIMI, date=D("2019-07-12"), fatalities=3,
          attribution=["منظمة محلية لرصد الانتهاكات"], acled=SHELL),
    ],
)
