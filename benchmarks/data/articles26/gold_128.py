"""Gold of article 128: Kufra in Libya's south-east (the southern gate, the eastern suburb, as-Sarra/Arkenu/Uweinat,
the border triangle, Rebiana, Tazirbu), a Libyan regional news site, 2024-09-09 (Mon)."""
from actors_places import (
                           AIR_TARGETS,
                           ANTI_MIGRATION,
                           CHAD_MIGRANTS,
                           HELD_MIGRANTS,
                           IOM,
                           KUFRA,
                           KUFRA_AJDABIYA_ROAD,
                           KUFRA_EAST,
                           KUFRA_GATE,
                           KUFRA_GUNMEN,
                           KUFRA_MAYOR,
                           KUFRA_PROTESTERS,
                           KUFRA_SMUGGLERS,
                           KUFRA_TOWN_HALL,
                           KUFRA_TRIBES,
                           KUFRA_UNHCR,
                           LNA_AIR,
                           LY_EAST_GOV,
                           REBIANA,
                           REBIANA_GUARDS,
                           RSF_LY,
                           SARRA_ARKENU_UWEINAT,
                           SMUGGLING_GANGS,
                           SUBUL,
                           SUDAN_MIGRANTS,
                           SUDAN_REFUGEES,
                           TAZIRBU,
                           TAZIRBU_SMUGGLERS,
                           TRIANGLE,
                           UNHCR,
)
from common import ABDUCTION, AIR, ARREST, ATTACK, CLASH, OTHER, PEACEFUL, D, E, paras_of

