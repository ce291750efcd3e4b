"""Gold of article 565: gunmen attack a Subul al-Salam checkpoint at Kufra's southern entrance (main event,
told first in the lead; three dead), a wounded guard's account, a Chadian armed group's version, the municipal
council's accusation and demand, LNA reinforcements flown in, a meeting of Zuwaya and Tebu notables and their
agreement, the battalion's conditional threat, a fourth soldier's capture rumoured and denied, the road to
Rebiana not reopened and its reopening announced, four smugglers' guides arrested at al-Hawari, the burial, a
Red Crescent convoy due next week, the Tebu representatives' rejection, the attacks on the southern road, and
workers ambushed near Tazirbu on 17 January 2017 (Kufra, Libya), an Ajdabiya-based private Libyan news agency,
2017-03-14 (Tue). Dateline «الكفرة – «وكالة السرير»:» (the town of the event)."""
from actors_places import (
    FOURTH_SOLDIER,
    GATES_CONVOYS,
    GUIDES,
    HAWARI,
    INTERIM_GOV,
    KUFRA,
    KUFRA_AIRPORT,
    KUFRA_ATTACKERS,
    KUFRA_COUNCIL,
    KUFRA_COUNCIL_HQ,
    KUFRA_HOSPITAL,
    KUFRA_NOTABLES,
    KUFRA_SOUTH,
    LNA,
    LRC,
    REBIANA_ROAD,
    SMUGGLERS,
    SOUTH_GATE,
    SUBUL,
    SUBUL_PATROL,
    TAZIRBU,
    TAZIRBU_GUNMEN,
    TAZIRBU_WORKERS,
    TEBU_REPS,
)
from common import ARREST, ATTACK, CLASH, D, E, paras_of

