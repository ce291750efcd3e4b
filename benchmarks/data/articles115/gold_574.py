"""Gold of article 574: a Turkish drone strike on a car near Sinuni (main event, told first in the lead; three
members of the Sinjar Resistance Units dead), a shepherd's account, the Turkish defence ministry's version,
the Iraqi foreign ministry's condemnation and demand, the Units' conditional threat to cut the roads, army
reinforcements and a joint patrol of the army and the local police, a second strike near Khanasor rumoured
and denied, the Units not withdrawn from Sinuni, a national security delegation due on Sunday, IOM aid to
returnee families, the burial, the Yazidi Spiritual Council's support, the local administration's rejection
of the call to hand over its checkpoints, the year's Turkish strikes, and a drone strike on a house in
Khanasor on 24 August 2022 (Nineveh, Iraq), a Mosul-based private Iraqi news agency, 2022-10-19 (Wed).
Dateline «الموصل – «قنطرة»:» (the capital of the province; the main event happens near Sinuni)."""
from actors_places import (
    ARMY_POLICE,
    DRONE_GENERIC,
    GENOCIDE_VICTIMS,
    IOM,
    IQ_ARMY,
    IQ_GOV,
    IQ_MFA,
    JOC,
    KHANASOR,
    KHANASOR_DRONE,
    KHANASOR_VICTIMS,
    NSA_NOTABLES,
    RETURNEES,
    SINJAR,
    SINJAR_ADMIN,
    SINJAR_AGREEMENT_PARTIES,
    SINJAR_FORCES,
    SINUNI,
    TURKEY,
    TURKEY_DRONE,
    YAZIDI_COUNCIL,
    YBS,
    YBS_THREE,
)
from common import AGREEMENT, AIR, D, E, paras_of

