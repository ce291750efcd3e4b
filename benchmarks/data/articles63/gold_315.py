"""Gold of article 315: Beirut, al-Hisheh and Wadi Khaled (Akkar) and Arsal (Lebanon), a pan-Arab daily,
2012-03-07 (Wed). Mostly about diplomacy: a summoned ambassador, accusations, sanctions, threats and
refusals, around a deadly shelling."""
from actors_places import (
    ARAB_LEAGUE,
    ARSAL,
    ARSAL_SOLDIER,
    BEIRUT,
    BEIRUT_MOFA,
    EXCHANGE_CO,
    GULF_STATE,
    HEZBOLLAH,
    HISHEH,
    HISHEH_VICTIMS,
    LB_ARMY,
    LB_BANKERS,
    LB_FM,
    LB_GOV,
    LB_OFFICIALS,
    LB_OPP_MPS,
    LB_PARTIES,
    LEBANESE_IN_GULF,
    LEBANON,
    SY_AMB_SYRIA,
    SY_AMBASSADOR,
    SY_ARMY_2012,
    SY_MOFA_2012,
    SYRIA,
    UNKNOWN,
    US_TREASURY,
    USA,
    WADI_KHALED,
    WADI_KHALED_ROAD,
    WADI_KHALED_YOUTHS,
)
from common import CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "beirut_2012_wadi_khaled_hisheh_arsal_akkar"
YESTERDAY = D("2012-03-06")
SINCE_YESTERDAY = D("2012-03-06", "day", ("2012-03-06", "2012-03-07"))
NOV_2011 = D("2011-11-12", "month", ("2011-11-01", "2011-11-30"))
ARTICLE = dict(
    id="team63-315", slug=SLUG, published="2012-03-07",
    outlet="Al-Madar al-Arabi pan-Arab daily (fictional)",
    paras=paras_of(f"315_{SLUG}.txt"),
    events=[
        # the mortar shells from Syria on al-Hisheh (Wadi Khaled) «فجر الإثنين»: headline 0 («مقتل مزارعين»),
        # lead 1 (three farmers, in the summons' sentence), ¶2 (the Lebanese army: five shells, no toll; «من
        # دون أن توضح» negates nothing), ¶3 (Damascus: «يتعامل مع مجموعات إرهابية تتسلل»: a retelling), the
        # follow-up 5 (the mukhtar: two brothers' bodies, a third missing) and ¶15 (the ambassador denies a
        # «deliberate» shelling) → 3 vs 2 → 2
        E(True, ["ASSAULT"], [0, 1, 2, 3, 5, 15], "سقوط قذائف", ["asserted", "reported"],
          mode="heavy-weapons",
          source=SY_ARMY_2012, recipient=HISHEH_VICTIMS, location=HISHEH, date=D("2012-03-05"), fatalities=2,
          attribution=["قيادة الجيش اللبناني", "مختار البلدة", "سانا"], acled=SHELL, tpara=1),
        # one sentence, two acts: the Syrian ambassador summoned to the ministry (CONSULT; headline «تستدعي»)
        # and Lebanon's protest lodged with him (ACCUSE)
        E(True, ["CONSULT"], [0, 1], "استدعى", ["asserted"],
          source=LB_FM, recipient=SY_AMBASSADOR, location=BEIRUT_MOFA, date=YESTERDAY, tpara=1),
        E(True, ["ACCUSE"], [1], "«احتجاج لبنان الشديد»", ["asserted"],
          source=LB_FM, recipient=SY_AMB_SYRIA, location=BEIRUT_MOFA, date=YESTERDAY),
        # Damascus, through SANA: the accusation of «Lebanese parties» (headline «تتهم»; smuggling is its
        # content) and the warning that it «will not allow» a rear base (THREATEN, made)
        E(True, ["ACCUSE"], [0, 3], "اتهامه", ["asserted", "reported"],
          source=SY_MOFA_2012, recipient=LB_PARTIES, date=YESTERDAY, attribution=["سانا"], tpara=3),
        E(True, ["THREATEN"], [3], "لن تسمح", ["asserted", "reported"], mode="violence",
          source=SY_MOFA_2012, recipient=LB_PARTIES, date=YESTERDAY, attribution=["سانا"]),
        # the US Treasury official, in Beirut for two days, meets the central bank governor and the banks'
        # head (CONSULT visit) and warns them of sanctions (THREATEN; headline «تلوّح بالعقوبات»); the listing
        # he foresees optional, hypothetical; the embassy's description adds nothing
        E(True, ["CONSULT"], [4], "التقى", ["asserted", "reported"], mode="visit",
          source=US_TREASURY, recipient=LB_BANKERS, location=BEIRUT, date=YESTERDAY,
          attribution=["مصادر مصرفية"]),
        E(True, ["THREATEN"], [0, 4], "وحذّرهما", ["asserted", "reported"], mode="sanction",
          source=US_TREASURY, recipient=LB_BANKERS, location=BEIRUT, date=YESTERDAY,
          attribution=["مصادر مصرفية"], tpara=4),
        E(False, ["SANCTION"], [4], "سيُدرج", ["hypothetical"],
          source=US_TREASURY, recipient=LB_BANKERS, date=None),
        # paragraph 6 (Wadi Khaled, its river, families and trade) holds no event
        # the Lebanese minister's refusal of the opposition's calls (REJECT, «عقب لقائه السفير» points back at
        # the summons); the calls (optional REQUEST) and the expulsion they ask (optional, hypothetical)
        E(True, ["REJECT"], [7], "ورفض", ["asserted"],
          source=LB_FM, recipient=LB_OPP_MPS, date=YESTERDAY),
        E(False, ["REQUEST"], [7], "دعوات", ["asserted"], source=LB_OPP_MPS, recipient=LB_FM, date=None),
        E(False, ["SANCTION"], [7], "لطرد", ["hypothetical"], mode="expel",
          source=LEBANON, recipient=SY_AMBASSADOR, date=None),
        # a Gulf state's plan to deport Lebanese residents: rumoured in Beirut, denied by its embassy
        E(True, ["SANCTION", "COERCE"], [8], "ترحيل", ["rumored", "negated"], mode="expel",
          source=GULF_STATE, recipient=LEBANESE_IN_GULF, date=None,
          attribution=["أوساط سياسية في بيروت", "سفارة تلك الدولة في بيروت"]),
        # one sentence, three acts: Hezbollah's accusation of Washington, its call on the government (REQUEST)
        # and its backing of Syria (optional SUPPORT)
        E(True, ["ACCUSE"], [9], "فاتهم", ["asserted"],
          source=HEZBOLLAH, recipient=USA, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [9], "ودعا", ["asserted"],
          source=HEZBOLLAH, recipient=LB_GOV, date=SINCE_YESTERDAY),
        E(False, ["SUPPORT"], [9], "وقوفه", ["asserted"], source=HEZBOLLAH, recipient=SYRIA, date=None),
        # an Arab League delegation due in Beirut next week (planned; its purpose is no event) and its visit
        # to Wadi Khaled if security allows (optional, planned and conditional)
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=ARAB_LEAGUE, recipient=LB_OFFICIALS, location=BEIRUT,
          date=D("2012-03-13", "week", ("2012-03-11", "2012-03-17"))),
        E(False, ["CONSULT"], [10], "يزور", ["planned", "hypothetical"], mode="visit",
          source=ARAB_LEAGUE, location=WADI_KHALED, date=None),
        # the Treasury's listing of a Lebanese exchange firm «أول من أمس» (SANCTION; the charge is content);
        # the firm's denial optional
        E(True, ["SANCTION"], [11], "أدرجت", ["asserted", "historical"],
          source=US_TREASURY, recipient=EXCHANGE_CO, date=D("2012-03-05")),
        E(False, ["REJECT"], [11], "نفته", ["asserted"],
          source=EXCHANGE_CO, recipient=US_TREASURY, date=None),
        # background at another place: a soldier killed by unknown gunmen firing on a patrol in Arsal's
        # outskirts «مساء الجمعة الماضي» (core, historical, 1; «لم تتبنّه أي جهة» negates nothing); Lebanon's
        # opposition last November to the Arab League's suspension of Syria and its sanctions (optional,
        # historical)
        E(True, ["ASSAULT"], [12], "قُتل", ["historical", "asserted"], mode="firearms",
          source=UNKNOWN, recipient=ARSAL_SOLDIER, location=ARSAL, date=D("2012-03-02"), fatalities=1,
          acled=CLASH),
        E(False, ["REJECT"], [12], "عارض", ["historical"],
          source=LEBANON, recipient=ARAB_LEAGUE, date=NOV_2011),
        E(False, ["SANCTION"], [12], "تعليق عضوية", ["historical"],
          source=ARAB_LEAGUE, recipient=SYRIA, date=NOV_2011),
        # paragraph 13 (the number of Syrians registered in Lebanon: an aggregate) holds no event
        # the road blocked with burning tyres at Wadi Khaled's entrance (PROTEST; the neglect it protests is
        # content) and the army's reopening (optional)
        E(True, ["PROTEST"], [14], "وقطع شبان", ["asserted"], mode="obstruct",
          source=WADI_KHALED_YOUTHS, location=WADI_KHALED_ROAD, date=YESTERDAY, acled=PEACEFUL),
        E(False, ["COERCE", "RETREAT"], [14], "يعيد الجيش فتحها", ["asserted"], mode="access",
          source=LB_ARMY, location=WADI_KHALED_ROAD, date=YESTERDAY),
        # the ambassador's denial of a «deliberate» shelling (optional REJECT; the shelling is G1)
        E(False, ["REJECT"], [15], "رافضاً", ["asserted"], source=SY_AMBASSADOR, recipient=LB_FM,
          date=YESTERDAY),
    ],
)
