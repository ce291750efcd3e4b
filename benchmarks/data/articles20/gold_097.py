"""Gold of article 097: Tripoli (Bab al-Tabbaneh's Souq al-Qameh, Syria Street and Jabal Mohsen, the Serail) and Akkar
(Bebnine, al-Arida on the Nahr al-Kabir, Wadi Khaled, al-Abdeh and al-Muhammara, the al-Abboudiyeh crossing), a north
Lebanon news site, 2025-03-19 (Wed)."""
from actors_places import (
                           ABBOUDIYEH,
                           ABDEH,
                           ABDEH_GUNMEN,
                           ADP,
                           ARIDA,
                           ARIDA_MIGRANTS,
                           BEBNINE,
                           FUEL_SMUGGLERS,
                           GEN_SECURITY_LB,
                           GUNMAN_TRP,
                           JABAL_MOHSEN,
                           JABAL_MOHSEN_RESIDENTS,
                           JOINT_PATROLS,
                           LAF,
                           LAF_SOLDIERS,
                           LB_GOV_UNHCR,
                           MUHAMMARA_YOUTH,
                           NORTH_GOVERNOR,
                           SECURITY_CHIEFS,
                           SHOOTER_TRP,
                           SY_REFUGEE_FAMILY,
                           SY_REFUGEES,
                           TABBANEH,
                           TABBANEH_FAMILIES,
                           TABBANEH_MOHSEN,
                           TABBANEH_SUSPECTS,
                           TRIPOLI,
                           TRIPOLI_MUFTI,
                           TRIPOLI_SERAIL,
                           UNKNOWN,
                           VEG_MARKET_TABBANEH,
                           VICTIM_FAMILY_TRP,
                           WADI_KHALED,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "tripoli_bab_al_tabbaneh_jabal_mohsen_akkar_wadi_khaled"
ARTICLE = dict(
    id="team20-097", slug=SLUG, published="2025-03-19", outlet="Shamal Post news site (fictional)",
    paras=paras_of(f"097_{SLUG}.txt"),
    events=[
        # the two-family clash in Souq al-Qameh «ليل أمس الثلاثاء»: headline 0, lead 1 (1 killed), the army's
        # «إشكال التبانة» 2 is a back-reference, the security source's follow-up 8 (the quarrel that turned into an
        # exchange of fire is the same event); two-sided: both families are sources
        E(True, ["ASSAULT"], [0, 1, 8], "اشتباك بالأسلحة الرشاشة", ["asserted", "reported"], mode="firearms",
          source=TABBANEH_FAMILIES, location=TABBANEH, date=D("2025-03-18", "day", ("2025-03-18", "2025-03-19")),
          fatalities=1, attribution=["الوكالة الوطنية للإعلام", "مصدر أمني"], acled=CLASH, tpara=1),
        # ¶2, one sentence, two events: the raid with six arrests and seizure (one COERCE: one actor, place and dawn)
        # and the wide deployment along Syria Street (MOBILIZE); «الملاحقات مستمرة» is no new event
        E(True, ["COERCE"], [0, 2], "دهمت", ["asserted", "reported"], mode="arrest",
          source=LAF, recipient=TABBANEH_SUSPECTS, location=TABBANEH, date=D("2025-03-19"),
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST, tpara=2),
        E(True, ["MOBILIZE"], [2], "نفّذت انتشاراً واسعاً", ["asserted", "reported"], mode="troops",
          source=LAF, location=TABBANEH_MOHSEN, date=D("2025-03-19"), attribution=["قيادة الجيش – مديرية التوجيه"]),
        # Akkar: unknown gunmen fire on a Syrian refugee family's car at Bebnine (2 wounded, nobody killed: no
        # fatalities field); the investigation opened is no event
        E(True, ["ASSAULT"], [3], "أطلق مسلحون مجهولون النار", ["asserted"], mode="firearms",
          source=UNKNOWN, recipient=SY_REFUGEE_FAMILY, location=BEBNINE, date=D("2025-03-18"), acled=ATTACK),
        # ¶4, one sentence, two events by two patrols at two places: eleven Syrians arrested near al-Arida and a fuel
        # truck seized in Wadi Khaled
        E(True, ["COERCE"], [4], "أوقفت", ["asserted", "reported"], mode="arrest",
          source=LAF, recipient=ARIDA_MIGRANTS, location=ARIDA, date=D("2025-03-19"),
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=ARREST),
        E(True, ["COERCE"], [4], "وصادرت", ["asserted", "reported"], mode="confiscate",
          source=LAF, recipient=FUEL_SMUGGLERS, location=WADI_KHALED, date=D("2025-03-19"),
          attribution=["قيادة الجيش – مديرية التوجيه"], acled=OTHER),
        # Jabal Mohsen: the sit-in (PROTEST); the banners' demand is optional; the violence on the Syrian coast is
        # only named as the families' reason for fleeing, no event
        E(True, ["PROTEST"], [5], "اعتصم", ["asserted"], mode="demo",
          source=JABAL_MOHSEN_RESIDENTS, location=JABAL_MOHSEN, date=D("2025-03-19"), acled=PEACEFUL),
        E(False, ["REQUEST"], [5], "تطالب", ["asserted"],
          source=JABAL_MOHSEN_RESIDENTS, location=JABAL_MOHSEN, date=D("2025-03-19")),
        # ¶6: the party's demand on the government and UNHCR, told through the NNA (recipients in the accusative
        # inside the quote), and the mufti's condemnation of the clash (his call «داعياً» is optional)
        E(True, ["REQUEST"], [6], "يطالب", ["asserted", "reported"],
          source=ADP, recipient=LB_GOV_UNHCR, date=D("2025-03-19"),
          attribution=["الوكالة الوطنية للإعلام عن مسؤول العلاقات العامة في الحزب"]),
        E(True, ["ACCUSE"], [6], "ندّد", ["asserted"],
          source=TRIPOLI_MUFTI, location=TABBANEH, date=D("2025-03-19")),
        E(False, ["REQUEST"], [6], "داعياً", ["asserted"],
          source=TRIPOLI_MUFTI, date=D("2025-03-19")),
        # the governor chairs the regional security council (CONSULT) and the joint night patrols decided there,
        # from tomorrow evening (planned MOBILIZE)
        E(True, ["CONSULT"], [7], "اجتماعاً استثنائياً", ["asserted"], mode="multilateral",
          source=NORTH_GOVERNOR, recipient=SECURITY_CHIEFS, location=TRIPOLI_SERAIL, date=D("2025-03-19")),
        E(True, ["MOBILIZE"], [7], "تسيير دوريات مشتركة", ["planned", "asserted"], mode="police",
          source=JOINT_PATROLS, location=TRIPOLI, date=D("2025-03-20")),
        # rumoured kidnapping of a young man from al-Muhammara near al-Abdeh (unconfirmed)
        E(True, ["ASSAULT"], [9], "خطف", ["rumored", "reported"], mode="abduct",
          source=ABDEH_GUNMEN, recipient=MUHAMMARA_YOUTH, location=ABDEH, date=D("2025-03-19", "week",
                                                                          ("2025-03-17", "2025-03-19")),
          attribution=["مجموعات محلية على تطبيق «واتساب»"], acled=ABDUCTION),
        # deportations through al-Abboudiyeh «خلال اليومين الماضيين», rumoured and denied by General Security
        E(True, ["COERCE"], [10], "ترحيل", ["rumored", "negated", "reported"], mode="deport",
          source=GEN_SECURITY_LB, recipient=SY_REFUGEES, location=ABBOUDIYEH,
          date=D("2025-03-18", "day", ("2025-03-17", "2025-03-19")), attribution=["المديرية العامة للأمن العام"]),
        # paragraph 11 is a generic statement (recurring quarrels, loose weapons, failed security plans): NO event
        # the family's conditional threat (made: asserted); the revenge is hypothetical (optional); the funeral
        # planned for tomorrow is no event
        E(True, ["THREATEN"], [12], "وهدّدت", ["asserted"], mode="violence",
          source=VICTIM_FAMILY_TRP, recipient=SHOOTER_TRP, date=D("2025-03-19")),
        E(False, ["ASSAULT"], [12], "أخذ حقها بيدها", ["hypothetical"], mode="firearms",
          source=VICTIM_FAMILY_TRP, recipient=SHOOTER_TRP, date=None),
        # background, one sentence two events: a gunman wounds two soldiers «مساء الخميس الماضي» and Army
        # Intelligence arrest him «بعد يومين» (Saturday)
        E(True, ["ASSAULT"], [13], "أطلق مسلح النار", ["historical", "asserted"], mode="firearms",
          source=GUNMAN_TRP, recipient=LAF_SOLDIERS, location=VEG_MARKET_TABBANEH, date=D("2025-03-13"),
          acled=ATTACK),
        E(True, ["COERCE"], [13], "أوقفته", ["historical", "asserted"], mode="arrest",
          source=LAF, recipient=GUNMAN_TRP, location=VEG_MARKET_TABBANEH, date=D("2025-03-15"), acled=ARREST),
    ],
)
