"""Gold of article 191: al-Qusayr (the western quarter, the Homs road, the municipality checkpoint, Rablah, al-Dabaa),
a Syrian revolutionary news network, 2012-07-05 (Thu)."""
from actors_places import (
                           DABAA,
                           FSA,
                           FSA_LEADERS,
                           HOMS_QUSAYR_ROAD,
                           ICRC,
                           INTL_COMMUNITY,
                           QS_AF_INTEL,
                           QS_ARMY,
                           QS_CHILD,
                           QS_DETAINEES,
                           QS_ELDERLY,
                           QS_FIGHT,
                           QS_GUNMEN,
                           QS_OFFICER,
                           QS_PROTESTERS,
                           QS_SARC,
                           QS_SHELL_VICTIMS,
                           QS_SNIPER,
                           QS_TANSIQIYA,
                           QS_YOUNG_MAN,
                           QUSAYR,
                           QUSAYR_MUNICIPALITY,
                           QUSAYR_ORCHARDS,
                           QUSAYR_WEST,
                           RABLAH_ABDUCTEES,
                           RABLAH_FSA,
                           RABLAH_NOTABLES,
                           RABLAH_ROAD,
                           UNKNOWN,
)
from common import ABDUCTION, ARREST, ATTACK, CLASH, PEACEFUL, SHELL, D, E, paras_of

