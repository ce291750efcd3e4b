"""Gold of article 358: al-Muqdadiyah, Kanaan, Abu Saida (al-Zuhairat) and the Hamrin hills near al-Saadiya
(Diyala, Iraq), an Iraqi daily newspaper, 2015-11-18 (Wed)."""
from actors_places import (
    ABDUCTED_THREE,
    ABU_SAIDA,
    BOMBERS,
    COUNCIL_MEMBER,
    DIYALA,
    DIYALA_COUNCIL,
    DIYALA_OPS,
    HAMRIN,
    IQ_AUTHORITIES,
    IQ_FEDERAL,
    IQ_INTERIOR,
    IQ_SECURITY,
    ISIS,
    ISIS_GUNMEN,
    KANAAN,
    KANAAN_POLICE,
    KEPT_OUT_FAMILIES,
    MASKED_GUNMEN,
    MIL_INTEL,
    MODM,
    MUQ,
    MUQ_MARKET,
    MUQ_MOURNERS,
    MUQ_ORCHARDS,
    MUQ_RESIDENTS,
    MUQ_ROAD,
    MUQ_SHOPS,
    MUQ_SUSPECTS,
    MUQ_VICTIMS,
    PMF_CMDR,
    PMF_FIGHTERS,
    PMF_ISF,
    RETURNEES,
    SEC_CHIEFS,
    SEC_FORCE,
    UNAMI,
    ZUHAIRAT,
)
from common import ABDUCTION, ARREST, CLASH, MINE, PEACEFUL, D, E, paras_of

