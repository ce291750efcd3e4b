"""Gold of article 227: the central Bekaa (Bar Elias, Majdal Anjar, Chtaura, Zahle, Dahr al-Baidar), a Lebanese
morning daily, 2013-11-25 (Mon)."""
from actors_places import (
    BAR_ELIAS,
    BE_DETAINEES,
    BE_FAMILIES,
    BE_MUNICIPALITY,
    BEKAA,
    BEKAA_GOVERNOR,
    BEKAA_REFUGEE_FAMILIES,
    BEKAA_ROAD,
    BEKAA_SECURITY,
    CHTAURA,
    CHTAURA_TRADER,
    DAHR_BAIDAR,
    DAHR_DETAINEES,
    DEFACTO,
    HR_ACTIVISTS,
    KIDNAPPERS,
    LB_ARMY,
    LB_ARMY_ISF,
    LB_INTERIOR_ARMY,
    LB_SEC_AGENCIES,
    MAJDAL_ANJAR,
    MAJDAL_SAWIRI,
    MUFTI,
    SY_ARMED_GROUPS,
    SY_REFUGEES,
    TRADER_FAMILY,
    UNHCR,
    VICTIM_FAMILY,
    ZAHLE,
    ZAHLE_MP,
)
from common import ABDUCTION, ARREST, CLASH, OTHER, SHELL, D, E, paras_of

