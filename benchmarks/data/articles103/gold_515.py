"""Gold of article 515: gunmen attacking a WFP convoy near Shangil Tobaya and killing its drivers (main event,
told first in the lead; the WFP official's three against the emergency room's five → 3), a driver's account
and the two sides' blame, WFP's demand for a safe corridor, medicines seized by the RSF in Kutum, the Tawila
civil administration's accusation and demand, displaced women's march, MSF's medicines, an RSF commander's
threat to aid organisations, a drone strike on Kabkabiya rumoured and denied, the Adre crossing kept shut,
the burial, a meeting due on Monday in Nairobi, the aid workers' toll since the war began, and a relief
warehouse looted in Mellit on 27 February 2024 (North Darfur, Sudan), a Gulf-based pan-Arab daily
newspaper's website, 2024-03-14 (Thu). Dateline «نيروبي» (a foreign capital)."""
from actors_places import (
    ADRE,
    AID_CONVOYS,
    AID_ORGS,
    BOTH_SIDES,
    CONVOY_GUNMEN,
    DRIVERS,
    IDP_WOMEN,
    JOINT_FORCE,
    KABKABIYA,
    KUTUM,
    KUTUM_DRIVERS,
    KUTUM_NGO,
    MELLIT,
    MELLIT_GUARD,
    MELLIT_GUNMEN,
    MSF,
    NAIROBI,
    NAIROBI_MEETING,
    RSF,
    RSF_COMMANDER,
    SAF_SOURCE,
    SD_AUTH,
    SHANGIL,
    SHANGIL_ROAD,
    SUDAN,
    TAWILA_ADMIN,
    TAWILA_CAMP,
    TAWILA_HOSPITAL,
    TAWILA_HOSPITAL_ACTOR,
    UNSC,
    WARRING_PARTIES,
    WFP,
)
from common import ATTACK, PEACEFUL, D, E, paras_of