SLUG = "muqdadiyah_2015_abu_saida_saadiya_hamrin_baqubah"
YESTERDAY = D("2015-11-17")
TODAY = D("2015-11-18")
SINCE_YESTERDAY = D("2015-11-18", "day", ("2015-11-17", "2015-11-18"))
ARTICLE = dict(
    id="team72-358", slug=SLUG, published="2015-11-18",
    outlet="Dijla al-Jadida Iraqi daily newspaper (fictional)",
    paras=paras_of(f"358_{SLUG}.txt"),
    events=[
        # the main event, first in the lead: two IEDs in al-Muqdadiyah's market «مساء أمس الثلاثاء»: headline
        # 0, lead 1 (a police source), a vendor's account 2, the health directorate 4, the funeral 15 → 4;
        # unclaimed (the council member's blame in ¶6 is an accusation, not a claim), so no source
        E(True, ["ASSAULT"], [0, 1, 2, 4, 15], "بانفجار عبوتين ناسفتين", ["asserted"], mode="explosives",
          recipient=MUQ_VICTIMS, location=MUQ_MARKET, date=YESTERDAY, fatalities=4,
          attribution=["مصدر في قيادة شرطة محافظة ديالى", "مصدر في دائرة صحة ديالى"], acled=MINE, tpara=1),
        # a curfew on al-Muqdadiyah from midnight (headline 0) and six arrests in the orchards
        E(True, ["COERCE"], [0, 3], "حظراً شاملاً للتجوال", ["asserted"], mode="curfew",
          source=DIYALA_OPS, location=MUQ, date=SINCE_YESTERDAY, attribution=["بيان قيادة عمليات ديالى"],
          tpara=3),
        E(True, ["COERCE"], [3], "اعتقلت", ["asserted"], mode="arrest",
          source=MIL_INTEL, recipient=MUQ_SUSPECTS, location=MUQ_ORCHARDS, date=SINCE_YESTERDAY,
          attribution=["بيان قيادة عمليات ديالى"], acled=ARREST),
        # a separate small IED on a police patrol near Kanaan (one policeman lightly wounded); the controlled
        # detonation of a second device is no event
        E(True, ["ASSAULT"], [5], "انفجار عبوة ناسفة صغيرة", ["asserted"], mode="explosives",
          recipient=KANAAN_POLICE, location=KANAAN, date=TODAY, attribution=["مصدر أمني"], acled=MINE),
        # a provincial council member blames IS remnants (ACCUSE) and asks Baghdad for more troops (REQUEST);
        # his charge of laxity against the security services is optional
        E(True, ["ACCUSE"], [6], "وحمّل", ["asserted"],
          source=COUNCIL_MEMBER, recipient=ISIS, date=SINCE_YESTERDAY),
        E(False, ["ACCUSE"], [6], "متهماً", ["asserted"],
          source=COUNCIL_MEMBER, recipient=IQ_SECURITY, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [6], "وطالب", ["asserted"],
          source=COUNCIL_MEMBER, recipient=IQ_FEDERAL, date=SINCE_YESTERDAY),
        # paragraph 7 (the district, its orchards and its market: description) holds no event
        # the migration ministry's food baskets for returnee families in Abu Saida
        E(True, ["AID"], [8], "ووزعت", ["asserted"], mode="humanitarian",
          source=MODM, recipient=RETURNEES, location=ABU_SAIDA, date=TODAY,
          attribution=["مدير فرع الوزارة في المحافظة"]),
        # a security force keeps forty families out of al-Zuhairat (COERCE restrict)
        E(True, ["COERCE"], [9], "منعت", ["asserted", "reported"], mode="restrict",
          source=SEC_FORCE, recipient=KEPT_OUT_FAMILIES, location=ZUHAIRAT, date=TODAY,
          attribution=["مختار إحدى القرى"]),
        # a PMF commander's threat (THREATEN) and the sweep he announces for the coming days (planned COERCE);
        # his appeal to the residents is optional
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="violence",
          source=PMF_CMDR, recipient=BOMBERS, date=SINCE_YESTERDAY),
        E(True, ["COERCE"], [10], "عملية تفتيش واسعة", ["planned"], mode="restrict",
          source=PMF_ISF, location=MUQ_ORCHARDS, date=D("2015-11-22", "week", ("2015-11-19", "2015-11-30"))),
        E(False, ["REQUEST"], [10], "مطالباً", ["asserted"],
          source=PMF_CMDR, recipient=MUQ_RESIDENTS, date=SINCE_YESTERDAY),
        # a rumoured abduction at a fake checkpoint, denied by the police
        E(True, ["ASSAULT"], [11], "اختطاف", ["rumored", "negated"], mode="abduct",
          source=MASKED_GUNMEN, recipient=ABDUCTED_THREE, location=MUQ_ROAD,
          date=D("2015-11-17", "day", ("2015-11-17", "2015-11-18")), attribution=["صفحات على مواقع التواصل"],
          acled=ABDUCTION),
        # the interior minister's visit «يوم السبت المقبل» (planned)
        E(True, ["CONSULT"], [12], "يزور", ["planned"], mode="visit",
          source=IQ_INTERIOR, recipient=SEC_CHIEFS, location=DIYALA, date=D("2015-11-21"),
          attribution=["مكتب المحافظ"]),
        # the provincial council's emergency session did not take place (core CONSULT, negated)
        E(True, ["CONSULT"], [13], "تنعقد", ["negated"], mode="multilateral",
          source=DIYALA_COUNCIL, location=DIYALA, date=SINCE_YESTERDAY),
        # paragraph 14 (citrus trade and farming: economy) holds no event
        # ¶15: the funeral is part of the bombing; the mourners' banners and the shops' closure are optional
        # PROTESTs
        E(False, ["PROTEST"], [15], "لافتات", ["asserted"], mode="demo",
          source=MUQ_MOURNERS, location=MUQ, date=TODAY, acled=PEACEFUL),
        E(False, ["PROTEST"], [15], "وأغلقت المحال", ["asserted"], mode="strike",
          source=MUQ_SHOPS, location=MUQ, date=TODAY),
        # background at another place: IS attack on a PMF post in the Hamrin hills «مساء الأحد الماضي» (core,
        # historical); «the third since the start of the month» is a tally, no event
        E(True, ["ASSAULT"], [16], "بهجوم شنه", ["historical", "asserted"], mode="firearms",
          source=ISIS_GUNMEN, recipient=PMF_FIGHTERS, location=HAMRIN, date=D("2015-11-15"), fatalities=3,
          attribution=["مصدر أمني"], acled=CLASH),
        # UNAMI's condemnation (no actor named) and its call on the authorities
        E(True, ["ACCUSE"], [17], "ودانت", ["asserted"],
          source=UNAMI, date=SINCE_YESTERDAY),
        E(True, ["REQUEST"], [17], "ودعت", ["asserted"],
          source=UNAMI, recipient=IQ_AUTHORITIES, date=SINCE_YESTERDAY),
    ],
)
