"""Gold of article 640: El Geneina, the Adre crossing, Wadi Kaja and Misterei (West Darfur, Sudan; Adre and
N'Djamena, Chad), a Chadian Arabic-language weekly's website based in N'Djamena, 2023-06-15 (Thu)."""
from actors_places import (
    ADRE,
    ADRE_BORDER,
    ADRE_REFUGEES,
    ADRE_SITES,
    AID_ORGS_640,
    ARMED_SUDANESE,
    AU,
    CHAD_ARMY,
    CHAD_FM,
    CHAD_GOV,
    CHAD_SPOKESMAN,
    FLEEING_FAMILIES,
    GENDARMERIE,
    GENEINA,
    GENEINA_DISTRICTS,
    GENEINA_RESIDENTS,
    KAJA_BRIDGE,
    MISTEREI,
    MISTEREI_GUNMEN,
    MSF,
    NDJAMENA,
    NEIGHBOURS_640,
    REFUGEES_640,
    RSF,
    RSF_AND_MILITIAS,
    RSF_GUNMEN,
    SAF_AND_RSF,
    SD_MFA,
    UN_ENVOY_SD,
    WD_GOVERNOR,
    WFP,
    WOUNDED_640,
)
from common import ARREST, ATTACK, D, E, paras_of

SLUG = "west_darfur_2023_geneina_adre_kaja_misterei"
TODAY = D("2023-06-15")
YESTERDAY = D("2023-06-14")
LATELY = D("2023-06-15", "day", ("2023-06-14", "2023-06-15"))
THIS_WEEK = D("2023-06-15", "week", ("2023-06-11", "2023-06-15"))
SINCE_TUESDAY = D("2023-06-13", "day", ("2023-06-13", "2023-06-15"))
ARTICLE = dict(
    id="team128-640", slug=SLUG, published="2023-06-15",
    outlet="al-Sahil al-Jadid, a Chadian Arabic-language weekly's website based in N'Djamena (fictional)",
    paras=paras_of(f"640_{SLUG}.txt"),
    events=[
        # the lead (no dateline; «الجنينة» in the first sentence): the governor of West Darfur killed
        # yesterday after gunmen in RSF uniform took him from his office (core ASSAULT, Attack, 1; the
        # headline names it); his accusation of the RSF in an interview hours before is optional
        # (historical)
        E(True, ["ASSAULT"], [0, 1], "اغتيل", ["asserted", "reported"], mode="assassinate", source=RSF_GUNMEN,
          recipient=WD_GOVERNOR, location=GENEINA, date=YESTERDAY, fatalities=1,
          attribution=["شهود", "مصادر في حكومة الولاية"], acled=ATTACK, tpara=1),
        E(False, ["ACCUSE"], [1], "اتهم", ["historical", "asserted"], source=WD_GOVERNOR, recipient=RSF,
          date=YESTERDAY),
        # ¶2: more than six thousand people cross to Adre since the start of the week (core RETREAT; the
        # headline names it); MSF taking the wounded to hospital is optional
        E(True, ["RETREAT"], [0, 2], "وعبر", ["asserted", "reported"], source=REFUGEES_640, location=ADRE,
          date=THIS_WEEK, attribution=["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"], tpara=2),
        E(False, ["AID"], [2], "نقلتهم", ["asserted", "reported"], mode="humanitarian", source=MSF,
          recipient=WOUNDED_640, location=ADRE, date=THIS_WEEK),
        # ¶3: the RSF announce a one-sided «هدنة إنسانية» on Monday evening (core CONCEDE)
        E(True, ["CONCEDE"], [3], "هدنة إنسانية", ["asserted"], mode="ceasefire", source=RSF,
          location=GENEINA,
          date=D("2023-06-12")),
        # the main event, in ¶4 after the killing, the flight and the truce: the RSF and allied militias
        # attack three districts of El Geneina since Tuesday's dawn; 34 dead per the Sudan Doctors' Union,
        # more than sixty per the Darfur Bar Association in ¶5 → 34 (lowest count); the headline names it;
        # the houses burnt are optional
        E(True, ["ASSAULT"], [0, 4, 5], "هاجمت", ["asserted", "reported"], mode="firearms",
          source=RSF_AND_MILITIAS, recipient=GENEINA_RESIDENTS, location=GENEINA_DISTRICTS,
          date=SINCE_TUESDAY,
          fatalities=34, attribution=["نقابة أطباء السودان", "«هيئة محامي دارفور»"], acled=ATTACK, tpara=4),
        E(False, ["ASSAULT"], [4], "وأحرقت", ["asserted"], mode="destroy", source=RSF_AND_MILITIAS,
          location=GENEINA_DISTRICTS, date=SINCE_TUESDAY),
        # paragraph 6 (El Geneina: a description) holds no event
        # ¶7: Chad's government spokesman warns it will answer «متى امتدت المعارك» to its soil (core
        # THREATEN); the army's reinforced deployment on the border, told in the same statement, is optional
        E(True, ["THREATEN"], [7], "وحذّر", ["asserted"], mode="violence", source=CHAD_SPOKESMAN,
          date=YESTERDAY),
        E(False, ["MOBILIZE"], [7], "عزّز", ["asserted", "reported"], mode="troops", source=CHAD_ARMY,
          date=LATELY),
        # ¶8: the WFP hands out emergency rations near Adre (core AID)
        E(True, ["AID"], [8], "ووزع", ["asserted"], mode="humanitarian", source=WFP, recipient=ADRE_REFUGEES,
          location=ADRE_SITES, date=YESTERDAY),
        # background in «وكان … قد», at another place: gunmen on motorbikes and horses attacked Misterei on
        # 28 May (core, historical, Attack)
        E(True, ["ASSAULT"], [9], "هاجموا", ["historical", "reported"], mode="firearms",
          source=MISTEREI_GUNMEN,
          location=MISTEREI, date=D("2023-05-28"), attribution=["ناجين وصلوا إلى أدري"], acled=ATTACK),
        # ¶10: shooting at fleeing families by the Wadi Kaja bridge, told on social media and unverified
        # (core ASSAULT, rumored)
        E(True, ["ASSAULT"], [10], "إطلاق نار", ["rumored"], mode="firearms", recipient=FLEEING_FAMILIES,
          location=KAJA_BRIDGE, date=None, attribution=["حسابات على منصات التواصل"]),
        # ¶11: the African Union's demand to both sides (core REQUEST); its call on the neighbours is
        # optional
        E(True, ["REQUEST"], [11], "وطالب", ["asserted"], source=AU, recipient=SAF_AND_RSF, location=GENEINA,
          date=LATELY),
        E(False, ["REQUEST"], [11], "داعياً", ["asserted"], source=AU, recipient=NEIGHBOURS_640, date=LATELY),
        # paragraph 12 (a woman's words) holds no event ¶13: no relief convoy has entered El Geneina (core
        # AID, negated); the looting of the agencies' stores is optional
        E(True, ["AID"], [13], "قافلة", ["negated"], mode="humanitarian", source=AID_ORGS_640,
          location=GENEINA,
          date=None),
        E(False, ["COERCE", "ASSAULT"], [13], "نُهبت", ["historical", "reported"], mode="seize",
          location=GENEINA,
          date=None),
        # ¶14: Sudan's foreign ministry accuses the RSF of the governor's killing (core ACCUSE); the RSF's
        # blame on unnamed «جهات» is optional
        E(True, ["ACCUSE"], [14], "واتهمت", ["asserted"], source=SD_MFA, recipient=RSF, date=LATELY),
        E(False, ["ACCUSE"], [14], "وحمّلت", ["asserted"], source=RSF, date=LATELY),
        # ¶15: Chad to deploy another battalion on the border near Adre early next week (core MOBILIZE,
        # planned)
        E(True, ["MOBILIZE"], [15], "تنشر", ["planned"], mode="troops", source=CHAD_GOV, location=ADRE_BORDER,
          date=D("2023-06-19", "week", ("2023-06-18", "2023-06-23")), attribution=["مصدر عسكري"]),
        # ¶16: Chad's foreign minister meets the UN envoy in N'Djamena (core CONSULT)
        E(True, ["CONSULT"], [16], "والتقى", ["asserted"], mode="visit", source=CHAD_FM,
          recipient=UN_ENVOY_SD,
          location=NDJAMENA, date=YESTERDAY),
        # ¶17: the Chadian gendarmerie holds seven armed Sudanese in Adre (core COERCE, Arrests); their
        # rifles and cars seized are optional
        E(True, ["COERCE"], [17], "وأوقفت", ["asserted"], mode="arrest", source=GENDARMERIE,
          recipient=ARMED_SUDANESE, location=ADRE, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [17], "وصادرت", ["asserted"], mode="confiscate", source=GENDARMERIE,
          location=ADRE,
          date=TODAY),
    ],
)