SLUG = "nineveh_2022_sinjar_sinuni"
YESTERDAY = D("2022-10-18")
TODAY = D("2022-10-19")
# a statement without a time of day: the day of publication, or the day before
STATED = D("2022-10-19", "day", ("2022-10-18", "2022-10-19"))
ARTICLE = dict(
    id="team115-574", slug=SLUG, published="2022-10-19",
    outlet="Qantara, a Mosul-based private Iraqi news agency (fictional)",
    paras=paras_of(f"574_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead after the dateline: the drone strike on the car; a shepherd ¶2
        # (the hour told after the act in a clause of its own), the Turkish ministry's version ¶3 and the
        # burial ¶13 → 3
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "بضربة نفذتها", ["asserted"], mode="aerial",
          source=TURKEY_DRONE, recipient=YBS_THREE, location=SINUNI, date=YESTERDAY, fatalities=3,
          attribution=["مصدر أمني في قضاء سنجار", "وزارة الدفاع التركية"], acled=AIR, tpara=1),
        # ¶4 (subject, a long parenthesis, verb): the condemnation and the demand, two verbs joined with «و»;
        # the summonses of the year are an optional generic event, and so are the earlier strikes the demand
        # names
        E(True, ["ACCUSE"], [4], "دانت", ["asserted"],
          source=IQ_MFA, recipient=TURKEY, date=TODAY, attribution=["بيان"]),
        E(True, ["REQUEST"], [4], "وطالبت", ["asserted"],
          source=IQ_MFA, recipient=TURKEY, date=TODAY),
        E(False, ["ACCUSE", "SANCTION"], [4], "استدعت", ["generic", "historical"],
          source=IQ_MFA, recipient=TURKEY, date=None),
        E(False, ["ASSAULT"], [4], "ضربات سابقة", ["generic", "historical"], mode="aerial", date=None),
        # ¶5 (Sinuni and the road to Mosul) holds no event. ¶6: the Units' conditional threat; cutting the
        # roads is optional and hypothetical
        E(True, ["THREATEN"], [6], "وتوعّدت", ["asserted"], mode="obstruct",
          source=YBS, recipient=IQ_GOV, date=STATED, attribution=["بيان نشرته على معرّفاتها"]),
        E(False, ["PROTEST", "COERCE"], [6], "بـ«قطع", ["hypothetical"], mode="obstruct",
          source=YBS, date=None),
        # ¶7: the army's reinforcements (MOBILIZE; the headline names them; «لتأمين …» is their purpose) and
        # the joint patrols (COOPERATE; both parties in either role); the temporary checkpoints are optional
        E(True, ["MOBILIZE"], [0, 7], "وأرسل الجيش", ["asserted"], mode="troops",
          source=IQ_ARMY, location=SINUNI, date=TODAY, attribution=["ضابط في قيادة عمليات غرب نينوى"],
          tpara=7),
        E(True, ["COOPERATE"], [7], "ونفّذت قوة", ["asserted"],
          source=ARMY_POLICE, recipient=ARMY_POLICE, location=SINUNI, date=TODAY),
        E(False, ["COERCE", "MOBILIZE"], [7], "وأقامت نقطتين", ["asserted"], mode="restrict",
          source=ARMY_POLICE, location=SINUNI, date=TODAY),
        # ¶8: a second strike told by local accounts and denied by the police (rumoured)
        E(True, ["ASSAULT"], [8], "ضربة ثانية", ["rumored", "negated"], mode="aerial",
          location=KHANASOR, date=TODAY, attribution=["حسابات محلية على «تويتر»"]),
        # ¶9: the Units not withdrawn (RETREAT, negated); the Sinjar agreement of October 2020 is optional and
        # historical
        E(True, ["RETREAT"], [9], "ولم تنسحب", ["negated"], mode="withdraw",
          source=YBS, location=SINUNI, date=TODAY),
        E(False, ["AGREE"], [9], "وقّعته", ["historical"],
          source=SINJAR_AGREEMENT_PARTIES, date=D("2020-10-09", "month", ("2020-10-01", "2020-10-31")),
          acled=AGREEMENT),
        # ¶10: the delegation due «يوم الأحد المقبل» (planned CONSULT; both parties in either role); its
        # meeting with the displaced families is optional
        E(True, ["CONSULT"], [10], "يصل", ["planned"], mode="visit",
          source=NSA_NOTABLES, recipient=NSA_NOTABLES, location=SINJAR, date=D("2022-10-23"),
          attribution=["القائممقامية"]),
        E(False, ["CONSULT"], [10], "سيلتقي", ["planned"], source=NSA_NOTABLES, date=D("2022-10-23")),
        # ¶11: IOM's aid to returnee families (AID); the heaters due next month are optional and planned
        E(True, ["AID"], [11], "ووزّعت المنظمة", ["asserted"], mode="humanitarian",
          source=IOM, recipient=RETURNEES, location=SINUNI, date=TODAY,
          attribution=["موظف في مكتب المنظمة بالقضاء"]),
        E(False, ["AID"], [11], "لتوزيع مدافئ", ["planned"], mode="humanitarian",
          source=IOM, date=D("2022-11-15", "month", ("2022-11-01", "2022-11-30"))),
        # ¶12 (the drones over Sinjar, a standing situation) holds no event. ¶13: the burial belongs to the
        # main event. ¶14: the Council's support (SUPPORT); its call is optional, and so is the genocide it
        # recalls
        E(True, ["SUPPORT"], [14], "وأيّد", ["asserted"],
          source=YAZIDI_COUNCIL, recipient=IQ_MFA, date=STATED, attribution=["بيان مقتضب"]),
        E(False, ["REQUEST"], [14], "ودعا", ["asserted"],
          source=YAZIDI_COUNCIL, recipient=IQ_GOV, date=STATED),
        E(False, ["ASSAULT"], [14], "الإبادة", ["historical"], recipient=GENOCIDE_VICTIMS, date=None),
        # ¶15: the administration rejects the call to hand over its checkpoints (REJECT); the withdrawal of
        # 2014 it recalls is optional and historical
        E(True, ["REJECT"], [15], "ورفضت الإدارة", ["asserted"],
          source=SINJAR_ADMIN, recipient=JOC, location=SINUNI, date=STATED),
        E(False, ["RETREAT"], [15], "انسحب", ["historical"], mode="withdraw",
          source=SINJAR_FORCES, date=D("2014-08-03", "year", ("2014-01-01", "2014-12-31"))),
        # ¶16: the year's Turkish strikes, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "ضربة تركية", ["generic"], mode="aerial",
          source=DRONE_GENERIC, date=None),
        # ¶17, «وكان … قد» at another place: a drone strike on a house in Khanasor on 24 August (core,
        # historical)
        E(True, ["ASSAULT"], [17], "استهدفت", ["historical", "asserted"], mode="aerial",
          source=KHANASOR_DRONE, recipient=KHANASOR_VICTIMS, location=KHANASOR, date=D("2022-08-24"),
          fatalities=2, attribution=["سكان"], acled=AIR),
    ],
)
