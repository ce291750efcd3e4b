"""Gold of article 451: a sit-in in Safita over detainees, the governor receiving the notables and his
promise, then the ambush that killed three General Security members on the Safita–al-Dreikish road the
evening before (main event, told in ¶3 after the sit-in and the meeting; one toll), the ministry's
statement and accusation, a driver's account, reinforcements and a curfew in al-Dreikish, arrests and
releases, a rumoured arrest near Baniyas, the commander's threat, the curfew eased and a request refused,
a rights group's demand and praise, a meeting due on Thursday, an aid convoy that did not arrive, the
funeral, and gunmen who attacked a checkpoint at al-Qadmus on 8 June 2025 (Tartus, Syria), a Tartus local
news network's website, 2025-08-19 (Tue). No dateline: the lead names Safita in its first sentence."""
from actors_places import (
    BANIYAS_FARM,
    DREIKISH,
    DREIKISH_GUNMEN,
    DREIKISH_PERPETRATORS,
    DREIKISH_ROAD,
    DREIKISH_VILLAGERS,
    FIVE_RELEASED,
    FORMER_OFFICER,
    FOURTEEN,
    GOVERNOR_NOTABLES,
    GS_PATROL,
    GS_PATROLS,
    NOTABLES_COMMANDER,
    QADMUS,
    QADMUS_CHECKPOINT,
    QADMUS_GUNMEN,
    REGIME_REMNANTS,
    RURAL_DREIKISH,
    SAFITA,
    SAFITA_CENTRE,
    SAFITA_PROTESTERS,
    SAHEL_CENTRE,
    SARC,
    SY_INTERIOR,
    TARTUS,
    TARTUS_COMMANDER,
    TARTUS_DETAINEES,
    TARTUS_GOV_BUILDING,
    TARTUS_GOVERNOR,
    TARTUS_NOTABLES,
    TARTUS_SECURITY,
    TWENTY_YOUTHS,
)
from common import ARREST, CLASH, PEACEFUL, D, E, paras_of

