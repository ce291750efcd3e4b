"""Gold of article 260: al-Mazar al-Janubi, Karak, Mutah, Tafileh and al-Qatraneh (southern Jordan) and
Amman, a Jordanian daily's Karak correspondent, 1996-08-19 (Mon)."""
from actors_places import (
    AMMAN_PM,
    AMMAN_UNIONS,
    BADIA_POLICE,
    IAF_UNIONS,
    JO_ARMY,
    JO_AUTHORITIES,
    JO_BAATH_DETAINEES,
    JO_PARTISANS,
    JO_PM,
    JO_RIOTERS,
    JO_SECURITY,
    JO_SOUTH,
    KARAK,
    KARAK_MAZAR_MUTAH,
    KARAK_MPS,
    KARAK_NOTABLES,
    KARAK_POOR,
    KARAK_RIOTERS,
    MAZAR,
    MAZAR_YOUTHS,
    NAF,
    QATRANEH,
    QATRANEH_YOUTHS,
    TAFILEH,
    TAFILEH_RIOTERS,
)
from common import ARREST, OTHER, RIOT, D, E, paras_of

SLUG = "mazar_al_janubi_1996_karak_tafileh_qatraneh_mutah"
TODAY = D("1996-08-19")
YESTERDAY = D("1996-08-18")
SINCE_YESTERDAY = D("1996-08-19", "day", ("1996-08-18", "1996-08-19"))
ARTICLE = dict(
    id="team52-260", slug=SLUG, published="1996-08-19",
    outlet="Sada al-Janoub daily, Karak correspondent (fictional)",
    paras=paras_of(f"260_{SLUG}.txt"),
    events=[
        # the security forces' tear gas and fire on the young men gathered at al-Mazar al-Janubi's town hall
        # «مساء أمس الأحد»: headline 0 (one killed), lead 1 (a medical source at Karak hospital: one), the
        # follow-up 9 (residents: a second man died at dawn; the security spokesman: one «by a bullet of
        # unknown origin», fire «only in the air» — a denial of aimed fire, not of the event) → 1. The crowd
        # threw stones first, so ACLED's view is a riot
        E(True, ["ASSAULT"], [0, 1, 9], "أطلقت", ["asserted", "reported"], mode="firearms",
          source=JO_SECURITY, recipient=MAZAR_YOUTHS, location=MAZAR, date=YESTERDAY, fatalities=1,
          attribution=["مصدر طبي في مستشفى الكرك الحكومي", "سكان في البلدة", "ناطق باسم مديرية الأمن العام"],
          acled=RIOT, tpara=1),
        # the gathering itself (a protest against the bread price)
        E(True, ["PROTEST"], [1], "تجمهروا", ["asserted"], mode="demo",
          source=MAZAR_YOUTHS, location=MAZAR, date=YESTERDAY, acled=RIOT),
        # Karak: the curfew extended for a third day (headline 0) and the army's armoured carriers deployed at
        # the city's entrances
        E(True, ["COERCE"], [0, 2], "مددت", ["asserted"], mode="curfew",
          source=JO_AUTHORITIES, location=KARAK, date=TODAY, acled=OTHER, tpara=2),
        E(True, ["MOBILIZE"], [2], "انتشرت", ["asserted"], mode="troops",
          source=JO_ARMY, location=KARAK, date=TODAY),
        # paragraph 3 (the subsidy decision and what its opponents say) holds no event arrests of dozens since
        # Friday in Karak, al-Mazar and Mutah (told by Baath party sources); the referral of some to the State
        # Security Court optional
        E(True, ["COERCE"], [4], "اعتقلت", ["reported"], mode="arrest",
          source=JO_SECURITY, recipient=JO_BAATH_DETAINEES, location=KARAK_MAZAR_MUTAH,
          date=D("1996-08-18", "day", ("1996-08-16", "1996-08-19")),
          attribution=["مصادر في حزب البعث العربي الاشتراكي الأردني"], acled=ARREST),
        E(False, ["SANCTION", "COERCE"], [4], "أُحيل", ["reported"], mode="convict",
          source=JO_AUTHORITIES, recipient=JO_BAATH_DETAINEES, date=None),
        # the prime minister's televised accusation and warning
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=JO_PM, recipient=JO_PARTISANS, date=YESTERDAY),
        E(True, ["THREATEN"], [5], "وحذّر", ["asserted"], mode="violence",
          source=JO_PM, recipient=JO_RIOTERS, date=YESTERDAY),
        # the rumour of protests spreading to Tafileh and a bank branch burned there, denied by the governor
        E(True, ["PROTEST"], [6], "امتداد الاحتجاجات", ["rumored", "negated", "reported"], mode="riot",
          source=TAFILEH_RIOTERS, location=TAFILEH, date=SINCE_YESTERDAY,
          attribution=["سائقو سيارات الأجرة القادمون من الجنوب", "محافظ الطفيلة"], acled=RIOT),
        # the IAF's and the union presidents' demand, and the sit-in they call for Wednesday in Amman
        # (planned); the call itself optional
        E(True, ["REQUEST"], [7], "وطالب", ["asserted"],
          source=IAF_UNIONS, recipient=JO_AUTHORITIES, date=TODAY),
        E(True, ["PROTEST"], [7], "اعتصام", ["planned"], mode="demo",
          source=IAF_UNIONS, location=AMMAN_UNIONS, date=D("1996-08-21")),
        E(False, ["REQUEST"], [7], "ودعوا", ["asserted"],
          source=IAF_UNIONS, date=TODAY),
        # paragraph 8 (Karak's unemployment, a standing grievance) holds no event
        # in the follow-up, the stones thrown at the town hall and a police patrol are part of the same clash
        # (optional)
        E(False, ["ASSAULT", "PROTEST"], [9], "رشقوا", ["reported"], mode="riot",
          source=MAZAR_YOUTHS, recipient=JO_SECURITY, location=MAZAR, date=YESTERDAY),
        # the prime minister meets Karak's MPs (host as source) and promises to review the compensation
        E(True, ["CONSULT"], [10], "والتقى", ["asserted"], mode="visit",
          source=JO_PM, recipient=KARAK_MPS, location=AMMAN_PM, date=TODAY),
        E(True, ["AGREE"], [10], "ووعدهم", ["asserted", "reported"],
          source=JO_PM, recipient=KARAK_MPS, date=TODAY, attribution=["أحد نواب الكرك"]),
        # the National Aid Fund's cash compensation to families in Karak
        E(True, ["AID"], [11], "صرف التعويضات", ["asserted"], mode="economic",
          source=NAF, recipient=KARAK_POOR, location=KARAK, date=TODAY),
        # the notables' three-day deadline (THREATEN, made); the civil disobedience optional, hypothetical
        E(True, ["THREATEN"], [12], "وأمهل", ["asserted"], mode="protest",
          source=KARAK_NOTABLES, recipient=JO_AUTHORITIES, date=SINCE_YESTERDAY),
        E(False, ["PROTEST"], [12], "عصيان مدني", ["hypothetical"], mode="strike",
          source=KARAK_NOTABLES, date=None),
        # the road block at the Qatraneh junction and the Badia force reopening it and detaining four
        E(True, ["PROTEST"], [13], "أغلق", ["asserted"], mode="obstruct",
          source=QATRANEH_YOUTHS, location=QATRANEH, date=TODAY, acled=RIOT),
        E(True, ["COERCE"], [13], "وتوقف", ["asserted"], mode="arrest",
          source=BADIA_POLICE, recipient=QATRANEH_YOUTHS, location=QATRANEH, date=TODAY, acled=ARREST),
        # background: Friday before a Monday, the march in Karak that turned into a riot (core, historical);
        # the April 1989 uprising in the south (optional, historical)
        E(True, ["PROTEST"], [14], "أعمال شغب", ["historical", "asserted"], mode="riot",
          source=KARAK_RIOTERS, location=KARAK, date=D("1996-08-16"), acled=RIOT),
        E(False, ["PROTEST"], [14], "هبّة نيسان", ["historical"], mode="riot",
          location=JO_SOUTH, date=D("1989-04-18", "month", ("1989-04-01", "1989-04-30"))),
        # paragraph 15 (Mutah University postpones its exams) holds no event
    ],
)
