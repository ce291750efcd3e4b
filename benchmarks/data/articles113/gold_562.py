"""Gold of article 562: former soldiers hand in their weapons at a settlement centre in Safita, General
Security arrests fifteen in a sweep of the al-Shaykh Badr countryside, gunmen ambush a General Security patrol
on the road between al-Qadmus and Baniyas (main event, told in ¶3 after the handover and the sweep; four per
the interior ministry against six per the Syrian Observatory → 4), a driver's account, loyalist pages'
version, the ministry's accusation, demand and deadline, three young men's abduction near Dreikish rumoured
and unconfirmed, the detainees not released, dismissed employees' sit-in due on Sunday, the governor's meeting
with clerics and notables and their agreement, reinforcements to al-Qadmus, the burial, the month's attacks,
and a checkpoint at Baniyas fired on on 3 January 2025 (Tartus, Syria), a Tartus-based local news website,
2025-01-16 (Thu). No dateline: the lead names Tartus in its first sentence."""
from actors_places import (
    BADR_DETAINEES,
    BANIYAS_GUNMEN,
    BANIYAS_SOUTH,
    BANIYAS_SUSPECTS,
    DISMISSED,
    DREIKISH,
    DREIKISH_YOUTHS,
    EX_SOLDIERS,
    GENERAL_SECURITY,
    GOVERNOR_CLERICS,
    GS_ADMIN,
    GS_CHECKPOINT,
    GS_PATROL,
    HOLDOUTS,
    INTERIOR_SY,
    MASKED_GUNMEN,
    MOC,
    PATROLS_CHECKPOINTS,
    QADMUS,
    QADMUS_GUNMEN,
    REMNANTS,
    SAFITA,
    SHAYKH_BADR,
    TARTUS_CITY,
    TARTUS_GOV,
    VILLAGE_NOTABLES,
)
from common import ARREST, CLASH, OTHER, D, E, paras_of

