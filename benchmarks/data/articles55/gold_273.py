"""Gold of article 273: Lake Chad (an island near Kaiga Kindjiria, Baga Sola, Bol, Liwa) and N'Djamena, a
Chadian news site in Arabic, 2015-08-20 (Thu)."""
from actors_places import (
    BAGA_SOLA,
    BAGA_SOLA_DETAINEES,
    BH_LEADER,
    BH_SUSPECTS,
    BOKO_HARAM,
    BOL,
    DAR_ES_SALAM_CAMP,
    ISLANDERS,
    KAIGA,
    KAIGA_GIRLS,
    KAIGA_HUTS,
    KAIGA_VILLAGERS,
    LAC_BOATS,
    LAC_CHIEFS,
    LAC_GOV_CHIEFS,
    LAC_GOVERNOR,
    LAKE_ISLANDS,
    LIWA,
    LIWA_POST,
    MNJTF,
    NDJAMENA,
    NIGERIA_NIGER,
    TD_AIR,
    TD_ARMY,
    TD_DEFENCE_MINISTER,
    TD_GOV,
    TD_STATE,
    TD_WOMEN,
    UNHCR,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, DESTRUCTION, PEACEFUL, D, E, paras_of

SLUG = "kaiga_kindjiria_2015_bol_baga_sola_liwa_ndjamena"
TODAY = D("2015-08-20")
YESTERDAY = D("2015-08-19")
ATTACK_NIGHT = D("2015-08-19", "day", ("2015-08-18", "2015-08-19"))
SINCE_YESTERDAY = D("2015-08-20", "day", ("2015-08-19", "2015-08-20"))
ARTICLE = dict(
    id="team55-273", slug=SLUG, published="2015-08-20", outlet="Minbar N'Djamena news site (fictional)",
    paras=paras_of(f"273_{SLUG}.txt"),
    events=[
        # Boko Haram's night raid on a fishing village on an island near Kaiga Kindjiria «ليلة الثلاثاء إلى
        # الأربعاء»: headline 0 (no number), lead 1 (the canton chief: eleven), the follow-up 5 (survivors;
        # the Lac governor on national radio: nine; a humanitarian source: «dozens» = 12) → 11 vs 9 vs 12 → 9.
        # The huts and boats set on fire in the same raid optional (one attack in ACLED's sense)
        E(True, ["ASSAULT"], [0, 1, 5], "هجوم شنّه مسلحون", ["asserted", "reported"], mode="firearms",
          source=BOKO_HARAM, recipient=KAIGA_VILLAGERS, location=KAIGA, date=ATTACK_NIGHT, fatalities=9,
          attribution=["رئيس كانتون المنطقة", "ناجون", "حاكم إقليم البحيرة",
                       "مصدر في منظمة إنسانية عاملة في المنطقة"], acled=ATTACK, tpara=1),
        E(False, ["ASSAULT"], [0, 1], "وأضرموا النار", ["asserted"], mode="destroy",
          source=BOKO_HARAM, recipient=KAIGA_HUTS, location=KAIGA, date=ATTACK_NIGHT, acled=DESTRUCTION,
          tpara=1),
        # the army's statement on national radio: the pursuit across the islands (17 attackers killed, its
        # own claim) and the helicopters' strike on the fleeing boats (two acts, one sentence)
        E(True, ["ASSAULT"], [2], "طاردت المهاجمين", ["reported", "asserted"], mode="firearms",
          source=TD_ARMY, recipient=BOKO_HARAM, location=LAKE_ISLANDS, date=ATTACK_NIGHT, fatalities=17,
          attribution=["الجيش الوطني التشادي", "الإذاعة الوطنية"], acled=CLASH),
        E(True, ["ASSAULT"], [2], "قصفت زوارق", ["reported", "asserted"], mode="aerial",
          source=TD_AIR, recipient=BOKO_HARAM, location=LAKE_ISLANDS, date=ATTACK_NIGHT,
          attribution=["الجيش الوطني التشادي", "الإذاعة الوطنية"], acled=AIR),
        # the arrests in Baga Sola; the release of half of them (passive «أُفرج») optional
        E(True, ["COERCE"], [3], "أوقفت قوات الدفاع والأمن", ["reported", "asserted"], mode="arrest",
          source=TD_ARMY, recipient=BAGA_SOLA_DETAINEES, location=BAGA_SOLA, date=YESTERDAY,
          attribution=["أحد أعيان المدينة"], acled=ARREST),
        E(False, ["RETREAT"], [3], "أُفرج", ["reported", "asserted"], mode="release",
          source=TD_ARMY, recipient=BAGA_SOLA_DETAINEES, location=BAGA_SOLA, date=YESTERDAY),
        # the government's condemnation and its call to the islanders; its pledge to hunt the attackers
        # optional
        E(True, ["ACCUSE"], [4], "وندّدت", ["asserted"],
          source=TD_GOV, recipient=BOKO_HARAM, date=SINCE_YESTERDAY),
        E(False, ["THREATEN"], [4], "وتعهّدت", ["asserted"], mode="violence",
          source=TD_GOV, recipient=BOKO_HARAM, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [4], "داعيةً", ["asserted"],
          source=TD_GOV, recipient=ISLANDERS, date=SINCE_YESTERDAY),
        # paragraph 6 (the islands and their boats) holds no event
        # the video threat against N'Djamena, conditional on Chad's withdrawal from Nigeria (made, told
        # through accounts close to the group); the strike itself optional, hypothetical
        E(True, ["THREATEN"], [7], "هدّد رجل", ["reported", "asserted"], mode="violence",
          source=BH_LEADER, recipient=TD_STATE, location=NDJAMENA, date=None,
          attribution=["حسابات مقربة من الجماعة"]),
        E(False, ["ASSAULT"], [7], "ضرب أنجمينا", ["hypothetical"], mode="explosives",
          source=BOKO_HARAM, location=NDJAMENA, date=None),
        # the rumoured abduction of girls in Tuesday's raid, denied by the prefect of Mamdi
        E(True, ["ASSAULT"], [8], "اختطاف", ["rumored", "negated", "reported"], mode="abduct",
          source=BOKO_HARAM, recipient=KAIGA_GIRLS, location=KAIGA, date=ATTACK_NIGHT,
          attribution=["سكان في بول", "محافظ مقاطعة مامدي"], acled=ABDUCTION),
        # the defence minister's visit to Bol on Saturday (planned; the inspection is its purpose)
        E(True, ["CONSULT"], [9], "أن يزور", ["planned"], mode="visit",
          source=TD_DEFENCE_MINISTER, recipient=MNJTF, location=BOL, date=D("2015-08-22"),
          attribution=["مصدر في الوزارة"]),
        # UNHCR's two lorries of tents and blankets for Dar es Salam camp (the families' flight is no event)
        E(True, ["AID"], [10], "وسيّرت", ["asserted"], mode="humanitarian",
          source=UNHCR, recipient=DAR_ES_SALAM_CAMP, location=BAGA_SOLA, date=YESTERDAY),
        # the governor's meeting with the chiefs and the agreement (passive «اتُّفق»); the night ban on boats,
        # part of what was agreed, optional and planned
        E(True, ["CONSULT"], [11], "اجتماعاً موسعاً", ["asserted"], mode="multilateral",
          source=LAC_GOVERNOR, recipient=LAC_CHIEFS, location=BOL, date=SINCE_YESTERDAY),
        E(True, ["AGREE"], [11], "اتُّفق", ["asserted"],
          source=LAC_GOV_CHIEFS, location=BOL, date=SINCE_YESTERDAY),
        E(False, ["COERCE"], [11], "منع تنقل القوارب", ["planned"], mode="restrict",
          source=LAC_GOVERNOR, recipient=LAC_BOATS, location=LAKE_ISLANDS, date=None),
        # background at another place: the attack on an army post near Liwa «فجر الجمعة الماضي» (core,
        # historical, 2); Chad's deployment to Nigeria and Niger early this year optional, historical
        E(True, ["ASSAULT"], [12], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=BH_SUSPECTS, recipient=LIWA_POST, location=LIWA, date=D("2015-08-14"), fatalities=2,
          attribution=["مصدر عسكري"], acled=CLASH),
        E(False, ["MOBILIZE"], [12], "أرسلت قواتها", ["historical"], mode="troops",
          source=TD_STATE, location=NIGERIA_NIGER,
          date=D("2015-01-15", "month", ("2015-01-01", "2015-02-28"))),
        # paragraph 13 (the displacement since the start of the year, an aggregate) holds no event
        # the women's silent vigil in N'Djamena; the banners' demand optional
        E(True, ["PROTEST"], [14], "وقفة صامتة", ["asserted"], mode="demo",
          source=TD_WOMEN, location=NDJAMENA, date=TODAY, acled=PEACEFUL),
        E(False, ["REQUEST"], [14], "تطالب", ["asserted"],
          source=TD_WOMEN, recipient=TD_GOV, date=TODAY),
        # the reinforcements that reached Bol (no actor named)
        E(True, ["MOBILIZE"], [15], "تعزيزات عسكرية", ["reported", "asserted"], mode="troops",
          location=BOL, date=SINCE_YESTERDAY, attribution=["شهود"]),
    ],
)
