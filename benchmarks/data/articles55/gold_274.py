"""Gold of article 274: the Gao region of Mali (Tin Hama, Ansongo, Gao, Bourem) and the Ménaka road, with
Bamako, a news site of Timbuktu in Arabic, 2017-11-16 (Thu)."""
from actors_places import (
    ANSONGO,
    ANSONGO_DISPLACED,
    ANSONGO_HERDERS,
    ANSONGO_NOTABLES,
    BAMAKO,
    BARKHANE,
    BARKHANE_VEHICLE,
    BOUREM,
    BOUREM_POST,
    CSA,
    FAMA,
    FULANI_ASSOCIATION,
    GAO,
    GAO_GOV_NOTABLES,
    GAO_GOVERNOR,
    GAO_NOTABLES,
    GAO_POLICE,
    GAO_YOUTHS,
    ISGS,
    MENAKA_ROAD,
    MINUSMA,
    ML_ARMY_GENDARMERIE,
    ML_FORCES,
    MSA,
    MSA_LEADER,
    SAHEL_MARKETS,
    TIN_HAMA,
    TIN_HAMA_GUNMEN,
    TIN_HAMA_MARKET,
    TIN_HAMA_SHOPS,
    TIN_HAMA_WOUNDED,
    WFP,
)
from common import ARREST, ATTACK, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "tin_hama_2017_ansongo_gao_bourem_menaka"
TODAY = D("2017-11-16")
YESTERDAY = D("2017-11-15")
SINCE_YESTERDAY = D("2017-11-16", "day", ("2017-11-15", "2017-11-16"))
ARTICLE = dict(
    id="team55-274", slug=SLUG, published="2017-11-16", outlet="Manarat Tinbuktu news site (fictional)",
    paras=paras_of(f"274_{SLUG}.txt"),
    events=[
        # the gunmen's raid on Tin Hama's weekly market «صباح أمس الأربعاء»: headline 0 (no number), lead 1
        # (the mayor: eight), the follow-up 7 (survivors; the governor of Gao: six; the MSA: eleven, blaming
        # ISGS, which claimed nothing) → 8 vs 6 vs 11 → 6. The looting of shops optional; the attackers'
        # flight no event
        E(True, ["ASSAULT"], [0, 1, 7], "اقتحم مسلحون", ["asserted", "reported"], mode="firearms",
          source=TIN_HAMA_GUNMEN, recipient=TIN_HAMA_MARKET, location=TIN_HAMA, date=YESTERDAY, fatalities=6,
          attribution=["عمدة البلدية", "ناجون", "حاكم إقليم غاو", "حركة إنقاذ أزواد"], acled=ATTACK,
          tpara=1),
        E(False, ["COERCE", "ASSAULT"], [1], "ينهبوا", ["asserted"], mode="seize",
          source=TIN_HAMA_GUNMEN, recipient=TIN_HAMA_SHOPS, location=TIN_HAMA, date=YESTERDAY),
        # paragraph 2 (Tin Hama and its Wednesday market) holds no event
        # the army's reinforcements in Ansongo (headline); Barkhane's helicopters over the area optional
        E(True, ["MOBILIZE"], [0, 3], "وعزّز الجيش المالي", ["asserted"], mode="troops",
          source=FAMA, location=ANSONGO, date=SINCE_YESTERDAY, attribution=["سكان"], tpara=3),
        E(False, ["MOBILIZE"], [3], "حلّقت مروحيات", ["reported", "asserted"], mode="weapons",
          source=BARKHANE, location=ANSONGO, date=SINCE_YESTERDAY, attribution=["سكان"]),
        # the arrest of twelve herders, the Fulani association's accusation (the «arrest by identity» is its
        # content) and its demand (optional): three acts in one sentence
        E(True, ["COERCE"], [4], "وأوقفت وحدة من الجيش", ["asserted"], mode="arrest",
          source=FAMA, recipient=ANSONGO_HERDERS, location=ANSONGO, date=TODAY, acled=ARREST),
        E(True, ["ACCUSE"], [4], "اتهمت", ["asserted"],
          source=FULANI_ASSOCIATION, recipient=FAMA, date=TODAY),
        E(False, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=FULANI_ASSOCIATION, recipient=FAMA, date=TODAY),
        # MINUSMA's condemnation (no side named) and its helicopter's evacuation of five wounded to Gao
        E(True, ["ACCUSE"], [5], "وأدانت", ["asserted"],
          source=MINUSMA, date=YESTERDAY),
        E(True, ["AID"], [5], "نقلت خمسة من الجرحى", ["asserted"], mode="humanitarian",
          source=MINUSMA, recipient=TIN_HAMA_WOUNDED, location=GAO, date=YESTERDAY),
        # the rumoured second attack on an army post in Bourem, denied by an army spokesman (no attacker
        # named)
        E(True, ["ASSAULT"], [6], "هجوم ثانٍ", ["rumored", "negated", "reported"], mode="firearms",
          recipient=BOUREM_POST, location=BOUREM, date=SINCE_YESTERDAY,
          attribution=["مصادر قبلية", "ناطق باسم القوات المسلحة المالية"], acled=CLASH),
        # the MSA's accusation of ISGS (ISGS's silence negates nothing)
        E(True, ["ACCUSE"], [7], "متهمةً", ["asserted"],
          source=MSA, recipient=ISGS, date=SINCE_YESTERDAY),
        # the MSA leader's conditional threat to take over the protection of markets (made); the self-defence
        # itself optional, hypothetical
        E(True, ["THREATEN"], [8], "ولوّح", ["asserted"],
          source=MSA_LEADER, recipient=ML_FORCES, date=SINCE_YESTERDAY),
        E(False, ["MOBILIZE"], [8], "تولّي حماية الأسواق", ["hypothetical"], mode="troops",
          source=MSA, location=SAHEL_MARKETS, date=None),
        # the agreement committee's extraordinary meeting in Bamako on Monday (planned)
        E(True, ["CONSULT"], [9], "اجتماعاً استثنائياً", ["planned"], mode="multilateral",
          source=CSA, location=BAMAKO, date=D("2017-11-20"), attribution=["مصدر دبلوماسي جزائري"]),
        # the young men's blockade of the Wabaria bridge in Gao; the police's reopening and the talks with the
        # notables optional
        E(True, ["PROTEST"], [10], "أغلق عشرات الشبان", ["asserted"], mode="obstruct",
          source=GAO_YOUTHS, location=GAO, date=TODAY, acled=PEACEFUL),
        E(False, ["COERCE"], [10], "تعيد الشرطة فتحه", ["asserted"], mode="restrict",
          source=GAO_POLICE, location=GAO, date=TODAY),
        E(False, ["CONSULT"], [10], "مفاوضات", ["asserted"],
          source=GAO_POLICE, recipient=GAO_NOTABLES, location=GAO, date=TODAY),
        # paragraph 11 (raids on markets and herds between Ansongo and Ménaka, as a pattern) is generic
        # the governor's meeting in Ansongo; the decision on joint patrols from next week optional (AGREE,
        # MOBILIZE planned)
        E(True, ["CONSULT"], [12], "واجتمع حاكم إقليم غاو", ["asserted"],
          source=GAO_GOVERNOR, recipient=ANSONGO_NOTABLES, location=ANSONGO, date=TODAY),
        E(False, ["AGREE"], [12], "وتقرر", ["asserted"],
          source=GAO_GOV_NOTABLES, location=ANSONGO, date=TODAY),
        E(False, ["MOBILIZE"], [12], "تسيير دوريات مشتركة", ["planned"], mode="troops",
          source=ML_ARMY_GENDARMERIE, location=ANSONGO,
          date=D("2017-11-20", "week", ("2017-11-20", "2017-11-26"))),
        # background at another place: the roadside bomb under a Barkhane armoured vehicle on the
        # Ménaka–Anderamboukane road «ظهر السبت الماضي» (core, historical; three wounded, no dead)
        E(True, ["ASSAULT"], [13], "انفجرت", ["historical", "asserted"], mode="explosives",
          recipient=BARKHANE_VEHICLE, location=MENAKA_ROAD, date=D("2017-11-11"), fatalities=0,
          attribution=["هيئة الأركان الفرنسية"], acled=MINE),
        # WFP's food rations for the families that fled to Ansongo
        E(True, ["AID"], [14], "ووزّع", ["asserted"], mode="humanitarian",
          source=WFP, recipient=ANSONGO_DISPLACED, location=ANSONGO, date=SINCE_YESTERDAY),
        # paragraph 15 (the school closed) holds no event
    ],
)