SLUG = "kufra_2017_tazirbu_rebiana"
YESTERDAY = D("2017-03-13")
TODAY = D("2017-03-14")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2017-03-14", "day", ("2017-03-13", "2017-03-14"))
ARTICLE = dict(
    id="team113-565", slug=SLUG, published="2017-03-14",
    outlet="al-Sarir News Agency, an Ajdabiya-based private Libyan news agency (fictional)",
    paras=paras_of(f"565_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead ¶1 after the dateline (verb first): the attack on the checkpoint
        # and the hour-long clash; the wounded guard ¶2, the Chadian group's version ¶3 and the burial ¶12
        # retell it → 3. The attackers' withdrawal is an optional RETREAT
        E(True, ["ASSAULT"], [0, 1, 2, 3, 12], "هجوماً", ["asserted"], mode="firearms",
          source=KUFRA_ATTACKERS, recipient=SUBUL, location=KUFRA_SOUTH, date=YESTERDAY, fatalities=3,
          attribution=["الناطق باسم الكتيبة", "أحد الجريحين", "صفحة تنشر باسم جماعة معارضة تشادية مسلحة"],
          acled=CLASH, tpara=1),
        E(False, ["RETREAT"], [1], "انسحبوا", ["asserted"], mode="withdraw",
          source=KUFRA_ATTACKERS, location=KUFRA_SOUTH, date=YESTERDAY),
        # ¶4 (subject, a long parenthesis, verb): the council's accusation and demand, two verbs joined with
        # «و»
        E(True, ["ACCUSE"], [4], "اتهم", ["asserted"],
          source=KUFRA_COUNCIL, recipient=SMUGGLERS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [4], "وطالب", ["asserted"],
          source=KUFRA_COUNCIL, recipient=INTERIM_GOV, date=TODAY_OR_EVE),
        # ¶5: troops flown in by the General Command (MOBILIZE; «لتعزيز البوابات» is their purpose)
        E(True, ["MOBILIZE"], [5], "أرسلتها", ["asserted"], mode="troops",
          source=LNA, location=KUFRA_AIRPORT, date=TODAY, attribution=["مصدر في المطار"]),
        # ¶6 (the oasis) holds no event. ¶7, one sentence, two events: the notables' meeting (CONSULT) and its
        # agreement (AGREE); both parties in either role
        E(True, ["CONSULT"], [7], "اجتماعاً", ["asserted"],
          source=KUFRA_NOTABLES, recipient=KUFRA_NOTABLES, location=KUFRA_COUNCIL_HQ, date=YESTERDAY,
          attribution=["المجلس"]),
        E(True, ["AGREE"], [7], "اتفاق", ["asserted"],
          source=KUFRA_NOTABLES, recipient=KUFRA_NOTABLES, location=KUFRA_COUNCIL_HQ, date=YESTERDAY),
        # ¶8: the battalion's threat (THREATEN); the strikes it names are optional and hypothetical
        E(True, ["THREATEN"], [8], "وهدّدت", ["asserted"], mode="violence",
          source=SUBUL, location=KUFRA, date=TODAY_OR_EVE),
        E(False, ["ASSAULT"], [8], "قصف", ["hypothetical"], mode="aerial", source=SUBUL, date=None),
        # ¶9: a fourth soldier's capture told by local pages and denied (rumoured)
        E(True, ["ASSAULT"], [9], "أسر", ["rumored", "negated"], mode="abduct",
          source=KUFRA_ATTACKERS, recipient=FOURTH_SOLDIER, location=SOUTH_GATE, date=YESTERDAY,
          attribution=["صفحات محلية"]),
        # ¶10, one sentence, two events: the road not reopened (RETREAT access, negated) and the reopening by
        # day announced for tomorrow (CONCEDE)
        E(True, ["RETREAT"], [10], "ولم تفتح", ["negated"], mode="access",
          source=SUBUL, location=REBIANA_ROAD, date=TODAY),
        E(True, ["CONCEDE"], [10], "أعلنت", ["asserted"],
          source=SUBUL, location=REBIANA_ROAD, date=TODAY),
        # ¶11: four guides arrested (COERCE arrest; a possessive actor) and two cars confiscated (optional)
        E(True, ["COERCE"], [11], "واعتقلت", ["asserted"], mode="arrest",
          source=SUBUL_PATROL, recipient=GUIDES, location=HAWARI, date=TODAY, acled=ARREST),
        E(False, ["COERCE"], [11], "وصادرت", ["asserted"], mode="confiscate",
          source=SUBUL_PATROL, location=HAWARI, date=TODAY),
        # ¶12: the burial belongs to the main event. ¶13 (the caravans) holds no event. ¶14: a Red Crescent
        # convoy «الأسبوع المقبل» (planned AID, a week range)
        E(True, ["AID"], [14], "قافلة", ["planned"], mode="humanitarian",
          source=LRC, recipient=KUFRA_HOSPITAL, location=KUFRA,
          date=D("2017-03-22", "week", ("2017-03-20", "2017-03-26")), attribution=["فرع الهلال في المدينة"]),
        # ¶15: the Tebu representatives' rejection of the council's hint (REJECT)
        E(True, ["REJECT"], [15], "ورفض", ["asserted"],
          source=TEBU_REPS, recipient=KUFRA_COUNCIL, date=TODAY_OR_EVE, attribution=["بيان منفصل"]),
        # ¶16: the attacks on the southern road, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "هجمات", ["generic"], recipient=GATES_CONVOYS, date=None),
        # ¶17, «وكان … قد» at another place: workers ambushed near Tazirbu on 17 January (core, historical);
        # the car taken is optional and historical
        E(True, ["ASSAULT"], [17], "كمنوا", ["historical", "asserted"], mode="firearms",
          source=TAZIRBU_GUNMEN, recipient=TAZIRBU_WORKERS, location=TAZIRBU, date=D("2017-01-17"),
          fatalities=2, attribution=["ذوو القتيلين"], acled=ATTACK),
        E(False, ["COERCE"], [17], "واستولوا", ["historical", "asserted"], mode="seize",
          source=TAZIRBU_GUNMEN, location=TAZIRBU, date=D("2017-01-17")),
    ],
)
