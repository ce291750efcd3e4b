"""Gold of article 581: incendiary shells set fire to wheat fields around al-Latamneh and Morek, rockets kill
harvest workers in the fields between Kafr Zita and al-Latamneh (main event, told in ¶2 after the fires; five
per the Civil Defence, seven per the local council → 5), a tractor owner's account, the state agency's
version, the local council's accusation and demand, text messages threatening the fields, an opposition
faction's withdrawal from Tell Malah rumoured and denied, firebreaks dug jointly, no aid or compensation for
the farmers, a protest due on Friday at Morek, a grain deal with the council, the burial, the farmers' union's
rejection of the state grain board's call, the fields burned since mid-May, and a harvester struck from the
air near Kafr Nabudah on 27 May 2019 (Hama, Syria), an Istanbul-based Syrian opposition radio station's
website, 2019-06-12 (Wed). No dateline: the lead names the northern Hama countryside in its first sentence."""
from actors_places import (
    ACTIVISTS_HAMA,
    AID_GROUPS,
    AREA_FARMERS,
    CD_FARMERS,
    FARMERS_UNION,
    GRAIN_BOARD,
    HAMA_GOV,
    HARVESTERS,
    KAFR_NABUDAH,
    KAFR_ZITA,
    KN_HARVESTER,
    KZ_COUNCIL,
    KZ_FIELDS,
    KZ_LAT,
    LAT_KZ_RESIDENTS,
    LAT_MOREK,
    LATAMNEH,
    LIBERATED_HAMA,
    MOREK_POST,
    NLF,
    RUS_AIR,
    RUSSIA_REGIME,
    SY_ARMY_COMMAND,
    SY_REGIME,
    TEL_MALAH,
    TRADERS_COUNCIL,
    TURKEY,
)
from common import AGREEMENT, AIR, SHELL, D, E, paras_of