SLUG = "tartus_2025_qadmus_safita"
YESTERDAY = D("2025-01-15")
TODAY = D("2025-01-16")
# a statement of the day whose hour the text does not give: today, or the evening before
TODAY_OR_EVE = D("2025-01-16", "day", ("2025-01-15", "2025-01-16"))
ARTICLE = dict(
    id="team113-562", slug=SLUG, published="2025-01-16",
    outlet="Nawares Arwad, a Tartus-based local news website (fictional)",
    paras=paras_of(f"562_{SLUG}.txt"),
    events=[
        # ¶1 (no dateline; Tartus in the first sentence): former soldiers hand in their weapons (RETREAT
        # disarm; the headline names it)
        E(True, ["RETREAT"], [0, 1], "سلّم مئات", ["asserted"], mode="disarm",
          source=EX_SOLDIERS, recipient=GENERAL_SECURITY, location=SAFITA, date=YESTERDAY,
          attribution=["مراسل «نوارس أرواد»"], acled=OTHER, tpara=1),
        # ¶2: the sweep and its fifteen arrests (one COERCE; a passive with «من قبل»)
        E(True, ["COERCE"], [2], "اعتُقل", ["asserted"], mode="arrest",
          source=GENERAL_SECURITY, recipient=BADR_DETAINEES, location=SHAYKH_BADR, date=YESTERDAY,
          attribution=["الإدارة"], acled=ARREST),
        # MAIN EVENT, told in ¶3 after two other core events («بعد ساعات من انتهاء الحملة» refers back to ¶2;
        # verb first, a long relative clause between the subject and its object; the hour in a clause of its
        # own): the ambush on the patrol; the Observatory's six and a driver ¶4, loyalist pages ¶5 and the
        # burial ¶14 retell it. Four per the ministry, six per the Observatory → 4
        E(True, ["ASSAULT"], [0, 3, 4, 5, 14], "هاجم مسلحون", ["asserted"], mode="firearms",
          source=QADMUS_GUNMEN, recipient=GS_PATROL, location=QADMUS, date=YESTERDAY, fatalities=4,
          attribution=["وزارة الداخلية", "المرصد السوري لحقوق الإنسان", "صفحات محسوبة على النظام البائد"],
          acled=CLASH, tpara=3),
        # ¶5: the patrol's «storming» of a village in the loyalist pages' version (optional, reported)
        E(False, ["COERCE"], [5], "اقتحمت", ["reported"], mode="seize",
          source=GS_PATROL, date=YESTERDAY, attribution=["صفحات محسوبة على النظام البائد"]),
        # ¶6 (the forests of al-Qadmus) holds no event. ¶7 (subject, a long parenthesis, verb): the ministry's
        # accusation and demand, two verbs joined with «و»
        E(True, ["ACCUSE"], [7], "اتهمت", ["asserted"],
          source=INTERIOR_SY, recipient=REMNANTS, date=TODAY_OR_EVE, attribution=["بيان"]),
        E(True, ["REQUEST"], [7], "وطالبت", ["asserted"],
          source=INTERIOR_SY, recipient=VILLAGE_NOTABLES, date=TODAY_OR_EVE),
        # ¶8: the deadline and its threat (THREATEN); the pursuit it names is optional and hypothetical
        E(True, ["THREATEN"], [8], "وأمهلت", ["asserted"], mode="arrest",
          source=INTERIOR_SY, recipient=HOLDOUTS, location=TARTUS_GOV, date=TODAY_OR_EVE),
        E(False, ["COERCE"], [8], "ملاحقته", ["hypothetical"], mode="arrest",
          source=INTERIOR_SY, recipient=HOLDOUTS, date=None),
        # ¶9: three young men's abduction told by unverified sources (rumoured); General Security's answer
        # negates nothing
        E(True, ["ASSAULT"], [9], "خطف", ["rumored"], mode="abduct",
          source=MASKED_GUNMEN, recipient=DREIKISH_YOUTHS, location=DREIKISH, date=D("2025-01-14"),
          attribution=["مصادر أهلية"]),
        # ¶10: the detainees not released (RETREAT, negated)
        E(True, ["RETREAT"], [10], "ولم يُفرج", ["negated"], mode="release",
          source=GENERAL_SECURITY, recipient=BADR_DETAINEES, location=SHAYKH_BADR, date=TODAY),
        # ¶11: the dismissed employees' sit-in «يوم الأحد المقبل» (planned PROTEST); their dismissal last
        # month is optional and historical
        E(True, ["PROTEST"], [11], "اعتصاماً", ["planned"], mode="demo",
          source=DISMISSED, location=TARTUS_CITY, date=D("2025-01-19"), attribution=["لجنة شكّلوها"]),
        E(False, ["SANCTION", "COERCE"], [11], "فُصلوا", ["historical", "asserted"],
          recipient=DISMISSED, location=TARTUS_CITY,
          date=D("2024-12-15", "month", ("2024-12-01", "2024-12-31"))),
        # ¶12, one sentence, two events: the governor receives the clerics and notables (CONSULT) and they
        # reach an agreement (AGREE); both parties in either role
        E(True, ["CONSULT"], [12], "واستقبل", ["asserted"], mode="visit",
          source=GOVERNOR_CLERICS, recipient=GOVERNOR_CLERICS, location=TARTUS_CITY, date=TODAY,
          attribution=["معرّفاتها الرسمية"]),
        E(True, ["AGREE"], [12], "اتفاق", ["asserted"],
          source=GOVERNOR_CLERICS, recipient=GOVERNOR_CLERICS, location=TARTUS_CITY, date=TODAY),
        # ¶13: reinforcements to al-Qadmus (MOBILIZE; «لتمشيط الأحراج» its purpose, «موقع الكمين» a
        # back-reference); the temporary checkpoints are an optional COERCE
        E(True, ["MOBILIZE"], [13], "ودفعت", ["asserted"], mode="troops",
          source=MOC, location=QADMUS, date=TODAY),
        E(False, ["COERCE", "MOBILIZE"], [13], "وأقامت", ["asserted"], mode="restrict",
          source=MOC, location=QADMUS, date=TODAY),
        # ¶14: the burial belongs to the main event. ¶15 (the province's livelihoods) holds no event. ¶16: the
        # month's attacks, an aggregate (optional, generic)
        E(False, ["ASSAULT"], [16], "هجوماً", ["generic"], recipient=PATROLS_CHECKPOINTS, date=None),
        # ¶17, «وكان … قد» at another place: gunmen fire on a checkpoint at Baniyas on 3 January (core,
        # historical); the two arrests that day and a release days later are optional and historical
        E(True, ["ASSAULT"], [17], "أطلقوا", ["historical", "asserted"], mode="firearms",
          source=BANIYAS_GUNMEN, recipient=GS_CHECKPOINT, location=BANIYAS_SOUTH, date=D("2025-01-03"),
          fatalities=1, acled=CLASH),
        E(False, ["COERCE"], [17], "أوقفت", ["historical", "asserted"], mode="arrest",
          source=GS_ADMIN, recipient=BANIYAS_SUSPECTS, location=BANIYAS_SOUTH, date=D("2025-01-03")),
        E(False, ["RETREAT"], [17], "تطلق سراح", ["historical", "asserted"], mode="release",
          source=GS_ADMIN, recipient=BANIYAS_SUSPECTS, location=BANIYAS_SOUTH,
          date=D("2025-01-07", "week", ("2025-01-04", "2025-01-15"))),
    ],
)