SLUG = "bar_elias_2013_family_clash_refugee_curfew_chtaura_kidnap"
TODAY_OR_LAST_NIGHT = D("2013-11-25", "day", ("2013-11-24", "2013-11-25"))
NEXT_WEEK = D("2013-12-03", "week", ("2013-11-30", "2013-12-08"))
ARTICLE = dict(
    id="team46-227", slug=SLUG, published="2013-11-25", outlet="Al-Shurfa daily (fictional)",
    paras=paras_of(f"227_{SLUG}.txt"),
    events=[
        # the armed clash between two families in Bar Elias «مساء أمس الأحد»: headline 0, lead 1 (the
        # correspondent), the army's statement 2 («تسبّب بمقتل أحد المواطنين»), the toll set right in 9 (local pages'
        # two dead vs one → 1); both families are sources; the funeral and the shots in the air are no events
        E(True, ["ASSAULT"], [0, 1, 2, 9], "إشكال مسلح", ["asserted", "reported"], mode="firearms",
          source=BE_FAMILIES, location=BAR_ELIAS, date=D("2013-11-24"), fatalities=1,
          attribution=["مراسل الشرفة في البقاع", "بيان الجيش", "مصدر طبي في أحد مستشفيات شتورة"],
          acled=CLASH, tpara=1),
        # the army's raids and three arrests (weapons seized in the same act); the hunt for the shooter is no event
        E(True, ["COERCE"], [2], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=LB_ARMY, recipient=BE_DETAINEES, location=BAR_ELIAS, date=TODAY_OR_LAST_NIGHT,
          attribution=["بيان الجيش"], acled=ARREST),
        # the municipality's night curfew on Syrians (headline 0); the activists' «collective punishment» is an
        # optional ACCUSE
        E(True, ["COERCE"], [0, 3], "يمنع تجوّل", ["asserted"], mode="curfew",
          source=BE_MUNICIPALITY, recipient=SY_REFUGEES, location=BAR_ELIAS, date=TODAY_OR_LAST_NIGHT,
          acled=OTHER, tpara=3),
        E(False, ["ACCUSE"], [3], "عقاب جماعي", ["asserted"],
          source=HR_ACTIVISTS, recipient=BE_MUNICIPALITY, date=D("2013-11-25")),
        # paragraph 4 is a one-line figure: deliberately NO gold event
        # a shell from Syrian territory near Majdal Anjar: no source named; «من دون أن توقع إصابات» negates nothing;
        # the army's cordon is no event
        E(True, ["ASSAULT"], [5], "سقطت قذيفة", ["asserted", "reported"], mode="heavy-weapons",
          location=MAJDAL_ANJAR, date=D("2013-11-25"), attribution=["مصدر أمني"], acled=SHELL),
        # the kidnapping of a Syrian car dealer at Chtaura and the kidnappers' ransom call (optional REQUEST)
        E(True, ["ASSAULT"], [6], "خطف", ["asserted", "reported"], mode="abduct",
          source=KIDNAPPERS, recipient=CHTAURA_TRADER, location=CHTAURA, date=D("2013-11-25"),
          attribution=["شهود"], acled=ABDUCTION),
        E(False, ["REQUEST"], [6], "يطلبون فيه فدية", ["reported"],
          source=KIDNAPPERS, recipient=TRADER_FAMILY, date=D("2013-11-25")),
        # the Zahle MP: accusation and call; the gangs «roaming» the Bekaa is a generic statement
        E(True, ["ACCUSE"], [7], "واتهم", ["asserted"],
          source=ZAHLE_MP, recipient=DEFACTO, date=D("2013-11-25")),
        E(True, ["REQUEST"], [7], "ودعا", ["asserted"],
          source=ZAHLE_MP, recipient=LB_INTERIOR_ARMY, date=D("2013-11-25")),
        # the sub-regional security council in Zahle; its decision on joint night patrols (optional, planned) and
        # the next meeting (optional, planned)
        E(True, ["CONSULT"], [8], "اجتماعاً لمجلس الأمن الفرعي", ["asserted"], mode="multilateral",
          source=BEKAA_GOVERNOR, recipient=BEKAA_SECURITY, location=ZAHLE, date=D("2013-11-25")),
        E(False, ["COOPERATE", "MOBILIZE", "AGREE"], [8], "تسيير دوريات ليلية مشتركة", ["planned"], mode="police",
          source=LB_ARMY_ISF, location=BEKAA_ROAD, date=None),
        E(False, ["CONSULT"], [8], "اجتماع آخر", ["planned"], mode="multilateral",
          source=BEKAA_GOVERNOR, location=ZAHLE, date=NEXT_WEEK),
        # the family's 48-hour deadline (a threat made: asserted; the revenge is hypothetical, optional) and the
        # mufti's call for calm (optional REQUEST)
        E(True, ["THREATEN"], [10], "وأمهلت", ["asserted"], mode="violence",
          source=VICTIM_FAMILY, recipient=LB_SEC_AGENCIES, location=BAR_ELIAS, date=TODAY_OR_LAST_NIGHT),
        E(False, ["ASSAULT"], [10], "ستأخذ حقها بيدها", ["hypothetical"], mode="firearms",
          source=VICTIM_FAMILY, location=BAR_ELIAS, date=None),
        E(False, ["REQUEST"], [10], "دعا مفتي", ["asserted"], source=MUFTI, date=D("2013-11-25")),
        # the rumoured deployment of armed groups in the outskirts, denied by a military source
        E(True, ["MOBILIZE"], [11], "انتشار مجموعات مسلحة", ["rumored", "negated", "reported"], mode="troops",
          source=SY_ARMED_GROUPS, location=MAJDAL_SAWIRI, date=TODAY_OR_LAST_NIGHT,
          attribution=["مواقع إخبارية", "مصدر عسكري"]),
        # UNHCR's fuel vouchers from next week (planned)
        E(True, ["AID"], [12], "توزيع قسائم", ["planned", "reported"], mode="humanitarian",
          source=UNHCR, recipient=BEKAA_REFUGEE_FAMILIES, location=BEKAA, date=NEXT_WEEK,
          attribution=["المفوضية السامية للأمم المتحدة لشؤون اللاجئين"]),
        # paragraph 13 is a generic statement on kidnappings: deliberately NO gold event
        # «وكان … قد»: last Thursday, a car with weapons stopped at Dahr al-Baidar and two men arrested
        E(True, ["COERCE"], [14], "أوقف", ["historical", "asserted"], mode="arrest",
          source=LB_ARMY, recipient=DAHR_DETAINEES, location=DAHR_BAIDAR, date=D("2013-11-21"),
          attribution=["بيان الجيش"], acled=ARREST),
    ],
)
