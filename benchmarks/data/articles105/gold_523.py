"""Gold of article 523: Iraqi army units sent to Sinuni and the road to Khanasor, a drone strike on a
car by the Khanasor junction killing two (main event, told in ¶2 after the deployment; the Sinjar
Resistance Units count three), a shopkeeper's account and the Turkish defence ministry's version,
the Iraqi foreign ministry's condemnation and demand, joint army and police patrols, the Sinjar
Resistance Units' refusal, a Turkish threat, a second strike rumoured and unconfirmed, a
federal–Kurdistan meeting not held, the notables' backing of the army, the burial, displaced
families due to return next week, the year's count of drone strikes, and an ISIS attack on a PMF
post near al-Baaj on 7 September 2022 (Nineveh governorate, Iraq), a Dohuk-based news agency's
website, 2022-10-16 (Sun). Dateline «الموصل – «دجلة الشمال»:» (the provincial capital)."""
from actors_places import (
    BAAJ,
    FED_KRG,
    IDP_FAMILIES,
    IQ_ARMY,
    IQ_MOFA,
    ISIS,
    JOINT_PATROL,
    KHANASOR_JUNCTION,
    KHANASOR_VICTIMS,
    MIGRATION_MIN,
    NINEVEH_OPS,
    PKK,
    PMF,
    SINJAR_DIST,
    SINJAR_TOWN,
    SINUNI,
    SINUNI_NOTABLES,
    SINUNI_ROAD,
    TR_DRONE,
    TR_SECURITY,
    TURKEY,
    YBS,
)
from common import AGREEMENT, AIR, CLASH, D, E, paras_of

