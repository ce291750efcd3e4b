"""Gold of article 535: clashes between the Libyan National Army and the Derna Mujahideen Shura Council on
the al-Fatayeh front, an air strike on a house in Shiha in Derna killing three of one family (main event,
told in ¶2 after the clashes; the hospital's three against the Shura Council's five), a neighbour's account
and the operations room's version, trucks of flour and fuel kept out at the Karsa gate, the municipal
council's condemnation and appeal to UNSMIL, a safe corridor announced for the families, the House of
Representatives' defence committee's backing and its refusal of UNSMIL's call, an LNA source's conditional
threat, reinforcements in Martuba rumoured and unconfirmed, a Red Crescent convoy not let in, the burial,
a meeting of Derna's elders with the General Command due on Thursday in al-Rajma, the summer's air strikes,
and an attack on an army gate near Ain Marah on 8 June 2017 (Derna, Libya), a Benghazi-based private
television channel's website, 2017-07-18 (Tue). No dateline: the lead names Derna in its first sentence."""
from actors_places import (
    AIN_MARRA,
    AIN_MARRA_ATTACKERS,
    DERNA,
    DERNA_COUNCIL,
    DERNA_FAMILIES,
    DHAHR_HAMAR,
    DMSC,
    ELDERS_MEETING,
    FATAYEH,
    FATAYEH_FIGHT,
    HOR_DEFENCE,
    KARSA,
    KARSA_TRUCKS,
    LIBYAN_RED_CRESCENT,
    LNA,
    LNA_AIR,
    LNA_ARMED_FORCES,
    LNA_SOLDIERS,
    LNA_SOURCE,
    MARTUBA,
    OMAR_MUKHTAR_ROOM,
    RAJMA,
    SHIHA,
    SHIHA_FAMILY,
    UNSMIL,
)
from common import AIR, CLASH, D, E, paras_of

