"""Gold of article 585: gunmen in Rapid Support Forces uniform fire on a convoy of displaced people on the
road between El Geneina and Adré (main event, told first in the lead ¶1; nine per a volunteer of a local
emergency room), a woman's account, the RSF's denial, UNHCR and WFP aid in Adré, the Darfur lawyers'
accusation and demand, an RSF commander's threat, RSF reinforcements rumoured and denied, the corridor
for the wounded not opened, a unilateral truce announced, an OCHA visit due on Saturday, the burial, a
joint registration of refugees by Chad and UNHCR, the foreign ministry's rejection of an international
force, the civilians killed since April, and a raid on the market of Murnei on 28 June 2023 (West
Darfur, Sudan), a Nairobi-based Sudanese independent news website, 2023-07-20 (Thu). Dateline «نيروبي –
«ضفاف»:» (a foreign capital)."""
from actors_places import (
    ADRE,
    ADRE_CROSSING,
    ADRE_REFUGEES,
    CHAD_UNHCR,
    CONVOY,
    DBA,
    FORMER_REGIME,
    GENEINA,
    GENEINA_ADRE_ROAD,
    GENEINA_NOTABLES,
    GENEINA_WEST,
    ICC,
    MEN_ON_CARTS,
    MURNEI,
    MURNEI_RAIDERS,
    MURNEI_TRADERS,
    OCHA,
    REFUGEES_CHAD,
    RIGHTS_GROUPS,
    RSF,
    RSF_ALLIES,
    RSF_COMMANDER,
    RSF_GUNMEN,
    RSF_REINFORCEMENTS,
    SD_MFA,
    UNHCR_WFP,
    UNSC,
    WEST_DARFUR,
    WOUNDED,
)
from common import ATTACK, D, E, paras_of