SLUG = "nineveh_2022_sinuni_khanasor"
YESTERDAY = D("2022-10-15")
TODAY = D("2022-10-16")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2022-10-16", "day", ("2022-10-15", "2022-10-16"))
ARTICLE = dict(
    id="team105-523", slug=SLUG, published="2022-10-16",
    outlet="Dijla al-Shamal, a Dohuk-based Iraqi news agency's website (fictional)",
    paras=paras_of(f"523_{SLUG}.txt"),
    events=[
        # ¶1 (dateline Mosul): the Nineveh Operations Command sends units to Sinuni and deploys them
        # on the road «بين» the sub-district and Khanasor (MOBILIZE, headline 0); «من دون أن يحدد»
        # negates nothing
        E(True, ["MOBILIZE"], [0, 1], "دفعت", ["asserted"], mode="troops",
          source=NINEVEH_OPS, location=SINUNI_ROAD, date=YESTERDAY, attribution=["ضابط في القيادة"], tpara=1),
        # MAIN EVENT, told in ¶2 after the deployment (verb first; the hour told after the act in a
        # clause of its own): a drone strike on a car by the Khanasor junction; a shopkeeper ¶3, the
        # Turkish defence ministry's version ¶4 and the burial ¶13 retell it. The tolls conflict:
        # two per the hospital, three per the Sinjar Resistance Units → 2
        E(True, ["ASSAULT"], [0, 2, 3, 4, 13], "استهدفت طائرة مسيّرة", ["asserted"], mode="aerial",
          source=TR_DRONE, recipient=KHANASOR_VICTIMS, location=KHANASOR_JUNCTION, date=YESTERDAY,
          fatalities=2,
          attribution=["مصدر طبي في مستشفى سنوني العام", "«وحدات مقاومة سنجار» في بيان",
                       "وزارة الدفاع التركية"],
          acled=AIR, tpara=2),
        # ¶5 (subject, a long parenthesis, verb): the foreign ministry's condemnation and demand
        # (two verbs joined with «و»); the earlier protest notes in the parenthesis are optional
        # (generic)
        E(False, ["ACCUSE"], [5], "مذكرات احتجاج", ["generic", "historical"],
          source=IQ_MOFA, recipient=TURKEY, date=None),
        E(True, ["ACCUSE"], [5], "دانت", ["asserted"],
          source=IQ_MOFA, recipient=TURKEY, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [5], "وطالبت", ["asserted"],
          source=IQ_MOFA, recipient=TURKEY, date=TODAY_OR_EVE),
        # ¶6: joint patrols of the army and the local police (COOPERATE; both in either role); the
        # two checkpoints set up are optional
        E(True, ["COOPERATE"], [6], "قوة مشتركة", ["asserted"],
          source=JOINT_PATROL, recipient=JOINT_PATROL, location=SINUNI, date=TODAY,
          attribution=["مصدر في الشرطة"]),
        E(False, ["MOBILIZE"], [6], "وأقامت", ["asserted"], mode="police",
          source=JOINT_PATROL, location=SINUNI, date=TODAY),
        # ¶7: the Sinjar Resistance Units reject the command's call, made «من قبل» it (the call
        # optional)
        E(True, ["REJECT"], [7], "ورفضت", ["asserted"],
          source=YBS, recipient=NINEVEH_OPS, location=SINUNI,
          date=D("2022-10-15", "day", ("2022-10-15", "2022-10-16")), attribution=["بيان"]),
        E(False, ["REQUEST"], [7], "دعوة", ["asserted", "historical"],
          source=NINEVEH_OPS, recipient=YBS, date=None),
        # ¶8: a Turkish security source's conditional threat («ما لم»); the strikes threatened are
        # optional and hypothetical; the embassy's silence negates nothing
        E(True, ["THREATEN"], [8], "ستواصل ملاحقة", ["asserted", "reported"], mode="violence",
          source=TR_SECURITY, recipient=PKK, location=SINJAR_DIST, date=TODAY_OR_EVE,
          attribution=["وسائل إعلام تركية"]),
        E(False, ["ASSAULT"], [8], "الضربات", ["hypothetical"], mode="aerial",
          source=TURKEY, recipient=PKK, location=SINJAR_DIST, date=None),
        # ¶9 (Khanasor described) holds no event. ¶10: a second strike told by Yazidi activists and
        # not confirmed by the local administration (rumoured, unconfirmed; no actor named)
        E(True, ["ASSAULT"], [10], "ضربة ثانية", ["rumored"], mode="aerial",
          location=SINJAR_TOWN, date=YESTERDAY, attribution=["ناشطون إيزيديون على «فيسبوك»"]),
        # ¶11: the federal–Kurdistan meeting not held (negated CONSULT); the Sinjar agreement of
        # October 2020 is optional and historical
        E(True, ["CONSULT"], [11], "يُعقد", ["negated"],
          source=FED_KRG, recipient=FED_KRG, date=TODAY, attribution=["مصدر في محافظة نينوى"]),
        E(False, ["AGREE"], [11], "اتفاق سنجار", ["historical"],
          source=FED_KRG, recipient=FED_KRG, date=D("2020-10-15", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        # ¶12: the notables back the army's deployment (SUPPORT); their call is optional
        E(True, ["SUPPORT"], [12], "وأيّد", ["asserted"],
          source=SINUNI_NOTABLES, recipient=IQ_ARMY, location=SINUNI, date=TODAY_OR_EVE),
        E(False, ["REQUEST"], [12], "داعين", ["asserted"],
          source=SINUNI_NOTABLES, date=None),
        # ¶13: the burial belongs to the main event. ¶14: displaced families due to return next week
        # (planned RETREAT, week range)
        E(True, ["RETREAT"], [14], "إعادة", ["planned"], mode="return",
          source=MIGRATION_MIN, recipient=IDP_FAMILIES, location=SINJAR_DIST,
          date=D("2022-10-19", "week", ("2022-10-17", "2022-10-23")), attribution=["مصدر في الوزارة"]),
        # ¶15 (the camps) holds no event. ¶16 (short): the year's count of drone strikes (optional,
        # generic)
        E(False, ["ASSAULT"], [16], "ضربات", ["generic"], mode="aerial",
          source=TR_DRONE, location=SINJAR_DIST, date=None),
        # ¶17, «وكان … قد» at another place: an ISIS attack on a PMF post near al-Baaj in the night
        # of 7 September (core, historical; 2 killed; an attack on armed men is a battle in ACLED's
        # sense); the attackers' withdrawal is optional
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=ISIS, recipient=PMF, location=BAAJ,
          date=D("2022-09-07", "day", ("2022-09-07", "2022-09-08")),
          fatalities=2, attribution=["هيئة الحشد"], acled=CLASH),
        E(False, ["RETREAT"], [17], "انسحبوا", ["historical"], mode="withdraw",
          source=ISIS, location=BAAJ, date=None),
    ],
)