SLUG = "derna_2017_shiha_fatayeh"
YESTERDAY = D("2017-07-17")
TODAY = D("2017-07-18")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2017-07-18", "day", ("2017-07-17", "2017-07-18"))
ARTICLE = dict(
    id="team107-535", slug=SLUG, published="2017-07-18",
    outlet="Manarat Barqa, a Benghazi-based private television channel's website (fictional)",
    paras=paras_of(f"535_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Derna in the first sentence; verb first): the clashes «بين» the LNA and the
        # Shura Council's fighters on the al-Fatayeh front (both sides are sources; a possessive
        # «مسلحي «مجلس شورى …»»); the headline names them
        E(True, ["ASSAULT"], [0, 1], "اندلعت مواجهات", ["asserted"], mode="heavy-weapons",
          source=FATAYEH_FIGHT, location=FATAYEH, date=YESTERDAY, attribution=["مراسل «منارة برقة»"],
          acled=CLASH, tpara=1),
        # MAIN EVENT, told in ¶2 after the clashes (the hour told after the act in a clause of its own): a
        # warplane's strike on a house in Shiha; a neighbour ¶3, the operations room's version ¶4 (no
        # number; its blame optional) and the burial ¶13 retell it. Conflicting tolls: 3 (al-Harish
        # hospital) and 5 (the Shura Council) → 3
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "غارة", ["asserted"], mode="aerial",
          source=LNA_AIR, recipient=SHIHA_FAMILY, location=SHIHA, date=YESTERDAY, fatalities=3,
          attribution=["مستشفى الهريش", "«مجلس شورى مجاهدي درنة» في بيان", "جار للعائلة",
                       "المركز الإعلامي لغرفة عمليات عمر المختار"],
          acled=AIR, tpara=2),
        E(False, ["ACCUSE"], [4], "متهماً", ["asserted"],
          source=OMAR_MUKHTAR_ROOM, recipient=DMSC, date=TODAY_OR_EVE),
        # ¶5: three trucks of flour and fuel kept out at the Karsa gate yesterday (COERCE restrict, told by
        # one driver); the months-long closure of the gate is a standing siege (optional, generic)
        E(True, ["COERCE"], [5], "ومنعت", ["asserted", "reported"], mode="restrict",
          source=LNA, recipient=KARSA_TRUCKS, location=KARSA, date=YESTERDAY, attribution=["سائق إحداها"]),
        E(False, ["COERCE"], [5], "إغلاق", ["generic", "asserted"], mode="restrict",
          source=LNA, location=KARSA, date=None),
        # ¶6 (subject, a long parenthesis, verb): the council's condemnation (no actor named) and its
        # appeal to UNSMIL, two verbs joined with «و»
        E(True, ["ACCUSE"], [6], "ندّد", ["asserted"],
          source=DERNA_COUNCIL, location=DERNA, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [6], "وناشد", ["asserted"],
          source=DERNA_COUNCIL, recipient=UNSMIL, date=TODAY_OR_EVE),
        # ¶7 (Derna between the sea and the mountain) holds no event. ¶8: a safe corridor announced for the
        # families (CONCEDE); the families who left this morning are optional (RETREAT)
        E(True, ["CONCEDE"], [8], "فتح ممر آمن", ["asserted"],
          source=OMAR_MUKHTAR_ROOM, recipient=DERNA_FAMILIES, location=DHAHR_HAMAR, date=YESTERDAY),
        E(False, ["RETREAT"], [8], "خرجت", ["asserted", "reported"],
          source=DERNA_FAMILIES, location=DHAHR_HAMAR, date=TODAY),
        # ¶9: one sentence, two events: the defence committee backs the army's operations (SUPPORT) and
        # refuses UNSMIL's call of last week (REJECT); the call itself is optional and historical
        E(True, ["SUPPORT"], [9], "وأيّدت", ["asserted"],
          source=HOR_DEFENCE, recipient=LNA_ARMED_FORCES, date=TODAY_OR_EVE),
        E(True, ["REJECT"], [9], "ورفضت", ["asserted"],
          source=HOR_DEFENCE, recipient=UNSMIL, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [9], "دعوة", ["historical", "asserted"],
          source=UNSMIL, date=D("2017-07-12", "week", ("2017-07-08", "2017-07-15"))),
        # ¶10: an LNA source's conditional threat; the storming of the city is optional and hypothetical
        E(True, ["THREATEN"], [10], "وهدّد", ["asserted"], mode="violence",
          source=LNA_SOURCE, recipient=DMSC, location=DERNA, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [10], "اقتحام", ["hypothetical"], mode="firearms",
          source=LNA, recipient=DMSC, location=DERNA, date=None),
        # ¶11: LNA reinforcements in Martuba told by pages close to the Shura Council, neither confirmed nor
        # denied (rumoured; undated)
        E(True, ["MOBILIZE"], [11], "تعزيزات", ["rumored", "reported"], mode="troops",
          source=LNA, location=MARTUBA, date=None, attribution=["صفحات مقربة من المجلس"]),
        # ¶12: the Red Crescent convoy not let in (negated AID)
        E(True, ["AID"], [12], "تدخل", ["negated"], mode="humanitarian",
          source=LIBYAN_RED_CRESCENT, location=KARSA, date=TODAY, attribution=["متطوع فيها"]),
        # ¶13: the burial belongs to the main event. ¶14: the elders' meeting with the General Command «يوم
        # الخميس المقبل» in al-Rajma (planned CONSULT; both in either role)
        E(True, ["CONSULT"], [14], "ويلتقي", ["planned"],
          source=ELDERS_MEETING, recipient=ELDERS_MEETING, location=RAJMA, date=D("2017-07-20"),
          attribution=["عضو في الوفد"]),
        # ¶15 (daily life in the besieged city) holds no event. ¶16: the summer's air strikes, an aggregate
        # (optional, generic)
        E(False, ["ASSAULT"], [16], "الغارات", ["generic"], mode="aerial", location=DERNA, date=None),
        # ¶17, «وكان … قد» at another place: gunmen attack an army gate near Ain Marah on 8 June (core,
        # historical; 2 soldiers killed); their withdrawal is optional
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=AIN_MARRA_ATTACKERS, recipient=LNA_SOLDIERS, location=AIN_MARRA, date=D("2017-06-08"),
          fatalities=2, acled=CLASH),
        E(False, ["RETREAT"], [17], "ينسحبوا", ["historical"], mode="withdraw",
          source=AIN_MARRA_ATTACKERS, location=AIN_MARRA, date=D("2017-06-08")),
    ],
)
