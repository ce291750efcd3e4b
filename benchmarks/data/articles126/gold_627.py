"""Gold of article 627: Darayya and Moadamiyat al-Sham (Western Ghouta), a Syrian exile news website based in
Paris, 2016-08-25 (Thu)."""
from actors_places import (
    DARAYYA,
    DARAYYA_CIVILIANS,
    DARAYYA_COUNCIL,
    DARAYYA_FIGHTERS,
    DARAYYA_TO_IDLIB,
    DEAL_627,
    EAST_DARAYYA,
    FIELD_HOSPITAL,
    FOURTH_DIV,
    HNC,
    HOSPITAL_627,
    IDLIB_CITY,
    IDLIB_PROTESTERS,
    MOADAMIYA,
    MOADAMIYA_GUNMEN,
    MOADAMIYA_RESIDENTS,
    NEGOTIATORS_627,
    ORCHARDS_627,
    RECONCILIATION_MIN,
    REGIME_627,
    REGIME_HELI_627,
    SARC_627,
    SY_AUTHORITIES,
    UN_627,
    UN_ICRC,
    UN_OCHA,
    UNSC_627,
    WEST_DARAYYA,
    WEST_DARAYYA_CIVILIANS,
)
from common import AGREEMENT, AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "western_ghouta_2016_darayya_moadamiya_field_hospital"
TODAY = D("2016-08-25")
YESTERDAY = D("2016-08-24")
LATELY = D("2016-08-25", "day", ("2016-08-24", "2016-08-25"))
SINCE_YESTERDAY = D("2016-08-24", "day", ("2016-08-24", "2016-08-25"))
ARTICLE = dict(
    id="team126-627", slug=SLUG, published="2016-08-25",
    outlet="Jusur, a Syrian exile news website based in Paris (fictional)",
    paras=paras_of(f"627_{SLUG}.txt"),
    events=[
        # the lead (no dateline: «… في مدينة داريا المحاصرة …» in the first sentence): the agreement reached
        # yesterday evening (core AGREE, Agreement) and the fighters' departure to Idlib from tomorrow, Friday
        # (core RETREAT, planned; the headline's «بترحيل»); the civilians' transfer is optional (planned)
        E(True, ["AGREE"], [0, 1], "اتفاق", ["asserted", "reported"], source=DEAL_627, location=DARAYYA,
          date=YESTERDAY, attribution=["عضو في لجنة التفاوض عن المدينة"], acled=AGREEMENT, tpara=1),
        E(True, ["RETREAT"], [0, 1], "بخروج", ["planned"], mode="withdraw", source=DARAYYA_FIGHTERS,
          location=DARAYYA_TO_IDLIB, date=D("2016-08-26"), attribution=["عضو في لجنة التفاوض عن المدينة"],
          tpara=1),
        E(False, ["RETREAT"], [1], "ونقل", ["planned"], mode="withdraw", source=DARAYYA_CIVILIANS,
          location=DARAYYA, date=D("2016-08-26")),
        # the main event, in ¶2 after the agreement of ¶1 (the object fronted: «وسبقت الاتفاقَ ليلةٌ من
        # القصف»): shells and rockets on the last field hospital in the night before the agreement, six dead
        # (one number); ¶12 the burial of «ضحايا المستشفى الستة»; the headline names it
        E(True, ["ASSAULT"], [0, 2, 12], "القصف", ["asserted", "reported"], mode="heavy-weapons",
          source=REGIME_627, recipient=HOSPITAL_627, location=FIELD_HOSPITAL,
          date=D("2016-08-23", "day", ("2016-08-23", "2016-08-24")), fatalities=6,
          attribution=["المجلس المحلي"], acled=SHELL, tpara=2),
        # ¶3: barrel bombs on the western quarters this morning, three civilians wounded (core ASSAULT, Air
        # strike, no fatalities)
        E(True, ["ASSAULT"], [3], "براميل متفجرة", ["asserted", "reported"], mode="aerial",
          source=REGIME_HELI_627, recipient=WEST_DARAYYA_CIVILIANS, location=WEST_DARAYYA, date=TODAY,
          attribution=["ناشطين من المدينة"], acled=AIR),
        # paragraph 4 (Darayya: a description) holds no event
        # ¶5: the UN aid convoy did not enter (core AID, negated); the authorities' refusal of its permit, the
        # siege «منذ بدء الحصار عام 2012» and the two small convoys of the past are optional
        E(True, ["AID"], [5], "قافلة المساعدات", ["negated"], mode="humanitarian", source=UN_OCHA,
          location=DARAYYA, date=D("2016-08-24", "week", ("2016-08-22", "2016-08-25")),
          attribution=["مسؤول في مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]),
        E(False, ["REJECT", "COERCE"], [5], "رفضت", ["asserted", "reported"], source=SY_AUTHORITIES,
          recipient=UN_OCHA, location=DARAYYA, date=D("2016-08-24", "week", ("2016-08-22", "2016-08-25"))),
        E(False, ["COERCE"], [5], "الحصار", ["historical", "generic"], mode="restrict", location=DARAYYA,
          date=None),
        # ¶6: the local council's appeal to the UN and the ICRC (core REQUEST); the blame laid on the
        # government and the second demand (participles «محمّلاً», «ومطالباً») are optional
        E(True, ["REQUEST"], [6], "وناشد", ["asserted"], source=DARAYYA_COUNCIL, recipient=UN_ICRC,
          location=DARAYYA, date=TODAY),
        E(False, ["ACCUSE"], [6], "محمّلاً", ["asserted"], source=DARAYYA_COUNCIL, recipient=REGIME_627,
          date=TODAY),
        E(False, ["REQUEST"], [6], "ومطالباً", ["asserted"], source=DARAYYA_COUNCIL, date=TODAY),
        # ¶7: a Fourth Division officer's warning to storm what is left «ما لم» the fighters leave by the end
        # of the week (core THREATEN, reported by a negotiator)
        E(True, ["THREATEN"], [7], "وأنذر", ["reported", "asserted"], mode="violence", source=FOURTH_DIV,
          recipient=NEGOTIATORS_627, date=YESTERDAY, attribution=["العضو في اللجنة"]),
        # ¶8: the only checkpoint of Moadamiyat al-Sham closed since yesterday morning (core COERCE, restrict)
        E(True, ["COERCE"], [8], "أغلقت", ["asserted"], mode="restrict", source=REGIME_627,
          recipient=MOADAMIYA_RESIDENTS, location=MOADAMIYA, date=SINCE_YESTERDAY),
        # ¶9: fighters said to be moving to Moadamiyat al-Sham instead of Idlib (core RETREAT, rumored)
        E(True, ["RETREAT"], [9], "انتقال", ["rumored"], mode="withdraw", source=DARAYYA_FIGHTERS,
          location=MOADAMIYA, date=None, attribution=["صفحات موالية على مواقع التواصل"]),
        # background in «وكانت … قد», at another place: the attack of 17 January on the orchards between the
        # two towns (core, historical, Armed clash)
        E(True, ["ASSAULT"], [10], "هجوماً", ["historical", "asserted"], mode="firearms", source=REGIME_627,
          location=ORCHARDS_627, date=D("2016-01-17"), acled=CLASH),
        # ¶11: the opposition HNC accuses the government of forced displacement (core ACCUSE); its demand for
        # a Security Council session is optional
        E(True, ["ACCUSE"], [11], "واتهمت", ["asserted"], source=HNC, recipient=REGIME_627, location=DARAYYA,
          date=LATELY),
        E(False, ["REQUEST"], [11], "وطالبت", ["asserted"], source=HNC, recipient=UNSC_627, date=LATELY),
        # ¶12, the burial, is a paragraph of the main event; paragraph 13 (a nurse's words) holds no event
        # ¶14: the Fourth Division deploys around Darayya (core MOBILIZE)
        E(True, ["MOBILIZE"], [14], "ونشرت", ["reported", "asserted"], mode="troops", source=FOURTH_DIV,
          location=EAST_DARAYYA, date=SINCE_YESTERDAY, attribution=["شهود في البلدات المجاورة"]),
        # ¶15: the Red Crescent offers to escort the convoy (core AGREE, «أبدى استعداده»); the UN «لم تُستشر»
        # (optional CONSULT, negated)
        E(True, ["AGREE"], [15], "استعداده", ["asserted"], source=SARC_627, date=LATELY),
        E(False, ["CONSULT"], [15], "تُستشر", ["negated"], recipient=UN_627, date=None),
        # ¶16: a solidarity stand in Idlib (core PROTEST, Peaceful protest)
        E(True, ["PROTEST"], [16], "وقفة", ["asserted"], mode="demo", source=IDLIB_PROTESTERS,
          location=IDLIB_CITY, date=TODAY, acled=PEACEFUL),
        # ¶17, the other side: the reconciliation ministry welcomes the deal (core SUPPORT); its call on the
        # Moadamiya fighters is optional
        E(True, ["SUPPORT"], [17], "رحبت", ["asserted"], source=RECONCILIATION_MIN, date=LATELY),
        E(False, ["REQUEST"], [17], "داعية", ["asserted"], source=RECONCILIATION_MIN,
          recipient=MOADAMIYA_GUNMEN, location=MOADAMIYA, date=LATELY),
    ],
)