SLUG = "geneina_2023_adre_murnei"
YESTERDAY = D("2023-07-19")
TODAY = D("2023-07-20")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2023-07-20", "day", ("2023-07-19", "2023-07-20"))
# an act of the days before, told without a day
DAYS_BEFORE = D("2023-07-18", "week", ("2023-07-14", "2023-07-20"))
ARTICLE = dict(
    id="team117-585", slug=SLUG, published="2023-07-20",
    outlet="Difaf, a Nairobi-based Sudanese independent news website (fictional)",
    paras=paras_of(f"585_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 (dateline: a foreign capital; «بين … و…»; the hour told
        # after the act in a clause of its own): gunmen fire on the convoy; a woman ¶2, the RSF's denial
        # ¶3, the burial ¶13 → 9
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "أطلق مسلحون", ["asserted"], mode="firearms",
          source=RSF_GUNMEN, recipient=CONVOY, location=GENEINA_ADRE_ROAD, date=YESTERDAY, fatalities=9,
          attribution=["متطوع في غرفة طوارئ محلية"], acled=ATTACK, tpara=1),
        # ¶2: the men made to hand over money and phones, in the woman's account, are optional
        E(False, ["COERCE", "REQUEST"], [2], "وطلبوا", ["asserted"], mode="seize",
          source=RSF_GUNMEN, recipient=MEN_ON_CARTS, location=GENEINA_ADRE_ROAD, date=YESTERDAY),
        # ¶3: the RSF's counter-accusation, inside its denial, is optional
        E(False, ["ACCUSE"], [3], "متهمة", ["asserted"], source=RSF, recipient=FORMER_REGIME, date=STATED),
        # ¶4: food and plastic sheets for the refugees in Adré (AID)
        E(True, ["AID"], [4], "ووزعت المفوضية", ["asserted"], mode="humanitarian",
          source=UNHCR_WFP, recipient=ADRE_REFUGEES, location=ADRE, date=TODAY, attribution=["المفوضية"]),
        # ¶5 (verb first): the accusation («ضد») and the demand, two verbs joined with «و»; the call to
        # the ICC is optional
        E(True, ["ACCUSE"], [5], "واتهمت هيئة", ["asserted"],
          source=DBA, recipient=RSF_ALLIES, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"], source=DBA, recipient=UNSC, date=STATED),
        E(False, ["REQUEST"], [5], "كما دعت", ["asserted"], source=DBA, recipient=ICC, date=STATED),
        # ¶6 (Adré and its camp) holds no event. ¶7: the commander's threat, told by traders (reported
        # first, «بحسب ما نقله»); the searches it threatens are optional and hypothetical, the meeting and
        # the notables' request optional
        E(True, ["THREATEN"], [7], "توعّد", ["reported", "asserted"], mode="violence",
          source=RSF_COMMANDER, recipient=GENEINA_NOTABLES, location=GENEINA_WEST, date=DAYS_BEFORE,
          attribution=["تجار عائدون من الجنينة"]),
        E(False, ["COERCE"], [7], "بـ«تفتيش", ["hypothetical"], mode="restrict",
          source=RSF_COMMANDER, recipient=GENEINA_NOTABLES, date=None),
        E(False, ["CONSULT"], [7], "اجتماع", ["reported", "asserted"],
          source=RSF_COMMANDER, recipient=GENEINA_NOTABLES, date=DAYS_BEFORE),
        E(False, ["REQUEST"], [7], "طلبوا", ["reported", "asserted"],
          source=GENEINA_NOTABLES, recipient=RSF_COMMANDER, date=DAYS_BEFORE),
        # ¶8: RSF reinforcements told as a rumour and denied (rumoured, undated)
        E(True, ["MOBILIZE"], [8], "وصول تعزيزات", ["rumored", "negated"], mode="troops",
          source=RSF_REINFORCEMENTS, location=GENEINA, date=None, attribution=["أنباء"]),
        # ¶9: the corridor for the wounded not opened (RETREAT access, negated); last week's pledge is
        # optional and historical
        E(True, ["RETREAT"], [9], "ولم تفتح", ["negated"], mode="access",
          source=RSF, recipient=WOUNDED, location=GENEINA_ADRE_ROAD, date=TODAY,
          attribution=["منسق إنساني في المدينة"]),
        E(False, ["AGREE"], [9], "تعهدت", ["historical", "asserted"], source=RSF,
          date=D("2023-07-13", "week", ("2023-07-10", "2023-07-16"))),
        # ¶10 (the rainy season) holds no event. ¶11: a unilateral truce announced (CONCEDE); the access it
        # promises and its call are optional; the army's silence negates nothing
        E(True, ["CONCEDE"], [11], "وأعلنت قوات", ["asserted"],
          source=RSF, location=WEST_DARFUR, date=TODAY),
        E(False, ["RETREAT"], [11], "ستسمح", ["planned"], mode="access", source=RSF, date=None),
        E(False, ["REQUEST"], [11], "داعية", ["asserted"], source=RSF, date=TODAY),
        # ¶12: OCHA's visit «يوم السبت المقبل» (planned CONSULT; a purpose clause); its meeting optional
        E(True, ["CONSULT"], [12], "يزور وفد", ["planned"], mode="visit",
          source=OCHA, location=ADRE, date=D("2023-07-22"), attribution=["المكتب"]),
        E(False, ["CONSULT"], [12], "يلتقي", ["planned"], source=OCHA, recipient=REFUGEES_CHAD,
          date=D("2023-07-22")),
        # ¶13: the burial belongs to the main event. ¶14: Chad and UNHCR register the refugees together
        # («مع»; a purpose clause)
        E(True, ["COOPERATE"], [14], "تسجيلاً مشتركاً", ["asserted"],
          source=CHAD_UNHCR, recipient=CHAD_UNHCR, location=ADRE_CROSSING, date=TODAY,
          attribution=["مسؤول تشادي محلي"]),
        # ¶15: the foreign ministry rejects the calls for an international force (REJECT); the calls optional
        E(True, ["REJECT"], [15], "ورفضت وزارة", ["asserted"],
          source=SD_MFA, recipient=RIGHTS_GROUPS, date=STATED, attribution=["وكالة «سونا»"]),
        E(False, ["REQUEST"], [15], "دعوات", ["historical", "asserted"], source=RIGHTS_GROUPS, date=None),
        # ¶16: the civilians killed since April, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], location=GENEINA, date=None),
        # ¶17, «وكان … قد» at another place: a raid on the market of Murnei on 28 June (core, historical;
        # no one claimed it)
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=MURNEI_RAIDERS, recipient=MURNEI_TRADERS, location=MURNEI, date=D("2023-06-28"),
          fatalities=5, acled=ATTACK),
    ],
)
