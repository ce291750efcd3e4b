"""Gold of article 088: Hodeidah's west coast (Hays, al-Jah, al-Tuhayta, al-Khawkha, al-Durayhimi, Zabid), a Yemeni
local site, 2024-08-18 (Sun)."""
from actors_places import (
                           AL_JAH,
                           DURAYHIMI,
                           DURAYHIMI_VICTIMS,
                           HAYS,
                           HAYS_AUTHORITY,
                           HAYS_CHILDREN,
                           HAYS_COMMITTEE,
                           HAYS_RESIDENTS,
                           HODEIDAH_GOVERNOR,
                           HOUTHI_JOINT,
                           HOUTHIS,
                           KHOKHA,
                           KHOKHA_COAST,
                           KHOKHA_FISHERMAN,
                           KHOKHA_SMUGGLERS,
                           STOCKHOLM_PARTIES,
                           TUHAYTA,
                           TUHAYTA_VILLAGES,
                           UNMHA,
                           WHO,
                           YE_JOINT,
                           ZABID,
)
from common import AGREEMENT, ARREST, CLASH, MINE, SHELL, D, E, paras_of

SLUG = "hodeidah_hays_al_jah_tuhayta_khawkha_unmha"
ARTICLE = dict(
    id="team18-088", slug=SLUG, published="2024-08-18", outlet="Sawt Tihama news site (fictional)",
    paras=paras_of(f"088_{SLUG}.txt"),
    events=[
        # the Houthi mortar shell on a house in Hays: headline 0, lead 1, the follow-up 8 (the victims' ages, the
        # funeral; the year's tally of eleven children is an aggregate, no event) → 2 killed
        E(True, ["ASSAULT"], [0, 1, 8], "قذيفة هاون أطلقتها", ["asserted", "reported"], mode="heavy-weapons",
          source=HOUTHIS, recipient=HAYS_CHILDREN, location=HAYS, date=D("2024-08-17"), fatalities=2,
          attribution=["مصدر طبي في مستشفى حيس الريفي", "عمّ الطفلين"], acled=SHELL, tpara=1),
        # the Houthi attack at al-Jah, the three-hour clash and the attackers' retreat make one fight (headline 0):
        # both sides are sources; six Houthi dead per the Joint Forces; the retreat as a RETREAT is optional
        E(True, ["ASSAULT"], [0, 2], "هجوماً شنّه", ["reported", "asserted"], mode="firearms",
          source=HOUTHI_JOINT, location=AL_JAH, date=D("2024-08-18"), fatalities=6,
          attribution=["الإعلام العسكري للقوات المشتركة"], acled=CLASH, tpara=2),
        E(False, ["RETREAT"], [2], "التراجع", ["reported"], mode="withdraw",
          source=HOUTHIS, location=AL_JAH, date=D("2024-08-18")),
        # one sentence, two events: the Houthi mortar fire on three Tuhayta villages (one verb: one event) and the
        # arrest of three men at a Joint Forces checkpoint at al-Khawkha
        E(True, ["ASSAULT"], [3], "قصفت", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=TUHAYTA_VILLAGES, location=TUHAYTA, date=D("2024-08-18"), acled=SHELL),
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=YE_JOINT, recipient=KHOKHA_SMUGGLERS, location=KHOKHA, date=D("2024-08-18"), acled=ARREST),
        # shelling of al-Durayhimi told only by the Houthi channel (reported); the Joint Forces' silence negates nothing
        E(True, ["ASSAULT"], [4], "قصفوا", ["reported"], mode="heavy-weapons",
          source=YE_JOINT, recipient=DURAYHIMI_VICTIMS, location=DURAYHIMI, date=D("2024-08-18"),
          attribution=["قناة المسيرة عن مصدر عسكري"], acled=SHELL),
        # the Hays authority's condemnation (of «the crime», no actor named in the sentence) and its demand to UNMHA
        E(True, ["ACCUSE"], [5], "ودانت", ["asserted", "reported"],
          source=HAYS_AUTHORITY, date=D("2024-08-18"), attribution=["بيان السلطة المحلية في حيس"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted", "reported"],
          source=HAYS_AUTHORITY, recipient=UNMHA, date=D("2024-08-18"), attribution=["بيان السلطة المحلية في حيس"]),
        # WHO's mobile clinics due next week (planned); Masam's monthly count of mines is an aggregate, no event
        E(True, ["AID"], [6], "عيادتين متنقلتين", ["planned", "reported"], mode="humanitarian",
          source=WHO, recipient=HAYS_RESIDENTS, location=HAYS,
          date=D("2024-08-22", "week", ("2024-08-18", "2024-08-31")), attribution=["مكتب الصحة في مديرية حيس"]),
        # the governor meets UNMHA's deputy head in al-Khawkha (the memo is part of the meeting) and rejects UNMHA's
        # call for restraint (the call itself is a back-reference, no event)
        E(True, ["CONSULT"], [7], "والتقى", ["asserted"], mode="visit",
          source=HODEIDAH_GOVERNOR, recipient=UNMHA, location=KHOKHA, date=D("2024-08-18")),
        E(True, ["REJECT"], [7], "ورفض", ["asserted", "reported"],
          source=HODEIDAH_GOVERNOR, recipient=UNMHA, location=KHOKHA, date=D("2024-08-18"),
          attribution=["المكتب الإعلامي لمحافظ الحديدة"]),
        # rumoured Houthi reinforcements at Zabid, unconfirmed; the «possible attack» on Hays is only feared
        # (optional, hypothetical)
        E(True, ["MOBILIZE"], [9], "دفع الجماعة", ["rumored", "reported"], mode="troops",
          source=HOUTHIS, location=ZABID, date=D("2024-08-17", "day", ("2024-08-16", "2024-08-18")),
          attribution=["مصادر قبلية"]),
        E(False, ["ASSAULT"], [9], "لهجوم محتمل", ["hypothetical", "rumored"], mode="firearms",
          source=HOUTHIS, location=HAYS, date=None),
        # the residents' committee: a vigil announced for next Tuesday (planned) and a conditional threat to block
        # the coastal road (the threat is made: asserted; the road block itself hypothetical, optional)
        E(True, ["PROTEST"], [10], "وقفة احتجاجية", ["planned"], mode="demo",
          source=HAYS_COMMITTEE, location=HAYS, date=D("2024-08-20")),
        E(True, ["THREATEN"], [10], "ملوّحةً", ["asserted"], mode="obstruct",
          source=HAYS_COMMITTEE, recipient=UNMHA, location=HAYS, date=D("2024-08-18")),
        E(False, ["PROTEST"], [10], "بقطع الطريق الساحلي", ["hypothetical"], mode="obstruct",
          source=HAYS_COMMITTEE, location=KHOKHA, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # the Stockholm agreement of December 2018 (optional, historical); its terms are no events
        E(False, ["AGREE"], [12], "توقيع اتفاق ستوكهولم", ["historical"],
          source=STOCKHOLM_PARTIES, date=D("2018-12-13", "month", ("2018-12-01", "2018-12-31")), acled=AGREEMENT),
        # background: Thursday before a Sunday, a fisherman killed by a sea mine the Joint Forces blame on the Houthis
        E(True, ["ASSAULT"], [13], "بانفجار لغم بحري", ["historical", "asserted", "reported"], mode="explosives",
          source=HOUTHIS, recipient=KHOKHA_FISHERMAN, location=KHOKHA_COAST, date=D("2024-08-15"), fatalities=1,
          attribution=["مصدر في مكتب الثروة السمكية", "القوات المشتركة"], acled=MINE),
    ],
)