SLUG = "tawila_2024_shangil_tobaya_kutum"
YESTERDAY = D("2024-03-13")
TODAY = D("2024-03-14")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2024-03-14", "day", ("2024-03-13", "2024-03-14"))
ARTICLE = dict(
    id="team103-515", slug=SLUG, published="2024-03-14",
    outlet="al-Madar, a Gulf-based pan-Arab daily newspaper's website (fictional)",
    paras=paras_of(f"515_{SLUG}.txt"),
    events=[
        # MAIN EVENT, told first in the lead after the dateline (a passive verb first): gunmen attack a WFP
        # convoy near Shangil Tobaya; the emergency room's count and a driver ¶2, the army's and the RSF's
        # blame ¶3 and the burial ¶13 retell it. Conflicting tolls: the WFP official's three, the emergency
        # room's five → 3. The trucks taken are optional
        E(True, ["ASSAULT"], [0, 1, 2, 3, 13], "هجوم", ["asserted"], mode="firearms",
          source=CONVOY_GUNMEN, recipient=DRIVERS, location=SHANGIL, date=YESTERDAY, fatalities=3,
          attribution=["مسؤول في البرنامج", "غرفة الطوارئ في محلية طويلة", "سائق نجا من الهجوم"],
          acled=ATTACK, tpara=1),
        E(False, ["COERCE"], [1], "استولوا", ["asserted"], mode="confiscate",
          source=CONVOY_GUNMEN, location=SHANGIL, date=YESTERDAY),
        # ¶3: the army's blame of the RSF (through SUNA), the RSF's denial and its blame of the Joint Force
        # (optional; the paragraph retells the main event)
        E(False, ["ACCUSE"], [3], "تحميله", ["reported", "asserted"],
          source=SAF_SOURCE, recipient=RSF, date=TODAY_OR_EVE, attribution=["وكالة السودان للأنباء «سونا»"]),
        E(False, ["REJECT"], [3], "نفت", ["asserted"],
          source=RSF, date=TODAY_OR_EVE),
        E(False, ["ACCUSE"], [3], "واتهمت", ["asserted"],
          source=RSF, recipient=JOINT_FORCE, date=TODAY_OR_EVE),
        # ¶4: WFP's demand for a safe corridor (REQUEST; the headline names it); the suspension of its trucks
        # optional
        E(True, ["REQUEST"], [0, 4], "وطالب", ["asserted"],
          source=WFP, recipient=WARRING_PARTIES, date=TODAY, attribution=["بيان صدر صباح اليوم"], tpara=4),
        E(False, ["SANCTION", "AID"], [4], "تعليق", ["asserted"],
          source=WFP, location=SHANGIL_ROAD, date=TODAY),
        # ¶5: the RSF hold two trucks of medicines in Kutum (COERCE confiscate); the drivers let go optional
        E(True, ["COERCE"], [5], "احتجزت", ["asserted"], mode="confiscate",
          source=RSF, recipient=KUTUM_NGO, location=KUTUM, date=TODAY,
          attribution=["أحد العاملين في المنظمة"]),
        E(False, ["RETREAT"], [5], "تطلق سراحهما", ["asserted"], mode="release",
          source=RSF, recipient=KUTUM_DRIVERS, location=KUTUM, date=TODAY),
        # ¶6 (subject, a long parenthesis, verb): the civil administration accuses both sides and asks the
        # Security Council («الهجوم على القافلة» is a back-reference); two events joined with «و»
        E(True, ["ACCUSE"], [6], "اتهمت", ["asserted"],
          source=TAWILA_ADMIN, recipient=BOTH_SIDES, date=TODAY_OR_EVE),
        E(True, ["REQUEST"], [6], "وطالبت", ["asserted"],
          source=TAWILA_ADMIN, recipient=UNSC, date=TODAY_OR_EVE),
        # ¶7: displaced women march in a Tawila camp (PROTEST)
        E(True, ["PROTEST"], [7], "مسيرة", ["asserted"], mode="demo",
          source=IDP_WOMEN, location=TAWILA_CAMP, date=TODAY, acled=PEACEFUL),
        # ¶8 (short): MSF's medicines for Tawila hospital (AID)
        E(True, ["AID"], [8], "وأوصلت", ["asserted"], mode="humanitarian",
          source=MSF, recipient=TAWILA_HOSPITAL_ACTOR, location=TAWILA_HOSPITAL, date=TODAY),
        # ¶9 (Tawila described) holds no event. ¶10: an RSF commander's warning to aid organisations; the
        # seizure of their trucks is conditional (optional, hypothetical)
        E(True, ["THREATEN"], [10], "وحذّر", ["asserted"], mode="restrict",
          source=RSF_COMMANDER, recipient=AID_ORGS, date=TODAY_OR_EVE, attribution=["تسجيل مصوّر"]),
        E(False, ["COERCE"], [10], "بمصادرة", ["hypothetical"], mode="confiscate",
          source=RSF_COMMANDER, recipient=AID_ORGS, date=None),
        # ¶11: a drone strike on Kabkabiya's market told by activists and denied by a military source
        # (rumoured)
        E(True, ["ASSAULT"], [11], "غارة", ["rumored", "negated"], mode="aerial",
          location=KABKABIYA, date=D("2024-03-12"), attribution=["ناشطون على منصة «إكس»"]),
        # ¶12: aid convoys not let through the Adre crossing (negated RETREAT access)
        E(True, ["RETREAT"], [12], "تسمح", ["negated"], mode="access",
          source=SD_AUTH, recipient=AID_CONVOYS, location=ADRE, date=TODAY,
          attribution=["مسؤول في منظمة دولية"]),
        # ¶13: the burial belongs to the main event. ¶14: UN agencies due to meet the RSF's relief agency on
        # Monday in Nairobi (planned CONSULT; the government's silence negates nothing)
        E(True, ["CONSULT"], [14], "يلتقي", ["planned"],
          source=NAIROBI_MEETING, recipient=NAIROBI_MEETING, location=NAIROBI, date=D("2024-03-18"),
          attribution=["دبلوماسي غربي"]),
        # ¶15 (the roads, analysis) holds no event. ¶16: aid workers killed since the war began, an aggregate
        # (optional, generic)
        E(False, ["ASSAULT"], [16], "قُتلوا", ["generic"], location=SUDAN, date=None),
        # ¶17, «وكان … قد» at another place: a relief warehouse looted in Mellit on 27 February, its guard
        # killed (core, historical; 1 killed)
        E(True, ["ASSAULT"], [17], "نهبوا", ["historical", "asserted"],
          source=MELLIT_GUNMEN, recipient=MELLIT_GUARD, location=MELLIT, date=D("2024-02-27"), fatalities=1,
          acled=ATTACK),
    ],
)