SLUG = "qusayr_2012_hospital_mortars_homs_road_arrests_rablah_abductees"
ARTICLE = dict(
    id="team39-191", slug=SLUG, published="2012-07-05", outlet="al-Asi al-Hurr network (fictional)",
    paras=paras_of(f"191_{SLUG}.txt"),
    events=[
        # the mortar shelling of the western quarter «مساء أمس الأربعاء»: headline 0, lead 1 (three martyrs, fired
        # from the army's National Hospital checkpoint), retold in 9 by a field doctor (seven shells, five dead per
        # the hospital against three named by the committee → the lowest, 3)
        E(True, ["ASSAULT"], [0, 1, 9], "سقوط قذائف هاون", ["asserted", "reported"], mode="heavy-weapons",
          source=QS_ARMY, recipient=QS_SHELL_VICTIMS, location=QUSAYR, date=D("2012-07-04"), fatalities=3,
          attribution=["تنسيقية مدينة القصير", "طبيب في المشفى الميداني"], acled=SHELL, tpara=1),
        # a young man killed by the hospital sniper this morning; the same sniper's shot at a child two days ago is
        # told in passing by activists (optional)
        E(True, ["ASSAULT"], [2], "برصاص قناص", ["asserted"], mode="firearms",
          source=QS_SNIPER, recipient=QS_YOUNG_MAN, location=QUSAYR, date=D("2012-07-05"), fatalities=1,
          acled=ATTACK),
        E(False, ["ASSAULT"], [2], "أصاب طفلاً", ["reported", "historical"], mode="firearms",
          source=QS_SNIPER, recipient=QS_CHILD, location=QUSAYR, date=D("2012-07-03"), attribution=["ناشطون"],
          acled=ATTACK),
        # the arrest of some twenty young men at a checkpoint on the Homs road (headline 0); the elderly passengers let
        # go are the witness's own story (optional RETREAT)
        E(True, ["COERCE"], [0, 3], "اعتقلت", ["asserted", "reported"], mode="arrest",
          source=QS_AF_INTEL, recipient=QS_DETAINEES, location=HOMS_QUSAYR_ROAD, date=D("2012-07-05"),
          attribution=["أحد الركاب لمراسل الشبكة"], acled=ARREST, tpara=3),
        E(False, ["RETREAT"], [3], "أُخلي سبيلهم", ["asserted", "reported"], mode="release",
          source=QS_AF_INTEL, recipient=QS_ELDERLY, location=HOMS_QUSAYR_ROAD, date=D("2012-07-05")),
        # the FSA attack on the municipality checkpoint late last night and the two-hour exchange of fire: one
        # two-sided fight (both sides are sources); SANA's version in 8 («اشتبكت مع مجموعة إرهابية») is the same
        # fight; «عدد من جنود النظام» → 3, SANA gives no number
        E(True, ["ASSAULT"], [4, 8], "هاجم", ["asserted", "reported"], mode="firearms",
          source=QS_FIGHT, location=QUSAYR_MUNICIPALITY, date=D("2012-07-04", "day", ("2012-07-04", "2012-07-05")),
          fatalities=3, attribution=["ناشطون", "سانا"], acled=CLASH),
        # yesterday evening's demonstration and its demand to the international community
        E(True, ["PROTEST"], [5], "مظاهرة حاشدة", ["asserted"], mode="demo",
          source=QS_PROTESTERS, location=QUSAYR, date=D("2012-07-04"),
          attribution=["مقطع مصور بثته التنسيقية على يوتيوب"], acled=PEACEFUL),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=QS_PROTESTERS, recipient=INTL_COMMUNITY, location=QUSAYR, date=D("2012-07-04")),
        # paragraph 6 (the living conditions) is generic: deliberately NO gold event
        # Rablah's notables meet FSA commanders (yesterday) about two young men abducted last Sunday (recalled in a
        # relative clause), and the two sides agree; the promised hand-over is conditional and future (optional);
        # the FSA commander's denial is no event
        E(True, ["CONSULT"], [7], "التقى", ["reported", "asserted"],
          source=RABLAH_NOTABLES, recipient=FSA_LEADERS, location=QUSAYR_ORCHARDS, date=D("2012-07-04"),
          attribution=["مصادر محلية"]),
        E(True, ["ASSAULT"], [7], "خُطفا", ["historical", "asserted", "reported"], mode="abduct",
          source=UNKNOWN, recipient=RABLAH_ABDUCTEES, location=RABLAH_ROAD, date=D("2012-07-01"),
          attribution=["مصادر محلية"], acled=ABDUCTION),
        E(True, ["AGREE"], [7], "واتفق الطرفان", ["reported", "asserted"],
          source=RABLAH_FSA, location=QUSAYR_ORCHARDS, date=D("2012-07-04"), attribution=["مصادر محلية"]),
        E(False, ["RETREAT"], [7], "وتسليمهم", ["planned", "hypothetical"], mode="release",
          source=FSA, recipient=RABLAH_ABDUCTEES, date=None),
        # the officer's threat over the loudspeakers this morning (made: asserted); the threatened storming is
        # conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "توعّد", ["asserted", "reported"], mode="violence",
          source=QS_OFFICER, recipient=QS_GUNMEN, location=QUSAYR_WEST, date=D("2012-07-05"),
          attribution=["ناشطون"]),
        E(False, ["ASSAULT"], [10], "باقتحام", ["hypothetical"], mode="firearms",
          source=QS_ARMY, location=QUSAYR_WEST, date=None),
        # the same checkpoint turns back two Red Crescent ambulances (COERCE restrict); the committee's appeal to the
        # ICRC (the evacuation it asks for is no event)
        E(True, ["COERCE"], [11], "منع", ["asserted"], mode="restrict",
          source=QS_ARMY, recipient=QS_SARC, location=QUSAYR, date=D("2012-07-05")),
        E(True, ["REQUEST"], [11], "ناشدت", ["asserted"],
          source=QS_TANSIQIYA, recipient=ICRC, location=QUSAYR, date=D("2012-07-05")),
        # rumoured reinforcements at al-Dabaa airbase over the last two days; the campaign they would prepare is
        # hypothetical (optional); the storming attempt early this year is background (optional, historical); the
        # «قصف شبه يومي» and the protests since last spring are aggregates (no event)
        E(True, ["MOBILIZE"], [12], "تعزيزات عسكرية", ["rumored"], mode="troops",
          source=QS_ARMY, location=DABAA, date=D("2012-07-04", "week", ("2012-07-03", "2012-07-05")),
          attribution=["أنباء يتداولها الأهالي"]),
        E(False, ["ASSAULT"], [12], "لحملة واسعة", ["hypothetical", "planned"], mode="heavy-weapons",
          source=QS_ARMY, location=QUSAYR, date=None),
        E(False, ["ASSAULT"], [12], "اقتحامها", ["historical"], mode="firearms",
          source=QS_ARMY, location=QUSAYR, date=D("2012-01-20", "month", ("2012-01-01", "2012-02-29"))),
    ],
)
