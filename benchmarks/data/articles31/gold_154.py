"""Gold of article 154: Afrin canton (Jindires, Rajo, al-Maabatli, the Maydanki dam, Bulbul, Afrin city), a news
agency close to the self-administration, 2018-02-13 (Tue)."""
from actors_places import (
                           AFRIN,
                           AFRIN_EXEC,
                           AFRIN_PROTESTERS,
                           AFRIN_RESIDENTS,
                           ANKARA,
                           BULBUL,
                           BULBUL_CIVILIANS,
                           JAZIRA_RESIDENTS,
                           JINDIRES,
                           JINDIRES_VICTIMS,
                           MAABATLI,
                           MAABATLI_VICTIMS,
                           MAYDANKI,
                           NUBL_ZAHRAA,
                           PRO_DAMASCUS_FORCES,
                           RAJO,
                           RAJO_FIGHT,
                           SELF_ADMIN,
                           SELF_ADMIN_DAMASCUS,
                           SULTAN_MURAD,
                           SY_GOV,
                           TR_ARMY,
                           TR_FACTIONS,
                           TURKEY,
                           UN_UNSC,
                           WATER_STATION,
)
from common import ABDUCTION, AGREEMENT, AIR, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "afrin_jindires_rajo_maabatli_maydanki_bulbul"
ARTICLE = dict(
    id="team31-154", slug=SLUG, published="2018-02-13", outlet="Kurdagh news agency (fictional)",
    paras=paras_of(f"154_{SLUG}.txt"),
    events=[
        # the air strike on a house in Jindires this morning (headline 0, lead 1: 5 per the health board; the Avrin
        # hospital doctor 10: six bodies) → one event, 5 killed
        E(True, ["ASSAULT"], [0, 1, 10], "بغارتين", ["asserted", "reported"], mode="aerial",
          source=TR_ARMY, recipient=JINDIRES_VICTIMS, location=JINDIRES, date=D("2018-02-13"), fatalities=5,
          attribution=["هيئة الصحة في مقاطعة عفرين", "طبيب في مشفى آفرين"], acled=AIR, tpara=1),
        # the third day of battles around Rajo, two-sided; today's toll per the YPG: 14 attackers + 3 YPG → 17
        E(True, ["ASSAULT"], [2], "المعارك", ["asserted", "reported"], mode="firearms",
          source=RAJO_FIGHT, location=RAJO, date=D("2018-02-13"), fatalities=17,
          attribution=["المركز الإعلامي لوحدات حماية الشعب"], acled=CLASH),
        # artillery on al-Maabatli's villages and Afrin's northern edge since dawn (one verb, one event; two wounded)
        E(True, ["ASSAULT"], [3], "قصفت", ["asserted", "reported"], mode="heavy-weapons",
          source=TR_ARMY, recipient=MAABATLI_VICTIMS, location=MAABATLI, date=D("2018-02-13"),
          attribution=["مراسل كورداغ"], acled=SHELL),
        # the demonstration in Afrin (headline 0), the banners' condemnation (optional), the closing statement's
        # demand to the UN and the Security Council, and the open sit-in announced for tomorrow (planned)
        E(True, ["PROTEST"], [0, 4], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=AFRIN_PROTESTERS, location=AFRIN, date=D("2018-02-13"), acled=PEACEFUL, tpara=4),
        E(False, ["ACCUSE"], [4], "تندد", ["asserted"],
          source=AFRIN_PROTESTERS, location=AFRIN, date=D("2018-02-13")),
        E(True, ["REQUEST"], [4], "طالب", ["asserted"],
          source=AFRIN_PROTESTERS, recipient=UN_UNSC, location=AFRIN, date=D("2018-02-13")),
        E(True, ["PROTEST"], [4], "اعتصام مفتوح", ["planned"], mode="demo",
          source=AFRIN_PROTESTERS, location=AFRIN, date=D("2018-02-14")),
        # the executive council's statement last night: accusation of Turkey, and Saturday's shelling of the water
        # station near the Maydanki dam that it reports (a separate, earlier act)
        E(True, ["ACCUSE"], [5], "اتهم", ["asserted"],
          source=AFRIN_EXEC, recipient=TURKEY, location=AFRIN, date=D("2018-02-12"),
          attribution=["بيان المجلس التنفيذي في مقاطعة عفرين"]),
        E(True, ["ASSAULT"], [5], "القصف المدفعي", ["reported", "asserted"], mode="heavy-weapons",
          source=TURKEY, recipient=WATER_STATION, location=MAYDANKI, date=D("2018-02-10"),
          attribution=["بيان المجلس التنفيذي في مقاطعة عفرين"], acled=SHELL),
        # paragraph 6 (population, olives, the dam's water) holds no event
        # the abduction of four civilians in Bulbul last night (passive, agent after «على يد»; the raid is the same
        # act); the seizure of a car and provisions (optional) and the factions' hold on Bulbul's villages since the
        # first days of the offensive (optional, historical)
        E(True, ["ASSAULT"], [7], "اختُطف", ["asserted", "reported"], mode="abduct",
          source=SULTAN_MURAD, recipient=BULBUL_CIVILIANS, location=BULBUL,
          date=D("2018-02-12", "day", ("2018-02-12", "2018-02-13")), attribution=["مصدر محلي من الناحية"],
          acled=ABDUCTION),
        E(False, ["COERCE"], [7], "استولوا", ["asserted", "reported"], mode="confiscate",
          source=SULTAN_MURAD, location=BULBUL, date=D("2018-02-12", "day", ("2018-02-12", "2018-02-13"))),
        E(False, ["ASSAULT", "COERCE"], [7], "تسيطر", ["historical", "asserted"], mode="seize",
          source=TR_FACTIONS, location=BULBUL, date=D("2018-01-25", "week", ("2018-01-20", "2018-01-31"))),
        # the Turkish government spokesman's threat in Ankara today
        E(True, ["THREATEN"], [8], "هدد", ["asserted"], mode="violence",
          source=TURKEY, recipient=PRO_DAMASCUS_FORCES, location=ANKARA, date=D("2018-02-13")),
        # the reported agreement with Damascus (mentioned in 8, told in 9), unconfirmed and denied as final; the talks
        # themselves are confirmed; the deployment it would bring (optional) and the administration's condition
        # (optional REQUEST)
        E(True, ["AGREE"], [8, 9], "اتفاقاً", ["rumored", "reported", "negated"],
          source=SELF_ADMIN_DAMASCUS, location=AFRIN, date=D("2018-02-12", "week", ("2018-02-06", "2018-02-13")),
          attribution=["وسائل إعلام موالية للحكومة السورية عن مصادر مطلعة", "عضو في المجلس التنفيذي"],
          acled=AGREEMENT, tpara=9),
        E(True, ["CONSULT"], [9], "المباحثات", ["asserted", "reported"],
          source=SELF_ADMIN, recipient=SY_GOV, date=D("2018-02-11", "week", ("2018-02-06", "2018-02-13")),
          attribution=["عضو في المجلس التنفيذي"]),
        E(False, ["MOBILIZE"], [9], "بانتشار", ["rumored", "planned"], mode="troops",
          source=PRO_DAMASCUS_FORCES, location=AFRIN, date=None),
        E(False, ["REQUEST"], [9], "شرطنا", ["asserted"],
          source=SELF_ADMIN, recipient=SY_GOV, date=D("2018-02-13")),
        # the Jazira solidarity convoy that reached Afrin last night; its delay at a government checkpoint (optional)
        E(True, ["AID"], [11], "قافلة", ["asserted", "reported"], mode="humanitarian",
          source=JAZIRA_RESIDENTS, recipient=AFRIN_RESIDENTS, location=AFRIN, date=D("2018-02-12"),
          attribution=["أحد منظمي القافلة"]),
        E(False, ["COERCE"], [11], "أخّروا", ["asserted", "reported"], mode="restrict",
          source=SY_GOV, location=NUBL_ZAHRAA, date=D("2018-02-12")),
        # background: the offensive launched on 20 January (optional, historical); the toll since is an aggregate
        E(False, ["ASSAULT"], [12], "هجومهم", ["historical"],
          source=TR_ARMY, location=AFRIN, date=D("2018-01-20")),
    ],
)