SLUG = "hama_2019_latamneh_morek"
YESTERDAY = D("2019-06-11")
TODAY = D("2019-06-12")
# a statement or an act without a time of day: the day of publication, or the day before
STATED = D("2019-06-12", "day", ("2019-06-11", "2019-06-12"))
ARTICLE = dict(
    id="team117-581", slug=SLUG, published="2019-06-12",
    outlet="Atheer al-Assi, an Istanbul-based Syrian opposition radio station's website (fictional)",
    paras=paras_of(f"581_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; the northern Hama countryside in the first sentence): incendiary shells on the
        # wheat fields (the headline names the fires); putting out the fires is no event
        E(True, ["ASSAULT"], [0, 1], "قصفت قوات النظام", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, location=LAT_MOREK, date=YESTERDAY,
          attribution=["مراسل «أثير العاصي»"], acled=SHELL, tpara=1),
        # MAIN EVENT, told in ¶2 after the fires (verb first; «بعد ساعات من اندلاع الحرائق» is a
        # back-reference; the hour told after the act in a clause of its own): rockets on the harvest
        # workers; the tractor owner ¶3, the state agency's version and the local council's seven ¶4, the
        # burial ¶13 → 5, the lowest count
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "استهدفت راجمات", ["asserted"], mode="heavy-weapons",
          source=SY_REGIME, recipient=HARVESTERS, location=KZ_FIELDS, date=YESTERDAY, fatalities=5,
          attribution=["«الدفاع المدني السوري»", "وكالة «سانا»", "المجلس المحلي للبلدة"],
          acled=SHELL, tpara=2),
        # ¶5 (subject, a long parenthesis, verb): the accusation and the demand, two verbs joined with
        # «و»; the de-escalation agreement the demand recalls is optional and historical
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=KZ_COUNCIL, recipient=RUSSIA_REGIME, date=STATED, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالب", ["asserted"],
          source=KZ_COUNCIL, recipient=TURKEY, date=STATED),
        E(False, ["AGREE"], [5], "لاتفاق", ["historical"], acled=AGREEMENT),
        # ¶6 (the wheat plain, its harvest and its prices) holds no event. ¶7: text messages told by two
        # residents (reported first); the burning they threaten is optional and hypothetical, their call to
        # leave optional
        E(True, ["THREATEN"], [7], "تتوعّد", ["reported", "asserted"], mode="violence",
          source=SY_ARMY_COMMAND, recipient=LAT_KZ_RESIDENTS, location=KZ_LAT, date=STATED,
          attribution=["اثنان منهم"]),
        E(False, ["ASSAULT"], [7], "بـ«حرق", ["hypothetical"], mode="destroy",
          source=SY_ARMY_COMMAND, date=None),
        E(False, ["REQUEST"], [7], "وتدعو", ["reported", "asserted"],
          source=SY_ARMY_COMMAND, recipient=LAT_KZ_RESIDENTS, date=STATED),
        # ¶8: the faction's withdrawal from Tell Malah, told by loyalist pages and denied (rumoured, undated)
        E(True, ["RETREAT"], [8], "انسحاب", ["rumored", "negated"], mode="withdraw",
          source=NLF, location=TEL_MALAH, date=None, attribution=["صفحات موالية على «فيسبوك»"]),
        # ¶9: Civil Defence volunteers and farmers dig firebreaks together («مع»; a purpose clause)
        E(True, ["COOPERATE"], [9], "عمل مشترك", ["asserted"],
          source=CD_FARMERS, recipient=CD_FARMERS, location=KZ_LAT, date=TODAY,
          attribution=["مسؤول في الدفاع المدني"]),
        # ¶10: no aid or compensation has reached the farmers (AID, negated); the organisations' promise
        # of early May is optional and historical
        E(True, ["AID"], [10], "ولم تصل", ["negated"], mode="economic",
          recipient=AREA_FARMERS, location=LATAMNEH, date=TODAY,
          attribution=["رئيس الجمعية الفلاحية في اللطامنة"]),
        E(False, ["AGREE", "AID"], [10], "وعدت", ["historical"],
          source=AID_GROUPS, date=D("2019-05-03", "week", ("2019-05-01", "2019-05-07"))),
        # ¶11: a protest at the Turkish observation post «يوم الجمعة المقبل» (planned PROTEST); the call
        # optional
        E(True, ["PROTEST"], [11], "وقفة احتجاجية", ["planned"], mode="demo",
          source=ACTIVISTS_HAMA, location=MOREK_POST, date=D("2019-06-14")),
        E(False, ["REQUEST"], [11], "ودعا", ["asserted"], source=ACTIVISTS_HAMA, date=STATED),
        # ¶12: grain traders and the council agree to buy the wheat (both parties in either role)
        E(True, ["AGREE"], [12], "واتفق", ["asserted"],
          source=TRADERS_COUNCIL, recipient=TRADERS_COUNCIL, location=KAFR_ZITA, date=TODAY,
          attribution=["عضو في المجلس"]),
        # ¶13: the burial belongs to the main event; the husbands killed in a shelling last year are optional
        # and historical; the drone over the cemetery is no event
        E(False, ["ASSAULT"], [13], "قُتلا", ["historical"], location=KAFR_ZITA,
          date=D("2018-07-01", "year", ("2018-01-01", "2018-12-31"))),
        # ¶14 (the families' livelihood) holds no event. ¶15: the farmers' union rejects the state grain
        # board's call (REJECT); the call itself is optional
        E(True, ["REJECT"], [15], "ورفض اتحاد", ["asserted"],
          source=FARMERS_UNION, recipient=GRAIN_BOARD, location=LIBERATED_HAMA, date=STATED,
          attribution=["بيان"]),
        E(False, ["REQUEST"], [15], "دعوة", ["historical", "asserted"], source=GRAIN_BOARD, date=None),
        # ¶16: the fields burned since mid-May, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "الحرائق أتت", ["generic"], location=HAMA_GOV, date=None),
        # ¶17, «وكانت … قد» at another place: a harvester struck from the air near Kafr Nabudah on 27 May
        # (core, historical); the silence of the air base negates nothing
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=RUS_AIR, recipient=KN_HARVESTER, location=KAFR_NABUDAH, date=D("2019-05-27"),
          fatalities=2, acled=AIR),
    ],
)
