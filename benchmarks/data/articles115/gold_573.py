"""Gold of article 573: a Houthi mortar shell on the qat market of Qataba (main event, told first in the lead;
five dead), the qat sellers' strike in al-Dhale, a wounded seller's account, the Houthi channel's version,
the sellers' union's accusation and its demand to the UN envoy, a Houthi supervisor's threat over qat loads
(reported), six qat trucks held at a Security Belt checkpoint, Houthi reinforcements to the Murais front
rumoured and denied, no compensation paid for the stalls burnt earlier in the month, the governor's meeting
with the union and their agreement to move the market, the burial, the road between Qataba and Damt to be
opened to qat trucks on Saturday, the trucks' release announced, the sellers killed since the start of the
year, and a qat truck driver shot dead near Damt on 27 March 2019 (al-Dhale, Yemen), a Riyadh-based Yemeni
satellite channel's website, 2019-04-18 (Thu). Dateline «الرياض – «سدّ العرم»:» (a foreign capital)."""
from actors_places import (
    DAMT,
    DAMT_ROAD,
    DHALE_CITY,
    DHALE_NORTH,
    DHALE_SELLERS,
    GOVERNOR_SELLERS,
    HOUTHI_SNIPER,
    HOUTHI_SUPERVISOR,
    HOUTHIS,
    HOUTHIS_REINF,
    MURAIS,
    QAT_TRUCKERS,
    QAT_TRUCKS,
    QAT_UNION,
    QATABA,
    QATABA_AUTHORITY,
    QATABA_DAMT_ROAD,
    QATABA_VICTIMS,
    SECURITY_BELT,
    SELLERS_KILLED,
    SOUTHERN_FORCES,
    STALL_OWNERS,
    TRUCK_DRIVER,
    UN_ENVOY,
)
from common import ATTACK, PEACEFUL, SHELL, D, E, paras_of

SLUG = "dhale_2019_qataba_damt"
YESTERDAY = D("2019-04-17")
TODAY = D("2019-04-18")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2019-04-18", "day", ("2019-04-17", "2019-04-18"))
ARTICLE = dict(
    id="team115-573", slug=SLUG, published="2019-04-18",
    outlet="Sadd al-Arim, a Riyadh-based Yemeni satellite channel's website (fictional)",
    paras=paras_of(f"573_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead after the dateline (a passive verb first): the Houthi shell on
        # the qat market; a wounded seller ¶3, the Houthi channel's version ¶4 and the burial ¶13 → 5
        E(True, ["ASSAULT"], [0, 1, 3, 4, 13], "قذيفة هاون أطلقتها", ["asserted"], mode="heavy-weapons",
          source=HOUTHIS, recipient=QATABA_VICTIMS, location=QATABA, date=YESTERDAY, fatalities=5,
          attribution=["مصدر طبي في مستشفى قعطبة الريفي", "قناة «المسيرة»"], acled=SHELL, tpara=1),
        # ¶2: the sellers' strike in al-Dhale (PROTEST strike; the headline names it); their gathering before
        # the local authority's building is an optional PROTEST demo
        E(True, ["PROTEST"], [0, 2], "وأضرب باعة", ["asserted"], mode="strike",
          source=DHALE_SELLERS, location=DHALE_CITY, date=TODAY, acled=PEACEFUL, tpara=2),
        E(False, ["PROTEST"], [2], "وتجمّع العشرات", ["asserted"], mode="demo",
          source=DHALE_SELLERS, location=DHALE_CITY, date=TODAY),
        # ¶5 (the market of Qataba) holds no event. ¶6 (subject, a long parenthesis, verb): the union's
        # accusation and its demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=QAT_UNION, recipient=HOUTHIS, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=QAT_UNION, recipient=UN_ENVOY, date=STATED),
        # ¶7: the supervisor's threat told by truck drivers (reported first); the seizure it names is optional
        # and hypothetical
        E(True, ["THREATEN"], [7], "وتوعّد", ["reported", "asserted"], mode="seize",
          source=HOUTHI_SUPERVISOR, recipient=QAT_TRUCKERS, location=DAMT, date=STATED,
          attribution=["سائقو شاحنات"]),
        E(False, ["COERCE"], [7], "بمصادرة", ["hypothetical"], mode="confiscate",
          source=HOUTHI_SUPERVISOR, recipient=QAT_TRUCKERS, date=None),
        # ¶8: six qat trucks held at a Security Belt checkpoint (COERCE seize)
        E(True, ["COERCE"], [8], "واحتجزت نقطة", ["asserted"], mode="seize",
          source=SECURITY_BELT, recipient=QAT_TRUCKS, location=DHALE_NORTH, date=YESTERDAY),
        # ¶9: reinforcements told by local sources and denied by a Houthi source (rumoured)
        E(True, ["MOBILIZE"], [9], "دفع الحوثيين", ["rumored", "negated"], mode="troops",
          source=HOUTHIS_REINF, location=MURAIS, date=STATED, attribution=["مصادر محلية"]),
        # ¶10: no compensation paid (AID, negated); the shelling of the market early in the month is optional
        # and historical
        E(True, ["AID"], [10], "ولم تصرف", ["negated"], mode="economic",
          source=QATABA_AUTHORITY, recipient=STALL_OWNERS, location=QATABA, date=TODAY,
          attribution=["ثلاثة من الباعة"]),
        E(False, ["ASSAULT"], [10], "قصف سابق", ["historical"], mode="heavy-weapons",
          location=QATABA, date=D("2019-04-03", "week", ("2019-04-01", "2019-04-07"))),
        # ¶11: the governor meets the sellers' delegation and agrees with it (CONSULT and AGREE; both parties
        # in either role)
        E(True, ["CONSULT"], [11], "والتقى محافظ", ["asserted"], mode="visit",
          source=GOVERNOR_SELLERS, recipient=GOVERNOR_SELLERS, location=DHALE_CITY, date=TODAY,
          attribution=["مكتبه الإعلامي"]),
        E(True, ["AGREE"], [11], "واتفق", ["asserted"],
          source=GOVERNOR_SELLERS, recipient=GOVERNOR_SELLERS, location=DHALE_CITY, date=TODAY),
        # ¶12 (qat and its trade) holds no event. ¶13: the burial belongs to the main event.
        # ¶14: the road to be opened to qat trucks «صباح السبت المقبل» (planned RETREAT access)
        E(True, ["RETREAT"], [14], "تفتح القوات", ["planned"], mode="access",
          source=SOUTHERN_FORCES, location=QATABA_DAMT_ROAD, date=D("2019-04-20"),
          attribution=["وسيط قبلي"]),
        # ¶15: the trucks' release announced (CONCEDE); the drivers' claim to come is optional
        E(True, ["CONCEDE", "RETREAT"], [15], "وأعلن الحزام", ["asserted"],
          source=SECURITY_BELT, recipient=QAT_TRUCKS, location=DHALE_NORTH, date=TODAY),
        E(False, ["REQUEST"], [15], "سيطالبون", ["planned"], source=QAT_TRUCKS, date=None),
        # ¶16: the sellers killed since the start of the year, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], recipient=SELLERS_KILLED, date=None),
        # ¶17, «وكان … قد» at another place: a qat truck driver shot by a sniper near Damt on 27 March (core,
        # historical)
        E(True, ["ASSAULT"], [17], "قتل", ["historical", "asserted"], mode="firearms",
          source=HOUTHI_SNIPER, recipient=TRUCK_DRIVER, location=DAMT_ROAD, date=D("2019-03-27"),
          fatalities=1, attribution=["زملاؤه"], acled=ATTACK),
    ],
)