SLUG = "safita_2025_dreikish_qadmus"
TODAY = D("2025-08-19")
# a statement or an act of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2025-08-19", "day", ("2025-08-18", "2025-08-19"))
# the night between Monday evening and Tuesday morning
NIGHT = D("2025-08-18", "day", ("2025-08-18", "2025-08-19"))
ARTICLE = dict(
    id="team91-451", slug=SLUG, published="2025-08-19",
    outlet="Safita al-An, a Tartus local news network's website (fictional)",
    paras=paras_of(f"451_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline, Safita in the first sentence): the sit-in (the headline names it) and its demand;
        # the arrests «since last week» are background in a relative clause (optional, historical)
        E(True, ["PROTEST"], [0, 1], "وقفة احتجاجية", ["asserted"], mode="demo",
          source=SAFITA_PROTESTERS, location=SAFITA_CENTRE, date=TODAY,
          attribution=["مراسل «صافيتا الآن»"], acled=PEACEFUL, tpara=1),
        E(True, ["REQUEST"], [1], "طالبوا", ["asserted"],
          source=SAFITA_PROTESTERS, location=SAFITA, date=TODAY),
        E(False, ["COERCE"], [1], "اعتُقلوا", ["historical", "asserted"], mode="arrest",
          recipient=TWENTY_YOUTHS, location=SAFITA,
          date=D("2025-08-14", "week", ("2025-08-11", "2025-08-19"))),
        # ¶2: the governor hosts the notables (CONSULT, both in either role) and promises a review
        # (AGREE); the releases he promises are only planned, and conditional (optional)
        E(True, ["CONSULT"], [2], "واستقبل", ["asserted"],
          source=GOVERNOR_NOTABLES, recipient=GOVERNOR_NOTABLES, location=TARTUS, date=TODAY),
        E(True, ["AGREE"], [2], "ووعد", ["asserted", "reported"],
          source=TARTUS_GOVERNOR, recipient=TARTUS_NOTABLES, location=TARTUS, date=TODAY,
          attribution=["أحد أعضاء الوفد"]),
        E(False, ["RETREAT"], [2], "والإفراج", ["planned", "hypothetical"], mode="release",
          source=TARTUS_GOVERNOR, recipient=TARTUS_DETAINEES, date=None),
        # MAIN EVENT, told in ¶3 after the sit-in and the meeting: the ambush on the patrol yesterday evening;
        # the ministry's retelling ¶4, a driver's account ¶5, the funeral ¶15; the headline names it. Gunmen
        # fire on security forces: ACLED Armed clash, the gunmen as source
        E(True, ["ASSAULT"], [0, 3, 4, 5, 15], "كمين نصبه", ["asserted"], mode="firearms",
          source=DREIKISH_GUNMEN, recipient=GS_PATROL, location=DREIKISH_ROAD, date=D("2025-08-18"),
          fatalities=3, attribution=["مصدر في مديرية الصحة بطرطوس", "وزارة الداخلية"], acled=CLASH, tpara=3),
        # ¶4: the ministry blames «remnants of the former regime» (its statement near midnight)
        E(True, ["ACCUSE"], [4], "واتهمت", ["asserted"],
          source=SY_INTERIOR, recipient=REGIME_REMNANTS, date=NIGHT,
          attribution=["بيان نشرته على معرّفاتها الرسمية"]),
        # ¶6: reinforcements and a curfew, two events joined with «و» and a second verb (the checkpoints
        # are part of the curfew)
        E(True, ["MOBILIZE"], [6], "ودفعت", ["asserted"], mode="police",
          source=TARTUS_SECURITY, location=DREIKISH, date=NIGHT),
        E(True, ["COERCE"], [6], "وفرضت", ["asserted"], mode="curfew",
          source=TARTUS_SECURITY, location=DREIKISH, date=NIGHT),
        # ¶7: a passive with «من قبل»: fourteen arrested (the house raids optional), five released
        E(True, ["COERCE"], [7], "واعتُقل", ["asserted"], mode="arrest",
          source=GS_PATROLS, recipient=FOURTEEN, location=RURAL_DREIKISH, date=TODAY,
          attribution=["مصادر أهلية"], acled=ARREST),
        E(False, ["COERCE"], [7], "داهمت", ["asserted"], mode="arrest",
          source=GS_PATROLS, location=RURAL_DREIKISH, date=TODAY),
        E(True, ["RETREAT"], [7], "وأُطلق سراح", ["asserted"], mode="release",
          source=GS_PATROLS, recipient=FIVE_RELEASED, location=RURAL_DREIKISH, date=TODAY),
        # ¶8 (al-Dreikish described) holds no event. ¶9: a rumoured arrest near Baniyas, neither confirmed nor
        # denied (undated)
        E(True, ["COERCE"], [9], "إلقاء القبض", ["rumored", "reported"], mode="arrest",
          recipient=FORMER_OFFICER, location=BANIYAS_FARM, date=None,
          attribution=["صفحات محلية على «فيسبوك»"]),
        # ¶10: the commander's vow (THREATEN arrest)
        E(True, ["THREATEN"], [10], "وتوعّد", ["asserted"], mode="arrest",
          source=TARTUS_COMMANDER, recipient=DREIKISH_PERPETRATORS, date=TODAY_OR_EVE),
        E(False, ["COERCE", "SANCTION"], [10], "سيُحاسب", ["hypothetical"], mode="arrest",
          source=TARTUS_COMMANDER, date=None),
        # ¶11: the curfew eased from tomorrow, announced today (CONCEDE, RETREAT accepted), and the notables'
        # request to lift it refused (REJECT; the request itself is a back-reference)
        E(True, ["CONCEDE", "RETREAT"], [11], "تقليص", ["asserted"],
          source=TARTUS_SECURITY, location=DREIKISH, date=TODAY),
        E(True, ["REJECT"], [11], "رفضت", ["asserted"],
          source=TARTUS_SECURITY, recipient=TARTUS_NOTABLES, location=DREIKISH, date=TODAY),
        # ¶12: a rights group's demand and its praise of the governor
        E(True, ["REQUEST"], [12], "وطالب", ["asserted"],
          source=SAHEL_CENTRE, date=TODAY_OR_EVE),
        E(True, ["SUPPORT"], [12], "وأشاد", ["asserted"],
          source=SAHEL_CENTRE, recipient=TARTUS_GOVERNOR, date=TODAY_OR_EVE),
        # ¶13: the notables' meeting with the commander on Thursday (planned)
        E(True, ["CONSULT"], [13], "يلتقي", ["planned"],
          source=NOTABLES_COMMANDER, recipient=NOTABLES_COMMANDER, location=TARTUS_GOV_BUILDING,
          date=D("2025-08-21")),
        # ¶14: the Red Crescent convoy announced yesterday has not arrived (AID, negated)
        E(True, ["AID"], [14], "قافلة المساعدات", ["negated"], mode="humanitarian",
          source=SARC, recipient=DREIKISH_VILLAGERS, location=RURAL_DREIKISH, date=TODAY),
        # ¶15: the funeral belongs to the main event. ¶16 (analysis) holds no event. ¶17, «وكان … قد» at
        # another place: gunmen attacked a checkpoint at al-Qadmus on 8 June
        E(True, ["ASSAULT"], [17], "هاجموا", ["historical", "asserted"], mode="firearms",
          source=QADMUS_GUNMEN, recipient=QADMUS_CHECKPOINT, location=QADMUS, date=D("2025-06-08"),
          fatalities=1, acled=CLASH),
    ],
)