SLUG = "kufra_southern_gate_awaynat_sarra_tazirbu"
ARTICLE = dict(
    id="team26-128", slug=SLUG, published="2024-09-09", outlet="Ufuq al-Sahra news site (fictional)",
    paras=paras_of(f"128_{SLUG}.txt"),
    events=[
        # the attack on the Subul al-Salam gate: headline 0, lead 1 (gunmen in 4x4s, 3 killed), the follow-up 8
        # (the security directorate names the gang behind it and tells of the half-hour exchange of fire; the funeral
        # is no event) → one event, 3 killed
        E(True, ["ASSAULT"], [0, 1, 8], "هجوم نفّذه", ["asserted", "reported"], mode="firearms",
          source=KUFRA_GUNMEN, recipient=SUBUL, location=KUFRA_GATE, date=D("2024-09-09"), fatalities=3,
          attribution=["مصدر عسكري في غرفة عمليات الكفرة", "مصدر في مديرية أمن الكفرة"], acled=CLASH, tpara=1),
        # the battalion's statement: blame of the smuggling gangs and a vow to pursue them
        E(True, ["ACCUSE"], [2], "باللائمة", ["asserted", "reported"],
          source=SUBUL, recipient=SMUGGLING_GANGS, date=D("2024-09-09"),
          attribution=["صفحة كتيبة سبل السلام على فيسبوك"]),
        E(True, ["THREATEN"], [2], "متوعدةً", ["asserted", "reported"], mode="violence",
          source=SUBUL, recipient=SMUGGLING_GANGS, date=D("2024-09-09"),
          attribution=["صفحة كتيبة سبل السلام على فيسبوك"]),
        # one sentence, two events of the migration agency: today's deportation of Chadian migrants (headline 0) and
        # yesterday's raid on a warehouse with two smugglers detained; the smugglers' holding of migrants for ransom
        # is optional (before the raid)
        E(True, ["COERCE"], [0, 3], "رحّل", ["asserted", "reported"], mode="deport",
          source=ANTI_MIGRATION, recipient=CHAD_MIGRANTS, location=KUFRA, date=D("2024-09-09"),
          attribution=["منشور جهاز مكافحة الهجرة غير الشرعية"], acled=OTHER, tpara=3),
        E(True, ["COERCE"], [3], "وأوقفت", ["asserted", "reported"], mode="arrest",
          source=ANTI_MIGRATION, recipient=KUFRA_SMUGGLERS, location=KUFRA_EAST, date=D("2024-09-08"),
          attribution=["منشور جهاز مكافحة الهجرة غير الشرعية"], acled=ARREST),
        E(False, ["ASSAULT", "COERCE"], [3], "يحتجزون", ["asserted", "historical"], mode="abduct",
          source=KUFRA_SMUGGLERS, recipient=HELD_MIGRANTS, location=KUFRA_EAST, date=None, acled=ABDUCTION),
        # air strikes on smugglers in three desert areas under one verb (one event), told by the LNA's media unit
        E(True, ["ASSAULT"], [4], "ضربات", ["reported", "asserted"], mode="aerial",
          source=LNA_AIR, recipient=AIR_TARGETS, location=SARRA_ARKENU_UWEINAT, date=D("2024-09-09"),
          attribution=["شعبة الإعلام الحربي التابعة للقيادة العامة"], acled=AIR),
        # the young men's sit-in and demand to the eastern government; their slogans' condemnation is optional
        E(True, ["PROTEST"], [5], "اعتصم", ["asserted"], mode="demo",
          source=KUFRA_PROTESTERS, location=KUFRA_TOWN_HALL, date=D("2024-09-09"), acled=PEACEFUL),
        E(False, ["ACCUSE"], [5], "تندد", ["asserted"],
          source=KUFRA_PROTESTERS, location=KUFRA, date=D("2024-09-09")),
        E(True, ["REQUEST"], [5], "وطالبوا", ["asserted"],
          source=KUFRA_PROTESTERS, recipient=LY_EAST_GOV, location=KUFRA, date=D("2024-09-09")),
        # the mayor's meeting with UNHCR (host as source), their agreement on land for a camp, and the mayor's
        # rejection of UNHCR's proposal of a camp inside the city
        E(True, ["CONSULT"], [6], "اجتماع عقده", ["asserted"], mode="visit",
          source=KUFRA_MAYOR, recipient=UNHCR, location=KUFRA, date=D("2024-09-09")),
        E(True, ["AGREE"], [6], "واتفق الجانبان", ["asserted"],
          source=KUFRA_UNHCR, location=KUFRA, date=D("2024-09-09")),
        E(True, ["REJECT"], [6], "رفض", ["asserted"],
          source=KUFRA_MAYOR, recipient=UNHCR, location=KUFRA, date=D("2024-09-09")),
        # IOM's convoy due at the end of the week (planned)
        E(True, ["AID"], [7], "قافلة", ["planned", "reported"], mode="humanitarian",
          source=IOM, recipient=SUDAN_REFUGEES, location=KUFRA,
          date=D("2024-09-13", "week", ("2024-09-12", "2024-09-14")),
          attribution=["الهلال الأحمر الليبي – فرع الكفرة"]),
        # the talk of an RSF column entering Libya near the triangle, denied by the operations room
        E(True, ["MOBILIZE"], [9], "دخول رتل مسلح", ["rumored", "negated", "reported"], mode="troops",
          source=RSF_LY, location=TRIANGLE, date=D("2024-09-08", "day", ("2024-09-07", "2024-09-08")),
          attribution=["أحاديث في المدينة", "مصدر في غرفة عمليات الكفرة"]),
        # the tribes' council's conditional warning to the government (made: asserted); the road closure it threatens
        # is hypothetical (optional)
        E(True, ["THREATEN"], [10], "وحذّر", ["asserted"], mode="obstruct",
          source=KUFRA_TRIBES, recipient=LY_EAST_GOV, location=KUFRA_AJDABIYA_ROAD, date=D("2024-09-09")),
        E(False, ["PROTEST"], [10], "إغلاق الطريق", ["hypothetical"], mode="obstruct",
          source=KUFRA_TRIBES, location=KUFRA_AJDABIYA_ROAD, date=None),
        # paragraph 11 is a generic statement: deliberately NO gold event
        # an earlier attack on the Rebiana gate at the start of the year, in an «إذ سبق أن» clause (optional,
        # historical)
        E(False, ["ASSAULT"], [12], "هجوم مماثل", ["historical"], mode="firearms",
          recipient=REBIANA_GUARDS, location=REBIANA, date=D("2024-01-15", "month", ("2024-01-01", "2024-02-15")),
          acled=CLASH),
        # background: Wednesday before a Monday, two Sudanese migrants shot dead by smugglers near Tazirbu
        E(True, ["ASSAULT"], [13], "أطلق مهرّبون النار", ["historical", "asserted", "reported"], mode="firearms",
          source=TAZIRBU_SMUGGLERS, recipient=SUDAN_MIGRANTS, location=TAZIRBU, date=D("2024-09-04"), fatalities=2,
          attribution=["مصدر في مستشفى تازربو القروي"], acled=ATTACK),
    ],
)
